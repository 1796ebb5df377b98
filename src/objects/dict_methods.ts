// dict's behaviour: item access (with __missing__ for subclasses), `==`, repr, `|` and `|=`, construction
// and update from mappings, pairs and keywords, and the methods. The hash table is in dict.ts; views and
// iterators are in dict_views.ts.

import { I32 } from '../heap/heap';
import { DictEntry, DictObj, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T } from './core';
import {
  call, callBound, getAttrOrNull, getItem, getIter, hashOf, isInstanceOfType, iterNext, N, reprJs, richEq,
  setItem, typeNameOfObj,
} from './abstract';
import { BinOp, classMethod, CompareOp, method, staticMethod } from './typespec';
import {
  dictClear, dictEntryAt, dictEntryCount, dictGetItem, dictGetWithHash, dictLen, dictPop, dictSetItem,
  dictSetWithHash, dictSpec, dictTakeEntry, isDict, newDict,
} from './dict';
import { intern, newStr } from './str';
import { isTuple, newTuple, tupleInit, tupleItems } from './tuple';
import { isList, listItems } from './list';
import { newException } from './exceptions';
import { newInt } from './int';
import { lookupType } from './type';
import {
  argCount, boolRef, checkNewType, classGetItem, makeUnhashable, noArgs, oneArg, reprEnter, reprLeave, wrap0, wrap1, wrap2,
  wrapCompare,
} from './container_common';

const slots = dictSpec.slots;
dictSpec.flags |= TypeFlag.BaseType;

export function keyError(key: Ref): PyErr {
  return new PyErr(newException(T.KeyError, [key]));
}

/** Live entry addresses of d, in order, with their keys and values kept alive (release with releaseEntries). */
function entriesHeld(d: Ref): Array<[Ref, Ref, number]> {
  const out: Array<[Ref, Ref, number]> = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const e = dictEntryAt(d, i);
    const k = I32[e + DictEntry.Key];
    if (k === 0) continue;
    const v = I32[e + DictEntry.Value];
    incref(k);
    incref(v);
    out.push([k, v, I32[e + DictEntry.Hash]]);
  }
  return out;
}

function releaseEntries(entries: Array<[Ref, Ref, number]>): void {
  for (const [k, v] of entries) {
    decref(k);
    decref(v);
  }
}

// ---- item access --------------------------------------------------------------------------------------------

/** d[key]: KeyError when missing, after trying __missing__ on subclasses. */
export function dictSubscript(d: Ref, key: Ref): Ref {
  const v = dictGetItem(d, key);
  if (v !== 0) return newref(v);
  const t = I32[d + Obj.Type];
  if (t !== T.dict) {
    const missing = lookupType(t, N.__missing__);
    if (missing !== 0) return callBound(missing, d, [key]);
  }
  throw keyError(key);
}

function dictAssign(d: Ref, key: Ref, value: Ref): void {
  if (value === 0) {
    if (!dictDelItemOrFalse(d, key)) throw keyError(key);
    return;
  }
  dictSetItem(d, key, value);
}

function dictDelItemOrFalse(d: Ref, key: Ref): boolean {
  const v = dictPop(d, key);
  if (v === 0) return false;
  decref(v);
  return true;
}

slots.getitem = dictSubscript;
slots.setitem = dictAssign;
slots.delitem = (d, key) => {
  if (!dictDelItemOrFalse(d, key)) throw keyError(key);
};
slots.contains = (d, key) => dictGetItem(d, key) !== 0;
slots.len = dictLen;
slots.bool = (d) => I32[d + DictObj.Used] !== 0;

// ---- repr and == --------------------------------------------------------------------------------------------

function dictRepr(d: Ref): Ref {
  if (dictLen(d) === 0) return newStr('{}');
  if (!reprEnter(d)) return newStr('{...}');
  try {
    const parts: string[] = [];
    // entries are read one at a time: a __repr__ may change the dict
    for (let i = 0; i < dictEntryCount(d); i++) {
      const e = dictEntryAt(d, i);
      const k = I32[e + DictEntry.Key];
      if (k === 0) continue;
      const v = I32[e + DictEntry.Value];
      incref(k);
      incref(v);
      try {
        const ks = reprJs(k);
        parts.push(`${ks}: ${reprJs(v)}`);
      } finally {
        decref(k);
        decref(v);
      }
    }
    return newStr(`{${parts.join(', ')}}`);
  } finally {
    reprLeave(d);
  }
}
slots.repr = dictRepr;

/** Same keys, equal values. */
export function dictEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (dictLen(a) !== dictLen(b)) return false;
  for (let i = 0; i < dictEntryCount(a); i++) {
    const e = dictEntryAt(a, i);
    const k = I32[e + DictEntry.Key];
    if (k === 0) continue;
    const va = I32[e + DictEntry.Value];
    incref(k);
    incref(va);
    try {
      const vb = dictGetWithHash(b, k, I32[e + DictEntry.Hash]);
      if (vb === 0) return false;
      if (vb === va) continue;
      incref(vb);
      try {
        if (!richEq(va, vb)) return false;
      } finally {
        decref(vb);
      }
    } finally {
      decref(k);
      decref(va);
    }
  }
  return true;
}

slots.compare = (a, b, op) => {
  if (!isDict(a) || !isDict(b) || (op !== CompareOp.Eq && op !== CompareOp.Ne)) return newref(S.NotImplemented);
  return boolRef(dictEquals(a, b) === (op === CompareOp.Eq));
};

// ---- copying and merging ------------------------------------------------------------------------------------

/** A new exact dict with the same items (hashes are reused: no Python code runs). */
export function dictCopy(d: Ref): Ref {
  const r = newDict();
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const e = dictEntryAt(d, i);
    const k = I32[e + DictEntry.Key];
    if (k !== 0) dictSetWithHash(r, k, I32[e + DictEntry.Value], I32[e + DictEntry.Hash]);
  }
  return r;
}

/** Does `src` iterate as a plain dict (so its entries can be read directly, as CPython's dict_merge does)? */
function isPlainDictIter(src: Ref): boolean {
  if (!isDict(src)) return false;
  const t = I32[src + Obj.Type];
  return t === T.dict || lookupType(t, N.__iter__) === lookupType(T.dict, N.__iter__);
}

/** d.update(mapping): items of a dict directly, else `for k in m.keys(): d[k] = m[k]`. */
export function dictMergeMapping(d: Ref, src: Ref): void {
  if (isPlainDictIter(src)) {
    if (src === d) return;
    const entries = entriesHeld(src);
    try {
      for (const [k, v, h] of entries) dictSetWithHash(d, k, v, h);
    } finally {
      releaseEntries(entries);
    }
    return;
  }
  const keysFn = getAttrOrNull(src, N.keys);
  if (keysFn === 0) throw raise(T.TypeError, `'${typeNameOfObj(src)}' object is not a mapping`);
  let keys: Ref;
  try {
    keys = call(keysFn, [], null);
  } finally {
    decref(keysFn);
  }
  const it = getIter(keys);
  decref(keys);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === 0) return;
      try {
        const v = getItem(src, k);
        try {
          dictSetItem(d, k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** d.update(iterable of pairs), with CPython's errors naming the bad element. */
export function dictMergePairs(d: Ref, src: Ref): void {
  const it = getIter(src);
  try {
    for (let n = 0; ; n++) {
      const item = iterNext(it);
      if (item === 0) return;
      try {
        const [k, v] = pairOf(item, n);
        try {
          dictSetItem(d, k, v);
        } finally {
          decref(k);
          decref(v);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

function pairOf(item: Ref, n: number): [Ref, Ref] {
  let parts: Ref[];
  if (isTuple(item)) parts = tupleItems(item).map(newref);
  else if (isList(item)) parts = listItems(item).map(newref);
  else parts = itemsOfElement(item, n);
  if (parts.length !== 2) {
    for (const p of parts) decref(p);
    throw raise(T.ValueError, `dictionary update sequence element #${n} has length ${parts.length}; 2 is required`);
  }
  return [parts[0], parts[1]];
}

function itemsOfElement(item: Ref, n: number): Ref[] {
  let it: Ref;
  try {
    it = getIter(item);
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.TypeError)) {
      decref(e.exc);
      throw raise(T.TypeError, `cannot convert dictionary update sequence element #${n} to a sequence`);
    }
    throw e;
  }
  const out: Ref[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return out;
      out.push(v);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
}

/** The positional argument of dict()/update(): a mapping (has keys()) or an iterable of pairs. */
export function dictUpdateArg(d: Ref, arg: Ref): void {
  if ((arg & 1) === 0 && I32[arg + Obj.Type] === T.dict) return dictMergeMapping(d, arg);
  const keys = getAttrOrNull(arg, N.keys);
  if (keys !== 0) {
    decref(keys);
    return dictMergeMapping(d, arg);
  }
  dictMergePairs(d, arg);
}

/** dict.update / dict.__init__: one optional positional argument, then keyword items. */
function dictUpdateCommon(d: Ref, args: Ref[], kwnames: string[] | null, fname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) throw raise(T.TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let i = 0; i < nkw; i++) dictSetItem(d, intern(kwnames![i]), args[npos + i]);
}

slots.binop = (op, a, b) => {
  if (op !== BinOp.Or || !isDict(a) || !isDict(b)) return newref(S.NotImplemented);
  const r = dictCopy(a);
  try {
    dictMergeMapping(r, b);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
};

slots.inplace = (op, a, b) => {
  if (op !== BinOp.Or) return newref(S.NotImplemented);
  dictUpdateArg(a, b);
  return newref(a);
};

// ---- construction -------------------------------------------------------------------------------------------

function dictNew(type: Ref): Ref {
  if (type === T.dict) return newDict();
  return allocObject(type, I32[type + TypeObj.BasicWords]);
}
slots.new = (type) => dictNew(type);
slots.init = (self, args, kwnames) => dictUpdateCommon(self, args, kwnames, 'dict');

staticMethod(dictSpec, '__new__', (_self, args) => dictNew(checkNewType('dict', T.dict, args)));
method(dictSpec, '__init__', (self, args, kwnames) => {
  dictUpdateCommon(self, args, kwnames, 'dict');
  return S.None;
});

// ---- methods ------------------------------------------------------------------------------------------------

method(dictSpec, 'get', (self, args, kwnames) => {
  argCount('get', args, kwnames, 1, 2);
  const v = dictGetItem(self, args[0]);
  if (v !== 0) return newref(v);
  return newref(args.length > 1 ? args[1] : S.None);
});

method(dictSpec, 'setdefault', (self, args, kwnames) => {
  argCount('setdefault', args, kwnames, 1, 2);
  const key = args[0];
  const h = hashOf(key);
  const v = dictGetWithHash(self, key, h);
  if (v !== 0) return newref(v);
  const dflt = args.length > 1 ? args[1] : S.None;
  dictSetWithHash(self, key, dflt, h);
  return newref(dflt);
});

method(dictSpec, 'pop', (self, args, kwnames) => {
  argCount('pop', args, kwnames, 1, 2);
  const v = dictPop(self, args[0]);
  if (v !== 0) return v;
  if (args.length > 1) return newref(args[1]);
  throw keyError(args[0]);
});

method(dictSpec, 'popitem', (self, args, kwnames) => {
  noArgs('dict.popitem', args, kwnames);
  for (let i = dictEntryCount(self) - 1; i >= 0; i--) {
    if (I32[dictEntryAt(self, i) + DictEntry.Key] === 0) continue;
    const [k, v] = dictTakeEntry(self, i);
    const r = newTuple(2);
    tupleInit(r, 0, k);
    tupleInit(r, 1, v);
    return r;
  }
  throw raise(T.KeyError, 'popitem(): dictionary is empty');
});

method(dictSpec, 'update', (self, args, kwnames) => {
  dictUpdateCommon(self, args, kwnames, 'update');
  return S.None;
});

method(dictSpec, 'copy', (self, args, kwnames) => {
  noArgs('dict.copy', args, kwnames);
  return dictCopy(self);
});

method(dictSpec, 'clear', (self, args, kwnames) => {
  noArgs('dict.clear', args, kwnames);
  dictClear(self);
  return S.None;
});

classMethod(dictSpec, 'fromkeys', (cls, args, kwnames) => {
  argCount('fromkeys', args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : S.None;
  const d = call(cls, [], null);
  try {
    const exact = (d & 1) === 0 && I32[d + Obj.Type] === T.dict;
    const it = getIter(args[0]);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === 0) break;
        try {
          if (exact) dictSetItem(d, k, value);
          else setItem(d, k, value);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});

// ---- dunders ------------------------------------------------------------------------------------------------

wrap0(dictSpec, '__repr__', dictRepr);
wrap0(dictSpec, '__len__', (self) => newInt(dictLen(self)));
method(dictSpec, '__getitem__', (self, args, kwnames) => dictSubscript(self, oneArg('dict.__getitem__', args, kwnames)));
wrap2(dictSpec, '__setitem__', (self, k, v) => {
  dictSetItem(self, k, v);
  return S.None;
});
wrap1(dictSpec, '__delitem__', (self, k) => {
  slots.delitem!(self, k);
  return S.None;
});
method(dictSpec, '__contains__', (self, args, kwnames) =>
  boolRef(dictGetItem(self, oneArg('dict.__contains__', args, kwnames)) !== 0));
wrapCompare(dictSpec, (a, b, op) => slots.compare!(a, b, op));
wrap1(dictSpec, '__or__', (self, other) => slots.binop!(BinOp.Or, self, other));
wrap1(dictSpec, '__ror__', (self, other) => {
  if (!isDict(other)) return newref(S.NotImplemented);
  return slots.binop!(BinOp.Or, other, self);
});
wrap1(dictSpec, '__ior__', (self, other) => slots.inplace!(BinOp.Or, self, other));
method(dictSpec, '__sizeof__', (self) => newInt(48 + 24 * dictEntryCount(self)));
classMethod(dictSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));
makeUnhashable(dictSpec);
