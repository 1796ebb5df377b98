// The _thread module: starting threads, and the two lock types everything in threading.py is built on.
//
// start_new_thread() writes a thread record (ThreadRec) into the heap and asks the supervisor to run it on
// a carrier worker (src/threads/carrier.ts). Locks are futex words (src/threads/locks.ts); acquire() may
// park a thread that waits long (src/threads/park.ts), so it is declared parkable. lib/threading.py adds
// Thread, Condition, Event … on top, in Python, as CPython does.

import { becomeConcurrent, ftConcurrent } from '../gil/ft';
import { parentPort } from 'node:worker_threads';
import { pushJob, RunJob } from '../threads/run_queue';
import { I32 } from '../heap/heap';
import { allocRaw } from '../heap/alloc';
import { Block, EvalBreakerBit, HeapHeader, Layout, LockObj, ParkKind, ThreadRec, ThreadsWord } from '../heap/layout';
import { allocObject, decref, newref, raise, Ref, S, T } from '../objects/core';
import { defineType, method, staticMethod } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { argSpec, checkNewType, parseArgs, noArgs } from '../objects/args';
import { isCallable, isTrue } from '../objects/abstract';
import { isTuple, tupleFrom, tupleItem, tupleLen } from '../objects/tuple';
import { isDict } from '../objects/dict';
import { listAppend, newList } from '../objects/list';
import { newFloat, toDouble } from '../objects/float';
import { index } from '../objects/abstract';
import { intToSafe, isInt, newInt } from '../objects/int';
import { isStr, newStr, strValue } from '../objects/str';
import { observing, setThreadName } from '../trace/recorder';
import { setModuleAttr } from '../objects/module';
import { ts } from '../vm/thread_state';
import { defineModule } from './registry';
import { absNow, markParkable, parkCompleters, takeParkWindow } from '../threads/park';
import { acquireLock, isLocked, tryLock, unlock } from '../threads/locks';
import { signalDispatch } from '../vm/signals';
import { fromPyIdent, pyIdent } from '../threads/idents';

const MODULE = '_thread';

/** CPython's limit on Linux: the largest timeout a lock wait accepts, in seconds */
const TIMEOUT_MAX = 9223372036.0;

// ---- lock --------------------------------------------------------------------------------------------------

export const lockSpec = defineType({
  name: 'lock', layout: Layout.Lock, basicWords: LockObj.Size, module: MODULE,
  slots: {
    repr(self) {
      return newStr(`<${isLocked(self) ? 'locked' : 'unlocked'} _thread.lock object at 0x${(self * 4).toString(16)}>`);
    },
  },
});

// locks come from allocate_lock(); RLock() makes one
staticMethod(lockSpec, '__new__', () => {
  throw raise(T.TypeError, "cannot create '_thread.lock' instances");
});

export function newLock(): Ref {
  return allocObject(specTypeRef('lock'), LockObj.Size);
}

const acquireArgs = argSpec('acquire', ['blocking', 'timeout'], { posOnly: 0 });

/** acquire(blocking=True, timeout=-1) → the absolute deadline, or null for a non-blocking try. */
function acquireDeadline(args: Ref[], kwnames: string[] | null): number | null {
  const [blockingArg, timeoutArg] = parseArgs(acquireArgs, args, kwnames);
  const blocking = blockingArg === 0 ? true : isTrue(blockingArg);
  const timeout = timeoutArg === 0 ? -1 : toDouble(timeoutArg);
  if (!blocking && timeout !== -1) throw raise(T.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw raise(T.ValueError, 'timeout value must be positive');
  if (timeout > TIMEOUT_MAX) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  if (!blocking) return null;
  return timeout === -1 ? Infinity : absNow() + timeout * 1000;
}

function lockAcquire(self: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const canPark = takeParkWindow(ts);
  const deadline = acquireDeadline(args, kwnames);
  const ok = deadline === null ? tryLock(self) : acquireLock(self, deadline, canPark);
  return ok ? S.True : S.False;
}

function lockRelease(self: Ref): Ref {
  if (!unlock(self)) throw raise(T.RuntimeError, 'release unlocked lock');
  return S.None;
}

for (const name of ['acquire', 'acquire_lock']) {
  method(lockSpec, name, lockAcquire);
  markParkable(lockSpec.methods[lockSpec.methods.length - 1].native);
}
method(lockSpec, '__enter__', (self) => (acquireLock(self, Infinity, false) ? S.True : S.False));
for (const name of ['release', 'release_lock']) method(lockSpec, name, (self, args, kw) => (noArgs(name, args, kw), lockRelease(self)));
method(lockSpec, '__exit__', (self) => lockRelease(self));
for (const name of ['locked', 'locked_lock']) method(lockSpec, name, (self) => (isLocked(self) ? S.True : S.False));
method(lockSpec, '_at_fork_reinit', (self) => {
  Atomics.store(I32, self + LockObj.State, 0);
  return S.None;
});

// ---- RLock -------------------------------------------------------------------------------------------------

export const rlockSpec = defineType({
  name: 'RLock', layout: Layout.Lock, basicWords: LockObj.Size, module: MODULE,
  slots: {
    repr(self) {
      const owner = I32[self + LockObj.Owner];
      return newStr(`<${isLocked(self) ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner === 0 ? 0 : pyIdent(owner)} count=${I32[self + LockObj.Count]} at 0x${(self * 4).toString(16)}>`);
    },
  },
});

staticMethod(rlockSpec, '__new__', (_self, args) => allocObject(checkNewType('RLock', specTypeRef('RLock'), args), LockObj.Size));

function rlockAcquireUntil(self: Ref, deadline: number | null, canPark: boolean): boolean {
  const me = ts.ident;
  if (I32[self + LockObj.Owner] === me) {
    if (I32[self + LockObj.Count] === 0x7fffffff) throw raise(T.OverflowError, 'Internal lock count overflowed');
    I32[self + LockObj.Count]++;
    return true;
  }
  const ok = deadline === null ? tryLock(self) : acquireLock(self, deadline, canPark, ParkKind.RLock);
  if (ok) {
    I32[self + LockObj.Owner] = me;
    I32[self + LockObj.Count] = 1;
  }
  return ok;
}

parkCompleters[ParkKind.RLock] = (req) => (rlockAcquireUntil(req.obj, req.deadline, true) ? S.True : S.False);

function rlockAcquire(self: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const canPark = takeParkWindow(ts);
  return rlockAcquireUntil(self, acquireDeadline(args, kwnames), canPark) ? S.True : S.False;
}

function rlockRelease(self: Ref): Ref {
  if (I32[self + LockObj.Owner] !== ts.ident || I32[self + LockObj.Count] === 0) {
    throw raise(T.RuntimeError, 'cannot release un-acquired lock');
  }
  if (--I32[self + LockObj.Count] === 0) {
    I32[self + LockObj.Owner] = 0;
    unlock(self);
  }
  return S.None;
}

method(rlockSpec, 'acquire', rlockAcquire);
markParkable(rlockSpec.methods[rlockSpec.methods.length - 1].native);
method(rlockSpec, '__enter__', (self) => (rlockAcquireUntil(self, Infinity, false) ? S.True : S.False));
method(rlockSpec, 'release', (self, args, kw) => (noArgs('release', args, kw), rlockRelease(self)));
method(rlockSpec, '__exit__', (self) => rlockRelease(self));
method(rlockSpec, '_is_owned', (self) => (I32[self + LockObj.Owner] === ts.ident && I32[self + LockObj.Count] > 0 ? S.True : S.False));
method(rlockSpec, '_recursion_count', (self) => newInt(I32[self + LockObj.Owner] === ts.ident ? I32[self + LockObj.Count] : 0));
// Condition.wait() on an RLock: give it up entirely, then take it back with the same count
method(rlockSpec, '_release_save', (self) => {
  const count = I32[self + LockObj.Count];
  if (count === 0) throw raise(T.RuntimeError, 'cannot release un-acquired lock');
  const owner = I32[self + LockObj.Owner];
  I32[self + LockObj.Count] = 0;
  I32[self + LockObj.Owner] = 0;
  unlock(self);
  const c = newInt(count);
  const o = newInt(pyIdent(owner));
  const r = tupleFrom([c, o]);
  decref(c);
  decref(o);
  return r;
});
method(rlockSpec, '_acquire_restore', (self, args) => {
  const state = args[0];
  if (!isTuple(state) || tupleLen(state) !== 2) throw raise(T.TypeError, '_acquire_restore() argument must be a tuple of 2 ints');
  acquireLock(self, Infinity, false);
  I32[self + LockObj.Count] = intToSafe(tupleItem(state, 0)) ?? 1;
  const owner = fromPyIdent(intToSafe(tupleItem(state, 1)) ?? -1);
  I32[self + LockObj.Owner] = owner > 0 ? owner : ts.ident;
  return S.None;
});
method(rlockSpec, '_at_fork_reinit', (self) => {
  Atomics.store(I32, self + LockObj.State, 0);
  I32[self + LockObj.Owner] = 0;
  I32[self + LockObj.Count] = 0;
  return S.None;
});

// ---- starting threads --------------------------------------------------------------------------------------

function startNewThread(_m: Ref, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null) throw raise(T.TypeError, 'start_new_thread() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) {
    throw raise(T.TypeError, `start_new_thread expected at least 2 arguments, got ${args.length}`);
  }
  const [func, targs] = args;
  const kwargs = args.length > 2 ? args[2] : 0;
  if (!isCallable(func)) throw raise(T.TypeError, 'first arg must be callable');
  if (!isTuple(targs)) throw raise(T.TypeError, '2nd arg must be a tuple');
  if (kwargs !== 0 && !isDict(kwargs)) throw raise(T.TypeError, 'optional 3rd arg must be a dictionary');
  if (parentPort === null) throw raise(T.RuntimeError, "can't start new thread");
  const rec = allocRaw(ThreadRec.Size) + Block.RawHeaderWords;
  for (let i = 0; i < ThreadRec.Size; i++) I32[rec + i] = 0;
  const ident = Atomics.add(I32, ThreadsWord.NextIdent, 1) + 1;
  I32[rec + ThreadRec.Ident] = ident;
  I32[rec + ThreadRec.Func] = newref(func);
  I32[rec + ThreadRec.Args] = newref(targs);
  I32[rec + ThreadRec.Kwargs] = kwargs === 0 ? 0 : newref(kwargs);
  Atomics.add(I32, ThreadsWord.Count, 1);
  // free-threaded: from now on two threads may touch objects at once
  if (__GILT_FT__ && !ftConcurrent) becomeConcurrent();
  pushJob(rec, RunJob.Run);
  // the supervisor boots another carrier if none was idle to take it, and keeps spares
  parentPort.postMessage({ t: 'start' });
  return newInt(pyIdent(ident));
}

/** The main thread's _set_sentinel() locks (other threads keep theirs in their record). */
let mainSentinels: Ref = 0;

/** The list of locks released when the running thread ends. */
function threadSentinels(): Ref {
  const rec = ts.rec;
  if (rec === 0) {
    if (mainSentinels === 0) mainSentinels = newList(0);
    return mainSentinels;
  }
  if (I32[rec + ThreadRec.Sentinels] === 0) I32[rec + ThreadRec.Sentinels] = newList(0);
  return I32[rec + ThreadRec.Sentinels];
}

/** At exit: the main thread's sentinel locks are not needed any more (the heap checker counts them). */
export function releaseMainSentinels(): void {
  decref(mainSentinels);
  mainSentinels = 0;
}

const stackSizeArgs = argSpec('stack_size', ['size'], { posOnly: 1 });
let stackSize = 0;

const interruptArgs = argSpec('interrupt_main', ['signum']);

export const threadModule = defineModule(MODULE, {
  gilSafe: true, // locks are futex words; thread records are written before the thread starts
  functions: {
    start_new_thread: startNewThread,
    start_new: startNewThread,
    allocate_lock: (_m, args, kw) => (noArgs('allocate_lock', args, kw), newLock()),
    allocate: (_m, args, kw) => (noArgs('allocate', args, kw), newLock()),
    get_ident: () => newInt(pyIdent(ts.ident)),
    get_native_id: () => newInt(ts.ident === I32[HeapHeader.MainThreadId] ? process.pid : process.pid + ts.ident),
    _count: () => newInt(Atomics.load(I32, ThreadsWord.Count)),
    daemon_threads_allowed: () => S.True,
    // stack_size([size]): sets the size for new threads and returns the old one; no argument means 0
    stack_size: (_m, args, kwnames) => {
      const [size] = parseArgs(stackSizeArgs, args, kwnames);
      const old = stackSize;
      let n = 0;
      if (size !== 0) {
        const i = index(size);
        n = intToSafe(i) ?? -1;
        decref(i);
      }
      if (n < 0) throw raise(T.ValueError, 'size must be 0 or a positive value');
      if (n !== 0 && n < 32768) throw raise(T.ValueError, `size not valid: ${n} bytes`);
      stackSize = n;
      return newInt(old);
    },
    // interrupt_main(signum=SIGINT): as if the signal arrived (nothing when its handler is SIG_DFL or SIG_IGN)
    interrupt_main: (_m, args, kwnames) => {
      const [signum] = parseArgs(interruptArgs, args, kwnames);
      signalDispatch.interruptMain(signum === 0 ? newInt(2) : signum);
      return S.None;
    },
    exit: () => {
      throw raise(T.SystemExit);
    },
    exit_thread: () => {
      throw raise(T.SystemExit);
    },
    // _set_thread_name(ident, name): threading tells gilt a thread's name, for -X gilstats/giltrace only
    _set_thread_name: (_m, args) => {
      if (observing() && args.length === 2 && isInt(args[0]) && isStr(args[1])) {
        setThreadName(fromPyIdent(intToSafe(args[0]) ?? -1), strValue(args[1]));
      }
      return S.None;
    },
    // gilt: threading calls this when imported, so the first Thread.start() finds a carrier already booted
    // (a worker takes ~100-200 ms to start; see src/threads/pool.ts)
    _prepare_carrier: () => {
      if (parentPort !== null) parentPort.postMessage({ t: 'prepare' });
      return S.None;
    },
    _set_sentinel: () => {
      const lock = newLock();
      tryLock(lock);
      listAppend(threadSentinels(), lock);
      return lock;
    },
  },
  init(m) {
    setModuleAttr(m, 'LockType', specTypeRef('lock'));
    setModuleAttr(m, 'lock', specTypeRef('lock'));
    setModuleAttr(m, 'RLock', specTypeRef('RLock'));
    setModuleAttr(m, 'error', T.RuntimeError);
    const tmax = newFloat(TIMEOUT_MAX);
    setModuleAttr(m, 'TIMEOUT_MAX', tmax);
    decref(tmax);
  },
});

