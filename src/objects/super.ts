// super: attribute lookup that starts after a given class in an object's MRO.
//
//   super(T, obj)    obj an instance of T: methods come bound to obj
//   super(T, T2)     T2 a subclass of T: classmethods bind to T2, functions stay plain
//   super(T)         unbound; its __get__ binds it later
//   super()          inside a method: T is the method's __class__ cell and obj its first argument
//
// Fields (WrapperObj): A the class to start after (__thisclass__), B the object (__self__), C the type whose
// MRO is searched (__self_class__); B and C are NULL for an unbound super.

import { I32 } from '../heap/heap';
import { CellObj, Frame, Layout, TypeFlag, TypeObj, WrapperObj } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T, typeOf } from './core';
import { defineType, getset, method } from './typespec';
import { call, descrGet, genericGetAttr, getAttrOrNull, hasDescrGet, N } from './abstract';
import { dictGetStr } from './dict';
import { newStr, strEquals, strValue } from './str';
import { tupleItem, tupleLen } from './tuple';
import { isSubtype, isType, typeNameOf } from './type';
import { codeInfo } from './code';
import { builtinNewMethod, descrGetMethod } from './descriptors';
import { ts } from '../vm/thread_state';

const enum Sup {
  ThisClass = WrapperObj.A,
  Obj = WrapperObj.B,
  ObjType = WrapperObj.C,
}

/** The type whose MRO super(type, obj) searches, or a TypeError when obj does not fit type. */
function superCheck(type: Ref, obj: Ref): Ref {
  if (isType(obj) && isSubtype(obj, type)) return obj;
  const t = typeOf(obj);
  if (isSubtype(t, type)) return t;
  // an object that claims another class through __class__ (proxies)
  const cls = getAttrOrNull(obj, N.__class__);
  if (cls !== 0) {
    const ok = cls !== t && isType(cls) && isSubtype(cls, type);
    decref(cls);
    if (ok) return cls;
  }
  throw raise(T.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** Fill in a super object (new references are taken on the fields). */
function setFields(su: Ref, type: Ref, obj: Ref, objType: Ref): void {
  const olds = [I32[su + Sup.ThisClass], I32[su + Sup.Obj], I32[su + Sup.ObjType]];
  incref(type);
  incref(obj);
  incref(objType);
  I32[su + Sup.ThisClass] = type;
  I32[su + Sup.Obj] = obj;
  I32[su + Sup.ObjType] = objType;
  for (const o of olds) decref(o);
}

/** super() with no arguments: __class__ and the first argument of the calling function's frame. */
function implicitArgs(): [Ref, Ref] {
  const fp = ts.frame;
  if (fp === 0) throw raise(T.RuntimeError, 'super(): no current frame');
  const info = codeInfo(I32[fp + Frame.Code]);
  if (info.argcount === 0) throw raise(T.RuntimeError, 'super(): no arguments');
  const lp = fp + Frame.LocalsPlus;
  let obj = I32[lp];
  // a first argument that is also a cell variable lives in its cell (it may have been reassigned there)
  const argCell = info.cell2arg.indexOf(0);
  if (argCell >= 0) {
    const cell = I32[lp + info.nlocals + argCell];
    obj = cell === 0 ? 0 : I32[cell + CellObj.Contents];
  }
  if (obj === 0) throw raise(T.RuntimeError, 'super(): arg[0] deleted');
  const free = info.freevars.indexOf('__class__');
  if (free < 0) throw raise(T.RuntimeError, 'super(): __class__ cell not found');
  const cell = I32[lp + info.nlocals + info.ncells + free];
  const type = cell === 0 ? 0 : I32[cell + CellObj.Contents];
  if (type === 0) throw raise(T.RuntimeError, 'super(): empty __class__ cell');
  if (!isType(type)) throw raise(T.RuntimeError, `super(): __class__ is not a type (${typeNameOf(typeOf(type))})`);
  return [type, obj];
}

function superInit(su: Ref, args: Ref[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'super() takes no keyword arguments');
  if (args.length > 2) throw raise(T.TypeError, `super() expected at most 2 arguments, got ${args.length}`);
  let type: Ref, obj: Ref;
  if (args.length === 0) {
    [type, obj] = implicitArgs();
  } else {
    type = args[0];
    obj = args.length > 1 && args[1] !== S.None ? args[1] : 0;
    if (!isType(type)) throw raise(T.TypeError, `super() argument 1 must be a type, not ${typeNameOf(typeOf(type))}`);
  }
  const objType = obj === 0 ? 0 : superCheck(type, obj);
  setFields(su, type, obj, objType);
}

/** Look `name` up on the MRO of __self_class__ after __thisclass__, binding what is found to __self__. */
function superGetAttr(su: Ref, name: Ref): Ref {
  const start = I32[su + Sup.ObjType];
  // super().__class__ is super itself, as in CPython
  if (start !== 0 && !strEquals(name, N.__class__)) {
    const mro = I32[start + TypeObj.Mro];
    const n = tupleLen(mro);
    const thisClass = I32[su + Sup.ThisClass];
    let i = 0;
    while (i < n && tupleItem(mro, i) !== thisClass) i++;
    for (i++; i < n; i++) {
      const v = dictGetStr(I32[tupleItem(mro, i) + TypeObj.Dict], name);
      if (v === 0) continue;
      if ((v & 1) === 0 && hasDescrGet(typeOf(v))) {
        const obj = I32[su + Sup.Obj];
        // through super(T, T2) class attributes are fetched as from the class itself
        return descrGet(v, obj === start ? 0 : obj, start);
      }
      return newref(v);
    }
  }
  return genericGetAttr(su, name);
}

export const superSpec = defineType({
  name: 'super', key: 'super', layout: Layout.Super, basicWords: WrapperObj.Size, flags: TypeFlag.BaseType,
  slots: {
    new: (type) => allocObject(type, I32[type + TypeObj.BasicWords]),
    init: superInit,
    getattr: superGetAttr,
    descrGet(su, obj) {
      // an unbound super binds to an instance; a bound one stays as it is
      if (obj === 0 || obj === S.None || I32[su + Sup.Obj] !== 0) return newref(su);
      const thisClass = I32[su + Sup.ThisClass];
      if (typeOf(su) !== T.super) return call(typeOf(su), [thisClass, obj], null);
      const bound = allocObject(T.super, WrapperObj.Size);
      try {
        setFields(bound, thisClass, obj, superCheck(thisClass, obj));
      } catch (e) {
        decref(bound);
        throw e;
      }
      return bound;
    },
    repr(su) {
      const thisClass = I32[su + Sup.ThisClass];
      const objType = I32[su + Sup.ObjType];
      const cls = thisClass === 0 ? '?' : typeNameOf(thisClass);
      return newStr(objType === 0 ? `<super: <class '${cls}'>, NULL>`
        : `<super: <class '${cls}'>, <${typeNameOf(objType)} object>>`);
    },
  },
});
const slots = superSpec.slots;

builtinNewMethod(superSpec, () => T.super);
method(superSpec, '__init__', (self, args, kwnames) => {
  superInit(self, args, kwnames);
  return S.None;
});
method(superSpec, '__repr__', (self) => slots.repr!(self));
method(superSpec, '__getattribute__', (self, args) => {
  const v = superGetAttr(self, args[0]);
  if (v === 0) throw raise(T.AttributeError, `'super' object has no attribute '${strValue(args[0])}'`);
  return v;
});
descrGetMethod(superSpec);

const orNone = (v: Ref): Ref => (v === 0 ? S.None : newref(v));
getset(superSpec, '__thisclass__', (su) => orNone(I32[su + Sup.ThisClass]));
getset(superSpec, '__self__', (su) => orNone(I32[su + Sup.Obj]));
getset(superSpec, '__self_class__', (su) => orNone(I32[su + Sup.ObjType]));
