// type: type objects, the MRO, and looking names up on types (with a per-worker method cache).
//
// Builtin types are made by bootstrap.ts from the specs; user classes are made by makeHeapType() when
// type(name, bases, ns) runs. A type's methods live in its dict. lookupType() walks the MRO and caches the
// answer per (type, name) under the type's version tag, which changes whenever a dict on the MRO changes.

import { I32 } from '../heap/heap';
import { HeapHeader, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
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
  const subs = I32[t + TypeObj.Subclasses];
  if (subs !== 0) for (const s of subclassList(subs)) typeModified(s);
}

// Subclass lists are JS-side per worker mirrors of a heap list of uncounted refs.
import { listItems, newList, listAppend, listLen, listItem, listRemoveAt } from './list';

function subclassList(l: Ref): Ref[] {
  return listItems(l);
}

export function addSubclass(base: Ref, sub: Ref): void {
  let l = I32[base + TypeObj.Subclasses];
  if (l === 0) {
    l = newList(0);
    I32[base + TypeObj.Subclasses] = l;
  }
  // stored uncounted: a subclass does not keep itself alive through its base
  listAppend(l, sub);
  decref(sub);
}

export function removeSubclass(base: Ref, sub: Ref): void {
  const l = I32[base + TypeObj.Subclasses];
  if (l === 0) return;
  for (let i = 0; i < listLen(l); i++) {
    if (listItem(l, i) === sub) {
      incref(sub); // balance the uncounted store before removal decrefs it
      listRemoveAt(l, i);
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
