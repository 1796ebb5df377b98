// The run queue: Python threads waiting for a carrier worker, kept in the heap.
//
// Any worker that starts a thread, and the supervisor when a parked thread may go on, appends its record;
// a carrier takes the oldest one. Handing a thread to an idle carrier is one futex wake-up, and a carrier
// whose thread ends or parks takes the next one at once — no message to the supervisor and back
// (src/threads/pool.ts boots carriers and watches parked threads; it reads Jobs and Idle to decide when
// another carrier is needed). The list runs through the records' QueueNext words, first in first out.
//
// Idle carriers wait on a stack, each on a wake word of its own, and a new job wakes the carrier that went
// idle last: it is the one whose JIT has most recently compiled the eval loop for real work (each worker is
// a V8 isolate of its own, and a carrier that has run little Python runs it several times slower until
// V8 has optimised it). One futex word for all would wake the one that waited longest. Everything here is
// guarded by a futex mutex (src/gil/mutex.ts).

import { I32 } from '../heap/heap';
import { Block, ThreadRec } from '../heap/layout';
import { lockWordMutex, unlockWordMutex } from '../gil/mutex';

/** At HeapHeader.RunQueue (240); spelled out, as esbuild cannot count on from another file's enum member. */
export const enum RunQueueWord {
  Lock = 240, // futex mutex around the words below, the QueueNext links and the idle stack
  Head = 241, // first record, or 0
  Tail = 242, // last record, or 0
  Jobs = 243, // records in the queue
  Idle = 244, // carriers on the idle stack (its depth)
  Carriers = 245, // raw block (IdleBlock) of the idle stack and the carriers' wake words, made at start-up
  NextCarrier = 246, // counter: carrier numbers, indexing the wake words
  Woken = 247, // carriers woken for a job that have not looked at the queue yet
  Size = 8,
}

/** The raw block at RunQueueWord.Carriers (after the raw block header). */
export const enum IdleBlock {
  MaxCarriers = 4096, // carriers past this many wait on the shared fallback word below
  Wake = 0, // MaxCarriers words: carrier n's wake word (1 = a job may be waiting for it)
  Stack = 4096, // MaxCarriers words: the idle carriers' numbers, the last to go idle on top
  Fallback = 8192, // the wake word of carriers beyond MaxCarriers (they are woken only by polling)
  Words = 8193,
}

export const enum RunJob {
  Run = 1, // a new thread: call its function
  Resume = 2, // a parked thread: finish the call it parked in, then go on
}

/** Make the idle stack (the main worker, while building the interpreter). */
export function initRunQueue(allocRaw: (words: number) => number): void {
  const block = allocRaw(IdleBlock.Words) + Block.RawHeaderWords;
  I32.fill(0, block, block + IdleBlock.Words);
  Atomics.store(I32, RunQueueWord.Carriers, block);
}

/** Append a thread record (called by any worker or by the supervisor) and wake the last carrier to idle. */
export function pushJob(rec: number, job: RunJob): void {
  lockWordMutex(RunQueueWord.Lock);
  I32[rec + ThreadRec.QueueJob] = job;
  I32[rec + ThreadRec.QueueNext] = 0;
  const tail = I32[RunQueueWord.Tail];
  if (tail === 0) I32[RunQueueWord.Head] = rec;
  else I32[tail + ThreadRec.QueueNext] = rec;
  I32[RunQueueWord.Tail] = rec;
  Atomics.add(I32, RunQueueWord.Jobs, 1);
  let wake = 0;
  const depth = I32[RunQueueWord.Idle];
  if (depth > 0) {
    const block = I32[RunQueueWord.Carriers];
    const n = I32[block + IdleBlock.Stack + depth - 1];
    Atomics.store(I32, RunQueueWord.Idle, depth - 1);
    wake = block + IdleBlock.Wake + n;
    Atomics.store(I32, wake, 1);
    Atomics.add(I32, RunQueueWord.Woken, 1);
  }
  unlockWordMutex(RunQueueWord.Lock);
  if (wake !== 0) Atomics.notify(I32, wake, 1);
}

/** A new carrier's number (its wake word). */
export function joinAsCarrier(): number {
  return Atomics.add(I32, RunQueueWord.NextCarrier, 1);
}

/**
 * Take the oldest record, waiting on the idle stack as long as it takes. `goingIdle` runs each time the
 * carrier is on the stack, before it waits.
 */
export function takeJob(carrier: number, goingIdle: () => void): number {
  const block = I32[RunQueueWord.Carriers];
  for (;;) {
    lockWordMutex(RunQueueWord.Lock);
    const rec = I32[RunQueueWord.Head];
    if (rec !== 0) {
      const next = I32[rec + ThreadRec.QueueNext];
      I32[RunQueueWord.Head] = next;
      if (next === 0) I32[RunQueueWord.Tail] = 0;
      Atomics.sub(I32, RunQueueWord.Jobs, 1);
      unlockWordMutex(RunQueueWord.Lock);
      return rec;
    }
    if (carrier >= IdleBlock.MaxCarriers) {
      // beyond the stack: look again now and then
      unlockWordMutex(RunQueueWord.Lock);
      goingIdle();
      Atomics.wait(I32, block + IdleBlock.Fallback, 0, 5);
      continue;
    }
    const wake = block + IdleBlock.Wake + carrier;
    Atomics.store(I32, wake, 0);
    const depth = I32[RunQueueWord.Idle];
    I32[block + IdleBlock.Stack + depth] = carrier;
    Atomics.store(I32, RunQueueWord.Idle, depth + 1);
    unlockWordMutex(RunQueueWord.Lock);
    goingIdle();
    while (Atomics.load(I32, wake) === 0) Atomics.wait(I32, wake, 0);
    Atomics.sub(I32, RunQueueWord.Woken, 1);
  }
}

/** Records waiting beyond the carriers that are idle to take them (read by the supervisor). */
export function unservedJobs(): number {
  return Atomics.load(I32, RunQueueWord.Jobs) - Atomics.load(I32, RunQueueWord.Woken) - Atomics.load(I32, RunQueueWord.Idle);
}

export function idleCarriers(): number {
  return Atomics.load(I32, RunQueueWord.Idle);
}
