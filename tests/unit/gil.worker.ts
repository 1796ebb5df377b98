// A worker for gil.test.ts: a "CPU-bound thread" that runs work units, polls the eval breaker between them as
// the eval loop does, and yields the GIL when a drop is requested.
import { workerData, parentPort } from 'node:worker_threads';
import { takeGil, yieldGil, dropGil } from '../../src/gil/gil';

const { sab, ident, millis } = workerData as { sab: SharedArrayBuffer; ident: number; millis: number };
const h = new Int32Array(sab);
const EVAL_BREAKER = 16;
let units = 0;
let yields = 0;
takeGil(h, ident);
const end = performance.now() + millis;
let x = 0;
while (performance.now() < end) {
  for (let i = 0; i < 20000; i++) x = (x * 31 + i) | 0; // one "work unit" (~20 µs)
  units++;
  if (Atomics.load(h, EVAL_BREAKER) & 1) {
    yieldGil(h, ident);
    yields++;
  }
}
dropGil(h, ident, false);
parentPort!.postMessage({ units, yields, x });
