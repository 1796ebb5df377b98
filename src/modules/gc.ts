// The gc module: the cycle collector (src/heap/collector.ts) seen from Python.

import { ftConcurrent, startTheWorld } from '../gil/ft';
import { I32 } from '../heap/heap';
import { HeapHeader } from '../heap/layout';
import { decref, raise, Ref, S, T } from '../objects/core';
import { newInt, intToSafe } from '../objects/int';
import { newTuple, tupleInit } from '../objects/tuple';
import { listAppend, newList } from '../objects/list';
import { moduleDict, setModuleAttrSteal } from '../objects/module';
import { dictGetStr } from '../objects/dict';
import { intern } from '../objects/str';
import { collect } from '../heap/collector';
import { vmHooks } from '../vm/hooks';
import { defineModule } from './registry';

const MIN_THRESHOLD = 20000;
let garbageList = 0;
let userThreshold = [700, 10, 10];

/** Run a collection and set the next threshold (net new objects) in proportion to the live heap. */
export function runCollection(): number {
  // free-threaded, with threads running at once: the collector needs everyone else paused (stop the world)
  const stop = __GILT_FT__ && ftConcurrent;
  if (stop) vmHooks.stopTheWorld();
  let r;
  try {
    r = collect();
  } finally {
    if (stop) startTheWorld();
  }
  if (r.uncollectable.length > 0) {
    // gc.garbage, looked up in the heap: the collection may run on any thread's worker
    const gc = dictGetStr(S.modules, intern('gc'));
    const garbage = gc === 0 ? 0 : dictGetStr(moduleDict(gc), intern('garbage'));
    if (garbage !== 0) for (const o of r.uncollectable) listAppend(garbage, o);
  }
  const live = I32[HeapHeader.LiveObjects];
  I32[HeapHeader.GcThreshold] = I32[HeapHeader.GcDisabled] ? 0 : Math.max(MIN_THRESHOLD, live >> 1);
  return r.collected;
}

vmHooks.collectGarbage = () => {
  if (!I32[HeapHeader.GcDisabled]) runCollection();
};

export const gcDef = defineModule('gc', {
  gilSafe: true, // collections stop the world
  functions: {
    collect: (_self, args) => {
      if (args.length > 1) throw raise(T.TypeError, `collect() takes at most 1 argument (${args.length} given)`);
      return newInt(runCollection());
    },
    enable: () => {
      I32[HeapHeader.GcDisabled] = 0;
      I32[HeapHeader.GcThreshold] = MIN_THRESHOLD;
      return S.None;
    },
    disable: () => {
      I32[HeapHeader.GcDisabled] = 1;
      I32[HeapHeader.GcThreshold] = 0;
      return S.None;
    },
    isenabled: () => (I32[HeapHeader.GcDisabled] ? S.False : S.True),
    get_threshold: () => {
      const t = newTuple(3);
      userThreshold.forEach((v, i) => tupleInit(t, i, newInt(v)));
      return t;
    },
    set_threshold: (_self, args) => {
      userThreshold = [0, 1, 2].map((i) => (i < args.length ? intToSafe(args[i]) ?? 0 : userThreshold[i]));
      return S.None;
    },
    get_count: () => {
      const t = newTuple(3);
      tupleInit(t, 0, newInt(Math.max(0, I32[HeapHeader.AllocsSinceGC])));
      tupleInit(t, 1, newInt(0));
      tupleInit(t, 2, newInt(0));
      return t;
    },
    is_tracked: (_self, args) => ((args[0] & 1) === 1 || I32[args[0]] < 0 ? S.False : S.True),
    freeze: () => S.None,
    unfreeze: () => S.None,
    get_freeze_count: () => newInt(0),
  },
  init(m) {
    garbageList = newList(0);
    setModuleAttrSteal(m, 'garbage', garbageList);
    setModuleAttrSteal(m, 'callbacks', newList(0));
    setModuleAttrSteal(m, 'DEBUG_STATS', newInt(1));
    setModuleAttrSteal(m, 'DEBUG_COLLECTABLE', newInt(2));
    setModuleAttrSteal(m, 'DEBUG_UNCOLLECTABLE', newInt(4));
    setModuleAttrSteal(m, 'DEBUG_SAVEALL', newInt(32));
    setModuleAttrSteal(m, 'DEBUG_LEAK', newInt(38));
  },
});

export function releaseGarbageList(): void {
  decref(garbageList);
}
export type { Ref };
