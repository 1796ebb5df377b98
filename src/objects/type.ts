// type: type objects, the MRO, and looking names up on types (with a per-worker method cache).
//
// Builtin types are made by bootstrap.ts from the specs; user classes are made by makeHeapType() when
// type(name, bases, ns) runs. A type's methods live in its dict. lookupType() walks the MRO and caches the
// answer per (type, name) under the type's version tag, which changes whenever a dict on the MRO changes.

import { I32 } from '../heap/heap';
import { allocRaw, freeBlock, rawCapacity } from '../heap/alloc';
import { Block, HeapHeader, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T, typeOf } from './core';
import { dictGetStr, newDict } from './dict';
import { intern, newStr, strValue } from './str';
import { newTuple, tupleInit, tupleItem, tupleLen } from './tuple';
import { defineType } from './typespec';

export const typeSpec = defineType({
  name: 'type', key: 'type', layout: Layout.Type, basicWords: TypeObj.Size,
  flags: TypeFlag.TypeSubclass | TypeFlag.BaseType,
});

export function isType(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.type || (I32[t + TypeObj.Flags] & TypeFlag.TypeSubclass) !== 0;
}

export function typeNameOf(t: Ref): string {
  return strValue(I32[t + TypeObj.Name]);
}

export function typeQualName(t: Ref): string {
  return strValue(I32[t + TypeObj.QualName]);
}

export function typeFlags(t: Ref): number {
  return I32[t + TypeObj.Flags];
}

/** Is `t` a subtype of `base` (by the MRO)? */
export function isSubtype(t: Ref, base: Ref): boolean {
  if (t === base) return true;
  const mro = I32[t + TypeObj.Mro];
  if (mro === 0) {
    // during bootstrap: follow __base__
    for (let b = I32[t + TypeObj.Base]; b !== 0; b = I32[b + TypeObj.Base]) if (b === base) return true;
    return false;
  }
  const n = tupleLen(mro);
  for (let i = 1; i < n; i++) if (tupleItem(mro, i) === base) return true;
  return false;
}

export function isInstanceExact(obj: Ref, t: Ref): boolean {
  return typeOf(obj) === t;
}

export function isInstanceOf(obj: Ref, t: Ref): boolean {
  return isSubtype(typeOf(obj), t);
}

// ---- the method cache ------------------------------------------------------------------------------------

const CACHE_SIZE = 4096;
const cacheType = new Int32Array(CACHE_SIZE);
const cacheName = new Int32Array(CACHE_SIZE);
const cacheVersion = new Int32Array(CACHE_SIZE);
const cacheValue = new Int32Array(CACHE_SIZE);

/**
 * Find `name` (an interned str) on the MRO of `t`. Returns a borrowed ref, or 0 if absent.
 * Only interned names are cached (compared by address).
 */
export function lookupType(t: Ref, name: Ref): Ref {
  const version = I32[t + TypeObj.Version];
  const slot = ((t >>> 1) ^ Math.imul(name, 0x9e3779b1) >>> 20) & (CACHE_SIZE - 1);
  if (version !== 0 && cacheType[slot] === t && cacheName[slot] === name && cacheVersion[slot] === version) {
    return cacheValue[slot];
  }
  const v = lookupTypeUncached(t, name);
  if (version !== 0) {
    cacheType[slot] = t;
    cacheName[slot] = name;
    cacheVersion[slot] = version;
    cacheValue[slot] = v;
  }
  return v;
}

export function lookupTypeUncached(t: Ref, name: Ref): Ref {
  const mro = I32[t + TypeObj.Mro];
  if (mro === 0) return dictGetStr(I32[t + TypeObj.Dict], name);
  const n = tupleLen(mro);
  for (let i = 0; i < n; i++) {
    const base = tupleItem(mro, i);
    const v = dictGetStr(I32[base + TypeObj.Dict], name);
    if (v !== 0) return v;
  }
  return 0;
}

export function lookupTypeStr(t: Ref, name: string): Ref {
  return lookupType(t, intern(name));
}

/** A type's dict changed: give it and every subclass a new version so caches miss. */
export function typeModified(t: Ref): void {
  if (I32[t + TypeObj.Version] === 0) return;
  I32[t + TypeObj.Version] = Atomics.add(I32, HeapHeader.TypeVersion, 1);
  for (const s of subclassList(t)) typeModified(s);
}

// A type's subclasses are kept in a raw block of uncounted refs ([count, refs…]): a subclass must not be kept
// alive by its base.
export function subclassList(t: Ref): Ref[] {
  const raw = I32[t + TypeObj.Subclasses];
  if (raw === 0) return [];
  const n = I32[raw + Block.RawHeaderWords];
  const out: Ref[] = [];
  for (let i = 0; i < n; i++) out.push(I32[raw + Block.RawHeaderWords + 1 + i]);
  return out;
}

export function addSubclass(base: Ref, sub: Ref): void {
  let raw = I32[base + TypeObj.Subclasses];
  const n = raw === 0 ? 0 : I32[raw + Block.RawHeaderWords];
  if (raw === 0 || n + 1 >= rawCapacity(raw)) {
    const bigger = allocRaw(Math.max(8, (n + 1) * 2));
    if (raw !== 0) {
      I32.copyWithin(bigger + Block.RawHeaderWords, raw + Block.RawHeaderWords, raw + Block.RawHeaderWords + 1 + n);
      freeBlock(raw);
    } else {
      I32[bigger + Block.RawHeaderWords] = 0;
    }
    raw = bigger;
    I32[base + TypeObj.Subclasses] = raw;
  }
  I32[raw + Block.RawHeaderWords + 1 + n] = sub;
  I32[raw + Block.RawHeaderWords] = n + 1;
}

export function removeSubclass(base: Ref, sub: Ref): void {
  const raw = I32[base + TypeObj.Subclasses];
  if (raw === 0) return;
  const p = raw + Block.RawHeaderWords;
  const n = I32[p];
  for (let i = 0; i < n; i++) {
    if (I32[p + 1 + i] === sub) {
      I32.copyWithin(p + 1 + i, p + 2 + i, p + 1 + n);
      I32[p] = n - 1;
      return;
    }
  }
}

export function newVersionTag(): number {
  return Atomics.add(I32, HeapHeader.TypeVersion, 1);
}

// ---- MRO --------------------------------------------------------------------------------------------------

/** C3 linearisation of a new class; raises TypeError as CPython when impossible. */
export function computeMro(t: Ref, bases: Ref[]): Ref[] {
  const seqs: Ref[][] = bases.map((b) => {
    const m = I32[b + TypeObj.Mro];
    const out: Ref[] = [];
    for (let i = 0; i < tupleLen(m); i++) out.push(tupleItem(m, i));
    return out;
  });
  seqs.push([...bases]);
  const result: Ref[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate = 0;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === 0) {
      const names = bases.map((b) => typeNameOf(b)).join(', ');
      throw raise(T.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

export function refsToTuple(refs: Ref[]): Ref {
  const tup = newTuple(refs.length);
  for (let i = 0; i < refs.length; i++) tupleInit(tup, i, newref(refs[i]));
  return tup;
}

/** Allocate a bare type object (fields filled by the caller). */
export function allocType(meta: Ref, name: string, qualname: string): Ref {
  const t = allocObject(meta, TypeObj.Size);
  I32[t + TypeObj.Name] = newStr(name);
  I32[t + TypeObj.QualName] = newStr(qualname);
  I32[t + TypeObj.Dict] = newDict();
  I32[t + TypeObj.Version] = newVersionTag();
  return t;
}

export function typeDict(t: Ref): Ref {
  return I32[t + TypeObj.Dict];
}

export function typeMro(t: Ref): Ref[] {
  const m = I32[t + TypeObj.Mro];
  const out: Ref[] = [];
  for (let i = 0; i < tupleLen(m); i++) out.push(tupleItem(m, i));
  return out;
}

export { S };
