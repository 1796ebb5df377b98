// Second-pass checks: CPython's `invalid_*` grammar rules, which only run after the first pass has
// failed and which turn a plain "invalid syntax" into a precise message. Each function here
// re-parses speculatively from the current position (as the PEG rule would) and either raises or
// returns with the position restored.

import * as ast from './ast';
import { FAIL, Parser, exprName } from './parser_core';
import { Tok, Token } from './tokenizer';
import {
  atComprehension, atom, bitwiseOr, disjunction, expression, expressionWithoutInvalid, forIfClauses,
  starExpressions, starNamedExpression, yieldExpr,
} from './parser_expr';
import { raiseInvalidTarget, starTarget, starTargets } from './parser_targets';

type E = ast.Expr;

/** Runs f as a speculative parse: the position is always restored afterwards. */
function probe(p: Parser, f: () => void): void {
  const start = p.pos;
  try {
    f();
  } catch (e) {
    if (e !== FAIL) throw e;
  } finally {
    p.pos = start;
  }
}

function withoutInvalidRules<T>(p: Parser, f: () => T): T {
  const saved = p.invalidRules;
  p.invalidRules = false;
  try {
    return f();
  } finally {
    p.invalidRules = saved;
  }
}

function isLegacyName(e: E): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** invalid_expression: a missing comma between two expressions inside brackets, and an
 * 'if' expression without 'else'. */
export function invalidExpression(p: Parser): void {
  if (!p.firstVisit('invalid_expression')) return;
  const t = p.peek();
  // CPython's SOFT_KEYWORD test compares only the name's length: any prefix of a soft keyword
  // ('m', 'ca', …) counts as one.
  const softKeyword = t.type === Tok.NAME && ('match'.startsWith(t.value) || 'case'.startsWith(t.value) || t.value === '_');
  const nameString = t.type === Tok.NAME && p.peekAt(1).type === Tok.STRING;
  if (!softKeyword && !nameString) {
    probe(p, () => {
      const a = disjunction(p);
      const b = withoutInvalidRules(p, () => expressionWithoutInvalid(p));
      if (!isLegacyName(a) && p.tokens[p.pos - 1].level !== 0) {
        p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
      }
    });
  }
  probe(p, () => {
    const a = disjunction(p);
    if (!p.eat('if')) return;
    const b = disjunction(p);
    if (!p.at('else') && !p.at(':')) p.raiseRange(a, b, "expected 'else' after 'if' expression");
  });
}

/** invalid_legacy_expression: `print "x"`. Like CPython, it parses what follows any name (which
 * may raise other errors in there) before checking that the name is print or exec. */
export function invalidLegacyExpression(p: Parser): void {
  const t = p.peek();
  if (t.type !== Tok.NAME || p.peekAt(1).value === '(' || !p.firstVisit('invalid_legacy_expression')) return;
  probe(p, () => {
    p.pos++;
    const b = starExpressions(p);
    if (t.value === 'print' || t.value === 'exec') {
      p.raiseRange(t, b, `Missing parentheses in call to '${t.value}'. Did you mean ${t.value}(...)?`);
    }
  });
}

/** invalid_named_expression: `a.b := 1`, `if x = 1:`, `f() = 1` where a test is expected. */
export function invalidNamedExpression(p: Parser): void {
  if (!p.firstVisit('invalid_named_expression')) return;
  probe(p, () => {
    const a = expression(p);
    p.expect(':=');
    expression(p);
    p.raiseAt(a, `cannot use assignment expressions with ${exprName(a)}`);
  });
  const t = p.peek();
  if (t.type === Tok.NAME && p.peekAt(1).value === '=') {
    probe(p, () => {
      p.pos += 2;
      const b = bitwiseOr(p);
      if (!p.at('=') && !p.at(':=')) p.raiseRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
  }
  if (startsWithDisplayOrConstant(p)) return;
  probe(p, () => {
    const a = bitwiseOr(p);
    p.expect('=');
    bitwiseOr(p);
    if (!p.at('=') && !p.at(':=')) {
      p.raiseAt(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
    }
  });
}

/** The lookahead !(list | tuple | genexp | 'True' | 'None' | 'False'). */
function startsWithDisplayOrConstant(p: Parser): boolean {
  const t = p.peek();
  if (t.type === Tok.KEYWORD) return t.value === 'True' || t.value === 'None' || t.value === 'False';
  if (t.type !== Tok.OP || (t.value !== '(' && t.value !== '[')) return false;
  let found = false;
  probe(p, () => {
    const e = atom(p);
    // Only a display spanning these very brackets: `((1, 2))` is a group, not a tuple.
    const own = e.lineno === t.lineno && e.col_offset === t.col;
    found = own && (e._type === 'List' || e._type === 'GeneratorExp' || e._type === 'Tuple');
  });
  return found;
}

/** invalid_group at '(' (p.pos just after it): `(*a)`, `(**a)`. */
export function invalidGroup(p: Parser, open: number): void {
  const t = p.peek();
  if (t.type !== Tok.OP) return;
  if (t.value === '*') {
    probe(p, () => {
      const a = starredExpression(p, open + 1);
      if (p.at(')')) p.raiseAt(a, 'cannot use starred expression here');
    });
  } else if (t.value === '**') {
    probe(p, () => {
      p.pos++;
      expression(p);
      p.expect(')');
      p.raiseAt(t, 'cannot use double starred expression here');
    });
  }
}

/** starred_expression: '*' expression */
function starredExpression(p: Parser, start: number): E {
  p.pos++;
  const value = expression(p);
  return p.fin<ast.Starred>(start, { _type: 'Starred', value, ctx: ast.Load });
}

/** invalid_comprehension at '(', '[' or '{' (p.pos just after it). CPython also tries it after
 * any primary (as part of `primary genexp`), so `f[x, y for y in z]` is reported too. */
export function invalidComprehension(p: Parser, open: number): void {
  if (!p.firstVisit('invalid_comprehension')) return;
  const bracket = p.tokens[open].value;
  const t = p.peek();
  if (t.type === Tok.OP && t.value === '*') {
    probe(p, () => {
      const a = starredExpression(p, open + 1);
      if (!atComprehension(p)) return;
      forIfClauses(p);
      p.raiseAt(a, 'iterable unpacking cannot be used in comprehension');
    });
  }
  if (bracket === '(') return;
  // ('[' | '{') a=star_named_expression ',' [star_named_expressions] for_if_clauses
  probe(p, () => {
    const a = starNamedExpression(p);
    const comma = p.expect(',');
    if (atComprehension(p)) {
      forIfClauses(p);
      p.raiseRange(a, comma, 'did you forget parentheses around the comprehension target?');
    }
    let last = starNamedExpression(p);
    while (p.eat(',')) {
      const next = p.attempt(() => starNamedExpression(p));
      if (next === null) break;
      last = next;
    }
    if (!atComprehension(p)) return;
    forIfClauses(p);
    p.raiseRange(a, last, 'did you forget parentheses around the comprehension target?');
  });
}

/** invalid_dict_comprehension at '{' (p.pos just after it): '{' '**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): void {
  const t = p.peek();
  if (t.type !== Tok.OP || t.value !== '**') return;
  probe(p, () => {
    p.pos++;
    bitwiseOr(p);
    if (!atComprehension(p)) return;
    forIfClauses(p);
    p.expect('}');
    p.raiseAt(t, 'dict unpacking cannot be used in dict comprehension');
  });
}

/** invalid_double_starred_kvpairs / invalid_kvpair inside '{' … '}' (p.pos just after the '{').
 * This alternative of `dict` is not guarded in CPython: it runs in the first pass too. */
export function invalidDoubleStarredKvpairs(p: Parser): void {
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  probe(p, () => {
    let pairs = 0;
    for (;;) {
      const ok = p.attempt(() => {
        if (p.eat('**')) bitwiseOr(p);
        else {
          expression(p);
          p.expect(':');
          expression(p);
        }
        return true;
      });
      if (ok === null) break;
      pairs++;
      if (!p.at(',')) break;
      const save = p.pos;
      p.pos++;
      if (!startsKvpair(p)) {
        p.pos = save;
        break;
      }
    }
    if (pairs === 0 || !p.eat(',')) return;
    invalidKvpair(p);
  });
  probe(p, () => {
    expression(p);
    p.expect(':');
    kvValueMistakes(p);
  });
}

function startsKvpair(p: Parser): boolean {
  return p.lookahead(() => {
    if (p.eat('**')) {
      bitwiseOr(p);
      return true;
    }
    expression(p);
    p.expect(':');
    expression(p);
    return true;
  });
}

function invalidKvpair(p: Parser): void {
  const a = expression(p);
  if (!p.at(':')) {
    throw p.makeError('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
  }
  p.pos++;
  kvValueMistakes(p);
}

/** After `key :`: a starred value, or no value at all. */
function kvValueMistakes(p: Parser): void {
  const t = p.peek();
  if (t.type === Tok.OP && t.value === '*') {
    probe(p, () => {
      p.pos++;
      bitwiseOr(p);
      p.raiseFrom(t, 'cannot use a starred expression in a dictionary value');
    });
  }
  if (p.at('}') || p.at(',')) p.raiseAt(p.tokens[p.pos - 1], "expression expected after dictionary key and ':'");
}

/** invalid_for_target: ASYNC? 'for' a=star_expressions — blame the part that cannot be assigned. */
export function invalidForTarget(p: Parser, forPos: number): void {
  const save = p.pos;
  p.pos = forPos;
  p.eat('async');
  p.pos++; // 'for'
  const a = p.attempt(() => starExpressions(p));
  if (a !== null) raiseInvalidTarget(p, 'for', a);
  p.pos = save;
}

/** invalid_kwarg: NAME '=' expression for_if_clauses (after NAME '=' was consumed). */
export function invalidKwargGenexp(p: Parser, name: Token): void {
  const eq = p.tokens[p.pos - 1];
  probe(p, () => {
    expression(p);
    if (!atComprehension(p)) return;
    forIfClauses(p);
    p.raiseRange(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  });
}

/** invalid_kwarg at an argument that is not NAME '=': `f(True=1)`, `f(a.b=1)`. */
export function invalidKwarg(p: Parser): void {
  // (Looking one token further only where CPython does: it matters for error positions.)
  const t = p.peek();
  if (t.type === Tok.KEYWORD && (t.value === 'True' || t.value === 'False' || t.value === 'None')) {
    const next = p.peekAt(1);
    if (next.value === '=') p.raiseRange(t, next, `cannot assign to ${t.value}`);
  }
  if (t.type === Tok.NAME && p.peekAt(1).value === '=') return;
  probe(p, () => {
    const a = expression(p);
    if (p.at('=')) p.raiseRange(a, p.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
  });
}

function lastComprehensionItem(generators: ast.Comprehension[]): E {
  const last = generators[generators.length - 1];
  return last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
}

/** `f(a for a in b, c)`: a generator expression that is not the only argument. */
export function genexpMustBeParenthesized(p: Parser, value: E, generators: ast.Comprehension[]): void {
  if (p.at(',')) p.raiseRange(value, lastComprehensionItem(generators), 'Generator expression must be parenthesized');
}

/** `f(c, a for a in b)`: an unparenthesized generator expression after other arguments. */
export function nonParenthesizedGenexp(p: Parser, value: E, isFirst: boolean): void {
  if (isFirst) return;
  probe(p, () => {
    const generators = forIfClauses(p);
    p.raiseRange(value, lastComprehensionItem(generators), 'Generator expression must be parenthesized');
  });
}

/** `f(a=1, b)`: raised at the end of the arguments, as CPython's _PyPegen_arguments_parsing_error. */
export function positionalAfterKeyword(p: Parser, keywords: ast.Keyword[]): void {
  // CPython has parsed all the remaining arguments before it complains.
  p.attempt(() => {
    while (p.eat(',')) {
      if (p.at(')')) break;
      if (p.eat('*') || p.eat('**')) expression(p);
      else if (p.peek().type === Tok.NAME && p.peekAt(1).value === '=') {
        p.pos += 2;
        expression(p);
      } else expression(p);
    }
    p.peek();
    return true;
  });
  const unpacking = keywords.some((k) => k.arg === null);
  p.raise(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
}

const AUGASSIGN = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);

/** invalid_assignment: a statement that looked like an assignment but is not one. */
export function invalidAssignment(p: Parser): void {
  const start = p.pos;
  // invalid_ann_assign_target ':' expression
  if (p.at('(') || p.at('[')) {
    probe(p, () => {
      const a = atom(p);
      if (!(a._type === 'List' || a._type === 'Tuple')) return;
      p.expect(':');
      expression(p);
      p.raiseAt(a, `only single target (not ${exprName(a)}) can be annotated`);
    });
  }
  // star_named_expression ',' star_named_expressions* ':' expression
  probe(p, () => {
    const a = starNamedExpression(p);
    p.expect(',');
    while (!p.at(':')) {
      starNamedExpression(p);
      if (!p.eat(',')) break;
    }
    p.expect(':');
    expression(p);
    p.raiseAt(a, 'only single target (not tuple) can be annotated');
  });
  // expression ':' expression
  probe(p, () => {
    const a = expression(p);
    p.expect(':');
    expression(p);
    p.raiseAt(a, 'illegal target for annotation');
  });
  // (star_targets '=')* star_expressions '=' | (star_targets '=')* yield_expr '='
  probe(p, () => {
    skipAssignedTargets(p);
    const mark = p.pos;
    const a = p.attempt(() => starExpressions(p));
    if (a !== null && p.at('=')) raiseInvalidTarget(p, 'star', a);
    p.pos = mark;
    if (p.at('yield')) {
      const y = yieldExpr(p);
      if (p.at('=')) p.raiseAt(y, 'assignment to yield expression not possible');
    }
  });
  // star_expressions augassign (yield_expr | star_expressions)
  probe(p, () => {
    const a = starExpressions(p);
    if (!AUGASSIGN.has(p.peek().value) || p.peek().type !== Tok.OP) return;
    p.pos++;
    if (p.at('yield')) yieldExpr(p);
    else starExpressions(p);
    p.raiseAt(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
  });
  p.pos = start;
}

/** (star_targets '=')* */
function skipAssignedTargets(p: Parser): void {
  for (;;) {
    const ok = p.attempt(() => {
      starTargets(p);
      p.expect('=');
      return true;
    });
    if (ok === null) return;
  }
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalidDelStatement(p: Parser, start: number): void {
  p.pos = start + 1;
  const a = p.attempt(() => starExpressions(p));
  if (a !== null) raiseInvalidTarget(p, 'del', a);
}

/** invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser, afterAs: number): void {
  const save = p.pos;
  p.pos = afterAs;
  const a = p.attempt(() => expression(p));
  if (a !== null && (p.at(',') || p.at(')') || p.at(':'))) raiseInvalidTarget(p, 'star', a);
  p.pos = save;
}

/** invalid_with_stmt: a with header (items in the loose form `expression ['as' star_target]`,
 * parenthesized or not) that ends the line without ':'. */
export function invalidWithStatement(p: Parser, kw: Token): void {
  const afterWith = p.tokens.indexOf(kw) + 1;
  const item = (expr: (p: Parser) => E) => {
    expr(p);
    if (p.eat('as')) starTarget(p);
  };
  const missingColon = () => {
    if (!p.atType(Tok.NEWLINE)) return;
    p.pos++;
    p.raise("expected ':'");
  };
  p.pos = afterWith;
  probe(p, () => {
    item(expression);
    while (p.eat(',')) item(expression);
    missingColon();
  });
  if (!p.at('(')) return;
  probe(p, () => {
    p.pos++;
    item(expressions);
    while (p.eat(',')) {
      if (p.at(')')) break;
      item(expressions);
    }
    p.expect(')');
    missingColon();
  });
}

/** expressions: expression (',' expression)* [','] (a Tuple when there are commas). */
function expressions(p: Parser): E {
  const start = p.pos;
  const first = expression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    const next = p.attempt(() => expression(p));
    if (next === null) break;
    elts.push(next);
  }
  return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: ast.Load });
}

/** invalid_try_stmt: 'except' and 'except*' handlers on the same 'try'. */
export function mixedExcept(p: Parser, starred: boolean): void {
  const kw = p.peek();
  probe(p, () => {
    p.pos++;
    const star = p.eat('*') ? p.tokens[p.pos - 1] : null;
    if (!p.at(':')) {
      expression(p);
      if (p.eat('as')) p.expectName();
    }
    p.expect(':');
    const msg = "cannot have both 'except' and 'except*' on the same 'try'";
    if (starred) p.raiseAt(kw, msg);
    p.raiseRange(kw, star!, msg);
  });
}

/** invalid_except_stmt: `except A, B:` */
export function multipleExceptionTypes(p: Parser, type: E): void {
  probe(p, () => {
    p.pos++; // ','
    expression(p);
    while (p.eat(',')) {
      if (p.at(':') || p.at('as')) break;
      expression(p);
    }
    if (p.eat('as')) p.expectName();
    p.expect(':');
    p.raiseFrom(type, 'multiple exception types must be parenthesized');
  });
}
