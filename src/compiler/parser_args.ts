// Call arguments (`f(a, *b, c=1, **d)`, `f(x for x in y)`) and subscripts (`a[1:2, ::3]`).

import * as ast from './ast';
import { FAIL, Parser } from './parser_core';
import { Tok } from './tokenizer';
import {
  assignmentExpression, atComprehension, expression, forIfClauses, namedExpression,
} from './parser_expr';
import * as inv from './parser_invalid';

type E = ast.Expr;

/** '(' [arguments] ')' after a primary (or a genexp as the only argument): the Call node. */
export function callArguments(p: Parser, start: number, func: E): E {
  const { args, keywords } = argumentList(p, true);
  return p.fin<ast.Call>(start, { _type: 'Call', func, args, keywords });
}

/** The parenthesized argument list at '(' of a call, or of a class definition (which takes no
 * bare generator expression). */
export function argumentList(p: Parser, isCall: boolean): { args: E[]; keywords: ast.Keyword[] } {
  const open = p.pos++;
  const args: E[] = [];
  const keywords: ast.Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (!p.at(')')) {
    const itemStart = p.pos;
    const t = p.peek();
    if (t.type === Tok.OP && t.value === '*') {
      if (sawDoubleStar) {
        p.invalid(() => p.raiseAt(t, 'iterable argument unpacking follows keyword argument unpacking'));
      }
      p.pos++;
      const value = expression(p);
      args.push(p.fin<ast.Starred>(itemStart, { _type: 'Starred', value, ctx: ast.Load }));
    } else if (t.type === Tok.OP && t.value === '**') {
      p.pos++;
      const value = expression(p);
      keywords.push(p.fin<ast.Keyword>(itemStart, { _type: 'keyword', arg: null, value }));
      sawDoubleStar = true;
    } else if (t.type === Tok.NAME && p.peekAt(1).value === '=' && p.peekAt(1).type === Tok.OP) {
      p.pos += 2;
      if (p.invalidRules) inv.invalidKwargGenexp(p, t);
      const value = expression(p);
      keywords.push(p.fin<ast.Keyword>(itemStart, { _type: 'keyword', arg: t.value, value }));
      sawKeyword = true;
    } else {
      if (p.invalidRules) inv.invalidKwarg(p);
      const value = t.type === Tok.NAME && p.peekAt(1).value === ':=' ? assignmentExpression(p) : expression(p);
      if (p.at(':=') || p.at('=')) throw FAIL;
      if (atComprehension(p)) {
        if (isCall && args.length === 0 && keywords.length === 0 && p.tokens[open].value === '(') {
          // The only argument is a generator expression: f(x for x in y).
          const generators = forIfClauses(p);
          if (!p.at(')')) p.invalid(() => inv.genexpMustBeParenthesized(p, value, generators));
          p.pos++;
          const genexp = p.fin<ast.GeneratorExp>(open, { _type: 'GeneratorExp', elt: value, generators });
          return { args: [genexp], keywords };
        }
        p.invalid(() => inv.nonParenthesizedGenexp(p, value, args.length + keywords.length === 0));
      }
      if (sawKeyword || sawDoubleStar) {
        p.invalid(() => inv.positionalAfterKeyword(p, keywords));
      }
      args.push(value);
    }
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return { args, keywords };
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple) */
export function slices(p: Parser): E {
  const start = p.pos;
  const first = sliceItem(p);
  if (!p.at(',') && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(']')) break;
    elts.push(sliceItem(p));
  }
  return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: ast.Load });
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression, or '*' expression */
function sliceItem(p: Parser): E {
  const start = p.pos;
  const t = p.peek();
  if (t.type === Tok.OP && t.value === '*') {
    p.pos++;
    const value = expression(p);
    return p.fin<ast.Starred>(start, { _type: 'Starred', value, ctx: ast.Load });
  }
  let lower: E | null = null;
  if (!(t.type === Tok.OP && t.value === ':')) {
    if (t.type === Tok.NAME && p.peekAt(1).value === ':=') return assignmentExpression(p);
    lower = expression(p);
    if (!p.at(':')) {
      if (p.invalidRules) {
        p.pos = start;
        return namedExpression(p);
      }
      if (p.at(':=')) throw FAIL;
      return lower;
    }
  }
  p.pos++; // ':'
  const upper = endsSlicePart(p) ? null : expression(p);
  let step: E | null = null;
  if (p.eat(':')) step = endsSlicePart(p) ? null : expression(p);
  return p.fin<ast.Slice>(start, { _type: 'Slice', lower, upper, step });
}

function endsSlicePart(p: Parser): boolean {
  const t = p.peek();
  return t.type === Tok.OP && (t.value === ':' || t.value === ',' || t.value === ']');
}
