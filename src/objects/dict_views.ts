// dict views (dict_keys, dict_values, dict_items: live, sized, iterable; keys and items views are set-like)
// and the dict iterators, forward and reversed, which raise RuntimeError when the dict changes size under
// them, as CPython's do.

import { I32 } from '../heap/heap';
import { DictEntry, DictObj, IterObj, Layout, Obj } from '../heap/layout';
import { allocObject, clearers, decref, incref, newref, raise, Ref, S, T, traversers, typeOf } from './core';
import { call, contains as containsOf, getIter, iterNext, lenOf, reprJs, richEq } from './abstract';
import { BinOp, CompareOp, defineType, getset, method, TypeSpec } from './typespec';
import { dictEntryAt, dictEntryCount, dictGetItem, dictLen, dictSpec } from './dict';
import { isTuple, newTuple, tupleInit, tupleItem, tupleLen } from './tuple';
import { newStr } from './str';
import { newInt } from './int';
import { listSteal } from './list';
import { specTypeRef } from './spec_refs';
import { isAnySet, newSet, setAdd, setUpdate } from './set';
import { setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate } from './set_methods';
import { boolRef, compareCounts, makeUnhashable, noArgs, reprEnter, reprLeave, wrap0, wrap1, wrapCompare } from './container_common';

// (literal offsets: esbuild inlines a const enum only when its values are literals; Dict = Obj.HeaderWords)
const enum DictViewObj {
  Dict = 4, // the dict (counted)
  Size = 5,
}

/** What a dict iterator yields. */
export const enum What {
  Keys = 0,
  Values = 1,
  Items = 2,
}

// ---- iterators --------------------------------------------------------------------------------------------

// IterObj words: Source the dict (released when exhausted), Index the next entry position, Extra the size
// the dict had (-1 once a change was reported), Extra2 the items left.

/** What an entry yields: its key, its value, or a (key, value) tuple. */
function produce(e: number, what: What): Ref {
  if (what === What.Keys) return newref(I32[e + DictEntry.Key]);
  if (what === What.Values) return newref(I32[e + DictEntry.Value]);
  const t = newTuple(2);
  tupleInit(t, 0, newref(I32[e + DictEntry.Key]));
  tupleInit(t, 1, newref(I32[e + DictEntry.Value]));
  return t;
}

function exhaust(it: Ref): Ref {
  const d = I32[it + IterObj.Source];
  I32[it + IterObj.Source] = 0;
  decref(d);
  return 0;
}

function checkSize(it: Ref, d: Ref): void {
  if (I32[d + DictObj.Used] !== I32[it + IterObj.Extra]) {
    I32[it + IterObj.Extra] = -1;
    throw raise(T.RuntimeError, 'dictionary changed size during iteration');
  }
}

function nextForward(it: Ref, what: What): Ref {
  const d = I32[it + IterObj.Source];
  if (d === 0) return 0;
  checkSize(it, d);
  const n = dictEntryCount(d);
  for (let i = I32[it + IterObj.Index]; i < n; i++) {
    const e = dictEntryAt(d, i);
    if (I32[e + DictEntry.Key] === 0) continue;
    if (I32[it + IterObj.Extra2] <= 0) {
      // same size but more entries than expected: keys were deleted and added
      exhaust(it);
      throw raise(T.RuntimeError, 'dictionary keys changed during iteration');
    }
    I32[it + IterObj.Index] = i + 1;
    I32[it + IterObj.Extra2]--;
    return produce(e, what);
  }
  return exhaust(it);
}

function nextReversed(it: Ref, what: What): Ref {
  const d = I32[it + IterObj.Source];
  if (d === 0) return 0;
  checkSize(it, d);
  for (let i = Math.min(I32[it + IterObj.Index], dictEntryCount(d) - 1); i >= 0; i--) {
    const e = dictEntryAt(d, i);
    if (I32[e + DictEntry.Key] === 0) continue;
    I32[it + IterObj.Index] = i - 1;
    I32[it + IterObj.Extra2]--;
    return produce(e, what);
  }
  return exhaust(it);
}

function dictIterType(name: string, key: 'dict_keyiterator' | 'dict_valueiterator' | 'dict_itemiterator' | null,
  next: (it: Ref) => Ref): TypeSpec {
  const spec = defineType({
    name, key, layout: Layout.Iterator, basicWords: IterObj.Size, slots: { iter: (it) => newref(it), next },
  });
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = next(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  method(spec, '__length_hint__', (self) => {
    const d = I32[self + IterObj.Source];
    const ok = d !== 0 && I32[d + DictObj.Used] === I32[self + IterObj.Extra];
    return newInt(ok ? I32[self + IterObj.Extra2] : 0);
  });
  return spec;
}

dictIterType('dict_keyiterator', 'dict_keyiterator', (it) => nextForward(it, What.Keys));
dictIterType('dict_valueiterator', 'dict_valueiterator', (it) => nextForward(it, What.Values));
dictIterType('dict_itemiterator', 'dict_itemiterator', (it) => nextForward(it, What.Items));
dictIterType('dict_reversekeyiterator', null, (it) => nextReversed(it, What.Keys));
dictIterType('dict_reversevalueiterator', null, (it) => nextReversed(it, What.Values));
dictIterType('dict_reverseitemiterator', null, (it) => nextReversed(it, What.Items));

const REVERSED_NAMES = ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'];

function forwardType(what: What): Ref {
  return what === What.Keys ? T.dict_keyiterator : what === What.Values ? T.dict_valueiterator : T.dict_itemiterator;
}

/** An iterator over d's keys, values or items, forward or reversed. */
export function newDictIter(d: Ref, what: What, reversed = false): Ref {
  const type = reversed ? specTypeRef(REVERSED_NAMES[what]) : forwardType(what);
  const it = allocObject(type, IterObj.Size);
  I32[it + IterObj.Source] = newref(d);
  I32[it + IterObj.Index] = reversed ? dictEntryCount(d) - 1 : 0;
  I32[it + IterObj.Extra] = dictLen(d);
  I32[it + IterObj.Extra2] = dictLen(d);
  return it;
}

dictSpec.slots.iter = (d) => newDictIter(d, What.Keys);
wrap0(dictSpec, '__iter__', (self) => newDictIter(self, What.Keys));
method(dictSpec, '__reversed__', (self, args, kwnames) => {
  noArgs('dict.__reversed__', args, kwnames);
  return newDictIter(self, What.Keys, true);
});

// ---- views --------------------------------------------------------------------------------------------------

function viewDict(v: Ref): Ref {
  return I32[v + DictViewObj.Dict];
}

function whatOf(v: Ref): What {
  const t = typeOf(v);
  return t === T.dict_keys ? What.Keys : t === T.dict_values ? What.Values : What.Items;
}

function isSetLikeView(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.dict_keys || t === T.dict_items;
}

function viewContains(v: Ref, x: Ref): boolean {
  const d = viewDict(v);
  switch (whatOf(v)) {
    case What.Keys:
      return dictGetItem(d, x) !== 0;
    case What.Items: {
      if (!isTuple(x) || tupleLen(x) !== 2) return false;
      const found = dictGetItem(d, tupleItem(x, 0));
      if (found === 0) return false;
      incref(found);
      try {
        return richEq(found, tupleItem(x, 1));
      } finally {
        decref(found);
      }
    }
    default: {
      const it = newDictIter(d, What.Values);
      try {
        for (;;) {
          const y = iterNext(it);
          if (y === 0) return false;
          try {
            if (richEq(y, x)) return true;
          } finally {
            decref(y);
          }
        }
      } finally {
        decref(it);
      }
    }
  }
}

function viewRepr(v: Ref): Ref {
  const name = typeNameOfView(v);
  if (!reprEnter(v)) return newStr('...');
  try {
    const it = newDictIter(viewDict(v), whatOf(v));
    const parts: string[] = [];
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === 0) break;
        try {
          parts.push(reprJs(x));
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
    return newStr(`${name}([${parts.join(', ')}])`);
  } finally {
    reprLeave(v);
  }
}

function typeNameOfView(v: Ref): string {
  return ['dict_keys', 'dict_values', 'dict_items'][whatOf(v)];
}

/** Is every item of `a` (iterated) in `b` (by `in`)? */
function allContainedIn(a: Ref, b: Ref): boolean {
  const it = getIter(a);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === 0) return true;
      try {
        if (!containsAny(b, x)) return false;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

function containsAny(container: Ref, x: Ref): boolean {
  if (isSetLikeView(container)) return viewContains(container, x);
  return containsOf(container, x);
}

function viewCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isAnySet(b) && !isSetLikeView(b)) return newref(S.NotImplemented);
  const na = lenOf(a), nb = lenOf(b);
  let ok = false;
  switch (op) {
    case CompareOp.Eq:
    case CompareOp.Ne:
      ok = na === nb && allContainedIn(a, b);
      if (op === CompareOp.Ne) ok = !ok;
      break;
    case CompareOp.Lt:
    case CompareOp.Le:
      ok = compareCounts(na, nb, op) && allContainedIn(a, b);
      break;
    default:
      ok = compareCounts(na, nb, op) && allContainedIn(b, a);
  }
  return boolRef(ok);
}

/** A set built from a view (from its dict directly, for keys views) or from any iterable. */
function toSet(x: Ref): Ref {
  const s = newSet(T.set);
  try {
    if ((x & 1) === 0 && I32[x + Obj.Type] === T.dict_keys && typeOf(viewDict(x)) === T.dict) setUpdate(s, viewDict(x));
    else setUpdate(s, x);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/** view & other, as CPython: iterate the smaller side, probing the view. */
function viewIntersect(self: Ref, other: Ref): Ref {
  if (!isSetLikeView(self)) {
    const t = self;
    self = other;
    other = t;
  }
  const nSelf = lenOf(self);
  if ((other & 1) === 0 && I32[other + Obj.Type] === T.set && nSelf <= lenOf(other)) {
    return setIntersection(other, self);
  }
  if (isSetLikeView(other) && lenOf(other) > nSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const result = newSet(T.set);
  try {
    const it = getIter(other);
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === 0) break;
        try {
          if (viewContains(self, x)) setAdd(result, x);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewBinop(op: BinOp, a: Ref, b: Ref): Ref {
  if (op === BinOp.And) return viewIntersect(a, b);
  if (op !== BinOp.Or && op !== BinOp.Sub && op !== BinOp.Xor) return newref(S.NotImplemented);
  const result = toSet(a);
  try {
    if (op === BinOp.Or) setUpdate(result, b);
    else if (op === BinOp.Sub) setDifferenceUpdate(result, b);
    else setSymmetricDifferenceUpdate(result, b);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewIsDisjoint(self: Ref, other: Ref): boolean {
  if (self === other) return dictLen(viewDict(self)) === 0;
  if ((isAnySet(other) || isSetLikeView(other)) && lenOf(other) > lenOf(self)) {
    const t = self;
    self = other;
    other = t;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === 0) return true;
      try {
        if (containsAny(self, x)) return false;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

function viewType(name: string, key: 'dict_keys' | 'dict_values' | 'dict_items', setLike: boolean): TypeSpec {
  const spec = defineType({
    name, key, layout: Layout.DictView, basicWords: DictViewObj.Size,
    slots: {
      len: (v) => dictLen(viewDict(v)),
      iter: (v) => newDictIter(viewDict(v), whatOf(v)),
      contains: viewContains,
      repr: viewRepr,
    },
  });
  wrap0(spec, '__len__', (self) => newInt(dictLen(viewDict(self))));
  wrap0(spec, '__iter__', (self) => newDictIter(viewDict(self), whatOf(self)));
  wrap0(spec, '__repr__', viewRepr);
  method(spec, '__reversed__', (self, args, kwnames) => {
    noArgs(`${name}.__reversed__`, args, kwnames);
    return newDictIter(viewDict(self), whatOf(self), true);
  });
  getset(spec, 'mapping', (self) => {
    const d = viewDict(self);
    return T.mappingproxy !== 0 ? call(T.mappingproxy, [d], null) : newref(d);
  });
  if (setLike) {
    // (values views have no __contains__ of their own: `in` iterates, which is what viewContains does)
    wrap1(spec, '__contains__', (self, x) => boolRef(viewContains(self, x)));
    spec.slots.compare = viewCompare;
    spec.slots.binop = viewBinop;
    wrapCompare(spec, viewCompare);
    const ops: Array<[string, BinOp]> = [['and', BinOp.And], ['or', BinOp.Or], ['sub', BinOp.Sub], ['xor', BinOp.Xor]];
    for (const [op, code] of ops) {
      wrap1(spec, `__${op}__`, (self, other) => viewBinop(code, self, other));
      wrap1(spec, `__r${op}__`, (self, other) => viewBinop(code, other, self));
    }
    method(spec, 'isdisjoint', (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'isdisjoint() takes no keyword arguments');
      if (args.length !== 1) throw raise(T.TypeError, `${name}.isdisjoint() takes exactly one argument (${args.length} given)`);
      return boolRef(viewIsDisjoint(self, args[0]));
    });
    makeUnhashable(spec);
  }
  return spec;
}

viewType('dict_keys', 'dict_keys', true);
viewType('dict_values', 'dict_values', false);
viewType('dict_items', 'dict_items', true);

function newView(d: Ref, type: Ref): Ref {
  const v = allocObject(type, DictViewObj.Size);
  I32[v + DictViewObj.Dict] = newref(d);
  return v;
}

method(dictSpec, 'keys', (self, args, kwnames) => {
  noArgs('dict.keys', args, kwnames);
  return newView(self, T.dict_keys);
});
method(dictSpec, 'values', (self, args, kwnames) => {
  noArgs('dict.values', args, kwnames);
  return newView(self, T.dict_values);
});
method(dictSpec, 'items', (self, args, kwnames) => {
  noArgs('dict.items', args, kwnames);
  return newView(self, T.dict_items);
});

clearers[Layout.DictView] = (v) => {
  const d = I32[v + DictViewObj.Dict];
  I32[v + DictViewObj.Dict] = 0;
  decref(d);
};
traversers[Layout.DictView] = (v, visit) => {
  if (I32[v + DictViewObj.Dict] !== 0) visit(I32[v + DictViewObj.Dict]);
};

/** list(d.keys()) etc. as a JS-side helper for other modules. */
export function dictItemsList(d: Ref): Ref {
  const out: Ref[] = [];
  const it = newDictIter(d, What.Items);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      out.push(x);
    }
  } finally {
    decref(it);
  }
  return listSteal(out);
}
