// Signals: the supervisor (Node's main thread) receives SIGINT and records it in the heap's PendingSignals
// word, setting the eval-breaker bit. The Python main thread notices at its next backward jump or call (or
// when a blocking wait is woken through the eval-breaker word) and raises KeyboardInterrupt there, as CPython
// runs signal handlers in the main thread between bytecodes.

import { I32 } from '../heap/heap';
import { EvalBreakerBit, HeapHeader } from '../heap/layout';
import { raise, T } from '../objects/core';
import { vmHooks } from './hooks';
import { ThreadState } from './thread_state';

export const SIGINT_BIT = 1 << 2;

/** Is a signal waiting to be handled? (cheap: for blocking loops that wake up periodically) */
export function signalsPending(): boolean {
  return Atomics.load(I32, HeapHeader.PendingSignals) !== 0;
}

/** Raise KeyboardInterrupt if Ctrl-C arrived (only the main thread handles signals). */
export function handleSignals(t: ThreadState): void {
  if (t.ident !== I32[HeapHeader.MainThreadId] && I32[HeapHeader.MainThreadId] !== 0) return;
  const pending = Atomics.exchange(I32, HeapHeader.PendingSignals, 0);
  Atomics.and(I32, HeapHeader.EvalBreaker, ~EvalBreakerBit.Signals);
  if (pending & SIGINT_BIT) throw raise(T.KeyboardInterrupt);
}

vmHooks.handleSignals = handleSignals;
