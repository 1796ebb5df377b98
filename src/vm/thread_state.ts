// The state of one Python thread: its frame stack (in the heap, so the thread's frames are data any worker
// can read), the exception being handled, and the recursion depth.
//
// Frames are bump-allocated in chunks of the heap. A callee frame goes at `frameTop`; when a chunk is full the
// next frame starts a new chunk. Frames never move, so frames can point at each other by address.

import { I32 } from '../heap/heap';
import { allocRaw, freeBlock } from '../heap/alloc';
import { Block, Frame } from '../heap/layout';
import { decref, raise, Ref, T } from '../objects/core';

const CHUNK_WORDS = 64 * 1024;

export class ThreadState {
  /** word address of the running frame (0 when none) */
  frame = 0;
  /** where the next thread-stack frame goes */
  frameTop = 0;
  chunkBase = 0;
  chunkEnd = 0;
  private chunks: number[] = [];
  private spare: number[] = [];
  /** the exception being handled (sys.exc_info), counted */
  excInfo: Ref = 0;
  /** Python call depth */
  depth = 0;
  recursionLimit = 1000;
  /** JS-level nesting of eval loops (natives calling back into Python) */
  nestedEvals = 0;
  /** thread identity */
  readonly ident: number;
  name = 'MainThread';
  /** how the last runFrame ended: true when the frame yielded (generators) */
  yielded = false;

  constructor(ident: number) {
    this.ident = ident;
    this.newChunk(CHUNK_WORDS);
  }

  private newChunk(words: number): void {
    let raw = 0;
    while (this.spare.length > 0) {
      const s = this.spare.pop()!;
      if (I32[s + Block.Word0] >= words) {
        raw = s;
        break;
      }
      freeBlock(s);
    }
    if (raw === 0) raw = allocRaw(Math.max(words, CHUNK_WORDS));
    this.chunks.push(raw);
    this.chunkBase = raw + Block.RawHeaderWords;
    this.chunkEnd = this.chunkBase + I32[raw + Block.Word0];
    this.frameTop = this.chunkBase;
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
      const raw = this.chunks.pop()!;
      this.spare.push(raw);
      const prev = this.chunks[this.chunks.length - 1];
      this.chunkBase = prev + Block.RawHeaderWords;
      this.chunkEnd = this.chunkBase + I32[prev + Block.Word0];
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
}

/** The thread this worker is running now (like CPython's thread-local tstate). */
export let ts: ThreadState = null as unknown as ThreadState;
export function setCurrentThread(t: ThreadState): void {
  ts = t;
}

export { Frame };
