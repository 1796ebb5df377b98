// Expressions: from star_expressions down to atoms (CPython 3.11 grammar, "Expressions" section).
// Each function parses one grammar rule at p.pos and returns its node, or throws FAIL.

import * as ast from './ast';
import { FAIL, Parser, optional } from './parser_core';
import { Tok } from './tokenizer';
import { parseStrings } from './parser_strings';
import { callArguments, slices } from './parser_args';
import { lambdaParams } from './parser_params';
import { starTargets } from './parser_targets';
import * as inv from './parser_invalid';

const { Load, Store } = ast;
const OPS = ast.OPERATORS;
const CMP = ast.CMP_OPERATORS;
const UN = ast.UNARY_OPERATORS;

type E = ast.Expr;

// ---- tuples of expressions ----

/** star_expressions: one star_expression, or several (a Tuple) separated by commas. */
export function starExpressions(p: Parser): E {
  const start = p.pos;
  const first = starExpression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (!startsExpression(p)) break;
    const elt = optional(p, starExpression); // a failed element leaves a trailing comma
    if (elt === null) break;
    elts.push(elt);
  }
  return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: Load });
}

/** star_expression: '*' bitwise_or | expression */
export function starExpression(p: Parser): E {
  if (p.at('*')) {
    const start = p.pos++;
    const value = bitwiseOr(p);
    return p.fin<ast.Starred>(start, { _type: 'Starred', value, ctx: Load });
  }
  return expression(p);
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): E {
  if (p.at('*')) {
    const start = p.pos++;
    const value = bitwiseOr(p);
    return p.fin<ast.Starred>(start, { _type: 'Starred', value, ctx: Load });
  }
  return namedExpression(p);
}

/** star_named_expressions up to (not including) a closing bracket: ','.star_named_expression+ [','] */
function starNamedExpressionsUntil(p: Parser, close: string, first: E): E[] {
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(close)) break;
    const elt = optional(p, starNamedExpression);
    if (elt === null) break;
    elts.push(elt);
  }
  return elts;
}

/** Can the current token begin an expression? (Used after a comma that may be a trailing one.) */
export function startsExpression(p: Parser): boolean {
  const t = p.peek();
  switch (t.type) {
    case Tok.NAME: case Tok.NUMBER: case Tok.STRING: return true;
    case Tok.KEYWORD:
      switch (t.value) {
        case 'True': case 'False': case 'None': case 'not': case 'lambda': case 'await': return true;
      }
      return false;
    case Tok.OP:
      switch (t.value) {
        case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...': return true;
      }
      return false;
  }
  return false;
}

// ---- named and conditional expressions ----

/** named_expression: NAME ':=' expression | expression !':=' */
export function namedExpression(p: Parser): E {
  const t = p.peek();
  if (t.type === Tok.NAME && p.peekAt(1).value === ':=') return assignmentExpression(p);
  if (p.invalidRules) inv.invalidNamedExpression(p);
  const e = expression(p);
  if (p.at(':=')) throw FAIL;
  return e;
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): E {
  const start = p.pos;
  const t = p.next();
  const target = nameNode(t, Store);
  p.pos++; // ':='
  const value = expression(p);
  return p.fin<ast.NamedExpr>(start, { _type: 'NamedExpr', target, value });
}

/** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
export function expression(p: Parser): E {
  if (p.secondPass) return p.memoized('expression', expressionRule);
  return expressionWithoutInvalid(p);
}

function expressionRule(p: Parser): E {
  if (p.invalidRules) {
    inv.invalidExpression(p);
    inv.invalidLegacyExpression(p);
  }
  return expressionWithoutInvalid(p);
}

export function expressionWithoutInvalid(p: Parser): E {
  if (p.at('lambda')) return lambdef(p);
  const start = p.pos;
  const body = disjunction(p);
  if (!p.at('if')) return body;
  // As the PEG alternative, an incomplete conditional falls back to just its body.
  const ifPos = p.pos++;
  try {
    const test = disjunction(p);
    p.expect('else');
    const orelse = expression(p);
    return p.fin<ast.IfExp>(start, { _type: 'IfExp', test, body, orelse });
  } catch (e) {
    if (e !== FAIL) throw e;
    p.pos = ifPos;
    return body;
  }
}

/** lambdef: 'lambda' [lambda_params] ':' expression */
function lambdef(p: Parser): E {
  const start = p.pos++;
  const args = lambdaParams(p);
  p.expect(':');
  const body = expression(p);
  return p.fin<ast.Lambda>(start, { _type: 'Lambda', args, body });
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): E {
  const start = p.pos++;
  if (p.eat('from')) {
    const value = expression(p);
    return p.fin<ast.YieldFrom>(start, { _type: 'YieldFrom', value });
  }
  const value = startsExpression(p) ? optional(p, starExpressions) : null;
  return p.fin<ast.Yield>(start, { _type: 'Yield', value });
}

// ---- boolean operators and comparisons ----

/** disjunction: conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): E {
  if (p.secondPass) return p.memoized('disjunction', disjunctionRule);
  return disjunctionRule(p);
}

function disjunctionRule(p: Parser): E {
  const start = p.pos;
  const first = conjunction(p);
  if (!p.at('or')) return first;
  const values = [first];
  while (p.at('or')) {
    const save = p.pos++;
    const next = optional(p, conjunction);
    if (next === null) {
      p.pos = save;
      break;
    }
    values.push(next);
  }
  if (values.length === 1) return first;
  return p.fin<ast.BoolOp>(start, { _type: 'BoolOp', op: ast.Or, values });
}

function conjunction(p: Parser): E {
  const start = p.pos;
  const first = inversion(p);
  if (!p.at('and')) return first;
  const values = [first];
  while (p.at('and')) {
    const save = p.pos++;
    const next = optional(p, inversion);
    if (next === null) {
      p.pos = save;
      break;
    }
    values.push(next);
  }
  if (values.length === 1) return first;
  return p.fin<ast.BoolOp>(start, { _type: 'BoolOp', op: ast.And, values });
}

function inversion(p: Parser): E {
  if (p.at('not')) {
    const start = p.pos++;
    const operand = inversion(p);
    return p.fin<ast.UnaryOp>(start, { _type: 'UnaryOp', op: UN.Not, operand });
  }
  return comparison(p);
}

/** The comparison operator at the current token (consuming it), or null. */
function compareOp(p: Parser): ast.CmpOperator | null {
  const t = p.peek();
  if (t.type === Tok.OP) {
    let op: ast.CmpOperator;
    switch (t.value) {
      case '==': op = CMP.Eq; break;
      case '!=': op = CMP.NotEq; break;
      case '<': op = CMP.Lt; break;
      case '<=': op = CMP.LtE; break;
      case '>': op = CMP.Gt; break;
      case '>=': op = CMP.GtE; break;
      default: return null;
    }
    p.pos++;
    return op;
  }
  if (t.type !== Tok.KEYWORD) return null;
  if (t.value === 'in') {
    p.pos++;
    return CMP.In;
  }
  if (t.value === 'not') {
    if (p.peekAt(1).value !== 'in' || p.peekAt(1).type !== Tok.KEYWORD) return null;
    p.pos += 2;
    return CMP.NotIn;
  }
  if (t.value === 'is') {
    p.pos++;
    if (p.at('not')) {
      p.pos++;
      return CMP.IsNot;
    }
    return CMP.Is;
  }
  return null;
}

function comparison(p: Parser): E {
  const start = p.pos;
  const left = bitwiseOr(p);
  const ops: ast.CmpOperator[] = [];
  const comparators: E[] = [];
  for (;;) {
    const save = p.pos;
    const op = compareOp(p);
    if (op === null) break;
    const right = optional(p, bitwiseOr);
    if (right === null) {
      p.pos = save;
      break;
    }
    ops.push(op);
    comparators.push(right);
  }
  if (ops.length === 0) return left;
  return p.fin<ast.Compare>(start, { _type: 'Compare', left, ops, comparators });
}

// ---- binary operators ----

/** Binding power and AST operator of each binary operator token (all left-associative). */
const BINARY = new Map<string, [number, ast.Operator]>([
  ['|', [1, OPS.BitOr]], ['^', [2, OPS.BitXor]], ['&', [3, OPS.BitAnd]],
  ['<<', [4, OPS.LShift]], ['>>', [4, OPS.RShift]],
  ['+', [5, OPS.Add]], ['-', [5, OPS.Sub]],
  ['*', [6, OPS.Mult]], ['/', [6, OPS.Div]], ['//', [6, OPS.FloorDiv]], ['%', [6, OPS.Mod]], ['@', [6, OPS.MatMult]],
]);

/** bitwise_or: everything from '|' down to factor. */
export function bitwiseOr(p: Parser): E {
  if (p.secondPass) return p.memoized('bitwise_or', bitwiseOrRule);
  return binary(p, 1);
}

function bitwiseOrRule(p: Parser): E {
  return binary(p, 1);
}

function binary(p: Parser, minPower: number): E {
  const start = p.pos;
  let left = factor(p);
  for (;;) {
    const t = p.peek();
    if (t.type !== Tok.OP) return left;
    const info = BINARY.get(t.value);
    if (info === undefined || info[0] < minPower) return left;
    const save = p.pos++;
    let right: E;
    try {
      right = binary(p, info[0] + 1);
    } catch (e) {
      // As the left-recursive PEG rule: an operator without a right operand ends the expression.
      if (e !== FAIL) throw e;
      p.pos = save;
      return left;
    }
    left = p.fin<ast.BinOp>(start, { _type: 'BinOp', left, op: info[1], right });
  }
}

/** factor: '+' factor | '-' factor | '~' factor | power */
function factor(p: Parser): E {
  const t = p.peek();
  if (t.type === Tok.OP && (t.value === '-' || t.value === '+' || t.value === '~')) {
    const start = p.pos++;
    const operand = factor(p);
    const op = t.value === '-' ? UN.USub : t.value === '+' ? UN.UAdd : UN.Invert;
    return p.fin<ast.UnaryOp>(start, { _type: 'UnaryOp', op, operand });
  }
  return power(p);
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): E {
  const start = p.pos;
  const left = awaitPrimary(p);
  if (!p.at('**')) return left;
  const save = p.pos++;
  const right = optional(p, factor);
  if (right === null) {
    p.pos = save;
    return left;
  }
  return p.fin<ast.BinOp>(start, { _type: 'BinOp', left, op: OPS.Pow, right });
}

function awaitPrimary(p: Parser): E {
  if (p.at('await')) {
    const start = p.pos++;
    const value = primary(p);
    return p.fin<ast.Await>(start, { _type: 'Await', value });
  }
  return primary(p);
}

// ---- primaries and atoms ----

/** primary: atom followed by any number of '.' NAME, '(' arguments ')', genexp, '[' slices ']'. */
export function primary(p: Parser): E {
  const start = p.pos;
  let e = atom(p);
  for (;;) {
    const t = p.peek();
    if (t.type !== Tok.OP) return e;
    const save = p.pos;
    if (p.invalidRules && (t.value === '(' || t.value === '[' || t.value === '{')) {
      // `primary genexp`: CPython tries genexp's invalid_comprehension after any primary.
      p.pos++;
      inv.invalidComprehension(p, save);
      p.pos = save;
    }
    try {
      if (t.value === '.') {
        p.pos++;
        const attr = p.expectName();
        e = p.fin<ast.Attribute>(start, { _type: 'Attribute', value: e, attr, ctx: Load });
      } else if (t.value === '(') {
        e = callArguments(p, start, e);
      } else if (t.value === '[') {
        p.pos++;
        const slice = slices(p);
        p.expect(']');
        e = p.fin<ast.Subscript>(start, { _type: 'Subscript', value: e, slice, ctx: Load });
      } else return e;
    } catch (err) {
      // As the left-recursive PEG rule: a trailer that fails to parse ends the primary.
      if (err !== FAIL) throw err;
      p.pos = save;
      return e;
    }
  }
}

export function nameNode(t: { value: string; lineno: number; col: number; endLineno: number; endCol: number },
  ctx: ast.ExprContext): ast.Name {
  return { _type: 'Name', id: t.value, ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno,
    end_col_offset: t.endCol };
}

function constant(t: { lineno: number; col: number; endLineno: number; endCol: number }, value: ast.ConstantValue): ast.Constant {
  return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno,
    end_col_offset: t.endCol };
}

export function atom(p: Parser): E {
  const t = p.peek();
  switch (t.type) {
    case Tok.NAME:
      p.pos++;
      return nameNode(t, Load);
    case Tok.NUMBER:
      p.pos++;
      return constant(t, parseNumber(t.value));
    case Tok.STRING:
      return parseStrings(p);
    case Tok.KEYWORD:
      switch (t.value) {
        case 'True': p.pos++; return constant(t, true);
        case 'False': p.pos++; return constant(t, false);
        case 'None': p.pos++; return constant(t, null);
      }
      throw FAIL;
    case Tok.OP:
      switch (t.value) {
        case '(': return parenAtom(p);
        case '[': return listAtom(p);
        case '{': return braceAtom(p);
        case '...': p.pos++; return constant(t, ast.ELLIPSIS);
      }
  }
  throw FAIL;
}

/** '(' starts a tuple, a parenthesized expression (group) or a generator expression. */
function parenAtom(p: Parser): E {
  const start = p.pos++;
  if (p.invalidRules) {
    inv.invalidGroup(p, start);
    inv.invalidComprehension(p, start);
  }
  if (p.eat(')')) return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts: [], ctx: Load });
  if (p.at('yield')) {
    const y = yieldExpr(p);
    p.expect(')');
    return y;
  }
  const first = starNamedExpression(p);
  if (p.at(',')) {
    const elts = starNamedExpressionsUntil(p, ')', first);
    p.expect(')');
    return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: Load });
  }
  if (first._type === 'Starred') throw FAIL;
  if (atComprehension(p)) {
    const generators = forIfClauses(p);
    p.expect(')');
    return p.fin<ast.GeneratorExp>(start, { _type: 'GeneratorExp', elt: first, generators });
  }
  p.expect(')');
  return first;
}

/** '[' starts a list display or a list comprehension. */
function listAtom(p: Parser): E {
  const start = p.pos++;
  if (p.invalidRules) inv.invalidComprehension(p, start);
  if (p.eat(']')) return p.fin<ast.List>(start, { _type: 'List', elts: [], ctx: Load });
  const first = starNamedExpression(p);
  if (first._type !== 'Starred' && atComprehension(p)) {
    const generators = forIfClauses(p);
    p.expect(']');
    return p.fin<ast.ListComp>(start, { _type: 'ListComp', elt: first, generators });
  }
  const elts = starNamedExpressionsUntil(p, ']', first);
  p.expect(']');
  return p.fin<ast.List>(start, { _type: 'List', elts, ctx: Load });
}

/** '{' starts a dict, a set, or a dict or set comprehension. */
function braceAtom(p: Parser): E {
  const start = p.pos++;
  if (p.invalidRules) {
    inv.invalidDictComprehension(p);
    inv.invalidComprehension(p, start);
  }
  try {
    return braceContents(p, start);
  } catch (e) {
    if (e === FAIL) {
      p.pos = start + 1;
      inv.invalidDoubleStarredKvpairs(p);
    }
    throw e;
  }
}

function braceContents(p: Parser, start: number): E {
  if (p.eat('}')) return p.fin<ast.Dict>(start, { _type: 'Dict', keys: [], values: [] });
  if (p.at('**')) return dictDisplay(p, start);
  if (p.at('*')) {
    const elts = starNamedExpressionsUntil(p, '}', starNamedExpression(p));
    p.expect('}');
    return p.fin<ast.SetExpr>(start, { _type: 'Set', elts });
  }
  const keyStart = p.pos;
  const first = namedExpression(p);
  if (p.at(':') && !(first._type === 'NamedExpr' && p.tokens[keyStart].value !== '(')) {
    p.pos++;
    const value = expression(p);
    if (atComprehension(p)) {
      const generators = forIfClauses(p);
      p.expect('}');
      return p.fin<ast.DictComp>(start, { _type: 'DictComp', key: first, value, generators });
    }
    return dictDisplay(p, start, first, value);
  }
  if (atComprehension(p)) {
    const generators = forIfClauses(p);
    p.expect('}');
    return p.fin<ast.SetComp>(start, { _type: 'SetComp', elt: first, generators });
  }
  const elts = starNamedExpressionsUntil(p, '}', first);
  p.expect('}');
  return p.fin<ast.SetExpr>(start, { _type: 'Set', elts });
}

/** The rest of a dict display: double_starred_kvpairs '}' (the first pair may be parsed already). */
function dictDisplay(p: Parser, start: number, key?: E, value?: E): E {
  const keys: (E | null)[] = [];
  const values: E[] = [];
  if (key !== undefined) {
    keys.push(key);
    values.push(value!);
    if (!p.eat(',')) {
      p.expect('}');
      return p.fin<ast.Dict>(start, { _type: 'Dict', keys, values });
    }
  }
  while (!p.at('}')) {
    if (p.eat('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      keys.push(expression(p));
      p.expect(':');
      values.push(expression(p));
    }
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return p.fin<ast.Dict>(start, { _type: 'Dict', keys, values });
}

// ---- comprehensions ----

export function atComprehension(p: Parser): boolean {
  const t = p.peek();
  if (t.type !== Tok.KEYWORD) return false;
  return t.value === 'for' || (t.value === 'async' && p.peekAt(1).value === 'for');
}

/** for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
export function forIfClauses(p: Parser): ast.Comprehension[] {
  const generators: ast.Comprehension[] = [];
  while (atComprehension(p)) {
    const forPos = p.pos;
    const isAsync = p.eat('async') ? 1 : 0;
    p.pos++; // 'for'
    let target: E;
    try {
      target = starTargets(p);
      p.expect('in');
    } catch (e) {
      if (e === FAIL && p.invalidRules) inv.invalidForTarget(p, forPos);
      throw e;
    }
    const iter = disjunction(p);
    const ifs: E[] = [];
    while (p.eat('if')) ifs.push(disjunction(p));
    generators.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return generators;
}

// ---- numbers ----

/** The value of a NUMBER token: bigint for ints, number for floats, {imag} for imaginary literals. */
export function parseNumber(text: string): ast.ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106 /* j */) return { imag: Number(s.slice(0, -1)) };
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    const k = s.charCodeAt(1) | 0x20;
    if (k === 120 || k === 111 || k === 98) return BigInt('0' + String.fromCharCode(k) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  return BigInt(s);
}
