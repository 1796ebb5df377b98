// Correctly rounded elementary functions. JS's Math.exp/log/sin/pow… may be one ulp off (V8 uses fdlibm),
// while CPython's results come from glibc, which rounds correctly in practice; repr() shows the difference.
// So each function computes its value in double-double (~106 bits, see dd.ts) and rounds once.
//
// Special values (NaN, infinities, zeros, domain errors as NaN, overflow as ±Infinity) follow C99 Annex F;
// callers (math.ts, cmath.ts, float.ts) turn NaN/Infinity from finite input into Python's exceptions.

import { R, add, addD, div, mul, mulD, sqrt as ddSqrt, twoProd, twoSum } from './dd';
import { LN10_SCALED, LN2_SCALED, PI_SCALED, SCALE_BITS, mantExp, splitConstant } from './constants';
import * as Q from './quick';

// ---- constants ---------------------------------------------------------------------------------------------

const [LN2_H, LN2_M, LN2_L] = splitConstant(LN2_SCALED, SCALE_BITS, 3);
const [LN10_H, LN10_L] = splitConstant(LN10_SCALED, SCALE_BITS, 2);
export const [PI_H, PI_L] = splitConstant(PI_SCALED, SCALE_BITS, 2);
export const [PIO2_H, PIO2_L] = splitConstant(PI_SCALED / 2n, SCALE_BITS, 2);
// π/2 in 33-bit pieces: k * piece is exact for |k| < 2**20 (Cody–Waite reduction)
const PIO2_PARTS = splitConstant(PI_SCALED / 2n, SCALE_BITS, 6, 33);
div(1, 0, LN2_H, LN2_M);
const INV_LN2_H = R.h, INV_LN2_L = R.l;
div(1, 0, LN10_H, LN10_L);
const INV_LN10_H = R.h; // 1/ln 10, rounded (fdlibm's log10 uses it as a double)

/** 1/n! as double-doubles, n = 0..30. */
const INV_FACT_H: number[] = [1];
const INV_FACT_L: number[] = [0];
for (let n = 1; n <= 30; n++) {
  div(INV_FACT_H[n - 1], INV_FACT_L[n - 1], n, 0);
  INV_FACT_H.push(R.h);
  INV_FACT_L.push(R.l);
}
/** 1/(2n+1) as double-doubles, n = 0..15 (log1p's series). */
const INV_ODD_H: number[] = [];
const INV_ODD_L: number[] = [];
for (let n = 0; n <= 15; n++) {
  div(1, 0, 2 * n + 1, 0);
  INV_ODD_H.push(R.h);
  INV_ODD_L.push(R.l);
}

// ---- scaling by powers of two --------------------------------------------------------------------------------

const bits = new DataView(new ArrayBuffer(8));

/** The binary exponent of a finite nonzero x: x = m * 2**e with 1 <= |m| < 2. */
export function exponentOf(x: number): number {
  if (x === 0) return -1075; // below every subnormal
  bits.setFloat64(0, x);
  const biased = (bits.getUint16(0) >>> 4) & 0x7ff;
  if (biased !== 0) return biased - 1023;
  return exponentOf(x * 2 ** 64) - 64; // subnormal
}

/** x * 2**k, rounded once (k may be far outside ±1023). */
export function ldexp(x: number, k: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  if (k > 2100) k = 2100;
  else if (k < -2200) k = -2200;
  // three steps keep each factor a normal power of two
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    if (Math.abs(x) < 2 ** -20) return ldexpDD(x, 0, k); // the result is subnormal or zero: round once, exactly
    x *= 2 ** -1000;
    k += 1000;
  }
  if (Math.abs(x) * 2 ** k < 2 ** -1022 && k < 0) return ldexpDD(x, 0, k);
  return x * 2 ** k;
}

/** (h + l) * 2**k rounded once to the nearest double, also when the result is subnormal. */
export function ldexpDD(h: number, l: number, k: number): number {
  if (h === 0) return h;
  const e = exponentOf(h) + k;
  if (e >= -1022) {
    // normal result: scaling is exact, the rounding already happened in h + l
    if (k > 1000) return (h + l) * 2 ** 1000 * 2 ** (k - 1000);
    if (k < -1000) return (h + l) * 2 ** -1000 * 2 ** (k + 1000);
    return (h + l) * 2 ** k;
  }
  if (e < -1076) return h < 0 ? -0 : 0;
  // subnormal: count in units of the smallest subnormal, round half to even once
  const q = -1074 - k; // the value of one unit, as a power of two, before scaling
  const a = h * 2 ** -q; // exact: a power-of-two scaling of a normal double that stays below 2**53
  const b = l * 2 ** -q;
  let n = Math.floor(a);
  const frac = (a - n) + b;
  if (frac > 0.5 || (frac === 0.5 && n % 2 !== 0)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 !== 0)) n -= 1;
  const r = n * 5e-324;
  return r === 0 && h < 0 ? -0 : r;
}

// ---- exp ------------------------------------------------------------------------------------------------------

// 1/n! for the double-precision tail of the Taylor series of expm1 (terms 5..11)
const TAIL_FACT = [1 / 120, 1 / 720, 1 / 5040, 1 / 40320, 1 / 362880, 1 / 3628800, 1 / 39916800];
const EXP_SQUARINGS = 8;

/**
 * e**(xh + xl) = 2**k * (1 + E): sets R to E (an expm1 value, accurate relative to itself) and returns k.
 * Requires |x| < ~750.
 */
function expCore(xh: number, xl: number): number {
  const k = Math.round(xh * INV_LN2_H);
  // r = x - k ln2, with ln2 in three parts: k * part is exact for the first, nearly so for the rest
  twoProd(k, LN2_H);
  const ph = R.h, pl = R.l;
  add(xh, xl, -ph, -pl);
  let rh = R.h, rl = R.l;
  twoProd(k, LN2_M);
  add(rh, rl, -R.h, -R.l - k * LN2_L);
  // scale down so the series converges fast; undo by squaring 1 + E
  const scale = 2 ** -EXP_SQUARINGS;
  rh = R.h * scale;
  rl = R.l * scale;
  // tail s^5/5! + ... in double, then Horner in double-double for the leading terms
  let tail = TAIL_FACT[TAIL_FACT.length - 1];
  for (let i = TAIL_FACT.length - 2; i >= 0; i--) tail = tail * rh + TAIL_FACT[i];
  let eh = INV_FACT_H[4], el = INV_FACT_L[4] + tail * rh;
  for (let n = 3; n >= 1; n--) {
    mul(eh, el, rh, rl);
    add(R.h, R.l, INV_FACT_H[n], INV_FACT_L[n]);
    eh = R.h;
    el = R.l;
  }
  mul(eh, el, rh, rl); // E = s * (1 + s/2 + ...)
  eh = R.h;
  el = R.l;
  for (let i = 0; i < EXP_SQUARINGS; i++) {
    // (1 + E)^2 = 1 + E * (2 + E)
    addD(eh, el, 2);
    mul(eh, el, R.h, R.l);
    eh = R.h;
    el = R.l;
  }
  R.h = eh;
  R.l = el;
  return k;
}

/** e**(xh + xl) = R * 2**k: sets R to the mantissa (a double-double near 1) and returns k. */
export function expCoreDD(xh: number, xl: number): number {
  const k = expCore(xh, xl);
  addD(R.h, R.l, 1);
  return k;
}

const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;

/** e**(xh + xl) rounded to a double. */
export function expDD(xh: number, xl: number): number {
  if (xh > EXP_OVERFLOW + 1e-9) return Infinity;
  if (xh < EXP_UNDERFLOW - 1e-9) return 0;
  const k = expCore(xh, xl);
  addD(R.h, R.l, 1);
  return ldexpDD(R.h, R.l, k);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  if (Math.abs(x) <= 707) {
    const q = Q.quickExp(x);
    if (q === q) return q;
  }
  return expDD(x, 0);
}



/** 2**x */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (Number.isInteger(x)) {
    if (x >= 1024) return Infinity;
    if (x < -1080) return 0;
    return ldexp(1, x);
  }
  if (x > 1024) return Infinity;
  if (x < -1080) return 0;
  // x ln 2 in double-double
  twoProd(x, LN2_H);
  const h = R.h, l = R.l + x * LN2_M;
  twoSum(h, l);
  return expDD(R.h, R.l);
}

// ---- log --------------------------------------------------------------------------------------------------------

const SQRT_HALF = Math.SQRT1_2;

/** log(1 + u) for a small double-double u (|u| < 1/16): 2 atanh(u / (2 + u)) as a series. */
function log1pSeries(uh: number, ul: number): void {
  addD(uh, ul, 2);
  div(uh, ul, R.h, R.l);
  const sh = R.h, sl = R.l;
  mul(sh, sl, sh, sl);
  const zh = R.h, zl = R.l; // s^2
  // tail in double: z^6/13 + z^7/15 + ...
  let tail = 0;
  for (let n = 12; n >= 6; n--) tail = tail * zh + 1 / (2 * n + 1);
  let ph = INV_ODD_H[5], pl = INV_ODD_L[5] + tail * zh;
  for (let n = 4; n >= 0; n--) {
    mul(ph, pl, zh, zl);
    add(R.h, R.l, INV_ODD_H[n], INV_ODD_L[n]);
    ph = R.h;
    pl = R.l;
  }
  mul(ph, pl, sh, sl);
  R.h *= 2;
  R.l *= 2;
}

/** log of a positive, finite double-double value, as a double-double in R. */
export function logDD(xh: number, xl: number): void {
  let e = exponentOf(xh);
  let mh: number, ml: number;
  if (e > -1000) {
    mh = xh * 2 ** -e;
    ml = xl * 2 ** -e;
  } else {
    // subnormal input: 2**-e itself would overflow
    mh = xh * 2 ** 64 * 2 ** (-e - 64);
    ml = xl * 2 ** 64 * 2 ** (-e - 64);
  }
  if (mh > Math.SQRT2) {
    mh /= 2;
    ml /= 2;
    e += 1;
  } else if (mh < SQRT_HALF) {
    mh *= 2;
    ml *= 2;
    e -= 1;
  }
  addD(mh, ml, -1); // u = m - 1
  const uh = R.h, ul = R.l;
  let lh: number, ll: number;
  if (Math.abs(uh) < 1 / 16) {
    log1pSeries(uh, ul);
    lh = R.h;
    ll = R.l;
  } else {
    // one Newton step from the double logarithm: y + (m e^-y - 1), the residual being tiny
    const y = Math.log(mh);
    const k = expCore(-y, 0); // |y| <= ln 2 / 2, so k is 0 or ±1
    addD(R.h, R.l, 1);
    mul(R.h * 2 ** k, R.l * 2 ** k, mh, ml);
    addD(R.h, R.l, -1);
    const d = R.h + R.l;
    twoSum(y, d - (d * d) / 2);
    lh = R.h;
    ll = R.l;
  }
  if (e === 0) {
    R.h = lh;
    R.l = ll;
    return;
  }
  // + e ln 2
  twoProd(e, LN2_H);
  const th = R.h, tl = R.l + e * LN2_M + e * LN2_L;
  add(th, tl, lh, ll);
}

export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  if (x >= 2.2250738585072014e-308) {
    const q = Q.quickLog(x);
    if (q === q) return q;
  }
  logDD(x, 0);
  return R.h + R.l;
}



export function log2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const e = exponentOf(x);
  if (x === 2 ** e) return e; // exact powers of two (the common case worth a shortcut)
  logDD(x, 0);
  mul(R.h, R.l, INV_LN2_H, INV_LN2_L);
  return R.h + R.l;
}


// ---- pow ---------------------------------------------------------------------------------------------------------

/** |x| ** n for a small integer n by binary powering in double-double; null if it might leave the normal range. */
function powInt(x: number, n: number): number | null {
  const e = exponentOf(x);
  if (Math.abs((e + 1) * n) > 1000) return null;
  let m = Math.abs(n);
  let ph = 1, pl = 0, bh = x, bl = 0;
  while (m > 0) {
    if (m & 1) {
      mul(ph, pl, bh, bl);
      ph = R.h;
      pl = R.l;
    }
    m >>= 1;
    if (m > 0) {
      mul(bh, bl, bh, bl);
      bh = R.h;
      bl = R.l;
    }
  }
  if (n < 0) {
    div(1, 0, ph, pl);
    return R.h + R.l;
  }
  return ph + pl;
}

/**
 * x ** y for finite x > 0 and finite y (the caller handles signs, zeros, infinities and NaNs); overflow gives
 * Infinity and underflow 0 or a subnormal, correctly rounded.
 */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (x === 1) return 1;
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const r = powInt(x, y);
    if (r !== null) return r;
  }
  if (x >= 2.2250738585072014e-308 && x < Infinity) {
    const q = Q.quickPow(x, y);
    if (q === q) return q;
  }
  logDD(x, 0);
  mulD(R.h, R.l, y);
  return expDD(R.h, R.l);
}

/** C's pow(x, y) with Annex F special cases (NaN for a negative base with a non-integer exponent). */
export function powCorrect(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x || y !== y) return x === 1 ? 1 : NaN;
  if (x === 0 || x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Math.pow(x, y);
  if (x > 0) return powPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = powPositive(-x, y);
  return Math.abs(y % 2) === 1 ? -r : r;
}

// ---- sqrt, cbrt, hypot ---------------------------------------------------------------------------------------------

export function cbrt(x: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const neg = x < 0;
  let a = neg ? -x : x;
  // scale into [1, 8) by a multiple of 3 in the exponent
  const e = exponentOf(a);
  const j = Math.floor(e / 3);
  a = ldexp(a, -3 * j);
  const y = Math.cbrt(a);
  // Newton: y - (y^3 - a) / (3 y^2), with y^3 - a nearly exact
  twoProd(y, y);
  mulD(R.h, R.l, y);
  addD(R.h, R.l, -a);
  const corr = (R.h + R.l) / (3 * y * y);
  twoSum(y, -corr);
  const r = ldexpDD(R.h, R.l, j);
  return neg ? -r : r;
}

/** sqrt(Σ v²), correctly rounded nearly always (math.hypot, math.dist, abs(complex)). */
export function hypotN(values: number[]): number {
  let max = 0;
  let nan = false;
  for (const v of values) {
    const a = Math.abs(v);
    if (a === Infinity) return Infinity;
    if (a !== a) nan = true;
    else if (a > max) max = a;
  }
  if (nan) return NaN;
  if (max === 0) return 0;
  if (values.length === 1) return max;
  // scale so the largest is in [1, 2): squares neither overflow nor (much) underflow
  const e = exponentOf(max);
  let sh = 0, sl = 0;
  for (const v of values) {
    const a = ldexp(Math.abs(v), -e);
    twoProd(a, a);
    add(sh, sl, R.h, R.l);
    sh = R.h;
    sl = R.l;
  }
  ddSqrt(sh, sl);
  return ldexpDD(R.h, R.l, e);
}

export function hypot2(x: number, y: number): number {
  let a = Math.abs(x), b = Math.abs(y);
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  // common range: a² + b² exactly as a double-double without scaling, then its square root
  if (a <= 2 ** 500 && b >= 2 ** -450) {
    twoProd(a, a);
    const ah = R.h, al = R.l;
    twoProd(b, b);
    add(ah, al, R.h, R.l);
    ddSqrt(R.h, R.l);
    return R.h + R.l;
  }
  if (b === 0 && a === a) return a;
  return hypotN([x, y]);
}

// ---- trigonometric functions --------------------------------------------------------------------------------------

let twoOverPi: bigint | null = null;
const TWO_OVER_PI_BITS = 1300;

/**
 * Reduce x to r = x - k π/2 with |r| <= π/4 (about): sets R to r as a double-double, returns k mod 4.
 */
function reduce(x: number): number {
  const a = Math.abs(x);
  if (a <= Math.PI / 4) {
    R.h = x;
    R.l = 0;
    return 0;
  }
  if (a < 2 ** 19) {
    const k = Math.round(x * (2 / Math.PI));
    let rh = x, rl = 0;
    for (const part of PIO2_PARTS) {
      twoProd(k, part);
      add(rh, rl, -R.h, -R.l);
      rh = R.h;
      rl = R.l;
    }
    R.h = rh;
    R.l = rl;
    return k & 3;
  }
  return reduceLarge(x);
}

/** Payne–Hanek style reduction with BigInt: x * (2/π) with enough bits of 2/π for any double. */
function reduceLarge(x: number): number {
  if (twoOverPi === null) twoOverPi = ((1n << BigInt(SCALE_BITS + TWO_OVER_PI_BITS)) * 2n) / PI_SCALED;
  const [m, e] = mantExp(x); // x = m 2^e, e >= -33 here
  const prod = m * twoOverPi; // x * 2/π * 2^(TWO_OVER_PI_BITS - e)
  const shift = BigInt(TWO_OVER_PI_BITS - e);
  let k = prod >> shift;
  let frac = prod - (k << shift);
  const half = 1n << (shift - 1n);
  if (frac >= half) {
    k += 1n;
    frac -= 1n << shift;
  }
  // frac / 2^shift in [-1/2, 1/2): keep 200 bits, then multiply by π/2
  const keep = 200n;
  const top = frac >> (shift - keep);
  const fh = Number(top);
  const fl = Number(top - BigInt(fh));
  const s = 2 ** -Number(keep);
  mul(fh * s, fl * s, PIO2_H, PIO2_L);
  return Number(k & 3n);
}

/** sin(r) for |r| <= ~π/4 as a double-double in R. */
function sinDD(rh: number, rl: number): void {
  mul(rh, rl, rh, rl);
  const zh = R.h, zl = R.l;
  // terms n >= 9 (r^18/19! ...) in double
  let tail = 0;
  for (let n = 14; n >= 9; n--) tail = tail * zh + (n % 2 === 0 ? 1 : -1) * INV_FACT_H[2 * n + 1];
  let ph = INV_FACT_H[17], pl = INV_FACT_L[17] + tail * zh;
  for (let n = 7; n >= 0; n--) {
    mul(ph, pl, zh, zl);
    const sign = n % 2 === 0 ? 1 : -1;
    add(R.h, R.l, sign * INV_FACT_H[2 * n + 1], sign * INV_FACT_L[2 * n + 1]);
    ph = R.h;
    pl = R.l;
  }
  mul(ph, pl, rh, rl);
}

/** cos(r) for |r| <= ~π/4 as a double-double in R. */
function cosDD(rh: number, rl: number): void {
  mul(rh, rl, rh, rl);
  const zh = R.h, zl = R.l;
  let tail = 0;
  for (let n = 14; n >= 10; n--) tail = tail * zh + (n % 2 === 0 ? 1 : -1) * INV_FACT_H[2 * n];
  let ph = -INV_FACT_H[18], pl = -INV_FACT_L[18] + tail * zh;
  for (let n = 8; n >= 0; n--) {
    mul(ph, pl, zh, zl);
    const sign = n % 2 === 0 ? 1 : -1;
    add(R.h, R.l, sign * INV_FACT_H[2 * n], sign * INV_FACT_L[2 * n]);
    ph = R.h;
    pl = R.l;
  }
}

/** sin(x) and cos(x) of a finite double as double-doubles: [sh, sl, ch, cl] in the given array. */
export function sinCosDD(x: number, out: number[]): void {
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  sinDD(rh, rl);
  const sh = R.h, sl = R.l;
  cosDD(rh, rl);
  const ch = R.h, cl = R.l;
  switch (q) {
    case 0: out[0] = sh; out[1] = sl; out[2] = ch; out[3] = cl; break;
    case 1: out[0] = ch; out[1] = cl; out[2] = -sh; out[3] = -sl; break;
    case 2: out[0] = -sh; out[1] = -sl; out[2] = -ch; out[3] = -cl; break;
    default: out[0] = -ch; out[1] = -cl; out[2] = sh; out[3] = sl; break;
  }
}

/** sin(πx) for a finite double x as a double-double in R (exact argument reduction: x mod 2 is exact). */
export function sinPiDD(x: number): void {
  let r = x - 2 * Math.round(x / 2); // in [-1, 1]
  if (r > 0.5) r = 1 - r;
  else if (r < -0.5) r = -1 - r;
  const a = Math.abs(r);
  if (a <= 0.25) {
    mulD(PI_H, PI_L, r);
    sinDD(R.h, R.l);
    return;
  }
  mulD(PI_H, PI_L, 0.5 - a); // sin(π a) = cos(π (1/2 - a))
  cosDD(R.h, R.l);
  if (r < 0) {
    R.h = -R.h;
    R.l = -R.l;
  }
}

export function sin(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  if (Math.abs(x) < 2 ** 19) {
    const q = Q.quickSin(x);
    if (q === q) return q;
  }
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  if (q & 1) cosDD(rh, rl);
  else sinDD(rh, rl);
  const r = R.h + R.l;
  return q & 2 ? -r : r;
}

export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  if (Math.abs(x) < 2 ** 19) {
    const q = Q.quickCos(x);
    if (q === q) return q;
  }
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  if (q & 1) sinDD(rh, rl);
  else cosDD(rh, rl);
  const r = R.h + R.l;
  return q === 1 || q === 2 ? -r : r;
}

export function tan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const q = reduce(x);
  const rh = R.h, rl = R.l;
  sinDD(rh, rl);
  const sh = R.h, sl = R.l;
  cosDD(rh, rl);
  if (q & 1) div(-R.h, -R.l, sh, sl);
  else div(sh, sl, R.h, R.l);
  return R.h + R.l;
}

// ---- inverse trigonometric functions ----------------------------------------------------------------------------

const sc = [0, 0, 0, 0];

/**
 * atan2(Y, X) for double-doubles that are finite and not both zero, as a double: one Newton step on
 * Y cos t - X sin t = 0 from the double estimate.
 */
function atan2DD(yh: number, yl: number, xh: number, xl: number): number {
  const ey = exponentOf(yh), ex = exponentOf(xh);
  if (ey - ex < -60) {
    // |y/x| < 2**-59: atan(t) = t - t³/3 rounds to t; near ±π the tiny t does not move the rounding
    if (xh > 0) return yh / xh;
    return yh < 0 ? -PI_H : PI_H;
  }
  if (ex - ey < -60) return yh > 0 ? PIO2_H : -PIO2_H;
  // scale so the larger is near 1 (the angle does not change)
  const e = Math.max(ey, ex);
  yh = ldexp(yh, -e);
  yl = ldexp(yl, -e);
  xh = ldexp(xh, -e);
  xl = ldexp(xl, -e);
  const t = Math.atan2(yh, xh);
  sinCosDD(t, sc);
  // numerator Y cos t - X sin t in double-double, denominator Y sin t + X cos t in double
  mul(yh, yl, sc[2], sc[3]);
  const ah = R.h, al = R.l;
  mul(xh, xl, sc[0], sc[1]);
  add(ah, al, -R.h, -R.l);
  const num = R.h + R.l;
  const den = yh * sc[0] + xh * sc[2];
  twoSum(t, num / den);
  return R.h + R.l;
}

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x || y === 0 || x === 0 || !Number.isFinite(y) || !Number.isFinite(x)) {
    return Math.atan2(y, x); // the special values follow C99, and π/4-style results are correctly rounded
  }
  return atan2DD(y, 0, x, 0);
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return PIO2_H;
  if (x === -Infinity) return -PIO2_H;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 60) return x > 0 ? PIO2_H : -PIO2_H;
  return atan2DD(x, 0, 1, 0);
}

/** sqrt(1 - x²) as a double-double in R, computed as sqrt((1 - x)(1 + x)). */
function sqrtOneMinusSquare(x: number): void {
  twoSum(1, -x);
  const ah = R.h, al = R.l;
  twoSum(1, x);
  mul(ah, al, R.h, R.l);
  ddSqrt(R.h, R.l);
}

export function asin(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 1) return PIO2_H;
  if (x === -1) return -PIO2_H;
  if (Math.abs(x) < 2 ** -26) return x;
  sqrtOneMinusSquare(x);
  return atan2DD(x, 0, R.h, R.l);
}

export function acos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  if (x === 0) return PIO2_H;
  sqrtOneMinusSquare(x);
  return atan2DD(R.h, R.l, x, 0);
}

export { LN2_H, LN2_M, LN10_H, LN10_L, INV_LN10_H };

// ---- tables for the fast paths (quick.ts), computed with the accurate routines above -------------------------------

for (let j = 0; j < 64; j++) {
  mulD(LN2_H, LN2_M, j / 64);
  const k = expCoreDD(R.h, R.l);
  Q.EXP2_H[j] = R.h * 2 ** k;
  Q.EXP2_L[j] = R.l * 2 ** k;
}
for (let j = 45; j <= 91; j++) {
  const r = 64 / j;
  Q.LOG_R[j] = r;
  if (j === 64) continue; // log 1 = 0
  logDD(r, 0);
  Q.LOG_H[j] = -R.h;
  Q.LOG_L[j] = -R.l;
}
for (let j = 0; j < 52; j++) {
  sinDD(j / 64, 0);
  Q.SIN_H[j] = R.h;
  Q.SIN_L[j] = R.l;
  cosDD(j / 64, 0);
  Q.COS_H[j] = R.h;
  Q.COS_L[j] = R.l;
}
