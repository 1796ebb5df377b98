// Python 3.11 tokenizer: source text → tokens, behaving like CPython's Parser/tokenizer.c as seen
// from the parser (same tokens, same positions, same errors at the same places).
//
// The whole source is tokenized up front. A tokenizer error does not throw here: it ends the token
// list with an ERROR token and is recorded in `error`. CPython tokenizes lazily, so an error is only
// seen once the parser asks for that token, and a parser error found earlier wins (mostly: see
// parser.ts for the cases where a later tokenizer error takes precedence). The ERROR token lets the
// parser reproduce that order.
//
// Positions: lines are 1-based; columns are UTF-8 byte offsets within the line, as in CPython's
// AST. INDENT, DEDENT and end-of-file tokens have no column (-1), as in CPython; for error reports
// they carry `curCol`, the byte column the tokenizer stood at when it produced them.

import { PySyntaxError, SyntaxErrorKind } from './syntax_error';
import { hostError } from '../text/host_error';

export const enum Tok {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 7,
  KEYWORD = 8, // a reserved word; soft keywords (match, case, _) stay NAME
  ERROR = 9, // the point where tokenizing failed; fetching it raises TokenizeResult.error
}

export class Token {
  constructor(
    public type: Tok,
    public value: string, // the token's source text (names are NFKC-normalized)
    public lineno: number,
    public col: number, // UTF-8 byte column of the first character, -1 if none
    public endLineno: number,
    public endCol: number, // UTF-8 byte column just past the last character, -1 if none
    public level: number, // bracket depth after this token
    public curCol: number, // for tokens without a column: where the tokenizer stood (bytes)
  ) {}
}

export class TokenizerError {
  constructor(
    public error: PySyntaxError,
    // CPython's tokenizer sets the exception itself for these; after a parser error it tokenizes
    // the rest of the file and lets such an error replace the parser's (see parser.ts).
    public setsException: boolean,
    public parenLine: number, // for "'(' was never closed" at end of file: the bracket's line
  ) {}
}

export interface TokenizeResult {
  tokens: Token[];
  lines: SourceLines; // the physical lines of the normalized source, for error messages
  error: TokenizerError | null;
}

/** The lines of a source, split only when an error message needs one. */
export class SourceLines {
  private starts: number[] | null = null;
  constructor(private readonly src: string) {}

  /** Line n (1-based) without its '\n'; '' past the end. */
  get(n: number): string {
    if (this.starts === null) {
      const starts = [0];
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    if (n < 1 || n >= this.starts.length) return '';
    return this.src.slice(this.starts[n - 1], this.starts[n] - 1);
  }
}

export interface TokenizeOptions {
  // For the expression of an f-string replacement field, which CPython tokenizes as a separate
  // source: the real line number of the first line, and how many bytes tokens on that first line
  // are shifted right.
  firstLine?: number;
  colShift?: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** The operators of the form "X=". */
const TWO_CHAR_OPS = new Set(['!=', '%=', '&=', '*=', '+=', '-=', '/=', ':=', '<=', '==', '>=', '@=', '^=', '|=']);

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const C_TAB = 9, C_NL = 10, C_FF = 12, C_SPACE = 32, C_HASH = 35, C_QUOTE2 = 34, C_QUOTE1 = 39;
const C_DOT = 46, C_0 = 48, C_9 = 57, C_BACKSLASH = 92, C_UNDERSCORE = 95;

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}
function isHexDigit(c: number): boolean {
  return (c >= C_0 && c <= C_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** CPython looks at UTF-8 bytes: every non-ASCII character may start or continue a name. */
function isPotentialIdentifierStart(c: number): boolean {
  return isLetter(c) || c === C_UNDERSCORE || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === C_UNDERSCORE || c >= 128;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
// Python's str.isprintable(): everything but the "Other" and "Separator" categories (space is ok).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintableCodePoint(cp: number): boolean {
  return cp === 32 || !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** UTF-8 length of s[from, to). */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Bytes → characters, as CPython's _PyPegen_byte_offset_to_character_offset (1-based offsets). */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  if (ASCII_ONLY.test(line)) return Math.min(byteOffset, line.length + 1);
  const bytes = new TextEncoder().encode(line);
  const n = Math.max(0, Math.min(byteOffset, bytes.length + 1));
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, n));
  return [...text].length + (n > bytes.length ? 1 : 0);
}

/** Number of code points in s[0, to). */
function codePointCount(s: string, to: number): number {
  let n = 0;
  for (let i = 0; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/** Strips a BOM and turns CRLF / CR into LF; the result always ends with '\n', as in CPython. */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (!s.endsWith('\n')) s += '\n';
  return s;
}

export function tokenize(source: string, filename: string, opts: TokenizeOptions = {}): TokenizeResult {
  const result = new Tokenizer(normalizeSource(source), filename, opts).run();
  // CPython's tokenizer never reads a line from an empty source: its end marker is on line 0.
  if (source.length === 0) result.tokens[result.tokens.length - 1].lineno = result.tokens[result.tokens.length - 1].endLineno = 0;
  return result;
}

/** A tokenizer error being raised: unwinds to Tokenizer.run, which records it. */
class Stop {}
const STOP = new Stop();

class Tokenizer {
  private readonly n: number;
  private readonly lines: SourceLines;
  private readonly allAscii: boolean;
  private asciiLines: number[] = []; // per line: 0 unknown, 1 ASCII only, 2 not
  private readonly tokens: Token[] = [];
  private error: TokenizerError | null = null;
  private readonly lineBase: number; // lineno of the first line, minus one
  private readonly colShift: number;

  private i = 0; // index of the next unread character
  private lineno = 1; // physical line of `i`, 1-based, relative to this source
  private lineStart = 0; // index of the first character of that line
  private level = 0;
  private readonly parenChars: number[] = [];
  private readonly parenLines: number[] = [];
  private readonly parenCols: number[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];

  constructor(private readonly src: string, private readonly filename: string, opts: TokenizeOptions) {
    this.n = src.length;
    this.lines = new SourceLines(src);
    this.allAscii = ASCII_ONLY.test(src);
    this.lineBase = (opts.firstLine ?? 1) - 1;
    this.colShift = opts.colShift ?? 0;
    if (src.indexOf('\0') >= 0) throw hostError('ValueError', 'source code string cannot contain null bytes');
  }

  run(): TokenizeResult {
    try {
      this.tokenizeAll();
    } catch (e) {
      if (e !== STOP) throw e;
    }
    return { tokens: this.tokens, lines: this.lines, error: this.error };
  }

  // ---- positions ----

  /** Byte column of char index `idx` on the current line. */
  private byteCol(idx: number): number {
    return this.byteColOn(this.lineno, this.lineStart, idx);
  }
  private byteColOn(lineno: number, lineStart: number, idx: number): number {
    if (this.allAscii) return idx - lineStart;
    let ascii = this.asciiLines[lineno];
    if (ascii === undefined) {
      let end = this.src.indexOf('\n', lineStart);
      if (end < 0) end = this.n;
      ascii = this.asciiLines[lineno] = ASCII_ONLY.test(this.src.slice(lineStart, end)) ? 1 : 2;
    }
    return ascii === 1 ? idx - lineStart : utf8Length(this.src, lineStart, idx);
  }

  private newline(): void {
    this.lineno++;
    this.lineStart = this.i;
  }

  private push(type: Tok, value: string, start: number, startLine: number, startLineStart: number): void {
    let col: number;
    let endCol: number;
    if (this.allAscii) {
      col = start - startLineStart;
      endCol = this.i - this.lineStart;
    } else {
      col = this.byteColOn(startLine, startLineStart, start);
      endCol = this.byteCol(this.i);
    }
    // CPython shifts a token of an f-string expression when the tokenizer ends it on the first line.
    if (this.lineno === 1 && this.colShift !== 0) {
      col += this.colShift;
      endCol += this.colShift;
    }
    this.tokens.push(new Token(type, value, startLine + this.lineBase, col, this.lineno + this.lineBase, endCol,
      this.level, 0));
  }

  /** A token with no column of its own (INDENT, DEDENT, ENDMARKER). */
  private pushBare(type: Tok, lineno: number, curCol: number): void {
    this.tokens.push(new Token(type, '', lineno + this.lineBase, -1, lineno + this.lineBase, -1, this.level, curCol));
  }

  // ---- errors ----

  /** The line's text as CPython reports it for an error raised while the tokenizer stands on `curLine`. */
  private errorText(lineno: number, curLine: number): string {
    const line = this.lines.get(lineno);
    return lineno >= curLine ? line + '\n' : line;
  }

  /** CPython's syntaxerror(): the offset is the character count up to the tokenizer's position. */
  private fail(msg: string, at: number = this.i): never {
    const line = this.lines.get(this.lineno);
    const offset = codePointCount(line, at - this.lineStart);
    const lineno = this.lineno + this.lineBase;
    this.failWith(new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, lineno, offset, line), true);
  }

  /** CPython's syntaxerror_known_range(): offsets are given (in bytes, unconverted). */
  private failRange(msg: string, offset: number, endOffset: number): never {
    const line = this.lines.get(this.lineno);
    const lineno = this.lineno + this.lineBase;
    this.failWith(new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, lineno, endOffset, line), true);
  }

  /** Errors CPython's parser builds from the tokenizer's state (tokenizer_error in pegen_errors.c). */
  private failState(kind: SyntaxErrorKind, msg: string, offset: number, endOffset: number, lineno = this.lineno): never {
    const text = this.errorText(lineno, lineno);
    this.failWith(new PySyntaxError(kind, msg, this.filename, lineno + this.lineBase, offset, lineno + this.lineBase,
      endOffset, text), false);
  }

  private failWith(err: PySyntaxError, setsException: boolean, parenLine = 0): never {
    this.error = new TokenizerError(err, setsException, parenLine);
    this.tokens.push(new Token(Tok.ERROR, '', err.lineno, -1, err.lineno, -1, this.level, 0));
    throw STOP;
  }

  /** Offset (1-based chars) of the end of the current line including its '\n', as CPython reports it
   * for errors raised when the tokenizer has consumed the whole line. */
  private endOfLineOffset(lineno: number): number {
    return codePointCount(this.lines.get(lineno), this.lines.get(lineno).length) + 1;
  }

  private failEOF(): never {
    // At end of file CPython stays on the last line; its '\n' has been consumed.
    const line = this.lineno - 1;
    if (this.level > 0) {
      const k = this.level - 1;
      const pl = this.parenLines[k];
      const col = this.parenCols[k] + 1;
      const offset = byteOffsetToCharOffset(this.lines.get(pl), col);
      const err = new PySyntaxError('SyntaxError', `'${String.fromCharCode(this.parenChars[k])}' was never closed`,
        this.filename, pl + this.lineBase, offset, pl + this.lineBase, 0, this.errorText(pl, line));
      this.failWith(err, false, pl + this.lineBase);
    }
    this.failState('SyntaxError', 'unexpected EOF while parsing', this.endOfLineOffset(line), -1, line);
  }

  // ---- the main loop ----

  private tokenizeAll(): void {
    const src = this.src;
    let atbol = true;
    for (;;) {
      if (atbol) {
        atbol = false;
        this.indentation();
      }
      // Skip spaces, tabs and form feeds, then a comment.
      let i = this.i;
      let c = src.charCodeAt(i);
      while (c === C_SPACE || c === C_TAB || c === C_FF) c = src.charCodeAt(++i);
      const start = i;
      if (c === C_HASH) {
        i = src.indexOf('\n', i); // the source ends with '\n'
        c = C_NL;
      }
      this.i = i;
      if (this.i >= this.n) {
        if (this.level > 0) this.failEOF();
        this.endOfFile();
        return;
      }
      if (c === C_NL) {
        // A NEWLINE spans from a trailing comment (if any) to the '\n'.
        const col = this.byteCol(start);
        const endCol = this.byteCol(this.i);
        this.i++;
        const prev = this.tokens.length ? this.tokens[this.tokens.length - 1].type : Tok.NEWLINE;
        const blank = prev === Tok.NEWLINE || prev === Tok.INDENT || prev === Tok.DEDENT;
        if (this.level === 0 && !blank) {
          const shift = this.lineno === 1 ? this.colShift : 0;
          this.tokens.push(new Token(Tok.NEWLINE, '', this.lineno + this.lineBase, col + shift,
            this.lineno + this.lineBase, endCol + shift, 0, 0));
        }
        this.newline();
        atbol = true;
        continue;
      }
      if (c === C_BACKSLASH) {
        this.continuationLine();
        continue;
      }
      this.token(c, start);
    }
  }

  /** Measures the indentation of a new line and emits INDENT / DEDENT tokens. */
  private indentation(): void {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    for (;;) {
      const c = src.charCodeAt(this.i);
      if (c === C_SPACE) {
        col++;
        altcol++;
      } else if (c === C_TAB) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol++;
      } else if (c === C_FF) {
        col = altcol = 0;
      } else if (c === C_BACKSLASH) {
        // Indentation cannot be split with backslashes: the first one fixes the level.
        contLineCol = contLineCol || col;
        this.continuationLine();
        continue;
      } else break;
      this.i++;
    }
    const c = src.charCodeAt(this.i);
    if (c === C_HASH || c === C_NL || this.level > 0) return; // blank lines do not indent
    if (this.i >= this.n) col = altcol = 0; // end of file closes every block
    if (contLineCol) col = altcol = contLineCol;
    const indents = this.indents;
    const alt = this.altIndents;
    const curCol = this.i >= this.n ? -1 : this.byteCol(this.i);
    const top = indents.length - 1;
    if (col === indents[top]) {
      if (altcol !== alt[top]) this.tabError();
    } else if (col > indents[top]) {
      if (indents.length >= MAXINDENT) {
        this.failState('IndentationError', 'too many levels of indentation', 1, 0);
      }
      if (altcol <= alt[top]) this.tabError();
      indents.push(col);
      alt.push(altcol);
      this.pushBare(Tok.INDENT, this.lineno, curCol);
    } else {
      let dedents = 0;
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        alt.pop();
        dedents++;
      }
      if (col !== indents[indents.length - 1]) {
        // Reported at the end of the line, where CPython's tokenizer gave up.
        this.failState('IndentationError', 'unindent does not match any outer indentation level',
          this.endOfLineOffset(this.lineno), -1);
      }
      if (altcol !== alt[alt.length - 1]) this.tabError();
      if (this.i >= this.n) {
        const line = this.lineno - 1;
        const eofCol = utf8Length(this.lines.get(line)) + 1;
        for (let k = 0; k < dedents; k++) this.pushBare(Tok.DEDENT, line, eofCol);
      } else {
        for (let k = 0; k < dedents; k++) this.pushBare(Tok.DEDENT, this.lineno, curCol);
      }
    }
  }

  private tabError(): never {
    this.failState('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  /** A backslash: must be followed by a newline, and the file must go on. */
  private continuationLine(): void {
    this.i++;
    if (this.src.charCodeAt(this.i) !== C_NL) {
      this.i++;
      const offset = codePointCount(this.lines.get(this.lineno), this.i - this.lineStart);
      this.failState('SyntaxError', 'unexpected character after line continuation character', offset, 0);
    }
    this.i++;
    this.newline();
    if (this.i >= this.n) {
      this.failEOF();
    }
  }

  private endOfFile(): void {
    const line = this.lineno - 1;
    const eofCol = utf8Length(this.lines.get(line)) + 1;
    // Close the blocks still open (indentation() does it when the last line is not blank).
    while (this.indents.length > 1) {
      this.indents.pop();
      this.pushBare(Tok.DEDENT, Math.max(line, 1), eofCol);
    }
    this.pushBare(Tok.ENDMARKER, Math.max(line, 1), eofCol);
  }

  /** One token starting with character code c at index start (not whitespace, comment or newline). */
  private token(c: number, start: number): void {
    const src = this.src;
    if (isPotentialIdentifierStart(c)) {
      // String prefixes: any of b, r, u, f in the legal combinations, then a quote.
      let sawB = false, sawR = false, sawU = false, sawF = false;
      for (;;) {
        const lc = c | 0x20;
        if (!(sawB || sawU || sawF) && lc === 98 /* b */) sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && lc === 117 /* u */) sawU = true;
        else if (!(sawR || sawU) && lc === 114 /* r */) sawR = true;
        else if (!(sawF || sawB || sawU) && lc === 102 /* f */) sawF = true;
        else break;
        c = src.charCodeAt(++this.i);
        if (c === C_QUOTE1 || c === C_QUOTE2) {
          this.string(start);
          return;
        }
      }
      this.name(start);
      return;
    }
    if (c === C_DOT) {
      const c1 = src.charCodeAt(start + 1);
      if (isDigit(c1)) {
        this.number(start);
        return;
      }
      if (c1 === C_DOT && src.charCodeAt(start + 2) === C_DOT) {
        this.i = start + 3;
        this.push(Tok.OP, '...', start, this.lineno, this.lineStart);
        return;
      }
      this.i = start + 1;
      this.push(Tok.OP, '.', start, this.lineno, this.lineStart);
      return;
    }
    if (isDigit(c)) {
      this.number(start);
      return;
    }
    if (c === C_QUOTE1 || c === C_QUOTE2) {
      this.string(start);
      return;
    }
    this.operator(c, start);
  }

  private name(start: number): void {
    const src = this.src;
    let nonAscii = false;
    let c = src.charCodeAt(this.i);
    while (this.i < this.n && isPotentialIdentifierChar(c)) {
      if (c >= 128) nonAscii = true;
      c = src.charCodeAt(++this.i);
    }
    let value = src.slice(start, this.i);
    if (nonAscii) {
      this.verifyIdentifier(start, value);
      value = value.normalize('NFKC');
    }
    this.push(KEYWORDS.has(value) ? Tok.KEYWORD : Tok.NAME, value, start, this.lineno, this.lineStart);
  }

  private verifyIdentifier(start: number, text: string): void {
    let k = 0;
    for (const ch of text) {
      const ok = k === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        this.i = start + k + ch.length; // CPython points just past the bad character
        if (isPrintableCodePoint(cp)) this.fail(`invalid character '${ch}' (U+${hex})`);
        this.fail(`invalid non-printable character U+${hex}`);
      }
      k += ch.length;
    }
  }

  private string(start: number): void {
    const src = this.src;
    const quote = src.charCodeAt(this.i);
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.i++;
    if (src.charCodeAt(this.i) === quote) {
      if (src.charCodeAt(this.i + 1) === quote) {
        quoteSize = 3;
        this.i += 2;
      } else {
        endQuoteSize = 1; // the empty string
        this.i++;
      }
    }
    while (endQuoteSize !== quoteSize) {
      if (this.i >= this.n) this.unterminated(start, quoteSize, firstLine, firstLineStart, this.lineno - 1);
      const c = src.charCodeAt(this.i++);
      if (c === C_NL) {
        if (quoteSize === 1) {
          this.i--;
          this.unterminated(start, quoteSize, firstLine, firstLineStart, this.lineno);
        }
        this.newline();
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === C_BACKSLASH && this.i < this.n) {
          if (src.charCodeAt(this.i++) === C_NL) this.newline();
        }
      }
    }
    this.push(Tok.STRING, src.slice(start, this.i), start, firstLine, firstLineStart);
  }

  private unterminated(start: number, quoteSize: number, firstLine: number, firstLineStart: number, detected: number): never {
    // CPython reports it at the string's first character, on its first line.
    this.lineno = firstLine;
    this.lineStart = firstLineStart;
    const what = quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    this.fail(`${what} (detected at line ${detected + this.lineBase})`, start + 1);
  }

  private number(start: number): void {
    const src = this.src;
    const next = (): number => src.charCodeAt(++this.i);
    this.i = start;
    let c = src.charCodeAt(this.i);
    if (c === C_DOT) {
      c = next();
      c = this.fraction(c);
    } else if (c === C_0) {
      c = next();
      const lc = c | 0x20;
      if (lc === 120 /* x */) {
        c = next();
        do {
          if (c === C_UNDERSCORE) c = next();
          if (!isHexDigit(c)) this.fail('invalid hexadecimal literal');
          do c = next(); while (isHexDigit(c));
        } while (c === C_UNDERSCORE);
        this.verifyEndOfNumber(c, 'hexadecimal');
      } else if (lc === 111 /* o */ || lc === 98 /* b */) {
        const octal = lc === 111;
        const kind = octal ? 'octal' : 'binary';
        const limit = octal ? 56 : 50; // '8' or '2'
        c = next();
        do {
          if (c === C_UNDERSCORE) c = next();
          if (c < C_0 || c >= limit) {
            if (isDigit(c)) {
              this.i++;
              this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
            }
            this.fail(`invalid ${kind} literal`);
          }
          do c = next(); while (c >= C_0 && c < limit);
        } while (c === C_UNDERSCORE);
        if (isDigit(c)) {
          this.i++;
          this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        }
        this.verifyEndOfNumber(c, kind);
      } else {
        // "0", maybe followed by more zeros, a fraction, an exponent or 'j'.
        let nonzero = false;
        for (;;) {
          if (c === C_UNDERSCORE) {
            c = next();
            if (!isDigit(c)) this.fail('invalid decimal literal');
          }
          if (c !== C_0) break;
          c = next();
        }
        const zerosEnd = this.i + (this.i < this.n ? 1 : 0);
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === C_DOT) c = this.fraction(next());
        else if ((c | 0x20) === 101 /* e */) c = this.exponent(c);
        else if ((c | 0x20) === 106 /* j */) c = this.imaginary();
        else if (nonzero) {
          this.failRange('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.byteCol(start) + 1, this.byteCol(zerosEnd));
        } else this.verifyEndOfNumber(c, 'decimal');
      }
    } else {
      c = this.decimalTail();
      if (c === C_DOT) c = this.fraction(next());
      else if ((c | 0x20) === 101) c = this.exponent(c);
      else if ((c | 0x20) === 106) c = this.imaginary();
      else this.verifyEndOfNumber(c, 'decimal');
    }
    this.push(Tok.NUMBER, src.slice(start, this.i), start, this.lineno, this.lineStart);
  }

  /** Digits with single underscores between them; returns the first character after. */
  private decimalTail(): number {
    const src = this.src;
    let c: number;
    for (;;) {
      do c = src.charCodeAt(++this.i); while (isDigit(c));
      if (c !== C_UNDERSCORE) return c;
      c = src.charCodeAt(++this.i);
      if (!isDigit(c)) this.fail('invalid decimal literal');
    }
  }

  /** After the '.', with c the character following it. */
  private fraction(c: number): number {
    if (isDigit(c)) c = this.decimalTail();
    if ((c | 0x20) === 101) return this.exponent(c);
    if ((c | 0x20) === 106) return this.imaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return c;
  }

  private exponent(e: number): number {
    const src = this.src;
    const ePos = this.i;
    let c = src.charCodeAt(++this.i);
    if (c === 43 || c === 45) {
      c = src.charCodeAt(++this.i);
      if (!isDigit(c)) this.fail('invalid decimal literal');
    } else if (!isDigit(c)) {
      // "1e" followed by something else: the number ends before the 'e' (e.g. "1else").
      this.i = ePos;
      this.verifyEndOfNumber(e, 'decimal');
      return e;
    }
    c = this.decimalTail();
    if ((c | 0x20) === 106) return this.imaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return c;
  }

  private imaginary(): number {
    const c = this.src.charCodeAt(++this.i);
    this.verifyEndOfNumber(c, 'imaginary');
    return c;
  }

  /** A number directly followed by a name is an error, except before a keyword that can follow a
   * number in valid code ("1if x else y"), which CPython only warns about. */
  private verifyEndOfNumber(c: number, kind: string): void {
    const src = this.src;
    const at = this.i;
    const followedBy = (word: string): boolean =>
      src.startsWith(word, at) && !isPotentialIdentifierChar(src.charCodeAt(at + word.length));
    let keyword = false;
    switch (c) {
      case 97: keyword = followedBy('and'); break;
      case 101: keyword = followedBy('else'); break;
      case 102: keyword = followedBy('for'); break;
      case 105: {
        const c2 = src.charCodeAt(at + 1);
        keyword = c2 === 102 || c2 === 110 || c2 === 115;
        break;
      }
      case 111: keyword = followedBy('or'); break;
      case 110: keyword = followedBy('not'); break;
    }
    if (!keyword && this.i < this.n && isPotentialIdentifierChar(c)) this.fail(`invalid ${kind} literal`);
  }

  private operator(c: number, start: number): void {
    const src = this.src;
    const c2 = src.charCodeAt(start + 1);
    let len = 1;
    // Two- and three-character operators: all but "->" and ":=" end with '=' or double their
    // first character ("**", "//", "<<", ">>", and "**=", "//=", "<<=", ">>="); plus "<>".
    if (c2 === 61 /* = */) {
      if (TWO_CHAR_OPS.has(src.substr(start, 2))) len = 2;
    } else if (c2 === c && (c === 42 || c === 47 || c === 60 || c === 62)) {
      len = src.charCodeAt(start + 2) === 61 ? 3 : 2;
    } else if ((c === 45 && c2 === 62) || (c === 58 && c2 === 61) || (c === 60 && c2 === 62)) {
      len = 2;
    }
    this.i = start + len;
    const op = len === 1 ? src[start] : src.substr(start, len);
    if (len === 1) {
      if (c === 40 || c === 91 || c === 123) {
        if (this.level >= MAXLEVEL) this.fail('too many nested parentheses');
        this.parenChars[this.level] = c;
        this.parenLines[this.level] = this.lineno;
        this.parenCols[this.level] = this.byteCol(start);
        this.level++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (this.level === 0) this.fail(`unmatched '${op}'`);
        this.level--;
        const open = this.parenChars[this.level];
        if (!((open === 40 && c === 41) || (open === 91 && c === 93) || (open === 123 && c === 125))) {
          const o = String.fromCharCode(open);
          const pl = this.parenLines[this.level];
          if (pl !== this.lineno) {
            this.fail(`closing parenthesis '${op}' does not match opening parenthesis '${o}' on line ${pl + this.lineBase}`);
          }
          this.fail(`closing parenthesis '${op}' does not match opening parenthesis '${o}'`);
        }
      } else if (c < 32 || c === 127) {
        this.fail(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    this.push(Tok.OP, op, start, this.lineno, this.lineStart);
  }
}
