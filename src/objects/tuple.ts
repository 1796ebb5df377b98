// tuple: an immutable array of refs stored inline after the header.

import { I32 } from '../heap/heap';
import { Layout, Obj, TupleObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T } from './core';
import { defineType } from './typespec';

export const tupleSpec = defineType({
  name: 'tuple', key: 'tuple', layout: Layout.Tuple, basicWords: TupleObj.Items, flags: TypeFlag.TupleSubclass,
});

/** A new tuple of n items, all NULL: fill each with tupleInit (which steals the reference). */
export function newTuple(n: number, type: Ref = T.tuple): Ref {
  if (n === 0 && type === T.tuple && S.emptyTuple !== 0) return newref(S.emptyTuple);
  const r = allocObject(type, TupleObj.Items + n);
  I32[r + TupleObj.Length] = n;
  return r;
}

/** Store a new reference into a fresh tuple (steals `item`). */
export function tupleInit(t: Ref, i: number, item: Ref): void {
  I32[t + TupleObj.Items + i] = item;
}

/** A tuple from refs (borrowed: each is increfed). */
export function tupleFrom(items: ArrayLike<Ref>, type: Ref = T.tuple): Ref {
  const t = newTuple(items.length, type);
  for (let i = 0; i < items.length; i++) {
    incref(items[i]);
    I32[t + TupleObj.Items + i] = items[i];
  }
  return t;
}

/** A tuple that takes ownership of new refs. */
export function tupleSteal(items: Ref[]): Ref {
  const t = newTuple(items.length);
  for (let i = 0; i < items.length; i++) I32[t + TupleObj.Items + i] = items[i];
  return t;
}

export function tupleLen(t: Ref): number {
  return I32[t + TupleObj.Length];
}

/** Borrowed item. */
export function tupleItem(t: Ref, i: number): Ref {
  return I32[t + TupleObj.Items + i];
}

export function tupleItems(t: Ref): Ref[] {
  const n = I32[t + TupleObj.Length];
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = I32[t + TupleObj.Items + i];
  return out;
}

export function isTuple(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.tuple || (I32[t + TypeObj.Flags] & TypeFlag.TupleSubclass) !== 0;
}

/** Release the items. Idempotent (items become NULL): the cycle collector clears garbage before freeing it. */
export function clearTuple(t: Ref): void {
  const n = I32[t + TupleObj.Length];
  for (let i = 0; i < n; i++) {
    const v = I32[t + TupleObj.Items + i];
    I32[t + TupleObj.Items + i] = 0;
    decref(v);
  }
}

export function expectTuple(r: Ref, what: string): void {
  if (!isTuple(r)) throw raise(T.TypeError, `${what} must be a tuple`);
}
