// A worker thread: runs the Python main thread of an interpreter over the shared heap.

import { workerData } from 'node:worker_threads';
import { createInterpreter, finalize, runMain, RunOptions, handleUncaught } from '../vm/interpreter';
import { flushAll } from '../modules/stdio';

const opts = workerData as RunOptions;
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
