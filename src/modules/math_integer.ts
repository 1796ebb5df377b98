// The integer functions of the math module: gcd, lcm, isqrt, factorial, comb, perm. Pure bigint arithmetic,
// with products split in halves so big factorials multiply numbers of similar size (much faster than a loop).

/** Π_{i=lo}^{hi} i for lo <= hi, by binary splitting. */
export function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(n: bigint): bigint {
  return n < 2n ? 1n : rangeProduct(2n, n);
}

/** n! / (n-k)! for 0 <= k <= n */
export function perm(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k === 0n) return 1n;
  return rangeProduct(n - k + 1n, n);
}

/** the binomial coefficient C(n, k) for n, k >= 0 */
export function comb(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  if (k === 0n) return 1n;
  if (n < 60n) {
    // small: exact step by step, each partial product is itself a binomial coefficient
    let c = 1n;
    for (let i = 1n; i <= k; i++) c = (c * (n - k + i)) / i;
    return c;
  }
  return rangeProduct(n - k + 1n, n) / factorial(k);
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // small values stay in doubles: much faster than bigint division
  if (a < 0x20000000000000n && b < 0x20000000000000n) {
    let x = Number(a), y = Number(b);
    while (y !== 0) [x, y] = [y, x % y];
    return BigInt(x);
  }
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const l = (a / gcd(a, b)) * b;
  return l < 0n ? -l : l;
}

/** floor(sqrt(n)) for n >= 0 */
export function isqrt(n: bigint): bigint {
  if (n < 0x10000000000000n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r -= 1n;
    while ((r + 1n) * (r + 1n) <= n) r += 1n;
    return r;
  }
  // Newton from above: start at a power of two past the root
  const bits = n.toString(2).length;
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
