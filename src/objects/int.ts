// int: arbitrary precision. Values in [-2**30, 2**30) are tagged refs (no allocation, no refcount); larger
// ones are heap objects holding 32-bit limbs (layout BigInt_), and arithmetic on them goes through JS BigInt.
// bool is an int subclass whose two instances (True, False) use the same limb layout.

import { I32, U32 } from '../heap/heap';
import { BigInt_, Layout, Obj, TypeObj, TypeFlag } from '../heap/layout';
import { allocObject, Ref, T, S, raise, newref, typeOf } from './core';
import { hashSmallInt, hashBigInt } from './hash';
import { defineType, BinOp, CompareOp } from './typespec';
import { newStr as newStrFromJs } from './str';

export const SMALL_MIN = -0x40000000;
export const SMALL_MAX = 0x3fffffff;

export const intSpec = defineType({
  name: 'int', key: 'int', layout: Layout.Int, basicWords: BigInt_.Limbs, flags: TypeFlag.LongSubclass | TypeFlag.BaseType,
});

export function isSmall(r: Ref): boolean {
  return (r & 1) === 1;
}

/** The value of a tagged small int. */
export function smallValue(r: Ref): number {
  return r >> 1;
}

/** An int from a JS number that is an integer (exact if it is a safe integer). */
export function newInt(n: number): Ref {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  if (Number.isSafeInteger(n)) return allocSafeInt(n);
  return newBigInt(BigInt(n));
}

/** A heap int for a safe integer beyond the tagged range: at most two limbs, written without a bigint. */
function allocSafeInt(n: number): Ref {
  const m = n < 0 ? -n : n;
  const lo = m % 4294967296;
  const hi = (m - lo) / 4294967296;
  const count = hi === 0 ? 1 : 2;
  const r = allocObject(T.int, BigInt_.Limbs + count);
  I32[r + BigInt_.Count] = n < 0 ? -count : count;
  U32[r + BigInt_.Limbs] = lo;
  if (hi !== 0) U32[r + BigInt_.Limbs + 1] = hi;
  return r;
}

/** An int from a bigint. */
export function newBigInt(b: bigint): Ref {
  if (b >= -0x40000000n && b <= 0x3fffffffn) return (Number(b) << 1) | 1;
  if (b >= -0x1fffffffffffffn && b <= 0x1fffffffffffffn) return allocSafeInt(Number(b));
  return allocBigInt(T.int, b);
}

/** An int-layout object of type `type` holding b (used for big ints, bools and int subclasses). */
export function allocBigInt(type: Ref, b: bigint, extraWords = 0): Ref {
  const neg = b < 0n;
  let m = neg ? -b : b;
  const limbs: number[] = [];
  while (m > 0n) {
    limbs.push(Number(m & 0xffffffffn));
    m >>= 32n;
  }
  const r = allocObject(type, BigInt_.Limbs + limbs.length + extraWords);
  I32[r + BigInt_.Count] = neg ? -limbs.length : limbs.length;
  for (let i = 0; i < limbs.length; i++) U32[r + BigInt_.Limbs + i] = limbs[i];
  return r;
}

/** Is r an int (including bool and int subclasses)? */
export function isInt(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = I32[r + Obj.Type];
  return t === T.int || t === T.bool || (I32[t + TypeObj.Flags] & TypeFlag.LongSubclass) !== 0;
}

export function isExactInt(r: Ref): boolean {
  return (r & 1) === 1 || I32[r + Obj.Type] === T.int;
}

/** The value of an int object as a bigint. */
export function intToBigInt(r: Ref): bigint {
  if ((r & 1) === 1) return BigInt(r >> 1);
  const count = I32[r + BigInt_.Count];
  const n = Math.abs(count);
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(U32[r + BigInt_.Limbs + i]);
  return count < 0 ? -v : v;
}

/** The value as a JS number (rounded when beyond 2**53). */
export function intToNumber(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const count = I32[r + BigInt_.Count];
  const n = Math.abs(count);
  if (n <= 1) return count === 0 ? 0 : count < 0 ? -U32[r + BigInt_.Limbs] : U32[r + BigInt_.Limbs];
  return Number(intToBigInt(r));
}

/** The value if it fits a safe integer, else null. */
export function intToSafe(r: Ref): number | null {
  if ((r & 1) === 1) return r >> 1;
  const count = I32[r + BigInt_.Count];
  const n = Math.abs(count);
  if (n === 0) return 0;
  if (n === 1) return count < 0 ? -U32[r + BigInt_.Limbs] : U32[r + BigInt_.Limbs];
  if (n === 2 && U32[r + BigInt_.Limbs + 1] < 0x200000) {
    const v = U32[r + BigInt_.Limbs + 1] * 4294967296 + U32[r + BigInt_.Limbs];
    return count < 0 ? -v : v;
  }
  return null;
}

/** bigint → int ref or small number fast path */
export function numOrBig(v: number): Ref {
  return Number.isSafeInteger(v) ? newInt(v) : newBigInt(BigInt(v));
}

export function intHash(r: Ref): number {
  const v = intToSafe(r);
  if (v !== null) return hashSmallInt(v);
  return hashBigInt(intToBigInt(r));
}

export function intRepr(r: Ref): string {
  if ((r & 1) === 1) return String(r >> 1);
  const v = intToSafe(r);
  if (v !== null) return String(v);
  const b = intToBigInt(r);
  const s = b.toString();
  const digits = b < 0n ? s.length - 1 : s.length;
  if (digits > 4300) {
    throw raise(T.ValueError, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
  }
  return s;
}

// ---- arithmetic ---------------------------------------------------------------------------------------------

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

/** True division of ints, correctly rounded as CPython. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw raise(T.ZeroDivisionError, 'division by zero');
  const na = Number(a), nb = Number(b);
  if (Number.isSafeInteger(na) && Number.isSafeInteger(nb)) return na / nb;
  // Scale so the quotient has 64+ significant bits, then round once.
  const neg = (a < 0n) !== (b < 0n);
  let x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const shift = y.toString(2).length - x.toString(2).length + 66;
  let q: bigint;
  if (shift > 0) q = (x << BigInt(shift)) / y;
  else q = x / (y << BigInt(-shift));
  const exact = shift > 0 ? (x << BigInt(shift)) % y === 0n : x % (y << BigInt(-shift)) === 0n;
  if (!exact) q |= 1n; // sticky bit so the conversion rounds correctly
  const r = Number(q) * Math.pow(2, -shift);
  if (!isFinite(r)) throw raise(T.OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

/** int ** int (non-negative exponent) or a float for negative exponents. */
function intPow(a: bigint, b: bigint): Ref {
  if (b < 0n) return intNegativePow(a, b); // a float result, computed by float.ts
  return newBigInt(a ** b);
}

// float.ts registers itself here to avoid an import cycle at load time.
export let floatFromNumber: (x: number) => Ref = () => 0;
export function setFloatFactory(fn: (x: number) => Ref): void {
  floatFromNumber = fn;
}
/** int ** negative int: both converted to float, then float power (set by float.ts). */
export let intNegativePow: (a: bigint, b: bigint) => Ref = () => 0;
export function setIntNegativePow(fn: (a: bigint, b: bigint) => Ref): void {
  intNegativePow = fn;
}

/** nb_* for int operands (either side may be a non-int: then NotImplemented). */
export function intBinop(op: BinOp, a: Ref, b: Ref): Ref {
  if (!isInt(a) || !isInt(b)) return newref(S.NotImplemented);
  if ((a & b & 1) === 1) {
    const x = a >> 1, y = b >> 1;
    switch (op) {
      case BinOp.Add: return newInt(x + y);
      case BinOp.Sub: return newInt(x - y);
      case BinOp.Mul: {
        const p = x * y;
        if (Number.isSafeInteger(p)) return newInt(p);
        break;
      }
      case BinOp.FloorDiv:
        if (y === 0) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
        return newInt(Math.floor(x / y));
      case BinOp.Mod: {
        if (y === 0) throw raise(T.ZeroDivisionError, 'integer modulo by zero');
        const m = x % y;
        return newInt(m !== 0 && (m < 0) !== (y < 0) ? m + y : m);
      }
      case BinOp.TrueDiv:
        if (y === 0) throw raise(T.ZeroDivisionError, 'division by zero');
        return floatFromNumber(x / y);
      case BinOp.And: return newInt(x & y);
      case BinOp.Or: return newInt(x | y);
      case BinOp.Xor: return newInt(x ^ y);
      case BinOp.LShift:
        if (y < 0) throw raise(T.ValueError, 'negative shift count');
        if (y < 22) return newInt(x * (1 << y));
        break;
      case BinOp.RShift:
        if (y < 0) throw raise(T.ValueError, 'negative shift count');
        return newInt(y > 31 ? (x < 0 ? -1 : 0) : x >> y);
      case BinOp.Pow:
        if (y >= 0) {
          const p = Math.pow(x, y);
          if (Number.isSafeInteger(p)) return newInt(p);
        }
        break;
      case BinOp.MatMul:
        return newref(S.NotImplemented);
    }
  }
  // Both within 2**53: plain doubles are exact, and bigints (slow to make) are needed only on overflow.
  const sx = intToSafe(a);
  if (sx !== null) {
    const sy = intToSafe(b);
    if (sy !== null) {
      const r = safeIntOp(op, sx, sy);
      if (r !== 0) return r;
    }
  }
  const x = intToBigInt(a), y = intToBigInt(b);
  switch (op) {
    case BinOp.Add: return newBigInt(x + y);
    case BinOp.Sub: return newBigInt(x - y);
    case BinOp.Mul: return newBigInt(x * y);
    case BinOp.FloorDiv:
      if (y === 0n) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
      return newBigInt(floorDiv(x, y));
    case BinOp.Mod:
      if (y === 0n) throw raise(T.ZeroDivisionError, 'integer modulo by zero');
      return newBigInt(floorMod(x, y));
    case BinOp.TrueDiv: return floatFromNumber(intTrueDiv(x, y));
    case BinOp.And: return newBigInt(x & y);
    case BinOp.Or: return newBigInt(x | y);
    case BinOp.Xor: return newBigInt(x ^ y);
    case BinOp.LShift:
      if (y < 0n) throw raise(T.ValueError, 'negative shift count');
      if (y > 0x7fffffffn) throw raise(T.OverflowError, 'too many digits in integer');
      return newBigInt(x << y);
    case BinOp.RShift:
      if (y < 0n) throw raise(T.ValueError, 'negative shift count');
      return newBigInt(y > 0xffffffn ? (x < 0n ? -1n : 0n) : x >> y);
    case BinOp.Pow: return intPow(x, y);
  }
  return newref(S.NotImplemented);
}

/** op on two safe integers as an int ref, or 0 when the exact result needs bigints (or an error is due). */
function safeIntOp(op: BinOp, x: number, y: number): Ref {
  let r: number;
  switch (op) {
    case BinOp.Add: r = x + y; break;
    case BinOp.Sub: r = x - y; break;
    // a product beyond 2**53 rounds to a value that is not a safe integer, so the check below catches it
    case BinOp.Mul: r = x * y; break;
    case BinOp.FloorDiv:
    case BinOp.Mod: {
      if (y === 0) return 0;
      let m = x % y;
      if (m !== 0 && (m < 0) !== (y < 0)) m += y;
      r = op === BinOp.Mod ? m : (x - m) / y; // x - m is a multiple of y: the division is exact
      break;
    }
    default: return 0;
  }
  return Number.isSafeInteger(r) ? newInt(r) : 0;
}

export function intCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isInt(b)) return newref(S.NotImplemented);
  let c: number;
  const sx = intToSafe(a), sy = intToSafe(b);
  if (sx !== null && sy !== null) c = sx < sy ? -1 : sx > sy ? 1 : 0;
  else {
    const x = intToBigInt(a), y = intToBigInt(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return boolRef(compareResult(c, op));
}

export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.Lt: return c < 0;
    case CompareOp.Le: return c <= 0;
    case CompareOp.Eq: return c === 0;
    case CompareOp.Ne: return c !== 0;
    case CompareOp.Gt: return c > 0;
    default: return c >= 0;
  }
}

export function boolRef(b: boolean): Ref {
  return b ? S.True : S.False;
}

/** An int-valued result of an int subclass operation is a plain int. */
export function asExactInt(r: Ref): Ref {
  if (isExactInt(r)) return newref(r);
  return newBigInt(intToBigInt(r));
}

export function isIntOrBool(r: Ref): boolean {
  return isInt(r);
}

export function typeIsInt(t: Ref): boolean {
  return t === T.int || (I32[t + TypeObj.Flags] & TypeFlag.LongSubclass) !== 0;
}

intSpec.slots.repr = (r) => newStrFromJs(intRepr(r));
intSpec.slots.hash = intHash;
intSpec.slots.compare = intCompare;
intSpec.slots.binop = intBinop;
intSpec.slots.bool = (r) => ((r & 1) === 1 ? r !== 1 : I32[r + BigInt_.Count] !== 0);
intSpec.slots.neg = (r) => ((r & 1) === 1 ? newInt(-(r >> 1)) : newBigInt(-intToBigInt(r)));
intSpec.slots.pos = (r) => asExactInt(r);
intSpec.slots.invert = (r) => ((r & 1) === 1 ? newInt(~(r >> 1)) : newBigInt(-intToBigInt(r) - 1n));
intSpec.slots.abs = (r) => ((r & 1) === 1 ? newInt(Math.abs(r >> 1)) : newBigInt(intToBigInt(r) < 0n ? -intToBigInt(r) : intToBigInt(r)));
intSpec.slots.index = (r) => asExactInt(r);
intSpec.slots.float = (r) => intToNumber(r);

export { typeOf };
