// The GIL algorithm (src/gil/gil.ts) between real worker threads, independent of the interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { initGil, GilWord } from '../../src/gil/gil';

function runThreads(n: number, millis: number, interval: number): Promise<Array<{ units: number; yields: number }>> {
  const sab = new SharedArrayBuffer(4096);
  const h = new Int32Array(sab);
  initGil(h, interval);
  const workers = Array.from({ length: n }, (_, i) => new Worker(path.join(__dirname, 'gil.worker.js'), {
    workerData: { sab, ident: i + 1, millis },
  }));
  return Promise.all(workers.map((w) => new Promise<{ units: number; yields: number }>((resolve, reject) => {
    w.on('message', resolve);
    w.on('error', reject);
  }))).then((r) => {
    assert.equal(h[GilWord.Locked], 0, 'the GIL is free at the end');
    return r;
  });
}

test('two CPU-bound threads share the GIL and both make progress', async () => {
  const [a, b] = await runThreads(2, 600, 0.005);
  assert.ok(a.units > 0 && b.units > 0);
  const share = a.units / (a.units + b.units);
  assert.ok(share > 0.2 && share < 0.8, `fair share, got ${share.toFixed(2)}`);
  // each yield is a forced switch requested after one interval: about 600 ms / 5 ms in total
  const switches = a.yields + b.yields;
  assert.ok(switches > 20 && switches < 400, `switch count ${switches}`);
});

test('a longer switch interval means fewer switches', async () => {
  const fast = await runThreads(2, 500, 0.002);
  const slow = await runThreads(2, 500, 0.05);
  const count = (r: Array<{ yields: number }>) => r.reduce((s, x) => s + x.yields, 0);
  assert.ok(count(fast) > count(slow) * 3, `switches: ${count(fast)} at 2 ms vs ${count(slow)} at 50 ms`);
});
