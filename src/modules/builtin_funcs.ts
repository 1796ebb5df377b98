// The builtin functions that need nothing from the VM beyond the object protocols: abs, all, any, ascii, bin,
// callable, chr, delattr, dir, divmod, format, getattr, hasattr, hash, hex, id, isinstance, issubclass, iter,
// max, min, next, oct, ord, pow, round, setattr, sorted, sum, aiter, anext, breakpoint, help.
// builtins.ts spreads `builtinFunctions` into the builtins module.

import { isUnion, unionArgsTuple } from '../objects/union_type';
import { I32 } from '../heap/heap';
import { IterObj, Layout } from '../heap/layout';
import { allocObject, decref, NativeFn, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import {
  binaryOp, call, callBound, callMethod, getAttr, getAttrOrNull, getIter, index, isCallable, isInstanceOfType,
  isIterator, isTrue, iterNext, iterToArray, N, richCompareBool, richEq, setAttr, typeNameOfObj, unaryOp, hashOf,
} from '../objects/abstract';
import { argSpec, exactArgs, parseArgs, rangeArgs } from '../objects/args';
import { BinOp, CompareOp, defineType, method } from '../objects/typespec';
import { intern, isStr, newStr, strCodePoint, strLen, strValue } from '../objects/str';
import { intToBigInt, intToSafe, isExactInt, isInt, newBigInt, newInt, numOrBig } from '../objects/int';
import { floatValue, isExactFloat, isFloat, newFloat } from '../objects/float';
import { isTuple, tupleFrom, tupleItem, tupleLen } from '../objects/tuple';
import { listSteal } from '../objects/list';
import { dictGetStr, dictKeys, isDict } from '../objects/dict';
import { isBytes, bytesValue } from '../objects/bytes';
import { byteArrayView } from '../objects/bytes_common';
import { isSubtype, isType, lookupType, typeNameOf } from '../objects/type';
import { objectId, typeModuleName } from '../objects/object';
import { fullHash } from '../objects/hash';
import { asciiRef, formatObject } from '../objects/str_format';
import { newException } from '../objects/exceptions';
import { specTypeRef } from '../objects/spec_refs';
import { vmHooks } from '../vm/hooks';

// ---- small helpers ------------------------------------------------------------------------------------------

function boolRef(b: boolean): Ref {
  return b ? S.True : S.False;
}

/** Run fn, turning an AttributeError into `fallback()`. */
function unlessAttributeError<R>(fn: () => R, fallback: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.AttributeError)) {
      decref(e.exc);
      return fallback();
    }
    throw e;
  }
}

/** An attribute name argument as an interned str (the method cache keys names by address). */
function attrName(name: Ref): Ref {
  if (!isStr(name)) throw raise(T.TypeError, `attribute name must be string, not '${typeNameOfObj(name)}'`);
  return intern(strValue(name));
}

/** Positional args and keyword args (name → value) of a native call. */
function splitArgs(args: Ref[], kwnames: string[] | null): [Ref[], Map<string, Ref>] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const kw = new Map<string, Ref>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[args.length - nkw + i]);
  return [nkw === 0 ? args : args.slice(0, args.length - nkw), kw];
}

/** Call fn for each item of an iterable (items borrowed for the call); stops early when fn returns true. */
function forEach(iterable: Ref, fn: (item: Ref) => boolean | void): void {
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return;
      try {
        if (fn(v) === true) return;
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** A list of new references, sorted in place (what dir() returns). */
function sortedListOf(items: Ref[]): Ref {
  const l = listSteal(items);
  try {
    decref(callMethod(l, 'sort', []));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** locals() of the calling frame (a new reference). */
function callerLocals(): Ref {
  const localsFn = dictGetStr(S.builtinsDict, intern('locals'));
  if (localsFn === 0) throw raise(T.RuntimeError, 'dir(): builtins.locals is missing');
  return call(localsFn, [], null);
}

// ---- numbers ----------------------------------------------------------------------------------------------

/** bin/oct/hex: the index of x in base `radix` with a 0b/0o/0x prefix. */
function intWithPrefix(fname: string, prefix: string, radix: number): NativeFn {
  return (_self, args, kwnames) => {
    exactArgs(fname, args, kwnames, 1);
    const i = index(args[0]);
    const v = intToBigInt(i);
    decref(i);
    return newStr(v < 0n ? `-${prefix}${(-v).toString(radix)}` : `${prefix}${v.toString(radix)}`);
  };
}

/** A binary operation given by its dunder names (for divmod, which has no BinOp). */
function binaryDunder(a: Ref, b: Ref, name: string, rname: string, symbol: string): Ref {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = lookupType(ta, intern(name));
  const fb = ta === tb ? 0 : lookupType(tb, intern(rname));
  const tryCall = (f: Ref, self: Ref, other: Ref): Ref => (f === 0 ? newref(S.NotImplemented) : callBound(f, self, [other]));
  // a subclass's reflected method goes first when it overrides its base's
  let reflectedDone = false;
  if (fb !== 0 && isSubtype(tb, ta) && fb !== lookupType(ta, intern(rname))) {
    reflectedDone = true;
    const r = tryCall(fb, b, a);
    if (r !== S.NotImplemented) return r;
  }
  const r = tryCall(fa, a, b);
  if (r !== S.NotImplemented) return r;
  if (!reflectedDone) {
    const r2 = tryCall(fb, b, a);
    if (r2 !== S.NotImplemented) return r2;
  }
  throw raise(T.TypeError, `unsupported operand type(s) for ${symbol}: '${typeNameOf(ta)}' and '${typeNameOf(tb)}'`);
}

const powArgs = argSpec('pow', ['base', 'exp', 'mod'], { required: 2, posOnly: 0 });

function pow(base: Ref, exp: Ref, mod: Ref): Ref {
  if (mod === 0 || mod === S.None) return binaryOp(BinOp.Pow, base, exp);
  // three-argument pow is int's, or a class's own __pow__(exp, mod); floats and complexes refuse it
  const f = lookupType(typeOf(base), N.__pow__);
  if (f !== 0) {
    const r = callBound(f, base, [exp, mod]);
    if (r !== S.NotImplemented) return r;
  }
  for (const v of [exp, mod]) {
    if (isFloat(v)) throw raise(T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    if (isSubtype(typeOf(v), T.complex)) throw raise(T.ValueError, 'complex modulo');
  }
  throw raise(T.TypeError, `unsupported operand type(s) for ** or pow(): '${typeNameOfObj(base)}', ` +
    `'${typeNameOfObj(exp)}', '${typeNameOfObj(mod)}'`);
}

const roundArgs = argSpec('round', ['number', 'ndigits'], { required: 1, posOnly: 0 });

const sumArgs = argSpec('sum', ['iterable', 'start'], { required: 1, posOnly: 1 });

/**
 * sum(iterable, start=0) as CPython 3.11: exact ints are added in a JS number while they stay exact, floats
 * left to right in a double (no compensated summation before 3.12), anything else with +.
 */
function sum(args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw === 0) throw raise(T.TypeError, 'sum() takes at least 1 positional argument (0 given)');
  const [iterable, startArg] = parseArgs(sumArgs, args, kwnames);
  const it = getIter(iterable);
  try {
    const start = startArg === 0 ? newInt(0) : newref(startArg);
    if (isStr(start) || isBytes(start) || isSubtype(typeOf(start), T.bytearray)) {
      const what = isStr(start) ? "strings [use ''.join(seq) instead]"
        : `${isBytes(start) ? 'bytes' : 'bytearray'} [use b''.join(seq) instead]`;
      decref(start);
      throw raise(T.TypeError, `sum() can't sum ${what}`);
    }
    return sumItems(it, start);
  } finally {
    decref(it);
  }
}

// Int sums in a double while they stay exact, then in a JS bigint (Big), so no int object is made per item.
const enum SumMode { Int, Big, Float, Object }

/** The sum loop; `start` is a new reference the loop takes over. */
function sumItems(it: Ref, start: Ref): Ref {
  let mode = SumMode.Object;
  let iacc = 0, facc = 0, res = start;
  let bacc = 0n;
  const startInt = isExactInt(start) ? intToSafe(start) : null;
  if (startInt !== null) {
    mode = SumMode.Int;
    iacc = startInt;
  } else if (isExactFloat(start)) {
    mode = SumMode.Float;
    facc = floatValue(start);
  }
  if (mode !== SumMode.Object) {
    decref(start);
    res = 0;
  }
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === 0) break;
      try {
        if (mode === SumMode.Int) {
          if (isExactInt(item) || item === S.True || item === S.False) {
            const v = intToSafe(item);
            if (v !== null && Number.isSafeInteger(iacc + v)) {
              iacc += v;
              continue;
            }
            bacc = BigInt(iacc) + intToBigInt(item);
            mode = SumMode.Big;
            continue;
          }
          res = numOrBig(iacc);
          mode = SumMode.Object;
        } else if (mode === SumMode.Big) {
          if (isExactInt(item) || item === S.True || item === S.False) {
            bacc += (item & 1) === 1 ? BigInt(item >> 1) : intToBigInt(item);
            continue;
          }
          res = newBigInt(bacc);
          mode = SumMode.Object;
        } else if (mode === SumMode.Float) {
          if (isExactFloat(item)) {
            facc += floatValue(item);
            continue;
          }
          if (isInt(item)) {
            const v = intToSafe(item);
            if (v !== null) {
              facc += v;
              continue;
            }
          }
          res = newFloat(facc);
          mode = SumMode.Object;
        }
        const r = binaryOp(BinOp.Add, res, item);
        decref(res);
        res = r;
        if (isExactFloat(res)) {
          // as CPython, a sum that became a float continues in the float loop
          facc = floatValue(res);
          decref(res);
          res = 0;
          mode = SumMode.Float;
        }
      } finally {
        decref(item);
      }
    }
  } catch (e) {
    decref(res);
    throw e;
  }
  if (mode === SumMode.Int) return numOrBig(iacc);
  if (mode === SumMode.Big) return newBigInt(bacc);
  if (mode === SumMode.Float) return newFloat(facc);
  return res;
}

// ---- min / max ----------------------------------------------------------------------------------------------

function minMax(fname: 'min' | 'max', args: Ref[], kwnames: string[] | null): Ref {
  const [pos, kw] = splitArgs(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== 'key' && k !== 'default') throw raise(T.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  }
  if (pos.length === 0) throw raise(T.TypeError, `${fname} expected at least 1 argument, got 0`);
  const dflt = kw.get('default') ?? 0;
  if (pos.length > 1 && dflt !== 0) {
    throw raise(T.TypeError, `Cannot specify a default for ${fname}() with multiple positional arguments`);
  }
  const keyFn = kw.get('key') ?? S.None;
  const op = fname === 'max' ? CompareOp.Gt : CompareOp.Lt;
  let best = 0, bestKey = 0;
  const consider = (item: Ref): void => {
    const k = keyFn === S.None ? newref(item) : call(keyFn, [item], null);
    if (best !== 0) {
      let better: boolean;
      try {
        better = richCompareBool(k, bestKey, op);
      } catch (e) {
        decref(k);
        throw e;
      }
      if (!better) {
        decref(k);
        return;
      }
      decref(best);
      decref(bestKey);
    }
    best = newref(item);
    bestKey = k;
  };
  try {
    if (pos.length > 1) for (const item of pos) consider(item);
    else forEach(pos[0], consider);
  } catch (e) {
    decref(best);
    decref(bestKey);
    throw e;
  }
  decref(bestKey);
  if (best !== 0) return best;
  if (dflt !== 0) return newref(dflt);
  throw raise(T.ValueError, `${fname}() arg is an empty sequence`);
}

// ---- isinstance / issubclass -----------------------------------------------------------------------------------

/** The members of a `X | Y` union (types.UnionType) as a tuple, or 0 when cls is not one. */
function unionArgs(cls: Ref): Ref {
  return isUnion(cls) ? newref(unionArgsTuple(cls)) : 0;
}

/** cls.__bases__ if it is a tuple (what makes a non-type object count as a class), else 0. */
function basesOf(cls: Ref): Ref {
  const b = unlessAttributeError(() => getAttrOrNull(cls, N.__bases__), () => 0);
  if (b !== 0 && !isTuple(b)) {
    decref(b);
    return 0;
  }
  return b;
}

function checkClass(cls: Ref, message: string): void {
  const b = basesOf(cls);
  if (b === 0) throw raise(T.TypeError, message);
  decref(b);
}

/** Is derived cls or does it inherit from it, following __bases__ (for classes that are not types). */
function abstractIsSubclass(derived: Ref, cls: Ref): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = basesOf(derived);
    if (bases === 0) return false;
    try {
      const n = tupleLen(bases);
      if (n === 0) return false;
      if (n > 1) {
        for (let i = 0; i < n; i++) if (abstractIsSubclass(tupleItem(bases, i), cls)) return true;
        return false;
      }
      derived = tupleItem(bases, 0);
    } finally {
      decref(bases);
    }
  }
}

/** `obj.__class__` when it names another class than type(obj) (proxies), else 0. */
function claimedClass(obj: Ref): Ref {
  return unlessAttributeError(() => getAttrOrNull(obj, N.__class__), () => 0);
}

function recursiveIsInstance(inst: Ref, cls: Ref): boolean {
  if (isType(cls)) {
    if (isSubtype(typeOf(inst), cls)) return true;
    const c = claimedClass(inst);
    try {
      return c !== 0 && c !== typeOf(inst) && isType(c) && isSubtype(c, cls);
    } finally {
      decref(c);
    }
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const c = claimedClass(inst);
  try {
    return c !== 0 && abstractIsSubclass(c, cls);
  } finally {
    decref(c);
  }
}

/** A hook found on the metaclass (__instancecheck__/__subclasscheck__), called and read as a truth value. */
function callCheckHook(cls: Ref, name: Ref, arg: Ref): boolean | null {
  const f = lookupType(typeOf(cls), name);
  if (f === 0) return null;
  const r = callBound(f, cls, [arg]);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

export function isInstance(inst: Ref, cls: Ref): boolean {
  if (typeOf(inst) === cls) return true;
  if (typeOf(cls) === T.type) return recursiveIsInstance(inst, cls);
  const members = isTuple(cls) ? newref(cls) : unionArgs(cls);
  if (members !== 0) {
    try {
      for (let i = 0; i < tupleLen(members); i++) if (isInstance(inst, tupleItem(members, i))) return true;
      return false;
    } finally {
      decref(members);
    }
  }
  const hooked = callCheckHook(cls, N.__instancecheck__, inst);
  if (hooked !== null) return hooked;
  return recursiveIsInstance(inst, cls);
}

function recursiveIsSubclass(derived: Ref, cls: Ref): boolean {
  if (isType(cls) && isType(derived)) return isSubtype(derived, cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

export function isSubclass(derived: Ref, cls: Ref): boolean {
  if (typeOf(cls) === T.type) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const members = isTuple(cls) ? newref(cls) : unionArgs(cls);
  if (members !== 0) {
    try {
      for (let i = 0; i < tupleLen(members); i++) if (isSubclass(derived, tupleItem(members, i))) return true;
      return false;
    } finally {
      decref(members);
    }
  }
  const hooked = callCheckHook(cls, N.__subclasscheck__, derived);
  if (hooked !== null) return hooked;
  return recursiveIsSubclass(derived, cls);
}

// ---- iteration -----------------------------------------------------------------------------------------------

// iter(callable, sentinel): calls callable until it returns sentinel. Its Source is the pair
// (callable, sentinel), so the Iterator layout's clearer releases both; it is dropped once exhausted.
export const callableIteratorSpec = defineType({
  name: 'callable_iterator', key: 'callable_iterator', layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: {
    iter: (it) => newref(it),
    next(it) {
      const pair = I32[it + IterObj.Source];
      if (pair === 0) return 0;
      let r: Ref;
      try {
        r = call(tupleItem(pair, 0), [], null);
      } catch (e) {
        if (!(e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration))) throw e;
        decref(e.exc);
        r = 0;
      }
      if (r !== 0 && !richEq(tupleItem(pair, 1), r)) return r;
      decref(r);
      // the pair may already be gone if the callable re-entered this iterator
      const p = I32[it + IterObj.Source];
      I32[it + IterObj.Source] = 0;
      decref(p);
      return 0;
    },
  },
});
method(callableIteratorSpec, '__iter__', (self) => newref(self));
method(callableIteratorSpec, '__next__', (self) => {
  const v = callableIteratorSpec.slots.next!(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});

function newCallableIter(callable: Ref, sentinel: Ref): Ref {
  const it = allocObject(T.callable_iterator, IterObj.Size);
  I32[it + IterObj.Source] = tupleFrom([callable, sentinel]);
  return it;
}

/** next(it[, default]) */
function next(args: Ref[], kwnames: string[] | null): Ref {
  rangeArgs('next', args, kwnames, 1, 2);
  const it = args[0];
  if (!isIterator(it)) throw raise(T.TypeError, `'${typeNameOfObj(it)}' object is not an iterator`);
  if (args.length === 2) {
    const v = iterNext(it);
    return v !== 0 ? v : newref(args[1]);
  }
  // without a default the iterator's own StopIteration (with a generator's return value) must come through
  const f = lookupType(typeOf(it), N.__next__);
  if (f !== 0) return callBound(f, it, []);
  const v = iterNext(it);
  if (v === 0) throw raise(T.StopIteration);
  return v;
}

// anext(it, default): an awaitable that forwards to it.__anext__()'s awaitable and turns the end of the async
// iteration (StopAsyncIteration) into the default value. Source is the pair (awaitable, default).
const anextAwaitableSpec = defineType({
  name: 'anext_awaitable', layout: Layout.Iterator, basicWords: IterObj.Size,
  slots: { iter: (a) => newref(a) },
});

function anextProxy(a: Ref, send: (aw: Ref) => Ref): Ref {
  const pair = I32[a + IterObj.Source];
  if (pair === 0) throw raise(T.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const aw = vmHooks.getAwaitable(tupleItem(pair, 0), 0);
  try {
    return send(aw);
  } catch (e) {
    if (!(e instanceof PyErr && isInstanceOfType(e.exc, T.StopAsyncIteration))) throw e;
    decref(e.exc);
    throw new PyErr(newException(T.StopIteration, [tupleItem(pair, 1)]));
  } finally {
    decref(aw);
  }
}

function anextSend(a: Ref, v: Ref): Ref {
  return anextProxy(a, (aw) => {
    if (v === S.None && typeOf(aw) !== T.coroutine) {
      const f = lookupType(typeOf(aw), N.__next__);
      if (f !== 0) return callBound(f, aw, []);
    }
    return callMethod(aw, 'send', [v]);
  });
}

anextAwaitableSpec.slots.next = (a) => {
  try {
    return anextSend(a, S.None);
  } catch (e) {
    if (!(e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration))) throw e;
    decref(e.exc);
    return 0;
  }
};
method(anextAwaitableSpec, '__await__', (self) => newref(self));
method(anextAwaitableSpec, '__iter__', (self) => newref(self));
method(anextAwaitableSpec, '__next__', (self) => anextSend(self, S.None));
method(anextAwaitableSpec, 'send', (self, args, kwnames) => {
  exactArgs('send', args, kwnames, 1);
  return anextSend(self, args[0]);
});
method(anextAwaitableSpec, 'throw', (self, args, kwnames) => anextProxy(self, (aw) => callMethod(aw, 'throw', args, kwnames)));
method(anextAwaitableSpec, 'close', (self) => anextProxy(self, (aw) => callMethod(aw, 'close', [])));

function newAnextAwaitable(awaitable: Ref, dflt: Ref): Ref {
  const a = allocObject(specTypeRef('anext_awaitable'), IterObj.Size);
  I32[a + IterObj.Source] = tupleFrom([awaitable, dflt]);
  return a;
}

// ---- the functions ----------------------------------------------------------------------------------------------

export const builtinFunctions: Record<string, NativeFn> = {
  abs(_self, args, kwnames) {
    exactArgs('abs', args, kwnames, 1);
    return unaryOp('abs', args[0]);
  },
  all(_self, args, kwnames) {
    exactArgs('all', args, kwnames, 1);
    let result = true;
    forEach(args[0], (v) => {
      if (!isTrue(v)) {
        result = false;
        return true;
      }
    });
    return boolRef(result);
  },
  any(_self, args, kwnames) {
    exactArgs('any', args, kwnames, 1);
    let result = false;
    forEach(args[0], (v) => {
      if (isTrue(v)) {
        result = true;
        return true;
      }
    });
    return boolRef(result);
  },
  ascii(_self, args, kwnames) {
    exactArgs('ascii', args, kwnames, 1);
    return asciiRef(args[0]);
  },
  bin: intWithPrefix('bin', '0b', 2),
  oct: intWithPrefix('oct', '0o', 8),
  hex: intWithPrefix('hex', '0x', 16),
  callable(_self, args, kwnames) {
    exactArgs('callable', args, kwnames, 1);
    return boolRef(isCallable(args[0]));
  },
  chr(_self, args, kwnames) {
    exactArgs('chr', args, kwnames, 1);
    const i = index(args[0]);
    const v = intToSafe(i);
    decref(i);
    if (v === null || v > 0x7fffffff || v < -0x80000000) {
      throw raise(T.OverflowError, 'Python int too large to convert to C int');
    }
    if (v < 0 || v > 0x10ffff) throw raise(T.ValueError, 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(v));
  },
  ord(_self, args, kwnames) {
    exactArgs('ord', args, kwnames, 1);
    const c = args[0];
    let n: number;
    if (isStr(c)) {
      n = strLen(c);
      if (n === 1) return newInt(strCodePoint(c, 0));
    } else if (isBytes(c) || isSubtype(typeOf(c), T.bytearray)) {
      const data = isBytes(c) ? bytesValue(c) : byteArrayView(c);
      n = data.length;
      if (n === 1) return newInt(data[0]);
    } else {
      throw raise(T.TypeError, `ord() expected string of length 1, but ${typeNameOfObj(c)} found`);
    }
    throw raise(T.TypeError, `ord() expected a character, but string of length ${n} found`);
  },
  getattr(_self, args, kwnames) {
    rangeArgs('getattr', args, kwnames, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 2) return getAttr(args[0], name);
    const v = unlessAttributeError(() => getAttrOrNull(args[0], name), () => 0);
    return v !== 0 ? v : newref(args[2]);
  },
  hasattr(_self, args, kwnames) {
    exactArgs('hasattr', args, kwnames, 2);
    const name = attrName(args[1]);
    const v = unlessAttributeError(() => getAttrOrNull(args[0], name), () => 0);
    decref(v);
    return boolRef(v !== 0);
  },
  setattr(_self, args, kwnames) {
    exactArgs('setattr', args, kwnames, 3);
    setAttr(args[0], attrName(args[1]), args[2]);
    return S.None;
  },
  delattr(_self, args, kwnames) {
    exactArgs('delattr', args, kwnames, 2);
    setAttr(args[0], attrName(args[1]), 0);
    return S.None;
  },
  dir(_self, args, kwnames) {
    rangeArgs('dir', args, kwnames, 0, 1);
    if (args.length === 0) {
      // the caller's local names, through locals() (importing builtins.ts here would make a cycle)
      const locals = callerLocals();
      try {
        if (isDict(locals)) return sortedListOf(dictKeys(locals).map(newref));
        const keys = callMethod(locals, 'keys', []);
        try {
          return sortedListOf(iterToArray(keys));
        } finally {
          decref(keys);
        }
      } finally {
        decref(locals);
      }
    }
    const obj = args[0];
    const f = lookupType(typeOf(obj), intern('__dir__'));
    if (f === 0) throw raise(T.TypeError, 'object does not provide __dir__');
    const names = callBound(f, obj, []);
    try {
      return sortedListOf(iterToArray(names));
    } finally {
      decref(names);
    }
  },
  divmod(_self, args, kwnames) {
    exactArgs('divmod', args, kwnames, 2);
    return binaryDunder(args[0], args[1], '__divmod__', '__rdivmod__', 'divmod()');
  },
  format(_self, args, kwnames) {
    rangeArgs('format', args, kwnames, 1, 2);
    const spec = args.length > 1 ? args[1] : S.emptyStr;
    if (!isStr(spec)) throw raise(T.TypeError, `format() argument 2 must be str, not ${typeNameOfObj(spec)}`);
    return formatObject(args[0], spec);
  },
  hash(_self, args, kwnames) {
    exactArgs('hash', args, kwnames, 1);
    const h = fullHash(hashOf(args[0]));
    return Number.isSafeInteger(Number(h)) ? newInt(Number(h)) : newBigInt(h);
  },
  id(_self, args, kwnames) {
    exactArgs('id', args, kwnames, 1);
    return numOrBig(objectId(args[0]));
  },
  isinstance(_self, args, kwnames) {
    exactArgs('isinstance', args, kwnames, 2);
    return boolRef(isInstance(args[0], args[1]));
  },
  issubclass(_self, args, kwnames) {
    exactArgs('issubclass', args, kwnames, 2);
    return boolRef(isSubclass(args[0], args[1]));
  },
  iter(_self, args, kwnames) {
    rangeArgs('iter', args, kwnames, 1, 2);
    if (args.length === 1) return getIter(args[0]);
    if (!isCallable(args[0])) throw raise(T.TypeError, 'iter(v, w): v must be callable');
    return newCallableIter(args[0], args[1]);
  },
  next: (_self, args, kwnames) => next(args, kwnames),
  aiter(_self, args, kwnames) {
    exactArgs('aiter', args, kwnames, 1);
    const x = args[0];
    const f = lookupType(typeOf(x), N.__aiter__);
    if (f === 0) throw raise(T.TypeError, `'${typeNameOfObj(x)}' object is not an async iterable`);
    const it = callBound(f, x, []);
    if (lookupType(typeOf(it), N.__anext__) === 0) {
      const tn = typeNameOfObj(it);
      decref(it);
      throw raise(T.TypeError, `aiter() returned not an async iterator of type '${tn}'`);
    }
    return it;
  },
  anext(_self, args, kwnames) {
    rangeArgs('anext', args, kwnames, 1, 2);
    const ai = args[0];
    const f = lookupType(typeOf(ai), N.__anext__);
    if (f === 0) throw raise(T.TypeError, `'${typeNameOfObj(ai)}' object is not an async iterator`);
    const awaitable = callBound(f, ai, []);
    if (args.length === 1) return awaitable;
    try {
      return newAnextAwaitable(awaitable, args[1]);
    } finally {
      decref(awaitable);
    }
  },
  max: (_self, args, kwnames) => minMax('max', args, kwnames),
  min: (_self, args, kwnames) => minMax('min', args, kwnames),
  pow(_self, args, kwnames) {
    const [base, exp, mod] = parseArgs(powArgs, args, kwnames);
    return pow(base, exp, mod);
  },
  round(_self, args, kwnames) {
    if (args.length === 0) throw raise(T.TypeError, "round() missing required argument 'number' (pos 1)");
    const [number, ndigits] = parseArgs(roundArgs, args, kwnames);
    const f = lookupType(typeOf(number), N.__round__);
    if (f === 0) throw raise(T.TypeError, `type ${typeNameOf(typeOf(number))} doesn't define __round__ method`);
    return callBound(f, number, ndigits === 0 || ndigits === S.None ? [] : [ndigits]);
  },
  sorted(_self, args, kwnames) {
    const [pos] = splitArgs(args, kwnames);
    if (pos.length !== 1) throw raise(T.TypeError, `sorted expected 1 argument, got ${pos.length}`);
    const l = listSteal(iterToArray(pos[0]));
    try {
      decref(callMethod(l, 'sort', args.slice(1), kwnames));
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  },
  sum: (_self, args, kwnames) => sum(args, kwnames),
  breakpoint: () => S.None,
  help: () => S.None,
};

