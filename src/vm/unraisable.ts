// Exceptions that cannot be raised to anyone — an exception escaping a thread started by _thread, a failing
// __del__ or weakref callback — go to sys.unraisablehook, as in CPython. The default hook prints
// "<err_msg>: <object repr>" and the traceback on stderr; a hook set by the program gets a
// sys.UnraisableHookArgs (exc_type, exc_value, exc_traceback, err_msg, object).

import { I32 } from '../heap/heap';
import { ExcObj } from '../heap/layout';
import { decref, newref, PyErr, Ref, S, typeOf } from '../objects/core';
import { call, getAttrOrNull, reprJs } from '../objects/abstract';
import { intern, newStr, strValue, isStr } from '../objects/str';
import { dictGetStr, dictSetItem } from '../objects/dict';
import { moduleDict } from '../objects/module';
import { makeStructSeqType } from '../modules/structseq';
import { flushAll, writeFd } from '../modules/stdio';
import { formatException } from './traceback';

/** The text the default hook prints. */
function defaultReport(exc: Ref, errMsg: string | null, obj: Ref): string {
  let head = errMsg ?? 'Exception ignored in';
  if (obj !== 0 && obj !== S.None) {
    let what: string;
    try {
      what = reprJs(obj);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
      what = '<object repr() failed>';
    }
    head += `: ${what}`;
  }
  return `${head}\n${formatException(exc)}`;
}

/** sys.UnraisableHookArgs, made on first use (a struct sequence class from lib/_structseq.py). */
function hookArgsType(): Ref {
  const d = moduleDict(S.sysModule);
  let t = dictGetStr(d, intern('UnraisableHookArgs'));
  if (t === 0) {
    t = makeStructSeqType({
      name: 'UnraisableHookArgs', module: 'sys', fields: ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'],
      nSequence: 5,
    });
    dictSetItem(d, intern('UnraisableHookArgs'), t);
    decref(t);
  }
  return t;
}

/** Report an exception nobody can catch (exc is borrowed); errMsg null: the hook's default text, as for __del__. */
export function reportUnraisable(exc: Ref, errMsg: string | null, obj: Ref): void {
  const d = moduleDict(S.sysModule);
  const hook = dictGetStr(d, intern('unraisablehook'));
  const builtin = dictGetStr(d, intern('__unraisablehook__'));
  if (hook !== 0 && hook !== builtin && hook !== S.None) {
    const msg = errMsg === null ? newref(S.None) : newStr(errMsg);
    const tb = I32[exc + ExcObj.Traceback] || S.None;
    const fields = [newref(typeOf(exc)), newref(exc), newref(tb), msg, newref(obj || S.None)];
    let args = 0;
    try {
      const { tupleSteal } = tupleMod;
      const tup = tupleSteal(fields);
      try {
        args = call(hookArgsType(), [tup], null);
      } finally {
        decref(tup);
      }
      decref(call(hook, [args], null));
      return;
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      flushAll();
      writeFd(2, defaultReport(e.exc, 'Exception ignored in sys.unraisablehook', hook));
      decref(e.exc);
      return;
    } finally {
      decref(args);
    }
  }
  flushAll();
  writeFd(2, defaultReport(exc, errMsg, obj));
}

/** sys.__unraisablehook__: print a UnraisableHookArgs as CPython's default hook does. */
export function defaultUnraisableHook(args: Ref): void {
  const get = (name: string) => getAttrOrNull(args, intern(name));
  const exc = get('exc_value');
  const msg = get('err_msg');
  const obj = get('object');
  try {
    flushAll();
    writeFd(2, defaultReport(exc, msg !== 0 && isStr(msg) ? strValue(msg) : null, obj));
  } finally {
    decref(exc);
    decref(msg);
    decref(obj);
  }
}

import * as tupleMod from '../objects/tuple';
