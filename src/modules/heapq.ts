// The _heapq module: the heap primitives of heapq, native so that each call is one step under the GIL, as in
// CPython (threads push to and pop from a shared heap without a lock). lib/heapq.py imports them and adds
// merge, nsmallest and nlargest.
//
// A heap is a list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]. Items are compared with `<` only.
// Sifting swaps neighbours, so the list holds each of its items exactly once at every step: a comparison
// may run a Python __lt__ (and switch threads), which may look at the list. If it changes the list's length,
// we stop with CPython's RuntimeError. The sifting order is CPython's (a removed top's hole goes down to a
// leaf along the smaller children, then the last item climbs back), so heaps come out in the same order.

import { lockFirstArg } from '../objects/critical';
import type { NativeFn } from '../objects/core';
import { CompareOp } from '../objects/typespec';
import { decref, incref, newref, raise, Ref, S, T } from '../objects/core';
import { isList, listAppend, listItem, listLen, listPopAt } from '../objects/list';
import { I32 } from '../heap/heap';
import { Block, ListObj } from '../heap/layout';
import { richCompareBool, typeNameOfObj } from '../objects/abstract';
import { defineModule } from './registry';

/** a < b, or for a max-heap b < a. */
type Less = (a: Ref, b: Ref) => boolean;

function lt(a: Ref, b: Ref): boolean {
  if ((a & b & 1) === 1) return a < b; // two small ints: the tagged values order as the ints
  // the comparison may run Python code that drops the list's references to them
  incref(a);
  incref(b);
  try {
    return richCompareBool(a, b, CompareOp.Lt);
  } finally {
    decref(a);
    decref(b);
  }
}

const gt: Less = (a, b) => lt(b, a);

/** Word address of the list's item i (re-read after any comparison: the items may have moved). */
function at(heap: Ref, i: number): number {
  return I32[heap + ListObj.Items] + Block.RawHeaderWords + i;
}

function swap(heap: Ref, i: number, j: number): void {
  const pi = at(heap, i), pj = at(heap, j);
  const v = I32[pi];
  I32[pi] = I32[pj];
  I32[pj] = v;
}

function checkSize(heap: Ref, size: number): void {
  if (listLen(heap) !== size) throw raise(T.RuntimeError, 'list changed size during iteration');
}

/** The item at pos climbs towards the root (not above start) while it is less than its parent. */
function siftDown(heap: Ref, start: number, pos: number, less: Less): void {
  const size = listLen(heap);
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    const smaller = less(listItem(heap, pos), listItem(heap, parent));
    checkSize(heap, size);
    if (!smaller) break;
    swap(heap, pos, parent);
    pos = parent;
  }
}

/** Refill the hole at pos: it goes down to a leaf along the lesser children, then that item climbs back. */
function siftUp(heap: Ref, pos: number, less: Less): void {
  const size = listLen(heap);
  const start = pos;
  const limit = size >> 1; // positions below this have a child
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < size) {
      const leftLess = less(listItem(heap, child), listItem(heap, child + 1));
      checkSize(heap, size);
      if (!leftLess) child++;
    }
    swap(heap, pos, child);
    pos = child;
  }
  siftDown(heap, start, pos, less);
}

function checkList(heap: Ref, fname: string, what: string): void {
  if (isList(heap)) return;
  const got = heap === S.None ? 'None' : typeNameOfObj(heap); // CPython names None so
  throw raise(T.TypeError, `${fname}() argument${what} must be list, not ${got}`);
}

/** The one-argument functions (METH_O). */
function oneHeap(fname: string, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `_heapq.${fname}() takes no keyword arguments`);
  if (args.length !== 1) {
    throw raise(T.TypeError, `_heapq.${fname}() takes exactly one argument (${args.length} given)`);
  }
  checkList(args[0], fname, '');
  return args[0];
}

/** The two-argument functions (heap, item, /). */
function heapAndItem(fname: string, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `_heapq.${fname}() takes no keyword arguments`);
  if (args.length !== 2) throw raise(T.TypeError, `${fname} expected 2 arguments, got ${args.length}`);
  checkList(args[0], fname, ' 1');
  return args[0];
}

function pop(heap: Ref, less: Less): Ref {
  const n = listLen(heap);
  if (n === 0) throw raise(T.IndexError, 'index out of range');
  const last = listPopAt(heap, n - 1);
  if (n === 1) return last;
  // the last item takes the top's place; the top goes to the caller
  const p = at(heap, 0);
  const top = I32[p];
  I32[p] = last;
  try {
    siftUp(heap, 0, less);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

function replace(heap: Ref, item: Ref, less: Less): Ref {
  if (listLen(heap) === 0) throw raise(T.IndexError, 'index out of range');
  const p = at(heap, 0);
  const top = I32[p];
  I32[p] = newref(item);
  try {
    siftUp(heap, 0, less);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

function heapify(heap: Ref, less: Less): void {
  // every subtree below i is a heap already when i's turn comes
  for (let i = (listLen(heap) >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
}

export const heapqModule = defineModule('_heapq', {
  extension: true,
  gilSafe: true,
  // free-threaded: each function holds the heap list's lock, so one heappush or heappop stays atomic
  functions: lockFirstArgs({
    heappush(_m, args, kwnames) {
      const heap = heapAndItem('heappush', args, kwnames);
      listAppend(heap, args[1]);
      siftDown(heap, 0, listLen(heap) - 1, lt);
      return S.None;
    },
    heappop(_m, args, kwnames) {
      return pop(oneHeap('heappop', args, kwnames), lt);
    },
    heapreplace(_m, args, kwnames) {
      return replace(heapAndItem('heapreplace', args, kwnames), args[1], lt);
    },
    heappushpop(_m, args, kwnames) {
      const heap = heapAndItem('heappushpop', args, kwnames);
      const item = args[1];
      if (listLen(heap) === 0 || !lt(listItem(heap, 0), item)) return newref(item);
      return replace(heap, item, lt); // (raises if the comparison emptied the list)
    },
    heapify(_m, args, kwnames) {
      heapify(oneHeap('heapify', args, kwnames), lt);
      return S.None;
    },
    _heappop_max(_m, args, kwnames) {
      return pop(oneHeap('_heappop_max', args, kwnames), gt);
    },
    _heapreplace_max(_m, args, kwnames) {
      return replace(heapAndItem('_heapreplace_max', args, kwnames), args[1], gt);
    },
    _heapify_max(_m, args, kwnames) {
      heapify(oneHeap('_heapify_max', args, kwnames), gt);
      return S.None;
    },
  }),
});

function lockFirstArgs(fns: Record<string, NativeFn>): Record<string, NativeFn> {
  return Object.fromEntries(Object.entries(fns).map(([k, f]) => [k, lockFirstArg(f)]));
}
