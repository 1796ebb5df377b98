// Observability (src/trace/): -X gilstats figures against programs whose GIL behaviour is known, the
// -X giltrace JSON (well-formed, every span closed), gilt timeline's picture and gilt compare's table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';

const root = path.resolve(__dirname, '..', '..');
const gilt = path.join(root, 'bin', 'gilt');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gilt-obs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = root): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [gilt, ...args], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function script(name: string, text: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
}

// two CPU-bound threads that surely overlap (they spin until told to stop), and a sleeper
const CONTENDED = script('contended.py', `
import threading, time
stop = None
ready = []
def cpu():
    ready.append(1)
    while stop is None or time.perf_counter() < stop:
        pass
ts = [threading.Thread(target=cpu, name=f'cpu-{i}') for i in range(2)]
ts.append(threading.Thread(target=time.sleep, args=(0.1,), name='sleeper'))
for t in ts: t.start()
while len(ready) < 2: time.sleep(0.01)
stop = time.perf_counter() + 0.3
for t in ts: t.join()
print('done')
`);

interface Figures {
  wall: number;
  gil_held_share: number;
  gil_enabled: boolean;
  cpu: number;
  threads: { name: string; running: number; waiting: number; blocked: number; lifetime: number; forced_switches: number }[];
  total: { running: number; waiting: number; blocked: number; lifetime: number; contended: number };
}

function stats(args: string[]): Figures {
  const file = path.join(tmp, `stats-${Math.random().toString(36).slice(2)}.json`);
  const r = run(['-X', `gilstats=json:${file}`, ...args]);
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.err, /GIL statistics/, 'json:FILE prints no table');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Figures;
}

test('-X gilstats prints a table per thread and a total on stderr at exit', () => {
  const r = run(['-X', 'gilstats', CONTENDED]);
  assert.equal(r.code, 0);
  assert.equal(r.out, 'done\n');
  assert.match(r.err, /^GIL statistics: wall [\d.]+ s, GIL held [\d.]+ s \([\d.]+% of wall\), switch interval 5\.00 ms\n/);
  for (const name of ['MainThread', 'cpu-0', 'cpu-1', 'sleeper', 'total']) assert.match(r.err, new RegExp(`^${name} `, 'm'));
  assert.match(r.err, /running s .* waiting s .* blocked s .* acquired +drop req +drop rcvd +forced +wait p50 ms +p99 ms/);
});

test('a single thread holds the GIL ~100% of the time and never waits', () => {
  const f = stats(['-c', 'import time\nend = time.perf_counter() + 0.3\nwhile time.perf_counter() < end: pass']);
  assert.equal(f.threads.length, 1);
  const main = f.threads[0];
  assert.equal(main.name, 'MainThread');
  assert.ok(main.running / main.lifetime > 0.95, `running share ${main.running / main.lifetime}`);
  assert.ok(main.waiting < 0.005, `waiting ${main.waiting}`);
  assert.ok(f.gil_held_share > 0.85 && f.gil_held_share <= 1, `held ${f.gil_held_share}`);
  assert.ok(f.cpu > 0.2, 'the process CPU time is reported');
});

test('two CPU-bound threads each wait about half the time; forced switches come about once per interval', () => {
  const f = stats([CONTENDED]);
  for (const name of ['cpu-0', 'cpu-1']) {
    const t = f.threads.find((x) => x.name === name)!;
    const share = t.waiting / (t.running + t.waiting);
    assert.ok(share > 0.1 && share < 0.9, `${name} waits ${share}`); // ~0.5; wide for a loaded machine
  }
  const forced = f.threads.reduce((a, t) => a + t.forced_switches, 0);
  // 0.3 s of contention at 5 ms: ~60 at most; a loaded machine stretches the turns, so only a floor
  assert.ok(forced >= 2 && forced <= 150, `forced switches ${forced}`);
});

test('I/O-bound threads (io_threads.py) wait for the GIL ~0% of the time', () => {
  const f = stats([path.join(root, 'bench', 'gil-scenarios', 'io_threads.py')]);
  assert.equal(f.threads.length, 17);
  const share = f.total.waiting / f.total.lifetime;
  assert.ok(share < 0.1, `waiting share ${share}`);
  assert.ok(f.total.blocked / f.total.lifetime > 0.8, 'sleeping threads are blocked');
});

test('-X giltrace writes well-formed Chrome trace JSON: closed, ordered spans, thread names, instants', () => {
  const file = path.join(tmp, 'trace.json');
  const r = run(['-X', `giltrace=${file}`, CONTENDED]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  const trace = JSON.parse(fs.readFileSync(file, 'utf8')) as { traceEvents: { name: string; ph: string; tid: number; ts?: number; dur?: number; s?: string; args?: { name?: string } }[] };
  const ev = trace.traceEvents;
  const names = new Map(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [e.tid, e.args!.name!]));
  assert.deepEqual([...names.values()].sort(), ['MainThread', 'cpu-0', 'cpu-1', 'sleeper']);
  const spans = ev.filter((e) => e.ph === 'X');
  assert.ok(spans.length > 10);
  const byTid = new Map<number, { ts: number; dur: number }[]>();
  for (const e of spans) {
    assert.ok(['running', 'waiting for the GIL', 'blocked'].includes(e.name), e.name);
    assert.ok(typeof e.ts === 'number' && e.ts >= 0 && typeof e.dur === 'number' && e.dur >= 0, JSON.stringify(e));
    assert.ok(names.has(e.tid), 'every thread with spans is named');
    if (!byTid.has(e.tid)) byTid.set(e.tid, []);
    byTid.get(e.tid)!.push({ ts: e.ts!, dur: e.dur! });
  }
  // one thread is in one phase at a time: its spans do not overlap
  for (const list of byTid.values()) {
    list.sort((a, b) => a.ts - b.ts);
    for (let i = 1; i < list.length; i++) assert.ok(list[i].ts >= list[i - 1].ts + list[i - 1].dur - 0.01);
  }
  const instants = ev.filter((e) => e.ph === 'i');
  assert.ok(instants.some((e) => e.name === 'drop request') && instants.some((e) => e.name === 'forced switch'));
  assert.ok(instants.every((e) => e.s === 't' && typeof e.ts === 'number'));
  assert.equal(ev.filter((e) => e.ph === 'B' || e.ph === 'E').length, 0, 'complete events only: nothing left open');

  // gilt timeline draws it: valid SVG, one lane per thread
  const svg = path.join(tmp, 'out.svg');
  const t = run(['timeline', file, '-o', svg]);
  assert.equal(t.code, 0, t.err);
  const text = fs.readFileSync(svg, 'utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
  assert.match(text, /<\/svg>\n$/);
  assert.equal((text.match(/<g class="lane"/g) ?? []).length, 4);
  assert.equal((text.match(/<g\b/g) ?? []).length, (text.match(/<\/g>/g) ?? []).length);
  for (const cls of ['running', 'waiting', 'blocked']) assert.match(text, new RegExp(`class="${cls}"`));
  const html = path.join(tmp, 'out.html');
  assert.equal(run(['timeline', file, '-o', html]).code, 0);
  const page = fs.readFileSync(html, 'utf8');
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /<svg [\s\S]*<\/svg>/);
  assert.match(page, /waiting for the GIL/);
  assert.equal((page.match(/<tr><td>/g) ?? []).length, 4, 'a totals row per thread');
});

test('gilt compare prints a side-by-side table with the GIL on (at each interval) and off', () => {
  const prog = script('small.py', 'import threading\nt = threading.Thread(target=sum, args=(range(1000),))\nt.start(); t.join()\nprint("hi")\n');
  const r = run(['compare', '--intervals', '0.001,0.005', prog]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0], /^gilt compare: .*small\.py$/);
  assert.match(lines[1], /^\s+GIL on 1 ms\s+GIL on 5 ms\s+GIL off\*?$/);
  for (const row of ['wall time', 'CPU time', 'speedup', 'GIL held', 'waits', 'forced switches']) {
    assert.ok(lines.some((l) => l.startsWith(row)), row);
  }
  assert.match(r.out, /^speedup\s+1\.00x/m);
  assert.equal(run(['compare']).code, 2);
});

test('without the flags nothing is recorded or printed; sys._xoptions shows the flags', () => {
  const r = run(['-c', 'import sys, gilt\ntry:\n    gilt.gil_stats()\nexcept RuntimeError as e:\n    print(e)\nprint(sys._xoptions)']);
  assert.equal(r.out, "GIL statistics are off: run gilt with -X gilstats or -X giltrace\n{}\n");
  assert.equal(r.err, '');
  const file = path.join(tmp, 'x.json');
  const q = run(['-X', 'gilstats=quiet', '-X', `giltrace=${file}`, '-c', 'import sys; print(sys._xoptions)']);
  assert.equal(q.out, `{'gilstats': 'quiet', 'giltrace': '${file}'}\n`);
  assert.equal(q.err, '');
});

test('a script named `timeline` still runs as a script', () => {
  fs.writeFileSync(path.join(tmp, 'timeline'), 'print("I am a script")\n');
  const r = run(['timeline'], tmp);
  assert.equal(r.out, 'I am a script\n');
});
