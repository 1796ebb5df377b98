// The builtin iterator types: enumerate, zip, map, filter and reversed.
// They are lazy, built through slots.new (so they can be subclassed), and share the IterObj layout:
//   enumerate          Source the iterator, Index the next count (an int, counted)
//   zip                Source a tuple of iterators, Extra 1 when strict
//   map                Source a tuple of iterators, Index the function (counted)
//   filter             Source the iterator, Index the function or None (counted)
//   reversed           Source the sequence (released at the end), Index the next position

import { I32 } from '../heap/heap';
import { IterObj, Layout, TupleObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import {
  call, getItem, getIter, index, isInstanceOfType, isTrue, iterNext, lenOf, N, typeNameOfObj, callBound,
} from './abstract';
import { classMethod, defineType, method, staticMethod, TypeSpec } from './typespec';
import { checkNewType, classGetItem } from './container_common';
import { intToBigInt, newBigInt, newInt } from './int';
import { newTuple, tupleInit } from './tuple';
import { IterRefs } from './iterators';
import { lookupType } from './type';
import { isDict } from './dict';

type IterKey = 'enumerate' | 'zip' | 'map' | 'filter' | 'reversed';

function iteratorType(name: string, key: IterKey,
  next: (it: Ref) => Ref, newFn?: (type: Ref, args: Ref[], kwnames: string[] | null) => Ref): TypeSpec {
  const spec = defineType({
    name, key, layout: Layout.Iterator, basicWords: IterObj.Size, flags: newFn ? TypeFlag.BaseType : 0,
    slots: { iter: (it) => newref(it), next, new: newFn },
  });
  if (newFn) {
    staticMethod(spec, '__new__', (_self, args, kwnames) => newFn(checkNewType(name, typeRefOf(key), args), args.slice(1), kwnames));
  }
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = next(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  return spec;
}

function typeRefOf(key: IterKey): Ref {
  return T[key];
}

/** A fresh instance of an iterator type (or of a user subclass of it). */
function allocIter(type: Ref, kind: number): Ref {
  const words = Math.max(IterObj.Size, I32[type + TypeObj.BasicWords]);
  const it = allocObject(type, words);
  I32[it + IterObj.Kind] = kind;
  return it;
}

function noKeywords(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
}

/** A tuple of iter(x) for each x (the iterators are new references owned by the tuple). */
function iteratorsTuple(items: Ref[]): Ref {
  const t = newTuple(items.length);
  try {
    for (let i = 0; i < items.length; i++) tupleInit(t, i, getIter(items[i]));
  } catch (e) {
    decref(t); // the unset items are NULL, which decref ignores
    throw e;
  }
  return t;
}

// ---- enumerate --------------------------------------------------------------------------------------------

function enumerateNext(it: Ref): Ref {
  const src = I32[it + IterObj.Source];
  if (src === 0) return 0;
  const v = iterNext(src);
  if (v === 0) return 0;
  const count = I32[it + IterObj.Index];
  // the tuple takes the iterator's reference to `count`; the iterator gets count + 1
  I32[it + IterObj.Index] = (count & 1) === 1 && count < 0x7ffffffd ? count + 2 : newBigInt(intToBigInt(count) + 1n);
  const t = newTuple(2);
  tupleInit(t, 0, count);
  tupleInit(t, 1, v);
  return t;
}

function enumerateNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) throw raise(T.TypeError, `enumerate() takes at most 2 arguments (${npos} given)`);
  let iterable = npos > 0 ? args[0] : 0;
  let start = npos > 1 ? args[1] : 0;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i], v = args[npos + i];
    if (name === 'iterable' && iterable === 0) iterable = v;
    else if (name === 'start' && start === 0) start = v;
    else if (name === 'iterable' || name === 'start') {
      throw raise(T.TypeError, `argument for enumerate() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
    } else throw raise(T.TypeError, `enumerate() got an unexpected keyword argument '${name}'`);
  }
  if (iterable === 0) throw raise(T.TypeError, "enumerate() missing required argument 'iterable'");
  const count = start === 0 ? 1 : index(start);
  let src: Ref;
  try {
    src = getIter(iterable);
  } catch (e) {
    decref(count);
    throw e;
  }
  const it = allocIter(type, IterRefs.Tag | IterRefs.Index);
  I32[it + IterObj.Source] = src;
  // bool counts are ints: enumerate(x, True) counts 1, 2, …
  I32[it + IterObj.Index] = (count & 1) === 0 && typeOf(count) === T.bool ? newInt(count === S.True ? 1 : 0) : count;
  return it;
}

const enumerateSpec = iteratorType('enumerate', 'enumerate', enumerateNext, enumerateNew);
classMethod(enumerateSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));

// ---- zip --------------------------------------------------------------------------------------------------

function zipNext(it: Ref): Ref {
  const its = I32[it + IterObj.Source];
  if (its === 0) return 0;
  const n = I32[its + TupleObj.Length];
  if (n === 0) return 0;
  const t = newTuple(n);
  for (let i = 0; i < n; i++) {
    let v: Ref;
    try {
      v = iterNext(I32[its + TupleObj.Items + i]);
    } catch (e) {
      decref(t);
      throw e;
    }
    if (v === 0) {
      decref(t);
      if (I32[it + IterObj.Extra] === 1) strictCheck(its, i);
      return 0;
    }
    tupleInit(t, i, v);
  }
  return t;
}

function argRange(i: number): string {
  return i === 1 ? 'argument 1' : `arguments 1-${i}`;
}

/** zip(strict=True) ended at iterator i: every other iterator must be exhausted too. */
function strictCheck(its: Ref, i: number): void {
  if (i > 0) throw raise(T.ValueError, `zip() argument ${i + 1} is shorter than ${argRange(i)}`);
  const n = I32[its + TupleObj.Length];
  for (let j = 1; j < n; j++) {
    const v = iterNext(I32[its + TupleObj.Items + j]);
    if (v !== 0) {
      decref(v);
      throw raise(T.ValueError, `zip() argument ${j + 1} is longer than ${argRange(j)}`);
    }
  }
}

function zipNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 1) throw raise(T.TypeError, `zip() takes at most 1 keyword argument (${nkw} given)`);
  let strict = false;
  if (nkw === 1) {
    if (kwnames![0] !== 'strict') throw raise(T.TypeError, `'${kwnames![0]}' is an invalid keyword argument for zip()`);
    strict = isTrue(args[args.length - 1]);
  }
  const its = iteratorsTuple(args.slice(0, args.length - nkw));
  const it = allocIter(type, 0);
  I32[it + IterObj.Source] = its;
  I32[it + IterObj.Extra] = strict ? 1 : 0;
  return it;
}

iteratorType('zip', 'zip', zipNext, zipNew);

// ---- map --------------------------------------------------------------------------------------------------

function mapNext(it: Ref): Ref {
  const its = I32[it + IterObj.Source];
  if (its === 0) return 0;
  const n = I32[its + TupleObj.Length];
  const args: Ref[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const v = iterNext(I32[its + TupleObj.Items + i]);
      if (v === 0) return 0;
      args.push(v);
    }
    return call(I32[it + IterObj.Index], args, null);
  } finally {
    for (const v of args) decref(v);
  }
}

function mapNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (type === T.map) noKeywords('map', kwnames);
  if (args.length < 2) throw raise(T.TypeError, 'map() must have at least two arguments.');
  const its = iteratorsTuple(args.slice(1));
  const it = allocIter(type, IterRefs.Tag | IterRefs.Index);
  I32[it + IterObj.Source] = its;
  I32[it + IterObj.Index] = newref(args[0]);
  return it;
}

iteratorType('map', 'map', mapNext, mapNew);

// ---- filter -----------------------------------------------------------------------------------------------

function filterNext(it: Ref): Ref {
  const src = I32[it + IterObj.Source];
  if (src === 0) return 0;
  const fn = I32[it + IterObj.Index];
  for (;;) {
    const v = iterNext(src);
    if (v === 0) return 0;
    let ok: boolean;
    try {
      if (fn === S.None || fn === T.bool) ok = isTrue(v);
      else {
        const r = call(fn, [v], null);
        try {
          ok = isTrue(r);
        } finally {
          decref(r);
        }
      }
    } catch (e) {
      decref(v);
      throw e;
    }
    if (ok) return v;
    decref(v);
  }
}

function filterNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (type === T.filter) noKeywords('filter', kwnames);
  if (args.length !== 2) throw raise(T.TypeError, `filter expected 2 arguments, got ${args.length}`);
  const src = getIter(args[1]);
  const it = allocIter(type, IterRefs.Tag | IterRefs.Index);
  I32[it + IterObj.Source] = src;
  I32[it + IterObj.Index] = newref(args[0]);
  return it;
}

iteratorType('filter', 'filter', filterNext, filterNew);

// ---- reversed ---------------------------------------------------------------------------------------------

function reversedNext(it: Ref): Ref {
  const seq = I32[it + IterObj.Source];
  if (seq === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i >= 0) {
    I32[it + IterObj.Index] = i - 1;
    try {
      return getItem(seq, newInt(i));
    } catch (e) {
      if (!(e instanceof PyErr) || !(isInstanceOfType(e.exc, T.IndexError) || isInstanceOfType(e.exc, T.StopIteration))) {
        throw e;
      }
      decref(e.exc);
    }
  }
  I32[it + IterObj.Index] = -1;
  I32[it + IterObj.Source] = 0;
  decref(seq);
  return 0;
}

/** reversed(seq): seq.__reversed__() when the type has it, else a reversed iterator over len() and []. */
export function reversedOf(type: Ref, seq: Ref): Ref {
  const rev = lookupType(typeOf(seq), N.__reversed__);
  if (rev === S.None) throw notReversible(seq);
  if (rev !== 0) return callBound(rev, seq, []);
  if (!isSequence(seq)) throw notReversible(seq);
  const n = lenOf(seq);
  const it = allocIter(type, 0);
  I32[it + IterObj.Source] = newref(seq);
  I32[it + IterObj.Index] = n - 1;
  return it;
}

function isSequence(r: Ref): boolean {
  if (isDict(r)) return false;
  return lookupType(typeOf(r), N.__getitem__) !== 0;
}

function notReversible(seq: Ref): PyErr {
  return raise(T.TypeError, `'${typeNameOfObj(seq)}' object is not reversible`);
}

function reversedNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (type === T.reversed) noKeywords('reversed', kwnames);
  if (args.length !== 1) throw raise(T.TypeError, `reversed expected 1 argument, got ${args.length}`);
  return reversedOf(type, args[0]);
}

const reversedSpec = iteratorType('reversed', 'reversed', reversedNext, reversedNew);
method(reversedSpec, '__length_hint__', (self) => {
  const seq = I32[self + IterObj.Source];
  if (seq === 0) return newInt(0);
  const i = I32[self + IterObj.Index];
  // a sequence that shrank meanwhile reports 0 (as CPython)
  return newInt(i + 1 <= lenOf(seq) ? i + 1 : 0);
});

// callable_iterator (iter(f, sentinel)) is defined with the iter() builtin in src/modules/builtin_funcs.ts.
