// Unicode character classes as CPython 3.11 sees them (Unicode 14.0), from compact generated tables.
import { PRINTABLE_FLIPS, DECIMAL_ZEROS, WHITESPACE } from './unicode_tables';

const flips: Int32Array = (() => {
  const deltas = PRINTABLE_FLIPS.split(',');
  const out = new Int32Array(deltas.length);
  let cp = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = cp += parseInt(deltas[i], 36);
  return out;
})();

/** str.isprintable() for one code point (false for Cc Cf Cs Co Cn Zl Zp, and Zs other than space). */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Count the flips at or below cp: an odd count means we are inside a non-printable run.
  let lo = 0;
  let hi = flips.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (flips[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 0;
}

const whitespace = new Set(WHITESPACE);

/** str.isspace() for one code point. */
export function isSpace(cp: number): boolean {
  return whitespace.has(cp);
}

/** The value 0..9 of a Unicode decimal digit (what int()/float() accept), or -1. */
export function decimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  // Decimal digits come in runs of ten, so find the last run start at or below cp.
  let lo = 0;
  let hi = DECIMAL_ZEROS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (DECIMAL_ZEROS[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  const offset = cp - DECIMAL_ZEROS[lo - 1];
  return offset < 10 ? offset : -1;
}

/** Number of code points (Python's len) of a JS string. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
export function codePointPrefix(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return s.slice(0, i);
}

/**
 * Python's str.translate of int()/float() input: other whitespace becomes ' ', Unicode decimal
 * digits become ASCII digits, any other non-ASCII character becomes '?' (so it can never parse).
 */
export function toAsciiDigitsAndSpaces(s: string): string {
  // The common case is plain ASCII already.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (isSpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}
