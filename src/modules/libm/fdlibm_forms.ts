// sinh, cosh, tanh, asinh, acosh, atanh, log10: glibc computes these with fdlibm's short formulas over exp,
// log, expm1 and log1p rather than rounding correctly, and CPython shows glibc's results. Evaluating the same
// formulas, with the same branch points, over correctly rounded exp/log (elementary.ts, as glibc's are) and
// V8's expm1/log1p (fdlibm's, as glibc's are) reproduces them.

import { LN10_SCALED, LN2_SCALED, SCALE_BITS, splitConstant } from './constants';
import { INV_LN10_H, LN2_H, exp, exponentOf, ldexp, log } from './elementary';

const bits = new DataView(new ArrayBuffer(8));

/** The upper 32 bits of a double, as fdlibm's branch points compare them. */
function highWord(x: number): number {
  bits.setFloat64(0, x);
  return bits.getUint32(0);
}

const HW_TINY = 0x3e300000; // 2**-28
const HW_ONE = 0x3ff00000;
const HW_TWO = 0x40000000;
const HW_22 = 0x40360000;
const HW_LOG_MAX = 0x40862e42; // log(DBL_MAX), by its high word
const OVERFLOW_LIMIT = 710.4758600739439; // sinh/cosh overflow above this

export function sinh(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  const hw = highWord(a);
  if (hw < HW_22) {
    if (hw < HW_TINY) return x;
    const t = Math.expm1(a);
    if (hw < HW_ONE) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (hw < HW_LOG_MAX) return h * exp(a);
  if (a <= OVERFLOW_LIMIT) {
    const w = exp(0.5 * a);
    return h * w * w;
  }
  return x * Infinity;
}

export function cosh(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a === Infinity) return Infinity;
  const hw = highWord(a);
  if (hw < 0x3fd62e43) {
    // |x| < ln2 / 2
    const t = Math.expm1(a);
    const w = 1 + t;
    if (hw < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (hw < HW_22) {
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (hw < HW_LOG_MAX) return 0.5 * exp(a);
  if (a <= OVERFLOW_LIMIT) {
    const w = exp(0.5 * a);
    return 0.5 * w * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  const hw = highWord(a);
  let z: number;
  if (hw < HW_22) {
    if (hw < 0x3c800000) return x * (1 + x); // |x| < 2**-55
    if (hw >= HW_ONE) {
      const t = Math.expm1(2 * a);
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * a);
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}
export const expm1 = Math.expm1;
export const log1p = Math.log1p;

export function atanh(x: number): number {
  const a = Math.abs(x);
  if (a > 1) return NaN;
  return Math.atanh(x);
}

const LN2_DOUBLE = LN2_H;

export function asinh(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  const hw = highWord(a);
  if (hw < HW_TINY) return x;
  let w: number;
  if (hw > 0x41b00000) w = log(a) + LN2_DOUBLE; // |x| > 2**28
  else if (hw > HW_TWO) w = log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  else {
    const t = a * a;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x === Infinity) return x;
  const hw = highWord(x);
  if (hw >= 0x41b00000) return log(x) + LN2_DOUBLE; // x >= 2**28
  if (x === 1) return 0;
  if (hw > HW_TWO) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

// log10(2) split so that k * LOG10_2_HI is exact for any binary exponent k, and 1/ln 10.
const [LOG10_2_HI, LOG10_2_LO] = splitConstant((LN2_SCALED << BigInt(SCALE_BITS)) / LN10_SCALED, SCALE_BITS, 2, 40);
const INV_LN10 = INV_LN10_H;

export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  // x = m 2^k with m in [1, 2), taken as (m/2) 2^(k+1) when k < 0
  let k = exponentOf(x);
  let m = ldexp(x, -k);
  if (k < 0) {
    m /= 2;
    k += 1;
  }
  const z = k * LOG10_2_LO + INV_LN10 * log(m);
  return z + k * LOG10_2_HI;
}
