// The one helper every blocking call goes through (DESIGN §1.4): sleep, lock waits, join, I/O, input().
// It releases the GIL for the duration of `block` and takes it back afterwards. Until threads exist
// (the threads issue), there is no GIL to release and it simply runs the block.

export function releaseGilAround<R>(block: () => R): R {
  return block();
}
