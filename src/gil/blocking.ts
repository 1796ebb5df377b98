// The one helper every blocking call goes through (DESIGN §1.4): sleep, lock waits, join, I/O, input().
//
// For module authors: how a native says "I release the GIL"
// ----------------------------------------------------------
// 1. Declare it: list the function in `releasesGil` of defineModule (src/modules/registry.ts), or pass
//    `releasesGil = true` to `method()` for a method of a type (src/objects/typespec.ts). The declaration is
//    what statistics, tracing and readers see.
// 2. Wrap the part that blocks or computes for long in `releaseGilAround(() => …)`. Inside, touch no heap
//    object: no allocation, no incref/decref, no container or attribute access. Read the bytes you need
//    before (or through a view of an object the caller keeps alive), work on JS values, and write results
//    into heap objects after it returns. Other threads run meanwhile; in free-threaded mode there is no GIL
//    and the helper just runs the block.
//
// Before the GIL goes, this worker's buffered stdout/stderr text is written out, so output from different
// threads appears in the order the program produced it (DESIGN §1.8).

import { I32 } from '../heap/heap';
import { HeapHeader, ThreadsWord } from '../heap/layout';
import { ts } from '../vm/thread_state';
import { dropGil, gilEnabled, takeGil } from './gil';
import { flushFd } from '../modules/stdio';

export function releaseGilAround<R>(block: () => R): R {
  if (!gilEnabled(I32)) return block();
  const ident = ts.ident;
  beforeGilRelease();
  dropGil(I32, ident, false);
  try {
    return block();
  } finally {
    takeGil(I32, ident);
  }
}

/** Write out this worker's pending std-stream text, if another thread could print after us. */
export function beforeGilRelease(): void {
  if (I32[ThreadsWord.Count] > 0) {
    flushFd(1);
    flushFd(2);
  }
}

/** Is the running thread the main thread (the one that handles signals)? */
export function isMainThread(): boolean {
  return ts.ident === I32[HeapHeader.MainThreadId];
}

/**
 * Block this worker until I32[word] may have changed from `expect`, `deadline` (absolute ms, see absNow)
 * passes, or — on the main thread — a signal arrives. Call without the GIL. Returns false on timeout.
 */
export function waitOnWord(word: number, expect: number, deadline: number, main: boolean): boolean {
  const left = deadline - (performance.timeOrigin + performance.now());
  if (left <= 0) return false;
  if (main) {
    // the supervisor notifies this word on Ctrl-C
    Atomics.store(I32, ThreadsWord.MainWaitAddr, word);
    if (Atomics.load(I32, HeapHeader.PendingSignals) !== 0) {
      Atomics.store(I32, ThreadsWord.MainWaitAddr, 0);
      return true;
    }
  }
  const r = Atomics.wait(I32, word, expect, left === Infinity ? undefined : left);
  if (main) Atomics.store(I32, ThreadsWord.MainWaitAddr, 0);
  return r !== 'timed-out';
}
