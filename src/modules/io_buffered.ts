// io.BufferedReader, io.BufferedWriter and io.BufferedRandom: binary streams over a raw stream (a FileIO,
// or any object with the raw stream methods).
//
// Both buffers live in the object, so that any thread sees the same state: reads go through a read-ahead
// buffer (a bytes object and how much of it is used), so that readline and small reads do not cost a
// system call each; small writes gather in a bytearray until it holds a buffer's worth, or the stream is
// flushed, read, moved or closed. A writer holding bytes is listed in io_dirty.ts so that everything is
// written out at exit. Before a write or a seek, read-ahead is given back by moving the raw position back
// to where the reader is.

import { I32 } from '../heap/heap';
import { Layout, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T } from '../objects/core';
import { callMethod, getAttr, reprJs } from '../objects/abstract';
import { defineType, getset, method, TypeSpec } from '../objects/typespec';
import { intern, newStr } from '../objects/str';
import { bytesLen, bytesView, newBytes } from '../objects/bytes';
import { newInt } from '../objects/int';
import { argSpec, parseArgs } from '../objects/args';
import { builtinNewMethod } from '../objects/descriptors';
import { specTypeRef } from '../objects/spec_refs';
import { BufObj, IoFlag, IoKind, IoObj, ioKindOf, setFieldSteal } from './io_layout';
import {
  attrOrNothing, boolRef, checkOpen, closedError, DEFAULT_BUFFER_SIZE, installIOBaseMethods, intArg, isClosed, posOnly,
  sizeArg, unsupported,
} from './io_common';
import {
  anyRawRead, anyRawSeek, anyRawTell, anyRawWrite, boolMethod, bytesArg, concatBytes, rawClose, rawReadAll,
  typeQualifiedName, writableBuffer,
} from './io_file';
import { osError } from './errno';
import { markClean, markDirty, dirtyWriters } from './io_dirty';
import { newByteArray, byteArrayLen, byteArrayResize } from '../objects/bytearray';
import { byteArrayView } from '../objects/bytes_common';
import { addIoFinalizer } from './io_layout';
import { setFileFlushHook } from './stdio';

const EINVAL = 22;

function kindCanRead(kind: number): boolean {
  return kind !== IoKind.BufferedWriter;
}

function kindCanWrite(kind: number): boolean {
  return kind !== IoKind.BufferedReader;
}

function rawOf(b: Ref): Ref {
  const raw = I32[b + IoObj.Main];
  if (raw === 0) throw raise(T.ValueError, 'raw stream has been detached');
  return raw;
}

/** Raise for a closed stream: the buffered layer names the operation ("read of closed file"). */
function checkBufOpen(b: Ref, message: string): Ref {
  const raw = rawOf(b);
  if (isClosed(raw)) throw closedError(message);
  return raw;
}

// ---- the read-ahead buffer --------------------------------------------------------------------------------

/** Bytes read ahead and not consumed yet. */
function available(b: Ref): number {
  const buf = I32[b + BufObj.ReadBuf];
  return buf === 0 ? 0 : bytesLen(buf) - I32[b + BufObj.ReadOff];
}

/** A view of the unconsumed read-ahead (valid until the buffer is replaced). */
function aheadView(b: Ref): Uint8Array {
  const buf = I32[b + BufObj.ReadBuf];
  if (buf === 0) return new Uint8Array(0);
  return bytesView(buf).subarray(I32[b + BufObj.ReadOff]);
}

/** Take up to n bytes of read-ahead (a copy). */
function takeAhead(b: Ref, n: number): Uint8Array {
  const view = aheadView(b);
  const k = Math.min(n, view.length);
  const out = view.slice(0, k);
  I32[b + BufObj.ReadOff] += k;
  if (available(b) === 0) dropAhead(b);
  return out;
}

function dropAhead(b: Ref): void {
  setFieldSteal(b, BufObj.ReadBuf, 0);
  I32[b + BufObj.ReadOff] = 0;
}

/** Read one chunk from the raw stream into the read-ahead; false at end of file. */
function fill(b: Ref, raw: Ref): boolean {
  const chunk = anyRawRead(raw, DEFAULT_BUFFER_SIZE);
  if (chunk.length === 0) return false;
  const rest = aheadView(b);
  const data = rest.length > 0 ? concatBytes([rest, chunk]) : chunk;
  setFieldSteal(b, BufObj.ReadBuf, newBytes(data));
  I32[b + BufObj.ReadOff] = 0;
  return true;
}

/** Give the read-ahead back: move the raw stream to the reader's position (before writes and seeks). */
function rewind(b: Ref, raw: Ref): void {
  const n = available(b);
  if (n === 0) return;
  dropAhead(b);
  if (isSeekable(raw)) anyRawSeek(raw, -n, 1);
}

function isSeekable(raw: Ref): boolean {
  if (ioKindOf(raw) === IoKind.FileIO) return (I32[raw + IoObj.Flags] & IoFlag.Seekable) !== 0;
  return boolMethod(raw, 'seekable');
}

// ---- the write buffer ---------------------------------------------------------------------------------

/** Bytes written but not yet passed to the raw stream. */
function pendingWrites(b: Ref): number {
  const buf = I32[b + BufObj.WriteBuf];
  return buf === 0 ? 0 : byteArrayLen(buf);
}

/** Pass the gathered bytes to the raw stream. */
export function flushWrites(b: Ref): void {
  const n = pendingWrites(b);
  if (n === 0) return;
  const buf = I32[b + BufObj.WriteBuf];
  const data = byteArrayView(buf).slice();
  byteArrayResize(buf, 0);
  markClean(b);
  writeAllRaw(rawOf(b), data);
}

function writeAllRaw(raw: Ref, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    const n = anyRawWrite(raw, off === 0 ? data : data.subarray(off));
    if (n <= 0) break;
    off += n;
  }
}

function gather(b: Ref, data: Uint8Array): void {
  let buf = I32[b + BufObj.WriteBuf];
  if (buf === 0) {
    buf = newByteArray(new Uint8Array(0));
    I32[b + BufObj.WriteBuf] = buf;
  }
  const n = byteArrayLen(buf);
  if (n === 0) markDirty(b);
  byteArrayResize(buf, n + data.length);
  byteArrayView(buf).set(data, n);
}

// A writer that dies writes out what it holds (as CPython's finalizer does) and leaves the dirty list.
addIoFinalizer((r) => {
  if (!isBufferedKind(I32[r + IoObj.Kind])) return;
  if (pendingWrites(r) === 0) return;
  const raw = I32[r + IoObj.Main];
  if (raw === 0 || isClosed(raw)) {
    markClean(r);
    return;
  }
  flushWrites(r);
});

// At exit (and whenever stdio flushes everything), every writer writes out what it holds.
setFileFlushHook(() => {
  for (const w of dirtyWriters()) {
    const raw = I32[w + IoObj.Main];
    if (raw === 0 || isClosed(raw)) markClean(w);
    else flushWrites(w);
  }
});

// ---- operations (used by the text layer too) -------------------------------------------------------------

function checkRead(b: Ref, message: string): Ref {
  if (!kindCanRead(I32[b + IoObj.Kind])) throw unsupported('read');
  const raw = checkBufOpen(b, message);
  flushWrites(b);
  return raw;
}

function checkWrite(b: Ref, message: string): Ref {
  if (!kindCanWrite(I32[b + IoObj.Kind])) throw unsupported('write');
  return checkBufOpen(b, message);
}

/** read(n): n bytes unless the end comes first; everything left when n < 0. */
export function bufferedRead(b: Ref, n: number): Uint8Array {
  const raw = checkRead(b, 'read of closed file');
  if (n < -1) throw raise(T.ValueError, 'read length must be non-negative or -1');
  if (n < 0) {
    const head = takeAhead(b, available(b));
    const tail = ioKindOf(raw) === IoKind.FileIO ? rawReadAll(raw) : readAllGeneric(raw);
    return head.length === 0 ? tail : concatBytes([head, tail]);
  }
  const parts: Uint8Array[] = [takeAhead(b, n)];
  let got = parts[0].length;
  while (got < n) {
    const need = n - got;
    if (need >= DEFAULT_BUFFER_SIZE) {
      const chunk = anyRawRead(raw, need);
      if (chunk.length === 0) break;
      parts.push(chunk);
      got += chunk.length;
    } else {
      if (!fill(b, raw)) break;
      const chunk = takeAhead(b, need);
      parts.push(chunk);
      got += chunk.length;
    }
  }
  return parts.length === 1 ? parts[0] : concatBytes(parts, got);
}

function readAllGeneric(raw: Ref): Uint8Array {
  const r = callMethod(raw, 'readall', []);
  try {
    return r === S.None ? new Uint8Array(0) : bytesArg(r);
  } finally {
    decref(r);
  }
}

/** read1(n): what is buffered, or else the result of at most one raw read. */
export function bufferedRead1(b: Ref, n: number): Uint8Array {
  const raw = checkRead(b, 'read of closed file');
  if (n < 0) n = DEFAULT_BUFFER_SIZE;
  if (n === 0) return new Uint8Array(0);
  if (available(b) === 0 && !fill(b, raw)) return new Uint8Array(0);
  return takeAhead(b, n);
}

export function bufferedPeek(b: Ref): Uint8Array {
  const raw = checkRead(b, 'peek of closed file');
  if (available(b) === 0) fill(b, raw);
  return aheadView(b).slice();
}

/** readline(limit): up to and including b'\n'. */
export function bufferedReadline(b: Ref, limit: number): Uint8Array {
  const raw = checkRead(b, 'readline of closed file');
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    if (limit >= 0 && got >= limit) break;
    if (available(b) === 0 && !fill(b, raw)) break;
    const view = aheadView(b);
    const room = limit >= 0 ? Math.min(view.length, limit - got) : view.length;
    const nl = view.subarray(0, room).indexOf(10);
    const chunk = takeAhead(b, nl >= 0 ? nl + 1 : room);
    parts.push(chunk);
    got += chunk.length;
    if (nl >= 0) break;
  }
  return parts.length === 1 ? parts[0] : concatBytes(parts, got);
}

export function bufferedWrite(b: Ref, data: Uint8Array): number {
  const raw = checkWrite(b, 'write to closed file');
  rewind(b, raw);
  // The std streams write at once: their text goes out through stdio.ts and must stay in order with it.
  if (I32[b + IoObj.Flags] & IoFlag.StdStream) {
    writeAllRaw(raw, data);
    return data.length;
  }
  if (pendingWrites(b) + data.length < DEFAULT_BUFFER_SIZE) {
    gather(b, data);
    return data.length;
  }
  flushWrites(b);
  if (data.length >= DEFAULT_BUFFER_SIZE) writeAllRaw(raw, data);
  else gather(b, data);
  return data.length;
}

export function bufferedTell(b: Ref): number {
  const raw = checkBufOpen(b, 'I/O operation on closed file');
  const pos = anyRawTell(raw) - available(b) + pendingWrites(b);
  if (pos < 0) throw osError(EINVAL);
  return pos;
}

export function bufferedSeek(b: Ref, offset: number, whence: number): number {
  if (whence < 0 || whence > 2) throw raise(T.ValueError, `whence value ${whence} unsupported`);
  const raw = checkBufOpen(b, 'seek of closed file');
  flushWrites(b);
  // A target inside the read-ahead only moves our offset.
  if (whence !== 2 && available(b) > 0) {
    const rawPos = anyRawTell(raw);
    const bufStart = rawPos - bytesLen(I32[b + BufObj.ReadBuf]);
    const target = whence === 0 ? offset : rawPos - available(b) + offset;
    if (target >= bufStart && target <= rawPos) {
      I32[b + BufObj.ReadOff] = target - bufStart;
      return target;
    }
    if (whence === 1) {
      offset = target;
      whence = 0;
    }
    dropAhead(b);
  }
  return anyRawSeek(raw, offset, whence);
}

export function bufferedTruncate(b: Ref, size: number | null): number {
  const raw = checkBufOpen(b, 'truncate of closed file');
  if (!kindCanWrite(I32[b + IoObj.Kind])) throw unsupported('truncate');
  flushWrites(b);
  const pos = bufferedTell(b);
  rewind(b, raw);
  const arg = newInt(size ?? pos);
  try {
    const r = callMethod(raw, 'truncate', [arg]);
    const n = intArg(r);
    decref(r);
    return n;
  } finally {
    decref(arg);
  }
}

export function bufferedFlush(b: Ref): void {
  const writer = kindCanWrite(I32[b + IoObj.Kind]);
  checkBufOpen(b, writer ? 'flush of closed file' : 'I/O operation on closed file.');
  flushWrites(b);
}

export function bufferedClose(b: Ref): void {
  const raw = rawOf(b);
  if (isClosed(raw)) return;
  dropAhead(b);
  try {
    flushWrites(b);
  } finally {
    if (ioKindOf(raw) === IoKind.FileIO) rawClose(raw);
    else decref(callMethod(raw, 'close', []));
  }
}

export function isBufferedKind(kind: number): boolean {
  return kind === IoKind.BufferedReader || kind === IoKind.BufferedWriter || kind === IoKind.BufferedRandom;
}

/** A new buffered stream of the given kind over raw (borrowed). */
export function newBuffered(kind: IoKind, raw: Ref): Ref {
  const spec = kind === IoKind.BufferedReader ? 'BufferedReader' : kind === IoKind.BufferedWriter ? 'BufferedWriter'
    : 'BufferedRandom';
  const b = allocBuffered(specTypeRef(spec), kind);
  incref(raw);
  I32[b + IoObj.Main] = raw;
  I32[b + IoObj.Fd] = I32[raw + IoObj.Fd];
  I32[b + IoObj.Flags] = IoFlag.Initialized;
  return b;
}

function allocBuffered(type: Ref, kind: IoKind): Ref {
  const b = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[b + IoObj.Fd] = -1;
  I32[b + IoObj.Kind] = kind;
  return b;
}

// ---- the three types -------------------------------------------------------------------------------------

function defineBuffered(name: string, kind: IoKind): TypeSpec {
  const spec = defineType({
    name, layout: Layout.NativeData, basicWords: BufObj.Size, module: '_io', flags: TypeFlag.BaseType,
    dictOffset: IoObj.Dict,
    slots: {
      new: (type) => allocBuffered(type, kind),
      repr(b) {
        const tn = typeQualifiedName(b);
        const raw = I32[b + IoObj.Main];
        const name = raw === 0 ? 0 : attrOrNothing(b, 'name');
        if (name === 0) return newStr(`<${tn}>`);
        try {
          return newStr(`<${tn} name=${reprJs(name)}>`);
        } finally {
          decref(name);
        }
      },
      iter(b) {
        checkOpen(rawOf(b));
        return newref(b);
      },
      next(b) {
        const line = bufferedReadline(b, -1);
        return line.length === 0 ? 0 : newBytes(line);
      },
    },
  });
  builtinNewMethod(spec, () => specTypeRef(name));
  const initArgs = argSpec(name, ['raw', 'buffer_size'], { required: 1, posOnly: 0 });
  method(spec, '__init__', (self, args, kwnames) => {
    const [raw] = parseArgs(initArgs, args, kwnames);
    if (kindCanRead(kind) && !boolMethod(raw, 'readable')) throw raise(T.OSError, 'File or stream is not readable.');
    if (kindCanWrite(kind) && !boolMethod(raw, 'writable')) throw raise(T.OSError, 'File or stream is not writable.');
    if (kind === IoKind.BufferedRandom && !boolMethod(raw, 'seekable')) {
      throw raise(T.OSError, 'File or stream is not seekable.');
    }
    I32[self + IoObj.Kind] = kind;
    setFieldSteal(self, IoObj.Main, newref(raw));
    dropAhead(self);
    I32[self + IoObj.Fd] = ioKindOf(raw) === IoKind.FileIO ? I32[raw + IoObj.Fd] : -1;
    I32[self + IoObj.Flags] = IoFlag.Initialized;
    return S.None;
  });
  method(spec, 'read', (self, args, kwnames) => {
    posOnly('read', args, kwnames, 1);
    return newBytes(bufferedRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
  });
  method(spec, 'read1', (self, args, kwnames) => {
    posOnly('read1', args, kwnames, 1);
    return newBytes(bufferedRead1(self, args.length > 0 ? sizeArg(args[0]) : -1));
  });
  method(spec, 'readinto', (self, args) => readintoMethod(self, args, 'readinto', false));
  method(spec, 'readinto1', (self, args) => readintoMethod(self, args, 'readinto1', true));
  method(spec, 'readline', (self, args, kwnames) => {
    posOnly('readline', args, kwnames, 1);
    return newBytes(bufferedReadline(self, args.length > 0 ? sizeArg(args[0]) : -1));
  });
  if (kind !== IoKind.BufferedWriter) method(spec, 'peek', (self) => newBytes(bufferedPeek(self)));
  method(spec, 'write', (self, args, kwnames) => {
    posOnly('write', args, kwnames, 1);
    if (!kindCanWrite(kind)) throw unsupported('write');
    return newInt(bufferedWrite(self, bytesArg(args[0])));
  });
  method(spec, 'seek', (self, args, kwnames) => {
    posOnly('seek', args, kwnames, 2);
    if (args.length < 1) throw raise(T.TypeError, 'seek expected at least 1 argument, got 0');
    return newInt(bufferedSeek(self, intArg(args[0]), args.length > 1 ? intArg(args[1]) : 0));
  });
  method(spec, 'tell', (self) => newInt(bufferedTell(self)));
  method(spec, 'truncate', (self, args, kwnames) => {
    posOnly('truncate', args, kwnames, 1);
    return newInt(bufferedTruncate(self, args.length > 0 && args[0] !== S.None ? intArg(args[0]) : null));
  });
  method(spec, 'flush', (self) => {
    bufferedFlush(self);
    return S.None;
  });
  method(spec, 'close', (self) => {
    bufferedClose(self);
    return S.None;
  });
  method(spec, 'detach', (self) => {
    const raw = rawOf(self);
    bufferedFlush(self);
    rewind(self, raw);
    I32[self + IoObj.Main] = 0; // the reference moves to the caller
    I32[self + IoObj.Flags] |= IoFlag.Detached;
    return raw;
  });
  for (const name of ['fileno', 'isatty']) {
    method(spec, name, (self) => callMethod(rawOf(self), name, []));
  }
  method(spec, 'readable', (self) => (kindCanRead(kind) ? callMethod(rawOf(self), 'readable', []) : S.False));
  method(spec, 'writable', (self) => (kindCanWrite(kind) ? callMethod(rawOf(self), 'writable', []) : S.False));
  method(spec, 'seekable', (self) => callMethod(rawOf(self), 'seekable', []));
  method(spec, '__iter__', (self) => spec.slots.iter!(self));
  method(spec, '__next__', (self) => {
    const v = spec.slots.next!(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  method(spec, '__repr__', (self) => spec.slots.repr!(self));
  getset(spec, 'raw', (self) => newref(rawOf(self)));
  getset(spec, 'closed', (self) => boolRef(isClosed(rawOf(self))));
  getset(spec, 'name', (self) => getAttr(rawOf(self), intern('name')));
  getset(spec, 'mode', (self) => getAttr(rawOf(self), intern('mode')));
  installIOBaseMethods(spec);
  return spec;
}

function readintoMethod(self: Ref, args: Ref[], fname: string, once: boolean): Ref {
  if (args.length !== 1) throw raise(T.TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  checkRead(self, `${fname} of closed file`);
  const n = writableBuffer(args[0], fname).length;
  const data = once ? bufferedRead1(self, n) : bufferedRead(self, n);
  writableBuffer(args[0], fname).set(data);
  return newInt(data.length);
}

export const bufferedReaderSpec = defineBuffered('BufferedReader', IoKind.BufferedReader);
export const bufferedWriterSpec = defineBuffered('BufferedWriter', IoKind.BufferedWriter);
export const bufferedRandomSpec = defineBuffered('BufferedRandom', IoKind.BufferedRandom);
