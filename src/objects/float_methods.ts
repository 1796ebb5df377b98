// float's constructor and its Python-visible methods (the fast paths are slots in float.ts; these methods
// are what Python code and user subclasses reach: (1.5).__add__(1), float.fromhex, …).

import { I32 } from '../heap/heap';
import { Layout, Obj, TypeObj } from '../heap/layout';
import { decref, newref, raise, Ref, S, T, typeOf } from './core';
import { BinOp, CompareOp, classMethod, getset, method, staticMethod } from './typespec';
import { call, str as strOf, typeNameOfObj } from './abstract';
import { isStr, newStr, strValue } from './str';
import { newTuple, tupleInit } from './tuple';
import { newBigInt, newInt } from './int';
import {
  bytesLikeData, bytesLikeRepr, checkNewType, doubleToIntRef, hashRef, intFromIntegralDouble, latin1, ndigitsValue,
  noArgs, oneArg, pair, wrapperArgs,
} from './num_util';
import {
  floatSpec, floatBinop, floatCompare, floatDivmod, floatHash, floatReprRef, floatValue, fromHost, isFloat,
  newFloat, newFloatOfType, toDoubleOrNull,
} from './float';
import { floatFromHex, floatToHex } from '../text/float_hex';
import { formatFloat } from '../text/format_builtin';
import { parseFloatString } from '../text/number_parse';
import { roundFloat, roundHalfEven } from '../text/round';

// ---- the constructor ---------------------------------------------------------------------------------------

/** float(x) for a str or bytes-like text. */
function parseFloatText(text: string, source: Ref, data: Uint8Array | null): number {
  try {
    return parseFloatString(text);
  } catch (e) {
    if (data !== null) throw raise(T.ValueError, `could not convert string to float: ${bytesLikeRepr(source, data)}`);
    throw fromHost(e);
  }
}

/** The value float(x) has. */
export function floatArgValue(x: Ref): number {
  if (isStr(x)) return parseFloatText(strValue(x), x, null);
  const data = bytesLikeData(x);
  if (data !== null) return parseFloatText(latin1(data), x, data);
  const v = toDoubleOrNull(x);
  if (v === null) throw raise(T.TypeError, `float() argument must be a string or a real number, not '${typeNameOfObj(x)}'`);
  return v;
}

function floatNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'float() takes no keyword arguments');
  if (args.length > 1) throw raise(T.TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloatOfType(type, 0);
  const x = args[0];
  if (type === T.float && (x & 1) === 0 && I32[x + Obj.Type] === T.float) return newref(x);
  return newFloatOfType(type, floatArgValue(x));
}
floatSpec.slots.new = floatNew;

staticMethod(floatSpec, '__new__', (_self, args, kwnames) => {
  const cls = checkNewType('float', T.float, args);
  return floatNew(cls, args.slice(1), kwnames);
});

// ---- arithmetic and comparison dunders -----------------------------------------------------------------------

const BINARY: Array<[string, BinOp]> = [
  ['add', BinOp.Add], ['sub', BinOp.Sub], ['mul', BinOp.Mul], ['truediv', BinOp.TrueDiv],
  ['floordiv', BinOp.FloorDiv], ['mod', BinOp.Mod],
];
for (const [name, op] of BINARY) {
  method(floatSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return floatBinop(op, self, args[0]);
  });
  method(floatSpec, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return floatBinop(op, args[0], self);
  });
}

/** __pow__/__rpow__ take an optional modulus, which floats refuse. */
function powArgs(args: Ref[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, 'wrapper() takes no keyword arguments');
  if (args.length === 0) throw raise(T.TypeError, ' expected at least 1 argument, got 0');
  if (args.length > 2) throw raise(T.TypeError, ` expected at most 2 arguments, got ${args.length}`);
  if (args.length === 2 && args[1] !== S.None) {
    throw raise(T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
}
method(floatSpec, '__pow__', (self, args, kw) => {
  powArgs(args, kw);
  return floatBinop(BinOp.Pow, self, args[0]);
});
method(floatSpec, '__rpow__', (self, args, kw) => {
  powArgs(args, kw);
  return floatBinop(BinOp.Pow, args[0], self);
});

function divmodRef(a: Ref, b: Ref): Ref {
  const x = toNumberOperand(a), y = toNumberOperand(b);
  if (x === null || y === null) return newref(S.NotImplemented);
  const [q, m] = floatDivmod(x, y);
  return pair(newFloat(q), newFloat(m));
}
/** A float or int operand as a double, or null for other types. */
function toNumberOperand(r: Ref): number | null {
  if (isFloat(r)) return floatValue(r);
  if ((r & 1) === 1 || typeOf(r) === T.int || typeOf(r) === T.bool || I32[typeOf(r) + TypeObj.Layout] === Layout.Int) {
    return toDoubleOrNull(r);
  }
  return null;
}
/** divmod(a, b) when one side is a float (the slot path of builtins.divmod). */
export function floatDivmodRef(a: Ref, b: Ref): Ref {
  return divmodRef(a, b);
}
method(floatSpec, '__divmod__', (self, args, kw) => {
  wrapperArgs(args, kw, 1);
  return divmodRef(self, args[0]);
});
method(floatSpec, '__rdivmod__', (self, args, kw) => {
  wrapperArgs(args, kw, 1);
  return divmodRef(args[0], self);
});

const COMPARE: Array<[string, CompareOp]> = [
  ['lt', CompareOp.Lt], ['le', CompareOp.Le], ['eq', CompareOp.Eq], ['ne', CompareOp.Ne], ['gt', CompareOp.Gt],
  ['ge', CompareOp.Ge],
];
for (const [name, op] of COMPARE) {
  method(floatSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return floatCompare(self, args[0], op);
  });
}

// ---- unary dunders and conversions ------------------------------------------------------------------------

function unary(name: string, fn: (x: number, self: Ref) => Ref): void {
  method(floatSpec, name, (self, args, kw) => {
    wrapperArgs(args, kw, 0);
    return fn(floatValue(self), self);
  });
}
unary('__neg__', (x) => newFloat(-x));
unary('__pos__', (x) => newFloat(x));
unary('__abs__', (x) => newFloat(Math.abs(x)));
unary('__bool__', (x) => (x !== 0 ? S.True : S.False));
unary('__float__', (x, self) => (I32[self + Obj.Type] === T.float ? newref(self) : newFloat(x)));
unary('__int__', (x) => doubleToIntRef(x));
unary('__repr__', (_x, self) => floatReprRef(self));
unary('__hash__', (_x, self) => hashRef(floatHash(self)));


function integral(name: string, qual: string, round: (x: number) => number): void {
  method(floatSpec, name, (self, args, kw) => {
    noArgs(`float.${qual}`, args, kw);
    return doubleToIntRef(round(floatValue(self)));
  });
}
integral('__trunc__', '__trunc__', Math.trunc);
integral('__floor__', '__floor__', Math.floor);
integral('__ceil__', '__ceil__', Math.ceil);

/** round(x[, ndigits]) for a double. */
export function roundDoubleRef(x: number, ndigits: Ref): Ref {
  if (ndigits === 0 || ndigits === S.None) {
    if (x !== x) throw raise(T.ValueError, 'cannot convert float NaN to integer');
    if (x === Infinity || x === -Infinity) throw raise(T.OverflowError, 'cannot convert float infinity to integer');
    return intFromIntegralDouble(roundHalfEven(x));
  }
  const n = ndigitsValue(ndigits);
  try {
    return newFloat(roundFloat(x, n));
  } catch (e) {
    throw fromHost(e);
  }
}
method(floatSpec, '__round__', (self, args, kw) => {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, '__round__() takes no keyword arguments');
  if (args.length > 1) throw raise(T.TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  return roundDoubleRef(floatValue(self), args.length ? args[0] : 0);
});

method(floatSpec, '__format__', (self, args, kw) => {
  const spec = oneArg('float.__format__', args, kw);
  if (!isStr(spec)) throw raise(T.TypeError, `__format__() argument must be str, not ${typeNameOfObj(spec)}`);
  if (strValue(spec) === '') return strOf(self); // an empty spec means str(), which a subclass may override
  try {
    return newStr(formatFloat(floatValue(self), strValue(spec), typeNameOfObj(self)));
  } catch (e) {
    throw fromHost(e);
  }
});

method(floatSpec, '__getnewargs__', (self, args, kw) => {
  noArgs('float.__getnewargs__', args, kw);
  const t = newTuple(1);
  tupleInit(t, 0, newFloat(floatValue(self)));
  return t;
});
method(floatSpec, '__sizeof__', (_self, args, kw) => {
  noArgs('float.__sizeof__', args, kw);
  return newInt(24);
});

classMethod(floatSpec, '__getformat__', (_cls, args, kw) => {
  const typ = oneArg('float.__getformat__', args, kw);
  if (!isStr(typ)) throw raise(T.TypeError, `__getformat__() argument must be str, not ${typeNameOfObj(typ)}`);
  const s = strValue(typ);
  if (s !== 'double' && s !== 'float') {
    throw raise(T.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return newStr('IEEE, little-endian');
});

// ---- named methods ----------------------------------------------------------------------------------------

method(floatSpec, 'is_integer', (self, args, kw) => {
  noArgs('float.is_integer', args, kw);
  return Number.isInteger(floatValue(self)) ? S.True : S.False;
});

const ratioView = new DataView(new ArrayBuffer(8));

/** x = num / den exactly with den a power of two, in lowest terms (x finite). */
export function doubleRatio(x: number): [bigint, bigint] {
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  ratioView.setFloat64(0, x);
  const hi = ratioView.getUint32(0), lo = ratioView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  // x is not an integer, so exp < 0: strip common factors of two
  while ((mant & 1n) === 0n && exp < 0) {
    mant >>= 1n;
    exp++;
  }
  return [x < 0 ? -mant : mant, 1n << BigInt(-exp)];
}

method(floatSpec, 'as_integer_ratio', (self, args, kw) => {
  noArgs('float.as_integer_ratio', args, kw);
  const x = floatValue(self);
  if (x !== x) throw raise(T.ValueError, 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw raise(T.OverflowError, 'cannot convert Infinity to integer ratio');
  const [n, d] = doubleRatio(x);
  return pair(newBigInt(n), newBigInt(d));
});

method(floatSpec, 'hex', (self, args, kw) => {
  noArgs('float.hex', args, kw);
  return newStr(floatToHex(floatValue(self)));
});

classMethod(floatSpec, 'fromhex', (cls, args, kw) => {
  const s = oneArg('float.fromhex', args, kw);
  if (!isStr(s)) throw raise(T.TypeError, 'bad argument type for built-in operation');
  let v: number;
  try {
    v = floatFromHex(strValue(s));
  } catch (e) {
    throw fromHost(e);
  }
  const f = newFloat(v);
  if (cls === T.float || cls === 0) return f;
  try {
    return call(cls, [f], null);
  } finally {
    decref(f);
  }
});

method(floatSpec, 'conjugate', (self, args, kw) => {
  noArgs('float.conjugate', args, kw);
  return I32[self + Obj.Type] === T.float ? newref(self) : newFloat(floatValue(self));
});
getset(floatSpec, 'real', (self) => (I32[self + Obj.Type] === T.float ? newref(self) : newFloat(floatValue(self))));
getset(floatSpec, 'imag', () => newFloat(0));
