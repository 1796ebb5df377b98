// struct format strings: parsing "<2hxq" into fields with their offsets, and the byte-level codecs for
// each format code (integers in either byte order, IEEE half/single/double floats). Pure TypeScript: errors
// are thrown as StructFormatError and turned into struct.error by struct.ts.
//
// The machine gilt describes as "native" is CPython's on x86-64 Linux: little-endian, C long and size_t of
// 8 bytes, natural alignment.

export class StructFormatError {
  constructor(readonly message: string) {}
}

/** How a format lays its fields out: '@' native sizes and alignment, else standard sizes, no padding. */
export type ByteOrderChar = '@' | '=' | '<' | '>' | '!';

/** One format code with its repeat count, placed at a byte offset. */
export interface Field {
  code: string;
  /** bytes from the start of the packed data */
  offset: number;
  /** bytes per item (for 's' and 'p': the whole string field) */
  size: number;
  /** items it packs/unpacks: the repeat count, 1 for 's'/'p', 0 for 'x' */
  items: number;
}

export interface StructFormat {
  order: ByteOrderChar;
  littleEndian: boolean;
  fields: Field[];
  /** total bytes */
  size: number;
  /** total items pack() takes and unpack() returns */
  items: number;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8,
  s: 1, p: 1, P: 8,
};

const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

const MAX_SIZE = 2 ** 63 - 1; // Py_ssize_t

const isSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');

/** Parse a format already decoded to a JS string (ASCII, no NUL: struct.ts checks that). */
export function parseStructFormat(fmt: string): StructFormat {
  let i = 0;
  let order: ByteOrderChar = '@';
  if (fmt.length > 0 && '@=<>!'.includes(fmt[0])) {
    order = fmt[0] as ByteOrderChar;
    i = 1;
  }
  const native = order === '@';
  const table = native ? NATIVE_SIZES : STANDARD_SIZES;
  const fields: Field[] = [];
  let size = 0;
  let items = 0;
  while (i < fmt.length) {
    let c = fmt[i++];
    if (isSpace(c)) continue;
    let count = 1;
    if (c >= '0' && c <= '9') {
      count = c.charCodeAt(0) - 48;
      while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
        count = count * 10 + (fmt.charCodeAt(i++) - 48);
        if (count > MAX_SIZE / 10) throw new StructFormatError('total struct size too long');
      }
      if (i >= fmt.length) throw new StructFormatError('repeat count given without format specifier');
      c = fmt[i++];
    }
    const itemSize = table[c];
    if (itemSize === undefined) throw new StructFormatError('bad char in struct format');
    if (native) size = Math.ceil(size / itemSize) * itemSize; // natural alignment (itemSize is the alignment)
    const isString = c === 's' || c === 'p';
    const bytes = isString || c === 'x' ? count : count * itemSize;
    fields.push({ code: c, offset: size, size: isString ? count : itemSize, items: isString ? 1 : c === 'x' ? 0 : count });
    items += isString ? 1 : c === 'x' ? 0 : count;
    size += bytes;
    if (size > MAX_SIZE) throw new StructFormatError('total struct size too long');
  }
  return { order, littleEndian: order === '@' || order === '=' || order === '<', fields, size, items };
}

/**
 * Does this field use CPython's native packing routine? Native formats always do; '<' and '=' do too for
 * codes whose standard size equals the native one (CPython swaps those in on a little-endian machine), which
 * shows in the wording of range errors.
 */
export function usesNativePacker(order: ByteOrderChar, code: string): boolean {
  if (order === '@') return true;
  if (code === 'b' || code === 'B') return true;
  return (order === '<' || order === '=') && code !== 'l' && code !== 'L' && code !== 'e' && code !== 'f' && code !== 'd';
}

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

const NATIVE_RANGE_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

/** The struct.error message for packing integer x with this code, or null when it fits. */
export function intRangeError(order: ByteOrderChar, code: string, size: number, x: bigint): string | null {
  const unsigned = code === code.toUpperCase() && code !== 'P';
  if (code === 'P') return x < LONG_MIN || x > ULONG_MAX ? 'int too large to convert' : null;
  const bits = BigInt(size * 8);
  const min = unsigned ? 0n : -(1n << (bits - 1n));
  const max = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (usesNativePacker(order, code)) {
    // b, B, h, H, i read a C long first; the unsigned I, L, Q, N read an unsigned long.
    const asLong = !unsigned || code === 'B' || code === 'H';
    if (asLong ? x < LONG_MIN || x > LONG_MAX : x < 0n || x > ULONG_MAX) return 'argument out of range';
    if (x >= min && x <= max) return null;
    if (size === 8) return 'argument out of range';
    const name = NATIVE_RANGE_NAMES[code];
    return name !== undefined ? `${name} format requires ${min} <= number <= ${max}`
      : `'${code}' format requires ${min} <= number <= ${max}`;
  }
  if (size === 8) return x < min || x > max ? 'int too large to convert' : null;
  if (unsigned ? x < 0n || x > ULONG_MAX : x < LONG_MIN || x > LONG_MAX) return 'argument out of range';
  if (x >= min && x <= max) return null;
  return `'${code}' format requires ${min} <= number <= ${max}`;
}

// ---- byte-level codecs -----------------------------------------------------------------------------------

/** Write x (already range-checked) as a size-byte two's-complement integer. */
export function writeInt(out: Uint8Array, at: number, size: number, x: bigint, little: boolean): void {
  let v = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    out[little ? at + k : at + size - 1 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** Read a size-byte integer. */
export function readInt(data: Uint8Array, at: number, size: number, little: boolean, signed: boolean): bigint {
  let v = 0n;
  for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(data[little ? at + size - 1 - k : at + k]);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

/** Read an integer of at most 4 bytes as a JS number (the common, fast case). */
export function readSmallInt(data: Uint8Array, at: number, size: number, little: boolean, signed: boolean): number {
  let v = 0;
  for (let k = 0; k < size; k++) v = v * 256 + data[little ? at + size - 1 - k : at + k];
  if (signed && v >= 2 ** (size * 8 - 1)) v -= 2 ** (size * 8);
  return v;
}

const scratch = new DataView(new ArrayBuffer(8));

/** The IEEE half-precision bits of x, rounded to nearest even; null when x is finite but too large. */
export function toHalfBits(x: number): number | null {
  scratch.setFloat64(0, x);
  const sign = (scratch.getUint8(0) & 0x80) << 8;
  if (Number.isNaN(x)) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  if (a < 2 ** -14) {
    // subnormal: a multiple of 2**-24 (a mantissa of 1024 carries into the smallest normal number)
    return sign | roundHalfEven(a * 2 ** 24);
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven(a / 2 ** (e - 10)); // in [1024, 2048]
  if (m === 2048) {
    m = 1024;
    e++;
  }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | (m - 1024);
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

export function fromHalfBits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f === 0 ? sign * Infinity : NaN;
  return sign * (1024 + f) * 2 ** (e - 25);
}

export function writeFloat(out: Uint8Array, at: number, size: 4 | 8, x: number, little: boolean): void {
  const dv = new DataView(out.buffer, out.byteOffset + at, size);
  if (size === 4) dv.setFloat32(0, x, little);
  else dv.setFloat64(0, x, little);
}

export function readFloat(data: Uint8Array, at: number, size: 2 | 4 | 8, little: boolean): number {
  const dv = new DataView(data.buffer, data.byteOffset + at, size);
  if (size === 2) return fromHalfBits(dv.getUint16(0, little));
  return size === 4 ? dv.getFloat32(0, little) : dv.getFloat64(0, little);
}
