// The cmath module. The formulas are the classic careful ones (Kahan's "Branch cuts for complex elementary
// functions", as CPython uses): scaled square roots, log1p near |z| = 1, and separate paths for huge arguments,
// so results match CPython's digit for digit on finite input. Infinite and NaN input follows C99 Annex G for
// sqrt, exp and log; the other functions return what their formulas give.

import { raise, Ref, S, T, NativeFn } from '../objects/core';
import { newFloat, toDouble } from '../objects/float';
import { complexQuotient, newComplex, toComplexParts } from '../objects/complex';
import { pair } from '../objects/num_util';
import { argSpec, parseArgs } from '../objects/args';
import { setModuleAttrSteal } from '../objects/module';
import { defineModule } from './registry';
import * as L from './libm';

const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4; // beyond this, squaring or adding could overflow
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = L.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const LN10 = Math.LN10;

type C = [number, number];

function domainError(): never {
  throw raise(T.ValueError, 'math domain error');
}

function rangeError(): never {
  throw raise(T.OverflowError, 'math range error');
}

const finite = Number.isFinite;
function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}
function copysign(x: number, y: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x);
}

// ---- the functions on (re, im) pairs ------------------------------------------------------------------------------

function cSqrt(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    if (isInf(im)) return [Infinity, im];
    if (re === -Infinity) return im !== im ? [NaN, Infinity] : [0, copysign(Infinity, im)];
    if (re === Infinity) return im !== im ? [Infinity, NaN] : [Infinity, copysign(0, im)];
    return [NaN, NaN];
  }
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up, then back
    ax = L.ldexp(ax, 53);
    s = L.ldexp(Math.sqrt(ax + L.hypot2(ax, L.ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + L.hypot2(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (re >= 0) return [s, copysign(d, im)];
  return [d, copysign(s, im)];
}

function cExp(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    if (re === Infinity) {
      if (im === 0) return [Infinity, im];
      if (finite(im)) return [copysign(Infinity, L.cos(im)), copysign(Infinity, L.sin(im))];
      return [Infinity, NaN];
    }
    if (re === -Infinity) {
      if (finite(im)) return [0 * L.cos(im), 0 * L.sin(im)];
      return [0, 0];
    }
    if (re !== re) return im === 0 ? [NaN, im] : [NaN, NaN];
    domainError(); // finite real part, infinite or NaN imaginary part
  }
  let r: C;
  if (re > LOG_LARGE) {
    const l = L.exp(re - 1);
    r = [l * L.cos(im) * Math.E, l * L.sin(im) * Math.E];
  } else {
    const l = L.exp(re);
    r = [l * L.cos(im), l * L.sin(im)];
  }
  if (isInf(r[0]) || isInf(r[1])) rangeError();
  return r;
}

function cLog(re: number, im: number): C {
  if (!finite(re) || !finite(im)) {
    if (isInf(re) || isInf(im)) return [Infinity, L.atan2(im, re)];
    return [NaN, NaN];
  }
  const ax = Math.abs(re), ay = Math.abs(im);
  let real: number;
  if (ax > LARGE || ay > LARGE) {
    real = L.log(L.hypot2(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) domainError();
    real = L.log(L.hypot2(L.ldexp(ax, 53), L.ldexp(ay, 53))) - 53 * LN2;
  } else {
    const h = L.hypot2(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // near the unit circle log(h) loses digits; log1p of h² - 1 computed exactly-ish does not
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      real = L.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      real = L.log(h);
    }
  }
  return [real, L.atan2(im, re)];
}

/** cosh and sinh: the large-argument path keeps e**|x| from overflowing too early. */
function cCosh(re: number, im: number): C {
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    r = [L.cos(im) * L.cosh(x1) * Math.E, L.sin(im) * L.sinh(x1) * Math.E];
  } else {
    r = [L.cos(im) * L.cosh(re), L.sin(im) * L.sinh(re)];
  }
  if ((isInf(r[0]) || isInf(r[1])) && finite(re) && finite(im)) rangeError();
  return r;
}

function cSinh(re: number, im: number): C {
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    r = [L.cos(im) * L.sinh(x1) * Math.E, L.sin(im) * L.cosh(x1) * Math.E];
  } else {
    r = [L.cos(im) * L.sinh(re), L.sin(im) * L.cosh(re)];
  }
  if ((isInf(r[0]) || isInf(r[1])) && finite(re) && finite(im)) rangeError();
  return r;
}

function cTanh(re: number, im: number): C {
  if (Math.abs(re) > LOG_LARGE) {
    return [copysign(1, re), 4 * L.sin(im) * L.cos(im) * L.exp(-2 * Math.abs(re))];
  }
  const tx = L.tanh(re), ty = L.tan(im), cx = 1 / L.cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function cAsinh(re: number, im: number): C {
  if (Math.abs(re) > SQRT_LARGE || Math.abs(im) > SQRT_LARGE) {
    const l = L.log(L.hypot2(re / 2, im / 2)) + LN2 * 2;
    const real = im >= 0 ? copysign(l, re) : -copysign(l, -re);
    return [real, L.atan2(im, Math.abs(re))];
  }
  const s1 = cSqrt(1 + im, -re);
  const s2 = cSqrt(1 - im, re);
  return [L.asinh(s1[0] * s2[1] - s2[0] * s1[1]), L.atan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin(re: number, im: number): C {
  const s = cAsinh(-im, re);
  return [s[1], -s[0]];
}

function cAcos(re: number, im: number): C {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const real = L.atan2(Math.abs(im), re);
    const l = L.log(L.hypot2(re / 2, im / 2)) + LN2 * 2;
    return [real, re < 0 ? -copysign(l, im) : copysign(l, -im)];
  }
  const s1 = cSqrt(1 - re, -im);
  const s2 = cSqrt(1 + re, im);
  return [2 * L.atan2(s1[0], s2[0]), L.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(re: number, im: number): C {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    return [L.log(L.hypot2(re / 2, im / 2)) + LN2 * 2, L.atan2(im, re)];
  }
  const s1 = cSqrt(re - 1, im);
  const s2 = cSqrt(re + 1, im);
  return [L.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * L.atan2(s1[1], s2[0])];
}

function cAtanh(re: number, im: number): C {
  if (re < 0 || (re === 0 && Object.is(re, -0))) {
    // atanh is odd: work with re >= 0
    const r = cAtanh(-re, -im);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = L.hypot2(re / 2, im / 2);
    return [re / 4 / h / h, -copysign(Math.PI / 2, -im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) domainError();
    return [-L.log(Math.sqrt(ay) / Math.sqrt(L.hypot2(ay, 2))), copysign(L.atan2(2, -ay) / 2, im)];
  }
  const real = L.log1p((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4;
  return [real, -L.atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2];
}

function cAtan(re: number, im: number): C {
  const s = cAtanh(-im, re);
  return [s[1], -s[0]];
}

// ---- wrappers ---------------------------------------------------------------------------------------------------------

function one(name: string, args: Ref[], kw: string[] | null): Ref {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, `cmath.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(T.TypeError, `cmath.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function complex1(name: string, fn: (re: number, im: number) => C): NativeFn {
  return (_m, args, kw) => {
    const [re, im] = toComplexParts(one(name, args, kw));
    const [r, i] = fn(re, im);
    return newComplex(r, i);
  };
}

function cmathLog(_m: Ref, args: Ref[], kw: string[] | null): Ref {
  if (kw !== null && kw.length > 0) throw raise(T.TypeError, 'log() takes no keyword arguments');
  if (args.length < 1) throw raise(T.TypeError, 'log expected at least 1 argument, got 0');
  if (args.length > 2) throw raise(T.TypeError, `log expected at most 2 arguments, got ${args.length}`);
  const [re, im] = toComplexParts(args[0]);
  let r = cLog(re, im);
  if (args.length === 2) {
    const [bre, bim] = toComplexParts(args[1]);
    const b = cLog(bre, bim);
    const q = complexQuotient(r[0], r[1], b[0], b[1]);
    if (q === null) domainError();
    r = q;
  }
  return newComplex(r[0], r[1]);
}

function phase(re: number, im: number): number {
  return L.atan2(im, re);
}

/** |z| with CPython's rules: infinite if either part is, else hypot (OverflowError if that overflows). */
function cAbs(re: number, im: number): number {
  if (isInf(re) || isInf(im)) return Infinity;
  if (re !== re || im !== im) return NaN;
  const r = L.hypot2(re, im);
  if (r === Infinity) rangeError();
  return r;
}

function rect(r: number, phi: number): C {
  if (!finite(r) || !finite(phi)) {
    if (isInf(r) && finite(phi) && phi !== 0) {
      const c = copysign(Infinity, L.cos(phi)), s = copysign(Infinity, L.sin(phi));
      return r > 0 ? [c, s] : [-c, -s];
    }
    if (isInf(phi) && r !== 0 && r === r) domainError();
    if (isInf(r)) return phi === 0 ? [r, phi * r] : [Infinity, NaN];
    if (r === 0) return [0, 0];
    return [NaN, NaN];
  }
  if (phi === 0) return [r, r * phi];
  return [r * L.cos(phi), r * L.sin(phi)];
}

const iscloseArgs = argSpec('isclose', ['a', 'b', 'rel_tol', 'abs_tol'], { posOnly: 0, kwOnly: 2, required: 2 });

function cmathIsclose(_m: Ref, args: Ref[], kw: string[] | null): Ref {
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos > 2) throw raise(T.TypeError, `isclose() takes exactly 2 positional arguments (${npos} given)`);
  const [ar, br, relr, absr] = parseArgs(iscloseArgs, args, kw);
  const [a0, a1] = toComplexParts(ar);
  const [b0, b1] = toComplexParts(br);
  const rel = relr === 0 ? 1e-9 : toDouble(relr);
  const abs = absr === 0 ? 0 : toDouble(absr);
  if (rel < 0 || abs < 0) throw raise(T.ValueError, 'tolerances must be non-negative');
  if (a0 === b0 && a1 === b1) return S.True;
  if (isInf(a0) || isInf(a1) || isInf(b0) || isInf(b1)) return S.False;
  const diff = L.hypot2(a0 - b0, a1 - b1);
  const close = diff <= rel * L.hypot2(b0, b1) || diff <= rel * L.hypot2(a0, a1) || diff <= abs;
  return close ? S.True : S.False;
}

function predicate(name: string, test: (re: number, im: number) => boolean): NativeFn {
  return (_m, args, kw) => {
    const [re, im] = toComplexParts(one(name, args, kw));
    return test(re, im) ? S.True : S.False;
  };
}

export const cmathDef = defineModule('cmath', {
  extension: true,
  gilSafe: true,
  functions: {
    acos: complex1('acos', cAcos),
    acosh: complex1('acosh', cAcosh),
    asin: complex1('asin', cAsin),
    asinh: complex1('asinh', cAsinh),
    atan: complex1('atan', cAtan),
    atanh: complex1('atanh', cAtanh),
    cos: complex1('cos', (re, im) => cCosh(-im, re)),
    cosh: complex1('cosh', cCosh),
    exp: complex1('exp', cExp),
    isclose: cmathIsclose,
    isfinite: predicate('isfinite', (re, im) => finite(re) && finite(im)),
    isinf: predicate('isinf', (re, im) => isInf(re) || isInf(im)),
    isnan: predicate('isnan', (re, im) => re !== re || im !== im),
    log: cmathLog,
    log10: complex1('log10', (re, im) => {
      const [r, i] = cLog(re, im);
      return [r / LN10, i / LN10];
    }),
    phase: (_m, args, kw) => {
      const [re, im] = toComplexParts(one('phase', args, kw));
      return newFloat(phase(re, im));
    },
    polar: (_m, args, kw) => {
      const [re, im] = toComplexParts(one('polar', args, kw));
      return pair(newFloat(cAbs(re, im)), newFloat(phase(re, im)));
    },
    rect: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) throw raise(T.TypeError, 'rect() takes no keyword arguments');
      if (args.length !== 2) throw raise(T.TypeError, `rect expected 2 arguments, got ${args.length}`);
      const [re, im] = rect(toDouble(args[0]), toDouble(args[1]));
      return newComplex(re, im);
    },
    sin: complex1('sin', (re, im) => {
      const [r, i] = cSinh(-im, re);
      return [i, -r];
    }),
    sinh: complex1('sinh', cSinh),
    sqrt: complex1('sqrt', cSqrt),
    tan: complex1('tan', (re, im) => {
      const [r, i] = cTanh(-im, re);
      return [i, -r];
    }),
    tanh: complex1('tanh', cTanh),
  },
  init(m) {
    setModuleAttrSteal(m, 'pi', newFloat(Math.PI));
    setModuleAttrSteal(m, 'e', newFloat(Math.E));
    setModuleAttrSteal(m, 'tau', newFloat(2 * Math.PI));
    setModuleAttrSteal(m, 'inf', newFloat(Infinity));
    setModuleAttrSteal(m, 'infj', newComplex(0, Infinity));
    setModuleAttrSteal(m, 'nan', newFloat(NaN));
    setModuleAttrSteal(m, 'nanj', newComplex(0, NaN));
  },
});

export function createCmathModule(): Ref {
  return cmathDef.create();
}
