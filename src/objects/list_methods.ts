// list's behaviour: the fast paths the VM calls (indexing, slicing and slice assignment, comparison, `in`,
// `+`, `*`, `+=`, `*=`, construction) and every method, each also exposed as its dunder so user subclasses
// reach them. Storage primitives are in list.ts; sort is in list_sort.ts.

import { I32 } from '../heap/heap';
import { Block, IterObj, ListObj, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T } from './core';
import {
  getIter, getIterOrNull, iterNext, reprJs, richEq, seqIndex, typeNameOfObj,
} from './abstract';
import { BinOp, classMethod, method, staticMethod } from './typespec';
import {
  clearList, isList, listAppend, listAppendSteal, listBase, listInsert, listItem, listItems, listLen, listPopAt,
  listReserve, listSpec, newList,
} from './list';
import { isTuple, tupleItems } from './tuple';
import { newStr } from './str';
import { isSlice, sliceIndices } from './slice';
import { newInt } from './int';
import {
  argCount, boolRef, checkNewType, checkRepeatSize, classGetItem, indexRange, makeUnhashable, noArgs, oneArg, otherMayHandle,
  reprEnter, reprLeave, seqCompare, ssizeArg, wrap0, wrap1, wrap2, wrapCompare,
} from './container_common';
import { isIndexable, repeatOperands } from './tuple_methods';
import { listSortMethod } from './list_sort';
import { newSeqIter } from './iterators';

const ITEMS = Block.RawHeaderWords;
const slots = listSpec.slots;
listSpec.flags |= TypeFlag.BaseType;

// ---- growing and splicing --------------------------------------------------------------------------------

/** list.extend(iterable) */
export function listExtend(l: Ref, src: Ref): void {
  if ((src & 1) === 0) {
    const t = I32[src + Obj.Type];
    if (t === T.list || t === T.tuple) {
      // a snapshot first: `x.extend(x)` must add the items x had before
      const items = t === T.list ? listItems(src) : tupleItems(src);
      listReserve(l, listLen(l) + items.length);
      for (const v of items) listAppend(l, v);
      return;
    }
  }
  const it = getIter(src);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) return;
      listAppendSteal(l, v);
    }
  } finally {
    decref(it);
  }
}

/**
 * Replace items [lo, hi) of l with `items` (new references, stolen). The removed items are released last,
 * once the list is consistent again (their __del__ may look at it).
 */
export function listSplice(l: Ref, lo: number, hi: number, items: Ref[]): void {
  const n = listLen(l);
  const removed: Ref[] = [];
  for (let i = lo; i < hi; i++) removed.push(listItem(l, i));
  const delta = items.length - (hi - lo);
  if (delta > 0) listReserve(l, n + delta);
  const base = listBase(l);
  if (delta !== 0) I32.copyWithin(base + hi + delta, base + hi, base + n);
  for (let i = 0; i < items.length; i++) I32[base + lo + i] = items[i];
  I32[l + ListObj.Length] = n + delta;
  for (const v of removed) decref(v);
}

/** The items of an iterable as new references (a list or tuple is read directly). */
function itemsOf(v: Ref, notIterable: string): Ref[] {
  if (isList(v) || isTuple(v)) {
    const items = isList(v) ? listItems(v) : tupleItems(v);
    for (const x of items) incref(x);
    return items;
  }
  const it = getIterOrNull(v);
  if (it === 0) throw raise(T.TypeError, notIterable);
  const out: Ref[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === 0) return out;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
}

// ---- indexing ---------------------------------------------------------------------------------------------

function listGetItem(l: Ref, key: Ref): Ref {
  const n = I32[l + ListObj.Length];
  if ((key & 1) === 1) {
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(T.IndexError, 'list index out of range');
    return newref(I32[I32[l + ListObj.Items] + ITEMS + i]);
  }
  if (isSlice(key)) {
    const [start, , step, count] = sliceIndices(key, n);
    const r = newList(count);
    const src = listBase(l), dst = listBase(r);
    for (let k = 0, i = start; k < count; k++, i += step) {
      const v = I32[src + i];
      incref(v);
      I32[dst + k] = v;
    }
    return r;
  }
  let i = seqIndex(key, 'list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'list index out of range');
  return newref(listItem(l, i));
}

function listSetItem(l: Ref, key: Ref, value: Ref): void {
  if (isSlice(key)) return assignSlice(l, key, value);
  const n = I32[l + ListObj.Length];
  let i = (key & 1) === 1 ? key >> 1 : seqIndex(key, 'list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'list assignment index out of range');
  const p = I32[l + ListObj.Items] + ITEMS + i;
  const old = I32[p];
  incref(value);
  I32[p] = value;
  decref(old);
}

function assignSlice(l: Ref, s: Ref, value: Ref): void {
  const [start, stop, step, count] = sliceIndices(s, listLen(l));
  if (step === 1) {
    listSplice(l, start, Math.max(start, stop), itemsOf(value, 'can only assign an iterable'));
    return;
  }
  const items = itemsOf(value, 'must assign iterable to extended slice');
  if (items.length !== count) {
    for (const v of items) decref(v);
    throw raise(T.ValueError, `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  const base = listBase(l);
  const old: Ref[] = [];
  for (let k = 0, i = start; k < count; k++, i += step) {
    old.push(I32[base + i]);
    I32[base + i] = items[k];
  }
  for (const v of old) decref(v);
}

function listDelItem(l: Ref, key: Ref): void {
  const n = listLen(l);
  if (isSlice(key)) {
    let [start, stop, step, count] = sliceIndices(key, n);
    if (step === 1) return listSplice(l, start, Math.max(start, stop), []);
    if (count === 0) return;
    if (step < 0) {
      // walk the same positions upwards
      start += step * (count - 1);
      step = -step;
    }
    const base = listBase(l);
    const removed: Ref[] = [];
    let w = start;
    for (let i = start; i < n; i++) {
      if (i < start + step * count && (i - start) % step === 0) removed.push(I32[base + i]);
      else I32[base + w++] = I32[base + i];
    }
    I32[l + ListObj.Length] = n - count;
    for (const v of removed) decref(v);
    void stop;
    return;
  }
  let i = (key & 1) === 1 ? key >> 1 : seqIndex(key, 'list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'list assignment index out of range');
  decref(listPopAt(l, i));
}

slots.getitem = listGetItem;
slots.setitem = (l, key, value) => (value === 0 ? listDelItem(l, key) : listSetItem(l, key, value));
slots.delitem = listDelItem;

// ---- repr, comparison, `in` ----------------------------------------------------------------------------------

function listRepr(l: Ref): Ref {
  if (listLen(l) === 0) return newStr('[]');
  if (!reprEnter(l)) return newStr('[...]');
  try {
    const parts: string[] = [];
    // the length is re-read: an item's __repr__ may change the list
    for (let i = 0; i < listLen(l); i++) {
      const v = listItem(l, i);
      incref(v);
      try {
        parts.push(reprJs(v));
      } finally {
        decref(v);
      }
    }
    return newStr(`[${parts.join(', ')}]`);
  } finally {
    reprLeave(l);
  }
}
slots.repr = listRepr;

slots.compare = (a, b, op) => {
  if (!isList(a) || !isList(b)) return newref(S.NotImplemented);
  return seqCompare(a, b, op, listLen, listItem);
};

function listContains(l: Ref, key: Ref): boolean {
  for (let i = 0; i < I32[l + ListObj.Length]; i++) {
    const v = listItem(l, i);
    if (v === key) return true;
    incref(v);
    try {
      if (richEq(v, key)) return true;
    } finally {
      decref(v);
    }
  }
  return false;
}
slots.contains = listContains;
slots.bool = (l) => I32[l + ListObj.Length] !== 0;

// ---- + * += *= ----------------------------------------------------------------------------------------------

function listConcat(a: Ref, b: Ref): Ref {
  const na = listLen(a), nb = listLen(b);
  const r = newList(na + nb);
  const dst = listBase(r);
  for (let i = 0; i < na; i++) I32[dst + i] = newref(listItem(a, i));
  for (let i = 0; i < nb; i++) I32[dst + na + i] = newref(listItem(b, i));
  return r;
}

function listRepeat(l: Ref, times: Ref): Ref {
  const n = ssizeArg(times);
  const len = listLen(l);
  if (n <= 0 || len === 0) return newList(0);
  checkRepeatSize(len, n);
  const r = newList(len * n);
  const src = listBase(l), dst = listBase(r);
  for (let i = 0; i < len; i++) {
    const v = I32[src + i];
    for (let k = 0; k < n; k++) {
      incref(v);
      I32[dst + k * len + i] = v;
    }
  }
  return r;
}

function concatError(b: Ref): PyErr {
  return raise(T.TypeError, `can only concatenate list (not "${typeNameOfObj(b)}") to list`);
}

slots.binop = (op, a, b) => {
  if (op === BinOp.Add) {
    if (!isList(a)) return newref(S.NotImplemented);
    if (isList(b)) return listConcat(a, b);
    if (otherMayHandle(b, '__radd__')) return newref(S.NotImplemented);
    throw concatError(b);
  }
  if (op === BinOp.Mul) return repeatOperands(a, b, isList, listRepeat);
  return newref(S.NotImplemented);
};

function listInplaceRepeat(l: Ref, times: Ref): Ref {
  const n = ssizeArg(times);
  const len = listLen(l);
  if (n <= 0) clearList(l);
  else if (n > 1 && len > 0) {
    checkRepeatSize(len, n);
    listReserve(l, len * n);
    const base = listBase(l);
    for (let i = 0; i < len; i++) {
      const v = I32[base + i];
      for (let k = 1; k < n; k++) {
        incref(v);
        I32[base + k * len + i] = v;
      }
    }
    I32[l + ListObj.Length] = len * n;
  }
  return newref(l);
}

slots.inplace = (op, a, b) => {
  if (op === BinOp.Add) {
    listExtend(a, b);
    return newref(a);
  }
  if (op === BinOp.Mul) {
    if (isIndexable(b)) return listInplaceRepeat(a, b);
    if (otherMayHandle(b, '__rmul__')) return newref(S.NotImplemented);
    throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(b)}'`);
  }
  return newref(S.NotImplemented);
};

// ---- construction -------------------------------------------------------------------------------------------

/** list.__new__: an empty list of `type` (a subclass instance gets its extra dict/slot words). */
function listNew(type: Ref): Ref {
  if (type === T.list) return newList(0);
  return allocObject(type, I32[type + TypeObj.BasicWords]);
}
slots.new = (type) => listNew(type);

/** list.__init__(iterable=(), /) */
function listInit(self: Ref, args: Ref[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'list() takes no keyword arguments');
  if (args.length > 1) throw raise(T.TypeError, `list expected at most 1 argument, got ${args.length}`);
  if (listLen(self) > 0) clearList(self);
  if (args.length === 1) listExtend(self, args[0]);
}
slots.init = listInit;

staticMethod(listSpec, '__new__', (_self, args) => listNew(checkNewType('list', T.list, args)));
method(listSpec, '__init__', (self, args, kwnames) => {
  listInit(self, args, kwnames);
  return S.None;
});

// ---- methods ------------------------------------------------------------------------------------------------

method(listSpec, 'append', (self, args, kwnames) => {
  listAppend(self, oneArg('list.append', args, kwnames));
  return S.None;
});

method(listSpec, 'extend', (self, args, kwnames) => {
  listExtend(self, oneArg('list.extend', args, kwnames));
  return S.None;
});

method(listSpec, 'insert', (self, args, kwnames) => {
  argCount('insert', args, kwnames, 2, 2);
  const n = listLen(self);
  let i = ssizeArg(args[0]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  listInsert(self, i, args[1]);
  return S.None;
});

method(listSpec, 'pop', (self, args, kwnames) => {
  argCount('pop', args, kwnames, 0, 1);
  const n = listLen(self);
  if (n === 0) throw raise(T.IndexError, 'pop from empty list');
  let i = args.length === 0 ? n - 1 : ssizeArg(args[0]);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'pop index out of range');
  return listPopAt(self, i);
});

method(listSpec, 'remove', (self, args, kwnames) => {
  const x = oneArg('list.remove', args, kwnames);
  const i = findIndex(self, x, 0, listLen(self));
  if (i < 0) throw raise(T.ValueError, 'list.remove(x): x not in list');
  // the item may already be gone if __eq__ mutated the list: only remove it when it is still there
  if (i < listLen(self)) decref(listPopAt(self, i));
  return S.None;
});

/** First i in [start, stop) with l[i] == x, or -1. */
function findIndex(l: Ref, x: Ref, start: number, stop: number): number {
  for (let i = start; i < stop && i < listLen(l); i++) {
    const v = listItem(l, i);
    if (v === x) return i;
    incref(v);
    try {
      if (richEq(v, x)) return i;
    } finally {
      decref(v);
    }
  }
  return -1;
}

method(listSpec, 'index', (self, args, kwnames) => {
  argCount('index', args, kwnames, 1, 3);
  const [start, stop] = indexRange(args, listLen(self));
  const i = findIndex(self, args[0], start, stop);
  if (i < 0) throw raise(T.ValueError, `${reprJs(args[0])} is not in list`);
  return newInt(i);
});

method(listSpec, 'count', (self, args, kwnames) => {
  const x = oneArg('list.count', args, kwnames);
  let c = 0;
  for (let i = 0; i < listLen(self); i++) {
    const v = listItem(self, i);
    if (v === x) {
      c++;
      continue;
    }
    incref(v);
    try {
      if (richEq(v, x)) c++;
    } finally {
      decref(v);
    }
  }
  return newInt(c);
});

method(listSpec, 'reverse', (self, args, kwnames) => {
  noArgs('list.reverse', args, kwnames);
  const n = listLen(self);
  if (n > 1) listBaseView(self, n).reverse();
  return S.None;
});

function listBaseView(l: Ref, n: number): Int32Array {
  const base = listBase(l);
  return I32.subarray(base, base + n);
}

method(listSpec, 'sort', listSortMethod);

method(listSpec, 'copy', (self, args, kwnames) => {
  noArgs('list.copy', args, kwnames);
  return listCopy(self);
});

/** A new (exact) list with the same items. */
export function listCopy(l: Ref): Ref {
  const n = listLen(l);
  const r = newList(n);
  const src = listBase(l), dst = listBase(r);
  for (let i = 0; i < n; i++) I32[dst + i] = newref(I32[src + i]);
  return r;
}

method(listSpec, 'clear', (self, args, kwnames) => {
  noArgs('list.clear', args, kwnames);
  clearList(self);
  return S.None;
});

// ---- dunders ------------------------------------------------------------------------------------------------

wrap0(listSpec, '__repr__', listRepr);
wrap0(listSpec, '__len__', (self) => newInt(listLen(self)));
method(listSpec, '__getitem__', (self, args, kwnames) => listGetItem(self, oneArg('list.__getitem__', args, kwnames)));
wrap2(listSpec, '__setitem__', (self, k, v) => {
  listSetItem(self, k, v);
  return S.None;
});
wrap1(listSpec, '__delitem__', (self, k) => {
  listDelItem(self, k);
  return S.None;
});
wrap1(listSpec, '__contains__', (self, x) => boolRef(listContains(self, x)));
wrap0(listSpec, '__iter__', (self) => slots.iter!(self));
method(listSpec, '__reversed__', (self, args, kwnames) => {
  noArgs('list.__reversed__', args, kwnames);
  return newListReverseIter(self);
});
wrapCompare(listSpec, (a, b, op) => slots.compare!(a, b, op));
wrap1(listSpec, '__add__', (self, other) => {
  if (!isList(other)) throw concatError(other);
  return listConcat(self, other);
});
wrap1(listSpec, '__mul__', (self, n) => listRepeat(self, n));
wrap1(listSpec, '__rmul__', (self, n) => listRepeat(self, n));
wrap1(listSpec, '__iadd__', (self, other) => {
  listExtend(self, other);
  return newref(self);
});
wrap1(listSpec, '__imul__', (self, n) => listInplaceRepeat(self, n));
method(listSpec, '__sizeof__', (self) => newInt(40 + 8 * I32[self + ListObj.Capacity]));
classMethod(listSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));
makeUnhashable(listSpec);

// ---- reversed(list) -------------------------------------------------------------------------------------

/** A list_reverseiterator over l, starting at its last item. */
export function newListReverseIter(l: Ref): Ref {
  const it = newSeqIter(T.list_reverseiterator, l);
  I32[it + IterObj.Index] = listLen(l) - 1;
  return it;
}

