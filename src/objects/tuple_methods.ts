// tuple's behaviour: indexing and slicing, comparison, concatenation and repetition, repr, CPython's exact
// hash, construction (also of subclasses such as namedtuples) and the methods. Storage is in tuple.ts.

import { I32 } from '../heap/heap';
import { Layout, Obj, TupleObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, clearers, decref, incref, newref, raise, Ref, S, T, traversers, typeOf } from './core';
import {
  hashOf, iterToArray, N, reprJs, richEq, seqIndex, setVarDictOffset, typeNameOfObj, varDictOffset,
} from './abstract';
import { BinOp, classMethod, method, staticMethod } from './typespec';
import {
  clearTuple, isTuple, newTuple, tupleInit, tupleItem, tupleItems, tupleLen, tupleSpec,
} from './tuple';
import { hashHi, setHashHi } from './hash';
import { newStr } from './str';
import { isSlice, sliceIndices } from './slice';
import { isInt, newBigInt, newInt } from './int';
import { listItems as listItemsOf } from './list';
import { lookupType } from './type';
import {
  argCount, boolRef, checkNewType, checkRepeatSize, classGetItem, indexRange, isHeapType, oneArg, otherMayHandle,
  reprEnter, reprLeave, seqCompare, ssizeArg, wrap0, wrap1, wrapCompare,
} from './container_common';

const slots = tupleSpec.slots;
tupleSpec.flags |= TypeFlag.BaseType;

// ---- construction -------------------------------------------------------------------------------------------

/**
 * A tuple of n NULL items whose type is `type` (tuple or a subclass). Subclass instances are variable-size,
 * so their __dict__ word (if the class has one) follows the items: TypeObj.DictOffset is -1 for them.
 */
export function newTupleOfType(type: Ref, n: number): Ref {
  if (type === T.tuple) return newTuple(n);
  const extra = I32[type + TypeObj.BasicWords] - TupleObj.Items + (I32[type + TypeObj.DictOffset] === -1 ? 1 : 0);
  const r = allocObject(type, TupleObj.Items + n + Math.max(extra, 0));
  I32[r + TupleObj.Length] = n;
  return r;
}

/** A tuple of type `type` taking ownership of new refs. */
export function tupleStealOfType(type: Ref, items: Ref[]): Ref {
  const t = newTupleOfType(type, items.length);
  for (let i = 0; i < items.length; i++) I32[t + TupleObj.Items + i] = items[i];
  return t;
}

/** tuple(iterable) for `type`. */
export function tupleNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) {
    if (type === T.tuple) throw raise(T.TypeError, 'tuple() takes no keyword arguments');
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) throw raise(T.TypeError, `tuple expected at most 1 argument, got ${npos}`);
  if (npos === 0) return newTupleOfType(type, 0);
  const src = args[0];
  if (type === T.tuple && (src & 1) === 0 && I32[src + Obj.Type] === T.tuple) return newref(src);
  if (isTuple(src) || (src & 1) === 0 && I32[src + Obj.Type] === T.list) {
    const items = isTuple(src) ? tupleItems(src) : listItemsOf(src);
    for (const v of items) incref(v);
    return tupleStealOfType(type, items);
  }
  return tupleStealOfType(type, iterToArray(src));
}
slots.new = tupleNew;

// A subclass instance's __dict__ lives in the word after its items.
const previousVarDictOffset = varDictOffset;
setVarDictOffset((obj) => {
  if (I32[I32[obj + Obj.Type] + TypeObj.Layout] === Layout.Tuple) return TupleObj.Items + I32[obj + TupleObj.Length];
  return previousVarDictOffset(obj);
});

function dictWord(r: Ref): number {
  const t = I32[r + Obj.Type];
  if (t === T.tuple || I32[t + TypeObj.DictOffset] !== -1) return -1;
  return r + TupleObj.Items + I32[r + TupleObj.Length];
}

// lifecycle.ts registered the plain tuple's clearer; subclass instances also own their dict (import this
// file after lifecycle.ts).
clearers[Layout.Tuple] = (r) => {
  clearTuple(r);
  const w = dictWord(r);
  if (w >= 0 && I32[w] !== 0) {
    const d = I32[w];
    I32[w] = 0;
    decref(d);
  }
};
const traverseItems = traversers[Layout.Tuple];
traversers[Layout.Tuple] = (r, visit) => {
  if (traverseItems !== undefined) traverseItems(r, visit);
  const w = dictWord(r);
  if (w >= 0 && I32[w] !== 0) visit(I32[w]);
};

// ---- hash: CPython 3.11's xxHash-based tuple hash, in 64-bit arithmetic on 32-bit halves -----------------

// XXPRIME_1, XXPRIME_2 and XXPRIME_5 of xxHash64, as (high, low) words
const P1_HI = 0x9e3779b1 | 0, P1_LO = 0x85ebca87 | 0;
const P2_HI = 0xc2b2ae3d | 0, P2_LO = 0x27d4eb4f | 0;
const P5_HI = 0x27d4eb2f | 0, P5_LO = 0x165667c5 | 0;
const LEN_MIX_LO = 0x1663b4b6 | 0; // low word of XXPRIME_5 ^ 3527539 (the high word is P5_HI)

let mulHi = 0, mulLo = 0;

/** (aHi:aLo) * (bHi:bLo) mod 2**64 into mulHi:mulLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  mulLo = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  mulHi = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
}

/** The hash of a sequence of items (tuple hash); returns the low word, the high word in hashHi. */
export function hashItems(items: ArrayLike<Ref>, n: number): number {
  let accHi = P5_HI, accLo = P5_LO;
  for (let i = 0; i < n; i++) {
    const laneLo = hashOf(items[i]);
    const laneHi = hashHi;
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    // acc += lane * P2
    let lo = (accLo >>> 0) + (mulLo >>> 0);
    let hi = (accHi + mulHi + (lo > 0xffffffff ? 1 : 0)) | 0;
    lo = lo | 0;
    // acc = rotate_left(acc, 31)
    const rHi = (hi << 31) | (lo >>> 1);
    const rLo = (lo << 31) | (hi >>> 1);
    // acc *= P1
    mul64(rHi, rLo, P1_HI, P1_LO);
    accHi = mulHi;
    accLo = mulLo;
    void hi;
  }
  // acc += n ^ (P5 ^ 3527539)
  const mixLo = (n ^ LEN_MIX_LO) >>> 0;
  const lo = (accLo >>> 0) + mixLo;
  let hi = (accHi + P5_HI + (lo > 0xffffffff ? 1 : 0)) | 0;
  let lo32 = lo | 0;
  if (hi === -1 && lo32 === -1) {
    hi = 0;
    lo32 = 1546275796;
  }
  setHashHi(hi);
  return lo32;
}

function tupleHash(t: Ref): number {
  const n = I32[t + TupleObj.Length];
  return hashItems(I32.subarray(t + TupleObj.Items, t + TupleObj.Items + n), n);
}
slots.hash = tupleHash;

/** A Python int for a 64-bit hash given as (lo, hashHi). */
export function hashToInt(lo: number, hi: number): Ref {
  if (hi === (lo >> 31) && lo >= -0x40000000 && lo <= 0x3fffffff) return newInt(lo);
  return newBigInt(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)));
}

// ---- repr, compare, items -----------------------------------------------------------------------------------

function tupleRepr(t: Ref): Ref {
  const n = tupleLen(t);
  if (n === 0) return newStr('()');
  if (!reprEnter(t)) return newStr('(...)');
  try {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(reprJs(tupleItem(t, i)));
    return newStr(n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`);
  } finally {
    reprLeave(t);
  }
}
slots.repr = tupleRepr;

slots.compare = (a, b, op) => {
  if (!isTuple(a) || !isTuple(b)) return newref(S.NotImplemented);
  return seqCompare(a, b, op, tupleLen, tupleItem);
};

function tupleGetItem(t: Ref, key: Ref): Ref {
  const n = I32[t + TupleObj.Length];
  if ((key & 1) === 1) {
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(T.IndexError, 'tuple index out of range');
    return newref(I32[t + TupleObj.Items + i]);
  }
  if (isSlice(key)) {
    const [start, , step, count] = sliceIndices(key, n);
    if (step === 1 && count === n && I32[t + Obj.Type] === T.tuple) return newref(t);
    const r = newTuple(count);
    for (let k = 0, i = start; k < count; k++, i += step) tupleInit(r, k, newref(I32[t + TupleObj.Items + i]));
    return r;
  }
  let i = seqIndex(key, 'tuple');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'tuple index out of range');
  return newref(I32[t + TupleObj.Items + i]);
}
slots.getitem = tupleGetItem;

slots.contains = (t, key) => {
  const n = I32[t + TupleObj.Length];
  for (let i = 0; i < n; i++) if (richEq(I32[t + TupleObj.Items + i], key)) return true;
  return false;
};

slots.bool = (t) => I32[t + TupleObj.Length] !== 0;

// ---- + and * ------------------------------------------------------------------------------------------------

function tupleConcat(a: Ref, b: Ref): Ref {
  const na = tupleLen(a), nb = tupleLen(b);
  if (nb === 0 && I32[a + Obj.Type] === T.tuple) return newref(a);
  if (na === 0 && I32[b + Obj.Type] === T.tuple) return newref(b);
  const r = newTuple(na + nb);
  for (let i = 0; i < na; i++) tupleInit(r, i, newref(tupleItem(a, i)));
  for (let i = 0; i < nb; i++) tupleInit(r, na + i, newref(tupleItem(b, i)));
  return r;
}

function tupleRepeat(t: Ref, times: Ref): Ref {
  const n = ssizeArg(times);
  const len = tupleLen(t);
  if (n === 1 && I32[t + Obj.Type] === T.tuple) return newref(t);
  if (n <= 0 || len === 0) return newTuple(0);
  checkRepeatSize(len, n);
  const r = newTuple(len * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < len; i++) tupleInit(r, k * len + i, newref(tupleItem(t, i)));
  return r;
}

/** Can v be a repeat count (an int, or a user object with __index__)? */
export function isIndexable(v: Ref): boolean {
  if (isInt(v)) return true;
  const t = typeOf(v);
  if (isHeapType(t)) return lookupIndex(t);
  return false;
}
function lookupIndex(t: Ref): boolean {
  return lookupType(t, N.__index__) !== 0;
}

/** `seq * n` for sequence types: the sequence may be on either side. */
export function repeatOperands(a: Ref, b: Ref, isSeq: (r: Ref) => boolean,
  repeat: (seq: Ref, n: Ref) => Ref): Ref {
  if (isSeq(a)) {
    if (isIndexable(b)) return repeat(a, b);
    if (otherMayHandle(b, '__rmul__')) return newref(S.NotImplemented);
    throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(b)}'`);
  }
  if (isIndexable(a)) return repeat(b, a);
  if (otherMayHandle(a, '__mul__')) return newref(S.NotImplemented);
  throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(a)}'`);
}

slots.binop = (op, a, b) => {
  if (op === BinOp.Add) {
    if (!isTuple(a)) return newref(S.NotImplemented);
    if (isTuple(b)) return tupleConcat(a, b);
    if (otherMayHandle(b, '__radd__')) return newref(S.NotImplemented);
    throw raise(T.TypeError, `can only concatenate tuple (not "${typeNameOfObj(b)}") to tuple`);
  }
  if (op === BinOp.Mul) return repeatOperands(a, b, isTuple, tupleRepeat);
  return newref(S.NotImplemented);
};

// ---- methods ------------------------------------------------------------------------------------------------

staticMethod(tupleSpec, '__new__', (_self, args, kwnames) => {
  const cls = checkNewType('tuple', T.tuple, args);
  return tupleNew(cls, args.slice(1), kwnames);
});
wrap0(tupleSpec, '__repr__', tupleRepr);
wrap0(tupleSpec, '__hash__', (self) => {
  const lo = tupleHash(self);
  return hashToInt(lo, hashHi);
});
wrap0(tupleSpec, '__len__', (self) => newInt(tupleLen(self)));
method(tupleSpec, '__getitem__', (self, args, kwnames) => tupleGetItem(self, oneArg('tuple.__getitem__', args, kwnames)));
wrap1(tupleSpec, '__contains__', (self, x) => boolRef(slots.contains!(self, x)));
wrap0(tupleSpec, '__iter__', (self) => slots.iter!(self));
wrapCompare(tupleSpec, (a, b, op) => slots.compare!(a, b, op));
wrap1(tupleSpec, '__add__', (self, other) => {
  if (!isTuple(other)) throw raise(T.TypeError, `can only concatenate tuple (not "${typeNameOfObj(other)}") to tuple`);
  return tupleConcat(self, other);
});
wrap1(tupleSpec, '__mul__', (self, n) => tupleRepeat(self, n));
wrap1(tupleSpec, '__rmul__', (self, n) => tupleRepeat(self, n));
method(tupleSpec, '__getnewargs__', (self) => {
  const r = newTuple(1);
  tupleInit(r, 0, tupleStealOfType(T.tuple, tupleItems(self).map(newref)));
  return r;
});
classMethod(tupleSpec, '__class_getitem__', (cls, args) => classGetItem(cls, args));

method(tupleSpec, 'count', (self, args, kwnames) => {
  const x = oneArg('tuple.count', args, kwnames);
  let c = 0;
  for (let i = 0; i < tupleLen(self); i++) if (richEq(tupleItem(self, i), x)) c++;
  return newInt(c);
});

method(tupleSpec, 'index', (self, args, kwnames) => {
  argCount('index', args, kwnames, 1, 3);
  const [start, stop] = indexRange(args, tupleLen(self));
  for (let i = start; i < stop && i < tupleLen(self); i++) if (richEq(tupleItem(self, i), args[0])) return newInt(i);
  throw raise(T.ValueError, 'tuple.index(x): x not in tuple');
});

