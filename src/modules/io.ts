// The _io module: open() and the stream types. lib/io.py builds the io module on it (the abstract base
// classes IOBase, RawIOBase, BufferedIOBase and TextIOBase, with the concrete types registered on them).
//
//   io_layout.ts   heap layouts        io_file.ts      FileIO           io_buffered.ts  Buffered*
//   io_text.ts     TextIOWrapper       io_memory.ts    StringIO/BytesIO io_newlines.ts  newline rules
//   io_common.ts   errors, arguments, IOBase methods   stdio.ts         the bytes behind sys.std*

import { I32 } from '../heap/heap';
import { decref, NativeFn, newref, PyErr, raise, Ref, S, T } from '../objects/core';
import { call, instanceDict, isTrue, typeNameOfObj } from '../objects/abstract';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { newInt, isInt } from '../objects/int';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { tupleFrom } from '../objects/tuple';
import { setModuleAttr, setModuleAttrSteal } from '../objects/module';
import { argSpec, parseArgs } from '../objects/args';
import { specTypeRef } from '../objects/spec_refs';
import { defineModule } from './registry';
import { IO_TYPE_NAMES, IoFlag, IoKind, IoObj } from './io_layout';
import { DEFAULT_BUFFER_SIZE, fspath, intArg } from './io_common';
import { allocFileIO, fileIOOpen, rawClose, rawIsatty } from './io_file';
import { newBuffered } from './io_buffered';
import { newTextIOWrapper, textOptions } from './io_text';
import './io_memory';

interface OpenMode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  updating: boolean;
  text: boolean;
  binary: boolean;
}

/** open()'s own check of the mode string (FileIO checks the rest). */
function parseOpenMode(mode: string): OpenMode {
  const m: OpenMode = { reading: false, writing: false, appending: false, creating: false, updating: false, text: false, binary: false };
  const seen = new Set<string>();
  for (const ch of mode) {
    if (!'rwxab+t'.includes(ch) || seen.has(ch)) throw raise(T.ValueError, `invalid mode: '${mode}'`);
    seen.add(ch);
    switch (ch) {
      case 'r': m.reading = true; break;
      case 'w': m.writing = true; break;
      case 'a': m.appending = true; break;
      case 'x': m.creating = true; break;
      case '+': m.updating = true; break;
      case 't': m.text = true; break;
      case 'b': m.binary = true; break;
    }
  }
  if (m.text && m.binary) throw raise(T.ValueError, "can't have text and binary mode at once");
  if (+m.reading + +m.writing + +m.appending + +m.creating > 1) {
    throw raise(T.ValueError, 'must have exactly one of create/read/write/append mode');
  }
  return m;
}

function optStrArg(r: Ref, arg: string): Ref {
  if (r !== 0 && r !== S.None && !isStr(r)) {
    throw raise(T.TypeError, `open() argument '${arg}' must be str or None, not ${typeNameOfObj(r)}`);
  }
  return r === S.None ? 0 : r;
}

const openArgs = argSpec('open', ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  { required: 1, posOnly: 0 });

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export const ioOpen: NativeFn = (_self, args, kwnames) => {
  const [file, modeRef, bufferingRef, encodingRef, errorsRef, newlineRef, closefdRef, opener] = parseArgs(openArgs, args, kwnames);
  if (modeRef !== 0 && !isStr(modeRef)) {
    throw raise(T.TypeError, `open() argument 'mode' must be str, not ${typeNameOfObj(modeRef)}`);
  }
  const mode = modeRef === 0 ? 'r' : strValue(modeRef);
  const buffering = bufferingRef === 0 ? -1 : intArg(bufferingRef);
  const encoding = optStrArg(encodingRef, 'encoding');
  const errors = optStrArg(errorsRef, 'errors');
  const newline = optStrArg(newlineRef, 'newline');
  const m = parseOpenMode(mode);
  if (m.binary) {
    if (encoding !== 0) throw raise(T.ValueError, "binary mode doesn't take an encoding argument");
    if (errors !== 0) throw raise(T.ValueError, "binary mode doesn't take an errors argument");
    if (newline !== 0) throw raise(T.ValueError, "binary mode doesn't take a newline argument");
  }
  if (buffering === 0 && !m.binary) throw raise(T.ValueError, "can't have unbuffered text I/O");
  const rawMode = (m.creating ? 'x' : '') + (m.reading ? 'r' : '') + (m.writing ? 'w' : '') + (m.appending ? 'a' : '')
    + (m.updating ? '+' : '');
  const path = isInt(file) ? 0 : fspath(file);
  let raw: Ref;
  try {
    raw = fileIOOpenNew(path !== 0 ? path : file, rawMode, closefdRef === 0 || isTrue(closefdRef), opener);
  } finally {
    decref(path);
  }
  try {
    if (buffering === 0) return raw;
    const kind = m.updating ? IoKind.BufferedRandom : m.reading ? IoKind.BufferedReader : IoKind.BufferedWriter;
    const buffered = newBuffered(kind, raw);
    decref(raw);
    if (m.binary) return buffered;
    try {
      const lineBuffering = buffering === 1 || (buffering < 0 && rawIsatty(raw));
      const text = newTextIOWrapper(buffered, textOptions('open', encoding, errors, newline, lineBuffering ? S.True : 0, 0));
      const modeStr = newStr(mode);
      dictSetItem(instanceDict(text, true), intern('mode'), modeStr);
      decref(modeStr);
      return text;
    } finally {
      decref(buffered);
    }
  } catch (e) {
    if (e instanceof PyErr && !(I32[raw + IoObj.Flags] & IoFlag.Closed)) rawClose(raw);
    throw e;
  }
};


/** A new FileIO opened on file (a str/bytes path or a descriptor). */
function fileIOOpenNew(file: Ref, mode: string, closefd: boolean, opener: Ref): Ref {
  const r = allocFileIO(specTypeRef('FileIO'));
  try {
    fileIOOpen(r, file, mode, closefd, opener);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

export const ioDef = defineModule('_io', {
  gilSafe: true, // reviewed for free-threaded mode
  functions: {
    open: ioOpen,
    open_code: (_self, args) => {
      const m = newStr('rb');
      try {
        return ioOpen(0, [args[0], m], null);
      } finally {
        decref(m);
      }
    },
    text_encoding: (_self, args) => {
      const enc = args.length > 0 ? args[0] : S.None;
      return enc !== S.None ? newref(enc) : newStr('utf-8');
    },
  },
  init(m) {
    // io.open is the builtin open itself
    const builtinOpen = S.builtinsDict === 0 ? 0 : dictGetStr(S.builtinsDict, intern('open'));
    if (builtinOpen !== 0) setModuleAttr(m, 'open', builtinOpen);
    setModuleAttrSteal(m, 'DEFAULT_BUFFER_SIZE', newInt(DEFAULT_BUFFER_SIZE));
    for (const name of IO_TYPE_NAMES) setModuleAttr(m, name, specTypeRef(name));
    setModuleAttr(m, 'BlockingIOError', T.BlockingIOError);
    setModuleAttrSteal(m, 'UnsupportedOperation', makeUnsupportedOperation());
  },
});

/** class UnsupportedOperation(OSError, ValueError), made once per interpreter with the module. */
function makeUnsupportedOperation(): Ref {
  const name = newStr('UnsupportedOperation');
  const ns = newDict();
  const mod = newStr('io');
  dictSetItem(ns, intern('__module__'), mod);
  decref(mod);
  const b = tupleFrom([T.OSError, T.ValueError]);
  try {
    return call(T.type, [name, b, ns], null);
  } finally {
    decref(b);
    decref(name);
    decref(ns);
  }
}
