// What observing the GIL costs (issue 5): -X gilstats and -X giltrace against no flag on a CPU-bound
// threaded program, and the cost of the observer hook when it is off.
//
//   node bench/obs.mjs [--runs N] [--write] [--baseline DIR] [program.py]
//
// (default program: bench/gil-scenarios/cpu_threads.py; --baseline adds a no-flag row run by another built
// checkout, e.g. the commit before observability, to show that the flags being off costs nothing)
//
// 1. End to end: the program's wall time and CPU time (user + sys, from /usr/bin/time), median of N runs
//    (default 5) of each configuration, interleaved so that machine load drifts over all of them alike.
//    On a shared machine wall time follows the load; CPU time much less so.
// 2. "Nothing when off": the GIL's take + drop, uncontended, timed in a loop (best of 40 alternating rounds) with the observer null (as
//    when both flags are off), against the same code with every observer line removed (a build of
//    src/gil/gil.ts made here with esbuild) and against an observer that does nothing.
// --write records the tables in bench/RESULTS.md between the obs markers.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 5;
let write = false;
let baseline = null;
let program = join(root, 'bench', 'gil-scenarios', 'cpu_threads.py');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--write') write = true;
  else if (args[i] === '--baseline') baseline = args[++i];
  else program = args[i];
}
const tmp = mkdtempSync(join(os.tmpdir(), 'gilt-obs-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- 1. end to end ----------------------------------------------------------------------------------------
const configs = [
  { name: 'no flag', flags: [] },
  ...(baseline ? [{ name: `no flag, ${baseline}`, flags: [], gilt: join(baseline, 'bin', 'gilt') }] : []),
  { name: '-X gilstats', flags: ['-X', `gilstats=json:${join(tmp, 's.json')}`] },
  { name: '-X giltrace', flags: ['-X', `giltrace=${join(tmp, 't.json')}`] },
];
const walls = configs.map(() => []);
const cpus = configs.map(() => []);
for (let r = 0; r < runs; r++) {
  configs.forEach((c, k) => {
    const p = spawnSync('/usr/bin/time', ['-f', 'RUSAGE %e %U %S', process.execPath, c.gilt ?? join(root, 'bin', 'gilt'), ...c.flags, program], { encoding: 'utf8' });
    const m = /RUSAGE ([\d.]+) ([\d.]+) ([\d.]+)/.exec(p.stderr ?? '');
    if (p.status !== 0 || !m) throw new Error(`${c.name} failed: ${p.stderr}`);
    walls[k].push(Number(m[1]));
    cpus[k].push(Number(m[2]) + Number(m[3]));
  });
  process.stderr.write(`run ${r + 1}/${runs}\r`);
}
const rel = program.startsWith(root) ? program.slice(root.length + 1) : program;
const load = os.loadavg()[0].toFixed(1);
let e2e = `| ${rel} (load average ${load}) | median wall (${runs} runs) | overhead | median CPU (user+sys) | overhead |\n|---|---:|---:|---:|---:|\n`;
const pct = (m, b) => `${(((m - b) / b) * 100).toFixed(1)}%`;
configs.forEach((c, k) => {
  const w = median(walls[k]);
  const u = median(cpus[k]);
  e2e += `| ${c.name} | ${w.toFixed(2)} s | ${k === 0 ? '—' : pct(w, median(walls[0]))} | ${u.toFixed(2)} s | ${k === 0 ? '—' : pct(u, median(cpus[0]))} |\n`;
});

// ---- 2. the hook when off ----------------------------------------------------------------------------------
const src = readFileSync(join(root, 'src', 'gil', 'gil.ts'), 'utf8');
// the same file without the observer: drop each line that mentions it, keep the wait-time argument at 0
const stripped = src.replace(/finishTake\(h, ident, observer[^;]*\);/, 'finishTake(h, ident, 0);').split('\n')
  .filter((l) => !/observer/.test(l) || /^export (function|interface)|^let observer/.test(l)).join('\n');
async function bundle(name, contents) {
  const out = join(tmp, `${name}.mjs`);
  // built from src/gil/ so its own imports (./ft, ../heap/…) resolve; GIL-mode build constant as in dist/worker.js
  await build({
    stdin: { contents, resolveDir: join(root, 'src', 'gil'), sourcefile: `${name}.ts`, loader: 'ts' },
    outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error', define: { __GILT_FT__: 'false' },
  });
  return import(pathToFileURL(out).href);
}
// separate module instances, so each call site keeps its own type feedback; the recorder variants run the
// real src/trace/recorder.ts over a heap of their own
const entry = (gilFile) => `export { createHeap, bindHeap } from ${JSON.stringify(join(root, 'src', 'heap', 'heap.ts'))};
export { startObservability } from ${JSON.stringify(join(root, 'src', 'trace', 'recorder.ts'))};
export { takeGil, dropGil, initGil, setGilObserver } from ${JSON.stringify(gilFile)};\n`;
const plainFile = join(tmp, 'gil_plain_src.ts');
writeFileSync(plainFile, stripped.replace(/from '\.\.\//g, `from '${join(root, 'src')}/`).replace(/from '\.\//g, `from '${join(root, 'src', 'gil')}/`));
const realFile = join(root, 'src', 'gil', 'gil.ts');
const variants = [
  { name: 'without any observer code', gil: await bundle('gil_plain', entry(plainFile)) },
  { name: 'observer null (flags off)', gil: await bundle('gil_null', entry(realFile)) },
  { name: 'a do-nothing observer', gil: await bundle('gil_noop', entry(realFile)), observer: {
    waitStart() {}, acquired() {}, released() {}, dropRequested() {}, threadEnded() {},
  } },
  { name: 'the recorder, -X gilstats', gil: await bundle('gil_stats', entry(realFile)), record: [true, false] },
  { name: 'the recorder, -X giltrace', gil: await bundle('gil_trace', entry(realFile)), record: [false, true] },
];
for (const v of variants) {
  const sab = v.gil.createHeap(256 * 1024 * 1024);
  v.gil.bindHeap(sab);
  v.h = new Int32Array(sab);
  v.gil.initGil(v.h, 0.005, true);
  if (v.observer) v.gil.setGilObserver(v.observer);
  if (v.record) v.gil.startObservability(...v.record);
  v.best = Infinity;
}
// many short rounds, the variants alternating, best round of each: load on a shared machine only adds time
const n = 200_000;
for (let round = 0; round < 40; round++) {
  for (const v of variants) {
    const { gil, h } = v;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      gil.takeGil(h, 1);
      gil.dropGil(h, 1, false);
    }
    v.best = Math.min(v.best, Number(process.hrtime.bigint() - t0) / n);
  }
}
let hook = '| GIL take + drop, uncontended | ns per pair |\n|---|---:|\n';
for (const v of variants) hook += `| ${v.name} | ${v.best.toFixed(1)} |\n`;

// what the recorder adds to the program, from how often its threads take the GIL
const statsFile = join(tmp, 'rate.json');
spawnSync(process.execPath, [join(root, 'bin', 'gilt'), '-X', `gilstats=json:${statsFile}`, program]);
const fig = JSON.parse(readFileSync(statsFile, 'utf8'));
const perSecond = (fig.total.acquisitions + fig.total.forced_switches + fig.total.drop_requests_made) / fig.wall;
hook += `\n${rel} takes the GIL ${perSecond.toFixed(0)} times a second (acquisitions + forced switches + drop requests, ` +
  `from -X gilstats): at the recorder's cost per take + drop, that is ` +
  `${(perSecond * (variants[3].best - variants[1].best) / 1e7).toFixed(4)}% (gilstats) and ` +
  `${(perSecond * (variants[4].best - variants[1].best) / 1e7).toFixed(4)}% (giltrace) of its run time.\n`;

rmSync(tmp, { recursive: true, force: true });
const report = `${e2e}\n${hook}`;
process.stdout.write(report);
if (write) {
  const file = join(root, 'bench', 'RESULTS.md');
  const text = readFileSync(file, 'utf8');
  const begin = '<!-- obs:begin -->', end = '<!-- obs:end -->';
  const block = `${begin}\n${report}${end}`;
  const i = text.indexOf(begin), j = text.indexOf(end);
  writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text}\n${block}\n`);
}
