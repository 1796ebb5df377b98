// A worker over the shared heap: either the one that runs the Python main thread (it creates the
// interpreter), or a carrier that runs other Python threads (src/threads/carrier.ts).

import { workerData } from 'node:worker_threads';
import { attachInterpreter, createInterpreter, finalize, runMain, RunOptions, handleUncaught } from '../vm/interpreter';
import { flushAll } from '../modules/stdio';
import { startCarrier } from '../threads/carrier';

const opts = workerData as RunOptions & { role?: 'main' | 'carrier' };
if (opts.role === 'carrier') {
  attachInterpreter(opts);
  startCarrier();
} else {
  let code = 1;
  try {
    createInterpreter(opts);
    code = runMain(opts);
    code = finalize(code);
  } catch (e) {
    code = handleUncaught(e);
    flushAll();
  }
  flushAll();
  process.exit(code);
}
