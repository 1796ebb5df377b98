// The atexit module: functions to call when the interpreter exits. finalize() (src/vm/interpreter.ts) calls
// atexit._run_exitfuncs() if the module was imported.
//
// The callbacks live in the heap, in a list kept in the module's namespace under `_callbacks` (so every
// worker sees the same list); each entry is a tuple (func, args, kwargs-or-None).

import { decref, incref, newref, PyErr, raise, Ref, S, T } from '../objects/core';
import { call, isCallable, reprJs, richEq } from '../objects/abstract';
import { intern } from '../objects/str';
import { dictGetStr, newDict, dictSetItem, spreadKeywords } from '../objects/dict';
import { listAppendSteal, listItems, listLen, listRemoveAt, listItem, clearList, newList } from '../objects/list';
import { tupleFrom, tupleItem, tupleSteal, tupleItems } from '../objects/tuple';
import { moduleDict, setModuleAttrSteal } from '../objects/module';
import { newInt } from '../objects/int';
import { oneArg, noArgs } from '../objects/text_args';
import { writeFd, flushAll } from './stdio';
import { formatException } from '../vm/traceback';
import { defineModule } from './registry';

function callbacks(module: Ref): Ref {
  return dictGetStr(moduleDict(module), intern('_callbacks'));
}

/** Call one registered entry (func, args, kwargs). */
function runEntry(entry: Ref): void {
  const func = tupleItem(entry, 0);
  const args = tupleItems(tupleItem(entry, 1));
  const kwargs = tupleItem(entry, 2);
  const kwnames = kwargs === S.None ? null : spreadKeywords(kwargs, args);
  decref(call(func, args, kwnames));
}

/** Print an exception a callback raised, as CPython's unraisable hook does, and go on. */
function reportFailure(entry: Ref, exc: Ref): void {
  let what: string;
  try {
    what = reprJs(tupleItem(entry, 0));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    what = '<object repr() failed>';
  }
  flushAll();
  writeFd(2, `Exception ignored in atexit callback: ${what}\n${formatException(exc)}`);
}

export const atexitModule = defineModule('atexit', {
  gilSafe: true, // its handler list is a heap list (locked operations)
  functions: {
    register: (self, args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const npos = args.length - nkw;
      if (npos < 1) throw raise(T.TypeError, `register() takes at least 1 argument (${npos} given)`);
      const func = args[0];
      if (!isCallable(func)) throw raise(T.TypeError, 'the first argument must be callable');
      let kwargs = S.None;
      if (nkw > 0) {
        kwargs = newDict();
        kwnames!.forEach((k, i) => dictSetItem(kwargs, intern(k), args[npos + i]));
      }
      incref(func);
      const entry = tupleSteal([func, tupleFrom(args.slice(1, npos)), kwargs]);
      listAppendSteal(callbacks(self), entry);
      return newref(func);
    },
    unregister: (self, args, kwnames) => {
      const func = oneArg('atexit.unregister', args, kwnames);
      const l = callbacks(self);
      for (let i = listLen(l) - 1; i >= 0; i--) {
        if (i < listLen(l) && richEq(tupleItem(listItem(l, i), 0), func)) listRemoveAt(l, i);
      }
      return S.None;
    },
    _run_exitfuncs: (self, args, kwnames) => {
      noArgs('atexit._run_exitfuncs', args, kwnames);
      const l = callbacks(self);
      // Last registered runs first. Callbacks registered meanwhile do not run; all are dropped afterwards.
      const pending = listItems(l);
      for (const e of pending) incref(e);
      try {
        for (let i = pending.length - 1; i >= 0; i--) {
          if (!listItems(l).includes(pending[i])) continue; // unregistered by an earlier callback
          try {
            runEntry(pending[i]);
          } catch (e) {
            if (!(e instanceof PyErr)) throw e;
            reportFailure(pending[i], e.exc);
            decref(e.exc);
          }
        }
      } finally {
        for (const e of pending) decref(e);
        clearList(l);
      }
      return S.None;
    },
    _clear: (self, args, kwnames) => {
      noArgs('atexit._clear', args, kwnames);
      clearList(callbacks(self));
      return S.None;
    },
    _ncallbacks: (self, args, kwnames) => {
      noArgs('atexit._ncallbacks', args, kwnames);
      return newInt(listLen(callbacks(self)));
    },
  },
  init(m) {
    setModuleAttrSteal(m, '_callbacks', newList(0));
  },
});
