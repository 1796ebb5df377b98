// printf-style formatting: `str % args` and `bytes % args`.
//
// The values are Python objects this library knows nothing about, so the caller passes an adapter
// that answers the few questions formatting asks about them. Both variants share one engine that
// works on JS strings; bytes travel through it as latin-1 strings (one char per byte).
import { hostError } from './host_error';
import { doubleToString, DtoaFlags, type DtoaType } from './float_repr';
import { checkIntToStrLimit } from './int_string';
import { codePointLength, codePointPrefix } from './unicode';
import { repeat } from './repeat';

interface ArgsShape<V> {
  /**
   * What the right operand was: a tuple; a mapping (PyMapping_Check true, and not a tuple or a
   * str: dicts, but also lists, bytes and anything with __getitem__ -- for bytes % args, bytes
   * and bytearray operands do not count as mappings); or any other single object.
   */
  kind: 'tuple' | 'mapping' | 'single';
  /** The tuple's length (1 for 'single' and 'mapping'). */
  count: number;
  /** The i-th tuple item; for 'single' and 'mapping', get(0) is the operand itself. */
  get(i: number): V;
  /**
   * The float value for %e %f %g; throws TypeError "must be real number, not str" (str % args)
   * or "float argument required, not str" (bytes % args, whatever made the conversion fail).
   */
  toFloat(v: V, conv: string): number;
  /**
   * The integer value for %d %i %u %o %x %X (throws CPython's TypeError itself, e.g.
   * "%x format: an integer is required, not float" or "%d format: a real number is required, not str").
   */
  toInteger(v: V, conv: string): bigint;
  /** v's value when isinstance(v, int) (bools included), else null: for '*' widths. */
  intValue(v: V): bigint | null;
}

/** Adapter for `str % args`. */
export interface PercentArgs<V> extends ArgsShape<V> {
  /** args[key] for %(key)s; throws whatever the mapping throws (KeyError ...). */
  getKey(key: string): V;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** v's value when isinstance(v, str), else null: for %c. */
  strValue(v: V): string | null;
}

/** Adapter for `bytes % args`. */
export interface BytesPercentArgs<V> extends ArgsShape<V> {
  getKey(key: Uint8Array): V;
  /** %b and %s: the buffer or __bytes__ of v; else throws TypeError ("%b requires a bytes-like object, ..."). */
  toBytes(v: V): Uint8Array;
  /** %r and %a: ascii(v). */
  ascii(v: V): string;
  /** v's value when v is a bytes object, else null: for %c. */
  bytesValue(v: V): Uint8Array | null;
  /** operator.index(v), or null when v has no __index__: for %c. */
  indexValue(v: V): bigint | null;
}

const enum Flag {
  LeftJustify = 1,
  Sign = 2,
  Blank = 4,
  Alt = 8,
  Zero = 16,
}

const MAX_INT = 2 ** 31 - 1;
const MAX_SSIZE_BIG = 2n ** 63n - 1n;
const MAX_INT_BIG = 2n ** 31n - 1n;

/** The differences between the str and bytes flavours. */
interface Flavour<V> {
  what: 'string' | 'bytes';
  args: ArgsShape<V>;
  lookup(key: string): V;
  /** %s %r %a %b %c and %-characters the flavour does not know (null: unsupported). */
  textOf(conv: string, v: V): string | null;
  /** Python's len() of a piece of output. */
  length(s: string): number;
  truncate(s: string, n: number): string;
  /** Throws the error for an unsupported conversion character. */
  unsupported(fmt: string, at: number, fromDigitLoop: boolean): never;
}

function formatInteger(value: bigint, conv: string, flags: number, precision: number): [string, string] {
  const negative = value < 0n;
  const mag = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (conv) {
    case 'o':
      digits = mag.toString(8);
      if (flags & Flag.Alt) prefix = '0o';
      break;
    case 'x':
      digits = mag.toString(16);
      if (flags & Flag.Alt) prefix = '0x';
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      if (flags & Flag.Alt) prefix = '0X';
      break;
    default:
      checkIntToStrLimit(mag);
      digits = mag.toString();
  }
  if (precision > digits.length) digits = repeat('0', precision - digits.length) + digits;
  const sign = negative ? '-' : flags & Flag.Sign ? '+' : flags & Flag.Blank ? ' ' : '';
  return [sign + prefix, digits];
}

function formatReal(x: number, conv: string, flags: number, precision: number): [string, string] {
  const dtoaFlags = flags & Flag.Alt ? DtoaFlags.Alt : DtoaFlags.None;
  const text = doubleToString(x, conv as DtoaType, precision < 0 ? 6 : precision, dtoaFlags);
  if (text.charCodeAt(0) === 0x2d) return ['-', text.slice(1)];
  return [flags & Flag.Sign ? '+' : flags & Flag.Blank ? ' ' : '', text];
}

function run<V>(fmt: string, fl: Flavour<V>): string {
  const args = fl.args;
  const n = fmt.length;
  const isMapping = args.kind === 'mapping';
  // The positional arguments; a %(key) makes the looked-up value the only one left.
  let get = (k: number) => args.get(k);
  let count = args.kind === 'tuple' ? args.count : 1;
  let index = 0;
  const nextArg = (): V => {
    if (index < count) return get(index++);
    throw hostError('TypeError', 'not enough arguments for format string');
  };
  const starValue = (): number => {
    const value = args.intValue(nextArg());
    if (value === null) throw hostError('TypeError', '* wants int');
    return value > MAX_SSIZE_BIG || value < -MAX_SSIZE_BIG - 1n
      ? overflow('Python int too large to convert to C ssize_t')
      : Number(value);
  };

  let out = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt.charCodeAt(i) === 0x25) {
      out += '%';
      i++;
      continue;
    }

    if (fmt.charCodeAt(i) === 0x28) {
      // %(key): the key runs to the matching ')'.
      if (!isMapping) throw hostError('TypeError', 'format requires a mapping');
      const start = ++i;
      let depth = 1;
      while (depth > 0 && i < n) {
        const c = fmt.charCodeAt(i++);
        if (c === 0x29) depth--;
        else if (c === 0x28) depth++;
      }
      if (depth > 0) throw hostError('ValueError', 'incomplete format key');
      const value = fl.lookup(fmt.slice(start, i - 1));
      get = () => value;
      count = 1;
      index = 0;
    }

    // Reading past the end makes the spec "incomplete"; that is only reported once any '*'
    // arguments have been taken, as CPython does.
    let exhausted = false;
    // Whether the last character was read by a width/precision digit loop: bytes formatting
    // reports an unknown byte >= 0x80 differently then (see `unsupported`).
    let fromDigitLoop = false;
    const next = (): number => {
      fromDigitLoop = false;
      if (i < n) return fmt.charCodeAt(i++);
      exhausted = true;
      return -1;
    };
    let ch: number;

    let flags = 0;
    for (;;) {
      ch = next();
      if (exhausted) break;
      if (ch === 0x2d) flags |= Flag.LeftJustify;
      else if (ch === 0x2b) flags |= Flag.Sign;
      else if (ch === 0x20) flags |= Flag.Blank;
      else if (ch === 0x23) flags |= Flag.Alt;
      else if (ch === 0x30) flags |= Flag.Zero;
      else break;
    }

    let width = -1;
    if (!exhausted && ch === 0x2a) {
      width = starValue();
      if (width < 0) {
        flags |= Flag.LeftJustify;
        width = -width;
      }
      ch = next();
    } else if (!exhausted && ch >= 0x30 && ch <= 0x39) {
      const start = i - 1;
      for (;;) {
        ch = next();
        fromDigitLoop = true;
        if (exhausted || ch < 0x30 || ch > 0x39) break;
      }
      const digits = fmt.slice(start, exhausted ? i : i - 1);
      width = Number(digits);
      if (digits.length > 18 && BigInt(digits) > MAX_SSIZE_BIG) throw hostError('ValueError', 'width too big');
    }

    let precision = -1;
    if (!exhausted && ch === 0x2e) {
      precision = 0;
      ch = next();
      if (!exhausted && ch === 0x2a) {
        const value = args.intValue(nextArg());
        if (value === null) throw hostError('TypeError', '* wants int');
        if (value > MAX_INT_BIG || value < -MAX_INT_BIG - 1n) overflow('Python int too large to convert to C int');
        precision = Math.max(0, Number(value));
        ch = next();
      } else if (!exhausted && ch >= 0x30 && ch <= 0x39) {
        precision = ch - 0x30;
        for (;;) {
          ch = next();
          fromDigitLoop = true;
          if (exhausted || ch < 0x30 || ch > 0x39) break;
          if (precision > (MAX_INT - (ch - 0x30)) / 10) throw hostError('ValueError', 'precision too big');
          precision = precision * 10 + (ch - 0x30);
        }
      }
    }

    // Length modifiers (%ld, %hi) mean nothing in Python.
    if (!exhausted && (ch === 0x68 || ch === 0x6c || ch === 0x4c)) ch = next();
    if (exhausted) throw hostError('ValueError', 'incomplete format');

    const convAt = i - 1;
    let conv = String.fromCharCode(ch);
    if (ch >= 0xd800 && ch <= 0xdbff && i < n) {
      const low = fmt.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        conv += fmt[i];
        i++;
      }
    }

    const v = nextArg();
    let signAndPrefix = '';
    let body: string;
    let numeric = true;
    switch (conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        // bytes formatting reports %i as %d in its errors
        const value = args.toInteger(v, fl.what === 'bytes' && conv === 'i' ? 'd' : conv);
        [signAndPrefix, body] = formatInteger(value, conv, flags, precision);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        [signAndPrefix, body] = formatReal(args.toFloat(v, conv), conv, flags, precision);
        break;
      default: {
        const text = fl.textOf(conv, v);
        if (text === null) fl.unsupported(fmt, convAt, fromDigitLoop);
        numeric = false;
        body = precision >= 0 && conv !== 'c' ? fl.truncate(text, precision) : text;
      }
    }

    const length = numeric ? signAndPrefix.length + body.length : fl.length(body);
    if (width > length) {
      const padding = width - length;
      if (flags & Flag.LeftJustify) out += signAndPrefix + body + repeat(' ', padding);
      else if (numeric && flags & Flag.Zero) out += signAndPrefix + repeat('0', padding) + body;
      else out += repeat(' ', padding) + signAndPrefix + body;
    } else {
      out += signAndPrefix + body;
    }
  }

  if (index < count && !isMapping) {
    throw hostError('TypeError', `not all arguments converted during ${fl.what} formatting`);
  }
  return out;
}

function overflow(message: string): never {
  throw hostError('OverflowError', message);
}

/** The code point index of UTF-16 index `at` in s (error messages count code points). */
function codePointIndex(s: string, at: number): number {
  return codePointLength(s.slice(0, at));
}

/** `fmt % args` for a str format. */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>): string {
  return run(fmt, {
    what: 'string',
    args,
    lookup: (key) => args.getKey(key),
    textOf(conv, v) {
      switch (conv) {
        case 's': return args.str(v);
        case 'r': return args.repr(v);
        case 'a': return args.ascii(v);
        case 'c': {
          const code = args.intValue(v);
          if (code !== null) {
            if (code < 0n || code > 0x10ffffn) overflow('%c arg not in range(0x110000)');
            return String.fromCodePoint(Number(code));
          }
          const s = args.strValue(v);
          if (s !== null && codePointLength(s) === 1) return s;
          throw hostError('TypeError', '%c requires int or char');
        }
      }
      return null;
    },
    length: codePointLength,
    truncate: codePointPrefix,
    unsupported(fmt, at) {
      const cp = fmt.codePointAt(at)!;
      const shown = cp >= 32 && cp <= 126 ? String.fromCharCode(cp) : '?';
      throw hostError(
        'ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${codePointIndex(fmt, at)}`,
      );
    },
  });
}

function toLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** `fmt % args` for a bytes format (also what bytearray % args computes). */
export function bytesPercentFormat<V>(fmt: Uint8Array, args: BytesPercentArgs<V>): Uint8Array {
  const text = run(toLatin1(fmt), {
    what: 'bytes',
    args,
    lookup: (key) => args.getKey(fromLatin1(key)),
    textOf(conv, v) {
      switch (conv) {
        case 's': case 'b': return toLatin1(args.toBytes(v));
        // ascii() is pure ASCII, so it is its own latin-1 form.
        case 'r': case 'a': return args.ascii(v);
        case 'c': {
          const b = args.bytesValue(v);
          if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
          const code = args.indexValue(v);
          if (code === null) throw hostError('TypeError', '%c requires an integer in range(256) or a single byte');
          if (code < 0n || code > 255n) overflow('%c arg not in range(256)');
          return String.fromCharCode(Number(code));
        }
      }
      return null;
    },
    length: (s) => s.length,
    truncate: (s, n) => s.slice(0, n),
    unsupported(fmt, at, fromDigitLoop) {
      const c = fmt.charCodeAt(at);
      // CPython passes the byte to its message formatter as a signed C char, which rejects
      // the negative values of bytes >= 0x80 -- except after width/precision digits, where
      // it had been read unsigned.
      if (c >= 0x80 && !fromDigitLoop) overflow('character argument not in range(0x110000)');
      throw hostError('ValueError', `unsupported format character '${fmt[at]}' (0x${c.toString(16)}) at index ${at}`);
    },
  });
  return fromLatin1(text);
}
