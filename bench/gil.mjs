// Runs the GIL scenarios (bench/gil-scenarios, copied from ../shared/gil-scenarios) and the thread-cost
// programs (bench/threads) under gilt and python3 in the same run, checks each against its criterion, and
// reports the METRIC lines side by side.
//
//   node bench/gil.mjs [--write] [--mode gil|nogil] [--repeat N] [--timing-runs N] [names…]
//
// --timing-runs N runs the programs whose criterion is a measurement (not exactness) N times under each
// interpreter and takes each METRIC's median: on a 2-core machine shared with other work one
// run can be off by 2x either way.
// --repeat N runs the programs whose criterion is exactness (shared_containers, locks) N times under gilt,
// and they pass only if every run prints CPython's stdout (the issue asks for 50 runs without the GIL).
// stdout must equal CPython's for every program; the criteria are the README's "GIL on" column (or, with
// --mode nogil, gilt runs with -X gil=0 and the "GIL off" column applies). --write records the table in
// bench/RESULTS.md between the gil markers (or the nogil ones).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let write = false;
let mode = 'gil';
let repeat = 1;
let timingRuns = 1;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--write') write = true;
  else if (args[i] === '--mode') mode = args[++i];
  else if (args[i] === '--repeat') repeat = Number(args[++i]);
  else if (args[i] === '--timing-runs') timingRuns = Number(args[++i]);
  else only.push(args[i]);
}
const cores = os.cpus().length;
const gilOff = mode === 'nogil';

/** Run one program; wall time, peak RSS (KiB), stdout, stderr and its METRIC values. */
function run(cmd, file, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', 'RUSAGE %e %M', ...cmd, file], {
    encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env }, timeout: 300_000,
  });
  const lines = (r.stderr ?? '').split('\n');
  const ru = lines.map((l) => /^RUSAGE ([\d.]+) (\d+)$/.exec(l)).find((m) => m);
  const metrics = {};
  for (const l of lines) {
    if (!l.startsWith('METRIC ')) continue;
    for (const kv of l.slice(7).trim().split(/\s+/)) {
      const [k, v] = kv.split('=');
      metrics[k] = Number(v);
    }
  }
  const stderr = lines.filter((l) => !l.startsWith('METRIC ') && !l.startsWith('RUSAGE ')).join('\n');
  return { wall: ru ? Number(ru[1]) : NaN, rssKiB: ru ? Number(ru[2]) : NaN, out: r.stdout, stderr, metrics, status: r.status };
}

const gilt = [process.execPath, join(root, 'bin', 'gilt'), ...(gilOff ? ['-X', 'gil=0'] : [])];
const python = ['python3'];

/** Each scenario's criterion: [description, (g, c) => pass?] where g and c are gilt's and CPython's metrics. */
const criteria = {
  'cpu_threads.py': gilOff
    ? [`speedup2 >= ${(0.9 * Math.min(2, cores)).toFixed(2)}`, (g) => g.speedup2 >= 0.9 * Math.min(2, cores)]
    : ['speedup2 and speedup4 within 0.8-1.25', (g) => [g.speedup2, g.speedup4].every((s) => s >= 0.8 && s <= 1.25)],
  'io_threads.py': ['elapsed_s < 0.7', (g) => g.elapsed_s < 0.7],
  'native_release.py': [`speedup2 >= ${(0.9 * Math.min(2, cores)).toFixed(2)}`, (g) => g.speedup2 >= 0.9 * Math.min(2, cores)],
  'convoy.py': gilOff
    ? ['loaded_p50_ms <= 1', (g) => g.loaded_p50_ms <= 1]
    : ['loaded_p50_ms <= 2 x interval_ms', (g) => g.loaded_p50_ms <= 2 * g.interval_ms],
  'switch_interval.py': gilOff
    ? ['(not applicable)', () => true]
    : ['rate at 1/5/50 ms within 0.5-2x of CPython, falling', (g, c) => ['1', '5', '50'].every((ms) => {
      const r = g[`switches_per_s_at_${ms}ms`] / c[`switches_per_s_at_${ms}ms`];
      return r >= 0.5 && r <= 2;
    }) && g.switches_per_s_at_1ms > g.switches_per_s_at_50ms],
  'shared_containers.py': ['exact (stdout)', () => true],
  'locks.py': ['exact (stdout)', () => true],
  'lifecycle.py': ['CPython\'s output, exits promptly', (g, c, gr, cr) => gr.wall < cr.wall + 1.5],
};

/** Run a program timingRuns times: the first run's output and status, each metric's median (wall too). */
function medianRun(cmd, file) {
  const runs = [];
  for (let i = 0; i < timingRuns; i++) runs.push(run(cmd, file));
  const median = (xs) => xs.sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const first = runs.find((r) => r.status !== 0) ?? runs[0];
  const metrics = {};
  for (const k of Object.keys(runs[0].metrics)) metrics[k] = median(runs.map((r) => r.metrics[k]));
  const out = runs.every((r) => r.out === runs[0].out) ? runs[0].out : runs.find((r) => r.out !== runs[0].out).out;
  return { ...first, out, metrics, wall: median(runs.map((r) => r.wall)) };
}

const fmt = (m) => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(' ');
const rows = [];
const scenarioDir = join(root, 'bench', 'gil-scenarios');
for (const p of readdirSync(scenarioDir).filter((f) => f.endsWith('.py')).sort()) {
  if (only.length && !only.some((o) => p.includes(o))) continue;
  const file = join(scenarioDir, p);
  let [what, check] = criteria[p] ?? ['stdout', () => true];
  const timed = timingRuns > 1 && !what.startsWith('exact') && p !== 'lifecycle.py';
  const c = timed ? medianRun(python, file) : run(python, file);
  const g = timed ? medianRun(gilt, file) : run(gilt, file);
  let sameOut = g.out === c.out;
  if (timed) what += ` (median of ${timingRuns} runs)`;
  if (repeat > 1 && what.startsWith('exact')) {
    let exact = sameOut && g.status === 0 ? 1 : 0;
    for (let i = 1; i < repeat; i++) {
      const again = run(gilt, file);
      if (again.out === c.out && again.status === 0) exact++;
      else console.log(`     run ${i + 1}: ${again.status !== 0 ? `exit ${again.status}` : 'stdout differs'}\n${again.out}${again.stderr}`);
    }
    g.metrics.exact_runs = exact;
    g.metrics.runs = repeat;
    what = `exact (stdout) in ${repeat} of ${repeat} runs`;
    sameOut = exact === repeat;
    check = () => exact === repeat;
  }
  const ok = sameOut && g.status === 0 && check(g.metrics, c.metrics, g, c);
  rows.push({ p, what, ok, sameOut, g, c });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${p.padEnd(22)} ${what}${sameOut ? '' : '  (stdout differs)'}`);
  console.log(`     gilt:    ${fmt(g.metrics)} wall=${g.wall}s`);
  console.log(`     python3: ${fmt(c.metrics)} wall=${c.wall}s`);
  if (!sameOut) console.log(`--- gilt stdout ---\n${g.out}--- python3 stdout ---\n${c.out}--- gilt stderr ---\n${g.stderr}`);
}

// thread costs: start-up of many threads, parked sleepers, GIL hand-off latency
const costRows = [];
const threadDir = join(root, 'bench', 'threads');
for (const p of readdirSync(threadDir).filter((f) => f.endsWith('.py')).sort()) {
  if (only.length && !only.some((o) => p.includes(o))) continue;
  const file = join(threadDir, p);
  const c = run(python, file);
  const g = run(gilt, file);
  costRows.push({ p, g, c, sameOut: g.out === c.out });
  console.log(`${p.padEnd(24)} gilt: ${fmt(g.metrics)} rss=${(g.rssKiB / 1024).toFixed(0)}MiB | python3: ${fmt(c.metrics)} rss=${(c.rssKiB / 1024).toFixed(0)}MiB${g.out === c.out ? '' : '  (stdout differs)'}`);
}

if (write) {
  const file = join(root, 'bench', 'RESULTS.md');
  const tag = gilOff ? 'gil-scenarios-nogil' : 'gil-scenarios';
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/gil.mjs --write${gilOff ? ' --mode nogil' : ''}${timingRuns > 1 ? ` --timing-runs ${timingRuns}` : ''}${repeat > 1 ? ` --repeat ${repeat}` : ''}\` on this machine`,
    `(${cores} cores, Node ${process.versions.node}, load average ${os.loadavg()[0].toFixed(1)} at the end); each program ${timingRuns > 1 ? `${timingRuns} times (medians) ` : 'once '}under gilt${gilOff ? ' -X gil=0' : ''} and ${timingRuns > 1 ? 'as often' : 'once'} under python3${repeat > 1 ? `; the exactness programs ${repeat} times under gilt` : ''}.`,
    '',
    '| scenario | criterion | gilt | python3 | pass |',
    '|---|---|---|---|:---:|',
    ...rows.map((r) => `| ${r.p} | ${r.what} | ${fmt(r.g.metrics) || '-'} | ${fmt(r.c.metrics) || '-'} | ${r.ok ? 'yes' : '**no**'}${r.sameOut ? '' : ' (stdout differs)'} |`),
    '',
    '| thread cost | gilt | python3 |',
    '|---|---|---|',
    ...costRows.map((r) => `| ${r.p} | ${fmt(r.g.metrics)} peak_rss_mib=${(r.g.rssKiB / 1024).toFixed(0)} | ${fmt(r.c.metrics)} peak_rss_mib=${(r.c.rssKiB / 1024).toFixed(0)} |`),
  ].join('\n');
  const begin = `<!-- ${tag}:begin -->`, end = `<!-- ${tag}:end -->`;
  let text = readFileSync(file, 'utf8');
  if (!text.includes(begin)) text += `\n## GIL scenarios${gilOff ? ' without the GIL' : ''} (bench/gil.mjs)\n\n${begin}\n${end}\n`;
  text = text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${table}\n${end}`);
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
