// The _weakref module: weakref.ref (ReferenceType), proxies (weakref_proxy.ts), getweakrefcount/getweakrefs.
// lib/weakref.py builds WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize and WeakMethod on it.
//
// Notes about the implementation
//
// A weak reference (WeakrefObj) holds its target's address without owning a reference. All weak references
// to one object form a chain through WeakrefObj.Next, in CPython's order: the shared plain ref (made with no
// callback) first, then the shared plain proxy, then the others, newest first. The chain heads live in the
// heap, in an "index" dict {target address (as an int): first weakref's address (as an int)} stored in the
// ReferenceType's own dict, so every worker finds it; being ints, neither keys nor values own anything.
//
// When a target dies, dealloc (src/objects/core.ts) calls the clear hook installed below for objects whose
// header has the ObjFlag.HasWeakrefs bit (in the heap, so whichever worker frees the object sees it). The hook unlinks the chain, sets every Target to 0 and then calls the
// callbacks (newest first), printing their exceptions as CPython's unraisable hook does. A weak reference
// that dies first unlinks itself from its target's chain.

import { I32 } from '../heap/heap';
import { Layout, Obj, ObjFlag, TypeFlag, TypeObj, WeakrefObj } from '../heap/layout';
import {
  allocObject, clearers, decref, incref, newref, PyErr, raise, Ref, S, setWeakrefClearHook, T, traversers, typeOf,
} from '../objects/core';
import { classMethod, CompareOp, defineType, getset, method, staticMethod } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr } from '../objects/module';
import { newBigInt, newInt } from '../objects/int';
import { intern, newStr, strValue } from '../objects/str';
import { dictDelItem, dictGetItem, dictGetStr, dictSetItem, isDict, newDict } from '../objects/dict';
import { listSteal } from '../objects/list';
import { fullHash, hashHi, setHashHi } from '../objects/hash';
import { isSubtype, isType, typeNameOf } from '../objects/type';
import {
  call, getAttrOrNull, hashOf, isCallable, iterToArray, reprJs, richCompare, typeNameOfObj,
} from '../objects/abstract';
import { objectId } from '../objects/object';
import { classGetItem } from '../objects/container_common';
import { writeFd, flushAll } from './stdio';
import { formatException } from '../vm/traceback';
import { defineModule } from './registry';
import { proxySpec, callableProxySpec } from './weakref_proxy';

/**
 * Words after WeakrefObj's: the high half of the cached hash, and flags. (Plain numbers, so esbuild inlines
 * them in other files; checked against WeakrefObj.Size below.)
 */
export const enum WeakrefExt {
  HashHi = 8, // = WeakrefObj.Size
  Flags = 9, // WeakrefFlag bits
  Size = 10,
}
if ((WeakrefExt.HashHi as number) !== WeakrefObj.Size) throw new Error('weakref.ts: WeakrefExt is out of date');

export const enum WeakrefFlag {
  Hashed = 1,
  Proxy = 2,
  CallableProxy = 4,
}

export const refSpec = defineType({
  name: 'ReferenceType', key: 'weakref', layout: Layout.Weakref, basicWords: WeakrefExt.Size, module: 'weakref',
  flags: TypeFlag.BaseType,
});

const INDEX_KEY = '__gilt_weakref_index__';

/** The index dict (see the notes), made on first use. */
function index(create: boolean): Ref {
  const td = I32[T.weakref + TypeObj.Dict];
  let d = dictGetStr(td, intern(INDEX_KEY));
  if (d === 0 && create) {
    d = newDict();
    dictSetItem(td, intern(INDEX_KEY), d);
    decref(d);
  }
  return d;
}

/** Addresses fit a tagged int: the heap has fewer than 2**30 words. */
const tag = (addr: number): Ref => (addr << 1) | 1;

function chainHead(target: Ref): Ref {
  const d = index(false);
  if (d === 0) return 0;
  const v = dictGetItem(d, tag(target));
  return v === 0 ? 0 : v >> 1;
}

function setChainHead(target: Ref, w: Ref): void {
  const d = index(true);
  if (w === 0) dictDelItem(d, tag(target));
  else dictSetItem(d, tag(target), tag(w));
}

export function chainOf(target: Ref): Ref[] {
  const out: Ref[] = [];
  for (let w = chainHead(target); w !== 0; w = I32[w + WeakrefObj.Next]) out.push(w);
  return out;
}

const isProxy = (w: Ref) => (I32[w + WeakrefExt.Flags] & WeakrefFlag.Proxy) !== 0;

/** The shared plain ref and plain proxy of a target, if any (CPython's get_basic_refs). */
function basicRefs(target: Ref): [Ref, Ref] {
  let w = chainHead(target);
  let ref = 0, proxy = 0;
  if (w !== 0 && typeOf(w) === T.weakref && I32[w + WeakrefObj.Callback] === 0) {
    ref = w;
    w = I32[w + WeakrefObj.Next];
  }
  if (w !== 0 && isProxy(w) && I32[w + WeakrefObj.Callback] === 0) proxy = w;
  return [ref, proxy];
}

function insertAfter(prev: Ref, w: Ref): void {
  I32[w + WeakrefObj.Next] = I32[prev + WeakrefObj.Next];
  I32[prev + WeakrefObj.Next] = w;
}

function insertHead(target: Ref, w: Ref): void {
  I32[w + WeakrefObj.Next] = chainHead(target);
  setChainHead(target, w);
  Atomics.or(I32, target + Obj.Flags, ObjFlag.HasWeakrefs); // atomic: free-threaded mode keeps a lock in this word
}

/** Take w out of its target's chain (w is dying, or its target is). */
function unlink(w: Ref): void {
  const target = I32[w + WeakrefObj.Target];
  if (target === 0) return;
  const head = chainHead(target);
  if (head === w) {
    const next = I32[w + WeakrefObj.Next];
    setChainHead(target, next);
    if (next === 0) Atomics.and(I32, target + Obj.Flags, ~ObjFlag.HasWeakrefs);
  } else {
    let p = head;
    while (p !== 0 && I32[p + WeakrefObj.Next] !== w) p = I32[p + WeakrefObj.Next];
    if (p !== 0) I32[p + WeakrefObj.Next] = I32[w + WeakrefObj.Next];
  }
  I32[w + WeakrefObj.Target] = 0;
  I32[w + WeakrefObj.Next] = 0;
}

clearers[Layout.Weakref] = (w) => {
  unlink(w);
  const cb = I32[w + WeakrefObj.Callback];
  I32[w + WeakrefObj.Callback] = 0;
  decref(cb);
  // a subclass instance's words after ours are its __dict__ and __slots__ values (released by core)
};
traversers[Layout.Weakref] = (w, visit) => {
  const cb = I32[w + WeakrefObj.Callback];
  if (cb !== 0) visit(cb);
};

// ---- which objects can be weakly referenced ---------------------------------------------------------------

const WEAKREFABLE_LAYOUTS = new Set<Layout>([
  Layout.Type, Layout.Function, Layout.BuiltinFunction, Layout.BoundMethod, Layout.Code, Layout.Set,
  Layout.FrozenSet, Layout.Module, Layout.Generator, Layout.Coroutine, Layout.AsyncGenerator, Layout.NativeData,
  Layout.Deque,
]);

/** Builtin types whose instances take weak references although their layout's other types do not. */
const WEAKREFABLE_TYPES = ['array'];

/** Layouts of variable size: CPython cannot add a __weakref__ slot to their subclasses. */
const VARIABLE_LAYOUTS = new Set<Layout>([Layout.Int, Layout.Bool, Layout.Tuple, Layout.Bytes]);

export function canWeakref(obj: Ref): boolean {
  if ((obj & 1) === 1) return false;
  const t = I32[obj + Obj.Type];
  const lay = I32[t + TypeObj.Layout] as Layout;
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType)) {
    return WEAKREFABLE_LAYOUTS.has(lay) || WEAKREFABLE_TYPES.some((n) => t === specTypeRef(n));
  }
  if (VARIABLE_LAYOUTS.has(lay)) return false;
  // A class without __slots__ (or naming __weakref__ in them) gives its instances a weakref slot.
  const slotsName = intern('__slots__');
  for (let c = t; c !== 0 && (I32[c + TypeObj.Flags] & TypeFlag.HeapType); c = I32[c + TypeObj.Base]) {
    const slots = dictGetStr(I32[c + TypeObj.Dict], slotsName);
    if (slots === 0 || declaresWeakref(slots)) return true;
  }
  let base = t;
  while (I32[base + TypeObj.Flags] & TypeFlag.HeapType) base = I32[base + TypeObj.Base];
  return WEAKREFABLE_LAYOUTS.has(I32[base + TypeObj.Layout]) || WEAKREFABLE_TYPES.some((n) => base === specTypeRef(n));
}

function declaresWeakref(slots: Ref): boolean {
  if (typeOf(slots) === T.str) return strValue(slots) === '__weakref__';
  let names: Ref[];
  try {
    names = iterToArray(slots);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    return false;
  }
  const found = names.some((s) => typeOf(s) === T.str && strValue(s) === '__weakref__');
  for (const s of names) decref(s);
  return found;
}

// ---- making weak references -------------------------------------------------------------------------------

/** A new weak reference of `type` (ReferenceType, a subclass, or a proxy type) to target. */
export function newWeakref(type: Ref, target: Ref, callback: Ref, flags = 0): Ref {
  if (!canWeakref(target)) throw raise(T.TypeError, `cannot create weak reference to '${typeNameOfObj(target)}' object`);
  if (callback === S.None) callback = 0;
  const [basicRef, basicProxy] = basicRefs(target);
  const plain = callback === 0 && (flags & WeakrefFlag.Proxy ? true : type === T.weakref);
  if (plain) {
    const shared = flags & WeakrefFlag.Proxy ? basicProxy : basicRef;
    if (shared !== 0) return newref(shared);
  }
  const w = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[w + WeakrefObj.Target] = target;
  I32[w + WeakrefObj.Callback] = callback === 0 ? 0 : newref(callback);
  I32[w + WeakrefExt.Flags] = flags;
  if (plain && !(flags & WeakrefFlag.Proxy)) insertHead(target, w);
  else {
    const prev = plain ? basicRef : basicProxy || basicRef;
    if (prev !== 0) insertAfter(prev, w);
    else insertHead(target, w);
  }
  return w;
}

/** The live target of w (borrowed), or 0. */
export function weakrefTarget(w: Ref): Ref {
  return I32[w + WeakrefObj.Target];
}

// ---- when a target dies -----------------------------------------------------------------------------------

function clearWeakrefs(target: Ref): void {
  const chain = chainOf(target);
  Atomics.and(I32, target + Obj.Flags, ~ObjFlag.HasWeakrefs);
  if (chain.length === 0) return;
  setChainHead(target, 0);
  const pending: Array<[Ref, Ref]> = [];
  for (const w of chain) {
    I32[w + WeakrefObj.Target] = 0;
    I32[w + WeakrefObj.Next] = 0;
    const cb = I32[w + WeakrefObj.Callback];
    if (cb !== 0) {
      I32[w + WeakrefObj.Callback] = 0; // the callback now belongs to `pending`
      incref(w); // a callback may drop other weak references of the chain
      pending.push([w, cb]);
    }
  }
  for (const [w, cb] of pending) {
    try {
      decref(call(cb, [w], null));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      reportUnraisable(cb, e.exc);
      decref(e.exc);
    } finally {
      decref(cb);
      decref(w);
    }
  }
}
setWeakrefClearHook(clearWeakrefs);

/** "Exception ignored in: <callback>" and the traceback, as CPython's default unraisable hook prints. */
function reportUnraisable(obj: Ref, exc: Ref): void {
  let what: string;
  try {
    what = reprJs(obj);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    what = '<object repr() failed>';
  }
  flushAll();
  writeFd(2, `Exception ignored in: ${what}\n${formatException(exc)}`);
}

// ---- ReferenceType ---------------------------------------------------------------------------------------

const hex = (r: Ref) => `0x${objectId(r).toString(16).padStart(12, '0')}`;

/** "to 'Foo' at 0x… (name)": the part of a weakref's repr that describes its target. */
export function describeTarget(target: Ref): string {
  let name = '';
  try {
    const n = getAttrOrNull(target, intern('__name__'));
    if (n !== 0) {
      name = ` (${typeOf(n) === T.str ? strValue(n) : reprJs(n)})`;
      decref(n);
    }
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
  }
  return `to '${qualifiedTypeName(typeOf(target))}' at ${hex(target)}${name}`;
}

/** The type's name as CPython's tp_name has it: module-qualified for builtin types outside builtins. */
export function qualifiedTypeName(t: Ref): string {
  const m = I32[t + TypeObj.Module];
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType) && m !== 0 && typeOf(m) === T.str && strValue(m) !== 'builtins') {
    return `${strValue(m)}.${typeNameOf(t)}`;
  }
  return typeNameOf(t);
}

function refRepr(w: Ref): Ref {
  const target = weakrefTarget(w);
  if (target === 0) return newStr(`<weakref at ${hex(w)}; dead>`);
  return newStr(`<weakref at ${hex(w)}; ${describeTarget(target)}>`);
}

function refHash(w: Ref): number {
  if (I32[w + WeakrefExt.Flags] & WeakrefFlag.Hashed) {
    setHashHi(I32[w + WeakrefExt.HashHi]);
    return I32[w + WeakrefObj.Hash];
  }
  const target = weakrefTarget(w);
  if (target === 0) throw raise(T.TypeError, 'weak object has gone away');
  const lo = hashOf(target);
  I32[w + WeakrefObj.Hash] = lo;
  I32[w + WeakrefExt.HashHi] = hashHi;
  I32[w + WeakrefExt.Flags] |= WeakrefFlag.Hashed;
  return lo;
}

function isRef(r: Ref): boolean {
  return (r & 1) === 0 && isSubtype(typeOf(r), T.weakref);
}

function refCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if ((op !== CompareOp.Eq && op !== CompareOp.Ne) || !isRef(a) || !isRef(b)) return newref(S.NotImplemented);
  const ta = weakrefTarget(a), tb = weakrefTarget(b);
  if (ta === 0 || tb === 0) return (a === b) === (op === CompareOp.Eq) ? S.True : S.False;
  // compare the targets while holding them: the comparison may run code that drops them
  incref(ta);
  incref(tb);
  try {
    return richCompare(ta, tb, op);
  } finally {
    decref(ta);
    decref(tb);
  }
}

function refCall(w: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'weakref() takes no keyword arguments');
  if (args.length !== 0) throw raise(T.TypeError, `weakref() takes no arguments (${args.length} given)`);
  const target = weakrefTarget(w);
  return target === 0 ? S.None : newref(target);
}

function refArgs(args: Ref[], kwnames: string[] | null, fname: string): [Ref, Ref] {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw raise(T.TypeError, `${fname} expected at least 1 argument, got ${npos}`);
  if (npos > 2) throw raise(T.TypeError, `${fname} expected at most 2 arguments, got ${npos}`);
  return [args[0], npos === 2 ? args[1] : 0];
}

function refNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (type === T.weakref && kwnames !== null && kwnames.length > 0) {
    throw raise(T.TypeError, 'ref() takes no keyword arguments');
  }
  const [target, callback] = refArgs(args, kwnames, '__new__');
  return newWeakref(type, target, callback);
}

Object.assign(refSpec.slots, {
  repr: refRepr, hash: refHash, compare: refCompare, call: refCall, new: refNew,
});

staticMethod(refSpec, '__new__', (_self, args, kwnames) => {
  if (args.length === 0 || !isType(args[0])) throw raise(T.TypeError, 'ReferenceType.__new__(X): X is not a type object');
  if (!isSubtype(args[0], T.weakref)) {
    throw raise(T.TypeError, `ReferenceType.__new__(${typeNameOf(args[0])}): ${typeNameOf(args[0])} is not a subtype of ReferenceType`);
  }
  const [target, callback] = refArgs(args.slice(1), kwnames, '__new__');
  return newWeakref(args[0], target, callback);
});
method(refSpec, '__init__', (_self, args, kwnames) => {
  refArgs(args, kwnames, '__init__');
  return S.None;
});
method(refSpec, '__call__', (self, args, kwnames) => refCall(self, args, kwnames));
method(refSpec, '__repr__', (self) => refRepr(self));
method(refSpec, '__hash__', (self) => newBigInt(fullHash(refHash(self))));
method(refSpec, '__eq__', (self, args) => refCompare(self, args[0], CompareOp.Eq));
method(refSpec, '__ne__', (self, args) => refCompare(self, args[0], CompareOp.Ne));
classMethod(refSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));
getset(refSpec, '__callback__', (self) => newref(I32[self + WeakrefObj.Callback] || S.None));

// ---- the module -------------------------------------------------------------------------------------------

export const weakrefModule = defineModule('_weakref', {
  gilSafe: true, // weak reference lists change with the target lock-free only at dealloc
  functions: {
    getweakrefcount: (_m, args, kwnames) => {
      const obj = oneArgOf('_weakref.getweakrefcount', args, kwnames);
      return newInt(canWeakref(obj) ? chainOf(obj).length : 0);
    },
    getweakrefs: (_m, args, kwnames) => {
      const obj = oneArgOf('getweakrefs', args, kwnames);
      return listSteal(canWeakref(obj) ? chainOf(obj).map((w) => newref(w)) : []);
    },
    proxy: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'proxy() takes no keyword arguments');
      const [target, callback] = refArgs(args, null, 'proxy');
      const callable = isCallable(target);
      const type = specTypeRef(callable ? 'CallableProxyType' : 'ProxyType');
      return newWeakref(type, target, callback, WeakrefFlag.Proxy | (callable ? WeakrefFlag.CallableProxy : 0));
    },
    _remove_dead_weakref: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) {
        throw raise(T.TypeError, '_remove_dead_weakref() takes no keyword arguments');
      }
      if (args.length !== 2) throw raise(T.TypeError, `_remove_dead_weakref expected 2 arguments, got ${args.length}`);
      const [d, key] = args;
      const v = dictGetItemChecked(d, key);
      if (v !== 0 && isRef(v) && weakrefTarget(v) === 0) dictDelItem(d, key);
      return S.None;
    },
  },
  init(m) {
    setModuleAttr(m, 'ref', T.weakref);
    setModuleAttr(m, 'ReferenceType', T.weakref);
    setModuleAttr(m, 'ProxyType', specTypeRef(proxySpec.name));
    setModuleAttr(m, 'CallableProxyType', specTypeRef(callableProxySpec.name));
  },
});

function oneArgOf(fname: string, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(T.TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function dictGetItemChecked(d: Ref, key: Ref): Ref {
  if (!isDict(d)) throw raise(T.TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${typeNameOfObj(d)}`);
  return dictGetItem(d, key);
}
