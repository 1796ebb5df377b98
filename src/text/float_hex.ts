// float.hex() and float.fromhex().
import { hostError } from './host_error';
import { decompose, NEGATIVE_NAN } from './float_digits';

/** float.hex(x): "0x1.8000000000000p+0", subnormals as "0x0.…p-1022". */
export function floatToHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp2 } = decompose(x);
  const fraction = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  if (mant < 1n << 52n) return `${sign}0x0.${fraction}p-1022`; // subnormal
  const exp = exp2 + 52;
  return `${sign}0x1.${fraction}p${exp < 0 ? '' : '+'}${exp}`;
}

function isAsciiSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

// The number part only: CPython computes the value (and may overflow) before it looks at what
// follows, so trailing junk is checked afterwards.
const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?)([0-9]*))?/;
const SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i;

function invalid(): never {
  throw hostError('ValueError', 'invalid hexadecimal floating-point string');
}

/** float.fromhex(s), correctly rounded (half-even). */
export function floatFromHex(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s[start])) start++;
  while (end > start && isAsciiSpace(s[end - 1])) end--;
  const t = s.slice(start, end);

  const special = SPECIAL.exec(t);
  if (special) {
    if (special[2] === undefined) return special[1] === '-' ? NEGATIVE_NAN : NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT.exec(t)!;
  const [matched, sign, intDigits, fracDigits = '', expSign, expDigits] = m;
  if (intDigits === '' && fracDigits === '') return invalid();
  if (expDigits === '') return invalid(); // a 'p' needs digits
  const value = hexValue(intDigits + fracDigits, fracDigits.length, expSign, expDigits);
  if (matched.length !== t.length) return invalid();
  return sign === '-' ? -value : value;
}

/** 0x<digits> × 2^(exponent - 4·fracCount), rounded half-even to a double. */
function hexValue(
  digits: string,
  fracCount: number,
  expSign: string | undefined,
  expDigits: string | undefined,
): number {
  const mantissa = BigInt('0x0' + digits);
  if (mantissa === 0n) return 0;
  // An exponent this long only decides between overflow and zero: clamp it.
  let exp = expDigits === undefined ? 0 : expDigits.replace(/^0+/, '').length > 9 ? 1e9 : +expDigits;
  if (expSign === '-') exp = -exp;
  const exp2 = exp - 4 * fracCount;

  const bits = mantissa.toString(2).length;
  const top = bits - 1 + exp2; // exponent of the leading bit
  if (top > 1023) return tooLarge();
  // Keep 53 significant bits, fewer for subnormals (the last bit is worth 2^-1074).
  const lsb = Math.max(top - 52, -1074);
  let kept: bigint;
  const shift = lsb - exp2;
  if (shift <= 0) {
    kept = mantissa << BigInt(-shift);
  } else if (shift > bits) {
    kept = 0n; // below half of the smallest subnormal
  } else {
    const s = BigInt(shift);
    kept = mantissa >> s;
    const rest = mantissa - (kept << s);
    const half = 1n << (s - 1n);
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept++;
  }
  const value = Number(kept) * 2 ** lsb;
  if (value === Infinity) return tooLarge();
  return value;
}

function tooLarge(): never {
  throw hostError('OverflowError', 'hexadecimal value too large to represent as a float');
}
