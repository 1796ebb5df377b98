// Times the single-threaded programs in bench/programs under gilt and a baseline (python3 by default) and
// reports the ratio per program and their geometric mean.
//
//   node bench/run.mjs [--runs N] [--reps N] [--gilt-args "ARGS"] [--base python3|gilt] [--base-args "ARGS"]
//                      [--stat best|median] [--write] [names…]
//
// Method. Start-up is not measured: each program times its own work in-process (time.perf_counter around
// main(), several repetitions, see bench/programs/_bench.py) and prints `BENCH <name> <best> <median> <reps>`.
// The harness runs every program N times (default 3) under each interpreter, alternating the two run by run
// so a change in machine load hits both alike, and keeps the best of the per-process figures (the best
// repetition by default, or the median with --stat median). The output lines other than BENCH must be the
// same under both interpreters (they are the programs' checksums).
//
// Comparing two gilt configurations (e.g. free-threaded against GIL mode):
//   node bench/run.mjs --gilt-args "-X gil=0" --base gilt --base-args "-X gil=1"
//
// --reps sets the in-process repetitions (BENCH_REPS; default: each program's own, 15). --write records the
// table in bench/RESULTS.md between the single-threaded markers, with the command and the load average.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opts = { runs: 3, reps: null, giltArgs: [], base: 'python3', baseArgs: [], stat: 'best', write: false, only: [] };
const words = (s) => s.split(/\s+/).filter(Boolean);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs') opts.runs = Number(args[++i]);
  else if (a === '--reps') opts.reps = Number(args[++i]);
  else if (a === '--gilt-args') opts.giltArgs = words(args[++i]);
  else if (a === '--base') opts.base = args[++i];
  else if (a === '--base-args') opts.baseArgs = words(args[++i]);
  else if (a === '--stat') opts.stat = args[++i];
  else if (a === '--write') opts.write = true;
  else if (a === '-h' || a === '--help') {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
    process.exit(0);
  } else if (a.startsWith('-')) {
    console.error(`bench/run.mjs: unknown option ${a}`);
    process.exit(2);
  } else opts.only.push(a);
}
if (!['best', 'median'].includes(opts.stat)) {
  console.error('bench/run.mjs: --stat is best or median');
  process.exit(2);
}

const giltCmd = [process.execPath, join(root, 'bin', 'gilt')];
const subject = { label: `gilt${opts.giltArgs.length ? ' ' + opts.giltArgs.join(' ') : ''}`, cmd: [...giltCmd, ...opts.giltArgs] };
const baseCmd = opts.base === 'gilt' ? giltCmd : words(opts.base);
const baseline = { label: `${opts.base}${opts.baseArgs.length ? ' ' + opts.baseArgs.join(' ') : ''}`, cmd: [...baseCmd, ...opts.baseArgs] };

const progDir = join(root, 'bench', 'programs');
const programs = readdirSync(progDir)
  .filter((f) => f.endsWith('.py') && !f.startsWith('_'))
  .filter((f) => opts.only.length === 0 || opts.only.some((o) => f.includes(o)))
  .sort();

/** One process: the figures from its BENCH line, and its other output (the checksum). */
function runOnce(interp, file) {
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  if (opts.reps !== null) env.BENCH_REPS = String(opts.reps);
  const r = spawnSync(interp.cmd[0], [...interp.cmd.slice(1), file], { encoding: 'utf8', env, cwd: progDir, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${interp.label} ${file} failed (exit ${r.status}):\n${r.stderr}`);
  const lines = r.stdout.split('\n');
  const bench = lines.find((l) => l.startsWith('BENCH '));
  if (!bench) throw new Error(`${interp.label} ${file} printed no BENCH line`);
  const [, , best, median] = bench.split(/\s+/);
  return { best: Number(best), median: Number(median), out: lines.filter((l) => !l.startsWith('BENCH ')).join('\n') };
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadStart = load();
console.log(`${subject.label} against ${baseline.label}: ${programs.length} programs, ${opts.runs} runs each, ` +
  `${opts.stat} repetition; load average ${loadStart} (${os.cpus().length} cores)`);

const rows = [];
for (const p of programs) {
  const file = join(progDir, p);
  const figs = { s: [], b: [] };
  let sOut = null, bOut = null;
  for (let i = 0; i < opts.runs; i++) {
    // alternate which interpreter goes first, so drift in load does not favour one
    const order = i % 2 === 0 ? ['s', 'b'] : ['b', 's'];
    for (const who of order) {
      const r = runOnce(who === 's' ? subject : baseline, file);
      figs[who].push(opts.stat === 'best' ? r.best : r.median);
      if (who === 's') sOut = r.out;
      else bOut = r.out;
    }
  }
  const s = Math.min(...figs.s), b = Math.min(...figs.b);
  const ratio = s / b;
  const same = sOut === bOut;
  rows.push({ p, s, b, ratio, same });
  console.log(`${p.padEnd(20)} ${subject.label} ${(s * 1000).toFixed(1).padStart(8)} ms   ${baseline.label} ` +
    `${(b * 1000).toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2).padStart(6)}x${same ? '' : '   ! output differs'}`);
}
const geo = Math.exp(rows.reduce((acc, r) => acc + Math.log(r.ratio), 0) / rows.length);
const loadEnd = load();
console.log(`geometric mean: ${geo.toFixed(2)}x ${baseline.label}'s time (lower is better); load average at the end ${loadEnd}`);

if (opts.write) {
  const file = join(root, 'bench', 'RESULTS.md');
  const cmd = ['node bench/run.mjs', ...process.argv.slice(2).map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(' ');
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${cmd}\``,
    `(${os.cpus().length} cores, Node ${process.versions.node}; load average ${loadStart} at the start, ${loadEnd} at the end).`,
    `Time of main() measured in-process (start-up excluded), ${opts.stat} repetition, best of ${opts.runs} runs per interpreter.`,
    '',
    `| program | ${subject.label} (ms) | ${baseline.label} (ms) | ratio | same output |`,
    '|---|---:|---:|---:|:---:|',
    ...rows.map((r) => `| ${r.p} | ${(r.s * 1000).toFixed(1)} | ${(r.b * 1000).toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.same ? 'yes' : 'NO'} |`),
    `| **geometric mean** | | | **${geo.toFixed(2)}** | |`,
  ].join('\n');
  // comparing two gilt configurations goes to a section of its own
  const tag = opts.base === 'python3' ? 'single-threaded' : opts.base === 'gilt' ? 'single-threaded-gilt' : 'single-threaded-other';
  const begin = `<!-- ${tag}:begin -->`, end = `<!-- ${tag}:end -->`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n## Single-threaded programs (bench/programs)\n\n${begin}\n${end}\n`;
  if (!text.includes(begin)) text += `\n## ${tag === 'single-threaded-gilt' ? 'One gilt configuration against another (bench/run.mjs --base gilt)' : 'gilt against another build of gilt (bench/run.mjs --base CMD)'}\n\n${begin}\n${end}\n`;
  text = text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${table}\n${end}`);
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
if (rows.some((r) => !r.same)) process.exitCode = 1;
