// list.sort: a stable merge sort that only ever asks "is x < y?", as CPython's sort does, so objects that
// define nothing but __lt__ sort, and the result for equal keys keeps the original order.
//
// While the sort runs the list looks empty (CPython does the same), so a key function or __lt__ that
// mutates the list is detected afterwards: "list modified during sort".

import { F64, I32 } from '../heap/heap';
import { Block, FloatObj, ListObj, Obj } from '../heap/layout';
import { decref, PyErr, raise, Ref, S, T } from './core';
import { call, index, richCompareBool, typeNameOfObj } from './abstract';
import { CompareOp } from './typespec';
import { clearList } from './list';
import { strValue } from './str';
import { intToSafe } from './int';

const ITEMS = Block.RawHeaderWords;
const RUN = 32; // runs this short are sorted by binary insertion before merging

/**
 * Sort `a` in place, stably, with `lt(x, y)` meaning "x must come before y". Each comparison calls `lt`
 * once. If `lt` throws, `a` holds some permutation of its items.
 */
export function stableSort<X>(a: X[], lt: (x: X, y: X) => boolean): void {
  const n = a.length;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(a, lo, Math.min(lo + RUN, n), lt);
  if (n <= RUN) return;
  let src = a;
  let dst = new Array<X>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      merge(src, dst, lo, mid, hi, lt);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i];
}

function insertionSort<X>(a: X[], lo: number, hi: number, lt: (x: X, y: X) => boolean): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = a[i];
    // binary search for the first position whose item is greater than x (after equal items: stable)
    let l = lo, r = i;
    while (l < r) {
      const m = (l + r) >> 1;
      if (lt(x, a[m])) r = m;
      else l = m + 1;
    }
    for (let j = i; j > l; j--) a[j] = a[j - 1];
    a[l] = x;
  }
}

function merge<X>(src: X[], dst: X[], lo: number, mid: number, hi: number, lt: (x: X, y: X) => boolean): void {
  let i = lo, j = mid, k = lo;
  if (mid >= hi || !lt(src[mid], src[mid - 1])) {
    // already in order (common for presorted input)
    for (; i < hi; i++) dst[i] = src[i];
    return;
  }
  while (i < mid && j < hi) {
    // take from the right only when strictly smaller: keeps equal items in their original order
    if (lt(src[j], src[i])) dst[k++] = src[j++];
    else dst[k++] = src[i++];
  }
  while (i < mid) dst[k++] = src[i++];
  while (j < hi) dst[k++] = src[j++];
}

// ---- comparing keys -------------------------------------------------------------------------------------

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Sort the indices 0..n-1 of `keys` by the keys (borrowed refs). Keys that are all small ints or floats, or
 * all plain str, are compared as JS values with the engine's sort (ties broken by position, which makes it
 * stable); anything else goes through Python's `<`.
 */
function sortedOrder(keys: Ref[], reverse: boolean): number[] {
  const n = keys.length;
  const packed = packedIntOrder(keys, reverse);
  if (packed !== null) return packed;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const values = plainValues(keys);
  if (values !== null) {
    const sign = reverse ? -1 : 1;
    if (typeof values[0] === 'number') {
      const v = values as number[];
      order.sort((a, b) => sign * (v[a] - v[b]) || a - b);
    } else {
      const v = values as string[];
      order.sort((a, b) => (v[a] < v[b] ? -sign : v[a] > v[b] ? sign : a - b));
    }
    return order;
  }
  if (reverse) stableSort(order, (x, y) => richCompareBool(keys[y], keys[x], CompareOp.Lt));
  else stableSort(order, (x, y) => richCompareBool(keys[x], keys[y], CompareOp.Lt));
  return order;
}

const INDEX_BITS = 22; // small ints (31 bits) and positions (22 bits) pack exactly into a double
const INDEX_SCALE = 1 << INDEX_BITS;

/**
 * For keys that are all tagged ints: sort value * 2**22 + position as doubles (a plain numeric sort, and
 * equal values stay in position order). null when the keys do not qualify.
 */
function packedIntOrder(keys: Ref[], reverse: boolean): number[] | null {
  const n = keys.length;
  if (n >= INDEX_SCALE) return null;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if ((k & 1) === 0) return null;
    packed[i] = (reverse ? -(k >> 1) : k >> 1) * INDEX_SCALE + i;
  }
  packed.sort();
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const p = packed[i];
    order[i] = p - Math.floor(p / INDEX_SCALE) * INDEX_SCALE;
  }
  return order;
}

/** The keys as JS numbers or strings when they compare exactly like those, else null. */
function plainValues(keys: Ref[]): number[] | string[] | null {
  const n = keys.length;
  if (n === 0) return null;
  const k0 = keys[0];
  if ((k0 & 1) === 1 || I32[k0 + Obj.Type] === T.float) {
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if ((k & 1) === 1) out[i] = k >> 1;
      else if (I32[k + Obj.Type] === T.float) {
        const x = readFloat(k);
        if (x !== x) return null; // NaN: let Python's rules decide
        out[i] = x;
      } else return null;
    }
    return out;
  }
  if (I32[k0 + Obj.Type] === T.str) {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if ((k & 1) === 1 || I32[k + Obj.Type] !== T.str) return null;
      const s = strValue(k);
      // JS compares UTF-16 units; Python compares code points. They agree without surrogates.
      if (SURROGATE.test(s)) return null;
      out[i] = s;
    }
    return out;
  }
  return null;
}

function readFloat(r: Ref): number {
  return F64[(r + FloatObj.Value) >> 1];
}

// ---- list.sort ------------------------------------------------------------------------------------------

/** Sort list `l` in place. `key` is a callable or 0/None; `reverse` a truth value. */
export function listSort(l: Ref, key: Ref, reverse: boolean): void {
  // detach the items: during the sort the list is empty, with capacity -1 as the "untouched" mark
  const raw = I32[l + ListObj.Items];
  const n = I32[l + ListObj.Length];
  const cap = I32[l + ListObj.Capacity];
  I32[l + ListObj.Items] = 0;
  I32[l + ListObj.Length] = 0;
  I32[l + ListObj.Capacity] = -1;
  const items = new Array<Ref>(n);
  for (let i = 0; i < n; i++) items[i] = I32[raw + ITEMS + i];
  let keys = items;
  const ownKeys = key !== 0 && key !== S.None;
  let error: unknown = null;
  try {
    if (ownKeys) {
      keys = [];
      for (let i = 0; i < n; i++) keys.push(call(key, [items[i]], null));
    }
    if (n > 1) {
      const order = sortedOrder(keys, reverse);
      for (let i = 0; i < n; i++) I32[raw + ITEMS + i] = items[order[i]];
    }
  } catch (e) {
    error = e;
  }
  if (ownKeys) for (const k of keys) decref(k);
  // whatever was put into the list meanwhile is dropped; the (sorted) items come back
  const modified = I32[l + ListObj.Capacity] !== -1 || I32[l + ListObj.Length] !== 0;
  if (modified) clearList(l);
  I32[l + ListObj.Items] = raw;
  I32[l + ListObj.Length] = n;
  I32[l + ListObj.Capacity] = cap;
  if (error !== null) throw error;
  if (modified) throw raise(T.ValueError, 'list modified during sort');
}

/** list.sort(*, key=None, reverse=False) */
export function listSortMethod(self: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw raise(T.TypeError, 'sort() takes no positional arguments');
  let key = 0, reverse = false;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i];
    const v = args[args.length - nkw + i];
    if (name === 'key') key = v;
    else if (name === 'reverse') reverse = truthOfIntArg(v);
    else throw raise(T.TypeError, `'${name}' is an invalid keyword argument for sort()`);
  }
  listSort(self, key, reverse);
  return S.None;
}

/** reverse= accepts ints (and bools) only, as CPython's argument clinic "int" converter. */
function truthOfIntArg(v: Ref): boolean {
  if (v === S.True) return true;
  if (v === S.False) return false;
  if ((v & 1) === 1) return v !== 1;
  if (I32[v + Obj.Type] === T.float) throw raise(T.TypeError, `'float' object cannot be interpreted as an integer`);
  let r: Ref;
  try {
    r = index(v);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      throw raise(T.TypeError, `'${typeNameOfObj(v)}' object cannot be interpreted as an integer`);
    }
    throw e;
  }
  const x = intToSafe(r);
  decref(r);
  return x !== 0;
}
