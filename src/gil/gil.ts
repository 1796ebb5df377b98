// Notes about the implementation
// ------------------------------
//
// The GIL is CPython's "new GIL" (3.2+, Python/ceval_gil.c), made of words in the shared heap and the futex
// operations JavaScript has: Atomics.wait and Atomics.notify.
//
// - The GIL itself is a flag (GilWord.Locked) protected by a mutex (GilWord.Mutex), with a condition
//   variable (GilWord.Cond) that waiters sleep on.
//
// - A thread that wants the GIL and finds it taken waits on the condition variable for at most one switch
//   interval (5 ms by default, sys.setswitchinterval). If the interval passes and no switch happened in the
//   meantime (GilWord.SwitchNumber is unchanged), it sets the drop request: the GilDropRequest bit of the
//   eval breaker, and GilWord.DropRequest.
//
// - The holder polls the eval-breaker word at backward jumps and calls (src/vm/eval.ts). When it sees the
//   drop request it releases the GIL and at once asks for it again — as every other waiter does.
//
// - Forced switching: a thread that released the GIL because of a drop request then waits (on
//   GilWord.SwitchCond) until another thread has actually taken it. Without this the releasing thread, already
//   running, would usually win the GIL straight back and the waiter would starve ("convoy" behaviour of the old
//   GIL). With it, a CPU-bound thread delays another by about one switch interval.
//
// - Blocking calls (sleep, I/O, lock waits) release the GIL around the block (src/gil/blocking.ts), so other
//   threads run meanwhile; they take no forced-switch wait, since nobody asked them to drop.
//
// In GIL mode, only the holder touches the interpreter's objects, which is why reference counts and container
// operations can be plain memory accesses. Free-threaded mode (-X gil=0, src/gil/ft.ts) never takes this lock
// unless a module that needs it is imported: there takeGil and dropGil mean attaching and detaching.

/** The words of the GIL block, at fixed places of the heap header (HeapHeader 20..47). */
export const enum GilWord {
  Mutex = 20, // 0 unlocked, 1 locked, 2 locked with waiters (a futex mutex guarding the words below)
  Cond = 21, // condition variable "the GIL was released": a sequence number waiters wait on
  Locked = 22, // 1 while some thread holds the GIL
  Holder = 23, // thread ident of the last holder
  SwitchNumber = 24, // how many times the GIL changed hands (a waiter compares it to see if a switch happened)
  IntervalMicros = 25, // the switch interval, in microseconds
  DropRequest = 26, // 1 while a waiter asks the holder to drop the GIL
  SwitchCond = 27, // condition variable "someone took the GIL" (forced switching)
  Waiters = 28, // threads waiting for the GIL (statistics)
  Enabled = 29, // 1 = GIL mode, 0 = free-threaded
}

import { ftAttach, ftDetach } from './ft';

const EVAL_BREAKER = 16; // HeapHeader.EvalBreaker
const DROP_REQUEST_BIT = 1; // EvalBreakerBit.GilDropRequest

/** A futex mutex (Drepper's "mutex2"). */
function lockMutex(h: Int32Array): void {
  let c = Atomics.compareExchange(h, GilWord.Mutex, 0, 1);
  if (c === 0) return;
  if (c !== 2) c = Atomics.exchange(h, GilWord.Mutex, 2);
  while (c !== 0) {
    Atomics.wait(h, GilWord.Mutex, 2);
    c = Atomics.exchange(h, GilWord.Mutex, 2);
  }
}

function unlockMutex(h: Int32Array): void {
  if (Atomics.sub(h, GilWord.Mutex, 1) !== 1) {
    Atomics.store(h, GilWord.Mutex, 0);
    Atomics.notify(h, GilWord.Mutex, 1);
  }
}

/** Wait on a condition variable word with the mutex held; returns false on timeout. */
function condWait(h: Int32Array, cond: number, timeoutMs: number): boolean {
  const seq = Atomics.load(h, cond);
  unlockMutex(h);
  const r = Atomics.wait(h, cond, seq, timeoutMs);
  lockMutex(h);
  return r !== 'timed-out';
}

function condSignal(h: Int32Array, cond: number, all = false): void {
  Atomics.add(h, cond, 1);
  Atomics.notify(h, cond, all ? Infinity : 1);
}

export function initGil(h: Int32Array, intervalSeconds = 0.005, enabled = true): void {
  Atomics.store(h, GilWord.IntervalMicros, Math.max(1, Math.round(intervalSeconds * 1e6)));
  Atomics.store(h, GilWord.Enabled, enabled ? 1 : 0);
}

export function setSwitchInterval(h: Int32Array, seconds: number): void {
  Atomics.store(h, GilWord.IntervalMicros, Math.max(1, Math.round(seconds * 1e6)));
}

export function switchInterval(h: Int32Array): number {
  return Atomics.load(h, GilWord.IntervalMicros) / 1e6;
}

/**
 * Events the GIL reports to statistics and tracing (src/trace/recorder.ts). Null unless -X gilstats or
 * -X giltrace is given, so with both off the GIL pays one null test per take and drop.
 */
export interface GilObserver {
  waitStart(ident: number): void;
  acquired(ident: number, waitedMs: number): void;
  released(ident: number, forced: boolean): void;
  dropRequested(ident: number): void;
  /** the thread is about to drop the GIL for the last time (src/threads/carrier.ts) */
  threadEnded(ident: number): void;
}

let observer: GilObserver | null = null;
export function setGilObserver(o: GilObserver | null): void {
  observer = o;
}
export function gilObserver(): GilObserver | null {
  return observer;
}

/** Take the GIL for thread `ident`, waiting (and asking the holder to drop it) as CPython does. */
export function takeGil(h: Int32Array, ident: number): void {
  if (__GILT_FT__) {
    if (Atomics.load(h, GilWord.Enabled) === 0) {
      ftAttach(ident >= 0); // (a negative ident: a carrier booting, which reads only immortal objects)
      if (Atomics.load(h, GilWord.Enabled) === 0) return;
      ftDetach(); // the GIL was turned on while we waited: take it first, then attach
    }
    takeGilLock(h, ident);
    ftAttach();
    return;
  }
  takeGilLock(h, ident);
}

function takeGilLock(h: Int32Array, ident: number): void {
  lockMutex(h);
  if (Atomics.load(h, GilWord.Locked) === 0) {
    finishTake(h, ident, 0);
    return;
  }
  const t0 = observer !== null ? performance.now() : 0;
  if (observer !== null) observer.waitStart(ident);
  Atomics.add(h, GilWord.Waiters, 1);
  while (Atomics.load(h, GilWord.Locked) !== 0) {
    const switchNumber = Atomics.load(h, GilWord.SwitchNumber);
    const intervalMs = Atomics.load(h, GilWord.IntervalMicros) / 1000;
    const signalled = condWait(h, GilWord.Cond, intervalMs);
    // a whole interval without any switch: ask the holder to let go
    if (!signalled && Atomics.load(h, GilWord.Locked) !== 0 && Atomics.load(h, GilWord.SwitchNumber) === switchNumber) {
      Atomics.store(h, GilWord.DropRequest, 1);
      Atomics.or(h, EVAL_BREAKER, DROP_REQUEST_BIT);
      if (observer !== null) observer.dropRequested(ident);
    }
  }
  Atomics.sub(h, GilWord.Waiters, 1);
  finishTake(h, ident, observer !== null ? performance.now() - t0 : 0);
}

/** The ident this worker holds the GIL for, or null (per worker: the heap checker asks gilHeldHere). */
let heldHere: number | null = null;

/** Does this worker hold the GIL now? */
export function gilHeldHere(h: Int32Array): boolean {
  return heldHere !== null && Atomics.load(h, GilWord.Locked) === 1 && Atomics.load(h, GilWord.Holder) === heldHere;
}

function finishTake(h: Int32Array, ident: number, waitedMs: number): void {
  heldHere = ident;
  Atomics.store(h, GilWord.Locked, 1);
  const previous = Atomics.exchange(h, GilWord.Holder, ident);
  if (previous !== ident) Atomics.add(h, GilWord.SwitchNumber, 1);
  // tell a thread waiting in forced switching that the GIL has changed hands
  condSignal(h, GilWord.SwitchCond, true);
  if (Atomics.load(h, GilWord.DropRequest) !== 0) {
    Atomics.store(h, GilWord.DropRequest, 0);
    Atomics.and(h, EVAL_BREAKER, ~DROP_REQUEST_BIT);
  }
  unlockMutex(h);
  if (observer !== null) observer.acquired(ident, waitedMs);
}

/**
 * Release the GIL. `forced` is true when releasing because of a drop request: then wait until another thread
 * has taken it (forced switching), so this thread cannot grab it straight back.
 */
export function dropGil(h: Int32Array, ident: number, forced: boolean): void {
  if (__GILT_FT__) {
    ftDetach();
    if (heldHere === null) return; // free-threaded: detaching was all
  }
  heldHere = null;
  lockMutex(h);
  Atomics.store(h, GilWord.Locked, 0);
  condSignal(h, GilWord.Cond);
  if (observer !== null) observer.released(ident, forced);
  if (forced && Atomics.load(h, GilWord.Waiters) > 0) {
    // wait until someone else holds it (bounded, in case the waiter gave up)
    const deadline = performance.now() + 50;
    while (Atomics.load(h, GilWord.Holder) === ident && Atomics.load(h, GilWord.Waiters) > 0) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      condWait(h, GilWord.SwitchCond, left);
    }
  }
  unlockMutex(h);
}

/** The holder saw the drop request at an eval-breaker check: let another thread run, then continue. */
export function yieldGil(h: Int32Array, ident: number): void {
  dropGil(h, ident, true);
  takeGil(h, ident);
}

export function gilHolder(h: Int32Array): number {
  return Atomics.load(h, GilWord.Locked) ? Atomics.load(h, GilWord.Holder) : 0;
}

export function gilEnabled(h: Int32Array): boolean {
  return Atomics.load(h, GilWord.Enabled) === 1;
}

/**
 * Free-threaded mode: turn the GIL on for the rest of the run (a module that is not safe without it was
 * imported). Call with the world stopped (src/gil/ft.ts); the caller then holds the GIL.
 */
export function enableGil(h: Int32Array, ident: number): void {
  Atomics.store(h, GilWord.Enabled, 1);
  takeGilLock(h, ident);
}
