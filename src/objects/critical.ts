// Free-threaded mode: every method and fast-path slot of the mutable builtin containers (list, dict, set,
// bytearray, deque, and their subclasses' shared slots) runs holding the container's per-object lock
// (src/gil/critical_section.ts), as CPython 3.13t wraps them in critical sections. So `l.append(x)`,
// `d[k] = v`, `s.add(x)`, `l.sort()`, `l == m` stay single atomic operations with no GIL.
//
// The wrapping happens once per worker at start-up, and only in the free-threaded bundle; until a second
// thread starts (ftSafe false) a wrapper calls straight through.

import { Layout, Obj, TypeObj } from '../heap/layout';
import { I32 } from '../heap/heap';
import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall, lockedCall2 } from '../gil/critical_section';
import { NativeFn, natives, Ref } from './core';
import { specs, TypeSlots } from './typespec';

/** Layouts whose instances are guarded by their lock (ByteArray includes array.array). */
const GUARDED = new Set<Layout>([Layout.List, Layout.Dict, Layout.Set, Layout.ByteArray, Layout.Deque]);
/** Other types whose every method changes state in the heap: _random.Random (the generator's state). */
const GUARDED_BY_NAME = new Set<string>(['Random']);

function guarded(r: Ref): boolean {
  return (r & 1) === 0 && r !== 0 && GUARDED.has(I32[I32[r + Obj.Type] + TypeObj.Layout]);
}

/** fn(self, …) under self's lock (`always`: self is always of a guarded type, whatever its layout). */
function lockSelf<F extends (self: Ref, ...rest: never[]) => unknown>(fn: F, always = false): F {
  return ((self: Ref, ...rest: never[]) => {
    if (!ftSafe || (self & 1) === 1 || self === 0 || !(always || guarded(self)) || holdsLock(self)) return fn(self, ...rest);
    return lockedCall(self, fn, self, ...rest);
  }) as F;
}

/** For module functions whose first argument is the container they work on (heapq). */
export function lockFirstArg(fn: NativeFn): NativeFn {
  if (!__GILT_FT__) return fn;
  return (self, args, kwnames) => {
    const first = args.length > 0 ? args[0] : 0;
    if (!ftSafe || !guarded(first) || holdsLock(first)) return fn(self, args, kwnames);
    return lockedCall(first, fn, self, args, kwnames);
  };
}

/** A slot taking two operands (op, a, b) or (a, b, op): both locked when they are containers. */
function lockBoth<F extends (...args: never[]) => unknown>(fn: F, a: number, b: number): F {
  return ((...args: never[]) => {
    if (!ftSafe) return fn(...args);
    const x = args[a] as unknown as Ref;
    const y = args[b] as unknown as Ref;
    return lockedCall2(guarded(x) ? x : 0, guarded(y) ? y : 0, () => fn(...args));
  }) as F;
}

const SELF_SLOTS: Array<keyof TypeSlots> = ['repr', 'str', 'getitem', 'setitem', 'delitem', 'contains', 'init'];

const done = new Set<unknown>();

/** Wrap the methods and slots of the guarded types (call once per worker, after every module has loaded). */
export function guardContainers(): void {
  for (const spec of specs) {
    const byName = GUARDED_BY_NAME.has(spec.name);
    if (!GUARDED.has(spec.layout) && !byName) continue;
    for (const m of spec.methods) {
      if (m.kind !== 'instance' || done.has(m)) continue;
      done.add(m);
      natives[m.native] = lockSelf(natives[m.native] as NativeFn, byName);
    }
    if (byName) continue;
    if (done.has(spec.slots)) continue;
    done.add(spec.slots);
    const slots = spec.slots as Record<string, unknown>;
    for (const k of SELF_SLOTS) if (slots[k] !== undefined) slots[k] = lockSelf(slots[k] as (self: Ref) => unknown);
    if (spec.slots.compare) spec.slots.compare = lockBoth(spec.slots.compare, 0, 1);
    if (spec.slots.binop) spec.slots.binop = lockBoth(spec.slots.binop, 1, 2);
    if (spec.slots.inplace) spec.slots.inplace = lockBoth(spec.slots.inplace, 1, 2);
  }
}
