// range: an immutable arithmetic sequence. start, stop, step and the length are int objects (any size).
// Iteration is the hottest loop in Python programs, so range_iterator keeps its state as plain doubles and
// returns tagged ints without touching the range; ranges beyond ±2**53 use longrange_iterator (bigints).

import { F64, I32 } from '../heap/heap';
import { IterObj, Layout, Obj, RangeObj } from '../heap/layout';
import { allocObject, clearers, decref, newref, raise, Ref, S, T, traversers } from './core';
import { getIter, index, iterNext, richEq, typeNameOfObj } from './abstract';
import { CompareOp, defineType, getset, method, staticMethod } from './typespec';
import { newStr } from './str';
import { intRepr, intToBigInt, isExactInt, newBigInt, newInt } from './int';
import { newTuple, tupleInit } from './tuple';
import { hashItems, hashToInt } from './tuple_methods';
import { hashHi } from './hash';
import { specTypeRef } from './spec_refs';
import { isSlice } from './slice';
import { SliceObj } from '../heap/layout';
import { IterRefs } from './iterators';
import { boolRef, oneArg, wrap0, wrap1, wrapCompare } from './container_common';

export const rangeSpec = defineType({ name: 'range', key: 'range', layout: Layout.Range, basicWords: RangeObj.Size });

const MAX_SSIZE = (1n << 63n) - 1n;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// ---- construction -------------------------------------------------------------------------------------------

/** The number of items of range(start, stop, step) (step != 0). */
function lengthOf(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** A range of the given bounds (int refs, borrowed). */
export function newRange(start: Ref, stop: Ref, step: Ref): Ref {
  const r = allocObject(T.range, RangeObj.Size);
  I32[r + RangeObj.Start] = newref(start);
  I32[r + RangeObj.Stop] = newref(stop);
  I32[r + RangeObj.Step] = newref(step);
  if ((start & stop & step & 1) === 1) {
    const a = start >> 1, b = stop >> 1, s = step >> 1;
    const n = s > 0 ? (a < b ? Math.floor((b - a - 1) / s) + 1 : 0) : (a > b ? Math.floor((a - b - 1) / -s) + 1 : 0);
    I32[r + RangeObj.Length] = newInt(n);
  } else {
    I32[r + RangeObj.Length] = newBigInt(lengthOf(intToBigInt(start), intToBigInt(stop), intToBigInt(step)));
  }
  return r;
}

function newRangeBig(start: bigint, stop: bigint, step: bigint): Ref {
  const a = newBigInt(start), b = newBigInt(stop), c = newBigInt(step);
  try {
    return newRange(a, b, c);
  } finally {
    decref(a);
    decref(b);
    decref(c);
  }
}

/** range(stop) / range(start, stop[, step]) */
function rangeNew(_type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'range() takes no keyword arguments');
  if (args.length === 0) throw raise(T.TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw raise(T.TypeError, `range expected at most 3 arguments, got ${args.length}`);
  const vals = args.map((a) => index(a));
  try {
    if (vals.length === 1) return newRange(1, vals[0], 3);
    const step = vals.length === 3 ? vals[2] : 3;
    if (step === 1 || (step & 1) === 0 && intToBigInt(step) === 0n) {
      throw raise(T.ValueError, 'range() arg 3 must not be zero');
    }
    return newRange(vals[0], vals[1], step);
  } finally {
    for (const v of vals) decref(v);
  }
}
rangeSpec.slots.new = rangeNew;
staticMethod(rangeSpec, '__new__', (_self, args, kwnames) => {
  if (args.length === 0) throw raise(T.TypeError, 'range.__new__(): not enough arguments');
  return rangeNew(args[0], args.slice(1), kwnames);
});

// ---- reading a range ------------------------------------------------------------------------------------------

function startOf(r: Ref): bigint {
  return intToBigInt(I32[r + RangeObj.Start]);
}
function stepOf(r: Ref): bigint {
  return intToBigInt(I32[r + RangeObj.Step]);
}
function lengthBig(r: Ref): bigint {
  return intToBigInt(I32[r + RangeObj.Length]);
}

export function isRange(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.range;
}

/** len(r) as a JS number (OverflowError past sys.maxsize, as CPython). */
export function rangeLen(r: Ref): number {
  const n = I32[r + RangeObj.Length];
  if ((n & 1) === 1) return n >> 1;
  const b = intToBigInt(n);
  if (b > MAX_SSIZE) throw raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(b);
}

/** The i-th item (0 <= i < len) as a new int. */
function itemAt(r: Ref, i: bigint): Ref {
  const start = I32[r + RangeObj.Start], step = I32[r + RangeObj.Step];
  if ((start & step & 1) === 1 && i < 0x40000000n) {
    const v = (start >> 1) + Number(i) * (step >> 1);
    if (Number.isSafeInteger(v)) return newInt(v);
  }
  return newBigInt(startOf(r) + i * stepOf(r));
}

// ---- slots ------------------------------------------------------------------------------------------------

function rangeRepr(r: Ref): Ref {
  const a = intRepr(I32[r + RangeObj.Start]), b = intRepr(I32[r + RangeObj.Stop]);
  const step = I32[r + RangeObj.Step];
  return newStr(step === 3 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${intRepr(step)})`);
}

function rangeGetItem(r: Ref, key: Ref): Ref {
  if ((key & 1) === 1) {
    const n = I32[r + RangeObj.Length];
    let i = key >> 1;
    if ((n & 1) === 1) {
      if (i < 0) i += n >> 1;
      if (i < 0 || i >= n >> 1) throw raise(T.IndexError, 'range object index out of range');
      return itemAt(r, BigInt(i));
    }
  }
  if (isSlice(key)) return rangeSlice(r, key);
  if (!isIndexLike(key)) {
    throw raise(T.TypeError, `range indices must be integers or slices, not ${typeNameOfObj(key)}`);
  }
  const k = index(key);
  let i = intToBigInt(k);
  decref(k);
  const n = lengthBig(r);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throw raise(T.IndexError, 'range object index out of range');
  return itemAt(r, i);
}

function isIndexLike(v: Ref): boolean {
  if ((v & 1) === 1) return true;
  try {
    decref(index(v));
    return true;
  } catch (e) {
    decref((e as { exc: Ref }).exc);
    return false;
  }
}

/** A slice bound or step as a bigint, or null for None. */
function sliceField(v: Ref): bigint | null {
  if (v === S.None) return null;
  let k: Ref;
  try {
    k = index(v);
  } catch (e) {
    decref((e as { exc: Ref }).exc);
    throw raise(T.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  const b = intToBigInt(k);
  decref(k);
  return b;
}

/** slice.indices() over a length of any size: [start, stop, step]. */
function sliceIndicesBig(s: Ref, length: bigint): [bigint, bigint, bigint] {
  const stepV = sliceField(I32[s + SliceObj.Step]);
  const step = stepV === null ? 1n : stepV;
  if (step === 0n) throw raise(T.ValueError, 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(sliceField(I32[s + SliceObj.Start]), step < 0n ? upper : lower);
  const stop = clamp(sliceField(I32[s + SliceObj.Stop]), step < 0n ? lower : upper);
  return [start, stop, step];
}

function rangeSlice(r: Ref, s: Ref): Ref {
  const [a, b, k] = sliceIndicesBig(s, lengthBig(r));
  const start = startOf(r), step = stepOf(r);
  return newRangeBig(start + a * step, start + b * step, step * k);
}

/** Is the int `v` one of r's items? Returns its position, or -1n. */
function positionOf(r: Ref, v: bigint): bigint {
  const start = startOf(r), step = stepOf(r), n = lengthBig(r);
  if (n === 0n) return -1n;
  const off = v - start;
  if (off % step !== 0n) return -1n;
  const i = off / step;
  return i >= 0n && i < n ? i : -1n;
}

function isIntForRange(v: Ref): boolean {
  return isExactInt(v) || (v & 1) === 0 && I32[v + Obj.Type] === T.bool;
}

function rangeContains(r: Ref, v: Ref): boolean {
  if ((v & 1) === 1) {
    const start = I32[r + RangeObj.Start], stop = I32[r + RangeObj.Stop], step = I32[r + RangeObj.Step];
    if ((start & stop & step & 1) === 1) {
      const x = v >> 1, a = start >> 1, b = stop >> 1, s = step >> 1;
      if (s > 0 ? x < a || x >= b : x > a || x <= b) return false;
      return (x - a) % s === 0;
    }
  }
  if (isIntForRange(v)) return positionOf(r, intToBigInt(v)) >= 0n;
  return searchByIteration(r, v, false) >= 0;
}

/** Position of the first item equal to v (by ==), or -1; `count` counts instead. */
function searchByIteration(r: Ref, v: Ref, count: boolean): number {
  const it = getIter(r);
  let n = 0;
  try {
    for (let i = 0; ; i++) {
      const x = iterNext(it);
      if (x === 0) return count ? n : -1;
      try {
        if (richEq(x, v)) {
          if (!count) return i;
          n++;
        }
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** CPython's range equality: same items (so all empty ranges are equal). */
function rangeEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const n = lengthBig(a);
  if (n !== lengthBig(b)) return false;
  if (n === 0n) return true;
  if (startOf(a) !== startOf(b)) return false;
  if (n === 1n) return true;
  return stepOf(a) === stepOf(b);
}

/** hash((len, start, step)) with None standing for what does not matter, as CPython. */
function rangeHash(r: Ref): number {
  const n = lengthBig(r);
  const items: Ref[] = [I32[r + RangeObj.Length], S.None, S.None];
  if (n > 0n) items[1] = I32[r + RangeObj.Start];
  if (n > 1n) items[2] = I32[r + RangeObj.Step];
  return hashItems(items, 3);
}

const slots = rangeSpec.slots;
slots.repr = rangeRepr;
slots.len = rangeLen;
slots.bool = (r) => I32[r + RangeObj.Length] !== 1;
slots.getitem = rangeGetItem;
slots.contains = rangeContains;
slots.hash = rangeHash;
slots.compare = (a, b, op) => {
  if (!isRange(b) || (op !== CompareOp.Eq && op !== CompareOp.Ne)) return newref(S.NotImplemented);
  return boolRef(rangeEquals(a, b) === (op === CompareOp.Eq));
};

clearers[Layout.Range] = (r) => {
  for (const f of [RangeObj.Start, RangeObj.Stop, RangeObj.Step, RangeObj.Length]) {
    const v = I32[r + f];
    I32[r + f] = 0;
    decref(v);
  }
};
traversers[Layout.Range] = (r, visit) => {
  for (const f of [RangeObj.Start, RangeObj.Stop, RangeObj.Step, RangeObj.Length]) if (I32[r + f] !== 0) visit(I32[r + f]);
};

// ---- iterators --------------------------------------------------------------------------------------------

// range_iterator: the next value, the step and the items left as doubles (exact: every value is within
// ±2**53). Offsets are literals so esbuild inlines them: Cur = word 6 (after IterObj.Source), 8-byte aligned.
const enum RangeIter {
  Cur = 6,
  Step = 8,
  Left = 10,
  Size = 12,
}

/** next() of a range_iterator (exported for the eval loop's FOR_ITER). */
export function rangeIterNext(it: Ref): Ref {
  const left = F64[(it + RangeIter.Left) >> 1];
  if (left <= 0) return 0;
  F64[(it + RangeIter.Left) >> 1] = left - 1;
  const p = (it + RangeIter.Cur) >> 1;
  const v = F64[p];
  F64[p] = v + F64[(it + RangeIter.Step) >> 1];
  if (v >= -0x40000000 && v <= 0x3fffffff) return (v << 1) | 1;
  return newInt(v);
}

const rangeIterSpec = defineType({
  name: 'range_iterator', key: 'range_iterator', layout: Layout.Iterator, basicWords: RangeIter.Size,
  slots: { iter: (it) => newref(it), next: rangeIterNext },
});

// longrange_iterator: Index, Extra and Extra2 hold the next value, the step and the items left as ints.
function longRangeIterNext(it: Ref): Ref {
  const left = intToBigInt(I32[it + IterObj.Extra2]);
  if (left <= 0n) return 0;
  const cur = I32[it + IterObj.Index];
  const next = newBigInt(intToBigInt(cur) + intToBigInt(I32[it + IterObj.Extra]));
  const rest = newBigInt(left - 1n);
  decref(I32[it + IterObj.Extra2]);
  I32[it + IterObj.Extra2] = rest;
  I32[it + IterObj.Index] = next;
  return cur; // the iterator's reference passes to the caller
}

const longRangeIterSpec = defineType({
  name: 'longrange_iterator', key: null, layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: { iter: (it) => newref(it), next: longRangeIterNext },
});

for (const [spec, next, hint] of [
  [rangeIterSpec, rangeIterNext, (it: Ref) => newInt(Math.max(0, F64[(it + RangeIter.Left) >> 1]))],
  [longRangeIterSpec, longRangeIterNext, (it: Ref) => newref(I32[it + IterObj.Extra2])],
] as const) {
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = next(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  method(spec, '__length_hint__', (self) => hint(self));
}

/** An iterator over `n` values from `start` by `step`. */
function newRangeIter(start: bigint, step: bigint, n: bigint): Ref {
  const last = start + (n > 0n ? n - 1n : 0n) * step;
  if (start >= -SAFE && start <= SAFE && last >= -SAFE && last <= SAFE && step <= SAFE && step >= -SAFE) {
    const it = allocObject(T.range_iterator, RangeIter.Size);
    F64[(it + RangeIter.Cur) >> 1] = Number(start);
    F64[(it + RangeIter.Step) >> 1] = Number(step);
    F64[(it + RangeIter.Left) >> 1] = Number(n);
    return it;
  }
  const it = allocObject(specTypeRef('longrange_iterator'), IterObj.Size);
  I32[it + IterObj.Kind] = IterRefs.Tag | IterRefs.Index | IterRefs.Extra | IterRefs.Extra2;
  I32[it + IterObj.Index] = newBigInt(start);
  I32[it + IterObj.Extra] = newBigInt(step);
  I32[it + IterObj.Extra2] = newBigInt(n);
  return it;
}

function rangeIter(r: Ref): Ref {
  const start = I32[r + RangeObj.Start], step = I32[r + RangeObj.Step], n = I32[r + RangeObj.Length];
  if ((start & step & n & 1) === 1) {
    // everything small: skip the bigints
    const it = allocObject(T.range_iterator, RangeIter.Size);
    F64[(it + RangeIter.Cur) >> 1] = start >> 1;
    F64[(it + RangeIter.Step) >> 1] = step >> 1;
    F64[(it + RangeIter.Left) >> 1] = n >> 1;
    return it;
  }
  return newRangeIter(startOf(r), stepOf(r), lengthBig(r));
}
slots.iter = rangeIter;

/** reversed(range): from the last item down. */
export function rangeReversed(r: Ref): Ref {
  const n = lengthBig(r), step = stepOf(r);
  return newRangeIter(startOf(r) + (n - 1n) * step, -step, n);
}

// ---- methods ------------------------------------------------------------------------------------------------

getset(rangeSpec, 'start', (r) => newref(I32[r + RangeObj.Start]));
getset(rangeSpec, 'stop', (r) => newref(I32[r + RangeObj.Stop]));
getset(rangeSpec, 'step', (r) => newref(I32[r + RangeObj.Step]));

method(rangeSpec, 'count', (self, args, kwnames) => {
  const v = oneArg('range.count', args, kwnames);
  if (isIntForRange(v)) return newInt(positionOf(self, intToBigInt(v)) >= 0n ? 1 : 0);
  return newInt(searchByIteration(self, v, true));
});

method(rangeSpec, 'index', (self, args, kwnames) => {
  const v = oneArg('range.index', args, kwnames);
  if (isIntForRange(v)) {
    const i = positionOf(self, intToBigInt(v));
    if (i < 0n) throw raise(T.ValueError, `${intRepr(v)} is not in range`);
    return newBigInt(i);
  }
  const i = searchByIteration(self, v, false);
  if (i < 0) throw raise(T.ValueError, 'sequence.index(x): x not in sequence');
  return newInt(i);
});

wrap0(rangeSpec, '__repr__', rangeRepr);
wrap0(rangeSpec, '__len__', (self) => newInt(rangeLen(self)));
wrap0(rangeSpec, '__bool__', (self) => boolRef(I32[self + RangeObj.Length] !== 1));
wrap0(rangeSpec, '__iter__', rangeIter);
method(rangeSpec, '__reversed__', (self) => rangeReversed(self));
wrap1(rangeSpec, '__getitem__', rangeGetItem);
wrap1(rangeSpec, '__contains__', (self, v) => boolRef(rangeContains(self, v)));
wrap0(rangeSpec, '__hash__', (self) => {
  const lo = rangeHash(self);
  return hashToInt(lo, hashHi);
});
wrapCompare(rangeSpec, (a, b, op) => slots.compare!(a, b, op));
method(rangeSpec, '__reduce__', (self) => {
  const r = newTuple(2);
  tupleInit(r, 0, T.range);
  const a = newTuple(3);
  tupleInit(a, 0, newref(I32[self + RangeObj.Start]));
  tupleInit(a, 1, newref(I32[self + RangeObj.Stop]));
  tupleInit(a, 2, newref(I32[self + RangeObj.Step]));
  tupleInit(r, 1, a);
  return r;
});
