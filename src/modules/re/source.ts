// Reading a pattern or a replacement template one token at a time, the way CPython's parser
// does, so that error positions agree with it. A token is one character, or a backslash and the
// character after it. The reader always looks one token ahead: a lone backslash at the very end
// is reported as soon as it becomes the next token, as CPython does.
//
// Positions are code point indices (the pattern is kept as an array of code points), and for a
// bytes pattern each byte is one character (Latin-1).

import { RegexError, type RegexErrorKind } from './errors';

export class Source {
  readonly cps: readonly number[];
  readonly isText: boolean;
  /** The next token, or null at the end of the pattern. */
  next: string | null = null;
  /** Length of `next` in code points (0 at the end). */
  private nextLen = 0;
  /** Index just past `next`. */
  private index = 0;

  constructor(pattern: string | Uint8Array) {
    this.isText = typeof pattern === 'string';
    this.cps = typeof pattern === 'string' ? Array.from(pattern, (ch) => ch.codePointAt(0)!) : Array.from(pattern);
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.cps.length) {
      this.next = null;
      this.nextLen = 0;
      return;
    }
    let token = String.fromCodePoint(this.cps[index]);
    if (token === '\\') {
      index++;
      if (index >= this.cps.length) {
        throw this.errorAt('bad escape (end of pattern)', this.cps.length - 1);
      }
      token += String.fromCodePoint(this.cps[index]);
    }
    this.index = index + 1;
    this.next = token;
    this.nextLen = token[0] === '\\' ? 2 : 1;
  }

  /** Consumes the next token if it is `token`. */
  match(token: string): boolean {
    if (this.next === token) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const token = this.next;
    this.advance();
    return token;
  }

  /** Consumes up to `n` tokens while each is one of the characters in `allowed`. */
  getWhile(n: number, allowed: string): string {
    let result = '';
    for (let i = 0; i < n; i++) {
      const token = this.next;
      if (token === null || token.length !== 1 || !allowed.includes(token)) break;
      result += token;
      this.advance();
    }
    return result;
  }

  /** Reads a name up to `terminator` (as in `(?P<name>`), with CPython's errors. */
  getUntil(terminator: string, what: string): string {
    let result = '';
    for (;;) {
      const token = this.next;
      this.advance();
      if (token === null) {
        if (result === '') throw this.error(`missing ${what}`);
        throw this.error(`missing ${terminator}, unterminated name`, cpLength(result));
      }
      if (token === terminator) {
        if (result === '') throw this.error(`missing ${what}`, 1);
        return result;
      }
      result += token;
    }
  }

  /** Index of the next token. */
  tell(): number {
    return this.index - this.nextLen;
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  /** An error at `offset` code points before the next token. */
  error(msg: string, offset = 0, kind: RegexErrorKind = 'error'): RegexError {
    return this.errorAt(msg, this.tell() - offset, kind);
  }

  errorAt(msg: string, pos: number | null, kind: RegexErrorKind = 'error'): RegexError {
    // CPython formats messages about bytes patterns with non-ASCII characters escaped.
    return new RegexError(this.isText ? msg : asciiEscape(msg), pos, kind);
  }

  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(`bad character in group name ${pyRepr(name)}`, cpLength(name) + offset);
    }
  }
}

export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u < 0xd800 || u > 0xdbff || i + 1 >= s.length) n++;
    else {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : hexEscape(c);
  }
  return out;
}

function hexEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

/** str.isidentifier(). */
export function isIdentifier(s: string): boolean {
  return IDENTIFIER.test(s);
}

// Python's repr() prints these escaped: categories Cc Cf Cs Co Cn Zl Zp Zs, except the space.
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) out += hexEscape(ch.codePointAt(0)!);
    else out += ch;
  }
  return out + quote;
}

const SPACE = /^[\s\x1c-\x1f\x85]$/u;
const DECIMAL = /^\p{Nd}$/u;

function decimalValue(c: number): number {
  // Decimal digits come in runs of ten in ascending order, and adjacent runs are all ten long.
  let start = c;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

/**
 * Python's int(s) for a decimal string (spaces around, a sign, digits of any script, single
 * underscores between digits), or null where int() would raise ValueError. Values too large to
 * be exact come back as Infinity: callers only compare them against limits.
 */
export function pyInt(s: string): number | null {
  const chars = Array.from(s);
  let i = 0;
  let j = chars.length;
  while (i < j && SPACE.test(chars[i])) i++;
  while (j > i && SPACE.test(chars[j - 1])) j--;
  let sign = 1;
  if (i < j && (chars[i] === '+' || chars[i] === '-')) {
    if (chars[i] === '-') sign = -1;
    i++;
  }
  if (i >= j) return null;
  let value = 0;
  let digits = 0;
  let lastWasDigit = false;
  for (; i < j; i++) {
    const ch = chars[i];
    if (ch === '_') {
      if (!lastWasDigit) return null;
      lastWasDigit = false;
      continue;
    }
    if (!DECIMAL.test(ch)) return null;
    value = value * 10 + decimalValue(ch.codePointAt(0)!);
    digits++;
    lastWasDigit = true;
  }
  if (!lastWasDigit) return null;
  if (digits > 15) value = Number.POSITIVE_INFINITY;
  return sign * value;
}
