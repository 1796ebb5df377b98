// The heap checker (GILT_HEAPCHECK=1): at exit, count the references every object receives from the other
// objects of the heap and from the roots, and compare with its reference count.
//   refcount > references  → a leak: something took a reference and never released it;
//   refcount < references  → corruption: a reference was released twice (the object may be freed while in use).
// It also checks that every reference points at a live object with a valid type. Problems go to stderr; a
// clean heap prints nothing.

import { I32 } from './heap';
import { forEachBlock } from './alloc';
import { Block, Obj, TypeObj } from './layout';
import { Ref, traversers } from '../objects/core';
import { traverseObject } from './collector';

export interface HeapReport {
  objects: number;
  leaks: string[];
  errors: string[];
}

/**
 * @param roots references held from outside the objects (registry entries, thread states), each counted once
 * @param describe a short description of an object for reports
 */
export function checkHeap(roots: Ref[], describe: (r: Ref) => string): HeapReport {
  const live = new Set<number>();
  forEachBlock((p) => {
    const w1 = I32[p + Block.Word1];
    if (w1 !== 0 && (w1 & 1) === 0) live.add(p);
  });
  const incoming = new Map<number, number>();
  const referrers = new Map<number, string[]>();
  const errors: string[] = [];
  const count = (from: string, c: Ref) => {
    if ((c & 1) === 1 || c === 0) return;
    if (!live.has(c)) {
      errors.push(`${from} refers to ${c * 4} (0x${(c * 4).toString(16)}), which is not a live object`);
      return;
    }
    incoming.set(c, (incoming.get(c) ?? 0) + 1);
    let l = referrers.get(c);
    if (l === undefined) referrers.set(c, (l = []));
    if (l.length < 6) l.push(from);
  };
  const missingTraversers = new Set<number>();
  for (const p of live) {
    const t = I32[p + Obj.Type];
    if (!live.has(t)) {
      errors.push(`object at 0x${(p * 4).toString(16)} has an invalid type 0x${(t * 4).toString(16)}`);
      continue;
    }
    if (traversers[I32[t + TypeObj.Layout]] === undefined) missingTraversers.add(I32[t + TypeObj.Layout]);
    traverseObject(p, (c) => count(describe(p), c));
  }
  for (const r of roots) count('a root', r);
  const leaks: string[] = [];
  for (const p of live) {
    const rc = I32[p + Obj.RefCnt];
    if (rc < 0) continue; // immortal
    const n = incoming.get(p) ?? 0;
    if (rc > n) leaks.push(`${describe(p)}: refcount ${rc}, ${n} reference${n === 1 ? '' : 's'}`);
    else if (rc < n) {
      errors.push(`${describe(p)}: refcount ${rc} but ${n} references (released too often); from ${referrers.get(p)!.join(', ')}`);
    }
  }
  for (const l of missingTraversers) errors.push(`layout ${l} has no traverser: its references are not checked`);
  return { objects: live.size, leaks, errors };
}
