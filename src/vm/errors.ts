// Turning failures that start outside Python into Python exceptions: syntax errors from the compiler, and
// JavaScript errors that would otherwise escape (a bug in gilt: shown as SystemError, never a JS stack,
// unless GILT_DEBUG is set).

import { decref, newref, PyErr, Ref, S, T } from '../objects/core';
import { newException, excDict } from '../objects/exceptions';
import { intern, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { newTuple, tupleInit } from '../objects/tuple';
import { dictSetItem } from '../objects/dict';
import { PySyntaxError } from '../compiler/syntax_error';
import { HostError } from '../text/host_error';
import { raise } from '../objects/core';
import { vmHooks } from './hooks';

/** A PySyntaxError (from the tokenizer, parser or compiler) as a Python SyntaxError; other errors pass through. */
export function syntaxErrorToPy(e: unknown): unknown {
  if (!(e instanceof PySyntaxError)) return e;
  const type = e.kind === 'IndentationError' ? T.IndentationError : e.kind === 'TabError' ? T.TabError : T.SyntaxError;
  const msg = newStr(e.msg);
  const details = newTuple(6);
  tupleInit(details, 0, newStr(e.filename));
  tupleInit(details, 1, newInt(e.lineno));
  tupleInit(details, 2, newInt(e.offset));
  tupleInit(details, 3, e.text === null ? S.None : newStr(e.text));
  tupleInit(details, 4, newInt(e.end_lineno));
  tupleInit(details, 5, newInt(e.end_offset));
  const exc = newException(type, [msg, details]);
  const d = excDict(exc);
  const set = (k: string, v: Ref) => {
    dictSetItem(d, intern(k), v);
    decref(v);
  };
  set('msg', newref(msg));
  set('filename', newStr(e.filename));
  set('lineno', newInt(e.lineno));
  set('offset', newInt(e.offset));
  set('text', e.text === null ? S.None : newStr(e.text));
  set('end_lineno', newInt(e.end_lineno));
  set('end_offset', newInt(e.end_offset));
  set('print_file_and_line', S.None);
  decref(msg);
  decref(details);
  return new PyErr(exc);
}

vmHooks.internalError = (e: unknown): Ref => {
  if (e instanceof PySyntaxError) return (syntaxErrorToPy(e) as PyErr).exc;
  if (e instanceof HostError) return raise((T as Record<string, number>)[e.pyType] || T.SystemError, e.message).exc;
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (process.env.GILT_DEBUG) process.stderr.write(`[gilt internal error] ${e instanceof Error ? e.stack : msg}\n`);
  return raise(T.SystemError, `gilt internal error: ${msg}`).exc;
};

vmHooks.debug = !!process.env.GILT_DEBUG;
