// Decimal digits of a double, correctly rounded with round-half-even on exact ties, as CPython's
// dtoa gives them. JS's toFixed/toExponential are exact too except that they round ties up, and
// a tie can only happen when the double has very few significant bits; so we use them and fall
// back to exact BigInt arithmetic only when a tie is possible.

/** Digits d1 d2 ... dn (no sign, no point) with value 0.d1d2...dn × 10^decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

import { repeat } from './repeat';

const bitsView = new DataView(new ArrayBuffer(8));

/** A NaN with its sign bit set, as float('-nan') is (built from bits: -NaN may be constant-folded). */
export const NEGATIVE_NAN = (() => {
  bitsView.setUint32(0, 0xfff80000);
  bitsView.setUint32(4, 0);
  return bitsView.getFloat64(0);
})();

/** |a| = mant × 2^exp2 exactly, for finite a. */
export function decompose(a: number): { mant: bigint; exp2: number } {
  bitsView.setFloat64(0, a);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant, exp2: -1074 };
  return { mant: mant | (1n << 52n), exp2: biased - 1075 };
}

const pow10Cache: bigint[] = [];
export function pow10(k: number): bigint {
  if (k < 64) return (pow10Cache[k] ??= 10n ** BigInt(k));
  return 10n ** BigInt(k);
}

/** |a| × 10^scale as an exact fraction num/den. */
function scaledFraction(a: number, scale: number): { num: bigint; den: bigint } {
  const { mant, exp2 } = decompose(a);
  let num = mant;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return { num, den };
}

/** round-half-even(|a| × 10^scale), exactly. */
export function scaledRoundExact(a: number, scale: number): bigint {
  const { num, den } = scaledFraction(a, scale);
  const q = num / den;
  const twiceRem = (num - q * den) * 2n;
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** floor(log10(a)) for finite a > 0, exactly. */
export function decimalExponent(a: number): number {
  let k = Math.floor(Math.log10(a));
  // log10 can be off by one right next to a power of ten: settle it exactly.
  const below = (k: number) => {
    const { num, den } = scaledFraction(a, -k);
    return num < den; // a < 10^k
  };
  if (below(k)) k--;
  else if (!below(k + 1)) k++;
  return k;
}

/**
 * Could |a| × 10^scale lie exactly halfway between two integers? Writing a = m·2^e with m odd,
 * a·10^s = m·5^s·2^(s+e) for s >= 0, which is an odd multiple of 1/2 exactly when e = -(s+1);
 * for s < 0 a tie needs a to be an odd multiple of 10^-s / 2.
 */
function tiePossible(a: number, scale: number): boolean {
  if (scale >= 0) {
    if (scale > 1000) return true; // let the exact path decide
    const t = a * 2 ** (scale + 1);
    return Number.isInteger(t) && t % 2 === 1;
  }
  if (!Number.isInteger(a)) return false;
  if (scale < -22) return true; // 10^-scale / 2 is no longer exact: ask the exact path
  const half = 10 ** -scale / 2;
  return a % half === 0 && (a / half) % 2 === 1;
}

// A double's exact decimal expansion has at most 767 significant digits and 1074 digits after
// the point: asking for more only appends zeros, so compute that many and pad.
const MAX_SIGNIFICANT = 800;
const MAX_PLACES = 1100;

/** Correctly rounded n >= 1 significant digits of a > 0 (exactly n characters). */
export function significantDigits(a: number, n: number): Digits {
  if (n > MAX_SIGNIFICANT) {
    const d = significantDigits(a, MAX_SIGNIFICANT);
    return { digits: d.digits + repeat('0', n - MAX_SIGNIFICANT), decpt: d.decpt };
  }
  if (n <= 101) {
    const s = a.toExponential(n - 1);
    const e = s.indexOf('e');
    const k = +s.slice(e + 1);
    // If rounding carried into a new digit (9.99 -> 10.0) the true exponent was k - 1.
    if (!tiePossible(a, n - 1 - k) && !tiePossible(a, n - k)) {
      const digits = n === 1 ? s.slice(0, e) : s[0] + s.slice(2, e);
      return { digits, decpt: k + 1 };
    }
  }
  let k = decimalExponent(a);
  let q = scaledRoundExact(a, n - 1 - k);
  if (q === pow10(n)) {
    q = pow10(n - 1);
    k++;
  }
  return { digits: q.toString(), decpt: k + 1 };
}

/** a.toFixed(places) when that is also CPython's answer (no tie to break), else null. */
export function fastFixed(a: number, places: number): string | null {
  return a < 1e21 && places <= 100 && !tiePossible(a, places) ? a.toFixed(places) : null;
}

/** round-half-even(a × 10^places) as a decimal integer string, for a >= 0 and places >= 0. */
export function fixedDigits(a: number, places: number): string {
  if (places > MAX_PLACES) {
    const n = fixedDigits(a, MAX_PLACES);
    return n === '0' ? n : n + repeat('0', places - MAX_PLACES);
  }
  if (a < 1e21 && places <= 100 && !tiePossible(a, places)) {
    const s = a.toFixed(places);
    const raw = places === 0 ? s : s.slice(0, s.length - places - 1) + s.slice(s.length - places);
    // Strip the leading zeros of "0.00123" -> "000123".
    let i = 0;
    while (i < raw.length - 1 && raw.charCodeAt(i) === 0x30) i++;
    return i === 0 ? raw : raw.slice(i);
  }
  return scaledRoundExact(a, places).toString();
}

/** The shortest digits that round-trip (what repr uses), for finite a > 0. */
export function shortestDigits(a: number): Digits {
  // ECMAScript's Number::toString picks the same digits as CPython's repr: the shortest string
  // that round-trips, and of those the closest to the exact value.
  const s = String(a);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : +s.slice(e + 1);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let decpt = (dot < 0 ? mantissa.length : dot) + exp;
  let lead = 0;
  while (digits.charCodeAt(lead) === 0x30) lead++;
  if (lead) {
    digits = digits.slice(lead);
    decpt -= lead;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  return { digits: digits.slice(0, end), decpt };
}
