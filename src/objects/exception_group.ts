// BaseExceptionGroup / ExceptionGroup (PEP 654): construction rules, message/exceptions, subgroup, split, derive.

import { I32 } from '../heap/heap';
import { ExcObj } from '../heap/layout';
import { decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from './core';
import { method, getset } from './typespec';
import { builtinNewMethod } from './descriptors';
import { excSpecs, isExceptionInstance, newException, excDict } from './exceptions';
import { call, isCallable, isInstanceOfType, iterToArray, reprJs, typeNameOfObj, getAttrOrNull, setAttr } from './abstract';
import { isStr, newStr, strValue, intern } from './str';
import { isTuple, tupleItem, tupleLen, tupleSteal, tupleFrom } from './tuple';
import { isType, isSubtype, typeNameOf } from './type';
import { listFrom, isList } from './list';
import { dictGetStr, dictSetItem } from './dict';

const baseEG = excSpecs.get('BaseExceptionGroup')!;

function egMessage(eg: Ref): Ref {
  return I32[eg + ExcObj.Extra1] || S.emptyStr;
}

function egExceptions(eg: Ref): Ref {
  return I32[eg + ExcObj.Extra2] || S.emptyTuple;
}

/** BaseExceptionGroup.__new__ */
baseEG.slots.new = (cls: Ref, args: Ref[], kwnames: string[] | null): Ref => {
  if (kwnames && kwnames.length) throw raise(T.TypeError, `${typeNameOf(cls)}() takes no keyword arguments`);
  if (args.length !== 2) throw raise(T.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args;
  if (!isStr(message)) throw raise(T.TypeError, 'argument 1 must be str, not ' + typeNameOfObj(message));
  if (isStr(seq) || (!isTuple(seq) && !isList(seq) && getAttrOrNull(seq, intern('__getitem__')) === 0)) {
    throw raise(T.TypeError, 'second argument (exceptions) must be a sequence');
  }
  const items = iterToArray(seq);
  try {
    if (items.length === 0) throw raise(T.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let allExceptions = true;
    items.forEach((e, i) => {
      if (!isExceptionInstance(e)) throw raise(T.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!isInstanceOfType(e, T.Exception)) allExceptions = false;
    });
    let type = cls;
    if (cls === T.BaseExceptionGroup) {
      if (allExceptions) type = T.ExceptionGroup;
    } else if (cls === T.ExceptionGroup) {
      if (!allExceptions) throw raise(T.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (!allExceptions && isSubtype(cls, T.Exception)) {
      throw raise(T.TypeError, `Cannot nest BaseExceptions in '${typeNameOf(cls)}'`);
    }
    const eg = newException(type, args);
    I32[eg + ExcObj.Extra1] = newref(message);
    I32[eg + ExcObj.Extra2] = tupleFrom(items);
    return eg;
  } finally {
    for (const e of items) decref(e);
  }
};

baseEG.slots.str = (eg: Ref): Ref => {
  const n = tupleLen(egExceptions(eg));
  return newStr(`${strValue(egMessage(eg))} (${n} sub-exception${n === 1 ? '' : 's'})`);
};

baseEG.slots.repr = (eg: Ref): Ref => {
  const args = I32[eg + ExcObj.Args];
  const parts: string[] = [];
  for (let i = 0; i < tupleLen(args); i++) parts.push(reprJs(tupleItem(args, i)));
  return newStr(`${typeNameOf(typeOf(eg))}(${parts.join(', ')})`);
};

// a __new__ of its own, so construction goes through slots.new and subclasses can call super().__new__
builtinNewMethod(baseEG, () => T.BaseExceptionGroup);
method(baseEG, '__str__', (self) => baseEG.slots.str!(self));
method(baseEG, '__repr__', (self) => baseEG.slots.repr!(self));
getset(baseEG, 'message', (eg) => newref(egMessage(eg)));
getset(baseEG, 'exceptions', (eg) => newref(egExceptions(eg)));

/** A test for split/subgroup: an exception type, a tuple of them, or a predicate. */
function matcher(cond: Ref): (e: Ref) => boolean {
  if (isType(cond) && isSubtype(cond, T.BaseException)) return (e) => isInstanceOfType(e, cond);
  if (isTuple(cond)) {
    const types: Ref[] = [];
    for (let i = 0; i < tupleLen(cond); i++) {
      const t = tupleItem(cond, i);
      if (!isType(t) || !isSubtype(t, T.BaseException)) throw badCond();
      types.push(t);
    }
    return (e) => types.some((t) => isInstanceOfType(e, t));
  }
  if (isCallable(cond)) {
    return (e) => {
      const r = call(cond, [e], null);
      const { isTrue } = abstractMod;
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    };
  }
  throw badCond();
}
import * as abstractMod from './abstract';

function badCond(): PyErr {
  return raise(T.TypeError, 'expected a function, exception type or tuple of exception types');
}

/** self.derive(excs), with __traceback__, __cause__, __context__ and __notes__ copied from self. */
function deriveFrom(eg: Ref, excs: Ref[]): Ref {
  const list = listFrom(excs);
  let d: Ref;
  try {
    const { callMethod } = abstractMod;
    d = callMethod(eg, 'derive', [list]);
  } finally {
    decref(list);
  }
  for (const f of [ExcObj.Traceback, ExcObj.Cause, ExcObj.Context]) {
    const v = I32[eg + f];
    if (v !== 0) {
      const old = I32[d + f];
      I32[d + f] = newref(v);
      decref(old);
    }
  }
  const notes = I32[eg + ExcObj.Dict] !== 0 ? dictGetStr(I32[eg + ExcObj.Dict], intern('__notes__')) : 0;
  if (notes !== 0) dictSetItem(excDict(d), intern('__notes__'), notes);
  return d;
}

/** Split recursively: [match, rest] as new references (S.None when empty). */
function splitGroup(eg: Ref, test: (e: Ref) => boolean, wantRest: boolean): [Ref, Ref] {
  if (test(eg)) return [newref(eg), S.None];
  const excs = egExceptions(eg);
  const matched: Ref[] = [];
  const rest: Ref[] = [];
  try {
    for (let i = 0; i < tupleLen(excs); i++) {
      const e = tupleItem(excs, i);
      if (isInstanceOfType(e, T.BaseExceptionGroup)) {
        const [m, r] = splitGroup(e, test, wantRest);
        if (m !== S.None) matched.push(m);
        if (r !== S.None) rest.push(r);
      } else if (test(e)) {
        matched.push(newref(e));
      } else if (wantRest) {
        rest.push(newref(e));
      }
    }
    const m = matched.length === 0 ? S.None : deriveFrom(eg, matched);
    const r = !wantRest || rest.length === 0 ? S.None : deriveFrom(eg, rest);
    return [m, r];
  } finally {
    for (const x of matched) decref(x);
    for (const x of rest) decref(x);
  }
}

method(baseEG, 'split', (self, args) => {
  const [m, r] = splitGroup(self, matcher(args[0]), true);
  return tupleSteal([m, r]);
});
method(baseEG, 'subgroup', (self, args) => splitGroup(self, matcher(args[0]), false)[0]);
method(baseEG, 'derive', (self, args) => call(T.BaseExceptionGroup, [egMessage(self), args[0]], null));
method(baseEG, '__class_getitem__', (self) => newref(self));

export { incref, tupleSteal, setAttr };
