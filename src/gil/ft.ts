// Notes about free-threaded mode
// ------------------------------
//
// With -X gil=0 (or PYTHON_GIL=0) the supervisor starts workers built with __GILT_FT__ = true
// (scripts/build.mjs) and the GIL word says "disabled": Python threads run at once, one per worker. What the
// GIL used to guarantee is kept by the helpers below and in core.ts, alloc.ts and critical_section.ts, which in
// the GIL-mode bundle are not compiled in at all.
//
// - Attached and detached. A worker running Python is *attached*. Taking the GIL (takeGil) means attaching, and
//   dropping it (dropGil, so every blocking call through releaseGilAround, parking, a thread's end) means
//   detaching. FtWord.Attached counts attached workers.
//
// - Concurrent or not. Until a second thread starts, the one attached worker owns the heap exactly as under the
//   GIL, so the helpers stay plain (`ftConcurrent` false). The first _thread.start_new_thread sets
//   FtWord.Concurrent, and from then on (never back): refcounts are atomic, container mutations lock their
//   object, allocation goes through per-worker caches, and memory is freed only when it is safe (below).
//
// - Deferred freeing (QSBR, as PEP 703 uses for list and dict storage). Under the GIL, a borrowed reference
//   stays valid until the holder next drops the GIL; natives and the eval loop's inline caches rely on that.
//   Without the GIL another thread may drop the last reference meanwhile. So while more than one worker is
//   attached, an object whose refcount reaches 0 is not destroyed at once but queued, tagged with the global
//   epoch (Obj.Aux, ObjFlag.FtQueued); a freed raw block (a list's item array, a dict's table) likewise.
//   Each attached worker records the epoch it has seen at its *quiescent points* — the places where, under the
//   GIL, it could have dropped the lock: eval-breaker checks and detaching. An entry is reclaimed once every
//   attached worker has seen a later epoch: nobody can still hold a borrowed reference from before. An object
//   whose refcount went back above 0 meanwhile (a reader took a reference) is simply alive again.
//   When only one worker is attached, nothing else can hold a borrowed reference and frees happen at once, so
//   __del__ runs when CPython would run it.
//
// - Stopping the world. The cycle collector and turning the GIL back on need every other worker paused at a
//   quiescent point: the stopper sets FtWord.StopRequest and the StopTheWorld eval-breaker bit and waits until it
//   is the only attached worker; the others detach at their next check and wait until the request is withdrawn.
//
// - Turning the GIL on. Importing a native module that does not declare itself safe without the GIL stops the
//   world, sets GilWord.Enabled and takes the GIL, as CPython 3.13t does (with a RuntimeWarning). The helpers
//   stay atomic: correct either way.

import { I32 } from '../heap/heap';
import { lockWordMutex, unlockWordMutex } from './mutex';
import { Block, EvalBreakerBit, FtSlots, FtWord, HeapHeader, Obj, ObjFlag } from '../heap/layout';

/** This worker's id (the main thread's worker is 1); 0 before it joined free-threaded bookkeeping. */
export let workerId = 0;
/** The helpers are atomic/locking (a second thread exists, and not -X unsafe_refcounts). */
export let ftSafe = false;
/** Other workers may run Python beside this one: allocation and freeing take the shared paths. */
export let ftConcurrent = false;
/** Word address of this worker's QSBR slot (a scratch word until free-threaded bookkeeping starts). */
export let qsbrSlot: number = HeapHeader.ScratchSlot;
/** This worker's queue of deferred frees is long: reclaim at the next quiescent point. */
export let reclaimDue = false;
/** True while this worker is attached (for the heap checker). */
let attached = false;
/** True while attached and counted in FtWord.Running (it may hold borrowed references). */
let running = false;
/** True while this worker holds the world stopped. */
let stoppingWorld = false;

/** What this file needs from the layers above it (set by core.ts and alloc.ts at load). */
export const hooks = {
  destroyNow: (_r: number): void => {}, // core.ts dealloc
  freeNow: (_p: number): void => {}, // alloc.ts: return a block to the allocator at once
  allocRaw: (_words: number): number => 0, // alloc.ts allocRaw
  beforeDetach: (): void => {}, // core.ts: add this worker's object counts to the heap header
  pause: (): void => {}, // interpreter.ts: detach and re-attach the running thread (another worker stops the world)
};

// deferred frees of this worker: refs (objects) or raw-block addresses | 1, with the epoch for raw blocks
const pendingRefs: number[] = [];
const pendingEpochs: number[] = [];
const RECLAIM_AT = 512;

/** Set up the interpreter-wide words (the main worker, before any thread exists). */
export function initFreeThreading(unsafe: boolean, allocSlots: (words: number) => number): void {
  Atomics.store(I32, FtWord.Unsafe, unsafe ? 1 : 0);
  Atomics.store(I32, FtWord.NextWorkerId, 1);
  Atomics.store(I32, FtWord.Epoch, 1);
  const slots = allocSlots(FtSlots.MaxWorkers * FtSlots.SlotStride);
  I32.fill(FtSlots.Detached, slots + Block.RawHeaderWords, slots + Block.RawHeaderWords + FtSlots.MaxWorkers * FtSlots.SlotStride);
  Atomics.store(I32, FtWord.Slots, slots);
  // the main thread then attaches as it "takes the GIL" (takeGil)
}

/** Give this worker an id and its QSBR slot (a carrier, once, before it first attaches). */
export function joinAsWorker(): void {
  if (workerId !== 0) return;
  workerId = Atomics.add(I32, FtWord.NextWorkerId, 1);
  if (workerId >= FtSlots.MaxWorkers) throw new Error('free-threaded mode: too many workers');
  qsbrSlot = Atomics.load(I32, FtWord.Slots) + Block.RawHeaderWords + workerId * FtSlots.SlotStride;
}

/** From now on other threads may run beside this one (called by the thread starting the first other thread). */
export function becomeConcurrent(): void {
  Atomics.store(I32, FtWord.Concurrent, 1);
  Atomics.notify(I32, FtWord.Concurrent); // carriers booted early wait for it before attaching
  refreshMode();
}

/**
 * A carrier booted before the first thread started (src/threads/pool.ts) waits here before it attaches:
 * attaching reads shared dicts and may allocate, which only the concurrent mode's helpers make safe beside
 * the main thread.
 */
export function waitUntilConcurrent(): void {
  while (Atomics.load(I32, FtWord.Concurrent) === 0) Atomics.wait(I32, FtWord.Concurrent, 0);
}

function refreshMode(): void {
  ftConcurrent = Atomics.load(I32, FtWord.Concurrent) === 1;
  ftSafe = ftConcurrent && Atomics.load(I32, FtWord.Unsafe) === 0;
}

// ---- attaching and detaching ---------------------------------------------------------------------------

/**
 * Start running Python on this worker: wait while the world is stopped, then count in. `mayBorrow` false:
 * the worker only reads immortal objects (a carrier attaching to boot), so it does not count as running.
 */
export function ftAttach(mayBorrow = true): void {
  if (workerId === 0) joinAsWorker();
  for (;;) {
    while (Atomics.load(I32, FtWord.StopRequest) !== 0) Atomics.wait(I32, FtWord.StopRequest, 1, 20);
    Atomics.add(I32, FtWord.Attached, 1);
    if (Atomics.load(I32, FtWord.StopRequest) === 0) break;
    // a stop began meanwhile: step back out so the stopper sees us detached
    Atomics.sub(I32, FtWord.Attached, 1);
    Atomics.notify(I32, FtWord.Attached);
  }
  attached = true;
  refreshMode();
  if (!mayBorrow) return;
  running = true;
  Atomics.add(I32, FtWord.Running, 1);
  Atomics.store(I32, qsbrSlot, Atomics.load(I32, FtWord.Epoch));
}

/** Stop running Python on this worker (it holds no borrowed references from here on). */
export function ftDetach(): void {
  hooks.beforeDetach();
  quiesceForGood();
  attached = false;
  Atomics.sub(I32, FtWord.Attached, 1);
  if (Atomics.load(I32, FtWord.StopRequest) !== 0) Atomics.notify(I32, FtWord.Attached);
}

/**
 * This worker will touch no more borrowed references before it detaches (a thread's last steps, after its
 * Python code): other workers may free at once again. Called just before waking whoever joins the thread.
 */
export function quiesceForGood(): void {
  if (!running) return;
  running = false;
  Atomics.store(I32, qsbrSlot, FtSlots.Detached);
  Atomics.sub(I32, FtWord.Running, 1);
}

export function ftAttachedHere(): boolean {
  return attached;
}

/** Is this worker the one holding the world stopped (so it must not pause for its own request)? */
export function isStoppingWorld(): boolean {
  return stoppingWorld;
}

/**
 * Pause every other attached worker at a quiescent point. Call attached; undo with startTheWorld. `pause`
 * detaches and re-attaches this thread (the VM's way, which also takes the GIL if it was turned on meanwhile),
 * for when another worker is stopping the world first.
 */
export function stopTheWorld(pause: () => void): void {
  while (Atomics.compareExchange(I32, FtWord.StopRequest, 0, 1) !== 0) pause();
  stoppingWorld = true;
  Atomics.or(I32, HeapHeader.EvalBreaker, EvalBreakerBit.StopTheWorld);
  for (;;) {
    const n = Atomics.load(I32, FtWord.Attached);
    if (n <= 1) break;
    Atomics.wait(I32, FtWord.Attached, n, 5);
  }
}

export function startTheWorld(): void {
  stoppingWorld = false;
  Atomics.and(I32, HeapHeader.EvalBreaker, ~EvalBreakerBit.StopTheWorld);
  Atomics.store(I32, FtWord.StopRequest, 0);
  Atomics.notify(I32, FtWord.StopRequest);
}

/** Is no other worker running Python (so nobody else can hold a borrowed reference)? */
export function aloneAttached(): boolean {
  return Atomics.load(I32, FtWord.Running) <= (running ? 1 : 0);
}

// ---- deferred freeing (QSBR) ---------------------------------------------------------------------------

/**
 * An object's refcount reached 0 with other workers attached: destroy it later (or now, if this worker is
 * alone). `destroyNow` is core.ts's dealloc.
 */
export function deferDealloc(r: number): void {
  const epoch = Atomics.load(I32, FtWord.Epoch);
  Atomics.store(I32, r + Obj.Aux, epoch);
  const old = Atomics.or(I32, r + Obj.Flags, ObjFlag.FtQueued);
  if (old & ObjFlag.FtQueued) return; // already in some worker's queue; the epoch above keeps it there longer
  if (aloneAttached()) {
    Atomics.and(I32, r + Obj.Flags, ~ObjFlag.FtQueued);
    hooks.destroyNow(r);
    return;
  }
  pendingRefs.push(r);
  pendingEpochs.push(epoch);
  if (pendingRefs.length >= RECLAIM_AT) reclaimDue = true;
}

/** A raw block (item array, hash table) is no longer used by its object: free it when no reader can see it. */
export function deferFreeRaw(p: number): void {
  pendingRefs.push(p | 1);
  pendingEpochs.push(Atomics.load(I32, FtWord.Epoch));
  if (pendingRefs.length >= RECLAIM_AT) reclaimDue = true;
}

/** The lowest epoch any attached worker has confirmed (Detached if none is attached). */
function oldestObservedEpoch(): number {
  const slots = Atomics.load(I32, FtWord.Slots) + Block.RawHeaderWords;
  const n = Atomics.load(I32, FtWord.NextWorkerId);
  let min = FtSlots.Detached;
  for (let w = 1; w < n; w++) {
    const e = Atomics.load(I32, slots + w * FtSlots.SlotStride);
    if (e < min) min = e;
  }
  return min;
}

/**
 * An eval-breaker check: a quiescent point. Confirm the epoch (stored only when it changed, so workers do not
 * write to shared memory at every backward jump) and free what is due.
 */
export function quiescent(): void {
  const e = I32[FtWord.Epoch];
  if (I32[qsbrSlot] !== e && running) Atomics.store(I32, qsbrSlot, e);
  if (reclaimDue) reclaim();
  else if ((pendingRefs.length > 0 || I32[FtWord.Orphans] !== 0) && aloneAttached()) reclaim(true);
}

/**
 * At a quiescent point: free what every attached worker has stopped seeing (`everything`: what is queued at
 * all, when no other worker can be running, e.g. at exit).
 */
export function reclaim(everything = false): void {
  const { destroyNow, freeNow } = hooks;
  reclaimDue = false;
  adoptOrphans();
  if (pendingRefs.length === 0) return;
  if (running) Atomics.store(I32, qsbrSlot, Atomics.load(I32, FtWord.Epoch));
  const safeBelow = everything ? FtSlots.Detached : oldestObservedEpoch();
  // the next round can free what was queued up to now
  Atomics.add(I32, FtWord.Epoch, 1);
  // (the others may attach meanwhile: they hold no borrowed references from before, so `everything` holds)
  const refs = pendingRefs.splice(0);
  const epochs = pendingEpochs.splice(0);
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (r & 1) {
      if (epochs[i] < safeBelow) freeNow(r & ~1);
      else keep(r, epochs[i]);
      continue;
    }
    if (Atomics.load(I32, r) === 0) {
      if (Atomics.load(I32, r + Obj.Aux) < safeBelow) {
        Atomics.and(I32, r + Obj.Flags, ~ObjFlag.FtQueued);
        destroyNow(r);
      } else {
        keep(r, epochs[i]);
      }
      continue;
    }
    // referenced again (a reader took a reference in time): alive; re-queue if it dropped to 0 meanwhile
    Atomics.and(I32, r + Obj.Flags, ~ObjFlag.FtQueued);
    if (Atomics.load(I32, r) === 0 && !(Atomics.or(I32, r + Obj.Flags, ObjFlag.FtQueued) & ObjFlag.FtQueued)) keep(r, epochs[i]);
  }
  if (pendingRefs.length >= RECLAIM_AT) reclaimDue = true;
}

function keep(r: number, epoch: number): void {
  pendingRefs.push(r);
  pendingEpochs.push(epoch);
}

/** How many frees this worker has deferred (statistics, tests). */
export function pendingFrees(): number {
  return pendingRefs.length;
}

// ---- handing the queue over ------------------------------------------------------------------------------
// A carrier whose thread ends (or parks) may sit idle for long: it hands its queue to the heap so whoever
// reclaims next frees those entries too. The orphan block: [count, pairs (ref, epoch)...] after the raw header.


function lockOrphans(): void {
  lockWordMutex(FtWord.OrphanLock);
}

function unlockOrphans(): void {
  unlockWordMutex(FtWord.OrphanLock);
}

/** Hand this worker's deferred frees to the heap (call attached, before going idle). */
export function orphanPending(): void {
  if (pendingRefs.length === 0) return;
  lockOrphans();
  try {
    const old = Atomics.load(I32, FtWord.Orphans);
    const oldCount = old === 0 ? 0 : I32[old + Block.RawHeaderWords];
    const count = oldCount + pendingRefs.length;
    const block = hooks.allocRaw(1 + count * 2);
    const base = block + Block.RawHeaderWords;
    I32[base] = count;
    if (old !== 0) I32.copyWithin(base + 1, old + Block.RawHeaderWords + 1, old + Block.RawHeaderWords + 1 + oldCount * 2);
    for (let i = 0; i < pendingRefs.length; i++) {
      I32[base + 1 + (oldCount + i) * 2] = pendingRefs[i];
      I32[base + 2 + (oldCount + i) * 2] = pendingEpochs[i];
    }
    pendingRefs.length = 0;
    pendingEpochs.length = 0;
    Atomics.store(I32, FtWord.Orphans, block);
    if (old !== 0) hooks.freeNow(old);
  } finally {
    unlockOrphans();
  }
}

function adoptOrphans(): void {
  if (Atomics.load(I32, FtWord.Orphans) === 0) return;
  lockOrphans();
  const block = Atomics.exchange(I32, FtWord.Orphans, 0);
  unlockOrphans();
  if (block === 0) return;
  const base = block + Block.RawHeaderWords;
  const count = I32[base];
  for (let i = 0; i < count; i++) keep(I32[base + 1 + i * 2], I32[base + 2 + i * 2]);
  hooks.freeNow(block);
}
