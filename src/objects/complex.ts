// complex: two float64s in the heap (layout ComplexObj). Arithmetic follows CPython's: int and float operands
// are converted to complex first, division is Smith's algorithm, small integer powers are repeated squaring,
// and the rest of ** goes through polar form.

import { F64, I32 } from '../heap/heap';
import { ComplexObj, Layout, Obj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T } from './core';
import { BinOp, CompareOp, defineType, getset, method, staticMethod } from './typespec';
import { constFactories } from './code';
import { isInt } from './int';
import { isStr, newStr, strValue } from './str';
import { callDunder, N, str as strOf, typeNameOfObj } from './abstract';
import { argSpec, parseArgs } from './args';
import {
  compareDoubleInt, floatValue, fromHost, hashDouble, intToDouble, isFloat, newFloat, setComplexPow, toDoubleOrNull,
} from './float';
import { hashHi, setHashHi } from './hash';
import { complexRepr } from '../text/float_repr';
import { formatComplex } from '../text/format_builtin';
import { reprStr } from '../text/str_repr';
import { toAsciiDigitsAndSpaces } from '../text/unicode';
import { atan2, cos, exp, hypot2, log, powCorrect, sin } from '../modules/libm/elementary';
import {
  checkNewType, hashRef, noArgs, oneArg, pair, wrapperArgs,
} from './num_util';

export const complexSpec = defineType({
  name: 'complex', key: 'complex', layout: Layout.Complex, basicWords: ComplexObj.Size, flags: TypeFlag.BaseType,
});

// ---- representation ----------------------------------------------------------------------------------------

export function newComplex(re: number, im: number): Ref {
  const r = allocObject(T.complex, ComplexObj.Size);
  F64[(r + ComplexObj.Real) >> 1] = re;
  F64[(r + ComplexObj.Imag) >> 1] = im;
  return r;
}

export function newComplexOfType(type: Ref, re: number, im: number): Ref {
  if (type === T.complex) return newComplex(re, im);
  const r = allocObject(type, I32[type + TypeObj.BasicWords]);
  F64[(r + ComplexObj.Real) >> 1] = re;
  F64[(r + ComplexObj.Imag) >> 1] = im;
  return r;
}

export function complexReal(r: Ref): number {
  return F64[(r + ComplexObj.Real) >> 1];
}

export function complexImag(r: Ref): number {
  return F64[(r + ComplexObj.Imag) >> 1];
}

/** Is r a complex or an instance of a complex subclass? */
export function isComplex(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.complex || I32[t + TypeObj.Layout] === Layout.Complex;
}

constFactories.complex = (im: number) => newComplex(0, im);

/**
 * Any number as [re, im]: complex, __complex__, or a real number (float, int, __float__, __index__).
 * Raises TypeError `must be real number, not X` otherwise (as cmath's functions do).
 */
export function toComplexParts(r: Ref): [number, number] {
  if (isComplex(r) && I32[r + Obj.Type] === T.complex) return [complexReal(r), complexImag(r)];
  if ((r & 1) === 0 && !isFloat(r) && !isInt(r)) {
    const c = callDunder(r, N.__complex__, []);
    if (c !== 0) {
      try {
        if (!isComplex(c)) throw raise(T.TypeError, `__complex__ returned non-complex (type ${typeNameOfObj(c)})`);
        return [complexReal(c), complexImag(c)];
      } finally {
        decref(c);
      }
    }
    if (isComplex(r)) return [complexReal(r), complexImag(r)];
  }
  const d = toDoubleOrNull(r);
  if (d === null) throw raise(T.TypeError, `must be real number, not ${typeNameOfObj(r)}`);
  return [d, 0];
}

// ---- arithmetic on (re, im) pairs ---------------------------------------------------------------------------
// Results go to these two variables, so the hot paths allocate nothing but the result object.

let outRe = 0;
let outIm = 0;
/** Set by cDiv/cPow when the operation is undefined (CPython's errno EDOM). */
let domainError = false;

function cMul(ar: number, ai: number, br: number, bi: number): void {
  outRe = ar * br - ai * bi;
  outIm = ar * bi + ai * br;
}

/** Smith's algorithm: scale by the larger component of the divisor to avoid needless overflow. */
function cDiv(ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) {
      domainError = true;
      outRe = outIm = 0;
      return;
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    outRe = (ar + ai * ratio) / denom;
    outIm = (ai - ar * ratio) / denom;
  } else if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    outRe = (ar * ratio + ai) / denom;
    outIm = (ai * ratio - ar) / denom;
  } else {
    outRe = outIm = NaN; // a NaN component in the divisor
  }
}

/** (ar + ai j) / (br + bi j) as [re, im], or null when dividing by zero (for cmath, which raises its own error). */
export function complexQuotient(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  domainError = false;
  cDiv(ar, ai, br, bi);
  return domainError ? null : [outRe, outIm];
}

/** (ar + ai j) ** n for a non-negative integer n, squaring from the low bit up. */
function cPowUnsigned(ar: number, ai: number, n: number): void {
  let rr = 1, ri = 0;
  let pr = ar, pi = ai;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      cMul(rr, ri, pr, pi);
      rr = outRe;
      ri = outIm;
    }
    cMul(pr, pi, pr, pi);
    pr = outRe;
    pi = outIm;
  }
  outRe = rr;
  outIm = ri;
}

function cPowInt(ar: number, ai: number, n: number): void {
  if (n > 0) return cPowUnsigned(ar, ai, n);
  cPowUnsigned(ar, ai, -n);
  cDiv(1, 0, outRe, outIm);
}

/** The general power through polar form. */
function cPowPolar(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    outRe = 1;
    outIm = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) domainError = true;
    outRe = outIm = 0;
  } else {
    const vabs = hypot2(ar, ai);
    let len = powCorrect(vabs, br);
    const at = atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= exp(at * bi);
      phase += bi * log(vabs);
    }
    outRe = len * cos(phase);
    outIm = len * sin(phase);
  }
}

/** a ** b for complex values, raising CPython's errors. */
export function complexPowFromFloats(ar: number, ai: number, br: number, bi: number): Ref {
  domainError = false;
  const n = Math.trunc(br);
  if (bi === 0 && br === n && Math.abs(n) <= 100) cPowInt(ar, ai, n);
  else cPowPolar(ar, ai, br, bi);
  if (domainError) throw raise(T.ZeroDivisionError, '0.0 to a negative or complex power');
  if (outRe === Infinity || outRe === -Infinity || outIm === Infinity || outIm === -Infinity) {
    throw raise(T.OverflowError, 'complex exponentiation');
  }
  return newComplex(outRe, outIm);
}

setComplexPow(complexPowFromFloats);

// Operand conversion for the binary slot: complex, float or int, else NotImplemented.
let opRe = 0;
let opIm = 0;
function operand(r: Ref): boolean {
  if ((r & 1) === 1) {
    opRe = r >> 1;
    opIm = 0;
    return true;
  }
  const t = I32[r + Obj.Type];
  const lay = t === T.complex ? Layout.Complex : I32[t + TypeObj.Layout];
  if (lay === Layout.Complex) {
    opRe = F64[(r + ComplexObj.Real) >> 1];
    opIm = F64[(r + ComplexObj.Imag) >> 1];
    return true;
  }
  if (lay === Layout.Float) {
    opRe = floatValue(r);
    opIm = 0;
    return true;
  }
  if (isInt(r)) {
    opRe = intToDouble(r);
    opIm = 0;
    return true;
  }
  return false;
}

export function complexBinop(op: BinOp, a: Ref, b: Ref): Ref {
  if (!operand(a)) return newref(S.NotImplemented);
  const ar = opRe, ai = opIm;
  if (!operand(b)) return newref(S.NotImplemented);
  const br = opRe, bi = opIm;
  switch (op) {
    case BinOp.Add: return newComplex(ar + br, ai + bi);
    case BinOp.Sub: return newComplex(ar - br, ai - bi);
    case BinOp.Mul:
      cMul(ar, ai, br, bi);
      return newComplex(outRe, outIm);
    case BinOp.TrueDiv:
      domainError = false;
      cDiv(ar, ai, br, bi);
      if (domainError) throw raise(T.ZeroDivisionError, 'complex division by zero');
      return newComplex(outRe, outIm);
    case BinOp.Pow:
      return complexPowFromFloats(ar, ai, br, bi);
  }
  return newref(S.NotImplemented);
}

/** abs(z), with CPython's OverflowError when a finite z has an infinite modulus. */
export function complexAbs(re: number, im: number): number {
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  const r = hypot2(re, im);
  if (r === Infinity) throw raise(T.OverflowError, 'absolute value too large');
  return r;
}

// ---- comparison and hashing ---------------------------------------------------------------------------------

export function complexCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (op !== CompareOp.Eq && op !== CompareOp.Ne) return newref(S.NotImplemented);
  const re = complexReal(a), im = complexImag(a);
  let equal: boolean;
  if (isInt(b)) equal = im === 0 && compareDoubleInt(re, b) === 0;
  else if (isFloat(b)) equal = im === 0 && re === floatValue(b);
  else if (isComplex(b)) equal = re === complexReal(b) && im === complexImag(b);
  else return newref(S.NotImplemented);
  return (op === CompareOp.Eq) === equal ? S.True : S.False;
}

const HASH_IMAG = 1000003n;

/** hash(complex) as CPython: hash(re) + 1000003 * hash(im), wrapping at 64 bits. */
export function complexHash(r: Ref): number {
  const re = complexReal(r), im = complexImag(r);
  const lr = hashDouble(re, r);
  const hr = BigInt(lr >>> 0) | (BigInt(hashHi) << 32n);
  const li = hashDouble(im, r);
  if (im === 0) {
    // hash(0.0) is 0, so the sum is hash(re): skip the 64-bit arithmetic
    setHashHi(Number(BigInt.asIntN(32, hr >> 32n)));
    return lr;
  }
  const hi = BigInt(li >>> 0) | (BigInt(hashHi) << 32n);
  let h = BigInt.asIntN(64, hr + HASH_IMAG * BigInt.asIntN(64, hi));
  if (h === -1n) h = -2n;
  const u = BigInt.asUintN(64, h);
  setHashHi(Number(BigInt.asIntN(32, u >> 32n)));
  return Number(BigInt.asIntN(32, u & 0xffffffffn));
}

export function complexReprRef(r: Ref): Ref {
  return newStr(complexRepr(complexReal(r), complexImag(r)));
}

const slots = complexSpec.slots;
slots.repr = complexReprRef;
slots.hash = complexHash;
slots.compare = complexCompare;
slots.binop = complexBinop;
slots.bool = (r) => complexReal(r) !== 0 || complexImag(r) !== 0;
slots.neg = (r) => newComplex(-complexReal(r), -complexImag(r));
slots.pos = (r) => (I32[r + Obj.Type] === T.complex ? newref(r) : newComplex(complexReal(r), complexImag(r)));
slots.abs = (r) => newFloat(complexAbs(complexReal(r), complexImag(r)));

// ---- parsing: complex('1+2j') --------------------------------------------------------------------------------

function malformed(): never {
  throw raise(T.ValueError, 'complex() arg is a malformed string');
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

// An unsigned decimal number (underscores already removed) or inf/infinity/nan.
const NUMBER = /^(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i;

/** Reads an optionally signed number at s[pos]; sets numValue and returns the end, or -1 if none. */
let numValue = 0;
function readNumber(s: string, pos: number, needSign: boolean): number {
  let sign = 1;
  let p = pos;
  if (s[p] === '+' || s[p] === '-') {
    if (s[p] === '-') sign = -1;
    p++;
  } else if (needSign) return -1;
  const m = NUMBER.exec(s.slice(p));
  if (m === null) return -1;
  const t = m[0].toLowerCase();
  numValue = sign * (t[0] === 'i' ? Infinity : t[0] === 'n' ? NaN : Number(t));
  return p + m[0].length;
}

/** The value of complex(s) for a str s. */
export function parseComplexString(text: string): [number, number] {
  let s = toAsciiDigitsAndSpaces(text);
  if (s.includes('_')) {
    // underscores only between digits, as in numeric literals
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '_' && !(/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? ''))) {
        throw raise(T.ValueError, `could not convert string to complex: ${reprStr(text)}`);
      }
    }
    s = s.replace(/_/g, '');
  }
  let start = 0, end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (start < end && s[start] === '(') {
    if (s[end - 1] !== ')') malformed();
    start++;
    end--;
    while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  }
  s = s.slice(start, end);
  if (s === '') malformed();
  const isJ = (i: number) => s[i] === 'j' || s[i] === 'J';
  let p = readNumber(s, 0, false);
  if (p >= 0) {
    const first = numValue;
    if (p === s.length) return [first, 0]; // "1.5"
    if (isJ(p) && p + 1 === s.length) return [0, first]; // "2j"
    if (s[p] !== '+' && s[p] !== '-') malformed();
    // "1+2j" or "1+j"
    const q = readNumber(s, p, true);
    let imag: number;
    if (q >= 0) {
      imag = numValue;
      p = q;
    } else {
      imag = s[p] === '-' ? -1 : 1;
      p++;
    }
    if (!isJ(p) || p + 1 !== s.length) malformed();
    return [first, imag];
  }
  // "j", "+j", "-j"
  p = 0;
  let imag = 1;
  if (s[0] === '+' || s[0] === '-') {
    if (s[0] === '-') imag = -1;
    p = 1;
  }
  if (!isJ(p) || p + 1 !== s.length) malformed();
  return [0, imag];
}

// ---- the constructor ---------------------------------------------------------------------------------------

const complexArgs = argSpec('complex', ['real', 'imag'], { posOnly: 0 });

function complexNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (args.length > 2) throw raise(T.TypeError, `complex() takes at most 2 arguments (${args.length} given)`);
  if (kwnames !== null) {
    for (const k of kwnames) {
      if (k !== 'real' && k !== 'imag') throw raise(T.TypeError, `'${k}' is an invalid keyword argument for complex()`);
    }
  }
  const [r, i] = parseArgs(complexArgs, args, kwnames);
  if (r === 0 && i === 0) return newComplexOfType(type, 0, 0);
  if (r !== 0 && type === T.complex && i === 0 && (r & 1) === 0 && I32[r + Obj.Type] === T.complex) return newref(r);
  if (r !== 0 && isStr(r)) {
    if (i !== 0) throw raise(T.TypeError, "complex() can't take second arg if first is a string");
    const [re, im] = parseComplexString(strValue(r));
    return newComplexOfType(type, re, im);
  }
  if (i !== 0 && isStr(i)) throw raise(T.TypeError, "complex() second arg can't be a string");

  // the first argument: __complex__, a complex, or a real number
  let crRe = 0, crIm = 0, crIsComplex = false;
  if (r !== 0) {
    const c = (r & 1) === 1 || isInt(r) || isFloat(r) ? 0 : callDunder(r, N.__complex__, []);
    if (c !== 0) {
      if (!isComplex(c)) {
        const tn = typeNameOfObj(c);
        decref(c);
        throw raise(T.TypeError, `__complex__ returned non-complex (type ${tn})`);
      }
      crRe = complexReal(c);
      crIm = complexImag(c);
      crIsComplex = true;
      decref(c);
    } else if (isComplex(r)) {
      crRe = complexReal(r);
      crIm = complexImag(r);
      crIsComplex = true;
    } else {
      const d = toDoubleOrNull(r);
      if (d === null) {
        throw raise(T.TypeError, `complex() first argument must be a string or a number, not '${typeNameOfObj(r)}'`);
      }
      crRe = d;
    }
  }
  if (i === 0) return newComplexOfType(type, crRe, crIsComplex ? crIm : 0);

  // the second argument: a complex or a real number; real + imag*1j
  let ciRe: number;
  if (isComplex(i)) {
    ciRe = complexReal(i);
    crRe -= complexImag(i);
  } else {
    const d = toDoubleOrNull(i);
    if (d === null) throw raise(T.TypeError, `complex() second argument must be a number, not '${typeNameOfObj(i)}'`);
    ciRe = d;
  }
  if (crIsComplex) ciRe += crIm;
  return newComplexOfType(type, crRe, ciRe);
}
complexSpec.slots.new = complexNew;

staticMethod(complexSpec, '__new__', (_self, args, kwnames) => {
  const cls = checkNewType('complex', T.complex, args);
  return complexNew(cls, args.slice(1), kwnames);
});

// ---- methods ------------------------------------------------------------------------------------------------

const BINARY: Array<[string, BinOp]> = [
  ['add', BinOp.Add], ['sub', BinOp.Sub], ['mul', BinOp.Mul], ['truediv', BinOp.TrueDiv],
];
for (const [name, op] of BINARY) {
  method(complexSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return complexBinop(op, self, args[0]);
  });
  method(complexSpec, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return complexBinop(op, args[0], self);
  });
}

function powArgs(args: Ref[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, 'wrapper() takes no keyword arguments');
  if (args.length === 0) throw raise(T.TypeError, ' expected at least 1 argument, got 0');
  if (args.length > 2) throw raise(T.TypeError, ` expected at most 2 arguments, got ${args.length}`);
  if (args.length === 2 && args[1] !== S.None) throw raise(T.ValueError, 'complex modulo');
}
method(complexSpec, '__pow__', (self, args, kw) => {
  powArgs(args, kw);
  return complexBinop(BinOp.Pow, self, args[0]);
});
method(complexSpec, '__rpow__', (self, args, kw) => {
  powArgs(args, kw);
  return complexBinop(BinOp.Pow, args[0], self);
});

const COMPARE: Array<[string, CompareOp]> = [
  ['lt', CompareOp.Lt], ['le', CompareOp.Le], ['eq', CompareOp.Eq], ['ne', CompareOp.Ne], ['gt', CompareOp.Gt],
  ['ge', CompareOp.Ge],
];
for (const [name, op] of COMPARE) {
  method(complexSpec, `__${name}__`, (self, args, kw) => {
    wrapperArgs(args, kw, 1);
    return complexCompare(self, args[0], op);
  });
}

function unary(name: string, fn: (self: Ref) => Ref): void {
  method(complexSpec, name, (self, args, kw) => {
    wrapperArgs(args, kw, 0);
    return fn(self);
  });
}
unary('__neg__', (r) => newComplex(-complexReal(r), -complexImag(r)));
unary('__pos__', (r) => newComplex(complexReal(r), complexImag(r)));
unary('__abs__', (r) => newFloat(complexAbs(complexReal(r), complexImag(r))));
unary('__bool__', (r) => (complexReal(r) !== 0 || complexImag(r) !== 0 ? S.True : S.False));
unary('__repr__', complexReprRef);
unary('__hash__', (r) => hashRef(complexHash(r)));

method(complexSpec, '__complex__', (self, args, kw) => {
  noArgs('complex.__complex__', args, kw);
  return I32[self + Obj.Type] === T.complex ? newref(self) : newComplex(complexReal(self), complexImag(self));
});
method(complexSpec, 'conjugate', (self, args, kw) => {
  noArgs('complex.conjugate', args, kw);
  return newComplex(complexReal(self), -complexImag(self));
});
method(complexSpec, '__getnewargs__', (self, args, kw) => {
  noArgs('complex.__getnewargs__', args, kw);
  return pair(newFloat(complexReal(self)), newFloat(complexImag(self)));
});
method(complexSpec, '__format__', (self, args, kw) => {
  const spec = oneArg('complex.__format__', args, kw);
  if (!isStr(spec)) throw raise(T.TypeError, `__format__() argument must be str, not ${typeNameOfObj(spec)}`);
  if (strValue(spec) === '') return strOf(self); // an empty spec means str(), which a subclass may override
  try {
    return newStr(formatComplex(complexReal(self), complexImag(self), strValue(spec), typeNameOfObj(self)));
  } catch (e) {
    throw fromHost(e);
  }
});
getset(complexSpec, 'real', (self) => newFloat(complexReal(self)));
getset(complexSpec, 'imag', (self) => newFloat(complexImag(self)));
