// Making the builtin types and singletons of a new interpreter in its heap, or finding them again when a
// worker attaches to a heap another worker made. The refs are kept in the heap's registry (HeapHeader.Registry),
// in a fixed order, so every worker agrees on them.

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall } from '../gil/critical_section';
import { guardContainers } from './critical';
import { I32 } from '../heap/heap';
import { allocBlock } from '../heap/alloc';
import { BigInt_, HeapHeader, Layout, MethodKind, Obj, TypeFlag, TypeObj, ExcObj } from '../heap/layout';
import { makeImmortal, Ref, S, T, BuiltinTypeName, allocObject, decref } from './core';
import { specs, TypeSpec, inheritSlots } from './typespec';
import { typeRefsByName } from './spec_refs';
import { newStr, intern, setInternInHeap, clearInternCache } from './str';
import { newDict, dictSetItem, dictGetStr } from './dict';
import { newTuple, tupleInit } from './tuple';
import { newMethodDescr, newGetSetDescr } from './builtin_function';
import { newVersionTag } from './type';
import { internProtocolNames } from './abstract';
import { newException } from './exceptions';
import { strHash } from './str';
import { dictSetWithHash, dictGetWithHash } from './dict';
import { hashString } from './hash';

/** Registry slots (word offsets from HeapHeader.Registry). Types come first, in spec order. */
const enum Reg {
  None = 0, True, False, NotImplemented, Ellipsis, EmptyTuple, EmptyStr, EmptyBytes, InternTable, MemoryError,
  Modules, BuiltinsModule, SysModule, BuiltinsDict, EmptyFrozenSet,
  FirstType = 32,
}

const SINGLETON_KEYS: Array<[keyof typeof S, Reg]> = [
  ['None', Reg.None], ['True', Reg.True], ['False', Reg.False], ['NotImplemented', Reg.NotImplemented],
  ['Ellipsis', Reg.Ellipsis], ['emptyTuple', Reg.EmptyTuple], ['emptyStr', Reg.EmptyStr],
  ['emptyBytes', Reg.EmptyBytes], ['internTable', Reg.InternTable], ['memoryError', Reg.MemoryError],
  ['modules', Reg.Modules], ['builtinsModule', Reg.BuiltinsModule], ['sysModule', Reg.SysModule],
  ['builtinsDict', Reg.BuiltinsDict], ['emptyFrozenSet', Reg.EmptyFrozenSet],
];

function reg(slot: number): number {
  return HeapHeader.Registry + slot;
}

/** Create every builtin type and singleton in a fresh heap. */
export function bootstrapHeap(): void {
  inheritSlots();
  if (__GILT_FT__) guardContainers();
  // 1. allocate bare type objects so T is complete before anything else is made
  const metaIndex = specs.findIndex((s) => s.key === 'type');
  if (HeapHeader.Registry + Reg.FirstType + specs.length > HeapHeader.Registry + HeapHeader.RegistrySize) {
    throw new Error('heap registry too small for the builtin types');
  }
  const typeRefs: Ref[] = specs.map(() => {
    const t = allocBlock(TypeObj.Size);
    for (let i = 0; i < TypeObj.Size; i++) I32[t + i] = 0;
    return t;
  });
  specs.forEach((spec, i) => {
    const t = typeRefs[i];
    I32[t + Obj.RefCnt] = -0x40000000;
    I32[t + Obj.Type] = typeRefs[metaIndex];
    I32[t + TypeObj.Layout] = spec.layout;
    I32[t + TypeObj.BasicWords] = spec.basicWords;
    I32[t + TypeObj.DictOffset] = spec.dictOffset;
    I32[t + TypeObj.SlotsIndex] = spec.slotsIndex;
    I32[t + TypeObj.Flags] = spec.flags | TypeFlag.Ready | TypeFlag.Immutable;
    if (spec.key !== null) (T as Record<string, number>)[spec.key] = t;
    typeRefsByName.set(spec.name, t);
  });
  I32[HeapHeader.LiveObjects] += specs.length;
  for (let i = 0; i < specs.length; i++) I32[reg(Reg.FirstType + i)] = typeRefs[i];
  // 2. the objects every later allocation may need
  const mkSingleton = (type: Ref, words: number): Ref => {
    const r = allocObject(type, words);
    makeImmortal(r);
    return r;
  };
  S.None = mkSingleton(T.NoneType, Obj.HeaderWords);
  S.NotImplemented = mkSingleton(T.NotImplementedType, Obj.HeaderWords);
  S.Ellipsis = mkSingleton(T.ellipsis, Obj.HeaderWords);
  S.False = mkSingleton(T.bool, BigInt_.Limbs + 1);
  S.True = mkSingleton(T.bool, BigInt_.Limbs + 1);
  I32[S.True + BigInt_.Count] = 1;
  I32[S.True + BigInt_.Limbs] = 1;
  S.emptyTuple = newTuple(0);
  makeImmortal(S.emptyTuple);
  S.emptyStr = newStr('');
  makeImmortal(S.emptyStr);
  S.internTable = newDict();
  makeImmortal(S.internTable);
  installHeapInterning();
  // 3. names, qualnames, bases, MROs and dicts of the types
  specs.forEach((spec, i) => finishType(spec, typeRefs[i]));
  internProtocolNames();
  // 4. preallocated MemoryError (raising must not need memory)
  S.memoryError = newException(T.MemoryError, []);
  makeImmortal(S.memoryError);
  for (const [k, slot] of SINGLETON_KEYS) I32[reg(slot)] = S[k];
}

function finishType(spec: TypeSpec, t: Ref): void {
  I32[t + TypeObj.Name] = intern(spec.name);
  I32[t + TypeObj.QualName] = intern(spec.name);
  if (spec.module !== 'builtins') I32[t + TypeObj.Module] = intern(spec.module);
  const base = spec.base === null ? 0 : T[spec.base];
  I32[t + TypeObj.Base] = base;
  const bases = spec.base === null ? [] : [base, ...spec.extraBases.map((k: BuiltinTypeName) => T[k])];
  const bt = newTuple(bases.length);
  bases.forEach((b, i) => tupleInit(bt, i, b));
  makeImmortal(bt);
  I32[t + TypeObj.Bases] = bt;
  // MRO: single inheritance chain, except ExceptionGroup (BaseExceptionGroup, Exception)
  const mro: Ref[] = [t];
  if (spec.extraBases.length > 0) {
    const chain = (x: Ref): Ref[] => {
      const out: Ref[] = [];
      for (let b = x; b !== 0; b = I32[b + TypeObj.Base]) out.push(b);
      return out;
    };
    const a = chain(base), b = chain(T[spec.extraBases[0]]);
    for (const x of [...a, ...b]) if (!mro.includes(x) && x !== T.object && x !== T.BaseException) mro.push(x);
    mro.push(T.BaseException, T.object);
  } else {
    for (let b = base; b !== 0; b = I32[b + TypeObj.Base]) mro.push(b);
  }
  const mt = newTuple(mro.length);
  mro.forEach((m, i) => tupleInit(mt, i, m));
  makeImmortal(mt);
  I32[t + TypeObj.Mro] = mt;
  I32[t + TypeObj.Version] = newVersionTag();
  // inherit the dict offset of exceptions etc.
  if (I32[t + TypeObj.DictOffset] === 0 && base !== 0 && spec.layout === I32[base + TypeObj.Layout]) {
    I32[t + TypeObj.DictOffset] = I32[base + TypeObj.DictOffset];
  }
  const d = newDict();
  makeImmortal(d);
  I32[t + TypeObj.Dict] = d;
  for (const m of spec.methods) {
    const kind = m.kind === 'instance' ? MethodKind.Instance : m.kind === 'class' ? MethodKind.Class : MethodKind.Static;
    const descr = newMethodDescr(t, m.name, m.native, kind);
    makeImmortal(descr);
    dictSetItem(d, intern(m.name), descr);
  }
  for (const g of spec.getsets) {
    const descr = newGetSetDescr(t, g.name, g.getter, g.setter);
    makeImmortal(descr);
    dictSetItem(d, intern(g.name), descr);
  }
  for (const [name, make] of spec.attrs) {
    const v = make();
    dictSetItem(d, intern(name), v);
    decref(v);
  }
  if (dictGetStr(d, intern('__doc__')) === 0) dictSetItem(d, intern('__doc__'), spec.doc === null ? S.None : intern(spec.doc));
}

/** Interned strings live in one heap dict shared by all threads (looked up by JS string). */
function installHeapInterning(): void {
  setInternInHeap(function internInHeap(s: string): Ref {
    // free-threaded: look up and insert as one step, so two threads interning one name get one object
    if (__GILT_FT__ && ftSafe && !holdsLock(S.internTable)) return lockedCall(S.internTable, internInHeap, s);
    const h = hashString(s);
    const probe = newStr(s);
    const existing = dictGetWithHash(S.internTable, probe, h);
    if (existing !== 0) {
      decref(probe);
      return existing;
    }
    makeImmortal(probe);
    void strHash(probe);
    dictSetWithHash(S.internTable, probe, probe, h);
    return probe;
  });
}

/** A worker attaching to a heap made by another: read the registry. */
export function attachHeap(): void {
  inheritSlots();
  if (__GILT_FT__) guardContainers();
  for (let i = 0; i < specs.length; i++) {
    const t = I32[reg(Reg.FirstType + i)];
    if (specs[i].key !== null) (T as Record<string, number>)[specs[i].key!] = t;
    typeRefsByName.set(specs[i].name, t);
  }
  for (const [k, slot] of SINGLETON_KEYS) S[k] = I32[reg(slot)];
  clearInternCache();
  installHeapInterning();
  internProtocolNames();
}

/** Remember interpreter-level objects made after bootstrap (modules dict, builtins) in the registry. */
export function publishSingletons(): void {
  for (const [k, slot] of SINGLETON_KEYS) I32[reg(slot)] = S[k];
}
