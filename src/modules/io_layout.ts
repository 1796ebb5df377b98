// Heap layouts of the io objects (FileIO, the Buffered* types, TextIOWrapper, StringIO, BytesIO).
//
// A file may be opened in one thread and used in another (DESIGN §1.2), so everything a stream knows (its
// position, flags, read-ahead buffer, decoded text) lives in its heap object; nothing is kept in per-worker
// JS maps. All of them use Layout.NativeData and share its first four words (NativeDataObj: words 4-7), so the generic NativeData
// clearer (which releases Ref1 and Ref2) is right for those words; the words after them are released by the
// clearer chained on below.

import { I32, F64 } from '../heap/heap';
import { Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { clearers, decref, PyErr, Ref, traversers } from '../objects/core';
import { typeRefsByName } from '../objects/spec_refs';

/** Words every io object starts with. */
export const enum IoObj {
  Fd = 4, // NativeDataObj.Id: file descriptor, or -1 (builtins.print reads it for the std streams)
  Kind = 5, // NativeDataObj.Kind: IoKind
  Dict = 6, // NativeDataObj.Ref1: instance __dict__ (counted) or 0
  Main = 7, // NativeDataObj.Ref2: the object's main counted ref (see each layout)
  Flags = 8, // IoFlag bits
}

export const enum IoKind {
  FileIO = 0x10f10, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO,
}

export const enum IoFlag {
  Closed = 1,
  Readable = 2,
  Writable = 4,
  Append = 8, // writes go to the end of the file
  Created = 16, // opened with 'x'
  CloseFd = 32, // close the descriptor when the object is closed
  Seekable = 64, // a regular file or block device: positional reads and writes
  StdStream = 128, // fds 0-2 of sys.stdin/stdout/stderr: go through stdio.ts
  LineBuffering = 256, // text: flush after a write that contains a newline
  WriteThrough = 512,
  Detached = 1024, // text/buffered: detach() was called
  Truncated = 2048, // 'w' mode (for FileIO's mode string)
  Initialized = 4096, // __init__ ran (methods of a subclass instance whose __init__ did not call ours raise)
}

/** FileIO: a raw stream over a file descriptor. Main is unused; the name lives in the instance dict. */
export const enum FileObj {
  Pos = 10, // float64 (words 10-11): the file position we read and write at (seekable files)
  Size = 12,
}

/** BufferedReader / BufferedWriter / BufferedRandom. Main = the raw stream. */
export const enum BufObj {
  ReadBuf = 9, // bytes read ahead from the raw stream but not consumed yet, or 0
  ReadOff = 10, // how many bytes of ReadBuf are consumed
  WriteBuf = 11, // bytearray: bytes written but not passed to the raw stream yet, or 0
  Size = 12,
}

/** TextIOWrapper. Main = the binary buffer; `mode` lives in the instance dict as CPython's open() puts it. */
export const enum TextObj {
  Encoding = 9, // str
  Errors = 10, // str
  Newline = 11, // str, or 0 for None (universal newlines)
  Decoded = 12, // str: text decoded from the buffer but not returned yet (newlines untranslated), or 0
  DecodedOff = 13, // UTF-16 units of Decoded already returned
  DecoderFlags = 14, // TextDecoderFlag bits
  Seen = 15, // bits of the newline kinds seen (1 = '\r', 2 = '\n', 4 = '\r\n'), for the newlines attribute
  Undecoded = 16, // bytes: the start of a character split across reads, or 0
  Size = 17,
}

export const enum TextDecoderFlag {
  Eof = 1, // the buffer returned no more bytes
  StartDone = 2, // the start of the stream (a BOM) was dealt with
  LittleEndian = 4, // utf-16/utf-32 after the BOM
  BigEndian = 8,
  AsciiCompatible = 16, // the codec is utf-8, ascii or latin-1: ASCII text is its own encoding
  TranslateOut = 32, // newline is '\r' or '\r\n': written '\n' become it
  Sticky = 2 | 4 | 8 | 16 | 32, // kept when the decoder is reset
}

/** StringIO. Main = the text before the pending appends (str, or 0 when empty). */
export const enum StringIOObj {
  Pending = 9, // list of str written at the end since Main was last joined, or 0
  Pos = 10, // position in code points
  Length = 11, // length in code points, pending appends included
  Newline = 12, // str, or 0 for None
  Seen = 13, // newline kinds written (as TextObj.Seen)
  Size = 14,
}

/** BytesIO. Main = a bytearray holding the contents (its length is the stream's length). */
export const enum BytesIOObj {
  Pos = 9, // position in bytes (may be past the end)
  Size = 10,
}

export function fileGetPos(r: Ref): number {
  return F64[(r + FileObj.Pos) >> 1];
}

export function fileSetPos(r: Ref, pos: number): void {
  F64[(r + FileObj.Pos) >> 1] = pos;
}

export function ioFlags(r: Ref): number {
  return I32[r + IoObj.Flags];
}

export function hasFlag(r: Ref, f: IoFlag): boolean {
  return (I32[r + IoObj.Flags] & f) !== 0;
}

export function setFlag(r: Ref, f: IoFlag, on = true): void {
  if (on) I32[r + IoObj.Flags] |= f;
  else I32[r + IoObj.Flags] &= ~f;
}

/** Replace a counted ref field (steals `v`, releases the old value). */
export function setFieldSteal(r: Ref, field: number, v: Ref): void {
  const old = I32[r + field];
  I32[r + field] = v;
  decref(old);
}

/** The io kind of an object (an instance of an io type or of a user subclass of one), or 0. */
export function ioKindOf(r: Ref): IoKind | 0 {
  if ((r & 1) === 1 || r === 0) return 0;
  const t = I32[r + Obj.Type];
  if (I32[t + TypeObj.Layout] !== Layout.NativeData || !ioTypes().has(builtinBase(t))) return 0;
  return I32[r + IoObj.Kind];
}

function builtinBase(t: Ref): Ref {
  while (I32[t + TypeObj.Flags] & TypeFlag.HeapType) t = I32[t + TypeObj.Base];
  return t;
}

/** Spec names of the io types (see io_file.ts, io_text.ts, io_memory.ts). */
export const IO_TYPE_NAMES = ['FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
  'StringIO', 'BytesIO'];

// The io type objects of the heap this worker runs (looked up again if the worker moves to another heap).
let typeSet = new Set<Ref>();
let typeSetKey = 0;
function ioTypes(): Set<Ref> {
  const key = typeRefsByName.get('FileIO') ?? 0;
  if (key !== typeSetKey) {
    typeSet = new Set(IO_TYPE_NAMES.map((n) => typeRefsByName.get(n) ?? 0));
    typeSetKey = key;
  }
  return typeSet;
}

// Counted refs after the common header, per kind (words; float and int fields are not listed).
const extraRefs: Record<number, number[]> = {
  [IoKind.FileIO]: [],
  [IoKind.BufferedReader]: [BufObj.ReadBuf, BufObj.WriteBuf],
  [IoKind.BufferedWriter]: [BufObj.ReadBuf, BufObj.WriteBuf],
  [IoKind.BufferedRandom]: [BufObj.ReadBuf, BufObj.WriteBuf],
  [IoKind.TextIOWrapper]: [TextObj.Encoding, TextObj.Errors, TextObj.Newline, TextObj.Decoded, TextObj.Undecoded],
  [IoKind.StringIO]: [StringIOObj.Pending, StringIOObj.Newline],
  [IoKind.BytesIO]: [],
};

/**
 * Called when an io object dies, before its refs are released: a buffered writer writes out what it holds
 * (io_buffered.ts), a FileIO closes its descriptor (io_file.ts). Errors are ignored, as in CPython.
 */
const ioFinalizers: Array<(r: Ref) => void> = [];
export function addIoFinalizer(fn: (r: Ref) => void): void {
  ioFinalizers.push(fn);
}

function finalizeIo(r: Ref): void {
  for (const fn of ioFinalizers) {
    try {
      fn(r);
    } catch (e) {
      if (e instanceof PyErr) decref(e.exc);
    }
  }
}

const previousClear = clearers[Layout.NativeData];
const previousTraverse = traversers[Layout.NativeData];

clearers[Layout.NativeData] = (r) => {
  const kind = ioKindOf(r);
  if (kind !== 0) {
    finalizeIo(r);
    for (const w of [IoObj.Dict, IoObj.Main, ...extraRefs[kind]]) {
      const v = I32[r + w];
      I32[r + w] = 0;
      decref(v);
    }
    return;
  }
  if (previousClear) previousClear(r);
};

traversers[Layout.NativeData] = (r, visit) => {
  const kind = ioKindOf(r);
  if (kind !== 0) {
    for (const w of [IoObj.Dict, IoObj.Main, ...extraRefs[kind]]) if (I32[r + w] !== 0) visit(I32[r + w]);
    return;
  }
  if (previousTraverse) previousTraverse(r, visit);
};
