// A carrier: a worker that runs Python threads other than the main one, one at a time.
//
// A carrier takes thread records from the run queue in the heap (src/threads/run_queue.ts): a new thread to
// run, or a parked one to resume. It takes the GIL for that thread, runs it until it ends or parks, gives the
// GIL back (reporting `park` to the supervisor, which watches what the thread waits for) and takes the next
// record, waiting on the queue when it is empty. Between threads a carrier holds no Python state at all, so
// any carrier can run any thread, and a thread that parked on one carrier may resume on another.
//
// A thread whose target is a Python function (or a method of one) gets that function's frame as the bottom
// of its stack, run by the carrier's own eval loop: such a thread can park. Other targets (a builtin, a
// partial …) run through the generic call and simply block their carrier when they wait.

import { parentPort } from 'node:worker_threads';
import { I32, F64 } from '../heap/heap';
import { freeBlock } from '../heap/alloc';
import { Block, CodeFlag, Frame, FunctionObj, BoundMethodObj, Obj, ParkKind, ThreadRec, ThreadsWord } from '../heap/layout';
import { decref, PyErr, Ref, T } from '../objects/core';
import { call, isInstanceOfType } from '../objects/abstract';
import { tupleItems } from '../objects/tuple';
import { spreadKeywords } from '../objects/dict';
import { listItems } from '../objects/list';
import { codeInfo } from '../objects/code';
import { setCurrentThread, ThreadState } from '../vm/thread_state';
import { pushFunctionFrame, runFrame, toPyException } from '../vm/eval';
import { clearFrame, stackBase } from '../vm/frames';
import { reportUnraisable } from '../vm/unraisable';
import { vmHooks } from '../vm/hooks';
import { dropGil, gilObserver, takeGil } from '../gil/gil';
import { orphanPending, quiesceForGood } from '../gil/ft';
import { beforeGilRelease } from '../gil/blocking';
import { flushAll } from '../modules/stdio';
import { unlock } from './locks';
import { PARK, ParkRequest, parkCompleters, takeParkRequest } from './park';
import { joinAsCarrier, RunJob, takeJob } from './run_queue';

/** Whom the GIL is held for while a carrier does its own work (attaching to the heap), not a thread's. */
export const CARRIER_IDENT = -1;

/** Messages a carrier sends to the supervisor. */
export type CarrierReport = { t: 'ready' } | { t: 'park'; rec: number; word: number; expect: number; deadline: number };

/** The carrier's life: take a thread from the run queue, run it until it ends or parks, and again. */
export function startCarrier(): never {
  const carrier = joinAsCarrier();
  // the supervisor counts a booting carrier as busy until it says it is ready: once, as it first goes idle
  // (so that it is counted idle then) or takes its first job
  let ready = false;
  const announce = () => {
    if (!ready) report({ t: 'ready' });
    ready = true;
  };
  for (;;) {
    const rec = takeJob(carrier, announce);
    announce();
    if (I32[rec + ThreadRec.QueueJob] === RunJob.Run) runThread(rec);
    else resumeThread(rec);
  }
}

function report(m: CarrierReport): void {
  parentPort!.postMessage(m);
}

// ---- starting --------------------------------------------------------------------------------------------

function runThread(rec: number): void {
  const ident = I32[rec + ThreadRec.Ident];
  takeGil(I32, ident); // before anything touches the heap: the thread stack below is allocated
  const t = ThreadState.forThread(ident);
  t.rec = rec;
  setCurrentThread(t);
  // the record keeps func, args and kwargs (counted) until the thread ends: finish() releases them
  const func = I32[rec + ThreadRec.Func];
  const args = I32[rec + ThreadRec.Args];
  const kwargs = I32[rec + ThreadRec.Kwargs];
  try {
    // positional args, then keyword values; kwnames names the keyword ones
    const argv = tupleItems(args);
    const kwnames = kwargs === 0 ? null : spreadKeywords(kwargs, argv);
    const root = rootFrame(t, func, argv, kwnames);
    if (root !== 0) {
      I32[rec + ThreadRec.RootFrame] = root;
      t.canPark = true;
      runRoot(t, root, root);
    } else {
      finish(t, () => call(func, argv, kwnames));
    }
  } catch (e) {
    if (e === PARK) parkThread(t);
    else finish(t, () => {
      throw e;
    });
  }
}

/**
 * The bottom frame for a Python-function target (a function, or a bound method of one), or 0 for anything
 * else. Pushing it binds the arguments, so errors there (wrong count) surface as the thread's exception.
 */
function rootFrame(t: ThreadState, func: Ref, argv: Ref[], kwnames: string[] | null): number {
  let f = func;
  if ((f & 1) === 0 && I32[f + Obj.Type] === T.method) {
    argv.unshift(I32[f + BoundMethodObj.Self]);
    f = I32[f + BoundMethodObj.Func];
  }
  if ((f & 1) !== 0 || I32[f + Obj.Type] !== T.function) {
    if (f !== func) argv.shift();
    return 0;
  }
  const info = codeInfo(I32[f + FunctionObj.Code]);
  if (info.flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) {
    if (f !== func) argv.shift();
    return 0;
  }
  const fp = pushFunctionFrame(t, f, info, argv, 0, argv.length, kwnames);
  I32[fp + Frame.Back] = 0;
  return fp;
}

/** Run (or go on running) the thread's bottom frame; on return release it and end the thread. */
function runRoot(t: ThreadState, root: number, start: number): void {
  let result: Ref = 0;
  let error: unknown = null;
  try {
    result = runFrame(t, root, start);
  } catch (e) {
    if (e === PARK) throw e;
    error = e;
  }
  const info = codeInfo(I32[root + Frame.Code]);
  clearFrame(root, info, stackBase(root, info) + I32[root + Frame.Sp]);
  t.depth--;
  t.popFrameSpace(root);
  finish(t, () => {
    if (error !== null) throw error;
    return result;
  });
}

// ---- ending ------------------------------------------------------------------------------------------------

/** Run the thread's last step, report an exception it raised, and end the thread. */
function finish(t: ThreadState, last: () => Ref): void {
  const rec = t.rec;
  const func = I32[rec + ThreadRec.Func];
  try {
    decref(last());
  } catch (e) {
    if (e === PARK) {
      parkThread(t);
      return;
    }
    const exc = e instanceof PyErr ? e.exc : toPyException(e);
    if (!isInstanceOfType(exc, T.SystemExit)) reportThreadException(exc, func);
    decref(exc);
  }
  for (const field of [ThreadRec.Func, ThreadRec.Args, ThreadRec.Kwargs]) {
    decref(I32[rec + field]);
    I32[rec + field] = 0;
  }
  // free-threaded: from here on this worker reads no shared object, so the joiner may free at once again
  if (__GILT_FT__) quiesceForGood();
  // wake whoever joins this thread (threading's "thread state lock")
  const sentinels = I32[rec + ThreadRec.Sentinels];
  if (sentinels !== 0) {
    for (const lock of listItems(sentinels)) unlock(lock);
    decref(sentinels);
  }
  t.release();
  freeBlock(rec - Block.RawHeaderWords);
  Atomics.sub(I32, ThreadsWord.Count, 1);
  flushAll();
  if (__GILT_FT__) orphanPending(); // this worker may now idle for long: its deferred frees go to the heap
  setCurrentThread(null as unknown as ThreadState);
  gilObserver()?.threadEnded(t.ident);
  dropGil(I32, t.ident, false);
}

function reportThreadException(exc: Ref, func: Ref): void {
  reportUnraisable(exc, 'Exception ignored in thread started by', func);
}

// ---- parking -----------------------------------------------------------------------------------------------

function parkThread(t: ThreadState): void {
  const rec = t.rec;
  const req = takeParkRequest();
  t.saveTo(rec);
  I32[rec + ThreadRec.ParkKind] = req.kind;
  I32[rec + ThreadRec.ParkObj] = req.obj;
  F64[(rec + ThreadRec.ParkDeadline) >> 1] = req.deadline;
  Atomics.add(I32, ThreadsWord.Parked, 1);
  beforeGilRelease();
  if (__GILT_FT__) orphanPending();
  setCurrentThread(null as unknown as ThreadState);
  dropGil(I32, t.ident, false);
  report({ t: 'park', rec, word: req.word, expect: req.expect, deadline: req.deadline });
}

function resumeThread(rec: number): void {
  const t = ThreadState.restoreFrom(rec);
  setCurrentThread(t);
  takeGil(I32, t.ident);
  Atomics.sub(I32, ThreadsWord.Parked, 1);
  const req: ParkRequest = {
    kind: I32[rec + ThreadRec.ParkKind] as ParkKind,
    obj: I32[rec + ThreadRec.ParkObj],
    word: 0, // watched by the supervisor, not needed to finish the call
    expect: 0,
    deadline: F64[(rec + ThreadRec.ParkDeadline) >> 1],
  };
  I32[rec + ThreadRec.ParkObj] = 0;
  const fp = t.parkedFrame;
  const root = I32[rec + ThreadRec.RootFrame];
  try {
    let result: Ref;
    try {
      result = parkCompleters[req.kind]!(req, t);
    } catch (e) {
      if (e === PARK) throw e;
      // the call raised: raise it in the frame, as if the native had
      vmHooks.pendingThrow = e instanceof PyErr ? e.exc : toPyException(e);
      result = 0;
    } finally {
      decref(req.obj);
    }
    if (result !== 0) {
      const info = codeInfo(I32[fp + Frame.Code]);
      const sp = stackBase(fp, info) + I32[fp + Frame.Sp];
      I32[sp] = result;
      I32[fp + Frame.Sp]++;
    }
    runRoot(t, root, fp);
  } catch (e) {
    if (e === PARK) parkThread(t);
    else throw e;
  }
}
