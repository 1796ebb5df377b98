// int's constructor and its Python-visible methods. The representation and the fast arithmetic slots are in
// int.ts; this file adds int(x), int(s, base), the dunder methods Python code and subclasses call, three-argument
// pow, and the named methods (bit_length, to_bytes, from_bytes, …).

import { I32 } from '../heap/heap';
import { BigInt_, Layout, Obj, TypeObj } from '../heap/layout';
import { decref, layoutOf, newref, raise, Ref, S, T, traversers } from './core';
import { BinOp, CompareOp, classMethod, getset, method, staticMethod } from './typespec';
import {
  allocBigInt, asExactInt, intBinop, intCompare, intHash, intRepr, intSpec, intToBigInt, intToSafe, isExactInt, isInt,
  newBigInt, newInt,
} from './int';
import {
  call, callDunder, index, isTrue, iterToArray, N, setVarDictOffset, str as strOf, typeNameOfObj, varDictOffset,
} from './abstract';
import { isStr, newStr, strValue } from './str';
import { newBytes } from './bytes';
import { argSpec, parseArgs } from './args';
import { newTuple, tupleInit } from './tuple';
import { floatValue, fromHost, intToDouble, isFloat, newFloat } from './float';
import {
  bytesLikeData, checkNewType, doubleToIntRef, hashRef, latin1, ndigitsValue, noArgs, oneArg, pair,
  wrapperArgs,
} from './num_util';
import { parseIntString } from '../text/number_parse';
import { formatInt } from '../text/format_builtin';
import { HostError } from '../text/host_error';
import { reprBytes } from '../text/str_repr';

// ---- int subclasses ----------------------------------------------------------------------------------------

/**
 * An int of type `type` (int or a subclass) holding v. Subclass instances always use the limb layout, even
 * for small values; their __dict__ (if any) is one word after the limbs, at obj + BigInt_.Limbs + |Count|
 * (see intVarDictOffset).
 */
export function newIntOfType(type: Ref, v: bigint): Ref {
  if (type === T.int) return newBigInt(v);
  const extra = I32[type + TypeObj.BasicWords] - BigInt_.Limbs + (I32[type + TypeObj.DictOffset] === -1 ? 1 : 0);
  return allocBigInt(type, v, Math.max(extra, 0));
}

/** Where the __dict__ word of an int-subclass instance lives (for abstract.setVarDictOffset). */
export function intVarDictOffset(obj: Ref): number {
  return BigInt_.Limbs + Math.abs(I32[obj + BigInt_.Count]);
}

const previousVarDictOffset = varDictOffset;
setVarDictOffset((obj) => {
  if (layoutOf(obj) === Layout.Int) return intVarDictOffset(obj);
  return previousVarDictOffset(obj);
});

// The collector and the heap checker find a subclass instance's dict through the layout's traverser (the core
// releases it).
const traverseInt = traversers[Layout.Int];
traversers[Layout.Int] = (r, visit) => {
  if (traverseInt !== undefined) traverseInt(r, visit);
  const t = I32[r + Obj.Type];
  if (t === T.int || I32[t + TypeObj.DictOffset] !== -1) return;
  const d = I32[r + intVarDictOffset(r)];
  if (d !== 0) visit(d);
};

// ---- the constructor ---------------------------------------------------------------------------------------

/** int(s, base) for a str or bytes-like object. */
function intFromText(x: Ref, base: number): bigint {
  const data = isStr(x) ? null : bytesLikeData(x);
  const text = data === null ? strValue(x) : latin1(data);
  try {
    return parseIntString(text, base);
  } catch (e) {
    if (data !== null && e instanceof HostError && e.message.startsWith('invalid literal')) {
      // int() shows a bytearray's text as bytes: b'...'
      throw raise(T.ValueError, `invalid literal for int() with base ${base}: ${reprBytes(data)}`);
    }
    throw fromHost(e);
  }
}

function checkIntResult(r: Ref, what: string): Ref {
  if (!isInt(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `${what} returned non-int (type ${tn})`);
  }
  return r;
}

/** int(x) with one argument, as a new int reference (PyNumber_Long). */
export function intFromObject(x: Ref): Ref {
  if (isExactInt(x)) return newref(x);
  if (isInt(x)) return asExactInt(x);
  if (isFloat(x) && I32[x + Obj.Type] === T.float) return doubleToIntRef(floatValue(x));
  if (isStr(x) || bytesLikeData(x) !== null) return newBigInt(intFromText(x, 10));
  let r = callDunder(x, N.__int__, []);
  if (r !== 0) return toExact(checkIntResult(r, '__int__'));
  r = callDunder(x, N.__index__, []);
  if (r !== 0) return toExact(checkIntResult(r, '__index__'));
  r = callDunder(x, N.__trunc__, []);
  if (r !== 0) {
    if (isInt(r)) return toExact(r);
    // __trunc__ may return any Integral: take its __index__
    const i = callDunder(r, N.__index__, []);
    const tn = typeNameOfObj(r);
    decref(r);
    if (i === 0) throw raise(T.TypeError, `__trunc__ returned non-Integral (type ${tn})`);
    return toExact(checkIntResult(i, '__index__'));
  }
  throw raise(T.TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOfObj(x)}'`);
}

function toExact(r: Ref): Ref {
  if (isExactInt(r)) return r;
  const v = asExactInt(r);
  decref(r);
  return v;
}

function intNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > 2) throw raise(T.TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  let x = 0, base = 0;
  const npos = args.length - nkw;
  if (npos > 0) x = args[0];
  if (npos > 1) base = args[1];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name !== 'base') throw raise(T.TypeError, `'${name}' is an invalid keyword argument for int()`);
    if (base !== 0) throw raise(T.TypeError, "argument for int() given by name ('base') and position (2)");
    base = args[npos + k];
  }
  let value: Ref;
  if (x === 0) {
    if (base !== 0) throw raise(T.TypeError, 'int() missing string argument');
    value = 1; // tagged 0
  } else if (base === 0) {
    value = intFromObject(x);
  } else {
    const b = index(base);
    const bv = intToSafe(b);
    decref(b);
    if (bv === null || (bv !== 0 && bv < 2) || bv > 36) {
      throw raise(T.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    }
    if (!isStr(x) && bytesLikeData(x) === null) throw raise(T.TypeError, "int() can't convert non-string with explicit base");
    value = newBigInt(intFromText(x, bv));
  }
  if (type === T.int) return value;
  const v = intToBigInt(value);
  decref(value);
  return newIntOfType(type, v);
}
intSpec.slots.new = intNew;

staticMethod(intSpec, '__new__', (_self, args, kwnames) => {
  const cls = checkNewType('int', T.int, args);
  return intNew(cls, args.slice(1), kwnames);
});

// ---- three-argument pow --------------------------------------------------------------------------------------

function egcdInverse(a: bigint, m: bigint): bigint | null {
  // the inverse of a modulo m (0 <= a < m), by the extended Euclidean algorithm
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return null;
  return t0 < 0n ? t0 + m : t0;
}

/** pow(a, b, m) for ints, as CPython: the result has the sign of m; b < 0 takes the modular inverse. */
export function intPowMod(a: Ref, b: Ref, m: Ref): Ref {
  let mod = intToBigInt(m);
  if (mod === 0n) throw raise(T.ValueError, 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = intToBigInt(a) % mod;
  if (base < 0n) base += mod;
  let e = intToBigInt(b);
  if (e < 0n) {
    const inv = egcdInverse(base, mod);
    if (inv === null) throw raise(T.ValueError, 'base is not invertible for the given modulus');
    base = inv;
    e = -e;
  }
  let result = mod === 1n ? 0n : 1n;
  while (e > 0n && result !== 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && result !== 0n) result -= mod;
  return newBigInt(result);
}

/** int.__pow__(self, other, mod): NotImplemented when an operand is not an int. */
function intPowMethod(a: Ref, b: Ref, m: Ref): Ref {
  if (m === 0 || m === S.None) return intBinop(BinOp.Pow, a, b);
  if (!isInt(a) || !isInt(b) || !isInt(m)) return newref(S.NotImplemented);
  return intPowMod(a, b, m);
}

function powArgs(args: Ref[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, 'wrapper() takes no keyword arguments');
  if (args.length === 0) throw raise(T.TypeError, ' expected at least 1 argument, got 0');
  if (args.length > 2) throw raise(T.TypeError, ` expected at most 2 arguments, got ${args.length}`);
}
method(intSpec, '__pow__', (self, args, kw) => {
  powArgs(args, kw);
  return intPowMethod(self, args[0], args.length > 1 ? args[1] : 0);
});
method(intSpec, '__rpow__', (self, args, kw) => {
  powArgs(args, kw);
  return intPowMethod(args[0], self, args.length > 1 ? args[1] : 0);
});

// ---- arithmetic and comparison dunders -----------------------------------------------------------------------

const BINARY: Array<[string, BinOp]> = [
  ['add', BinOp.Add], ['sub', BinOp.Sub], ['mul', BinOp.Mul], ['truediv', BinOp.TrueDiv],
  ['floordiv', BinOp.FloorDiv], ['mod', BinOp.Mod], ['lshift', BinOp.LShift], ['rshift', BinOp.RShift],
  ['and', BinOp.And], ['xor', BinOp.Xor], ['or', BinOp.Or],
];
for (const [name, op] of BINARY) {
  method(intSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return intBinop(op, self, args[0]);
  });
  method(intSpec, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return intBinop(op, args[0], self);
  });
}

/** divmod(a, b) for ints as a tuple, or NotImplemented. */
export function intDivmod(a: Ref, b: Ref): Ref {
  if (!isInt(a) || !isInt(b)) return newref(S.NotImplemented);
  if ((a & b & 1) === 1) {
    const x = a >> 1, y = b >> 1;
    if (y === 0) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
    const q = Math.floor(x / y);
    return pair(newInt(q), newInt(x - q * y));
  }
  const x = intToBigInt(a), y = intToBigInt(b);
  if (y === 0n) throw raise(T.ZeroDivisionError, 'integer division or modulo by zero');
  let q = x / y;
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) {
    q -= 1n;
    r += y;
  }
  return pair(newBigInt(q), newBigInt(r));
}
method(intSpec, '__divmod__', (self, args, kw) => {
  wrapperArgs(args, kw, 1);
  return intDivmod(self, args[0]);
});
method(intSpec, '__rdivmod__', (self, args, kw) => {
  wrapperArgs(args, kw, 1);
  return intDivmod(args[0], self);
});

const COMPARE: Array<[string, CompareOp]> = [
  ['lt', CompareOp.Lt], ['le', CompareOp.Le], ['eq', CompareOp.Eq], ['ne', CompareOp.Ne], ['gt', CompareOp.Gt],
  ['ge', CompareOp.Ge],
];
for (const [name, op] of COMPARE) {
  method(intSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return intCompare(self, args[0], op);
  });
}

// ---- unary dunders and conversions --------------------------------------------------------------------------

const islots = intSpec.slots;
function unary(name: string, fn: (self: Ref) => Ref): void {
  method(intSpec, name, (self, args, kw) => {
    wrapperArgs(args, kw, 0);
    return fn(self);
  });
}
unary('__neg__', (r) => islots.neg!(r));
unary('__pos__', (r) => asExactInt(r));
unary('__abs__', (r) => islots.abs!(r));
unary('__invert__', (r) => islots.invert!(r));
unary('__bool__', (r) => (islots.bool!(r) ? S.True : S.False));
unary('__int__', (r) => asExactInt(r));
unary('__index__', (r) => asExactInt(r));
unary('__float__', (r) => newFloat(intToDouble(r)));
unary('__repr__', (r) => newStr(intRepr(r)));
unary('__hash__', (r) => hashRef(intHash(r)));

for (const name of ['__trunc__', '__floor__', '__ceil__']) {
  method(intSpec, name, (self, args, kw) => {
    noArgs(`int.${name}`, args, kw);
    return asExactInt(self);
  });
}

/** round(n, ndigits) for an int: exact, halves to even. */
export function roundIntRef(self: Ref, ndigits: Ref): Ref {
  if (ndigits === 0 || ndigits === S.None) return asExactInt(self);
  const n = ndigitsValue(ndigits);
  if (n >= 0) return asExactInt(self);
  const v = intToBigInt(self);
  const digits = (v < 0n ? -v : v).toString().length;
  if (-n > digits + 1) return newInt(0); // 10**-n is beyond twice |v|: everything rounds to 0
  const p = 10n ** BigInt(-n);
  let q = v / p;
  let r = v % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return newBigInt(q * p);
}
method(intSpec, '__round__', (self, args, kw) => {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, '__round__() takes no keyword arguments');
  if (args.length > 1) throw raise(T.TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  return roundIntRef(self, args.length ? args[0] : 0);
});

method(intSpec, '__format__', (self, args, kw) => {
  const spec = oneArg('int.__format__', args, kw);
  if (!isStr(spec)) throw raise(T.TypeError, `__format__() argument must be str, not ${typeNameOfObj(spec)}`);
  if (strValue(spec) === '') return strOf(self); // format(True) is 'True': an empty spec means str()
  try {
    return newStr(formatInt(intToBigInt(self), strValue(spec), typeNameOfObj(self)));
  } catch (e) {
    throw fromHost(e);
  }
});

method(intSpec, '__getnewargs__', (self, args, kw) => {
  noArgs('int.__getnewargs__', args, kw);
  const t = newTuple(1);
  tupleInit(t, 0, asExactInt(self));
  return t;
});
method(intSpec, '__sizeof__', (self, args, kw) => {
  noArgs('int.__sizeof__', args, kw);
  return newInt(24 + 4 * Math.ceil(bitLength(intToBigInt(self)) / 30));
});

// ---- named methods ------------------------------------------------------------------------------------------

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  if (v < 0x100000000n) return 32 - Math.clz32(Number(v));
  return v.toString(16).length * 4 - Math.clz32(parseInt(v.toString(16)[0], 16)) + 28;
}

method(intSpec, 'bit_length', (self, args, kw) => {
  noArgs('int.bit_length', args, kw);
  if ((self & 1) === 1) {
    const v = Math.abs(self >> 1);
    return newInt(32 - Math.clz32(v));
  }
  return newInt(bitLength(intToBigInt(self)));
});

method(intSpec, 'bit_count', (self, args, kw) => {
  noArgs('int.bit_count', args, kw);
  let v = intToBigInt(self);
  if (v < 0n) v = -v;
  let count = 0;
  for (const c of v.toString(16)) {
    const d = parseInt(c, 16);
    count += (d & 1) + ((d >> 1) & 1) + ((d >> 2) & 1) + ((d >> 3) & 1);
  }
  return newInt(count);
});

method(intSpec, 'as_integer_ratio', (self, args, kw) => {
  noArgs('int.as_integer_ratio', args, kw);
  return pair(asExactInt(self), newInt(1));
});
method(intSpec, 'conjugate', (self, args, kw) => {
  noArgs('int.conjugate', args, kw);
  return asExactInt(self);
});
getset(intSpec, 'real', (self) => asExactInt(self));
getset(intSpec, 'imag', () => newInt(0));
getset(intSpec, 'numerator', (self) => asExactInt(self));
getset(intSpec, 'denominator', () => newInt(1));

/** 'little' / 'big' → true for little-endian. */
function byteOrder(fname: string, r: Ref): boolean {
  if (r === 0) return false;
  if (!isStr(r)) throw raise(T.TypeError, `${fname}() argument 'byteorder' must be str, not ${typeNameOfObj(r)}`);
  const s = strValue(r);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw raise(T.ValueError, "byteorder must be either 'little' or 'big'");
}

function positionalLimit(fname: string, args: Ref[], kwnames: string[] | null, max: number): void {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > max) throw raise(T.TypeError, `${fname}() takes at most ${max} positional arguments (${npos} given)`);
}

const toBytesArgs = argSpec('to_bytes', ['length', 'byteorder', 'signed'], { posOnly: 0, kwOnly: 1 });

method(intSpec, 'to_bytes', (self, args, kwnames) => {
  positionalLimit('to_bytes', args, kwnames, 2);
  const [lengthArg, orderArg, signedArg] = parseArgs(toBytesArgs, args, kwnames);
  let length = 1;
  if (lengthArg !== 0) {
    const l = index(lengthArg);
    const lv = intToSafe(l);
    decref(l);
    if (lv === null || lv < 0) {
      if (lv !== null || intToBigInt(lengthArg) < 0n) throw raise(T.ValueError, 'length argument must be non-negative');
      throw raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
    }
    length = lv;
  }
  const little = byteOrder('to_bytes', orderArg);
  const signed = signedArg !== 0 && isTrue(signedArg);
  let v = intToBigInt(self);
  const bits = BigInt(8 * length);
  if (v < 0n) {
    if (!signed) throw raise(T.OverflowError, "can't convert negative int to unsigned");
    if (length === 0 || v < -(1n << (bits - 1n))) throw raise(T.OverflowError, 'int too big to convert');
    v += 1n << bits; // two's complement
  } else {
    const limit = signed ? (length === 0 ? 0n : 1n << (bits - 1n)) : 1n << bits;
    if (v >= limit && v !== 0n) throw raise(T.OverflowError, 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length && v > 0n; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytes(out);
});

const fromBytesArgs = argSpec('from_bytes', ['bytes', 'byteorder', 'signed'], { posOnly: 0, kwOnly: 1, required: 1 });

/** The bytes of a from_bytes() argument: bytes-like, or an iterable of ints in range(256). */
function bytesArgument(r: Ref): Uint8Array {
  const data = bytesLikeData(r);
  if (data !== null) return data.slice();
  if (isStr(r) || isInt(r)) throw raise(T.TypeError, `cannot convert '${typeNameOfObj(r)}' object to bytes`);
  const items = iterToArray(r);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const n = index(items[i]);
      const v = intToSafe(n);
      decref(n);
      if (v === null || v < 0 || v > 255) throw raise(T.ValueError, 'bytes must be in range(0, 256)');
      out[i] = v;
    }
    return out;
  } finally {
    for (const it of items) decref(it);
  }
}

classMethod(intSpec, 'from_bytes', (cls, args, kwnames) => {
  positionalLimit('from_bytes', args, kwnames, 2);
  const [bytesArg, orderArg, signedArg] = parseArgs(fromBytesArgs, args, kwnames);
  const data = bytesArgument(bytesArg);
  const little = byteOrder('from_bytes', orderArg);
  const signed = signedArg !== 0 && isTrue(signedArg);
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
  if (signed && data.length > 0 && data[little ? data.length - 1 : 0] >= 0x80) v -= 1n << BigInt(8 * data.length);
  const r = newBigInt(v);
  if (cls === T.int || cls === 0) return r;
  try {
    return call(cls, [r], null);
  } finally {
    decref(r);
  }
});

// int's float conversion slot must raise OverflowError for huge ints (as float(10**400) does).
islots.float = intToDouble;

