// object: the root of every class, and the default behaviour every instance starts from.

import { I32 } from '../heap/heap';
import { InstanceObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { decref, incref, newref, raise, Ref, S, T, typeOf } from './core';
import { defineType, method, staticMethod, classMethod, getset, CompareOp, slotsOf } from './typespec';
import { newStr, strValue, isStr, intern } from './str';
import {
  genericGetAttr, genericSetAttr, attributeError, instanceDict, strJs, repr, richCompare, typeNameOfObj,
  iterToArray, getAttrOrNull, N,
} from './abstract';
import { hashSmallInt, setHashHi } from './hash';
import { isType, lookupType, typeNameOf, isSubtype } from './type';
import { newList, listAppend } from './list';
import { dictKeys, dictLen } from './dict';
import { vmHooks } from '../vm/hooks';
import { newInt } from './int';
import { newTuple, tupleInit } from './tuple';

export function objectId(r: Ref): number {
  return (r & 1) === 1 ? r : r * 4;
}

export function defaultRepr(r: Ref): Ref {
  const t = typeOf(r);
  const mod = typeModuleName(t);
  const qn = strValue(I32[t + TypeObj.QualName]);
  const name = mod === 'builtins' || mod === '' ? qn : `${mod}.${qn}`;
  return newStr(`<${name} object at 0x${objectId(r).toString(16).padStart(12, '0')}>`);
}

/** The __module__ of a type as a JS string ('builtins' for builtin types). */
export let typeModuleName: (t: Ref) => string = () => 'builtins';
export function setTypeModuleName(fn: (t: Ref) => string): void {
  typeModuleName = fn;
}

export const objectSpec = defineType({
  name: 'object', key: 'object', layout: Layout.Object, basicWords: InstanceObj.Dict, base: null,
  flags: TypeFlag.BaseType, doc: 'The base class of the class hierarchy.',
  slots: {
    repr: defaultRepr,
    hash(r) {
      const id = objectId(r);
      // CPython rotates the address right by 4 bits; ours are 8-aligned, so shift by 3
      return hashSmallInt(id >>> 3);
    },
    compare(a, b, op) {
      if (op === CompareOp.Eq) return a === b ? S.True : newref(S.NotImplemented);
      if (op === CompareOp.Ne) return a === b ? S.False : newref(S.NotImplemented);
      return newref(S.NotImplemented);
    },
  },
});

method(objectSpec, '__init__', (self, args, kw) => {
  // object.__init__ takes no arguments unless __new__ is overridden and __init__ is not
  if (args.length > 0) {
    const t = typeOf(self);
    const initOverridden = lookupType(t, N.__init__) !== objectInit();
    const newOverridden = lookupType(t, N.__new__) !== objectNew();
    if (initOverridden || !newOverridden) {
      throw raise(T.TypeError, initOverridden
        ? 'object.__init__() takes exactly one argument (the instance to initialize)'
        : `${typeNameOf(t)}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return S.None;
});
staticMethod(objectSpec, '__new__', (_self, args) => {
  if (args.length === 0) throw raise(T.TypeError, 'object.__new__(): not enough arguments');
  const cls = args[0];
  if (!isType(cls)) throw raise(T.TypeError, `object.__new__(X): X is not a type object (${typeNameOfObj(cls)})`);
  // a builtin base that constructs its instances itself must do it (int, list, exceptions, …)
  let base = cls;
  while (I32[base + TypeObj.Flags] & TypeFlag.HeapType) base = I32[base + TypeObj.Base];
  if (base !== T.object && (I32[base + TypeObj.Layout] !== Layout.Object || slotsOf(base).new)) {
    const n = typeNameOf(cls);
    throw raise(T.TypeError, `object.__new__(${n}) is not safe, use ${n}.__new__()`);
  }
  return newInstance(cls);
});
method(objectSpec, '__repr__', (self) => defaultRepr(self));
method(objectSpec, '__str__', (self) => repr(self));
method(objectSpec, '__hash__', (self) => {
  return newInt(objectSpec.slots.hash!(self));
});
for (const [name, op] of [['__eq__', CompareOp.Eq], ['__ne__', CompareOp.Ne], ['__lt__', CompareOp.Lt],
  ['__le__', CompareOp.Le], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]] as const) {
  method(objectSpec, name, (self, args) => {
    if (op === CompareOp.Ne) {
      // default __ne__ inverts __eq__
      const eq = lookupType(typeOf(self), N.__eq__);
      if (eq !== 0 && eq !== objectEq()) {
        const { callBound, isTrue } = abstractMod;
        const r = callBound(eq, self, [args[0]]);
        if (r === S.NotImplemented) return r;
        const b = isTrue(r);
        decref(r);
        return b ? S.False : S.True;
      }
    }
    return objectSpec.slots.compare!(self, args[0], op);
  });
}
import * as abstractMod from './abstract';
method(objectSpec, '__getattribute__', (self, args) => {
  const name = args[0];
  if (!isStr(name)) throw raise(T.TypeError, `attribute name must be string, not '${typeNameOfObj(name)}'`);
  const v = genericGetAttr(self, name);
  if (v === 0) throw attributeError(self, name);
  return v;
});
method(objectSpec, '__setattr__', (self, args) => {
  if (!isStr(args[0])) throw raise(T.TypeError, `attribute name must be string, not '${typeNameOfObj(args[0])}'`);
  genericSetAttr(self, args[0], args[1]);
  return S.None;
});
method(objectSpec, '__delattr__', (self, args) => {
  genericSetAttr(self, args[0], 0);
  return S.None;
});
method(objectSpec, '__format__', (self, args) => {
  const spec = args[0];
  if (!isStr(spec)) throw raise(T.TypeError, `__format__() argument must be str, not ${typeNameOfObj(spec)}`);
  if (strValue(spec) !== '') {
    throw raise(T.TypeError, `unsupported format string passed to ${typeNameOfObj(self)}.__format__`);
  }
  return newStr(strJs(self));
});
method(objectSpec, '__dir__', (self) => {
  const names = new Set<string>();
  const d = instanceDict(self, false);
  if (d !== 0) for (const k of dictKeys(d)) names.add(strValue(k));
  const t = typeOf(self);
  const mro = I32[t + TypeObj.Mro];
  const { tupleLen, tupleItem } = tupleMod;
  for (let i = 0; i < tupleLen(mro); i++) {
    for (const k of dictKeys(I32[tupleItem(mro, i) + TypeObj.Dict])) if (isStr(k)) names.add(strValue(k));
  }
  const l = newList(0);
  for (const n of names) {
    const s = newStr(n);
    listAppend(l, s);
    decref(s);
  }
  return l;
});
import * as tupleMod from './tuple';
// object.__reduce_ex__(protocol): (copyreg.__newobj__, (cls,), state, None, None) from protocol 2, else
// (copyreg._reconstructor, (cls, object, None), state); state is the instance dict, or None when empty
method(objectSpec, '__reduce_ex__', (self, args) => {
  const proto = args.length > 0 && (args[0] & 1) === 1 ? args[0] >> 1 : 0;
  const t = typeOf(self);
  const d = instanceDict(self, false);
  const { getAttr } = abstractMod;
  const copyreg = vmHooks.importName(intern('copyreg'), S.None, S.None, S.None, 1);
  let fn: Ref;
  try {
    fn = getAttr(copyreg, intern(proto >= 2 ? '__newobj__' : '_reconstructor'));
  } finally {
    decref(copyreg);
  }
  const fnArgs = proto >= 2 ? newTuple(1) : newTuple(3);
  tupleInit(fnArgs, 0, newref(t));
  if (proto < 2) {
    tupleInit(fnArgs, 1, newref(T.object));
    tupleInit(fnArgs, 2, newref(S.None));
  }
  const state = d === 0 || dictLen(d) === 0 ? newref(S.None) : newref(d);
  if (proto < 2) {
    const res = newTuple(3);
    tupleInit(res, 0, fn);
    tupleInit(res, 1, fnArgs);
    tupleInit(res, 2, state);
    return res;
  }
  const res = newTuple(5);
  tupleInit(res, 0, fn);
  tupleInit(res, 1, fnArgs);
  tupleInit(res, 2, state);
  tupleInit(res, 3, newref(S.None));
  tupleInit(res, 4, newref(S.None));
  return res;
});
method(objectSpec, '__sizeof__', (self) => {
  if ((self & 1) === 1) return (28 << 1) | 1;
  return ((I32[typeOf(self) + TypeObj.BasicWords] * 4) << 1) | 1;
});
classMethod(objectSpec, '__init_subclass__', (cls, _args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw raise(T.TypeError, `${typeNameOf(cls)}.__init_subclass__() takes no keyword arguments`);
  }
  return S.None;
});
classMethod(objectSpec, '__subclasshook__', () => newref(S.NotImplemented));
getset(objectSpec, '__class__', (self) => newref(typeOf(self)), (self, v) => {
  if (!isType(v)) throw raise(T.TypeError, `__class__ must be set to a class, not '${typeNameOfObj(v)}' object`);
  const old = typeOf(self);
  const heap = TypeFlag.HeapType;
  if (!(I32[old + TypeObj.Flags] & heap) || !(I32[v + TypeObj.Flags] & heap) ||
    I32[old + TypeObj.Layout] !== I32[v + TypeObj.Layout] || I32[old + TypeObj.BasicWords] !== I32[v + TypeObj.BasicWords]) {
    throw raise(T.TypeError, `__class__ assignment: '${typeNameOf(v)}' object layout differs from '${typeNameOf(old)}'`);
  }
  incref(v);
  I32[self + Obj.Type] = v;
  decref(old);
});
getset(objectSpec, '__doc__', (self) => {
  const t = isType(self) ? self : typeOf(self);
  const v = lookupType(t, N.__doc__);
  return newref(v || S.None);
});

let objInit = 0, objNew = 0, objEq = 0;
function objectInit(): Ref {
  if (objInit === 0) objInit = lookupType(T.object, N.__init__);
  return objInit;
}
export function objectNew(): Ref {
  if (objNew === 0) objNew = lookupType(T.object, N.__new__);
  return objNew;
}
function objectEq(): Ref {
  if (objEq === 0) objEq = lookupType(T.object, N.__eq__);
  return objEq;
}
export function isObjectInit(f: Ref): boolean {
  return f === objectInit();
}

/** A blank instance of a class (object.__new__): the base layout's fields zeroed, no dict yet. */
export let newInstance: (cls: Ref) => Ref = () => 0;
export function setNewInstance(fn: (cls: Ref) => Ref): void {
  newInstance = fn;
}

export { iterToArray, getAttrOrNull, richCompare, isSubtype, intern };
