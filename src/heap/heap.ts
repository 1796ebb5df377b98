// The shared heap: one SharedArrayBuffer per interpreter, seen by every worker through fixed-length typed-array
// views. (DESIGN §5: fixed-length views are as fast as plain arrays; length-tracking views are 45x slower.)
//
// We reserve the whole address space up front in one non-growable SharedArrayBuffer. The OS commits pages only
// when they are first touched, so a 4 GiB reservation costs a few MiB until used, and the heap "grows" by moving
// its high-water mark (HeapHeader.Top). Reaching the reservation's end is a MemoryError. This avoids re-creating
// every worker's views after a grow, which would need a stop-the-world in free-threaded mode.
//
// The views below are the heap of the interpreter this worker is running now. They are module-level bindings
// for speed (they are read on every instruction); a worker that switches interpreters rebinds them with
// bindHeap(). That is the only per-worker global state, and it is a cache of Interpreter.heap.

import { HeapHeader, Segment } from './layout';

export let I32: Int32Array = new Int32Array(0);
export let U32: Uint32Array = new Uint32Array(0);
export let F64: Float64Array = new Float64Array(0);
export let U8: Uint8Array = new Uint8Array(0);
export let U16: Uint16Array = new Uint16Array(0);
export let SAB: SharedArrayBuffer | null = null;

export const DEFAULT_HEAP_BYTES = 4 * 1024 * 1024 * 1024 - 65536 * 2;

/** Reserve a fresh heap and write its header. */
export function createHeap(bytes: number = DEFAULT_HEAP_BYTES): SharedArrayBuffer {
  const words = Math.floor(bytes / 4 / Segment.SegmentWords) * Segment.SegmentWords;
  const sab = new SharedArrayBuffer(words * 4);
  const i32 = new Int32Array(sab);
  i32[HeapHeader.NullGuard] = -1;
  i32[HeapHeader.Magic] = 0x67696c74;
  // The first segment starts at the first segment boundary past the header.
  i32[HeapHeader.Top] = Segment.SegmentWords;
  i32[HeapHeader.Limit] = words;
  i32[HeapHeader.NextUniqueId] = 1;
  i32[HeapHeader.TypeVersion] = 1;
  i32[HeapHeader.GcThreshold] = 20000;
  return sab;
}

/** Point this worker's views at a heap. */
export function bindHeap(sab: SharedArrayBuffer): void {
  SAB = sab;
  I32 = new Int32Array(sab);
  U32 = new Uint32Array(sab);
  F64 = new Float64Array(sab);
  U8 = new Uint8Array(sab);
  U16 = new Uint16Array(sab);
}

/** A counter shared by all threads: ids that are never reused. */
export function nextUniqueId(): number {
  return Atomics.add(I32, HeapHeader.NextUniqueId, 1);
}
