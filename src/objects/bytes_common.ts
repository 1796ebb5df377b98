// What bytes and bytearray share: access to any bytes-like object's data (bytes, bytearray, memoryview), and
// the methods both types have (installBytesLikeMethods registers them on each type).
//
// Most algorithms run on the Latin-1 JS string of the data (one char per byte, so indices agree) and reuse
// str's text algorithms from str_search.ts; what differs for bytes (ASCII-only whitespace and case, line
// breaks of \n and \r only) is here.

import { I32, U8 } from '../heap/heap';
import { Block, ByteArrayObj, BytesObj, Layout, MemoryViewObj } from '../heap/layout';
import { decref, newref, raise, Ref, S, T, typeOf, layoutOf } from './core';
import { newStr, strValue, isStr } from './str';
import { newBytes } from './bytes';
import { classMethod, method, staticMethod, TypeSpec } from './typespec';
import { call, callDunder, getItem, getIterOrNull, iterNext, N, typeNameOfObj, index as indexOf } from './abstract';
import { boolRef, intToBigInt, intToSafe, isInt, newInt } from './int';
import { listSteal } from './list';
import { isTuple, tupleItem, tupleLen, tupleSteal } from './tuple';
import { lookupType } from './type';
import { fromHost } from './float';
import { asciiOf, percentInteger, isPercentMapping } from './str_format';
import {
  adjustIndices, countIn, expandTabs, findIn, padText, replaceText, rfindIn, rsplitSep, splitSep, tailMatch,
  zfillText,
} from './str_search';
import { kwArgs, noArgs, oneArg, posArgs, sliceBound, ssizeArg, strParam, tupleArgs } from './text_args';
import { decodeBytes, encodeText, setCodecBufferAccess } from './codecs';
import { bytesPercentFormat, type BytesPercentArgs } from '../text/percent_format';
import { toDouble } from './float';

// ---- buffers ------------------------------------------------------------------------------------------------

/** The data of a bytearray (a view into its buffer block; invalid once it is resized). */
export function byteArrayView(r: Ref): Uint8Array {
  const raw = I32[r + ByteArrayObj.Buffer];
  if (raw === 0) return U8.subarray(0, 0);
  const off = (raw + Block.RawHeaderWords) * 4;
  return U8.subarray(off, off + I32[r + ByteArrayObj.Length]);
}

function bytesData(r: Ref): Uint8Array {
  const off = (r + BytesObj.Data) * 4;
  return U8.subarray(off, off + I32[r + BytesObj.Length]);
}

/** The data of a bytes-like object (a view: copy it before running Python code), or null. */
export function bufferOrNull(r: Ref): Uint8Array | null {
  if ((r & 1) === 1) return null;
  switch (layoutOf(r)) {
    case Layout.Bytes: return bytesData(r);
    case Layout.ByteArray: return byteArrayView(r);
    case Layout.MemoryView: {
      if (I32[r + MemoryViewObj.Released] & 1) { // released (bit 2 is read-only)
        throw raise(T.ValueError, 'operation forbidden on released memoryview object');
      }
      const src = bufferOrNull(I32[r + MemoryViewObj.Source])!;
      const start = I32[r + MemoryViewObj.Start];
      return src.subarray(start, start + I32[r + MemoryViewObj.Length]);
    }
  }
  return null;
}

/** A bytes-like argument: `a bytes-like object is required, not 'str'`. */
export function bufferArg(r: Ref): Uint8Array {
  const b = bufferOrNull(r);
  if (b === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOfObj(r)}'`);
  return b;
}

setCodecBufferAccess(bufferArg);

export function latin1(b: Uint8Array): string {
  if (b.length < 16) {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A byte value argument (append, find(int), `in`, bytearray([...])): `byte must be in range(0, 256)`. */
export function byteValue(r: Ref): number {
  const i = indexOf(r);
  const v = intToSafe(i);
  decref(i);
  if (v === null || v < 0 || v > 255) throw raise(T.ValueError, 'byte must be in range(0, 256)');
  return v;
}

function hasIndex(r: Ref): boolean {
  return isInt(r) || lookupType(typeOf(r), N.__index__) !== 0;
}

/** The sub argument of find/count/index/`in`: bytes-like or an int byte value. */
export function subArg(r: Ref): string {
  const b = bufferOrNull(r);
  if (b !== null) return latin1(b);
  if (hasIndex(r)) return String.fromCharCode(byteValue(r));
  throw raise(T.TypeError, `argument should be integer or bytes-like object, not '${typeNameOfObj(r)}'`);
}

/** Lexicographic comparison of byte strings. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/**
 * The bytes of an object for bytes(x) / bytearray(x): a buffer, or an iterable of ints. `notIterable` is the
 * TypeError message when x is neither.
 */
export function bytesFromIterable(x: Ref, notIterable: string, kind: 'bytes' | 'bytearray'): Uint8Array {
  const b = bufferOrNull(x);
  if (b !== null) return b.slice();
  const it = getIterOrNull(x);
  if (it === 0) throw raise(T.TypeError, notIterable);
  const out: number[] = [];
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      try {
        out.push(kind === 'bytes' ? byteValueNamed(v) : byteValue(v));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function byteValueNamed(v: Ref): number {
  const i = indexOf(v);
  const n = intToSafe(i);
  decref(i);
  if (n === null || n < 0 || n > 255) throw raise(T.ValueError, 'bytes must be in range(0, 256)');
  return n;
}

// ---- ASCII character classes ---------------------------------------------------------------------------------

const isUpperB = (c: number) => c >= 0x41 && c <= 0x5a;
const isLowerB = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlphaB = (c: number) => isUpperB(c) || isLowerB(c);
const isDigitB = (c: number) => c >= 0x30 && c <= 0x39;
export const isSpaceB = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function mapBytes(b: Uint8Array, fn: (c: number, i: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = fn(b[i], i, i > 0 ? b[i - 1] : -1);
  return out;
}
const lowerB = (c: number) => (isUpperB(c) ? c + 32 : c);
const upperB = (c: number) => (isLowerB(c) ? c - 32 : c);

function titleBytes(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let prevCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    out[i] = prevCased ? lowerB(c) : upperB(c);
    prevCased = isAlphaB(c);
  }
  return out;
}

function isTitleBytes(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of b) {
    if (isUpperB(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerB(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

function allBytes(b: Uint8Array, fn: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!fn(c)) return false;
  return true;
}

function caseCheck(b: Uint8Array, want: (c: number) => boolean, reject: (c: number) => boolean): boolean {
  let found = false;
  for (const c of b) {
    if (reject(c)) return false;
    if (want(c)) found = true;
  }
  return found;
}

// ---- split / strip / lines with bytes rules --------------------------------------------------------------

function splitWs(s: string, maxsplit: number, reverse: boolean): string[] {
  const isWs = (i: number) => isSpaceB(s.charCodeAt(i));
  const out: string[] = [];
  let left = maxsplit < 0 ? Infinity : maxsplit;
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (left-- > 0) {
      while (i < n && isWs(i)) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isWs(i)) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && isWs(i)) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  let i = s.length - 1;
  while (left-- > 0) {
    while (i >= 0 && isWs(i)) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isWs(i)) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isWs(i)) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function stripBytes(b: Uint8Array, chars: Uint8Array | null, which: number): [number, number] {
  const strip = chars === null ? isSpaceB : (c: number) => chars.includes(c);
  let i = 0;
  let j = b.length;
  if (which & 1) while (i < j && strip(b[i])) i++;
  if (which & 2) while (j > i && strip(b[j - 1])) j--;
  return [i, j];
}

function splitLinesBytes(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = i;
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < n) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

// ---- hex ----------------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

export function hexOf(b: Uint8Array, sep: string | null, perSep: number): string {
  let out = '';
  if (sep === null || perSep === 0 || b.length === 0) {
    for (const c of b) out += HEX[c >> 4] + HEX[c & 15];
    return out;
  }
  const group = Math.abs(perSep);
  const n = b.length;
  // positive: groups counted from the right end; negative: from the left
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const boundary = perSep > 0 ? (n - i) % group === 0 : i % group === 0;
      if (boundary) out += sep;
    }
    out += HEX[b[i] >> 4] + HEX[b[i] & 15];
  }
  return out;
}

/** The sep/bytes_per_sep arguments of bytes.hex() and memoryview.hex(). */
export function hexArgs(fname: string, args: Ref[], kwnames: string[] | null): [string | null, number] {
  const [sepRef, perRef] = kwArgs(fname, ['sep', 'bytes_per_sep'], args, kwnames);
  if (sepRef === 0) return [null, 0];
  let sep: string;
  if (isStr(sepRef)) sep = strValue(sepRef);
  else {
    const b = bufferOrNull(sepRef);
    if (b === null) throw raise(T.TypeError, `object of type '${typeNameOfObj(sepRef)}' has no len()`);
    sep = latin1(b);
  }
  if (sep.length !== 1) throw raise(T.ValueError, 'sep must be length 1.');
  if (sep.charCodeAt(0) > 0x7f) throw raise(T.ValueError, 'sep must be ASCII.');
  return [sep, perRef === 0 ? 1 : ssizeArg(perRef)];
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

export function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceB(c)) {
      i++;
      continue;
    }
    const hi = hexDigit(c);
    if (hi < 0) throw badHex(i);
    const lo = i + 1 < n ? hexDigit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw badHex(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function badHex(pos: number) {
  return raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
}

// ---- printf-style formatting ---------------------------------------------------------------------------

/** fmt % args for bytes and bytearray. */
export function bytesPercent(fmt: Uint8Array, args: Ref): Uint8Array {
  const kind = isTuple(args) ? 'tuple' : isPercentMapping(args) && bufferOrNull(args) === null ? 'mapping' : 'single';
  const owned: Ref[] = [];
  const fmtCopy = fmt.slice();
  const adapter: BytesPercentArgs<Ref> = {
    kind,
    count: kind === 'tuple' ? tupleLen(args) : 1,
    get: (i) => (kind === 'tuple' ? tupleItem(args, i) : args),
    toFloat: (v) => toDouble(v),
    toInteger: percentInteger,
    intValue: (v) => (isInt(v) ? intToBigInt(v) : null),
    getKey(key) {
      const k = newBytes(key);
      try {
        const v = getItem(args, k);
        owned.push(v);
        return v;
      } finally {
        decref(k);
      }
    },
    toBytes(v) {
      const b = bufferOrNull(v);
      if (b !== null) return b.slice();
      const r = callDunder(v, N.__bytes__, []);
      if (r === 0) {
        throw raise(T.TypeError,
          `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOfObj(v)}'`);
      }
      try {
        const rb = bufferOrNull(r);
        if (rb === null || layoutOf(r) !== Layout.Bytes) {
          throw raise(T.TypeError, `__bytes__ returned non-bytes (type ${typeNameOfObj(r)})`);
        }
        return rb.slice();
      } finally {
        decref(r);
      }
    },
    ascii: asciiOf,
    bytesValue: (v) => (layoutOf(v) === Layout.Bytes || layoutOf(v) === Layout.ByteArray ? bufferOrNull(v) : null),
    indexValue(v) {
      if (!hasIndex(v)) return null;
      const i = indexOf(v);
      try {
        return intToBigInt(i);
      } finally {
        decref(i);
      }
    },
  };
  try {
    return bytesPercentFormat(fmtCopy, adapter);
  } catch (e) {
    throw fromHost(e);
  } finally {
    for (const v of owned) decref(v);
  }
}


// ---- the shared methods ----------------------------------------------------------------------------------

export interface BytesKind {
  name: 'bytes' | 'bytearray';
  /** A new object of the exact kind holding a copy of data. */
  make(data: Uint8Array): Ref;
}

/** Register on `spec` every method bytes and bytearray have in common. */
export function installBytesLikeMethods(spec: TypeSpec, kind: BytesKind): void {
  const q = kind.name; // for messages: `bytes.upper() takes no arguments`
  const view = (self: Ref) => bufferOrNull(self)!;
  const make = kind.make;
  const makeStr = (s: string) => make(fromLatin1(s));
  /** bytes methods return the object itself when nothing changes; bytearray ones always copy */
  const same = (self: Ref) => (typeOf(self) === T.bytes ? newref(self) : make(view(self)));

  for (const [name, fn] of [
    ['lower', (b: Uint8Array) => mapBytes(b, lowerB)], ['upper', (b: Uint8Array) => mapBytes(b, upperB)],
    ['swapcase', (b: Uint8Array) => mapBytes(b, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c))],
    ['capitalize', (b: Uint8Array) => mapBytes(b, (c, i) => (i === 0 ? upperB(c) : lowerB(c)))],
    ['title', titleBytes],
  ] as const) {
    method(spec, name, (self, args, kwnames) => {
      noArgs(`${q}.${name}`, args, kwnames);
      return make(fn(view(self)));
    });
  }

  for (const [name, fn] of [
    ['isalnum', (b: Uint8Array) => allBytes(b, (c) => isAlphaB(c) || isDigitB(c))],
    ['isalpha', (b: Uint8Array) => allBytes(b, isAlphaB)],
    ['isascii', (b: Uint8Array) => b.every((c) => c < 0x80)],
    ['isdigit', (b: Uint8Array) => allBytes(b, isDigitB)],
    ['isspace', (b: Uint8Array) => allBytes(b, isSpaceB)],
    ['islower', (b: Uint8Array) => caseCheck(b, isLowerB, isUpperB)],
    ['isupper', (b: Uint8Array) => caseCheck(b, isUpperB, isLowerB)],
    ['istitle', isTitleBytes],
  ] as const) {
    method(spec, name, (self, args, kwnames) => {
      noArgs(`${q}.${name}`, args, kwnames);
      return boolRef(fn(view(self)));
    });
  }

  // searching
  const searchArgs = (name: string, self: Ref, args: Ref[], kwnames: string[] | null) => {
    tupleArgs(name, args, kwnames, 1, 3);
    const sub = subArg(args[0]);
    const s = latin1(view(self));
    const [start, end] = adjustIndices(sliceBound(args[1]) ?? 0, sliceBound(args[2]), s.length);
    return [s, sub, start, end] as const;
  };
  for (const name of ['find', 'index', 'rfind', 'rindex'] as const) {
    method(spec, name, (self, args, kwnames) => {
      const [s, sub, start, end] = searchArgs(name, self, args, kwnames);
      const find = name[0] === 'r' ? rfindIn : findIn;
      const i = find(s, sub, start, end, s.length, false);
      if (i < 0 && name.endsWith('index')) throw raise(T.ValueError, 'subsection not found');
      return newInt(i);
    });
  }
  method(spec, 'count', (self, args, kwnames) => {
    const [s, sub, start, end] = searchArgs('count', self, args, kwnames);
    return newInt(countIn(s, sub, start, end, s.length, false));
  });
  for (const name of ['startswith', 'endswith'] as const) {
    method(spec, name, (self, args, kwnames) => {
      tupleArgs(name, args, kwnames, 1, 3);
      const s = latin1(view(self));
      const [start, end] = adjustIndices(sliceBound(args[1]) ?? 0, sliceBound(args[2]), s.length);
      const atEnd = name === 'endswith';
      const p = args[0];
      if (isTuple(p)) {
        for (let i = 0; i < tupleLen(p); i++) {
          if (tailMatch(s, latin1(bufferArg(tupleItem(p, i))), start, end, s.length, false, atEnd)) return S.True;
        }
        return S.False;
      }
      const b = bufferOrNull(p);
      if (b === null) {
        throw raise(T.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOfObj(p)}`);
      }
      return boolRef(tailMatch(s, latin1(b), start, end, s.length, false, atEnd));
    });
  }

  // split, join, partition
  for (const name of ['split', 'rsplit'] as const) {
    method(spec, name, (self, args, kwnames) => {
      const [sepRef, maxRef] = kwArgs(name, ['sep', 'maxsplit'], args, kwnames);
      const maxsplit = maxRef === 0 ? -1 : ssizeArg(maxRef);
      const s = latin1(view(self));
      let parts: string[];
      if (sepRef === 0 || sepRef === S.None) parts = splitWs(s, maxsplit, name === 'rsplit');
      else {
        const sep = latin1(bufferArg(sepRef));
        if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
        parts = name === 'split' ? splitSep(s, sep, maxsplit) : rsplitSep(s, sep, maxsplit);
      }
      return listSteal(parts.map(makeStr));
    });
  }
  method(spec, 'splitlines', (self, args, kwnames) => {
    const [keep] = kwArgs('splitlines', ['keepends'], args, kwnames);
    return listSteal(splitLinesBytes(latin1(view(self)), keep !== 0 && ssizeArg(keep) !== 0).map(makeStr));
  });
  method(spec, 'join', (self, args, kwnames) => {
    const iterable = oneArg(`${q}.join`, args, kwnames);
    const it = getIterOrNull(iterable);
    if (it === 0) throw raise(T.TypeError, 'can only join an iterable');
    const parts: string[] = [];
    try {
      for (let v = iterNext(it), i = 0; v !== 0; v = iterNext(it), i++) {
        try {
          const b = bufferOrNull(v);
          if (b === null) {
            throw raise(T.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeNameOfObj(v)} found`);
          }
          parts.push(latin1(b));
        } finally {
          decref(v);
        }
      }
    } finally {
      decref(it);
    }
    return makeStr(parts.join(latin1(view(self))));
  });
  for (const name of ['partition', 'rpartition'] as const) {
    method(spec, name, (self, args, kwnames) => {
      const sep = latin1(bufferArg(oneArg(`${q}.${name}`, args, kwnames)));
      if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
      const s = latin1(view(self));
      const i = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep);
      if (i < 0) {
        const parts = name === 'partition' ? [s, '', ''] : ['', '', s];
        return tupleSteal(parts.map(makeStr));
      }
      return tupleSteal([s.slice(0, i), sep, s.slice(i + sep.length)].map(makeStr));
    });
  }

  // replace, strip, affixes, padding
  method(spec, 'replace', (self, args, kwnames) => {
    posArgs('replace', args, kwnames, 2, 3);
    const old = latin1(bufferArg(args[0]));
    const rep = latin1(bufferArg(args[1]));
    const count = args.length > 2 ? ssizeArg(args[2]) : -1;
    return makeStr(replaceText(latin1(view(self)), old, rep, count));
  });
  for (const [name, which] of [['strip', 3], ['lstrip', 1], ['rstrip', 2]] as const) {
    method(spec, name, (self, args, kwnames) => {
      posArgs(name, args, kwnames, 0, 1);
      const chars = args.length === 0 || args[0] === S.None ? null : bufferArg(args[0]).slice();
      const b = view(self);
      const [i, j] = stripBytes(b, chars, which);
      return i === 0 && j === b.length ? same(self) : make(b.subarray(i, j));
    });
  }
  for (const name of ['removeprefix', 'removesuffix'] as const) {
    method(spec, name, (self, args, kwnames) => {
      const affix = latin1(bufferArg(oneArg(`${q}.${name}`, args, kwnames)));
      const s = latin1(view(self));
      if (affix.length > 0) {
        if (name === 'removeprefix' && s.startsWith(affix)) return makeStr(s.slice(affix.length));
        if (name === 'removesuffix' && s.endsWith(affix)) return makeStr(s.slice(0, s.length - affix.length));
      }
      return same(self);
    });
  }
  for (const [name, align] of [['center', 'c'], ['ljust', 'l'], ['rjust', 'r']] as const) {
    method(spec, name, (self, args, kwnames) => {
      posArgs(name, args, kwnames, 1, 2);
      const width = ssizeArg(args[0]);
      let fill = ' ';
      if (args.length > 1) {
        const f = isBytesLike(args[1]) ? bufferOrNull(args[1]) : null;
        if (f === null || f.length !== 1) {
          const tn = typeNameOfObj(args[1]);
          throw raise(T.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${tn}`);
        }
        fill = String.fromCharCode(f[0]);
      }
      const b = view(self);
      if (width <= b.length) return same(self);
      return makeStr(padText(latin1(b), b.length, width, fill, align));
    });
  }
  method(spec, 'zfill', (self, args, kwnames) => {
    const width = ssizeArg(oneArg(`${q}.zfill`, args, kwnames));
    const b = view(self);
    if (width <= b.length) return same(self);
    return makeStr(zfillText(latin1(b), b.length, width));
  });
  method(spec, 'expandtabs', (self, args, kwnames) => {
    const [tab] = kwArgs('expandtabs', ['tabsize'], args, kwnames);
    return makeStr(expandTabs(latin1(view(self)), tab === 0 ? 8 : ssizeArg(tab)));
  });

  // translate, maketrans, hex, fromhex, decode
  method(spec, 'translate', (self, args, kwnames) => {
    const [table, del] = kwArgs('translate', ['table', 'delete'], args, kwnames);
    if (kwnames !== null && kwnames.includes('table')) {
      throw raise(T.TypeError, 'translate() takes no keyword argument \'table\'');
    }
    if (table === 0) throw raise(T.TypeError, 'translate() takes at least 1 argument (0 given)');
    let map: Uint8Array | null = null;
    if (table !== S.None) {
      map = bufferArg(table).slice();
      if (map.length !== 256) throw raise(T.ValueError, 'translation table must be 256 characters long');
    }
    const drop = del === 0 ? null : bufferArg(del).slice();
    const b = view(self);
    const out: number[] = [];
    for (const c of b) {
      if (drop !== null && drop.includes(c)) continue;
      out.push(map === null ? c : map[c]);
    }
    return make(Uint8Array.from(out));
  });
  staticMethod(spec, 'maketrans', (_self, args, kwnames) => {
    posArgs('maketrans', args, kwnames, 2, 2);
    const frm = bufferArg(args[0]).slice();
    const to = bufferArg(args[1]).slice();
    if (frm.length !== to.length) throw raise(T.ValueError, 'maketrans arguments must have same length');
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
    return newBytes(table);
  });
  method(spec, 'hex', (self, args, kwnames) => {
    const [sep, per] = hexArgs('hex', args, kwnames);
    return newStr(hexOf(view(self), sep, per));
  });
  classMethod(spec, 'fromhex', (cls, args, kwnames) => {
    const a = oneArg(`${q}.fromhex`, args, kwnames);
    if (!isStr(a)) throw raise(T.TypeError, `fromhex() argument must be str, not ${typeNameOfObj(a)}`);
    const data = fromHex(strValue(a));
    const r = make(data);
    if (cls === T.bytes || cls === T.bytearray) return r;
    try {
      return call(cls, [r], null);
    } finally {
      decref(r);
    }
  });
  method(spec, 'decode', (self, args, kwnames) => {
    const [enc, errs] = kwArgs('decode', ['encoding', 'errors'], args, kwnames);
    const encoding = enc === 0 ? 'utf-8' : strParam('decode', 'encoding', enc);
    const errors = errs === 0 ? 'strict' : strParam('decode', 'errors', errs);
    return newStr(decodeBytes(view(self), encoding, errors));
  });
  if (kind.name === 'bytes') method(spec, '__getnewargs__', (self) => tupleSteal([newBytes(view(self))]));
}


/** bytes(x)/bytearray(x) argument conversion; `kind` names the type in messages. */
export function bytesSourceData(kind: 'bytes' | 'bytearray', x: Ref, enc: Ref, errs: Ref): Uint8Array {
  if (x === 0) {
    if (enc !== 0) throw raise(T.TypeError, 'encoding without a string argument');
    if (errs !== 0) throw raise(T.TypeError, 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (enc !== 0 || errs !== 0) {
    if (!isStr(x)) {
      throw raise(T.TypeError, enc !== 0 ? 'encoding without a string argument' : 'errors without a string argument');
    }
    if (enc === 0) throw raise(T.TypeError, 'string argument without an encoding');
    const encoding = strParam(kind, 'encoding', enc);
    const errors = errs === 0 ? 'strict' : strParam(kind, 'errors', errs);
    return encodeText(strValue(x), encoding, errors);
  }
  if (isStr(x)) throw raise(T.TypeError, 'string argument without an encoding');
  if (kind === 'bytes') {
    const r = callDunder(x, N.__bytes__, []);
    if (r !== 0) {
      try {
        if (layoutOf(r) !== Layout.Bytes) {
          throw raise(T.TypeError, `__bytes__ returned non-bytes (type ${typeNameOfObj(r)})`);
        }
        return bufferOrNull(r)!.slice();
      } finally {
        decref(r);
      }
    }
  }
  if (hasIndex(x) && bufferOrNull(x) === null) {
    const n = ssizeArg(x);
    if (n < 0) throw raise(T.ValueError, 'negative count');
    if (n > 0x7fffffff) throw raise(T.MemoryError);
    return new Uint8Array(n);
  }
  return bytesFromIterable(x, `cannot convert '${typeNameOfObj(x)}' object to ${kind}`, kind);
}

/** Is r a bytes or bytearray (or subclass) instance? */
export function isBytesLike(r: Ref): boolean {
  const lay = layoutOf(r);
  return lay === Layout.Bytes || lay === Layout.ByteArray;
}
