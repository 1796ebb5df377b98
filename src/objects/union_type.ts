// types.UnionType: what `int | str` makes (and `list[int] | None`). Its __args__ are the members, flattened
// (a union inside a union contributes its members) and without repeats; None is stored as NoneType.
// isinstance() and issubclass() accept a union as they accept a tuple (builtin_funcs.ts).
//
// Fields (WrapperObj): A the args tuple, B the parameters tuple (computed on first use).

import { I32 } from '../heap/heap';
import { Layout, WrapperObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T, typeOf } from './core';
import { BinOp, CompareOp, defineType, getset, method } from './typespec';
import { binaryOp, hashOf, richEq } from './abstract';
import { newStr } from './str';
import { tupleFrom, tupleItems } from './tuple';
import { isType } from './type';
import { boolRef, newBigInt } from './int';
import { frozensetFrom } from './set';
import { fullHash } from './hash';
import { exactArgs } from './args';
import { builtinNewMethod } from './descriptors';
import { setUnionHook } from './type_call';
import { collectParameters, isGenericAlias, setUnionOr, substituteParameters, typeReprItem } from './generic_alias';

const enum U {
  Args = WrapperObj.A,
  Params = WrapperObj.B,
}

export function isUnion(r: Ref): boolean {
  return (r & 1) === 0 && typeOf(r) === T.union_type;
}

/** The members of a union (borrowed tuple). */
export function unionArgsTuple(u: Ref): Ref {
  return I32[u + U.Args];
}

function unionArgs(u: Ref): Ref[] {
  return tupleItems(I32[u + U.Args]);
}

/** What may take part in `X | Y` here: None, classes, generic aliases and unions. */
function isUnionable(r: Ref): boolean {
  return r === S.None || isType(r) || isGenericAlias(r) || isUnion(r);
}

/** `a | b` for classes, aliases and unions: NotImplemented when either side is something else. */
export function unionOr(a: Ref, b: Ref): Ref {
  if (!isUnionable(a) || !isUnionable(b)) return newref(S.NotImplemented);
  const members: Ref[] = [];
  for (const side of [a, b]) {
    for (let m of isUnion(side) ? unionArgs(side) : [side]) {
      if (m === S.None) m = T.NoneType;
      // repeats: the same object, or equal aliases (list[int] twice)
      const repeat = members.some((x) => x === m || (isGenericAlias(x) && isGenericAlias(m) && richEq(x, m)));
      if (!repeat) members.push(m);
    }
  }
  if (members.length === 1) return newref(members[0]);
  const u = allocObject(T.union_type, WrapperObj.Size);
  I32[u + U.Args] = tupleFrom(members);
  return u;
}

function unionParameters(u: Ref): Ref {
  if (I32[u + U.Params] === 0) I32[u + U.Params] = collectParameters(unionArgs(u));
  return I32[u + U.Params];
}

/** hash(frozenset(args)), the hash and equality key of a union. */
function argsSet(u: Ref): Ref {
  return frozensetFrom(unionArgs(u));
}

export const unionTypeSpec = defineType({
  name: 'UnionType', key: 'union_type', layout: Layout.Super, basicWords: WrapperObj.Size, module: 'types',
  slots: {
    new() {
      throw raise(T.TypeError, "cannot create 'types.UnionType' instances");
    },
    repr(u) {
      return newStr(unionArgs(u).map((m) => (m === T.NoneType ? 'None' : typeReprItem(m))).join(' | '));
    },
    hash(u) {
      const s = argsSet(u);
      try {
        return hashOf(s);
      } finally {
        decref(s);
      }
    },
    compare(a, b, op) {
      if ((op !== CompareOp.Eq && op !== CompareOp.Ne) || !isUnion(b)) return newref(S.NotImplemented);
      const sa = argsSet(a), sb = argsSet(b);
      try {
        return boolRef(richEq(sa, sb) === (op === CompareOp.Eq));
      } finally {
        decref(sa);
        decref(sb);
      }
    },
    getitem(u, item) {
      const newArgs = substituteParameters(u, unionArgs(u), tupleItems(unionParameters(u)), item);
      // the substituted members are joined with | again (a member may now be a typing construct)
      try {
        let result = newref(newArgs[0]);
        for (let i = 1; i < newArgs.length; i++) {
          const next = binaryOp(BinOp.Or, result, newArgs[i]);
          decref(result);
          result = next;
        }
        return result;
      } finally {
        for (const r of newArgs) decref(r);
      }
    },
    binop(op, a, b) {
      return op === BinOp.Or ? unionOr(a, b) : newref(S.NotImplemented);
    },
  },
});

const uslots = unionTypeSpec.slots;
builtinNewMethod(unionTypeSpec, () => T.union_type);
getset(unionTypeSpec, '__args__', (u) => newref(I32[u + U.Args]));
getset(unionTypeSpec, '__parameters__', (u) => newref(unionParameters(u)));
method(unionTypeSpec, '__repr__', (u) => uslots.repr!(u));
method(unionTypeSpec, '__hash__', (u) => newBigInt(fullHash(uslots.hash!(u))));
method(unionTypeSpec, '__eq__', (u, args, kwnames) => {
  exactArgs('__eq__', args, kwnames, 1);
  return uslots.compare!(u, args[0], CompareOp.Eq);
});
method(unionTypeSpec, '__ne__', (u, args, kwnames) => {
  exactArgs('__ne__', args, kwnames, 1);
  return uslots.compare!(u, args[0], CompareOp.Ne);
});
method(unionTypeSpec, '__getitem__', (u, args, kwnames) => {
  exactArgs('__getitem__', args, kwnames, 1);
  return uslots.getitem!(u, args[0]);
});
method(unionTypeSpec, '__or__', (u, args) => unionOr(u, args[0]));
method(unionTypeSpec, '__ror__', (u, args) => unionOr(args[0], u));

setUnionOr(unionOr);
setUnionHook(unionOr);
