// The one helper every blocking call goes through (DESIGN §1.4): sleep, lock waits, join, I/O, input().
//
// For module authors: how a native says it releases the GIL.
//
//   1. Declare it, once, where the native is registered: list the function in its module's
//      `releasesGil: [...]` (defineModule, src/modules/registry.ts), or pass `true` as the last argument of
//      `method(spec, name, fn, true)` for a method of a type (src/objects/typespec.ts). The flag is recorded
//      per native (core.ts: nativeReleasesGil) and means "may drop the GIL while it runs".
//   2. Do the long, heap-free part inside `releaseGilAround(() => …)`; CPython's threshold for hashing and
//      compression is 2048 bytes of input (below it, releasing costs more than it gains).
//   3. Inside the block: no allocation, no freeing, no incref/decref, no reads or writes of heap objects
//      except the input bytes of an immutable object the caller keeps alive. Copy mutable inputs
//      (bytearray, memoryview) and the object's state into JS-local values first; write results back
//      after the block, with the GIL held again.
//   4. If another thread could use the same object meanwhile, guard it with a lock word in the object
//      (src/gil/object_lock.ts: lockWord/unlockWord, as CPython's per-object mutex). Examples: hashlib.ts,
//      zlib.ts.
//
// Before the GIL goes, this worker's buffered stdout/stderr text is written out, so output from different
// threads appears in the order the program produced it (DESIGN §1.8).

import { I32 } from '../heap/heap';
import { HeapHeader, ThreadsWord } from '../heap/layout';
import { ts } from '../vm/thread_state';
import { dropGil, gilEnabled, takeGil } from './gil';
import { flushFd } from '../modules/stdio';

export function releaseGilAround<R>(block: () => R): R {
  if (!__GILT_FT__ && !gilEnabled(I32)) return block(); // (free-threaded: dropping the GIL means detaching)
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
    // the supervisor notifies this word on Ctrl-C; it also waits for the main thread to block, to boot
    // spare carriers while a core is free (src/threads/pool.ts)
    Atomics.store(I32, ThreadsWord.MainWaitAddr, word);
    Atomics.notify(I32, ThreadsWord.MainWaitAddr);
    if (Atomics.load(I32, HeapHeader.PendingSignals) !== 0) {
      Atomics.store(I32, ThreadsWord.MainWaitAddr, 0);
      return true;
    }
  }
  const r = Atomics.wait(I32, word, expect, left === Infinity ? undefined : left);
  if (main) Atomics.store(I32, ThreadsWord.MainWaitAddr, 0);
  return r !== 'timed-out';
}
