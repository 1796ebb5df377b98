// BLAKE2b and BLAKE2s (RFC 7693), and Keccak-f[1600] for SHA-3 and SHAKE (FIPS 202).
//
// As in hash_md.ts, these compress whole blocks into a chaining state of 32-bit words and allocate nothing.
// BLAKE2b's 64-bit words are kept as (lo, hi) pairs in little-endian order, so the state words are exactly
// the bytes of the digest; Keccak's 25 lanes likewise as (lo, hi).

import { cy, sha256IV, sha512IV } from './hash_md';

/** The message schedule permutations σ of RFC 7693 §2.7 (BLAKE2b uses rows 0-9 then 0-1 again). */
const SIGMA = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]);

const V = new Int32Array(32);
const M = new Int32Array(32);

/** BLAKE2b's IV as (lo, hi) pairs (SHA-512's initial value). */
export const blake2bIV = (() => {
  const hl = sha512IV(); // hi, lo
  const out = new Int32Array(16);
  for (let i = 0; i < 8; i++) {
    out[2 * i] = hl[2 * i + 1];
    out[2 * i + 1] = hl[2 * i];
  }
  return out;
})();
export const blake2sIV = sha256IV();

// ---- BLAKE2s --------------------------------------------------------------------------------------------

function gs(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = V;
  let va = v[a], vb = v[b], vc = v[c], vd = v[d];
  va = (va + vb + x) | 0;
  vd ^= va; vd = (vd >>> 16) | (vd << 16);
  vc = (vc + vd) | 0;
  vb ^= vc; vb = (vb >>> 12) | (vb << 20);
  va = (va + vb + y) | 0;
  vd ^= va; vd = (vd >>> 8) | (vd << 24);
  vc = (vc + vd) | 0;
  vb ^= vc; vb = (vb >>> 7) | (vb << 25);
  v[a] = va; v[b] = vb; v[c] = vc; v[d] = vd;
}

/**
 * Compress one 64-byte block at data[off]. `t` is the byte counter after this block (a double below 2^53);
 * `last`: this is the final block; `lastNode`: the tree's last node flag.
 */
export function blake2sBlock(h: Int32Array, data: Uint8Array, off: number, t: number, last: boolean,
  lastNode: boolean): void {
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    M[i] = data[j] | (data[j + 1] << 8) | (data[j + 2] << 16) | (data[j + 3] << 24);
  }
  for (let i = 0; i < 8; i++) {
    V[i] = h[i];
    V[i + 8] = blake2sIV[i];
  }
  V[12] ^= t | 0;
  V[13] ^= (t / 4294967296) | 0;
  if (last) V[14] = ~V[14];
  if (lastNode) V[15] = ~V[15];
  for (let r = 0; r < 10; r++) {
    const s = r * 16;
    gs(0, 4, 8, 12, M[SIGMA[s]], M[SIGMA[s + 1]]);
    gs(1, 5, 9, 13, M[SIGMA[s + 2]], M[SIGMA[s + 3]]);
    gs(2, 6, 10, 14, M[SIGMA[s + 4]], M[SIGMA[s + 5]]);
    gs(3, 7, 11, 15, M[SIGMA[s + 6]], M[SIGMA[s + 7]]);
    gs(0, 5, 10, 15, M[SIGMA[s + 8]], M[SIGMA[s + 9]]);
    gs(1, 6, 11, 12, M[SIGMA[s + 10]], M[SIGMA[s + 11]]);
    gs(2, 7, 8, 13, M[SIGMA[s + 12]], M[SIGMA[s + 13]]);
    gs(3, 4, 9, 14, M[SIGMA[s + 14]], M[SIGMA[s + 15]]);
  }
  for (let i = 0; i < 8; i++) h[i] ^= V[i] ^ V[i + 8];
}

// ---- BLAKE2b --------------------------------------------------------------------------------------------
// Word i of v is V[2i] (lo), V[2i+1] (hi); message word i is M[2i], M[2i+1].

function gb(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = V, m = M;
  a *= 2; b *= 2; c *= 2; d *= 2; x *= 2; y *= 2;
  let al = v[a], ah = v[a + 1], bl = v[b], bh = v[b + 1], cl = v[c], ch = v[c + 1], dl = v[d], dh = v[d + 1];
  // a = a + b + m[x]
  let t = (al + bl) | 0;
  ah = (ah + bh + cy(al, bl, t)) | 0;
  let u = m[x];
  al = (t + u) | 0;
  ah = (ah + m[x + 1] + cy(t, u, al)) | 0;
  // d = rotr64(d ^ a, 32)
  t = dl ^ al;
  dl = dh ^ ah;
  dh = t;
  // c = c + d
  t = (cl + dl) | 0;
  ch = (ch + dh + cy(cl, dl, t)) | 0;
  cl = t;
  // b = rotr64(b ^ c, 24)
  t = bl ^ cl; u = bh ^ ch;
  bl = (t >>> 24) | (u << 8);
  bh = (u >>> 24) | (t << 8);
  // a = a + b + m[y]
  t = (al + bl) | 0;
  ah = (ah + bh + cy(al, bl, t)) | 0;
  u = m[y];
  al = (t + u) | 0;
  ah = (ah + m[y + 1] + cy(t, u, al)) | 0;
  // d = rotr64(d ^ a, 16)
  t = dl ^ al; u = dh ^ ah;
  dl = (t >>> 16) | (u << 16);
  dh = (u >>> 16) | (t << 16);
  // c = c + d
  t = (cl + dl) | 0;
  ch = (ch + dh + cy(cl, dl, t)) | 0;
  cl = t;
  // b = rotr64(b ^ c, 63) = rotl64(b ^ c, 1)
  t = bl ^ cl; u = bh ^ ch;
  bl = (t << 1) | (u >>> 31);
  bh = (u << 1) | (t >>> 31);
  v[a] = al; v[a + 1] = ah; v[b] = bl; v[b + 1] = bh; v[c] = cl; v[c + 1] = ch; v[d] = dl; v[d + 1] = dh;
}

/** Compress one 128-byte block (see blake2sBlock). */
export function blake2bBlock(h: Int32Array, data: Uint8Array, off: number, t: number, last: boolean,
  lastNode: boolean): void {
  for (let i = 0; i < 32; i++) {
    const j = off + 4 * i;
    M[i] = data[j] | (data[j + 1] << 8) | (data[j + 2] << 16) | (data[j + 3] << 24);
  }
  for (let i = 0; i < 16; i++) {
    V[i] = h[i];
    V[i + 16] = blake2bIV[i];
  }
  V[24] ^= t | 0; // word 12 = t mod 2^64 (lo, hi); word 13 = t >> 64 = 0
  V[25] ^= (t / 4294967296) | 0;
  if (last) {
    V[28] = ~V[28];
    V[29] = ~V[29];
  }
  if (lastNode) {
    V[30] = ~V[30];
    V[31] = ~V[31];
  }
  for (let r = 0; r < 12; r++) {
    const s = (r % 10) * 16;
    gb(0, 4, 8, 12, SIGMA[s], SIGMA[s + 1]);
    gb(1, 5, 9, 13, SIGMA[s + 2], SIGMA[s + 3]);
    gb(2, 6, 10, 14, SIGMA[s + 4], SIGMA[s + 5]);
    gb(3, 7, 11, 15, SIGMA[s + 6], SIGMA[s + 7]);
    gb(0, 5, 10, 15, SIGMA[s + 8], SIGMA[s + 9]);
    gb(1, 6, 11, 12, SIGMA[s + 10], SIGMA[s + 11]);
    gb(2, 7, 8, 13, SIGMA[s + 12], SIGMA[s + 13]);
    gb(3, 4, 9, 14, SIGMA[s + 14], SIGMA[s + 15]);
  }
  for (let i = 0; i < 16; i++) h[i] ^= V[i] ^ V[i + 16];
}

// ---- Keccak-f[1600] -------------------------------------------------------------------------------------
// Lane (x, y) is A[x + 5y], stored as st[2(x+5y)] = lo, st[2(x+5y)+1] = hi.

/** Round constants from the LFSR rc(t) of FIPS 202 §3.2.5, as (lo, hi) pairs. */
const RC = (() => {
  const rc = (t: number): number => {
    if (t % 255 === 0) return 1;
    let r = 1;
    for (let i = 1; i <= t % 255; i++) {
      r <<= 1; // R = 0 || R, then fold bit 8 back into bits 0, 4, 5, 6
      if (r & 0x100) r ^= 0x171;
    }
    return r & 1;
  };
  const out = new Int32Array(48);
  for (let ir = 0; ir < 24; ir++) {
    for (let j = 0; j <= 6; j++) {
      if (rc(j + 7 * ir)) {
        const bit = (1 << j) - 1; // position 2^j - 1
        if (bit < 32) out[2 * ir] |= 1 << bit;
        else out[2 * ir + 1] |= 1 << (bit - 32);
      }
    }
  }
  return out;
})();

/** ρ offsets (FIPS 202 §3.2.2) and π's destination for each lane. */
const RHO = new Uint8Array(25);
const PI = new Uint8Array(25);
(() => {
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    RHO[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  // π: A'[x, y] = A[(x + 3y) mod 5, x]; we record, for source lane, where it goes
  for (let xx = 0; xx < 5; xx++) {
    for (let yy = 0; yy < 5; yy++) PI[((xx + 3 * yy) % 5) + 5 * xx] = xx + 5 * yy;
  }
})();

const B = new Int32Array(50);
const C = new Int32Array(10);
const X1 = Uint8Array.from([2, 4, 6, 8, 0]); // 2 * ((x + 1) mod 5)
const X2 = Uint8Array.from([4, 6, 8, 0, 2]); // 2 * ((x + 2) mod 5)
const X4 = Uint8Array.from([8, 0, 2, 4, 6]); // 2 * ((x + 4) mod 5)

export function keccakF(st: Int32Array): void {
  for (let round = 0; round < 24; round++) {
    // θ
    for (let x = 0; x < 10; x += 2) {
      C[x] = st[x] ^ st[x + 10] ^ st[x + 20] ^ st[x + 30] ^ st[x + 40];
      C[x + 1] = st[x + 1] ^ st[x + 11] ^ st[x + 21] ^ st[x + 31] ^ st[x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const x1 = X1[x], x4 = X4[x];
      const dl = C[x4] ^ ((C[x1] << 1) | (C[x1 + 1] >>> 31));
      const dh = C[x4 + 1] ^ ((C[x1 + 1] << 1) | (C[x1] >>> 31));
      const i = 2 * x;
      st[i] ^= dl; st[i + 1] ^= dh;
      st[i + 10] ^= dl; st[i + 11] ^= dh;
      st[i + 20] ^= dl; st[i + 21] ^= dh;
      st[i + 30] ^= dl; st[i + 31] ^= dh;
      st[i + 40] ^= dl; st[i + 41] ^= dh;
    }
    // ρ and π (a rotation by r >= 32 swaps the halves and rotates by r - 32)
    B[0] = st[0];
    B[1] = st[1];
    for (let i = 1; i < 25; i++) {
      let l = st[2 * i], h = st[2 * i + 1];
      const r = RHO[i];
      if (r >= 32) {
        const t = l;
        l = h;
        h = t;
      }
      const s = r & 31, dst = 2 * PI[i];
      if (s === 0) {
        B[dst] = l;
        B[dst + 1] = h;
      } else {
        B[dst] = (l << s) | (h >>> (32 - s));
        B[dst + 1] = (h << s) | (l >>> (32 - s));
      }
    }
    // χ
    for (let y = 0; y < 50; y += 10) {
      for (let x = 0; x < 10; x += 2) {
        const a1 = y + X1[x >> 1], a2 = y + X2[x >> 1];
        st[y + x] = B[y + x] ^ (~B[a1] & B[a2]);
        st[y + x + 1] = B[y + x + 1] ^ (~B[a1 + 1] & B[a2 + 1]);
      }
    }
    // ι
    st[0] ^= RC[2 * round];
    st[1] ^= RC[2 * round + 1];
  }
}

/** XOR `rate` bytes of data[off..] into the state (little-endian lanes) and permute, n times. */
export function keccakBlocks(st: Int32Array, data: Uint8Array, off: number, n: number, rate: number): void {
  const words = rate >> 2;
  for (let b = 0; b < n; b++, off += rate) {
    for (let i = 0; i < words; i++) {
      const j = off + 4 * i;
      st[i] ^= data[j] | (data[j + 1] << 8) | (data[j + 2] << 16) | (data[j + 3] << 24);
    }
    keccakF(st);
  }
}
