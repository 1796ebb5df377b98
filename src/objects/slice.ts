// slice objects and the index arithmetic every sequence type shares.

import { I32 } from '../heap/heap';
import { Layout, SliceObj } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T, typeOf } from './core';
import { defineType, getset, method, staticMethod, CompareOp } from './typespec';
import { newStr } from './str';
import { index, reprJs, richCompare, typeNameOfObj } from './abstract';
import { intToBigInt, isInt, newBigInt, newInt } from './int';
import { newTuple, tupleInit } from './tuple';
import { argSpec, parseArgs } from './args';

export const sliceSpec = defineType({
  name: 'slice', key: 'slice', layout: Layout.Slice, basicWords: SliceObj.Size, flags: 0,
  slots: {
    repr(s) {
      return newStr(`slice(${reprJs(I32[s + SliceObj.Start])}, ${reprJs(I32[s + SliceObj.Stop])}, ${reprJs(I32[s + SliceObj.Step])})`);
    },
    compare(a, b, op) {
      if (typeOf(b) !== T.slice) return newref(S.NotImplemented);
      const ta = sliceTuple(a), tb = sliceTuple(b);
      try {
        return richCompare(ta, tb, op);
      } finally {
        decref(ta);
        decref(tb);
      }
    },
    new(_t, args, kwnames) {
      if (kwnames && kwnames.length) throw raise(T.TypeError, 'slice() takes no keyword arguments');
      if (args.length === 0) throw raise(T.TypeError, 'slice expected at least 1 argument, got 0');
      if (args.length > 3) throw raise(T.TypeError, `slice expected at most 3 arguments, got ${args.length}`);
      if (args.length === 1) return newSlice(S.None, args[0], S.None);
      return newSlice(args[0], args[1], args.length > 2 ? args[2] : S.None);
    },
  },
});

function sliceTuple(s: Ref): Ref {
  const t = newTuple(3);
  tupleInit(t, 0, newref(I32[s + SliceObj.Start]));
  tupleInit(t, 1, newref(I32[s + SliceObj.Stop]));
  tupleInit(t, 2, newref(I32[s + SliceObj.Step]));
  return t;
}

export function newSlice(start: Ref, stop: Ref, step: Ref): Ref {
  const s = allocObject(T.slice, SliceObj.Size);
  incref(start);
  incref(stop);
  incref(step);
  I32[s + SliceObj.Start] = start;
  I32[s + SliceObj.Stop] = stop;
  I32[s + SliceObj.Step] = step;
  return s;
}

export function isSlice(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + 1] === T.slice;
}

/** A slice bound as a number, clamped to a safe range (huge values behave like ±infinity). */
function boundValue(v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  if (!isInt(v)) {
    const i = index(v);
    const b = intToBigInt(i);
    decref(i);
    return b > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : b < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(b);
  }
  const b = intToBigInt(v);
  return b > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : b < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(b);
}

function checkIndexType(v: Ref): void {
  if (v === S.None || isInt(v)) return;
  try {
    decref(index(v));
  } catch (e) {
    decref((e as { exc: Ref }).exc);
    throw raise(T.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
}

/** CPython's PySlice_GetIndicesEx: [start, stop, step, count] for a sequence of `length` items. */
export function sliceIndices(s: Ref, length: number): [number, number, number, number] {
  const startR = I32[s + SliceObj.Start], stopR = I32[s + SliceObj.Stop], stepR = I32[s + SliceObj.Step];
  checkIndexType(startR);
  checkIndexType(stopR);
  checkIndexType(stepR);
  let step = 1;
  if (stepR !== S.None) {
    step = boundValue(stepR);
    if (step === 0) throw raise(T.ValueError, 'slice step cannot be zero');
  }
  let start: number, stop: number;
  if (startR === S.None) start = step < 0 ? length - 1 : 0;
  else {
    start = boundValue(startR);
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stopR === S.None) stop = step < 0 ? -1 : length;
  else {
    stop = boundValue(stopR);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, count];
}

getset(sliceSpec, 'start', (s) => newref(I32[s + SliceObj.Start]));
getset(sliceSpec, 'stop', (s) => newref(I32[s + SliceObj.Stop]));
getset(sliceSpec, 'step', (s) => newref(I32[s + SliceObj.Step]));
method(sliceSpec, 'indices', (self, args, kwnames) => {
  const [len] = parseArgs(argSpec('indices', ['length'], { required: 1 }), args, kwnames);
  const n = index(len);
  const v = intToBigInt(n);
  decref(n);
  if (v < 0n) throw raise(T.ValueError, 'length should not be negative');
  const [start, stop, step] = sliceIndices(self, Number(v));
  const t = newTuple(3);
  tupleInit(t, 0, newInt(start));
  tupleInit(t, 1, newInt(stop));
  tupleInit(t, 2, newInt(step));
  return t;
});
method(sliceSpec, '__repr__', (self) => sliceSpec.slots.repr!(self));
staticMethod(sliceSpec, '__new__', (_self, args, kwnames) => {
  if (args.length === 0) throw raise(T.TypeError, 'slice.__new__(): not enough arguments');
  return sliceSpec.slots.new!(args[0], args.slice(1), kwnames);
});
for (const [name, op] of [['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le], ['__eq__', CompareOp.Eq],
  ['__ne__', CompareOp.Ne], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]] as const) {
  method(sliceSpec, name, (self, args) => sliceSpec.slots.compare!(self, args[0], op));
}
method(sliceSpec, '__reduce__', (self) => {
  const r = newTuple(2);
  tupleInit(r, 0, T.slice);
  tupleInit(r, 1, sliceTuple(self));
  return r;
});
// slices are unhashable in 3.11 (an explicit slot keeps object's hash from being inherited)
sliceSpec.slots.hash = () => {
  throw raise(T.TypeError, "unhashable type: 'slice'");
};
sliceSpec.attrs.push(['__hash__', () => S.None]);

export { typeNameOfObj, newBigInt };
