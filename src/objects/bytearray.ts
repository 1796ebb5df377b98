// bytearray: a mutable byte string. The bytes live in a raw block (ByteArrayObj.Buffer) that grows with
// over-allocation like CPython's; while memoryviews export the buffer it may not be resized (BufferError).
// The methods shared with bytes are registered from bytes_common.ts.

import { I32, U8 } from '../heap/heap';
import { allocRaw, freeBlock, rawCapacity } from '../heap/alloc';
import { Block, ByteArrayObj, IterObj, Layout, TypeFlag, TypeObj } from '../heap/layout';
import { specTypeRef } from './spec_refs';
import {
  allocObject, clearers, decref, newref, raise, rawOwners, Ref, S, T, traversers, typeOf, layoutOf,
} from './core';
import { newStr } from './str';
import { BinOp, CompareOp, defineType, method } from './typespec';
import { lookupType } from './type';
import { getIterOrNull, iterNext, N, typeNameOfObj, indexValue } from './abstract';
import { boolRef, isInt, newInt } from './int';
import { reprBytes } from '../text/str_repr';
import { isSlice, sliceIndices } from './slice';
import {
  bufferOrNull, byteArrayView, byteValue, bytesPercent, bytesSourceData, compareBytes, installBytesLikeMethods,
} from './bytes_common';
import { bytesContains, repeatBytes, repeatCountOf, sliceOfBytes } from './bytes_methods';
import { kwArgs, noArgs, oneArg, otherHandles, posArgs, ssizeArg } from './text_args';

export const bytearraySpec = defineType({
  name: 'bytearray', key: 'bytearray', layout: Layout.ByteArray, basicWords: ByteArrayObj.Size,
  flags: TypeFlag.BaseType,
});
bytearraySpec.attrs.push(['__hash__', () => S.None]);

// ---- storage ------------------------------------------------------------------------------------------------

function dataOffset(r: Ref): number {
  return (I32[r + ByteArrayObj.Buffer] + Block.RawHeaderWords) * 4;
}

export function byteArrayLen(r: Ref): number {
  return I32[r + ByteArrayObj.Length];
}

/** Set the length to n, keeping the first min(old, n) bytes; new bytes are zero. */
export function byteArrayResize(r: Ref, n: number): void {
  const len = I32[r + ByteArrayObj.Length];
  if (n === len) return;
  if (I32[r + ByteArrayObj.Exports] > 0) {
    throw raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
  }
  const cap = I32[r + ByteArrayObj.Capacity];
  if (n > cap || n < cap >> 1) {
    // grow with headroom (amortised appends); shrink when more than half would be unused
    const want = n > cap ? n + (n >> 3) + (n < 9 ? 3 : 6) : n;
    const old = I32[r + ByteArrayObj.Buffer];
    let raw = 0;
    if (want > 0) {
      raw = allocRaw((want + 3) >> 2);
      const dst = (raw + Block.RawHeaderWords) * 4;
      if (old !== 0) U8.copyWithin(dst, dataOffset(r), dataOffset(r) + Math.min(len, n));
      I32[r + ByteArrayObj.Capacity] = rawCapacity(raw) * 4;
    } else {
      I32[r + ByteArrayObj.Capacity] = 0;
    }
    if (old !== 0) freeBlock(old);
    I32[r + ByteArrayObj.Buffer] = raw;
  }
  if (n > len) U8.fill(0, dataOffset(r) + len, dataOffset(r) + n);
  I32[r + ByteArrayObj.Length] = n;
}

/** Replace bytes [start, end) with data (which must not alias the buffer). */
function spliceBytes(r: Ref, start: number, end: number, data: Uint8Array): void {
  const len = byteArrayLen(r);
  const newLen = len - (end - start) + data.length;
  if (newLen > len) {
    byteArrayResize(r, newLen);
    const off = dataOffset(r);
    U8.copyWithin(off + start + data.length, off + end, off + len);
  } else if (newLen < len) {
    if (I32[r + ByteArrayObj.Exports] > 0) {
      throw raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
    }
    const off = dataOffset(r);
    U8.copyWithin(off + start + data.length, off + end, off + len);
    byteArrayResize(r, newLen);
  }
  if (data.length > 0) U8.set(data, dataOffset(r) + start);
}

export function newByteArray(data: Uint8Array, type: Ref = T.bytearray): Ref {
  const r = allocObject(type, type === T.bytearray ? ByteArrayObj.Size : I32[type + TypeObj.BasicWords]);
  if (data.length > 0) {
    byteArrayResize(r, data.length);
    U8.set(data, dataOffset(r));
  }
  return r;
}

function view(r: Ref): Uint8Array {
  return byteArrayView(r);
}

// A bytearray holds no references, only its buffer block. (A subclass instance's __dict__ and __slots__
// words are released by the core's clearHeapTypeFields.)
clearers[Layout.ByteArray] ??= (r) => {
  const raw = I32[r + ByteArrayObj.Buffer];
  I32[r + ByteArrayObj.Buffer] = 0;
  I32[r + ByteArrayObj.Length] = 0;
  if (raw !== 0) freeBlock(raw);
};
rawOwners[Layout.ByteArray] ??= (r, visit) => {
  if (I32[r + ByteArrayObj.Buffer] !== 0) visit(I32[r + ByteArrayObj.Buffer]);
};
traversers[Layout.ByteArray] ??= () => {};

// ---- items -----------------------------------------------------------------------------------------------

function checkIndexType(key: Ref): void {
  if (!isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, `bytearray indices must be integers or slices, not ${typeNameOfObj(key)}`);
  }
}

function position(r: Ref, key: Ref): number {
  const n = byteArrayLen(r);
  let i = (key & 1) === 1 ? key >> 1 : indexValue(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'bytearray index out of range');
  return i;
}

function baGetItem(r: Ref, key: Ref): Ref {
  if (isSlice(key)) return newByteArray(sliceOfBytes(view(r), key));
  checkIndexType(key);
  return newInt(U8[dataOffset(r) + position(r, key)]);
}

/** The bytes assigned to a slice: a buffer or an iterable of ints (never an int). */
function assignedBytes(value: Ref): Uint8Array {
  const b = bufferOrNull(value);
  if (b !== null) return b.slice();
  if (isInt(value) || value === S.None || !isIterable(value)) {
    throw raise(T.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return iterBytes(value);
}

function isIterable(v: Ref): boolean {
  const it = getIterOrNull(v);
  decref(it);
  return it !== 0;
}

function iterBytes(v: Ref): Uint8Array {
  const it = getIterOrNull(v);
  const out: number[] = [];
  try {
    for (let x = iterNext(it); x !== 0; x = iterNext(it)) {
      try {
        out.push(byteValue(x));
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function baSetSlice(r: Ref, slice: Ref, value: Ref): void {
  const data = value === 0 ? new Uint8Array(0) : assignedBytes(value);
  const [start, stop, step, count] = sliceIndices(slice, byteArrayLen(r));
  if (step === 1) {
    spliceBytes(r, start, Math.max(start, stop), data);
    return;
  }
  if (value === 0) {
    // delete an extended slice: keep every byte not selected
    const keep: number[] = [];
    const b = view(r);
    const drop = new Set<number>();
    for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
    for (let i = 0; i < b.length; i++) if (!drop.has(i)) keep.push(b[i]);
    spliceBytes(r, 0, b.length, Uint8Array.from(keep));
    return;
  }
  if (data.length !== count) {
    throw raise(T.ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
  }
  const off = dataOffset(r);
  for (let k = 0, i = start; k < count; k++, i += step) U8[off + i] = data[k];
}

function baSetItem(r: Ref, key: Ref, value: Ref): void {
  if (isSlice(key)) return baSetSlice(r, key, value);
  checkIndexType(key);
  const i = position(r, key);
  U8[dataOffset(r) + i] = byteValue(value);
}

function baDelItem(r: Ref, key: Ref): void {
  if (isSlice(key)) return baSetSlice(r, key, 0);
  checkIndexType(key);
  const i = position(r, key);
  spliceBytes(r, i, i + 1, new Uint8Array(0));
}

// ---- iteration ----------------------------------------------------------------------------------------------

/** bytearray_iterator: by index, so it sees the bytearray change while iterating (as CPython's). */
const iterSpec = defineType({
  name: 'bytearray_iterator', layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: { iter: (it) => newref(it), next: baIterNext },
});

function baIterNext(it: Ref): Ref {
  const b = I32[it + IterObj.Source];
  if (b === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i < byteArrayLen(b)) {
    I32[it + IterObj.Index] = i + 1;
    return newInt(U8[dataOffset(b) + i]);
  }
  I32[it + IterObj.Source] = 0;
  decref(b);
  return 0;
}

method(iterSpec, '__next__', (self) => {
  const v = baIterNext(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(iterSpec, '__iter__', (self) => newref(self));
method(iterSpec, '__length_hint__', (self) => {
  const b = I32[self + IterObj.Source];
  return newInt(b === 0 ? 0 : Math.max(0, byteArrayLen(b) - I32[self + IterObj.Index]));
});

function baIter(r: Ref): Ref {
  const it = allocObject(specTypeRef('bytearray_iterator'), IterObj.Size);
  I32[it + IterObj.Source] = newref(r);
  return it;
}

// ---- operators ---------------------------------------------------------------------------------------------

function baCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  const x = bufferOrNull(a), y = bufferOrNull(b);
  if (x === null || y === null) return newref(S.NotImplemented);
  const c = compareBytes(x, y);
  switch (op) {
    case CompareOp.Eq: return boolRef(c === 0);
    case CompareOp.Ne: return boolRef(c !== 0);
    case CompareOp.Lt: return boolRef(c < 0);
    case CompareOp.Le: return boolRef(c <= 0);
    case CompareOp.Gt: return boolRef(c > 0);
    default: return boolRef(c >= 0);
  }
}

function concatTo(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isByteArray(r: Ref): boolean {
  return layoutOf(r) === Layout.ByteArray;
}

function baBinop(op: BinOp, a: Ref, b: Ref): Ref {
  switch (op) {
    case BinOp.Add: {
      if (!isByteArray(a)) return newref(S.NotImplemented);
      const other = bufferOrNull(b);
      if (other === null) {
        if (otherHandles(b, N.__radd__)) return newref(S.NotImplemented);
        throw raise(T.TypeError, `can't concat ${typeNameOfObj(b)} to bytearray`);
      }
      return newByteArray(concatTo(view(a), other));
    }
    case BinOp.Mul: {
      const [seq, n] = isByteArray(a) ? [a, b] : [b, a];
      if (!isByteArray(seq)) return newref(S.NotImplemented);
      const count = repeatCountOf(n);
      if (count === null) {
        if (otherHandles(n, seq === a ? N.__rmul__ : N.__mul__)) return newref(S.NotImplemented);
        throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(n)}'`);
      }
      return newByteArray(repeatBytes(view(seq), count, 'bytearray'));
    }
    case BinOp.Mod:
      return isByteArray(a) ? newByteArray(bytesPercent(view(a), b)) : newref(S.NotImplemented);
  }
  return newref(S.NotImplemented);
}

function baInplace(op: BinOp, a: Ref, b: Ref): Ref {
  if (op === BinOp.Add) {
    const other = bufferOrNull(b);
    if (other === null) throw raise(T.TypeError, `can't concat ${typeNameOfObj(b)} to bytearray`);
    appendBytes(a, other.slice());
    return newref(a);
  }
  if (op === BinOp.Mul) {
    const count = repeatCountOf(b);
    if (count === null) throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(b)}'`);
    const data = repeatBytes(view(a).slice(), count, 'bytearray');
    spliceBytes(a, 0, byteArrayLen(a), data);
    return newref(a);
  }
  return newref(S.NotImplemented);
}

function appendBytes(r: Ref, data: Uint8Array): void {
  const len = byteArrayLen(r);
  byteArrayResize(r, len + data.length);
  U8.set(data, dataOffset(r) + len);
}

// ---- construction ----------------------------------------------------------------------------------------

function baInit(self: Ref, args: Ref[], kwnames: string[] | null): void {
  const [x, enc, errs] = kwArgs('bytearray', ['source', 'encoding', 'errors'], args, kwnames);
  const data = bytesSourceData('bytearray', x, enc, errs);
  spliceBytes(self, 0, byteArrayLen(self), data);
}

const slots = bytearraySpec.slots;
slots.new = (type) => allocObject(type, I32[type + TypeObj.BasicWords]);
slots.init = baInit;
slots.repr = (r) => {
  let body = reprBytes(view(r));
  // CPython's bytearray repr escapes ' even inside "..." (bytes' repr does not)
  if (body[1] === '"') body = 'b"' + body.slice(2, -1).replace(/'/g, "\\'") + '"';
  return newStr(`${typeNameOfObj(r)}(${body})`);
};
slots.str = slots.repr;
slots.compare = baCompare;
slots.hash = () => {
  throw raise(T.TypeError, "unhashable type: 'bytearray'");
};
slots.len = byteArrayLen;
slots.getitem = baGetItem;
slots.setitem = baSetItem;
slots.delitem = baDelItem;
slots.contains = (r, key) => bytesContains(view(r), key);
slots.iter = baIter;
slots.binop = baBinop;
slots.inplace = baInplace;

installBytesLikeMethods(bytearraySpec, { name: 'bytearray', make: (d) => newByteArray(d) });

// ---- dunders and mutation methods ------------------------------------------------------------------------

function dunder(name: string, fn: (self: Ref, arg: Ref) => Ref): void {
  method(bytearraySpec, name, (self, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
      throw raise(T.TypeError, `expected 1 argument, got ${args.length}`);
    }
    return fn(self, args[0]);
  });
}

method(bytearraySpec, '__init__', (self, args, kwnames) => {
  baInit(self, args, kwnames);
  return S.None;
});
method(bytearraySpec, '__repr__', (self) => slots.repr!(self));
method(bytearraySpec, '__str__', (self) => slots.repr!(self));
method(bytearraySpec, '__len__', (self) => newInt(byteArrayLen(self)));
method(bytearraySpec, '__iter__', (self) => baIter(self));
dunder('__getitem__', baGetItem);
method(bytearraySpec, '__setitem__', (self, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
  baSetItem(self, args[0], args[1]);
  return S.None;
});
dunder('__delitem__', (self, key) => {
  baDelItem(self, key);
  return S.None;
});
dunder('__contains__', (self, key) => boolRef(bytesContains(view(self), key)));
dunder('__add__', (self, other) => baBinop(BinOp.Add, self, other));
dunder('__iadd__', (self, other) => baInplace(BinOp.Add, self, other));
for (const name of ['__mul__', '__rmul__', '__imul__']) {
  dunder(name, (self, n) => {
    if (repeatCountOf(n) === null) {
      throw raise(T.TypeError, `'${typeNameOfObj(n)}' object cannot be interpreted as an integer`);
    }
    return name === '__imul__' ? baInplace(BinOp.Mul, self, n) : baBinop(BinOp.Mul, self, n);
  });
}
dunder('__mod__', (self, args) => newByteArray(bytesPercent(view(self), args)));
dunder('__rmod__', () => newref(S.NotImplemented));
for (const [name, op] of [['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le], ['__eq__', CompareOp.Eq],
  ['__ne__', CompareOp.Ne], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]] as const) {
  dunder(name, (self, other) => baCompare(self, other, op));
}
method(bytearraySpec, '__alloc__', (self, args, kwnames) => {
  noArgs('bytearray.__alloc__', args, kwnames);
  const cap = I32[self + ByteArrayObj.Capacity];
  return newInt(cap === 0 ? 0 : cap + 1);
});
method(bytearraySpec, '__sizeof__', (self) => newInt(56 + I32[self + ByteArrayObj.Capacity]));

method(bytearraySpec, 'append', (self, args, kwnames) => {
  const v = byteValue(oneArg('bytearray.append', args, kwnames));
  appendBytes(self, Uint8Array.of(v));
  return S.None;
});

method(bytearraySpec, 'extend', (self, args, kwnames) => {
  const src = oneArg('bytearray.extend', args, kwnames);
  const b = bufferOrNull(src);
  if (b !== null) {
    appendBytes(self, b.slice());
    return S.None;
  }
  if (!isIterable(src)) {
    throw raise(T.TypeError, `can't extend bytearray with ${typeNameOfObj(src)}`);
  }
  appendBytes(self, iterBytes(src));
  return S.None;
});

method(bytearraySpec, 'insert', (self, args, kwnames) => {
  posArgs('insert', args, kwnames, 2, 2);
  const n = byteArrayLen(self);
  let i = ssizeArg(args[0]);
  const v = byteValue(args[1]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  spliceBytes(self, i, i, Uint8Array.of(v));
  return S.None;
});

method(bytearraySpec, 'pop', (self, args, kwnames) => {
  posArgs('pop', args, kwnames, 0, 1);
  const n = byteArrayLen(self);
  let i = args.length > 0 ? ssizeArg(args[0]) : -1;
  if (n === 0) throw raise(T.IndexError, 'pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'pop index out of range');
  const v = U8[dataOffset(self) + i];
  spliceBytes(self, i, i + 1, new Uint8Array(0));
  return newInt(v);
});

method(bytearraySpec, 'remove', (self, args, kwnames) => {
  const v = byteValue(oneArg('bytearray.remove', args, kwnames));
  const i = view(self).indexOf(v);
  if (i < 0) throw raise(T.ValueError, 'value not found in bytearray');
  spliceBytes(self, i, i + 1, new Uint8Array(0));
  return S.None;
});

method(bytearraySpec, 'clear', (self, args, kwnames) => {
  noArgs('bytearray.clear', args, kwnames);
  byteArrayResize(self, 0);
  return S.None;
});

method(bytearraySpec, 'reverse', (self, args, kwnames) => {
  noArgs('bytearray.reverse', args, kwnames);
  view(self).reverse();
  return S.None;
});

method(bytearraySpec, 'copy', (self, args, kwnames) => {
  noArgs('bytearray.copy', args, kwnames);
  return newByteArray(view(self));
});
