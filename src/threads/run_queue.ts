// The run queue: Python threads waiting for a carrier worker, kept in the heap header.
//
// Any worker that starts a thread, and the supervisor when a parked thread may go on, appends its record;
// an idle carrier takes the oldest one. Carriers wait for work on the Jobs word itself (Atomics.wait), so
// handing a thread to a carrier is one futex wake-up, and a carrier whose thread ends or parks takes the
// next one at once — no message to the supervisor and back (src/threads/pool.ts boots carriers and watches
// parked threads; it reads Jobs and Idle to decide when another carrier is needed). The list runs through the
// records' QueueNext words, first in first out, under a futex mutex.

import { I32 } from '../heap/heap';
import { ThreadRec } from '../heap/layout';
import { lockWordMutex, unlockWordMutex } from '../gil/mutex';

/** At HeapHeader.RunQueue (240); spelled out, as esbuild cannot count on from another file's enum member. */
export const enum RunQueueWord {
  Lock = 240, // futex mutex (src/gil/mutex.ts) around the words below and the QueueNext links
  Head = 241, // first record, or 0
  Tail = 242, // last record, or 0
  Jobs = 243, // records in the queue; idle carriers wait on this word while it is 0
  Idle = 244, // carriers waiting for a job (the supervisor boots another when Jobs outgrows it)
  Size = 5,
}

export const enum RunJob {
  Run = 1, // a new thread: call its function
  Resume = 2, // a parked thread: finish the call it parked in, then go on
}

/** Append a thread record (called by any worker or by the supervisor). */
export function pushJob(rec: number, job: RunJob): void {
  lockWordMutex(RunQueueWord.Lock);
  I32[rec + ThreadRec.QueueJob] = job;
  I32[rec + ThreadRec.QueueNext] = 0;
  const tail = I32[RunQueueWord.Tail];
  if (tail === 0) I32[RunQueueWord.Head] = rec;
  else I32[tail + ThreadRec.QueueNext] = rec;
  I32[RunQueueWord.Tail] = rec;
  Atomics.add(I32, RunQueueWord.Jobs, 1);
  unlockWordMutex(RunQueueWord.Lock);
  Atomics.notify(I32, RunQueueWord.Jobs, 1);
}

/** A carrier is free: count it as idle (before it tells the supervisor it is ready, and after each job). */
export function enterIdle(): void {
  Atomics.add(I32, RunQueueWord.Idle, 1);
}

/** Take the oldest record, waiting for one as long as it takes; the carrier stops counting as idle. */
export function takeJob(): number {
  for (;;) {
    while (Atomics.load(I32, RunQueueWord.Jobs) === 0) Atomics.wait(I32, RunQueueWord.Jobs, 0);
    lockWordMutex(RunQueueWord.Lock);
    const rec = I32[RunQueueWord.Head];
    if (rec !== 0) {
      const next = I32[rec + ThreadRec.QueueNext];
      I32[RunQueueWord.Head] = next;
      if (next === 0) I32[RunQueueWord.Tail] = 0;
      Atomics.sub(I32, RunQueueWord.Jobs, 1);
      Atomics.sub(I32, RunQueueWord.Idle, 1);
      unlockWordMutex(RunQueueWord.Lock);
      return rec;
    }
    unlockWordMutex(RunQueueWord.Lock);
  }
}

/** Records waiting beyond the carriers that are idle to take them (read by the supervisor). */
export function unservedJobs(): number {
  return Atomics.load(I32, RunQueueWord.Jobs) - Atomics.load(I32, RunQueueWord.Idle);
}

export function idleCarriers(): number {
  return Atomics.load(I32, RunQueueWord.Idle);
}
