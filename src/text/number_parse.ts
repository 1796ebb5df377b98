// float(str) and int(str, base): which strings CPython 3.11 accepts and what they mean.
import { hostError } from './host_error';
import { reprStr } from './str_repr';
import { toAsciiDigitsAndSpaces, codePointPrefix } from './unicode';
import { checkStrToIntLimit } from './int_string';
import { NEGATIVE_NAN } from './float_digits';

/** Py_ISSPACE: the ASCII whitespace float() and int() strip after their Unicode translation. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function stripAsciiSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const DECIMAL_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_FLOAT = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** float(s) for a str s. */
export function parseFloatString(s: string): number {
  let t = stripAsciiSpace(toAsciiDigitsAndSpaces(s));
  if (t.includes('_')) {
    // Underscores are allowed only between two digits.
    for (let i = 0; i < t.length; i++) {
      if (t.charCodeAt(i) === 0x5f && !(i > 0 && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)))) {
        return badFloat(s);
      }
    }
    t = t.replace(/_/g, '');
  }
  // JS's Number() rounds a decimal string correctly, exactly as CPython's strtod does.
  if (DECIMAL_FLOAT.test(t)) return Number(t);
  const special = SPECIAL_FLOAT.exec(t);
  if (special === null) return badFloat(s);
  if (special[2] === undefined) return special[1] === '-' ? NEGATIVE_NAN : NaN; // float('-nan') keeps its sign
  return special[1] === '-' ? -Infinity : Infinity;
}

function badFloat(s: string): never {
  throw hostError('ValueError', `could not convert string to float: ${reprStr(s)}`);
}

/** The value of an ASCII digit or letter as a digit (letters are 10..35), else 99. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20; // lower-case letters
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  return 99;
}

/** int(s, base) for a str s (base 0 or 2..36). */
export function parseIntString(s: string, base: number): bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw hostError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const t = toAsciiDigitsAndSpaces(s);
  const n = t.length;
  let i = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let negative = false;
  if (t[i] === '+' || t[i] === '-') negative = t[i++] === '-';

  // A prefix may start the digits when it agrees with the base (or the base is 0).
  let radix = base;
  let afterPrefix = false; // an underscore may then come first
  if (t[i] === '0') {
    const p = t.charCodeAt(i + 1) | 0x20;
    const prefixRadix = p === 0x78 ? 16 : p === 0x6f ? 8 : p === 0x62 ? 2 : 0;
    if (prefixRadix && (base === 0 || base === prefixRadix)) {
      radix = prefixRadix;
      i += 2;
      afterPrefix = true;
    }
  }
  const leadingZerosOnly = radix === 0; // base 0 without a prefix: "010" is not allowed
  if (radix === 0) radix = 10;

  let digits = '';
  let previousWasDigit = afterPrefix; // what an underscore needs before it
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5f) {
      if (!previousWasDigit) return badInt(s, base);
      previousWasDigit = false;
      continue;
    }
    if (digitValue(c) >= radix) break;
    previousWasDigit = true;
    digits += t[i];
  }
  // Digits must end on a digit (not an underscore), and there must be some.
  if (digits === '' || t.charCodeAt(i - 1) === 0x5f) return badInt(s, base);
  // CPython refuses too many digits before it looks at what follows them.
  if (radix !== 2 && radix !== 8 && radix !== 16) checkStrToIntLimit(digits.length);
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (i !== n) return badInt(s, base);
  if (leadingZerosOnly && digits.length > 1 && digits[0] === '0' && /[^0]/.test(digits)) return badInt(s, base);

  let value: bigint;
  if (radix === 10) value = BigInt(digits);
  else if (radix === 16 || radix === 8 || radix === 2) {
    value = BigInt((radix === 16 ? '0x' : radix === 8 ? '0o' : '0b') + digits);
  } else value = parseInRadix(digits, radix);
  return negative ? -value : value;
}

/** Digits in an arbitrary radix, several at a time so most steps stay in doubles. */
function parseInRadix(digits: string, radix: number): bigint {
  const chunk = 8; // radix^8 <= 36^8 < 2^53
  const big = BigInt(radix) ** BigInt(chunk);
  let value = 0n;
  let i = 0;
  const first = digits.length % chunk || chunk;
  for (let end = first; i < digits.length; end += chunk) {
    let part = 0;
    for (; i < end; i++) part = part * radix + digitValue(digits.charCodeAt(i));
    value = value * big + BigInt(part);
  }
  return value;
}

function badInt(s: string, base: number): never {
  // CPython cuts the repr to 200 characters (%.200R).
  const shown = codePointPrefix(reprStr(s), 200);
  throw hostError('ValueError', `invalid literal for int() with base ${base}: ${shown}`);
}
