// set and frozenset: the hash table and the types. The table follows CPython's algorithm step for step, so
// that sets iterate in exactly CPython's order (people print sets of ints and rely on it):
// - open addressing over (mask + 1) entries (key, full 64-bit hash); a new set has 8 entries;
// - a probe looks at the home slot i = hash & mask and the 9 slots after it (when they do not wrap), then
//   jumps to i = (5 * i + 1 + perturb) & mask, perturb being the 64-bit hash shifted right 5 more each time;
// - removing leaves a dummy (hash -1); an insertion that passed dummies reuses the last one it passed;
// - a table more than 3/5 full (live + dummy entries) is rebuilt with room for 4x the live entries
//   (2x past 50000), re-inserting in table order.
// The set algebra and the methods are in set_methods.ts.

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall, lockedCall2 } from '../gil/critical_section';
import { I32 } from '../heap/heap';
import { allocRaw, freeBlock } from '../heap/alloc';
import { Block, IterObj, Layout, Obj, SetEntry, SetObj, TypeFlag, TypeObj } from '../heap/layout';
import {
  allocObject, clearers, decref, incref, newref, PyErr, raise, rawOwners, Ref, T, traversers, typeOf,
} from './core';
import { getIter, hashOf, isInstanceOfType, iterNext, reprJs, richEq } from './abstract';
import { defineType, method } from './typespec';
import { hashHi, setHashHi } from './hash';
import { dictEntryCount, dictEntryAt, dictLen } from './dict';
import { DictEntry } from '../heap/layout';
import { newStr, strEquals } from './str';
import { isSubtype, typeNameOf } from './type';
import { constFactories } from './code';
import { vmHooks } from '../vm/hooks';
import { makeUnhashable, reprEnter, reprLeave } from './container_common';
import { newSeqIter } from './iterators';
import { newInt } from './int';

export const setSpec = defineType({
  name: 'set', key: 'set', layout: Layout.Set, basicWords: SetObj.Size, flags: TypeFlag.BaseType,
});
export const frozensetSpec = defineType({
  name: 'frozenset', key: 'frozenset', layout: Layout.FrozenSet, basicWords: SetObj.Size, flags: TypeFlag.BaseType,
});

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const ENTRIES = Block.RawHeaderWords; // entries start here in the table's raw block
const W = SetEntry.Words;
/** The key word of a deleted entry; dummies are recognised by their hash (-1, which no real hash is). */
const DUMMY_KEY = 1;

// ---- type tests ---------------------------------------------------------------------------------------------

export function isAnySet(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const lay = I32[I32[r + Obj.Type] + TypeObj.Layout];
  return lay === Layout.Set || lay === Layout.FrozenSet;
}

/** set or a subclass of set (not frozenset). */
export function isSet(r: Ref): boolean {
  return (r & 1) === 0 && I32[I32[r + Obj.Type] + TypeObj.Layout] === Layout.Set;
}

export function isFrozenSet(r: Ref): boolean {
  return (r & 1) === 0 && I32[I32[r + Obj.Type] + TypeObj.Layout] === Layout.FrozenSet;
}

export function setLen(s: Ref): number {
  return I32[s + SetObj.Used];
}

// ---- the table ------------------------------------------------------------------------------------------------

function newTable(size: number): number {
  const raw = allocRaw(size * W);
  I32.fill(0, raw + ENTRIES, raw + ENTRIES + size * W);
  return raw;
}

/** A new empty set of `type` (set, frozenset or a subclass of either). */
export function newSet(type: Ref = T.set): Ref {
  const words = type === T.set || type === T.frozenset ? SetObj.Size : I32[type + TypeObj.BasicWords];
  const s = allocObject(type, words);
  I32[s + SetObj.Mask] = MIN_SIZE - 1;
  I32[s + SetObj.Table] = newTable(MIN_SIZE);
  return s;
}

/** Is entry e live (neither empty nor a dummy)? */
function isLive(e: number): boolean {
  return I32[e + SetEntry.Key] !== 0 && !(I32[e + SetEntry.HashLo] === -1 && I32[e + SetEntry.HashHi] === -1);
}

function isStrExact(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.str;
}

/**
 * Add `key` (borrowed) whose hash is (lo, hi). Returns false when an equal key is already there. Python
 * __eq__ may run and change the set: the probe then starts over, as CPython's does.
 */
function addEntry(s: Ref, key: Ref, lo: number, hi: number): boolean {
  restart: for (;;) {
    const tab = I32[s + SetObj.Table];
    const mask = I32[s + SetObj.Mask];
    let i = lo & mask;
    let pLo = lo >>> 0, pHi = hi >>> 0; // perturb, an unsigned 64-bit value
    let freeSlot = 0;
    for (;;) {
      let e = tab + ENTRIES + i * W;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const k = I32[e + SetEntry.Key];
        if (k === 0) {
          if (freeSlot !== 0) {
            storeEntry(freeSlot, key, lo, hi);
            I32[s + SetObj.Used]++;
            return true;
          }
          storeEntry(e, key, lo, hi);
          I32[s + SetObj.Fill]++;
          I32[s + SetObj.Used]++;
          if (I32[s + SetObj.Fill] * 5 >= mask * 3) {
            const used = I32[s + SetObj.Used];
            resize(s, used > 50000 ? used * 2 : used * 4);
          }
          return true;
        }
        const elo = I32[e + SetEntry.HashLo], ehi = I32[e + SetEntry.HashHi];
        if (elo === lo && ehi === hi) {
          if (k === key) return false;
          if (isStrExact(k) && isStrExact(key)) {
            if (strEquals(k, key)) return false;
          } else if ((k & key & 1) === 0) {
            incref(k);
            let eq: boolean;
            try {
              eq = richEq(k, key);
            } finally {
              decref(k);
            }
            if (eq) return false;
            if (I32[s + SetObj.Table] !== tab || I32[e + SetEntry.Key] !== k) continue restart;
          }
        } else if (elo === -1 && ehi === -1) {
          // a dummy: remember it. CPython ends up using the last one the probe passed (observed: after
          // removing 0, 128 and 256 from a table where they sat in slots 0-2, adding 512 takes slot 2).
          freeSlot = e;
        }
        if (probes-- === 0) break;
        e += W;
      }
      pLo = ((pHi << 27) | (pLo >>> 5)) >>> 0;
      pHi = pHi >>> 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

function storeEntry(e: number, key: Ref, lo: number, hi: number): void {
  incref(key);
  I32[e + SetEntry.Key] = key;
  I32[e + SetEntry.HashLo] = lo;
  I32[e + SetEntry.HashHi] = hi;
}

/** The entry holding a key equal to `key`, or 0. */
function findEntry(s: Ref, key: Ref, lo: number, hi: number): number {
  restart: for (;;) {
    const tab = I32[s + SetObj.Table];
    const mask = I32[s + SetObj.Mask];
    let i = lo & mask;
    let pLo = lo >>> 0, pHi = hi >>> 0;
    for (;;) {
      let e = tab + ENTRIES + i * W;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const k = I32[e + SetEntry.Key];
        if (k === 0) return 0;
        if (I32[e + SetEntry.HashLo] === lo && I32[e + SetEntry.HashHi] === hi) {
          if (k === key) return e;
          if (isStrExact(k) && isStrExact(key)) {
            if (strEquals(k, key)) return e;
          } else if ((k & key & 1) === 0) {
            incref(k);
            let eq: boolean;
            try {
              eq = richEq(k, key);
            } finally {
              decref(k);
            }
            if (eq) return e;
            if (I32[s + SetObj.Table] !== tab || I32[e + SetEntry.Key] !== k) continue restart;
          }
        }
        if (probes-- === 0) break;
        e += W;
      }
      pLo = ((pHi << 27) | (pLo >>> 5)) >>> 0;
      pHi = pHi >>> 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** Insert into a table known to hold no dummies and no equal key (resizing, copying). Steals `key`. */
function insertClean(tab: number, mask: number, key: Ref, lo: number, hi: number): void {
  let i = lo & mask;
  let pLo = lo >>> 0, pHi = hi >>> 0;
  for (;;) {
    let e = tab + ENTRIES + i * W;
    if (I32[e + SetEntry.Key] === 0) return putEntry(e, key, lo, hi);
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += W;
        if (I32[e + SetEntry.Key] === 0) return putEntry(e, key, lo, hi);
      }
    }
    pLo = ((pHi << 27) | (pLo >>> 5)) >>> 0;
    pHi = pHi >>> 5;
    i = (i * 5 + 1 + pLo) & mask;
  }
}

function putEntry(e: number, key: Ref, lo: number, hi: number): void {
  I32[e + SetEntry.Key] = key;
  I32[e + SetEntry.HashLo] = lo;
  I32[e + SetEntry.HashHi] = hi;
}

/** Rebuild the table with the smallest power-of-two size above `minUsed` (at least 8). */
function resize(s: Ref, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size *= 2;
  const old = I32[s + SetObj.Table];
  const oldMask = I32[s + SetObj.Mask];
  const tab = newTable(size);
  const mask = size - 1;
  for (let e = old + ENTRIES, end = e + (oldMask + 1) * W; e < end; e += W) {
    if (isLive(e)) insertClean(tab, mask, I32[e + SetEntry.Key], I32[e + SetEntry.HashLo], I32[e + SetEntry.HashHi]);
  }
  I32[s + SetObj.Table] = tab;
  I32[s + SetObj.Mask] = mask;
  I32[s + SetObj.Fill] = I32[s + SetObj.Used];
  freeBlock(old);
}

/** Resize when adding `extra` entries would pass the 3/5 load (before merging another collection). */
export function reserveFor(s: Ref, extra: number): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, reserveFor, s, extra);
  if ((I32[s + SetObj.Fill] + extra) * 5 >= I32[s + SetObj.Mask] * 3) {
    resize(s, (I32[s + SetObj.Used] + extra) * 2);
  }
}

/** After removals: squeeze the dummies out when they are more than a quarter of the table. */
export function compactAfterRemovals(s: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, compactAfterRemovals, s);
  if (I32[s + SetObj.Fill] - I32[s + SetObj.Used] <= I32[s + SetObj.Mask] / 4) return;
  const used = I32[s + SetObj.Used];
  resize(s, used > 50000 ? used * 2 : used * 4);
}

// ---- keys ---------------------------------------------------------------------------------------------------

/** s.add(key) */
export function setAdd(s: Ref, key: Ref): boolean {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setAdd, s, key);
  const lo = hashOf(key);
  return addEntry(s, key, lo, hashHi);
}

/** Add with a known hash (from another set's entry). */
export function setAddHashed(s: Ref, key: Ref, lo: number, hi: number): boolean {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setAddHashed, s, key, lo, hi);
  return addEntry(s, key, lo, hi);
}

/** Add a new reference and release it. */
export function setAddSteal(s: Ref, key: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setAddSteal, s, key);
  try {
    setAdd(s, key);
  } finally {
    decref(key);
  }
}

export function setContainsHashed(s: Ref, key: Ref, lo: number, hi: number): boolean {
  return findEntry(s, key, lo, hi) !== 0;
}

/** `key in s` without the frozenset retry (raises TypeError for unhashable keys). */
export function setContains(s: Ref, key: Ref): boolean {
  const lo = hashOf(key);
  return findEntry(s, key, lo, hashHi) !== 0;
}

/** Remove the entry for an equal key; false when absent. */
export function setDiscardHashed(s: Ref, key: Ref, lo: number, hi: number): boolean {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setDiscardHashed, s, key, lo, hi);
  const e = findEntry(s, key, lo, hi);
  if (e === 0) return false;
  const old = I32[e + SetEntry.Key];
  I32[e + SetEntry.Key] = DUMMY_KEY;
  I32[e + SetEntry.HashLo] = -1;
  I32[e + SetEntry.HashHi] = -1;
  I32[s + SetObj.Used]--;
  decref(old);
  return true;
}

export function setDiscard(s: Ref, key: Ref): boolean {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setDiscard, s, key);
  const lo = hashOf(key);
  return setDiscardHashed(s, key, lo, hashHi);
}

/**
 * Run `op` with `key`; if hashing it fails because it is a (mutable) set, run it again with a frozenset of
 * the same items, as CPython does for `in`, remove() and discard().
 */
export function withFrozenRetry<X>(key: Ref, op: (k: Ref) => X): X {
  try {
    return op(key);
  } catch (e) {
    if (!(e instanceof PyErr) || !isSet(key) || !isInstanceOfType(e.exc, T.TypeError)) throw e;
    decref(e.exc);
    const tmp = newSet(T.frozenset);
    try {
      mergeSet(tmp, key);
      return op(tmp);
    } finally {
      decref(tmp);
    }
  }
}

/** Visit the live entries in table order: fn(key, hashLo, hashHi). The set must not change meanwhile. */
export function forEachEntry(s: Ref, fn: (key: Ref, lo: number, hi: number) => void): void {
  const tab = I32[s + SetObj.Table];
  const end = tab + ENTRIES + (I32[s + SetObj.Mask] + 1) * W;
  for (let e = tab + ENTRIES; e < end; e += W) {
    if (isLive(e)) fn(I32[e + SetEntry.Key], I32[e + SetEntry.HashLo], I32[e + SetEntry.HashHi]);
  }
}

/** Snapshot of the live entries: [key, lo, hi, key, lo, hi, …] (keys borrowed). */
export function entrySnapshot(s: Ref): number[] {
  const out: number[] = [];
  forEachEntry(s, (k, lo, hi) => out.push(k, lo, hi));
  return out;
}

/** The keys in iteration order (borrowed). */
export function setKeys(s: Ref): Ref[] {
  const out: Ref[] = [];
  forEachEntry(s, (k) => out.push(k));
  return out;
}

/** Empty the set (a fresh 8-entry table), releasing the keys afterwards. */
export function setClear(s: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setClear, s);
  const old = I32[s + SetObj.Table];
  const oldMask = I32[s + SetObj.Mask];
  I32[s + SetObj.Table] = newTable(MIN_SIZE);
  I32[s + SetObj.Mask] = MIN_SIZE - 1;
  I32[s + SetObj.Fill] = 0;
  I32[s + SetObj.Used] = 0;
  releaseTable(old, oldMask);
}

function releaseTable(tab: number, mask: number): void {
  if (tab === 0) return;
  const keys: Ref[] = [];
  for (let e = tab + ENTRIES, end = e + (mask + 1) * W; e < end; e += W) if (isLive(e)) keys.push(I32[e + SetEntry.Key]);
  freeBlock(tab);
  for (const k of keys) decref(k);
}

/** s.pop(): the key at or after the finger (a new reference owned by the caller). */
export function setPop(s: Ref): Ref {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setPop, s);
  if (I32[s + SetObj.Used] === 0) throw raise(T.KeyError, 'pop from an empty set');
  const tab = I32[s + SetObj.Table];
  const mask = I32[s + SetObj.Mask];
  let i = I32[s + SetObj.Finger] & mask;
  while (!isLive(tab + ENTRIES + i * W)) i = i === mask ? 0 : i + 1;
  const e = tab + ENTRIES + i * W;
  const key = I32[e + SetEntry.Key];
  I32[e + SetEntry.Key] = DUMMY_KEY;
  I32[e + SetEntry.HashLo] = -1;
  I32[e + SetEntry.HashHi] = -1;
  I32[s + SetObj.Used]--;
  I32[s + SetObj.Finger] = i + 1;
  return key;
}

/** Exchange the tables of two sets (intersection_update computes into a temporary, then swaps). */
export function swapBodies(a: Ref, b: Ref): void {
  if (__GILT_FT__ && ftSafe) return lockedCall2(a, b, () => swapBodiesUnlocked(a, b));
  swapBodiesUnlocked(a, b);
}

function swapBodiesUnlocked(a: Ref, b: Ref): void {
  for (const f of [SetObj.Fill, SetObj.Used, SetObj.Mask, SetObj.Table, SetObj.Hash, SetObj.HashHi, SetObj.HashValid]) {
    const t = I32[a + f];
    I32[a + f] = I32[b + f];
    I32[b + f] = t;
  }
}

// ---- merging ------------------------------------------------------------------------------------------------

/** Add every key of another set or frozenset. */
export function mergeSet(s: Ref, other: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, mergeSet, s, other);
  const n = I32[other + SetObj.Used];
  if (n === 0 || s === other) return;
  reserveFor(s, n);
  const mask = I32[s + SetObj.Mask];
  const otherTab = I32[other + SetObj.Table];
  const otherMask = I32[other + SetObj.Mask];
  if (I32[s + SetObj.Fill] === 0 && mask === otherMask && I32[other + SetObj.Fill] === n) {
    // empty target of the same size, no dummies to drop: copy the entries where they are
    const tab = I32[s + SetObj.Table];
    for (let i = 0; i <= mask; i++) {
      const src = otherTab + ENTRIES + i * W;
      const k = I32[src + SetEntry.Key];
      if (k === 0) continue;
      const dst = tab + ENTRIES + i * W;
      incref(k);
      I32[dst + SetEntry.Key] = k;
      I32[dst + SetEntry.HashLo] = I32[src + SetEntry.HashLo];
      I32[dst + SetEntry.HashHi] = I32[src + SetEntry.HashHi];
    }
    I32[s + SetObj.Fill] = n;
    I32[s + SetObj.Used] = n;
    return;
  }
  if (I32[s + SetObj.Fill] === 0) {
    // empty target: no equal keys and no dummies, so plain insertion in the other's table order
    const tab = I32[s + SetObj.Table];
    for (let e = otherTab + ENTRIES, end = e + (otherMask + 1) * W; e < end; e += W) {
      if (!isLive(e)) continue;
      const k = I32[e + SetEntry.Key];
      incref(k);
      insertClean(tab, mask, k, I32[e + SetEntry.HashLo], I32[e + SetEntry.HashHi]);
    }
    I32[s + SetObj.Fill] = n;
    I32[s + SetObj.Used] = n;
    return;
  }
  const snap = entrySnapshot(other);
  for (let j = 0; j < snap.length; j += 3) addEntry(s, snap[j], snap[j + 1], snap[j + 2]);
}

/** s |= iterable: sets and dicts are read directly, anything else is iterated. */
export function setUpdate(s: Ref, other: Ref): void {
  if (__GILT_FT__ && ftSafe && !holdsLock(s)) return lockedCall(s, setUpdate, s, other);
  if (isAnySet(other)) return mergeSet(s, other);
  if ((other & 1) === 0 && I32[other + Obj.Type] === T.dict) {
    reserveFor(s, dictLen(other));
    const n = dictEntryCount(other);
    for (let i = 0; i < n && i < dictEntryCount(other); i++) {
      const k = I32[dictEntryAt(other, i) + DictEntry.Key];
      if (k !== 0) setAdd(s, k);
    }
    return;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return;
      setAddSteal(s, v);
    }
  } finally {
    decref(it);
  }
}

/** A new set of `type` holding the items of `iterable` (0 for none). */
export function makeSet(type: Ref, iterable: Ref): Ref {
  const s = newSet(type);
  if (iterable !== 0) {
    try {
      setUpdate(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** set or frozenset, whichever `type` derives from (results of set algebra have the base type). */
export function baseSetType(type: Ref): Ref {
  if (type === T.set || type === T.frozenset) return type;
  return isSubtype(type, T.set) ? T.set : T.frozenset;
}

/** A copy with the base type of s. */
export function setCopy(s: Ref): Ref {
  return makeSet(baseSetType(typeOf(s)), s);
}

/** A frozenset of new-or-borrowed refs (borrowed: each is increfed as it is added). */
export function frozensetFrom(items: Ref[]): Ref {
  const s = newSet(T.frozenset);
  for (const k of items) setAdd(s, k);
  return s;
}

// ---- hash -------------------------------------------------------------------------------------------------

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** CPython's frozenset hash: order-independent mix of the entries' hashes, cached in the object. */
export function frozensetHash(s: Ref): number {
  if (I32[s + SetObj.HashValid]) {
    setHashHi(I32[s + SetObj.HashHi]);
    return I32[s + SetObj.Hash];
  }
  let h = 0n;
  forEachEntry(s, (_k, lo, hi) => {
    h ^= shuffleBits((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  });
  h ^= ((BigInt(I32[s + SetObj.Used]) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const lo = Number(h & 0xffffffffn) | 0;
  const hi = Number(h >> 32n) | 0;
  I32[s + SetObj.Hash] = lo;
  I32[s + SetObj.HashHi] = hi;
  I32[s + SetObj.HashValid] = 1;
  setHashHi(hi);
  return lo;
}
frozensetSpec.slots.hash = frozensetHash;

/** Do two frozensets have cached hashes that differ (so they cannot be equal)? */
export function cachedHashesDiffer(a: Ref, b: Ref): boolean {
  return isFrozenSet(a) && isFrozenSet(b) && I32[a + SetObj.HashValid] === 1 && I32[b + SetObj.HashValid] === 1 &&
    (I32[a + SetObj.Hash] !== I32[b + SetObj.Hash] || I32[a + SetObj.HashHi] !== I32[b + SetObj.HashHi]);
}

// ---- repr -------------------------------------------------------------------------------------------------

function setRepr(s: Ref): Ref {
  const t = typeOf(s);
  const name = typeNameOf(t);
  if (I32[s + SetObj.Used] === 0) return newStr(`${name}()`);
  if (!reprEnter(s)) return newStr(`${name}(...)`);
  try {
    const keys = setKeys(s);
    for (const k of keys) incref(k);
    const parts: string[] = [];
    try {
      for (const k of keys) parts.push(reprJs(k));
    } finally {
      for (const k of keys) decref(k);
    }
    const body = `{${parts.join(', ')}}`;
    return newStr(t === T.set ? body : `${name}(${body})`);
  } finally {
    reprLeave(s);
  }
}

// ---- iteration --------------------------------------------------------------------------------------------

// set_iterator: Index is the next table position, Extra the size the set had (-1 once it changed), Extra2
// the items left (for __length_hint__).
export const setIteratorSpec = defineType({
  name: 'set_iterator', key: 'set_iterator', layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: { iter: (it) => newref(it), next: setIterNext },
});

function setIterNext(it: Ref): Ref {
  const s = I32[it + IterObj.Source];
  if (s === 0) return 0;
  if (I32[s + SetObj.Used] !== I32[it + IterObj.Extra]) {
    I32[it + IterObj.Extra] = -1;
    throw raise(T.RuntimeError, 'Set changed size during iteration');
  }
  const tab = I32[s + SetObj.Table];
  const mask = I32[s + SetObj.Mask];
  for (let i = I32[it + IterObj.Index]; i <= mask; i++) {
    const e = tab + ENTRIES + i * W;
    if (isLive(e)) {
      I32[it + IterObj.Index] = i + 1;
      I32[it + IterObj.Extra2]--;
      return newref(I32[e + SetEntry.Key]);
    }
  }
  I32[it + IterObj.Source] = 0;
  decref(s);
  return 0;
}

function newSetIter(s: Ref): Ref {
  const it = newSeqIter(T.set_iterator, s);
  I32[it + IterObj.Extra] = I32[s + SetObj.Used];
  I32[it + IterObj.Extra2] = I32[s + SetObj.Used];
  return it;
}

method(setIteratorSpec, '__iter__', (self) => newref(self));
method(setIteratorSpec, '__next__', (self) => {
  const v = setIterNext(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(setIteratorSpec, '__length_hint__', (self) => {
  const s = I32[self + IterObj.Source];
  const ok = s !== 0 && I32[s + SetObj.Used] === I32[self + IterObj.Extra];
  return newInt(ok ? I32[self + IterObj.Extra2] : 0);
});

// ---- slots shared by set and frozenset ------------------------------------------------------------------

for (const spec of [setSpec, frozensetSpec]) {
  const slots = spec.slots;
  slots.repr = setRepr;
  slots.len = setLen;
  slots.bool = (s) => I32[s + SetObj.Used] !== 0;
  slots.iter = newSetIter;
  slots.contains = (s, key) => withFrozenRetry(key, (k) => setContains(s, k));
}
makeUnhashable(setSpec);

// ---- memory -----------------------------------------------------------------------------------------------

for (const lay of [Layout.Set, Layout.FrozenSet]) {
  clearers[lay] = (s) => {
    const tab = I32[s + SetObj.Table];
    const mask = I32[s + SetObj.Mask];
    I32[s + SetObj.Table] = 0;
    I32[s + SetObj.Used] = 0;
    I32[s + SetObj.Fill] = 0;
    releaseTable(tab, mask);
  };
  traversers[lay] = (s, visit) => {
    if (I32[s + SetObj.Table] !== 0) forEachEntry(s, (k) => visit(k));
  };
  rawOwners[lay] = (s, visit) => {
    if (I32[s + SetObj.Table] !== 0) visit(I32[s + SetObj.Table]);
  };
}

// ---- the compiler's and the eval loop's needs -------------------------------------------------------------

// A set display of constants compiles to a frozenset constant. CPython builds it from the items, then
// rebuilds it from its own iteration order when the compiler merges constants; the second build can
// place colliding keys differently, so we do the same to print `{-1, -2, 7}` in CPython's order.
constFactories.frozenset = (items) => {
  const first = frozensetFrom(items);
  try {
    return frozensetFrom(setKeys(first));
  } finally {
    decref(first);
  }
};
vmHooks.newSet = () => newSet(T.set);
vmHooks.setAdd = (s, v) => {
  setAdd(s, v);
};

