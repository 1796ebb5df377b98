#!/usr/bin/env node
// Differential check of gilt's regex engine (src/modules/re) against CPython's re (python3).
//
//   node scripts/regex-diff.mjs [--verbose] [--fuzz N] [--no-fold]
//
// Every case is a pattern (str or bytes) with flags and some subjects. For each subject we
// compare match, search, fullmatch (also with pos/endpos) and finditer — all spans of all groups
// plus lastindex — and for bad patterns the error (type, message, position). python3 runs once;
// its answers are cached under /tmp keyed by a hash of the cases. Prints counts; exits 1 on any
// difference.

import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = '/tmp/gilt-regex-diff';
mkdirSync(work, { recursive: true });
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fuzzCount = args.includes('--fuzz') ? Number(args[args.indexOf('--fuzz') + 1]) : 1500;
const withFold = !args.includes('--no-fold');

// Flags, as in CPython.
const I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256;

// --- curated cases: [pattern, flags, subjects] ------------------------------------------------

const POOL = ['', 'a', 'ab', 'abc', 'aaa', 'abab', 'ba', 'xyz', 'a\nb', 'foo bar', 'hello world', 'AbC', 'a1_b2', '  x ', 'aaab', 'abba'];

const curated = [
  // literals, dot, classes
  ['a', 0], ['abc', 0], ['b', 0], ['.', 0], ['.', S], ['a.c', 0], ['...', 0], ['[abc]', 0], ['[^abc]', 0],
  ['[a-c]+', 0], ['[^a-c]+', 0], ['[]a]', 0], ['[^]a]', 0], ['[a-]', 0], ['[-a]', 0], ['[\\]]', 0], ['[\\w-]+', 0],
  ['[.]', 0], ['[\\d\\s]+', 0], ['[^\\W\\d]+', 0], ['\\w+', 0], ['\\W+', 0], ['\\d+', 0], ['\\D+', 0], ['\\s+', 0],
  ['\\S+', 0], ['\\w+', A], ['[\\x00-\\x7f]+', 0], ['\\x61', 0], ['\\u0061', 0], ['\\U00000061', 0], ['\\141', 0],
  ['\\0', 0], ['\\01', 0], ['[\\1]', 0], ['\\n', 0], ['\\t|\\n', 0], ['\\.', 0], ['\\-', 0], ['\\a\\f\\v', 0],
  // anchors
  ['^a', 0], ['^a', M], ['a$', 0], ['a$', M], ['b$', 0], ['b$', M], ['^', M], ['$', M], ['^$', 0], ['^$', M],
  ['\\Aa', 0], ['b\\Z', 0], ['\\ba', 0], ['a\\b', 0], ['\\Bb', 0], ['\\b', 0], ['\\B', 0], ['\\bx\\b', A],
  ['$\\n', 0], ['^.*$', M], ['(?m)^\\w+', 0], ['x*$', 0],
  // quantifiers
  ['a*', 0], ['a+', 0], ['a?', 0], ['a*?', 0], ['a+?', 0], ['a??', 0], ['a{2}', 0], ['a{2,}', 0], ['a{,2}', 0],
  ['a{1,2}', 0], ['a{1,2}?', 0], ['a{0}', 0], ['a{,}', 0], ['a{', 0], ['a{1', 0], ['a{1,', 0], ['a{x}', 0], ['{', 0],
  ['a{}', 0], ['x{2,3}y', 0], ['a*+', 0], ['a++b', 0], ['a?+a', 0], ['a{1,3}+', 0], ['.*b', 0], ['.*?b', 0],
  ['.+?', 0], ['[ab]*?b', 0], ['(ab)*', 0], ['(ab)+?', 0], ['(a|b)*', 0], ['(a|b)*?b', 0], ['(?:ab){2}', 0],
  ['(?:a|ab){2,}', 0], ['(a?){3}', 0], ['(a*){2,}', 0], ['(a*)+', 0], ['(a*)*', 0], ['(a|)*', 0], ['(|a)*', 0],
  ['(a|)+?b', 0], ['(?:a*)*?b', 0], ['(a{0,1}){2}', 0], ['((a)|b)*', 0], ['(?:(a)|b)*', 0], ['(?:(a)|(b))+', 0],
  ['(?:(a)|b)*?$', 0], ['(a)*?b', 0], ['(?:a(b)?)+', 0], ['(a+|b+)*', 0], ['(?:ab)*+', 0], ['(?:a|ab)++', 0],
  ['(?:a|ab){2}+', 0], ['(a|ab)*+b', 0], ['(?:x?)*+y', 0],
  // groups, alternation
  ['(a)', 0], ['(a)(b)', 0], ['((a)b)', 0], ['(a(b(c)))', 0], ['(a)|(b)', 0], ['a|b|c', 0], ['ab|ac', 0], ['ab|a', 0],
  ['a|ab', 0], ['(?:a|b)c', 0], ['(?P<x>a)(?P<y>b)?', 0], ['(?P<x>a)(?P=x)', 0], ['(a)\\1', 0], ['(a*)b\\1', 0],
  ['(a)|b\\1', 0], ['(a)?b(?(1)c|d)', 0], ['(?P<q>a)?(?(q)b|c)', 0], ['(a)?(?(1)b)', 0], ['(?:(a)|b)(?(1)a|b)', 0],
  ['(?>a|ab)c', 0], ['(?>ab|a)b', 0], ['(?>a*)a', 0], ['(?>(a)|b)', 0], ['(a|b)\\1+', 0], ['(?i)(a)\\1', 0],
  ['(?:)', 0], ['()', 0], ['(|)', 0], ['a||b', 0], ['(a)(?:b)(c)?', 0],
  // look-around
  ['a(?=b)', 0], ['a(?!b)', 0], ['(?<=a)b', 0], ['(?<!a)b', 0], ['(?<=ab)c', 0], ['(?<=a|b)c', 0], ['(?<=\\d)x', 0],
  ['(?=(a))', 0], ['(?=(a))a', 0], ['(?!(a))b', 0], ['(?<=(a))b', 0], ['(?<=(a)b)c', 0], ['(?=a|b)\\w', 0],
  ['\\w+(?=\\s)', 0], ['(?<![a-z])\\w', 0], ['(?=a)*', 0], ['(?!a)+b', 0], ['(?<=(?<=a)b)c', 0], ['(?<=\\b)a', 0],
  ['(a)(?<=\\1)', 0], ['(?=.*b)a', 0], ['(?<=^)a', 0], ['(?<=a$)', 0],
  // flags
  ['A', I], ['[a-c]+', I], ['[^a]', I], ['(?i)abc', 0], ['(?i:a)b', 0], ['(?-i:a)b', I], ['a(?i)', 0], ['(?s).', 0],
  ['(?s:.)\\n', 0], ['(?x) a b # comment\n c', 0], ['a b', X], ['[ ]', X], ['a\\ b', X], ['(?x: a )b', 0],
  ['(?a)\\w+', 0], ['(?a:\\w)\\w', 0], ['(?u)\\w', 0], ['(?ims)a', 0], ['(?i)[^\\W]', 0], ['(?i)\\bA', 0],
  ['(?m)a$', 0], ['(?im-s:A.)', 0], ['[a-z]', I | A],
  ['(?x)[ #]a', 0], ['(?x)a\\#b', 0], ['(?x)a\\ b', 0], ['(?x)a#c\nb', 0], ['(?x)a{1, 2}', 0], ['(?x)(?# x )a b', 0],
  ['(?x: a | b )c', 0], ['(?-x: a )', X], ['(?x)\\ ', 0], ['a(?#comment)b', 0], ['a(?#c)*', 0],
  // unicode
  ['é', I], ['É', I], ['[à-ÿ]+', I], ['\\w+', 0], ['\\d', 0], ['\\s', 0], ['ß', I], ['ẞ', I], ['SS', I],
  ['σ', I], ['Σ', I], ['ς', I], ['[σ]', I], ['K', I], ['k', I], ['[k]', I], ['İ', I], ['i', I], ['ı', I],
  ['[ǅ]', I], ['ǆ', I], ['µ', I], ['[µ]', I], ['ﬅ', I], ['\u0345', I], ['[\\u0345x]', I], ['Ω', I],
  ['[\\u2126]', I], ['\\W+', 0], ['\\b\\w', 0], ['[^\\w\\s]', 0], ['.', 0], ['\\U0001F600', 0], ['[\\U0001F600-\\U0001F64F]', 0],
  ['\U0001F600+', 0], ['𐐀', I], ['[𐐀x]', I], ['[𐐀-𐐏]', I], ['[\\U00010400-\\U00010410]', I], ['[^𐐨]', I],
];

const UNICODE_POOL = ['', 'é', 'É', 'café CAFÉ', 'straße STRASSE', 'ẞß', 'ΣΑΣ σας', 'ς', 'KkK', 'İiıI', 'ǅǄǆ',
  'µΜμ', 'ﬅﬆ', '\u0345ιΙι', 'ΩωΩ', '١٢٣ 123', 'naïve', '\u00a0\u2003x', '😀😃x', 'Ꭰꭰ', '𐐀𐐨', 'ǅx', 'a\u0300', '𝟘𝟙'];

const BYTES_CASES = [
  ['a+', 0], ['\\w+', 0], ['\\w+', I], ['[a-z]+', I], ['\\d\\s', 0], ['\\xe9', 0], ['\\xe9', I], ['[\\x80-\\xff]+', 0],
  ['(?i)A', 0], ['(?L)\\w+', 0], ['\\w', L], ['\\b\\w', 0], ['.', 0], ['(a)\\1', I], ['\\s+', 0], ['[^a]', I],
  ['(?a)a', 0], ['\\x00', 0], ['[\\0-\\x20]', 0], ['(?P<x>b)(?P=x)', 0],
];
const BYTES_POOL = ['', 'a', 'abc', 'ABC aB', '\xe9\xc9', 'a\x00b', '\x1c \t\x85\xa0', '12 34', 'bb', 'x_y'];

// Patterns that must fail to compile, compared on (type, message, position).
const ERRORS = [
  '(', '(a', ')', 'a)', '*', 'a**', 'a*{2}', '+a', '?', '{1}a', 'x{2,1}', '\\', 'a\\', '[', '[a', '[a-', '[^',
  '[]', '[z-a]', '[\\d-z]', '[a-\\d]', '\\p', '\\q', '[\\q]', '\\8', '\\1', '(a)\\2', '(\\1)', '(a\\1)', '\\x', '\\x1',
  '\\xg', '\\u12', '\\U1234567', '\\U00110000', '\\777', '[\\777]', '[\\8]', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)',
  '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=', '(?P=a', '(?P=a)', '(?P<a>(?P=a))', '(?Px)', '(?<', '(?<x)', '(?#abc',
  '(?x', '(?i', '(?i-', '(?i-:a)', '(?-', '(?z)', '(?i-z:a)', '(?ij)', '(?i-i:a)', '(?L)', '(?u:a)', '(?a)(?u)',
  '(?au)', '(?-a:x)', '(?t:x)', '(?-t:x)', 'a(?i)', 'a|(?i)b', '(a)(?i)', '(?(', '(?(1', '(?(1)', '(?(1)a|b|c)',
  '(?(0)a)', '(?(-1)a)', '(?(a)b)', '(?(1a)b)', '(?(2)a)(b)', '(?(x)a)(?P<x>b)', '(?<=a*)', '(?<=a|bc)', '(?<!a+)',
  '(?<=(a)\\1)', '(?<=a(?P=x))', '(a)(?<=\\1b+)', '(?<=(?P<x>a)(?P=x))', 'a{4294967295}', 'a{1,4294967296}',
  '(?N)', '\\N{DASH', '\\N', '(?P<a>)\\g<a>', 'x{1,2}{3}', '(?<=a(?(1)b))', '\\U0001F600{', '[\\U0001F600-a]',
  '(?P<é>a)', '(?P<a-b>x)', '(?x)(?#', '(?x)[', 'a\\\n', '(?(1)a|b)', '(?<=\\b)+', '(?i)*', '\\b*', '^*', '$+',
  '\\A{2}', '(?:)*+*', 'a++*', '(?s)(?x)(?', '[\\A]', '[\\Z]', '[\\b]x\\b', '(?>a', '(?>)*', '(?=a)**',
  '😀(', '[😀-a]', '😀\\q', '(?P<😀>a)', '😀😀)', '(?x)😀 # c\n(', 'a\n(?:b\n', '(?x)[ #]\n)',
];
const ERROR_FLAG_CASES = [['a', L], ['a', A | U], ['(?a)a', U], ['(?u)a', A]];
const BYTES_ERRORS = ['\\u0061', '(?u)a', '[\\xe9-\\x41]', '\\é', '(?P<é>a)', 'a\\'];
const BYTES_ERROR_FLAGS = [['a', U], ['a', A | L]];

// --- the fuzzer: random patterns over a small alphabet --------------------------------------

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzPatterns(n, seed, loopy) {
  const rand = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const atoms = loopy
    ? ['a', 'b', 'a*', 'b?', '(?:ab)', 'a|b', '', 'a+?', '(?=a)', '\\b', '$']
    : ['a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\w', '\\W', '\\s', '\\d', 'x', '\\n', '(?i:A)', '(?s:.)'];
  const quants = loopy
    ? ['', '*', '+', '*?', '+?', '{2,}', '{1,}?', '?', '{0,3}', '*+']
    : ['', '', '', '*', '+', '?', '{0,2}', '{2}', '{1,3}', '*?', '+?', '??', '{0,2}?', '*+', '++', '?+', '{1,2}+'];
  const anchors = ['^', '$', '\\b', '\\B', '\\A', '\\Z'];
  let groups = 0;
  const seq = (depth) => {
    let out = '';
    const len = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < len; i++) out += item(depth);
    return out;
  };
  const alt = (depth) => (rand() < 0.3 ? `${seq(depth)}|${seq(depth)}` : seq(depth));
  const item = (depth) => {
    const r = rand();
    let atom;
    if (depth > 2 || r < (loopy ? 0.3 : 0.45)) atom = pick(atoms);
    else if (r < (loopy ? 0.6 : 0.55)) atom = `(${alt(depth + 1)})`, groups++;
    else if (r < 0.62) atom = `(?:${alt(depth + 1)})`;
    else if (r < 0.66) atom = `(?>${alt(depth + 1)})`;
    else if (r < 0.71) atom = `(?${pick(['=', '!'])}${alt(depth + 1)})`;
    else if (r < 0.75) atom = `(?<${pick(['=', '!'])}${pick(['a', 'ab', '[ab]', '\\w', 'a|b', '(a)', '.b'])})`;
    else if (r < 0.81) return pick(anchors);
    else if (r < 0.84 && groups > 0) atom = `\\${1 + Math.floor(rand() * groups)}`;
    else if (r < 0.86) atom = `(?P<g${groups + 1}>${seq(depth + 1)})(?P=g${++groups})`;
    else if (r < 0.9 && groups > 0) atom = `(?(${1 + Math.floor(rand() * groups)})${seq(depth + 1)}|${seq(depth + 1)})`;
    else atom = pick(atoms);
    return atom + pick(quants);
  };
  const patterns = [];
  for (let i = 0; i < n; i++) {
    groups = 0;
    const flags = pick([0, 0, 0, I, M, S, I | M]);
    patterns.push([alt(0), flags]);
  }
  const subjects = [];
  for (let i = 0; i < 12; i++) {
    let s = '';
    const len = Math.floor(rand() * 9);
    for (let j = 0; j < len; j++) s += pick(loopy ? ['a', 'a', 'a', 'b', 'b', 'c'] : ['a', 'a', 'b', 'b', 'c', 'A', ' ', '\n', 'x', '1']);
    subjects.push(s);
  }
  return { patterns, subjects };
}

// --- building the case list -----------------------------------------------------------------

const cases = [];
for (const [p, f] of curated) cases.push({ p, f, b: false, s: POOL });
for (const [p, f] of curated) if (/[^\x00-\x7f]|\\[uUwWdDsSbB]|[iI]/.test(p) || f & I) cases.push({ p, f, b: false, s: UNICODE_POOL });
for (const [p, f] of BYTES_CASES) cases.push({ p, f, b: true, s: BYTES_POOL });
for (const p of ERRORS) cases.push({ p, f: 0, b: false, s: [] });
for (const [p, f] of ERROR_FLAG_CASES) cases.push({ p, f, b: false, s: [] });
for (const p of BYTES_ERRORS) cases.push({ p, f: 0, b: true, s: [] });
for (const [p, f] of BYTES_ERROR_FLAGS) cases.push({ p, f, b: true, s: [] });
const fuzz = fuzzPatterns(fuzzCount, 12345, false);
fuzz.patterns.forEach(([p, f], i) => cases.push({ p, f, b: i % 5 === 0, s: fuzz.subjects, fuzz: true }));
// Nested loops: the patterns where memoization matters most.
const loops = fuzzPatterns(Math.ceil(fuzzCount / 2), 777, true);
for (const [p, f] of loops.patterns) cases.push({ p, f, b: false, s: loops.subjects, fuzz: true });

// --- python3's answers (cached) -------------------------------------------------------------

const PY = String.raw`
import json, re, sys, _sre, signal
class Slow(Exception): pass
def alarm(*_): raise Slow()
signal.signal(signal.SIGALRM, alarm)
def spans(m):
    if m is None: return None
    out = []
    for a, b in m.regs: out += [a, b]
    return out + [-1 if m.lastindex is None else m.lastindex]
def run(case):
    p = case['p'].encode('latin-1') if case['b'] else case['p']
    try:
        r = re.compile(p, case['f'])
    except re.error as e:
        return {'err': ['error', e.msg, e.pos]}
    except Exception as e:
        return {'err': [type(e).__name__, str(e), None]}
    out = {'flags': r.flags, 'groups': r.groups, 'groupindex': sorted(r.groupindex.items()), 'subjects': []}
    for s in case['s']:
        t = s.encode('latin-1') if case['b'] else s
        n = len(t)
        res = [spans(r.match(t)), spans(r.search(t)), spans(r.fullmatch(t)),
               [spans(m) for m in r.finditer(t)],
               spans(r.search(t, 1, n - 1)), spans(r.match(t, 1)), spans(r.fullmatch(t, 0, n - 1))]
        out['subjects'].append(res)
    return out
def fold(chars):
    subject = ''.join(chr(c) for c in chars)
    out = []
    for c in chars:
        x = re.escape(chr(c))
        out.append([[m.start() for m in re.finditer('(?i)' + x, subject)],
                    [m.start() for m in re.finditer('(?i)[' + x + ']', subject)],
                    [m.start() for m in re.finditer('(?i)[' + x + '\\d]', subject)],
                    [m.start() for m in re.finditer('(?i)(' + x + ')\\1', subject + subject[::-1])]])
    return out
data = json.load(sys.stdin)
cased = [c for c in range(0x20000) if _sre.unicode_iscased(c)] if data['fold'] else []
def timed(case):
    signal.setitimer(signal.ITIMER_REAL, 2.0)
    try:
        return run(case)
    except Slow:
        return {'slow': True}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
json.dump({'cases': [timed(c) for c in data['cases']], 'cased': cased, 'fold': fold(cased)}, sys.stdout)
`;

const input = JSON.stringify({ cases: cases.map(({ p, f, b, s }) => ({ p, f, b, s })), fold: withFold });
const key = createHash('sha1').update(PY).update(input).digest('hex').slice(0, 16);
const cacheFile = join(work, `python-${key}.json`);
let expected;
if (existsSync(cacheFile)) {
  expected = JSON.parse(readFileSync(cacheFile, 'utf8'));
} else {
  const out = execFileSync('python3', ['-c', PY], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  writeFileSync(cacheFile, out);
  expected = JSON.parse(out);
}

// --- our answers ----------------------------------------------------------------------------

const enginePath = join(work, 'engine.cjs');
await build({
  stdin: {
    contents: "export * from './src/modules/re/index'; export { setMemoThreshold } from './src/modules/re/matcher';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: enginePath, logLevel: 'warning',
});
const engine = createRequire(import.meta.url)(enginePath);

const latin1 = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const subjectOf = (s, bytes) => {
  if (bytes) return latin1(s);
  const cps = Array.from(s, (ch) => ch.codePointAt(0));
  return cps.length === s.length ? s : Uint32Array.from(cps);
};
const lengthOf = (t) => (typeof t === 'string' ? t.length : t.length);
const arr = (m) => (m === null ? null : Array.from(m));

function finditer(r, t) {
  const out = [];
  const n = lengthOf(t);
  let pos = 0;
  let advance = false;
  while (pos <= n) {
    const m = r.exec(t, pos, n, advance ? 3 : 1);
    if (m === null) break;
    out.push(Array.from(m));
    advance = m[0] === m[1];
    pos = m[1];
  }
  return out;
}

function ours(c) {
  let r;
  try {
    r = engine.compileRegex(c.b ? latin1(c.p) : c.p, c.f);
  } catch (e) {
    if (!(e instanceof engine.RegexError)) return { crash: String(e && e.stack) };
    return { err: [e.kind, e.msg, e.pos] };
  }
  const out = { flags: r.flags, groups: r.groups, groupindex: [...r.groupIndex].sort(), subjects: [] };
  for (const s of c.s) {
    const t = subjectOf(s, c.b);
    const n = lengthOf(t);
    out.subjects.push([
      arr(r.exec(t, 0, n, 0)), arr(r.exec(t, 0, n, 1)), arr(r.exec(t, 0, n, 2)), finditer(r, t),
      arr(r.exec(t, 1, n - 1, 1)), arr(r.exec(t, 1, n, 0)), arr(r.exec(t, 0, n - 1, 2)),
    ]);
  }
  return out;
}

const stats = { curated: [0, 0], fuzz: [0, 0], errors: [0, 0], checks: 0, slow: 0 };
const shown = [];
cases.forEach((c, i) => {
  const want = expected.cases[i];
  if (want.slow) {
    stats.slow++;
    return;
  }
  const group = c.fuzz ? 'fuzz' : 'err' in want ? 'errors' : 'curated';
  // Every case runs twice: as is, and with memoization (matcher.ts) forced on from the start.
  let same = true;
  for (const memo of [false, true]) {
    engine.setMemoThreshold(memo ? 0 : 20000);
    const got = ours(c);
    if (JSON.stringify(want) === JSON.stringify(got)) continue;
    same = false;
    if (shown.length < (verbose ? 200 : 25)) shown.push({ c: { ...c, memo }, want, got });
    break;
  }
  engine.setMemoThreshold(20000);
  stats[group][same ? 0 : 1]++;
  stats.checks += 'subjects' in want ? want.subjects.length * 7 * 2 : 1;
});

for (const { c, want, got } of shown) {
  console.log(`\nDIFF ${c.b ? 'b' : ''}${JSON.stringify(c.p)} flags=${c.f}${c.memo ? ' (memoized)' : ''}`);
  if ('err' in want || 'err' in got || 'crash' in got) {
    console.log('  python:', JSON.stringify(want.err ?? want.flags), '\n  gilt:  ', JSON.stringify(got.err ?? got.crash ?? got.flags));
    continue;
  }
  if (want.flags !== got.flags || want.groups !== got.groups) console.log('  flags/groups', want.flags, got.flags, want.groups, got.groups);
  const ops = ['match', 'search', 'fullmatch', 'finditer', 'search(1,n-1)', 'match(1)', 'fullmatch(0,n-1)'];
  c.s.forEach((s, j) => {
    ops.forEach((op, k) => {
      const a = JSON.stringify(want.subjects[j][k]);
      const b = JSON.stringify(got.subjects[j][k]);
      if (a !== b) console.log(`  ${op}(${JSON.stringify(s)}): python ${a} gilt ${b}`);
    });
  });
}

// --- case-insensitive matching of every cased character -------------------------------------

let foldSame = 0;
let foldDiff = 0;
if (withFold) {
  const chars = expected.cased;
  const subject = String.fromCodePoint(...chars);
  const cps = Uint32Array.from(chars);
  const doubled = Uint32Array.from([...chars, ...[...chars].reverse()]);
  const starts = (p, t) => {
    try {
      return finditer(engine.compileRegex(p, 0), t).map((m) => m[0]);
    } catch (e) {
      return String(e);
    }
  };
  const esc = (c) => (/[\w]/u.test(String.fromCodePoint(c)) ? '' : '\\') + String.fromCodePoint(c);
  chars.forEach((c, i) => {
    const x = esc(c);
    const got = [starts(`(?i)${x}`, cps), starts(`(?i)[${x}]`, cps), starts(`(?i)[${x}\\d]`, cps), starts(`(?i)(${x})\\1`, doubled)];
    if (JSON.stringify(got) === JSON.stringify(expected.fold[i])) foldSame++;
    else {
      foldDiff++;
      if (foldDiff <= 10) console.log(`\nFOLD DIFF U+${c.toString(16)} ${subject[i]}: python ${JSON.stringify(expected.fold[i])} gilt ${JSON.stringify(got)}`);
    }
  });
}

const total = (k) => stats[k][0] + stats[k][1];
console.log(`\ncurated patterns: ${stats.curated[0]}/${total('curated')} same`);
console.log(`error patterns:   ${stats.errors[0]}/${total('errors')} same`);
console.log(`fuzzed patterns:  ${stats.fuzz[0]}/${total('fuzz')} same`);
if (withFold) console.log(`case folding:     ${foldSame}/${foldSame + foldDiff} cased characters same`);
console.log(`(${stats.checks} match/search/fullmatch/finditer comparisons; ${stats.slow} cases skipped: too slow for CPython)`);
const failed = stats.curated[1] + stats.errors[1] + stats.fuzz[1] + foldDiff;
console.log(`${cases.length - stats.slow + foldSame + foldDiff - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
