// Times the single-threaded benchmark programs under gilt and python3 in the same run and reports the ratios.
//
//   node bench/run.mjs [--runs N] [--write] [names…]
//
// Each program runs N times (default 3) under each interpreter; the best CPU time (user + system, from
// /usr/bin/time: steadier than wall time on a busy machine) minus the best CPU time of an empty program
// (start-up, measured the same way) is the program's time. --write records the table in bench/RESULTS.md
// (replacing the section between the markers).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 3;
let write = false;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--write') write = true;
  else only.push(args[i]);
}

const progDir = join(root, 'bench', 'programs');
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
const interpreters = {
  gilt: [process.execPath, join(root, 'bin', 'gilt')],
  python3: ['python3'],
};

function timeOnce(cmd, file) {
  const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', cmd[0], ...cmd.slice(1), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} ${file} failed:\n${r.stderr}`);
  const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const ms = (Number(m[1]) + Number(m[2])) * 1000;
  return { ms, out: r.stdout };
}

function best(cmd, file) {
  let min = Infinity, out = '';
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(cmd, file);
    if (r.ms < min) min = r.ms;
    out = r.out;
  }
  return { ms: min, out };
}

const empty = join(os.tmpdir(), 'gilt-bench-empty.py');
writeFileSync(empty, 'pass\n');
const startup = {};
for (const [name, cmd] of Object.entries(interpreters)) startup[name] = best(cmd, empty).ms;
console.log(`start-up: gilt ${startup.gilt.toFixed(0)} ms, python3 ${startup.python3.toFixed(0)} ms (subtracted)`);

const rows = [];
for (const p of programs) {
  const file = join(progDir, p);
  const g = best(interpreters.gilt, file);
  const c = best(interpreters.python3, file);
  if (g.out !== c.out) console.log(`  ! ${p}: output differs from CPython`);
  const gms = Math.max(1, g.ms - startup.gilt);
  const cms = Math.max(1, c.ms - startup.python3);
  const ratio = gms / cms;
  rows.push({ p, gms, cms, ratio, same: g.out === c.out });
  console.log(`${p.padEnd(22)} gilt ${gms.toFixed(0).padStart(7)} ms   python3 ${cms.toFixed(0).padStart(7)} ms   ratio ${ratio.toFixed(2)}x`);
}
const geo = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
console.log(`geometric mean: ${geo.toFixed(2)}x CPython's time (lower is better)`);

if (write) {
  const file = join(root, 'bench', 'RESULTS.md');
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/run.mjs --runs ${runs} --write\` on this machine`,
    `(${os.cpus().length} cores, Node ${process.versions.node}); CPU time (user + system), best of ${runs} runs, start-up subtracted`,
    `(gilt ${startup.gilt.toFixed(0)} ms, python3 ${startup.python3.toFixed(0)} ms).`,
    '',
    '| program | gilt (ms) | python3 (ms) | gilt / python3 | same output |',
    '|---|---:|---:|---:|:---:|',
    ...rows.map((r) => `| ${r.p} | ${r.gms.toFixed(0)} | ${r.cms.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.same ? 'yes' : 'NO'} |`),
    `| **geometric mean** | | | **${geo.toFixed(2)}** | |`,
  ].join('\n');
  const begin = '<!-- single-threaded:begin -->', end = '<!-- single-threaded:end -->';
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n## Single-threaded programs (bench/programs)\n\n${begin}\n${end}\n`;
  text = text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${table}\n${end}`);
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
void execFileSync;
