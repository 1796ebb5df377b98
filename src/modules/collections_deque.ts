// collections.deque, native (module _collections) so that each of its operations is one step under the GIL,
// as in CPython: threads append to and pop from a shared deque without a lock. lib/collections re-exports it.
//
// Items live in a ring buffer: a raw block of refs whose capacity is a power of two, item i at slot
// (Head + i) & (Capacity - 1). Both ends grow and shrink in O(1); the ring doubles when full and halves when
// three quarters empty. An operation runs Python code only where CPython's does too (comparing items in
// index/count/remove/`in`, iterating the argument of extend, repr of the items, __del__ of dropped items),
// and it leaves the deque consistent before it does.

import { F64, I32 } from '../heap/heap';
import { allocRaw, freeBlock } from '../heap/alloc';
import { Block, DictObj, IterObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import {
  allocObject, clearers, decref, incref, newref, PyErr, raise, rawOwners, Ref, S, T, traversers, typeOf,
} from '../objects/core';
import { BinOp, CompareOp, defineType, getset, method, staticMethod, classMethod } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr } from '../objects/module';
import { intToBigInt, intToSafe, isInt, newInt } from '../objects/int';
import { newStr } from '../objects/str';
import { tupleSteal } from '../objects/tuple';
import { listFrom, listItems } from '../objects/list';
import { tupleItems } from '../objects/tuple';
import { call, getIter, index, instanceDict, iterNext, reprJs, richEq, typeNameOfObj } from '../objects/abstract';
import {
  checkNewType, checkRepeatSize, classGetItem, noArgs, oneArg, otherMayHandle, reprEnter, reprLeave, seqCompare,
  sliceBoundArg, ssizeArg, wrap0, wrap1, wrap2, wrapCompare, boolRef,
} from '../objects/container_common';
import { isIndexable, repeatOperands } from '../objects/tuple_methods';
import { kwArgs, repeatCountArg } from '../objects/text_args';
import { noKw } from '../objects/args';
import { defineModule } from './registry';

/** deque instances. (A subclass's __dict__ and __slots__ values follow.) */
const enum DequeObj {
  MaxLen = 4, // float64 (words 4-5, after the object header): the bound on the length, -1 = unbounded
  Length = 6, // items
  Capacity = 7, // slots of the ring (a power of two), 0 when Buffer is 0
  Head = 8, // slot of the leftmost item
  Buffer = 9, // raw block of refs, or 0
  State = 10, // bumped by every change of length or order except d[i] = x and reverse(), as CPython's: iterators check it
  Size = 11,
}

const MIN_CAPACITY = 8;
const ITEMS = Block.RawHeaderWords;

export const dequeSpec = defineType({
  name: 'deque', layout: Layout.Deque, basicWords: DequeObj.Size, module: 'collections', flags: TypeFlag.BaseType,
  doc: 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.',
});
const slots = dequeSpec.slots;
const dequeType = () => specTypeRef('deque');

/** A deque or an instance of a subclass (they are exactly the objects of our layout). */
export function isDeque(r: Ref): boolean {
  return (r & 1) === 0 && r !== 0 && I32[I32[r + Obj.Type] + TypeObj.Layout] === Layout.Deque;
}

// ---- the ring ------------------------------------------------------------------------------------------

function len(d: Ref): number {
  return I32[d + DequeObj.Length];
}

function maxLen(d: Ref): number {
  return F64[(d + DequeObj.MaxLen) >> 1];
}

/** Word address of item i's slot (0 ≤ i < capacity; valid until the ring is resized). */
function slot(d: Ref, i: number): number {
  return I32[d + DequeObj.Buffer] + ITEMS + ((I32[d + DequeObj.Head] + i) & (I32[d + DequeObj.Capacity] - 1));
}

/** Borrowed item i (no bounds check). */
function itemAt(d: Ref, i: number): Ref {
  return I32[slot(d, i)];
}

function mutated(d: Ref): void {
  I32[d + DequeObj.State]++;
}

/** Move the items to a new ring of `cap` slots (leftmost item at slot 0). */
function resizeRing(d: Ref, cap: number): void {
  const n = len(d);
  const old = I32[d + DequeObj.Buffer];
  const raw = allocRaw(cap);
  const dst = raw + ITEMS;
  I32.fill(0, dst + n, dst + cap);
  if (old !== 0) {
    // the items are in at most two runs: head..end of the ring, then from its start
    const src = old + ITEMS;
    const head = I32[d + DequeObj.Head];
    const first = Math.min(n, I32[d + DequeObj.Capacity] - head);
    I32.copyWithin(dst, src + head, src + head + first);
    I32.copyWithin(dst + first, src, src + n - first);
    freeBlock(old);
  }
  I32[d + DequeObj.Buffer] = raw;
  I32[d + DequeObj.Capacity] = cap;
  I32[d + DequeObj.Head] = 0;
}

function reserve(d: Ref, need: number): void {
  let cap = I32[d + DequeObj.Capacity];
  if (need <= cap) return;
  if (need > 0x20000000) throw raise(T.MemoryError);
  if (cap === 0) cap = MIN_CAPACITY;
  while (cap < need) cap *= 2;
  resizeRing(d, cap);
}

/** Halve the ring when it is three quarters empty, so a deque that shrank gives its memory back. */
function maybeShrink(d: Ref): void {
  const cap = I32[d + DequeObj.Capacity];
  if (cap > MIN_CAPACITY * 2 && len(d) * 4 <= cap) resizeRing(d, cap >> 1);
}

/** reserve() for an item about to be added, which is released if there is no room (MemoryError). */
function grow(d: Ref, need: number, v: Ref): void {
  try {
    reserve(d, need);
  } catch (e) {
    decref(v);
    throw e;
  }
}

/** Add a new reference (stolen) at the right end, ignoring maxlen. */
function pushRight(d: Ref, v: Ref): void {
  const n = len(d);
  if (n >= I32[d + DequeObj.Capacity]) grow(d, n + 1, v);
  I32[slot(d, n)] = v;
  I32[d + DequeObj.Length] = n + 1;
  mutated(d);
}

function pushLeft(d: Ref, v: Ref): void {
  const n = len(d);
  if (n >= I32[d + DequeObj.Capacity]) grow(d, n + 1, v);
  const head = (I32[d + DequeObj.Head] - 1) & (I32[d + DequeObj.Capacity] - 1);
  I32[d + DequeObj.Head] = head;
  I32[I32[d + DequeObj.Buffer] + ITEMS + head] = v;
  I32[d + DequeObj.Length] = n + 1;
  mutated(d);
}

/** Remove the rightmost item and return it (the caller owns it). The deque must not be empty. */
function takeRight(d: Ref): Ref {
  const n = len(d) - 1;
  const p = slot(d, n);
  const v = I32[p];
  I32[p] = 0;
  I32[d + DequeObj.Length] = n;
  mutated(d);
  maybeShrink(d);
  return v;
}

function takeLeft(d: Ref): Ref {
  const p = slot(d, 0);
  const v = I32[p];
  I32[p] = 0;
  I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] + 1) & (I32[d + DequeObj.Capacity] - 1);
  I32[d + DequeObj.Length]--;
  mutated(d);
  maybeShrink(d);
  return v;
}

/** append: a new reference (stolen); a full bounded deque drops its leftmost item. */
function append(d: Ref, v: Ref): void {
  pushRight(d, v);
  const m = maxLen(d);
  if (m >= 0 && len(d) > m) decref(takeLeft(d));
}

function appendLeft(d: Ref, v: Ref): void {
  pushLeft(d, v);
  const m = maxLen(d);
  if (m >= 0 && len(d) > m) decref(takeRight(d));
}

/** Remove item i and return it (the caller owns it); the shorter side moves. */
function takeAt(d: Ref, i: number): Ref {
  const n = len(d);
  const v = itemAt(d, i);
  if (i < n >> 1) {
    for (let k = i; k > 0; k--) I32[slot(d, k)] = I32[slot(d, k - 1)];
    I32[slot(d, 0)] = 0;
    I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] + 1) & (I32[d + DequeObj.Capacity] - 1);
  } else {
    for (let k = i; k < n - 1; k++) I32[slot(d, k)] = I32[slot(d, k + 1)];
    I32[slot(d, n - 1)] = 0;
  }
  I32[d + DequeObj.Length] = n - 1;
  mutated(d);
  maybeShrink(d);
  return v;
}

/** Insert a new reference (stolen) before item i (0 ≤ i ≤ len); the shorter side moves. */
function insertAt(d: Ref, i: number, v: Ref): void {
  const n = len(d);
  if (n >= I32[d + DequeObj.Capacity]) grow(d, n + 1, v);
  if (i < n >> 1) {
    I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] - 1) & (I32[d + DequeObj.Capacity] - 1);
    for (let k = 0; k < i; k++) I32[slot(d, k)] = I32[slot(d, k + 1)];
  } else {
    for (let k = n; k > i; k--) I32[slot(d, k)] = I32[slot(d, k - 1)];
  }
  I32[slot(d, i)] = v;
  I32[d + DequeObj.Length] = n + 1;
  mutated(d);
}

/** The items as new references. */
function snapshot(d: Ref): Ref[] {
  const n = len(d);
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = newref(itemAt(d, i));
  return out;
}

/**
 * Empty the deque. The items are released after it is consistent again (their __del__ may look at it).
 * Idempotent, as the cycle collector needs: it clears garbage, then frees it.
 */
function clearDeque(d: Ref): void {
  const raw = I32[d + DequeObj.Buffer];
  const n = len(d);
  const items: Ref[] = [];
  for (let i = 0; i < n; i++) items.push(itemAt(d, i));
  I32[d + DequeObj.Buffer] = 0;
  I32[d + DequeObj.Capacity] = 0;
  I32[d + DequeObj.Head] = 0;
  I32[d + DequeObj.Length] = 0;
  if (n > 0) mutated(d);
  if (raw !== 0) freeBlock(raw);
  for (const v of items) decref(v);
}

clearers[Layout.Deque] = clearDeque;
traversers[Layout.Deque] = (d, visit) => {
  const n = len(d);
  for (let i = 0; i < n; i++) visit(itemAt(d, i));
};
rawOwners[Layout.Deque] = (d, visit) => {
  if (I32[d + DequeObj.Buffer] !== 0) visit(I32[d + DequeObj.Buffer]);
};

// ---- construction and copies ---------------------------------------------------------------------------

function newDeque(type: Ref, maxlen = -1): Ref {
  const d = allocObject(type, I32[type + TypeObj.BasicWords]);
  F64[(d + DequeObj.MaxLen) >> 1] = maxlen;
  return d;
}

/** deque.__init__(iterable=(), maxlen=None) */
function dequeInit(self: Ref, args: Ref[], kwnames: string[] | null): void {
  const [iterable, maxlenArg] = kwArgs('deque', ['iterable', 'maxlen'], args, kwnames);
  let maxlen = -1;
  if (maxlenArg !== 0 && maxlenArg !== S.None) {
    if (!isInt(maxlenArg)) throw raise(T.TypeError, 'an integer is required');
    maxlen = ssizeArg(maxlenArg);
    if (maxlen < 0) throw raise(T.ValueError, 'maxlen must be non-negative');
  }
  F64[(self + DequeObj.MaxLen) >> 1] = maxlen;
  if (len(self) > 0) clearDeque(self);
  if (iterable !== 0) extend(self, iterable);
}

slots.new = (type) => newDeque(type);
slots.init = dequeInit;
staticMethod(dequeSpec, '__new__', (_self, args) => newDeque(checkNewType('collections.deque', dequeType(), args)));
method(dequeSpec, '__init__', (self, args, kwnames) => {
  dequeInit(self, args, kwnames);
  return S.None;
});

/** d.copy(): a subclass is copied by calling it, as CPython does (its __init__ may take other arguments). */
function copyDeque(d: Ref): Ref {
  const t = typeOf(d);
  const maxlen = maxLen(d);
  if (t === dequeType()) {
    const r = newDeque(t, maxlen);
    const n = len(d);
    if (n > 0) {
      reserve(r, n);
      for (let i = 0; i < n; i++) I32[slot(r, i)] = newref(itemAt(d, i));
      I32[r + DequeObj.Length] = n;
    }
    return r;
  }
  let r: Ref;
  if (maxlen < 0) r = call(t, [d], null);
  else {
    const m = newInt(maxlen);
    try {
      r = call(t, [d, m], null);
    } finally {
      decref(m);
    }
  }
  if (!isDeque(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `${typeNameOfObj(d)}() must return a deque, not ${tn}`);
  }
  return r;
}

// ---- adding many ---------------------------------------------------------------------------------------

function extendWith(d: Ref, iterable: Ref, add: (d: Ref, v: Ref) => void): void {
  if (iterable === d || ((iterable & 1) === 0 && (isExactListOrTuple(iterable)))) {
    // a snapshot first (d.extend(d) adds the items d had); owned, as a dropped item's __del__ may run
    const items = iterable === d ? snapshot(d)
      : (typeOf(iterable) === T.list ? listItems(iterable) : tupleItems(iterable)).map(newref);
    for (let k = 0; k < items.length; k++) {
      try {
        add(d, items[k]);
      } catch (e) {
        for (let j = k + 1; j < items.length; j++) decref(items[j]);
        throw e;
      }
    }
    return;
  }
  const it = getIter(iterable);
  try {
    if (maxLen(d) === 0) {
      // nothing is kept, but the iterable is still consumed
      for (let v = iterNext(it); v !== 0; v = iterNext(it)) decref(v);
      return;
    }
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) add(d, v);
  } finally {
    decref(it);
  }
}

function isExactListOrTuple(r: Ref): boolean {
  const t = I32[r + Obj.Type];
  return t === T.list || t === T.tuple;
}

function extend(d: Ref, iterable: Ref): void {
  extendWith(d, iterable, append);
}

/** d *= n: the items n times over (a bounded deque keeps the last maxlen of them). */
function inplaceRepeat(d: Ref, n: number): Ref {
  const size = len(d);
  if (n <= 0) {
    clearDeque(d);
    return newref(d);
  }
  if (size === 0 || n === 1) return newref(d);
  const m = maxLen(d);
  if (m >= 0 && n * size > m) n = Math.ceil(m / size) + 1; // the earlier copies would all be dropped
  checkRepeatSize(size, n);
  const items = snapshot(d);
  try {
    for (let k = 1; k < n; k++) for (const v of items) append(d, newref(v));
  } finally {
    for (const v of items) decref(v);
  }
  return newref(d);
}

function repeat(d: Ref, n: number): Ref {
  const r = copyDeque(d);
  try {
    decref(inplaceRepeat(r, n));
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function concatError(other: Ref): PyErr {
  return raise(T.TypeError, `can only concatenate deque (not "${typeNameOfObj(other)}") to deque`);
}

function concat(d: Ref, other: Ref): Ref {
  const r = copyDeque(d);
  try {
    extend(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

slots.binop = (op, a, b) => {
  if (op === BinOp.Add) {
    if (!isDeque(a)) return newref(S.NotImplemented);
    if (isDeque(b)) return concat(a, b);
    if (otherMayHandle(b, '__radd__')) return newref(S.NotImplemented);
    throw concatError(b);
  }
  if (op === BinOp.Mul) return repeatOperands(a, b, isDeque, (d, n) => repeat(d, repeatCountArg(n)));
  return newref(S.NotImplemented);
};

slots.inplace = (op, a, b) => {
  if (op === BinOp.Add) {
    extend(a, b);
    return newref(a);
  }
  if (op === BinOp.Mul) {
    if (isIndexable(b)) return inplaceRepeat(a, repeatCountArg(b));
    if (otherMayHandle(b, '__rmul__')) return newref(S.NotImplemented);
    throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(b)}'`);
  }
  return newref(S.NotImplemented);
};

// ---- indexing ------------------------------------------------------------------------------------------

/** d[key]'s position, or an error as CPython's sequence protocol raises it. */
function position(d: Ref, key: Ref): number {
  let i: number;
  if ((key & 1) === 1) i = key >> 1;
  else {
    if (!isIndexable(key)) throw raise(T.TypeError, `sequence index must be integer, not '${typeNameOfObj(key)}'`);
    const r = index(key);
    const small = intToSafe(r);
    if (small === null) {
      const big = intToBigInt(r);
      decref(r);
      if (big < -(1n << 63n) || big >= 1n << 63n) {
        throw raise(T.IndexError, "cannot fit 'int' into an index-sized integer");
      }
      i = big < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    } else {
      decref(r);
      i = small;
    }
  }
  const n = len(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'deque index out of range');
  return i;
}

slots.getitem = (d, key) => newref(itemAt(d, position(d, key)));
slots.setitem = (d, key, v) => {
  const p = slot(d, position(d, key));
  const old = I32[p];
  I32[p] = newref(v);
  decref(old);
};
slots.delitem = (d, key) => decref(takeAt(d, position(d, key)));
slots.len = len;

// ---- searching -----------------------------------------------------------------------------------------

/**
 * The first position in [start, stop) whose item equals v, or -1. Comparisons may run Python code: a change
 * of the deque meanwhile raises (RuntimeError, or IndexError for remove(), as CPython).
 */
function find(d: Ref, v: Ref, start: number, stop: number, mutationError = T.RuntimeError): number {
  const state = I32[d + DequeObj.State];
  for (let i = start; i < stop; i++) {
    const item = itemAt(d, i);
    incref(item);
    let eq: boolean;
    try {
      eq = richEq(item, v);
    } finally {
      decref(item);
    }
    if (I32[d + DequeObj.State] !== state) throw raise(mutationError, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

function notFound(v: Ref): PyErr {
  return raise(T.ValueError, `${reprJs(v)} is not in deque`);
}

slots.contains = (d, v) => find(d, v, 0, len(d)) >= 0;

// ---- repr and comparison -------------------------------------------------------------------------------

function dequeRepr(d: Ref): Ref {
  if (!reprEnter(d)) return newStr('[...]');
  try {
    const items = snapshot(d);
    const l = listFrom(items);
    for (const v of items) decref(v);
    let body: string;
    try {
      body = reprJs(l);
    } finally {
      decref(l);
    }
    const m = maxLen(d);
    return newStr(m < 0 ? `${typeNameOfObj(d)}(${body})` : `${typeNameOfObj(d)}(${body}, maxlen=${m})`);
  } finally {
    reprLeave(d);
  }
}
slots.repr = dequeRepr;

slots.compare = (a, b, op: CompareOp) => {
  if (!isDeque(a) || !isDeque(b)) return newref(S.NotImplemented);
  return seqCompare(a, b, op, len, itemAt);
};

slots.hash = () => {
  throw raise(T.TypeError, "unhashable type: 'collections.deque'");
};
dequeSpec.attrs.push(['__hash__', () => S.None]);

// ---- methods -------------------------------------------------------------------------------------------

const m = (name: string, fn: (self: Ref, args: Ref[], kwnames: string[] | null) => Ref) => method(dequeSpec, name, fn);

m('append', (self, args, kwnames) => {
  append(self, newref(oneArg('deque.append', args, kwnames)));
  return S.None;
});

m('appendleft', (self, args, kwnames) => {
  appendLeft(self, newref(oneArg('deque.appendleft', args, kwnames)));
  return S.None;
});

m('pop', (self, args, kwnames) => {
  noArgs('deque.pop', args, kwnames);
  if (len(self) === 0) throw raise(T.IndexError, 'pop from an empty deque');
  return takeRight(self);
});

m('popleft', (self, args, kwnames) => {
  noArgs('deque.popleft', args, kwnames);
  if (len(self) === 0) throw raise(T.IndexError, 'pop from an empty deque');
  return takeLeft(self);
});

m('extend', (self, args, kwnames) => {
  extend(self, oneArg('deque.extend', args, kwnames));
  return S.None;
});

m('extendleft', (self, args, kwnames) => {
  extendWith(self, oneArg('deque.extendleft', args, kwnames), appendLeft);
  return S.None;
});

m('insert', (self, args, kwnames) => {
  noKw('deque.insert', kwnames);
  if (args.length !== 2) throw raise(T.TypeError, `insert() takes exactly 2 arguments (${args.length} given)`);
  let i = ssizeArg(args[0]);
  const n = len(self);
  if (maxLen(self) === n) throw raise(T.IndexError, 'deque already at its maximum size');
  if (i < 0) i = Math.max(0, i + n);
  insertAt(self, Math.min(i, n), newref(args[1]));
  return S.None;
});

m('remove', (self, args, kwnames) => {
  const v = oneArg('deque.remove', args, kwnames);
  const i = find(self, v, 0, len(self), T.IndexError);
  if (i < 0) throw notFound(v);
  decref(takeAt(self, i));
  return S.None;
});

m('index', (self, args, kwnames) => {
  noKw('deque.index', kwnames);
  if (args.length < 1) throw raise(T.TypeError, `index() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) throw raise(T.TypeError, `index() takes at most 3 arguments (${args.length} given)`);
  const n = len(self);
  let start = args.length > 1 ? sliceBoundArg(args[1]) : 0;
  let stop = args.length > 2 ? sliceBoundArg(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  stop = Math.min(stop, n);
  const i = find(self, args[0], start, stop);
  if (i < 0) throw notFound(args[0]);
  return newInt(i);
});

m('count', (self, args, kwnames) => {
  const v = oneArg('deque.count', args, kwnames);
  let c = 0;
  for (let i = find(self, v, 0, len(self)); i >= 0; i = find(self, v, i + 1, len(self))) c++;
  return newInt(c);
});

m('rotate', (self, args, kwnames) => {
  noKw('deque.rotate', kwnames);
  if (args.length > 1) throw raise(T.TypeError, `deque.rotate expected at most 1 argument, got ${args.length}`);
  rotate(self, args.length === 1 ? ssizeArg(args[0]) : 1);
  return S.None;
});

/** Rotate right by k (left when negative): the fewer items move from one end to the other. */
function rotate(d: Ref, k: number): void {
  const n = len(d);
  if (n <= 1) return;
  mutated(d);
  k %= n;
  if (k < 0) k += n;
  if (k === 0) return;
  const mask = I32[d + DequeObj.Capacity] - 1;
  if (n === mask + 1) {
    I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] - k) & mask; // a full ring: just move the start
    return;
  }
  if (k <= n >> 1) {
    for (let j = 0; j < k; j++) {
      const last = slot(d, n - 1);
      const v = I32[last];
      I32[last] = 0;
      I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] - 1) & mask;
      I32[slot(d, 0)] = v;
    }
  } else {
    for (let j = 0; j < n - k; j++) {
      const first = slot(d, 0);
      const v = I32[first];
      I32[first] = 0;
      I32[d + DequeObj.Head] = (I32[d + DequeObj.Head] + 1) & mask;
      I32[slot(d, n - 1)] = v;
    }
  }
}

m('reverse', (self, args, kwnames) => {
  noArgs('deque.reverse', args, kwnames);
  for (let i = 0, j = len(self) - 1; i < j; i++, j--) {
    const pi = slot(self, i), pj = slot(self, j);
    const v = I32[pi];
    I32[pi] = I32[pj];
    I32[pj] = v;
  }
  return S.None;
});

m('clear', (self, args, kwnames) => {
  noArgs('deque.clear', args, kwnames);
  clearDeque(self);
  return S.None;
});

m('copy', (self, args, kwnames) => {
  noArgs('deque.copy', args, kwnames);
  return copyDeque(self);
});

m('__copy__', (self, args, kwnames) => {
  noArgs('deque.__copy__', args, kwnames);
  return copyDeque(self);
});

m('__reduce__', (self, args, kwnames) => {
  noArgs('deque.__reduce__', args, kwnames);
  const d = instanceDict(self, false);
  const state = d !== 0 && I32[d + DictObj.Used] > 0 ? d : S.None; // an empty __dict__ is no state
  const maxlen = maxLen(self);
  const ctorArgs = maxlen < 0 ? newref(S.emptyTuple) : tupleSteal([newref(S.emptyTuple), newInt(maxlen)]);
  return tupleSteal([newref(typeOf(self)), ctorArgs, newref(state), newIter(self, false)]);
});

m('__sizeof__', (self, args, kwnames) => {
  noArgs('deque.__sizeof__', args, kwnames);
  return newInt(8 * DequeObj.Size + 8 * I32[self + DequeObj.Capacity]);
});

m('__reversed__', (self, args, kwnames) => {
  noArgs('deque.__reversed__', args, kwnames);
  return newIter(self, true);
});

getset(dequeSpec, 'maxlen', (self) => (maxLen(self) < 0 ? S.None : newInt(maxLen(self))));
classMethod(dequeSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));

// the fast paths as dunders (user subclasses reach them through these)
wrap0(dequeSpec, '__repr__', dequeRepr);
wrap0(dequeSpec, '__len__', (self) => newInt(len(self)));
wrap0(dequeSpec, '__iter__', (self) => newIter(self, false));
wrap1(dequeSpec, '__getitem__', (self, k) => slots.getitem!(self, k));
wrap2(dequeSpec, '__setitem__', (self, k, v) => {
  slots.setitem!(self, k, v);
  return S.None;
});
wrap1(dequeSpec, '__delitem__', (self, k) => {
  slots.delitem!(self, k);
  return S.None;
});
wrap1(dequeSpec, '__contains__', (self, v) => boolRef(slots.contains!(self, v)));
wrapCompare(dequeSpec, (a, b, op) => slots.compare!(a, b, op));
wrap1(dequeSpec, '__add__', (self, other) => {
  if (!isDeque(other)) throw concatError(other);
  return concat(self, other);
});
wrap1(dequeSpec, '__mul__', (self, n) => repeat(self, ssizeArg(n)));
wrap1(dequeSpec, '__rmul__', (self, n) => repeat(self, ssizeArg(n)));
wrap1(dequeSpec, '__iadd__', (self, other) => {
  extend(self, other);
  return newref(self);
});
wrap1(dequeSpec, '__imul__', (self, n) => inplaceRepeat(self, ssizeArg(n)));

// ---- iterators -----------------------------------------------------------------------------------------

// IterObj words: Source = the deque (kept after exhaustion, as CPython), Index = position of the next item,
// Extra = the deque's State when the iterator was made, Extra2 = items left.

function iterSpec(name: string, reverse: boolean) {
  const spec = defineType({
    name, layout: Layout.Iterator, basicWords: IterObj.Size, module: '_collections',
    slots: { iter: (it) => newref(it), next: (it) => iterStep(it, reverse) },
  });
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = iterStep(self, reverse);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  method(spec, '__length_hint__', (self) => newInt(I32[self + IterObj.Extra2]));
  method(spec, '__reduce__', (self) => {
    const d = I32[self + IterObj.Source];
    const done = d === 0 ? 0 : len(d) - I32[self + IterObj.Extra2];
    return tupleSteal([newref(typeOf(self)), tupleSteal([newref(d || S.None), newInt(done)])]);
  });
  // _deque_iterator(deque, index=0): an iterator that has already produced `index` items
  spec.slots.new = (type, args, kwnames) => iterNew(name, type, args, kwnames, reverse);
  staticMethod(spec, '__new__', (_self, args, kwnames) =>
    iterNew(name, checkNewType(name, specTypeRef(name), args), args.slice(1), kwnames, reverse));
  return spec;
}

function iterNew(name: string, type: Ref, args: Ref[], kwnames: string[] | null, reverse: boolean): Ref {
  noKw(name, kwnames);
  if (args.length < 1) throw raise(T.TypeError, `function takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) throw raise(T.TypeError, `function takes at most 2 arguments (${args.length} given)`);
  if (!isDeque(args[0])) throw raise(T.TypeError, `argument 1 must be collections.deque, not ${typeNameOfObj(args[0])}`);
  const it = newIter(args[0], reverse, type);
  const skip = Math.min(Math.max(args.length > 1 ? ssizeArg(args[1]) : 0, 0), I32[it + IterObj.Extra2]);
  I32[it + IterObj.Index] += reverse ? -skip : skip;
  I32[it + IterObj.Extra2] -= skip;
  return it;
}

iterSpec('_deque_iterator', false);
iterSpec('_deque_reverse_iterator', true);

function newIter(d: Ref, reverse: boolean, type = specTypeRef(reverse ? '_deque_reverse_iterator' : '_deque_iterator')): Ref {
  const it = allocObject(type, IterObj.Size);
  I32[it + IterObj.Source] = newref(d);
  I32[it + IterObj.Index] = reverse ? len(d) - 1 : 0;
  I32[it + IterObj.Extra] = I32[d + DequeObj.State];
  I32[it + IterObj.Extra2] = len(d);
  return it;
}
slots.iter = (d) => newIter(d, false);

function iterStep(it: Ref, reverse: boolean): Ref {
  const d = I32[it + IterObj.Source];
  if (d === 0) return 0;
  if (I32[d + DequeObj.State] !== I32[it + IterObj.Extra]) {
    I32[it + IterObj.Extra2] = 0;
    throw raise(T.RuntimeError, 'deque mutated during iteration');
  }
  const left = I32[it + IterObj.Extra2];
  if (left === 0) return 0;
  const i = I32[it + IterObj.Index];
  I32[it + IterObj.Index] = reverse ? i - 1 : i + 1;
  I32[it + IterObj.Extra2] = left - 1;
  return newref(itemAt(d, i));
}

// ---- the module ----------------------------------------------------------------------------------------

export const collectionsModule = defineModule('_collections', {
  gilSafe: true, // deque is guarded by its per-object lock (src/objects/critical.ts)
  init(mod) {
    setModuleAttr(mod, 'deque', dequeType());
    setModuleAttr(mod, '_deque_iterator', specTypeRef('_deque_iterator'));
    setModuleAttr(mod, '_deque_reverse_iterator', specTypeRef('_deque_reverse_iterator'));
  },
});
