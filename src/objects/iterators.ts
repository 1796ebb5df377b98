// Iterators over builtin sequences (list, tuple) and the old-style sequence iterator over __getitem__.
// They share the IterObj layout: Source is the iterated object (released when exhausted), Index the position.

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall } from '../gil/critical_section';
import { I32 } from '../heap/heap';
import { Block, IterObj, Layout, ListObj, TupleObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T } from './core';
import { defineType, method } from './typespec';
import { getItem, isInstanceOfType, setMakeSeqIter, lenOf } from './abstract';
import { newInt } from './int';

function iterType(name: string, key: 'list_iterator' | 'tuple_iterator' | 'iterator' | 'list_reverseiterator',
  next: (it: Ref) => Ref,
  lengthHint?: (it: Ref) => number) {
  const spec = defineType({
    name, key, layout: Layout.Iterator, basicWords: IterObj.Size,
    slots: { iter: (it) => newref(it), next },
  });
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = next(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  if (lengthHint) method(spec, '__length_hint__', (self) => newInt(lengthHint(self)));
  return spec;
}

function exhaust(it: Ref): Ref {
  const src = I32[it + IterObj.Source];
  I32[it + IterObj.Source] = 0;
  decref(src);
  return 0;
}

/** next() of a list_iterator: a new reference, or 0 at the end (exported for the eval loop's FOR_ITER). */
export function listIterNext(it: Ref): Ref {
  const l = I32[it + IterObj.Source];
  if (l === 0) return 0;
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, listIterNext, it);
  const i = I32[it + IterObj.Index];
  if (i >= I32[l + ListObj.Length]) return exhaust(it);
  I32[it + IterObj.Index] = i + 1;
  const v = I32[I32[l + ListObj.Items] + Block.RawHeaderWords + i];
  incref(v);
  return v;
}

export const listIteratorSpec = iterType('list_iterator', 'list_iterator', listIterNext, (it) => {
  const l = I32[it + IterObj.Source];
  return l === 0 ? 0 : Math.max(0, I32[l + ListObj.Length] - I32[it + IterObj.Index]);
});

export const tupleIteratorSpec = iterType('tuple_iterator', 'tuple_iterator', (it) => {
  const t = I32[it + IterObj.Source];
  if (t === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i >= I32[t + TupleObj.Length]) return exhaust(it);
  I32[it + IterObj.Index] = i + 1;
  const v = I32[t + TupleObj.Items + i];
  incref(v);
  return v;
}, (it) => {
  const t = I32[it + IterObj.Source];
  return t === 0 ? 0 : Math.max(0, I32[t + TupleObj.Length] - I32[it + IterObj.Index]);
});

/** reversed(list): Index counts down from the last item; a list that shrank below it ends the iteration. */
export const listReverseIteratorSpec = iterType('list_reverseiterator', 'list_reverseiterator', function next(it): Ref {
  const l = I32[it + IterObj.Source];
  if (l === 0) return 0;
  if (__GILT_FT__ && ftSafe && !holdsLock(l)) return lockedCall(l, next, it);
  const i = I32[it + IterObj.Index];
  if (i < 0 || i >= I32[l + ListObj.Length]) {
    I32[it + IterObj.Index] = -1;
    return exhaust(it);
  }
  I32[it + IterObj.Index] = i - 1;
  return newref(I32[I32[l + ListObj.Items] + Block.RawHeaderWords + i]);
}, (it) => {
  const l = I32[it + IterObj.Source];
  const i = I32[it + IterObj.Index];
  return l === 0 || i >= I32[l + ListObj.Length] ? 0 : i + 1;
});

/**
 * IterObj.Kind of iterators whose Index/Extra/Extra2 words also hold counted references (zip, map, …): an
 * odd value, so it is never mistaken for an object address some other iterator layout keeps in that word,
 * with one bit per counted word. Kind 0 means only Source is counted.
 */
export const enum IterRefs {
  Tag = 1,
  Index = 2,
  Extra = 4,
  Extra2 = 8,
}

const COUNTED_WORDS: Array<[IterRefs, IterObj]> = [
  [IterRefs.Index, IterObj.Index], [IterRefs.Extra, IterObj.Extra], [IterRefs.Extra2, IterObj.Extra2],
];

/** Release an iterator's references (installed as the Layout.Iterator clearer by container_common.ts). */
export function clearIterator(r: Ref): void {
  const kind = I32[r + IterObj.Kind];
  const src = I32[r + IterObj.Source];
  I32[r + IterObj.Source] = 0;
  decref(src);
  if ((kind & IterRefs.Tag) === 0) return;
  for (const [bit, word] of COUNTED_WORDS) {
    if (kind & bit) {
      const v = I32[r + word];
      I32[r + word] = 0;
      decref(v);
    }
  }
}

export function traverseIterator(r: Ref, visit: (child: Ref) => void): void {
  const kind = I32[r + IterObj.Kind];
  if (I32[r + IterObj.Source] !== 0) visit(I32[r + IterObj.Source]);
  if ((kind & IterRefs.Tag) === 0) return;
  for (const [bit, word] of COUNTED_WORDS) if ((kind & bit) && I32[r + word] !== 0) visit(I32[r + word]);
}

/** iter(obj) for objects that only have __getitem__: items 0, 1, 2 … until IndexError/StopIteration. */
export const seqIteratorSpec = iterType('iterator', 'iterator', (it) => {
  const src = I32[it + IterObj.Source];
  if (src === 0) return 0;
  const i = I32[it + IterObj.Index];
  const key = newInt(i);
  try {
    const v = getItem(src, key);
    I32[it + IterObj.Index] = i + 1;
    return v;
  } catch (e) {
    if (e instanceof PyErr && (isInstanceOfType(e.exc, T.IndexError) || isInstanceOfType(e.exc, T.StopIteration))) {
      decref(e.exc);
      return exhaust(it);
    }
    throw e;
  }
});

export function newSeqIter(type: Ref, src: Ref): Ref {
  const it = allocObject(type, IterObj.Size);
  incref(src);
  I32[it + IterObj.Source] = src;
  return it;
}

setMakeSeqIter((obj) => newSeqIter(T.iterator, obj));

export { S, lenOf };

import { listSpec, listLen } from './list';
import { tupleSpec, tupleLen } from './tuple';
listSpec.slots.iter = (l) => newSeqIter(T.list_iterator, l);
listSpec.slots.len = listLen;
tupleSpec.slots.iter = (t) => newSeqIter(T.tuple_iterator, t);
tupleSpec.slots.len = tupleLen;
