// A worker for gil.test.ts: a "CPU-bound thread" that runs a fixed number of work units, polls the eval
// breaker between them as the eval loop does, and yields the GIL when a drop is requested.
import { workerData, parentPort } from 'node:worker_threads';
import { takeGil, yieldGil, dropGil, GilWord } from '../../src/gil/gil';

const { sab, ident, units, waitForWaiters } = workerData as {
  sab: SharedArrayBuffer; ident: number; units: number; waitForWaiters: number;
};
const h = new Int32Array(sab);
const EVAL_BREAKER = 16;
const LOG = 1024; // progress log: [next index, then (ident) per unit]
takeGil(h, ident);
// the first thread starts working only once the others wait for the GIL, so the test does not depend on timing
while (Atomics.load(h, GilWord.Waiters) < waitForWaiters) Atomics.wait(h, GilWord.Waiters, Atomics.load(h, GilWord.Waiters), 1);
let yields = 0;
let x = 0;
for (let u = 0; u < units; u++) {
  for (let i = 0; i < 20000; i++) x = (x * 31 + i) | 0; // one "work unit" (~20 µs)
  h[LOG + 1 + h[LOG]++] = ident; // only the GIL holder writes here
  if (Atomics.load(h, EVAL_BREAKER) & 1) {
    yieldGil(h, ident);
    yields++;
  }
}
dropGil(h, ident, false);
parentPort!.postMessage({ yields, x });
