#!/usr/bin/env node
// Differential check of gilt's parser against CPython 3.11's.
//
//   node scripts/ast-diff.mjs [--no-stdlib] [--no-errors] [--show N] [--mutate N [--seed S]] [file.py ...]
//
// 1. Parses every .py file of CPython's standard library on this machine (and any files given on
//    the command line) and compares `dump(tree, true)` with python3's
//    `ast.dump(ast.parse(src), include_attributes=True)`; for files CPython rejects, compares the
//    SyntaxError instead. The stdlib files are only test input.
// 2. Runs a corpus of syntax errors and compares (class, msg, lineno, offset), also reporting
//    end positions that differ.
// 3. With --mutate N: N randomly damaged copies of small stdlib files (a character deleted,
//    inserted or duplicated), compared the same way: the error, or the dump if still valid.
//
// python3 is slow to start and slower to dump, so its side runs in one process and is cached under
// /tmp/gilt-ast-cache (a hash of each dump, keyed by path, size and mtime).

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = '/tmp/gilt-ast-cache';
const WORK_DIR = '/tmp/gilt-ast-diff';

const args = process.argv.slice(2);
const opt = { stdlib: true, errors: true, show: 10, files: [], mutate: 0, seed: 1 };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--no-stdlib') opt.stdlib = false;
  else if (args[i] === '--mutate') opt.mutate = Number(args[++i]);
  else if (args[i] === '--seed') opt.seed = Number(args[++i]);
  else if (args[i] === '--no-errors') opt.errors = false;
  else if (args[i] === '--show') opt.show = Number(args[++i]);
  else opt.files.push(resolve(args[i]));
}

mkdirSync(CACHE_DIR, { recursive: true });
mkdirSync(WORK_DIR, { recursive: true });

// ---- the parser under test, bundled on the fly ----

const bundle = join(WORK_DIR, 'parser.mjs');
await build({
  stdin: {
    contents: `export { parse } from './src/compiler/parser';
export { dump } from './src/compiler/ast';
export { PySyntaxError } from './src/compiler/syntax_error';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, logLevel: 'warning',
});
const { parse, dump, PySyntaxError } = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);

// ---- the python3 side ----

const PY_FILES = String.raw`
import ast, hashlib, json, os, sys, tokenize
out = {}
for path in json.load(sys.stdin):
    st = os.stat(path)
    entry = {'size': st.st_size, 'mtime': st.st_mtime}
    try:
        src = open(path, 'rb').read()
        enc = tokenize.detect_encoding(iter(src.splitlines(True)).__next__)[0]
        if enc not in ('utf-8', 'utf-8-sig'):
            entry['text'] = src.decode(enc)
        tree = ast.parse(src)
        d = ast.dump(tree, include_attributes=True)
        entry['sha1'] = hashlib.sha1(d.encode('utf-8', 'surrogatepass')).hexdigest()
        if os.environ.get('GILT_FULL_DUMP'):
            entry['dump'] = d
    except SyntaxError as e:
        entry['error'] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except Exception as e:
        entry['crash'] = type(e).__name__ + ': ' + str(e)[:200]
    out[path] = entry
json.dump(out, sys.stdout)
`;

function python(script, input, env = {}) {
  return execFileSync('python3', ['-c', script], {
    input, maxBuffer: 1 << 30, env: { ...process.env, ...env }, cwd: WORK_DIR,
  }).toString();
}

function loadJSON(file, fallback) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
}

/** CPython's results for these files, from the cache or one python3 run. */
function cpythonResults(paths, cacheName) {
  const cacheFile = join(CACHE_DIR, cacheName);
  const cache = loadJSON(cacheFile, {});
  const missing = paths.filter((p) => {
    const c = cache[p];
    if (!c) return true;
    const st = statSync(p);
    return c.size !== st.size || c.mtime !== st.mtimeMs / 1000;
  });
  if (missing.length) {
    process.stderr.write(`python3: parsing ${missing.length} files (cached afterwards)...\n`);
    Object.assign(cache, JSON.parse(python(PY_FILES, JSON.stringify(missing))));
    // Python's st_mtime is a float of seconds; keep Node's view of it for the staleness check.
    for (const p of missing) cache[p].mtime = statSync(p).mtimeMs / 1000;
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return cache;
}

function listPy(dir, out = []) {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, name.name);
    if (name.isDirectory()) {
      if (name.name !== 'site-packages' && name.name !== '__pycache__') listPy(full, out);
    } else if (name.name.endsWith('.py')) out.push(full);
  }
  return out;
}

const sha1 = (s) => createHash('sha1').update(s, 'utf8').digest('hex');

// Stdlib files whose dumps differ for reasons outside the parser's control (checked by hand: the
// trees are otherwise identical).
const SURROGATES = 'a str literal escapes a surrogate pair (\\ud834\\udd1e): Python keeps two code points, a JS ' +
  'string holds one astral character';
const KNOWN_DIFFERENCES = {
  'test/test_capi/test_unicode.py': SURROGATES,
  'test/test_codeccallbacks.py': SURROGATES,
  'test/test_codecs.py': SURROGATES,
  'test/test_json/test_scanstring.py': SURROGATES,
  'test/test_sqlite3/test_userfunctions.py': SURROGATES,
  'test/test_unicode.py': SURROGATES,
  'test/test_stringprep.py': "repr() of U+2FFC: unassigned in Python 3.11's Unicode 14, printable in Node's newer Unicode",
};
const knownDifference = (path) => Object.entries(KNOWN_DIFFERENCES).find(([k]) => path.endsWith('/' + k))?.[1];

// ---- 1. files ----

let failures = 0;

function compareFiles(paths, cacheName, label) {
  const expected = cpythonResults(paths, cacheName);
  let same = 0;
  let parseMs = 0;
  let sourceBytes = 0;
  const bad = [];
  const known = [];
  const skipped = [];
  for (const path of paths) {
    const exp = expected[path];
    // A SyntaxError without a line (bad coding cookie, undecodable bytes) comes from decoding the
    // file's bytes, which happens before the parser sees text.
    if (exp.error && exp.error[2] === null) {
      skipped.push(`${path}: ${exp.error[1]}`);
      continue;
    }
    const raw = readFileSync(path);
    sourceBytes += raw.length;
    const text = exp.text ?? new TextDecoder('utf-8').decode(raw);
    let got;
    const t0 = performance.now();
    try {
      const tree = parse(text, path, 'exec');
      parseMs += performance.now() - t0;
      got = { sha1: sha1(dump(tree, true)) };
    } catch (e) {
      parseMs += performance.now() - t0;
      if (e instanceof PySyntaxError) got = { error: [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
      else got = { crash: String(e && e.stack || e).split('\n').slice(0, 4).join(' | ') };
    }
    let ok;
    if (exp.sha1) ok = got.sha1 === exp.sha1;
    else if (exp.error) ok = got.error !== undefined && got.error.slice(0, 4).join('\u0000') === exp.error.slice(0, 4).join('\u0000');
    else ok = false; // CPython itself crashed (e.g. RecursionError): report it
    if (ok) same++;
    else if (knownDifference(path)) known.push(path);
    else bad.push({ path, exp, got, text });
  }
  console.log(`${label}: ${same}/${paths.length - skipped.length - known.length} match (+${known.length} known differences); parsed ${(sourceBytes / 1e6).toFixed(1)} MB in ${(parseMs / 1000).toFixed(2)} s`);
  for (const s of skipped) console.log(`  skipped (source decoding, not the parser): ${s}`);
  for (const k of known) console.log(`  known difference: ${k}: ${knownDifference(k)}`);
  if (bad.length) explain(bad);
  failures += bad.length;
}

/** For mismatching dumps, show where they first differ (asks python3 for the full dumps). */
function explain(bad) {
  const shown = bad.slice(0, opt.show);
  const needDumps = shown.filter((b) => b.exp.sha1 && b.got.sha1).map((b) => b.path);
  const full = needDumps.length ? JSON.parse(python(PY_FILES, JSON.stringify(needDumps), { GILT_FULL_DUMP: '1' })) : {};
  for (const b of shown) {
    console.log(`  MISMATCH ${b.path}`);
    if (b.got.crash) console.log(`    gilt crashed: ${b.got.crash}`);
    if (b.exp.crash) console.log(`    cpython crashed: ${b.exp.crash}`);
    if (b.exp.error || b.got.error) {
      console.log(`    cpython: ${JSON.stringify(b.exp.error ?? 'ok')}`);
      console.log(`    gilt:    ${JSON.stringify(b.got.error ?? 'ok')}`);
    }
    if (full[b.path]?.dump) {
      const want = full[b.path].dump;
      const have = dump(parse(b.text, b.path, 'exec'), true);
      let i = 0;
      while (i < want.length && want[i] === have[i]) i++;
      console.log(`    first difference at char ${i}:`);
      console.log(`      cpython: …${want.slice(Math.max(0, i - 150), i + 100)}`);
      console.log(`      gilt:    …${have.slice(Math.max(0, i - 150), i + 100)}`);
    }
  }
  if (bad.length > shown.length) {
    console.log(`  … and ${bad.length - shown.length} more:`);
    for (const b of bad.slice(shown.length)) console.log(`    ${b.path}`);
  }
}

if (opt.stdlib) {
  const stdlib = python('import sysconfig; print(sysconfig.get_paths()["stdlib"])', '').trim();
  compareFiles(listPy(stdlib).sort(), 'stdlib.json', `stdlib (${stdlib})`);
}
if (opt.files.length) compareFiles(opt.files, 'files.json', 'files');

// ---- 2. syntax errors ----

// Each snippet must be rejected by CPython (some are rejected by its compiler, not its parser:
// those must parse without error here, and are marked "compiler").
const ERROR_CORPUS = [
  'x = # c', 'x\n  y', 'if x:\n  a\n b', 'if x:\n\ta\n        b', 'if x:\n        a\n\tb', '1abc', "x = 'abc",
  "x = '''abc\ndef", 'x = )', 'x = (1,\n2', 'foo(', 'x = [1, 2)', 'x = [1,\n 2)', 'a €', 'a = 0777', 'x = 1_', '0x',
  '0o8', '0b2', 'x = 1e', 'x = 1.e+', 'a\\ b', 'a = \\', 'if x:', 'if x:\npass', "x = f'{}'", "x = f'{a b}'",
  "x = f'{a!x}'", "x = f'{a'", 'f(**a, *b)', 'f(a=1, b)', 'def f(a=1, b): pass', 'f(x for x in y, 1)', '1 = x',
  'f() = 1', 'del 1', 'a b', '(a b)', 'print "x"', 'x = $', 'x = a ? b', '  x = 1', 'for x in range(10)\n  pass',
  'x = yield = 3', 'class A', 'def f:', 'x = {1: 2, 3}', 'x = (1 if 2)', 'lambda x=1, y: x', 'x += 1, 2 = 3',
  '(a, b) += 1', 'with a as 1: pass', 'import a.b as', 'from x import (a, b', 'from x import a,', 'a = 1 +',
  'try:\n  pass', 'try:\n  pass\nx = 1', 'match x:\n  case 1 + 1: pass', "x = '\\N{FOOBAR}'", "x = b'é'",
  "x = 'a' b'b'", 'def f(*): pass', 'def f(**a, b): pass', 'f(a, a=1, *b, **c, d)', 'a.b = 1 = 2',
  'x = (a := 1) := 2', '[x for x in 1, 2]', 'x = 1; ; y', 'async = 1', 'else: pass', 'x = 5 if True',
  '(x for x in y) = 1', 'x = {**a: 1}', 'f(*)', 'print(f"{x!}")', '"\\x1"', 'b"\\x1"', 'x = 1 if 2 else',
  'if x = 1: pass', 'while x = 1: pass', 'assert x = 1', 'f(a=1 for a in b)', 'f(a.b=1)', 'x: int, y: int = 1, 2',
  '(a, b): int', 'del *a', 'del (a, b), [c], f()', 'print(*a if b)', 'x = [*a for a in b]', '{**a for a in b}',
  'def f(): x = yield from', 'if True:\n    pass\n  else:\n    pass\n', 'if x:\n\n\n', 'if x:\n  # c', 'x = (',
  'x = ]', 'x = 1 +\\', '\tif x:', 'f(c, a for a in b)', 'f(c, a for a in b, d)', '(*a)', '(**a)',
  '[a, b for a in b]', '{a: *b}', '{a: }', '{a, b: c}', 'f(True=1)', 'x = [1 2]', 'if x\n    pass',
  'def f(a, *, b, *c): pass', 'def f(a, /, b, /): pass', 'def f(*a=1): pass', 'def f(**a=1): pass',
  'def f(a=): pass', 'def f((a, b)): pass', 'def f(/, a): pass', 'def f(*, a, /): pass', 'lambda (a): 1',
  'for f() in x: pass', 'for (x in y) in z: pass', 'with a as f(): pass', 'except',
  'try:\n  pass\nexcept a, b:\n  pass', 'try:\n  pass\nexcept:\n  pass\nexcept* A:\n  pass',
  'match x:\n  case a as _: pass', 'match x:\n  case A(a=1, 2): pass', 'match x', 'a = 1 if b else c if d',
  'x = not', 'import', 'from . import', 'class A(x for x in y): pass', '@x', 'a[1:2:3:4]', 'print 1',
  'exec "x"', 'f(a b)', '[a b]', '{a b}', 'x = a, b c', 'match x:\n  case {**a, b: 1}: pass', "f'{!r}'",
  "f'{ }'", "f'{a!r'", "f'{a:'", "f'}'", "f'{a}}'", "f'{a#}'", "f'{a\\n}'", "f'{(a}'", "f'{a)}'", 'f\'{"a}\'',
  "f'{a:{b:{c}}}'", "x = 1\ny = f'{a", 'match(x)\n1 +', 'def f()\n  pass', 'def f():\nx', 'class A:\npass',
  'with a:\npass', 'with a\n  pass', 'try:\npass', 'try:\n  pass\nfinally:\npass', 'if x:\n  pass\nelse:\npass',
  'match x:\n  case 1:\n  pass', 'match x:\ncase 1: pass', 'x = 1 1', '1 = f(a b)', 'f(a=1, b, c)',
  'f(x=1, a for a in b)', '[a for a in b c]', '{a, b for a in b}', '{a: 1, b: 2 c}', '((a, b)): int',
  '[a, b]: int', 'a, b: int', 'a + 1: int', 'del a + 1', 'del [a, 1]', 'lambda x: x = 1', 'f(**a=1)',
  'match x:\n  case _.x: pass', 'match x:\n  case 1j + 1: pass', 'match x:\n  case a as 1: pass',
  'match x:\n  case (*a): pass', 'x = "\\777" + \'\\u12\'', "'''", 'x = 3 +\n', '0_', '1__0', '0b1_', '1e+',
  'x = 0xg', 'x = 1.2.3', 'x = ...\ny = ....', 'a ! b', 'x = `a`', 'def f(a, a): pass  # compiler',
  'if 1:\n  x = (\n', 'x = {\n  1: 2,\n', 'f(\n  a,\n  b\n', "s = '\\N{LATIN SMALL LETTER A}' + 'x\n",
  'x = 1\n  y = 2\n', 'def f():\n    return\n   x = 1\n', 'x = [i for i in range(3) if i if]',
  'global x, ', 'import a.', 'from .. import *, a', 'x = lambda: yield', 'class C(a=1, b): pass',
  'with (a as b, c as d: pass', 'async def f():\n  await = 1', 'x = 1 if else 2', 'not = 1', 'None = 1',
  'f(None=1)', 'x.None = 1', 'def None(): pass', 'x = [1, 2, 3', "x = f'{a:{b}'", 'x = f"{a!r:>{b}"',
  'x = {**a, b}', 'x = (yield from)', 'del f(x), y', 'for x in *a, *b: pass', 'while True:\n  break\nelse\n  x',
  // regressions found by --mutate
  '[m b]', '[ma b]', '1 {e=1}', 'o (f, e=1 as fp)', 'o [f, e=1 as fp]', 'e{v = 1', 'def f()->:\n  pass',
  'with a as b\n  pass', 'with (a as b, c)\n  pass', 'x: int = {1 2\nfoo', 'fro{m _decimal import x',
  'f(x, **a, *b)', 'f(x)(**a, *b)', 'int(yield-7).x', 'match x:\n  case 1\n    pass',
  'try:\n  pass\nexcept*:\n  pass', 'lambda *: 1', 'lambda *,: 1', 'x = [a, b for b in c]', 'f(a for a in b c)',
  '"""\nabc\n""\n\nx = 1\n  y = 2\n"""\n', 'if x:\n  pass\n  else:\n  pass',
  'try:\n  pass\nexcept\n  pass',
];

// Valid sources whose trees must match exactly: the lexical corners the stdlib may not cover.
const VALID_CORPUS = [
  'x = 1\r\ny = 2\r\n', 'x = 1\ry = 2\r', 'x = 1', '\ufeffx = 1', 'if x:\n\ty = 1\n\tz = 2\n',
  'if x:\n        y = 1\n\tz = 2\n', '\fx = 1\n', 'if x:\n  \fy = 1\n', 'x = (1 +\n  2)\n', 'x = 1 + \\\n 2\n',
  'if x:\n    pass\n# c\n   \n', '# only a comment', '', '\n\n\n', 'x = 1 # c', 'if 1:\n  x\n\n\n  y\n',
  'def f(a, /, b=1, *c, d, e=2, **f) -> int: pass', 'lambda: (yield)',
  'async def f():\n  async for x in y: await z\n  async with a as b, c: pass\n  return [x async for x in y]',
  "f'{x!r:>{width}.{precision}}'", "f'{x=}{y = !s}{z=:>4}'", "f'{{}}{x}}}{{'", "f'''{\nx\n+\ny}'''",
  'f"{\'a\' if x else \'b\'}"', "f'{x:{y}{z}}'", "rf'\\{x}\\n{y!a}'", "f'{a!=b}'", "f'{a<=b}{a>b}'",
  "f'{(lambda x: x)(1)}'", "f'{ {1: 2}[1] }'", "x = u'a' 'b' f'{c}'", "x = b'a' rb'\\b' Br'c'",
  "'\\N{LATIN SMALL LETTER A}\\x41\\u0042\\U00000043\\101\\n'", "b'\\x00\\xff\\777\\q'", "'\\q\\d'",
  "'é' + 'ü€'", "x = 'line1\\\nline2'", "'''a\nb''' '''c'''", 'é = 1\nß = é', 'ℌ = 1',
  '0xFF + 0o17 + 0b101 + 1_000_000 + 0_0 + 00', '1.5e-3 + .5 + 5. + 1E10 + 1_0.0_1e+1_0', '3j + 1.5J + 1e5j + 0j',
  '1if x else 2', '[0x1for x in y]', '1 .real', 'x = 123456789012345678901234567890', 'x = 1e400 + 1e-400',
  'a[1:2, ::3, ...]', 'a[*b]', 'a[b:=1]', 'a[:]', 'a[::]', 'a[1:2:3]', 'del a[0], b.c, (d), [e]', 'x = *a, *b',
  'for x, in y: pass', '(a), b = c', '[a, *b] = c', 'a = b = c = d', 'x: int', '(x): int = 1', 'x.y: int',
  'x[0]: int = 1', 'a += 1; b -= 2; c @= 3; d //= 4', 'global a, b\nnonlocal c', 'import a.b.c as d, e',
  'from . import a', 'from ...a.b import (c as d, e,)', 'from .... import *', 'assert x, "msg"', 'raise X from Y',
  'try:\n  pass\nexcept* (A, B) as e:\n  pass\nelse:\n  pass\nfinally:\n  pass',
  'with (a as b, c as d,):\n  pass', 'with (a, b):\n  pass', 'with (a):\n  pass', 'with (a) as b, (c):\n  pass',
  'with (yield):\n  pass', '@a.b(c)\n@d\nclass C(B, metaclass=M, **kw):\n  "doc"\n  x = 1',
  'match x:\n  case [1, 2, *rest] | (3, 4) if rest: pass\n  case {"a": 1, **kw}: pass\n  case Point(x=0, y=0): pass\n' +
    '  case -1 | 1+2j | -3-4j | "s" "t" | None | True: pass\n  case a.b.c: pass\n  case (x): pass\n  case _: pass',
  'match = 1\nmatch.x = 2\nmatch[0] = 3\nmatch(x)\ncase = 4\n_ = 5', 'match x, *y:\n  case a, b: pass',
  'print(*a, **b, c=1)', 'f(x for x in y)', 'f((x for x in y), z)', 'f(a, *b, c=1, *d, **e)', 'f(**a, b=1)',
  '{**a, "b": 1, **c}', '{*a, b}', '{a: b for a, b in c if a if b}', '(x async for x in y)', '[(yield x) for x in y]',
  'x = yield a, b', 'x = yield from y', 'await x', 'not not x', '-+~x', '-2 ** -1', 'a < b <= c is not d not in e',
  'a if b else c if d else e', 'lambda *, a: a', 'lambda *a, **k: 0', 'lambda a=1, /: a', '(x := 1, y := 2)',
  'if (n := len(a)) > 10: pass', 'print((yield))', 'x = [*a, *b]', 'x = ()', 'x = (1,)', 'x = 1,',
  'def f(*args: *Ts): pass', 'x = "a" "b" \\\n "c"', 'x = (\n  # comment\n  1,\n)\n',
  'if x:\n  pass\nelif y:\n  pass\nelif z:\n  pass\nelse:\n  pass', 'while x:\n  break\nelse:\n  continue',
  'for x in y:\n  pass\nelse:\n  pass', 'x = ...', 'Ellipsis = ...', 'x = None or True and False', "f'{x:%H:%M}'",
  "f'{x!r}' f'{y}' 'z'", "f'''{x\n}'''", "f'{x,}'", "f'{*x,}'", "f'{x}' u''", "U'a' 'b'", "x = f'{a}' f''",
  "f'\\N{DAGGER} {x}'", 'f\'{"a"}\'', 'f\'{x:{"a"}}\'', "f'{x}' \\\n f'{y}'", "(f'{x}'\n f'{y:{z}}')",
  'x = f"""\n{a:\n{b}}"""', "f'{f\"{x}\"}'", "f'{x!s:{y}}{x}'", "f'a{{b'", "f'{3.14:.{n}f}'", 'f"{x:=^10}"',
  "x = 'é' f'{é}'", "f'é{x}é'", "'\\u00e9' == 'é'", 'x = [\n  1,\n  2,\n]', 'class A(): pass', 'def f(): return',
];

if (opt.errors) {
  const validCache = join(CACHE_DIR, 'valid.json');
  const vcache = loadJSON(validCache, {});
  const vmissing = VALID_CORPUS.filter((s) => !(s in vcache));
  if (vmissing.length) {
    const script = String.raw`
import ast, json, sys
out = {}
for src in json.load(sys.stdin):
    try:
        out[src] = ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        out[src] = 'SyntaxError: ' + e.msg
json.dump(out, sys.stdout)
`;
    Object.assign(vcache, JSON.parse(python(script, JSON.stringify(vmissing))));
    writeFileSync(validCache, JSON.stringify(vcache));
  }
  let vsame = 0;
  for (const src of VALID_CORPUS) {
    let got;
    try {
      got = dump(parse(src, 'f.py', 'exec'), true);
    } catch (e) {
      got = e instanceof PySyntaxError ? 'SyntaxError: ' + e.msg : String(e);
    }
    // CPython's compile() of a str rejects a BOM; gilt accepts it, as CPython does in a file.
    const want = src.startsWith('\ufeff') ? vcache[src.slice(1)] : vcache[src];
    if (got === want) vsame++;
    else {
      let i = 0;
      while (i < want.length && want[i] === got[i]) i++;
      console.log(`  VALID MISMATCH ${JSON.stringify(src)} at char ${i}`);
      console.log(`    cpython: …${want.slice(Math.max(0, i - 80), i + 120)}`);
      console.log(`    gilt:    …${got.slice(Math.max(0, i - 80), i + 120)}`);
      failures++;
    }
  }
  console.log(`valid corner cases: ${vsame}/${VALID_CORPUS.length} match`);

  const cacheFile = join(CACHE_DIR, 'errors.json');
  const cache = loadJSON(cacheFile, {});
  const missing = ERROR_CORPUS.filter((s) => !(s in cache));
  if (missing.length) {
    const script = String.raw`
import json, sys
out = {}
for src in json.load(sys.stdin):
    try:
        compile(src, 'f.py', 'exec')
        out[src] = None
    except SyntaxError as e:
        out[src] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
json.dump(out, sys.stdout)
`;
    Object.assign(cache, JSON.parse(python(script, JSON.stringify(missing))));
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  let same = 0;
  let sameEnds = 0;
  const bad = [];
  const endsDiffer = [];
  for (const src of ERROR_CORPUS) {
    const exp = cache[src];
    // Errors CPython raises after parsing (symtable, compiler) are not the parser's.
    const compilerOnly = exp !== null && exp[6] === null;
    let got = null;
    try {
      parse(src, 'f.py', 'exec');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        got = ['crash', String(e && e.stack || e).split('\n').slice(0, 3).join(' | ')];
      } else got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
    }
    const want = compilerOnly || exp === null ? null : exp;
    const key = (v) => (v === null ? 'ok' : JSON.stringify(v.slice(0, 4)));
    if (key(want) === key(got)) {
      same++;
      if (want === null || JSON.stringify(want.slice(4, 6)) === JSON.stringify(got.slice(4, 6))) sameEnds++;
      else endsDiffer.push({ src, want, got });
    } else bad.push({ src, want, got });
  }
  console.log(`syntax errors: ${same}/${ERROR_CORPUS.length} match on (class, msg, lineno, offset); ` +
    `${sameEnds} also on (end_lineno, end_offset)`);
  for (const b of bad) {
    console.log(`  MISMATCH ${JSON.stringify(b.src)}`);
    console.log(`    cpython: ${JSON.stringify(b.want)}`);
    console.log(`    gilt:    ${JSON.stringify(b.got)}`);
  }
  for (const b of endsDiffer.slice(0, opt.show)) {
    console.log(`  end differs ${JSON.stringify(b.src)}: cpython ${JSON.stringify(b.want.slice(4, 6))}, gilt ${JSON.stringify(b.got.slice(4, 6))}`);
  }
  failures += bad.length;
}

// ---- 3. mutations ----

if (opt.mutate > 0) {
  const stdlib = python('import sysconfig; print(sysconfig.get_paths()["stdlib"])', '').trim();
  const small = listPy(stdlib).sort().filter((f) => statSync(f).size < 12000 && !knownDifference(f));
  let seed = opt.seed >>> 0 || 1;
  const rand = (n) => {
    seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
    return seed % n;
  };
  const INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '.', "'", '"', '#', '\\', ' ', '\t', '\n', 'a', '1',
    '+', '*', '@', 'if ', 'else', 'lambda', 'yield', '**', '=', 'f"{', '}', 'async ', ' for x in y', 'not ', '->'];
  const sources = [];
  for (let k = 0; k < opt.mutate; k++) {
    const file = small[rand(small.length)];
    const text = readFileSync(file, 'utf8');
    // (gilt accepts a leading BOM in text, as in a file; CPython's compile() of a str does not)
    if (!text.length || text.startsWith('\ufeff')) continue;
    const at = rand(text.length);
    let mutated;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    switch (rand(6)) {
      case 0: mutated = text.slice(0, at) + text.slice(at + 1); break;
      case 4: mutated = text.slice(0, lineStart) + text.slice(lineEnd); break; // drop a line
      case 5: mutated = text.slice(0, lineStart) + ' ' + text.slice(lineStart); break; // misindent a line
      case 1: mutated = text.slice(0, at) + INSERTS[rand(INSERTS.length)] + text.slice(at); break;
      case 2: mutated = text.slice(0, at) + text[at] + text.slice(at); break;
      default: {
        // drop a whole token-ish run of word characters
        let end = at;
        while (end < text.length && /\w/.test(text[end])) end++;
        mutated = text.slice(0, at) + text.slice(Math.max(end, at + 1));
      }
    }
    sources.push({ file, at, src: mutated, key: sha1(mutated) });
  }
  const cacheFile = join(CACHE_DIR, 'mutations.json');
  const cache = loadJSON(cacheFile, {});
  const missing = sources.filter((m) => !(m.key in cache));
  if (missing.length) {
    process.stderr.write(`python3: parsing ${missing.length} mutated sources (cached afterwards)...\n`);
    const script = String.raw`
import ast, hashlib, json, sys
out = {}
for key, src in json.load(sys.stdin):
    try:
        d = ast.dump(ast.parse(src), include_attributes=True)
        out[key] = {'sha1': hashlib.sha1(d.encode('utf-8', 'surrogatepass')).hexdigest()}
    except SyntaxError as e:
        out[key] = {'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except Exception as e:
        out[key] = {'crash': type(e).__name__}
json.dump(out, sys.stdout)
`;
    Object.assign(cache, JSON.parse(python(script, JSON.stringify(missing.map((m) => [m.key, m.src])))));
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  let same = 0;
  let errors = 0;
  const bad = [];
  for (const m of sources) {
    const exp = cache[m.key];
    let got;
    try {
      got = { sha1: sha1(dump(parse(m.src, 'f.py', 'exec'), true)) };
    } catch (e) {
      if (e instanceof PySyntaxError) got = { error: [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
      else got = { crash: String(e && e.stack || e).split('\n').slice(0, 3).join(' | ') };
    }
    if (exp.error) errors++;
    const ok = exp.sha1 ? got.sha1 === exp.sha1
      : exp.error && got.error && JSON.stringify(got.error.slice(0, 4)) === JSON.stringify(exp.error.slice(0, 4));
    if (ok) same++;
    else bad.push({ m, exp, got });
  }
  console.log(`mutations: ${same}/${sources.length} match (${errors} of them syntax errors in CPython)`);
  for (const [k, b] of bad.slice(0, opt.show).entries()) {
    const line = m => m.src.slice(0, m.at).split('\n').length;
    const saved = join(WORK_DIR, `mutation-${k}.py`);
    writeFileSync(saved, b.m.src);
    console.log(`  MISMATCH ${b.m.file} (mutated near line ${line(b.m)}; saved as ${saved})`);
    console.log(`    cpython: ${JSON.stringify(b.exp.error ?? b.exp.crash ?? 'ok')}`);
    console.log(`    gilt:    ${JSON.stringify(b.got.error ?? b.got.crash ?? 'ok (dump differs?)')}`);
  }
  failures += bad.length;
}

process.exitCode = failures ? 1 : 0;
if (!existsSync(ROOT)) process.exitCode = 2;
