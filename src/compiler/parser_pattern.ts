// The match statement and its patterns (PEP 634), CPython 3.11 grammar.

import * as ast from './ast';
import { FAIL, Parser } from './parser_core';
import { Tok, Token } from './tokenizer';
import {
  nameNode, namedExpression, parseNumber, starNamedExpression, startsExpression,
} from './parser_expr';
import { parseStrings } from './parser_strings';
import { block } from './parser_stmt';

type P = ast.Pattern;
type E = ast.Expr;

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT, or null when the soft
 * keyword 'match' does not start a match statement here. */
export function matchStatement(p: Parser): ast.Match | null {
  const start = p.pos;
  const kw = p.peek();
  const subject = p.attempt(() => {
    p.pos++;
    const s = subjectExpr(p);
    p.expect(':');
    p.expectType(Tok.NEWLINE);
    return s;
  });
  if (subject === null) {
    if (p.invalidRules) {
      // invalid_match_stmt: a subject then the end of the line (even `match(x)`, a valid call).
      p.pos = start + 1;
      const s = p.attempt(() => subjectExpr(p));
      if (s !== null && p.atType(Tok.NEWLINE)) {
        p.pos++;
        p.raise("expected ':'");
      }
    }
    p.pos = start;
    return null;
  }
  if (!p.atType(Tok.INDENT)) {
    p.invalid(() => p.raise(`expected an indented block after 'match' statement on line ${kw.lineno}`, 'IndentationError'));
  }
  p.pos++;
  const cases: ast.MatchCase[] = [];
  while (p.at('case') && p.peek().type === Tok.NAME) cases.push(caseBlock(p));
  if (cases.length === 0) throw FAIL;
  p.expectType(Tok.DEDENT);
  return p.fin<ast.Match>(start, { _type: 'Match', subject, cases });
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function subjectExpr(p: Parser): E {
  const start = p.pos;
  const first = starNamedExpression(p);
  if (!p.at(',')) {
    if (first._type === 'Starred') throw FAIL;
    return first;
  }
  const elts = [first];
  while (p.eat(',')) {
    if (!startsExpression(p)) break;
    elts.push(starNamedExpression(p));
  }
  return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: ast.Load });
}

/** case_block: "case" patterns guard? ':' block */
function caseBlock(p: Parser): ast.MatchCase {
  const kw = p.next();
  const pattern = patterns(p);
  const guard = p.eat('if') ? namedExpression(p) : null;
  if (!p.at(':')) {
    p.invalid(() => {
      if (!p.atType(Tok.NEWLINE)) return;
      p.pos++;
      p.raise("expected ':'");
    });
  }
  p.pos++;
  const body = block(p, "'case' statement", kw);
  return { _type: 'match_case', pattern, guard, body };
}

/** patterns: open_sequence_pattern (a MatchSequence) | pattern */
function patterns(p: Parser): P {
  const start = p.pos;
  const first = maybeStarPattern(p);
  if (!p.at(',')) {
    if (first._type === 'MatchStar') throw FAIL;
    return first;
  }
  const elts = [first];
  while (p.eat(',')) {
    if (!startsPattern(p)) break;
    elts.push(maybeStarPattern(p));
  }
  return p.fin<ast.MatchSequence>(start, { _type: 'MatchSequence', patterns: elts });
}

function startsPattern(p: Parser): boolean {
  const t = p.peek();
  switch (t.type) {
    case Tok.NAME: case Tok.NUMBER: case Tok.STRING: return true;
    case Tok.KEYWORD: return t.value === 'None' || t.value === 'True' || t.value === 'False';
    case Tok.OP: return t.value === '*' || t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-';
  }
  return false;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): P {
  if (!p.at('*')) return pattern(p);
  const start = p.pos++;
  const t = p.expectType(Tok.NAME);
  if (isCaptureContext(p)) throw FAIL;
  const name = t.value === '_' ? null : t.value;
  return p.fin<ast.MatchStar>(start, { _type: 'MatchStar', name });
}

/** After a NAME: capture targets may not be followed by '.', '(' or '='. */
function isCaptureContext(p: Parser): boolean {
  return p.at('.') || p.at('(') || p.at('=');
}

/** pattern: or_pattern 'as' pattern_capture_target | or_pattern */
function pattern(p: Parser): P {
  const start = p.pos;
  const orp = orPattern(p);
  if (!p.at('as')) return orp;
  p.pos++;
  const t = p.peek();
  if (t.type !== Tok.NAME || t.value === '_') {
    p.invalid(() => {
      if (t.value === '_') p.raiseAt(t, "cannot use '_' as a target");
      const target = p.attempt(() => namedExpressionForError(p));
      if (target !== null) p.raiseAt(target, 'invalid pattern target');
    });
  }
  p.pos++;
  if (isCaptureContext(p)) throw FAIL;
  return p.fin<ast.MatchAs>(start, { _type: 'MatchAs', pattern: orp, name: t.value });
}

function namedExpressionForError(p: Parser): E {
  return namedExpression(p);
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): P {
  const start = p.pos;
  const first = closedPattern(p);
  if (!p.at('|')) return first;
  const alts = [first];
  while (p.eat('|')) alts.push(closedPattern(p));
  return p.fin<ast.MatchOr>(start, { _type: 'MatchOr', patterns: alts });
}

function closedPattern(p: Parser): P {
  const start = p.pos;
  const t = p.peek();
  switch (t.type) {
    case Tok.NUMBER:
      return valuePattern(p, start, numberLiteral(p));
    case Tok.STRING:
      return valuePattern(p, start, parseStrings(p));
    case Tok.KEYWORD:
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        p.pos++;
        const value = t.value === 'None' ? null : t.value === 'True';
        return p.fin<ast.MatchSingleton>(start, { _type: 'MatchSingleton', value });
      }
      throw FAIL;
    case Tok.NAME:
      return namePattern(p, t);
    case Tok.OP:
      switch (t.value) {
        case '-': return valuePattern(p, start, numberLiteral(p));
        case '(': return parenPattern(p);
        case '[': return bracketPattern(p);
        case '{': return mappingPattern(p);
      }
  }
  throw FAIL;
}

function valuePattern(p: Parser, start: number, value: E): P {
  return p.fin<ast.MatchValue>(start, { _type: 'MatchValue', value });
}

/** signed_number !('+' | '-') | complex_number, as an expression. */
function numberLiteral(p: Parser): E {
  const start = p.pos;
  const real = signedNumber(p);
  if (!p.at('+') && !p.at('-')) return real;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  ensureNumberKind(p, real, false);
  const op = p.next().value === '+' ? ast.OPERATORS.Add : ast.OPERATORS.Sub;
  const t = p.expectType(Tok.NUMBER);
  const imag = numberConstant(t);
  ensureNumberKind(p, imag, true);
  return p.fin<ast.BinOp>(start, { _type: 'BinOp', left: real, op, right: imag });
}

function signedNumber(p: Parser): E {
  const start = p.pos;
  if (p.eat('-')) {
    const operand = numberConstant(p.expectType(Tok.NUMBER));
    return p.fin<ast.UnaryOp>(start, { _type: 'UnaryOp', op: ast.UNARY_OPERATORS.USub, operand });
  }
  return numberConstant(p.expectType(Tok.NUMBER));
}

function numberConstant(t: Token): ast.Constant {
  return { _type: 'Constant', value: parseNumber(t.value), kind: null, lineno: t.lineno, col_offset: t.col,
    end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** The parts of a complex literal pattern must be a real and an imaginary number. */
function ensureNumberKind(p: Parser, e: E, imaginary: boolean): void {
  const c = e._type === 'UnaryOp' ? e.operand : e;
  const isImag = c._type === 'Constant' && typeof c.value === 'object' && c.value !== null && 'imag' in c.value;
  if (isImag !== imaginary) {
    p.raiseAt(c, imaginary ? 'imaginary number required in complex literal' : 'real number required in complex literal');
  }
}

/** A pattern starting with a NAME: capture, wildcard, value (dotted name) or class pattern. */
function namePattern(p: Parser, t: Token): P {
  const start = p.pos;
  if (!(p.peekAt(1).value === '.' || p.peekAt(1).value === '(')) {
    p.pos++;
    if (t.value === '_') return p.fin<ast.MatchAs>(start, { _type: 'MatchAs', pattern: null, name: null });
    if (p.at('=')) throw FAIL;
    return p.fin<ast.MatchAs>(start, { _type: 'MatchAs', pattern: null, name: t.value });
  }
  if (t.value === '_' && p.peekAt(1).value === '.') {
    p.pos++; // the wildcard matched; the '.' after it is a syntax error
    throw FAIL;
  }
  const cls = nameOrAttr(p);
  if (!p.at('(')) {
    if (p.at('=')) throw FAIL;
    return valuePattern(p, start, cls);
  }
  return classPattern(p, start, cls);
}

/** name_or_attr: NAME ('.' NAME)* as a Name or Attribute expression. */
function nameOrAttr(p: Parser): E {
  const start = p.pos;
  let e: E = nameNode(p.expectType(Tok.NAME), ast.Load);
  while (p.eat('.')) {
    const attr = p.expectName();
    e = p.fin<ast.Attribute>(start, { _type: 'Attribute', value: e, attr, ctx: ast.Load });
  }
  return e;
}

/** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' */
function classPattern(p: Parser, start: number, cls: E): P {
  p.pos++; // '('
  const positional: P[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: P[] = [];
  while (!p.at(')')) {
    const t = p.peek();
    if (t.type === Tok.NAME && p.peekAt(1).value === '=') {
      p.pos += 2;
      kwdAttrs.push(t.value);
      kwdPatterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdPatterns.length) p.invalid(() => positionalAfterKeyword(p, pat));
      positional.push(pat);
    }
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return p.fin<ast.MatchClass>(start, {
    _type: 'MatchClass', cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns,
  });
}

/** Second pass: "positional patterns follow keyword patterns", spanning all those positional patterns. */
function positionalAfterKeyword(p: Parser, first: P): void {
  let last: P = first;
  while (p.at(',') && !(p.peekAt(1).type === Tok.NAME && p.peekAt(2).value === '=')) {
    const save = p.pos;
    p.pos++;
    const next = p.attempt(() => pattern(p));
    if (next === null) {
      p.pos = save;
      break;
    }
    last = next;
  }
  p.raiseRange(first, last, 'positional patterns follow keyword patterns');
}

/** '(' pattern ')' (a group) or '(' [open_sequence_pattern] ')' (a sequence). */
function parenPattern(p: Parser): P {
  const start = p.pos++;
  if (p.eat(')')) return p.fin<ast.MatchSequence>(start, { _type: 'MatchSequence', patterns: [] });
  const first = maybeStarPattern(p);
  if (p.at(',')) {
    const elts = [first];
    while (p.eat(',')) {
      if (p.at(')')) break;
      elts.push(maybeStarPattern(p));
    }
    p.expect(')');
    return p.fin<ast.MatchSequence>(start, { _type: 'MatchSequence', patterns: elts });
  }
  p.expect(')');
  if (first._type === 'MatchStar') throw FAIL;
  return first;
}

/** '[' maybe_sequence_pattern? ']' */
function bracketPattern(p: Parser): P {
  const start = p.pos++;
  const elts: P[] = [];
  while (!p.at(']')) {
    elts.push(maybeStarPattern(p));
    if (!p.eat(',')) break;
  }
  p.expect(']');
  return p.fin<ast.MatchSequence>(start, { _type: 'MatchSequence', patterns: elts });
}

/** mapping_pattern: '{' [items_pattern] [',' double_star_pattern] ','? '}' */
function mappingPattern(p: Parser): P {
  const start = p.pos++;
  const keys: E[] = [];
  const values: P[] = [];
  let rest: string | null = null;
  while (!p.at('}')) {
    if (p.eat('**')) {
      const t = p.expectType(Tok.NAME);
      if (t.value === '_' || isCaptureContext(p)) throw FAIL;
      rest = t.value;
      p.eat(',');
      break;
    }
    keys.push(mappingKey(p));
    p.expect(':');
    values.push(pattern(p));
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return p.fin<ast.MatchMapping>(start, { _type: 'MatchMapping', keys, patterns: values, rest });
}

/** A mapping pattern key: literal_expr | attr (a dotted name with at least one dot). */
function mappingKey(p: Parser): E {
  const t = p.peek();
  switch (t.type) {
    case Tok.NUMBER: return numberLiteral(p);
    case Tok.STRING: return parseStrings(p);
    case Tok.KEYWORD:
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        p.pos++;
        const value = t.value === 'None' ? null : t.value === 'True';
        return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno,
          end_col_offset: t.endCol };
      }
      throw FAIL;
    case Tok.NAME: {
      if (p.peekAt(1).value !== '.') throw FAIL;
      return nameOrAttr(p);
    }
    case Tok.OP:
      if (t.value === '-') return numberLiteral(p);
  }
  throw FAIL;
}
