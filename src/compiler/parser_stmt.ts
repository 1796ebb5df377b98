// Statements: the statement dispatcher, blocks, and the simple (one-line) statements.
// Compound statements live in parser_compound.ts, `match` in parser_pattern.ts.

import * as ast from './ast';
import { FAIL, Parser, optional } from './parser_core';
import { Tok, Token } from './tokenizer';
import { expression, nameNode, primary, starExpressions, startsExpression, yieldExpr } from './parser_expr';
import { setDel, setStore } from './parser_targets';
import * as compound from './parser_compound';
import { matchStatement } from './parser_pattern';
import * as inv from './parser_invalid';

type S = ast.Stmt;
type E = ast.Expr;

/** statements: statement+ — until `stop` says the block or file is over. */
export function statements(p: Parser, stop: Tok): S[] {
  const body: S[] = [];
  while (p.peek().type !== stop) statement(p, body);
  return body;
}

/** statement: compound_stmt | simple_stmts (appends, since a line may hold several). */
export function statement(p: Parser, out: S[]): void {
  const t = p.peek();
  if (t.type === Tok.KEYWORD) {
    switch (t.value) {
      case 'def': case 'if': case 'class': case 'with': case 'for': case 'try': case 'while':
        out.push(compound.compoundStatement(p));
        return;
      case 'async': {
        const next = p.peekAt(1).value;
        if (next === 'def' || next === 'with' || next === 'for') {
          out.push(compound.compoundStatement(p));
          return;
        }
        break;
      }
    }
  } else if (t.type === Tok.OP && t.value === '@') {
    out.push(compound.compoundStatement(p));
    return;
  } else if (t.type === Tok.NAME && t.value === 'match') {
    const m = matchStatement(p);
    if (m !== null) {
      out.push(m);
      return;
    }
  }
  simpleStatements(p, out);
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStatements(p: Parser, out: S[]): void {
  out.push(simpleStatement(p));
  while (p.eat(';')) {
    if (p.atType(Tok.NEWLINE)) break;
    out.push(simpleStatement(p));
  }
  p.expectType(Tok.NEWLINE);
}

/** block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement for the
 * "expected an indented block after …" error, with the line of its keyword. */
export function block(p: Parser, what: string, keyword: Token): S[] {
  if (!p.atType(Tok.NEWLINE)) {
    const out: S[] = [];
    simpleStatements(p, out);
    return out;
  }
  if (p.peekAt(1).type !== Tok.INDENT) {
    p.pos++;
    p.invalid(() => p.raise(`expected an indented block after ${what} on line ${keyword.lineno}`, 'IndentationError'));
  }
  p.pos += 2;
  const body = statements(p, Tok.DEDENT);
  p.pos++; // DEDENT
  return body;
}

// ---- simple statements ----

const AUGMENTED = new Map<string, ast.Operator>([
  ['+=', ast.OPERATORS.Add], ['-=', ast.OPERATORS.Sub], ['*=', ast.OPERATORS.Mult], ['@=', ast.OPERATORS.MatMult],
  ['/=', ast.OPERATORS.Div], ['%=', ast.OPERATORS.Mod], ['&=', ast.OPERATORS.BitAnd], ['|=', ast.OPERATORS.BitOr],
  ['^=', ast.OPERATORS.BitXor], ['<<=', ast.OPERATORS.LShift], ['>>=', ast.OPERATORS.RShift],
  ['**=', ast.OPERATORS.Pow], ['//=', ast.OPERATORS.FloorDiv],
]);

function simpleStatement(p: Parser): S {
  const start = p.pos;
  const t = p.peek();
  if (t.type === Tok.KEYWORD) {
    switch (t.value) {
      case 'pass': p.pos++; return p.fin<ast.Pass>(start, { _type: 'Pass' });
      case 'break': p.pos++; return p.fin<ast.Break>(start, { _type: 'Break' });
      case 'continue': p.pos++; return p.fin<ast.Continue>(start, { _type: 'Continue' });
      case 'return': {
        p.pos++;
        const value = startsExpression(p) ? starExpressions(p) : null;
        return p.fin<ast.Return>(start, { _type: 'Return', value });
      }
      case 'import': return importName(p);
      case 'from': return importFrom(p);
      case 'raise': {
        p.pos++;
        let exc: E | null = null;
        let cause: E | null = null;
        if (startsExpression(p)) {
          exc = expression(p);
          if (p.eat('from')) cause = expression(p);
        }
        return p.fin<ast.Raise>(start, { _type: 'Raise', exc, cause });
      }
      case 'global': case 'nonlocal': {
        p.pos++;
        const names = [p.expectName()];
        while (p.eat(',')) names.push(p.expectName());
        return p.fin<ast.Global | ast.Nonlocal>(start, { _type: t.value === 'global' ? 'Global' : 'Nonlocal', names });
      }
      case 'del': return delStatement(p);
      case 'assert': {
        p.pos++;
        const test = expression(p);
        const msg = p.eat(',') ? expression(p) : null;
        return p.fin<ast.Assert>(start, { _type: 'Assert', test, msg });
      }
    }
  }
  if (!p.invalidRules) return assignmentOrExpression(p);
  try {
    return assignmentOrExpression(p);
  } catch (e) {
    if (e === FAIL) {
      p.pos = start;
      inv.invalidAssignment(p);
    }
    throw e;
  }
}

/** assignment | star_expressions: the statements that start with an expression. */
function assignmentOrExpression(p: Parser): S {
  const start = p.pos;
  const t = p.peek();
  // NAME ':' expression ['=' annotated_rhs]
  if (t.type === Tok.NAME && p.peekAt(1).value === ':') {
    p.pos += 2;
    return annotated(p, start, nameNode(t, ast.Store), 1);
  }
  const first = t.type === Tok.KEYWORD && t.value === 'yield' ? yieldExpr(p) : starExpressions(p);
  const next = p.peek();
  if (next.type !== Tok.OP) return p.fin<ast.ExprStmt>(start, { _type: 'Expr', value: first });
  if (next.value === ':') {
    // ('(' single_target ')' | single_subscript_attribute_target) ':' ...
    const parenthesized = p.tokens[start].value === '(';
    const ok = first._type === 'Attribute' || first._type === 'Subscript' || (first._type === 'Name' && parenthesized);
    if (!ok) throw FAIL;
    setStore(first);
    p.pos++;
    return annotated(p, start, first, 0);
  }
  if (next.value === '=') {
    const targets: E[] = [];
    let value = first;
    while (p.at('=')) {
      if (value._type === 'Yield' || value._type === 'YieldFrom' || !setStore(value)) throw FAIL;
      targets.push(value);
      p.pos++;
      value = p.at('yield') ? yieldExpr(p) : starExpressions(p);
    }
    return p.fin<ast.Assign>(start, { _type: 'Assign', targets, value, type_comment: null });
  }
  const op = AUGMENTED.get(next.value);
  if (op !== undefined) {
    // single_target: NAME, attribute or subscript, possibly parenthesized.
    if (!(first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript')) throw FAIL;
    setStore(first);
    p.pos++;
    const value = p.at('yield') ? yieldExpr(p) : starExpressions(p);
    return p.fin<ast.AugAssign>(start, { _type: 'AugAssign', target: first, op, value });
  }
  return p.fin<ast.ExprStmt>(start, { _type: 'Expr', value: first });
}

/** The rest of an annotated assignment, after the ':'. */
function annotated(p: Parser, start: number, target: E, simple: number): S {
  const annotation = expression(p);
  // ['=' annotated_rhs]: as in CPython, a bad value leaves an annotation without one (and the
  // error is then found at the '=').
  const value = p.at('=') ? optional(p, annotatedValue) : null;
  return p.fin<ast.AnnAssign>(start, { _type: 'AnnAssign', target, annotation, value, simple });
}

function annotatedValue(p: Parser): E {
  p.pos++; // '='
  return p.at('yield') ? yieldExpr(p) : starExpressions(p);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) */
function delStatement(p: Parser): S {
  const start = p.pos++;
  const targets: E[] = [];
  try {
    for (;;) {
      const target = primary(p);
      if (!setDel(target)) throw FAIL;
      targets.push(target);
      if (!p.eat(',')) break;
      if (p.at(';') || p.atType(Tok.NEWLINE)) break;
    }
    if (!p.at(';') && !p.atType(Tok.NEWLINE)) throw FAIL;
  } catch (e) {
    if (e === FAIL && p.invalidRules) inv.invalidDelStatement(p, start);
    throw e;
  }
  return p.fin<ast.Delete>(start, { _type: 'Delete', targets });
}

// ---- imports ----

/** dotted_name: NAME ('.' NAME)* */
function dottedName(p: Parser): string {
  let name = p.expectName();
  while (p.at('.') && p.peekAt(1).type === Tok.NAME) {
    p.pos++;
    name += '.' + p.next().value;
  }
  return name;
}

function importName(p: Parser): S {
  const start = p.pos++;
  const names: ast.Alias[] = [];
  do {
    const aliasStart = p.pos;
    const name = dottedName(p);
    const asname = p.eat('as') ? p.expectName() : null;
    names.push(p.fin<ast.Alias>(aliasStart, { _type: 'alias', name, asname }));
  } while (p.eat(','));
  return p.fin<ast.Import>(start, { _type: 'Import', names });
}

function importFrom(p: Parser): S {
  const start = p.pos++;
  let level = 0;
  for (;;) {
    if (p.eat('.')) level += 1;
    else if (p.eat('...')) level += 3;
    else break;
  }
  const module = level === 0 || p.atType(Tok.NAME) ? dottedName(p) : null;
  p.expect('import');
  const names: ast.Alias[] = [];
  if (p.at('*')) {
    const star = p.pos++;
    names.push(p.fin<ast.Alias>(star, { _type: 'alias', name: '*', asname: null }));
  } else {
    const paren = p.eat('(');
    for (;;) {
      const aliasStart = p.pos;
      const name = p.expectName();
      const asname = p.eat('as') ? p.expectName() : null;
      names.push(p.fin<ast.Alias>(aliasStart, { _type: 'alias', name, asname }));
      if (!p.at(',')) break;
      if (paren) {
        p.pos++;
        if (p.at(')')) break;
      } else {
        if (p.peekAt(1).type === Tok.NEWLINE) {
          p.pos += 2;
          p.invalid(() => p.raise('trailing comma not allowed without surrounding parentheses'));
        }
        p.pos++;
      }
    }
    if (paren) p.expect(')');
  }
  return p.fin<ast.ImportFrom>(start, { _type: 'ImportFrom', module, names, level });
}
