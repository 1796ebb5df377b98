// int -> str in bases 2, 8, 10 and 16 (str(), bin(), oct(), hex()), with CPython 3.11's limit on
// decimal conversions of huge ints (sys.set_int_max_str_digits).
import { hostError } from './host_error';

/** The default of sys.get_int_max_str_digits(); 0 means "no limit". */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
let intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;
/** Below this magnitude no number can exceed the limit: 2^(3.3·limit) < 10^limit. */
let safeBound = 1n << BigInt(Math.floor(DEFAULT_INT_MAX_STR_DIGITS * 3.3));

/** sys.set_int_max_str_digits for this thread's conversions (the caller keeps it per interpreter). */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
  safeBound = 1n << BigInt(Math.floor(Math.max(n, 0) * 3.3));
}

export function getIntMaxStrDigits(): number {
  return intMaxStrDigits;
}

const HINT = 'use sys.set_int_max_str_digits() to increase the limit';

/** Throws CPython's ValueError when |x| has more decimal digits than the limit allows. */
export function checkIntToStrLimit(x: bigint): void {
  const limit = intMaxStrDigits;
  if (limit <= 0) return;
  const mag = x < 0n ? -x : x;
  if (mag < safeBound) return;
  if (mag >= 10n ** BigInt(limit)) {
    throw hostError(
      'ValueError',
      `Exceeds the limit (${limit} digits) for integer string conversion; ${HINT}`,
    );
  }
}

/** The ValueError for a too-long digit string given to int() (counted without sign/underscores). */
export function checkStrToIntLimit(digitCount: number): void {
  const limit = intMaxStrDigits;
  if (limit > 0 && digitCount > limit) {
    throw hostError(
      'ValueError',
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digitCount} digits; ${HINT}`,
    );
  }
}

const PREFIX = { 2: '0b', 8: '0o', 10: '', 16: '0x' } as const;

/** str(x) for base 10, bin(x) / oct(x) / hex(x) for 2 / 8 / 16. */
export function intToString(x: bigint, base: 2 | 8 | 10 | 16): string {
  if (base === 10) {
    checkIntToStrLimit(x);
    return x.toString();
  }
  return x < 0n ? '-' + PREFIX[base] + (-x).toString(base) : PREFIX[base] + x.toString(base);
}
