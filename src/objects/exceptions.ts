// BaseException and the whole builtin exception hierarchy of Python 3.11. All exception types share one
// layout (ExcObj); subclass-specific attributes (StopIteration.value, SystemExit.code, OSError.errno …) are
// read from the args or the instance dict as CPython computes them.

import { I32 } from '../heap/heap';
import { ExcObj, Layout, TypeFlag, TypeObj } from '../heap/layout';
import {
  allocObject, BuiltinTypeName, decref, incref, newref, raise, Ref, S, setMakeException, T, typeOf,
} from './core';
import { defineType, getset, method, TypeSpec } from './typespec';
import { newStr, strValue, isStr, intern } from './str';
import { newTuple, tupleFrom, tupleInit, tupleItem, tupleLen, isTuple } from './tuple';
import { repr, reprJs, str, strJs, typeNameOfObj, isInstanceOfType, genericGetAttr, iterToArray } from './abstract';
import { typeNameOf } from './type';
import { newList, listAppend, isList } from './list';
import { dictGetStr, dictSetItem, newDict } from './dict';

const HIERARCHY: Array<[BuiltinTypeName, BuiltinTypeName | null]> = [
  ['BaseException', 'object'], ['BaseExceptionGroup', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'], ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ExceptionGroup', 'BaseExceptionGroup'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['MemoryError', 'Exception'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'], ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'], ['SystemError', 'Exception'],
  ['TypeError', 'Exception'], ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

export const excSpecs = new Map<string, TypeSpec>();

function excArgs(e: Ref): Ref {
  return I32[e + ExcObj.Args] || S.emptyTuple;
}

/** The str() of an exception, as BaseException.__str__ computes it. */
function baseStr(e: Ref): Ref {
  const args = excArgs(e);
  const n = tupleLen(args);
  if (n === 0) return newStr('');
  if (n === 1) return str(tupleItem(args, 0));
  return str(args);
}

const baseSlots = {
  repr(e: Ref): Ref {
    const args = excArgs(e);
    const name = typeNameOf(typeOf(e));
    if (tupleLen(args) === 1) return newStr(`${name}(${reprJs(tupleItem(args, 0))})`);
    const r = reprJs(args);
    return newStr(tupleLen(args) === 0 ? `${name}()` : `${name}${r}`);
  },
  str: baseStr,
};

for (const [name, base] of HIERARCHY) {
  const spec = defineType({
    name, key: name, layout: Layout.BaseException, basicWords: ExcObj.Size, base,
    flags: TypeFlag.BaseType | TypeFlag.ExceptionType, slots: name === 'BaseException' ? baseSlots : {},
    dictOffset: ExcObj.Dict, extraBases: name === 'ExceptionGroup' ? ['Exception'] : [],
  });
  excSpecs.set(name, spec);
}

// KeyError's str is the repr of its key.
excSpecs.get('KeyError')!.slots.str = (e) => {
  const args = excArgs(e);
  if (tupleLen(args) === 1) return repr(tupleItem(args, 0));
  return baseStr(e);
};

/** A new exception instance of `type` with args (borrowed). */
export function newException(type: Ref, args: Ref[]): Ref {
  const words = I32[type + TypeObj.BasicWords];
  const e = allocObject(type, words);
  I32[e + ExcObj.Args] = tupleFrom(args);
  return e;
}

setMakeException((type, message) => {
  if (message === null) return newException(type, []);
  const m = newStr(message);
  const e = newException(type, [m]);
  decref(m);
  return e;
});

/** Set the args of an exception (BaseException.__init__). */
export function setExcArgs(e: Ref, args: Ref): void {
  const old = I32[e + ExcObj.Args];
  incref(args);
  I32[e + ExcObj.Args] = args;
  decref(old);
}

export function excTraceback(e: Ref): Ref {
  return I32[e + ExcObj.Traceback];
}

export function setExcField(e: Ref, field: ExcObj, v: Ref): void {
  const old = I32[e + field];
  incref(v);
  I32[e + field] = v === S.None && field !== ExcObj.Args ? 0 : v;
  if (v === S.None) decref(v);
  decref(old);
}

export function isExceptionInstance(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  return (I32[typeOf(r) + TypeObj.Flags] & TypeFlag.ExceptionType) !== 0;
}

export function isExceptionType(t: Ref): boolean {
  return (I32[t + TypeObj.Flags] & TypeFlag.ExceptionType) !== 0 && (t & 1) === 0;
}

// ---- attributes shared by all exceptions ---------------------------------------------------------------

const baseSpec = excSpecs.get('BaseException')!;

getset(baseSpec, 'args', (e) => newref(excArgs(e)), (e, v) => {
  const t = isTuple(v) ? newref(v) : tupleFrom(iterArgs(v));
  setExcArgs(e, t);
  decref(t);
});

function iterArgs(v: Ref): Ref[] {
  // args = anything iterable becomes a tuple
  const items = iterToArray(v);
  for (const i of items) decref(i);
  return items;
}

function refField(field: ExcObj, check?: (v: Ref) => void) {
  return [
    (e: Ref) => newref(I32[e + field] || S.None),
    (e: Ref, v: Ref) => {
      if (check) check(v);
      setExcField(e, field, v);
    },
  ] as const;
}

getset(baseSpec, '__traceback__', ...refField(ExcObj.Traceback, (v) => {
  if (v !== S.None && typeOf(v) !== T.traceback) throw raise(T.TypeError, '__traceback__ must be a traceback or None');
}));
getset(baseSpec, '__context__', ...refField(ExcObj.Context, (v) => {
  if (v !== S.None && !isExceptionInstance(v)) throw raise(T.TypeError, 'exception context must be None or derive from BaseException');
}));
getset(baseSpec, '__cause__', (e) => newref(I32[e + ExcObj.Cause] || S.None), (e, v) => {
  if (v !== S.None && !isExceptionInstance(v)) throw raise(T.TypeError, 'exception cause must be None or derive from BaseException');
  setExcField(e, ExcObj.Cause, v);
  I32[e + ExcObj.SuppressContext] = 1; // as `raise ... from`
});
getset(baseSpec, '__suppress_context__', (e) => (I32[e + ExcObj.SuppressContext] ? S.True : S.False), (e, v) => {
  I32[e + ExcObj.SuppressContext] = v === S.True ? 1 : 0;
});

getset(baseSpec, '__dict__', (e) => newref(excDict(e)), (e, v) => {
  const old = I32[e + ExcObj.Dict];
  I32[e + ExcObj.Dict] = newref(v);
  decref(old);
});
method(baseSpec, '__init__', (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${typeNameOf(typeOf(self))}() takes no keyword arguments`);
  const t = tupleFrom(args);
  setExcArgs(self, t);
  decref(t);
  return S.None;
});
method(baseSpec, '__str__', (self) => baseStr(self));
method(baseSpec, '__repr__', (self) => baseSlots.repr(self));
method(baseSpec, 'with_traceback', (self, args) => {
  setExcField(self, ExcObj.Traceback, args[0]);
  return newref(self);
});
method(baseSpec, 'add_note', (self, args) => {
  const note = args[0];
  if (!isStr(note)) throw raise(T.TypeError, `note must be a str, not '${typeNameOfObj(note)}'`);
  const d = excDict(self);
  let notes = dictGetStr(d, internNotes());
  if (notes === 0) {
    notes = newList(0);
    dictSetItem(d, internNotes(), notes);
    decref(notes);
  } else if (!isList(notes)) {
    throw raise(T.TypeError, 'Cannot add note: __notes__ is not a list');
  }
  listAppend(notes, note);
  return S.None;
});

let notesName = 0;
function internNotes(): Ref {
  if (notesName === 0) notesName = intern('__notes__');
  return notesName;
}

export function excDict(e: Ref): Ref {
  let d = I32[e + ExcObj.Dict];
  if (d === 0) {
    d = newDict();
    I32[e + ExcObj.Dict] = d;
  }
  return d;
}

// ---- subclass attributes ---------------------------------------------------------------------------------

/** Attributes derived from args: StopIteration.value = args[0] etc. */
function argAttr(typeName: string, attr: string, index: number): void {
  getset(excSpecs.get(typeName)!, attr, (e) => {
    const d = I32[e + ExcObj.Dict];
    if (d !== 0) {
      const v = dictGetStr(d, intern(attr));
      if (v !== 0) return newref(v);
    }
    const args = excArgs(e);
    return tupleLen(args) > index ? newref(tupleItem(args, index)) : S.None;
  }, (e, v) => {
    dictSetItem(excDict(e), intern(attr), v);
  });
}
argAttr('StopIteration', 'value', 0);
argAttr('StopAsyncIteration', 'value', 0);
// SystemExit.code: None, the one argument, or the args tuple
getset(excSpecs.get('SystemExit')!, 'code', (e) => {
  const d = I32[e + ExcObj.Dict];
  const v = d === 0 ? 0 : dictGetStr(d, intern('code'));
  if (v !== 0) return newref(v);
  const args = excArgs(e);
  const n = tupleLen(args);
  return n === 0 ? S.None : newref(n === 1 ? tupleItem(args, 0) : args);
}, (e, v) => {
  dictSetItem(excDict(e), intern('code'), v);
});
argAttr('KeyError', 'key', 99);
argAttr('ImportError', 'msg', 0);
argAttr('OSError', 'errno', 99);
argAttr('OSError', 'strerror', 99);
argAttr('OSError', 'filename', 99);
argAttr('OSError', 'filename2', 99);
argAttr('SyntaxError', 'msg', 0);
argAttr('AttributeError', 'name', 99);
argAttr('AttributeError', 'obj', 99);
argAttr('NameError', 'name', 99);
argAttr('ImportError', 'name', 99);
argAttr('ImportError', 'path', 99);
// ImportError(*args, name=None, path=None)
method(excSpecs.get('ImportError')!, '__init__', (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  const t = tupleFrom(pos);
  setExcArgs(self, t);
  decref(t);
  const d = excDict(self);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k !== 'name' && k !== 'path') throw raise(T.TypeError, `'${k}' is an invalid keyword argument for ${typeNameOf(typeOf(self))}()`);
    dictSetItem(d, intern(k), args[pos.length + i]);
  }
  if (pos.length === 1) dictSetItem(d, intern('msg'), pos[0]);
  return S.None;
});

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) sets the location attributes.
const syntaxSpec = excSpecs.get('SyntaxError')!;
const SYNTAX_DETAILS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
for (const name of [...SYNTAX_DETAILS, 'print_file_and_line']) argAttr('SyntaxError', name, 99);
method(syntaxSpec, '__init__', (self, args, kwnames) => {
  const pos = kwnames === null ? args : args.slice(0, args.length - kwnames.length);
  const t = tupleFrom(pos);
  setExcArgs(self, t);
  decref(t);
  if (pos.length === 0) return S.None;
  const d = excDict(self);
  dictSetItem(d, intern('msg'), pos[0]);
  if (pos.length === 2) {
    const info = iterToArray(pos[1]);
    try {
      if (info.length < 4) throw raise(T.TypeError, `function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw raise(T.TypeError, `function takes at most 6 arguments (${info.length} given)`);
      info.forEach((v, i) => dictSetItem(d, intern(SYNTAX_DETAILS[i]), v));
    } finally {
      for (const v of info) decref(v);
    }
  }
  return S.None;
});

/** str(SyntaxError): "msg (file.py, line 3)", with the file's base name and whichever parts are known. */
function syntaxStr(e: Ref): Ref {
  const d = excDict(e);
  const get = (k: string) => dictGetStr(d, intern(k)) || S.None;
  const msg = strJs(get('msg'));
  const fn = get('filename'), lineno = get('lineno');
  const file = isStr(fn) ? strValue(fn).slice(strValue(fn).lastIndexOf('/') + 1) : null;
  const line = (lineno & 1) === 1 || typeOf(lineno) === T.int ? strJs(lineno) : null;
  if (file !== null && line !== null) return newStr(`${msg} (${file}, line ${line})`);
  if (file !== null) return newStr(`${msg} (${file})`);
  if (line !== null) return newStr(`${msg} (line ${line})`);
  return newStr(msg);
}
syntaxSpec.slots.str = syntaxStr;
method(syntaxSpec, '__str__', (self) => syntaxStr(self));

// SystemExit('x'): the code is args[0] when there is exactly one arg, else the tuple (or None).
excSpecs.get('SystemExit')!.slots.str = baseStr;

/** Is the (borrowed) exception an instance of the given type? */
export function excMatches(e: Ref, t: Ref): boolean {
  return isInstanceOfType(e, t);
}

export { newTuple, tupleInit, strJs, strValue, genericGetAttr };
