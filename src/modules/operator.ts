// The _operator module: the operator functions as builtins (operator.add is a builtin function in CPython, and
// one call is one step under the GIL). lib/operator.py defines the same functions in Python and replaces them
// with these; attrgetter, itemgetter and methodcaller stay the Python classes there.

import { decref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import type { NativeFn } from '../objects/core';
import { BinOp, CompareOp } from '../objects/typespec';
import {
  binaryOp, call, contains, delItem, getItem, getIterOrNull, hasAttr, index, inplaceOp, isInstanceOfType, isTrue,
  iterNext, lenOf, richCompare, richEq, setItem, typeNameOfObj, unaryOp,
} from '../objects/abstract';
import { asExactInt, intToBigInt, isInt, newInt } from '../objects/int';
import { intern } from '../objects/str';
import { lookupType } from '../objects/type';
import { defineModule } from './registry';

const bool = (b: boolean): Ref => (b ? S.True : S.False);

/** A function of exactly n positional arguments, with CPython's message for the wrong count. */
function fixed(name: string, n: number, fn: (args: Ref[]) => Ref): NativeFn {
  return (_m, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== n) {
      throw raise(T.TypeError, n === 1
        ? `_operator.${name}() takes exactly one argument (${args.length} given)`
        : `${name} expected ${n} arguments, got ${args.length}`);
    }
    return fn(args);
  };
}

const compare = (name: string, op: CompareOp) => fixed(name, 2, ([a, b]) => richCompare(a, b, op));
const binary = (name: string, op: BinOp) => fixed(name, 2, ([a, b]) => binaryOp(op, a, b));
const inplace = (name: string, op: BinOp) => fixed(name, 2, ([a, b]) => inplaceOp(op, a, b));

/** concat and iconcat accept only sequences (something with __getitem__) on the left. */
function checkConcat(a: Ref): void {
  if (!hasAttr(a, intern('__getitem__'))) throw raise(T.TypeError, `'${typeNameOfObj(a)}' object can't be concatenated`);
}

/** Calls visit(item, position) for each item of a; stops early when visit returns true. */
function scan(a: Ref, visit: (item: Ref, i: number) => boolean): boolean {
  const it = getIterOrNull(a);
  if (it === 0) throw raise(T.TypeError, `argument of type '${typeNameOfObj(a)}' is not iterable`);
  try {
    for (let i = 0; ; i++) {
      const v = iterNext(it);
      if (v === 0) return false;
      try {
        if (visit(v, i)) return true;
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && isInstanceOfType(e.exc, T.TypeError);
}

function lengthHint(obj: Ref, dflt: Ref): Ref {
  try {
    return newInt(lenOf(obj));
  } catch (e) {
    if (!isTypeError(e)) throw e;
    decref(e.exc);
  }
  const hint = lookupType(typeOf(obj), intern('__length_hint__'));
  if (hint === 0) return newref(dflt);
  const value = call(hint, [obj], null);
  if (value === S.NotImplemented) {
    decref(value);
    return newref(dflt);
  }
  if (!isInt(value)) {
    const tn = typeNameOfObj(value);
    decref(value);
    throw raise(T.TypeError, `__length_hint__ must be an integer, not ${tn}`);
  }
  if (intToBigInt(value) < 0n) {
    decref(value);
    throw raise(T.ValueError, '__length_hint__() should return >= 0');
  }
  return value;
}

export const operatorModule = defineModule('_operator', {
  gilSafe: true, // no state: each function is one protocol call
  functions: {
    lt: compare('lt', CompareOp.Lt),
    le: compare('le', CompareOp.Le),
    eq: compare('eq', CompareOp.Eq),
    ne: compare('ne', CompareOp.Ne),
    ge: compare('ge', CompareOp.Ge),
    gt: compare('gt', CompareOp.Gt),
    not_: fixed('not_', 1, ([a]) => bool(!isTrue(a))),
    truth: fixed('truth', 1, ([a]) => bool(isTrue(a))),
    is_: fixed('is_', 2, ([a, b]) => bool(a === b)),
    is_not: fixed('is_not', 2, ([a, b]) => bool(a !== b)),
    abs: fixed('abs', 1, ([a]) => unaryOp('abs', a)),
    neg: fixed('neg', 1, ([a]) => unaryOp('neg', a)),
    pos: fixed('pos', 1, ([a]) => unaryOp('pos', a)),
    inv: fixed('inv', 1, ([a]) => unaryOp('invert', a)),
    invert: fixed('invert', 1, ([a]) => unaryOp('invert', a)),
    index: fixed('index', 1, ([a]) => {
      // always an exact int (operator.index(True) is 1), as CPython's PyNumber_Index
      const r = index(a);
      try {
        return asExactInt(r);
      } finally {
        decref(r);
      }
    }),
    add: binary('add', BinOp.Add),
    sub: binary('sub', BinOp.Sub),
    mul: binary('mul', BinOp.Mul),
    matmul: binary('matmul', BinOp.MatMul),
    truediv: binary('truediv', BinOp.TrueDiv),
    floordiv: binary('floordiv', BinOp.FloorDiv),
    mod: binary('mod', BinOp.Mod),
    pow: binary('pow', BinOp.Pow),
    lshift: binary('lshift', BinOp.LShift),
    rshift: binary('rshift', BinOp.RShift),
    and_: binary('and_', BinOp.And),
    or_: binary('or_', BinOp.Or),
    xor: binary('xor', BinOp.Xor),
    iadd: inplace('iadd', BinOp.Add),
    isub: inplace('isub', BinOp.Sub),
    imul: inplace('imul', BinOp.Mul),
    imatmul: inplace('imatmul', BinOp.MatMul),
    itruediv: inplace('itruediv', BinOp.TrueDiv),
    ifloordiv: inplace('ifloordiv', BinOp.FloorDiv),
    imod: inplace('imod', BinOp.Mod),
    ipow: inplace('ipow', BinOp.Pow),
    ilshift: inplace('ilshift', BinOp.LShift),
    irshift: inplace('irshift', BinOp.RShift),
    iand: inplace('iand', BinOp.And),
    ior: inplace('ior', BinOp.Or),
    ixor: inplace('ixor', BinOp.Xor),
    concat: fixed('concat', 2, ([a, b]) => {
      checkConcat(a);
      return binaryOp(BinOp.Add, a, b);
    }),
    iconcat: fixed('iconcat', 2, ([a, b]) => {
      checkConcat(a);
      return inplaceOp(BinOp.Add, a, b);
    }),
    contains: fixed('contains', 2, ([a, b]) => bool(contains(a, b))),
    getitem: fixed('getitem', 2, ([a, b]) => getItem(a, b)),
    setitem: fixed('setitem', 3, ([a, b, c]) => {
      setItem(a, b, c);
      return S.None;
    }),
    delitem: fixed('delitem', 2, ([a, b]) => {
      delItem(a, b);
      return S.None;
    }),
    countOf: fixed('countOf', 2, ([a, b]) => {
      let count = 0;
      scan(a, (item) => {
        if (item === b || richEq(item, b)) count++;
        return false;
      });
      return newInt(count);
    }),
    indexOf: fixed('indexOf', 2, ([a, b]) => {
      let found = -1;
      scan(a, (item, i) => {
        if (item === b || richEq(item, b)) found = i;
        return found >= 0;
      });
      if (found < 0) throw raise(T.ValueError, 'sequence.index(x): x not in sequence');
      return newInt(found);
    }),
    length_hint: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'length_hint() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) {
        throw raise(T.TypeError, args.length < 1
          ? `length_hint expected at least 1 argument, got 0`
          : `length_hint expected at most 2 arguments, got ${args.length}`);
      }
      const dflt = args.length > 1 ? args[1] : newInt(0);
      if (!isInt(dflt)) throw raise(T.TypeError, `'${typeNameOfObj(dflt)}' object cannot be interpreted as an integer`);
      return lengthHint(args[0], dflt);
    },
    call: (_m, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos < 1) throw raise(T.TypeError, 'call expected at least 1 argument, got 0');
      return call(args[0], args.slice(1), kwnames);
    },
  },
});
