// Generators, coroutines and async generators. The suspended frame lives inside the generator object; resuming
// it runs that frame as the entry of a nested eval loop (which returns at the next yield).

import { I32 } from '../heap/heap';
import { CodeFlag, Frame, FrameOwner, FunctionObj, GenObj, GenState, Layout, CellObj, Obj, IterObj } from '../heap/layout';
import { IterRefs } from '../objects/iterators';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T, typeOf, clearers, traversers } from '../objects/core';
import { codeInfo, CodeInfo } from '../objects/code';
import { defineType, method, getset } from '../objects/typespec';
import {
  call, callMethod, getAttrOrNull, getIter, isInstanceOfType, iterNext, N, typeNameOfObj,
} from '../objects/abstract';
import { intern, newStr, strValue } from '../objects/str';
import { isType, isSubtype, lookupType } from '../objects/type';
import { newException, isExceptionInstance, isExceptionType } from '../objects/exceptions';
import { ts } from './thread_state';
import { findHandler, runFrame } from './eval';
import { bindArgs, clearFrame, initCells, initFrameHeader, stackBase } from './frames';
import { vmHooks } from './hooks';
import { newInt } from '../objects/int';
import { specTypeRef } from '../objects/spec_refs';

function genSlots(kind: string) {
  return {
    repr(g: Ref) {
      return newStr(`<${kind} object ${strValue(I32[g + GenObj.QualName])} at 0x${(g * 4).toString(16)}>`);
    },
  };
}

export const generatorSpec = defineType({
  name: 'generator', key: 'generator', layout: Layout.Generator, basicWords: GenObj.FrameStart, flags: 0,
  slots: {
    ...genSlots('generator'),
    iter: (g) => newref(g),
    next: (g) => {
      const r = resume(g, S.None, 0);
      if (lastReturned) {
        decref(r);
        return 0;
      }
      return r;
    },
  },
});

export const coroutineSpec = defineType({
  name: 'coroutine', key: 'coroutine', layout: Layout.Coroutine, basicWords: GenObj.FrameStart, flags: 0,
  slots: genSlots('coroutine'),
});

export const asyncGeneratorSpec = defineType({
  name: 'async_generator', key: 'async_generator', layout: Layout.AsyncGenerator, basicWords: GenObj.FrameStart,
  flags: 0, slots: genSlots('async_generator'),
});

/** Set after resume(): true when the frame returned (the result is the return value). */
let lastReturned = false;

/** Create the generator/coroutine object for a call of a generator function, arguments bound. */
export function makeGenerator(f: Ref, info: CodeInfo, args: Ref[], kwnames: string[] | null): Ref {
  const type = info.flags & CodeFlag.Coroutine ? T.coroutine : info.flags & CodeFlag.AsyncGenerator ? T.async_generator : T.generator;
  const g = allocObject(type, GenObj.FrameStart + info.frameWords);
  const fp = g + GenObj.FrameStart;
  I32[g + GenObj.Frame] = fp;
  I32[g + GenObj.State] = GenState.Created;
  I32[g + GenObj.Name] = newref(I32[f + FunctionObj.Name]);
  I32[g + GenObj.QualName] = newref(I32[f + FunctionObj.QualName]);
  I32[g + GenObj.Code] = newref(info.ref);
  initFrameHeader(fp, info, f, I32[f + FunctionObj.Globals], I32[f + FunctionObj.Builtins], 0, FrameOwner.Generator);
  try {
    bindArgs(fp, info, f, args, 0, args.length, kwnames);
    if (info.ncells + info.nfree > 0) initCells(fp, info, f);
  } catch (e) {
    clearFrame(fp, info, stackBase(fp, info));
    I32[g + GenObj.State] = GenState.Closed;
    decref(g);
    throw e;
  }
  return g;
}

function isGenLike(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.generator || t === T.coroutine || t === T.async_generator;
}

function kindName(g: Ref): string {
  const t = typeOf(g);
  return t === T.coroutine ? 'coroutine' : t === T.async_generator ? 'async generator' : 'generator';
}

/**
 * Resume a generator: with `value` sent in, or with `exc` (a new reference) thrown in when exc !== 0.
 * Returns the yielded value, or — with lastReturned set — the return value.
 */
export function resume(g: Ref, value: Ref, exc: Ref): Ref {
  const state = I32[g + GenObj.State];
  const fp = g + GenObj.FrameStart;
  lastReturned = false;
  if (state === GenState.Running) {
    decref(exc);
    throw raise(T.ValueError, `${kindName(g)} already executing`);
  }
  if (state === GenState.Closed) {
    if (exc !== 0) throw new PyErr(exc);
    if (typeOf(g) === T.coroutine) throw raise(T.RuntimeError, 'cannot reuse already awaited coroutine');
    lastReturned = true;
    return S.None;
  }
  const info = codeInfo(I32[fp + Frame.Code]);
  if (state === GenState.Created) {
    if (exc !== 0) {
      // throwing into a generator that never started: it is closed and the exception propagates
      closeFrame(g, info);
      throw new PyErr(exc);
    }
    if (value !== S.None) {
      throw raise(T.TypeError, `can't send non-None value to a just-started ${kindName(g)}`);
    }
  } else if (exc === 0) {
    // the value becomes the result of the yield expression
    const sp = stackBase(fp, info) + I32[fp + Frame.Sp];
    incref(value);
    I32[sp] = value;
    I32[fp + Frame.Sp]++;
  }
  const t = ts;
  t.enterCall();
  I32[fp + Frame.Back] = t.frame;
  I32[g + GenObj.State] = GenState.Running;
  // the reference setYieldFrom took is dropped while running (SEND sets it again when it suspends)
  const yf = I32[g + GenObj.YieldFrom];
  I32[g + GenObj.YieldFrom] = 0;
  decref(yf);
  // the generator has its own "exception being handled"
  const outerExc = t.excInfo;
  t.excInfo = I32[g + GenObj.ExcState];
  I32[g + GenObj.ExcState] = 0;
  if (exc !== 0) vmHooks.pendingThrow = exc;
  let r: Ref;
  try {
    r = runFrame(t, fp);
  } catch (e) {
    t.depth--;
    decref(t.excInfo);
    t.excInfo = outerExc;
    closeFrame(g, info);
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration) && typeOf(g) !== T.async_generator) {
      const re = raise(T.RuntimeError, `${kindName(g)} raised StopIteration`);
      setCause(re.exc, e.exc);
      throw re;
    }
    if (e instanceof PyErr && typeOf(g) === T.async_generator &&
      (isInstanceOfType(e.exc, T.StopAsyncIteration) || isInstanceOfType(e.exc, T.StopIteration))) {
      const re = raise(T.RuntimeError, isInstanceOfType(e.exc, T.StopIteration) ? 'async generator raised StopIteration' : 'async generator raised StopAsyncIteration');
      setCause(re.exc, e.exc);
      throw re;
    }
    throw e;
  }
  t.depth--;
  I32[fp + Frame.Back] = 0;
  if (t.yielded) {
    t.yielded = false;
    I32[g + GenObj.ExcState] = t.excInfo;
    t.excInfo = outerExc;
    I32[g + GenObj.State] = GenState.Suspended;
    lastReturned = false; // (a generator that ran inside this one may have set it)
    return r;
  }
  decref(t.excInfo);
  t.excInfo = outerExc;
  closeFrame(g, info);
  lastReturned = true;
  return r;
}

import { ExcObj } from '../heap/layout';
function setCause(e: Ref, cause: Ref): void {
  I32[e + ExcObj.Cause] = cause; // steals
  I32[e + ExcObj.SuppressContext] = 1;
  incref(cause);
  I32[e + ExcObj.Context] = cause;
}

function closeFrame(g: Ref, info: CodeInfo): void {
  const fp = g + GenObj.FrameStart;
  if (I32[g + GenObj.State] === GenState.Closed && I32[fp + Frame.Code] === 0) return;
  if (I32[fp + Frame.Code] !== 0) clearFrame(fp, info, stackBase(fp, info) + I32[fp + Frame.Sp]);
  I32[g + GenObj.State] = GenState.Closed;
  const yf = I32[g + GenObj.YieldFrom];
  I32[g + GenObj.YieldFrom] = 0;
  decref(yf);
}

/** Python-level send(): returned values become StopIteration(value). */
function sendPy(g: Ref, value: Ref): Ref {
  const r = resume(g, value, 0);
  if (lastReturned) throw stopIteration(g, r);
  return r;
}

function stopIteration(g: Ref, r: Ref): PyErr {
  if (typeOf(g) === T.async_generator) {
    decref(r);
    return raise(T.StopAsyncIteration);
  }
  const e = r === S.None ? newException(T.StopIteration, []) : newException(T.StopIteration, [r]);
  decref(r);
  return new PyErr(e);
}

/** Normalize throw(type[, value[, tb]]) arguments to an exception instance (new reference). */
function makeThrown(args: Ref[]): Ref {
  if (args.length === 0) throw raise(T.TypeError, 'throw expected at least 1 argument, got 0');
  const typ = args[0];
  const val = args.length > 1 ? args[1] : S.None;
  if (isType(typ) && isExceptionType(typ)) {
    if (isExceptionInstance(val)) return newref(val);
    return call(typ, val === S.None ? [] : [val], null);
  }
  if (isExceptionInstance(typ)) {
    if (val !== S.None) throw raise(T.TypeError, 'instance exception may not have a separate value');
    return newref(typ);
  }
  throw raise(T.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeNameOfObj(typ)}`);
}

/** throw() with delegation to a sub-iterator we are yielding from. */
export function throwInto(g: Ref, exc: Ref): Ref {
  const yf = I32[g + GenObj.YieldFrom];
  if (yf !== 0 && I32[g + GenObj.State] === GenState.Suspended) {
    incref(yf);
    try {
      if (isInstanceOfType(exc, T.GeneratorExit)) {
        closeSub(yf);
      } else {
        I32[g + GenObj.State] = GenState.Running;
        let r: Ref;
        try {
          if (isGenLike(yf)) {
            r = throwInto(yf, exc);
            if (lastReturned) {
              // the sub-generator finished: deliver its value through StopIteration to CLEANUP_THROW
              exc = newException(T.StopIteration, r === S.None ? [] : [r]);
              decref(r);
              throw new PyErr(exc);
            }
          } else {
            const th = getAttrOrNull(yf, N.throw);
            if (th === 0) throw new PyErr(exc);
            try {
              r = call(th, [exc], null);
            } finally {
              decref(th);
              decref(exc);
            }
          }
          I32[g + GenObj.State] = GenState.Suspended;
          lastReturned = false;
          return r;
        } catch (e) {
          I32[g + GenObj.State] = GenState.Suspended;
          if (!(e instanceof PyErr)) throw e;
          exc = e.exc;
        }
      }
    } finally {
      decref(yf);
    }
  }
  return resume(g, S.None, exc);
}

function closeSub(yf: Ref): void {
  if (isGenLike(yf)) {
    genClose(yf);
    return;
  }
  const cl = getAttrOrNull(yf, N.close);
  if (cl !== 0) {
    try {
      decref(call(cl, [], null));
    } finally {
      decref(cl);
    }
  }
}

/**
 * Whether closing the suspended generator g would only let GeneratorExit out again: no handler (try, with)
 * covers the yield where it waits, it delegates to no sub-iterator, and no trace function would see the
 * exception. Its frame is then just cleared, without a GeneratorExit thrown through it.
 */
function closesQuietly(g: Ref): boolean {
  if (I32[g + GenObj.State] !== GenState.Suspended || I32[g + GenObj.YieldFrom] !== 0 || ts.tracing !== 0) return false;
  const fp = g + GenObj.FrameStart;
  return findHandler(codeInfo(I32[fp + Frame.Code]), I32[fp + Frame.Ip] - 1) < 0;
}

export function genClose(g: Ref): void {
  const state = I32[g + GenObj.State];
  if (state === GenState.Closed) return;
  if (state === GenState.Created) {
    closeFrame(g, codeInfo(I32[g + GenObj.FrameStart + Frame.Code]));
    return;
  }
  if (closesQuietly(g)) {
    closeFrame(g, codeInfo(I32[g + GenObj.FrameStart + Frame.Code]));
    return;
  }
  let r: Ref;
  try {
    r = throwInto(g, newException(T.GeneratorExit, []));
  } catch (e) {
    if (e instanceof PyErr && (isInstanceOfType(e.exc, T.GeneratorExit) || isInstanceOfType(e.exc, T.StopIteration))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  if (lastReturned) {
    decref(r);
    return;
  }
  decref(r);
  throw raise(T.RuntimeError, `${kindName(g)} ignored GeneratorExit`);
}

for (const spec of [generatorSpec, coroutineSpec]) {
  method(spec, 'send', (self, args) => sendPy(self, args[0]));
  method(spec, 'throw', (self, args) => {
    const r = throwInto(self, makeThrown(args));
    if (lastReturned) throw stopIteration(self, r);
    return r;
  });
  method(spec, 'close', (self) => {
    genClose(self);
    return S.None;
  });
  const prefix = spec === generatorSpec ? 'gi' : 'cr';
  getset(spec, '__name__', (g) => newref(I32[g + GenObj.Name]));
  getset(spec, '__qualname__', (g) => newref(I32[g + GenObj.QualName]));
  getset(spec, `${prefix}_running`, (g) => (I32[g + GenObj.State] === GenState.Running ? S.True : S.False));
  getset(spec, `${prefix}_code`, (g) => newref(I32[g + GenObj.Code]));
  getset(spec, `${prefix}_frame`, (g) => (I32[g + GenObj.State] === GenState.Closed ? S.None : vmHooks.frameObjectFor(g + GenObj.FrameStart)));
  getset(spec, spec === generatorSpec ? 'gi_yieldfrom' : 'cr_await', (g) => newref(I32[g + GenObj.YieldFrom] || S.None));
  getset(spec, `${prefix}_suspended`, (g) => (I32[g + GenObj.State] === GenState.Suspended ? S.True : S.False));
}
method(generatorSpec, '__iter__', (self) => newref(self));
method(generatorSpec, '__next__', (self) => sendPy(self, S.None));
method(coroutineSpec, '__await__', (self) => newref(self));
coroutineSpec.slots.iter = undefined;
// driving a coroutine by hand uses send(); the await machinery uses the same resume()

// ---- the eval loop's hooks for yield from / await ------------------------------------------------------------

vmHooks.yieldFromIter = (v, codeFlags) => {
  const t = typeOf(v);
  if (t === T.coroutine) {
    if (!(codeFlags & (CodeFlag.Coroutine | CodeFlag.IterableCoroutine))) {
      throw raise(T.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return newref(v);
  }
  if (t === T.generator) return newref(v);
  return getIter(v);
};

vmHooks.send = (it, v) => {
  if (isGenLike(it) && typeOf(it) !== T.async_generator) {
    const r = resume(it, v, 0);
    if (lastReturned) vmHooks.sendReturned = true;
    return r;
  }
  if (v === S.None && typeOf(it) !== T.async_generator) {
    try {
      const r = iterNextWithValue(it);
      return r;
    } catch (e) {
      throw e;
    }
  }
  try {
    return callMethod(it, 'send', [v]);
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration)) {
      const val = getAttrOrNull(e.exc, intern('value'));
      decref(e.exc);
      vmHooks.sendReturned = true;
      return val === 0 ? S.None : val;
    }
    throw e;
  }
};

/** next(it) keeping StopIteration's value (for yield from over plain iterators). */
function iterNextWithValue(it: Ref): Ref {
  const tt = typeOf(it);
  const nextFn = lookupType(tt, N.__next__);
  if (nextFn === 0) {
    const r = iterNext(it);
    if (r === 0) {
      vmHooks.sendReturned = true;
      return S.None;
    }
    return r;
  }
  try {
    return callMethod(it, '__next__', []);
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration)) {
      const val = getAttrOrNull(e.exc, intern('value'));
      decref(e.exc);
      vmHooks.sendReturned = true;
      return val === 0 ? S.None : val;
    }
    throw e;
  }
}

vmHooks.setYieldFrom = (fp, it) => {
  if (I32[fp + Frame.Owner] !== FrameOwner.Generator) return;
  const g = fp - GenObj.FrameStart;
  const old = I32[g + GenObj.YieldFrom];
  incref(it);
  I32[g + GenObj.YieldFrom] = it;
  decref(old);
};

vmHooks.getAwaitable = (v, where) => {
  const t = typeOf(v);
  if (t === T.coroutine) {
    if (I32[v + GenObj.State] === GenState.Running || I32[v + GenObj.YieldFrom] !== 0 && I32[v + GenObj.State] === GenState.Suspended && false) {
      throw raise(T.RuntimeError, 'coroutine is being awaited already');
    }
    return newref(v);
  }
  if (t === T.generator && (codeInfo(I32[v + GenObj.Code]).flags & CodeFlag.IterableCoroutine)) return newref(v);
  const aw = lookupType(t, N.__await__);
  if (aw === 0) {
    const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
      : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : '';
    if (what) throw raise(T.TypeError, `${what}${typeNameOfObj(v)}`);
    throw raise(T.TypeError, `object ${typeNameOfObj(v)} can't be used in 'await' expression`);
  }
  const r = callMethod(v, '__await__', []);
  if (typeOf(r) === T.coroutine) {
    decref(r);
    throw raise(T.TypeError, '__await__() returned a coroutine');
  }
  const { isIterator } = abstractMod;
  if (!isIterator(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `__await__() returned non-iterator of type '${tn}'`);
  }
  return r;
};
import * as abstractMod from '../objects/abstract';

vmHooks.getAiter = (v) => {
  const f = lookupType(typeOf(v), N.__aiter__);
  if (f === 0) throw raise(T.TypeError, `'async for' requires an object with __aiter__ method, got ${typeNameOfObj(v)}`);
  return callMethod(v, '__aiter__', []);
};

vmHooks.getAnext = (ai) => {
  const f = lookupType(typeOf(ai), N.__anext__);
  if (f === 0) throw raise(T.TypeError, `'async for' requires an iterator with __anext__ method, got ${typeNameOfObj(ai)}`);
  const r = callMethod(ai, '__anext__', []);
  try {
    return vmHooks.getAwaitable(r, 0);
  } finally {
    decref(r);
  }
};

// ---- async generators -------------------------------------------------------------------------------------

/** The value an async generator yields is wrapped, so its asend awaitable can tell it from inner awaits. */
export const asyncGenWrappedSpec = defineType({
  name: 'async_generator_wrapped_value', layout: Layout.Cells, basicWords: CellObj.Size,
});

vmHooks.asyncGenWrap = (v) => {
  const w = allocObject(specTypeRef('async_generator_wrapped_value'), CellObj.Size);
  incref(v);
  I32[w + CellObj.Contents] = v;
  return w;
};

/** Unwrap: returns the value (new ref) if r is a wrapped value (consuming r), else 0. */
function unwrap(r: Ref): Ref {
  if ((r & 1) === 0 && typeOf(r) === specTypeRef('async_generator_wrapped_value')) {
    const v = I32[r + CellObj.Contents];
    incref(v);
    decref(r);
    return v;
  }
  return 0;
}

/**
 * The awaitables of an async generator: asend()/__anext__(), athrow() and aclose(). The iterator layout, so
 * the iterator clearer releases the counted words (IterRefs.Index and IterRefs.Extra in Kind).
 */
const enum Asend {
  Flags = IterObj.Kind, // IterRefs bits: which words below are counted references
  Gen = IterObj.Source, // the async generator
  Value = IterObj.Index, // the value to send first
  Throw = IterObj.Extra, // the exception to throw first (athrow, aclose), 0 once thrown
  State = IterObj.Extra2, // AsendState bits (not a reference)
  Size = IterObj.Size,
}

const enum AsendState {
  Started = 1,
  Athrow = 2, // athrow(): the generator's next yield is the result
  Aclose = 4, // aclose(): the generator must finish; a yield is an error
}

const asendSpec = defineType({
  name: 'async_generator_asend', key: 'async_generator_asend', layout: Layout.Iterator, basicWords: Asend.Size,
  slots: {
    iter: (s) => newref(s),
    next: (s) => {
      try {
        return asendStep(s, S.None, 0);
      } catch (e) {
        if (e instanceof PyErr && isInstanceOfType(e.exc, T.StopIteration)) {
          decref(e.exc);
          return 0;
        }
        throw e;
      }
    },
  },
});

function asendStep(s: Ref, value: Ref, exc: Ref): Ref {
  const g = I32[s + Asend.Gen];
  const state = I32[s + Asend.State];
  const closing = (state & AsendState.Aclose) !== 0;
  if (!(state & AsendState.Started)) {
    I32[s + Asend.State] = state | AsendState.Started;
    if (I32[s + Asend.Throw] !== 0) {
      if (exc !== 0) decref(exc);
      exc = I32[s + Asend.Throw];
      I32[s + Asend.Throw] = 0;
      if (I32[g + GenObj.State] === GenState.Closed) {
        // nothing left to throw into
        decref(exc);
        throw new PyErr(newException(T.StopIteration, []));
      }
    } else if (value === S.None) value = I32[s + Asend.Value];
  }
  let r: Ref;
  try {
    r = exc !== 0 ? throwInto(g, exc) : resume(g, value, 0);
  } catch (e) {
    // aclose(): the generator ended by letting GeneratorExit (or StopAsyncIteration) out, as it should
    if (closing && e instanceof PyErr && (isInstanceOfType(e.exc, T.GeneratorExit) || isInstanceOfType(e.exc, T.StopAsyncIteration))) {
      decref(e.exc);
      throw new PyErr(newException(T.StopIteration, []));
    }
    throw e;
  }
  if (lastReturned) {
    decref(r);
    if (closing) throw new PyErr(newException(T.StopIteration, []));
    throw raise(T.StopAsyncIteration);
  }
  const v = unwrap(r);
  if (v !== 0) {
    if (closing) {
      decref(v);
      throw raise(T.RuntimeError, 'async generator ignored GeneratorExit');
    }
    // the async generator yielded a value: this awaitable is done
    const e = newException(T.StopIteration, [v]);
    decref(v);
    throw new PyErr(e);
  }
  return r; // an inner await's value passes through to the event loop
}

/** A new awaitable over g; `exc` (stolen) is thrown in first, `mode` is 0, Athrow or Aclose. */
function newAsend(g: Ref, value: Ref, exc: Ref, mode = 0): Ref {
  const s = allocObject(T.async_generator_asend, Asend.Size);
  I32[s + Asend.Flags] = IterRefs.Tag | IterRefs.Index | IterRefs.Extra;
  incref(g);
  I32[s + Asend.Gen] = g;
  incref(value);
  I32[s + Asend.Value] = value;
  I32[s + Asend.Throw] = exc;
  I32[s + Asend.State] = mode;
  return s;
}

method(asendSpec, 'send', (self, args) => asendStep(self, args[0], 0));
method(asendSpec, 'throw', (self, args) => asendStep(self, S.None, makeThrown(args)));
method(asendSpec, 'close', () => S.None);
method(asendSpec, '__next__', (self) => asendStep(self, S.None, 0));
method(asendSpec, '__iter__', (self) => newref(self));
method(asendSpec, '__await__', (self) => newref(self));

method(asyncGeneratorSpec, '__aiter__', (self) => newref(self));
method(asyncGeneratorSpec, '__anext__', (self) => newAsend(self, S.None, 0));
method(asyncGeneratorSpec, 'asend', (self, args) => newAsend(self, args[0], 0));
method(asyncGeneratorSpec, 'athrow', (self, args) => newAsend(self, S.None, makeThrown(args), AsendState.Athrow));
method(asyncGeneratorSpec, 'aclose', (self) => newAsend(self, S.None, newException(T.GeneratorExit, []), AsendState.Aclose));
getset(asyncGeneratorSpec, '__name__', (g) => newref(I32[g + GenObj.Name]));
getset(asyncGeneratorSpec, '__qualname__', (g) => newref(I32[g + GenObj.QualName]));
getset(asyncGeneratorSpec, 'ag_running', (g) => (I32[g + GenObj.State] === GenState.Running ? S.True : S.False));
getset(asyncGeneratorSpec, 'ag_code', (g) => newref(I32[g + GenObj.Code]));

// ---- freeing --------------------------------------------------------------------------------------------

function clearGen(g: Ref): void {
  const fp = g + GenObj.FrameStart;
  if (I32[g + GenObj.State] === GenState.Suspended && I32[fp + Frame.Code] !== 0) {
    // a suspended generator is closed when it dies, so its finally blocks run
    incref(g);
    I32[g] = 1;
    try {
      genClose(g);
    } catch (e) {
      if (e instanceof PyErr) vmHooks.unraisable(e.exc, `Exception ignored in: ${strValue(I32[g + GenObj.QualName])}`);
      else throw e;
    }
    I32[g] = 0;
  }
  if (I32[fp + Frame.Code] !== 0) clearFrame(fp, codeInfo(I32[fp + Frame.Code]), stackBase(fp, codeInfo(I32[fp + Frame.Code])) + I32[fp + Frame.Sp]);
  decref(I32[g + GenObj.Name]);
  decref(I32[g + GenObj.QualName]);
  decref(I32[g + GenObj.Code]);
  decref(I32[g + GenObj.YieldFrom]);
  decref(I32[g + GenObj.ExcState]);
}
clearers[Layout.Generator] = clearGen;
clearers[Layout.Coroutine] = clearGen;
clearers[Layout.AsyncGenerator] = clearGen;

/** A generator's references: its fields and everything its suspended frame holds. */
function traverseGen(g: Ref, visit: (c: Ref) => void): void {
  for (const f of [GenObj.Name, GenObj.QualName, GenObj.Code, GenObj.YieldFrom, GenObj.ExcState]) {
    if (I32[g + f] !== 0) visit(I32[g + f]);
  }
  const fp = g + GenObj.FrameStart;
  const code = I32[fp + Frame.Code];
  if (code === 0) return;
  for (const f of [Frame.Code, Frame.Func, Frame.Globals, Frame.Builtins, Frame.Locals, Frame.ExcInfo, Frame.FrameObject]) {
    if (I32[fp + f] !== 0) visit(I32[fp + f]);
  }
  const info = codeInfo(code);
  const end = stackBase(fp, info) + I32[fp + Frame.Sp];
  for (let p = fp + Frame.LocalsPlus; p < end; p++) if (I32[p] !== 0) visit(I32[p]);
}
traversers[Layout.Generator] = traverseGen;
traversers[Layout.Coroutine] = traverseGen;
traversers[Layout.AsyncGenerator] = traverseGen;

export { newInt, isSubtype };
