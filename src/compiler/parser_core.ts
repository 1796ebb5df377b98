// The parser's state and the helpers every grammar file uses: token access, node positions, and
// errors placed the way CPython places them.
//
// The grammar is CPython 3.11's PEG grammar, parsed by hand with recursive descent. It follows
// CPython's two-pass error strategy: the first pass parses the valid language only and, when it
// fails, throws FAIL. The parse is then rerun with `invalidRules` set, which enables checks that
// mirror CPython's `invalid_*` rules and raise the precise messages ("expected ':'", "cannot assign
// to literal", …). If the second pass finds nothing more precise, the error is "invalid syntax" at
// the furthest token the first pass looked at (CPython's p->tokens[p->fill-1]).
//
// Which invalid_* rule fires depends on how far the PEG parser got, so the hand-written parser
// backtracks where PEG would: a failed optional part or repetition step is undone (`optional`), a
// trailer that fails ends a primary, an incomplete `a if b` falls back to `a`, and a few statements
// try a second reading (parenthesized with-items, the soft keyword `match`). The first pass stays
// linear; the second memoizes `expression`, `disjunction` and `bitwise_or` per position, as
// CPython's (memo) rules, which keeps it polynomial and decides some messages.

import * as ast from './ast';
import { PySyntaxError, SyntaxErrorKind } from './syntax_error';
import { SourceLines, Tok, Token, TokenizerError, byteOffsetToCharOffset } from './tokenizer';

/** Thrown when the input does not match the grammar at this point (a PEG alternative failing). */
export class ParseFail {}
export const FAIL = new ParseFail();

/** PEG's optional part or repetition step: runs rule at the current position; if it fails to
 * match, restores the position and returns null (a failed step ends a repetition). */
export function optional<T>(p: Parser, rule: (p: Parser) => T): T | null {
  const save = p.pos;
  try {
    return rule(p);
  } catch (e) {
    if (e !== FAIL) throw e;
    p.pos = save;
    return null;
  }
}

/** Where an f-string replacement field's expression sits, when parsing one. */
export interface FStringOrigin {
  colShift: number; // bytes tokens on the first line were shifted by
}

type Located = ast.Pos | Token;

export class Parser {
  pos = 0;
  fill = 0; // how many tokens the parser has looked at so far, as CPython's p->fill
  secondPass = false;
  invalidRules = false; // emulate CPython's invalid_* rules (second pass)
  tokenizerFailed = false; // the parser reached the tokenizer's error
  /** Second pass only: results of some rules by token index, as CPython's (memo) rules. This keeps
   * the speculative invalid_* checks linear, and it matters for which errors are found: a rule
   * first parsed with the invalid rules switched off is not parsed again with them on. A null
   * node records a failure. */
  private memo: Map<string, Map<number, { end: number; node: unknown }>> | null = null;

  constructor(
    readonly tokens: Token[],
    readonly lines: SourceLines,
    readonly tokError: TokenizerError | null,
    readonly filename: string,
    readonly fstring: FStringOrigin | null = null,
    readonly lineBase = 0, // lines[0] is line lineBase + 1
  ) {}

  // ---- token access ----

  /** The current token. Looking at a token counts as fetching it (for error positions). */
  peek(): Token {
    const pos = this.pos;
    if (pos >= this.fill) this.fetch(pos);
    return this.tokens[pos];
  }

  /** The token k places ahead of the current one. */
  peekAt(k: number): Token {
    const pos = Math.min(this.pos + k, this.tokens.length - 1);
    if (pos >= this.fill) this.fetch(pos);
    return this.tokens[pos];
  }

  private fetch(pos: number): void {
    for (let i = this.fill; i <= pos && i < this.tokens.length; i++) {
      this.fill = i + 1;
      if (this.tokens[i].type === Tok.ERROR) {
        this.tokenizerFailed = true;
        throw this.tokError!.error;
      }
    }
  }

  next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  /** Is the current token the operator or keyword `v`? (Also matches soft keywords, which are NAMEs.) */
  at(v: string): boolean {
    const t = this.peek();
    return t.value === v && t.type !== Tok.STRING && t.type !== Tok.NUMBER;
  }

  eat(v: string): boolean {
    if (this.at(v)) {
      this.pos++;
      return true;
    }
    return false;
  }

  expect(v: string): Token {
    if (!this.at(v)) throw FAIL;
    return this.tokens[this.pos++];
  }

  /** CPython's forced token (`&&':'`): a missing one is an immediate "expected ':'" error. */
  expectForced(v: string): Token {
    if (!this.at(v)) this.raiseAt(this.peek(), `expected '${v}'`);
    return this.tokens[this.pos++];
  }

  atType(type: Tok): boolean {
    return this.peek().type === type;
  }

  expectType(type: Tok): Token {
    if (this.peek().type !== type) throw FAIL;
    return this.tokens[this.pos++];
  }

  expectName(): string {
    const t = this.peek();
    if (t.type !== Tok.NAME) throw FAIL;
    this.pos++;
    return t.value;
  }

  /** Runs `f`; if it fails to match, restores the position and returns null. */
  attempt<T>(f: () => T): T | null {
    const pos = this.pos;
    try {
      return f();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = pos;
      return null;
    }
  }

  /** Runs `f` and restores the position whatever happens: a pure lookahead. */
  lookahead(f: () => boolean): boolean {
    const pos = this.pos;
    try {
      return f();
    } catch (e) {
      if (e !== FAIL) throw e;
      return false;
    } finally {
      this.pos = pos;
    }
  }

  private visited: Set<string> | null = null;

  /** True the first time a (second-pass) check runs at this position. */
  firstVisit(rule: string): boolean {
    const key = rule + ':' + this.pos;
    if (this.visited === null) this.visited = new Set();
    if (this.visited.has(key)) return false;
    this.visited.add(key);
    return true;
  }

  memoized<T>(rule: string, f: (p: Parser) => T): T {
    if (this.memo === null) this.memo = new Map();
    let table = this.memo.get(rule);
    if (table === undefined) this.memo.set(rule, (table = new Map()));
    const start = this.pos;
    const hit = table.get(start);
    if (hit !== undefined) {
      if (hit.node === null) throw FAIL;
      this.pos = hit.end;
      return hit.node as T;
    }
    try {
      const node = f(this);
      table.set(start, { end: this.pos, node });
      return node;
    } catch (e) {
      if (e === FAIL) table.set(start, { end: start, node: null });
      throw e;
    }
  }

  /** Marks invalid input: in the first pass a plain failure; in the second pass `report` raises
   * the precise error CPython's matching invalid_* rule gives. */
  invalid(report: () => void): never {
    if (this.invalidRules) report();
    throw FAIL;
  }

  // ---- positions ----

  /** Sets node's position to span tokens[start] … the last token consumed (skipping NEWLINE,
   * INDENT and DEDENT, as CPython's EXTRA does). */
  fin<T extends ast.Pos>(start: number, node: Omit<T, keyof ast.Pos>): T {
    const s = this.tokens[start];
    const e = this.lastToken();
    const n = node as T;
    n.lineno = s.lineno;
    n.col_offset = s.col;
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }

  /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
  lastToken(): Token {
    let k = this.pos - 1;
    let t = this.tokens[k];
    while (k > 0 && (t.type === Tok.ENDMARKER || (t.type >= Tok.NEWLINE && t.type <= Tok.DEDENT))) t = this.tokens[--k];
    return t;
  }

  /** A node spanning from `a`'s start to `b`'s end. */
  span<T extends ast.Pos>(a: ast.Pos, b: ast.Pos, node: Omit<T, keyof ast.Pos>): T {
    const n = node as T;
    n.lineno = a.lineno;
    n.col_offset = a.col_offset;
    n.end_lineno = b.end_lineno;
    n.end_col_offset = b.end_col_offset;
    return n;
  }

  // ---- errors ----

  /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION: at a token or node. */
  raiseAt(a: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    this.raiseRange(a, a, msg, kind);
  }

  /** CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE: from a's start to b's end. */
  raiseRange(a: Located, b: Located, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const [l1, c1] = startOf(a);
    const [l2, c2] = endOf(b);
    throw this.makeError(kind, msg, l1, c1 + 1, l2, c2 + 1);
  }

  /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a's start to where the tokenizer stands. */
  raiseFrom(a: Located, msg: string): never {
    const [l1, c1] = startOf(a);
    const t = this.tokens[Math.max(0, this.fill - 1)];
    const endCol = t.col < 0 ? t.curCol : t.type === Tok.NEWLINE ? t.endCol + 1 : t.endCol;
    throw this.makeError('SyntaxError', msg, l1, c1 + 1, t.endLineno, endCol);
  }

  /** CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  raise(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    throw this.errorAtToken(this.tokens[Math.max(0, this.fill - 1)], msg, kind);
  }

  errorAtToken(t: Token, msg: string, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    if (t.col < 0) return this.makeError(kind, msg, t.lineno, t.curCol, t.lineno, -1);
    return this.makeError(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** Builds the error as CPython's _PyPegen_raise_error_known_location: offsets are 1-based byte
   * offsets, converted to characters; `text` is the line, with its '\n' if the tokenizer is still
   * on that line. */
  makeError(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
    const cur = this.tokens[Math.max(0, Math.min(this.fill, this.tokens.length) - 1)];
    const curLine = cur ? cur.endLineno : 1;
    const rel = (lineno >= curLine ? curLine : lineno) - this.lineBase;
    const line = this.lines.get(rel);
    const text = lineno < 1 ? '' : lineno >= curLine ? line + '\n' : line;
    if (this.fstring) {
      // CPython reports errors in an f-string expression relative to the "(expr)" text it parsed.
      const shift = this.fstring.colShift;
      return new PySyntaxError(kind, 'f-string: ' + msg, this.filename, lineno, offset - shift, endLineno,
        endOffset - shift, text);
    }
    const off = byteOffsetToCharOffset(text, offset);
    const endOff = endOffset > 0 ? byteOffsetToCharOffset(text, endOffset) : endOffset;
    return new PySyntaxError(kind, msg, this.filename, lineno, off, endLineno, endOff, text);
  }
}

function startOf(a: Located): [number, number] {
  return a instanceof Token ? [a.lineno, a.col] : [a.lineno, a.col_offset];
}
function endOf(a: Located): [number, number] {
  return a instanceof Token ? [a.endLineno, a.endCol] : [a.end_lineno, a.end_col_offset];
}

/** The name CPython gives an expression kind in error messages (_PyPegen_get_expr_name). */
export function exprName(e: ast.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === ast.ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}
