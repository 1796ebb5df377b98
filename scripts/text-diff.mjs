#!/usr/bin/env node
// Differential check of src/text against CPython: generates thousands of cases (floats, format
// specs, %-formats, templates, number strings ...), asks python3 once for all of its answers
// (cached under /tmp by a hash of the cases), and compares them with ours.
//
//   node scripts/text-diff.mjs [--seed N] [--scale K] [--show M] [--only category,...]
//   node scripts/text-diff.mjs --gen-tables     regenerate src/text/unicode_tables.ts from python3
//
// Exit status is 1 when any case differs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = '/tmp/gilt-text-diff';
mkdirSync(work, { recursive: true });

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};

if (argv.includes('--gen-tables')) {
  generateTables();
  process.exit(0);
}

const seed = Number(option('--seed', '1'));
const scale = Number(option('--scale', '1'));
const show = Number(option('--show', '8'));
const only = option('--only', '')
  .split(',')
  .filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Our side: bundle the library.

await build({
  entryPoints: [path.join(root, 'src/text/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: path.join(work, 'text.cjs'),
  logLevel: 'warning',
});
const T = createRequire(import.meta.url)(path.join(work, 'text.cjs'));

// ---------------------------------------------------------------------------------------------
// Random generation.

let state = seed >>> 0 || 1;
function rand() {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

const f64 = new DataView(new ArrayBuffer(8));
function bitsOf(x) {
  f64.setFloat64(0, x);
  return f64.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromBits(h) {
  f64.setBigUint64(0, BigInt('0x' + h));
  return f64.getFloat64(0);
}

function randomFloat() {
  switch (int(0, 9)) {
    case 0: {
      // any bit pattern (finite)
      let x;
      do {
        f64.setUint32(0, Math.floor(rand() * 2 ** 32));
        f64.setUint32(4, Math.floor(rand() * 2 ** 32));
        x = f64.getFloat64(0);
      } while (!Number.isFinite(x));
      return x;
    }
    case 1: // binary fractions: where rounding ties live
      return (chance(0.5) ? -1 : 1) * int(0, 100000) / 2 ** int(0, 14);
    case 2: // integers with many factors of 5: ties in 'e'/'g' formats
      return int(1, 999) * 5 ** int(0, 12) * 2 ** int(0, 6);
    case 3: // short decimals (2.675, 0.125 ...)
      return Number((chance(0.3) ? '-' : '') + int(0, 99999) + 'e' + int(-12, 12));
    case 4: // near powers of ten
      return 10 ** int(-310, 308) * pick([1, 1 + 2 ** -52, 1 - 2 ** -53, 0.5, 5, 9.999999999999999]);
    case 5:
      return pick([0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        1e16, 1e-4, 1e-5, 9999999999999998, 0.1, 0.5, 1.5, 2.5, 0.125, 2.675, 1e22, 1e21, 123456789012345680000]);
    case 6:
      return (rand() - 0.5) * 10 ** int(-8, 20);
    case 7:
      return int(-1000000, 1000000);
    case 8: // subnormal or tiny
      return rand() * 10 ** int(-323, -300);
    default:
      return rand() * 10 ** int(-5, 17);
  }
}

function randomBigInt() {
  switch (int(0, 5)) {
    case 0: return BigInt(int(-20, 20));
    case 1: return BigInt(int(-1e9, 1e9)) * (chance(0.5) ? 1n : 1000000000n);
    case 2: {
      let s = String(int(1, 9));
      const len = int(1, 60);
      for (let i = 0; i < len; i++) s += int(0, 9);
      return (chance(0.5) ? -1n : 1n) * BigInt(s);
    }
    case 3: return pick([0n, 1n, -1n, 65n, 0x10ffffn, 0x110000n, 2n ** 63n, 2n ** 1024n, -(2n ** 64n), 10n ** 308n]);
    default: return BigInt(int(0, 300));
  }
}

const SPEC_TYPES = ['', '', '', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'z', '\u1234', ','];
function randomSpec() {
  if (chance(0.05)) {
    let s = '';
    const len = int(0, 6);
    for (let i = 0; i < len; i++) s += pick([...'<>^=+- z#0123456789,_.xdfge%s', 'é', '😀']);
    return s;
  }
  let s = '';
  const align = chance(0.4) ? pick(['<', '>', '^', '=']) : '';
  if (align && chance(0.5)) s += pick([' ', '*', '0', 'x', '€', '😀', '<', '{']);
  s += align;
  if (chance(0.3)) s += pick(['+', '-', ' ']);
  if (chance(0.1)) s += 'z';
  if (chance(0.15)) s += '#';
  if (chance(0.15)) s += '0';
  if (chance(0.5)) s += int(0, 25);
  if (chance(0.2)) s += pick([',', '_']);
  if (chance(0.5)) s += '.' + (chance(0.95) ? int(0, 20) : pick([0, 30, 60, 120, 400, 800, 1200, 2147483648]));
  s += pick(SPEC_TYPES);
  return s;
}

function randomText(maxLen = 8) {
  const pool = [...'abcXYZ 09\'"\\\n\t\r\x00\x7f\x1c', '\x85', '\xa0', '\xe9', '\u200b', '\u2028', '\u0378', '\ud7ff',
    '\ue000', '\ufeff', '\u3000', '\u0660', '\u0967', '😀', '\u{10ffff}', '\u{1d7ce}', '\ud800', '\udfff', '\u{e0001}', '\u0300'];
  let s = '';
  const len = int(0, maxLen);
  for (let i = 0; i < len; i++) s += chance(0.1) ? String.fromCodePoint(int(0, 0x10ffff)) : pick(pool);
  return s;
}

// Python values travel as tagged JSON: {i:"123"} int, {f:"bits"} float, {s:"..."} str,
// {b:"hex"} bytes, {t:[...]} tuple, {d:[[k,v]...]} dict, {l:[...]} list, {B:0|1} bool.
function randomValue() {
  switch (int(0, 6)) {
    // '*' takes widths from ints: keep them small, or so big that C rejects them (a width of
    // 10^9 would have python3 build a gigabyte string)
    case 0: case 1: {
      if (chance(0.7)) return { i: String(int(-30, 30)) };
      if (chance(0.3)) return { i: String(pick([2n ** 63n, -(2n ** 63n) - 1n])) };
      return { i: String((chance(0.5) ? -1n : 1n) * (10n ** 25n + BigInt(int(0, 1e9)) ** 3n)) };
    }
    case 2: case 3: return { f: bitsOf(randomFloat()) };
    case 4: return { s: chance(0.3) ? pick(['a', 'é', '😀', '']) : randomText(4) };
    case 5: return { B: int(0, 1) };
    default: return { b: Buffer.from(randomText(3), 'latin1').toString('hex') };
  }
}

function randomPercentFormat(bytes) {
  let s = '';
  const parts = int(0, 4);
  const keys = [];
  for (let p = 0; p < parts; p++) {
    if (chance(0.4)) s += pick(['a', 'xy ', '%%', 'é', '😀', '(', ')']);
    if (chance(0.1) && bytes) continue;
    s += '%';
    if (chance(0.2)) {
      const key = pick(['a', 'b', 'k(x)', '']);
      keys.push(key);
      s += '(' + key + (chance(0.95) ? ')' : '');
    }
    while (chance(0.3)) s += pick(['-', '+', ' ', '#', '0']);
    if (chance(0.3)) s += chance(0.2) ? '*' : int(0, 12);
    if (chance(0.3)) s += '.' + (chance(0.2) ? '*' : chance(0.9) ? int(0, 12) : '');
    if (chance(0.05)) s += pick(['h', 'l', 'L']);
    if (chance(0.97)) s += pick([...(bytes ? 'sbdiuoxXeEfFgGcra' : 'sdiuoxXeEfFgGcra'), 's', 'd', 'f', 'y', '%', '\u1234', '😀', '\x01']);
  }
  return { fmt: s, keys };
}

function randomPercentArgs(keys) {
  const r = int(0, 9);
  if (r < 5) {
    const n = int(0, 4);
    return { t: Array.from({ length: n }, randomValue) };
  }
  if (r < 8 || keys.length) {
    const d = [];
    for (const k of new Set([...keys, 'a'])) if (chance(0.9)) d.push([{ s: k }, randomValue()]);
    return { d };
  }
  return randomValue();
}

function randomNumberString(kind) {
  const pieces = kind === 'int'
    ? ['0', '1', '7', '9', 'a', 'f', 'z', 'Z', '_', 'x', 'o', 'b', '0x', '0o', '0b', '+', '-', ' ', '\t', '\u3000', '\x85', '\x1c', '\u0663', '\u{1d7ce}', '.', '1_000']
    : ['0', '1', '5', '9', '.', 'e', 'E', '+', '-', '_', ' ', 'inf', 'Infinity', 'nan', 'NaN', 'iNF', '\u3000', '\x85', '\x1c', '\u0663', 'x', '1_0', '1e400', '\x00'];
  let s = '';
  const len = int(0, 7);
  for (let i = 0; i < len; i++) s += pick(pieces);
  return s;
}

function randomTemplate() {
  const pool = ['{', '}', '{{', '}}', '{}', '{0}', '{a}', '[', ']', ':', '!', '!r', '.', 'x', '0', '1', '{0[x]}', '{:>{w}}', '{a.b}',
    ' ', '!😀', 'é', '{!s:{}}'];
  let s = '';
  const len = int(0, 8);
  for (let i = 0; i < len; i++) s += pick(pool);
  return s;
}

function randomFieldName() {
  const pool = ['0', '12', 'a', 'name', '.', '[', ']', 'x', '.b', '[0]', '[k]', '[]', '..', '\u0663', ' ', '-1', '99999999999999999999'];
  let s = '';
  const len = int(0, 5);
  for (let i = 0; i < len; i++) s += pick(pool);
  return s;
}

function randomHexString() {
  const pool = ['0x', '0X', '1', 'f', 'A', '.', 'p', 'P', '+', '-', '0', ' ', 'inf', 'nan', '10', 'p-1074', 'p1024', 'p-1080', 'fffffffffffff8', '1.0000000000000', '8', 'p99999999999', '\u2000'];
  let s = '';
  const len = int(0, 6);
  for (let i = 0; i < len; i++) s += pick(pool);
  return s;
}

// ---------------------------------------------------------------------------------------------
// The cases: [category, input] with inputs JSON-safe.

const cases = [];
const add = (cat, input) => {
  if (!only.length || only.includes(cat)) cases.push([cat, input]);
};
const N = (k) => Math.round(k * scale);

for (let i = 0; i < N(4000); i++) add('floatRepr', bitsOf(randomFloat()));
for (let i = 0; i < N(600); i++) add('complexRepr', [bitsOf(randomFloat()), bitsOf(randomFloat())]);
for (let i = 0; i < N(6000); i++) add('formatFloat', [bitsOf(randomFloat()), randomSpec()]);
for (let i = 0; i < N(3000); i++) add('formatInt', [randomBigInt().toString(), randomSpec()]);
for (let i = 0; i < N(1000); i++) add('formatStr', [randomText(), randomSpec()]);
for (let i = 0; i < N(1500); i++) add('formatComplex', [bitsOf(randomFloat()), bitsOf(randomFloat()), randomSpec()]);
for (let i = 0; i < N(3000); i++) {
  const { fmt, keys } = randomPercentFormat(false);
  add('percent', [fmt, randomPercentArgs(keys)]);
}
for (let i = 0; i < N(1500); i++) {
  const { fmt, keys } = randomPercentFormat(true);
  add('bytesPercent', [Buffer.from(fmt, 'latin1').toString('hex'), randomPercentArgs(keys)]);
}
for (let i = 0; i < N(2000); i++) add('parseFloat', randomNumberString('float'));
for (let i = 0; i < N(300); i++) add('parseFloat', T.floatRepr(randomFloat()));
for (let i = 0; i < N(2500); i++) add('parseInt', [randomNumberString('int'), pick([0, 0, 10, 10, 2, 8, 16, 36, 3, 1, 37])]);
for (let i = 0; i < N(1500); i++) add('reprStr', randomText(10));
for (let i = 0; i < N(400); i++) add('reprBytes', Buffer.from(Array.from({ length: int(0, 10) }, () => int(0, 255))).toString('hex'));
for (let i = 0; i < N(1500); i++) add('floatHex', bitsOf(randomFloat()));
for (let i = 0; i < N(1500); i++) add('fromHex', randomHexString());
for (let i = 0; i < N(300); i++) add('fromHex', T.floatToHex(randomFloat()));
for (let i = 0; i < N(3000); i++) add('round', [bitsOf(randomFloat()), pick([0, 1, 2, 3, 5, 10, 17, 20, 300, 323, 324, -1, -2, -5, -20, -307, -308, -309])]);
for (let i = 0; i < N(500); i++) add('roundHalfEven', bitsOf(randomFloat()));
for (let i = 0; i < N(2000); i++) add('template', randomTemplate());
for (let i = 0; i < N(1000); i++) add('fieldName', randomFieldName());
for (let i = 0; i < N(300); i++) add('intToString', [randomBigInt().toString(), pick([2, 8, 10, 16])]);
// Hand-picked edges.
for (const s of ['1'.repeat(4300), '1'.repeat(4301), '0'.repeat(5000), '1'.repeat(5000) + 'x', '1'.repeat(300) + '!', ' 0b_1 ',
  '0_0', '00', '0_1', '0x', '0x_', '0x_f', '-0o7_7', '1__0', '_1', '1_', '+ 1', '\u0663\u0661', '\u{1d7ce}1']) {
  for (const base of [0, 10, 16, 36]) add('parseInt', [s, base]);
}
for (const s of ['1'.repeat(400), '1e' + '9'.repeat(30), '.e1', '1e', 'in f', '+-1', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5',
  '1e5_0', '0x10', ' \u2003-Infinity\x85 ', '-nan', '+inF', 'infinit', '\u0663.\u0661e\u0662', '4.9406564584124654e-324',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308']) add('parseFloat', s);
for (const [x, spec] of [[1e300, '.1200f'], [5e-324, '.1100e'], [2.5, '.0f'], [0.125, '.2f'], [2.675, '.2f'], [125, '.1e'],
  [1e16, '#'], [1e16, ''], [1e-5, 'g'], [123.0, '.3'], [-0.0, 'z.1f'], [-1e-9, 'z.3%'], [1234567.0, '0=20,.2f'],
  [1234567.0, '020_'], [Infinity, '=+012,'], [NaN, 'x^+9'], [0.5, '.0%'], [1.5, '#.0e'], [9.5, '.0e'], [0.0, '#.3g']]) {
  add('formatFloat', [bitsOf(x), spec]);
}
for (const [x, spec] of [['1234567', '0=15,'], ['-1234567', '015_x'], ['255', '#010b'], ['97', '^5c'], ['0', 'c'],
  ['1114111', 'c'], ['-5', '+06'], ['5', ' 06'], ['12345', 'n'], ['10', '%'], [String(10n ** 400n), 'e']]) {
  add('formatInt', [x, spec]);
}
// Every code point's printability, through repr of a block of text.
if (!only.length || only.includes('printable')) {
  for (let cp = 0; cp < 0x110000; cp += 4096) {
    let s = '';
    for (let c = cp; c < cp + 4096; c++) s += String.fromCodePoint(c);
    add('printable', s);
  }
}

// ---------------------------------------------------------------------------------------------
// CPython's side.

const PY = String.raw`
import json, sys, struct, _string

def F(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def H(x): return struct.pack('>d', x).hex()

def val(v):
    if 'i' in v: return int(v['i'])
    if 'f' in v: return F(v['f'])
    if 's' in v: return v['s']
    if 'b' in v: return bytes.fromhex(v['b'])
    if 'B' in v: return bool(v['B'])
    if 't' in v: return tuple(val(x) for x in v['t'])
    if 'd' in v: return {val(k): val(x) for k, x in v['d']}
    raise ValueError(v)

def err(e): return '!' + type(e).__name__ + ': ' + str(e)

def template(s):
    out = []
    try:
        for lit, name, spec, conv in _string.formatter_parser(s):
            if lit: out.append(['L', lit])
            if name is not None: out.append(['F', name, conv, spec])
    except Exception as e:
        out.append(err(e))
    return out

def field_name(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
    except Exception as e:
        return err(e)
    out = [first]
    try:
        for is_attr, key in rest: out.append(['a' if is_attr else 'i', key])
    except Exception as e:
        out.append(err(e))
    return out

def run(cat, x):
    if cat == 'floatRepr': return repr(F(x))
    if cat == 'complexRepr': return repr(complex(F(x[0]), F(x[1])))
    if cat == 'formatFloat': return format(F(x[0]), x[1])
    if cat == 'formatInt': return format(int(x[0]), x[1])
    if cat == 'formatStr': return format(x[0], x[1])
    if cat == 'formatComplex': return format(complex(F(x[0]), F(x[1])), x[2])
    if cat == 'percent': return x[0] % val(x[1])
    if cat == 'bytesPercent': return (bytes.fromhex(x[0]) % val(x[1])).hex()
    if cat == 'parseFloat': return H(float(x))
    if cat == 'parseInt': return hex(int(x[0], x[1]))
    if cat == 'reprStr': return [repr(x), ascii(x)]
    if cat == 'reprBytes': return repr(bytes.fromhex(x))
    if cat == 'floatHex': return F(x).hex()
    if cat == 'fromHex': return H(float.fromhex(x))
    if cat == 'round': return H(round(F(x[0]), x[1]))
    if cat == 'roundHalfEven': return H(float(round(F(x))))
    if cat == 'template': return template(x)
    if cat == 'fieldName': return field_name(x)
    if cat == 'intToString': return {2: bin, 8: oct, 10: str, 16: hex}[x[1]](int(x[0]))
    if cat == 'printable': return repr(x)
    raise ValueError(cat)

cases = json.load(open(sys.argv[1], encoding='utf-8', errors='surrogatepass'))
out = []
for cat, x in cases:
    try: out.append(run(cat, x))
    except Exception as e: out.append(err(e))
sys.stdout.buffer.write(json.dumps(out, ensure_ascii=True).encode())
`;

// JSON cannot carry lone surrogates as UTF-8, so write everything ASCII-escaped.
const casesJson = JSON.stringify(cases).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const key = createHash('sha256').update(PY).update(casesJson).digest('hex').slice(0, 16);
const cacheFile = path.join(work, `cpython-${key}.json`);
let expected;
if (existsSync(cacheFile)) {
  expected = JSON.parse(readFileSync(cacheFile, 'utf8'));
} else {
  const casesFile = path.join(work, `cases-${key}.json`);
  const pyFile = path.join(work, 'oracle.py');
  writeFileSync(casesFile, casesJson);
  writeFileSync(pyFile, PY);
  const t0 = Date.now();
  const raw = execFileSync('python3', [pyFile, casesFile], { maxBuffer: 1 << 30 });
  console.log(`python3 answered ${cases.length} cases in ${Date.now() - t0} ms`);
  writeFileSync(cacheFile, raw);
  expected = JSON.parse(raw.toString());
}

// ---------------------------------------------------------------------------------------------
// Our side of each case.

function hostErr(e) {
  if (e instanceof T.HostError) return '!' + e.pyType + ': ' + e.message;
  throw e;
}

/** A Python value (tagged JSON) as the adapters see it. */
function jsVal(v) {
  if ('i' in v) return { type: 'int', v: BigInt(v.i) };
  if ('f' in v) return { type: 'float', v: fromBits(v.f) };
  if ('s' in v) return { type: 'str', v: v.s };
  if ('b' in v) return { type: 'bytes', v: Uint8Array.from(Buffer.from(v.b, 'hex')) };
  if ('B' in v) return { type: 'bool', v: BigInt(v.B) };
  if ('t' in v) return { type: 'tuple', v: v.t.map(jsVal) };
  if ('d' in v) return { type: 'dict', v: v.d.map(([k, x]) => [jsVal(k), jsVal(x)]) };
  throw new Error('bad value');
}

function pyRepr(x, asciiOnly = false) {
  switch (x.type) {
    case 'int': return x.v.toString();
    case 'bool': return x.v ? 'True' : 'False';
    case 'float': return T.floatRepr(x.v);
    case 'str': return asciiOnly ? T.asciiStr(x.v) : T.reprStr(x.v);
    case 'bytes': return T.reprBytes(x.v);
    case 'tuple': return '(' + x.v.map((y) => pyRepr(y, asciiOnly)).join(', ') + (x.v.length === 1 ? ',)' : ')');
    case 'dict': return '{' + x.v.map(([k, y]) => pyRepr(k, asciiOnly) + ': ' + pyRepr(y, asciiOnly)).join(', ') + '}';
  }
}
const pyStr = (x) => (x.type === 'str' ? x.v : pyRepr(x));

function toInteger(x, conv) {
  if (x.type === 'int' || x.type === 'bool') return x.v;
  if (x.type === 'float' && 'diu'.includes(conv)) return T.floatToInt(x.v);
  if ('diu'.includes(conv)) throw T.hostError('TypeError', `%${conv} format: a real number is required, not ${x.type}`);
  throw T.hostError('TypeError', `%${conv} format: an integer is required, not ${x.type}`);
}
function toFloat(x) {
  if (x.type === 'float') return x.v;
  if (x.type === 'int' || x.type === 'bool') {
    const f = Number(x.v);
    if (!Number.isFinite(f)) throw T.hostError('OverflowError', 'int too large to convert to float');
    return f;
  }
  throw T.hostError('TypeError', `must be real number, not ${x.type}`);
}
function lookup(x, key, same, keyRepr) {
  if (x.type !== 'dict') throw T.hostError('TypeError', 'byte indices must be integers or slices, not str');
  for (const [k, y] of x.v) if (same(k, key)) return y;
  throw T.hostError('KeyError', keyRepr);
}

function commonArgs(operand, bytesFormat) {
  const isTuple = operand.type === 'tuple';
  return {
    // PyMapping_Check: anything subscriptable except tuple and str (and bytes, for bytes % args)
    kind: isTuple ? 'tuple' : operand.type === 'dict' || (operand.type === 'bytes' && !bytesFormat) ? 'mapping' : 'single',
    count: isTuple ? operand.v.length : 1,
    get: (i) => (isTuple ? operand.v[i] : operand),
    toInteger,
    toFloat,
    intValue: (x) => (x.type === 'int' || x.type === 'bool' ? x.v : null),
  };
}

function strArgs(operand) {
  return {
    ...commonArgs(operand),
    getKey: (key) => lookup(operand, key, (k, s) => k.type === 'str' && k.v === s, T.reprStr(key)),
    str: pyStr,
    repr: (x) => pyRepr(x),
    ascii: (x) => pyRepr(x, true),
    strValue: (x) => (x.type === 'str' ? x.v : null),
  };
}

function bytesArgs(operand) {
  return {
    ...commonArgs(operand, true),
    getKey: (key) => lookup(operand, key, () => false, T.reprBytes(key)),
    toFloat(x) {
      try {
        return toFloat(x);
      } catch {
        throw T.hostError('TypeError', `float argument required, not ${x.type}`);
      }
    },
    toBytes(x) {
      if (x.type === 'bytes') return x.v;
      throw T.hostError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${x.type}'`);
    },
    ascii: (x) => pyRepr(x, true),
    bytesValue: (x) => (x.type === 'bytes' ? x.v : null),
    indexValue: (x) => (x.type === 'int' || x.type === 'bool' ? x.v : null),
  };
}

function ours(cat, x) {
  try {
    switch (cat) {
      case 'floatRepr': return T.floatRepr(fromBits(x));
      case 'complexRepr': return T.complexRepr(fromBits(x[0]), fromBits(x[1]));
      case 'formatFloat': return T.formatFloat(fromBits(x[0]), x[1]);
      case 'formatInt': return T.formatInt(BigInt(x[0]), x[1]);
      case 'formatStr': return T.formatStr(x[0], x[1]);
      case 'formatComplex': return T.formatComplex(fromBits(x[0]), fromBits(x[1]), x[2]);
      case 'percent': return T.percentFormat(x[0], strArgs(jsVal(x[1])));
      case 'bytesPercent':
        return Buffer.from(T.bytesPercentFormat(Uint8Array.from(Buffer.from(x[0], 'hex')), bytesArgs(jsVal(x[1])))).toString('hex');
      case 'parseFloat': return bitsOf(T.parseFloatString(x));
      case 'parseInt': return T.intToString(T.parseIntString(x[0], x[1]), 16);
      case 'reprStr': return [T.reprStr(x), T.asciiStr(x)];
      case 'reprBytes': return T.reprBytes(Uint8Array.from(Buffer.from(x, 'hex')));
      case 'floatHex': return T.floatToHex(fromBits(x));
      case 'fromHex': return bitsOf(T.floatFromHex(x));
      case 'round': return bitsOf(T.roundFloat(fromBits(x[0]), x[1]));
      case 'roundHalfEven': {
        const f = fromBits(x);
        if (!Number.isFinite(f)) T.floatToInt(f); // round(inf) raises like int(inf)
        return bitsOf(T.roundHalfEven(f) + 0); // round() gives an int: no negative zero
      }
      case 'template': {
        const out = [];
        try {
          for (const { literal, field } of T.parseFormatTemplate(x)) {
            if (literal) out.push(['L', literal]);
            if (field) out.push(['F', field.fieldName, field.conversion, field.formatSpec]);
          }
        } catch (e) {
          out.push(hostErr(e));
        }
        return out;
      }
      case 'fieldName': {
        const r = T.parseFieldName(x);
        const out = [r.first, ...r.accessors.map((a) => (a.kind === 'attr' ? ['a', a.name] : ['i', a.key]))];
        if (r.error) out.push(hostErr(r.error));
        return out;
      }
      case 'intToString': return T.intToString(BigInt(x[0]), x[1]);
      case 'printable': return T.reprStr(x);
    }
  } catch (e) {
    return hostErr(e);
  }
  throw new Error('unknown category ' + cat);
}


// ---------------------------------------------------------------------------------------------
// Compare.

const stats = new Map();
const t0 = performance.now();
for (let i = 0; i < cases.length; i++) {
  const [cat, input] = cases[i];
  const got = JSON.stringify(ours(cat, input));
  const want = JSON.stringify(expected[i]);
  const s = stats.get(cat) ?? { pass: 0, fail: 0, shown: 0 };
  stats.set(cat, s);
  if (got === want) s.pass++;
  else {
    s.fail++;
    if (s.shown++ < show) {
      console.log(`MISMATCH ${cat} ${JSON.stringify(input).slice(0, 300)}\n   python: ${want.slice(0, 300)}\n   ours:   ${got.slice(0, 300)}`);
    }
  }
}
const ms = performance.now() - t0;
let pass = 0;
let fail = 0;
for (const [cat, s] of stats) {
  console.log(`${cat.padEnd(14)} ${String(s.pass).padStart(6)} match ${s.fail ? `${s.fail} DIFFER` : ''}`);
  pass += s.pass;
  fail += s.fail;
}
console.log(`(ours took ${ms.toFixed(0)} ms for ${cases.length} cases)`);
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);

// ---------------------------------------------------------------------------------------------

function generateTables() {
  const py = String.raw`
import unicodedata
def b36(n):
    d = '0123456789abcdefghijklmnopqrstuvwxyz'; s = ''
    while True:
        s = d[n % 36] + s; n //= 36
        if n == 0: return s
flips = []; prev = False
for c in range(0x110000):
    p = not chr(c).isprintable()
    if p != prev: flips.append(c); prev = p
deltas = []; last = 0
for b in flips: deltas.append(b36(b - last)); last = b
print(unicodedata.unidata_version)
print(','.join(deltas))
print(','.join(hex(c) for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0))
print(','.join(hex(c) for c in range(0x110000) if chr(c).isspace()))
`;
  const [version, deltas, zeros, spaces] = execFileSync('python3', ['-c', py]).toString().trim().split('\n');
  const wrap = (s) => s.match(/.{1,110}(,|$)/g).map((l) => '  ' + JSON.stringify(l)).join(' +\n');
  const out = `// GENERATED by \`node scripts/text-diff.mjs --gen-tables\` from python3 (Unicode ${version}): do not edit.
// Unicode facts CPython 3.11 (Unicode 14.0.0) uses for repr(), str.isprintable(), str.isspace() and
// for the decimal digits int()/float() accept.

/** Code points where str.isprintable() flips, starting "printable" at U+0000: base-36 deltas. */
export const PRINTABLE_FLIPS =
${wrap(deltas)};

/** The DIGIT ZERO of every run of ten Unicode decimal digits (category Nd, values 0..9 in order). */
export const DECIMAL_ZEROS = [${zeros}];

/** Every code point for which str.isspace() is true. */
export const WHITESPACE = [${spaces}];
`;
  writeFileSync(path.join(root, 'src/text/unicode_tables.ts'), out);
  console.log(`wrote src/text/unicode_tables.ts (Unicode ${version})`);
}
