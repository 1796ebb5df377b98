// Fast paths for exp, log, pow, sin and cos ("Ziv's strategy"): evaluate with table-driven argument reduction
// in ordinary double arithmetic plus a few exact products, giving hi + lo with a proven small error bound; if
// rounding hi + lo to a double gives the same answer at both ends of the error interval, that answer is the
// correctly rounded result. Otherwise (rarely: about one call in a thousand) return NaN and let the caller use
// the slow double-double path in elementary.ts.
//
// The tables are filled by elementary.ts with its accurate routines (this file imports nothing that needs them).

import { PI_SCALED, LN2_SCALED, SCALE_BITS, fromDoubleScaled, splitConstant } from './constants';

// ---- exact helpers (inlined by hand where it matters) --------------------------------------------------------

const SPLIT = 134217729;
let ph = 0;
let pl = 0;
/** a * b = ph + pl exactly */
function prod(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  ph = p;
  pl = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
let sh = 0;
let sl = 0;
/** a + b = sh + sl exactly */
function sum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  sh = s;
  sl = (a - (s - bb)) + (b - bb);
}

/** fl(hi + lo) if every value within ±err of hi + lo rounds to it, else NaN. */
function rounded(hi: number, lo: number, err: number): number {
  const up = hi + (lo + err);
  const down = hi + (lo - err);
  return up === down ? up : NaN;
}

// ---- tables (filled by elementary.ts) ---------------------------------------------------------------------------

/** 2^(j/64) as double-doubles, j = 0..63 */
export const EXP2_H = new Float64Array(64);
export const EXP2_L = new Float64Array(64);
/** for log: c_j = j/64 (j = 45..91), R_j = 64/j rounded, and -log(R_j) as double-doubles */
export const LOG_R = new Float64Array(92);
export const LOG_H = new Float64Array(92);
export const LOG_L = new Float64Array(92);
/** sin(j/64), cos(j/64) as double-doubles, j = 0..51 */
export const SIN_H = new Float64Array(52);
export const SIN_L = new Float64Array(52);
export const COS_H = new Float64Array(52);
export const COS_L = new Float64Array(52);

/** A constant as `short` pieces of `bits` bits each (products with small integers stay exact), then one full piece. */
function pieces(scaled: bigint, short: number, bits: number): number[] {
  const out = splitConstant(scaled, SCALE_BITS, short, bits);
  let rest = scaled;
  for (const d of out) rest -= fromDoubleScaled(d, SCALE_BITS);
  out.push(splitConstant(rest, SCALE_BITS, 1)[0]);
  return out;
}
// ln2/64: the first piece has 36 bits so k * piece is exact for |k| < 2^17
const [LN2_64_1, LN2_64_2] = pieces(LN2_SCALED / 64n, 1, 36);
const INV_LN2_64 = 64 / Math.LN2;
// ln2: the first piece has 42 bits so e * piece is exact for binary exponents e
const [LN2_1, LN2_2] = pieces(LN2_SCALED, 1, 42);
// π/2 for |k| < 2^19: two pieces of 33 bits (exact products), then full precision
const [PIO2_1, PIO2_2, PIO2_3] = pieces(PI_SCALED / 2n, 2, 33);
const TWO_OVER_PI = 2 / Math.PI;

// ---- exp ---------------------------------------------------------------------------------------------------------

/**
 * e^(xh + xl) for |xh| <= 707 (xl tiny), correctly rounded, or NaN when undecided. `relErr` is the relative
 * error the caller's argument already carries (pow's), added to exp's own.
 */
export function quickExpDD(xh: number, xl: number, relErr = 0): number {
  const k = Math.round(xh * INV_LN2_64);
  const t = xh - k * LN2_64_1; // exact: k * LN2_64_1 is exact and close to xh
  const p = k * LN2_64_2;
  // r = t - p + xl, with the rounding error of t - p kept
  const rh0 = t - p;
  const bb = rh0 - t;
  const rl0 = (t - (rh0 - bb)) + (-p - bb) + xl;
  const rh = rh0 + rl0;
  const rl = rl0 - (rh - rh0);
  const j = k & 63;
  const m = (k - j) / 64;
  const th = EXP2_H[j], tl = EXP2_L[j];
  // e^r - 1 = r + q, q = r²/2 + r³/6 + …  (|r| <= ln2/128: the r^9 term is below 2^-80)
  const q = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh / 40320))))));
  prod(th, rh);
  sum(th, ph);
  const lo = sl + pl + th * (rl + q) + tl * (1 + rh);
  // error below 2^-66 relative; allow 2^-63
  const r = rounded(sh, lo, sh * (1.1e-19 + relErr));
  return r * 2 ** m; // exact: the result stays in the normal range for |x| <= 707
}

export function quickExp(x: number): number {
  return quickExpDD(x, 0);
}

// ---- log ----------------------------------------------------------------------------------------------------------

let logLo = 0;
const view = new DataView(new ArrayBuffer(8));

/**
 * log(x) for a positive normal x as hi + logLo (returned hi), with absolute error below 2^-68 * max(|log x|, u)
 * where u is small; used by quickLog and quickPow.
 */
function logParts(x: number): number {
  view.setFloat64(0, x);
  let e = ((view.getUint16(0) >>> 4) & 0x7ff) - 1023;
  let m = x * 2 ** -e; // [1, 2)
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const j = Math.round(m * 64); // 45..91
  const rj = LOG_R[j];
  prod(m, rj); // m * R_j = 1 + u exactly
  const uh = ph - 1; // exact (Sterbenz)
  const ul = pl;
  // log(1 + u) = u - u²/2 + u³/3 - …, with u²/2 exact and the rest in double (|u| < 1/90)
  prod(uh, uh);
  const u2h = -0.5 * ph, u2l = -0.5 * pl;
  const tail = uh * ph * (1 / 3 + uh * (-1 / 4 + uh * (1 / 5 + uh * (-1 / 6 + uh * (1 / 7 + uh * (-1 / 8 + uh * (1 / 9 + uh * (-1 / 10))))))));
  // + e ln2 - log(R_j)
  const a = e * LN2_1; // exact
  sum(a, LOG_H[j]);
  let hi = sh;
  let lo = sl;
  sum(hi, uh);
  hi = sh;
  lo += sl;
  sum(hi, u2h);
  hi = sh;
  lo += sl + e * LN2_2 + LOG_L[j] + ul * (1 - uh) + u2l + tail;
  const h = hi + lo;
  logLo = lo - (h - hi);
  return h;
}

export function quickLog(x: number): number {
  const h = logParts(x);
  return rounded(h, logLo, Math.abs(h) * 2.2e-19 + 1e-300);
}

// ---- pow ----------------------------------------------------------------------------------------------------------

/** x^y for a positive normal x and finite y with |y log x| <= 707, or NaN when undecided. */
export function quickPow(x: number, y: number): number {
  const lh = logParts(x);
  const ll = logLo;
  prod(y, lh);
  const th = ph, tl = pl + y * ll;
  if (!(Math.abs(th) <= 707)) return NaN;
  // log x is off by less than 2^-68 |log x|, so t = y log x by less than 2^-68 |t|: allow 2^-64 |t|
  return quickExpDD(th, tl, Math.abs(th) * 5.5e-20);
}

// ---- sin and cos ----------------------------------------------------------------------------------------------------

let redH = 0;
let redL = 0;
/** x = k π/2 + r for |x| < 2^19: r to redH + redL (error ~2^-100), returns k mod 4. */
function reduceQuick(x: number): number {
  const k = Math.round(x * TWO_OVER_PI);
  const t = x - k * PIO2_1; // exact
  const p2 = k * PIO2_2; // exact (33-bit piece)
  const s = t - p2;
  const bb = s - t;
  const e = (t - (s - bb)) + (-p2 - bb) - k * PIO2_3;
  redH = s + e;
  redL = e - (redH - s);
  return k & 3;
}

/** sin (wantCos false) or cos of |r| = rh + rl (|r| <= π/4 + tiny, rh >= 0) as a correctly rounded double or NaN. */
function sinCosReduced(rh: number, rl: number, wantCos: boolean): number {
  const j = Math.round(rh * 64);
  const bh = rh - j * 0.015625; // exact
  const bl = rl;
  const sah = SIN_H[j], sal = SIN_L[j], cah = COS_H[j], cal = COS_L[j];
  prod(bh, bh);
  const b2h = ph, b2l = pl;
  const b2 = b2h;
  // sin b = bh + S, cos b = 1 - b2h/2 + C
  const S = bh * b2 * (-1 / 6 + b2 * (1 / 120 + b2 * (-1 / 5040 + b2 / 362880))) + bl * (1 - 0.5 * b2);
  const C = -0.5 * b2l + b2 * b2 * (1 / 24 + b2 * (-1 / 720 + b2 / 40320)) - bh * bl;
  let hi: number, lo: number;
  if (!wantCos) {
    // sa cos b + ca sin b
    prod(cah, bh);
    const p1h = ph, p1l = pl;
    prod(sah, -0.5 * b2h);
    const p2h = ph, p2l = pl;
    sum(sah, p1h);
    const e1 = sl;
    sum(sh, p2h);
    hi = sh;
    lo = e1 + sl + p1l + p2l + sah * C + sal * (1 - 0.5 * b2h) + cah * S + cal * bh;
  } else {
    // ca cos b - sa sin b
    prod(-sah, bh);
    const p1h = ph, p1l = pl;
    prod(cah, -0.5 * b2h);
    const p2h = ph, p2l = pl;
    sum(cah, p1h);
    const e1 = sl;
    sum(sh, p2h);
    hi = sh;
    lo = e1 + sl + p1l + p2l + cah * C + cal * (1 - 0.5 * b2h) - sah * S - sal * bh;
  }
  return rounded(hi, lo, Math.abs(hi) * 5.5e-20);
}

/** sin(x) for 2^-26 <= |x| < 2^19, or NaN when undecided. */
export function quickSin(x: number): number {
  const q = reduceQuick(x);
  let rh = redH, rl = redL;
  if (Math.abs(rh) < 2 ** -20) return NaN; // x is very close to a multiple of π/2: take the careful path
  let sign = q & 2 ? -1 : 1;
  if (rh < 0) {
    rh = -rh;
    rl = -rl;
    if ((q & 1) === 0) sign = -sign; // sin is odd, cos even
  }
  const r = sinCosReduced(rh, rl, (q & 1) === 1);
  return sign * r;
}

/** cos(x) for 2^-27 <= |x| < 2^19, or NaN when undecided. */
export function quickCos(x: number): number {
  const q = reduceQuick(x);
  let rh = redH, rl = redL;
  if (Math.abs(rh) < 2 ** -20) return NaN;
  let sign = q === 1 || q === 2 ? -1 : 1;
  if (rh < 0) {
    rh = -rh;
    rl = -rl;
    if (q & 1) sign = -sign;
  }
  const r = sinCosReduced(rh, rl, (q & 1) === 0);
  return sign * r;
}

