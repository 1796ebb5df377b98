// The GIL algorithm (src/gil/gil.ts) between real worker threads, independent of the interpreter. These check
// behaviour (a waiting thread gets the GIL through a drop request; threads alternate), not speed: switch rates
// are measured in bench/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { initGil, GilWord } from '../../src/gil/gil';

async function runThreads(units: number, interval: number): Promise<{ log: number[]; yields: number }> {
  const sab = new SharedArrayBuffer(1 << 20);
  const h = new Int32Array(sab);
  initGil(h, interval);
  const spawn = (ident: number, waitForWaiters: number) => new Worker(path.join(__dirname, 'gil.worker.js'), {
    workerData: { sab, ident, units, waitForWaiters },
  });
  const first = spawn(1, 1);
  // start the second thread once the first holds the GIL
  while (Atomics.load(h, GilWord.Locked) === 0) await new Promise((r) => setTimeout(r, 1));
  const second = spawn(2, 0);
  const results = await Promise.all([first, second].map((w) => new Promise<{ yields: number }>((resolve, reject) => {
    w.on('message', resolve);
    w.on('error', reject);
  })));
  assert.equal(h[GilWord.Locked], 0, 'the GIL is free at the end');
  const n = h[1024];
  return { log: Array.from(h.subarray(1025, 1025 + n)), yields: results[0].yields + results[1].yields };
}

test('a waiting thread gets the GIL from a CPU-bound holder through a drop request', async () => {
  const { log, yields } = await runThreads(2000, 0.005);
  assert.equal(log.length, 4000, 'every unit of both threads ran');
  assert.ok(yields >= 1, 'the holder was asked to drop the GIL');
  // the second thread ran before the first had finished: they alternated
  assert.ok(log.indexOf(2) < log.lastIndexOf(1), 'threads alternated instead of running one after the other');
});
