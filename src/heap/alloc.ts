// The allocator: size classes for small blocks, whole segments for large ones.
//
// The heap above its header is a sequence of 64 KiB-aligned segments (layout: Segment). A small page holds
// slots of one size class; a freed slot goes on its class's free list (linked through the slot's first word,
// its second word zeroed so heap walkers see "free"). A block larger than the largest class gets a segment of
// its own, rounded up to 64 KiB; freed large segments are kept on a first-fit list and split on reuse.
// Because segments are aligned, the segment of any block is `block & ~(SegmentWords - 1)`, so free() needs no
// size. Fresh memory is zero, and a zero second word means "free", so uncarved slots look free to walkers.
//
// With the GIL, only the holder allocates, so the free lists are plain words. In free-threaded mode, once
// threads run at once, each worker takes small blocks from a cache of its own and refills or drains it in
// batches under HeapHeader.AllocLock; large blocks take the lock every time (src/gil/ft.ts has the story).

import { I32 } from './heap';
import { Block, HeapHeader, Segment, SegmentKind } from './layout';
import { lockWordMutex, unlockWordMutex } from '../gil/mutex';
import { ftConcurrent, deferFreeRaw, aloneAttached, hooks as ftHooks } from '../gil/ft';

export const SizeClassCount = 64;
export const MaxSmallWords = 4096;

/** Words per slot for each class: even (8-byte aligned), growing by ~1/8 then ~1/4. */
export const CLASS_WORDS: number[] = [];
/** Class index for each request size in words (0..MaxSmallWords). */
const CLASS_OF = new Uint8Array(MaxSmallWords + 1);

(function buildSizeClasses() {
  let w = 4;
  while (w <= MaxSmallWords) {
    CLASS_WORDS.push(w);
    const step = w < 16 ? 2 : w < 128 ? Math.max(2, (w >> 3) & ~1) : (w >> 2) & ~1;
    w += step;
  }
  if (CLASS_WORDS[CLASS_WORDS.length - 1] !== MaxSmallWords) CLASS_WORDS.push(MaxSmallWords);
  if (CLASS_WORDS.length > SizeClassCount) throw new Error('too many size classes');
  let c = 0;
  for (let n = 0; n <= MaxSmallWords; n++) {
    while (CLASS_WORDS[c] < n) c++;
    CLASS_OF[n] = c;
  }
})();

/** Thrown when the heap's reservation is exhausted; the VM raises MemoryError for it. */
export class HeapExhausted {
  constructor(readonly words: number) {}
}

/**
 * With GILT_HEAPCHECK=1, every allocation and free first asks this hook whether the calling worker may touch
 * the heap (in GIL mode: holds the GIL). It throws if not: a worker touching the heap without the GIL is a
 * race that corrupts the free lists much later, far from its cause.
 */
let ownershipCheck: (() => void) | null = null;
export function setHeapOwnershipCheck(check: (() => void) | null): void {
  ownershipCheck = check;
}

/** Allocate a block of at least `words` words. Its first two words are the caller's to set. */
export function allocBlock(words: number): number {
  if (ownershipCheck !== null) ownershipCheck();
  if (__GILT_FT__ && ftConcurrent) return allocShared(words);
  return allocUnshared(words);
}

function allocUnshared(words: number): number {
  if (words <= MaxSmallWords) {
    const cls = CLASS_OF[words];
    const head = I32[HeapHeader.FreeListHeads + cls];
    if (head !== 0) {
      I32[HeapHeader.FreeListHeads + cls] = I32[head];
      I32[head] = 0;
      return head;
    }
    const cursor = I32[HeapHeader.PageCursor + cls];
    const size = CLASS_WORDS[cls];
    if (cursor !== 0 && cursor + size <= I32[HeapHeader.PageEnd + cls]) {
      I32[HeapHeader.PageCursor + cls] = cursor + size;
      return cursor;
    }
    return allocFromNewPage(cls);
  }
  return allocLarge(words);
}

function allocFromNewPage(cls: number): number {
  const seg = takeSegment(Segment.SegmentWords);
  I32[seg + Segment.Kind] = SegmentKind.SmallPage;
  I32[seg + Segment.Words] = Segment.SegmentWords;
  I32[seg + Segment.SizeClass] = cls;
  I32[seg + Segment.SlotWords] = CLASS_WORDS[cls];
  const first = seg + Segment.HeaderWords;
  I32[HeapHeader.PageCursor + cls] = first + CLASS_WORDS[cls];
  I32[HeapHeader.PageEnd + cls] = seg + Segment.SegmentWords;
  return first;
}

function allocLarge(words: number): number {
  const need = roundToSegments(words + Segment.HeaderWords);
  // First fit on the free list, splitting off what is left.
  let prev = 0;
  let seg = I32[HeapHeader.LargeFreeList];
  while (seg !== 0) {
    const have = I32[seg + Segment.Words];
    const next = I32[seg + Segment.SlotWords];
    if (have >= need) {
      if (prev === 0) I32[HeapHeader.LargeFreeList] = next;
      else I32[prev + Segment.SlotWords] = next;
      if (have > need) {
        const rest = seg + need;
        I32[rest + Segment.Kind] = SegmentKind.LargeFree;
        I32[rest + Segment.Words] = have - need;
        I32[rest + Segment.SlotWords] = I32[HeapHeader.LargeFreeList];
        I32[HeapHeader.LargeFreeList] = rest;
      }
      I32.fill(0, seg, seg + need);
      return initLarge(seg, need);
    }
    prev = seg;
    seg = next;
  }
  return initLarge(takeSegment(need), need);
}

function initLarge(seg: number, words: number): number {
  I32[seg + Segment.Kind] = SegmentKind.Large;
  I32[seg + Segment.Words] = words;
  I32[seg + Segment.SizeClass] = 0;
  I32[seg + Segment.SlotWords] = 0;
  return seg + Segment.HeaderWords;
}

function roundToSegments(words: number): number {
  return Math.ceil(words / Segment.SegmentWords) * Segment.SegmentWords;
}

/** Carve fresh segments from the top of the heap. */
function takeSegment(words: number): number {
  const top = I32[HeapHeader.Top];
  if (top + words > I32[HeapHeader.Limit] || top + words > 0x7fffffff) throw new HeapExhausted(words);
  I32[HeapHeader.Top] = top + words;
  return top;
}

/** Return a block to the allocator. */
export function freeBlock(p: number): void {
  if (ownershipCheck !== null) ownershipCheck();
  if (__GILT_FT__ && ftConcurrent) {
    // a raw block may still be read by another thread that found it through its object a moment ago
    if (I32[p + Block.Word1] === Block.RawMark && !aloneAttached()) deferFreeRaw(p);
    else freeShared(p);
    return;
  }
  freeUnshared(p);
}

function freeUnshared(p: number): void {
  const seg = p & ~(Segment.SegmentWords - 1);
  if (I32[seg + Segment.Kind] === SegmentKind.SmallPage) {
    const cls = I32[seg + Segment.SizeClass];
    I32[p + Block.Word1] = 0;
    I32[p + Block.Word0] = I32[HeapHeader.FreeListHeads + cls];
    I32[HeapHeader.FreeListHeads + cls] = p;
    return;
  }
  I32[seg + Segment.Kind] = SegmentKind.LargeFree;
  I32[p + Block.Word1] = 0;
  I32[seg + Segment.SlotWords] = I32[HeapHeader.LargeFreeList];
  I32[HeapHeader.LargeFreeList] = seg;
}

/** Usable words of an allocated block (at least what was asked for). */
export function blockWords(p: number): number {
  const seg = p & ~(Segment.SegmentWords - 1);
  if (I32[seg + Segment.Kind] === SegmentKind.SmallPage) return I32[seg + Segment.SlotWords];
  return I32[seg + Segment.Words] - Segment.HeaderWords;
}

/** A raw block (not an object): item arrays, hash tables, byte buffers. Data starts at p + RawHeaderWords. */
export function allocRaw(dataWords: number): number {
  const p = allocBlock(dataWords + Block.RawHeaderWords);
  I32[p + Block.Word0] = dataWords;
  I32[p + Block.Word1] = Block.RawMark;
  return p;
}

/** Raw block data capacity in words. */
export function rawCapacity(p: number): number {
  return blockWords(p) - Block.RawHeaderWords;
}

/**
 * Visit every allocated block: fn(block, words). Used by the cycle collector and the heap checker only
 * (a stop-the-world walk). Free slots and uncarved page space have a zero second word.
 */
export function forEachBlock(fn: (p: number, slotWords: number) => void): void {
  const top = I32[HeapHeader.Top];
  let seg = Segment.SegmentWords;
  while (seg < top) {
    const kind = I32[seg + Segment.Kind];
    const words = I32[seg + Segment.Words];
    if (kind === SegmentKind.SmallPage) {
      const slot = I32[seg + Segment.SlotWords];
      const end = seg + words;
      for (let p = seg + Segment.HeaderWords; p + slot <= end; p += slot) {
        if (I32[p + Block.Word1] !== 0) fn(p, slot);
      }
    } else if (kind === SegmentKind.Large) {
      const p = seg + Segment.HeaderWords;
      if (I32[p + Block.Word1] !== 0) fn(p, words - Segment.HeaderWords);
    }
    seg += words;
  }
}

// ---- free-threaded: per-worker caches ------------------------------------------------------------------

/** This worker's free small blocks, per size class (only used once threads run at once). */
const localCache: number[][] = [];
const BATCH = 32;

function lockAllocator(): void {
  lockWordMutex(HeapHeader.AllocLock);
}

function unlockAllocator(): void {
  unlockWordMutex(HeapHeader.AllocLock);
}

function allocShared(words: number): number {
  if (words > MaxSmallWords) {
    lockAllocator();
    try {
      return allocLarge(words);
    } finally {
      unlockAllocator();
    }
  }
  const cls = CLASS_OF[words];
  const cache = localCache[cls] ?? (localCache[cls] = []);
  if (cache.length === 0) {
    lockAllocator();
    try {
      for (let i = 0; i < BATCH; i++) cache.push(allocUnshared(CLASS_WORDS[cls]));
    } finally {
      unlockAllocator();
    }
  }
  const p = cache.pop()!;
  I32[p] = 0;
  return p;
}

if (__GILT_FT__) {
  ftHooks.freeNow = freeShared;
  ftHooks.allocRaw = allocRaw;
}

/** Free a block now (deferred frees end here too: see src/gil/ft.ts). */
function freeShared(p: number): void {
  const seg = p & ~(Segment.SegmentWords - 1);
  if (I32[seg + Segment.Kind] !== SegmentKind.SmallPage) {
    lockAllocator();
    try {
      freeUnshared(p);
    } finally {
      unlockAllocator();
    }
    return;
  }
  const cls = I32[seg + Segment.SizeClass];
  I32[p + Block.Word1] = 0;
  const cache = localCache[cls] ?? (localCache[cls] = []);
  cache.push(p);
  if (cache.length > 2 * BATCH) {
    lockAllocator();
    try {
      while (cache.length > BATCH) freeUnshared(cache.pop()!);
    } finally {
      unlockAllocator();
    }
  }
}
