// Parameter lists of `def` (with annotations, closed by ')') and `lambda` (closed by ':').
// The grammar's many alternatives (positional-only '/', defaults, bare '*', keyword-only, '**')
// are parsed here as one left-to-right scan with a phase; the second pass raises CPython's
// messages for each misplaced piece.

import * as ast from './ast';
import { FAIL, Parser } from './parser_core';
import { Tok } from './tokenizer';
import { expression, starExpression } from './parser_expr';

const enum Phase {
  Positional, // before '/' or '*'
  AfterSlash,
  KeywordOnly, // after '*' or '*args'
  Done, // after '**kwargs'
}

export function functionParams(p: Parser): ast.Arguments {
  return params(p, ')', false);
}

export function lambdaParams(p: Parser): ast.Arguments {
  return params(p, ':', true);
}

function emptyArguments(): ast.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function params(p: Parser, close: string, isLambda: boolean): ast.Arguments {
  const a = emptyArguments();
  let phase = Phase.Positional;
  let sawDefault = false;
  while (!p.at(close)) {
    const t = p.peek();
    if (t.type === Tok.OP && t.value === '/') {
      if (phase === Phase.KeywordOnly) p.invalid(() => p.raiseAt(t, '/ must be ahead of *'));
      if (phase !== Phase.Positional) p.invalid(() => p.raiseAt(t, '/ may appear only once'));
      if (a.args.length === 0) p.invalid(() => p.raiseAt(t, 'at least one argument must precede /'));
      p.pos++;
      a.posonlyargs = a.args;
      a.args = [];
      phase = Phase.AfterSlash;
    } else if (t.type === Tok.OP && t.value === '*') {
      if (phase === Phase.KeywordOnly) p.invalid(() => p.raiseAt(t, '* argument may appear only once'));
      if (phase === Phase.Done) p.invalid(() => p.raiseAt(t, 'arguments cannot follow var-keyword argument'));
      p.pos++;
      phase = Phase.KeywordOnly;
      // A bare '*' must be followed by keyword-only parameters (for lambda, CPython reports it
      // at the last token it read).
      const bareStar = () => (isLambda ? p.raise('named arguments must follow bare *') : p.raiseAt(t, 'named arguments must follow bare *'));
      if (p.at(',')) {
        const next = p.peekAt(1);
        if (next.value === close || next.value === '**') p.invalid(bareStar);
      } else if (p.at(close)) {
        p.invalid(bareStar);
      } else {
        a.vararg = param(p, isLambda, true);
        if (p.at('=')) p.invalid(() => p.raiseAt(p.peek(), 'var-positional argument cannot have default value'));
      }
    } else if (t.type === Tok.OP && t.value === '**') {
      if (phase === Phase.Done) p.invalid(() => p.raiseAt(t, 'arguments cannot follow var-keyword argument'));
      p.pos++;
      a.kwarg = param(p, isLambda, false);
      if (p.at('=')) p.invalid(() => p.raiseAt(p.peek(), 'var-keyword argument cannot have default value'));
      phase = Phase.Done;
    } else {
      if (phase === Phase.Done) {
        p.invalid(() => {
          if (t.type === Tok.NAME) p.raiseAt(param(p, isLambda, false), 'arguments cannot follow var-keyword argument');
        });
      }
      if (t.type === Tok.OP && t.value === '(' && p.invalidRules) parenthesizedParams(p, isLambda);
      const arg = param(p, isLambda, false);
      let dflt: ast.Expr | null = null;
      if (p.at('=')) {
        const eq = p.next();
        if (p.at(',') || p.at(close)) p.invalid(() => p.raiseAt(eq, 'expected default value expression'));
        dflt = expression(p);
      }
      if (phase === Phase.KeywordOnly) {
        a.kwonlyargs.push(arg);
        a.kw_defaults.push(dflt);
      } else if (dflt !== null) {
        a.args.push(arg);
        a.defaults.push(dflt);
        sawDefault = true;
      } else {
        if (sawDefault && (p.at(',') || p.at(close))) {
          p.invalid(() => p.raiseAt(arg, 'non-default argument follows default argument'));
        }
        if (sawDefault) throw FAIL;
        a.args.push(arg);
      }
    }
    if (!p.eat(',')) break;
  }
  if (!p.at(close)) {
    if (p.invalidRules && phase === Phase.AfterSlash && p.at('*') && p.tokens[p.pos - 1].value === '/') {
      p.raiseAt(p.peek(), 'expected comma between / and *');
    }
    throw FAIL;
  }
  return a;
}

/** param: NAME [':' expression] (a '*args' parameter may be annotated with a starred expression). */
function param(p: Parser, isLambda: boolean, star: boolean): ast.Arg {
  const start = p.pos;
  const name = p.expectName();
  let annotation: ast.Expr | null = null;
  if (!isLambda && p.eat(':')) annotation = star ? starExpression(p) : expression(p);
  return p.fin<ast.Arg>(start, { _type: 'arg', arg: name, annotation, type_comment: null });
}

/** Second pass: `def f((a, b))` — CPython names the mistake. */
function parenthesizedParams(p: Parser, isLambda: boolean): void {
  const open = p.peek();
  const close = p.attempt(() => {
    p.pos++;
    do {
      p.expectName();
      if (!isLambda && p.eat(':')) expression(p);
    } while (p.eat(',') && !p.at(')'));
    return p.expect(')');
  });
  if (close !== null) {
    const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
    p.raiseRange(open, close, `${what} cannot be parenthesized`);
  }
}
