// io.FileIO: unbuffered binary I/O on a file descriptor.
//
// Node has no lseek(), so a seekable file's position is ours: it lives in the object (FileObj.Pos) and
// every read and write is positional (pread/pwrite). Files that cannot seek (pipes, terminals) use the
// descriptor's own position. Writes in append mode go to the end whatever the position (O_APPEND), after
// which the position is the file's size. Every system call releases the GIL (src/gil/blocking.ts).

import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { I32 } from '../heap/heap';
import { Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T } from '../objects/core';
import { call, callMethod, instanceDict, reprJs, isTrue, typeNameOfObj } from '../objects/abstract';
import { defineType, getset, method, TypeSpec } from '../objects/typespec';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { bufferOrNull } from '../objects/bytes_common';
import { newInt, isInt, intToSafe } from '../objects/int';
import { dictGetStr, dictSetItem } from '../objects/dict';
import { argSpec, parseArgs } from '../objects/args';
import { builtinNewMethod } from '../objects/descriptors';
import { specTypeRef } from '../objects/spec_refs';
import { releaseGilAround } from '../gil/blocking';
import { fromHostError, osError } from './errno';
import {
  FileObj, fileGetPos, fileSetPos, hasFlag, IoFlag, IoKind, IoObj, addIoFinalizer, ioKindOf,
} from './io_layout';
import {
  boolRef, checkOpen, closedError, DEFAULT_BUFFER_SIZE, fspath, installIOBaseMethods, intArg, pathString,
  posOnly, sizeArg, unsupported,
} from './io_common';
import { readBytesFd0, readLineBytesFd0, writeBytesFd } from './stdio';

const RAW_CLOSED = 'I/O operation on closed file';
const napWord = new Int32Array(new SharedArrayBuffer(4));
const EINVAL = 22, ESPIPE = 29, EISDIR = 21;

export const fileIOSpec: TypeSpec = defineType({
  name: 'FileIO', layout: Layout.NativeData, basicWords: FileObj.Size, module: '_io',
  flags: TypeFlag.BaseType, dictOffset: IoObj.Dict,
  slots: {
    new: (type) => allocFileIO(type),
    repr: (r) => newStr(fileIORepr(r)),
    iter(r) {
      checkOpen(r);
      return newref(r);
    },
    next(r) {
      const line = rawReadline(r, -1);
      return line.length === 0 ? 0 : newBytes(line);
    },
  },
});
builtinNewMethod(fileIOSpec, () => specTypeRef('FileIO'));

export function allocFileIO(type: Ref): Ref {
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[r + IoObj.Fd] = -1;
  I32[r + IoObj.Kind] = IoKind.FileIO;
  I32[r + IoObj.Flags] = IoFlag.Closed;
  return r;
}

/** A new FileIO over an already open descriptor (the std streams). */
export function newFileIOForFd(fd: number, mode: 'r' | 'w', name: Ref, std: boolean): Ref {
  const r = allocFileIO(specTypeRef('FileIO'));
  I32[r + IoObj.Fd] = fd;
  I32[r + IoObj.Flags] = (mode === 'r' ? IoFlag.Readable : IoFlag.Writable | IoFlag.Truncated)
    | (std ? IoFlag.StdStream : IoFlag.CloseFd);
  dictSetItem(instanceDict(r, true), intern('name'), name);
  return r;
}

// ---- opening --------------------------------------------------------------------------------------------

interface ParsedMode {
  readable: boolean;
  writable: boolean;
  append: boolean;
  created: boolean;
  truncate: boolean;
}

/** FileIO's mode: one of r/w/x/a, at most one '+', optionally 'b'. */
export function parseRawMode(mode: string): ParsedMode {
  const m: ParsedMode = { readable: false, writable: false, append: false, created: false, truncate: false };
  let kinds = 0, plus = 0;
  for (const ch of mode) {
    switch (ch) {
      case 'r': m.readable = true; kinds++; break;
      case 'w': m.writable = true; m.truncate = true; kinds++; break;
      case 'x': m.writable = true; m.created = true; kinds++; break;
      case 'a': m.writable = true; m.append = true; kinds++; break;
      case '+': m.readable = m.writable = true; plus++; break;
      case 'b': break;
      default: throw raise(T.ValueError, `invalid mode: ${mode}`);
    }
  }
  if (kinds !== 1 || plus > 1) {
    throw raise(T.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
  }
  return m;
}

/** Open `file` (a path-like object or a descriptor) into the FileIO `self` (FileIO.__init__). */
export function fileIOOpen(self: Ref, file: Ref, mode: string, closefd: boolean, opener: Ref): void {
  const m = parseRawMode(mode);
  if (!(I32[self + IoObj.Flags] & IoFlag.Closed)) rawClose(self);
  let fd = -1;
  let nameRef: Ref;
  if (isInt(file)) {
    fd = intToSafe(file) ?? -1;
    if (fd < 0) throw raise(T.ValueError, 'negative file descriptor');
    nameRef = newref(file);
  } else {
    if (!closefd) throw raise(T.ValueError, 'Cannot use closefd=False with file name');
    nameRef = fspath(file);
  }
  try {
    let flags = m.readable && m.writable ? fs.constants.O_RDWR : m.writable ? fs.constants.O_WRONLY : fs.constants.O_RDONLY;
    if (m.truncate) flags |= fs.constants.O_CREAT | fs.constants.O_TRUNC;
    if (m.created) flags |= fs.constants.O_CREAT | fs.constants.O_EXCL;
    if (m.append) flags |= fs.constants.O_CREAT | fs.constants.O_APPEND;
    if (fd < 0) {
      if (opener !== 0 && opener !== S.None) {
        const flagRef = newInt(flags);
        const got = call(opener, [nameRef, flagRef], null);
        decref(flagRef);
        fd = isInt(got) ? intToSafe(got) ?? -1 : -1;
        decref(got);
        if (fd < 0) throw raise(T.ValueError, `opener returned ${fd}`);
      } else {
        const path = pathString(nameRef);
        try {
          fd = releaseGilAround(() => fs.openSync(path, flags, 0o666));
        } catch (e) {
          throw fromHostError(e, nameRef);
        }
      }
    }
    let st: fs.Stats;
    try {
      st = releaseGilAround(() => fs.fstatSync(fd));
    } catch (e) {
      throw fromHostError(e);
    }
    if (st.isDirectory()) {
      if (closefd) releaseGilAround(() => fs.closeSync(fd));
      throw osError(EISDIR, nameRef);
    }
    I32[self + IoObj.Fd] = fd;
    I32[self + IoObj.Flags] = (m.readable ? IoFlag.Readable : 0) | (m.writable ? IoFlag.Writable : 0)
      | (m.append ? IoFlag.Append : 0) | (m.created ? IoFlag.Created : 0) | (m.truncate ? IoFlag.Truncated : 0)
      | (closefd ? IoFlag.CloseFd : 0) | (st.isFile() || st.isBlockDevice() ? IoFlag.Seekable : 0)
      | IoFlag.Initialized;
    fileSetPos(self, m.append ? st.size : 0);
    dictSetItem(instanceDict(self, true), intern('name'), nameRef);
  } finally {
    decref(nameRef);
  }
}

// A FileIO that dies open closes its descriptor, as CPython's finalizer does.
addIoFinalizer((r) => {
  if (I32[r + IoObj.Kind] !== IoKind.FileIO) return;
  const flags = I32[r + IoObj.Flags];
  if (!(flags & IoFlag.Closed) && (flags & IoFlag.CloseFd)) {
    const fd = I32[r + IoObj.Fd];
    I32[r + IoObj.Flags] = flags | IoFlag.Closed;
    try {
      fs.closeSync(fd);
    } catch {
      // already closed behind our back (os.close)
    }
  }
});

// ---- raw operations (used by the buffered layer, the text layer and the os module) -----------------------

function rawFd(r: Ref): number {
  if (I32[r + IoObj.Flags] & IoFlag.Closed) throw closedError(RAW_CLOSED);
  return I32[r + IoObj.Fd];
}

function checkReadable(r: Ref): number {
  const fd = rawFd(r);
  if (!(I32[r + IoObj.Flags] & IoFlag.Readable)) throw unsupported('File not open for reading');
  return fd;
}

function checkWritable(r: Ref): number {
  const fd = rawFd(r);
  if (!(I32[r + IoObj.Flags] & IoFlag.Writable)) throw unsupported('File not open for writing');
  return fd;
}

/** A read that waits out EAGAIN (a non-blocking pipe). */
function readRetry(fd: number, buf: Uint8Array, off: number, len: number, pos: number | null): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, off, len, pos);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(napWord, 0, 0, 5);
    }
  }
}

/** One read system call into buf[off, off+len): the count read, 0 at end of file. */
function sysRead(r: Ref, fd: number, buf: Uint8Array, off: number, len: number): number {
  if (I32[r + IoObj.Flags] & IoFlag.StdStream) {
    const got = releaseGilAround(() => readBytesFd0(len));
    buf.set(got, off);
    return got.length;
  }
  const seekable = hasFlag(r, IoFlag.Seekable);
  const pos = seekable ? fileGetPos(r) : null;
  let got: number;
  try {
    got = releaseGilAround(() => readRetry(fd, buf, off, len, pos));
  } catch (e) {
    throw fromHostError(e);
  }
  if (seekable) fileSetPos(r, pos! + got);
  return got;
}

/** FileIO.read(n): at most n bytes in one system call (everything up to EOF when n < 0). */
export function rawRead(r: Ref, n: number): Uint8Array {
  const fd = checkReadable(r);
  if (n < 0) return rawReadAll(r);
  const buf = new Uint8Array(n);
  const got = sysRead(r, fd, buf, 0, n);
  return buf.subarray(0, got);
}

export function rawReadAll(r: Ref): Uint8Array {
  const fd = checkReadable(r);
  if (I32[r + IoObj.Flags] & IoFlag.StdStream) return releaseGilAround(() => readBytesFd0(-1));
  let size = DEFAULT_BUFFER_SIZE;
  if (hasFlag(r, IoFlag.Seekable)) {
    try {
      size = Math.max(releaseGilAround(() => fs.fstatSync(fd)).size - fileGetPos(r), 0) + 1;
    } catch (e) {
      throw fromHostError(e);
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(Math.max(size, 1));
    const got = sysRead(r, fd, buf, 0, buf.length);
    if (got === 0) break;
    chunks.push(buf.subarray(0, got));
    total += got;
    size = Math.max(DEFAULT_BUFFER_SIZE, total);
  }
  if (chunks.length === 1) return chunks[0];
  return concatBytes(chunks, total);
}

export function concatBytes(chunks: Uint8Array[], total = chunks.reduce((a, c) => a + c.length, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** readline for the raw layer: reads ahead on seekable files, one byte at a time otherwise. */
function rawReadline(r: Ref, limit: number): Uint8Array {
  const fd = checkReadable(r);
  if (I32[r + IoObj.Flags] & IoFlag.StdStream) return releaseGilAround(() => readLineBytesFd0(limit));
  const seekable = hasFlag(r, IoFlag.Seekable);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const want = limit >= 0 ? Math.min(limit - total, seekable ? 256 : 1) : seekable ? 256 : 1;
    if (want <= 0) break;
    const buf = new Uint8Array(want);
    const start = seekable ? fileGetPos(r) : 0;
    const got = sysRead(r, fd, buf, 0, want);
    if (got === 0) break;
    const nl = buf.subarray(0, got).indexOf(10);
    if (nl >= 0) {
      chunks.push(buf.subarray(0, nl + 1));
      total += nl + 1;
      if (seekable) fileSetPos(r, start + nl + 1);
      break;
    }
    chunks.push(buf.subarray(0, got));
    total += got;
  }
  return concatBytes(chunks, total);
}

/** Write all of data; returns its length. */
export function rawWrite(r: Ref, data: Uint8Array): number {
  const fd = checkWritable(r);
  const flags = I32[r + IoObj.Flags];
  if (flags & IoFlag.StdStream) {
    writeBytesFd(fd, data);
    return data.length;
  }
  const seekable = (flags & IoFlag.Seekable) !== 0;
  const append = (flags & IoFlag.Append) !== 0;
  let pos = seekable && !append ? fileGetPos(r) : null;
  try {
    releaseGilAround(() => {
      let off = 0;
      while (off < data.length) {
        try {
          const n = fs.writeSync(fd, data, off, data.length - off, pos);
          off += n;
          if (pos !== null) pos += n;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
          Atomics.wait(napWord, 0, 0, 5);
        }
      }
    });
    if (seekable) fileSetPos(r, append ? releaseGilAround(() => fs.fstatSync(fd)).size : pos!);
  } catch (e) {
    throw fromHostError(e);
  }
  return data.length;
}

export function rawTell(r: Ref): number {
  rawFd(r);
  if (!hasFlag(r, IoFlag.Seekable)) throw osError(ESPIPE);
  return fileGetPos(r);
}

export function rawSeek(r: Ref, offset: number, whence: number): number {
  const fd = rawFd(r);
  if (!hasFlag(r, IoFlag.Seekable)) throw osError(ESPIPE);
  let base: number;
  if (whence === 0) base = 0;
  else if (whence === 1) base = fileGetPos(r);
  else if (whence === 2) {
    try {
      base = releaseGilAround(() => fs.fstatSync(fd)).size;
    } catch (e) {
      throw fromHostError(e);
    }
  } else throw osError(EINVAL);
  const pos = base + offset;
  if (pos < 0) throw osError(EINVAL);
  fileSetPos(r, pos);
  return pos;
}

export function rawTruncate(r: Ref, size: number | null): number {
  const fd = rawFd(r);
  if (!hasFlag(r, IoFlag.Writable)) throw unsupported('File not open for writing');
  const n = size ?? fileGetPos(r);
  if (n < 0) throw osError(EINVAL);
  try {
    releaseGilAround(() => fs.ftruncateSync(fd, n));
  } catch (e) {
    throw fromHostError(e);
  }
  return n;
}

export function rawClose(r: Ref): void {
  const flags = I32[r + IoObj.Flags];
  if (flags & IoFlag.Closed) return;
  I32[r + IoObj.Flags] = flags | IoFlag.Closed;
  if ((flags & IoFlag.CloseFd) && !(flags & IoFlag.StdStream)) {
    const fd = I32[r + IoObj.Fd];
    try {
      releaseGilAround(() => fs.closeSync(fd));
    } catch (e) {
      throw fromHostError(e);
    }
  }
}

export function rawIsatty(r: Ref): boolean {
  return tty.isatty(rawFd(r));
}

/** FileIO.mode as CPython spells it: 'rb', 'wb', 'ab', 'xb', with '+' after. */
export function rawModeString(r: Ref): string {
  const f = I32[r + IoObj.Flags];
  const both = (f & IoFlag.Readable) && (f & IoFlag.Writable);
  if (f & IoFlag.Created) return both ? 'xb+' : 'xb';
  if (f & IoFlag.Append) return both ? 'ab+' : 'ab';
  if (both) return 'rb+';
  return f & IoFlag.Readable ? 'rb' : 'wb';
}

function fileIORepr(r: Ref): string {
  const tn = typeQualifiedName(r);
  if (I32[r + IoObj.Flags] & IoFlag.Closed) return `<${tn} [closed]>`;
  const d = instanceDict(r, false);
  const name = d !== 0 ? dictGetStr(d, intern('name')) : 0;
  const closefd = hasFlag(r, IoFlag.CloseFd) ? 'True' : 'False';
  const head = name !== 0 ? `name=${reprJs(name)}` : `fd=${I32[r + IoObj.Fd]}`;
  return `<${tn} ${head} mode='${rawModeString(r)}' closefd=${closefd}>`;
}

/** '_io.FileIO' for our own types, 'module.Name' for a user subclass. */
export function typeQualifiedName(r: Ref): string {
  const t = I32[r + Obj.Type];
  const mod = reprModule(t);
  const name = strValue(I32[t + TypeObj.QualName]);
  return mod === 'builtins' ? name : `${mod}.${name}`;
}

function reprModule(t: Ref): string {
  const m = I32[t + TypeObj.Module];
  if (m !== 0 && isStr(m)) return strValue(m);
  const d = I32[t + TypeObj.Dict];
  const v = dictGetStr(d, intern('__module__'));
  return v !== 0 && isStr(v) ? strValue(v) : 'builtins';
}

// ---- FileIO methods ------------------------------------------------------------------------------------

const fileIOInitArgs = argSpec('FileIO', ['file', 'mode', 'closefd', 'opener'], { required: 1, posOnly: 0 });

method(fileIOSpec, '__init__', (self, args, kwnames) => {
  const [file, mode, closefd, opener] = parseArgs(fileIOInitArgs, args, kwnames);
  I32[self + IoObj.Kind] = IoKind.FileIO;
  const m = mode === 0 ? 'r' : expectModeStr(mode);
  fileIOOpen(self, file, m, closefd === 0 ? true : isTrue(closefd), opener);
  return S.None;
});

function expectModeStr(r: Ref): string {
  if (!isStr(r)) throw raise(T.TypeError, `FileIO() argument 'mode' must be str, not ${typeNameOfObj(r)}`);
  return strValue(r);
}

method(fileIOSpec, 'read', (self, args, kwnames) => {
  posOnly('read', args, kwnames, 1);
  return newBytes(rawRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(fileIOSpec, 'readall', (self) => newBytes(rawReadAll(self)));
method(fileIOSpec, 'readinto', (self, args) => {
  const target = writableBuffer(args[0], 'readinto');
  const fd = checkReadable(self);
  const tmp = new Uint8Array(target.length);
  const got = sysRead(self, fd, tmp, 0, tmp.length);
  writableBuffer(args[0], 'readinto').set(tmp.subarray(0, got));
  return newInt(got);
});
method(fileIOSpec, 'readline', (self, args, kwnames) => {
  posOnly('readline', args, kwnames, 1);
  return newBytes(rawReadline(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(fileIOSpec, 'write', (self, args, kwnames) => {
  posOnly('write', args, kwnames, 1);
  const data = bytesArg(args[0]);
  return newInt(rawWrite(self, data));
});
method(fileIOSpec, 'seek', (self, args, kwnames) => {
  posOnly('seek', args, kwnames, 2);
  const off = intArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  return newInt(rawSeek(self, off, whence));
});
method(fileIOSpec, 'tell', (self) => newInt(rawTell(self)));
method(fileIOSpec, 'truncate', (self, args, kwnames) => {
  posOnly('truncate', args, kwnames, 1);
  const size = args.length > 0 && args[0] !== S.None ? intArg(args[0]) : null;
  return newInt(rawTruncate(self, size));
});
method(fileIOSpec, 'close', (self) => {
  rawClose(self);
  return S.None;
});
method(fileIOSpec, 'flush', (self) => {
  checkOpen(self);
  return S.None;
});
method(fileIOSpec, 'fileno', (self) => newInt(rawFd(self)));
method(fileIOSpec, 'isatty', (self) => boolRef(rawIsatty(self)));
method(fileIOSpec, 'readable', (self) => {
  rawFd(self);
  return boolRef(hasFlag(self, IoFlag.Readable));
});
method(fileIOSpec, 'writable', (self) => {
  rawFd(self);
  return boolRef(hasFlag(self, IoFlag.Writable));
});
method(fileIOSpec, 'seekable', (self) => {
  rawFd(self);
  return boolRef(hasFlag(self, IoFlag.Seekable));
});
method(fileIOSpec, '__iter__', (self) => fileIOSpec.slots.iter!(self));
method(fileIOSpec, '__next__', (self) => {
  const v = fileIOSpec.slots.next!(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(fileIOSpec, '__repr__', (self) => newStr(fileIORepr(self)));
getset(fileIOSpec, 'closed', (self) => boolRef(hasFlag(self, IoFlag.Closed)));
getset(fileIOSpec, 'closefd', (self) => boolRef(hasFlag(self, IoFlag.CloseFd)));
getset(fileIOSpec, 'mode', (self) => newStr(rawModeString(self)));
getset(fileIOSpec, '_blksize', () => newInt(DEFAULT_BUFFER_SIZE));
installIOBaseMethods(fileIOSpec);

/** A bytes-like argument, copied (Python code may run before it is used). */
export function bytesArg(r: Ref): Uint8Array {
  const b = bufferOrNull(r);
  if (b === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOfObj(r)}'`);
  return b.slice();
}

/** The memory of a writable buffer argument (bytearray, writable memoryview), as a view. */
export function writableBuffer(r: Ref, fname: string): Uint8Array {
  const b = bufferOrNull(r);
  if (b === null || isBytesObj(r)) {
    throw raise(T.TypeError, `${fname}() argument must be read-write bytes-like object, not ${typeNameOfObj(r)}`);
  }
  return b;
}

function isBytesObj(r: Ref): boolean {
  return (r & 1) === 0 && I32[I32[r + Obj.Type] + TypeObj.Layout] === Layout.Bytes;
}

// ---- streams that are not FileIO: the same operations through their Python methods ---------------------

/** raw.read(n) for any raw stream (None from a non-blocking stream reads as no bytes). */
export function anyRawRead(raw: Ref, n: number): Uint8Array {
  if (ioKindOf(raw) === IoKind.FileIO) return rawRead(raw, n);
  const nRef = newInt(n);
  const r = callMethod(raw, 'read', [nRef]);
  decref(nRef);
  try {
    if (r === S.None) return new Uint8Array(0);
    return bytesArg(r);
  } finally {
    decref(r);
  }
}

export function anyRawWrite(raw: Ref, data: Uint8Array): number {
  if (ioKindOf(raw) === IoKind.FileIO) return rawWrite(raw, data);
  const b = newBytes(data);
  try {
    const r = callMethod(raw, 'write', [b]);
    const n = r === S.None ? data.length : intArg(r);
    decref(r);
    return n;
  } finally {
    decref(b);
  }
}

export function anyRawSeek(raw: Ref, offset: number, whence: number): number {
  if (ioKindOf(raw) === IoKind.FileIO) return rawSeek(raw, offset, whence);
  const a = newInt(offset), w = newInt(whence);
  const r = callMethod(raw, 'seek', [a, w]);
  decref(a);
  decref(w);
  const n = intArg(r);
  decref(r);
  return n;
}

export function anyRawTell(raw: Ref): number {
  if (ioKindOf(raw) === IoKind.FileIO) return rawTell(raw);
  const r = callMethod(raw, 'tell', []);
  const n = intArg(r);
  decref(r);
  return n;
}

/** Call a method of a stream that takes no arguments and returns a bool. */
export function boolMethod(obj: Ref, name: string): boolean {
  const r = callMethod(obj, name, []);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

