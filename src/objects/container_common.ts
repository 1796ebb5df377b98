// What the container types (tuple, list, dict, set, range and their iterators) share: the recursion guard
// of repr, lexicographic sequence comparison, index arguments, and helpers that expose a fast path as a
// dunder method with CPython's argument errors.

import { I32 } from '../heap/heap';
import { Layout, TypeFlag, TypeObj } from '../heap/layout';
import { clearers, decref, incref, newref, PyErr, raise, Ref, S, T, traversers, typeOf } from './core';
import { clearIterator, traverseIterator } from './iterators';
import { call, index, richCompare, richEq, typeNameOfObj } from './abstract';
import { CompareOp, method, TypeSpec } from './typespec';
import { intToBigInt, intToSafe } from './int';
import { isSubtype, isType, lookupType, typeNameOf } from './type';
import { intern } from './str';

// Iterators may keep counted references beyond Source (see IterRefs). This file loads after lifecycle.ts,
// whose clearer for the layout knows only Source.
clearers[Layout.Iterator] = clearIterator;
traversers[Layout.Iterator] = traverseIterator;

// ---- repr recursion ---------------------------------------------------------------------------------------

// The objects whose repr is in progress, per worker (CPython keeps this per thread).
const reprInProgress = new Set<Ref>();

/** Mark `obj` as being repr'd; false when it already is (the caller prints its placeholder: `[...]`). */
export function reprEnter(obj: Ref): boolean {
  if (reprInProgress.has(obj)) return false;
  reprInProgress.add(obj);
  return true;
}

export function reprLeave(obj: Ref): void {
  reprInProgress.delete(obj);
}

// ---- sequences ----------------------------------------------------------------------------------------------

export function boolRef(b: boolean): Ref {
  return b ? S.True : S.False;
}

export function compareCounts(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.Lt: return a < b;
    case CompareOp.Le: return a <= b;
    case CompareOp.Eq: return a === b;
    case CompareOp.Ne: return a !== b;
    case CompareOp.Gt: return a > b;
    default: return a >= b;
  }
}

/**
 * Lexicographic comparison of two sequences (list with list, tuple with tuple): the first pair of items that
 * are not equal decides; otherwise the lengths do. Lengths are re-read on every step because __eq__ may
 * mutate a list.
 */
export function seqCompare(a: Ref, b: Ref, op: CompareOp, len: (s: Ref) => number,
  item: (s: Ref, i: number) => Ref): Ref {
  if ((op === CompareOp.Eq || op === CompareOp.Ne) && len(a) !== len(b)) return boolRef(op === CompareOp.Ne);
  let i = 0;
  for (; i < len(a) && i < len(b); i++) {
    const x = item(a, i), y = item(b, i);
    if (x === y) continue;
    incref(x);
    incref(y);
    let eq: boolean;
    try {
      eq = richEq(x, y);
    } finally {
      decref(x);
      decref(y);
    }
    if (!eq) break;
  }
  const na = len(a), nb = len(b);
  if (i >= na || i >= nb) return boolRef(compareCounts(na, nb, op));
  if (op === CompareOp.Eq) return S.False;
  if (op === CompareOp.Ne) return S.True;
  const x = item(a, i), y = item(b, i);
  incref(x);
  incref(y);
  try {
    return richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

/** n copies of `count` items must stay allocatable: CPython raises MemoryError past its limits. */
export function checkRepeatSize(count: number, n: number): void {
  if (count > 0 && n > 0x7fffffff / count) throw raise(T.MemoryError);
}

// ---- integer arguments ------------------------------------------------------------------------------------

/**
 * An index-sized argument (Py_ssize_t): ints and objects with __index__; values beyond the safe integer range
 * raise OverflowError as CPython does past 64 bits (we cannot address more anyway).
 */
export function ssizeArg(v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  const r = index(v);
  const x = intToSafe(r);
  if (x === null) {
    const b = intToBigInt(r);
    decref(r);
    if (b >= -(1n << 63n) && b < 1n << 63n) return b < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    throw raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  decref(r);
  return x;
}

/** A start/stop argument of index()/count(): clamped like a slice bound (huge values act as ±infinity). */
export function sliceBoundArg(v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  let r: Ref;
  try {
    r = index(v);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      throw raise(T.TypeError, 'slice indices must be integers or have an __index__ method');
    }
    throw e;
  }
  const x = intToSafe(r);
  if (x !== null) {
    decref(r);
    return x;
  }
  const b = intToBigInt(r);
  decref(r);
  return b < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** [start, stop] of seq.index(x, start, stop) for a sequence of n items, normalised and clamped. */
export function indexRange(args: Ref[], n: number): [number, number] {
  let start = 0, stop = n;
  if (args.length > 1 && args[1] !== S.None) start = sliceBoundArg(args[1]);
  if (args.length > 2 && args[2] !== S.None) stop = sliceBoundArg(args[2]);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  return [start, Math.min(stop, n)];
}


// ---- exposing slots as methods ------------------------------------------------------------------------------

function noKwWrapper(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `wrapper ${name}() takes no keyword arguments`);
}

/** A dunder taking no arguments, with the slot wrapper's errors ("expected 0 arguments, got 1"). */
export function wrap0(spec: TypeSpec, name: string, fn: (self: Ref) => Ref): void {
  method(spec, name, (self, args, kwnames) => {
    noKwWrapper(name, kwnames);
    if (args.length !== 0) throw raise(T.TypeError, `expected 0 arguments, got ${args.length}`);
    return fn(self);
  });
}

/** A dunder taking one argument. */
export function wrap1(spec: TypeSpec, name: string, fn: (self: Ref, arg: Ref) => Ref): void {
  method(spec, name, (self, args, kwnames) => {
    noKwWrapper(name, kwnames);
    if (args.length !== 1) throw raise(T.TypeError, `expected 1 argument, got ${args.length}`);
    return fn(self, args[0]);
  });
}

/** A dunder taking two arguments (__setitem__). */
export function wrap2(spec: TypeSpec, name: string, fn: (self: Ref, a: Ref, b: Ref) => Ref): void {
  method(spec, name, (self, args, kwnames) => {
    noKwWrapper(name, kwnames);
    if (args.length !== 2) throw raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
    return fn(self, args[0], args[1]);
  });
}

/** The six comparison dunders over a compare slot. */
export function wrapCompare(spec: TypeSpec, compare: (a: Ref, b: Ref, op: CompareOp) => Ref): void {
  const ops: Array<[string, CompareOp]> = [['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le],
    ['__eq__', CompareOp.Eq], ['__ne__', CompareOp.Ne], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]];
  for (const [name, op] of ops) wrap1(spec, name, (self, other) => compare(self, other, op));
}

/** Positional-only arguments counted with "name expected at most N arguments, got M" errors. */
export function argCount(fname: string, args: Ref[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) {
    throw raise(T.TypeError, min === max ? `${fname} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    throw raise(T.TypeError, min === max ? `${fname} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`
      : `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

// ---- construction -------------------------------------------------------------------------------------------

/**
 * Mutable containers are unhashable: an explicit hash slot that raises keeps them from inheriting object's
 * (inheritSlots), and `__hash__ = None` in the class dict does the same for Python-level lookups.
 */
export function makeUnhashable(spec: TypeSpec): void {
  spec.slots.hash = (r) => {
    throw raise(T.TypeError, `unhashable type: '${typeNameOfObj(r)}'`);
  };
  spec.attrs.push(['__hash__', () => S.None]);
}

/** Is `t` a user class (so its dunders, not our slots, decide)? */
export function isHeapType(t: Ref): boolean {
  return (I32[t + TypeObj.Flags] & TypeFlag.HeapType) !== 0;
}

/**
 * For `seq + x` / `seq * x` with an x the sequence cannot use: defer (NotImplemented) when x's class may
 * handle the operation from its side (a user class defining the reflected dunder), else raise CPython's
 * sequence error.
 */
export function otherMayHandle(other: Ref, reflectedName: string): boolean {
  const t = typeOf(other);
  return isHeapType(t) && lookupType(t, intern(reflectedName)) !== 0;
}

/** `cls[item]`: a types.GenericAlias when that type exists, else the class itself. */
export function classGetItem(cls: Ref, args: Ref[]): Ref {
  if (args.length !== 1) throw raise(T.TypeError, `expected 1 argument, got ${args.length}`);
  if (T.generic_alias !== 0) return call(T.generic_alias, [cls, args[0]], null);
  return newref(cls);
}

export { noArgs, oneArg, checkNewType } from './args';
