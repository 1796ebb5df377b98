// Natives seen from Python: builtin_function_or_method (len, list.append bound to a list), method_descriptor
// (list.append on the class), getset_descriptor (attributes computed by natives) and member_descriptor
// (__slots__ entries).

import { I32 } from '../heap/heap';
import { BuiltinFunctionObj, DescrObj, Layout, MethodKind, Obj, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, natives, newref, raise, Ref, S, T, typeOf, registerNative, NativeFn } from './core';
import { defineType, descrGetMethod, descrSetMethods, getset, method, TypeSpec } from './typespec';
import { intern, newStr, strValue } from './str';
import { isSubtype, typeNameOf } from './type';
import { call, getAttr, N, typeNameOfObj } from './abstract';
import { hashSmallInt } from './hash';

export const builtinFunctionSpec = defineType({
  name: 'builtin_function_or_method', key: 'builtin_function_or_method', layout: Layout.BuiltinFunction,
  basicWords: BuiltinFunctionObj.Size,
  slots: {
    repr(f) {
      const self = I32[f + BuiltinFunctionObj.Self];
      const name = strValue(I32[f + BuiltinFunctionObj.Name]);
      if (self === 0 || typeOf(self) === T.module) return newStr(`<built-in function ${name}>`);
      return newStr(`<built-in method ${name} of ${typeNameOfObj(self)} object at 0x${(self * 4).toString(16)}>`);
    },
    hash(f) {
      return hashSmallInt(f >> 1);
    },
  },
});
getset(builtinFunctionSpec, '__name__', (f) => newref(I32[f + BuiltinFunctionObj.Name]));
getset(builtinFunctionSpec, '__qualname__', (f) => newref(I32[f + BuiltinFunctionObj.QualName] || I32[f + BuiltinFunctionObj.Name]));
getset(builtinFunctionSpec, '__self__', (f) => newref(I32[f + BuiltinFunctionObj.Self] || S.None));
getset(builtinFunctionSpec, '__doc__', () => S.None);
getset(builtinFunctionSpec, '__module__', (f) => {
  // a module's function names its module; a method bound to an object has none
  const self = I32[f + BuiltinFunctionObj.Self];
  if (self === 0) return newStr('builtins');
  return typeOf(self) === T.module ? getAttr(self, N.__name__) : S.None;
});

method(builtinFunctionSpec, '__call__', (f, args, kwnames) => call(f, args, kwnames));

/** A builtin function object for native #native, bound to self (0 = unbound). */
export function newBuiltinFunction(native: number, name: string, self: Ref = 0, qualname: string | null = null,
  type: Ref = T.builtin_function_or_method): Ref {
  const f = allocObject(type, BuiltinFunctionObj.Size);
  I32[f + BuiltinFunctionObj.Native] = native;
  incref(self);
  I32[f + BuiltinFunctionObj.Self] = self;
  I32[f + BuiltinFunctionObj.Name] = intern(name);
  I32[f + BuiltinFunctionObj.QualName] = qualname === null ? 0 : newStr(qualname);
  return f;
}

/** A slot wrapper bound to an object ((1).__add__): called as the builtin method it is. */
export const methodWrapperSpec = defineType({
  name: 'method-wrapper', key: 'method_wrapper', layout: Layout.BuiltinFunction, basicWords: BuiltinFunctionObj.Size,
  slots: {
    repr(f) {
      const self = I32[f + BuiltinFunctionObj.Self];
      const name = strValue(I32[f + BuiltinFunctionObj.Name]);
      return newStr(`<method-wrapper '${name}' of ${typeNameOfObj(self)} object at 0x${(self * 4).toString(16)}>`);
    },
    hash(f) {
      return hashSmallInt(f >> 1);
    },
    call(f, args, kwnames) {
      return natives[I32[f + BuiltinFunctionObj.Native]](I32[f + BuiltinFunctionObj.Self], args, kwnames);
    },
  },
});
getset(methodWrapperSpec, '__name__', (f) => newref(I32[f + BuiltinFunctionObj.Name]));
getset(methodWrapperSpec, '__qualname__', (f) => newref(I32[f + BuiltinFunctionObj.QualName] || I32[f + BuiltinFunctionObj.Name]));
getset(methodWrapperSpec, '__self__', (f) => newref(I32[f + BuiltinFunctionObj.Self]));
getset(methodWrapperSpec, '__doc__', () => S.None);
method(methodWrapperSpec, '__call__', (f, args, kwnames) => call(f, args, kwnames));

/** Register a native and make a builtin function object for it in one step (for module functions). */
export function makeNativeFunction(name: string, fn: NativeFn, self: Ref = 0): Ref {
  return newBuiltinFunction(registerNative(name, fn), name, self);
}

/** Names of the dunder methods CPython fills from type slots: on a builtin type they are slot wrappers
 * (wrapper_descriptor), bound to an object method-wrappers, not method descriptors. */
const SLOT_WRAPPER_NAMES = new Set([
  '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__repr__', '__hash__', '__call__', '__str__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__', '__set__',
  '__delete__', '__init__', '__del__', '__await__', '__aiter__', '__anext__', '__len__', '__getitem__',
  '__setitem__', '__delitem__', '__contains__', '__neg__', '__pos__', '__abs__', '__invert__', '__bool__',
  '__int__', '__float__', '__index__',
  ...['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and',
    'xor', 'or'].flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
]);

/** Slot methods that CPython also defines as plain methods for speed (METH_COEXIST): method descriptors. */
const COEXISTING_METHODS = new Set(['list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__',
  'frozenset.__contains__']);

/** Which descriptor type a builtin type's method gets: CPython has three with one behaviour. */
function methodDescrType(owner: Ref, name: string, kind: MethodKind): Ref {
  if (kind === MethodKind.Class) return T.classmethod_descriptor;
  if (kind === MethodKind.Instance && SLOT_WRAPPER_NAMES.has(name) &&
    !COEXISTING_METHODS.has(`${typeNameOf(owner)}.${name}`)) return T.wrapper_descriptor;
  return T.method_descriptor;
}

/** Is t one of the method descriptor types (method_descriptor, wrapper_descriptor, classmethod_descriptor)? */
export function isMethodDescrType(t: Ref): boolean {
  return t === T.method_descriptor || t === T.wrapper_descriptor || t === T.classmethod_descriptor;
}

function methodDescrGet(d: Ref, obj: Ref, type: Ref): Ref {
  const kind = I32[d + DescrObj.Kind];
  const name = strValue(I32[d + DescrObj.Name]);
  const owner = I32[d + DescrObj.OwnerType];
  if (kind === MethodKind.Static) return newBuiltinFunction(I32[d + DescrObj.Native], name);
  if (kind === MethodKind.Class) {
    return newBuiltinFunction(I32[d + DescrObj.Native], name, obj !== 0 && type === 0 ? typeOf(obj) : type);
  }
  if (obj === 0 || obj === S.None && owner !== T.NoneType) return newref(d);
  if (!isSubtype(typeOf(obj), owner)) {
    throw raise(T.TypeError, `descriptor '${name}' for '${typeNameOf(owner)}' objects doesn't apply to a '${typeNameOfObj(obj)}' object`);
  }
  // a slot wrapper bound to its object is a method-wrapper (a builtin method under another name)
  const boundType = typeOf(d) === T.wrapper_descriptor ? T.method_wrapper : T.builtin_function_or_method;
  return newBuiltinFunction(I32[d + DescrObj.Native], name, obj, `${typeNameOf(owner)}.${name}`, boundType);
}

/** One of the three method descriptor types; `what` is how its repr names it ('method', 'slot wrapper'). */
function methodDescrTypeSpec(name: 'method_descriptor' | 'wrapper_descriptor' | 'classmethod_descriptor', what: string): TypeSpec {
  const spec = defineType({
    name, key: name, layout: Layout.MethodDescr, basicWords: DescrObj.Size,
    slots: {
      descrGet: methodDescrGet,
      repr(d) {
        const name = strValue(I32[d + DescrObj.Name]);
        return newStr(`<${what} '${name}' of '${typeNameOf(I32[d + DescrObj.OwnerType])}' objects>`);
      },
    },
  });
  getset(spec, '__name__', (d) => newref(I32[d + DescrObj.Name]));
  getset(spec, '__qualname__', (d) => newStr(`${typeNameOf(I32[d + DescrObj.OwnerType])}.${strValue(I32[d + DescrObj.Name])}`));
  getset(spec, '__objclass__', (d) => newref(I32[d + DescrObj.OwnerType]));
  getset(spec, '__doc__', () => S.None);
  descrGetMethod(spec);
  method(spec, '__call__', (d, args, kwnames) => call(d, args, kwnames));
  return spec;
}

export const methodDescrSpec = methodDescrTypeSpec('method_descriptor', 'method');
export const wrapperDescrSpec = methodDescrTypeSpec('wrapper_descriptor', 'slot wrapper');
export const classMethodDescrSpec = methodDescrTypeSpec('classmethod_descriptor', 'method');

export function newMethodDescr(owner: Ref, name: string, native: number, kind: MethodKind): Ref {
  const d = allocObject(methodDescrType(owner, name, kind), DescrObj.Size);
  I32[d + DescrObj.Native] = native;
  I32[d + DescrObj.OwnerType] = owner;
  I32[d + DescrObj.Name] = intern(name);
  I32[d + DescrObj.Kind] = kind;
  return d;
}

export const getsetDescrSpec = defineType({
  name: 'getset_descriptor', key: 'getset_descriptor', layout: Layout.GetSetDescr, basicWords: DescrObj.Size,
  slots: {
    descrGet(d, obj) {
      if (obj === 0) return newref(d);
      const owner = I32[d + DescrObj.OwnerType];
      if (!isSubtype(typeOf(obj), owner)) {
        throw raise(T.TypeError, `descriptor '${strValue(I32[d + DescrObj.Name])}' for '${typeNameOf(owner)}' objects doesn't apply to a '${typeNameOfObj(obj)}' object`);
      }
      return natives[I32[d + DescrObj.Native]](obj, [], null);
    },
    descrSet(d, obj, value) {
      const setter = I32[d + DescrObj.Setter];
      const name = strValue(I32[d + DescrObj.Name]);
      if (setter === 0) {
        throw raise(T.AttributeError, `attribute '${name}' of '${typeNameOf(I32[d + DescrObj.OwnerType])}' objects is not writable`);
      }
      if (value === 0) throw raise(T.TypeError, `cannot delete attribute '${name}'`);
      decref(natives[setter - 1](obj, [value], null));
    },
    repr(d) {
      return newStr(`<attribute '${strValue(I32[d + DescrObj.Name])}' of '${typeNameOf(I32[d + DescrObj.OwnerType])}' objects>`);
    },
  },
});
getset(getsetDescrSpec, '__name__', (d) => newref(I32[d + DescrObj.Name]));
getset(getsetDescrSpec, '__objclass__', (d) => newref(I32[d + DescrObj.OwnerType]));
descrGetMethod(getsetDescrSpec);
descrSetMethods(getsetDescrSpec);

export function newGetSetDescr(owner: Ref, name: string, getter: number, setter: number): Ref {
  const d = allocObject(T.getset_descriptor, DescrObj.Size);
  I32[d + DescrObj.Native] = getter;
  I32[d + DescrObj.Setter] = setter + 1;
  I32[d + DescrObj.OwnerType] = owner;
  I32[d + DescrObj.Name] = intern(name);
  return d;
}

/** __slots__ members: a word at a fixed offset in each instance. */
export const memberDescrSpec = defineType({
  name: 'member_descriptor', key: 'member_descriptor', layout: Layout.MemberDescr, basicWords: DescrObj.Size,
  slots: {
    descrGet(d, obj) {
      if (obj === 0) return newref(d);
      const v = I32[obj + I32[d + DescrObj.Setter]];
      if (v === 0) {
        throw raise(T.AttributeError, `'${typeNameOfObj(obj)}' object has no attribute '${strValue(I32[d + DescrObj.Name])}'`);
      }
      return newref(v);
    },
    descrSet(d, obj, value) {
      const owner = I32[d + DescrObj.OwnerType];
      if (!isSubtype(typeOf(obj), owner)) {
        throw raise(T.TypeError, `descriptor '${strValue(I32[d + DescrObj.Name])}' for '${typeNameOf(owner)}' objects doesn't apply to a '${typeNameOfObj(obj)}' object`);
      }
      const p = obj + I32[d + DescrObj.Setter];
      const old = I32[p];
      if (value === 0 && old === 0) {
        throw raise(T.AttributeError, `'${typeNameOfObj(obj)}' object has no attribute '${strValue(I32[d + DescrObj.Name])}'`);
      }
      incref(value);
      I32[p] = value;
      decref(old);
    },
    repr(d) {
      return newStr(`<member '${strValue(I32[d + DescrObj.Name])}' of '${typeNameOf(I32[d + DescrObj.OwnerType])}' objects>`);
    },
  },
});

descrGetMethod(memberDescrSpec);
descrSetMethods(memberDescrSpec);
getset(memberDescrSpec, '__name__', (d) => newref(I32[d + DescrObj.Name]));
getset(memberDescrSpec, '__objclass__', (d) => newref(I32[d + DescrObj.OwnerType]));

export function newMemberDescr(owner: Ref, name: Ref, offset: number): Ref {
  const d = allocObject(T.member_descriptor, DescrObj.Size);
  I32[d + DescrObj.Setter] = offset;
  I32[d + DescrObj.OwnerType] = owner;
  incref(name);
  I32[d + DescrObj.Name] = name;
  return d;
}

export { Obj, TypeObj };
