// list: a resizable array of refs in a raw block, over-allocated as CPython does so appends are amortised O(1).
// Methods live in list_methods.ts.

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall } from '../gil/critical_section';
import { I32 } from '../heap/heap';
import { allocRaw, freeBlock, rawCapacity } from '../heap/alloc';
import { Block, Layout, ListObj, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, Ref, T } from './core';
import { defineType } from './typespec';

export const listSpec = defineType({
  name: 'list', key: 'list', layout: Layout.List, basicWords: ListObj.Size, flags: TypeFlag.ListSubclass,
});

const ITEMS = Block.RawHeaderWords;

export function newList(n: number, type: Ref = T.list): Ref {
  const r = allocObject(type, ListObj.Size);
  if (n > 0) {
    const raw = allocRaw(n);
    I32.fill(0, raw + ITEMS, raw + ITEMS + n);
    I32[r + ListObj.Items] = raw;
    I32[r + ListObj.Capacity] = rawCapacity(raw);
    I32[r + ListObj.Length] = n;
  }
  return r;
}

/** A list holding new references taken from `items`. */
export function listSteal(items: Ref[]): Ref {
  const l = newList(items.length);
  const base = I32[l + ListObj.Items] + ITEMS;
  for (let i = 0; i < items.length; i++) I32[base + i] = items[i];
  return l;
}

/** A list of borrowed refs (each increfed). */
export function listFrom(items: ArrayLike<Ref>): Ref {
  const l = newList(items.length);
  const base = I32[l + ListObj.Items] + ITEMS;
  for (let i = 0; i < items.length; i++) {
    incref(items[i]);
    I32[base + i] = items[i];
  }
  return l;
}

export function isList(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.list || (I32[t + TypeObj.Flags] & TypeFlag.ListSubclass) !== 0;
}

export function listLen(l: Ref): number {
  return I32[l + ListObj.Length];
}

/** Word address of item 0 (valid until the list is resized). */
export function listBase(l: Ref): number {
  return I32[l + ListObj.Items] + ITEMS;
}

/** Borrowed item (no bounds check). */
export function listItem(l: Ref, i: number): Ref {
  return I32[I32[l + ListObj.Items] + ITEMS + i];
}

/** Replace item i (steals `v`, releases the old item). */
export function listSetItemSteal(l: Ref, i: number, v: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listSetItemSteal, l, i, v);
  const p = I32[l + ListObj.Items] + ITEMS + i;
  const old = I32[p];
  I32[p] = v;
  decref(old);
}

export function listItems(l: Ref): Ref[] {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listItems, l);
  const n = I32[l + ListObj.Length];
  const base = I32[l + ListObj.Items] + ITEMS;
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = I32[base + i];
  return out;
}

/** Make room for at least `need` items. */
export function listReserve(l: Ref, need: number): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listReserve, l, need);
  const cap = I32[l + ListObj.Capacity];
  if (need <= cap) return;
  // CPython's growth pattern: newsize + newsize/8 + 6, rounded down to a multiple of 4. Past 64K items we
  // grow by half instead: CPython's realloc often extends in place, while we always copy, and copying out
  // of a SharedArrayBuffer costs several ns per word at that size.
  const newCap = need > 65536 ? need + (need >> 1) : Math.max(need, (need + (need >> 3) + 6) & ~3);
  const raw = allocRaw(newCap);
  const old = I32[l + ListObj.Items];
  const n = I32[l + ListObj.Length];
  if (old !== 0) {
    I32.copyWithin(raw + ITEMS, old + ITEMS, old + ITEMS + n);
    freeBlock(old);
  }
  I32[l + ListObj.Items] = raw;
  I32[l + ListObj.Capacity] = rawCapacity(raw);
}

/** Append a borrowed ref. */
export function listAppend(l: Ref, v: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listAppend, l, v);
  const n = I32[l + ListObj.Length];
  if (n >= I32[l + ListObj.Capacity]) listReserve(l, n + 1);
  incref(v);
  I32[I32[l + ListObj.Items] + ITEMS + n] = v;
  I32[l + ListObj.Length] = n + 1;
}

/** Append a new ref (stolen). */
export function listAppendSteal(l: Ref, v: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listAppendSteal, l, v);
  const n = I32[l + ListObj.Length];
  if (n >= I32[l + ListObj.Capacity]) listReserve(l, n + 1);
  I32[I32[l + ListObj.Items] + ITEMS + n] = v;
  I32[l + ListObj.Length] = n + 1;
}

/** Insert a borrowed ref before index i (0 ≤ i ≤ len). */
export function listInsert(l: Ref, i: number, v: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listInsert, l, i, v);
  const n = I32[l + ListObj.Length];
  if (n >= I32[l + ListObj.Capacity]) listReserve(l, n + 1);
  const base = I32[l + ListObj.Items] + ITEMS;
  I32.copyWithin(base + i + 1, base + i, base + n);
  incref(v);
  I32[base + i] = v;
  I32[l + ListObj.Length] = n + 1;
}

/** Remove item i and return it as a new reference (owned by the caller). */
export function listPopAt(l: Ref, i: number): Ref {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listPopAt, l, i);
  const n = I32[l + ListObj.Length];
  const base = I32[l + ListObj.Items] + ITEMS;
  const v = I32[base + i];
  I32.copyWithin(base + i, base + i + 1, base + n);
  I32[base + n - 1] = 0;
  I32[l + ListObj.Length] = n - 1;
  return v;
}

export function listRemoveAt(l: Ref, i: number): void {
  decref(listPopAt(l, i));
}

/** Replace the contents with the given new refs (stolen); releases the old items. */
export function listReplaceAll(l: Ref, items: Ref[]): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listReplaceAll, l, items);
  const old = listItems(l);
  I32[l + ListObj.Length] = 0;
  listReserve(l, items.length);
  const base = I32[l + ListObj.Items] + ITEMS;
  for (let i = 0; i < items.length; i++) I32[base + i] = items[i];
  I32[l + ListObj.Length] = items.length;
  for (const o of old) decref(o);
}

export function clearList(l: Ref): void {
  const raw = I32[l + ListObj.Items];
  const n = I32[l + ListObj.Length];
  I32[l + ListObj.Items] = 0;
  I32[l + ListObj.Length] = 0;
  I32[l + ListObj.Capacity] = 0;
  if (raw === 0) return;
  for (let i = 0; i < n; i++) decref(I32[raw + ITEMS + i]);
  freeBlock(raw);
}
