// __del__: called once per object (PEP 442), when its reference count reaches zero (dealloc in
// src/objects/core.ts) or when the cycle collector finds it unreachable (src/heap/collector.ts). An exception
// from __del__ is reported as unraisable ("Exception ignored in: <function C.__del__ …>"), as in CPython.

import { I32 } from '../heap/heap';
import { Obj, ObjFlag } from '../heap/layout';
import { decref, incref, PyErr, Ref, setFinalizeHook, T, typeOf } from '../objects/core';
import { call, descrGet, hasDescrGet, N } from '../objects/abstract';
import { lookupType } from '../objects/type';
import { reportUnraisable } from './unraisable';
import { ts } from './thread_state';

/** Run obj's __del__ unless it already ran. The caller keeps obj alive meanwhile. */
export function finalizeObject(obj: Ref): void {
  if (I32[obj + Obj.Flags] & ObjFlag.Finalized) return;
  Atomics.or(I32, obj + Obj.Flags, ObjFlag.Finalized); // (atomic: the word also holds free-threaded locks)
  const del = lookupType(typeOf(obj), N.__del__);
  if (del === 0) return;
  incref(del);
  // __del__ runs outside whatever exception is being handled where the last reference went (CPython's
  // report shows no "During handling of the above exception")
  const t = ts;
  const handled = t.excInfo;
  t.excInfo = 0;
  try {
    if (typeOf(del) !== T.function && hasDescrGet(typeOf(del))) {
      const bound = descrGet(del, obj, typeOf(obj));
      try {
        decref(call(bound, [], null));
      } finally {
        decref(bound);
      }
    } else {
      decref(call(del, [obj], null));
    }
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    reportUnraisable(e.exc, null, del);
    decref(e.exc);
  } finally {
    t.setExcInfo(handled);
    decref(del);
  }
}

// dealloc holds the object at count 1 while this runs and sees a resurrection in the count afterwards
setFinalizeHook((obj) => {
  finalizeObject(obj);
  return false;
});
