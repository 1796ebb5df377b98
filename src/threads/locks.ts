// The lock words behind _thread.lock and _thread.RLock.
//
// A lock is one heap word (LockObj.State) used as a futex: 0 unlocked, 1 locked, 2 locked and somebody may
// be waiting. Taking it is a compare-and-swap; a waiter marks it 2 and sleeps on the word (Atomics.wait)
// without the GIL; a release that finds 2 wakes every sleeper (they retry, one wins). Waking all rather
// than one keeps a parked thread safe: the supervisor watches a parked thread's lock word with
// Atomics.waitAsync, and a watch left over from a thread that already resumed at its deadline would
// otherwise swallow the one wake-up a live waiter needs.
//
// Every access is atomic: waiters run without the GIL, and free-threaded mode has none.

import { I32 } from '../heap/heap';
import { HeapHeader, LockObj, ParkKind } from '../heap/layout';
import { newref, Ref, S } from '../objects/core';
import { isMainThread, releaseGilAround, waitOnWord } from '../gil/blocking';
import { absNow, park, PARK_AFTER_MS, parkCompleters } from './park';
import { handleSignals } from '../vm/signals';
import { ts } from '../vm/thread_state';

export function tryLock(lock: Ref): boolean {
  return Atomics.compareExchange(I32, lock + LockObj.State, 0, 1) === 0;
}

export function isLocked(lock: Ref): boolean {
  return Atomics.load(I32, lock + LockObj.State) !== 0;
}

/** Release; false if it was not locked. */
export function unlock(lock: Ref): boolean {
  const old = Atomics.exchange(I32, lock + LockObj.State, 0);
  if (old === 2) Atomics.notify(I32, lock + LockObj.State, Infinity);
  return old !== 0;
}

/**
 * Wait (without the GIL) until the lock is ours or `until` passes. On the main thread a signal also ends
 * the wait: 'signal'.
 */
function waitForLock(lock: Ref, until: number, main: boolean): 'locked' | 'timeout' | 'signal' {
  const word = lock + LockObj.State;
  return releaseGilAround(() => {
    for (;;) {
      if (Atomics.exchange(I32, word, 2) === 0) return 'locked';
      if (main && Atomics.load(I32, HeapHeader.PendingSignals) !== 0) return 'signal';
      if (!waitOnWord(word, 2, until, main) && absNow() >= until) {
        // one last try: the release may have come with the timeout
        return Atomics.exchange(I32, word, 2) === 0 ? 'locked' : 'timeout';
      }
    }
  });
}

/**
 * Acquire `lock`, waiting until `deadline` (absolute ms; Infinity = forever). With `canPark`, a wait that
 * lasts longer than PARK_AFTER_MS parks the thread (throws PARK) instead of holding its worker.
 */
export function acquireLock(lock: Ref, deadline: number, canPark: boolean, kind = ParkKind.Lock): boolean {
  if (tryLock(lock)) return true;
  if (deadline <= absNow()) return false;
  const main = isMainThread();
  for (;;) {
    const until = canPark ? Math.min(deadline, absNow() + PARK_AFTER_MS) : deadline;
    const r = waitForLock(lock, until, main);
    if (r === 'locked') return true;
    if (r === 'signal') {
      handleSignals(ts); // raises KeyboardInterrupt for Ctrl-C
      continue;
    }
    if (absNow() >= deadline) return false;
    if (canPark) {
      park({ kind, obj: newref(lock), word: lock + LockObj.State, expect: 2, deadline });
    }
  }
}

// A parked acquire resumes here: try again, parking anew if the wait goes on.
parkCompleters[ParkKind.Lock] = (req) => (acquireLock(req.obj, req.deadline, true) ? S.True : S.False);
