// Helpers shared by the io types: argument conversion, the errors they raise (with CPython's exact texts,
// which differ from layer to layer), and the IOBase behaviour every stream has (context manager, iteration,
// readlines, writelines).

import { I32 } from '../heap/heap';
import { TypeFlag, TypeObj } from '../heap/layout';
import { decref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { lookupType } from '../objects/type';
import { isBytes, bytesView } from '../objects/bytes';
import { call, callBound, callMethod, getAttr, getAttrOrNull, getIter, iterNext, isTrue, typeNameOfObj, index, lenOf, N } from '../objects/abstract';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { intToSafe, isInt } from '../objects/int';
import { dictGetStr } from '../objects/dict';
import { listSteal } from '../objects/list';
import { moduleDict } from '../objects/module';
import { method, TypeSpec } from '../objects/typespec';
import { importModule } from '../vm/import';
import { IoFlag, IoKind, IoObj, ioKindOf } from './io_layout';
import { resolvePath } from './os_cwd';

export const DEFAULT_BUFFER_SIZE = 8192;

/** For a catch that ignores Python exceptions: release one (anything else is rethrown). */
export function swallow(e: unknown): void {
  if (!(e instanceof PyErr)) throw e;
  decref(e.exc);
}

/** getattr(obj, name) or 0, with any exception the lookup raises swallowed (for reprs). */
export function attrOrNothing(obj: Ref, name: string): Ref {
  try {
    return getAttrOrNull(obj, intern(name));
  } catch (e) {
    swallow(e);
    return 0;
  }
}

/** ValueError for an operation on a closed stream (the text has a final period in some layers only). */
export function closedError(message = 'I/O operation on closed file.'): PyErr {
  return raise(T.ValueError, message);
}

export function checkOpen(r: Ref, message = 'I/O operation on closed file.'): void {
  if (I32[r + IoObj.Flags] & IoFlag.Closed) throw closedError(message);
}

/** io.UnsupportedOperation(message): the class is made with the _io module, once per interpreter. */
export function unsupported(message: string): PyErr {
  const m = importModule('_io');
  const cls = dictGetStr(moduleDict(m), intern('UnsupportedOperation'));
  decref(m);
  const msg = newStr(message);
  try {
    return new PyErr(call(cls, [msg], null));
  } finally {
    decref(msg);
  }
}

/** A size argument: an int, or None/missing for -1 ("argument should be integer or None, not 'str'"). */
export function sizeArg(r: Ref): number {
  if (r === 0 || r === S.None) return -1;
  if (!isInt(r)) {
    let i: Ref;
    try {
      i = index(r);
    } catch (e) {
      if (e instanceof PyErr) {
        decref(e.exc);
        throw raise(T.TypeError, `argument should be integer or None, not '${typeNameOfObj(r)}'`);
      }
      throw e;
    }
    const v = intToSafe(i);
    decref(i);
    return v ?? Number.MAX_SAFE_INTEGER;
  }
  return intToSafe(r) ?? Number.MAX_SAFE_INTEGER;
}

/** An int argument (seek offsets, whence …) as a JS number. */
export function intArg(r: Ref): number {
  const i = index(r);
  const v = intToSafe(i);
  decref(i);
  if (v === null) throw raise(T.OverflowError, 'Python int too large to convert to C long');
  return v;
}

/** At most `max` positional arguments and no keywords: "read expected at most 1 argument, got 2". */
export function posOnly(fname: string, args: Ref[], kwnames: string[] | null, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  if (args.length > max) {
    throw raise(T.TypeError, max === 0 ? `${fname}() takes no arguments (${args.length} given)`
      : `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function boolRef(b: boolean): Ref {
  return b ? S.True : S.False;
}

/**
 * The methods of IOBase that are written in terms of the stream's own methods: they call them through
 * Python attribute lookup, so a subclass that overrides readline or write is honoured.
 */
export function installIOBaseMethods(spec: TypeSpec, closedText = 'I/O operation on closed file.'): void {
  method(spec, '__enter__', (self) => {
    if (isClosed(self)) throw closedError(closedText);
    return newref(self);
  });
  method(spec, '__exit__', (self) => {
    decref(callMethod(self, 'close', []));
    return S.None;
  });
  method(spec, 'readlines', (self, args, kwnames) => {
    posOnly('readlines', args, kwnames, 1);
    const hint = args.length > 0 ? sizeArg(args[0]) : -1;
    if (isClosed(self)) throw closedError('I/O operation on closed file.');
    const lines: Ref[] = [];
    let total = 0;
    // an instance of the builtin type itself reads its lines directly; a subclass may override readline
    const next = (I32[typeOf(self) + TypeObj.Flags] & TypeFlag.HeapType) === 0 ? spec.slots.next : undefined;
    try {
      for (;;) {
        const line = next !== undefined ? next(self) : callMethod(self, 'readline', []);
        if (line === 0) break;
        const n = lenOf(line);
        if (n === 0) {
          decref(line);
          break;
        }
        lines.push(line);
        total += n;
        if (hint > 0 && total >= hint) break;
      }
    } catch (e) {
      for (const l of lines) decref(l);
      throw e;
    }
    return listSteal(lines);
  });
  method(spec, 'writelines', (self, args, kwnames) => {
    posOnly('writelines', args, kwnames, 1);
    if (args.length !== 1) throw raise(T.TypeError, `writelines() takes exactly one argument (${args.length} given)`);
    if (isClosed(self)) throw closedError('I/O operation on closed file.');
    const it = getIter(args[0]);
    try {
      for (;;) {
        const line = iterNext(it);
        if (line === 0) break;
        try {
          decref(callMethod(self, 'write', [line]));
        } finally {
          decref(line);
        }
      }
    } finally {
      decref(it);
    }
    return S.None;
  });
}

/**
 * Is the stream closed? Text and buffered streams are closed when what they wrap is (it may have been
 * closed directly); a stream that is not one of ours answers through its `closed` attribute.
 */
export function isClosed(self: Ref): boolean {
  switch (ioKindOf(self)) {
    case 0:
      return closedAttr(self);
    case IoKind.TextIOWrapper: case IoKind.BufferedReader: case IoKind.BufferedWriter: case IoKind.BufferedRandom: {
      const inner = I32[self + IoObj.Main];
      return inner === 0 ? false : isClosed(inner);
    }
    default:
      return (I32[self + IoObj.Flags] & IoFlag.Closed) !== 0;
  }
}

/** `obj.closed` through attribute lookup. */
export function closedAttr(obj: Ref): boolean {
  const c = getAttr(obj, intern('closed'));
  try {
    return isTrue(c);
  } finally {
    decref(c);
  }
}

// ---- paths --------------------------------------------------------------------------------------------------

/**
 * os.fspath(r): a str or bytes as it is, else the result of __fspath__ (new reference). Anything else is a
 * TypeError with `what` in front of "str, bytes or os.PathLike object, not float".
 */
export function fspath(r: Ref, what = 'expected'): Ref {
  if (isStr(r) || isBytes(r)) return newref(r);
  const f = lookupType(typeOf(r), N.__fspath__);
  if (f === 0) throw raise(T.TypeError, `${what} str, bytes or os.PathLike object, not ${typeNameOfObj(r)}`);
  const p = callBound(f, r, []);
  if (!isStr(p) && !isBytes(p)) {
    const tn = typeNameOfObj(p);
    decref(p);
    throw raise(T.TypeError, `expected ${typeNameOfObj(r)}.__fspath__() to return str or bytes, not ${tn}`);
  }
  return p;
}

/**
 * The file system path of a str or bytes ref, for Node ("embedded null byte" as CPython). Relative paths
 * are resolved against os.getcwd() unless `resolve` is false (a symlink's target is stored as given).
 */
export function pathString(p: Ref, resolve = true): string {
  const s = isStr(p) ? strValue(p) : Buffer.from(bytesView(p)).toString('utf8');
  if (s.includes('\0')) throw raise(T.ValueError, 'embedded null byte');
  return resolve ? resolvePath(s) : s;
}
