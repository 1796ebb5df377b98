// str: immutable code-point strings in the heap, stored at 1, 2 or 4 bytes per character (the narrowest that
// fits, as PEP 393). TypeScript code mostly works on the decoded JS string, cached per worker by the string's
// unique id (ids are never reused, so the cache can never return another string's text).
// The str methods themselves live in str_methods.ts.

import { I32, U8, U16, SAB, nextUniqueId } from '../heap/heap';
import { Obj, StrObj, StrFlag, Layout, TypeObj, TypeFlag } from '../heap/layout';
import { blockWords } from '../heap/alloc';
import { allocObject, makeImmortal, Ref, S, T, typeOf, raise, decref } from './core';
import { hashString, hashUnits, setHashHi } from './hash';
import { defineType } from './typespec';

export const strSpec = defineType({
  name: 'str', key: 'str', layout: Layout.Str, basicWords: StrObj.Data,
});

// The decoded-string cache: direct-mapped by id (a slot keeps the latest string whose id maps to it), which
// costs two array stores per insertion, where a Map's bookkeeping dominated string-heavy loops.
const CACHE_SIZE = 1 << 16;
const cacheIds = new Int32Array(CACHE_SIZE);
const cacheStrs: string[] = new Array<string>(CACHE_SIZE).fill('');
/** Ids are per heap: a worker that switches heaps (subinterpreters) starts the cache afresh. */
let cacheHeap: SharedArrayBuffer | null = null;

const LATIN1_ONLY = /^[\x00-\xff]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** The width (bytes per code point) needed for a JS string: 4 when it has astral characters. */
function widthOf(s: string): number {
  if (LATIN1_ONLY.test(s)) return 1;
  return SURROGATE_PAIR.test(s) ? 4 : 2;
}

/** A Buffer over the whole heap, for Node's fast latin-1 / UTF-16 copies (remade if the heap changes). */
let heapBuf: Buffer | null = null;
function heapBuffer(): Buffer {
  if (heapBuf === null || heapBuf.buffer !== SAB) heapBuf = Buffer.from(SAB!);
  return heapBuf;
}

/** Allocate an uninitialised str of `length` code points and the given width. */
function allocStr(length: number, width: number, type: Ref = T.str): Ref {
  const dataWords = (length * width + 3) >> 2;
  // An instance of a str subclass keeps its __dict__ in one more word after the characters.
  const r = allocObject(type, StrObj.Data + dataWords + (type === T.str ? 0 : 1));
  I32[r + StrObj.Length] = length;
  I32[r + StrObj.Flags] = width;
  I32[r + StrObj.Id] = nextUniqueId();
  return r;
}

/** A new str holding the JS string s. */
export function newStr(s: string): Ref {
  if (s.length === 0 && S.emptyStr !== 0) return S.emptyStr;
  return newStrOfType(s, T.str);
}

/** A new instance of str or of a str subclass holding s (subclass instances get a dict word). */
export function newStrOfType(s: string, type: Ref): Ref {
  const width = widthOf(s);
  if (width === 4) {
    const cps = Array.from(s);
    const r = allocStr(cps.length, 4, type);
    const base = r + StrObj.Data;
    for (let i = 0; i < cps.length; i++) I32[base + i] = cps[i].codePointAt(0)!;
    cacheSet(I32[r + StrObj.Id], s);
    return r;
  }
  const r = allocStr(s.length, width, type);
  const byteBase = (r + StrObj.Data) * 4;
  if (width === 1) {
    // (an explicit length: without it Node computes one from the 4 GiB view, which overflows)
    if (s.length > 32) heapBuffer().write(s, byteBase, s.length, 'latin1');
    else for (let i = 0; i < s.length; i++) U8[byteBase + i] = s.charCodeAt(i);
    if (ASCII_ONLY.test(s)) I32[r + StrObj.Flags] |= StrFlag.Ascii;
  } else if (s.length > 32) {
    heapBuffer().write(s, byteBase, s.length * 2, 'utf16le');
  } else {
    const base16 = byteBase >> 1;
    for (let i = 0; i < s.length; i++) U16[base16 + i] = s.charCodeAt(i);
  }
  if (s.length > 8) cacheSet(I32[r + StrObj.Id], s);
  return r;
}

function cacheSet(id: number, s: string): void {
  const k = id & (CACHE_SIZE - 1);
  cacheIds[k] = id;
  cacheStrs[k] = s;
}

/** The JS string of a str (or str subclass) object. */
export function strValue(r: Ref): string {
  const len = I32[r + StrObj.Length];
  if (len === 0) return '';
  if (SAB !== cacheHeap) {
    cacheIds.fill(0);
    cacheHeap = SAB;
  }
  const id = I32[r + StrObj.Id];
  const k = id & (CACHE_SIZE - 1);
  if (cacheIds[k] === id) return cacheStrs[k];
  const s = decode(r, len);
  if (len > 8) cacheSet(id, s);
  return s;
}

function decode(r: Ref, len: number): string {
  const width = I32[r + StrObj.Flags] & StrFlag.WidthMask;
  const byteBase = (r + StrObj.Data) * 4;
  if (width === 1) {
    if (len <= 16) {
      let s = '';
      for (let i = 0; i < len; i++) s += String.fromCharCode(U8[byteBase + i]);
      return s;
    }
    return heapBuffer().toString('latin1', byteBase, byteBase + len);
  }
  if (width === 2) {
    if (len <= 16) {
      let s = '';
      const b = byteBase >> 1;
      for (let i = 0; i < len; i++) s += String.fromCharCode(U16[b + i]);
      return s;
    }
    return heapBuffer().toString('utf16le', byteBase, byteBase + len * 2);
  }
  let s = '';
  const base = r + StrObj.Data;
  for (let i = 0; i < len; i++) s += String.fromCodePoint(I32[base + i]);
  return s;
}

/** Words of character data (the dict word of a subclass instance follows them). */
export function strDataWords(r: Ref): number {
  return (I32[r + StrObj.Length] * (I32[r + StrObj.Flags] & StrFlag.WidthMask) + 3) >> 2;
}

/** Number of code points. */
export function strLen(r: Ref): number {
  return I32[r + StrObj.Length];
}

/** Code point at index i (no bounds check). */
export function strCodePoint(r: Ref, i: number): number {
  const width = I32[r + StrObj.Flags] & StrFlag.WidthMask;
  if (width === 1) return U8[(r + StrObj.Data) * 4 + i];
  if (width === 2) return U16[(r + StrObj.Data) * 2 + i];
  return I32[r + StrObj.Data + i];
}

/** True when the str has astral characters (JS indices then differ from Python indices). */
export function strIsWide(r: Ref): boolean {
  return (I32[r + StrObj.Flags] & StrFlag.Width4) !== 0;
}

export function strHash(r: Ref): number {
  const flags = I32[r + StrObj.Flags];
  if (flags & StrFlag.Hashed) {
    const h = I32[r + StrObj.Hash];
    setHashHi(h < 0 ? -1 : 0);
    return h;
  }
  // latin-1 and UCS-2 data are the JS string's code units: hash them where they are
  const width = flags & StrFlag.WidthMask;
  const len = I32[r + StrObj.Length];
  const h = width === 1 ? hashUnits(U8, (r + StrObj.Data) * 4, len)
    : width === 2 ? hashUnits(U16, (r + StrObj.Data) * 2, len) : hashString(strValue(r));
  I32[r + StrObj.Hash] = h;
  I32[r + StrObj.Flags] = flags | StrFlag.Hashed;
  return h;
}

/** Equality of two str objects without decoding when possible. */
export function strEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const len = I32[a + StrObj.Length];
  if (len !== I32[b + StrObj.Length]) return false;
  const fa = I32[a + StrObj.Flags], fb = I32[b + StrObj.Flags];
  if ((fa & fb & StrFlag.Hashed) && I32[a + StrObj.Hash] !== I32[b + StrObj.Hash]) return false;
  const wa = fa & StrFlag.WidthMask;
  if (wa !== (fb & StrFlag.WidthMask)) return false; // canonical width: same text ⇒ same width
  const words = (len * wa + 3) >> 2;
  const pa = a + StrObj.Data, pb = b + StrObj.Data;
  // Padding bytes past the end are zero because objects are allocated zeroed.
  for (let i = 0; i < words; i++) if (I32[pa + i] !== I32[pb + i]) return false;
  return true;
}

export function isStr(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.str || (I32[t + TypeObj.Flags] & TypeFlag.StrSubclass) !== 0;
}

// ---- interning: one str object per distinct name, immortal, shared by every thread -----------------------

const internCache = new Map<string, Ref>();
/** Set by bootstrap: looks a name up in (and adds it to) the heap's intern table. */
let internInHeap: (s: string) => Ref = (s) => {
  const r = newStr(s);
  makeImmortal(r);
  return r;
};
export function setInternInHeap(fn: (s: string) => Ref): void {
  internInHeap = fn;
}

/** The interned str for a JS string: immortal, so it may be compared by address and cached forever. */
export function intern(s: string): Ref {
  let r = internCache.get(s);
  if (r === undefined) {
    r = internInHeap(s);
    I32[r + StrObj.Flags] |= StrFlag.Interned;
    internCache.set(s, r);
  }
  return r;
}

export function clearInternCache(): void {
  internCache.clear();
}

/** A str from one code point. */
export function strFromCodePoint(cp: number): Ref {
  return newStr(String.fromCodePoint(cp));
}

/** Check that r is a str or raise TypeError with CPython's wording. */
export function expectStr(r: Ref, what: string): string {
  if (!isStr(r)) throw raise(T.TypeError, `${what} must be str, not ${typeName(r)}`);
  return strValue(r);
}

/** The __name__ of an object's type, as a JS string (for error messages). */
export function typeName(r: Ref): string {
  return strValue(I32[typeOf(r) + Obj.HeaderWords]);
}

/** Consume a new str ref and return its JS value. */
export function takeStr(r: Ref): string {
  const s = strValue(r);
  decref(r);
  return s;
}

/**
 * a + b for two str objects. Strings of the same width are joined by copying their stored characters, so
 * neither needs decoding (repeated `s += t` stays cheap); mixed widths go through the JS strings.
 */
export function strConcat(a: Ref, b: Ref): Ref {
  const la = I32[a + StrObj.Length], lb = I32[b + StrObj.Length];
  const fa = I32[a + StrObj.Flags], fb = I32[b + StrObj.Flags];
  const width = fa & StrFlag.WidthMask;
  if (width !== (fb & StrFlag.WidthMask) || la + lb === 0) return newStr(strValue(a) + strValue(b));
  const r = allocStr(la + lb, width);
  if (la + lb <= 16 && width !== 4) {
    const dst = (r + StrObj.Data) * 4, sa = (a + StrObj.Data) * 4, sb = (b + StrObj.Data) * 4;
    for (let i = 0; i < la * width; i++) U8[dst + i] = U8[sa + i];
    for (let i = 0; i < lb * width; i++) U8[dst + la * width + i] = U8[sb + i];
  } else if (width === 4) {
    I32.copyWithin(r + StrObj.Data, a + StrObj.Data, a + StrObj.Data + la);
    I32.copyWithin(r + StrObj.Data + la, b + StrObj.Data, b + StrObj.Data + lb);
  } else {
    const dst = (r + StrObj.Data) * 4;
    U8.copyWithin(dst, (a + StrObj.Data) * 4, (a + StrObj.Data) * 4 + la * width);
    U8.copyWithin(dst + la * width, (b + StrObj.Data) * 4, (b + StrObj.Data) * 4 + lb * width);
  }
  if (fa & fb & StrFlag.Ascii) I32[r + StrObj.Flags] |= StrFlag.Ascii;
  return r;
}

/** The concatenation of the n strs whose refs are at I32[at…at+n) (BUILD_STRING), copied within the heap. */
export function strConcatRefs(at: number, n: number): Ref {
  let len = 0, wide = false, ascii = StrFlag.Ascii;
  for (let i = 0; i < n; i++) {
    const r = I32[at + i];
    const f = I32[r + StrObj.Flags];
    len += I32[r + StrObj.Length];
    if ((f & StrFlag.WidthMask) !== 1) wide = true;
    ascii &= f;
  }
  if (wide || len === 0) {
    let s = '';
    for (let i = 0; i < n; i++) s += strValue(I32[at + i]);
    return newStr(s);
  }
  const r = allocStr(len, 1);
  let dst = (r + StrObj.Data) * 4;
  for (let i = 0; i < n; i++) {
    const p = I32[at + i];
    const l = I32[p + StrObj.Length];
    const src = (p + StrObj.Data) * 4;
    copyBytes(dst, src, l);
    dst += l;
  }
  I32[r + StrObj.Flags] |= ascii;
  return r;
}

/** Copy `len` bytes within the heap (a loop for short runs, where copyWithin's call costs more). */
function copyBytes(dst: number, src: number, len: number): void {
  if (len <= 16) for (let j = 0; j < len; j++) U8[dst + j] = U8[src + j];
  else U8.copyWithin(dst, src, src + len);
}

/**
 * sep.join(items) for strs (or str subclass instances) that are all latin-1, like sep: the characters are
 * copied within the heap, without JS strings. 0 when one of them is wider (the caller then joins JS strings).
 */
export function strJoinLatin1(sep: Ref, items: ArrayLike<Ref>): Ref {
  const n = items.length;
  const sepFlags = I32[sep + StrObj.Flags];
  if ((sepFlags & StrFlag.WidthMask) !== 1) return 0;
  const sepLen = I32[sep + StrObj.Length];
  let len = n > 1 ? sepLen * (n - 1) : 0;
  let ascii = sepFlags & StrFlag.Ascii;
  for (let i = 0; i < n; i++) {
    const f = I32[items[i] + StrObj.Flags];
    if ((f & StrFlag.WidthMask) !== 1) return 0;
    len += I32[items[i] + StrObj.Length];
    ascii &= f;
  }
  if (len === 0) return newStr('');
  const r = allocStr(len, 1);
  let dst = (r + StrObj.Data) * 4;
  const sepAt = (sep + StrObj.Data) * 4;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      copyBytes(dst, sepAt, sepLen);
      dst += sepLen;
    }
    const p = items[i];
    const l = I32[p + StrObj.Length];
    const src = (p + StrObj.Data) * 4;
    copyBytes(dst, src, l);
    dst += l;
  }
  I32[r + StrObj.Flags] |= ascii;
  return r;
}

/**
 * `a += b` for two exact strs. When the only other reference to `a` is the variable being assigned (refcount
 * 2: that variable and the operand stack, the case CPython also optimises), no one can observe `a`, so the
 * text is appended in place when its block has room; otherwise the result gets spare room, so that a loop of
 * `s += t` costs amortised O(len(t)) per step instead of copying the whole string each time.
 */
export function strAppend(a: Ref, b: Ref): Ref {
  const fa = I32[a + StrObj.Flags], fb = I32[b + StrObj.Flags];
  const width = fa & StrFlag.WidthMask;
  if (I32[a + Obj.RefCnt] !== 2 || I32[a + Obj.Type] !== T.str || width !== (fb & StrFlag.WidthMask) ||
    (fa & StrFlag.Interned) !== 0 || a === b) {
    return strConcat(a, b);
  }
  const la = I32[a + StrObj.Length], lb = I32[b + StrObj.Length];
  const n = la + lb;
  const need = StrObj.Data + ((n * width + 3) >> 2);
  let r = a;
  if (blockWords(a) < need) {
    // move to a block with headroom for the appends still to come
    r = allocObject(T.str, need + (need >> 2) + 4);
    I32.copyWithin(r + StrObj.Data, a + StrObj.Data, a + StrObj.Data + ((la * width + 3) >> 2));
  } else {
    I32[r + Obj.RefCnt]++;
  }
  I32[r + StrObj.Length] = n;
  I32[r + StrObj.Flags] = width | (fa & fb & StrFlag.Ascii);
  I32[r + StrObj.Id] = nextUniqueId(); // the text changed: a fresh id so no stale decoded copy is used
  if (width === 4) {
    I32.copyWithin(r + StrObj.Data + la, b + StrObj.Data, b + StrObj.Data + lb);
  } else {
    const dst = (r + StrObj.Data) * 4;
    U8.copyWithin(dst + la * width, (b + StrObj.Data) * 4, (b + StrObj.Data) * 4 + lb * width);
    // the padding of the last word must be zero (strEquals compares whole words)
    U8.fill(0, dst + n * width, (r + need) * 4);
  }
  return r;
}
