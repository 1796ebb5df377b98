// Per-object locks for free-threaded mode: what keeps one operation on a list, dict, set, bytearray or deque
// atomic when no GIL serialises the threads (CPython 3.13t's "critical sections" on ob_mutex).
//
// The lock lives in bits 8..31 of the object's Flags word (ObjFlag.LockOwnerMask, LockWaiters): the id of the
// worker that holds it, or 0. It is re-entrant for its holder, because an operation may call back into Python
// (__eq__, __hash__, a sort key) that touches the same container again; nested calls simply run.
//
// Taking a free lock is one compareExchange. A waiter spins briefly, then marks the word and sleeps on it
// (Atomics.wait), waking every millisecond to see whether another worker is stopping the world — it must not
// sit attached while the stopper waits for everyone to pause.
//
// Only the free-threaded bundle calls this, and only once threads run at once (ftSafe): callers write
// `if (__GILT_FT__ && ftSafe && !holdsLock(obj)) return lockedCall(obj, fn, ...args)` as their first line.

import { I32 } from '../heap/heap';
import { FtWord, Obj, ObjFlag } from '../heap/layout';
import { hooks, workerId } from './ft';

const SPINS = 64;

/** Does this worker hold obj's lock? */
export function holdsLock(obj: number): boolean {
  return ((Atomics.load(I32, obj + Obj.Flags) & ObjFlag.LockOwnerMask) >>> ObjFlag.LockShift) === workerId;
}

export function lockObject(obj: number): void {
  const word = obj + Obj.Flags;
  const mine = workerId << ObjFlag.LockShift;
  for (let spin = 0; ; spin++) {
    const v = Atomics.load(I32, word);
    if ((v & ObjFlag.LockOwnerMask) === 0) {
      if (Atomics.compareExchange(I32, word, v, v | mine) === v) return;
      continue;
    }
    if (spin < SPINS) continue;
    // mark "someone waits" and sleep until the word changes
    const marked = v | ObjFlag.LockWaiters;
    if (v !== marked && Atomics.compareExchange(I32, word, v, marked) !== v) continue;
    Atomics.wait(I32, word, marked, 1);
    if (Atomics.load(I32, FtWord.StopRequest) !== 0) hooks.pause();
  }
}

export function unlockObject(obj: number): void {
  const word = obj + Obj.Flags;
  for (;;) {
    const v = Atomics.load(I32, word);
    if (Atomics.compareExchange(I32, word, v, v & ~(ObjFlag.LockOwnerMask | ObjFlag.LockWaiters)) === v) {
      if (v & ObjFlag.LockWaiters) Atomics.notify(I32, word);
      return;
    }
  }
}

/** Run fn(...args) holding obj's lock. */
export function lockedCall<A extends unknown[], R>(obj: number, fn: (...args: A) => R, ...args: A): R {
  lockObject(obj);
  try {
    return fn(...args);
  } finally {
    unlockObject(obj);
  }
}

/**
 * Run fn holding the locks of two objects (either may be 0 or already held), taken in address order so two
 * threads locking the same pair cannot deadlock (as CPython's two-object critical sections).
 */
export function lockedCall2<R>(a: number, b: number, fn: () => R): R {
  const needA = a !== 0 && (a & 1) === 0 && !holdsLock(a);
  const needB = b !== 0 && (b & 1) === 0 && b !== a && !holdsLock(b);
  const first = needA && needB ? Math.min(a, b) : needA ? a : needB ? b : 0;
  const second = needA && needB ? Math.max(a, b) : 0;
  if (first !== 0) lockObject(first);
  if (second !== 0) lockObject(second);
  try {
    return fn();
  } finally {
    if (second !== 0) unlockObject(second);
    if (first !== 0) unlockObject(first);
  }
}
