// Assignment and deletion targets.
//
// Targets are parsed as expressions (a primary, a starred primary, or a parenthesized or bracketed
// sequence of them) and then checked and switched to the Store or Del context. For the error
// messages, getInvalidTarget finds the sub-expression CPython blames (_PyPegen_get_invalid_target).

import * as ast from './ast';
import { FAIL, Parser, exprName } from './parser_core';
import { Tok } from './tokenizer';
import { primary } from './parser_expr';

type E = ast.Expr;

export type TargetsType = 'star' | 'del' | 'for';

/** Makes e an assignment target (Store context, recursively); false if it cannot be one. */
export function setStore(e: E): boolean {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ast.Store;
      return true;
    case 'Starred':
      e.ctx = ast.Store;
      return e.value._type !== 'Starred' && setStore(e.value);
    case 'Tuple': case 'List':
      e.ctx = ast.Store;
      for (const elt of e.elts) if (!setStore(elt)) return false;
      return true;
  }
  return false;
}

/** Makes e a deletion target (Del context, recursively); false if it cannot be one. */
export function setDel(e: E): boolean {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ast.Del;
      return true;
    case 'Tuple': case 'List':
      e.ctx = ast.Del;
      for (const elt of e.elts) if (!setDel(elt)) return false;
      return true;
  }
  return false;
}

/** Can the current token begin a star_target? */
export function startsTarget(p: Parser): boolean {
  const t = p.peek();
  switch (t.type) {
    case Tok.NAME: case Tok.NUMBER: case Tok.STRING: return true;
    case Tok.KEYWORD: return t.value === 'True' || t.value === 'False' || t.value === 'None';
    case Tok.OP: return t.value === '*' || t.value === '(' || t.value === '[' || t.value === '{' || t.value === '...';
  }
  return false;
}

/** star_targets: star_target !',' | star_target (',' star_target)* [','] (a Tuple) */
export function starTargets(p: Parser): E {
  const start = p.pos;
  const first = starTarget(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (!startsTarget(p)) break;
    elts.push(starTarget(p));
  }
  return p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: ast.Store });
}

/** star_target: '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): E {
  if (p.at('*')) {
    const start = p.pos++;
    if (p.at('*')) throw FAIL;
    const value = starTarget(p);
    return p.fin<ast.Starred>(start, { _type: 'Starred', value, ctx: ast.Store });
  }
  const e = primary(p);
  if (!setStore(e)) throw FAIL;
  return e;
}

/** The sub-expression that makes e an invalid target, or null (_PyPegen_get_invalid_target). */
export function getInvalidTarget(e: E, type: TargetsType): E | null {
  switch (e._type) {
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = getInvalidTarget(elt, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parses as a comparison when re-read as an expression: blame its left side.
      if (type === 'for') return e.ops[0]._type === 'In' ? getInvalidTarget(e.left, type) : null;
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** CPython's RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if e contains an invalid target. */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: E): void {
  const bad = getInvalidTarget(e, type);
  if (bad === null) return;
  const verb = type === 'del' ? 'delete' : 'assign to';
  p.raiseAt(bad, `cannot ${verb} ${exprName(bad)}`);
}
