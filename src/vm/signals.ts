// Signals: the supervisor (Node's main thread) receives SIGINT and records it in the heap's PendingSignals
// word, setting the eval-breaker bit (raise_signal and _thread.interrupt_main do the same). The Python main
// thread notices at its next backward jump or call (or when a blocking wait is woken through the eval-breaker
// word) and runs the signal's Python handler there — by default SIGINT's raises KeyboardInterrupt — as
// CPython runs signal handlers in the main thread between bytecodes.

import { I32 } from '../heap/heap';
import { EvalBreakerBit, HeapHeader } from '../heap/layout';
import { raise, Ref, T } from '../objects/core';
import { vmHooks } from './hooks';
import { ThreadState } from './thread_state';

export const SIGINT_BIT = 1 << 2;

/** Is a signal waiting to be handled? (cheap: for blocking loops that wake up periodically) */
export function signalsPending(): boolean {
  return Atomics.load(I32, HeapHeader.PendingSignals) !== 0;
}

/** Runs the Python-level handler of a signal; src/modules/signal.ts replaces the default (Ctrl-C only). */
export const signalDispatch = {
  run: (_t: ThreadState, signum: number): void => {
    if (signum === 2) throw raise(T.KeyboardInterrupt);
  },
  /** _thread.interrupt_main(signum) */
  interruptMain: (_signum: Ref): void => {},
};

/** Run the handlers of the signals that arrived (only the main thread handles signals), lowest number first. */
export function handleSignals(t: ThreadState): void {
  if (t.ident !== I32[HeapHeader.MainThreadId] && I32[HeapHeader.MainThreadId] !== 0) return;
  // the breaker bit first: a signal that comes after the exchange sets it again
  Atomics.and(I32, HeapHeader.EvalBreaker, ~EvalBreakerBit.Signals);
  let pending = Atomics.exchange(I32, HeapHeader.PendingSignals, 0);
  for (let signum = 1; pending !== 0 && signum < 32; signum++) {
    const bit = 1 << signum;
    if ((pending & bit) === 0) continue;
    pending &= ~bit;
    try {
      signalDispatch.run(t, signum);
    } catch (e) {
      // a handler raised: the signals not handled yet wait for the next check
      if (pending !== 0) {
        Atomics.or(I32, HeapHeader.PendingSignals, pending);
        Atomics.or(I32, HeapHeader.EvalBreaker, EvalBreakerBit.Signals);
      }
      throw e;
    }
  }
}

vmHooks.handleSignals = handleSignals;
