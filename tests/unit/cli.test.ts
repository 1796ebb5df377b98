// The command line as a user meets it: flags, exit codes, stdin scripts, Ctrl-C, errors that must be Python's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';

const root = path.resolve(__dirname, '..', '..');
const gilt = path.join(root, 'bin', 'gilt');

function run(args: string[], input = ''): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [gilt, ...args], { input, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('-V prints the Python version', () => {
  const r = run(['-V']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Python 3\.11\.\d+\n$/);
});

test('-c runs a command with sys.argv', () => {
  const r = run(['-c', 'import sys; print(sys.argv)', 'a', 'b']);
  assert.equal(r.out, "['-c', 'a', 'b']\n");
  assert.equal(r.code, 0);
});

test('a script on stdin', () => {
  const r = run([], 'x = 6 * 7\nprint(x)\n');
  assert.equal(r.out, '42\n');
});

test('bad usage exits with 2', () => {
  const r = run(['-Z']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Unknown option: -Z/);
  assert.equal(run(['-c']).code, 2);
});

test('a missing file is an error message and exit 2, not a JS stack', () => {
  const r = run(['/nonexistent/nope.py']);
  assert.equal(r.code, 2);
  assert.match(r.err, /can't open file '\/nonexistent\/nope\.py': \[Errno 2\] No such file or directory/);
  assert.doesNotMatch(r.err, /at .*\.js:\d+/);
});

test('SystemExit sets the exit code; an uncaught exception exits 1 with a traceback', () => {
  assert.equal(run(['-c', 'import sys; sys.exit(3)']).code, 3);
  const r = run(['-c', '1/0']);
  assert.equal(r.code, 1);
  assert.equal(r.err, 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n');
});

test('recursion ten times deeper than the limit is a RecursionError, not a JS stack overflow', () => {
  const r = run(['-c', 'import sys\nsys.setrecursionlimit(10000)\ndef f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("ok", e)']);
  assert.equal(r.out, 'ok maximum recursion depth exceeded\n');
  const deep = run(['-c', 'def f(n): return f(n + 1)\nf(0)']);
  assert.equal(deep.code, 1);
  assert.match(deep.err, /RecursionError: maximum recursion depth exceeded\n$/);
  assert.match(deep.err, /\[Previous line repeated \d+ more times\]/);
});

test('syntax errors show the line and a caret', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gilt-cli-'));
  const f = path.join(dir, 'bad.py');
  fs.writeFileSync(f, 'x = (1 +\n');
  const r = run([f]);
  assert.equal(r.code, 1);
  assert.equal(r.err, `  File "${f}", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n`);
  fs.rmSync(dir, { recursive: true });
});

test('Ctrl-C in a CPU loop raises KeyboardInterrupt in the main thread', async () => {
  const child = spawn(process.execPath, [gilt, '-c', 'import sys\ntry:\n    print("ready", flush=True)\n    while True: pass\nexcept KeyboardInterrupt:\n    print("interrupted")\n']);
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve();
    });
  });
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.equal(out, 'ready\ninterrupted\n');
  assert.equal(code, 0);
});

/** Start gilt on a program that prints "ready", send Ctrl-C once it has, and collect what it printed. */
async function interruptAfterReady(code: string): Promise<{ out: string; err: string; exit: number | null; signal: string | null }> {
  const child = spawn(process.execPath, [gilt, '-c', code], { env: { ...process.env, GILT_NO_SIGNAL_EXIT: '1' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => (err += d));
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve();
    });
  });
  await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGINT');
  const [exit, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  return { out, err, exit, signal };
}

const BLOCKING_WAITS: Array<[string, string]> = [
  ['join()', 't = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint("ready", flush=True)\nt.join()'],
  ['lock.acquire()', 'l = threading.Lock()\nl.acquire()\nprint("ready", flush=True)\nl.acquire()'],
  ['sleep()', 't = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint("ready", flush=True)\ntime.sleep(30)'],
  ['a CPU loop', 't = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint("ready", flush=True)\nwhile True: pass'],
];

for (const [what, body] of BLOCKING_WAITS) {
  test(`Ctrl-C while the main thread waits in ${what} beside a thread raises KeyboardInterrupt`, async () => {
    const code = `import threading, time\ntry:\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\nexcept KeyboardInterrupt:\n    print("interrupted")\n`;
    const r = await interruptAfterReady(code);
    assert.equal(r.out, 'ready\ninterrupted\n', r.err);
    assert.equal(r.exit, 0);
  });
}
