// weakref.proxy objects: weak references that stand in for their target, forwarding attribute access,
// calls, operators and the container protocols to it, and raising ReferenceError once it is gone.
// They share ReferenceType's layout (weakref.ts owns the chains and the clearing).

import { I32 } from '../heap/heap';
import { Layout, WeakrefObj } from '../heap/layout';
import { decref, incref, layoutOf, raise, Ref, S, T } from '../objects/core';
import { BinOp, CompareOp, defineType, method, TypeSpec, TypeSlots } from '../objects/typespec';
import { newStr } from '../objects/str';
import { newInt, boolRef } from '../objects/int';
import {
  binaryOp1, call, contains, delItem, getAttr, getItem, getIter, index, inplaceOp, isIterator, isTrue, iterNext,
  lenOf, richCompare, setAttr, setItem, str, typeNameOfObj, unaryOp,
} from '../objects/abstract';
import { toDoubleOrNull } from '../objects/float';
import { describeTarget, WeakrefExt, WeakrefFlag } from './weakref';
import { objectId } from '../objects/object';

/** The live target of a proxy (borrowed); ReferenceError when it has died. */
function target(p: Ref): Ref {
  const t = I32[p + WeakrefObj.Target];
  if (t === 0) throw raise(T.ReferenceError, 'weakly-referenced object no longer exists');
  return t;
}

const isProxyObj = (r: Ref) => layoutOf(r) === Layout.Weakref && (I32[r + WeakrefExt.Flags] & WeakrefFlag.Proxy) !== 0;

/** Operands of an operator with every proxy replaced by its target (held while the operator runs). */
function withTargets<R>(refs: Ref[], fn: (...xs: Ref[]) => R): R {
  const xs = refs.map((r) => (isProxyObj(r) ? target(r) : r));
  for (const x of xs) incref(x);
  try {
    return fn(...xs);
  } finally {
    for (const x of xs) decref(x);
  }
}

function proxyRepr(p: Ref): Ref {
  const t = I32[p + WeakrefObj.Target];
  const at = `0x${objectId(p).toString(16).padStart(12, '0')}`;
  return newStr(t === 0 ? `<weakproxy at ${at}; dead>` : `<weakproxy at ${at}; ${describeTarget(t).replace(/ \(.*\)$/, '')}>`);
}

const slots: TypeSlots = {
  hash: (p) => {
    throw raise(T.TypeError, `unhashable type: 'weakref.${typeNameOfObj(p)}'`);
  },
  repr: proxyRepr,
  str: (p) => withTargets([p], (t) => str(t)),
  getattr: (p, name) => withTargets([p], (t) => getAttr(t, name)),
  setattr: (p, name, value) => withTargets([p], (t) => setAttr(t, name, value)),
  compare: (a, b, op: CompareOp) => withTargets([a, b], (x, y) => richCompare(x, y, op)),
  bool: (p) => withTargets([p], (t) => isTrue(t)),
  len: (p) => withTargets([p], (t) => lenOf(t)),
  getitem: (p, k) => withTargets([p], (t) => getItem(t, k)),
  setitem: (p, k, v) => withTargets([p], (t) => setItem(t, k, v)),
  delitem: (p, k) => withTargets([p], (t) => delItem(t, k)),
  contains: (p, k) => withTargets([p], (t) => contains(t, k)),
  iter: (p) => withTargets([p], (t) => getIter(t)),
  next: (p) => withTargets([p], (t) => {
    if (!isIterator(t)) {
      throw raise(T.TypeError, `Weakref proxy referenced a non-iterator '${typeNameOfObj(t)}' object`);
    }
    return iterNext(t);
  }),
  binop: (op: BinOp, a, b) => withTargets([a, b], (x, y) => binaryOp1(op, x, y)),
  inplace: (op: BinOp, a, b) => withTargets([a, b], (x, y) => inplaceOp(op, x, y)),
  neg: (p) => withTargets([p], (t) => unaryOp('neg', t)),
  pos: (p) => withTargets([p], (t) => unaryOp('pos', t)),
  invert: (p) => withTargets([p], (t) => unaryOp('invert', t)),
  abs: (p) => withTargets([p], (t) => unaryOp('abs', t)),
  index: (p) => withTargets([p], (t) => index(t)),
  float: (p) => withTargets([p], (t) => {
    const v = toDoubleOrNull(t);
    if (v === null) throw raise(T.TypeError, `must be real number, not ${typeNameOfObj(t)}`);
    return v;
  }),
};

export const proxySpec = defineType({ name: 'ProxyType', layout: Layout.Weakref, basicWords: WeakrefExt.Size,
  module: 'weakref', slots: { ...slots } });
export const callableProxySpec = defineType({ name: 'CallableProxyType', layout: Layout.Weakref,
  basicWords: WeakrefExt.Size, module: 'weakref',
  slots: { ...slots, call: (p, args, kwnames) => withTargets([p], (t) => call(t, args, kwnames)) } });

// The dunders Python code sees on a proxy (the VM's fast paths use the slots).
function addDunders(spec: TypeSpec): void {
  const s = spec.slots;
  const unary = (name: string, fn: (p: Ref) => Ref) => method(spec, name, (self) => fn(self));
  unary('__repr__', s.repr!);
  unary('__str__', s.str!);
  unary('__iter__', s.iter!);
  unary('__next__', (p) => {
    const v = s.next!(p);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  unary('__bool__', (p) => boolRef(s.bool!(p)));
  unary('__len__', (p) => newInt(s.len!(p)));
  unary('__index__', s.index!);
  unary('__neg__', s.neg!);
  unary('__pos__', s.pos!);
  unary('__abs__', s.abs!);
  unary('__invert__', s.invert!);
  method(spec, '__getattribute__', (self, args) => s.getattr!(self, args[0]));
  method(spec, '__getitem__', (self, args) => s.getitem!(self, args[0]));
  method(spec, '__setitem__', (self, args) => {
    s.setitem!(self, args[0], args[1]);
    return S.None;
  });
  method(spec, '__delitem__', (self, args) => {
    s.delitem!(self, args[0]);
    return S.None;
  });
  method(spec, '__contains__', (self, args) => boolRef(s.contains!(self, args[0])));
  if (s.call) method(spec, '__call__', (self, args, kwnames) => s.call!(self, args, kwnames));
}

addDunders(proxySpec);
addDunders(callableProxySpec);
