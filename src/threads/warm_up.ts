// Warming a new carrier's JIT (free-threaded mode).
//
// Each worker is a V8 isolate of its own, so each compiles the eval loop (runFrame) from scratch once enough
// Python has gone through it; until then a thread runs on it about twice as slowly (measured with
// time.thread_time: a fresh carrier's first ~0.2 s of Python cost ~2x the CPU). Under the GIL that hardly
// matters — one thread runs at a time — but without it, a round of threads started on fresh carriers does
// not scale. So in free-threaded mode a new carrier that nobody waits for, booted while a core is idle, first
// runs a small Python loop while it attaches, in short rounds, and stops as soon as a thread is queued.
//
// It must not be observable. It attaches as a booting carrier does, without counting as a running thread, so
// the program's frees stay immediate while it is alone (__del__ timing); and it borrows nothing another thread
// could free: its code uses no builtins, only its own objects, literals and the methods of builtin types
// (immortal). Under GILT_HEAPCHECK it is skipped, as the checker at exit would count its live objects.

import { I32 } from '../heap/heap';
import { FtWord } from '../heap/layout';
import { availableParallelism } from 'node:os';
import { compileSource } from '../compiler/compile';
import { newCode } from '../objects/code';
import { decref, PyErr, S } from '../objects/core';
import { dictClear, dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { call } from '../objects/abstract';
import { newInt } from '../objects/int';
import { intern } from '../objects/str';
import { runCode } from '../vm/functions';
import { setCurrentThread, ThreadState } from '../vm/thread_state';
import { RunQueueWord, unservedJobs } from './run_queue';

const WARM_UP = `
def step(a, b=1):
    return a + b

def loop(n):
    acc = 0
    items = []
    table = {}
    i = 0
    while i < n:
        acc += i % 7
        acc -= step(i) & 3
        if i & 1 and acc > -1:
            acc += 1
        items.append(i)
        table[i & 15] = acc
        if i & 7 == 7:
            items.clear()
        i += 1
    return acc
`;

/** Rounds of loop(ROUND) it runs, looking between rounds whether a thread waits for this carrier. */
const ROUNDS = 40;
const ROUND = 4000;

/** Is warming up worth its CPU? (nobody waits for this carrier, and a core is free of Python) */
export function shouldWarmUp(): boolean {
  if (process.env.GILT_HEAPCHECK) return false;
  return unservedJobs() <= 0 && Atomics.load(I32, FtWord.Running) < availableParallelism();
}

/** Run the warm-up loop; call attached (as a booting carrier), with `ident` the carrier's own. */
export function warmUp(ident: number): void {
  const t = ThreadState.forThread(ident);
  setCurrentThread(t);
  const globals = newDict();
  try {
    dictSetItem(globals, intern('__builtins__'), S.builtinsModule);
    const code = newCode(compileSource(WARM_UP, '<gilt warm-up>', 'exec'));
    try {
      decref(runCode(code, globals, globals));
    } finally {
      decref(code);
    }
    const loop = dictGetStr(globals, intern('loop'));
    for (let i = 0; i < ROUNDS && Atomics.load(I32, RunQueueWord.Jobs) === 0; i++) decref(call(loop, [newInt(ROUND)], null));
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc); // a warm-up that fails only leaves the JIT colder
  } finally {
    dictClear(globals); // the functions refer back to their globals: break the cycles
    decref(globals);
    t.release();
    setCurrentThread(null as unknown as ThreadState);
  }
}
