// The state of one Python thread: its frame stack (in the heap, so the thread's frames are data any worker
// can read), the exception being handled, and the recursion depth.
//
// Frames are bump-allocated in chunks of the heap. A callee frame goes at `frameTop`; when a chunk is full the
// next frame starts a new chunk. Frames never move, so frames can point at each other by address. Each chunk's
// first word links to the previous chunk, so the whole stack is described by heap words alone: a parked
// thread (src/threads/) is resumed on another worker from its thread record.

import { F64, I32 } from '../heap/heap';
import { workerCpuNs } from '../threads/cpu_clock';
import { allocRaw, freeBlock } from '../heap/alloc';
import { Block, Frame, ThreadRec, ThreadsWord } from '../heap/layout';
import { decref, incref, raise, Ref, T } from '../objects/core';

const CHUNK_WORDS = 64 * 1024;
/** threads other than the main one start with a smaller chunk: many threads are cheap */
const THREAD_CHUNK_WORDS = 8 * 1024;

const enum Chunk {
  Prev = 0, // raw block of the previous chunk, 0 for the first
  FirstFrame = 1, // frames start here
}

export class ThreadState {
  /** word address of the running frame (0 when none) */
  frame = 0;
  /** where the next thread-stack frame goes */
  frameTop = 0;
  chunkBase = 0;
  chunkEnd = 0;
  /** raw block of the current chunk */
  chunk = 0;
  /** one emptied chunk kept for the next push that overflows (avoids alloc/free churn at a boundary) */
  private spare = 0;
  /** the exception being handled (sys.exc_info), counted */
  excInfo: Ref = 0;
  /** Python call depth */
  depth = 0;
  /** JS-level nesting of eval loops (natives calling back into Python) */
  nestedEvals = 0;
  /** thread identity */
  readonly ident: number;
  /** how the last runFrame ended: true when the frame yielded (generators) */
  yielded = false;
  /** this thread may park (give up its worker while it waits): threads run by a carrier, not the main one */
  canPark = false;
  /** set by the eval loop just before it calls a parkable native directly (see src/threads/park.ts) */
  parkWindow = false;
  /** the frame that was running when the thread parked */
  parkedFrame = 0;
  /** the thread record (src/threads/), 0 for the main thread */
  rec = 0;
  /** sys.settrace / sys.setprofile functions (counted) or 0 */
  traceFunc: Ref = 0;
  profileFunc: Ref = 0;
  /** time.thread_time(): CPU ns used before the thread last parked, and its carrier's CPU clock since */
  cpuBefore = 0;
  cpuMark = 0;
  /** nonzero when a trace or profile function is set and none is running: the one flag the eval loop checks
   * at calls, returns and exceptions (src/vm/trace.ts) */
  tracing = 0;
  /** a trace or profile function is running (its own calls are not traced) */
  inTraceHook = false;

  /** chunkWords = 0: no stack yet (restoreFrom sets one) */
  constructor(ident: number, chunkWords = CHUNK_WORDS) {
    this.ident = ident;
    if (chunkWords > 0) this.newChunk(chunkWords);
  }

  /** A thread other than the main one. */
  static forThread(ident: number): ThreadState {
    const t = new ThreadState(ident, THREAD_CHUNK_WORDS);
    t.cpuMark = workerCpuNs(); // a new thread's CPU time starts now, not when its carrier booted
    return t;
  }

  get recursionLimit(): number {
    return I32[ThreadsWord.RecursionLimit] || 1000;
  }

  set recursionLimit(n: number) {
    I32[ThreadsWord.RecursionLimit] = n;
  }

  private newChunk(words: number): void {
    let raw = 0;
    if (this.spare !== 0) {
      if (I32[this.spare + Block.Word0] >= words + Chunk.FirstFrame) raw = this.spare;
      else freeBlock(this.spare);
      this.spare = 0;
    }
    if (raw === 0) raw = allocRaw(Math.max(words + Chunk.FirstFrame, THREAD_CHUNK_WORDS));
    I32[raw + Block.RawHeaderWords + Chunk.Prev] = this.chunk;
    this.enterChunk(raw);
    this.frameTop = this.chunkBase;
  }

  private enterChunk(raw: number): void {
    this.chunk = raw;
    this.chunkBase = raw + Block.RawHeaderWords + Chunk.FirstFrame;
    this.chunkEnd = raw + Block.RawHeaderWords + I32[raw + Block.Word0];
  }

  /** Reserve `words` for a new frame on the thread stack; returns its address. */
  pushFrameSpace(words: number): number {
    if (this.frameTop + words > this.chunkEnd) this.newChunk(words);
    const fp = this.frameTop;
    this.frameTop = fp + words;
    return fp;
  }

  /** Release the space of a thread-stack frame that started at fp. */
  popFrameSpace(fp: number): void {
    while (fp < this.chunkBase || fp >= this.chunkEnd) {
      const emptied = this.chunk;
      this.enterChunk(I32[emptied + Block.RawHeaderWords + Chunk.Prev]);
      if (this.spare !== 0) freeBlock(this.spare);
      this.spare = emptied;
    }
    this.frameTop = fp;
  }

  enterCall(): void {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      throw raise(T.RecursionError, 'maximum recursion depth exceeded');
    }
  }

  setExcInfo(e: Ref): void {
    const old = this.excInfo;
    this.excInfo = e;
    decref(old);
  }

  /** Install trace and profile functions (new references taken here; 0 = none). */
  setTraceFuncs(trace: Ref, profile: Ref): void {
    const oldTrace = this.traceFunc;
    const oldProfile = this.profileFunc;
    incref(trace);
    incref(profile);
    this.traceFunc = trace;
    this.profileFunc = profile;
    this.updateTracing();
    decref(oldTrace);
    decref(oldProfile);
  }

  updateTracing(): void {
    this.tracing = !this.inTraceHook && (this.traceFunc !== 0 || this.profileFunc !== 0) ? 1 : 0;
  }

  /** Free the thread stack (the thread has ended; no frame is live). */
  release(): void {
    this.setExcInfo(0);
    this.setTraceFuncs(0, 0);
    if (this.spare !== 0) freeBlock(this.spare);
    this.spare = 0;
    let c = this.chunk;
    while (c !== 0) {
      const prev = I32[c + Block.RawHeaderWords + Chunk.Prev];
      freeBlock(c);
      c = prev;
    }
    this.chunk = 0;
  }

  /** CPU time (ns) of this Python thread: what it used before it last parked, plus its carrier's since. */
  cpuNs(): number {
    return this.cpuBefore + workerCpuNs() - this.cpuMark;
  }

  /** Write what a parked thread needs into its record (the JS object is then dropped). */
  saveTo(rec: number): void {
    F64[(rec + ThreadRec.CpuNs) >> 1] = this.cpuNs();
    if (this.spare !== 0) freeBlock(this.spare);
    this.spare = 0;
    I32[rec + ThreadRec.Frame] = this.parkedFrame;
    I32[rec + ThreadRec.FrameTop] = this.frameTop;
    I32[rec + ThreadRec.Chunk] = this.chunk;
    I32[rec + ThreadRec.ExcInfo] = this.excInfo; // the record now owns the reference
    I32[rec + ThreadRec.Depth] = this.depth;
    I32[rec + ThreadRec.TraceFunc] = this.traceFunc;
    I32[rec + ThreadRec.ProfileFunc] = this.profileFunc;
    this.excInfo = 0;
    this.traceFunc = this.profileFunc = 0;
  }

  /** Rebuild a parked thread's state from its record. */
  static restoreFrom(rec: number): ThreadState {
    const t = new ThreadState(I32[rec + ThreadRec.Ident], 0);
    t.enterChunk(I32[rec + ThreadRec.Chunk]);
    t.frameTop = I32[rec + ThreadRec.FrameTop];
    t.excInfo = I32[rec + ThreadRec.ExcInfo];
    I32[rec + ThreadRec.ExcInfo] = 0;
    t.depth = I32[rec + ThreadRec.Depth];
    t.parkedFrame = I32[rec + ThreadRec.Frame];
    t.traceFunc = I32[rec + ThreadRec.TraceFunc];
    t.profileFunc = I32[rec + ThreadRec.ProfileFunc];
    I32[rec + ThreadRec.TraceFunc] = I32[rec + ThreadRec.ProfileFunc] = 0;
    t.updateTracing();
    t.canPark = true;
    t.rec = rec;
    t.cpuBefore = F64[(rec + ThreadRec.CpuNs) >> 1];
    t.cpuMark = workerCpuNs();
    return t;
  }
}

/** The thread this worker is running now (like CPython's thread-local tstate). */
export let ts: ThreadState = null as unknown as ThreadState;
export function setCurrentThread(t: ThreadState): void {
  ts = t;
}

export { Frame };
