// The object protocols: attribute access, calls, comparison, hashing, truth, iteration, item access,
// arithmetic. For an instance of an exact builtin type these go straight to the type's TypeSlots; for
// instances of user classes they look the dunder method up on the MRO and call it, as CPython's slot
// wrappers do.

import { I32 } from '../heap/heap';
import {
  BoundMethodObj, BuiltinFunctionObj, DescrObj, Layout, MethodKind, Obj, TypeFlag, TypeObj, WrapperObj,
} from '../heap/layout';
import {
  allocObject, decref, incref, natives, newref, PyErr, raise, Ref, S, T, typeOf, setVarDictOffsetHook,
} from './core';
import { hashSmallInt, setHashHi, hashHi } from './hash';
import { intern, isStr, newStr, strEquals, strHash, strValue } from './str';
import { BinOp, CompareOp, InplaceOffset, slotsOf, typeSlots, TypeSlots } from './typespec';
import { isSubtype, lookupType, typeNameOf } from './type';
import { dictGetStr, dictSetItem, dictDelItem, newDict } from './dict';
import { isInt, intToSafe, intToBigInt, newInt } from './int';

// ---- names used by the protocols (interned at bootstrap) ------------------------------------------------

export const N = {
  __repr__: 0, __str__: 0, __hash__: 0, __eq__: 0, __ne__: 0, __lt__: 0, __le__: 0, __gt__: 0, __ge__: 0,
  __bool__: 0, __len__: 0, __iter__: 0, __next__: 0, __getitem__: 0, __setitem__: 0, __delitem__: 0,
  __contains__: 0, __call__: 0, __get__: 0, __set__: 0, __delete__: 0, __getattr__: 0, __getattribute__: 0,
  __setattr__: 0, __delattr__: 0, __init__: 0, __new__: 0, __index__: 0, __int__: 0, __float__: 0,
  __complex__: 0, __neg__: 0, __pos__: 0, __invert__: 0, __abs__: 0, __enter__: 0, __exit__: 0,
  __name__: 0, __qualname__: 0, __module__: 0, __dict__: 0, __class__: 0, __doc__: 0, __missing__: 0,
  __del__: 0, __init_subclass__: 0, __set_name__: 0, __class_getitem__: 0, __mro_entries__: 0,
  __prepare__: 0, __instancecheck__: 0, __subclasscheck__: 0, __format__: 0, __round__: 0, __trunc__: 0,
  __reversed__: 0, __length_hint__: 0, __await__: 0, __aiter__: 0, __anext__: 0, __aenter__: 0,
  __aexit__: 0, __builtins__: 0, __slots__: 0, __annotations__: 0, __file__: 0, __path__: 0,
  __package__: 0, __spec__: 0, __loader__: 0, __all__: 0, __import__: 0, __weakref__: 0, __bytes__: 0,
  __classcell__: 0, __orig_bases__: 0, __abstractmethods__: 0, __fspath__: 0, __match_args__: 0,
  __objclass__: 0, __wrapped__: 0, __traceback__: 0, __cause__: 0, __context__: 0, send: 0, throw: 0,
  close: 0, keys: 0, items: 0, values: 0, append: 0, __base__: 0, __bases__: 0, __mro__: 0,
  __ceil__: 0, __floor__: 0,
  // binary operators: forward, reflected, in-place (indexed by BinOp)
  __add__: 0, __sub__: 0, __mul__: 0, __matmul__: 0, __truediv__: 0, __floordiv__: 0, __mod__: 0, __pow__: 0,
  __lshift__: 0, __rshift__: 0, __and__: 0, __xor__: 0, __or__: 0,
  __radd__: 0, __rsub__: 0, __rmul__: 0, __rmatmul__: 0, __rtruediv__: 0, __rfloordiv__: 0, __rmod__: 0,
  __rpow__: 0, __rlshift__: 0, __rrshift__: 0, __rand__: 0, __rxor__: 0, __ror__: 0,
  __iadd__: 0, __isub__: 0, __imul__: 0, __imatmul__: 0, __itruediv__: 0, __ifloordiv__: 0, __imod__: 0,
  __ipow__: 0, __ilshift__: 0, __irshift__: 0, __iand__: 0, __ixor__: 0, __ior__: 0,
};
export type Name = keyof typeof N;

export function internProtocolNames(): void {
  for (const k of Object.keys(N) as Name[]) N[k] = intern(k);
}

export const BINOP_NAMES: Name[] = ['__add__', '__sub__', '__mul__', '__matmul__', '__truediv__', '__floordiv__',
  '__mod__', '__pow__', '__lshift__', '__rshift__', '__and__', '__xor__', '__or__'];
export const BINOP_RNAMES: Name[] = BINOP_NAMES.map((n) => ('__r' + n.slice(2)) as Name);
export const BINOP_INAMES: Name[] = BINOP_NAMES.map((n) => ('__i' + n.slice(2)) as Name);
export const BINOP_SYMBOLS = ['+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '^', '|'];
export const COMPARE_NAMES: Name[] = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const COMPARE_SWAPPED = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
export const COMPARE_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

// ---- helpers ------------------------------------------------------------------------------------------------

/** Slots of the builtin type that owns r's layout, or null when r's type is a user class. */
function builtinSlots(t: Ref): TypeSlots | null {
  if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) return null;
  return typeSlots[I32[t + TypeObj.SlotsIndex]];
}

export function typeNameOfObj(r: Ref): string {
  return typeNameOf(typeOf(r));
}

/** Look a dunder up on obj's type and call it bound to obj. Returns 0 if the type lacks it. */
export function callDunder(obj: Ref, name: Ref, args: Ref[]): Ref {
  const t = typeOf(obj);
  const f = lookupType(t, name);
  if (f === 0) return 0;
  return callBound(f, obj, args);
}

/** Call an attribute found on a type, as bound to obj (no bound-method object is made for functions). */
export function callBound(f: Ref, obj: Ref, args: Ref[]): Ref {
  const lay = (f & 1) === 0 ? I32[I32[f + Obj.Type] + TypeObj.Layout] : -1;
  if (lay === Layout.Function || lay === Layout.MethodDescr) {
    return call(f, [obj, ...args], null);
  }
  const bound = descrGet(f, obj, typeOf(obj));
  try {
    return call(bound, args, null);
  } finally {
    decref(bound);
  }
}

// ---- calls ------------------------------------------------------------------------------------------------

/** Set by the VM: run a Python function. */
export let callPythonFunction: (f: Ref, args: Ref[], kwnames: string[] | null) => Ref = () => 0;
export function setCallPythonFunction(fn: typeof callPythonFunction): void {
  callPythonFunction = fn;
}
/** Set by type_call.ts: call a type object (construct an instance). */
export let callType: (t: Ref, args: Ref[], kwnames: string[] | null) => Ref = () => 0;
export function setCallType(fn: typeof callType): void {
  callType = fn;
}

/** callable(*args, **kw): args borrowed; returns a new reference. */
export function call(f: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if ((f & 1) === 0) {
    const t = I32[f + Obj.Type];
    switch (I32[t + TypeObj.Layout]) {
      case Layout.Function:
        if (t === T.function) return callPythonFunction(f, args, kwnames);
        break;
      case Layout.BuiltinFunction:
        if (t === T.builtin_function_or_method) {
          return natives[I32[f + BuiltinFunctionObj.Native]](I32[f + BuiltinFunctionObj.Self], args, kwnames);
        }
        break;
      case Layout.MethodDescr:
        return callMethodDescr(f, args, kwnames);
      case Layout.BoundMethod:
        if (t === T.method) return call(I32[f + BoundMethodObj.Func], [I32[f + BoundMethodObj.Self], ...args], kwnames);
        break;
      case Layout.Type:
        if (t === T.type) return callType(f, args, kwnames);
        break;
    }
    const slots = builtinSlots(t);
    if (slots !== null && slots.call) return slots.call(f, args, kwnames);
    const dunder = lookupType(t, N.__call__);
    if (dunder !== 0) {
      const lay = I32[I32[dunder + Obj.Type] + TypeObj.Layout];
      if (lay === Layout.Function || lay === Layout.MethodDescr) return call(dunder, [f, ...args], kwnames);
      const bound = descrGet(dunder, f, t);
      try {
        return call(bound, args, kwnames);
      } finally {
        decref(bound);
      }
    }
  }
  throw raise(T.TypeError, `'${typeNameOfObj(f)}' object is not callable`);
}

function callMethodDescr(f: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const kind = I32[f + DescrObj.Kind];
  const fn = natives[I32[f + DescrObj.Native]];
  if (kind === MethodKind.Static) return fn(0, args, kwnames);
  const owner = I32[f + DescrObj.OwnerType];
  if (args.length === 0 || (kwnames !== null && args.length <= kwnames.length)) {
    throw raise(T.TypeError, `unbound method ${typeNameOf(owner)}.${strValue(I32[f + DescrObj.Name])}() needs an argument`);
  }
  const self = args[0];
  if (kind === MethodKind.Class) return fn(self, args.slice(1), kwnames);
  if (!isSubtype(typeOf(self), owner)) throw descrSelfError(f, self);
  return fn(self, args.slice(1), kwnames);
}

/** The TypeError for a method descriptor called on an object of the wrong type. */
export function descrSelfError(f: Ref, self: Ref): PyErr {
  const owner = I32[f + DescrObj.OwnerType];
  return raise(T.TypeError, `descriptor '${strValue(I32[f + DescrObj.Name])}' for '${typeNameOf(owner)}' objects doesn't apply to a '${typeNameOfObj(self)}' object`);
}

export function callNoArgs(f: Ref): Ref {
  return call(f, [], null);
}

/** obj.name(*args) */
export function callMethod(obj: Ref, name: string, args: Ref[], kwnames: string[] | null = null): Ref {
  const m = getAttr(obj, intern(name));
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}

export function isCallable(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  switch (I32[t + TypeObj.Layout]) {
    case Layout.Function: case Layout.BuiltinFunction: case Layout.MethodDescr: case Layout.BoundMethod:
    case Layout.Type:
      return true;
  }
  const slots = builtinSlots(t);
  if (slots !== null && slots.call) return true;
  return lookupType(t, N.__call__) !== 0;
}

// ---- descriptors ------------------------------------------------------------------------------------------

/** Does this type's instances act as data descriptors? */
export function isDataDescriptorType(dt: Ref): boolean {
  const lay = I32[dt + TypeObj.Layout];
  const flags = I32[dt + TypeObj.Flags];
  if (flags & TypeFlag.HeapType) return (flags & TypeFlag.HasDescrSet) !== 0;
  return lay === Layout.GetSetDescr || lay === Layout.MemberDescr || lay === Layout.Property;
}

export function hasDescrGet(dt: Ref): boolean {
  const flags = I32[dt + TypeObj.Flags];
  if (flags & TypeFlag.HeapType) return (flags & TypeFlag.HasDescrGet) !== 0;
  const slots = slotsOf(dt);
  return slots !== undefined && slots.descrGet !== undefined;
}

/** descr.__get__(obj, type). obj may be 0 (access through the class). */
export function descrGet(descr: Ref, obj: Ref, type: Ref): Ref {
  if ((descr & 1) === 1) return descr;
  const dt = I32[descr + Obj.Type];
  const slots = builtinSlots(dt);
  if (slots !== null) {
    if (slots.descrGet) return slots.descrGet(descr, obj, type);
    return newref(descr);
  }
  if (I32[dt + TypeObj.Flags] & TypeFlag.HasDescrGet) {
    const f = lookupType(dt, N.__get__);
    if (f !== 0) return callBound(f, descr, [obj === 0 ? S.None : obj, type]);
  }
  // a user subclass of a builtin descriptor (e.g. of property) with no __get__ override
  const base = slotsOf(dt);
  if (base && base.descrGet) return base.descrGet(descr, obj, type);
  return newref(descr);
}

export function descrSet(descr: Ref, obj: Ref, value: Ref): void {
  const dt = I32[descr + Obj.Type];
  const slots = builtinSlots(dt);
  if (slots !== null && slots.descrSet) return slots.descrSet(descr, obj, value);
  if (I32[dt + TypeObj.Flags] & TypeFlag.HeapType) {
    const f = lookupType(dt, value === 0 ? N.__delete__ : N.__set__);
    if (f !== 0) {
      decref(callBound(f, descr, value === 0 ? [obj] : [obj, value]));
      return;
    }
    const base = slotsOf(dt);
    if (base && base.descrSet) return base.descrSet(descr, obj, value);
  }
  throw raise(T.AttributeError, value === 0 ? '__delete__' : '__set__');
}

// ---- attributes -------------------------------------------------------------------------------------------

/** The instance dict of obj (borrowed), creating it if the type has a dict slot; 0 if none. */
export function instanceDict(obj: Ref, create: boolean): Ref {
  if ((obj & 1) === 1) return 0;
  const t = I32[obj + Obj.Type];
  let off = I32[t + TypeObj.DictOffset];
  if (off === 0) return 0;
  if (off < 0) off = varDictOffset(obj);
  let d = I32[obj + off];
  if (d === 0 && create) {
    d = newDict();
    I32[obj + off] = d;
  }
  return d;
}

/** For instances of subclasses of variable-size types: the dict slot follows the variable part. */
export let varDictOffset: (obj: Ref) => number = () => 0;
export function setVarDictOffset(fn: (obj: Ref) => number): void {
  varDictOffset = fn;
  setVarDictOffsetHook(fn);
}

/**
 * object.__getattribute__: data descriptors on the type, then the instance dict, then other attributes of
 * the type. Returns a new reference, or 0 when the attribute does not exist (no exception set).
 */
export function genericGetAttr(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const descr = lookupType(t, name);
  let dt = 0;
  if (descr !== 0 && (descr & 1) === 0) {
    dt = I32[descr + Obj.Type];
    if (isDataDescriptorType(dt)) return descrGet(descr, obj, t);
  }
  const d = instanceDict(obj, false);
  if (d !== 0) {
    const v = dictGetStr(d, name);
    if (v !== 0) return newref(v);
  }
  if (descr !== 0) {
    if (dt !== 0 && hasDescrGet(dt)) return descrGet(descr, obj, t);
    return newref(descr);
  }
  return 0;
}

/** getattr(obj, name) returning 0 instead of raising AttributeError. */
export function getAttrOrNull(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const flags = I32[t + TypeObj.Flags];
  if (!(flags & TypeFlag.HeapType)) {
    const slots = slotsOf(t);
    if (slots.getattr) return slots.getattr(obj, name);
    return genericGetAttr(obj, name);
  }
  if (flags & TypeFlag.HasGetattribute) {
    const ga = lookupType(t, N.__getattribute__);
    try {
      return callBound(ga, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyErr) || !isInstanceOfType(e.exc, T.AttributeError)) throw e;
      if (flags & TypeFlag.HasGetattr) {
        decref(e.exc);
        return callBound(lookupType(t, N.__getattr__), obj, [name]);
      }
      decref(e.exc);
      return 0;
    }
  }
  let v: Ref;
  const base = slotsOf(t);
  if (base.getattr) v = base.getattr(obj, name);
  else v = genericGetAttr(obj, name);
  if (v === 0 && (flags & TypeFlag.HasGetattr)) {
    try {
      return callBound(lookupType(t, N.__getattr__), obj, [name]);
    } catch (e) {
      if (e instanceof PyErr && isInstanceOfType(e.exc, T.AttributeError)) {
        decref(e.exc);
        return 0;
      }
      throw e;
    }
  }
  return v;
}

/** getattr(obj, name): new reference; raises AttributeError with CPython's message. */
export function getAttr(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const flags = I32[t + TypeObj.Flags];
  if ((flags & (TypeFlag.HasGetattr | TypeFlag.HasGetattribute)) !== 0) {
    // __getattr__/__getattribute__ may raise their own AttributeError: let it through unchanged
    if (flags & TypeFlag.HasGetattribute) {
      const ga = lookupType(t, N.__getattribute__);
      try {
        return callBound(ga, obj, [name]);
      } catch (e) {
        if (!(flags & TypeFlag.HasGetattr) || !(e instanceof PyErr) || !isInstanceOfType(e.exc, T.AttributeError)) throw e;
        decref(e.exc);
        return callBound(lookupType(t, N.__getattr__), obj, [name]);
      }
    }
    const base = slotsOf(t);
    const v = base.getattr ? base.getattr(obj, name) : genericGetAttr(obj, name);
    if (v !== 0) return v;
    return callBound(lookupType(t, N.__getattr__), obj, [name]);
  }
  const v = getAttrOrNull(obj, name);
  if (v !== 0) return v;
  throw attributeError(obj, name);
}

/** AttributeError for obj.name, with CPython's wording and the name and obj attributes (read by suggestions). */
export let attributeError: (obj: Ref, name: Ref) => PyErr = (obj, name) => {
  const t = typeOf(obj);
  const attr = strValue(name);
  let message = `'${typeNameOfObj(obj)}' object has no attribute '${attr}'`;
  if (I32[t + TypeObj.Flags] & TypeFlag.TypeSubclass) message = `type object '${typeNameOf(obj)}' has no attribute '${attr}'`;
  if (t === T.module) {
    const modName = genericGetAttr(obj, intern('__name__'));
    if (modName !== 0 && isStr(modName)) message = `module '${strValue(modName)}' has no attribute '${attr}'`;
    decref(modName);
  }
  const err = raise(T.AttributeError, message);
  setAttr(err.exc, intern('name'), name);
  setAttr(err.exc, intern('obj'), obj);
  return err;
};
export function setAttributeError(fn: typeof attributeError): void {
  attributeError = fn;
}

export function getAttrStr(obj: Ref, name: string): Ref {
  return getAttr(obj, intern(name));
}

export function hasAttr(obj: Ref, name: Ref): boolean {
  const v = getAttrOrNull(obj, name);
  if (v === 0) return false;
  decref(v);
  return true;
}

/** object.__setattr__ / __delattr__ (value 0 = delete). */
export function genericSetAttr(obj: Ref, name: Ref, value: Ref): void {
  const t = typeOf(obj);
  const descr = lookupType(t, name);
  if (descr !== 0 && (descr & 1) === 0 && isDataDescriptorType(I32[descr + Obj.Type])) {
    descrSet(descr, obj, value);
    return;
  }
  const d = instanceDict(obj, value !== 0);
  if (d === 0) {
    if (descr === 0) {
      if (value === 0 || (I32[t + TypeObj.DictOffset] === 0)) {
        throw raise(T.AttributeError, `'${typeNameOf(t)}' object has no attribute '${strValue(name)}'`);
      }
    }
    throw raise(T.AttributeError, `'${typeNameOf(t)}' object attribute '${strValue(name)}' is read-only`);
  }
  if (value === 0) {
    if (!dictDelItem(d, name)) {
      throw raise(T.AttributeError, `'${typeNameOf(t)}' object has no attribute '${strValue(name)}'`);
    }
  } else {
    dictSetItem(d, name, value);
  }
}

/** setattr(obj, name, value); value 0 deletes. */
export function setAttr(obj: Ref, name: Ref, value: Ref): void {
  const t = typeOf(obj);
  const flags = I32[t + TypeObj.Flags];
  if (flags & TypeFlag.HasSetattr) {
    const f = lookupType(t, value === 0 ? N.__delattr__ : N.__setattr__);
    decref(callBound(f, obj, value === 0 ? [name] : [name, value]));
    return;
  }
  const slots = slotsOf(t);
  if (slots.setattr) return slots.setattr(obj, name, value);
  genericSetAttr(obj, name, value);
}

// ---- type checks ------------------------------------------------------------------------------------------

export function isInstanceOfType(obj: Ref, t: Ref): boolean {
  return isSubtype(typeOf(obj), t);
}

// ---- repr / str -------------------------------------------------------------------------------------------

let reprDepth = 0;

/** repr(obj) as a new str reference. */
export function repr(obj: Ref): Ref {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null && slots.repr) return guardDepth(() => slots.repr!(obj));
  const r = guardDepth(() => callDunder(obj, N.__repr__, []));
  if (!isStr(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `__repr__ returned non-string (type ${tn})`);
  }
  return r;
}

function guardDepth(fn: () => Ref): Ref {
  if (++reprDepth > 2000) {
    reprDepth--;
    throw raise(T.RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  try {
    return fn();
  } finally {
    reprDepth--;
  }
}

export function reprJs(obj: Ref): string {
  const r = repr(obj);
  const s = strValue(r);
  decref(r);
  return s;
}

/** str(obj) as a new str reference. */
export function str(obj: Ref): Ref {
  const t = typeOf(obj);
  if (t === T.str) return newref(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.str) return slots.str(obj);
    return repr(obj);
  }
  const r = callDunder(obj, N.__str__, []);
  if (!isStr(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `__str__ returned non-string (type ${tn})`);
  }
  return r;
}

export function strJs(obj: Ref): string {
  if ((obj & 1) === 0 && I32[obj + Obj.Type] === T.str) return strValue(obj);
  const r = str(obj);
  const s = strValue(r);
  decref(r);
  return s;
}

// ---- hashing --------------------------------------------------------------------------------------------

/** hash(obj): low 32 bits (high bits in hashHi). Raises TypeError for unhashable objects. */
export function hashOf(obj: Ref): number {
  if ((obj & 1) === 1) return hashSmallInt(obj >> 1);
  const t = I32[obj + Obj.Type];
  if (t === T.str) return strHash(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.hash) return slots.hash(obj);
    throw raise(T.TypeError, `unhashable type: '${typeNameOf(t)}'`);
  }
  const f = lookupType(t, N.__hash__);
  if (f === 0 || f === S.None) throw raise(T.TypeError, `unhashable type: '${typeNameOf(t)}'`);
  // a subclass that keeps its builtin base's __hash__ hashes exactly as the base does (tuple, frozenset …)
  if ((f & 1) === 0 && I32[f + Obj.Type] === T.wrapper_descriptor) {
    const owner = I32[f + DescrObj.OwnerType];
    const baseHash = typeSlots[I32[owner + TypeObj.SlotsIndex]].hash;
    if (baseHash) return baseHash(obj);
  }
  const r = callBound(f, obj, []);
  if (!isInt(r)) {
    decref(r);
    throw raise(T.TypeError, '__hash__ method should return an integer');
  }
  // Python reduces a big __hash__ result modulo 2**61-1 the same way as hash(int)
  const small = intToSafe(r);
  const h = small !== null ? hashSmallInt(small) : hashBigIntRef(r);
  decref(r);
  return h;
}

import { hashBigInt } from './hash';
function hashBigIntRef(r: Ref): number {
  return hashBigInt(intToBigInt(r));
}

export { hashHi, setHashHi };

// ---- comparison ---------------------------------------------------------------------------------------------

/** a <op> b as a new reference (rich comparison with reflected fallback, as CPython). */
export function richCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  const ta = typeOf(a), tb = typeOf(b);
  // A subclass's reflected method goes first when it overrides it.
  let checkedReflected = false;
  if (ta !== tb && isSubtype(tb, ta) && (I32[tb + TypeObj.Flags] & TypeFlag.HeapType)) {
    checkedReflected = true;
    const r = compareSlot(tb, b, a, COMPARE_SWAPPED[op]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  const r = compareSlot(ta, a, b, op);
  if (r !== S.NotImplemented) return r;
  decref(r);
  if (!checkedReflected) {
    const r2 = compareSlot(tb, b, a, COMPARE_SWAPPED[op]);
    if (r2 !== S.NotImplemented) return r2;
    decref(r2);
  }
  if (op === CompareOp.Eq) return a === b ? S.True : S.False;
  if (op === CompareOp.Ne) return a !== b ? S.True : S.False;
  throw raise(T.TypeError,
    `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${typeNameOf(ta)}' and '${typeNameOf(tb)}'`);
}

function compareSlot(t: Ref, a: Ref, b: Ref, op: CompareOp): Ref {
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.compare) return slots.compare(a, b, op);
    return newref(S.NotImplemented);
  }
  const f = lookupType(t, N[COMPARE_NAMES[op]]);
  if (f === 0) return newref(S.NotImplemented);
  return callBound(f, a, [b]);
}

export function richCompareBool(a: Ref, b: Ref, op: CompareOp): boolean {
  const r = richCompare(a, b, op);
  if (r === S.True) return true;
  if (r === S.False) return false;
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

/** a == b as a boolean; identity implies equality (as CPython's containers assume). */
export function richEq(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  const ta = typeOf(a);
  if (ta === T.str && typeOf(b) === T.str) return strEquals(a, b);
  return richCompareBool(a, b, CompareOp.Eq);
}

// ---- truth ------------------------------------------------------------------------------------------------

export function isTrue(obj: Ref): boolean {
  if (obj === S.True) return true;
  if (obj === S.False || obj === S.None) return false;
  if ((obj & 1) === 1) return obj !== 1;
  const t = I32[obj + Obj.Type];
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.bool) return slots.bool(obj);
    if (slots.len) return slots.len(obj) !== 0;
    return true;
  }
  const b = lookupType(t, N.__bool__);
  if (b !== 0) {
    const r = callBound(b, obj, []);
    if (r !== S.True && r !== S.False) {
      decref(r);
      throw raise(T.TypeError, `__bool__ should return bool, returned ${typeNameOfObj(r)}`);
    }
    return r === S.True;
  }
  const l = lookupType(t, N.__len__);
  if (l !== 0) return lenOf(obj) !== 0;
  return true;
}

// ---- length, items, containment ------------------------------------------------------------------------

export function lenOf(obj: Ref): number {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.len) return slots.len(obj);
  } else {
    const f = lookupType(t, N.__len__);
    if (f !== 0) {
      const r = callBound(f, obj, []);
      if (!isInt(r)) {
        const tn = typeNameOfObj(r);
        decref(r);
        throw raise(T.TypeError, `'${tn}' object cannot be interpreted as an integer`);
      }
      const n = intToSafe(r);
      decref(r);
      if (n === null || n > 0x7fffffff) throw raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
      if (n < 0) throw raise(T.ValueError, '__len__() should return >= 0');
      return n;
    }
  }
  throw raise(T.TypeError, `object of type '${typeNameOf(t)}' has no len()`);
}

export function getItem(obj: Ref, key: Ref): Ref {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.getitem) return slots.getitem(obj, key);
  } else {
    const r = callDunder(obj, N.__getitem__, [key]);
    if (r !== 0) return r;
  }
  if (t === T.type || isSubtype(t, T.type)) {
    // generic alias: list[int]
    const cgi = getAttrOrNull(obj, N.__class_getitem__);
    if (cgi !== 0) {
      try {
        return call(cgi, [key], null);
      } finally {
        decref(cgi);
      }
    }
    throw raise(T.TypeError, `type '${typeNameOf(obj)}' is not subscriptable`);
  }
  throw raise(T.TypeError, `'${typeNameOf(t)}' object is not subscriptable`);
}

export function setItem(obj: Ref, key: Ref, value: Ref): void {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.setitem) return slots.setitem(obj, key, value);
  } else {
    const r = callDunder(obj, N.__setitem__, [key, value]);
    if (r !== 0) {
      decref(r);
      return;
    }
  }
  throw raise(T.TypeError, `'${typeNameOf(t)}' object does not support item assignment`);
}

export function delItem(obj: Ref, key: Ref): void {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.delitem) return slots.delitem(obj, key);
  } else {
    const r = callDunder(obj, N.__delitem__, [key]);
    if (r !== 0) {
      decref(r);
      return;
    }
  }
  throw raise(T.TypeError, `'${typeNameOf(t)}' object doesn't support item deletion`);
}

/** `key in obj` */
export function contains(obj: Ref, key: Ref): boolean {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.contains) return slots.contains(obj, key);
  } else {
    const f = lookupType(t, N.__contains__);
    if (f !== 0) {
      const r = callBound(f, obj, [key]);
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    }
  }
  // fall back to iteration
  const it = getIterOrNull(obj);
  if (it === 0) throw raise(T.TypeError, `argument of type '${typeNameOf(t)}' is not iterable`);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return false;
      const eq = richEq(v, key);
      decref(v);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

// ---- iteration ------------------------------------------------------------------------------------------

/** iter(obj), or 0 if obj is not iterable. */
export function getIterOrNull(obj: Ref): Ref {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.iter) return slots.iter(obj);
    if (slots.getitem && t !== T.dict) return makeSeqIter(obj);
    return 0;
  }
  const f = lookupType(t, N.__iter__);
  if (f === S.None) return 0;
  if (f !== 0) {
    const it = callBound(f, obj, []);
    if (!isIterator(it)) {
      const tn = typeNameOfObj(it);
      decref(it);
      throw raise(T.TypeError, `iter() returned non-iterator of type '${tn}'`);
    }
    return it;
  }
  if (lookupType(t, N.__getitem__) !== 0) return makeSeqIter(obj);
  return 0;
}

/** iter(obj): raises TypeError when not iterable. */
export function getIter(obj: Ref): Ref {
  const it = getIterOrNull(obj);
  if (it === 0) throw raise(T.TypeError, `'${typeNameOfObj(obj)}' object is not iterable`);
  return it;
}

/** Set by iterators.ts: the old-style iterator over __getitem__. */
export let makeSeqIter: (obj: Ref) => Ref = () => 0;
export function setMakeSeqIter(fn: (obj: Ref) => Ref): void {
  makeSeqIter = fn;
}

export function isIterator(obj: Ref): boolean {
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) return slots.next !== undefined;
  return lookupType(t, N.__next__) !== 0;
}

/** next(it): a new reference, or 0 when exhausted (StopIteration is swallowed). */
export function iterNext(it: Ref): Ref {
  const t = typeOf(it);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.next) return slots.next(it);
  } else {
    const f = lookupType(t, N.__next__);
    if (f !== 0) {
      try {
        return callBound(f, it, []);
      } catch (e) {
        if (e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration)) {
          decref(e.exc);
          return 0;
        }
        throw e;
      }
    }
  }
  throw raise(T.TypeError, `'${typeNameOf(t)}' object is not an iterator`);
}

/** Collect an iterable into a JS array of new references. */
export function iterToArray(obj: Ref): Ref[] {
  const it = getIter(obj);
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

// ---- numbers --------------------------------------------------------------------------------------------

/** a <op> b (binary operator with reflected fallback and CPython's TypeError). */
export function binaryOp(op: BinOp, a: Ref, b: Ref): Ref {
  const r = binaryOp1(op, a, b);
  if (r !== S.NotImplemented) return r;
  decref(r);
  throw binopTypeError(op, a, b);
}

export function binopTypeError(op: BinOp, a: Ref, b: Ref, inplace = false): PyErr {
  const sym = BINOP_SYMBOLS[op] + (inplace ? '=' : '');
  if (op === BinOp.Pow && inplace) {
    return raise(T.TypeError, `unsupported operand type(s) for **=: '${typeNameOfObj(a)}' and '${typeNameOfObj(b)}'`);
  }
  return raise(T.TypeError, `unsupported operand type(s) for ${sym}: '${typeNameOfObj(a)}' and '${typeNameOfObj(b)}'`);
}

function binopSlot(t: Ref, op: BinOp, a: Ref, b: Ref, reflected: boolean): Ref {
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.binop) return slots.binop(op, a, b);
    return newref(S.NotImplemented);
  }
  const self = reflected ? b : a;
  const other = reflected ? a : b;
  const f = lookupType(t, N[reflected ? BINOP_RNAMES[op] : BINOP_NAMES[op]]);
  if (f === 0) {
    // a user subclass of a builtin number type inherits the builtin's slot
    const base = slotsOf(t);
    if (base && base.binop && I32[t + TypeObj.Layout] !== Layout.Object) return base.binop(op, a, b);
    return newref(S.NotImplemented);
  }
  return callBound(f, self, [other]);
}

/** a <op> b, returning NotImplemented (new ref) if neither side handles it. */
export function binaryOp1(op: BinOp, a: Ref, b: Ref): Ref {
  const ta = typeOf(a), tb = typeOf(b);
  if (ta === tb) {
    const slots = builtinSlots(ta);
    if (slots !== null) return slots.binop ? slots.binop(op, a, b) : newref(S.NotImplemented);
    const r = binopSlot(ta, op, a, b, false);
    if (r !== S.NotImplemented) return r;
    decref(r);
    return newref(S.NotImplemented);
  }
  if (isSubtype(tb, ta) && (I32[tb + TypeObj.Flags] & TypeFlag.HeapType)) {
    const r = binopSlot(tb, op, a, b, true);
    if (r !== S.NotImplemented) return r;
    decref(r);
    const r2 = binopSlot(ta, op, a, b, false);
    return r2;
  }
  const r = binopSlot(ta, op, a, b, false);
  if (r !== S.NotImplemented) return r;
  decref(r);
  return binopSlot(tb, op, a, b, true);
}

/** a <op>= b */
export function inplaceOp(op: BinOp, a: Ref, b: Ref): Ref {
  const ta = typeOf(a);
  const slots = builtinSlots(ta);
  if (slots !== null) {
    if (slots.inplace) {
      const r = slots.inplace(op, a, b);
      if (r !== S.NotImplemented) return r;
      decref(r);
    }
  } else {
    const f = lookupType(ta, N[BINOP_INAMES[op]]);
    if (f !== 0) {
      const r = callBound(f, a, [b]);
      if (r !== S.NotImplemented) return r;
      decref(r);
    } else {
      const base = slotsOf(ta);
      if (base && base.inplace) {
        const r = base.inplace(op, a, b);
        if (r !== S.NotImplemented) return r;
        decref(r);
      }
    }
  }
  const r = binaryOp1(op, a, b);
  if (r !== S.NotImplemented) return r;
  decref(r);
  throw binopTypeError(op, a, b, true);
}

export { InplaceOffset };

type UnarySlot = 'neg' | 'pos' | 'invert' | 'abs';
const UNARY_DUNDER: Record<UnarySlot, Name> = { neg: '__neg__', pos: '__pos__', invert: '__invert__', abs: '__abs__' };
const UNARY_SYMBOL: Record<UnarySlot, string> = { neg: 'unary -', pos: 'unary +', invert: 'unary ~', abs: 'abs()' };

export function unaryOp(kind: UnarySlot, a: Ref): Ref {
  const t = typeOf(a);
  const slots = builtinSlots(t);
  if (slots !== null) {
    const f = slots[kind];
    if (f) return f(a);
  } else {
    const r = callDunder(a, N[UNARY_DUNDER[kind]], []);
    if (r !== 0) return r;
    const base = slotsOf(t);
    const f = base && base[kind];
    if (f) return f(a);
  }
  throw raise(T.TypeError, `bad operand type for ${UNARY_SYMBOL[kind]}: '${typeNameOf(t)}'`);
}

/** operator.index(obj) as an int reference. */
export function index(obj: Ref): Ref {
  if (isInt(obj)) return newref(obj);
  const t = typeOf(obj);
  const slots = builtinSlots(t);
  if (slots !== null) {
    if (slots.index) return slots.index(obj);
  } else {
    const r = callDunder(obj, N.__index__, []);
    if (r !== 0) {
      if (!isInt(r)) {
        const tn = typeNameOfObj(r);
        decref(r);
        throw raise(T.TypeError, `__index__ returned non-int (type ${tn})`);
      }
      return r;
    }
  }
  throw raise(T.TypeError, `'${typeNameOf(t)}' object cannot be interpreted as an integer`);
}

/** An index-sized integer (for sequence indices), raising IndexError/OverflowError texts as CPython. */
export function indexValue(obj: Ref, what = 'indices'): number {
  if ((obj & 1) === 1) return obj >> 1;
  const r = index(obj);
  const v = intToSafe(r);
  decref(r);
  if (v === null) throw raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
  return v;
}

/** Convert to a JS number index, with the TypeError for non-integers naming the container. */
export function seqIndex(obj: Ref, container: string): number {
  if ((obj & 1) === 1) return obj >> 1;
  if (!isInt(obj) && lookupType(typeOf(obj), N.__index__) === 0 && !builtinSlots(typeOf(obj))?.index) {
    throw raise(T.TypeError, `${container} indices must be integers or slices, not ${typeNameOfObj(obj)}`);
  }
  return indexValue(obj);
}

export { newInt, newStr, incref, allocObject, dictGetStr, newDict, BinOp, CompareOp, WrapperObj };
