// array.array items: the typecodes, their C sizes (x86-64 Linux), converting a Python value to an item with
// CPython's exact OverflowError/TypeError texts, and reading/writing items in the (little-endian) buffer.

import { decref, raise, Ref, T } from '../objects/core';
import { isInt, intToBigInt } from '../objects/int';
import { toDouble } from '../objects/float';
import { isStr, strValue } from '../objects/str';
import { index } from '../objects/abstract';

export const TYPECODES = 'bBuhHiIlLqQfd';

export const ITEM_SIZES: Record<string, number> = {
  b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8,
};

/** An item as JS sees it: a number (code point for 'u'), or a bigint for the 8-byte integer codes. */
export type ItemValue = number | bigint;

export const isFloatCode = (tc: string) => tc === 'f' || tc === 'd';
const isWideInt = (tc: string) => tc === 'l' || tc === 'L' || tc === 'q' || tc === 'Q';

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

function overflow(message: string): never {
  throw raise(T.OverflowError, message);
}

/** Check x against [lo, hi], naming the C type as CPython's argument parser does. */
function checkRange(x: bigint, lo: bigint, hi: bigint, ctype: string): void {
  if (x < lo) overflow(`${ctype} is less than minimum`);
  if (x > hi) overflow(`${ctype} is greater than maximum`);
}

/**
 * The range checks CPython's array makes for each integer typecode. They go through the C types of its
 * argument parser (a 'b' item is parsed as a short first, an 'H' item as an int), hence the mixed wording.
 */
function checkInt(tc: string, x: bigint): void {
  const asLong = () => {
    if (x < LONG_MIN || x > LONG_MAX) overflow('Python int too large to convert to C long');
  };
  switch (tc) {
    case 'b':
      asLong();
      checkRange(x, -32768n, 32767n, 'signed short integer');
      return checkRange(x, -128n, 127n, 'signed char');
    case 'B':
      asLong();
      return checkRange(x, 0n, 255n, 'unsigned byte integer');
    case 'h':
      asLong();
      return checkRange(x, -32768n, 32767n, 'signed short integer');
    case 'H':
      asLong();
      checkRange(x, -(2n ** 31n), 2n ** 31n - 1n, 'signed integer');
      return checkRange(x, 0n, 65535n, 'unsigned short');
    case 'i':
      asLong();
      return checkRange(x, -(2n ** 31n), 2n ** 31n - 1n, 'signed integer');
    case 'I':
    case 'L':
      if (x < 0n) overflow("can't convert negative value to unsigned int");
      if (x > ULONG_MAX) overflow('Python int too large to convert to C unsigned long');
      if (tc === 'I' && x > 0xffffffffn) overflow('unsigned int is greater than maximum');
      return;
    case 'l':
      return asLong();
    case 'q':
      if (x < LONG_MIN || x > LONG_MAX) overflow('int too big to convert');
      return;
    case 'Q':
      if (x < 0n) overflow("can't convert negative int to unsigned");
      if (x > ULONG_MAX) overflow('int too big to convert');
  }
}

/** A Python value as an item of typecode tc (TypeError/OverflowError as CPython). May run Python code. */
export function convertItem(tc: string, v: Ref): ItemValue {
  if (tc === 'u') {
    if (!isStr(v) || [...strValue(v)].length !== 1) throw raise(T.TypeError, 'array item must be unicode character');
    return strValue(v).codePointAt(0)!;
  }
  if (isFloatCode(tc)) {
    const x = toDouble(v);
    return tc === 'f' ? Math.fround(x) : x;
  }
  let x: bigint;
  if ((v & 1) === 1) x = BigInt(v >> 1);
  else if (isInt(v)) x = intToBigInt(v);
  else {
    const i = index(v); // "'float' object cannot be interpreted as an integer"
    x = intToBigInt(i);
    decref(i);
  }
  checkInt(tc, x);
  return isWideInt(tc) ? x : Number(x);
}

export function readItem(tc: string, data: Uint8Array, at: number): ItemValue {
  const dv = new DataView(data.buffer, data.byteOffset + at, ITEM_SIZES[tc]);
  switch (tc) {
    case 'b': return dv.getInt8(0);
    case 'B': return dv.getUint8(0);
    case 'h': return dv.getInt16(0, true);
    case 'H': return dv.getUint16(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'I': case 'u': return dv.getUint32(0, true);
    case 'l': case 'q': return dv.getBigInt64(0, true);
    case 'L': case 'Q': return dv.getBigUint64(0, true);
    case 'f': return dv.getFloat32(0, true);
    default: return dv.getFloat64(0, true);
  }
}

export function writeItem(tc: string, data: Uint8Array, at: number, x: ItemValue): void {
  const dv = new DataView(data.buffer, data.byteOffset + at, ITEM_SIZES[tc]);
  switch (tc) {
    case 'b': return dv.setInt8(0, x as number);
    case 'B': return dv.setUint8(0, x as number);
    case 'h': return dv.setInt16(0, x as number, true);
    case 'H': return dv.setUint16(0, x as number, true);
    case 'i': return dv.setInt32(0, x as number, true);
    case 'I': case 'u': return dv.setUint32(0, x as number, true);
    case 'l': case 'q': return dv.setBigInt64(0, x as bigint, true);
    case 'L': case 'Q': return dv.setBigUint64(0, x as bigint, true);
    case 'f': return dv.setFloat32(0, x as number, true);
    default: return dv.setFloat64(0, x as number, true);
  }
}
