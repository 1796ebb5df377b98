// The object core: references, reference counting, allocation of objects, the table of builtin types and
// singletons, native functions, and how Python exceptions travel through TypeScript.
//
// Conventions used everywhere:
// - A function that returns a Ref returns a *new* reference (the caller owns it) unless its name says
//   "borrow". Arguments are borrowed.
// - A Python exception is thrown as a PyErr holding a new reference to the exception object. Native code
//   needs no error returns: `throw raise(T.TypeError, "...")`.
// - With the GIL, refcounts are plain memory operations: that is what the GIL is for. In free-threaded mode,
//   once threads run at once, they are atomic and a count reaching 0 defers the dealloc (src/gil/ft.ts).

import { I32 } from '../heap/heap';
import { allocBlock, freeBlock } from '../heap/alloc';
import { HeapHeader, Obj, ObjFlag, TypeObj, TypeFlag, Layout, EvalBreakerBit } from '../heap/layout';
import { ftSafe, ftConcurrent, deferDealloc, hooks as ftHooks } from '../gil/ft';

export type Ref = number;
export const NULL = 0;

// ---- reference counting -------------------------------------------------------------------------------

export function incref(r: Ref): void {
  if ((r & 1) === 0) {
    if (__GILT_FT__ && ftSafe) {
      if (I32[r] >= 0) Atomics.add(I32, r, 1);
      return;
    }
    const c = I32[r];
    if (c >= 0) I32[r] = c + 1;
  }
}

/** incref and return the same ref: for returning a borrowed ref as a new one. */
export function newref(r: Ref): Ref {
  if ((r & 1) === 0) {
    if (__GILT_FT__ && ftSafe) {
      if (I32[r] >= 0) Atomics.add(I32, r, 1);
      return r;
    }
    const c = I32[r];
    if (c >= 0) I32[r] = c + 1;
  }
  return r;
}

export function decref(r: Ref): void {
  if ((r & 1) === 0) {
    if (__GILT_FT__ && ftSafe) {
      if (I32[r] >= 0 && Atomics.sub(I32, r, 1) === 1) deferDealloc(r);
      return;
    }
    const c = I32[r];
    if (c > 1) I32[r] = c - 1;
    else if (c === 1) dealloc(r);
  }
}

/** decref a ref that may be NULL (the NULL guard word makes that safe, this just documents it). */
export const xdecref = decref;

export function makeImmortal(r: Ref): void {
  if ((r & 1) === 0 && r !== 0) I32[r + Obj.RefCnt] = -0x40000000;
}

export function isImmortal(r: Ref): boolean {
  return (r & 1) === 1 || I32[r] < 0;
}

// ---- deallocation ---------------------------------------------------------------------------------------

/** Per layout: release what the object references, and its raw blocks (not the object's own block). */
export const clearers: Array<(r: Ref) => void> = [];
/** Per layout: visit each counted reference the object holds (collector and heap checker). */
export const traversers: Array<(r: Ref, visit: (child: Ref) => void) => void> = [];
/** Per layout: true when instances hold no references (the cycle collector skips them unless a user class). */
export const leafLayouts: boolean[] = [];
/** Raw blocks an object owns, for the heap checker. */
export const rawOwners: Array<(r: Ref, visit: (raw: number) => void) => void> = [];
/** Hook for __del__ on heap types; set by the VM. Returns true if the object was resurrected. */
export let finalizeHook: (r: Ref) => boolean = () => false;
export function setFinalizeHook(fn: (r: Ref) => boolean): void {
  finalizeHook = fn;
}
/** Hook that clears weak references to a dying object; set by the weakref module. */
export let weakrefClearHook: ((r: Ref) => void) | null = null;
export function setWeakrefClearHook(fn: (r: Ref) => void): void {
  weakrefClearHook = fn;
}

// Objects freed while another dealloc is running are queued, so deep chains (a long linked list) free
// iteratively instead of recursing once per link.
let deallocDepth = 0;
const deallocQueue: Ref[] = [];

export function dealloc(r: Ref): void {
  const type = I32[r + Obj.Type];
  const tflags = I32[type + TypeObj.Flags];
  if (tflags & TypeFlag.HasDel) {
    if (__GILT_FT__ && ftSafe) {
      Atomics.store(I32, r, 1); // alive while __del__ runs
      if (finalizeHook(r)) return; // resurrected
      if (Atomics.sub(I32, r, 1) !== 1) return; // __del__ stored a reference somewhere
    } else {
      I32[r] = 1; // alive while __del__ runs
      if (finalizeHook(r)) return; // resurrected
      if (I32[r] !== 1) {
        I32[r]--;
        return;
      }
    }
  }
  I32[r] = 0;
  if (deallocDepth > 0) {
    deallocQueue.push(r);
    return;
  }
  deallocDepth++;
  try {
    destroy(r);
    while (deallocQueue.length > 0) destroy(deallocQueue.pop()!);
  } finally {
    deallocDepth--;
  }
}

function destroy(r: Ref): void {
  const type = I32[r + Obj.Type];
  if (I32[r + Obj.Flags] & ObjFlag.HasWeakrefs) weakrefClearHook!(r);
  const clear = clearers[I32[type + TypeObj.Layout]];
  if (clear !== undefined) clear(r);
  if (I32[type + TypeObj.Flags] & TypeFlag.HeapType) clearHeapTypeFields(r, type);
  if (__GILT_FT__ && ftConcurrent) {
    countObjects(-1);
  } else {
    I32[HeapHeader.LiveObjects]--;
    I32[HeapHeader.AllocsSinceGC]--; // the collector's clock counts net growth
  }
  freeBlock(r);
  if (I32[type + TypeObj.Flags] & TypeFlag.HeapType) decref(type);
}

/** Release the __dict__ and __slots__ words a user class adds after its builtin base's fields. */
function clearHeapTypeFields(r: Ref, type: Ref): void {
  let base = type;
  while (I32[base + TypeObj.Flags] & TypeFlag.HeapType) base = I32[base + TypeObj.Base];
  const from = I32[base + TypeObj.BasicWords];
  const to = I32[type + TypeObj.BasicWords];
  for (let i = from; i < to; i++) {
    const v = I32[r + i];
    if (v !== 0) {
      I32[r + i] = 0;
      decref(v);
    }
  }
  if (I32[type + TypeObj.DictOffset] < 0) {
    const off = varDictOffsetHook(r);
    const d = I32[r + off];
    I32[r + off] = 0;
    decref(d);
  }
}

/** For subclasses of variable-size builtins: where the dict word is (set by abstract.ts). */
export let varDictOffsetHook: (r: Ref) => number = () => 0;
export function setVarDictOffsetHook(fn: (r: Ref) => number): void {
  varDictOffsetHook = fn;
}


// ---- allocation ------------------------------------------------------------------------------------------

/** A new object of `words` words (header included), refcount 1, fields zeroed. */
export function allocObject(type: Ref, words: number): Ref {
  const r = allocBlock(words);
  for (let i = 2; i < words; i++) I32[r + i] = 0;
  I32[r + Obj.RefCnt] = 1;
  I32[r + Obj.Type] = type;
  if (I32[type + TypeObj.Flags] & TypeFlag.HeapType) incref(type);
  if (__GILT_FT__ && ftConcurrent) {
    countObjects(1);
    return r;
  }
  I32[HeapHeader.LiveObjects]++;
  if (++I32[HeapHeader.AllocsSinceGC] > I32[HeapHeader.GcThreshold] && I32[HeapHeader.GcThreshold] > 0) {
    Atomics.or(I32, HeapHeader.EvalBreaker, EvalBreakerBit.GcPending);
  }
  return r;
}

if (__GILT_FT__) {
  ftHooks.destroyNow = dealloc;
  ftHooks.beforeDetach = flushObjectCounts;
}

// Free-threaded: the object counters are shared words; each worker adds its changes in batches, so threads
// allocating at once do not fight over one cache line.
let objectDelta = 0;
let objectOps = 0;

function countObjects(d: number): void {
  objectDelta += d;
  if (++objectOps >= 256) flushObjectCounts();
}

/** Add this worker's pending object-count changes to the heap header (before detaching, and in batches). */
export function flushObjectCounts(): void {
  const d = objectDelta;
  objectDelta = 0;
  objectOps = 0;
  if (d === 0) return;
  Atomics.add(I32, HeapHeader.LiveObjects, d);
  const since = Atomics.add(I32, HeapHeader.AllocsSinceGC, d) + d;
  const threshold = Atomics.load(I32, HeapHeader.GcThreshold);
  if (since > threshold && threshold > 0) Atomics.or(I32, HeapHeader.EvalBreaker, EvalBreakerBit.GcPending);
}

// ---- types and singletons ------------------------------------------------------------------------------

export function typeOf(r: Ref): Ref {
  return (r & 1) === 1 ? T.int : I32[r + Obj.Type];
}

export function layoutOf(r: Ref): Layout {
  return (r & 1) === 1 ? Layout.Int : I32[I32[r + Obj.Type] + TypeObj.Layout];
}

/** Refs of the builtin types, filled in when the interpreter's builtins are created or attached. */
export const T = {
  object: 0, type: 0, int: 0, bool: 0, float: 0, complex: 0, str: 0, bytes: 0, bytearray: 0, tuple: 0,
  list: 0, dict: 0, set: 0, frozenset: 0, NoneType: 0, NotImplementedType: 0, ellipsis: 0, range: 0,
  slice: 0, function: 0, builtin_function_or_method: 0, method_descriptor: 0, classmethod_descriptor: 0,
  method: 0, code: 0, frame: 0, cell: 0, module: 0, generator: 0, coroutine: 0, async_generator: 0,
  property: 0, classmethod: 0, staticmethod: 0, getset_descriptor: 0, member_descriptor: 0, super: 0,
  traceback: 0, memoryview: 0, weakref: 0, iterator: 0, callable_iterator: 0, enumerate: 0, zip: 0, map: 0,
  filter: 0, reversed: 0, dict_keys: 0, dict_values: 0, dict_items: 0, native_data: 0,
  list_iterator: 0, tuple_iterator: 0, str_iterator: 0, range_iterator: 0, set_iterator: 0,
  dict_keyiterator: 0, dict_valueiterator: 0, dict_itemiterator: 0, bytes_iterator: 0, list_reverseiterator: 0,
  coroutine_wrapper: 0, async_generator_asend: 0, generic_alias: 0, union_type: 0, mappingproxy: 0, wrapper_descriptor: 0, method_wrapper: 0,
  // exceptions
  BaseException: 0, Exception: 0, TypeError: 0, ValueError: 0, AttributeError: 0, NameError: 0,
  UnboundLocalError: 0, KeyError: 0, IndexError: 0, LookupError: 0, ZeroDivisionError: 0, ArithmeticError: 0,
  OverflowError: 0, StopIteration: 0, StopAsyncIteration: 0, GeneratorExit: 0, RuntimeError: 0,
  RecursionError: 0, NotImplementedError: 0, AssertionError: 0, ImportError: 0, ModuleNotFoundError: 0,
  SyntaxError: 0, IndentationError: 0, TabError: 0, SystemExit: 0, KeyboardInterrupt: 0, MemoryError: 0,
  OSError: 0, FileNotFoundError: 0, FileExistsError: 0, IsADirectoryError: 0, NotADirectoryError: 0,
  PermissionError: 0, TimeoutError: 0, EOFError: 0, UnicodeError: 0, UnicodeDecodeError: 0,
  UnicodeEncodeError: 0, BufferError: 0, FloatingPointError: 0, ReferenceError: 0, SystemError: 0,
  ExceptionGroup: 0, BaseExceptionGroup: 0, Warning: 0, UserWarning: 0, DeprecationWarning: 0,
  RuntimeWarning: 0, SyntaxWarning: 0, FutureWarning: 0, PendingDeprecationWarning: 0, ImportWarning: 0,
  UnicodeWarning: 0, BytesWarning: 0, ResourceWarning: 0, EncodingWarning: 0, ConnectionError: 0,
  BrokenPipeError: 0, ConnectionResetError: 0, ConnectionAbortedError: 0, ConnectionRefusedError: 0,
  InterruptedError: 0, ChildProcessError: 0, ProcessLookupError: 0, BlockingIOError: 0, UnicodeTranslateError: 0,
};
export type BuiltinTypeName = keyof typeof T;

/** Singletons and other immortal objects every module needs. */
export const S = {
  None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0, emptyTuple: 0, emptyStr: 0, emptyBytes: 0,
  builtinsDict: 0, sysModule: 0, builtinsModule: 0, modules: 0, internTable: 0, memoryError: 0,
  emptyFrozenSet: 0,
};

// ---- exceptions travelling through TypeScript ------------------------------------------------------------

/** A Python exception in flight: `exc` is a new reference to the exception instance. */
export class PyErr {
  /** set when the exception already left a frame (chained to the handled exception when it was raised) */
  unwound = false;
  constructor(public exc: Ref) {}
}

/** Builds an exception instance; installed by exceptions.ts (it needs str and tuple). */
export let makeException: (type: Ref, message: string | null) => Ref = () => 0;
export function setMakeException(fn: (type: Ref, message: string | null) => Ref): void {
  makeException = fn;
}

/** `throw raise(T.ValueError, 'bad')` */
export function raise(type: Ref, message: string | null = null): PyErr {
  return new PyErr(makeException(type, message));
}

// ---- native functions ------------------------------------------------------------------------------------

/**
 * A function implemented in TypeScript. `self` is the bound object (the instance for methods, the module for
 * module functions, 0 for plain builtins); args are borrowed; when kwnames is not null, the last
 * kwnames.length args are keyword arguments with those names (JS strings). Returns a new reference.
 */
export type NativeFn = (self: Ref, args: Ref[], kwnames: string[] | null) => Ref;

/**
 * The per-worker table of native functions. Every worker builds it in the same order (module load order is
 * fixed in the bundle), so a heap object can name a native by its index and any worker can call it.
 */
export const natives: NativeFn[] = [];
export const nativeNames: string[] = [];
/** Whether a native releases the GIL for its blocking or long part (see src/gil/). */
export const nativeReleasesGil: boolean[] = [];

export function registerNative(name: string, fn: NativeFn, releasesGil = false): number {
  natives.push(fn);
  nativeNames.push(name);
  nativeReleasesGil.push(releasesGil);
  return natives.length - 1;
}
