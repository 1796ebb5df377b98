// gilt's Python front end: source text → the AST CPython 3.11's `ast.parse` produces.
//
//   parse(source, filename, 'exec' | 'eval' | 'single') → Module | Expression | Interactive
//
// Syntax errors are thrown as PySyntaxError, with CPython's message and position. How the pieces
// fit: tokenizer.ts produces all tokens; parser_core.ts holds the parser state and the error
// helpers; parser_stmt / parser_compound / parser_pattern / parser_expr / parser_args /
// parser_params / parser_targets / parser_strings parse the grammar; parser_invalid holds the
// second-pass rules that give precise error messages.

import * as ast from './ast';
import { FAIL, Parser } from './parser_core';
import { PySyntaxError } from './syntax_error';
import { hostError } from '../text/host_error';
import { Tok, Token, tokenize } from './tokenizer';
import { statement, statements } from './parser_stmt';
import { expression, starExpressions } from './parser_expr';

export type ParseMode = 'exec' | 'eval' | 'single';

export function parse(source: string, filename: string, mode: ParseMode): ast.Mod {
  try {
    const { tokens, lines, error } = tokenize(source, filename);
    const p = new Parser(tokens, lines, error, filename);
    return run(p, (q) => parseMode(q, mode));
  } catch (e) {
    // Nesting too deep for the JS stack: CPython's parser gives up with a MemoryError too (its
    // stack limit is 6000 rule levels).
    if (e instanceof RangeError) throw hostError('MemoryError', '');
    throw e;
  }
}

/** The expression of an f-string replacement field, given as the source "(expr)" (see
 * parser_strings.ts): tokens of its first line are shifted right by colShift bytes. */
export function parseFStringExpression(source: string, filename: string, firstLine: number, colShift: number): ast.Expr {
  const { tokens, lines, error } = tokenize(source, filename, { firstLine, colShift });
  const p = new Parser(tokens, lines, error, filename, { colShift }, firstLine - 1);
  return run(p, starExpressions);
}

/** Runs a start rule with CPython's two-pass error handling (_PyPegen_run_parser). */
function run<T>(p: Parser, rule: (p: Parser) => T): T {
  try {
    return rule(p);
  } catch (e) {
    if (e !== FAIL) throw finalError(p, e);
  }
  // The first pass failed without a precise error: rerun with the invalid_* rules enabled.
  const last = p.tokens[Math.max(0, p.fill - 1)];
  p.pos = 0;
  p.secondPass = true;
  p.invalidRules = true;
  try {
    rule(p);
  } catch (e) {
    if (e !== FAIL) throw finalError(p, e);
  }
  const generic = genericError(p, last);
  // CPython reports an unexpected indent as is, without looking further for tokenizer errors.
  if (generic.kind === 'IndentationError') throw generic;
  throw finalError(p, generic);
}

/** "invalid syntax" at the furthest token the first pass reached (or an indentation error). */
function genericError(p: Parser, last: Token): PySyntaxError {
  if (last.type === Tok.INDENT || last.type === Tok.DEDENT) {
    const msg = last.type === Tok.INDENT ? 'unexpected indent' : 'unexpected unindent';
    return p.errorAtToken(p.tokens[Math.max(0, p.fill - 1)], msg, 'IndentationError');
  }
  return p.makeError('SyntaxError', 'invalid syntax', last.lineno, last.col + 1, last.endLineno, last.endCol + 1);
}

/** After a parser error, CPython tokenizes the rest of the file: a tokenizer error found there
 * (an unterminated string, a bad character, …) is reported instead; an unclosed bracket only if
 * it was opened before the line of the parser's error. */
function finalError(p: Parser, e: unknown): unknown {
  if (!(e instanceof PySyntaxError) || p.tokenizerFailed || p.tokError === null) return e;
  const tokError = p.tokError;
  if (tokError.setsException) return tokError.error;
  if (tokError.parenLine > 0) {
    const current = p.tokens[Math.max(0, p.fill - 1)];
    if (current.lineno > tokError.parenLine) return tokError.error;
  }
  return e;
}

function parseMode(p: Parser, mode: ParseMode): ast.Mod {
  if (mode === 'exec') {
    const body = statements(p, Tok.ENDMARKER);
    return { _type: 'Module', body, type_ignores: [] };
  }
  if (mode === 'eval') {
    // eval: expressions NEWLINE* ENDMARKER
    const start = p.pos;
    let body = expression(p);
    if (p.at(',')) {
      const elts = [body];
      while (p.eat(',')) {
        if (p.atType(Tok.NEWLINE) || p.atType(Tok.ENDMARKER)) break;
        elts.push(expression(p));
      }
      body = p.fin<ast.Tuple>(start, { _type: 'Tuple', elts, ctx: ast.Load });
    }
    while (p.atType(Tok.NEWLINE)) p.pos++;
    p.expectType(Tok.ENDMARKER);
    return { _type: 'Expression', body };
  }
  // single: statement_newline, and nothing after it
  const body: ast.Stmt[] = [];
  const t = p.peek();
  if (t.type === Tok.NEWLINE || t.type === Tok.ENDMARKER) throw FAIL;
  statement(p, body);
  // CPython looks at the raw text after the statement, without tokenizing it.
  let k = p.pos;
  while (k < p.tokens.length && (p.tokens[k].type === Tok.NEWLINE || p.tokens[k].type === Tok.DEDENT)) k++;
  if (k < p.tokens.length && p.tokens[k].type !== Tok.ENDMARKER) {
    p.raise('multiple statements found while compiling a single statement');
  }
  return { _type: 'Interactive', body };
}
