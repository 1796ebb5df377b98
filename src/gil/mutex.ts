// A futex mutex in one heap word (Drepper's "mutex2"): 0 unlocked, 1 locked, 2 locked and someone may wait.
// Free-threaded mode guards its shared structures with it (the allocator's free lists, the orphaned frees).

import { I32 } from '../heap/heap';

export function lockWordMutex(word: number): void {
  let c = Atomics.compareExchange(I32, word, 0, 1);
  if (c === 0) return;
  if (c !== 2) c = Atomics.exchange(I32, word, 2);
  while (c !== 0) {
    Atomics.wait(I32, word, 2);
    c = Atomics.exchange(I32, word, 2);
  }
}

export function unlockWordMutex(word: number): void {
  if (Atomics.exchange(I32, word, 0) === 2) Atomics.notify(I32, word, 1);
}
