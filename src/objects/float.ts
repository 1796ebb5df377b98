// float: a float64 in the heap (layout FloatObj). This file holds the representation, the conversions every
// numeric type needs (toDouble, exact int → double), and the hot paths: arithmetic, comparison and hashing.
// The Python-visible methods and the constructor live in float_methods.ts.

import { F64, I32 } from '../heap/heap';
import { FloatObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, BuiltinTypeName, decref, newref, raise, Ref, S, T } from './core';
import { BinOp, CompareOp, defineType } from './typespec';
import {
  boolRef, compareResult, intToBigInt, intToSafe, isInt, setFloatFactory, setIntNegativePow,
} from './int';
import { hashFloat, hashSmallInt } from './hash';
import { constFactories } from './code';
import { newStr } from './str';
import { callDunder, N, typeNameOfObj } from './abstract';
import { floatRepr } from '../text/float_repr';
import { HostError } from '../text/host_error';
import { powCorrect } from '../modules/libm/elementary';

export const floatSpec = defineType({
  name: 'float', key: 'float', layout: Layout.Float, basicWords: FloatObj.Size, flags: TypeFlag.BaseType,
});

// ---- representation ----------------------------------------------------------------------------------------

/** A new exact float. */
export function newFloat(x: number): Ref {
  const r = allocObject(T.float, FloatObj.Size);
  F64[(r + FloatObj.Value) >> 1] = x;
  return r;
}

/** A float of type `type` (float or a subclass of it). */
export function newFloatOfType(type: Ref, x: number): Ref {
  if (type === T.float) return newFloat(x);
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  F64[(r + FloatObj.Value) >> 1] = x;
  return r;
}

/** The value of a float (or float subclass instance). */
export function floatValue(r: Ref): number {
  return F64[(r + FloatObj.Value) >> 1];
}

export function isExactFloat(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.float;
}

/** Is r a float or an instance of a float subclass? */
export function isFloat(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.float || I32[t + TypeObj.Layout] === Layout.Float;
}

setFloatFactory(newFloat);
constFactories.float = newFloat;
setIntNegativePow((a, b) => floatPow(bigintToDouble(a), bigintToDouble(b)));

// ---- HostError (thrown by src/text) → Python exception -----------------------------------------------------

/** Turn a HostError from the pure text/number libraries into a PyErr; other errors pass unchanged. */
export function fromHost(e: unknown): unknown {
  if (e instanceof HostError) {
    const t = T[e.pyType as BuiltinTypeName] || T.ValueError;
    return raise(t, e.message);
  }
  return e;
}

// ---- conversions -------------------------------------------------------------------------------------------

/** An int as a double, rounded to nearest; OverflowError when it is too large (as CPython's PyLong_AsDouble). */
export function intToDouble(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const v = intToSafe(r);
  if (v !== null) return v;
  const d = Number(intToBigInt(r));
  if (d === Infinity || d === -Infinity) throw raise(T.OverflowError, 'int too large to convert to float');
  return d;
}

export function bigintToDouble(v: bigint): number {
  const d = Number(v);
  if (d === Infinity || d === -Infinity) throw raise(T.OverflowError, 'int too large to convert to float');
  return d;
}

/**
 * float, int, or an object with __float__ / __index__ → a double (PyFloat_AsDouble). Other objects raise
 * TypeError `must be real number, not X`.
 */
export function toDouble(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const t = I32[r + Obj.Type];
  if (t === T.float) return F64[(r + FloatObj.Value) >> 1];
  const d = toDoubleOrNull(r);
  if (d === null) throw raise(T.TypeError, `must be real number, not ${typeNameOfObj(r)}`);
  return d;
}

/** As toDouble, but null (no exception) when r has neither __float__ nor __index__. */
export function toDoubleOrNull(r: Ref): number | null {
  if ((r & 1) === 1) return r >> 1;
  const t = I32[r + Obj.Type];
  if (t === T.float) return F64[(r + FloatObj.Value) >> 1];
  if (isInt(r)) return intToDouble(r);
  const f = callDunder(r, N.__float__, []);
  if (f !== 0) {
    if (!isFloat(f)) {
      const tn = typeNameOfObj(f);
      decref(f);
      throw raise(T.TypeError, `${typeNameOfObj(r)}.__float__ returned non-float (type ${tn})`);
    }
    const v = floatValue(f);
    decref(f);
    return v;
  }
  if (I32[t + TypeObj.Layout] === Layout.Float) return floatValue(r); // float subclass without __float__ override
  const i = callDunder(r, N.__index__, []);
  if (i !== 0) {
    try {
      if (!isInt(i)) throw raise(T.TypeError, `__index__ returned non-int (type ${typeNameOfObj(i)})`);
      return intToDouble(i);
    } finally {
      decref(i);
    }
  }
  return null;
}

// Operand conversion for the binary slots: a float or an int (exactly), else "not a number" (NotImplemented).
let operandMissing = false;
function operand(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const t = I32[r + Obj.Type];
  if (t === T.float || I32[t + TypeObj.Layout] === Layout.Float) return F64[(r + FloatObj.Value) >> 1];
  if (isInt(r)) return intToDouble(r);
  operandMissing = true;
  return 0;
}

// ---- arithmetic ---------------------------------------------------------------------------------------------

/** Python's x % y for doubles (y != 0): the result has the sign of y. */
export function floatMod(x: number, y: number): number {
  let m = x % y; // JS % is C's fmod: exact
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

/** Python's x // y for doubles (y != 0), consistent with floatMod: x == (x // y) * y + x % y, nearly. */
export function floatFloorDiv(x: number, y: number): number {
  const m = x % y;
  let div = (x - m) / y; // exact or nearly: x - m is a multiple of y
  if (m !== 0 && y < 0 !== m < 0) div -= 1;
  if (div === 0) {
    const q = x / y; // keep the sign of the true quotient
    return q < 0 || (q === 0 && 1 / q < 0) ? -0 : 0;
  }
  let fd = Math.floor(div);
  if (div - fd > 0.5) fd += 1; // div was a hair below an integer
  return fd;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/**
 * x ** y for doubles with Python's special cases and errors. Returns null when the result is complex
 * (a negative base raised to a non-integer power); the caller then does complex power.
 */
export function floatPowValue(x: number, y: number): number | null {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw raise(T.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) return null;
  if (x === 1) return 1;
  const r = powCorrect(x, y);
  if (r === Infinity || r === -Infinity) throw raise(T.OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

/** Complex power (set by complex.ts, which imports this file): a ** b for (re, im) pairs. */
let complexPowFromFloats: (ar: number, ai: number, br: number, bi: number) => Ref = () => 0;
export function setComplexPow(fn: typeof complexPowFromFloats): void {
  complexPowFromFloats = fn;
}

/** x ** y as a Python object: a float, or a complex for a negative base and fractional exponent. */
export function floatPow(x: number, y: number): Ref {
  const v = floatPowValue(x, y);
  if (v === null) return complexPowFromFloats(x, 0, y, 0);
  return newFloat(v);
}

/** nb_* for floats: either operand may be the float; the other must be a float or an int. */
export function floatBinop(op: BinOp, a: Ref, b: Ref): Ref {
  let x: number, y: number;
  // fast path: two exact floats
  if ((a & 1) === 0 && I32[a + Obj.Type] === T.float) x = F64[(a + FloatObj.Value) >> 1];
  else {
    operandMissing = false;
    x = operand(a);
    if (operandMissing) return newref(S.NotImplemented);
  }
  if ((b & 1) === 0 && I32[b + Obj.Type] === T.float) y = F64[(b + FloatObj.Value) >> 1];
  else {
    operandMissing = false;
    y = operand(b);
    if (operandMissing) return newref(S.NotImplemented);
  }
  switch (op) {
    case BinOp.Add: return newFloat(x + y);
    case BinOp.Sub: return newFloat(x - y);
    case BinOp.Mul: return newFloat(x * y);
    case BinOp.TrueDiv:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float division by zero');
      return newFloat(x / y);
    case BinOp.FloorDiv:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float floor division by zero');
      return newFloat(floatFloorDiv(x, y));
    case BinOp.Mod:
      if (y === 0) throw raise(T.ZeroDivisionError, 'float modulo');
      return newFloat(floatMod(x, y));
    case BinOp.Pow:
      return floatPow(x, y);
  }
  return newref(S.NotImplemented);
}

/** divmod(x, y) for doubles as [floordiv, mod]. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw raise(T.ZeroDivisionError, 'float divmod()');
  return [floatFloorDiv(x, y), floatMod(x, y)];
}

// ---- comparison ---------------------------------------------------------------------------------------------

/**
 * Compare a double with an int exactly (CPython does not round the int to a double): -1, 0 or 1, or 2 when
 * x is a NaN (unordered).
 */
export function compareDoubleInt(x: number, n: Ref): number {
  if (x !== x) return 2;
  const small = intToSafe(n);
  if (small !== null) return x < small ? -1 : x > small ? 1 : 0; // a safe integer is an exact double
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const b = BigInt(fl);
  const v = intToBigInt(n);
  if (b < v) return -1; // x < fl + 1 <= v
  if (b > v) return 1;
  return x === fl ? 0 : 1;
}

function unorderedResult(op: CompareOp): Ref {
  return op === CompareOp.Ne ? S.True : S.False;
}

export function floatCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  const x = F64[(a + FloatObj.Value) >> 1];
  if ((b & 1) === 0 && (I32[b + Obj.Type] === T.float || I32[I32[b + Obj.Type] + TypeObj.Layout] === Layout.Float)) {
    const y = F64[(b + FloatObj.Value) >> 1];
    switch (op) {
      case CompareOp.Lt: return boolRef(x < y);
      case CompareOp.Le: return boolRef(x <= y);
      case CompareOp.Eq: return boolRef(x === y);
      case CompareOp.Ne: return boolRef(x !== y);
      case CompareOp.Gt: return boolRef(x > y);
      default: return boolRef(x >= y);
    }
  }
  if (isInt(b)) {
    const c = compareDoubleInt(x, b);
    return c === 2 ? unorderedResult(op) : boolRef(compareResult(c, op));
  }
  return newref(S.NotImplemented);
}

// ---- hashing ------------------------------------------------------------------------------------------------

/** hash() of a double as CPython's; a NaN hashes by the identity of the object holding it. */
export function hashDouble(x: number, owner: Ref): number {
  if (x !== x) return hashSmallInt((owner * 4) >>> 3); // as object.__hash__
  if (Number.isSafeInteger(x)) return hashSmallInt(x);
  return hashFloat(x);
}

export function floatHash(r: Ref): number {
  return hashDouble(F64[(r + FloatObj.Value) >> 1], r);
}

// ---- the remaining slots -------------------------------------------------------------------------------------

export function floatReprRef(r: Ref): Ref {
  return newStr(floatRepr(F64[(r + FloatObj.Value) >> 1]));
}

/** +x: the object itself for an exact float, else a plain float with the value. */
function floatPos(r: Ref): Ref {
  if (I32[r + Obj.Type] === T.float) return newref(r);
  return newFloat(floatValue(r));
}

const slots = floatSpec.slots;
slots.repr = floatReprRef;
slots.hash = floatHash;
slots.compare = floatCompare;
slots.binop = floatBinop;
slots.bool = (r) => F64[(r + FloatObj.Value) >> 1] !== 0;
slots.neg = (r) => newFloat(-F64[(r + FloatObj.Value) >> 1]);
slots.pos = floatPos;
slots.abs = (r) => newFloat(Math.abs(F64[(r + FloatObj.Value) >> 1]));
slots.float = (r) => F64[(r + FloatObj.Value) >> 1];

