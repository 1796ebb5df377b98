// property, classmethod and staticmethod (the descriptors user classes build methods and attributes from),
// and mappingproxy (the read-only view of a class's __dict__).
//
// Fields (WrapperObj): property: A fget, B fset, C fdel, D doc, E name (from __set_name__);
// classmethod/staticmethod: A the wrapped callable, B the instance __dict__; mappingproxy: A the mapping.
// A NULL field stands for None, as in CPython.

import { I32 } from '../heap/heap';
import { Layout, TypeFlag, TypeObj, WrapperObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import {
  defineType, descrGetMethod, descrSetMethods, getset, method, staticMethod, slotsOf, BinOp, CompareOp, TypeSpec,
} from './typespec';
export { descrGetMethod };
import {
  binaryOp, call, callMethod, contains, descrGet, getAttrOrNull, getItem, getIter, hasDescrGet, instanceDict,
  isInstanceOfType, isTrue, lenOf, N, reprJs, richCompare, setAttr, str,
} from './abstract';
import { intern, newStr } from './str';
import { newInt } from './int';
import { dictSetItem } from './dict';
import { isSubtype, isType, lookupType, typeNameOf } from './type';
import { newBoundMethod } from './function';
import { isList } from './list';
import { isTuple } from './tuple';
import { argSpec, exactArgs, parseArgs } from './args';
import { setMappingProxy } from './type_call';

// ---- shared helpers -------------------------------------------------------------------------------------------

/** Store v (borrowed, 0 allowed) in a field, releasing what was there. */
function setField(obj: Ref, field: number, v: Ref): void {
  const old = I32[obj + field];
  incref(v);
  I32[obj + field] = v;
  decref(old);
}

/** A field read as a Python value: NULL reads as None. */
function fieldOrNone(obj: Ref, field: number): Ref {
  const v = I32[obj + field];
  return v === 0 ? S.None : newref(v);
}

/** None (and a missing argument) become NULL. */
function noneToNull(v: Ref): Ref {
  return v === S.None ? 0 : v;
}

/** An empty instance of a builtin wrapper type or of a user subclass of it. */
function allocInstance(type: Ref): Ref {
  return allocObject(type, I32[type + TypeObj.BasicWords]);
}

/**
 * `X.__new__(cls, ...)` for a builtin type whose construction is done by its slots (new, then __init__):
 * checks cls as CPython's tp_new wrapper does.
 */
export function builtinNewMethod(spec: TypeSpec, typeRef: () => Ref): void {
  staticMethod(spec, '__new__', (_self, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) throw raise(T.TypeError, `${spec.name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!isType(cls)) {
      throw raise(T.TypeError, `${spec.name}.__new__(X): X is not a type object (${typeNameOf(typeOf(cls))})`);
    }
    if (!isSubtype(cls, typeRef())) {
      throw raise(T.TypeError, `${spec.name}.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of ${spec.name}`);
    }
    return spec.slots.new!(cls, args.slice(1), kwnames);
  });
}

/** `__init__` as a method, calling the type's init slot. */
function initMethod(spec: TypeSpec): void {
  method(spec, '__init__', (self, args, kwnames) => {
    spec.slots.init!(self, args, kwnames);
    return S.None;
  });
}

/** fn(), or 0 when it raises AttributeError. */
function unlessAttributeError(fn: () => Ref): Ref {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PyErr && isInstanceOfType(e.exc, T.AttributeError))) throw e;
    decref(e.exc);
    return 0;
  }
}

/** Whether obj.__isabstractmethod__ is true (a missing attribute counts as false). */
function isAbstract(obj: Ref): boolean {
  if (obj === 0) return false;
  const v = unlessAttributeError(() => getAttrOrNull(obj, intern('__isabstractmethod__')));
  if (v === 0) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

function boolRef(b: boolean): Ref {
  return b ? S.True : S.False;
}

/** Reject keyword arguments not in `names` with CPython's "'x' is an invalid keyword argument for f()". */
function checkKeywords(fname: string, names: string[], kwnames: string[] | null): void {
  if (kwnames === null) return;
  for (const k of kwnames) {
    if (!names.includes(k)) throw raise(T.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

// ---- property -------------------------------------------------------------------------------------------------

const enum Prop {
  Get = WrapperObj.A,
  Set = WrapperObj.B,
  Del = WrapperObj.C,
  Doc = WrapperObj.D,
  Name = WrapperObj.E,
}

/** "property 'x' of 'C' object has no getter" (without the name when __set_name__ never ran). */
function propertyError(p: Ref, obj: Ref, what: 'getter' | 'setter' | 'deleter'): PyErr {
  const name = I32[p + Prop.Name];
  const qualname = reprJs(I32[typeOf(obj) + TypeObj.QualName]);
  const prop = name !== 0 ? `property ${reprJs(name)}` : 'property';
  return raise(T.AttributeError, `${prop} of ${qualname} object has no ${what}`);
}

const propertyArgs = argSpec('property', ['fget', 'fset', 'fdel', 'doc'], { posOnly: 0 });

function propertyInit(p: Ref, args: Ref[], kwnames: string[] | null): void {
  checkKeywords('property', propertyArgs.names, kwnames);
  const [fget, fset, fdel, doc] = parseArgs(propertyArgs, args, kwnames).map(noneToNull);
  setField(p, Prop.Get, fget);
  setField(p, Prop.Set, fset);
  setField(p, Prop.Del, fdel);
  setField(p, Prop.Doc, doc);
  if (doc !== 0 || fget === 0) return;
  // with no docstring given, the getter's becomes the property's (as 3.11 does it)
  const getterDoc = unlessAttributeError(() => getAttrOrNull(fget, N.__doc__));
  if (getterDoc === 0) return;
  try {
    if (typeOf(p) === T.property) {
      setField(p, Prop.Doc, noneToNull(getterDoc));
    } else {
      // a subclass's class-level __doc__ would shadow the doc field: the instance dict takes it instead
      unlessAttributeError(() => {
        setAttr(p, N.__doc__, getterDoc);
        return 0;
      });
    }
  } finally {
    decref(getterDoc);
  }
}

export const propertySpec = defineType({
  name: 'property', key: 'property', layout: Layout.Property, basicWords: WrapperObj.Size,
  flags: TypeFlag.BaseType,
  doc: 'Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n' +
    '    function to be used for setting an attribute value\n  fdel\n    function to be used for del\'ing an attribute\n' +
    '  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n' +
    '    def getx(self): return self._x\n    def setx(self, value): self._x = value\n' +
    '    def delx(self): del self._x\n    x = property(getx, setx, delx, "I\'m the \'x\' property.")\n\n' +
    'Decorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n' +
    '    @property\n    def x(self):\n        "I am the \'x\' property."\n        return self._x\n' +
    '    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n' +
    '        del self._x',
  slots: {
    new: allocInstance,
    init: propertyInit,
    descrGet(p, obj) {
      if (obj === 0 || obj === S.None) return newref(p);
      const fget = I32[p + Prop.Get];
      if (fget === 0) throw propertyError(p, obj, 'getter');
      return call(fget, [obj], null);
    },
    descrSet(p, obj, value) {
      if (value === 0) {
        const fdel = I32[p + Prop.Del];
        if (fdel === 0) throw propertyError(p, obj, 'deleter');
        decref(call(fdel, [obj], null));
      } else {
        const fset = I32[p + Prop.Set];
        if (fset === 0) throw propertyError(p, obj, 'setter');
        decref(call(fset, [obj, value], null));
      }
    },
  },
});

builtinNewMethod(propertySpec, () => T.property);
initMethod(propertySpec);
descrGetMethod(propertySpec);
descrSetMethods(propertySpec);
method(propertySpec, '__set_name__', (self, args, kwnames) => {
  if (args.length !== 2 || (kwnames !== null && kwnames.length > 0)) {
    throw raise(T.TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
  }
  setField(self, Prop.Name, args[1]);
  return S.None;
});

/** The doc came from the getter (so a new getter brings its own), as CPython's getter_doc flag. */
function docFromGetter(p: Ref): boolean {
  const fget = I32[p + Prop.Get], doc = I32[p + Prop.Doc];
  if (fget === 0 || doc === 0) return false;
  const d = unlessAttributeError(() => getAttrOrNull(fget, N.__doc__));
  decref(d);
  return d === doc;
}

/** getter/setter/deleter: a copy of the property (of the same type) with one function replaced. */
function propertyCopy(p: Ref, field: Prop, f: Ref): Ref {
  const fn = (which: Prop) => (which === field ? f : I32[p + which] || S.None);
  const get = fn(Prop.Get);
  const doc = docFromGetter(p) && get !== S.None ? S.None : I32[p + Prop.Doc] || S.None;
  const copy = call(typeOf(p), [get, fn(Prop.Set), fn(Prop.Del), doc], null);
  if (isInstanceOfType(copy, T.property)) setField(copy, Prop.Name, I32[p + Prop.Name]);
  return copy;
}

for (const [name, field] of [['getter', Prop.Get], ['setter', Prop.Set], ['deleter', Prop.Del]] as const) {
  method(propertySpec, name, (self, args, kwnames) => {
    exactArgs(name, args, kwnames, 1);
    return propertyCopy(self, field, args[0]);
  });
}
getset(propertySpec, 'fget', (p) => fieldOrNone(p, Prop.Get));
getset(propertySpec, 'fset', (p) => fieldOrNone(p, Prop.Set));
getset(propertySpec, 'fdel', (p) => fieldOrNone(p, Prop.Del));
getset(propertySpec, '__doc__', (p) => fieldOrNone(p, Prop.Doc), (p, v) => setField(p, Prop.Doc, noneToNull(v)));
getset(propertySpec, '__isabstractmethod__', (p) =>
  boolRef(isAbstract(I32[p + Prop.Get]) || isAbstract(I32[p + Prop.Set]) || isAbstract(I32[p + Prop.Del])));

// ---- classmethod and staticmethod ---------------------------------------------------------------------------

const enum Wrap {
  Callable = WrapperObj.A,
  Dict = WrapperObj.B,
}

/** The attributes functools.wraps copies, which classmethod/staticmethod take from what they wrap (3.10+). */
const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'] as const;

function wrapperInit(kind: 'classmethod' | 'staticmethod') {
  return (w: Ref, args: Ref[], kwnames: string[] | null): void => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${kind}() takes no keyword arguments`);
    if (args.length !== 1) throw raise(T.TypeError, `${kind} expected 1 argument, got ${args.length}`);
    const f = args[0];
    setField(w, Wrap.Callable, f);
    const d = instanceDict(w, true);
    for (const name of WRAPPED_ATTRS) {
      const v = unlessAttributeError(() => getAttrOrNull(f, N[name]));
      if (v === 0) continue;
      dictSetItem(d, N[name], v);
      decref(v);
    }
  };
}

function wrappedCallable(w: Ref, kind: string): Ref {
  const f = I32[w + Wrap.Callable];
  if (f === 0) throw raise(T.RuntimeError, `uninitialized ${kind} object`);
  return f;
}

function defineWrapper(kind: 'classmethod' | 'staticmethod', layout: Layout): TypeSpec {
  const spec = defineType({
    name: kind, key: kind, layout, basicWords: WrapperObj.Size, dictOffset: Wrap.Dict, flags: TypeFlag.BaseType,
    slots: {
      new: allocInstance,
      init: wrapperInit(kind),
      repr(w) {
        return newStr(`<${kind}(${reprJs(wrappedCallable(w, kind))})>`);
      },
    },
  });
  builtinNewMethod(spec, () => T[kind]);
  initMethod(spec);
  method(spec, '__repr__', (self) => spec.slots.repr!(self));
  getset(spec, '__func__', (w) => newref(wrappedCallable(w, kind)));
  getset(spec, '__wrapped__', (w) => newref(wrappedCallable(w, kind)));
  getset(spec, '__isabstractmethod__', (w) => boolRef(isAbstract(I32[w + Wrap.Callable])));
  getset(spec, '__dict__', (w) => newref(instanceDict(w, true)));
  return spec;
}

export const classmethodSpec = defineWrapper('classmethod', Layout.ClassMethod);
classmethodSpec.slots.descrGet = (cm, obj, type) => {
  const f = wrappedCallable(cm, 'classmethod');
  const cls = type !== 0 ? type : typeOf(obj);
  // 3.9–3.12 chain: a wrapped descriptor (e.g. a property) is bound to the class through its own __get__
  if ((f & 1) === 0 && hasDescrGet(typeOf(f))) return descrGet(f, cls, cls);
  return newBoundMethod(f, cls);
};
descrGetMethod(classmethodSpec);

export const staticmethodSpec = defineWrapper('staticmethod', Layout.StaticMethod);
staticmethodSpec.slots.descrGet = (sm) => newref(wrappedCallable(sm, 'staticmethod'));
staticmethodSpec.slots.call = (sm, args, kwnames) => call(wrappedCallable(sm, 'staticmethod'), args, kwnames);
descrGetMethod(staticmethodSpec);
method(staticmethodSpec, '__call__', (self, args, kwnames) => staticmethodSpec.slots.call!(self, args, kwnames));

// ---- mappingproxy ---------------------------------------------------------------------------------------------

const enum Proxy {
  Mapping = WrapperObj.A,
}

function proxied(p: Ref): Ref {
  return I32[p + Proxy.Mapping];
}

/** What mappingproxy() accepts: anything subscriptable except sequences. */
function isMapping(v: Ref): boolean {
  if (isList(v) || isTuple(v)) return false;
  if ((v & 1) === 1) return false;
  const t = typeOf(v);
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType) && slotsOf(t).getitem !== undefined) return true;
  return lookupType(t, N.__getitem__) !== 0;
}

export function newMappingProxy(mapping: Ref): Ref {
  const p = allocObject(T.mappingproxy, WrapperObj.Size);
  setField(p, Proxy.Mapping, mapping);
  return p;
}

const mappingproxyArgs = argSpec('mappingproxy', ['mapping'], { required: 1, posOnly: 0 });

// Layout.Super only for its clearer (it releases the A–E fields); nothing else keys on the layout of a proxy.
export const mappingproxySpec = defineType({
  name: 'mappingproxy', key: 'mappingproxy', layout: Layout.Super, basicWords: WrapperObj.Size,
  attrs: [['__hash__', () => S.None]],
  slots: {
    new(type, args, kwnames) {
      if (args.length === 0) throw raise(T.TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
      const [mapping] = parseArgs(mappingproxyArgs, args, kwnames);
      if (!isMapping(mapping)) {
        throw raise(T.TypeError, `mappingproxy() argument must be a mapping, not ${typeNameOf(typeOf(mapping))}`);
      }
      const p = allocInstance(type);
      setField(p, Proxy.Mapping, mapping);
      return p;
    },
    repr: (p) => newStr(`mappingproxy(${reprJs(proxied(p))})`),
    str: (p) => str(proxied(p)),
    len: (p) => lenOf(proxied(p)),
    getitem: (p, key) => getItem(proxied(p), key),
    setitem() {
      throw raise(T.TypeError, "'mappingproxy' object does not support item assignment");
    },
    delitem() {
      throw raise(T.TypeError, "'mappingproxy' object does not support item deletion");
    },
    contains: (p, key) => contains(proxied(p), key),
    hash() {
      throw raise(T.TypeError, "unhashable type: 'mappingproxy'");
    },
    iter: (p) => getIter(proxied(p)),
    compare: (p, other, op) => richCompare(proxied(p), other, op),
    binop(op, a, b) {
      if (op !== BinOp.Or) return newref(S.NotImplemented);
      const unwrap = (v: Ref) => (typeOf(v) === T.mappingproxy ? proxied(v) : v);
      return binaryOp(BinOp.Or, unwrap(a), unwrap(b));
    },
  },
});
const mslots = mappingproxySpec.slots;

builtinNewMethod(mappingproxySpec, () => T.mappingproxy);
method(mappingproxySpec, '__repr__', (self) => mslots.repr!(self));
method(mappingproxySpec, '__str__', (self) => mslots.str!(self));
method(mappingproxySpec, '__len__', (self) => newInt(mslots.len!(self)));
method(mappingproxySpec, '__getitem__', (self, args, kwnames) => {
  exactArgs('__getitem__', args, kwnames, 1);
  return mslots.getitem!(self, args[0]);
});
method(mappingproxySpec, '__contains__', (self, args, kwnames) => {
  exactArgs('__contains__', args, kwnames, 1);
  return boolRef(mslots.contains!(self, args[0]));
});
method(mappingproxySpec, '__iter__', (self) => mslots.iter!(self));
method(mappingproxySpec, '__reversed__', (self) => callReversed(proxied(self)));
method(mappingproxySpec, '__eq__', (self, args) => richCompare(proxied(self), args[0], CompareOp.Eq));
method(mappingproxySpec, '__ne__', (self, args) => richCompare(proxied(self), args[0], CompareOp.Ne));
method(mappingproxySpec, '__or__', (self, args) => mslots.binop!(BinOp.Or, self, args[0]));
method(mappingproxySpec, '__ror__', (self, args) => mslots.binop!(BinOp.Or, args[0], self));
method(mappingproxySpec, 'get', (self, args, kwnames) => callMethod(proxied(self), 'get', args, kwnames));
for (const name of ['keys', 'values', 'items', 'copy']) {
  method(mappingproxySpec, name, (self, args, kwnames) => {
    exactArgs(name, args, kwnames, 0);
    return callMethod(proxied(self), name, []);
  });
}

/** reversed(mapping) through the builtin, which other code owns. */
function callReversed(v: Ref): Ref {
  const rev = getAttrOrNull(S.builtinsModule, intern('reversed'));
  if (rev === 0) throw raise(T.TypeError, `'${typeNameOf(typeOf(v))}' object is not reversible`);
  try {
    return call(rev, [v], null);
  } finally {
    decref(rev);
  }
}

setMappingProxy(newMappingProxy);

