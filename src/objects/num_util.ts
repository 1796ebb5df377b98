// Helpers shared by the numeric types' methods (float, complex, int): CPython's argument-count messages for
// slot wrappers and methods, bytes-like access for the constructors, and small conversions.

import { I32, U8 } from '../heap/heap';
import { Block, ByteArrayObj, Layout, Obj, TypeObj } from '../heap/layout';
import { decref, raise, Ref, T } from './core';
import { isSubtype, isType, typeNameOf } from './type';
import { index, typeNameOfObj } from './abstract';
import { isBytes, bytesView } from './bytes';
import { newTuple, tupleInit } from './tuple';
import { intToBigInt, intToSafe, newBigInt, newInt } from './int';
import { hashHi } from './hash';
import { reprBytes } from '../text/str_repr';

// ---- argument checking, conversions --------------------------------------------------------------------

/** CPython's arity errors for slot wrappers (`(1.5).__add__()` → "expected 1 argument, got 0"). */
export function wrapperArgs(args: Ref[], kwnames: string[] | null, n: number, name = ''): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${name || 'wrapper'}() takes no keyword arguments`);
  if (args.length !== n) {
    throw raise(T.TypeError, `${name}expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** The method-style arity error: "float.is_integer() takes no arguments (1 given)". */
export function noArgs(qualname: string, args: Ref[], kwnames: string[] | null): void {
  if (args.length !== 0) {
    if (kwnames !== null && kwnames.length === args.length) throw raise(T.TypeError, `${qualname}() takes no keyword arguments`);
    throw raise(T.TypeError, `${qualname}() takes no arguments (${args.length} given)`);
  }
}

/** The bytes of a bytes or bytearray object (a view valid until the heap changes), or null. */
export function bytesLikeData(r: Ref): Uint8Array | null {
  if ((r & 1) === 1) return null;
  if (isBytes(r)) return bytesView(r);
  const t = I32[r + Obj.Type];
  if (t === T.bytearray || I32[t + TypeObj.Layout] === Layout.ByteArray) {
    const n = I32[r + ByteArrayObj.Length];
    const raw = I32[r + ByteArrayObj.Buffer];
    if (n === 0 || raw === 0) return new Uint8Array(0);
    const off = (raw + Block.RawHeaderWords) * 4;
    return U8.subarray(off, off + n);
  }
  return null;
}

/** repr of a bytes-like object as CPython prints it in messages: b'..' or bytearray(b'..'). */
export function bytesLikeRepr(r: Ref, data: Uint8Array): string {
  const b = reprBytes(data);
  return isBytes(r) ? b : `${typeNameOfObj(r)}(${b})`;
}

export function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

/** A Python int for the integral double x (|x| may be beyond 2**53). */
export function intFromIntegralDouble(x: number): Ref {
  if (Number.isSafeInteger(x)) return newInt(x);
  return newBigInt(BigInt(x));
}

/** int(x) for a double: truncation, with CPython's errors for NaN and infinities. */
export function doubleToIntRef(x: number): Ref {
  if (x !== x) throw raise(T.ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw raise(T.OverflowError, 'cannot convert float infinity to integer');
  return intFromIntegralDouble(Math.trunc(x));
}

/** ndigits for round(): an int (via __index__), clamped to a range where the exact value stops mattering. */
export function ndigitsValue(r: Ref): number {
  const i = index(r);
  const v = intToSafe(i);
  const n = v !== null ? v : intToBigInt(i) < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  decref(i);
  return n;
}

/** A 2-tuple of new references (stolen). */
export function pair(a: Ref, b: Ref): Ref {
  const t = newTuple(2);
  tupleInit(t, 0, a);
  tupleInit(t, 1, b);
  return t;
}

/** A Python int from a (lo, hashHi) hash pair. */
export function hashRef(lo: number): Ref {
  const hi = hashHi;
  if ((hi === 0 && lo >= 0) || (hi === -1 && lo < 0)) return newInt(lo);
  return newBigInt(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)));
}

export { checkNewType, oneArg } from './args';
