// A per-object lock in one word of the heap, for natives that work on an object with the GIL released
// (hashlib's update, zlib's (de)compressor objects), as CPython's per-object PyThread_type_lock in _hashopenssl.c
// and zlibmodule.c. While one thread updates a hash with the GIL released, another may take the GIL and call a
// method of the same object: the lock makes the second wait until the first has written its state back.
//
// The word: 0 = free, 1 = held, 2 = held and someone may be waiting (so the unlocker must notify). Taking
// it when it is free costs one compareExchange with the GIL held; when it is busy we wait with the GIL
// released (the holder needs the GIL to finish), through releaseGilAround.

import { I32 } from '../heap/heap';
import { releaseGilAround } from './blocking';

/** Take the lock word at heap word `word`; call with the GIL held. */
export function lockWord(word: number): void {
  let c = Atomics.compareExchange(I32, word, 0, 1);
  if (c === 0) return;
  releaseGilAround(() => {
    if (c !== 2) c = Atomics.exchange(I32, word, 2);
    while (c !== 0) {
      Atomics.wait(I32, word, 2);
      c = Atomics.exchange(I32, word, 2);
    }
  });
}

/** Release a lock word taken with lockWord. */
export function unlockWord(word: number): void {
  if (Atomics.exchange(I32, word, 0) === 2) Atomics.notify(I32, word, 1);
}
