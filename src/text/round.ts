// round() of floats, and float -> int truncation, with CPython's rules and errors.
import { hostError } from './host_error';
import { fixedDigits, scaledRoundExact } from './float_digits';

// Past these, round(x, ndigits) is x itself (no double has a nonzero digit 324 places after the
// point) or zero (no double reaches 10^309), as CPython decides it.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * Python's round(x, ndigits) for a float: the decimal value with ndigits places (negative ndigits
 * round to tens, hundreds ...) closest to x, exact ties to even, then back to the nearest double.
 * A Python int ndigits outside the JS safe range can be clamped to ±1e9 by the caller.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x; // keeps the sign: round(-1.5, -400) is -0.0
  const negative = x < 0;
  const a = negative ? -x : x;
  let result: number;
  if (ndigits >= 0) {
    if (Number.isInteger(a)) return x; // nothing after the point to round
    // Number() of a decimal string is correctly rounded, so this is the nearest double.
    result = Number(fixedDigits(a, ndigits) + 'e-' + ndigits);
  } else {
    result = Number(scaledRoundExact(a, ndigits).toString() + 'e' + -ndigits);
    if (result === Infinity) throw hostError('OverflowError', 'rounded value too large to represent');
  }
  return negative ? -result : result;
}

/** round(x) as a float: the nearest integer, exact halves to even (x must be finite). */
export function roundHalfEven(x: number): number {
  if (!(Math.abs(x) < 4503599627370496)) return x; // 2^52: already an integer (or not finite)
  const floor = Math.floor(x);
  const diff = x - floor; // exact below 2^52
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** int(x) for a float: truncation toward zero, with CPython's errors for inf and nan. */
export function floatToInt(x: number): bigint {
  if (x !== x) throw hostError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw hostError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}
