// array.array, a typed, resizable sequence of C numbers (or 'u' characters): the type, its storage and its
// sequence protocol. The named methods and the module are in array.ts.
//
// Storage reuses bytearray's layout (ByteArrayObj: a byte length, a capacity and a raw block, plus an export
// count) and adds one word for the typecode. Sharing the layout gives arrays the buffer protocol for free:
// bytes(a), memoryview(a), struct.unpack(fmt, a), b'' + a and file writes see their bytes, as in CPython.
// Items are stored little-endian with the sizes of CPython on x86-64 Linux (long = 8, wchar_t = 4).

import { I32, U8 } from '../heap/heap';
import { Block, ByteArrayObj, IterObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T, typeOf } from '../objects/core';
import { BinOp, CompareOp, defineType, method, staticMethod } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { newInt, newBigInt, intToBigInt, isInt, boolRef } from '../objects/int';
import { newFloat } from '../objects/float';
import { isStr, newStr, strValue } from '../objects/str';
import { bufferArg } from '../objects/bytes_common';
import { byteArrayResize } from '../objects/bytearray';
import { isSlice, sliceIndices } from '../objects/slice';
import { isSubtype, isType, lookupType, typeNameOf } from '../objects/type';
import {
  index, iterNext, getIter, N, richCompareBool, richEq, reprJs, typeNameOfObj,
} from '../objects/abstract';
import {
  ItemValue, ITEM_SIZES, TYPECODES, convertItem, isFloatCode, readItem, writeItem,
} from './array_items';

/** array.array instances: bytearray's words, then the typecode. (A subclass's __dict__ follows.) */
const enum ArrayObj {
  Typecode = ByteArrayObj.Size, // the typecode's char code as a tagged int (so bytearray's clearer may "decref" it)
  Size = ByteArrayObj.Size + 1,
}

export const arraySpec = defineType({
  name: 'array', layout: Layout.ByteArray, basicWords: ArrayObj.Size, module: 'array', flags: TypeFlag.BaseType,
  doc: 'array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode.',
});
arraySpec.attrs.push(['__hash__', () => S.None]);

const arrayType = () => specTypeRef('array');

export function isArray(r: Ref): boolean {
  return (r & 1) === 0 && isSubtype(I32[r + Obj.Type], arrayType());
}

// ---- storage ------------------------------------------------------------------------------------------

function typecode(a: Ref): string {
  return String.fromCharCode(I32[a + ArrayObj.Typecode] >> 1);
}

function itemSize(a: Ref): number {
  return ITEM_SIZES[typecode(a)];
}

function count(a: Ref): number {
  return I32[a + ByteArrayObj.Length] / itemSize(a);
}

/** The item bytes (a view into the heap, invalid after a resize or an allocation that moves nothing… copy
 * before running Python code). */
function bytesOf(a: Ref): Uint8Array {
  const raw = I32[a + ByteArrayObj.Buffer];
  if (raw === 0) return U8.subarray(0, 0);
  const off = (raw + Block.RawHeaderWords) * 4;
  return U8.subarray(off, off + I32[a + ByteArrayObj.Length]);
}

function resize(a: Ref, items: number): void {
  const bytes = items * itemSize(a);
  if (bytes !== I32[a + ByteArrayObj.Length] && I32[a + ByteArrayObj.Exports] > 0) {
    throw raise(T.BufferError, 'cannot resize an array that is exporting buffers');
  }
  byteArrayResize(a, bytes);
}

function newArray(type: Ref, tc: string, items = 0): Ref {
  const a = allocObject(type, type === arrayType() ? ArrayObj.Size : I32[type + TypeObj.BasicWords]);
  I32[a + ArrayObj.Typecode] = (tc.charCodeAt(0) << 1) | 1;
  if (items > 0) byteArrayResize(a, items * ITEM_SIZES[tc]);
  return a;
}

/** A new array of a's typecode holding the given bytes. */
function arrayOfBytes(tc: string, data: Uint8Array): Ref {
  const a = newArray(arrayType(), tc);
  if (data.length > 0) {
    byteArrayResize(a, data.length);
    bytesOf(a).set(data);
  }
  return a;
}

function getItemAt(a: Ref, i: number): Ref {
  return itemObject(typecode(a), readItem(typecode(a), bytesOf(a), i * itemSize(a)));
}

function itemObject(tc: string, v: ItemValue): Ref {
  if (tc === 'u') return newStr(String.fromCodePoint(v as number));
  if (typeof v === 'bigint') return newBigInt(v);
  return isFloatCode(tc) ? newFloat(v) : newInt(v);
}

function setItemAt(a: Ref, i: number, v: Ref): void {
  const x = convertItem(typecode(a), v); // may run Python code: convert before touching the buffer
  writeItem(typecode(a), bytesOf(a), i * itemSize(a), x);
}

function append(a: Ref, v: Ref): void {
  const x = convertItem(typecode(a), v);
  const n = count(a);
  resize(a, n + 1);
  writeItem(typecode(a), bytesOf(a), n * itemSize(a), x);
}

function appendBytes(a: Ref, data: Uint8Array): void {
  const copy = data.slice(); // data may be a's own buffer
  const old = I32[a + ByteArrayObj.Length];
  resize(a, (old + copy.length) / itemSize(a));
  bytesOf(a).set(copy, old);
}

function items(a: Ref): Ref[] {
  const n = count(a);
  const out: Ref[] = [];
  for (let i = 0; i < n; i++) out.push(getItemAt(a, i));
  return out;
}

// ---- construction ---------------------------------------------------------------------------------------

function checkTypecode(r: Ref, what: string): string {
  if (!isStr(r) || strValue(r).length !== 1 && [...strValue(r)].length !== 1) {
    throw raise(T.TypeError, `${what} must be a unicode character, not ${typeNameOfObj(r)}`);
  }
  const tc = strValue(r);
  if (!TYPECODES.includes(tc)) {
    throw raise(T.ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  }
  return tc;
}

function arrayNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0 && type === arrayType()) {
    throw raise(T.TypeError, 'array.array() takes no keyword arguments');
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1 || npos > 2) {
    throw raise(T.TypeError, `array() takes at ${npos < 1 ? 'least 1 argument' : 'most 2 arguments'} (${npos} given)`);
  }
  const tc = checkTypecode(args[0], 'array() argument 1');
  const init = npos === 2 ? args[1] : 0;
  if (init !== 0 && isArray(init) && typecode(init) === 'u' && tc !== 'u') {
    throw raise(T.TypeError, `cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  if (init !== 0 && isStr(init) && tc !== 'u') {
    throw raise(T.TypeError, `cannot use a str to initialize an array with typecode '${tc}'`);
  }
  const a = newArray(type, tc);
  try {
    if (init === 0) return a;
    if (isStr(init)) appendUnicode(a, strValue(init));
    else if (isSubtype(typeOf(init), T.bytes) || isSubtype(typeOf(init), T.bytearray)) fromBytes(a, init);
    else if (isArray(init) && typecode(init) === tc) appendBytes(a, bytesOf(init));
    else extendIterable(a, init);
    return a;
  } catch (e) {
    decref(a);
    throw e;
  }
}
arraySpec.slots.new = arrayNew;

staticMethod(arraySpec, '__new__', (_self, args, kwnames) => {
  if (args.length === 0 || !isType(args[0])) throw raise(T.TypeError, 'array.__new__(X): X is not a type object');
  if (!isSubtype(args[0], arrayType())) {
    throw raise(T.TypeError, `array.__new__(${typeNameOf(args[0])}): ${typeNameOf(args[0])} is not a subtype of array.array`);
  }
  return arrayNew(args[0], args.slice(1), kwnames);
});

function extendIterable(a: Ref, iterable: Ref): void {
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      try {
        append(a, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

function fromBytes(a: Ref, b: Ref): void {
  const data = bufferArg(b);
  if (data.length % itemSize(a) !== 0) throw raise(T.ValueError, 'bytes length not a multiple of item size');
  appendBytes(a, data);
}

function appendUnicode(a: Ref, s: string): void {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const n = count(a);
  resize(a, n + cps.length);
  const data = bytesOf(a);
  cps.forEach((cp, k) => writeItem('u', data, (n + k) * 4, cp));
}

// ---- sequence protocol ----------------------------------------------------------------------------------

function indexArg(key: Ref): number {
  if (!isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, 'array indices must be integers');
  }
  const i = index(key);
  const v = intToBigInt(i);
  decref(i);
  if (v < -(2n ** 63n) || v >= 2n ** 63n) throw raise(T.IndexError, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

function arrayGetItem(a: Ref, key: Ref): Ref {
  const n = count(a);
  if (isSlice(key)) {
    const [start, , step, len] = sliceIndices(key, n);
    const size = itemSize(a);
    const src = bytesOf(a);
    const out = new Uint8Array(len * size);
    for (let k = 0; k < len; k++) {
      const at = (start + k * step) * size;
      out.set(src.subarray(at, at + size), k * size);
    }
    const r = newArray(arrayType(), typecode(a));
    appendBytes(r, out);
    return r;
  }
  let i = indexArg(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'array index out of range');
  return getItemAt(a, i);
}

function arraySetItem(a: Ref, key: Ref, value: Ref): void {
  const n = count(a);
  if (isSlice(key)) return setSlice(a, key, value);
  let i = indexArg(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'array assignment index out of range');
  setItemAt(a, i, value);
}

/** a[slice] = value (an array of the same typecode), or del a[slice] when value is 0. */
function setSlice(a: Ref, key: Ref, value: Ref): void {
  let data: Uint8Array;
  if (value === 0) data = new Uint8Array(0);
  else if (!isArray(value)) {
    throw raise(T.TypeError, `can only assign array (not "${typeNameOfObj(value)}") to array slice`);
  } else if (typecode(value) !== typecode(a)) {
    throw raise(T.TypeError, 'bad argument type for built-in operation');
  } else data = bytesOf(value).slice();
  const size = itemSize(a);
  const n = count(a);
  const m = data.length / size;
  const [start, stop, step, len] = sliceIndices(key, n);
  if (step === 1) {
    // replace items [start, stop) with the m new ones
    const end = Math.max(start, stop);
    const old = bytesOf(a).slice();
    resize(a, n - (end - start) + m);
    const dst = bytesOf(a);
    dst.set(data, start * size);
    dst.set(old.subarray(end * size), (start + m) * size);
    return;
  }
  if (value === 0) {
    // delete every step-th item: keep the others in order
    const old = bytesOf(a).slice();
    const drop = new Set<number>();
    for (let k = 0; k < len; k++) drop.add(start + k * step);
    const kept = new Uint8Array((n - len) * size);
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (drop.has(i)) continue;
      kept.set(old.subarray(i * size, (i + 1) * size), w);
      w += size;
    }
    resize(a, n - len);
    bytesOf(a).set(kept);
    return;
  }
  if (m !== len) {
    throw raise(T.ValueError, `attempt to assign array of size ${m} to extended slice of size ${len}`);
  }
  const dst = bytesOf(a);
  for (let k = 0; k < len; k++) dst.set(data.subarray(k * size, (k + 1) * size), (start + k * step) * size);
}

function arrayDelItem(a: Ref, key: Ref): void {
  if (isSlice(key)) return setSlice(a, key, 0);
  const n = count(a);
  let i = indexArg(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'array assignment index out of range');
  removeAt(a, i);
}

function removeAt(a: Ref, i: number): void {
  const size = itemSize(a);
  const n = count(a);
  const data = bytesOf(a);
  data.copyWithin(i * size, (i + 1) * size, n * size);
  resize(a, n - 1);
}

function findItem(a: Ref, v: Ref, start = 0, stop = Infinity): number {
  const n = count(a);
  for (let i = start; i < Math.min(stop, count(a), n); i++) {
    const item = getItemAt(a, i);
    try {
      if (richEq(item, v)) return i;
    } finally {
      decref(item);
    }
  }
  return -1;
}

function arrayRepr(a: Ref): Ref {
  const tc = typecode(a);
  const name = typeNameOfObj(a); // a subclass shows its own name
  if (count(a) === 0) return newStr(`${name}('${tc}')`);
  let body: string;
  if (tc === 'u') {
    const s = newStr(unicodeOf(a));
    try {
      body = reprJs(s);
    } finally {
      decref(s);
    }
  } else {
    const parts: string[] = [];
    for (const item of items(a)) {
      try {
        parts.push(reprJs(item));
      } finally {
        decref(item);
      }
    }
    body = `[${parts.join(', ')}]`;
  }
  return newStr(`${name}('${tc}', ${body})`);
}

function unicodeOf(a: Ref): string {
  const n = count(a);
  const data = bytesOf(a);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCodePoint(readItem('u', data, i * 4) as number);
  return s;
}

function arrayCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isArray(a) || !isArray(b)) return newref(S.NotImplemented);
  const na = count(a), nb = count(b);
  if (na !== nb && (op === CompareOp.Eq || op === CompareOp.Ne)) return boolRef(op === CompareOp.Ne);
  // the first position where the items differ decides; else the lengths do
  for (let i = 0; i < Math.min(na, nb, count(a), count(b)); i++) {
    const x = getItemAt(a, i), y = getItemAt(b, i);
    try {
      if (richEq(x, y)) continue;
      if (op === CompareOp.Eq) return newref(S.False);
      if (op === CompareOp.Ne) return newref(S.True);
      return boolRef(richCompareBool(x, y, op));
    } finally {
      decref(x);
      decref(y);
    }
  }
  const c = na - nb;
  const results = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0];
  return boolRef(results[op]);
}

function repeatCount(n: Ref): number | null {
  if (!isInt(n) && lookupType(typeOf(n), N.__index__) === 0) return null;
  const i = index(n);
  const v = intToBigInt(i);
  decref(i);
  return v < 0n ? 0 : Number(v);
}

function repeat(a: Ref, n: number): Ref {
  const data = bytesOf(a);
  if (n > 0 && data.length * n > 2 ** 31) throw raise(T.MemoryError);
  const out = new Uint8Array(data.length * n);
  for (let k = 0; k < n; k++) out.set(data, k * data.length);
  return arrayOfBytes(typecode(a), out);
}

/**
 * Does a user class give `other` its own reflected operator? CPython tries numeric operators before the
 * sequence ones (array's + and * are sequence operators), so only such a class gets a chance first.
 */
function userReflects(other: Ref, name: Ref): boolean {
  const t = typeOf(other);
  return (I32[t + TypeObj.Flags] & TypeFlag.HeapType) !== 0 && lookupType(t, name) !== 0;
}

function arrayBinop(op: BinOp, a: Ref, b: Ref): Ref {
  if (op === BinOp.Add) {
    if (!isArray(a)) return newref(S.NotImplemented);
    if (!isArray(b)) {
      if (userReflects(b, N.__radd__)) return newref(S.NotImplemented);
      throw raise(T.TypeError, `can only append array (not "${typeNameOfObj(b)}") to array`);
    }
    if (typecode(a) !== typecode(b)) throw raise(T.TypeError, 'bad argument type for built-in operation');
    const da = bytesOf(a), db = bytesOf(b);
    const out = new Uint8Array(da.length + db.length);
    out.set(da);
    out.set(db, da.length);
    return arrayOfBytes(typecode(a), out);
  }
  if (op === BinOp.Mul) {
    const [seq, n] = isArray(a) ? [a, b] : [b, a];
    const times = repeatCount(n);
    if (times === null) {
      if (userReflects(n, isArray(a) ? N.__rmul__ : N.__mul__)) return newref(S.NotImplemented);
      throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(n)}'`);
    }
    return repeat(seq, times);
  }
  return newref(S.NotImplemented);
}

function arrayInplace(op: BinOp, a: Ref, b: Ref): Ref {
  if (op === BinOp.Add) {
    if (!isArray(b)) throw raise(T.TypeError, `can only extend array with array (not "${typeNameOfObj(b)}")`);
    extendArray(a, b);
    return newref(a);
  }
  if (op === BinOp.Mul) {
    const times = repeatCount(b);
    if (times === null) throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(b)}'`);
    const data = bytesOf(a).slice();
    resize(a, count(a) * times);
    const dst = bytesOf(a);
    for (let k = 0; k < times; k++) dst.set(data, k * data.length);
    return newref(a);
  }
  return newref(S.NotImplemented);
}

function extendArray(a: Ref, b: Ref): void {
  if (typecode(a) !== typecode(b)) throw raise(T.TypeError, 'can only extend with array of same kind');
  appendBytes(a, bytesOf(b));
}

// ---- the iterator ---------------------------------------------------------------------------------------

export const arrayIterSpec = defineType({
  name: 'arrayiterator', layout: Layout.Iterator, basicWords: IterObj.Size, module: 'array',
  slots: { iter: (it) => newref(it), next: arrayIterNext },
});

function arrayIterNext(it: Ref): Ref {
  const a = I32[it + IterObj.Source];
  if (a === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i >= count(a)) {
    I32[it + IterObj.Source] = 0;
    decref(a);
    return 0;
  }
  I32[it + IterObj.Index] = i + 1;
  return getItemAt(a, i);
}
method(arrayIterSpec, '__iter__', (self) => newref(self));
method(arrayIterSpec, '__next__', (self) => {
  const v = arrayIterNext(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});

function arrayIter(a: Ref): Ref {
  const it = allocObject(specTypeRef('arrayiterator'), IterObj.Size);
  I32[it + IterObj.Source] = newref(a);
  return it;
}

Object.assign(arraySpec.slots, {
  hash: () => {
    throw raise(T.TypeError, "unhashable type: 'array.array'");
  },
  repr: arrayRepr,
  len: count,
  getitem: arrayGetItem,
  setitem: arraySetItem,
  delitem: arrayDelItem,
  contains: (a: Ref, v: Ref) => findItem(a, v) >= 0,
  iter: arrayIter,
  compare: arrayCompare,
  binop: arrayBinop,
  inplace: arrayInplace,
});

export {
  typecode, itemSize, count, bytesOf, resize, getItemAt, setItemAt, append, appendBytes, items, fromBytes,
  appendUnicode, unicodeOf, extendIterable, extendArray, findItem, removeAt, indexArg, newArray, arrayOfBytes,
  arrayIter, arrayType, arrayRepr, arrayGetItem, arraySetItem, arrayDelItem, arrayCompare, arrayBinop, arrayInplace,
};
