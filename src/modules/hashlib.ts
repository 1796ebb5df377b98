// The native halves of hashlib: _hashlib (HASH and HASHXOF objects, the openssl_* constructors, new,
// pbkdf2_hmac) and _blake2 (the blake2b and blake2s types). lib/hashlib.py is the public module, as in CPython.
//
// A hash object may be created in one thread and updated in another (DESIGN §1.2), so its whole state (the
// chaining words, the partial block, the byte count) lives in its heap object; nothing is kept per worker.
// update() copies that state out, hashes, and writes it back. For inputs of 2048 bytes or more it does the
// hashing with the GIL released, as CPython does (HASHLIB_GIL_MINSIZE): it then reads the input through a
// view of an immutable bytes object (the caller keeps it alive) or a copy of a mutable buffer, computes on a
// JS-local HashState, and the object's lock word (gil/object_lock.ts) keeps a second thread from reading or
// updating the same object meanwhile.

import { I32, U8 } from '../heap/heap';
import { Layout, NativeDataObj, TypeObj } from '../heap/layout';
import { allocObject, decref, layoutOf, raise, Ref, S, T, typeOf } from '../objects/core';
import { defineType, getset, method, staticMethod, TypeSpec } from '../objects/typespec';
import { isSubtype, isType, typeNameOf } from '../objects/type';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr } from '../objects/module';
import { newInt, intToSafe } from '../objects/int';
import { isStr, newStr, strValue } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { bufferOrNull, bufferArg } from '../objects/bytes_common';
import { index, isTrue, typeNameOfObj } from '../objects/abstract';
import { noArgs, oneArg } from '../objects/args';
import { releaseGilAround } from '../gil/blocking';
import { lockWord, unlockWord } from '../gil/object_lock';
import { defineModule } from './registry';
import { addExceptionClass, moduleError } from './modutil';
import {
  Algo, ALGOS, BUF_BYTES, Blake2Params, copyState, Family, finish, HashState, init, initBlake2, STATE_WORDS,
  update,
} from './hash_engine';

/** Inputs this long or longer are hashed with the GIL released (CPython's HASHLIB_GIL_MINSIZE). */
export const GIL_MINSIZE = 2048;
if (STATE_WORDS !== 50 || BUF_BYTES !== 200) throw new Error('HashObj layout out of date');

/** Hash objects use the NativeData layout (Ref1, Ref2 unused); these words follow its four (words 4-7). */
const enum HashObj {
  Lock = 8, // = NativeDataObj.Size; lock word (gil/object_lock.ts): 0 free, 1 held, 2 held with waiters
  Algo, // Algo (hash_engine.ts)
  DigestSize, // bytes (BLAKE2: as asked; SHAKE: 0)
  BufLen, // bytes waiting in Buf
  CountLo, // bytes fed so far, low 32 bits (unsigned)
  CountHi, // bytes fed so far, high bits
  LastNode, // BLAKE2's last_node flag (0/1)
  State = 16, // STATE_WORDS (50) chaining words
  Buf = 66, // BUF_BYTES (200) bytes of the partial block
  Size = 116,
}

const HASH_KIND = 0x4861; // 'Ha': NativeDataObj.Kind of every hash object

function hashSpecOf(name: string, module: string, doc: string) {
  return defineType({ name, layout: Layout.NativeData, basicWords: HashObj.Size, module, doc });
}

const hashSpec = hashSpecOf('HASH', '_hashlib', 'A hash is an object used to calculate a checksum of a string of information.');
const xofSpec = hashSpecOf('HASHXOF', '_hashlib', 'A hash is an object used to calculate a checksum of a string of information.');
const blake2bSpec = hashSpecOf('blake2b', '_blake2', 'Return a new BLAKE2b hash object.');
const blake2sSpec = hashSpecOf('blake2s', '_blake2', 'Return a new BLAKE2s hash object.');

// ---- state in the heap ----------------------------------------------------------------------------------

function load(o: Ref, h: HashState): void {
  h.algo = I32[o + HashObj.Algo];
  h.st.set(I32.subarray(o + HashObj.State, o + HashObj.State + STATE_WORDS));
  const b = (o + HashObj.Buf) * 4;
  h.bufLen = I32[o + HashObj.BufLen];
  h.buf.set(U8.subarray(b, b + h.bufLen));
  h.count = I32[o + HashObj.CountHi] * 4294967296 + (I32[o + HashObj.CountLo] >>> 0);
  h.digestSize = I32[o + HashObj.DigestSize];
  h.lastNode = I32[o + HashObj.LastNode] !== 0;
}

function store(h: HashState, o: Ref): void {
  I32[o + NativeDataObj.Kind] = HASH_KIND;
  I32[o + HashObj.Algo] = h.algo;
  I32.set(h.st, o + HashObj.State);
  U8.set(h.buf.subarray(0, h.bufLen), (o + HashObj.Buf) * 4);
  I32[o + HashObj.BufLen] = h.bufLen;
  I32[o + HashObj.CountLo] = h.count % 4294967296;
  I32[o + HashObj.CountHi] = Math.floor(h.count / 4294967296);
  I32[o + HashObj.DigestSize] = h.digestSize;
  I32[o + HashObj.LastNode] = h.lastNode ? 1 : 0;
}

/** Per-worker scratch for work done with the GIL held (never across a release). */
const scratch = new HashState();

function newHashObject(type: Ref, h: HashState): Ref {
  const o = allocObject(type, HashObj.Size);
  store(h, o);
  return o;
}

function algoOf(o: Ref): Algo {
  return I32[o + HashObj.Algo];
}

/** The bytes to hash, with CPython's messages. */
function hashData(r: Ref): Uint8Array {
  if (isStr(r)) throw raise(T.TypeError, 'Strings must be encoded before hashing');
  const b = bufferOrNull(r);
  if (b === null) throw raise(T.TypeError, 'object supporting the buffer API required');
  return b;
}

/** hash.update(data): with the GIL released for large inputs (see the top of the file). */
function hashUpdate(o: Ref, data: Ref): void {
  const view = hashData(data);
  const lock = o + HashObj.Lock;
  lockWord(lock);
  try {
    if (view.length >= GIL_MINSIZE) {
      const input = layoutOf(data) === Layout.Bytes ? view : view.slice();
      const h = new HashState(); // not `scratch`: nothing shared by this worker is used while released
      load(o, h);
      releaseGilAround(() => update(h, input, 0, input.length));
      store(h, o);
    } else {
      load(o, scratch);
      update(scratch, view, 0, view.length);
      store(scratch, o);
    }
  } finally {
    unlockWord(lock);
  }
}

/** A copy of the object's state in `scratch`, read under its lock. */
function snapshot(o: Ref): HashState {
  const lock = o + HashObj.Lock;
  lockWord(lock);
  try {
    load(o, scratch);
  } finally {
    unlockWord(lock);
  }
  return scratch;
}

function digestOf(o: Ref, n: number): Uint8Array {
  const h = snapshot(o);
  const out = new Uint8Array(n);
  finish(h, out, n);
  return out;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
}

// ---- methods --------------------------------------------------------------------------------------------

const RELEASES_GIL = true;

for (const spec of [hashSpec, xofSpec, blake2bSpec, blake2sSpec]) {
  const q = spec.name;
  method(spec, 'update', (self, args, kwnames) => {
    hashUpdate(self, oneArg(`${q}.update`, args, kwnames));
    return S.None;
  }, RELEASES_GIL);
  method(spec, 'copy', (self, args, kwnames) => {
    noArgs(`${q}.copy`, args, kwnames);
    const h = snapshot(self);
    const t = typeOf(self);
    const o = allocObject(t, I32[t + TypeObj.BasicWords]);
    store(h, o);
    return o;
  });
  getset(spec, 'name', (self) => newStr(ALGOS[algoOf(self)].name));
  getset(spec, 'digest_size', (self) => newInt(I32[self + HashObj.DigestSize]));
  getset(spec, 'block_size', (self) => newInt(ALGOS[algoOf(self)].blockSize));
  if (spec === xofSpec) continue;
  method(spec, 'digest', (self, args, kwnames) => {
    noArgs(`${q}.digest`, args, kwnames);
    return newBytes(digestOf(self, I32[self + HashObj.DigestSize]));
  });
  method(spec, 'hexdigest', (self, args, kwnames) => {
    noArgs(`${q}.hexdigest`, args, kwnames);
    return newStr(hex(digestOf(self, I32[self + HashObj.DigestSize])));
  });
}

/** HASHXOF.digest(length) / hexdigest(length). */
function xofLength(fname: string, args: Ref[], kwnames: string[] | null): number {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw > 1) throw raise(T.TypeError, `${fname}() takes at most 1 argument (${args.length - nkw} given)`);
  if (nkw === 1 && kwnames![0] !== 'length') {
    throw raise(T.TypeError, `${fname}() got an unexpected keyword argument '${kwnames![0]}'`);
  }
  if (args.length === 0) throw raise(T.TypeError, `${fname}() missing required argument 'length' (pos 1)`);
  const n = intArg(args[0], 'length');
  if (n < 0) throw raise(T.SystemError, 'Negative size passed to PyBytes_FromStringAndSize');
  return n;
}
method(xofSpec, 'digest', (self, args, kwnames) => newBytes(digestOf(self, xofLength('digest', args, kwnames))));
method(xofSpec, 'hexdigest', (self, args, kwnames) => {
  return newStr(hex(digestOf(self, xofLength('hexdigest', args, kwnames))));
});

hashSpec.slots.repr = (self) => newStr(`<${ALGOS[algoOf(self)].name} _hashlib.HASH object @ 0x${(self * 4).toString(16)}>`);
xofSpec.slots.repr = (self) => newStr(`<${ALGOS[algoOf(self)].name} _hashlib.HASHXOF object @ 0x${(self * 4).toString(16)}>`);
for (const spec of [hashSpec, xofSpec]) {
  spec.slots.new = () => {
    throw raise(T.TypeError, `cannot create '_hashlib.${spec.name}' instances`);
  };
}

function intArg(r: Ref, what: string): number {
  const i = index(r);
  const v = intToSafe(i);
  decref(i);
  if (v === null) throw raise(T.OverflowError, `${what} is too large`);
  return v;
}

// ---- constructors ---------------------------------------------------------------------------------------

/** A new hash object of a fixed algorithm, fed `data` (0 = none). */
function newHash(algo: Algo, data: Ref): Ref {
  init(scratch, algo);
  const type = ALGOS[algo].digestSize === 0 ? specTypeRef('HASHXOF') : specTypeRef('HASH');
  const o = newHashObject(type, scratch);
  if (data !== 0) {
    try {
      hashUpdate(o, data);
    } catch (e) {
      decref(o);
      throw e;
    }
  }
  return o;
}

/** `(string=b'', *, usedforsecurity=True)` with Argument Clinic's messages; returns the data or 0. */
function constructorData(fname: string, args: Ref[], kwnames: string[] | null, maxPos = 1): Ref[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > maxPos) {
    throw raise(T.TypeError, `${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  const out = args.slice(0, npos);
  let data = maxPos === 1 ? out[0] ?? 0 : out[1] ?? 0;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name === 'string' && npos < maxPos) data = args[npos + k];
    else if (name === 'name' && maxPos === 2 && npos === 0) out[0] = args[npos + k];
    else if (name !== 'usedforsecurity') {
      throw raise(T.TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return maxPos === 1 ? [data] : [out[0] ?? 0, data];
}

const HASH_NAMES = new Map<string, Algo>();
ALGOS.forEach((a, i) => HASH_NAMES.set(a.name, i));
for (const [alias, algo] of [['sha512-224', Algo.SHA512_224], ['sha512-256', Algo.SHA512_256],
  ['blake2b512', Algo.BLAKE2B], ['blake2s256', Algo.BLAKE2S], ['sha3-224', Algo.SHA3_224], ['sha3-256', Algo.SHA3_256],
  ['sha3-384', Algo.SHA3_384], ['sha3-512', Algo.SHA3_512], ['shake128', Algo.SHAKE128], ['shake256', Algo.SHAKE256]] as const) {
  HASH_NAMES.set(alias, algo);
}

function algoByName(r: Ref, message: (name: string) => string): Algo {
  if (!isStr(r)) throw raise(T.TypeError, 'name must be a string');
  const name = strValue(r);
  const algo = HASH_NAMES.get(name.toLowerCase());
  if (algo === undefined) throw moduleError('_hashlib', message(name), 'UnsupportedDigestmodError');
  return algo;
}

const opensslFunctions: Record<string, (self: Ref, args: Ref[], kwnames: string[] | null) => Ref> = {};
for (let a = 0; a < ALGOS.length; a++) {
  if (ALGOS[a].family === Family.BLAKE2B || ALGOS[a].family === Family.BLAKE2S) continue;
  const fname = `openssl_${ALGOS[a].name}`;
  opensslFunctions[fname] = (_m, args, kwnames) => newHash(a, constructorData(fname, args, kwnames)[0]);
}

// ---- BLAKE2 ---------------------------------------------------------------------------------------------

const BLAKE2_KW = ['digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
  'inner_size', 'last_node', 'usedforsecurity'];

function blake2New(algo: Algo, type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const fname = ALGOS[algo].name;
  const big = algo === Algo.BLAKE2B;
  const maxDigest = big ? 64 : 32, saltSize = big ? 16 : 8;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) throw raise(T.TypeError, `${fname}() takes at most 1 positional argument (${npos} given)`);
  const kw = new Map<string, Ref>();
  for (let k = 0; k < nkw; k++) {
    if (!BLAKE2_KW.includes(kwnames![k])) {
      throw raise(T.TypeError, `'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    }
    kw.set(kwnames![k], args[npos + k]);
  }
  const num = (name: string, dflt: number) => (kw.has(name) ? intArg(kw.get(name)!, name) : dflt);
  const bytes = (name: string) => (kw.has(name) ? bufferArg(kw.get(name)!).slice() : new Uint8Array(0));
  const p: Blake2Params = {
    digestSize: num('digest_size', maxDigest), key: bytes('key'), salt: bytes('salt'), person: bytes('person'),
    fanout: num('fanout', 1), depth: num('depth', 1), leafSize: 0, nodeOffset: 0, nodeDepth: num('node_depth', 0),
    innerSize: num('inner_size', 0), lastNode: kw.has('last_node') ? isTrue(kw.get('last_node')!) : false,
  };
  if (p.digestSize < 1 || p.digestSize > maxDigest) {
    throw raise(T.ValueError, `digest_size must be between 1 and ${maxDigest} bytes`);
  }
  if (p.salt.length > saltSize) throw raise(T.ValueError, `maximum salt length is ${saltSize} bytes`);
  if (p.person.length > saltSize) throw raise(T.ValueError, `maximum person length is ${saltSize} bytes`);
  if (p.fanout < 0 || p.fanout > 255) throw raise(T.ValueError, 'fanout must be between 0 and 255');
  if (p.depth < 1 || p.depth > 255) throw raise(T.ValueError, 'depth must be between 1 and 255');
  if (kw.has('leaf_size')) {
    const v = index(kw.get('leaf_size')!);
    try {
      const n = intToSafe(v);
      if (n === null || n < 0) throw raise(T.ValueError, 'value must be positive');
      if (n > 0xffffffff) throw raise(T.OverflowError, 'leaf_size is too large');
      p.leafSize = n;
    } finally {
      decref(v);
    }
  }
  if (kw.has('node_offset')) {
    const v = index(kw.get('node_offset')!);
    try {
      const n = intToSafe(v);
      if (n !== null && n < 0) throw raise(T.ValueError, 'value must be positive');
      if (n === null || !big && n >= 2 ** 48) throw raise(T.OverflowError, 'node_offset is too large');
      p.nodeOffset = n;
    } finally {
      decref(v);
    }
  }
  if (p.nodeDepth < 0 || p.nodeDepth > 255) throw raise(T.ValueError, 'node_depth must be between 0 and 255');
  if (p.innerSize < 0 || p.innerSize > maxDigest) {
    throw raise(T.ValueError, `inner_size must be between 0 and is ${maxDigest}`);
  }
  if (p.key.length > maxDigest) throw raise(T.ValueError, `maximum key length is ${maxDigest} bytes`);
  initBlake2(scratch, algo, p);
  const o = newHashObject(type, scratch);
  if (npos === 1) {
    try {
      hashUpdate(o, args[0]);
    } catch (e) {
      decref(o);
      throw e;
    }
  }
  return o;
}

blake2bSpec.slots.new = (type, args, kwnames) => blake2New(Algo.BLAKE2B, type, args, kwnames);
blake2sSpec.slots.new = (type, args, kwnames) => blake2New(Algo.BLAKE2S, type, args, kwnames);
/** type.__new__ for the types above (the VM calls slots.new for them; this is the explicit form). */
function newMethod(spec: TypeSpec, qual: string): void {
  staticMethod(spec, '__new__', (_self, args, kwnames) => {
    if (args.length === 0 || !isType(args[0])) throw raise(T.TypeError, `${qual}.__new__(X): X is not a type object`);
    const t = specTypeRef(spec.name);
    if (!isSubtype(args[0], t)) {
      throw raise(T.TypeError, `${qual}.__new__(${typeNameOf(args[0])}): ${typeNameOf(args[0])} is not a subtype of ${qual}`);
    }
    return spec.slots.new!(args[0], args.slice(1), kwnames);
  });
}
newMethod(hashSpec, '_hashlib.HASH');
newMethod(xofSpec, '_hashlib.HASHXOF');
newMethod(blake2bSpec, '_blake2.blake2b');
newMethod(blake2sSpec, '_blake2.blake2s');

for (const [spec, big] of [[blake2bSpec, true], [blake2sSpec, false]] as const) {
  spec.attrs.push(['SALT_SIZE', () => newInt(big ? 16 : 8)], ['PERSON_SIZE', () => newInt(big ? 16 : 8)],
    ['MAX_KEY_SIZE', () => newInt(big ? 64 : 32)], ['MAX_DIGEST_SIZE', () => newInt(big ? 64 : 32)]);
}

// ---- PBKDF2 (RFC 8018 §5.2) with HMAC (RFC 2104) --------------------------------------------------------

function pbkdf2(algo: Algo, password: Uint8Array, salt: Uint8Array, iterations: number, dklen: number): Uint8Array {
  const info = ALGOS[algo];
  const bs = info.blockSize, hlen = info.digestSize;
  let key = password;
  const inner = new HashState(), outer = new HashState(), h = new HashState();
  if (key.length > bs) {
    init(h, algo);
    update(h, key, 0, key.length);
    key = new Uint8Array(hlen);
    finish(h, key, hlen);
  }
  const pad = new Uint8Array(bs);
  pad.set(key);
  for (let i = 0; i < bs; i++) pad[i] ^= 0x36;
  init(inner, algo);
  update(inner, pad, 0, bs);
  for (let i = 0; i < bs; i++) pad[i] ^= 0x36 ^ 0x5c;
  init(outer, algo);
  update(outer, pad, 0, bs);
  const hmac = (msg: Uint8Array, len: number, out: Uint8Array) => {
    copyState(h, inner);
    update(h, msg, 0, len);
    finish(h, out, hlen);
    copyState(h, outer);
    update(h, out, 0, hlen);
    finish(h, out, hlen);
  };
  const out = new Uint8Array(dklen);
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  const u = new Uint8Array(hlen), t = new Uint8Array(hlen);
  for (let block = 1, at = 0; at < dklen; block++, at += hlen) {
    first[salt.length] = block >>> 24;
    first[salt.length + 1] = block >>> 16;
    first[salt.length + 2] = block >>> 8;
    first[salt.length + 3] = block;
    hmac(first, first.length, u);
    t.set(u);
    for (let i = 1; i < iterations; i++) {
      hmac(u, hlen, u);
      for (let j = 0; j < hlen; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(hlen, dklen - at)), at);
  }
  return out;
}

function pbkdf2Hmac(args: Ref[], kwnames: string[] | null): Ref {
  const names = ['hash_name', 'password', 'salt', 'iterations', 'dklen'];
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 5) throw raise(T.TypeError, `pbkdf2_hmac() takes at most 5 arguments (${npos} given)`);
  const v: Ref[] = args.slice(0, npos);
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) throw raise(T.TypeError, `'${kwnames![k]}' is an invalid keyword argument for pbkdf2_hmac()`);
    v[i] = args[npos + k];
  }
  for (let i = 0; i < 4; i++) {
    if (v[i] === undefined) {
      throw raise(T.TypeError, `pbkdf2_hmac() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (!isStr(v[0])) {
    throw raise(T.TypeError, `pbkdf2_hmac() argument 'hash_name' must be str, not ${typeNameOfObj(v[0])}`);
  }
  const password = bufferArg(v[1]).slice(), salt = bufferArg(v[2]).slice();
  const iterations = intArg(v[3], 'iteration value');
  if (iterations < 1) throw raise(T.ValueError, 'iteration value must be greater than 0.');
  const algo = algoByName(v[0], () => '[digital envelope routines] unsupported');
  if (ALGOS[algo].digestSize === 0) throw moduleError('_hashlib', '[digital envelope routines] unsupported', 'UnsupportedDigestmodError');
  let dklen = ALGOS[algo].digestSize;
  if (v[4] !== undefined && v[4] !== S.None) dklen = intArg(v[4], 'key length');
  if (dklen < 1) throw raise(T.ValueError, 'key length must be greater than 0.');
  return newBytes(releaseGilAround(() => pbkdf2(algo, password, salt, iterations, dklen)));
}

// ---- the modules ----------------------------------------------------------------------------------------

export const hashlibNativeModule = defineModule('_hashlib', {
  extension: true,
  gilSafe: true, // hash objects carry a lock word (src/gil/object_lock.ts)
  functions: {
    ...opensslFunctions,
    new: (_m, args, kwnames) => {
      const [name, data] = constructorData('new', args, kwnames, 2);
      if (name === 0) throw raise(T.TypeError, "new() missing required argument 'name' (pos 1)");
      const algo = algoByName(name, () => '[digital envelope routines] unsupported');
      if (algo === Algo.BLAKE2B || algo === Algo.BLAKE2S) {
        return blake2New(algo, specTypeRef(ALGOS[algo].name), data === 0 ? [] : [data], null);
      }
      return newHash(algo, data);
    },
    pbkdf2_hmac: (_m, args, kwnames) => pbkdf2Hmac(args, kwnames),
  },
  releasesGil: ['pbkdf2_hmac', 'new', ...Object.keys(opensslFunctions)],
  init(m) {
    setModuleAttr(m, 'HASH', specTypeRef('HASH'));
    setModuleAttr(m, 'HASHXOF', specTypeRef('HASHXOF'));
    addExceptionClass(m, '_hashlib', 'UnsupportedDigestmodError', [T.ValueError]);
  },
});

export const blake2Module = defineModule('_blake2', {
  extension: true,
  gilSafe: true, // hash objects carry a lock word (src/gil/object_lock.ts)
  init(m) {
    setModuleAttr(m, 'blake2b', specTypeRef('blake2b'));
    setModuleAttr(m, 'blake2s', specTypeRef('blake2s'));
  },
});
