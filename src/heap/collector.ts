// The cycle collector. Reference counting frees everything except cycles; this finds the cycles no one outside
// them refers to, and breaks them.
//
// The algorithm is CPython's: for every object, start from its reference count and subtract one for each
// reference to it from another object. What remains counts references from outside the heap's objects (frames
// on a thread's stack, the interpreter's registry, TypeScript code holding a reference): those objects are
// alive, and so is everything they reach. The rest is garbage held up only by cycles. It is stop-the-world: a
// full walk of the heap (objects are found by walking the allocator's segments, so nothing needs to be linked
// into a GC list), run at a safe point of the eval loop when enough objects have been allocated.
//
// Unreachable objects with __del__ are finalized before anything is freed, and freed only if the finalizers
// left them unreachable (PEP 442; see collect()).

import { I32 } from './heap';
import { forEachBlock } from './alloc';
import { Block, HeapHeader, Obj, ObjFlag, TypeFlag, TypeObj } from './layout';
import { clearers, decref, finalizeHook, incref, leafLayouts, Ref, traversers } from '../objects/core';

export interface CollectResult {
  collected: number;
  uncollectable: Ref[];
}

function isObjectBlock(p: number): boolean {
  const w1 = I32[p + Block.Word1];
  return w1 !== 0 && (w1 & 1) === 0;
}

function layoutOfType(t: Ref): number {
  return I32[t + TypeObj.Layout];
}

/** Visit the counted references an object holds (its builtin layout's, then a user class's dict and slots). */
export function traverseObject(r: Ref, visit: (child: Ref) => void): void {
  const t = I32[r + Obj.Type];
  const tr = traversers[layoutOfType(t)];
  if (tr !== undefined) tr(r, visit);
  if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) {
    visit(t);
    let base = t;
    while (I32[base + TypeObj.Flags] & TypeFlag.HeapType) base = I32[base + TypeObj.Base];
    const from = I32[base + TypeObj.BasicWords];
    const to = I32[t + TypeObj.BasicWords];
    for (let i = from; i < to; i++) {
      const v = I32[r + i];
      if (v !== 0) visit(v);
    }
  }
}

export function collect(): CollectResult {
  // Finalizers (__del__) of unreachable objects run first, with every unreachable object held; they may
  // resurrect objects, so the analysis then starts over. __del__ runs once per object (ObjFlag.Finalized):
  // the next pass frees what is still unreachable (PEP 442). New garbage keeps coming while finalizers run
  // when they let other threads run (a lock, a sleep): after a few passes, what is not finalized yet is left
  // for the next collection.
  let found = -1;
  for (let pass = 0; ; pass++) {
    const { garbage, uncollectable } = findGarbage(pass < 3);
    if (found < 0) found = garbage.length + uncollectable.length;
    const toFinalize = garbage.filter((o) => (I32[I32[o + Obj.Type] + TypeObj.Flags] & TypeFlag.HasDel) !== 0 &&
      (I32[o + Obj.Flags] & ObjFlag.Finalized) === 0);
    if (toFinalize.length > 0) {
      for (const o of garbage) incref(o);
      try {
        for (const o of toFinalize) finalizeHook(o);
      } finally {
        for (const o of garbage) decref(o);
      }
      continue;
    }
    // break the cycles: hold every garbage object, clear them all, then let them go
    for (const o of garbage) incref(o);
    for (const o of garbage) {
      const clear = clearers[layoutOfType(I32[o + Obj.Type])];
      if (clear !== undefined) clear(o);
      clearUserFields(o);
    }
    for (const o of garbage) decref(o);
    I32[HeapHeader.AllocsSinceGC] = 0;
    return { collected: found, uncollectable: [] };
  }
}

/**
 * The objects only cycles keep alive. With `finalize` false, unreachable objects whose __del__ has not run
 * (and what they reach) are set apart (`uncollectable`) instead.
 */
function findGarbage(finalize: boolean): { garbage: Ref[]; uncollectable: Ref[] } {
  // 1. candidates: every counted object that can refer to others; gc_refs (kept in the Aux word) starts at the refcount
  const objs: Ref[] = [];
  forEachBlock((p) => {
    if (!isObjectBlock(p)) return;
    if (I32[p + Obj.RefCnt] <= 0) return; // immortal or being freed
    // objects that hold no references (str, int, float, bytes …) cannot be part of a cycle: leave them out
    const t = I32[p + Obj.Type];
    if (leafLayouts[layoutOfType(t)] === true && (I32[t + TypeObj.Flags] & TypeFlag.HeapType) === 0) return;
    I32[p + Obj.Aux] = I32[p + Obj.RefCnt];
    I32[p + Obj.Flags] &= ~(ObjFlag.GcReachable | ObjFlag.GcVisited);
    I32[p + Obj.Flags] |= ObjFlag.GcVisited; // "is a candidate"
    objs.push(p);
  });
  const isCandidate = (c: Ref) => (c & 1) === 0 && c !== 0 && (I32[c + Obj.Flags] & ObjFlag.GcVisited) !== 0 && I32[c + Obj.RefCnt] > 0;
  // 2. subtract internal references
  for (const o of objs) {
    traverseObject(o, (c) => {
      if (isCandidate(c)) I32[c + Obj.Aux]--;
    });
  }
  // 3. what is referenced from outside is reachable, and so is everything it reaches
  const stack: Ref[] = [];
  for (const o of objs) {
    if (I32[o + Obj.Aux] > 0) {
      I32[o + Obj.Flags] |= ObjFlag.GcReachable;
      stack.push(o);
    }
  }
  const markFrom = () => {
    while (stack.length > 0) {
      const o = stack.pop()!;
      traverseObject(o, (c) => {
        if (isCandidate(c) && !(I32[c + Obj.Flags] & ObjFlag.GcReachable)) {
          I32[c + Obj.Flags] |= ObjFlag.GcReachable;
          stack.push(c);
        }
      });
    }
  };
  markFrom();
  // 4. without finalizing: garbage whose finalizer has not run stays (with what it reaches)
  const uncollectable: Ref[] = [];
  if (!finalize) {
    for (const o of objs) {
      if (I32[o + Obj.Flags] & ObjFlag.GcReachable) continue;
      if (I32[I32[o + Obj.Type] + TypeObj.Flags] & TypeFlag.HasDel && !(I32[o + Obj.Flags] & ObjFlag.Finalized)) {
        uncollectable.push(o);
        I32[o + Obj.Flags] |= ObjFlag.GcReachable;
        stack.push(o);
      }
    }
    markFrom();
  }
  const garbage = objs.filter((o) => !(I32[o + Obj.Flags] & ObjFlag.GcReachable));
  for (const o of objs) I32[o + Obj.Flags] &= ~(ObjFlag.GcReachable | ObjFlag.GcVisited);
  return { garbage, uncollectable };
}

function clearUserFields(o: Ref): void {
  const t = I32[o + Obj.Type];
  if (!(I32[t + TypeObj.Flags] & TypeFlag.HeapType)) return;
  let base = t;
  while (I32[base + TypeObj.Flags] & TypeFlag.HeapType) base = I32[base + TypeObj.Base];
  for (let i = I32[base + TypeObj.BasicWords]; i < I32[t + TypeObj.BasicWords]; i++) {
    const v = I32[o + i];
    if (v !== 0) {
      I32[o + i] = 0;
      decref(v);
    }
  }
}
