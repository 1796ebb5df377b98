// repr() and ascii() of str, and repr() of bytes, exactly as CPython 3.11 spells them.
import { isPrintable } from './unicode';

const HEX = '0123456789abcdef';

function hex2(n: number): string {
  return HEX[n >> 4] + HEX[n & 15];
}

/** The escape Python writes for a code point it will not show as itself. */
function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return '\\x' + hex2(cp);
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** Python picks ' unless the text has ' and no ". */
function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

function quoteAndEscape(s: string, asciiOnly: boolean): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  let out = quote;
  let runStart = 0; // start of a run of characters copied as they are
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let esc: string | null = null;
    if (cp < 0x7f) {
      if (cp === 0x5c) esc = '\\\\';
      else if (cp === quote.charCodeAt(0)) esc = '\\' + quote;
      else if (cp >= 0x20) esc = null;
      else if (cp === 0x0a) esc = '\\n';
      else if (cp === 0x09) esc = '\\t';
      else if (cp === 0x0d) esc = '\\r';
      else esc = escapeCodePoint(cp);
    } else if (asciiOnly || !isPrintable(cp)) {
      esc = escapeCodePoint(cp);
    }
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    i += width;
  }
  return out + s.slice(runStart) + quote;
}

/** repr(s) for a Python str held as a JS string (lone surrogates stand for themselves). */
export function reprStr(s: string): string {
  return quoteAndEscape(s, false);
}

/** ascii(s): repr(s) with every non-ASCII character escaped. */
export function asciiStr(s: string): string {
  return quoteAndEscape(s, true);
}

/** repr(b) of a bytes object (bytearray's repr wraps this in bytearray(...)). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = chooseQuote(hasSingle, hasDouble);
  const q = quote.charCodeAt(0);
  const parts: string[] = ['b', quote];
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 0x5c) parts.push('\\' + String.fromCharCode(c));
    else if (c === 0x09) parts.push('\\t');
    else if (c === 0x0a) parts.push('\\n');
    else if (c === 0x0d) parts.push('\\r');
    else if (c < 0x20 || c >= 0x7f) parts.push('\\x' + hex2(c));
    else parts.push(String.fromCharCode(c));
  }
  parts.push(quote);
  return parts.join('');
}
