// Compound statements: def, class (with decorators), if, while, for, with, try (and their async
// forms). `match` is in parser_pattern.ts.

import * as ast from './ast';
import { FAIL, Parser, optional } from './parser_core';
import { Tok, Token } from './tokenizer';
import { expression, namedExpression, starExpressions } from './parser_expr';
import { argumentList } from './parser_args';
import { functionParams } from './parser_params';
import { starTarget, starTargets } from './parser_targets';
import { block } from './parser_stmt';
import * as inv from './parser_invalid';

type S = ast.Stmt;
type E = ast.Expr;

export function compoundStatement(p: Parser): S {
  const t = p.peek();
  if (t.value === '@') return decorated(p);
  const kw = t.value === 'async' ? p.peekAt(1).value : t.value;
  switch (kw) {
    case 'def': return functionDef(p, []);
    case 'class': return classDef(p, []);
    case 'if': return ifStatement(p);
    case 'while': return whileStatement(p);
    case 'for': return forStatement(p);
    case 'with': return withStatement(p);
    case 'try': return tryStatement(p);
  }
  throw FAIL;
}

/** decorators: ('@' named_expression NEWLINE)+, then a function or class definition. */
function decorated(p: Parser): S {
  const decorators: E[] = [];
  while (p.eat('@')) {
    decorators.push(namedExpression(p));
    p.expectType(Tok.NEWLINE);
  }
  if (p.at('class')) return classDef(p, decorators);
  if (p.at('def') || (p.at('async') && p.peekAt(1).value === 'def')) return functionDef(p, decorators);
  throw FAIL;
}

/** A missing ':' at the end of a header line: "expected ':'" in the second pass. */
function expectColon(p: Parser): void {
  if (p.eat(':')) return;
  if (p.invalidRules && p.atType(Tok.NEWLINE)) {
    p.pos++;
    p.raise("expected ':'");
  }
  throw FAIL;
}

function functionDef(p: Parser, decorators: E[]): S {
  const start = p.pos;
  const isAsync = p.eat('async');
  const kw = p.expect('def');
  const name = p.expectName();
  p.expectForced('(');
  const args = functionParams(p);
  p.expect(')');
  // ['->' expression]: a bad annotation leaves none, and the forced ':' then reports the '->'.
  const returns = p.at('->') ? optional(p, returnAnnotation) : null;
  p.expectForced(':');
  const body = block(p, 'function definition', kw);
  return p.fin<ast.FunctionDef | ast.AsyncFunctionDef>(start, {
    _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list: decorators, returns,
    type_comment: null,
  });
}

function returnAnnotation(p: Parser): E {
  p.pos++; // '->'
  return expression(p);
}

function classDef(p: Parser, decorators: E[]): S {
  const start = p.pos;
  const kw = p.expect('class');
  const name = p.expectName();
  let bases: E[] = [];
  let keywords: ast.Keyword[] = [];
  if (p.at('(')) ({ args: bases, keywords } = argumentList(p, false));
  expectColon(p);
  const body = block(p, 'class definition', kw);
  return p.fin<ast.ClassDef>(start, { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators });
}

/** if_stmt / elif_stmt: the If node, with any elif chain nested in orelse. */
function ifStatement(p: Parser): S {
  const start = p.pos;
  const kw = p.next(); // 'if' or 'elif'
  const test = namedExpression(p);
  expectColon(p);
  const body = block(p, `'${kw.value}' statement`, kw);
  let orelse: S[] = [];
  if (p.at('elif')) orelse = [ifStatement(p)];
  else if (p.at('else')) orelse = elseBlock(p);
  return p.fin<ast.If>(start, { _type: 'If', test, body, orelse });
}

/** else_block: 'else' &&':' block */
function elseBlock(p: Parser): S[] {
  const kw = p.next();
  p.expectForced(':');
  return block(p, "'else' statement", kw);
}

function whileStatement(p: Parser): S {
  const start = p.pos;
  const kw = p.next();
  const test = namedExpression(p);
  expectColon(p);
  const body = block(p, "'while' statement", kw);
  const orelse = p.at('else') ? elseBlock(p) : [];
  return p.fin<ast.While>(start, { _type: 'While', test, body, orelse });
}

function forStatement(p: Parser): S {
  const start = p.pos;
  const isAsync = p.eat('async');
  const forPos = p.pos;
  const kw = p.next(); // 'for'
  let target: E;
  try {
    target = starTargets(p);
    p.expect('in');
  } catch (e) {
    if (e === FAIL && p.invalidRules) inv.invalidForTarget(p, forPos);
    throw e;
  }
  const iter = starExpressions(p);
  expectColon(p);
  const body = block(p, "'for' statement", kw);
  const orelse = p.at('else') ? elseBlock(p) : [];
  return p.fin<ast.For | ast.AsyncFor>(start, {
    _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null,
  });
}

function withStatement(p: Parser): S {
  const start = p.pos;
  const isAsync = p.eat('async');
  const kw = p.next(); // 'with'
  let items: ast.WithItem[] | null;
  try {
    // 'with' '(' ','.with_item+ ','? ')' ':' — else the items are not parenthesized as a group.
    items = p.at('(') ? p.attempt(() => parenthesizedWithItems(p)) : null;
    if (items === null) {
      items = [withItem(p)];
      while (p.eat(',')) items.push(withItem(p));
    }
    if (!p.at(':')) throw FAIL;
  } catch (e) {
    if (e === FAIL && p.invalidRules) inv.invalidWithStatement(p, kw);
    throw e;
  }
  p.pos++; // ':'
  const body = block(p, "'with' statement", kw);
  return p.fin<ast.With | ast.AsyncWith>(start, { _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null });
}

function parenthesizedWithItems(p: Parser): ast.WithItem[] {
  p.pos++; // '('
  const items = [withItem(p)];
  while (p.eat(',')) {
    if (p.at(')')) break;
    items.push(withItem(p));
  }
  p.expect(')');
  if (!p.at(':')) throw FAIL;
  return items;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
function withItem(p: Parser): ast.WithItem {
  const contextExpr = expression(p);
  if (p.at('as')) {
    const asPos = p.pos;
    p.pos++;
    const target = p.attempt(() => {
      const t = starTarget(p);
      if (!(p.at(',') || p.at(')') || p.at(':'))) throw FAIL;
      return t;
    });
    if (target !== null) return { _type: 'withitem', context_expr: contextExpr, optional_vars: target };
    if (p.invalidRules) inv.invalidWithItem(p, asPos + 1);
    p.pos = asPos;
  }
  return { _type: 'withitem', context_expr: contextExpr, optional_vars: null };
}

function tryStatement(p: Parser): S {
  const start = p.pos;
  const kw = p.next();
  p.expectForced(':');
  const body = block(p, "'try' statement", kw);
  const handlers: ast.ExceptHandler[] = [];
  let starred: boolean | null = null;
  while (p.at('except')) {
    const isStar = p.peekAt(1).value === '*';
    if (starred !== null && isStar !== starred) {
      if (p.invalidRules) inv.mixedExcept(p, starred);
      break;
    }
    starred = isStar;
    handlers.push(exceptHandler(p));
  }
  if (handlers.length === 0 && !p.at('finally')) p.invalid(() => p.raise("expected 'except' or 'finally' block"));
  const orelse = handlers.length && p.at('else') ? elseBlock(p) : [];
  let finalbody: S[] = [];
  if (p.at('finally')) {
    const fin = p.next();
    p.expectForced(':');
    finalbody = block(p, "'finally' statement", fin);
  }
  return p.fin<ast.Try | ast.TryStar>(start, { _type: starred ? 'TryStar' : 'Try', body, handlers, orelse, finalbody });
}

/** except_block / except_star_block */
function exceptHandler(p: Parser): ast.ExceptHandler {
  const start = p.pos;
  const kw = p.next(); // 'except'
  const isStar = p.eat('*');
  if (isStar && (p.at(':') || p.atType(Tok.NEWLINE))) {
    p.invalid(() => {
      p.pos++;
      p.raise('expected one or more exception types');
    });
  }
  let type: E | null = null;
  let name: string | null = null;
  if (!p.at(':') || isStar) {
    if (p.atType(Tok.NEWLINE)) {
      p.invalid(() => {
        p.pos++;
        p.raise("expected ':'");
      });
    }
    type = expression(p);
    if (p.at(',')) p.invalid(() => inv.multipleExceptionTypes(p, type!));
    if (p.eat('as')) name = p.expectName();
  }
  expectColon(p);
  const body = block(p, isStar ? "'except*' statement" : "'except' statement", kw as Token);
  return p.fin<ast.ExceptHandler>(start, { _type: 'ExceptHandler', type, name, body });
}
