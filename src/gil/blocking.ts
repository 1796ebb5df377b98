// For module authors: how a native says it releases the GIL.
//
//   1. Declare it, once, where the native is registered: list the function in its module's
//      `releasesGil: [...]` (defineModule, src/modules/registry.ts), or pass `true` as the last argument of
//      `method(spec, name, fn, true)` for a method of a type (src/objects/typespec.ts). The flag is recorded
//      per native (core.ts: nativeReleasesGil) and means "may drop the GIL while it runs".
//   2. Do the long, heap-free part inside `releaseGilAround(() => …)`; CPython's threshold for hashing and
//      compression is 2048 bytes of input (below it, releasing costs more than it gains).
//   3. Inside the block: no allocation, no freeing, no incref/decref, no reads or writes of heap objects
//      except the input bytes of an immutable object the caller keeps alive. Copy mutable inputs
//      (bytearray, memoryview) and the object's state into JS-local values first; write results back
//      after the block, with the GIL held again.
//   4. If another thread could use the same object meanwhile, guard it with a lock word in the object
//      (src/gil/object_lock.ts: lockWord/unlockWord, as CPython's per-object mutex). Examples: hashlib.ts,
//      zlib.ts.
//
// The one helper every blocking call goes through (DESIGN §1.4): sleep, lock waits, join, I/O, input().
// It releases the GIL for the duration of `block` and takes it back afterwards. Until threads exist
// (the threads issue), there is no GIL to release and it simply runs the block.

export function releaseGilAround<R>(block: () => R): R {
  return block();
}
