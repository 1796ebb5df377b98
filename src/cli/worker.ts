// A worker over the shared heap: either the one that runs the Python main thread (it creates the
// interpreter), or a carrier that runs other Python threads (src/threads/carrier.ts).

import { workerData } from 'node:worker_threads';
import { attachInterpreter, createInterpreter, finalize, runMain, RunOptions, handleUncaught } from '../vm/interpreter';
import { flushAll } from '../modules/stdio';
import { startCarrier, CARRIER_IDENT } from '../threads/carrier';
import { bindHeap, I32 } from '../heap/heap';
import { HeapHeader } from '../heap/layout';
import { dropGil, takeGil } from '../gil/gil';
import { waitUntilConcurrent } from '../gil/ft';

const opts = workerData as RunOptions & { role?: 'main' | 'carrier' };
if (opts.role === 'carrier') {
  // attaching interns names (allocates): only with the GIL, like everything that touches the heap
  bindHeap(opts.heap);
  // booted beside the main worker, a carrier may be ready before the interpreter is
  while (Atomics.load(I32, HeapHeader.InterpreterReady) === 0) Atomics.wait(I32, HeapHeader.InterpreterReady, 0);
  if (__GILT_FT__) waitUntilConcurrent();
  takeGil(I32, CARRIER_IDENT);
  attachInterpreter(opts);
  dropGil(I32, CARRIER_IDENT, false);
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
