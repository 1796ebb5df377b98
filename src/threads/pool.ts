// The supervisor's side of threads: a pool of carrier workers, and the watch over parked threads.
//
// Runs on Node's main thread, which runs no Python (DESIGN §1.2). Runnable threads wait in the run queue in
// the heap (src/threads/run_queue.ts), where idle carriers take them without asking anyone. Workers tell
// the supervisor, by message, when a Python thread was queued (`start`), when a carrier has booted (`ready`)
// and when a thread parks (`park`: the lock word it waits on and its deadline). It boots a new carrier when
// the queue holds more threads than there are idle carriers — one at a time, so a burst of threads does not
// start a burst of workers: most threads finish or park quickly and free their carrier for the next.
//
// Spare carriers. A worker takes 100-200 ms to boot, so carriers are booted before they are needed: the
// first when the program imports threading (`prepare`), or even beside the main worker when the script
// itself imports threading, _thread, queue or concurrent (src/cli/main.ts), so both boot at once; a program
// that never imports them never pays for a worker, and one that imports them but starts no thread only
// waits, at exit, for a boot in progress. Then spares. GIL mode keeps one spare idle: one thread runs Python
// at a time, and the spare only saves a start from waiting. Free-threaded mode keeps two spares per core (at
// most 16): that many threads can run at once, and programs often start a few more threads than cores —
// but a spare boot is optional, so it only starts while a core is idle (fewer carriers running Python than
// cores, counting the main thread unless it is blocked): booting beside CPU-bound threads would take its
// ~100 ms of CPU from them.
//
// A parked thread is watched with Atomics.waitAsync on its lock word and a timer for its deadline;
// whichever fires first puts it back in the run queue, where whatever carrier is free retries its call.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CarrierReport } from './carrier';
import { I32 } from '../heap/heap';
import { ThreadsWord } from '../heap/layout';
import { idleCarriers, pushJob, RunJob, unservedJobs } from './run_queue';

type Message = CarrierReport | { t: 'start' } | { t: 'prepare' } | { t: 'exit'; code: number };

export class CarrierPool {
  private booting = 0;
  private carriers = 0;
  private watchingMain = false;
  private readonly cores = availableParallelism();
  /** idle carriers to keep (see the top of this file) */
  private readonly spares: number;

  /** The supervisor binds the heap (bindHeap) before making the pool: the run queue lives there. */
  constructor(
    private readonly spawnWorker: () => Worker,
    private readonly freeThreaded: boolean,
  ) {
    this.spares = freeThreaded ? Math.min(2 * this.cores, 16) : 1;
  }

  /** Handle a message from any worker (the main one or a carrier). */
  onMessage(m: Message): void {
    switch (m.t) {
      case 'exit':
        // os._exit() in any thread: the process ends now, with that status
        process.exit(m.code);
      case 'ready':
        this.booting--;
        this.serve();
        break;
      case 'start':
      case 'prepare':
        this.serve();
        break;
      case 'park':
        this.watch(m.rec, m.word, m.expect, m.deadline);
        break;
    }
  }

  /** Boot a carrier before any is asked for (the supervisor guesses the program will start threads). */
  prepare(): void {
    this.serve();
  }

  /** Boot a carrier if queued threads outnumber the idle carriers, else keep spares. */
  private serve(): void {
    if (unservedJobs() > 0) this.boot();
    else this.keepSpare();
  }

  /** Keep spare carriers idle once threads are in use (or about to be). */
  private keepSpare(): void {
    if (idleCarriers() >= this.spares) return;
    if (!this.freeThreaded || this.idleCore()) this.boot();
    else if (!this.watchingMain) {
      // look again when the main thread blocks (waitOnWord notifies the word it stores there)
      const w = Atomics.waitAsync(I32, ThreadsWord.MainWaitAddr, 0);
      if (w.async) {
        this.watchingMain = true;
        void w.value.then(() => {
          this.watchingMain = false;
          this.keepSpare();
        });
      }
    }
  }

  /** Is a core free of Python? (carriers running a thread or booting, and the main thread unless it waits) */
  private idleCore(): boolean {
    const running = this.carriers - idleCarriers();
    const main = Atomics.load(I32, ThreadsWord.MainWaitAddr) === 0 ? 1 : 0;
    return running + main < this.cores;
  }

  /** Start one more carrier, unless one is already starting (its `ready` looks at the queue again). */
  private boot(): void {
    if (this.booting > 0) return;
    this.booting++;
    this.carriers++;
    const w = this.spawnWorker();
    w.on('message', (m: Message) => this.onMessage(m));
  }

  private watch(rec: number, word: number, expect: number, deadline: number): void {
    let fired = false;
    let timer: NodeJS.Timeout | undefined;
    const fire = () => {
      if (fired) return;
      fired = true;
      if (timer !== undefined) clearTimeout(timer);
      pushJob(rec, RunJob.Resume);
      this.serve();
    };
    if (word !== 0) {
      const w = Atomics.waitAsync(I32, word, expect);
      if (w.async) void w.value.then(fire);
      else fire();
    }
    if (deadline !== Infinity && !fired) {
      timer = setTimeout(fire, Math.max(0, deadline - (performance.timeOrigin + performance.now())));
    }
  }
}
