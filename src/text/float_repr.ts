// repr() of float and complex, and the one routine every float formatting path shares:
// doubleToString, which turns a double into text for a presentation type and precision the way
// CPython's PyOS_double_to_string does (without padding, grouping or alignment).
import { shortestDigits, significantDigits, fixedDigits, fastFixed, type Digits } from './float_digits';
import { repeat } from './repeat';

/** Options of doubleToString. */
export const enum DtoaFlags {
  None = 0,
  /** Always write a sign ('+' for non-negatives). */
  Sign = 1,
  /** In fixed notation, make sure there is a fractional digit ("1" -> "1.0"). */
  AddDot0 = 2,
  /** '#': keep the decimal point (and for 'g' the trailing zeros). */
  Alt = 4,
  /** 'z': a result that rounds to zero is written without its minus sign. */
  NoNegZero = 8,
}

/** 'r' is repr's shortest round-trip digits; the others are format()'s presentation types. */
export type DtoaType = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

function exponentText(exp: number): string {
  const mag = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (mag < 10 ? '0' + mag : String(mag));
}

/**
 * Lays out digits in fixed or exponent notation. `minDigits` is how many significant digits to
 * show at least (trailing zeros are padded); in fixed notation the integer part is never cut.
 */
function layout(d: Digits, useExp: boolean, minDigits: number, alt: boolean, addDot0: boolean): string {
  let { digits, decpt } = d;
  if (digits.length < minDigits) digits += repeat('0', minDigits - digits.length);
  if (useExp) {
    const exp = decpt - 1;
    const frac = digits.slice(1);
    return digits[0] + (frac || alt ? '.' : '') + frac + exponentText(exp);
  }
  let intPart: string;
  let frac: string;
  if (decpt <= 0) {
    intPart = '0';
    frac = repeat('0', -decpt) + digits;
  } else if (decpt >= digits.length) {
    intPart = digits + repeat('0', decpt - digits.length);
    frac = '';
  } else {
    intPart = digits.slice(0, decpt);
    frac = digits.slice(decpt);
  }
  if (frac) return intPart + '.' + frac;
  if (addDot0) return intPart + '.0';
  return alt ? intPart + '.' : intPart;
}

/** The unsigned text of a finite a >= 0 (no sign) for a type and precision. */
function unsignedText(a: number, type: string, precision: number, flags: number): string {
  const alt = (flags & DtoaFlags.Alt) !== 0;
  const addDot0 = (flags & DtoaFlags.AddDot0) !== 0;
  switch (type) {
    case 'f': {
      const fast = fastFixed(a, precision);
      if (fast !== null) return alt && precision === 0 ? fast + '.' : fast;
      const n = fixedDigits(a, precision);
      if (precision === 0) return alt ? n + '.' : n;
      const padded = n.length <= precision ? repeat('0', precision + 1 - n.length) + n : n;
      const cut = padded.length - precision;
      return padded.slice(0, cut) + '.' + padded.slice(cut);
    }
    case 'e': {
      const d = a === 0 ? { digits: '0', decpt: 1 } : significantDigits(a, precision + 1);
      return layout(d, true, precision + 1, alt, false);
    }
    case 'g': {
      const p = precision === 0 ? 1 : precision;
      const d = a === 0 ? { digits: '0', decpt: 1 } : significantDigits(a, p);
      // With AddDot0 ("1.0"), a number with exactly p integer digits would show p+1 digits.
      const useExp = d.decpt <= -4 || d.decpt > (addDot0 ? p - 1 : p);
      if (!alt) d.digits = stripTrailingZeros(d.digits);
      return layout(d, useExp, alt ? p : 0, alt, addDot0);
    }
    default: {
      // 'r': repr's shortest digits
      const d = a === 0 ? { digits: '0', decpt: 1 } : shortestDigits(a);
      return layout(d, d.decpt <= -4 || d.decpt > 16, 0, alt, addDot0);
    }
  }
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
  return end === s.length ? s : s.slice(0, end);
}

function isZeroText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x65) break; // 'e': the exponent does not matter
    if (c >= 0x31 && c <= 0x39) return false;
  }
  return true;
}

/**
 * A double as text for a presentation type: 'e' 'f' 'g' (precision digits as format() counts
 * them), their upper-case forms, or 'r' (shortest round-trip digits, precision ignored).
 */
export function doubleToString(x: number, type: DtoaType, precision: number, flags: number): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const lower = upper ? type.toLowerCase() : type;
  let body: string;
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x) {
    body = 'nan';
    negative = false; // CPython never shows the sign of a NaN
  } else if (x === Infinity || x === -Infinity) {
    body = 'inf';
  } else {
    body = unsignedText(negative ? -x : x, lower, precision, flags);
    if (negative && flags & DtoaFlags.NoNegZero && isZeroText(body)) negative = false;
  }
  if (upper) body = body.toUpperCase();
  if (negative) return '-' + body;
  return flags & DtoaFlags.Sign ? '+' + body : body;
}

/** repr(x) and str(x) of a Python float. */
export function floatRepr(x: number): string {
  // Fast path: where both Python and JS use fixed notation the digits are the same.
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  return doubleToString(x, 'r', 0, DtoaFlags.AddDot0);
}

/** repr(complex(re, im)). */
export function complexRepr(re: number, im: number): string {
  const imText = (flags: number) => doubleToString(im, 'r', 0, flags);
  // A real part of +0.0 is left out, and so are the parentheses.
  if (re === 0 && 1 / re > 0) return imText(DtoaFlags.None) + 'j';
  return '(' + doubleToString(re, 'r', 0, DtoaFlags.None) + imText(DtoaFlags.Sign) + 'j)';
}
