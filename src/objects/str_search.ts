// The text algorithms behind str's search, split, strip and padding methods, on JS strings.
//
// Python indexes a str by code point; a JS string by UTF-16 unit. The two agree unless the text has astral
// characters ("wide" strings: the heap says so without looking at the text). Functions that take or return
// indices therefore take `wide` and convert only then; everything else works on the JS string directly.

import { isSpace } from '../text/unicode';

// ---- indices -------------------------------------------------------------------------------------------

/** The UTF-16 offset of code point index cp in s (cp may be the length). */
export function unitOffset(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  }
  return u;
}

/** The code point index of UTF-16 offset u in s. */
export function cpIndex(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code points of s as one-character strings (for wide strings). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** s[start:end] in code point indices (0 ≤ start ≤ end ≤ len). */
export function cpSlice(s: string, start: number, end: number, wide: boolean): string {
  if (!wide) return s.slice(start, end);
  const u0 = unitOffset(s, start);
  return s.slice(u0, u0 + unitOffset(s.slice(u0), end - start));
}

/** Clamp start/end as str.find and friends do (CPython's ADJUST_INDICES); end may be null for "to the end". */
export function adjustIndices(start: number, end: number | null, len: number): [number, number] {
  let e = end === null ? len : end;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  let s = start;
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

// ---- searching -----------------------------------------------------------------------------------------

/** Lowest index of sub in s[start:end] (adjusted indices, len = code points of s), or -1. */
export function findIn(s: string, sub: string, start: number, end: number, len: number, wide: boolean): number {
  if (start > len) return -1;
  if (!wide) {
    if (end - start < sub.length) return -1;
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const u0 = unitOffset(s, start);
  const u1 = unitOffset(s, end);
  if (u1 - u0 < sub.length) return -1;
  const i = s.indexOf(sub, u0);
  return i >= 0 && i + sub.length <= u1 ? cpIndex(s, i) : -1;
}

/** Highest index of sub in s[start:end], or -1. */
export function rfindIn(s: string, sub: string, start: number, end: number, len: number, wide: boolean): number {
  if (start > len) return -1;
  const u0 = wide ? unitOffset(s, start) : start;
  const u1 = wide ? unitOffset(s, end) : end;
  if (u1 - u0 < sub.length) return -1;
  const i = s.lastIndexOf(sub, u1 - sub.length);
  if (i < u0) return -1;
  return wide ? cpIndex(s, i) : i;
}

/** Non-overlapping occurrences of sub in s[start:end]. */
export function countIn(s: string, sub: string, start: number, end: number, len: number, wide: boolean): number {
  if (start > len || end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  const u0 = wide ? unitOffset(s, start) : start;
  const u1 = wide ? unitOffset(s, end) : end;
  let n = 0;
  for (let i = s.indexOf(sub, u0); i >= 0 && i + sub.length <= u1; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** Does s[start:end] start (atEnd: end) with sub? (CPython's tailmatch.) */
export function tailMatch(s: string, sub: string, start: number, end: number, len: number, wide: boolean,
  atEnd: boolean): boolean {
  if (start > len) return false;
  const subLen = wide ? cpLength(sub) : sub.length;
  if (end - subLen < start) return false;
  if (sub.length === 0) return true;
  const at = atEnd ? end - subLen : start;
  const u = wide ? unitOffset(s, at) : at;
  return s.startsWith(sub, u);
}

function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

// ---- replace ---------------------------------------------------------------------------------------------

/** s.replace(old, new, count) with count < 0 meaning all. */
export function replaceText(s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    // new goes before every character and at the end, count times at most
    const chars = Array.from(s);
    if (chars.length === 0) return rep;
    if (count < 0 || count > chars.length) return rep + chars.join(rep) + rep;
    return chars.slice(0, count).map((c) => rep + c).join('') + chars.slice(count).join('');
  }
  if (count < 0) {
    // replaceAll is fastest, but would read '$' in the replacement as a pattern
    return rep.includes('$') ? s.split(old).join(rep) : s.replaceAll(old, rep);
  }
  let out = '';
  let pos = 0;
  for (let n = 0; n < count; n++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

// ---- split ---------------------------------------------------------------------------------------------

/** A whitespace character as str.split() and str.strip() see it (BMP; no astral character is whitespace). */
function isWs(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) : c >= 0x85 && isSpace(c);
}

/** str.split(None, maxsplit): runs of whitespace separate, leading/trailing whitespace is dropped. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isWs(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** str.rsplit(None, maxsplit). */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i >= 0 && isWs(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isWs(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isWs(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** str.split(sep, maxsplit) for a non-empty sep. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  for (let n = 0; n < maxsplit; n++) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep, maxsplit) for a non-empty sep. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  // scanning from the right matters when separators overlap: 'aaa'.rsplit('aa') is ['a', '']
  const out: string[] = [];
  let end = s.length;
  for (let n = 0; maxsplit < 0 || n < maxsplit; n++) {
    if (end < sep.length) break;
    const i = s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Line boundaries of str.splitlines(). */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

// ---- strip -------------------------------------------------------------------------------------------------

/** Strip whitespace (chars null) or any of the code points in chars; which: 1 = left, 2 = right, 3 = both. */
export function stripText(s: string, chars: string | null, which: number): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (which & 1) while (i < j && isWs(s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && isWs(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (chars.length === 0) return s;
  // astral characters in chars or s: compare by code point
  const set = new Set(Array.from(chars));
  if (which & 1) {
    while (i < j) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      if (!set.has(s.slice(i, i + w))) break;
      i += w;
    }
  }
  if (which & 2) {
    while (j > i) {
      const c = s.charCodeAt(j - 1);
      const w = isLowSurrogate(c) && j - 2 >= i && s.codePointAt(j - 2)! > 0xffff ? 2 : 1;
      if (!set.has(s.slice(j - w, j))) break;
      j -= w;
    }
  }
  return s.slice(i, j);
}

// ---- padding -----------------------------------------------------------------------------------------------

/** Pad s (of len code points) to width: align 'l' (ljust), 'r' (rjust) or 'c' (center). */
export function padText(s: string, len: number, width: number, fill: string, align: 'l' | 'r' | 'c'): string {
  if (width <= len) return s;
  const marg = width - len;
  if (align === 'l') return s + fill.repeat(marg);
  if (align === 'r') return fill.repeat(marg) + s;
  // CPython puts the odd column on the left when the width is odd
  const left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function zfillText(s: string, len: number, width: number): string {
  if (width <= len) return s;
  const fill = '0'.repeat(width - len);
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return s[0] + fill + s.slice(1);
  return fill + s;
}

export function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(runStart, i);
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
      runStart = i + 1;
    } else if (c === 0x0a || c === 0x0d) {
      col = 0;
    } else if (!isLowSurrogate(c) || i === 0 || !(s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) {
      col++; // a surrogate pair is one column
    }
  }
  return out + s.slice(runStart);
}
