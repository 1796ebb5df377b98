// format(value, spec) for int, float, complex and str: the builtin __format__ methods.
import { hostError } from './host_error';
import { parseFormatSpec, layoutNumber, padText, unknownFormatCode, type FormatSpec } from './format_spec';
import { doubleToString, floatRepr, complexRepr, DtoaFlags, type DtoaType } from './float_repr';
import { checkIntToStrLimit } from './int_string';
import { codePointPrefix } from './unicode';

const MAX_LONG = 2n ** 63n - 1n;

// f-strings format with the same few specs over and over: keep their parses. Specs that fail to
// parse are not cached, so the type name (used only in error messages) is not part of the key.
const specCache = new Map<string, FormatSpec>();

function cachedSpec(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const key = defaultType + '|' + spec; // the first character tells the default type apart
  let parsed = specCache.get(key);
  if (parsed === undefined) {
    parsed = parseFormatSpec(spec, typeName, defaultType, defaultAlign);
    if (specCache.size >= 512) specCache.clear();
    specCache.set(key, parsed);
  }
  return parsed;
}
const MAX_INT = 2 ** 31 - 1;

function signFor(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '+' || spec.sign === ' ' ? spec.sign : '';
}

/** Splits "1234.5e+06" into its leading integer digits and the rest. */
function splitIntDigits(body: string): [string, string] {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x39) i++;
  return [body.slice(0, i), body.slice(i)];
}

/** format(x, spec) for an int (typeName: 'int', 'bool' or a subclass's name for messages). */
export function formatInt(x: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') {
    checkIntToStrLimit(x);
    return x.toString();
  }
  const s = cachedSpec(spec, typeName, 'd', '>');
  let base: number;
  switch (s.type) {
    case 'd': case 'n': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': base = 0; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const value = Number(x);
      if (!Number.isFinite(value)) throw hostError('OverflowError', 'int too large to convert to float');
      return formatFloatWithSpec(value, s);
    }
    default:
      return unknownFormatCode(s.type, typeName);
  }
  if (s.precision >= 0) throw hostError('ValueError', 'Precision not allowed in integer format specifier');
  if (s.noNegZero) {
    throw hostError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (base === 0) {
    if (s.sign) throw hostError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (s.alternate) {
      throw hostError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (x > MAX_LONG || x < -MAX_LONG - 1n) {
      throw hostError('OverflowError', 'Python int too large to convert to C long');
    }
    if (x < 0n || x > 0x10ffffn) throw hostError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber('', '', '', String.fromCodePoint(Number(x)), s, 0);
  }
  const negative = x < 0n;
  const mag = negative ? -x : x;
  if (base === 10) checkIntToStrLimit(mag);
  let digits = mag.toString(base);
  let prefix = '';
  if (s.type === 'X') digits = digits.toUpperCase();
  if (s.alternate && base !== 10) prefix = '0' + s.type;
  // 'n' is 'd' in the C locale: no grouping.
  const groupSize = base === 10 ? 3 : 4;
  return layoutNumber(signFor(negative, s), prefix, digits, '', s, groupSize);
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const s = cachedSpec(spec, typeName, '', '>');
  switch (s.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWithSpec(x, s);
    default:
      return unknownFormatCode(s.type, typeName);
  }
}

/** What doubleToString should do for a float presentation type (after validation). */
function floatPlan(spec: FormatSpec, addDot0ForNone: boolean): { type: DtoaType; precision: number; flags: number } {
  let flags = (spec.alternate ? DtoaFlags.Alt : 0) | (spec.noNegZero ? DtoaFlags.NoNegZero : 0);
  let type: DtoaType;
  let precision = spec.precision;
  if (spec.type === '') {
    // Like str(x) when no precision is given; else like 'g' (floats keep a ".0").
    if (addDot0ForNone) flags |= DtoaFlags.AddDot0;
    type = precision < 0 ? 'r' : 'g';
    if (precision < 0) precision = 0;
  } else {
    type = spec.type === 'n' ? 'g' : spec.type === '%' ? 'f' : (spec.type as DtoaType);
    if (precision < 0) precision = 6;
  }
  return { type, precision, flags };
}

function checkFloatPrecision(s: FormatSpec): void {
  if (s.precision > MAX_INT) throw hostError('ValueError', 'precision too big');
}

function formatFloatWithSpec(x: number, s: FormatSpec): string {
  checkFloatPrecision(s);
  const plan = floatPlan(s, true);
  const percent = s.type === '%';
  const text = doubleToString(percent ? x * 100 : x, plan.type, plan.precision, plan.flags);
  if (s.width < 0 && !s.grouping && !s.sign) return percent ? text + '%' : text; // nothing to lay out
  const negative = text.charCodeAt(0) === 0x2d;
  const [intDigits, rest] = splitIntDigits(negative ? text.slice(1) : text);
  return layoutNumber(signFor(negative, s), '', intDigits, percent ? rest + '%' : rest, s, 3);
}

/** format(complex(re, im), spec). */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(re, im);
  const s = cachedSpec(spec, typeName, '', '>');
  switch (s.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return unknownFormatCode(s.type, typeName);
  }
  checkFloatPrecision(s);
  if (s.fill === '0') throw hostError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (s.align === '=') throw hostError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  const plan = floatPlan(s, false);
  // Without a type it reads like repr: a +0.0 real part is left out, else parentheses.
  const bare = s.type === '';
  const skipRe = bare && re === 0 && 1 / re > 0;
  const part = (value: number, sign: (negative: boolean) => string): string => {
    const text = doubleToString(value, plan.type, plan.precision, plan.flags);
    const negative = text.charCodeAt(0) === 0x2d;
    const [intDigits, rest] = splitIntDigits(negative ? text.slice(1) : text);
    const noPad: FormatSpec = { ...s, width: -1 };
    return layoutNumber(sign(negative), '', intDigits, rest, noPad, 3);
  };
  const specSign = (negative: boolean) => signFor(negative, s);
  let text: string;
  if (skipRe) text = part(im, specSign) + 'j';
  else {
    text = part(re, specSign) + part(im, (negative) => (negative ? '-' : '+')) + 'j';
    if (bare) text = '(' + text + ')';
  }
  return padText(text, s, '>');
}

/** format(s, spec) for a str. */
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const s = cachedSpec(spec, typeName, 's', '<');
  if (s.type !== 's') return unknownFormatCode(s.type, typeName);
  if (s.sign === ' ') throw hostError('ValueError', 'Space not allowed in string format specifier');
  if (s.sign) throw hostError('ValueError', 'Sign not allowed in string format specifier');
  if (s.noNegZero) {
    throw hostError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (s.alternate) throw hostError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') throw hostError('ValueError', "'=' alignment not allowed in string format specifier");
  const text = s.precision >= 0 ? codePointPrefix(value, s.precision) : value;
  return padText(text, s, '<');
}
