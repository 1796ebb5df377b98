// Argument checking shared by the str, bytes and bytearray methods, with CPython's exact messages (which
// differ by how each method parses its arguments in CPython: METH_NOARGS, METH_O, Argument Clinic, …).

import { decref, PyErr, raise, Ref, S, T, typeOf } from './core';
import { lookupType } from './type';
import { index, typeNameOfObj } from './abstract';
import { intToBigInt, intToSafe } from './int';
import { isStr, strValue } from './str';
import { I32 } from '../heap/heap';
import { BigInt_, TypeFlag, TypeObj } from '../heap/layout';

/** Positional-only Argument Clinic methods: `ljust expected at least 1 argument, got 0`. */
export function posArgs(fname: string, args: Ref[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  if (args.length < min) {
    const what = `${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}`;
    throw raise(T.TypeError, `${fname} expected ${what}, got ${args.length}`);
  }
  if (args.length > max) {
    throw raise(T.TypeError, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** The PyArg_ParseTuple style of find/count/index/startswith: `find() takes at least 1 argument (0 given)`. */
export function tupleArgs(fname: string, args: Ref[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  if (args.length < min) {
    throw raise(T.TypeError, `${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${args.length} given)`);
  }
  if (args.length > max) {
    throw raise(T.TypeError, `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
  }
}

/**
 * Argument Clinic methods with keyword parameters (split, encode, …): returns one borrowed ref or 0 per
 * name, with messages like `'x' is an invalid keyword argument for split()`.
 */
export function kwArgs(fname: string, names: string[], args: Ref[], kwnames: string[] | null): Ref[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = names.length;
  if (args.length > max) {
    const what = npos === 0 ? 'keyword argument' : 'argument';
    throw raise(T.TypeError, `${fname}() takes at most ${max} ${what}${max === 1 ? '' : 's'} (${args.length} given)`);
  }
  const out = new Array<Ref>(max).fill(0);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) throw raise(T.TypeError, `'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== 0) {
      throw raise(T.TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    out[i] = args[npos + k];
  }
  return out;
}

/** A Py_ssize_t argument: __index__, OverflowError beyond 64 bits. */
export function ssizeArg(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const i = index(r);
  const v = intToSafe(i);
  if (v === null) {
    decref(i);
    throw raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  decref(i);
  return v;
}

/** A Py_ssize_t for `seq * n`: OverflowError `cannot fit 'int' into an index-sized integer` past 64 bits. */
export function repeatCountArg(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const i = index(r);
  const v = intToBigInt(i);
  decref(i);
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) {
    throw raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return Number(v);
}

/** A str parameter of an Argument Clinic function: `encode() argument 'encoding' must be str, not int`. */
export function strParam(fname: string, name: string, r: Ref): string {
  if (!isStr(r)) throw raise(T.TypeError, `${fname}() argument '${name}' must be str, not ${typeNameOfObj(r)}`);
  return strValue(r);
}

/** A slice bound as str.find takes it: None → null; big values clamp (as _PyEval_SliceIndex). */
export function sliceBound(r: Ref | undefined): number | null {
  if (r === undefined || r === 0 || r === S.None) return null;
  if ((r & 1) === 1) return r >> 1;
  let i: Ref;
  try {
    i = index(r);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      throw raise(T.TypeError, 'slice indices must be integers or None or have an __index__ method');
    }
    throw e;
  }
  const v = intToSafe(i);
  // a big int: clamp to "very far" in its direction (its limb count is negative for negative numbers)
  const neg = v === null && I32[i + BigInt_.Count] < 0;
  decref(i);
  if (v !== null) return v;
  return neg ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/**
 * For a binary operator that fails on `other`: does other's type define the method for the reflected
 * operation (a user class's __radd__ etc.), so we must return NotImplemented to let it try?
 */
export function otherHandles(other: Ref, name: Ref): boolean {
  const t = typeOf(other);
  return (I32[t + TypeObj.Flags] & TypeFlag.HeapType) !== 0 && lookupType(t, name) !== 0;
}

/** `must be str, not int` and friends. */
export function typeError(message: string): PyErr {
  return raise(T.TypeError, message);
}

export { typeNameOfObj };

export { noArgs, oneArg } from './args';
