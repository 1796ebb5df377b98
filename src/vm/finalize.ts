// __del__: when an instance of a class that defines it is about to be freed, core.ts's dealloc keeps it alive
// (refcount 1) and calls this hook. As PEP 442 says, __del__ runs at most once per object (ObjFlag.Finalized);
// an exception it raises goes to sys.unraisablehook ("Exception ignored in: <function C.__del__ …>"), and an
// object that __del__ stored somewhere (its refcount went up) stays alive — dealloc sees that.

import { I32 } from '../heap/heap';
import { Obj, ObjFlag } from '../heap/layout';
import { decref, incref, PyErr, Ref, setFinalizeHook } from '../objects/core';
import { lookupType } from '../objects/type';
import { call, N } from '../objects/abstract';
import { reportUnraisable } from './unraisable';
import { ts } from './thread_state';

function runDel(r: Ref): boolean {
  if (I32[r + Obj.Flags] & ObjFlag.Finalized) return false;
  Atomics.or(I32, r + Obj.Flags, ObjFlag.Finalized); // (atomic: the word also holds free-threaded locks)
  const del = lookupType(I32[r + Obj.Type], N.__del__);
  if (del === 0) return false;
  incref(del);
  // __del__ runs outside whatever exception is being handled where the last reference went (CPython's
  // report shows no "During handling of the above exception")
  const t = ts;
  const handled = t.excInfo;
  t.excInfo = 0;
  try {
    decref(call(del, [r], null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    reportUnraisable(e.exc, 'Exception ignored in', del);
    decref(e.exc);
  } finally {
    t.setExcInfo(handled);
    decref(del);
  }
  return false; // resurrection shows in the refcount, which dealloc checks
}

setFinalizeHook(runDel);
