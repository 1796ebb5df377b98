// The supervisor's side of threads: a pool of carrier workers, and the watch over parked threads.
//
// Runs on Node's main thread, which runs no Python (DESIGN §1.2). Workers tell it, by message, when a
// Python thread is started (`start`), when a carrier is free (`ready`, `idle`) and when a thread parks
// (`park`: the lock word it waits on and its deadline). It hands runnable threads to free carriers, and
// starts a new carrier when none is free — one at a time, so a burst of threads does not start a burst of
// workers: most threads finish or park quickly and free their carrier for the next. One spare carrier is
// kept warm once a thread has started, so the next start rarely waits for a worker to boot. (Not more, and
// not before the first thread: Node cannot end the process while a worker is still booting.)
//
// A parked thread is watched with Atomics.waitAsync on its lock word and a timer for its deadline,
// whichever fires first makes it runnable again; it then retries on whatever carrier is free.

import { Worker } from 'node:worker_threads';
import type { CarrierJob, CarrierReport } from './carrier';

const SPARE = 1;

type Message = CarrierReport | { t: 'start'; rec: number } | { t: 'exit'; code: number };

export class CarrierPool {
  private idle: Worker[] = [];
  private queue: CarrierJob[] = [];
  private booting = 0;

  constructor(
    private readonly heap: Int32Array,
    private readonly spawnWorker: () => Worker,
  ) {}

  /** Handle a message from any worker (the main one or a carrier). */
  onMessage(from: Worker | null, m: Message): void {
    switch (m.t) {
      case 'start':
        this.submit({ t: 'run', rec: m.rec });
        break;
      case 'exit':
        // os._exit() in any thread: the process ends now, with that status
        process.exit(m.code);
      case 'ready':
        this.booting--;
        this.free(from!);
        this.keepSpare();
        break;
      case 'idle':
        this.free(from!);
        break;
      case 'park':
        this.free(from!);
        this.watch(m.rec, m.word, m.expect, m.deadline);
        break;
    }
  }

  private submit(job: CarrierJob): void {
    const w = this.idle.pop();
    if (w !== undefined) {
      w.postMessage(job);
      this.keepSpare();
    } else {
      this.queue.push(job);
      this.boot();
    }
  }

  private free(w: Worker): void {
    const job = this.queue.shift();
    if (job !== undefined) {
      w.postMessage(job);
      if (this.queue.length > 0) this.boot();
    } else {
      this.idle.push(w);
    }
  }

  /** Keep SPARE carriers idle once threads are in use. */
  private keepSpare(): void {
    if (this.idle.length < SPARE) this.boot();
  }

  /** Start one more carrier, unless one is already starting. */
  private boot(): void {
    if (this.booting > 0) return;
    this.booting++;
    const w = this.spawnWorker();
    w.on('message', (m: Message) => this.onMessage(w, m));
  }

  private watch(rec: number, word: number, expect: number, deadline: number): void {
    let fired = false;
    let timer: NodeJS.Timeout | undefined;
    const fire = () => {
      if (fired) return;
      fired = true;
      if (timer !== undefined) clearTimeout(timer);
      this.submit({ t: 'resume', rec });
    };
    if (word !== 0) {
      const w = Atomics.waitAsync(this.heap, word, expect);
      if (w.async) void w.value.then(fire);
      else fire();
    }
    if (deadline !== Infinity && !fired) {
      timer = setTimeout(fire, Math.max(0, deadline - (performance.timeOrigin + performance.now())));
    }
  }
}
