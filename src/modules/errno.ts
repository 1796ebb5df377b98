// The errno module, and OSError as the I/O and os modules raise it: the subclass chosen by errno
// (FileNotFoundError for ENOENT …), args (errno, strerror), and the errno/strerror/filename attributes, so
// that str(e) reads `[Errno 2] No such file or directory: 'x'` as in CPython.

import { decref, PyErr, Ref, S, T } from '../objects/core';
import { intern, newStr } from '../objects/str';
import { intToSafe, isInt, newInt } from '../objects/int';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { excDict, excSpecs, newException, setExcArgs } from '../objects/exceptions';
import { method } from '../objects/typespec';
import { builtinNewMethod } from '../objects/descriptors';
import { reprJs, strJs } from '../objects/abstract';
import { tupleFrom } from '../objects/tuple';
import { setModuleAttrSteal } from '../objects/module';
import { defineModule } from './registry';
import { ERRNO_ALIASES, ERRNO_TABLE } from './errno_table';

const byNumber = new Map<number, readonly [number, string, string]>();
const byName = new Map<string, number>();
for (const row of ERRNO_TABLE) {
  byNumber.set(row[0], row);
  byName.set(row[1], row[0]);
}
for (const [name, n] of ERRNO_ALIASES) byName.set(name, n);

/** os.strerror(n) */
export function strerror(n: number): string {
  if (n === 0) return 'Success';
  return byNumber.get(n)?.[2] ?? `Unknown error ${n}`;
}

/** The errno number of a name such as 'ENOENT', or undefined. */
export function errnoOf(name: string): number | undefined {
  return byName.get(name);
}

/** The OSError subclass CPython picks for an errno value (OSError(2, 'x') is a FileNotFoundError). */
export function osErrorType(n: number): Ref {
  switch (byNumber.get(n)?.[1]) {
    case 'EAGAIN': case 'EALREADY': case 'EINPROGRESS': return T.BlockingIOError;
    case 'ECHILD': return T.ChildProcessError;
    case 'EPIPE': case 'ESHUTDOWN': return T.BrokenPipeError;
    case 'ECONNABORTED': return T.ConnectionAbortedError;
    case 'ECONNREFUSED': return T.ConnectionRefusedError;
    case 'ECONNRESET': return T.ConnectionResetError;
    case 'EEXIST': return T.FileExistsError;
    case 'ENOENT': return T.FileNotFoundError;
    case 'EISDIR': return T.IsADirectoryError;
    case 'ENOTDIR': return T.NotADirectoryError;
    case 'EINTR': return T.InterruptedError;
    case 'EACCES': case 'EPERM': return T.PermissionError;
    case 'ESRCH': return T.ProcessLookupError;
    case 'ETIMEDOUT': return T.TimeoutError;
    default: return T.OSError;
  }
}

/** An OSError (subclass) for errno n, with filename/filename2 (borrowed refs, 0 = none). */
export function osError(n: number, filename: Ref = 0, filename2: Ref = 0, message: string = strerror(n)): PyErr {
  const num = newInt(n);
  const msg = newStr(message);
  const e = newException(osErrorType(n), [num, msg]);
  const d = excDict(e);
  dictSetItem(d, intern('errno'), num);
  dictSetItem(d, intern('strerror'), msg);
  if (filename !== 0) dictSetItem(d, intern('filename'), filename);
  if (filename2 !== 0) dictSetItem(d, intern('filename2'), filename2);
  decref(num);
  decref(msg);
  return new PyErr(e);
}

/**
 * Convert what a Node fs call threw into a Python exception: system errors become OSError subclasses
 * (Node reports -errno in err.errno on POSIX); Python exceptions pass through; anything else is rethrown.
 */
export function fromHostError(e: unknown, filename: Ref = 0, filename2: Ref = 0): PyErr {
  if (e instanceof PyErr) return e;
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string') {
    const n = byName.get(err.code) ?? (typeof err.errno === 'number' ? Math.abs(err.errno) : undefined);
    if (n !== undefined) return osError(n, filename, filename2);
  }
  throw e;
}

// ---- OSError.__init__ and __str__ ------------------------------------------------------------------------

const osErrorSpec = excSpecs.get('OSError')!;

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): 2 to 5 arguments set the attributes, and
// a filename drops everything past strerror from args.
function osErrorFill(self: Ref, pos: Ref[]): void {
  let args = pos;
  if (pos.length >= 2 && pos.length <= 5) {
    const d = excDict(self);
    dictSetItem(d, intern('errno'), pos[0]);
    dictSetItem(d, intern('strerror'), pos[1]);
    if (pos.length >= 3) {
      dictSetItem(d, intern('filename'), pos[2]);
      if (pos.length === 5) dictSetItem(d, intern('filename2'), pos[4]);
      args = pos.slice(0, 2);
    }
  }
  const t = tupleFrom(args);
  setExcArgs(self, t);
  decref(t);
}

function positional(args: Ref[], kwnames: string[] | null): Ref[] {
  return kwnames === null ? args : args.slice(0, args.length - kwnames.length);
}

method(osErrorSpec, '__init__', (self, args, kwnames) => {
  osErrorFill(self, positional(args, kwnames));
  return S.None;
});

// OSError(errno, strerror, ...) makes the subclass for the errno (OSError(2, 'x') is a FileNotFoundError);
// only OSError itself does, not its subclasses. The attributes are set here too, for subclasses whose
// __init__ does not call OSError's.
osErrorSpec.slots.new = (cls, args, kwnames) => {
  const pos = positional(args, kwnames);
  let type = cls;
  if (cls === T.OSError && pos.length >= 2 && pos.length <= 5 && isInt(pos[0])) {
    const n = intToSafe(pos[0]);
    if (n !== null) type = osErrorType(n);
  }
  const e = newException(type, []);
  osErrorFill(e, pos);
  return e;
};
builtinNewMethod(osErrorSpec, () => T.OSError);

function attr(e: Ref, name: string): Ref {
  const v = dictGetStr(excDict(e), intern(name));
  return v === 0 ? S.None : v;
}

function osErrorStr(e: Ref): Ref {
  const errno = attr(e, 'errno'), msg = attr(e, 'strerror');
  const fn = attr(e, 'filename'), fn2 = attr(e, 'filename2');
  if (fn !== S.None) {
    const head = `[Errno ${strJs(errno)}] ${strJs(msg)}: ${reprJs(fn)}`;
    return newStr(fn2 !== S.None ? `${head} -> ${reprJs(fn2)}` : head);
  }
  if (errno !== S.None && msg !== S.None) return newStr(`[Errno ${strJs(errno)}] ${strJs(msg)}`);
  return excSpecs.get('BaseException')!.slots.str!(e);
}

if (osErrorSpec.slots.str === undefined) osErrorSpec.slots.str = osErrorStr;
if (!osErrorSpec.methods.some((m) => m.name === '__str__')) method(osErrorSpec, '__str__', (self) => osErrorStr(self));

// ---- the errno module -----------------------------------------------------------------------------------

export const errnoDef = defineModule('errno', {
  gilSafe: true,
  init(m) {
    const codes = newDict();
    for (const [n, name] of ERRNO_TABLE) {
      setModuleAttrSteal(m, name, newInt(n));
      const k = newInt(n);
      dictSetItem(codes, k, intern(name));
      decref(k);
    }
    for (const [name, n] of ERRNO_ALIASES) setModuleAttrSteal(m, name, newInt(n));
    setModuleAttrSteal(m, 'errorcode', codes);
  },
});
