// The set algebra (union, intersection, differences, subset tests) with CPython's choices of which operand to
// iterate and which table to build (they decide the iteration order of the result), the operators, and the
// methods of set and frozenset. The table itself is in set.ts.

import { I32 } from '../heap/heap';
import { Obj, SetObj } from '../heap/layout';
import { decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import { getIter, hashOf, iterNext } from './abstract';
import { BinOp, classMethod, CompareOp, method, staticMethod, TypeSpec } from './typespec';
import { hashHi } from './hash';
import { dictGetWithHash, dictEntryCount, dictEntryAt, dictLen } from './dict';
import { DictEntry } from '../heap/layout';
import { newException } from './exceptions';
import { newInt } from './int';
import { newTuple, tupleInit } from './tuple';
import { listFrom } from './list';
import {
  baseSetType, cachedHashesDiffer, frozensetHash, compactAfterRemovals, entrySnapshot, frozensetSpec, isAnySet, makeSet,
  newSet, setAdd, setAddHashed, setClear, setContainsHashed, setCopy, setDiscard, setDiscardHashed, setKeys,
  setLen, setPop, setSpec, setUpdate, swapBodies, withFrozenRetry,
} from './set';
import {
  boolRef, checkNewType, classGetItem, noArgs, oneArg, wrap0, wrap1, wrapCompare,
} from './container_common';
import { instanceDict } from './abstract';
import { hashToInt } from './tuple_methods';

// ---- iterating another collection's keys with their hashes -----------------------------------------------

/** Call fn(key, lo, hi) for each item of a set's snapshot (keys kept alive meanwhile). */
function eachSetEntry(s: Ref, fn: (k: Ref, lo: number, hi: number) => boolean | void): void {
  const snap = entrySnapshot(s);
  for (let j = 0; j < snap.length; j += 3) incref(snap[j]);
  try {
    for (let j = 0; j < snap.length; j += 3) if (fn(snap[j], snap[j + 1], snap[j + 2]) === false) return;
  } finally {
    for (let j = 0; j < snap.length; j += 3) decref(snap[j]);
  }
}

/** Call fn(key, lo, hi) for each item of any iterable; fn returning false stops. */
function eachItem(iterable: Ref, fn: (k: Ref, lo: number, hi: number) => boolean | void): void {
  if (isAnySet(iterable)) return eachSetEntry(iterable, fn);
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return;
      try {
        const lo = hashOf(v);
        if (fn(v, lo, hashHi) === false) return;
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** Keys of an exact dict with their hashes (the dict keeps only the low word, so hash again). */
function eachDictKey(d: Ref, fn: (k: Ref, lo: number, hi: number) => void): void {
  const keys: Ref[] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const k = I32[dictEntryAt(d, i) + DictEntry.Key];
    if (k !== 0) keys.push(newref(k));
  }
  try {
    for (const k of keys) {
      const lo = hashOf(k);
      fn(k, lo, hashHi);
    }
  } finally {
    for (const k of keys) decref(k);
  }
}

function isExactDict(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.dict;
}

// ---- the algebra ------------------------------------------------------------------------------------------

/** so & other (other any iterable): a new set of so's base type. */
export function setIntersection(so: Ref, other: Ref): Ref {
  if (so === other) return setCopy(so);
  const result = newSet(baseSetType(typeOf(so)));
  try {
    if (isAnySet(other)) {
      // iterate over the smaller one, probe the larger
      let big = so, small = other;
      if (setLen(small) > setLen(big)) {
        big = other;
        small = so;
      }
      eachSetEntry(small, (k, lo, hi) => {
        if (setContainsHashed(big, k, lo, hi)) setAddHashed(result, k, lo, hi);
      });
    } else {
      eachItem(other, (k, lo, hi) => {
        if (setContainsHashed(so, k, lo, hi)) setAddHashed(result, k, lo, hi);
      });
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** so -= other, in place. */
export function setDifferenceUpdate(so: Ref, other: Ref): void {
  if (so === other) return setClear(so);
  if (isExactDict(other)) eachDictKey(other, (k, lo, hi) => void setDiscardHashed(so, k, lo, hi));
  else eachItem(other, (k, lo, hi) => void setDiscardHashed(so, k, lo, hi));
  compactAfterRemovals(so);
}

/** so - other: a new set. */
export function setDifference(so: Ref, other: Ref): Ref {
  let otherSize: number;
  if (isAnySet(other)) otherSize = setLen(other);
  else if (isExactDict(other)) otherSize = dictLen(other);
  else return copyAndDifference(so, other);
  // when so is much bigger, copying it and removing the few common keys is cheaper
  if ((setLen(so) >> 2) > otherSize) return copyAndDifference(so, other);
  const result = newSet(baseSetType(typeOf(so)));
  try {
    const dict = isExactDict(other);
    eachSetEntry(so, (k, lo, hi) => {
      const present = dict ? dictGetWithHash(other, k, lo) !== 0 : setContainsHashed(other, k, lo, hi);
      if (!present) setAddHashed(result, k, lo, hi);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function copyAndDifference(so: Ref, other: Ref): Ref {
  const result = setCopy(so);
  try {
    setDifferenceUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** so ^= other, in place. */
export function setSymmetricDifferenceUpdate(so: Ref, other: Ref): void {
  if (so === other) return setClear(so);
  const toggle = (k: Ref, lo: number, hi: number) => {
    if (!setDiscardHashed(so, k, lo, hi)) setAddHashed(so, k, lo, hi);
  };
  if (isExactDict(other)) return eachDictKey(other, toggle);
  const otherSet = isAnySet(other) ? newref(other) : makeSet(baseSetType(typeOf(so)), other);
  try {
    eachSetEntry(otherSet, toggle);
  } finally {
    decref(otherSet);
  }
}

/** so ^ other: built from a copy of other, toggled by so's keys. */
export function setSymmetricDifference(so: Ref, other: Ref): Ref {
  const result = makeSet(baseSetType(typeOf(so)), other);
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** so | other: a copy of so updated with other. */
export function setUnion(so: Ref, other: Ref): Ref {
  const result = setCopy(so);
  if (other === so) return result;
  try {
    setUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** Is every key of so in other (any iterable)? */
export function setIsSubset(so: Ref, other: Ref): boolean {
  if (!isAnySet(other)) {
    const tmp = makeSet(T.set, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (setLen(so) > setLen(other)) return false;
  let all = true;
  eachSetEntry(so, (k, lo, hi) => {
    if (!setContainsHashed(other, k, lo, hi)) return (all = false);
  });
  return all;
}

export function setIsSuperset(so: Ref, other: Ref): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  let all = true;
  eachItem(other, (k, lo, hi) => {
    if (!setContainsHashed(so, k, lo, hi)) return (all = false);
  });
  return all;
}

export function setIsDisjoint(so: Ref, other: Ref): boolean {
  if (so === other) return setLen(so) === 0;
  let disjoint = true;
  if (isAnySet(other)) {
    let big = so, small = other;
    if (setLen(small) > setLen(big)) {
      big = other;
      small = so;
    }
    eachSetEntry(small, (k, lo, hi) => {
      if (setContainsHashed(big, k, lo, hi)) return (disjoint = false);
    });
    return disjoint;
  }
  eachItem(other, (k, lo, hi) => {
    if (setContainsHashed(so, k, lo, hi)) return (disjoint = false);
  });
  return disjoint;
}

// ---- operators ----------------------------------------------------------------------------------------------

function setCompare(v: Ref, w: Ref, op: CompareOp): Ref {
  if (!isAnySet(w)) return newref(S.NotImplemented);
  switch (op) {
    case CompareOp.Eq:
    case CompareOp.Ne: {
      const eq = setLen(v) === setLen(w) && !cachedHashesDiffer(v, w) && setIsSubset(v, w);
      return boolRef(eq === (op === CompareOp.Eq));
    }
    case CompareOp.Le: return boolRef(setIsSubset(v, w));
    case CompareOp.Ge: return boolRef(setIsSubset(w, v));
    case CompareOp.Lt: return boolRef(setLen(v) < setLen(w) && setIsSubset(v, w));
    default: return boolRef(setLen(v) > setLen(w) && setIsSubset(w, v));
  }
}

function setBinop(op: BinOp, a: Ref, b: Ref): Ref {
  if (!isAnySet(a) || !isAnySet(b)) return newref(S.NotImplemented);
  switch (op) {
    case BinOp.Or: return setUnion(a, b);
    case BinOp.And: return setIntersection(a, b);
    case BinOp.Sub: return setDifference(a, b);
    case BinOp.Xor: return setSymmetricDifference(a, b);
    default: return newref(S.NotImplemented);
  }
}

function setInplace(op: BinOp, a: Ref, b: Ref): Ref {
  if (!isAnySet(b)) return newref(S.NotImplemented);
  switch (op) {
    case BinOp.Or: setUpdate(a, b); break;
    case BinOp.And: intersectionUpdate(a, [b]); break;
    case BinOp.Sub: setDifferenceUpdate(a, b); break;
    case BinOp.Xor: setSymmetricDifferenceUpdate(a, b); break;
    default: return newref(S.NotImplemented);
  }
  return newref(a);
}

/** a &= others…: compute the intersection, then take over its table. */
function intersectionUpdate(so: Ref, others: Ref[]): void {
  const tmp = intersectionMulti(so, others);
  swapBodies(so, tmp);
  decref(tmp);
}

function intersectionMulti(so: Ref, others: Ref[]): Ref {
  if (others.length === 0) return setCopy(so);
  let result = newref(so);
  for (const other of others) {
    try {
      const next = setIntersection(result, other);
      decref(result);
      result = next;
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
}

for (const spec of [setSpec, frozensetSpec]) {
  spec.slots.compare = setCompare;
  spec.slots.binop = setBinop;
}
setSpec.slots.inplace = setInplace;

// ---- construction -------------------------------------------------------------------------------------------

function setInit(self: Ref, args: Ref[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'set() takes no keyword arguments');
  if (args.length > 1) throw raise(T.TypeError, `set expected at most 1 argument, got ${args.length}`);
  if (I32[self + SetObj.Fill] !== 0) setClear(self);
  if (args.length === 1) setUpdate(self, args[0]);
}

function setNew(type: Ref, _args: Ref[], kwnames: string[] | null): Ref {
  if (type === T.set && kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'set() takes no keyword arguments');
  return newSet(type);
}

function frozensetNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (type === T.frozenset && nkw > 0) throw raise(T.TypeError, 'frozenset() takes no keyword arguments');
  const npos = args.length - nkw;
  if (npos > 1) throw raise(T.TypeError, `frozenset expected at most 1 argument, got ${npos}`);
  const src = npos === 1 ? args[0] : 0;
  if (type === T.frozenset && src !== 0 && (src & 1) === 0 && I32[src + Obj.Type] === T.frozenset) return newref(src);
  return makeSet(type, src);
}

setSpec.slots.new = setNew;
setSpec.slots.init = setInit;
frozensetSpec.slots.new = frozensetNew;

staticMethod(setSpec, '__new__', (_self, args, kwnames) => setNew(checkNewType('set', T.set, args), args.slice(1), kwnames));
method(setSpec, '__init__', (self, args, kwnames) => {
  setInit(self, args, kwnames);
  return S.None;
});
staticMethod(frozensetSpec, '__new__', (_self, args, kwnames) => {
  const cls = checkNewType('frozenset', T.frozenset, args);
  return frozensetNew(cls, args.slice(1), kwnames);
});

// ---- methods of both ----------------------------------------------------------------------------------------

function keyError(key: Ref): PyErr {
  return new PyErr(newException(T.KeyError, [key]));
}

function commonMethods(spec: TypeSpec, name: string): void {
  method(spec, 'copy', (self, args, kwnames) => {
    noArgs(`${name}.copy`, args, kwnames);
    if (typeOf(self) === T.frozenset) return newref(self);
    return setCopy(self);
  });
  method(spec, 'union', (self, args, kwnames) => {
    noKwargs(`${name}.union`, kwnames);
    const result = setCopy(self);
    try {
      for (const other of args) if (other !== self) setUpdate(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  });
  method(spec, 'intersection', (self, args, kwnames) => {
    noKwargs(`${name}.intersection`, kwnames);
    return intersectionMulti(self, args);
  });
  method(spec, 'difference', (self, args, kwnames) => {
    noKwargs(`${name}.difference`, kwnames);
    if (args.length === 0) return setCopy(self);
    const result = setDifference(self, args[0]);
    try {
      for (let i = 1; i < args.length; i++) setDifferenceUpdate(result, args[i]);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  });
  method(spec, 'symmetric_difference', (self, args, kwnames) =>
    setSymmetricDifference(self, oneArg(`${name}.symmetric_difference`, args, kwnames)));
  method(spec, 'issubset', (self, args, kwnames) => boolRef(setIsSubset(self, oneArg(`${name}.issubset`, args, kwnames))));
  method(spec, 'issuperset', (self, args, kwnames) =>
    boolRef(setIsSuperset(self, oneArg(`${name}.issuperset`, args, kwnames))));
  method(spec, 'isdisjoint', (self, args, kwnames) =>
    boolRef(setIsDisjoint(self, oneArg(`${name}.isdisjoint`, args, kwnames))));

  wrap0(spec, '__repr__', (self) => spec.slots.repr!(self));
  wrap0(spec, '__len__', (self) => newInt(setLen(self)));
  wrap0(spec, '__iter__', (self) => spec.slots.iter!(self));
  method(spec, '__contains__', (self, args, kwnames) =>
    boolRef(spec.slots.contains!(self, oneArg(`${name}.__contains__`, args, kwnames))));
  wrapCompare(spec, setCompare);
  const ops: Array<[string, BinOp]> = [['or', BinOp.Or], ['and', BinOp.And], ['sub', BinOp.Sub], ['xor', BinOp.Xor]];
  for (const [op, code] of ops) {
    wrap1(spec, `__${op}__`, (self, other) => setBinop(code, self, other));
    wrap1(spec, `__r${op}__`, (self, other) => setBinop(code, other, self));
  }
  method(spec, '__reduce__', (self) => {
    const r = newTuple(3);
    tupleInit(r, 0, newref(typeOf(self)));
    const a = newTuple(1);
    tupleInit(a, 0, listFrom(setKeys(self)));
    tupleInit(r, 1, a);
    const d = instanceDict(self, false);
    tupleInit(r, 2, d === 0 ? S.None : newref(d));
    return r;
  });
  method(spec, '__sizeof__', (self) => newInt(200 + 16 * (I32[self + SetObj.Mask] + 1)));
  classMethod(spec, '__class_getitem__', (cls, args) => classGetItem(cls, args));
}

function noKwargs(qualname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${qualname}() takes no keyword arguments`);
}

commonMethods(setSpec, 'set');
commonMethods(frozensetSpec, 'frozenset');

wrap0(frozensetSpec, '__hash__', (self) => {
  const lo = frozensetHash(self);
  return hashToInt(lo, hashHi);
});

// ---- methods of set only ------------------------------------------------------------------------------------

method(setSpec, 'add', (self, args, kwnames) => {
  setAdd(self, oneArg('set.add', args, kwnames));
  return S.None;
});
method(setSpec, 'discard', (self, args, kwnames) => {
  const key = oneArg('set.discard', args, kwnames);
  withFrozenRetry(key, (k) => setDiscard(self, k));
  return S.None;
});
method(setSpec, 'remove', (self, args, kwnames) => {
  const key = oneArg('set.remove', args, kwnames);
  if (!withFrozenRetry(key, (k) => setDiscard(self, k))) throw keyError(key);
  return S.None;
});
method(setSpec, 'pop', (self, args, kwnames) => {
  noArgs('set.pop', args, kwnames);
  return setPop(self);
});
method(setSpec, 'clear', (self, args, kwnames) => {
  noArgs('set.clear', args, kwnames);
  setClear(self);
  return S.None;
});
method(setSpec, 'update', (self, args, kwnames) => {
  noKwargs('set.update', kwnames);
  for (const other of args) setUpdate(self, other);
  return S.None;
});
method(setSpec, 'intersection_update', (self, args, kwnames) => {
  noKwargs('set.intersection_update', kwnames);
  intersectionUpdate(self, args);
  return S.None;
});
method(setSpec, 'difference_update', (self, args, kwnames) => {
  noKwargs('set.difference_update', kwnames);
  for (const other of args) setDifferenceUpdate(self, other);
  return S.None;
});
method(setSpec, 'symmetric_difference_update', (self, args, kwnames) => {
  setSymmetricDifferenceUpdate(self, oneArg('set.symmetric_difference_update', args, kwnames));
  return S.None;
});
const inplaceOps: Array<[string, BinOp]> = [['ior', BinOp.Or], ['iand', BinOp.And], ['isub', BinOp.Sub],
  ['ixor', BinOp.Xor]];
for (const [op, code] of inplaceOps) wrap1(setSpec, `__${op}__`, (self, other) => setInplace(code, self, other));

