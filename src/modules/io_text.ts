// io.TextIOWrapper: text over a binary stream (a Buffered* object, a BytesIO, or any object with read and
// write), with encoding, error handler and newline translation, and the std streams built on it.
//
// Decoded text that has not been returned yet stays in the object (TextObj.Decoded, newlines untranslated)
// with the undecodable tail of the last read (TextObj.Undecoded, the start of a split character). tell()
// is therefore the binary position minus what those two hold, re-encoded; that is exact for every codec
// here as long as decoding did not replace bad bytes.

import { I32, U8 } from '../heap/heap';
import { Layout, Obj, StrFlag, StrObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T } from '../objects/core';
import { callMethod, getAttrOrNull, hasAttr, instanceDict, isTrue, reprJs, typeNameOfObj } from '../objects/abstract';
import { defineType, getset, method } from '../objects/typespec';
import { intern, isStr, newStr, strLen, strValue } from '../objects/str';
import { bytesLen, bytesView, newBytes } from '../objects/bytes';
import { newInt } from '../objects/int';
import { dictSetItem } from '../objects/dict';
import { argSpec, parseArgs } from '../objects/args';
import { builtinNewMethod } from '../objects/descriptors';
import { specTypeRef } from '../objects/spec_refs';
import { releaseGilAround } from '../gil/blocking';
import { codecName, decodeBytes, encodeText } from '../objects/codecs';
import { IoFlag, IoKind, IoObj, ioKindOf, setFieldSteal, TextDecoderFlag, TextObj } from './io_layout';
import {
  attrOrNothing, boolRef, closedError, DEFAULT_BUFFER_SIZE, installIOBaseMethods, intArg, isClosed, posOnly, sizeArg, swallow,
  unsupported,
} from './io_common';
import {
  advanceCodePoints, countCodePoints, findLineEnd, isValidNewline, NEED_MORE, NewlineMode, newlineKinds,
  newlineModeOf, takeTranslated, translateNewlines,
} from './io_newlines';
import {
  bufferedRead, bufferedRead1, bufferedSeek, bufferedTell, bufferedWrite, isBufferedKind, newBuffered,
} from './io_buffered';
import { bioRead, bioSeek, bioTell, bioWrite, newlinesValue } from './io_memory';
import { bytesArg, concatBytes, newFileIOForFd, rawRead, rawWrite, typeQualifiedName } from './io_file';
import {
  flushFd, isTTYFd, readAllFd0, readLineFd0, setStdStreamHooks, stdioOptions, unreadFd0, writeFd,
} from './stdio';

const TEXT_CLOSED = 'I/O operation on closed file.';

export const textIOWrapperSpec = defineType({
  name: 'TextIOWrapper', layout: Layout.NativeData, basicWords: TextObj.Size, module: '_io',
  flags: TypeFlag.BaseType, dictOffset: IoObj.Dict,
  slots: {
    new: (type) => allocText(type),
    repr: (r) => newStr(textRepr(r)),
    iter(r) {
      checkText(r);
      return newref(r);
    },
    next(r) {
      const line = textReadline(r, -1);
      return line === '' ? 0 : newStr(line);
    },
  },
});
builtinNewMethod(textIOWrapperSpec, () => specTypeRef('TextIOWrapper'));

function allocText(type: Ref): Ref {
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[r + IoObj.Fd] = -1;
  I32[r + IoObj.Kind] = IoKind.TextIOWrapper;
  return r;
}

// ---- construction ---------------------------------------------------------------------------------------

export interface TextOptions {
  encoding: string | null;
  errors: string | null;
  newline: string | null;
  lineBuffering: boolean;
  writeThrough: boolean;
}

/** Check an encoding name (LookupError for unknown ones); None means UTF-8 (gilt always runs in UTF-8 mode). */
export function resolveEncoding(encoding: string | null): string {
  if (encoding === null || encoding === 'locale') return 'utf-8';
  codecName(encoding);
  return encoding;
}

/** Set up `self` as a text stream over `buffer` (borrowed). */
export function textInit(self: Ref, buffer: Ref, opts: TextOptions): void {
  if (opts.newline !== null && !isValidNewline(opts.newline)) {
    throw raise(T.ValueError, `illegal newline value: ${opts.newline}`);
  }
  const encoding = resolveEncoding(opts.encoding);
  I32[self + IoObj.Kind] = IoKind.TextIOWrapper;
  setFieldSteal(self, IoObj.Main, newref(buffer));
  I32[self + IoObj.Fd] = -1;
  I32[self + IoObj.Flags] = IoFlag.Initialized | (opts.lineBuffering ? IoFlag.LineBuffering : 0)
    | (opts.writeThrough ? IoFlag.WriteThrough : 0);
  setFieldSteal(self, TextObj.Encoding, newStr(encoding));
  setFieldSteal(self, TextObj.Errors, newStr(opts.errors ?? 'strict'));
  setFieldSteal(self, TextObj.Newline, opts.newline === null ? 0 : newStr(opts.newline));
  I32[self + TextObj.DecoderFlags] = 0;
  noteWriteShortcuts(self);
  resetDecoder(self);
  I32[self + TextObj.Seen] = 0;
}

/** A new TextIOWrapper over buffer (borrowed). */
export function newTextIOWrapper(buffer: Ref, opts: TextOptions): Ref {
  const r = allocText(specTypeRef('TextIOWrapper'));
  try {
    textInit(r, buffer, opts);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

const STD_NAMES = ['<stdin>', '<stdout>', '<stderr>'];

/** sys.stdin / sys.stdout / sys.stderr: text over a buffered stream over a FileIO, all marked as std streams. */
export function makeStdStream(fd: number): Ref {
  const name = newStr(STD_NAMES[fd]);
  const raw = newFileIOForFd(fd, fd === 0 ? 'r' : 'w', name, true);
  // -u (PYTHONUNBUFFERED): as CPython, stdout and stderr write through to the FileIO itself
  const unbuffered = fd !== 0 && stdioOptions.unbuffered;
  let buffer = raw;
  if (!unbuffered) {
    buffer = newBuffered(fd === 0 ? IoKind.BufferedReader : IoKind.BufferedWriter, raw);
    decref(raw);
    I32[buffer + IoObj.Flags] |= IoFlag.StdStream;
  }
  const text = newTextIOWrapper(buffer, {
    encoding: 'utf-8', errors: fd === 2 ? 'backslashreplace' : 'strict', newline: null,
    lineBuffering: fd !== 0 && !unbuffered && isTTYFd(fd), writeThrough: unbuffered,
  });
  decref(buffer);
  I32[text + IoObj.Fd] = fd;
  I32[text + IoObj.Flags] |= IoFlag.StdStream;
  const mode = newStr(fd === 0 ? 'r' : 'w');
  dictSetItem(instanceDict(text, true), intern('mode'), mode);
  decref(mode);
  decref(name);
  return text;
}

/** Is r an open std stream, whose writes builtins.print may send straight to writeFd? */
export function isStdStream(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === specTypeRef('TextIOWrapper')
    && (I32[r + IoObj.Flags] & IoFlag.StdStream) !== 0 && !isClosed(r);
}

setStdStreamHooks({ make: makeStdStream, is: isStdStream });

// ---- state helpers --------------------------------------------------------------------------------------

function bufferOf(r: Ref): Ref {
  const b = I32[r + IoObj.Main];
  if (b === 0) {
    if (I32[r + IoObj.Flags] & IoFlag.Detached) throw raise(T.ValueError, 'underlying buffer has been detached');
    throw raise(T.ValueError, 'I/O operation on uninitialized object');
  }
  return b;
}

/** The buffer, after checking that the stream is open. */
function checkText(r: Ref): Ref {
  const b = bufferOf(r);
  if (isClosed(b)) throw closedError(TEXT_CLOSED);
  return b;
}

function encodingOf(r: Ref): string {
  return strValue(I32[r + TextObj.Encoding]);
}

function errorsOf(r: Ref): string {
  return strValue(I32[r + TextObj.Errors]);
}

function newlineOf(r: Ref): string | null {
  const n = I32[r + TextObj.Newline];
  return n === 0 ? null : strValue(n);
}

function isStd(r: Ref): boolean {
  return (I32[r + IoObj.Flags] & IoFlag.StdStream) !== 0;
}

function resetDecoder(r: Ref): void {
  setFieldSteal(r, TextObj.Decoded, 0);
  setFieldSteal(r, TextObj.Undecoded, 0);
  I32[r + TextObj.DecodedOff] = 0;
  I32[r + TextObj.DecoderFlags] &= TextDecoderFlag.Sticky;
}

/** Note what lets ASCII text be written without encoding it (see textWrite). */
function noteWriteShortcuts(r: Ref): void {
  const codec = codecName(encodingOf(r));
  const newline = newlineOf(r);
  let f = I32[r + TextObj.DecoderFlags] & ~(TextDecoderFlag.AsciiCompatible | TextDecoderFlag.TranslateOut);
  if (codec === 'utf-8' || codec === 'ascii' || codec === 'latin-1') f |= TextDecoderFlag.AsciiCompatible;
  if (newline === '\r' || newline === '\r\n') f |= TextDecoderFlag.TranslateOut;
  I32[r + TextObj.DecoderFlags] = f;
}

/** Decoded text not returned yet. */
function pendingText(r: Ref): string {
  const d = I32[r + TextObj.Decoded];
  return d === 0 ? '' : strValue(d).slice(I32[r + TextObj.DecodedOff]);
}

/** The decoded text and how much of it was returned already (UTF-16 units): readers scan it in place. */
function decoded(r: Ref): [string, number] {
  const d = I32[r + TextObj.Decoded];
  return d === 0 ? ['', 0] : [strValue(d), I32[r + TextObj.DecodedOff]];
}

/** Mark the decoded text up to `end` (an index into it) as returned. */
function consumeTo(r: Ref, end: number): void {
  const d = I32[r + TextObj.Decoded];
  if (d === 0) return;
  if (end >= strValue(d).length) setPending(r, '');
  else I32[r + TextObj.DecodedOff] = end;
}

function setPending(r: Ref, s: string): void {
  setFieldSteal(r, TextObj.Decoded, s === '' ? 0 : newStr(s));
  I32[r + TextObj.DecodedOff] = 0;
}

function atEof(r: Ref): boolean {
  return (I32[r + TextObj.DecoderFlags] & TextDecoderFlag.Eof) !== 0;
}

// ---- the binary stream underneath ---------------------------------------------------------------------

function innerRead(buffer: Ref, n: number): Uint8Array {
  const kind = ioKindOf(buffer);
  if (isBufferedKind(kind)) return n < 0 ? bufferedRead(buffer, -1) : bufferedRead1(buffer, n);
  if (kind === IoKind.BytesIO) return bioRead(buffer, n);
  if (kind === IoKind.FileIO) return rawRead(buffer, n);
  const nRef = newInt(n);
  const r = callMethod(buffer, n >= 0 && hasAttr(buffer, intern('read1')) ? 'read1' : 'read', [nRef]);
  decref(nRef);
  try {
    return r === S.None ? new Uint8Array(0) : bytesArg(r);
  } finally {
    decref(r);
  }
}

function innerWrite(buffer: Ref, data: Uint8Array): void {
  const kind = ioKindOf(buffer);
  if (isBufferedKind(kind)) {
    bufferedWrite(buffer, data);
    return;
  }
  if (kind === IoKind.BytesIO) {
    bioWrite(buffer, data);
    return;
  }
  if (kind === IoKind.FileIO) {
    rawWrite(buffer, data);
    return;
  }
  const b = newBytes(data);
  try {
    decref(callMethod(buffer, 'write', [b]));
  } finally {
    decref(b);
  }
}

function innerTell(buffer: Ref): number {
  const kind = ioKindOf(buffer);
  if (isBufferedKind(kind)) return bufferedTell(buffer);
  if (kind === IoKind.BytesIO) return bioTell(buffer);
  const r = callMethod(buffer, 'tell', []);
  const n = intArg(r);
  decref(r);
  return n;
}

function innerSeek(buffer: Ref, offset: number, whence: number): number {
  const kind = ioKindOf(buffer);
  if (isBufferedKind(kind)) return bufferedSeek(buffer, offset, whence);
  if (kind === IoKind.BytesIO) return bioSeek(buffer, offset, whence);
  const a = newInt(offset), w = newInt(whence);
  const r = callMethod(buffer, 'seek', [a, w]);
  decref(a);
  decref(w);
  const n = intArg(r);
  decref(r);
  return n;
}

function innerBool(buffer: Ref, name: string): boolean {
  const r = callMethod(buffer, name, []);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

// ---- decoding ---------------------------------------------------------------------------------------------

/** How many bytes at the end of b start a character that is not complete yet. */
function incompleteTail(b: Uint8Array, codec: string): number {
  const n = b.length;
  if (codec === 'utf-8') {
    for (let back = 1; back <= Math.min(3, n); back++) {
      const c = b[n - back];
      if ((c & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
      const need = c >= 0xf0 && c <= 0xf7 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }
  if (codec.startsWith('utf-16')) {
    let tail = n % 2;
    const last = n - tail - 2;
    if (last >= 0) {
      const unit = codec.endsWith('be') ? (b[last] << 8) | b[last + 1] : b[last] | (b[last + 1] << 8);
      if (unit >= 0xd800 && unit <= 0xdbff) tail += 2;
    }
    return tail;
  }
  if (codec.startsWith('utf-32')) return n % 4;
  return 0;
}

/** Decode a chunk; final = no more bytes will follow. Returns the text; keeps a split character for later. */
function decodeChunk(r: Ref, chunk: Uint8Array, final: boolean): string {
  let codec = codecName(encodingOf(r));
  const undecoded = I32[r + TextObj.Undecoded];
  let data = undecoded === 0 ? chunk : concatBytes([bytesView(undecoded).slice(), chunk]);
  setFieldSteal(r, TextObj.Undecoded, 0);
  const flags = I32[r + TextObj.DecoderFlags];
  if (codec === 'utf-16' || codec === 'utf-32') {
    const width = codec === 'utf-16' ? 2 : 4;
    if (!(flags & TextDecoderFlag.StartDone)) {
      if (data.length < width && !final) {
        setFieldSteal(r, TextObj.Undecoded, newBytes(data));
        return '';
      }
      const le = data[0] === 0xff && data[1] === 0xfe, be = data[0] === 0xfe && data[1] === 0xff;
      const bom32le = le && width === 4 && data[2] === 0 && data[3] === 0;
      const bom32be = width === 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
      const big = width === 2 ? be : bom32be;
      const hasBom = width === 2 ? le || be : bom32le || bom32be;
      if (hasBom) data = data.subarray(width);
      I32[r + TextObj.DecoderFlags] |= TextDecoderFlag.StartDone | (big ? TextDecoderFlag.BigEndian : TextDecoderFlag.LittleEndian);
    }
    codec = `${codec}-${I32[r + TextObj.DecoderFlags] & TextDecoderFlag.BigEndian ? 'be' : 'le'}`;
  }
  const keep = final ? 0 : incompleteTail(data, codec);
  if (keep > 0) {
    setFieldSteal(r, TextObj.Undecoded, newBytes(data.subarray(data.length - keep)));
    data = data.subarray(0, data.length - keep);
  }
  return decodeBytes(data, codec, errorsOf(r));
}

/** Read and decode one more chunk into the pending text; false at end of the stream. */
function readMore(r: Ref, buffer: Ref, size = DEFAULT_BUFFER_SIZE): boolean {
  if (atEof(r)) return false;
  const chunk = innerRead(buffer, size);
  const eof = chunk.length === 0;
  const text = decodeChunk(r, chunk, eof);
  if (eof) I32[r + TextObj.DecoderFlags] |= TextDecoderFlag.Eof;
  if (text !== '') setPending(r, pendingText(r) + text);
  return !eof || text !== '';
}

function checkReadable(buffer: Ref): void {
  const kind = ioKindOf(buffer);
  const readable = isBufferedKind(kind) ? I32[buffer + IoObj.Kind] !== IoKind.BufferedWriter
    : kind === IoKind.BytesIO || innerBool(buffer, 'readable');
  if (!readable) throw unsupported('not readable');
}

function checkWritable(buffer: Ref): void {
  const kind = ioKindOf(buffer);
  const writable = isBufferedKind(kind) ? I32[buffer + IoObj.Kind] !== IoKind.BufferedReader
    : kind === IoKind.BytesIO || innerBool(buffer, 'writable');
  if (!writable) throw unsupported('not writable');
}

function innerSeekable(buffer: Ref): boolean {
  const kind = ioKindOf(buffer);
  if (kind === IoKind.BytesIO) return true;
  if (isBufferedKind(kind)) {
    const raw = I32[buffer + IoObj.Main];
    if (ioKindOf(raw) === IoKind.FileIO) return (I32[raw + IoObj.Flags] & IoFlag.Seekable) !== 0;
  }
  return innerBool(buffer, 'seekable');
}

/** Note newline kinds seen, for the `newlines` attribute (universal and '' modes only). */
function noteNewlines(r: Ref, s: string, mode: NewlineMode): void {
  if (mode === NewlineMode.Universal || mode === NewlineMode.Any) I32[r + TextObj.Seen] |= newlineKinds(s);
}

// ---- reading ----------------------------------------------------------------------------------------------

export function textRead(r: Ref, n: number): string {
  const buffer = checkText(r);
  checkReadable(buffer);
  const mode = newlineModeOf(newlineOf(r));
  if (isStd(r) && I32[r + IoObj.Fd] === 0) return stdinRead(n, mode);
  if (n < 0) {
    const rest = innerRead(buffer, -1);
    const text = pendingText(r) + decodeChunk(r, rest, true);
    setPending(r, '');
    I32[r + TextObj.DecoderFlags] |= TextDecoderFlag.Eof;
    noteNewlines(r, text, mode);
    return mode === NewlineMode.Universal ? translateNewlines(text) : text;
  }
  let out = '';
  let want = n;
  while (want > 0) {
    const [s, off] = decoded(r);
    if (mode === NewlineMode.Universal) {
      const got = takeTranslated(s, off, want, atEof(r));
      noteNewlines(r, s.slice(off, got.end), mode);
      out += got.text;
      want -= countCodePoints(got.text);
      consumeTo(r, got.end);
      if (want === 0) break;
      if (!readMore(r, buffer) && !got.needMore) break;
    } else {
      const end = advanceCodePoints(s, off, want);
      out += s.slice(off, end);
      want -= countCodePoints(s, off, end);
      consumeTo(r, end);
      if (want === 0 || !readMore(r, buffer)) break;
    }
  }
  if (mode === NewlineMode.Any) noteNewlines(r, out, mode);
  return out;
}

export function textReadline(r: Ref, limit: number): string {
  const buffer = checkText(r);
  checkReadable(buffer);
  const mode = newlineModeOf(newlineOf(r));
  if (isStd(r) && I32[r + IoObj.Fd] === 0) return stdinReadline(limit, mode);
  for (;;) {
    const [s, off] = decoded(r);
    let end = findLineEnd(s, off, mode, atEof(r));
    // A '\r' at the end needs the next character; otherwise read on until a line end (or enough text).
    if (end === NEED_MORE || (end < 0 && !(limit >= 0 && countCodePoints(s, off) >= limit))) {
      if (readMore(r, buffer)) continue;
      end = findLineEnd(s, off, mode, true);
    }
    if (end < 0) end = s.length;
    if (limit >= 0) end = Math.min(end, advanceCodePoints(s, off, limit));
    let line = s.slice(off, end);
    consumeTo(r, end);
    noteNewlines(r, line, mode);
    if (mode === NewlineMode.Universal) line = translateNewlines(line);
    return line;
  }
}

function stdinReadline(limit: number, mode: NewlineMode): string {
  let line = releaseGilAround(readLineFd0);
  if (limit >= 0 && countCodePoints(line) > limit) {
    const end = advanceCodePoints(line, 0, limit);
    unreadFd0(line.slice(end));
    line = line.slice(0, end);
  }
  return mode === NewlineMode.Universal ? translateNewlines(line) : line;
}

function stdinRead(n: number, mode: NewlineMode): string {
  let text: string;
  if (n < 0) text = releaseGilAround(readAllFd0);
  else {
    text = '';
    while (countCodePoints(text) < n) {
      const line = releaseGilAround(readLineFd0);
      if (line === '') break;
      text += line;
    }
    const end = advanceCodePoints(text, 0, n);
    unreadFd0(text.slice(end));
    text = text.slice(0, end);
  }
  return mode === NewlineMode.Universal ? translateNewlines(text) : text;
}

// ---- writing ----------------------------------------------------------------------------------------------

export function textWrite(r: Ref, sRef: Ref): number {
  const buffer = checkText(r);
  if (!isStr(sRef)) throw raise(T.TypeError, `write() argument must be str, not ${typeNameOfObj(sRef)}`);
  const n = strLen(sRef);
  const flags = I32[r + IoObj.Flags];
  if (flags & IoFlag.StdStream) {
    const fd = I32[r + IoObj.Fd];
    if (fd === 0) throw unsupported('not writable');
    writeFd(fd, strValue(sRef));
    if (flags & (IoFlag.LineBuffering | IoFlag.WriteThrough)) flushFd(fd);
    return n;
  }
  checkWritable(buffer);
  // The common case: ASCII text to an ASCII-compatible codec is its own encoding, stored in the str.
  const dflags = I32[r + TextObj.DecoderFlags];
  if ((dflags & TextDecoderFlag.AsciiCompatible) && !(dflags & TextDecoderFlag.TranslateOut)
    && (I32[sRef + StrObj.Flags] & StrFlag.Ascii)) {
    resetDecoder(r);
    const off = (sRef + StrObj.Data) * 4;
    const data = U8.subarray(off, off + n);
    innerWrite(buffer, data);
    if ((flags & IoFlag.LineBuffering) && (data.includes(10) || data.includes(13))) decref(callMethod(buffer, 'flush', []));
    return n;
  }
  let s = strValue(sRef);
  const newline = newlineOf(r);
  if (newline !== null && newline !== '' && newline !== '\n') s = s.split('\n').join(newline);
  // As CPython, a write lands where the binary stream is (after what the decoder has read ahead, which is
  // dropped), not where the text reader is.
  resetDecoder(r);
  I32[r + TextObj.DecoderFlags] &= ~TextDecoderFlag.Eof;
  innerWrite(buffer, encodeForWrite(r, buffer, s));
  if ((flags & IoFlag.LineBuffering) && (s.includes('\n') || s.includes('\r'))) decref(callMethod(buffer, 'flush', []));
  return n;
}

/** Encode for writing; utf-16/utf-32 put their BOM only at the start of the stream. */
function encodeForWrite(r: Ref, buffer: Ref, s: string): Uint8Array {
  const codec = codecName(encodingOf(r));
  if (codec === 'utf-16' || codec === 'utf-32') {
    const flags = I32[r + TextObj.DecoderFlags];
    let started = (flags & TextDecoderFlag.StartDone) !== 0;
    if (!started) {
      try {
        started = innerTell(buffer) > 0;
      } catch (e) {
        swallow(e); // not seekable: take it as the start
        started = false;
      }
      I32[r + TextObj.DecoderFlags] |= TextDecoderFlag.StartDone | TextDecoderFlag.LittleEndian;
    }
    if (started) return encodeText(s, `${codec}-${flags & TextDecoderFlag.BigEndian ? 'be' : 'le'}`, errorsOf(r));
  }
  return encodeText(s, encodingOf(r), errorsOf(r));
}

// ---- position ---------------------------------------------------------------------------------------------

export function textTell(r: Ref): number {
  const buffer = checkText(r);
  if (!innerSeekable(buffer)) throw unsupported('underlying stream is not seekable');
  let pos = innerTell(buffer);
  const undecoded = I32[r + TextObj.Undecoded];
  if (undecoded !== 0) pos -= bytesLen(undecoded);
  const pending = pendingText(r);
  if (pending !== '') {
    let codec = codecName(encodingOf(r));
    if (codec === 'utf-16' || codec === 'utf-32') {
      codec += I32[r + TextObj.DecoderFlags] & TextDecoderFlag.BigEndian ? '-be' : '-le';
    }
    pos -= encodeText(pending, codec, 'surrogatepass').length;
  }
  return pos;
}

export function textSeek(r: Ref, cookie: number, whence: number): number {
  const buffer = checkText(r);
  if (whence < 0 || whence > 2) throw raise(T.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (!innerSeekable(buffer)) throw unsupported('underlying stream is not seekable');
  if (whence === 1) {
    if (cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    return textTell(r);
  }
  if (whence === 2) {
    if (cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
    resetDecoder(r);
    I32[r + TextObj.Seen] = 0;
    return innerSeek(buffer, 0, 2);
  }
  if (cookie < 0) throw raise(T.ValueError, `negative seek position ${cookie}`);
  resetDecoder(r);
  I32[r + TextObj.Seen] = 0;
  return innerSeek(buffer, cookie, 0);
}

// ---- repr and methods ----------------------------------------------------------------------------------

function textRepr(r: Ref): string {
  let out = `<${typeQualifiedName(r)}`;
  for (const attr of ['name', 'mode']) {
    // a detached buffer, or one without a name, leaves the field out
    const v = I32[r + IoObj.Main] === 0 && attr === 'name' ? 0 : attrOrNothing(r, attr);
    if (v !== 0) {
      out += ` ${attr}=${reprJs(v)}`;
      decref(v);
    }
  }
  const enc = I32[r + TextObj.Encoding];
  if (enc !== 0) out += ` encoding=${reprJs(enc)}`;
  return out + '>';
}

function optStr(r: Ref, fname: string, arg: string): string | null {
  if (r === 0 || r === S.None) return null;
  if (!isStr(r)) throw raise(T.TypeError, `${fname}() argument '${arg}' must be str or None, not ${typeNameOfObj(r)}`);
  return strValue(r);
}

export function textOptions(fname: string, encoding: Ref, errors: Ref, newline: Ref, lineBuffering: Ref, writeThrough: Ref): TextOptions {
  return {
    encoding: optStr(encoding, fname, 'encoding'),
    errors: optStr(errors, fname, 'errors'),
    newline: optStr(newline, fname, 'newline'),
    lineBuffering: lineBuffering !== 0 && isTrue(lineBuffering),
    writeThrough: writeThrough !== 0 && isTrue(writeThrough),
  };
}

const textInitArgs = argSpec('TextIOWrapper',
  ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'], { required: 1, posOnly: 0 });

method(textIOWrapperSpec, '__init__', (self, args, kwnames) => {
  const [buffer, encoding, errors, newline, lb, wt] = parseArgs(textInitArgs, args, kwnames);
  textInit(self, buffer, textOptions('TextIOWrapper', encoding, errors, newline, lb, wt));
  return S.None;
});
method(textIOWrapperSpec, 'read', (self, args, kwnames) => {
  posOnly('read', args, kwnames, 1);
  return newStr(textRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(textIOWrapperSpec, 'readline', (self, args, kwnames) => {
  posOnly('readline', args, kwnames, 1);
  const limit = args.length > 0 ? intArg(args[0]) : -1;
  return newStr(textReadline(self, limit));
});
method(textIOWrapperSpec, 'write', (self, args, kwnames) => {
  posOnly('write', args, kwnames, 1);
  if (args.length !== 1) throw raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
  return newInt(textWrite(self, args[0]));
});
method(textIOWrapperSpec, 'tell', (self) => newInt(textTell(self)));
method(textIOWrapperSpec, 'seek', (self, args, kwnames) => {
  posOnly('seek', args, kwnames, 2);
  if (args.length < 1) throw raise(T.TypeError, 'seek expected at least 1 argument, got 0');
  return newInt(textSeek(self, intArg(args[0]), args.length > 1 ? intArg(args[1]) : 0));
});
method(textIOWrapperSpec, 'truncate', (self, args, kwnames) => {
  posOnly('truncate', args, kwnames, 1);
  const buffer = checkText(self);
  const pos = args.length > 0 && args[0] !== S.None ? newref(args[0]) : newInt(textTell(self));
  try {
    return callMethod(buffer, 'truncate', [pos]);
  } finally {
    decref(pos);
  }
});
method(textIOWrapperSpec, 'flush', (self) => {
  const buffer = checkText(self);
  if (isStd(self)) flushFd(I32[self + IoObj.Fd]);
  else decref(callMethod(buffer, 'flush', []));
  return S.None;
});
method(textIOWrapperSpec, 'close', (self) => {
  const buffer = bufferOf(self);
  if (isClosed(buffer)) return S.None;
  if (isStd(self)) flushFd(I32[self + IoObj.Fd]);
  try {
    decref(callMethod(buffer, 'flush', []));
  } finally {
    decref(callMethod(buffer, 'close', []));
  }
  return S.None;
});
method(textIOWrapperSpec, 'detach', (self) => {
  const buffer = checkText(self);
  decref(callMethod(buffer, 'flush', []));
  I32[self + IoObj.Main] = 0; // the reference moves to the caller
  I32[self + IoObj.Flags] |= IoFlag.Detached;
  return buffer;
});
for (const name of ['fileno', 'isatty', 'readable', 'writable', 'seekable']) {
  method(textIOWrapperSpec, name, (self) => callMethod(bufferOf(self), name, []));
}
method(textIOWrapperSpec, 'reconfigure', (self, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 0) throw raise(T.TypeError, `reconfigure() takes exactly 0 positional arguments (${npos} given)`);
  checkText(self);
  for (let i = 0; i < (kwnames ?? []).length; i++) {
    const k = kwnames![i], v = args[npos + i];
    switch (k) {
      case 'encoding':
        if (v !== S.None) setFieldSteal(self, TextObj.Encoding, newStr(resolveEncoding(optStr(v, 'reconfigure', k))));
        noteWriteShortcuts(self);
        break;
      case 'errors':
        if (v !== S.None) setFieldSteal(self, TextObj.Errors, newStr(optStr(v, 'reconfigure', k)!));
        break;
      case 'newline': {
        const nl = optStr(v, 'reconfigure', k);
        if (nl !== null && !isValidNewline(nl)) throw raise(T.ValueError, `illegal newline value: ${nl}`);
        setFieldSteal(self, TextObj.Newline, nl === null ? 0 : newStr(nl));
        noteWriteShortcuts(self);
        break;
      }
      case 'line_buffering':
        if (v !== S.None) I32[self + IoObj.Flags] = isTrue(v) ? I32[self + IoObj.Flags] | IoFlag.LineBuffering : I32[self + IoObj.Flags] & ~IoFlag.LineBuffering;
        break;
      case 'write_through':
        if (v !== S.None) I32[self + IoObj.Flags] = isTrue(v) ? I32[self + IoObj.Flags] | IoFlag.WriteThrough : I32[self + IoObj.Flags] & ~IoFlag.WriteThrough;
        break;
      default:
        throw raise(T.TypeError, `'${k}' is an invalid keyword argument for reconfigure()`);
    }
  }
  return S.None;
});
method(textIOWrapperSpec, '__iter__', (self) => textIOWrapperSpec.slots.iter!(self));
method(textIOWrapperSpec, '__next__', (self) => {
  const v = textIOWrapperSpec.slots.next!(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(textIOWrapperSpec, '__repr__', (self) => newStr(textRepr(self)));
getset(textIOWrapperSpec, 'encoding', (self) => newref(I32[self + TextObj.Encoding] || S.None));
getset(textIOWrapperSpec, 'errors', (self) => newref(I32[self + TextObj.Errors] || S.None));
getset(textIOWrapperSpec, 'newlines', (self) => newlinesValue(I32[self + TextObj.Seen]));
getset(textIOWrapperSpec, 'line_buffering', (self) => boolRef((I32[self + IoObj.Flags] & IoFlag.LineBuffering) !== 0));
getset(textIOWrapperSpec, 'write_through', (self) => boolRef((I32[self + IoObj.Flags] & IoFlag.WriteThrough) !== 0));
getset(textIOWrapperSpec, 'buffer', (self) => newref(bufferOf(self)));
getset(textIOWrapperSpec, 'closed', (self) => boolRef(isClosed(bufferOf(self))));
getset(textIOWrapperSpec, 'name', (self) => callGetattr(bufferOf(self), 'name'));
getset(textIOWrapperSpec, '_CHUNK_SIZE', () => newInt(DEFAULT_BUFFER_SIZE));
installIOBaseMethods(textIOWrapperSpec);

function callGetattr(obj: Ref, name: string): Ref {
  const v = getAttrOrNull(obj, intern(name));
  if (v === 0) throw raise(T.AttributeError, `'${typeNameOfObj(obj)}' object has no attribute '${name}'`);
  return v;
}

