// The format-spec mini-language: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
// and the padding/grouping every builtin __format__ shares.
import { hostError } from './host_error';
import { decimalValue, codePointLength } from './unicode';
import { repeat, MAX_STRING_LENGTH } from './repeat';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  /** One code point (possibly a surrogate pair in the JS string). */
  fill: string;
  /** Explicit alignment, or '' for the type's default. */
  align: Align | '';
  sign: '' | '+' | '-' | ' ';
  /** 'z': show negative zero as zero (floats only). */
  noNegZero: boolean;
  /** '#'. */
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  grouping: '' | ',' | '_';
  /** -1 when absent. */
  precision: number;
  /** The presentation type as one code point, or '' when absent. */
  type: string;
}

const MAX_SSIZE = 2n ** 63n - 1n;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** How CPython names a character in its "Cannot specify"/"Unknown format code" messages. */
export function formatCodeName(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : '\\x' + cp.toString(16);
}

/**
 * Parses a format spec. `typeName` is only used in the invalid-spec message. `defaultType` is
 * the type assumed when none is given ('s' for str, 'd' for int, '' for float and complex);
 * `defaultAlign` is '<' for str-like objects and '>' for numbers (it decides what a bare '0'
 * flag means).
 */
export function parseFormatSpec(
  spec: string,
  typeName = 'object',
  defaultType = '',
  defaultAlign: '<' | '>' = '>',
): FormatSpec {
  const result: FormatSpec = {
    fill: ' ',
    align: '',
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  if (spec === '') return result;
  const c = Array.from(spec); // code points
  const end = c.length;
  let pos = 0;
  let fillGiven = false;
  if (end >= 2 && isAlign(c[1])) {
    result.fill = c[0];
    result.align = c[1];
    fillGiven = true;
    pos = 2;
  } else if (isAlign(c[0])) {
    result.align = c[0];
    pos = 1;
  }
  if (c[pos] === '+' || c[pos] === '-' || c[pos] === ' ') result.sign = c[pos++] as FormatSpec['sign'];
  if (c[pos] === 'z') {
    result.noNegZero = true;
    pos++;
  }
  if (c[pos] === '#') {
    result.alternate = true;
    pos++;
  }
  // A leading '0' (without an explicit fill) means zero padding; for numbers it also
  // implies sign-aware '=' alignment.
  if (!fillGiven && c[pos] === '0') {
    result.fill = '0';
    if (result.align === '' && defaultAlign === '>') result.align = '=';
    pos++;
  }
  const width = readInteger(c, pos);
  result.width = width.value;
  pos = width.next;
  if (c[pos] === ',') {
    result.grouping = ',';
    pos++;
  }
  if (c[pos] === '_') {
    if (result.grouping) throw hostError('ValueError', "Cannot specify both ',' and '_'.");
    result.grouping = '_';
    pos++;
  }
  if (c[pos] === ',' && result.grouping === '_') throw hostError('ValueError', "Cannot specify both ',' and '_'.");
  if (c[pos] === '.') {
    pos++;
    const precision = readInteger(c, pos);
    if (precision.next === pos) throw hostError('ValueError', 'Format specifier missing precision');
    result.precision = precision.value;
    pos = precision.next;
  }
  if (end - pos > 1) {
    throw hostError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) result.type = c[pos];
  if (result.grouping) checkGroupingType(result.grouping, result.type);
  return result;
}

function checkGroupingType(grouping: ',' | '_', type: string): void {
  switch (type) {
    case '': case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
      return;
    case 'b': case 'o': case 'x': case 'X':
      if (grouping === '_') return;
  }
  throw hostError('ValueError', `Cannot specify '${grouping}' with '${formatCodeName(type)}'.`);
}

/** A run of decimal digits at c[pos]; value -1 when there are none. */
function readInteger(c: string[], pos: number): { value: number; next: number } {
  let value = 0n;
  const start = pos;
  for (; pos < c.length; pos++) {
    const d = decimalValue(c[pos].codePointAt(0)!);
    if (d < 0) break;
    value = value * 10n + BigInt(d);
    if (value > MAX_SSIZE) throw hostError('ValueError', 'Too many decimal digits in format string');
  }
  return { value: pos === start ? -1 : Number(value), next: pos };
}

export function unknownFormatCode(type: string, typeName: string): never {
  throw hostError('ValueError', `Unknown format code '${formatCodeName(type)}' for object of type '${typeName}'`);
}

/** Pads text (of `length` code points) to the spec's width with its fill and alignment. */
export function pad(text: string, length: number, spec: FormatSpec, defaultAlign: '<' | '>'): string {
  const padding = spec.width - length;
  if (padding <= 0) return text;
  const align = spec.align || defaultAlign;
  const fill = spec.fill;
  if (align === '<') return text + repeat(fill, padding);
  if (align === '^') {
    const left = padding >> 1;
    return repeat(fill, left) + text + repeat(fill, padding - left);
  }
  return repeat(fill, padding) + text;
}

/** Pads a string to the spec's width (its length counted in code points). */
export function padText(text: string, spec: FormatSpec, defaultAlign: '<' | '>'): string {
  if (spec.width <= 0) return text;
  return pad(text, codePointLength(text), spec, defaultAlign);
}

/**
 * Inserts a separator every `size` digits from the right. With `minWidth` > 0 (zero padding
 * under '=' alignment) the digits are first extended with zeros until the grouped text is at
 * least that long (the text never starts with a separator, so it may come out one longer).
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  const groups: string[] = [];
  let end = digits.length;
  let length = 0;
  while (end > 0 || length < minWidth) {
    const start = Math.max(0, end - size);
    let group = digits.slice(start, end);
    if (group.length < size && length + (groups.length ? 1 : 0) + group.length < minWidth) {
      // Zero padding: take as many zeros as still fit the width (at least one character).
      const want = Math.min(size, minWidth - length - (groups.length ? 1 : 0));
      if (want > group.length) group = repeat('0', want - group.length) + group;
    }
    if (group === '') group = '0';
    groups.push(group);
    length += group.length + (groups.length > 1 ? 1 : 0);
    end = start;
  }
  return groups.reverse().join(sep);
}

/**
 * Assembles a formatted number: sign, prefix ("0x"), integer digits (grouped as the spec
 * says), and the rest (fraction, exponent, '%' ...), padded to the spec's width.
 */
export function layoutNumber(
  sign: string,
  prefix: string,
  intDigits: string,
  rest: string,
  spec: FormatSpec,
  groupSize: number,
): string {
  const align = spec.align || '>';
  if (spec.width > MAX_STRING_LENGTH) throw hostError('MemoryError', '');
  let digits = intDigits;
  // Non-finite floats have no digits, and then the zero padding is not grouped.
  if (spec.grouping && groupSize > 0 && intDigits) {
    // Zero padding under '=' is done by the grouping, so the pad zeros get separators too.
    const minWidth =
      spec.fill === '0' && align === '=' && spec.width > 0 ? spec.width - sign.length - prefix.length - rest.length : 0;
    digits = groupDigits(intDigits, spec.grouping, groupSize, minWidth);
  }
  const length = sign.length + prefix.length + digits.length + codePointLength(rest);
  const padding = spec.width - length;
  if (padding <= 0) return sign + prefix + digits + rest;
  if (align === '=') return sign + prefix + repeat(spec.fill, padding) + digits + rest;
  return pad(sign + prefix + digits + rest, length, spec, '>');
}
