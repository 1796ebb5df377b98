// The _random module: the Mersenne Twister (MT19937) that random.Random builds on, bit for bit as CPython's,
// so a seeded program prints the same numbers under gilt and CPython. lib/random.py adds everything else.
//
// The generator's state lives inline in the heap object (624 words + a position), not in JS: threads on
// other workers share Random instances, and each call reads and writes the state under the GIL.

// node:crypto is loaded on first use: it costs start-up time every run otherwise
const nodeCrypto = (): typeof import('node:crypto') => require('node:crypto');
import { I32, U32 } from '../heap/heap';
import { Layout, Obj, TypeFlag } from '../heap/layout';
import { decref, raise, Ref, S, T } from '../objects/core';
import { defineType, method } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr } from '../objects/module';
import { newBigInt, newInt, intToBigInt, isInt, intToSafe } from '../objects/int';
import { newFloat } from '../objects/float';
import { isStr, strValue } from '../objects/str';
import { newTuple, tupleInit, isTuple, tupleLen, tupleItem } from '../objects/tuple';
import { bufferOrNull } from '../objects/bytes_common';
import { hashOf, index, typeNameOfObj } from '../objects/abstract';
import { hashHi } from '../objects/hash';
import { isSubtype } from '../objects/type';
import { defineModule } from './registry';

const N = 624; // words of state
const M = 397;

/** Instances of _random.Random: the header, then the generator. (A subclass's __dict__ follows.) */
const enum RandomObj {
  Index = Obj.HeaderWords, // next state word to temper; N means "regenerate first"
  State = Obj.HeaderWords + 1, // N uint32 words
  Size = Obj.HeaderWords + 1 + 624,
}

export const randomSpec = defineType({
  name: 'Random', layout: Layout.Object, basicWords: RandomObj.Size, module: '_random', flags: TypeFlag.BaseType,
  doc: 'Random() -> create a random number generator with its own internal state.',
});

// ---- the generator ------------------------------------------------------------------------------------

/** Seed the state from one 32-bit value (MT's init_genrand). */
function initGenrand(r: Ref, s: number): void {
  const mt = r + RandomObj.State;
  U32[mt] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = U32[mt + i - 1];
    U32[mt + i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  I32[r + RandomObj.Index] = N;
}

/** Seed the state from an array of 32-bit words (MT's init_by_array). */
function initByArray(r: Ref, key: Uint32Array): void {
  const mt = r + RandomObj.State;
  initGenrand(r, 19650218);
  let i = 1, j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = U32[mt + i - 1];
    U32[mt + i] = ((U32[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      U32[mt] = U32[mt + N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = U32[mt + i - 1];
    U32[mt + i] = ((U32[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      U32[mt] = U32[mt + N - 1];
      i = 1;
    }
  }
  U32[mt] = 0x80000000; // the most significant bit is 1: the initial state is never all zeros
}

/** Refill all N words of state at once. */
function regenerate(mt: number): void {
  const twist = (a: number, b: number, c: number) => {
    const y = (U32[mt + a] & 0x80000000) | (U32[mt + b] & 0x7fffffff);
    U32[mt + a] = (U32[mt + c] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
  };
  let k = 0;
  for (; k < N - M; k++) twist(k, k + 1, k + M);
  for (; k < N - 1; k++) twist(k, k + 1, k + M - N);
  twist(N - 1, 0, M - 1);
}

/** The next 32 random bits. */
function genrand(r: Ref): number {
  const mt = r + RandomObj.State;
  let i = I32[r + RandomObj.Index];
  if (i >= N) {
    regenerate(mt);
    i = 0;
  }
  let y = U32[mt + i];
  I32[r + RandomObj.Index] = i + 1;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A float in [0, 1) with 53 random bits: 27 bits from one word and 26 from the next. */
function randomDouble(r: Ref): number {
  const a = genrand(r) >>> 5;
  const b = genrand(r) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** k random bits as a non-negative bigint, least significant word first (as CPython fills them). */
function randomBits(r: Ref, k: number): bigint {
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let w = genrand(r);
    if (left < 32) w >>>= 32 - left;
    result |= BigInt(w) << shift;
    shift += 32n;
  }
  return result;
}

// ---- seeding --------------------------------------------------------------------------------------------

/** The 32-bit words of a non-negative bigint, least significant first (at least one word). */
function wordsOf(n: bigint): Uint32Array {
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (words.length === 0) words.push(0);
  return Uint32Array.from(words);
}

/**
 * The integer a str/bytes seed stands for (random.seed's version 2): the bytes followed by their SHA-512,
 * read as one big-endian number. Done here because it needs a hash function lib/random.py lacks.
 */
function bytesSeedWords(data: Uint8Array): Uint32Array {
  const all = new Uint8Array(data.length + 64);
  all.set(data);
  all.set(nodeCrypto().createHash('sha512').update(data).digest(), data.length);
  // big-endian bytes → little-endian 32-bit words, skipping leading zero words as an int would
  const nwords = Math.ceil(all.length / 4);
  const words = new Uint32Array(nwords);
  for (let w = 0; w < nwords; w++) {
    let v = 0;
    for (let b = 3; b >= 0; b--) {
      const pos = all.length - 1 - (w * 4 + b);
      v = v * 256 + (pos >= 0 ? all[pos] : 0);
    }
    words[w] = v;
  }
  let used = nwords;
  while (used > 1 && words[used - 1] === 0) used--;
  return words.subarray(0, used);
}

function seedFrom(r: Ref, arg: Ref): void {
  if (arg === 0 || arg === S.None) {
    initByArray(r, new Uint32Array(Uint8Array.from(nodeCrypto().randomBytes(N * 4)).buffer));
    return;
  }
  if (isInt(arg)) {
    const n = intToBigInt(arg);
    initByArray(r, wordsOf(n < 0n ? -n : n));
    return;
  }
  if (isStr(arg)) {
    initByArray(r, bytesSeedWords(Buffer.from(strValue(arg), 'utf8')));
    return;
  }
  const data = bufferOrNull(arg);
  if (data !== null && (isSubtype(I32[arg + Obj.Type], T.bytes) || isSubtype(I32[arg + Obj.Type], T.bytearray))) {
    initByArray(r, bytesSeedWords(data.slice()));
    return;
  }
  // anything else seeds with its hash, read as an unsigned 64-bit number
  const lo = hashOf(arg) >>> 0;
  const hi = hashHi >>> 0;
  initByArray(r, hi === 0 ? Uint32Array.of(lo) : Uint32Array.of(lo, hi));
}

// ---- methods --------------------------------------------------------------------------------------------

function noKeywords(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
}

function noArgs(fname: string, args: Ref[], kwnames: string[] | null): void {
  noKeywords(fname, kwnames);
  if (args.length !== 0) throw raise(T.TypeError, `${fname}() takes no arguments (${args.length} given)`);
}

function oneArg(fname: string, args: Ref[], kwnames: string[] | null): Ref {
  noKeywords(fname, kwnames);
  if (args.length !== 1) throw raise(T.TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

method(randomSpec, '__init__', (self, args, kwnames) => {
  if (I32[self + Obj.Type] === specTypeRef('Random')) noKeywords('Random', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) throw raise(T.TypeError, 'Random() requires 0 or 1 argument');
  seedFrom(self, npos === 1 ? args[0] : 0);
  return S.None;
});

method(randomSpec, 'seed', (self, args, kwnames) => {
  noKeywords('Random.seed', kwnames);
  if (args.length > 1) throw raise(T.TypeError, `seed expected at most 1 argument, got ${args.length}`);
  seedFrom(self, args.length === 1 ? args[0] : 0);
  return S.None;
});

method(randomSpec, 'random', (self, args, kwnames) => {
  noArgs('Random.random', args, kwnames);
  return newFloat(randomDouble(self));
});

method(randomSpec, 'getrandbits', (self, args, kwnames) => {
  const kRef = index(oneArg('Random.getrandbits', args, kwnames));
  const k = intToSafe(kRef);
  decref(kRef);
  if (k === null || k > 0x7fffffff || k < -0x80000000) {
    throw raise(T.OverflowError, 'Python int too large to convert to C int');
  }
  if (k < 0) throw raise(T.ValueError, 'number of bits must be non-negative');
  if (k === 0) return newInt(0);
  if (k <= 32) return newInt(genrand(self) >>> (32 - k));
  return newBigInt(randomBits(self, k));
});

method(randomSpec, 'getstate', (self, args, kwnames) => {
  noArgs('Random.getstate', args, kwnames);
  const t = newTuple(N + 1);
  const mt = self + RandomObj.State;
  for (let i = 0; i < N; i++) tupleInit(t, i, newInt(U32[mt + i]));
  tupleInit(t, N, newInt(I32[self + RandomObj.Index]));
  return t;
});

method(randomSpec, 'setstate', (self, args, kwnames) => {
  const state = oneArg('Random.setstate', args, kwnames);
  if (!isTuple(state)) throw raise(T.TypeError, 'state vector must be a tuple');
  if (tupleLen(state) !== N + 1) throw raise(T.ValueError, 'state vector is the wrong size');
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) words[i] = unsignedLong(tupleItem(state, i));
  const pos = tupleItem(state, N);
  if (!isInt(pos)) throw raise(T.TypeError, `'${typeNameOfObj(pos)}' object cannot be interpreted as an integer`);
  const p = intToBigInt(pos);
  if (p > 0x7fffffffffffffffn || p < -0x8000000000000000n) {
    throw raise(T.OverflowError, 'Python int too large to convert to C long');
  }
  if (p < 0n || p > BigInt(N)) throw raise(T.ValueError, 'invalid state');
  U32.set(words, self + RandomObj.State);
  I32[self + RandomObj.Index] = Number(p);
  return S.None;
});

/** An int element of a state tuple, as C's unsigned long (64 bits) cut to the 32 bits MT keeps. */
function unsignedLong(x: Ref): number {
  if (!isInt(x)) throw raise(T.TypeError, 'an integer is required');
  const v = intToBigInt(x);
  if (v < 0n) throw raise(T.OverflowError, "can't convert negative value to unsigned int");
  if (v >= 1n << 64n) throw raise(T.OverflowError, 'Python int too large to convert to C unsigned long');
  return Number(v & 0xffffffffn);
}

export const randomModule = defineModule('_random', {
  extension: true,
  gilSafe: true, // Random is guarded by its per-object lock (src/objects/critical.ts)
  init(m) {
    setModuleAttr(m, 'Random', specTypeRef('Random'));
  },
});
