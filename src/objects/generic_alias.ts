// types.GenericAlias: what `list[int]` and `dict[str, T]` make. It records the class it was made from
// (__origin__) and the subscript (__args__), forwards other attributes to the origin, calls the origin, and
// stands for the origin in a class statement's bases (__mro_entries__). Type variables among the arguments
// (objects with __typing_subst__, or with __parameters__ of their own) make __parameters__, and subscripting
// the alias again substitutes them: dict[str, T][int] == dict[str, int].
//
// Fields (WrapperObj): A the origin, B the args tuple, C the parameters tuple (computed on first use),
// D True for a starred alias (*tuple[int]).
//
// The helpers for reprs and parameter substitution are shared with types.UnionType (union_type.ts).

import { I32 } from '../heap/heap';
import { Layout, TypeFlag, TypeObj, WrapperObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import { BinOp, CompareOp, defineType, getset, method } from './typespec';
import {
  call, genericGetAttr, getAttrOrNull, getItem, hashOf, isInstanceOfType, reprJs, richEq,
} from './abstract';
import { fullHash, splitHash } from './hash';
import { intern, strValue, isStr, newStr } from './str';
import { isTuple, tupleFrom, tupleItems } from './tuple';
import { isList, listItems, listSteal } from './list';
import { isType } from './type';
import { boolRef, newBigInt } from './int';
import { exactArgs } from './args';
import { builtinNewMethod } from './descriptors';

const enum GA {
  Origin = WrapperObj.A,
  Args = WrapperObj.B,
  Params = WrapperObj.C,
  Starred = WrapperObj.D,
}

// ---- helpers shared with UnionType -----------------------------------------------------------------------------

/** getattr(obj, name), or 0 when it is missing (other errors propagate). */
function attrOrNull(obj: Ref, name: string): Ref {
  try {
    return getAttrOrNull(obj, intern(name));
  } catch (e) {
    if (!(e instanceof PyErr && isInstanceOfType(e.exc, T.AttributeError))) throw e;
    decref(e.exc);
    return 0;
  }
}

/** How an argument of an alias or union prints: classes by (module.)qualname, aliases and others by repr. */
export function typeReprItem(p: Ref): string {
  if (p === S.Ellipsis) return '...';
  const origin = attrOrNull(p, '__origin__');
  if (origin !== 0) {
    decref(origin);
    const args = attrOrNull(p, '__args__');
    if (args !== 0) {
      decref(args);
      return reprJs(p);
    }
  }
  const qualname = attrOrNull(p, '__qualname__');
  if (qualname === 0) return reprJs(p);
  try {
    const module = attrOrNull(p, '__module__');
    if (module === 0 || module === S.None) return reprJs(p);
    try {
      const q = isStr(qualname) ? strValue(qualname) : reprJs(qualname);
      const m = isStr(module) ? strValue(module) : reprJs(module);
      return m === 'builtins' ? q : `${m}.${q}`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

/**
 * The type variables among args, in order of first appearance: arguments with __typing_subst__ (TypeVar),
 * and the __parameters__ of arguments that have their own (list[T]). Classes are skipped.
 */
export function collectParameters(args: Ref[]): Ref {
  const params: Ref[] = [];
  for (const a of args) {
    if (isType(a)) continue;
    const subst = attrOrNull(a, '__typing_subst__');
    if (subst !== 0) {
      decref(subst);
      if (!params.includes(a)) params.push(a);
      continue;
    }
    const sub = attrOrNull(a, '__parameters__');
    if (sub === 0) continue;
    if (isTuple(sub)) for (const p of tupleItems(sub)) if (!params.includes(p)) params.push(p);
    decref(sub);
  }
  return tupleFrom(params);
}

/**
 * The args of `self` (an alias or union with these args and parameters) with the parameters replaced by the
 * items of the subscript `item`, as a JS array of new references.
 */
export function substituteParameters(self: Ref, args: Ref[], params: Ref[], item: Ref): Ref[] {
  if (params.length === 0) throw raise(T.TypeError, `${reprJs(self)} is not a generic class`);
  let itemTuple = isTuple(item) ? newref(item) : tupleFrom([item]);
  try {
    // ParamSpec and TypeVarTuple reshape the subscript first
    for (const p of params) {
      const prepare = attrOrNull(p, '__typing_prepare_subst__');
      if (prepare === 0) continue;
      try {
        const prepared = call(prepare, [self, itemTuple], null);
        decref(itemTuple);
        itemTuple = prepared;
      } finally {
        decref(prepare);
      }
    }
    const items = tupleItems(itemTuple);
    if (items.length !== params.length) {
      throw raise(T.TypeError, `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${reprJs(self)}; ` +
        `actual ${items.length}, expected ${params.length}`);
    }
    const out: Ref[] = [];
    try {
      for (const a of args) out.push(substituteOne(a, params, items));
    } catch (e) {
      for (const r of out) decref(r);
      throw e;
    }
    return out;
  } finally {
    decref(itemTuple);
  }
}

function substituteOne(arg: Ref, params: Ref[], items: Ref[]): Ref {
  if (isType(arg)) return newref(arg);
  const subst = attrOrNull(arg, '__typing_subst__');
  if (subst !== 0) {
    try {
      return call(subst, [items[params.indexOf(arg)]], null);
    } finally {
      decref(subst);
    }
  }
  if (isList(arg)) return listSteal(listItems(arg).map((a) => substituteOne(a, params, items)));
  const sub = attrOrNull(arg, '__parameters__');
  if (sub === 0) return newref(arg);
  try {
    if (!isTuple(sub) || tupleItems(sub).length === 0) return newref(arg);
    const subargs = tupleItems(sub).map((p) => items[params.indexOf(p)]);
    const key = subargs.length === 1 ? newref(subargs[0]) : tupleFrom(subargs);
    try {
      return getItem(arg, key);
    } finally {
      decref(key);
    }
  } finally {
    decref(sub);
  }
}

// ---- GenericAlias ----------------------------------------------------------------------------------------------

/** A new GenericAlias of type `type` (or a subclass) for origin[args]; args that are not a tuple become (args,). */
export function newGenericAlias(origin: Ref, args: Ref, type: Ref = T.generic_alias, starred = false): Ref {
  const ga = allocObject(type, I32[type + TypeObj.BasicWords]);
  incref(origin);
  I32[ga + GA.Origin] = origin;
  I32[ga + GA.Args] = isTuple(args) ? newref(args) : tupleFrom([args]);
  I32[ga + GA.Starred] = starred ? S.True : 0;
  return ga;
}

export function isGenericAlias(r: Ref): boolean {
  if ((r & 1) === 1 || T.generic_alias === 0) return false;
  const t = typeOf(r);
  return t === T.generic_alias || isInstanceOfType(r, T.generic_alias);
}

function gaArgs(ga: Ref): Ref[] {
  return tupleItems(I32[ga + GA.Args]);
}

function gaParameters(ga: Ref): Ref {
  if (I32[ga + GA.Params] === 0) I32[ga + GA.Params] = collectParameters(gaArgs(ga));
  return I32[ga + GA.Params];
}

// Names a GenericAlias answers itself; every other attribute comes from the origin.
const ownAttributes = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

export const genericAliasSpec = defineType({
  name: 'GenericAlias', key: 'generic_alias', layout: Layout.Super, basicWords: WrapperObj.Size, module: 'types',
  flags: TypeFlag.BaseType,
  slots: {
    new(type, args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'GenericAlias() takes no keyword arguments');
      if (args.length !== 2) throw raise(T.TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
      return newGenericAlias(args[0], args[1], type);
    },
    repr(ga) {
      const args = gaArgs(ga);
      const inner = args.length === 0 ? '()' : args.map(typeReprItem).join(', ');
      return newStr(`${I32[ga + GA.Starred] ? '*' : ''}${typeReprItem(I32[ga + GA.Origin])}[${inner}]`);
    },
    hash(ga) {
      const h = fullHash(hashOf(I32[ga + GA.Origin]));
      return splitHash(h ^ fullHash(hashOf(I32[ga + GA.Args])));
    },
    compare(a, b, op) {
      if ((op !== CompareOp.Eq && op !== CompareOp.Ne) || !isGenericAlias(b)) return newref(S.NotImplemented);
      const eq = !!I32[a + GA.Starred] === !!I32[b + GA.Starred] &&
        richEq(I32[a + GA.Origin], I32[b + GA.Origin]) && richEq(I32[a + GA.Args], I32[b + GA.Args]);
      return boolRef(eq === (op === CompareOp.Eq));
    },
    call(ga, args, kwnames) {
      const result = call(I32[ga + GA.Origin], args, kwnames);
      // The instance remembers the alias it came from, when it can take attributes.
      try {
        genericSetAttrOrSkip(result, ga);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    },
    getattr(ga, name) {
      if (ownAttributes.has(strValue(name))) return genericGetAttr(ga, name);
      return getAttrOrNull(I32[ga + GA.Origin], name);
    },
    getitem(ga, item) {
      const params = tupleItems(gaParameters(ga));
      const newArgs = substituteParameters(ga, gaArgs(ga), params, item);
      const argsTuple = tupleFrom(newArgs);
      for (const r of newArgs) decref(r);
      try {
        return newGenericAlias(I32[ga + GA.Origin], argsTuple, typeOf(ga), !!I32[ga + GA.Starred]);
      } finally {
        decref(argsTuple);
      }
    },
    binop(op, a, b) {
      if (op !== BinOp.Or) return newref(S.NotImplemented);
      return unionOr(a, b);
    },
  },
});

/** result.__orig_class__ = ga, skipping objects that refuse attributes (as CPython does). */
function genericSetAttrOrSkip(result: Ref, ga: Ref): void {
  const setattr = getAttrOrNull(result, intern('__setattr__'));
  if (setattr === 0) return;
  try {
    decref(call(setattr, [intern('__orig_class__'), ga], null));
  } catch (e) {
    if (!(e instanceof PyErr && (isInstanceOfType(e.exc, T.AttributeError) || isInstanceOfType(e.exc, T.TypeError)))) {
      throw e;
    }
    decref(e.exc);
  } finally {
    decref(setattr);
  }
}

/** X | Y with X or Y an alias: set by union_type.ts. */
let unionOr: (a: Ref, b: Ref) => Ref = () => newref(S.NotImplemented);
export function setUnionOr(fn: (a: Ref, b: Ref) => Ref): void {
  unionOr = fn;
}

const gslots = genericAliasSpec.slots;
builtinNewMethod(genericAliasSpec, () => T.generic_alias);
getset(genericAliasSpec, '__origin__', (ga) => newref(I32[ga + GA.Origin]));
getset(genericAliasSpec, '__args__', (ga) => newref(I32[ga + GA.Args]));
getset(genericAliasSpec, '__parameters__', (ga) => newref(gaParameters(ga)));
getset(genericAliasSpec, '__unpacked__', (ga) => boolRef(!!I32[ga + GA.Starred]));
getset(genericAliasSpec, '__typing_unpacked_tuple_args__', (ga) =>
  I32[ga + GA.Starred] && I32[ga + GA.Origin] === T.tuple ? newref(I32[ga + GA.Args]) : S.None);
method(genericAliasSpec, '__mro_entries__', (ga, args, kwnames) => {
  exactArgs('__mro_entries__', args, kwnames, 1);
  return tupleFrom([I32[ga + GA.Origin]]);
});
method(genericAliasSpec, '__instancecheck__', () => {
  throw raise(T.TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
});
method(genericAliasSpec, '__subclasscheck__', () => {
  throw raise(T.TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
});
method(genericAliasSpec, '__reduce__', (ga) => {
  const inner = tupleFrom([I32[ga + GA.Origin], I32[ga + GA.Args]]);
  try {
    return tupleFrom([typeOf(ga), inner]);
  } finally {
    decref(inner);
  }
});
method(genericAliasSpec, '__repr__', (ga) => gslots.repr!(ga));
method(genericAliasSpec, '__hash__', (ga) => {
  const lo = gslots.hash!(ga);
  return newIntFromHash(lo);
});
method(genericAliasSpec, '__getitem__', (ga, args, kwnames) => {
  exactArgs('__getitem__', args, kwnames, 1);
  return gslots.getitem!(ga, args[0]);
});
method(genericAliasSpec, '__call__', (ga, args, kwnames) => gslots.call!(ga, args, kwnames));
method(genericAliasSpec, '__or__', (ga, args) => unionOr(ga, args[0]));
method(genericAliasSpec, '__ror__', (ga, args) => unionOr(args[0], ga));
method(genericAliasSpec, '__dir__', (ga) => {
  const fromOrigin = callDir(I32[ga + GA.Origin]);
  const names = new Set(fromOrigin);
  for (const n of ownAttributes) names.add(n);
  return listSteal([...names].sort().map((n) => newStr(n)));
});

function callDir(obj: Ref): string[] {
  const dirFn = getAttrOrNull(S.builtinsModule, intern('dir'));
  const l = call(dirFn, [obj], null);
  decref(dirFn);
  try {
    return listItems(l).map(strValue);
  } finally {
    decref(l);
  }
}

function newIntFromHash(lo: number): Ref {
  return newBigInt(fullHash(lo));
}
method(genericAliasSpec, '__eq__', (ga, args, kwnames) => {
  exactArgs('__eq__', args, kwnames, 1);
  return gslots.compare!(ga, args[0], CompareOp.Eq);
});
method(genericAliasSpec, '__ne__', (ga, args, kwnames) => {
  exactArgs('__ne__', args, kwnames, 1);
  return gslots.compare!(ga, args[0], CompareOp.Ne);
});
