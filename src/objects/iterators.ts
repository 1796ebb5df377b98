// Iterators over builtin sequences (list, tuple) and the old-style sequence iterator over __getitem__.
// They share the IterObj layout: Source is the iterated object (released when exhausted), Index the position.

import { I32 } from '../heap/heap';
import { Block, IterObj, Layout, ListObj, TupleObj } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T } from './core';
import { defineType, method } from './typespec';
import { getItem, isInstanceOfType, setMakeSeqIter, lenOf } from './abstract';
import { newInt } from './int';

function iterType(name: string, key: 'list_iterator' | 'tuple_iterator' | 'iterator', next: (it: Ref) => Ref,
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

export const listIteratorSpec = iterType('list_iterator', 'list_iterator', (it) => {
  const l = I32[it + IterObj.Source];
  if (l === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i >= I32[l + ListObj.Length]) return exhaust(it);
  I32[it + IterObj.Index] = i + 1;
  const v = I32[I32[l + ListObj.Items] + Block.RawHeaderWords + i];
  incref(v);
  return v;
}, (it) => {
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
