// bytes: slots, dunder methods, the constructor and the iterator. The methods bytes shares with bytearray
// are in bytes_common.ts.

import { I32, U8 } from '../heap/heap';
import { BytesObj, IterObj, Layout, Obj, TypeFlag } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T, typeOf, layoutOf } from './core';
import { allocBytes, bytesSpec, bytesLen, bytesOffset, newBytes } from './bytes';
import { newStr } from './str';
import { BinOp, CompareOp, defineType, method, staticMethod } from './typespec';
import { lookupType, isSubtype, isType, typeNameOf } from './type';
import { N, typeNameOfObj, indexValue } from './abstract';
import { boolRef, isInt, newInt } from './int';
import { hashString, setHashHi } from './hash';
import { reprBytes } from '../text/str_repr';
import { isSlice, sliceIndices } from './slice';
import {
  bufferOrNull, byteValue, bytesPercent, bytesSourceData, compareBytes, installBytesLikeMethods, latin1, subArg,
} from './bytes_common';
import { kwArgs, otherHandles, repeatCountArg } from './text_args';

export { bufferOrNull };

const HASHED = 1; // BytesObj.Flags bit

function exactBytes(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.bytes;
}

function data(r: Ref): Uint8Array {
  const off = bytesOffset(r);
  return U8.subarray(off, off + bytesLen(r));
}

/** Hash of a byte string (need not be CPython's, which is randomized); memoryview uses it too. */
export function hashBytes(b: Uint8Array): number {
  return hashString(latin1(b));
}

function bytesHash(r: Ref): number {
  if (I32[r + BytesObj.Flags] & HASHED) {
    const h = I32[r + BytesObj.Hash];
    setHashHi(h < 0 ? -1 : 0);
    return h;
  }
  const h = hashBytes(data(r));
  I32[r + BytesObj.Hash] = h;
  I32[r + BytesObj.Flags] |= HASHED;
  return h;
}

function bytesCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (layoutOf(a) !== Layout.Bytes || layoutOf(b) !== Layout.Bytes) return newref(S.NotImplemented);
  const c = compareBytes(data(a), data(b));
  switch (op) {
    case CompareOp.Eq: return boolRef(c === 0);
    case CompareOp.Ne: return boolRef(c !== 0);
    case CompareOp.Lt: return boolRef(c < 0);
    case CompareOp.Le: return boolRef(c <= 0);
    case CompareOp.Gt: return boolRef(c > 0);
    default: return boolRef(c >= 0);
  }
}

function bytesItem(r: Ref, i: number): Ref {
  const n = bytesLen(r);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'index out of range');
  return newInt(U8[bytesOffset(r) + i]);
}

/** Items and slices of a byte sequence (bytes and, through `make`, bytearray and memoryview). */
export function sliceOfBytes(b: Uint8Array, slice: Ref): Uint8Array {
  const [start, , step, count] = sliceIndices(slice, b.length);
  if (count <= 0) return new Uint8Array(0);
  if (step === 1) return b.subarray(start, start + count);
  const out = new Uint8Array(count);
  for (let k = 0, i = start; k < count; k++, i += step) out[k] = b[i];
  return out;
}

function bytesGetItem(r: Ref, key: Ref): Ref {
  if ((key & 1) === 1) return bytesItem(r, key >> 1);
  if (isSlice(key)) {
    const b = data(r);
    const s = sliceOfBytes(b, key);
    // the whole object, unchanged (a step-1 slice is a subarray of the data)
    const whole = s.length === b.length && s.buffer === b.buffer && s.byteOffset === b.byteOffset;
    if (whole && exactBytes(r)) return newref(r);
    return newBytes(s);
  }
  if (!isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, `byte indices must be integers or slices, not ${typeNameOfObj(key)}`);
  }
  return bytesItem(r, indexValue(key));
}

/** `x in b` for bytes and bytearray. */
export function bytesContains(b: Uint8Array, key: Ref): boolean {
  if (bufferOrNull(key) === null && !isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOfObj(key)}'`);
  }
  const sub = subArg(key);
  return latin1(b).includes(sub);
}

/** How many times `seq * n` repeats, or null when n has no __index__ (the caller decides the error). */
export function repeatCountOf(n: Ref): number | null {
  if ((n & 1) === 1) return n >> 1;
  if (!isInt(n) && lookupType(typeOf(n), N.__index__) === 0) return null;
  return repeatCountArg(n);
}

/** b * n; `kind` words the overflow error as CPython does for bytes (bytearray just runs out of memory). */
export function repeatBytes(b: Uint8Array, n: number, kind: 'bytes' | 'bytearray' = 'bytes'): Uint8Array {
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * n >= 2 ** 63 && kind === 'bytes') throw raise(T.OverflowError, 'repeated bytes are too long');
  if (b.length * n > 0x7fffffff) throw raise(T.MemoryError);
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function bytesBinop(op: BinOp, a: Ref, b: Ref): Ref {
  const aIsBytes = layoutOf(a) === Layout.Bytes;
  switch (op) {
    case BinOp.Add: {
      if (!aIsBytes) return newref(S.NotImplemented);
      const other = bufferOrNull(b);
      if (other === null) {
        if (otherHandles(b, N.__radd__)) return newref(S.NotImplemented);
        throw raise(T.TypeError, `can't concat ${typeNameOfObj(b)} to bytes`);
      }
      if (other.length === 0 && exactBytes(a)) return newref(a);
      return newBytes(concatBytes(data(a), other));
    }
    case BinOp.Mul: {
      const [seq, n] = aIsBytes ? [a, b] : [b, a];
      if (layoutOf(seq) !== Layout.Bytes) return newref(S.NotImplemented);
      const count = repeatCountOf(n);
      if (count === null) {
        if (otherHandles(n, seq === a ? N.__rmul__ : N.__mul__)) return newref(S.NotImplemented);
        throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(n)}'`);
      }
      if (count === 1 && exactBytes(seq)) return newref(seq);
      return newBytes(repeatBytes(data(seq), count));
    }
    case BinOp.Mod:
      return aIsBytes ? newBytes(bytesPercent(data(a), b)) : newref(S.NotImplemented);
  }
  return newref(S.NotImplemented);
}

// ---- iterator --------------------------------------------------------------------------------------------

export const bytesIterSpec = defineType({
  name: 'bytes_iterator', key: 'bytes_iterator', layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: { iter: (it) => newref(it), next: bytesIterNext },
});

function newBytesIter(b: Ref): Ref {
  const it = allocObject(T.bytes_iterator, IterObj.Size);
  I32[it + IterObj.Source] = newref(b);
  return it;
}

export function bytesIterNext(it: Ref): Ref {
  const b = I32[it + IterObj.Source];
  if (b === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i < bytesLen(b)) {
    I32[it + IterObj.Index] = i + 1;
    return newInt(U8[bytesOffset(b) + i]);
  }
  I32[it + IterObj.Source] = 0;
  decref(b);
  return 0;
}

method(bytesIterSpec, '__next__', (self) => {
  const v = bytesIterNext(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(bytesIterSpec, '__iter__', (self) => newref(self));
method(bytesIterSpec, '__length_hint__', (self) => {
  const b = I32[self + IterObj.Source];
  return newInt(b === 0 ? 0 : Math.max(0, bytesLen(b) - I32[self + IterObj.Index]));
});

// ---- construction ----------------------------------------------------------------------------------------

function bytesNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const [x, enc, errs] = kwArgs('bytes', ['source', 'encoding', 'errors'], args, kwnames);
  if (type === T.bytes && x !== 0 && enc === 0 && errs === 0 && exactBytes(x)) return newref(x);
  const d = bytesSourceData('bytes', x, enc, errs);
  if (type === T.bytes) return newBytes(d);
  const r = allocBytes(d.length, type);
  U8.set(d, bytesOffset(r));
  return r;
}

// ---- slots and dunders -------------------------------------------------------------------------------------

const slots = bytesSpec.slots;
slots.repr = (r) => newStr(reprBytes(data(r)));
slots.str = slots.repr;
slots.hash = bytesHash;
slots.compare = bytesCompare;
slots.len = bytesLen;
slots.getitem = bytesGetItem;
slots.contains = (r, key) => bytesContains(data(r), key);
slots.iter = newBytesIter;
slots.binop = bytesBinop;
slots.new = bytesNew;
bytesSpec.flags |= TypeFlag.BaseType;

installBytesLikeMethods(bytesSpec, { name: 'bytes', make: (d) => newBytes(d) });

staticMethod(bytesSpec, '__new__', (_self, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw raise(T.TypeError, 'bytes.__new__(): not enough arguments');
  const cls = args[0];
  if (!isType(cls)) throw raise(T.TypeError, `bytes.__new__(X): X is not a type object (${typeNameOfObj(cls)})`);
  if (!isSubtype(cls, T.bytes)) {
    throw raise(T.TypeError, `bytes.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of bytes`);
  }
  return bytesNew(cls, args.slice(1), kwnames);
});

function dunder(name: string, fn: (self: Ref, arg: Ref) => Ref): void {
  method(bytesSpec, name, (self, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
      throw raise(T.TypeError, `expected 1 argument, got ${args.length}`);
    }
    return fn(self, args[0]);
  });
}

method(bytesSpec, '__repr__', (self) => slots.repr!(self));
method(bytesSpec, '__str__', (self) => slots.repr!(self));
method(bytesSpec, '__hash__', (self) => newInt(bytesHash(self)));
method(bytesSpec, '__len__', (self) => newInt(bytesLen(self)));
method(bytesSpec, '__iter__', (self) => newBytesIter(self));
method(bytesSpec, '__bytes__', (self) => (exactBytes(self) ? newref(self) : newBytes(data(self))));
dunder('__getitem__', bytesGetItem);
dunder('__contains__', (self, key) => boolRef(bytesContains(data(self), key)));
dunder('__add__', (self, other) => {
  const b = bufferOrNull(other);
  if (b === null) throw raise(T.TypeError, `can't concat ${typeNameOfObj(other)} to bytes`);
  return newBytes(concatBytes(data(self), b));
});
for (const name of ['__mul__', '__rmul__']) {
  dunder(name, (self, n) => {
    const count = repeatCountOf(n);
    if (count === null) throw raise(T.TypeError, `'${typeNameOfObj(n)}' object cannot be interpreted as an integer`);
    return newBytes(repeatBytes(data(self), count));
  });
}
dunder('__mod__', (self, args) => newBytes(bytesPercent(data(self), args)));
dunder('__rmod__', () => newref(S.NotImplemented));
for (const [name, op] of [['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le], ['__eq__', CompareOp.Eq],
  ['__ne__', CompareOp.Ne], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]] as const) {
  dunder(name, (self, other) => bytesCompare(self, other, op));
}
method(bytesSpec, '__sizeof__', (self) => newInt(33 + bytesLen(self)));

export { byteValue };
