// The zlib module: one-shot compress/decompress, crc32/adler32, and streaming Compress/Decompress objects.
//
// Deflate and inflate themselves are Node's zlib (node:zlib's *Sync functions). Node has no synchronous
// streaming API, and a Compress/Decompress object may be used by several threads (workers) in turn, so the
// streaming objects keep everything in their heap object and call the one-shot functions:
//
//  - Compress: input is held back until a flush or until 64 KiB have gathered; each such segment becomes raw
//    deflate blocks ending in a sync-flush marker (Z_FINISH: the final block), compressed with the previous
//    32 KiB of input (or zdict) as the preset dictionary, so back-references cross segments as in one stream.
//    We write the zlib/gzip header and trailer ourselves (running Adler-32/CRC-32 in the object).
//  - Decompress: the consumed input is kept in the object and inflated again from the start on each call;
//    the output already returned is skipped. (Quadratic in the number of calls on one stream; a resumable
//    inflate of our own would remove that.)
//
// Large inputs are (de)compressed with the GIL released (from 2048 bytes, as hashlib), on copies of the
// data, under the object's lock word (gil/object_lock.ts).

import * as nodeZlib from 'node:zlib';
import { I32 } from '../heap/heap';
import { Layout } from '../heap/layout';
import { allocObject, decref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { defineType, getset, method, staticMethod } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr, setModuleAttrSteal } from '../objects/module';
import { newInt, intToSafe, intToBigInt } from '../objects/int';
import { isStr, newStr } from '../objects/str';
import { newBytes, bytesView } from '../objects/bytes';
import { bufferOrNull } from '../objects/bytes_common';
import { tupleItem, tupleSteal } from '../objects/tuple';
import { index, typeNameOfObj } from '../objects/abstract';
import { kwArgs } from '../objects/text_args';
import { releaseGilAround } from '../gil/blocking';
import { lockWord, unlockWord } from '../gil/object_lock';
import { defineModule } from './registry';
import { addExceptionClass, moduleError } from './modutil';
import { crc32 } from './binascii';

const C = nodeZlib.constants;
const GIL_MINSIZE = 2048;
const SEGMENT = 65536;
const WINDOW = 32768;

const Z = {
  MAX_WBITS: 15, DEFLATED: 8, DEF_MEM_LEVEL: 8, DEF_BUF_SIZE: 16384,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
};

function zlibError(message: string): PyErr {
  return moduleError('zlib', message);
}

// ---- checksums ------------------------------------------------------------------------------------------

/** Adler-32 (RFC 1950 §8.2), continuing from `start`. */
export function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff, b = (start >>> 16) & 0xffff;
  for (let i = 0; i < data.length;) {
    const end = Math.min(data.length, i + 3800); // 3800 bytes cannot overflow b before the reduction
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- arguments ------------------------------------------------------------------------------------------

function dataArg(fname: string, r: Ref): Uint8Array {
  const b = bufferOrNull(r);
  if (b === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOfObj(r)}'`);
  return b;
}

function intArg(r: Ref, dflt: number): number {
  if (r === 0) return dflt;
  if (isStr(r)) throw raise(T.TypeError, `'str' object cannot be interpreted as an integer`);
  const i = index(r);
  const v = intToSafe(i);
  decref(i);
  if (v === null || v > 2 ** 31 - 1 || v < -(2 ** 31)) {
    throw raise(T.OverflowError, 'Python int too large to convert to C int');
  }
  return v;
}

/** Run a heap-free job with the GIL released when its input is large. */
function maybeReleased<R>(size: number, job: () => R): R {
  return size >= GIL_MINSIZE ? releaseGilAround(job) : job();
}

/** Node's error as CPython words it: "Error -3 while decompressing data: incorrect header check". */
function nodeError(e: unknown, what: 'compressing' | 'decompressing'): PyErr {
  const err = e as { errno?: number; message?: string };
  if (typeof err.errno !== 'number') throw e;
  const msg = err.errno === -5 ? 'incomplete or truncated stream' : err.message;
  return zlibError(`Error ${err.errno} while ${what} data: ${msg}`);
}

type Kind = 'zlib' | 'raw' | 'gzip' | 'auto';

function compressKind(wbits: number): Kind {
  if (wbits >= 8 && wbits <= 15) return 'zlib'; // 8 is taken as 9, as zlib does
  if (wbits >= -15 && wbits <= -8) return 'raw';
  if (wbits >= 24 && wbits <= 31) return 'gzip';
  throw raise(T.ValueError, 'Invalid initialization option');
}

function decompressKind(wbits: number): Kind {
  if (wbits === 0 || wbits >= 8 && wbits <= 15) return 'zlib';
  if (wbits >= -15 && wbits <= -8) return 'raw';
  if (wbits >= 24 && wbits <= 31) return 'gzip';
  if (wbits >= 40 && wbits <= 47) return 'auto';
  throw raise(T.ValueError, 'Invalid initialization option');
}

function windowBits(wbits: number): number {
  const w = Math.abs(wbits) & 15;
  return w === 0 ? 15 : Math.max(w, 9);
}

// ---- one-shot -------------------------------------------------------------------------------------------

function compressOnce(data: Uint8Array, level: number, wbits: number): Uint8Array {
  if (level < -1 || level > 9) throw zlibError('Bad compression level');
  let kind: Kind;
  try {
    kind = compressKind(wbits);
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    throw zlibError('Bad compression level'); // what deflateInit2's Z_STREAM_ERROR reads as
  }
  const opts = { level, windowBits: windowBits(wbits) };
  const input = Buffer.from(data); // a copy: the job may run with the GIL released
  return maybeReleased(input.length, () => {
    if (kind === 'raw') return nodeZlib.deflateRawSync(input, opts);
    if (kind === 'gzip') return gzipHeaderFixed(nodeZlib.gzipSync(input, opts), level);
    return nodeZlib.deflateSync(input, opts);
  });
}

/** Node writes OS = 3 and XFL like zlib; nothing to fix (kept as the one place to adjust the gzip header). */
function gzipHeaderFixed(b: Buffer, _level: number): Buffer {
  return b;
}

interface Inflated {
  out: Buffer;
  consumed: number; // input bytes used
  eof: boolean; // the end of the stream was reached
}

/** Inflate as much of `input` as possible (a truncated stream is not an error here). */
function inflate(input: Buffer, wbits: number, zdict: Buffer | null): Inflated {
  const kind = decompressKind(wbits);
  const opts: nodeZlib.ZlibOptions & { info: true } = { info: true, windowBits: windowBits(wbits) };
  if (zdict !== null && kind !== 'gzip') opts.dictionary = zdict;
  const run = (o: typeof opts) => {
    const r = (kind === 'raw' ? nodeZlib.inflateRawSync(input, o)
      : kind === 'gzip' ? nodeZlib.gunzipSync(input, o)
        : kind === 'auto' ? nodeZlib.unzipSync(input, o)
          : nodeZlib.inflateSync(input, o)) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return r;
  };
  try {
    const r = run(opts);
    return { out: r.buffer, consumed: r.engine.bytesWritten, eof: true };
  } catch (e) {
    if ((e as { errno?: number }).errno !== -5) throw e;
  }
  const r = run({ ...opts, finishFlush: C.Z_SYNC_FLUSH });
  return { out: r.buffer, consumed: input.length, eof: false };
}

function decompressOnce(data: Uint8Array, wbits: number): Uint8Array {
  try {
    decompressKind(wbits);
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    throw zlibError('Error -2 while preparing to decompress data: inconsistent stream state');
  }
  const input = Buffer.from(data);
  const r = maybeReleased(input.length, () => {
    try {
      return inflate(input, wbits, null);
    } catch (e) {
      return e as Error;
    }
  });
  if (r instanceof Error) throw nodeError(r, 'decompressing');
  if (!r.eof) throw zlibError('Error -5 while decompressing data: incomplete or truncated stream');
  return r.out;
}

// ---- Compress objects -----------------------------------------------------------------------------------

/** Compress and Decompress objects: NativeData layout; Ref1/Ref2 as below, these words after them. */
const enum ZObj {
  Ref1 = 6, // Compress: pending input (bytes) or 0. Decompress: consumed input (bytes) or 0
  Ref2 = 7, // Compress: the dictionary for the next segment (bytes) or 0. Decompress: (zdict, unconsumed_tail, unused_data)
  Lock = 8, // lock word (gil/object_lock.ts)
  Wbits = 9,
  Level = 10, // Compress
  Strategy = 11, // Compress
  Flags = 12, // ZFlag
  Check = 13, // Compress: running Adler-32 / CRC-32 of the input (unsigned, stored as int32)
  Total = 14, // Compress: input bytes mod 2^32 (gzip's ISIZE)
  Emitted = 15, // Decompress: output bytes returned so far (low 32 bits)
  EmittedHi = 16,
  MemLevel = 17,
  Size = 18,
}

const enum ZFlag {
  HeaderDone = 1, // Compress: the zlib/gzip header was written
  Finished = 2, // Compress: Z_FINISH was done. Decompress: eof
  FirstDict = 4, // Compress: Ref2 holds zdict (announce it in the zlib header)
}

const compressSpec = defineType({
  name: 'Compress', layout: Layout.NativeData, basicWords: ZObj.Size, module: 'zlib', flags: 0,
});
const decompressSpec = defineType({
  name: 'Decompress', layout: Layout.NativeData, basicWords: ZObj.Size, module: 'zlib', flags: 0,
});
for (const spec of [compressSpec, decompressSpec]) {
  const refuse = (): Ref => {
    throw raise(T.TypeError, `cannot create 'zlib.${spec.name}' instances`);
  };
  spec.slots.new = refuse;
  staticMethod(spec, '__new__', refuse);
}

function bytesOf(r: Ref): Uint8Array {
  return r === 0 ? new Uint8Array(0) : bytesView(r);
}

function setRef(o: Ref, word: number, v: Ref): void {
  const old = I32[o + word];
  I32[o + word] = v;
  if (old !== 0) decref(old);
}

function withLock<R>(o: Ref, fn: () => R): R {
  lockWord(o + ZObj.Lock);
  try {
    return fn();
  } finally {
    unlockWord(o + ZObj.Lock);
  }
}

function zlibHeader(level: number, wbits: number, dict: Uint8Array | null): Uint8Array {
  const cmf = ((Math.max(wbits, 9) - 8) << 4) | 8;
  const flevel = level === 0 || level === 1 ? 0 : level >= 2 && level <= 5 ? 1 : level === 6 || level === -1 ? 2 : 3;
  let flg = (flevel << 6) | (dict !== null ? 0x20 : 0);
  flg |= (31 - ((cmf * 256 + flg) % 31)) % 31; // FCHECK: CMF·256 + FLG is a multiple of 31
  const out = [cmf, flg];
  if (dict !== null) {
    const id = adler32(dict, 1);
    out.push(id >>> 24, (id >>> 16) & 255, (id >>> 8) & 255, id & 255);
  }
  return Uint8Array.from(out);
}

function gzipHeader(level: number): Uint8Array {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  return Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
}

/** Compress the pending input of o as one segment; `mode` is the flush mode. Returns the output bytes. */
function compressSegment(o: Ref, mode: number, extra: Uint8Array | null): Uint8Array {
  const wbits = I32[o + ZObj.Wbits], level = I32[o + ZObj.Level], strategy = I32[o + ZObj.Strategy];
  const kind = compressKind(wbits);
  const flags = I32[o + ZObj.Flags];
  const pendingRef = I32[o + ZObj.Ref1];
  const pieces: Uint8Array[] = [];
  // everything the job needs, copied out of the heap
  const pending = Buffer.concat([bytesOf(pendingRef), extra ?? new Uint8Array(0)]);
  const dict = I32[o + ZObj.Ref2] === 0 ? null : Buffer.from(bytesOf(I32[o + ZObj.Ref2]));
  if (!(flags & ZFlag.HeaderDone)) {
    pieces.push(kind === 'zlib' ? zlibHeader(level, wbits, flags & ZFlag.FirstDict ? dict : null)
      : kind === 'gzip' ? gzipHeader(level) : new Uint8Array(0));
  }
  let check = I32[o + ZObj.Check] >>> 0;
  let total = I32[o + ZObj.Total] >>> 0;
  const finish = mode === Z.Z_FINISH;
  if (pending.length === 0 && !finish && mode === Z.Z_NO_FLUSH) return concat(pieces, o, flags, check, total);
  const opts: nodeZlib.ZlibOptions = {
    level, strategy, windowBits: windowBits(wbits), memLevel: I32[o + ZObj.MemLevel],
    finishFlush: finish ? C.Z_FINISH : C.Z_SYNC_FLUSH,
  };
  if (dict !== null) opts.dictionary = dict;
  const body = maybeReleased(pending.length, () => {
    check = kind === 'gzip' ? crc32(pending, check) : adler32(pending, check);
    total = (total + pending.length) >>> 0;
    return nodeZlib.deflateRawSync(pending, opts);
  });
  pieces.push(body);
  if (finish) {
    if (kind === 'zlib') pieces.push(Uint8Array.from([check >>> 24, (check >>> 16) & 255, (check >>> 8) & 255, check & 255]));
    if (kind === 'gzip') {
      pieces.push(Uint8Array.from([check & 255, (check >>> 8) & 255, (check >>> 16) & 255, check >>> 24,
        total & 255, (total >>> 8) & 255, (total >>> 16) & 255, total >>> 24]));
    }
  }
  // the next segment's dictionary: the last 32 KiB of input (none after a full flush or the end)
  let nextDict: Ref = 0;
  if (!finish && mode !== Z.Z_FULL_FLUSH) {
    const tail = Buffer.concat([dict ?? new Uint8Array(0), pending]); // what the decoder's window holds
    nextDict = newBytes(tail.subarray(Math.max(0, tail.length - WINDOW)));
  }
  setRef(o, ZObj.Ref1, 0);
  setRef(o, ZObj.Ref2, nextDict);
  I32[o + ZObj.Flags] &= ~ZFlag.FirstDict;
  if (finish) I32[o + ZObj.Flags] |= ZFlag.Finished;
  return concat(pieces, o, I32[o + ZObj.Flags], check, total);
}

function concat(pieces: Uint8Array[], o: Ref, flags: number, check: number, total: number): Uint8Array {
  I32[o + ZObj.Flags] = flags | ZFlag.HeaderDone;
  I32[o + ZObj.Check] = check | 0;
  I32[o + ZObj.Total] = total | 0;
  return Buffer.concat(pieces);
}

function compressobj(args: Ref[], kwnames: string[] | null): Ref {
  const [lv, meth, wb, ml, st, zd] = kwArgs('compressobj', ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'],
    args, kwnames);
  const level = intArg(lv, -1), method = intArg(meth, 8), wbits = intArg(wb, 15), memLevel = intArg(ml, 8);
  const strategy = intArg(st, 0);
  if (level < -1 || level > 9 || method !== 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
    throw raise(T.ValueError, 'Invalid initialization option');
  }
  compressKind(wbits);
  let dict: Ref = 0;
  if (zd !== 0 && zd !== S.None) {
    dict = newBytes(dataArg('compressobj', zd).slice());
  }
  const o = allocObject(specTypeRef('Compress'), ZObj.Size);
  I32[o + ZObj.Wbits] = wbits;
  I32[o + ZObj.Level] = level;
  I32[o + ZObj.Strategy] = strategy;
  I32[o + ZObj.MemLevel] = memLevel;
  I32[o + ZObj.Check] = compressKind(wbits) === 'gzip' ? 0 : 1;
  I32[o + ZObj.Ref2] = dict;
  if (dict !== 0) I32[o + ZObj.Flags] = ZFlag.FirstDict;
  return o;
}

method(compressSpec, 'compress', (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'compress() takes no keyword arguments');
  if (args.length !== 1) throw raise(T.TypeError, `compress() takes exactly one argument (${args.length} given)`);
  const data = dataArg('compress', args[0]);
  return withLock(self, () => {
    if (I32[self + ZObj.Flags] & ZFlag.Finished) throw zlibError('Error -2 while compressing data: inconsistent stream state');
    const pending = bytesOf(I32[self + ZObj.Ref1]);
    if (pending.length + data.length < SEGMENT) {
      const joined = new Uint8Array(pending.length + data.length);
      joined.set(pending);
      joined.set(data, pending.length);
      setRef(self, ZObj.Ref1, newBytes(joined));
      return newBytes(new Uint8Array(0));
    }
    return newBytes(compressSegment(self, Z.Z_NO_FLUSH, data.slice()));
  });
}, true);

method(compressSpec, 'flush', (self, args, kwnames) => {
  const [m] = kwArgs('flush', ['mode'], args, kwnames);
  const mode = intArg(m, Z.Z_FINISH);
  return withLock(self, () => {
    if (mode === Z.Z_NO_FLUSH) return newBytes(new Uint8Array(0));
    if (I32[self + ZObj.Flags] & ZFlag.Finished) throw zlibError('Error -2 while flushing: inconsistent stream state');
    return newBytes(compressSegment(self, mode, null));
  });
}, true);

function copyZ(self: Ref): Ref {
  return withLock(self, () => {
    const t = typeOf(self);
    const o = allocObject(t, ZObj.Size);
    for (let w = ZObj.Wbits; w < ZObj.Size; w++) I32[o + w] = I32[self + w];
    for (const w of [ZObj.Ref1, ZObj.Ref2]) I32[o + w] = I32[self + w] === 0 ? 0 : newref(I32[self + w]);
    return o;
  });
}
method(compressSpec, 'copy', (self) => copyZ(self));
method(compressSpec, '__copy__', (self) => copyZ(self));
method(compressSpec, '__deepcopy__', (self) => copyZ(self));

// ---- Decompress objects ---------------------------------------------------------------------------------

function dstate(o: Ref, i: number): Ref {
  return tupleItem(I32[o + ZObj.Ref2], i);
}

function setDstate(o: Ref, zdict: Ref, tail: Uint8Array | Ref, unused: Uint8Array | Ref): void {
  const t = tupleSteal([newref(zdict), typeof tail === 'number' ? newref(tail) : newBytes(tail),
    typeof unused === 'number' ? newref(unused) : newBytes(unused)]);
  setRef(o, ZObj.Ref2, t);
}

function decompressobj(args: Ref[], kwnames: string[] | null): Ref {
  const [wb, zd] = kwArgs('decompressobj', ['wbits', 'zdict'], args, kwnames);
  const wbits = intArg(wb, 15);
  decompressKind(wbits);
  let zdict: Ref = S.None;
  if (zd !== 0) {
    if (bufferOrNull(zd) === null) throw raise(T.TypeError, 'zdict argument must support the buffer protocol');
    zdict = zd;
  }
  const o = allocObject(specTypeRef('Decompress'), ZObj.Size);
  I32[o + ZObj.Wbits] = wbits;
  setDstate(o, zdict, S.emptyBytes, S.emptyBytes);
  return o;
}

function emitted(o: Ref): number {
  return I32[o + ZObj.EmittedHi] * 4294967296 + (I32[o + ZObj.Emitted] >>> 0);
}

function setEmitted(o: Ref, n: number): void {
  I32[o + ZObj.Emitted] = n % 4294967296;
  I32[o + ZObj.EmittedHi] = Math.floor(n / 4294967296);
}

/** decompress(data, max_length) and flush(): run the whole consumed input again, return what is new. */
function decompressStep(o: Ref, data: Uint8Array, maxLength: number): Ref {
  if (I32[o + ZObj.Flags] & ZFlag.Finished) {
    // after the end of the stream, everything is unused data
    const unused = Buffer.concat([bytesOf(dstate(o, 2)), data]);
    setDstate(o, dstate(o, 0), S.emptyBytes, unused);
    return newBytes(new Uint8Array(0));
  }
  const prev = bytesOf(I32[o + ZObj.Ref1]);
  const input = Buffer.concat([prev, data]);
  const wbits = I32[o + ZObj.Wbits];
  const zd = dstate(o, 0);
  const zdict = zd === S.None ? null : Buffer.from(bufferOrNull(zd)!);
  const done = emitted(o);
  const r = maybeReleased(data.length, () => {
    try {
      return inflate(input, wbits, zdict);
    } catch (e) {
      return e as Error;
    }
  });
  if (r instanceof Error) {
    const err = r as { errno?: number; message?: string };
    if (err.errno === 2 || /dictionary/i.test(err.message ?? '')) throw zlibError('Error 2 while decompressing data');
    throw nodeError(r, 'decompressing');
  }
  let out = r.out.subarray(done);
  let consumed = r.consumed;
  let tail: Uint8Array = new Uint8Array(0);
  if (maxLength > 0 && out.length > maxLength) {
    // keep back the input that the caller must pass again: the smallest prefix giving enough output
    let lo = prev.length, hi = consumed;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const part = inflate(input.subarray(0, mid), wbits, zdict);
      if (part.out.length - done >= maxLength) hi = mid;
      else lo = mid + 1;
    }
    tail = input.subarray(lo);
    consumed = lo;
    out = out.subarray(0, maxLength);
    r.eof = false;
  }
  setRef(o, ZObj.Ref1, newBytes(input.subarray(0, consumed)));
  setEmitted(o, done + out.length);
  const unused = r.eof ? input.subarray(consumed) : new Uint8Array(0);
  setDstate(o, zd, tail, unused);
  if (r.eof) I32[o + ZObj.Flags] |= ZFlag.Finished;
  return newBytes(out);
}

method(decompressSpec, 'decompress', (self, args, kwnames) => {
  const [d, ml] = kwArgs('decompress', ['data', 'max_length'], args, kwnames);
  if (d === 0) throw raise(T.TypeError, "decompress() missing required argument 'data' (pos 1)");
  const data = dataArg('decompress', d).slice();
  const maxLength = intArg(ml, 0);
  if (maxLength < 0) throw raise(T.ValueError, 'max_length must be non-negative');
  return withLock(self, () => decompressStep(self, data, maxLength));
}, true);

method(decompressSpec, 'flush', (self, args, kwnames) => {
  const [len] = kwArgs('flush', ['length'], args, kwnames);
  const length = intArg(len, Z.DEF_BUF_SIZE);
  if (length <= 0) throw raise(T.ValueError, 'length must be greater than zero');
  return withLock(self, () => {
    const tail = Buffer.from(bytesOf(dstate(self, 1)));
    return decompressStep(self, tail, 0);
  });
}, true);

method(decompressSpec, 'copy', (self) => copyZ(self));
method(decompressSpec, '__copy__', (self) => copyZ(self));
method(decompressSpec, '__deepcopy__', (self) => copyZ(self));
getset(decompressSpec, 'unconsumed_tail', (self) => newref(dstate(self, 1)));
getset(decompressSpec, 'unused_data', (self) => newref(dstate(self, 2)));
getset(decompressSpec, 'eof', (self) => newref(I32[self + ZObj.Flags] & ZFlag.Finished ? S.True : S.False));

// ---- the module -----------------------------------------------------------------------------------------

function checksum(fname: string, args: Ref[], kwnames: string[] | null, fn: (d: Uint8Array, v: number) => number,
  dflt: number): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `zlib.${fname}() takes no keyword arguments`);
  if (args.length < 1 || args.length > 2) {
    throw raise(T.TypeError, `${fname} expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  }
  const data = dataArg(fname, args[0]);
  let start = dflt;
  if (args.length === 2) {
    const i = index(args[1]);
    start = Number(BigInt.asUintN(32, intToBigInt(i)));
    decref(i);
  }
  if (data.length > 5 * 1024) {
    const copy = data.slice();
    return newInt(releaseGilAround(() => fn(copy, start)));
  }
  return newInt(fn(data, start));
}

export const zlibModule = defineModule('zlib', {
  extension: true,
  gilSafe: true, // (de)compressor objects carry a lock word (src/gil/object_lock.ts)
  functions: {
    compress: (_m, args, kwnames) => {
      if (args.length === (kwnames === null ? 0 : kwnames.length)) {
        throw raise(T.TypeError, 'compress() takes at least 1 positional argument (0 given)');
      }
      const [d, lv, wb] = kwArgs('compress', ['', 'level', 'wbits'], args, kwnames);
      if (d === 0) throw raise(T.TypeError, 'compress() takes at least 1 positional argument (0 given)');
      return newBytes(compressOnce(dataArg('compress', d), intArg(lv, -1), intArg(wb, 15)));
    },
    decompress: (_m, args, kwnames) => {
      if (args.length === (kwnames === null ? 0 : kwnames.length)) {
        throw raise(T.TypeError, 'decompress() takes at least 1 positional argument (0 given)');
      }
      const [d, wb, bs] = kwArgs('decompress', ['', 'wbits', 'bufsize'], args, kwnames);
      if (d === 0) throw raise(T.TypeError, 'decompress() takes at least 1 positional argument (0 given)');
      const bufsize = intArg(bs, 16384);
      if (bufsize < 0) throw raise(T.ValueError, 'bufsize must be non-negative');
      return newBytes(decompressOnce(dataArg('decompress', d), intArg(wb, 15)));
    },
    crc32: (_m, args, kwnames) => checksum('crc32', args, kwnames, crc32, 0),
    adler32: (_m, args, kwnames) => checksum('adler32', args, kwnames, adler32, 1),
    compressobj: (_m, args, kwnames) => compressobj(args, kwnames),
    decompressobj: (_m, args, kwnames) => decompressobj(args, kwnames),
  },
  releasesGil: ['compress', 'decompress', 'crc32', 'adler32'],
  init(m) {
    for (const [k, v] of Object.entries(Z)) setModuleAttrSteal(m, k, newInt(v));
    const version = process.versions.zlib.split('-')[0]; // the zlib inside Node, e.g. '1.3.1-e00f703'
    setModuleAttrSteal(m, 'ZLIB_VERSION', newStr(version));
    setModuleAttrSteal(m, 'ZLIB_RUNTIME_VERSION', newStr(version));
    setModuleAttr(m, 'Compress', specTypeRef('Compress'));
    setModuleAttr(m, 'Decompress', specTypeRef('Decompress'));
    addExceptionClass(m, 'zlib', 'error');
  },
});
