// erf, erfc, gamma and lgamma, computed in double-double and rounded once. (CPython's gamma/lgamma and glibc's
// erf/erfc are not correctly rounded, so a last-digit difference is possible; the correctly rounded value is
// the best reproducible answer.) Domain errors are returned as NaN, overflow as ±Infinity: math.ts maps
// them to "math domain error" / "math range error".

import { R, add, addD, div, mul, mulD, sqrt as ddSqrt, twoProd, twoSum } from './dd';
import { SCALE_BITS, splitConstant } from './constants';
import { LN2_H, LN2_M, PI_H, PI_L, expCoreDD, ldexpDD, logDD, sinPiDD } from './elementary';

// ---- constants ---------------------------------------------------------------------------------------------------

ddSqrt(PI_H, PI_L);
const SQRTPI_H = R.h, SQRTPI_L = R.l;
div(1, 0, SQRTPI_H, SQRTPI_L);
const INV_SQRTPI_H = R.h, INV_SQRTPI_L = R.l;
// ln(2π) / 2
logDD(PI_H, PI_L);
add(R.h, R.l, LN2_H, LN2_M);
const HALF_LN_2PI_H = R.h / 2, HALF_LN_2PI_L = R.l / 2;
// ln π
logDD(PI_H, PI_L);
const LN_PI_H = R.h, LN_PI_L = R.l;

/** Bernoulli numbers B_0 … B_n as reduced fractions [num, den] (B_1 = -1/2). */
function bernoulli(n: number): Array<[bigint, bigint]> {
  const gcd = (a: bigint, b: bigint): bigint => {
    if (a < 0n) a = -a;
    while (b !== 0n) [a, b] = [b, a % b];
    return a;
  };
  const B: Array<[bigint, bigint]> = [[1n, 1n]];
  for (let m = 1; m <= n; m++) {
    // Σ_{k=0}^{m} C(m+1, k) B_k = 0
    let num = 0n, den = 1n;
    let binom = 1n; // C(m+1, k)
    for (let k = 0; k < m; k++) {
      const [bn, bd] = B[k];
      num = num * bd + binom * bn * den;
      den *= bd;
      const g = gcd(num, den);
      num /= g;
      den /= g;
      binom = (binom * BigInt(m + 1 - k)) / BigInt(k + 1);
    }
    // B_m = -num / (den (m+1))
    let bn = -num, bd = den * BigInt(m + 1);
    const g = gcd(bn, bd);
    bn /= g;
    bd /= g;
    B.push([bn, bd]);
  }
  return B;
}

/** Stirling's series coefficients B_2k / (2k (2k-1)), k = 1..STIRLING_TERMS, as double-doubles. */
const STIRLING_TERMS = 16;
const STIRLING_H: number[] = [];
const STIRLING_L: number[] = [];
{
  const B = bernoulli(2 * STIRLING_TERMS);
  for (let k = 1; k <= STIRLING_TERMS; k++) {
    const [num, den] = B[2 * k];
    const scaled = (num << BigInt(SCALE_BITS)) / (den * BigInt(2 * k * (2 * k - 1)));
    const [h, l] = splitConstant(scaled, SCALE_BITS, 2);
    STIRLING_H.push(h);
    STIRLING_L.push(l);
  }
}

// ---- gamma ---------------------------------------------------------------------------------------------------------

const STIRLING_MIN = 30; // Stirling's series (16 terms) is accurate to ~2**-106 from here on

/** ln Γ(z) for a double-double z >= 30, as a double-double in R. */
function lnGammaStirling(zh: number, zl: number): void {
  div(1, 0, zh, zl);
  const wh = R.h, wl = R.l;
  mul(wh, wl, wh, wl);
  const w2h = R.h, w2l = R.l;
  let sh = STIRLING_H[STIRLING_TERMS - 1], sl = STIRLING_L[STIRLING_TERMS - 1];
  for (let k = STIRLING_TERMS - 2; k >= 0; k--) {
    mul(sh, sl, w2h, w2l);
    add(R.h, R.l, STIRLING_H[k], STIRLING_L[k]);
    sh = R.h;
    sl = R.l;
  }
  mul(sh, sl, wh, wl);
  const serh = R.h, serl = R.l;
  // (z - 1/2) ln z - z + ln(2π)/2 + series
  logDD(zh, zl);
  const lh = R.h, ll = R.l;
  addD(zh, zl, -0.5);
  mul(R.h, R.l, lh, ll);
  add(R.h, R.l, -zh, -zl);
  add(R.h, R.l, HALF_LN_2PI_H, HALF_LN_2PI_L);
  add(R.h, R.l, serh, serl);
}

/**
 * Γ(x) for a positive double-double x (< ~171.7): the mantissa goes to R, the power of two is returned, so
 * the caller can scale (or take the logarithm) without overflow.
 */
function gammaScaled(xh: number, xl: number): number {
  if (xh >= STIRLING_MIN) {
    lnGammaStirling(xh, xl);
    return expCoreDD(R.h, R.l);
  }
  // Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)) with x + n >= 30
  const n = Math.ceil(STIRLING_MIN - xh);
  let ph = xh, pl = xl;
  for (let k = 1; k < n; k++) {
    twoSum(xh, k);
    addD(R.h, R.l, xl);
    mul(ph, pl, R.h, R.l);
    ph = R.h;
    pl = R.l;
  }
  twoSum(xh, n);
  addD(R.h, R.l, xl);
  lnGammaStirling(R.h, R.l);
  const k = expCoreDD(R.h, R.l);
  div(R.h, R.l, ph, pl);
  return k;
}

/** n! for 0 <= n <= 170, exactly, then rounded. */
function factorial(n: number): number {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return Number(f);
}

export function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity || x === 0) return NaN;
  if (Number.isInteger(x)) {
    if (x < 0) return NaN;
    return x <= 171 ? factorial(x - 1) : Infinity;
  }
  if (x > 171.7) return Infinity;
  if (x > 0) {
    const k = gammaScaled(x, 0);
    return ldexpDD(R.h, R.l, k);
  }
  // reflection: Γ(x) = π / (sin(πx) Γ(1 - x))
  if (x < -200) {
    // |Γ(x)| < 2**-1200: zero with the sign of sin(πx)'s reciprocal
    sinPiDD(x);
    return R.h < 0 ? -0 : 0;
  }
  sinPiDD(x);
  const sh = R.h, sl = R.l;
  twoSum(1, -x);
  const yh = R.h, yl = R.l;
  let k: number;
  if (yh > 171.7) {
    lnGammaStirling(yh, yl);
    k = expCoreDD(R.h, R.l);
  } else {
    k = gammaScaled(yh, yl);
  }
  mul(R.h, R.l, sh, sl);
  div(PI_H, PI_L, R.h, R.l);
  return ldexpDD(R.h, R.l, -k);
}

export function lgamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x === 1 || x === 2) return 0;
  if (x > 0) {
    if (x >= STIRLING_MIN) {
      if (x > 2.6e305) return Infinity;
      lnGammaStirling(x, 0);
      return R.h + R.l;
    }
    const k = gammaScaled(x, 0);
    lnOfScaled(R.h, R.l, k);
    return R.h + R.l;
  }
  // ln|Γ(x)| = ln π - ln|sin(πx)| - ln Γ(1 - x)
  sinPiDD(x);
  let sh = R.h, sl = R.l;
  if (sh < 0) {
    sh = -sh;
    sl = -sl;
  }
  logDD(sh, sl);
  const lsh = R.h, lsl = R.l;
  twoSum(1, -x);
  const yh = R.h, yl = R.l;
  if (yh >= STIRLING_MIN) lnGammaStirling(yh, yl);
  else {
    const k = gammaScaled(yh, yl);
    lnOfScaled(R.h, R.l, k);
  }
  const gh = R.h, gl = R.l;
  add(LN_PI_H, LN_PI_L, -lsh, -lsl);
  add(R.h, R.l, -gh, -gl);
  return R.h + R.l;
}

/** ln(|m| 2**k) as a double-double in R. */
function lnOfScaled(mh: number, ml: number, k: number): void {
  if (mh < 0) {
    mh = -mh;
    ml = -ml;
  }
  logDD(mh, ml);
  const lh = R.h, ll = R.l;
  twoProd(k, LN2_H);
  addD(R.h, R.l, k * LN2_M);
  add(R.h, R.l, lh, ll);
}

// ---- erf and erfc --------------------------------------------------------------------------------------------------

/** erf(x) for |x| < 2 by its everywhere-positive series: 2/√π e^{-x²} Σ 2^n x^(2n+1) / (2n+1)!!. */
function erfSeries(x: number): void {
  twoProd(x, x);
  const x2h = R.h, x2l = R.l;
  const k = expCoreDD(-x2h, -x2l);
  const eh = R.h * 2 ** k, el = R.l * 2 ** k;
  let th = x, tl = 0;
  let sh = x, sl = 0;
  for (let n = 1; n < 200; n++) {
    mul(th, tl, x2h, x2l);
    div(2 * R.h, 2 * R.l, 2 * n + 1, 0);
    th = R.h;
    tl = R.l;
    add(sh, sl, th, tl);
    sh = R.h;
    sl = R.l;
    if (Math.abs(th) < Math.abs(sh) * 2 ** -110) break;
  }
  mul(sh, sl, eh, el);
  mul(R.h, R.l, INV_SQRTPI_H * 2, INV_SQRTPI_L * 2);
}

/** erfc(x) for 2 <= x < 27.3 by Laplace's continued fraction; the mantissa goes to R, the exponent is returned. */
function erfcFraction(x: number): number {
  // K = 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + …)))), evaluated from the tail
  const depth = Math.ceil(40 + 2400 / (x * x));
  let fh = x, fl = 0;
  for (let n = depth; n >= 1; n--) {
    div(n / 2, 0, fh, fl);
    addD(R.h, R.l, x);
    fh = R.h;
    fl = R.l;
  }
  twoProd(x, x);
  const k = expCoreDD(-R.h, -R.l);
  mul(R.h, R.l, INV_SQRTPI_H, INV_SQRTPI_L);
  div(R.h, R.l, fh, fl);
  return k;
}

export function erf(x: number): number {
  if (x !== x || x === 0) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) {
    // erf(x) = 2x/√π (1 - x²/3 …): the cubic term is below half an ulp
    mulD(INV_SQRTPI_H * 2, INV_SQRTPI_L * 2, x);
    return R.h + R.l;
  }
  if (a >= 6) return x > 0 ? 1 : -1;
  if (a < 2) {
    erfSeries(x);
    return R.h + R.l;
  }
  // 1 - erfc(a), in double-double (erfc(a) > 2**-60 here, so the scaling is exact)
  const k = erfcFraction(a);
  addD(-R.h * 2 ** k, -R.l * 2 ** k, 1);
  const r = R.h + R.l;
  return x > 0 ? r : -r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x < -6) return 2;
  if (x <= -2) {
    // 2 - erfc(-x)
    const k = erfcFraction(-x);
    addD(-R.h * 2 ** k, -R.l * 2 ** k, 2);
    return R.h + R.l;
  }
  if (x < 2) {
    if (Math.abs(x) < 2 ** -56) return 1;
    erfSeries(x);
    addD(-R.h, -R.l, 1);
    return R.h + R.l;
  }
  if (x >= 27.3) return 0;
  const k = erfcFraction(x);
  return ldexpDD(R.h, R.l, k);
}
