// The Merkle–Damgård hashes of hashlib: MD5 (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4).
//
// Each `*Blocks` function runs the compression function over `n` whole blocks of `data` starting at `off`,
// updating the chaining state `st` (32-bit words; SHA-384/512 keep each 64-bit word as hi, lo). They
// allocate nothing: the message schedule lives in one module-level array per worker. Padding and the length
// field are the caller's (hashlib_core.ts), since they are the same for all of them except byte order.
//
// The round constants are not typed in: they are computed from their definitions in FIPS 180-4 (fractional
// parts of square and cube roots of primes; floor(|sin(i)|·2^32) for MD5) with exact integer roots.

const W = new Int32Array(160);

// ---- constants ------------------------------------------------------------------------------------------

function primes(n: number): number[] {
  const out: number[] = [];
  for (let p = 2; out.length < n; p++) if (out.every((q) => p % q !== 0)) out.push(p);
  return out;
}

/** floor(x^(1/k)) for a non-negative BigInt, by Newton's method. */
function iroot(x: bigint, k: bigint): bigint {
  if (x < 2n) return x;
  // start above the root (the float guess is good to ~1e-15), so Newton's steps descend onto it
  let r = BigInt(Math.ceil(Math.pow(Number(x), 1 / Number(k)) * (1 + 1e-9))) + 2n;
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) break;
    r = next;
  }
  while (r ** k > x) r--;
  while ((r + 1n) ** k <= x) r++;
  return r;
}

/** The first `bits` bits of the fractional part of p^(1/k), as a BigInt. */
function fracRoot(p: number, k: number, bits: number): bigint {
  const r = iroot(BigInt(p) << BigInt(k * bits), BigInt(k));
  return r & ((1n << BigInt(bits)) - 1n);
}

function split64(v: bigint, out: Int32Array, at: number): void {
  out[at] = Number((v >> 32n) & 0xffffffffn) | 0;
  out[at + 1] = Number(v & 0xffffffffn) | 0;
}

let k256: Int32Array | null = null;
let k512: Int32Array | null = null; // hi, lo pairs

export function sha256K(): Int32Array {
  if (k256 === null) {
    k256 = new Int32Array(64);
    primes(64).forEach((p, i) => (k256![i] = Number(fracRoot(p, 3, 32)) | 0));
  }
  return k256;
}

export function sha512K(): Int32Array {
  if (k512 === null) {
    k512 = new Int32Array(160);
    primes(80).forEach((p, i) => split64(fracRoot(p, 3, 64), k512!, 2 * i));
  }
  return k512;
}

/** SHA-256's initial value (also BLAKE2s's IV): square roots of the first 8 primes, 32 bits. */
export function sha256IV(): Int32Array {
  return Int32Array.from(primes(8), (p) => Number(fracRoot(p, 2, 32)) | 0);
}

/** SHA-224: the second 32 bits of the square roots of the 9th to 16th primes. */
export function sha224IV(): Int32Array {
  return Int32Array.from(primes(16).slice(8), (p) => Number(fracRoot(p, 2, 64) & 0xffffffffn) | 0);
}

/** SHA-512 (also BLAKE2b's IV): square roots of the first 8 primes, 64 bits, as hi, lo pairs. */
export function sha512IV(): Int32Array {
  const out = new Int32Array(16);
  primes(8).forEach((p, i) => split64(fracRoot(p, 2, 64), out, 2 * i));
  return out;
}

/** SHA-384: square roots of the 9th to 16th primes, 64 bits. */
export function sha384IV(): Int32Array {
  const out = new Int32Array(16);
  primes(16).slice(8).forEach((p, i) => split64(fracRoot(p, 2, 64), out, 2 * i));
  return out;
}

let md5T: Int32Array | null = null;
const MD5_SHIFT = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function md5Table(): Int32Array {
  if (md5T === null) {
    md5T = new Int32Array(64);
    for (let i = 0; i < 64; i++) md5T[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  }
  return md5T;
}

export const MD5_IV = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
export const SHA1_IV = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);

// ---- MD5 ------------------------------------------------------------------------------------------------

export function md5Blocks(st: Int32Array, data: Uint8Array, off: number, n: number): void {
  const T = md5Table();
  let a0 = st[0], b0 = st[1], c0 = st[2], d0 = st[3];
  for (let blk = 0; blk < n; blk++, off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      W[i] = data[j] | (data[j + 1] << 8) | (data[j + 2] << 16) | (data[j + 3] << 24);
    }
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const s = MD5_SHIFT[((i >> 4) << 2) | (i & 3)];
      const x = (a + f + T[i] + W[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  st[0] = a0; st[1] = b0; st[2] = c0; st[3] = d0;
}

// ---- SHA-1 ----------------------------------------------------------------------------------------------

export function sha1Blocks(st: Int32Array, data: Uint8Array, off: number, n: number): void {
  let h0 = st[0], h1 = st[1], h2 = st[2], h3 = st[3], h4 = st[4];
  for (let blk = 0; blk < n; blk++, off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      W[i] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3];
    }
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  st[0] = h0; st[1] = h1; st[2] = h2; st[3] = h3; st[4] = h4;
}

// ---- SHA-224 / SHA-256 ----------------------------------------------------------------------------------

export function sha256Blocks(st: Int32Array, data: Uint8Array, off: number, n: number): void {
  const K = sha256K();
  let h0 = st[0], h1 = st[1], h2 = st[2], h3 = st[3], h4 = st[4], h5 = st[5], h6 = st[6], h7 = st[7];
  for (let blk = 0; blk < n; blk++, off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + 4 * i;
      W[i] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15], y = W[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[i] + W[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
  }
  st[0] = h0; st[1] = h1; st[2] = h2; st[3] = h3; st[4] = h4; st[5] = h5; st[6] = h6; st[7] = h7;
}

// ---- SHA-384 / SHA-512 ----------------------------------------------------------------------------------
// 64-bit words as (hi, lo) int32 pairs; W holds 80 of them. Additions carry from lo into hi (cy).

export function sha512Blocks(st: Int32Array, data: Uint8Array, off: number, n: number): void {
  const K = sha512K();
  for (let blk = 0; blk < n; blk++, off += 128) {
    for (let i = 0; i < 32; i++) {
      const j = off + 4 * i;
      W[i] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3];
    }
    for (let i = 32; i < 160; i += 2) {
      // σ0 of W[t-15]: rotr 1 ^ rotr 8 ^ shr 7
      let xh = W[i - 30], xl = W[i - 29];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // σ1 of W[t-2]: rotr 19 ^ rotr 61 ^ shr 6
      xh = W[i - 4]; xl = W[i - 3];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // W[t] = σ1 + W[t-7] + σ0 + W[t-16]
      let lo = (s0l + s1l) | 0;
      let hi = (s0h + s1h + cy(s0l, s1l, lo)) | 0;
      let x = W[i - 13], y = (lo + x) | 0;
      hi = (hi + W[i - 14] + cy(lo, x, y)) | 0;
      x = W[i - 31];
      lo = (y + x) | 0;
      hi = (hi + W[i - 32] + cy(y, x, lo)) | 0;
      W[i] = hi;
      W[i + 1] = lo;
    }
    let ah = st[0], al = st[1], bh = st[2], bl = st[3], ch = st[4], cl = st[5], dh = st[6], dl = st[7];
    let eh = st[8], el = st[9], fh = st[10], fl = st[11], gh = st[12], gl = st[13], hh = st[14], hl = st[15];
    for (let i = 0; i < 160; i += 2) {
      // Σ1(e): rotr 14 ^ rotr 18 ^ rotr 41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      // t1 = h + Σ1 + ch + K + W
      let lo = (hl + S1l) | 0;
      let hi = (hh + S1h + cy(hl, S1l, lo)) | 0;
      let l2 = (lo + chl) | 0;
      hi = (hi + chh + cy(lo, chl, l2)) | 0;
      let k = K[i + 1];
      lo = (l2 + k) | 0;
      hi = (hi + K[i] + cy(l2, k, lo)) | 0;
      k = W[i + 1];
      l2 = (lo + k) | 0;
      hi = (hi + W[i] + cy(lo, k, l2)) | 0;
      const t1h = hi, t1l = l2;
      // Σ0(a): rotr 28 ^ rotr 34 ^ rotr 39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l + majl) | 0;
      const t2h = (S0h + majh + cy(S0l, majl, t2l)) | 0;
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      el = (dl + t1l) | 0;
      eh = (dh + t1h + cy(dl, t1l, el)) | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      al = (t1l + t2l) | 0;
      ah = (t1h + t2h + cy(t1l, t2l, al)) | 0;
    }
    add64(st, 0, ah, al); add64(st, 2, bh, bl); add64(st, 4, ch, cl); add64(st, 6, dh, dl);
    add64(st, 8, eh, el); add64(st, 10, fh, fl); add64(st, 12, gh, gl); add64(st, 14, hh, hl);
  }
}

/** The carry out of the 32-bit addition a + b = s (branch-free: carries are unpredictable). */
export function cy(a: number, b: number, s: number): number {
  return ((a & b) | ((a | b) & ~s)) >>> 31;
}

function add64(st: Int32Array, at: number, h: number, l: number): void {
  const a = st[at + 1], lo = (a + l) | 0;
  st[at] = (st[at] + h + cy(a, l, lo)) | 0;
  st[at + 1] = lo;
}
