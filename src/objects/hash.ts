// Python hashes are 64-bit. Hash functions return the low 32 bits and leave the high 32 bits in `hashHi`,
// so the common path allocates nothing. Dicts index by the low word; sets use both words so that their
// probing, and so the iteration order of sets of ints and tuples, is exactly CPython's.

export let hashHi = 0;

export function setHashHi(hi: number): void {
  hashHi = hi;
}

/** 2**61 - 1: CPython's modulus for numeric hashes (sys.hash_info.modulus). */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;

/** Hash of a JS safe integer, as CPython's hash(int); sets hashHi. */
export function hashSmallInt(n: number): number {
  if (n === -1) n = -2;
  // |n| < 2**31 here for tagged ints; bigger safe ints are reduced below.
  if (n >= -0x80000000 && n <= 0x7fffffff) {
    hashHi = n < 0 ? -1 : 0;
    return n | 0;
  }
  return hashBigInt(BigInt(n));
}

/** Hash of an arbitrary int, as CPython: sign(n) * (|n| mod (2**61-1)), with -1 → -2. */
export function hashBigInt(n: bigint): number {
  const neg = n < 0n;
  let m = (neg ? -n : n) % HASH_MODULUS;
  if (neg) m = -m;
  if (m === -1n) m = -2n;
  const u = BigInt.asUintN(64, m);
  hashHi = Number(u >> 32n) | 0;
  return Number(u & 0xffffffffn) | 0;
}

/** Full 64-bit hash as a bigint from (lo, hashHi). */
export function fullHash(lo: number): bigint {
  return BigInt.asIntN(64, (BigInt(hashHi) << 32n) | BigInt(lo >>> 0));
}

/** Set (lo, hashHi) from a 64-bit signed bigint hash. */
export function splitHash(h: bigint): number {
  const u = BigInt.asUintN(64, h);
  hashHi = Number(u >> 32n) | 0;
  return Number(u & 0xffffffffn) | 0;
}

const f64 = new Float64Array(1);

/** CPython's hash(float): the value as a fraction reduced mod 2**61-1. */
export function hashFloat(x: number): number {
  if (Number.isInteger(x)) {
    if (Number.isSafeInteger(x)) return hashSmallInt(x);
    return hashBigInt(BigInt(x));
  }
  if (x !== x) {
    // 3.10+: NaN hashes by identity; callers pass identity separately. Use 0 here.
    hashHi = 0;
    return 0;
  }
  if (x === Infinity) return hashSmallInt(HASH_INF);
  if (x === -Infinity) return hashSmallInt(-HASH_INF);
  // x = m * 2**e with m an odd integer: hash = m * 2**e mod P, using 2**-1 = 2**60 mod P.
  f64[0] = x;
  const neg = x < 0;
  let ax = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(ax)) {
    ax *= 2;
    e--;
  }
  let m = BigInt(ax) % HASH_MODULUS;
  // multiply by 2**e mod P: 2**61 ≡ 1, so 2**-k ≡ 2**(61 - k mod 61)
  const k = ((e % 61) + 61) % 61;
  m = ((m << BigInt(k)) % HASH_MODULUS);
  let h = neg ? -m : m;
  if (h === -1n) h = -2n;
  return splitHash(h);
}

/** hashString of the len code units at units[start…]: the same value, without making a JS string. */
export function hashUnits(units: Uint8Array | Uint16Array, start: number, len: number): number {
  let h = 0x811c9dc5 ^ len;
  for (let i = 0; i < len; i++) {
    h = Math.imul(h ^ units[start + i], 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  if (h === -1) h = -2;
  hashHi = h < 0 ? -1 : 0;
  return h;
}

/** A 32-bit string hash over code units (strings are hashed identically whether in the heap or in JS). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  if (h === -1) h = -2;
  hashHi = h < 0 ? -1 : 0;
  return h;
}
