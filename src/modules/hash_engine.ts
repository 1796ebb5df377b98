// The streaming part every hashlib algorithm shares: buffering partial blocks, padding, the length field and
// output. It works on a HashState, a JS-local copy of a hash object's words (hashlib.ts copies the state out
// of the heap object, runs update here, possibly with the GIL released, and writes it back).

import {
  md5Blocks, sha1Blocks, sha256Blocks, sha512Blocks, MD5_IV, SHA1_IV, sha224IV, sha256IV, sha384IV, sha512IV,
} from './hash_md';
import { blake2bBlock, blake2sBlock, blake2bIV, blake2sIV, keccakBlocks, keccakF } from './hash_blake';

export const enum Algo {
  MD5 = 0, SHA1, SHA224, SHA256, SHA384, SHA512, SHA512_224, SHA512_256, BLAKE2B, BLAKE2S,
  SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE128, SHAKE256, Count,
}

export const enum Family { MD5, SHA1, SHA256, SHA512, BLAKE2B, BLAKE2S, KECCAK }

export interface AlgoInfo {
  name: string;
  family: Family;
  blockSize: number; // bytes (for Keccak: the rate)
  digestSize: number; // bytes (0 for SHAKE: variable)
}

export const ALGOS: AlgoInfo[] = [
  { name: 'md5', family: Family.MD5, blockSize: 64, digestSize: 16 },
  { name: 'sha1', family: Family.SHA1, blockSize: 64, digestSize: 20 },
  { name: 'sha224', family: Family.SHA256, blockSize: 64, digestSize: 28 },
  { name: 'sha256', family: Family.SHA256, blockSize: 64, digestSize: 32 },
  { name: 'sha384', family: Family.SHA512, blockSize: 128, digestSize: 48 },
  { name: 'sha512', family: Family.SHA512, blockSize: 128, digestSize: 64 },
  { name: 'sha512_224', family: Family.SHA512, blockSize: 128, digestSize: 28 },
  { name: 'sha512_256', family: Family.SHA512, blockSize: 128, digestSize: 32 },
  { name: 'blake2b', family: Family.BLAKE2B, blockSize: 128, digestSize: 64 },
  { name: 'blake2s', family: Family.BLAKE2S, blockSize: 64, digestSize: 32 },
  { name: 'sha3_224', family: Family.KECCAK, blockSize: 144, digestSize: 28 },
  { name: 'sha3_256', family: Family.KECCAK, blockSize: 136, digestSize: 32 },
  { name: 'sha3_384', family: Family.KECCAK, blockSize: 104, digestSize: 48 },
  { name: 'sha3_512', family: Family.KECCAK, blockSize: 72, digestSize: 64 },
  { name: 'shake_128', family: Family.KECCAK, blockSize: 168, digestSize: 0 },
  { name: 'shake_256', family: Family.KECCAK, blockSize: 136, digestSize: 0 },
];

export const STATE_WORDS = 50; // Keccak's 1600 bits is the largest chaining state
export const BUF_BYTES = 200; // the largest block (SHAKE128's rate, 168) rounded up

/** A hash in progress (mirrors the heap object's words; see HashObj in hashlib.ts). */
export class HashState {
  algo: Algo = Algo.MD5;
  st = new Int32Array(STATE_WORDS);
  buf = new Uint8Array(BUF_BYTES);
  bufLen = 0;
  /** total bytes fed so far (a double: exact below 2^53) */
  count = 0;
  digestSize = 0;
  lastNode = false;
}

// ---- initial values -------------------------------------------------------------------------------------

let ivs: Int32Array[] | null = null;

/** The SHA-512/t initial value (FIPS 180-4 §5.3.6): SHA-512 with IV ^ a5a5… over the string "SHA-512/t". */
function sha512tIV(t: number): Int32Array {
  const h = new HashState();
  h.algo = Algo.SHA512;
  h.st.set(sha512IV());
  for (let i = 0; i < 16; i++) h.st[i] ^= 0xa5a5a5a5 | 0;
  const name = new TextEncoder().encode(`SHA-512/${t}`);
  update(h, name, 0, name.length);
  const out = new Uint8Array(64);
  finish(h, out, 64);
  const iv = new Int32Array(16);
  for (let i = 0; i < 16; i++) iv[i] = (out[4 * i] << 24) | (out[4 * i + 1] << 16) | (out[4 * i + 2] << 8) | out[4 * i + 3];
  return iv;
}

function iv(algo: Algo): Int32Array {
  if (ivs === null) {
    ivs = [];
    ivs[Algo.MD5] = MD5_IV;
    ivs[Algo.SHA1] = SHA1_IV;
    ivs[Algo.SHA224] = sha224IV();
    ivs[Algo.SHA256] = sha256IV();
    ivs[Algo.SHA384] = sha384IV();
    ivs[Algo.SHA512] = sha512IV();
    ivs[Algo.BLAKE2B] = blake2bIV;
    ivs[Algo.BLAKE2S] = blake2sIV;
    ivs[Algo.SHA512_224] = sha512tIV(224);
    ivs[Algo.SHA512_256] = sha512tIV(256);
  }
  return ivs[algo];
}

/** Start a hash (for BLAKE2, see initBlake2 instead). */
export function init(h: HashState, algo: Algo): void {
  h.algo = algo;
  h.st.fill(0);
  if (ALGOS[algo].family !== Family.KECCAK) h.st.set(iv(algo));
  h.bufLen = 0;
  h.count = 0;
  h.digestSize = ALGOS[algo].digestSize;
  h.lastNode = false;
}

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: number;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** Start a BLAKE2 hash: IV xor the parameter block (RFC 7693 §2.5), then the key as a padded first block. */
export function initBlake2(h: HashState, algo: Algo, p: Blake2Params): void {
  init(h, algo);
  const big = algo === Algo.BLAKE2B;
  const block = new Uint8Array(big ? 64 : 32);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  new DataView(block.buffer).setUint32(4, p.leafSize >>> 0, true);
  // node offset: 8 bytes (BLAKE2b) or 6 (BLAKE2s), little-endian
  let off = p.nodeOffset;
  for (let i = 0; i < (big ? 8 : 6); i++) {
    block[8 + i] = off % 256;
    off = Math.floor(off / 256);
  }
  block[big ? 16 : 14] = p.nodeDepth;
  block[big ? 17 : 15] = p.innerSize;
  block.set(p.salt, big ? 32 : 16);
  block.set(p.person, big ? 48 : 24);
  const words = new DataView(block.buffer);
  for (let i = 0; i < block.length / 4; i++) h.st[i] ^= words.getInt32(4 * i, true);
  h.digestSize = p.digestSize;
  h.lastNode = p.lastNode;
  if (p.key.length > 0) {
    const kb = new Uint8Array(ALGOS[algo].blockSize);
    kb.set(p.key);
    update(h, kb, 0, kb.length);
  }
}

// ---- update ---------------------------------------------------------------------------------------------

/** Compress n whole blocks. (Long runs go in pieces of at most 64 blocks: V8 optimizes a function that is
 * called often much better than one long loop entered once.) */
function blocks(h: HashState, data: Uint8Array, off: number, n: number): void {
  const bs = ALGOS[h.algo].blockSize;
  while (n > 64) {
    blocks1(h, data, off, 64);
    off += 64 * bs;
    n -= 64;
  }
  blocks1(h, data, off, n);
}

function blocks1(h: HashState, data: Uint8Array, off: number, n: number): void {
  switch (ALGOS[h.algo].family) {
    case Family.MD5: md5Blocks(h.st, data, off, n); break;
    case Family.SHA1: sha1Blocks(h.st, data, off, n); break;
    case Family.SHA256: sha256Blocks(h.st, data, off, n); break;
    case Family.SHA512: sha512Blocks(h.st, data, off, n); break;
    default: keccakBlocks(h.st, data, off, n, ALGOS[h.algo].blockSize); break;
  }
}

/** Feed data[off, off+len) into the hash. Allocates nothing; touches only h and data. */
export function update(h: HashState, data: Uint8Array, off: number, len: number): void {
  const info = ALGOS[h.algo];
  const bs = info.blockSize;
  if (info.family === Family.BLAKE2B || info.family === Family.BLAKE2S) {
    updateBlake2(h, data, off, len, bs);
    return;
  }
  h.count += len;
  if (h.bufLen > 0) {
    const take = Math.min(bs - h.bufLen, len);
    h.buf.set(data.subarray(off, off + take), h.bufLen);
    h.bufLen += take;
    off += take;
    len -= take;
    if (h.bufLen < bs) return;
    blocks(h, h.buf, 0, 1);
    h.bufLen = 0;
  }
  const n = Math.floor(len / bs);
  if (n > 0) blocks(h, data, off, n);
  off += n * bs;
  len -= n * bs;
  if (len > 0) {
    h.buf.set(data.subarray(off, off + len), 0);
    h.bufLen = len;
  }
}

/** BLAKE2 must know whether a block is the last one, so it always keeps the last (possibly full) block. */
function updateBlake2(h: HashState, data: Uint8Array, off: number, len: number, bs: number): void {
  const compress = h.algo === Algo.BLAKE2B ? blake2bBlock : blake2sBlock;
  let t = h.count - h.bufLen; // bytes compressed so far
  h.count += len;
  if (h.bufLen > 0 && h.bufLen + len > bs) {
    const take = bs - h.bufLen;
    h.buf.set(data.subarray(off, off + take), h.bufLen);
    off += take;
    len -= take;
    t += bs;
    compress(h.st, h.buf, 0, t, false, false);
    h.bufLen = 0;
  }
  while (len > bs) {
    t += bs;
    compress(h.st, data, off, t, false, false);
    off += bs;
    len -= bs;
  }
  if (len > 0) {
    h.buf.set(data.subarray(off, off + len), h.bufLen);
    h.bufLen += len;
  }
}

// ---- finishing ------------------------------------------------------------------------------------------

/**
 * Finish the hash into out[0, n) (n = the digest size, or the length asked of SHAKE). Destroys h's state:
 * callers finish a copy.
 */
export function finish(h: HashState, out: Uint8Array, n: number): void {
  const info = ALGOS[h.algo];
  const bs = info.blockSize;
  const buf = h.buf;
  switch (info.family) {
    case Family.BLAKE2B:
    case Family.BLAKE2S: {
      buf.fill(0, h.bufLen, bs);
      (h.algo === Algo.BLAKE2B ? blake2bBlock : blake2sBlock)(h.st, buf, 0, h.count, true, h.lastNode);
      for (let i = 0; i < n; i++) out[i] = (h.st[i >> 2] >>> (8 * (i & 3))) & 0xff;
      return;
    }
    case Family.KECCAK: {
      buf.fill(0, h.bufLen, bs);
      buf[h.bufLen] ^= info.digestSize === 0 ? 0x1f : 0x06;
      buf[bs - 1] ^= 0x80;
      keccakBlocks(h.st, buf, 0, 1, bs);
      for (let i = 0; ; ) {
        for (let j = 0; j < bs && i < n; j++, i++) out[i] = (h.st[j >> 2] >>> (8 * (j & 3))) & 0xff;
        if (i >= n) return;
        keccakF(h.st);
      }
    }
  }
  // Merkle–Damgård: 0x80, zeros, then the message length in bits (64 bits; 128 for SHA-512)
  const lenBytes = bs === 128 ? 16 : 8;
  buf[h.bufLen++] = 0x80;
  if (h.bufLen > bs - lenBytes) {
    buf.fill(0, h.bufLen, bs);
    blocks(h, buf, 0, 1);
    h.bufLen = 0;
  }
  buf.fill(0, h.bufLen, bs);
  const bits = h.count * 8;
  const lo = bits % 4294967296, hi = Math.floor(bits / 4294967296);
  if (info.family === Family.MD5) {
    for (let i = 0; i < 4; i++) {
      buf[bs - 8 + i] = (lo >>> (8 * i)) & 0xff;
      buf[bs - 4 + i] = (hi >>> (8 * i)) & 0xff;
    }
  } else {
    for (let i = 0; i < 4; i++) {
      buf[bs - 1 - i] = (lo >>> (8 * i)) & 0xff;
      buf[bs - 5 - i] = (hi >>> (8 * i)) & 0xff;
    }
  }
  blocks(h, buf, 0, 1);
  if (info.family === Family.MD5) {
    for (let i = 0; i < n; i++) out[i] = (h.st[i >> 2] >>> (8 * (i & 3))) & 0xff;
  } else {
    for (let i = 0; i < n; i++) out[i] = (h.st[i >> 2] >>> (24 - 8 * (i & 3))) & 0xff;
  }
}

/** Copy a state (for digest() without disturbing the running hash, and for copy()). */
export function copyState(dst: HashState, src: HashState): void {
  dst.algo = src.algo;
  dst.st.set(src.st);
  dst.buf.set(src.buf);
  dst.bufLen = src.bufLen;
  dst.count = src.count;
  dst.digestSize = src.digestSize;
  dst.lastNode = src.lastNode;
}
