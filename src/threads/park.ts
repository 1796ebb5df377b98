// Parking: a Python thread that waits for a long time gives its worker back.
//
// A worker costs ~10 MiB and ~100 ms to start (DESIGN §5), so 200 threads that each sleep must not hold 200
// workers. Python threads other than the main one run on carrier workers (src/threads/carrier.ts). When such
// a thread calls a parkable native — time.sleep, lock.acquire, RLock.acquire — straight from its own eval
// loop, and the wait turns out long, the native records what it waits for in `parkRequest` and throws PARK.
// The eval loop saves the running frame and lets PARK through; the carrier writes the thread state into the
// thread record, releases the GIL and tells the supervisor, which watches the lock word (Atomics.waitAsync)
// and the deadline, and hands the thread to any free carrier when either fires. There, `completePark`
// finishes the call (takes the lock, or gives up at the deadline) and the loop goes on after the call.
//
// Only a call made directly by the thread's bottom eval loop may park: a native that called back into
// Python has JS frames on the worker's stack that cannot move, so deeper waits simply block the worker
// (the GIL is released either way). The eval loop opens a "park window" just for the call of a parkable
// native (ThreadState.parkWindow); the native takes it at once (`takeParkWindow`), so whatever it calls
// itself never sees it.

import { I32 } from '../heap/heap';
import { BuiltinFunctionObj, DescrObj, Obj, ParkKind } from '../heap/layout';
import { Ref, T } from '../objects/core';
import { ThreadState } from '../vm/thread_state';

/** Thrown by a parking native; only the eval loop and the carrier catch it. */
export const PARK = { park: true } as const;

/** Natives that may park, by native index. */
const parkable: boolean[] = [];
export function markParkable(nativeIndex: number): void {
  parkable[nativeIndex] = true;
}

export function isParkable(callable: Ref): boolean {
  if ((callable & 1) !== 0) return false;
  const type = I32[callable + Obj.Type];
  if (type === T.builtin_function_or_method) return parkable[I32[callable + BuiltinFunctionObj.Native]] === true;
  if (type === T.method_descriptor) return parkable[I32[callable + DescrObj.Native]] === true;
  return false;
}

/** What a parking native waits for (read by the carrier right after PARK). */
export interface ParkRequest {
  kind: ParkKind;
  /** the lock (a new reference the thread record keeps), or 0 */
  obj: Ref;
  /** the heap word whose change may end the wait (0: only time) */
  word: number;
  /** its value when the thread parked */
  expect: number;
  /** absolute time (performance.timeOrigin + now, ms); Infinity = none */
  deadline: number;
}

export let parkRequest: ParkRequest | null = null;

/** Called by a parkable native when it decides to park: records the request and throws PARK. */
export function park(req: ParkRequest): never {
  parkRequest = req;
  throw PARK;
}

export function takeParkRequest(): ParkRequest {
  const r = parkRequest!;
  parkRequest = null;
  return r;
}

/** May the native being called now park? (true once per call: the window closes when taken) */
export function takeParkWindow(t: ThreadState): boolean {
  const w = t.parkWindow;
  t.parkWindow = false;
  return w;
}

/** Absolute time in ms, comparable between workers and the supervisor. */
export function absNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * How a parked call finishes on resume, by kind: returns the call's result (a new reference), or parks
 * again (throws PARK through park()). Installed by the modules that park (time, _thread).
 */
export const parkCompleters: Array<((req: ParkRequest, t: ThreadState) => Ref) | undefined> = [];

/** Waits shorter than this block the worker instead of parking (parking costs two message hops). */
export const PARK_AFTER_MS = 10;
