// gilt compare [--intervals S,S,…] prog.py [args]: what is the GIL costing this program?
//
// Runs the program as child processes of bin/gilt, once with the GIL (-X gil=1, at the default switch
// interval or at each of --intervals) and once without (-X gil=0), each with -X gilstats=json:FILE, and
// prints the figures side by side. The program's own output is discarded. A run that fails stops the
// comparison with its stderr. When the comparison takes more than a second, progress goes to stderr.
//
// Until free-threaded mode exists, a -X gil=0 run that still reports the GIL enabled is marked with `*`.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GilFigures } from '../trace/stats';

const USAGE = 'usage: gilt compare [--intervals S,S,...] prog.py [args]';

interface Config {
  label: string;
  flags: string[];
  gil: boolean;
}

interface Outcome {
  config: Config;
  wall: number;
  figures: GilFigures & { cpu: number };
}

function runOnce(gilt: string, config: Config, prog: string[], statsFile: string): Promise<{ wall: number; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [gilt, ...config.flags, '-X', `gilstats=json:${statsFile}`, ...prog], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      if (stderr.length < 100_000) stderr += d;
    });
    child.on('close', (code) => resolve({ wall: Number(process.hrtime.bigint() - t0) / 1e9, code, stderr }));
  });
}

const fixed = (x: number, d: number) => x.toFixed(d);

function table(outcomes: Outcome[]): string {
  const base = outcomes[0].wall;
  const header = ['', ...outcomes.map((o) => o.config.label + (!o.config.gil && o.figures.gil_enabled ? '*' : ''))];
  const na = (o: Outcome, s: string) => (o.figures.gil_enabled ? s : '-');
  const rows: [string, (o: Outcome) => string][] = [
    ['wall time', (o) => `${fixed(o.wall, 2)} s`],
    ['CPU time', (o) => `${fixed(o.figures.cpu, 2)} s`],
    ['speedup', (o) => `${fixed(base / o.wall, 2)}x`],
    ['cores busy', (o) => fixed(o.figures.cpu / o.wall, 2)],
    ['GIL held', (o) => na(o, `${fixed(100 * o.figures.gil_held_share, 1)}%`)],
    ['threads', (o) => String(o.figures.threads.length)],
    ['waits', (o) => na(o, String(o.figures.total.contended))],
    ['time waiting', (o) => na(o, `${fixed(o.figures.total.waiting, 2)} s`)],
    ['wait p50 / p99', (o) => na(o, `${fixed(o.figures.total.wait_p50 * 1e3, 1)} / ${fixed(o.figures.total.wait_p99 * 1e3, 1)} ms`)],
    ['drop requests', (o) => na(o, String(o.figures.total.drop_requests_made))],
    ['forced switches', (o) => na(o, String(o.figures.total.forced_switches))],
    ['switches / s', (o) => na(o, fixed(o.figures.total.forced_switches / o.figures.wall, 0))],
  ];
  const cells = [header, ...rows.map(([name, f]) => [name, ...outcomes.map(f)])];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const lines = cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ').trimEnd());
  let out = lines.join('\n') + '\n';
  if (outcomes.some((o) => !o.config.gil && o.figures.gil_enabled)) {
    out += '* -X gil=0 ran with the GIL: this build has no free-threaded mode yet\n';
  }
  return out;
}

/** The `gilt compare` command; resolves to the exit code. */
export async function compareTool(args: string[], gilt: string): Promise<number> {
  let intervals: number[] = [];
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    const a = args[i];
    if (a === '--intervals' || a.startsWith('--intervals=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i] ?? '';
      intervals = v.split(',').map(Number);
      if (intervals.length === 0 || intervals.some((x) => !(x > 0))) {
        process.stderr.write(`gilt compare: --intervals wants seconds, e.g. 0.001,0.005,0.05\n${USAGE}\n`);
        return 2;
      }
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\nRuns prog.py with the GIL on (at each switch interval) and off, and compares.\n`);
      return 0;
    } else {
      process.stderr.write(`gilt compare: unknown option ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  const prog = args.slice(i);
  if (prog.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const configs: Config[] = [];
  if (intervals.length === 0) configs.push({ label: 'GIL on', flags: ['-X', 'gil=1'], gil: true });
  for (const s of intervals) {
    configs.push({ label: `GIL on ${+(s * 1e3).toFixed(3)} ms`, flags: ['-X', 'gil=1', '-X', `switchinterval=${s}`], gil: true });
  }
  configs.push({ label: 'GIL off', flags: ['-X', 'gil=0'], gil: false });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gilt-compare-'));
  const started = Date.now();
  const tty = !!process.stderr.isTTY;
  let current = '';
  let showing = false;
  const show = () => {
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    const line = `gilt compare: ${current} (${secs} s so far)`;
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
  // progress only once the comparison runs long; on a terminal it ticks every second
  const timer = setInterval(() => {
    if (!showing && Date.now() - started < 1000) return;
    if (!showing || tty) show();
    showing = true;
  }, 250);
  const outcomes: Outcome[] = [];
  try {
    for (let k = 0; k < configs.length; k++) {
      const config = configs[k];
      current = `run ${k + 1}/${configs.length}, ${config.label}`;
      if (showing && !tty) show();
      const file = path.join(dir, `run${k}.json`);
      const r = await runOnce(gilt, config, prog, file);
      if (r.code !== 0 || !fs.existsSync(file)) {
        if (tty && showing) process.stderr.write('\r\x1b[K');
        process.stderr.write(`gilt compare: ${prog[0]} failed (${config.label}, exit ${r.code}):\n${r.stderr}`);
        return 1;
      }
      outcomes.push({ config, wall: r.wall, figures: JSON.parse(fs.readFileSync(file, 'utf8')) });
    }
  } finally {
    clearInterval(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (tty && showing) process.stderr.write('\r\x1b[K');
  process.stdout.write(`gilt compare: ${prog.join(' ')}\n${table(outcomes)}`);
  return 0;
}
