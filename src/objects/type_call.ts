// Calling a type (construction: __new__ then __init__), creating classes (type.__new__), and the attribute
// behaviour of type objects themselves.

import { I32 } from '../heap/heap';
import { DescrObj, ExcObj, InstanceObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, natives, newref, PyErr, raise, Ref, S, T, typeOf, registerNative } from './core';
import { BinOp, classMethod, getset, slotsOf, method, TypeSpec, specs } from './typespec';
import {
  call, callBound, descrGet, getAttrOrNull, hasDescrGet, isDataDescriptorType, iterToArray, N, repr,
  setCallType, typeNameOfObj, isTrue, descrSet, genericGetAttr, instanceDict, varDictOffset,
} from './abstract';
import { dictDelItem, dictGetStr, dictKeys, dictSetItem, isDict, newDict, dictEntries } from './dict';
import { intern, isStr, newStr, strValue } from './str';
import { isTuple, newTuple, tupleInit, tupleItem, tupleItems, tupleLen } from './tuple';
import {
  addSubclass, subclassList, allocType, computeMro, isSubtype, isType, lookupType, refsToTuple, typeModified, typeNameOf,
  typeSpec,
} from './type';
import { newMemberDescr, newGetSetDescr, isMethodDescrType } from './builtin_function';
import { newList, listAppend } from './list';
import { objectNew, setNewInstance, setTypeModuleName, isObjectInit } from './object';
import { newException, isExceptionType } from './exceptions';
import { DictEntry } from '../heap/layout';

// ---- instances --------------------------------------------------------------------------------------------

/** object.__new__(cls): an instance with the layout of cls's builtin base, fields zeroed. */
function newInstance(cls: Ref): Ref {
  const flags = I32[cls + TypeObj.Flags];
  if (flags & TypeFlag.Abstract) throw abstractError(cls);
  const lay = I32[cls + TypeObj.Layout];
  if (lay === Layout.BaseException) return newException(cls, []);
  const slots = slotsOf(cls);
  if (lay !== Layout.Object && slots.new) return slots.new(cls, [], null);
  return allocObject(cls, I32[cls + TypeObj.BasicWords]);
}
setNewInstance(newInstance);

function abstractError(cls: Ref): PyErr {
  const abs = getAttrOrNull(cls, N.__abstractmethods__);
  let names: string[] = [];
  if (abs !== 0) {
    names = iterToArray(abs).map((r) => {
      const s = strValue(r);
      decref(r);
      return s;
    }).sort();
    decref(abs);
  }
  const plural = names.length === 1 ? 'method' : 'methods';
  return raise(T.TypeError, `Can't instantiate abstract class ${typeNameOf(cls)} with abstract ${plural} ${names.join(', ')}`);
}

// __init__ needs keyword arguments too: route through call() with the instance prepended.
function callInit(init: Ref, obj: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const lay = I32[I32[init + Obj.Type] + TypeObj.Layout];
  if (lay === Layout.Function || lay === Layout.MethodDescr) return call(init, [obj, ...args], kwnames);
  const b = descrGet(init, obj, typeOf(obj));
  try {
    return call(b, args, kwnames);
  } finally {
    decref(b);
  }
}

function isBuiltinNew(f: Ref): boolean {
  return (f & 1) === 0 && typeOf(f) === T.method_descriptor;
}

function typeCall(cls: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (cls === T.type && args.length === 1 && kwnames === null) return newref(typeOf(args[0]));
  const newFn = lookupType(cls, N.__new__);
  const lay = I32[cls + TypeObj.Layout];
  let obj: Ref;
  if (newFn === objectNew()) {
    const init = lookupType(cls, N.__init__);
    if (args.length > 0 && isObjectInit(init)) throw raise(T.TypeError, `${typeNameOf(cls)}() takes no arguments`);
    if (I32[cls + TypeObj.Flags] & TypeFlag.Abstract) throw abstractError(cls);
    // an exception keeps its arguments as args even when its __init__ does not pass them on
    if (lay === Layout.BaseException) obj = newException(cls, kwnames === null ? args : args.slice(0, args.length - kwnames.length));
    else obj = allocObject(cls, I32[cls + TypeObj.BasicWords]);
  } else if (lay === Layout.BaseException && isBuiltinNew(newFn) && !slotsOf(cls).new) {
    obj = newException(cls, kwnames === null ? args : args.slice(0, args.length - kwnames.length));
  } else if (isBuiltinNew(newFn) && slotsOf(cls).new) {
    obj = slotsOf(cls).new!(cls, args, kwnames);
  } else {
    obj = call(newFn, [cls, ...args], kwnames);
  }
  if (!isSubtype(typeOf(obj), cls)) return obj;
  const init = lookupType(typeOf(obj), N.__init__);
  if (init !== 0 && !isObjectInit(init)) {
    try {
      const r = callInit(init, obj, args, kwnames);
      if (r !== S.None) {
        const tn = typeNameOfObj(r);
        decref(r);
        throw raise(T.TypeError, `__init__() should return None, not '${tn}'`);
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}
setCallType(typeCall);

// ---- class creation ---------------------------------------------------------------------------------------

// instance.__dict__ for classes whose instances have a dict slot
const DICT_GETTER = registerNative('__dict__.__get__', (self) => {
  const d = instanceDict(self, true);
  if (d === 0) throw raise(T.AttributeError, `'${typeNameOfObj(self)}' object has no attribute '__dict__'`);
  return newref(d);
});
const DICT_SETTER = registerNative('__dict__.__set__', (self, args) => {
  const v = args[0];
  if (!isDict(v)) throw raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOfObj(v)}'`);
  const t = typeOf(self);
  let off = I32[t + TypeObj.DictOffset];
  if (off < 0) off = varDictOffset(self);
  const old = I32[self + off];
  I32[self + off] = newref(v);
  decref(old);
  return S.None;
});

function baseHasDictDescr(bases: Ref[]): boolean {
  for (const b of bases) if (lookupType(b, N.__dict__) !== 0 && I32[b + TypeObj.DictOffset] !== 0) return true;
  return false;
}

/** The most derived metaclass among `meta` and the bases' types (TypeError on a conflict). */
export function calculateMeta(meta: Ref, bases: Ref[]): Ref {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    throw raise(T.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

// Builtin exceptions whose CPython instances carry fields of their own; the others only share their base's
// (all of ours share one layout, but multiple inheritance follows CPython: (OSError, ValueError) is fine,
// (OSError, ImportError) is a conflict).
const exceptionsWithFields = new Set([
  'BaseException', 'BaseExceptionGroup', 'OSError', 'ImportError', 'StopIteration', 'SystemExit', 'SyntaxError',
  'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError', 'AttributeError', 'NameError',
]);

/** The builtin base whose layout instances must have ("solid base"). */
function solidBase(t: Ref): Ref {
  let b = t;
  while (I32[b + TypeObj.Base] !== 0) {
    const base = I32[b + TypeObj.Base];
    if (!(I32[b + TypeObj.Flags] & TypeFlag.HeapType)) {
      if (I32[b + TypeObj.Layout] !== Layout.BaseException || exceptionsWithFields.has(typeNameOf(b))) return b;
      b = base;
      continue;
    }
    const added = I32[b + TypeObj.BasicWords] !== I32[base + TypeObj.BasicWords];
    if (added && I32[b + TypeObj.SlotNames] !== 0 && tupleLen(I32[b + TypeObj.SlotNames]) > 0) return b;
    b = base;
  }
  return b;
}

/** type.__new__(meta, name, bases, ns, **kwds) */
export function newClass(meta: Ref, nameRef: Ref, basesRef: Ref, ns: Ref, kwnames: string[], kwvals: Ref[]): Ref {
  if (!isStr(nameRef)) throw raise(T.TypeError, `type.__new__() argument 1 must be str, not ${typeNameOfObj(nameRef)}`);
  if (!isTuple(basesRef)) throw raise(T.TypeError, `type.__new__() argument 2 must be tuple, not ${typeNameOfObj(basesRef)}`);
  if (!isDict(ns)) throw raise(T.TypeError, `type.__new__() argument 3 must be dict, not ${typeNameOfObj(ns)}`);
  let bases = tupleItems(basesRef);
  for (const b of bases) {
    if (!isType(b)) throw raise(T.TypeError, `bases must be types`);
    if (!(I32[b + TypeObj.Flags] & TypeFlag.BaseType)) {
      throw raise(T.TypeError, `type '${typeNameOf(b)}' is not an acceptable base type`);
    }
  }
  if (bases.length === 0) bases = [T.object];
  for (let i = 1; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) < i) throw raise(T.TypeError, `duplicate base class ${typeNameOf(bases[i])}`);
  }
  // the best base: the one whose solid base is most derived
  let base = bases[0];
  let solid = solidBase(base);
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (isSubtype(solid, s)) continue;
    if (isSubtype(s, solid)) {
      base = b;
      solid = s;
      continue;
    }
    throw raise(T.TypeError, 'multiple bases have instance lay-out conflict');
  }
  const name = strValue(nameRef);
  const qualRef = dictGetStr(ns, N.__qualname__);
  const qualname = qualRef !== 0 && isStr(qualRef) ? strValue(qualRef) : name;
  const t = allocType(meta, name, qualname);
  const tdict = I32[t + TypeObj.Dict];
  try {
    for (const e of dictEntries(ns)) {
      const k = I32[e + DictEntry.Key];
      if (k === N.__qualname__) continue;
      dictSetItem(tdict, k, I32[e + DictEntry.Value]);
    }
    incref(base);
    I32[t + TypeObj.Base] = base;
    I32[t + TypeObj.Bases] = bases.length === tupleLen(basesRef) ? newref(basesRef) : refsToTuple(bases);
    I32[t + TypeObj.Layout] = I32[base + TypeObj.Layout];
    I32[t + TypeObj.SlotsIndex] = I32[base + TypeObj.SlotsIndex];
    let flags = TypeFlag.HeapType | TypeFlag.BaseType;
    for (const b of bases) {
      flags |= I32[b + TypeObj.Flags] & (TypeFlag.ExceptionType | TypeFlag.LongSubclass | TypeFlag.TupleSubclass |
        TypeFlag.StrSubclass | TypeFlag.DictSubclass | TypeFlag.ListSubclass | TypeFlag.TypeSubclass);
    }
    I32[t + TypeObj.Flags] = flags;
    // instance layout: the base's words, then (maybe) a __dict__ slot, then __slots__
    let words = I32[base + TypeObj.BasicWords];
    // the dict slot comes from the base whose layout we extend; other bases only tell us a dict is wanted
    let dictOffset = I32[base + TypeObj.DictOffset];
    const otherBaseHasDict = bases.some((b) => b !== base && I32[b + TypeObj.DictOffset] !== 0);
    const slotsDecl = dictGetStr(ns, N.__slots__);
    const slotNames: Ref[] = [];
    let wantDict = slotsDecl === 0 || otherBaseHasDict;
    if (slotsDecl !== 0) {
      const items = isStr(slotsDecl) ? [newref(slotsDecl)] : iterToArray(slotsDecl);
      for (const s of items) {
        if (!isStr(s)) throw raise(T.TypeError, `__slots__ items must be strings, not '${typeNameOfObj(s)}'`);
        const sn = strValue(s);
        if (sn === '__dict__') wantDict = true;
        else if (sn !== '__weakref__') {
          if (dictGetStr(ns, s) !== 0) {
            throw raise(T.ValueError, `'${sn}' in __slots__ conflicts with class variable`);
          }
          slotNames.push(intern(sn));
        }
        decref(s);
      }
    }
    // classes (instances of a metaclass) keep their namespace in the type object itself
    if (I32[base + TypeObj.Layout] === Layout.Type) wantDict = false;
    const variable = isVariableSize(I32[base + TypeObj.Layout]);
    if (variable && slotNames.length > 0) {
      if (I32[base + TypeObj.Layout] !== Layout.Str) {
        throw raise(T.TypeError, `nonempty __slots__ not supported for subtype of '${typeNameOf(base)}'`);
      }
      // CPython allows them for str, whose characters are inline here: the names live in the instance dict
      slotNames.length = 0;
      wantDict = true;
    }
    if (wantDict && dictOffset === 0) {
      if (variable) dictOffset = -1;
      else {
        dictOffset = words;
        words += 1;
      }
    }
    if (wantDict && dictGetStr(tdict, N.__dict__) === 0 && !baseHasDictDescr(bases)) {
      const dd = newGetSetDescr(t, '__dict__', DICT_GETTER, DICT_SETTER);
      dictSetItem(tdict, N.__dict__, dd);
      decref(dd);
    }
    I32[t + TypeObj.SlotStart] = words;
    for (let i = 0; i < slotNames.length; i++) {
      const d = newMemberDescr(t, slotNames[i], words + i);
      dictSetItem(tdict, slotNames[i], d);
      decref(d);
    }
    words += slotNames.length;
    I32[t + TypeObj.SlotNames] = refsToTuple(slotNames);
    I32[t + TypeObj.BasicWords] = words;
    I32[t + TypeObj.DictOffset] = dictOffset;
    // MRO
    const mro = computeMro(t, bases);
    I32[t + TypeObj.Mro] = refsToTuple(mro);
    for (const b of bases) addSubclass(b, t);
    // implicit classmethods/staticmethods and __hash__ = None when __eq__ is defined alone
    wrapImplicit(tdict, N.__new__, T.staticmethod);
    wrapImplicit(tdict, N.__init_subclass__, T.classmethod);
    wrapImplicit(tdict, N.__class_getitem__, T.classmethod);
    if (dictGetStr(tdict, N.__eq__) !== 0 && dictGetStr(tdict, N.__hash__) === 0) {
      dictSetItem(tdict, N.__hash__, S.None);
    }
    if (dictGetStr(tdict, N.__module__) === 0) {
      // set by the class body normally; type('X', (), {}) takes the caller's __name__
      const m = currentModuleName();
      if (m !== 0) dictSetItem(tdict, N.__module__, m);
    }
    if (dictGetStr(tdict, N.__doc__) === 0) dictSetItem(tdict, N.__doc__, S.None);
    updateTypeFlags(t);
    // __set_name__ on attributes, then the parent's __init_subclass__
    for (const e of dictEntries(tdict)) {
      const v = I32[e + DictEntry.Value];
      if ((v & 1) === 1) continue;
      const sn = lookupType(typeOf(v), N.__set_name__);
      if (sn !== 0) {
        try {
          decref(callBound(sn, v, [t, I32[e + DictEntry.Key]]));
        } catch (err) {
          throw err;
        }
      }
    }
    const sup = superInitSubclass(t);
    if (sup !== 0) {
      try {
        decref(call(sup, kwvals, kwnames.length ? kwnames : null));
      } finally {
        decref(sup);
      }
    } else if (kwnames.length) {
      throw raise(T.TypeError, `${name}.__init_subclass__() takes no keyword arguments`);
    }
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

function superInitSubclass(t: Ref): Ref {
  const mro = I32[t + TypeObj.Mro];
  for (let i = 1; i < tupleLen(mro); i++) {
    const b = tupleItem(mro, i);
    const f = dictGetStr(I32[b + TypeObj.Dict], N.__init_subclass__);
    if (f !== 0) return descrGet(f, 0, t);
  }
  return 0;
}

/** Set by the VM: the __name__ of the module whose code is running (for type() called directly). */
export let currentModuleName: () => Ref = () => 0;
export function setCurrentModuleName(fn: () => Ref): void {
  currentModuleName = fn;
}

function isVariableSize(lay: Layout): boolean {
  return lay === Layout.Int || lay === Layout.Str || lay === Layout.Tuple || lay === Layout.Bytes || lay === Layout.Bool;
}

function wrapImplicit(d: Ref, name: Ref, wrapper: Ref): void {
  const f = dictGetStr(d, name);
  if (f === 0 || typeOf(f) !== T.function) return;
  const w = call(wrapper, [f], null);
  dictSetItem(d, name, w);
  decref(w);
}

/** Recompute the flags that say which dunders a heap type overrides. */
export function updateTypeFlags(t: Ref): void {
  let flags = I32[t + TypeObj.Flags] & ~(TypeFlag.HasGetattr | TypeFlag.HasGetattribute | TypeFlag.HasSetattr |
    TypeFlag.HasDescrGet | TypeFlag.HasDescrSet | TypeFlag.HasDel | TypeFlag.Abstract);
  const objDict = I32[T.object + TypeObj.Dict];
  const overridden = (n: Ref): boolean => {
    const v = lookupType(t, n);
    return v !== 0 && v !== dictGetStr(objDict, n);
  };
  if (lookupType(t, N.__getattr__) !== 0) flags |= TypeFlag.HasGetattr;
  if (overridden(N.__getattribute__) && !isBuiltinAttr(t, N.__getattribute__)) flags |= TypeFlag.HasGetattribute;
  if ((overridden(N.__setattr__) && !isBuiltinAttr(t, N.__setattr__)) ||
    (overridden(N.__delattr__) && !isBuiltinAttr(t, N.__delattr__))) flags |= TypeFlag.HasSetattr;
  if (lookupType(t, N.__get__) !== 0) flags |= TypeFlag.HasDescrGet;
  if (lookupType(t, N.__set__) !== 0 || lookupType(t, N.__delete__) !== 0) flags |= TypeFlag.HasDescrSet;
  if (lookupType(t, N.__del__) !== 0) flags |= TypeFlag.HasDel;
  const abs = dictGetStr(I32[t + TypeObj.Dict], N.__abstractmethods__);
  if (abs !== 0 && isTrue(abs)) flags |= TypeFlag.Abstract;
  I32[t + TypeObj.Flags] = flags;
}

/** Is the attribute found on the MRO provided by a builtin type (so the generic path already does it)? */
function isBuiltinAttr(t: Ref, n: Ref): boolean {
  const v = lookupType(t, n);
  return (v & 1) === 0 && isMethodDescrType(typeOf(v));
}

// ---- the type type: attribute access on classes ---------------------------------------------------------

const tslots = typeSpec.slots;

tslots.getattr = (t: Ref, name: Ref): Ref => {
  const meta = typeOf(t);
  const metaAttr = lookupType(meta, name);
  let mt = 0;
  if (metaAttr !== 0 && (metaAttr & 1) === 0) {
    mt = typeOf(metaAttr);
    if (isDataDescriptorType(mt)) return descrGet(metaAttr, t, meta);
  }
  const attr = lookupType(t, name);
  if (attr !== 0) {
    if ((attr & 1) === 0 && hasDescrGet(typeOf(attr))) return descrGet(attr, 0, t);
    return newref(attr);
  }
  if (metaAttr !== 0) {
    if (mt !== 0 && hasDescrGet(mt)) return descrGet(metaAttr, t, meta);
    return newref(metaAttr);
  }
  return 0;
};

tslots.setattr = (t: Ref, name: Ref, value: Ref): void => {
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType)) {
    throw raise(T.TypeError, `cannot set '${strValue(name)}' attribute of immutable type '${typeNameOf(t)}'`);
  }
  const meta = typeOf(t);
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== 0 && (metaAttr & 1) === 0 && isDataDescriptorType(typeOf(metaAttr))) {
    descrSet(metaAttr, t, value);
    return;
  }
  const d = I32[t + TypeObj.Dict];
  if (value === 0) {
    if (!dictDelItem(d, name)) throw raise(T.AttributeError, `type object '${typeNameOf(t)}' has no attribute '${strValue(name)}'`);
  } else {
    dictSetItem(d, name, value);
  }
  typeModified(t);
  if (strValue(name).startsWith('__')) updateTypeFlagsDeep(t);
};

function updateTypeFlagsDeep(t: Ref): void {
  updateTypeFlags(t);
  for (const s of subclassList(t)) updateTypeFlagsDeep(s);
}
import * as listMod from './list';

tslots.repr = (t: Ref): Ref => {
  const mod = typeModule(t);
  const qn = strValue(I32[t + TypeObj.QualName]);
  return newStr(mod === 'builtins' ? `<class '${qn}'>` : `<class '${mod}.${qn}'>`);
};

tslots.call = typeCall;

function typeModule(t: Ref): string {
  if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) {
    const m = dictGetStr(I32[t + TypeObj.Dict], N.__module__);
    return m !== 0 && isStr(m) ? strValue(m) : 'builtins';
  }
  const m = I32[t + TypeObj.Module];
  return m !== 0 ? strValue(m) : 'builtins';
}
setTypeModuleName(typeModule);

tslots.hash = (t) => objectHash(t);
function objectHash(r: Ref): number {
  return slotsOf(T.object).hash!(r);
}

tslots.new = (meta: Ref, args: Ref[], kwnames: string[] | null): Ref => {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length === 1 && meta === T.type && nkw === 0) return newref(typeOf(pos[0]));
  if (pos.length !== 3) throw raise(T.TypeError, 'type() takes 1 or 3 arguments');
  // a base with a more derived metaclass that has its own __new__ builds the class
  // (and one that has not is still the class's metaclass)
  if (isTuple(pos[1])) {
    const winner = calculateMeta(meta, tupleItems(pos[1]));
    if (winner !== meta) {
      const winnerNew = lookupType(winner, N.__new__);
      if (winnerNew !== 0 && winnerNew !== lookupType(T.type, N.__new__)) return call(winnerNew, [winner, ...args], kwnames);
      meta = winner;
    }
  }
  return newClass(meta, pos[0], pos[1], pos[2], kwnames ?? [], args.slice(args.length - nkw));
};

// type.__new__ as a method so metaclasses can call super().__new__(mcs, name, bases, ns)
import { staticMethod } from './typespec';
staticMethod(typeSpec, '__new__', (_self, args, kwnames) => {
  if (args.length < 1 || !isType(args[0])) throw raise(T.TypeError, 'type.__new__(X): X is not a type object');
  return tslots.new!(args[0], args.slice(1), kwnames);
});
method(typeSpec, '__init__', () => S.None);
method(typeSpec, '__call__', (self, args, kwnames) => typeCall(self, args, kwnames));
method(typeSpec, '__repr__', (self) => tslots.repr!(self));
method(typeSpec, 'mro', (self) => {
  const m = I32[self + TypeObj.Mro];
  const l = newList(0);
  for (let i = 0; i < tupleLen(m); i++) listAppend(l, tupleItem(m, i));
  return l;
});
method(typeSpec, '__subclasses__', (self) => {
  const l = newList(0);
  for (const s of subclassList(self)) listAppend(l, s);
  return l;
});
method(typeSpec, '__instancecheck__', (self, args) => (isSubtype(typeOf(args[0]), self) ? S.True : S.False));
method(typeSpec, '__subclasscheck__', (self, args) => (isSubtype(args[0], self) ? S.True : S.False));
classMethod(typeSpec, '__prepare__', () => newDict());
method(typeSpec, '__getattribute__', (self, args) => {
  const v = tslots.getattr!(self, args[0]);
  if (v === 0) throw raise(T.AttributeError, `type object '${typeNameOf(self)}' has no attribute '${strValue(args[0])}'`);
  return v;
});
method(typeSpec, '__setattr__', (self, args) => {
  tslots.setattr!(self, args[0], args[1]);
  return S.None;
});
method(typeSpec, '__delattr__', (self, args) => {
  tslots.setattr!(self, args[0], 0);
  return S.None;
});
method(typeSpec, '__dir__', (self) => {
  const names = new Set<string>();
  const m = I32[self + TypeObj.Mro];
  for (let i = 0; i < tupleLen(m); i++) for (const k of dictKeys(I32[tupleItem(m, i) + TypeObj.Dict])) names.add(strValue(k));
  const l = newList(0);
  for (const n of names) {
    const s = newStr(n);
    listAppend(l, s);
    decref(s);
  }
  return l;
});
method(typeSpec, '__or__', (self, args) => unionHook(self, args[0]));
method(typeSpec, '__ror__', (self, args) => unionHook(args[0], self));

/** Set by union_type.ts: X | Y for types. */
export let unionHook: (a: Ref, b: Ref) => Ref = () => newref(S.NotImplemented);
export function setUnionHook(fn: (a: Ref, b: Ref) => Ref): void {
  unionHook = fn;
}
tslots.binop = (op, a, b) => (op === BinOp.Or ? unionHook(a, b) : newref(S.NotImplemented));

getset(typeSpec, '__name__', (t) => newref(I32[t + TypeObj.Name]), (t, v) => {
  if (!isStr(v)) throw raise(T.TypeError, `can only assign string to ${typeNameOf(t)}.__name__, not '${typeNameOfObj(v)}'`);
  const old = I32[t + TypeObj.Name];
  I32[t + TypeObj.Name] = newref(v);
  decref(old);
});
getset(typeSpec, '__qualname__', (t) => newref(I32[t + TypeObj.QualName]), (t, v) => {
  if (!isStr(v)) throw raise(T.TypeError, `can only assign string to ${typeNameOf(t)}.__qualname__, not '${typeNameOfObj(v)}'`);
  const old = I32[t + TypeObj.QualName];
  I32[t + TypeObj.QualName] = newref(v);
  decref(old);
});
getset(typeSpec, '__module__', (t) => newStr(typeModule(t)), (t, v) => {
  dictSetItem(I32[t + TypeObj.Dict], N.__module__, v);
});
getset(typeSpec, '__bases__', (t) => newref(I32[t + TypeObj.Bases]));
getset(typeSpec, '__base__', (t) => newref(I32[t + TypeObj.Base] || S.None));
getset(typeSpec, '__mro__', (t) => newref(I32[t + TypeObj.Mro]));
getset(typeSpec, '__dict__', (t) => mappingProxy(I32[t + TypeObj.Dict]));
getset(typeSpec, '__doc__', (t) => {
  // a builtin type's own doc wins over a __doc__ descriptor for its instances (object has one)
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType)) {
    const doc = specs[I32[t + TypeObj.SlotsIndex]]?.doc;
    if (doc) return newStr(doc);
  }
  const d = dictGetStr(I32[t + TypeObj.Dict], N.__doc__);
  if (d === 0) return S.None;
  if ((d & 1) === 0 && hasDescrGet(typeOf(d)) && typeOf(d) !== T.str) return descrGet(d, 0, t);
  return newref(d);
}, (t, v) => {
  dictSetItem(I32[t + TypeObj.Dict], N.__doc__, v);
});
getset(typeSpec, '__abstractmethods__', (t) => {
  const v = dictGetStr(I32[t + TypeObj.Dict], N.__abstractmethods__);
  if (v === 0) throw raise(T.AttributeError, '__abstractmethods__');
  return newref(v);
}, (t, v) => {
  dictSetItem(I32[t + TypeObj.Dict], N.__abstractmethods__, v);
  updateTypeFlags(t);
});
getset(typeSpec, '__annotations__', (t) => {
  let v = dictGetStr(I32[t + TypeObj.Dict], N.__annotations__);
  if (v === 0) {
    v = newDict();
    if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) dictSetItem(I32[t + TypeObj.Dict], N.__annotations__, v);
    return v;
  }
  return newref(v);
}, (t, v) => {
  dictSetItem(I32[t + TypeObj.Dict], N.__annotations__, v);
});

/** Set by mappingproxy: a read-only view of a type's dict. */
export let mappingProxy: (d: Ref) => Ref = (d) => newref(d);
export function setMappingProxy(fn: (d: Ref) => Ref): void {
  mappingProxy = fn;
}

export { DescrObj, ExcObj, InstanceObj, natives, repr, genericGetAttr, isExceptionType, newTuple, tupleInit };
export type { TypeSpec };
