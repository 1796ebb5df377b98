// The binascii module (the common part): hex and base64 conversions and the CRC-32 / CRC-CCITT checksums.
// lib/base64.py is built on it.

import { decref, raise, Ref, T } from '../objects/core';
import { newInt, intToBigInt, isInt } from '../objects/int';
import { isStr, strValue } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { bufferArg, bufferOrNull, hexArgs, hexOf } from '../objects/bytes_common';
import { index, isTrue, typeNameOfObj } from '../objects/abstract';
import { kwArgs } from '../objects/text_args';
import { defineModule } from './registry';
import { addExceptionClass, moduleError } from './modutil';

const binasciiError = (message: string) => moduleError('binascii', message, 'Error');

/** The data of an a2b_* argument: a bytes-like object, or a str of ASCII characters. */
function asciiData(r: Ref): Uint8Array {
  if (isStr(r)) {
    const s = strValue(r);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw raise(T.ValueError, 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = bufferOrNull(r);
  if (b === null) throw raise(T.TypeError, `argument should be bytes, buffer or ASCII string, not '${typeNameOfObj(r)}'`);
  return b.slice();
}

// ---- hex ------------------------------------------------------------------------------------------------

function hexlify(args: Ref[], kwnames: string[] | null, fname: string): Ref {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw raise(T.TypeError, `${fname}() missing required argument 'data' (pos 1)`);
  const data = bufferArg(args[0]).slice();
  const [sep, perSep] = hexArgs(fname, args.slice(1), kwnames);
  return newBytes(Uint8Array.from(hexOf(data, sep, perSep), (c) => c.charCodeAt(0)));
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(args: Ref[], kwnames: string[] | null, fname: string): Ref {
  const [arg] = kwArgs(fname, ['hexstr'], args, kwnames);
  if (arg === 0) throw raise(T.TypeError, `${fname}() missing required argument 'hexstr' (pos 1)`);
  const data = asciiData(arg);
  if (data.length % 2 !== 0) throw binasciiError('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]), lo = hexValue(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw binasciiError('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return newBytes(out);
}

// ---- base64 ---------------------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const PAD = 61; // '='

function encodeBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), B64.charCodeAt((n >> 6) & 63), B64.charCodeAt(n & 63));
  }
  const rest = data.length - i;
  if (rest > 0) {
    const n = (data[i] << 16) | (rest === 2 ? data[i + 1] << 8 : 0);
    out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63));
    out.push(rest === 2 ? B64.charCodeAt((n >> 6) & 63) : PAD, PAD);
  }
  if (newline) out.push(10);
  return Uint8Array.from(out);
}

/**
 * Decode base64 as binascii does. Outside strict mode, characters outside the alphabet are skipped, and a
 * pad that completes a group of four ends the data; strict mode rejects anything irregular.
 */
function decodeBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  if (strict && data.length > 0 && data[0] === PAD) throw binasciiError('Leading padding not allowed');
  let quadPos = 0; // characters of the current group of four seen so far
  let left = 0; // bits carried to the next output byte
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === PAD) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw binasciiError('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) {
      if (strict) throw binasciiError('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw binasciiError('Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0: left = v; break;
      case 1: out.push((left << 2) | (v >> 4)); left = v & 0x0f; break;
      case 2: out.push(((left << 4) | (v >> 2)) & 0xff); left = v & 0x03; break;
      case 3: out.push(((left << 6) | v) & 0xff); left = 0; break;
    }
    quadPos = (quadPos + 1) % 4;
  }
  if (quadPos === 1) {
    throw binasciiError('Invalid base64-encoded string: number of data characters '
      + `(${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPos !== 0) throw binasciiError('Incorrect padding');
  return Uint8Array.from(out);
}

// ---- checksums ------------------------------------------------------------------------------------------

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, start: number): number {
  let c = ~start >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-CCITT (polynomial 0x1021), most significant bit first, as binascii.crc_hqx. */
function crcHqx(data: Uint8Array, start: number): number {
  let crc = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i] << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** An int argument reduced modulo 2**bits (C's unsigned conversion of the initial CRC value). */
function unsignedArg(r: Ref, bits: bigint): number {
  const i = isInt(r) ? r : index(r);
  const v = intToBigInt(i);
  if (i !== r) decref(i);
  return Number(BigInt.asUintN(Number(bits), v));
}

// ---- the module -----------------------------------------------------------------------------------------

export const binasciiModule = defineModule('binascii', {
  extension: true,
  gilSafe: true, // no state
  functions: {
    hexlify: (_m, args, kwnames) => hexlify(args, kwnames, 'hexlify'),
    b2a_hex: (_m, args, kwnames) => hexlify(args, kwnames, 'b2a_hex'),
    unhexlify: (_m, args, kwnames) => unhexlify(args, kwnames, 'unhexlify'),
    a2b_hex: (_m, args, kwnames) => unhexlify(args, kwnames, 'a2b_hex'),
    b2a_base64: (_m, args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw !== 1) {
        throw raise(T.TypeError, `b2a_base64() takes exactly 1 positional argument (${args.length - nkw} given)`);
      }
      let newline = true;
      for (let k = 0; k < nkw; k++) {
        if (kwnames![k] !== 'newline') {
          throw raise(T.TypeError, `b2a_base64() got an unexpected keyword argument '${kwnames![k]}'`);
        }
        newline = isTrue(args[args.length - nkw + k]);
      }
      return newBytes(encodeBase64(bufferArg(args[0]).slice(), newline));
    },
    a2b_base64: (_m, args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw !== 1) {
        throw raise(T.TypeError, `a2b_base64() takes exactly 1 positional argument (${args.length - nkw} given)`);
      }
      let strict = false;
      for (let k = 0; k < nkw; k++) {
        if (kwnames![k] !== 'strict_mode') {
          throw raise(T.TypeError, `a2b_base64() got an unexpected keyword argument '${kwnames![k]}'`);
        }
        strict = isTrue(args[args.length - nkw + k]);
      }
      return newBytes(decodeBase64(asciiData(args[0]), strict));
    },
    crc32: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'crc32() takes no keyword arguments');
      if (args.length < 1 || args.length > 2) {
        throw raise(T.TypeError, `crc32 expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
      }
      const data = bufferArg(args[0]);
      const start = args.length === 2 ? unsignedArg(args[1], 32n) : 0;
      return newInt(crc32(data, start));
    },
    crc_hqx: (_m, args, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'crc_hqx() takes no keyword arguments');
      if (args.length !== 2) throw raise(T.TypeError, `crc_hqx expected 2 arguments, got ${args.length}`);
      const data = bufferArg(args[0]);
      return newInt(crcHqx(data, unsignedArg(args[1], 32n)));
    },
  },
  init(m) {
    addExceptionClass(m, 'binascii', 'Error', [T.ValueError]);
    addExceptionClass(m, 'binascii', 'Incomplete', [T.Exception]);
  },
});
