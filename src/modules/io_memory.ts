// io.StringIO and io.BytesIO: in-memory streams.
//
// StringIO keeps its text as a str plus a list of str written at the end since (joined when anything but
// an append happens), so a loop of writes stays linear. Positions are in code points, as Python counts.
// BytesIO keeps its bytes in a bytearray, which also gives getbuffer() its memoryview and the
// "cannot be re-sized" rule while one is exported.

import { I32 } from '../heap/heap';
import { ByteArrayObj, Layout, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T } from '../objects/core';
import { typeNameOfObj } from '../objects/abstract';
import { defineType, getset, method } from '../objects/typespec';
import { isStr, newStr, strCodePoint, strLen, strValue } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { newInt } from '../objects/int';
import { newList, listAppend, listItems } from '../objects/list';
import { tupleSteal } from '../objects/tuple';
import { newByteArray, byteArrayLen, byteArrayResize } from '../objects/bytearray';
import { byteArrayView } from '../objects/bytes_common';
import { memoryviewOf } from '../objects/memoryview';
import { argSpec, parseArgs } from '../objects/args';
import { builtinNewMethod } from '../objects/descriptors';
import { specTypeRef } from '../objects/spec_refs';
import { BytesIOObj, IoFlag, IoKind, IoObj, setFieldSteal, StringIOObj } from './io_layout';
import {
  boolRef, checkOpen, closedError, installIOBaseMethods, intArg, posOnly, sizeArg, unsupported,
} from './io_common';
import {
  advanceCodePoints, countCodePoints, findLineEnd, isValidNewline, NewlineMode, newlineKinds, newlineModeOf,
  seenNewlinesValue,
} from './io_newlines';
import { bytesArg, writableBuffer } from './io_file';

const MEM_CLOSED = 'I/O operation on closed file';

// ---- StringIO ------------------------------------------------------------------------------------------

export const stringIOSpec = defineType({
  name: 'StringIO', layout: Layout.NativeData, basicWords: StringIOObj.Size, module: '_io', flags: TypeFlag.BaseType,
  dictOffset: IoObj.Dict,
  slots: {
    new: (type) => allocStringIO(type),
    iter(r) {
      checkOpen(r);
      return newref(r);
    },
    next(r) {
      const line = sioReadline(r, -1);
      return line === '' ? 0 : newStr(line);
    },
  },
});
builtinNewMethod(stringIOSpec, () => specTypeRef('StringIO'));

function allocStringIO(type: Ref): Ref {
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[r + IoObj.Fd] = -1;
  I32[r + IoObj.Kind] = IoKind.StringIO;
  I32[r + IoObj.Flags] = IoFlag.Initialized;
  I32[r + StringIOObj.Newline] = newStr('\n');
  return r;
}

function sioCheck(r: Ref): void {
  if (I32[r + IoObj.Flags] & IoFlag.Closed) throw closedError(MEM_CLOSED);
}

function sioNewline(r: Ref): string | null {
  const n = I32[r + StringIOObj.Newline];
  return n === 0 ? null : strValue(n);
}

/** The whole text (joining what was appended), as a JS string. */
function sioText(r: Ref): string {
  const pending = I32[r + StringIOObj.Pending];
  const main = I32[r + IoObj.Main];
  if (pending === 0) return main === 0 ? '' : strValue(main);
  const parts = [main === 0 ? '' : strValue(main), ...listItems(pending).map((p) => strValue(p))];
  const text = parts.join('');
  setFieldSteal(r, IoObj.Main, newStr(text));
  setFieldSteal(r, StringIOObj.Pending, 0);
  return text;
}

function sioSetText(r: Ref, text: string, length: number): void {
  setFieldSteal(r, IoObj.Main, text === '' ? 0 : newStr(text));
  setFieldSteal(r, StringIOObj.Pending, 0);
  I32[r + StringIOObj.Length] = length;
}

/** Write text (n code points; its str is textRef, or 0) at the position, as StringIO.write does after newline translation. */
function sioWriteRaw(r: Ref, text: string, n: number, textRef: Ref): void {
  if (n === 0) return;
  const pos = I32[r + StringIOObj.Pos], len = I32[r + StringIOObj.Length];
  if (pos === len) {
    // appending: keep the piece (the caller's str when it is unchanged) until someone reads
    let pending = I32[r + StringIOObj.Pending];
    if (pending === 0) {
      pending = newList(0);
      I32[r + StringIOObj.Pending] = pending;
    }
    const piece = textRef !== 0 ? textRef : newStr(text);
    listAppend(pending, piece);
    if (textRef === 0) decref(piece);
    I32[r + StringIOObj.Length] = len + n;
  } else {
    let whole = sioText(r);
    if (pos > len) whole += '\0'.repeat(pos - len);
    const start = unitIndex(whole, pos);
    const end = advanceCodePoints(whole, start, n);
    sioSetText(r, whole.slice(0, start) + text + whole.slice(end), Math.max(len, pos + n));
  }
  I32[r + StringIOObj.Pos] = pos + n;
}

/** The UTF-16 index of code point `cp` of text (text is short of astral characters most of the time). */
function unitIndex(text: string, cp: number): number {
  return advanceCodePoints(text, 0, cp);
}

function sioWrite(r: Ref, sRef: Ref): number {
  if (!isStr(sRef)) throw raise(T.TypeError, `string argument expected, got '${typeNameOfObj(sRef)}'`);
  sioCheck(r);
  const n = strLen(sRef);
  const nlRef = I32[r + StringIOObj.Newline];
  // newline '\n' (the default): nothing to translate or note
  if (nlRef !== 0 && strLen(nlRef) === 1 && strCodePoint(nlRef, 0) === 10) {
    sioWriteRaw(r, I32[r + StringIOObj.Pos] === I32[r + StringIOObj.Length] ? '' : strValue(sRef), n, sRef);
    return n;
  }
  const s = strValue(sRef);
  const newline = sioNewline(r);
  let text = s;
  if (newline === null) {
    I32[r + StringIOObj.Seen] |= newlineKinds(s);
    text = s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  } else if (newline === '') {
    I32[r + StringIOObj.Seen] |= newlineKinds(s);
  } else {
    text = s.split('\n').join(newline);
  }
  sioWriteRaw(r, text, text === s ? n : countCodePoints(text), text === s ? sRef : 0);
  return n;
}

function sioRead(r: Ref, n: number): string {
  sioCheck(r);
  const pos = I32[r + StringIOObj.Pos], len = I32[r + StringIOObj.Length];
  if (pos >= len) return '';
  const text = sioText(r);
  const start = unitIndex(text, pos);
  const take = n < 0 ? len - pos : Math.min(n, len - pos);
  const end = advanceCodePoints(text, start, take);
  I32[r + StringIOObj.Pos] = pos + take;
  return text.slice(start, end);
}

function sioReadline(r: Ref, limit: number): string {
  sioCheck(r);
  const pos = I32[r + StringIOObj.Pos], len = I32[r + StringIOObj.Length];
  if (pos >= len) return '';
  const text = sioText(r);
  const start = unitIndex(text, pos);
  const newline = sioNewline(r);
  // text written with newline=None was translated already: '\n' ends its lines
  const mode = newline === null ? NewlineMode.LF : newlineModeOf(newline);
  let end = findLineEnd(text, start, mode, true);
  if (end < 0) end = text.length;
  if (limit >= 0) end = Math.min(end, advanceCodePoints(text, start, limit));
  I32[r + StringIOObj.Pos] = pos + countCodePoints(text, start, end);
  return text.slice(start, end);
}

function sioInit(r: Ref, value: Ref, newlineRef: Ref): void {
  let newline: string | null = '\n';
  if (newlineRef !== 0) {
    if (newlineRef === S.None) newline = null;
    else if (!isStr(newlineRef)) {
      throw raise(T.TypeError, `newline must be str or None, not ${typeNameOfObj(newlineRef)}`);
    } else {
      newline = strValue(newlineRef);
      if (!isValidNewline(newline)) throw raise(T.ValueError, `illegal newline value: '${newline}'`);
    }
  }
  if (value !== 0 && value !== S.None && !isStr(value)) {
    throw raise(T.TypeError, `initial_value must be str or None, not ${typeNameOfObj(value)}`);
  }
  I32[r + IoObj.Kind] = IoKind.StringIO;
  I32[r + IoObj.Fd] = -1;
  I32[r + IoObj.Flags] = IoFlag.Initialized;
  setFieldSteal(r, StringIOObj.Newline, newline === null ? 0 : newStr(newline));
  sioSetText(r, '', 0);
  I32[r + StringIOObj.Pos] = 0;
  I32[r + StringIOObj.Seen] = 0;
  if (value !== 0 && value !== S.None) {
    sioWrite(r, value);
    I32[r + StringIOObj.Pos] = 0;
  }
}

const sioInitArgs = argSpec('StringIO', ['initial_value', 'newline'], { posOnly: 0 });
method(stringIOSpec, '__init__', (self, args, kwnames) => {
  const [value, newline] = parseArgs(sioInitArgs, args, kwnames);
  sioInit(self, value, newline);
  return S.None;
});
method(stringIOSpec, 'write', (self, args, kwnames) => {
  posOnly('write', args, kwnames, 1);
  if (args.length !== 1) throw raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
  return newInt(sioWrite(self, args[0]));
});
method(stringIOSpec, 'read', (self, args, kwnames) => {
  posOnly('read', args, kwnames, 1);
  return newStr(sioRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(stringIOSpec, 'readline', (self, args, kwnames) => {
  posOnly('readline', args, kwnames, 1);
  return newStr(sioReadline(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(stringIOSpec, 'getvalue', (self) => {
  sioCheck(self);
  return newStr(sioText(self));
});
method(stringIOSpec, 'seek', (self, args, kwnames) => {
  posOnly('seek', args, kwnames, 2);
  if (args.length < 1) throw raise(T.TypeError, 'seek expected at least 1 argument, got 0');
  const pos = intArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  if (whence < 0 || whence > 2) throw raise(T.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (whence === 0 && pos < 0) throw raise(T.ValueError, `Negative seek position ${pos}`);
  if (whence === 1 && pos !== 0) throw raise(T.OSError, "Can't do nonzero cur-relative seeks");
  // (CPython 3.11 says cur-relative for both)
  if (whence === 2 && pos !== 0) throw raise(T.OSError, "Can't do nonzero cur-relative seeks");
  sioCheck(self);
  if (whence === 0) I32[self + StringIOObj.Pos] = pos;
  else if (whence === 2) I32[self + StringIOObj.Pos] = I32[self + StringIOObj.Length];
  return newInt(I32[self + StringIOObj.Pos]);
});
method(stringIOSpec, 'tell', (self) => {
  sioCheck(self);
  return newInt(I32[self + StringIOObj.Pos]);
});
method(stringIOSpec, 'truncate', (self, args, kwnames) => {
  posOnly('truncate', args, kwnames, 1);
  sioCheck(self);
  const size = args.length > 0 && args[0] !== S.None ? intArg(args[0]) : I32[self + StringIOObj.Pos];
  if (size < 0) throw raise(T.ValueError, `Negative size value ${size}`);
  if (size < I32[self + StringIOObj.Length]) {
    const text = sioText(self);
    sioSetText(self, text.slice(0, unitIndex(text, size)), size);
  }
  return newInt(size);
});
method(stringIOSpec, 'close', (self) => {
  I32[self + IoObj.Flags] |= IoFlag.Closed;
  sioSetText(self, '', 0);
  return S.None;
});
method(stringIOSpec, 'flush', () => S.None);
method(stringIOSpec, 'isatty', (self) => {
  checkOpen(self);
  return S.False;
});
for (const name of ['readable', 'writable', 'seekable']) {
  method(stringIOSpec, name, (self) => {
    sioCheck(self);
    return S.True;
  });
}
method(stringIOSpec, 'fileno', () => {
  throw unsupported('fileno');
});
method(stringIOSpec, 'detach', () => {
  throw unsupported('detach');
});
method(stringIOSpec, '__iter__', (self) => stringIOSpec.slots.iter!(self));
method(stringIOSpec, '__next__', (self) => {
  const v = stringIOSpec.slots.next!(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(stringIOSpec, '__getstate__', (self) => {
  sioCheck(self);
  const d = I32[self + IoObj.Dict];
  return tupleSteal([newStr(sioText(self)), newref(I32[self + StringIOObj.Newline] || S.None),
    newInt(I32[self + StringIOObj.Pos]), d === 0 ? S.None : newref(d)]);
});
getset(stringIOSpec, 'closed', (self) => boolRef((I32[self + IoObj.Flags] & IoFlag.Closed) !== 0));
getset(stringIOSpec, 'line_buffering', (self) => {
  sioCheck(self);
  return S.False;
});
getset(stringIOSpec, 'newlines', (self) => {
  sioCheck(self);
  return newlinesValue(I32[self + StringIOObj.Seen]);
});
getset(stringIOSpec, 'encoding', () => S.None);
getset(stringIOSpec, 'errors', () => S.None);
installIOBaseMethods(stringIOSpec);

/** The `newlines` attribute value for seen bits. */
export function newlinesValue(bits: number): Ref {
  const v = seenNewlinesValue(bits);
  if (v === null) return S.None;
  if (v.length === 1) return newStr(v[0]);
  return tupleSteal(v.map((s) => newStr(s)));
}

// ---- BytesIO -------------------------------------------------------------------------------------------

const BIO_CLOSED = 'I/O operation on closed file.';

export const bytesIOSpec = defineType({
  name: 'BytesIO', layout: Layout.NativeData, basicWords: BytesIOObj.Size, module: '_io', flags: TypeFlag.BaseType,
  dictOffset: IoObj.Dict,
  slots: {
    new: (type) => allocBytesIO(type),
    iter: (r) => newref(r),
    next(r) {
      const line = bioReadline(r, -1);
      return line.length === 0 ? 0 : newBytes(line);
    },
  },
});
builtinNewMethod(bytesIOSpec, () => specTypeRef('BytesIO'));

function allocBytesIO(type: Ref): Ref {
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  I32[r + IoObj.Fd] = -1;
  I32[r + IoObj.Kind] = IoKind.BytesIO;
  I32[r + IoObj.Flags] = IoFlag.Initialized;
  I32[r + IoObj.Main] = newByteArray(new Uint8Array(0));
  return r;
}

function bioCheck(r: Ref): Ref {
  if (I32[r + IoObj.Flags] & IoFlag.Closed) throw closedError(BIO_CLOSED);
  return I32[r + IoObj.Main];
}

function bioView(r: Ref): Uint8Array {
  return byteArrayView(I32[r + IoObj.Main]);
}

export function bioRead(r: Ref, n: number): Uint8Array {
  bioCheck(r);
  const data = bioView(r);
  const pos = I32[r + BytesIOObj.Pos];
  if (pos >= data.length) return new Uint8Array(0);
  const end = n < 0 ? data.length : Math.min(data.length, pos + n);
  I32[r + BytesIOObj.Pos] = end;
  return data.slice(pos, end);
}

export function bioReadline(r: Ref, limit: number): Uint8Array {
  bioCheck(r);
  const data = bioView(r);
  const pos = I32[r + BytesIOObj.Pos];
  if (pos >= data.length) return new Uint8Array(0);
  const nl = data.indexOf(10, pos);
  let end = nl < 0 ? data.length : nl + 1;
  if (limit >= 0) end = Math.min(end, pos + limit);
  I32[r + BytesIOObj.Pos] = end;
  return data.slice(pos, end);
}

export function bioWrite(r: Ref, data: Uint8Array): number {
  const buf = bioCheck(r);
  if (I32[buf + ByteArrayObj.Exports] > 0) {
    throw raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
  }
  const pos = I32[r + BytesIOObj.Pos];
  if (data.length === 0) return 0;
  const end = pos + data.length;
  if (end > byteArrayLen(buf)) byteArrayResize(buf, end);
  byteArrayView(buf).set(data, pos);
  I32[r + BytesIOObj.Pos] = end;
  return data.length;
}

export function bioSeek(r: Ref, pos: number, whence: number): number {
  if (whence < 0 || whence > 2) throw raise(T.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (whence === 0 && pos < 0) throw raise(T.ValueError, `negative seek value ${pos}`);
  bioCheck(r);
  const base = whence === 0 ? 0 : whence === 1 ? I32[r + BytesIOObj.Pos] : bioView(r).length;
  const target = Math.max(0, base + pos);
  I32[r + BytesIOObj.Pos] = target;
  return target;
}

export function bioTell(r: Ref): number {
  bioCheck(r);
  return I32[r + BytesIOObj.Pos];
}

const bioInitArgs = argSpec('BytesIO', ['initial_bytes'], { posOnly: 0 });
method(bytesIOSpec, '__init__', (self, args, kwnames) => {
  const [init] = parseArgs(bioInitArgs, args, kwnames);
  const data = init === 0 || init === S.None ? new Uint8Array(0) : bytesArg(init);
  I32[self + IoObj.Kind] = IoKind.BytesIO;
  I32[self + IoObj.Fd] = -1;
  I32[self + IoObj.Flags] = IoFlag.Initialized;
  setFieldSteal(self, IoObj.Main, newByteArray(data));
  I32[self + BytesIOObj.Pos] = 0;
  return S.None;
});
method(bytesIOSpec, 'read', (self, args, kwnames) => {
  posOnly('read', args, kwnames, 1);
  return newBytes(bioRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(bytesIOSpec, 'read1', (self, args, kwnames) => {
  posOnly('read1', args, kwnames, 1);
  return newBytes(bioRead(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
method(bytesIOSpec, 'readline', (self, args, kwnames) => {
  posOnly('readline', args, kwnames, 1);
  return newBytes(bioReadline(self, args.length > 0 ? sizeArg(args[0]) : -1));
});
for (const name of ['readinto', 'readinto1']) {
  method(bytesIOSpec, name, (self, args) => {
    if (args.length !== 1) throw raise(T.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    const n = writableBuffer(args[0], name).length;
    const data = bioRead(self, n);
    writableBuffer(args[0], name).set(data);
    return newInt(data.length);
  });
}
method(bytesIOSpec, 'write', (self, args, kwnames) => {
  posOnly('write', args, kwnames, 1);
  if (args.length !== 1) throw raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
  bioCheck(self);
  return newInt(bioWrite(self, bytesArg(args[0])));
});
method(bytesIOSpec, 'getvalue', (self) => {
  bioCheck(self);
  return newBytes(bioView(self));
});
method(bytesIOSpec, 'getbuffer', (self) => memoryviewOf(bioCheck(self)));
method(bytesIOSpec, 'seek', (self, args, kwnames) => {
  posOnly('seek', args, kwnames, 2);
  if (args.length < 1) throw raise(T.TypeError, 'seek expected at least 1 argument, got 0');
  return newInt(bioSeek(self, intArg(args[0]), args.length > 1 ? intArg(args[1]) : 0));
});
method(bytesIOSpec, 'tell', (self) => newInt(bioTell(self)));
method(bytesIOSpec, 'truncate', (self, args, kwnames) => {
  posOnly('truncate', args, kwnames, 1);
  const buf = bioCheck(self);
  const size = args.length > 0 && args[0] !== S.None ? intArg(args[0]) : I32[self + BytesIOObj.Pos];
  if (size < 0) throw raise(T.ValueError, `negative size value ${size}`);
  if (size < byteArrayLen(buf)) byteArrayResize(buf, size);
  return newInt(size);
});
method(bytesIOSpec, 'close', (self) => {
  const buf = I32[self + IoObj.Main];
  if (buf !== 0 && I32[buf + ByteArrayObj.Exports] > 0) {
    throw raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
  }
  I32[self + IoObj.Flags] |= IoFlag.Closed;
  return S.None;
});
method(bytesIOSpec, 'flush', (self) => {
  bioCheck(self);
  return S.None;
});
method(bytesIOSpec, 'isatty', (self) => {
  bioCheck(self);
  return S.False;
});
for (const name of ['readable', 'writable', 'seekable']) {
  method(bytesIOSpec, name, (self) => {
    bioCheck(self);
    return S.True;
  });
}
method(bytesIOSpec, 'fileno', () => {
  throw unsupported('fileno');
});
method(bytesIOSpec, 'detach', () => {
  throw unsupported('detach');
});
method(bytesIOSpec, '__iter__', (self) => newref(self));
method(bytesIOSpec, '__next__', (self) => {
  const v = bytesIOSpec.slots.next!(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
getset(bytesIOSpec, 'closed', (self) => boolRef((I32[self + IoObj.Flags] & IoFlag.Closed) !== 0));
installIOBaseMethods(bytesIOSpec, BIO_CLOSED);
