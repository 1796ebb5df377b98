// dict: a compact, insertion-ordered hash table. One raw block holds an index (open addressing, CPython's
// perturbed probing) and the entry array (hash, key, value) in insertion order; deleting leaves a hole that
// the next resize squeezes out. Keys that are str are compared without calling Python code.
// Methods and views live in dict_methods.ts.

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall } from '../gil/critical_section';
import { I32 } from '../heap/heap';
import { allocRaw, freeBlock } from '../heap/alloc';
import { DictEntry, DictObj, DictTable, Layout, Obj, StrFlag, StrObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, raise, Ref, T } from './core';
import { isStr, strEquals, strHash, strValue } from './str';
import { defineType } from './typespec';
import { hashOf, richEq } from './abstract';

export const dictSpec = defineType({
  name: 'dict', key: 'dict', layout: Layout.Dict, basicWords: DictObj.Size, flags: TypeFlag.DictSubclass,
});

const EMPTY = -1;
const DUMMY = -2;

export function newDict(type: Ref = T.dict): Ref {
  return allocObject(type, DictObj.Size);
}

export function isDict(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.dict || (I32[t + TypeObj.Flags] & TypeFlag.DictSubclass) !== 0;
}

export function dictLen(d: Ref): number {
  return I32[d + DictObj.Used];
}

function newTable(indexSize: number): number {
  const cap = (indexSize * 2) / 3 | 0;
  const tab = allocRaw(DictTable.Header - 2 + indexSize + cap * DictEntry.Words);
  I32[tab + DictTable.IndexSize] = indexSize;
  I32[tab + DictTable.EntryCapacity] = cap;
  I32[tab + DictTable.EntryCount] = 0;
  I32.fill(EMPTY, tab + DictTable.Header, tab + DictTable.Header + indexSize);
  return tab;
}

/** Word address of entry i of a table. */
export function entryAddr(tab: number, i: number): number {
  return tab + DictTable.Header + I32[tab + DictTable.IndexSize] + i * DictEntry.Words;
}

function isStrExact(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.str;
}

/**
 * Find the entry for key. Returns the entry index, or -1 when absent. (Python __eq__ may run.)
 */
function findEntry(tab: number, key: Ref, hash: number): number {
  const size = I32[tab + DictTable.IndexSize];
  const mask = size - 1;
  const idx = tab + DictTable.Header;
  const ents = idx + size;
  let i = hash & mask;
  let perturb = hash >>> 0;
  const keyIsStr = isStrExact(key);
  for (let probes = 0; ; probes++) {
    const ix = I32[idx + i];
    if (ix === EMPTY) return -1;
    if (probes > size + 40) throw new Error('corrupt dict table (no empty slot)');
    if (ix >= 0) {
      const e = ents + ix * DictEntry.Words;
      const k = I32[e + DictEntry.Key];
      if (k === key) return ix;
      if (I32[e + DictEntry.Hash] === hash && k !== 0) {
        if (keyIsStr && isStrExact(k)) {
          if (strEquals(k, key)) return ix;
        } else if (richEq(k, key)) {
          return ix;
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Index slot where a new key with this hash goes. */
function freeSlot(tab: number, hash: number): number {
  const size = I32[tab + DictTable.IndexSize];
  const mask = size - 1;
  const idx = tab + DictTable.Header;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (;;) {
    if (I32[idx + i] < 0) return i;
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Borrowed value for key, or 0. */
export function dictGetItem(d: Ref, key: Ref): Ref {
  const h = hashOf(key); // even when empty: an unhashable key is a TypeError
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return 0;
  const ix = findEntry(tab, key, h);
  return ix < 0 ? 0 : I32[entryAddr(tab, ix) + DictEntry.Value];
}

/** Borrowed value for a str key (interned names hit on identity), or 0. */
export function dictGetStr(d: Ref, key: Ref): Ref {
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return 0;
  const ix = findEntry(tab, key, strHash(key));
  return ix < 0 ? 0 : I32[entryAddr(tab, ix) + DictEntry.Value];
}

/** Borrowed value with a precomputed hash. */
export function dictGetWithHash(d: Ref, key: Ref, hash: number): Ref {
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return 0;
  const ix = findEntry(tab, key, hash);
  return ix < 0 ? 0 : I32[entryAddr(tab, ix) + DictEntry.Value];
}

// ---- hints for inline caches -------------------------------------------------------------------------------
// An inline cache remembers where a name's entry was (its position in the entry array). A hint is checked
// against the table as it is now, so it can be stale but never wrong: the entry at a position below
// EntryCount whose key is the name *is* the name's entry.

/** Borrowed value of the entry at position ix if its key is `key` (same object), else 0. */
export function dictValueAtHint(d: Ref, key: Ref, ix: number): Ref {
  const tab = I32[d + DictObj.Table];
  if (tab === 0 || ix >= I32[tab + DictTable.EntryCount]) return 0;
  const e = tab + DictTable.Header + I32[tab + DictTable.IndexSize] + ix * DictEntry.Words;
  return I32[e + DictEntry.Key] === key ? I32[e + DictEntry.Value] : 0;
}

/** Position of a str key's entry, or -1. */
export function dictFindStr(d: Ref, key: Ref): number {
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return -1;
  return findEntry(tab, key, strHash(key));
}

/** True when a str key is certainly absent without comparing keys (its first probe slot is empty). */
export function dictSurelyLacks(d: Ref, key: Ref): boolean {
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return true;
  const h = (key & 1) === 0 && (I32[key + StrObj.Flags] & StrFlag.Hashed) !== 0 ? I32[key + StrObj.Hash] : strHash(key);
  return I32[tab + DictTable.Header + (h & (I32[tab + DictTable.IndexSize] - 1))] === EMPTY;
}

/** Replace the value of the entry at position ix if its key is `key`; false when the hint does not hold. */
export function dictReplaceAtHint(d: Ref, key: Ref, ix: number, value: Ref): boolean {
  if (__GILT_FT__ && ftSafe && !holdsLock(d)) return lockedCall(d, dictReplaceAtHint, d, key, ix, value);
  const tab = I32[d + DictObj.Table];
  if (tab === 0 || ix >= I32[tab + DictTable.EntryCount]) return false;
  const e = tab + DictTable.Header + I32[tab + DictTable.IndexSize] + ix * DictEntry.Words;
  if (I32[e + DictEntry.Key] !== key) return false;
  const old = I32[e + DictEntry.Value];
  incref(value);
  I32[e + DictEntry.Value] = value;
  I32[d + DictObj.Version]++;
  decref(old);
  return true;
}

/** d[key] = value (both borrowed; the dict takes its own references). */
export function dictSetItem(d: Ref, key: Ref, value: Ref): void {
  dictSetWithHash(d, key, value, hashOf(key));
}

export function dictSetWithHash(d: Ref, key: Ref, value: Ref, hash: number): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(d)) return lockedCall(d, dictSetWithHash, d, key, value, hash);
  let tab = I32[d + DictObj.Table];
  if (tab === 0) {
    tab = newTable(8);
    I32[d + DictObj.Table] = tab;
  } else {
    const ix = findEntry(tab, key, hash);
    if (ix >= 0) {
      const e = entryAddr(tab, ix);
      const old = I32[e + DictEntry.Value];
      incref(value);
      I32[e + DictEntry.Value] = value;
      I32[d + DictObj.Version]++;
      decref(old);
      return;
    }
    // __eq__ may have resized the table
    tab = I32[d + DictObj.Table];
    if (I32[tab + DictTable.EntryCount] >= I32[tab + DictTable.EntryCapacity]) tab = resize(d, tab);
  }
  const n = I32[tab + DictTable.EntryCount];
  const e = entryAddr(tab, n);
  incref(key);
  incref(value);
  I32[e + DictEntry.Hash] = hash;
  I32[e + DictEntry.Key] = key;
  I32[e + DictEntry.Value] = value;
  I32[tab + DictTable.Header + freeSlot(tab, hash)] = n;
  I32[tab + DictTable.EntryCount] = n + 1;
  I32[d + DictObj.Used]++;
  I32[d + DictObj.Version]++;
}

function resize(d: Ref, old: number): number {
  const used = I32[d + DictObj.Used];
  let size = 8;
  while ((size * 2) / 3 <= used * 1.5 + 1) size *= 2;
  const tab = newTable(size);
  const n = I32[old + DictTable.EntryCount];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const e = entryAddr(old, i);
    const k = I32[e + DictEntry.Key];
    if (k === 0) continue;
    const f = entryAddr(tab, j);
    const h = I32[e + DictEntry.Hash];
    I32[f + DictEntry.Hash] = h;
    I32[f + DictEntry.Key] = k;
    I32[f + DictEntry.Value] = I32[e + DictEntry.Value];
    I32[tab + DictTable.Header + freeSlot(tab, h)] = j;
    j++;
  }
  I32[tab + DictTable.EntryCount] = j;
  I32[d + DictObj.Table] = tab;
  freeBlock(old);
  return tab;
}

/** Remove key; returns the removed value as a new reference (caller owns it), or 0 if absent. */
export function dictPop(d: Ref, key: Ref): Ref {
  if (__GILT_FT__ && ftSafe && !holdsLock(d)) return lockedCall(d, dictPop, d, key);
  const h = hashOf(key); // even when empty: an unhashable key is a TypeError
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return 0;
  const ix = findEntry(tab, key, h);
  if (ix < 0) return 0;
  // find the index slot pointing at ix
  const size = I32[tab + DictTable.IndexSize];
  const mask = size - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[tab + DictTable.Header + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  I32[tab + DictTable.Header + i] = DUMMY;
  const e = entryAddr(tab, ix);
  const k = I32[e + DictEntry.Key];
  const v = I32[e + DictEntry.Value];
  I32[e + DictEntry.Key] = 0;
  I32[e + DictEntry.Value] = 0;
  I32[d + DictObj.Used]--;
  I32[d + DictObj.Version]++;
  decref(k);
  return v;
}

/** del d[key]; returns false when absent. */
export function dictDelItem(d: Ref, key: Ref): boolean {
  const v = dictPop(d, key);
  if (v === 0) return false;
  decref(v);
  return true;
}

export function dictClear(d: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(d)) return lockedCall(d, dictClear, d);
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return;
  I32[d + DictObj.Table] = 0;
  I32[d + DictObj.Used] = 0;
  I32[d + DictObj.Version]++;
  const n = I32[tab + DictTable.EntryCount];
  for (let i = 0; i < n; i++) {
    const e = entryAddr(tab, i);
    decref(I32[e + DictEntry.Key]);
    decref(I32[e + DictEntry.Value]);
  }
  freeBlock(tab);
}

/**
 * Iterate: start with pos = 0; returns the entry address (key at +Key, value at +Value) and advances
 * `cursor.pos`, or 0 at the end.
 */
export function dictNext(d: Ref, cursor: { pos: number }): number {
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return 0;
  const n = I32[tab + DictTable.EntryCount];
  while (cursor.pos < n) {
    const e = entryAddr(tab, cursor.pos++);
    if (I32[e + DictEntry.Key] !== 0) return e;
  }
  return 0;
}

/** Entry addresses in order (a snapshot; the dict must not change while they are used). */
export function dictEntries(d: Ref): number[] {
  const out: number[] = [];
  const tab = I32[d + DictObj.Table];
  if (tab === 0) return out;
  const n = I32[tab + DictTable.EntryCount];
  for (let i = 0; i < n; i++) {
    const e = entryAddr(tab, i);
    if (I32[e + DictEntry.Key] !== 0) out.push(e);
  }
  return out;
}

/** Keys in order (borrowed). */
/**
 * f(**kwargs): append the values of a dict of keyword arguments to argv (borrowed) and return their names,
 * or null for an empty dict — the calling convention of natives, where kwnames name the last arguments.
 */
export function spreadKeywords(kwargs: Ref, argv: Ref[]): string[] | null {
  const ents = dictEntries(kwargs);
  if (ents.length === 0) return null;
  const kwnames: string[] = [];
  for (const e of ents) {
    const k = I32[e + DictEntry.Key];
    if (!isStr(k)) throw raise(T.TypeError, 'keywords must be strings');
    kwnames.push(strValue(k));
    argv.push(I32[e + DictEntry.Value]);
  }
  return kwnames;
}

export function dictKeys(d: Ref): Ref[] {
  return dictEntries(d).map((e) => I32[e + DictEntry.Key]);
}

export function clearDict(d: Ref): void {
  dictClear(d);
}

export function traverseDict(d: Ref, visit: (r: Ref) => void): void {
  for (const e of dictEntries(d)) {
    visit(I32[e + DictEntry.Key]);
    visit(I32[e + DictEntry.Value]);
  }
}

export function dictTableBlock(d: Ref): number {
  return I32[d + DictObj.Table];
}

/** Entry position of a dict's raw table, for iterators that remember where they are. */
export function dictEntryCount(d: Ref): number {
  const tab = I32[d + DictObj.Table];
  return tab === 0 ? 0 : I32[tab + DictTable.EntryCount];
}

export function dictEntryAt(d: Ref, i: number): number {
  return entryAddr(I32[d + DictObj.Table], i);
}

export function dictVersion(d: Ref): number {
  return I32[d + DictObj.Version];
}

export { StrObj };

/**
 * Remove entry `ix` (live) without hashing its key again: the index slot is found by the stored hash.
 * Returns the entry's key and value as new references (the caller owns both).
 */
export function dictTakeEntry(d: Ref, ix: number): [Ref, Ref] {
  if (__GILT_FT__ && ftSafe && !holdsLock(d)) return lockedCall(d, dictTakeEntry, d, ix);
  const tab = I32[d + DictObj.Table];
  const e = entryAddr(tab, ix);
  const h = I32[e + DictEntry.Hash];
  const mask = I32[tab + DictTable.IndexSize] - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[tab + DictTable.Header + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  I32[tab + DictTable.Header + i] = DUMMY;
  const k = I32[e + DictEntry.Key];
  const v = I32[e + DictEntry.Value];
  I32[e + DictEntry.Key] = 0;
  I32[e + DictEntry.Value] = 0;
  I32[d + DictObj.Used]--;
  I32[d + DictObj.Version]++;
  return [k, v];
}
