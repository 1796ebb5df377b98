// Reading the trace block: the figures of -X gilstats, gilt.gil_stats() and the JSON that gilt compare reads.
// Pure functions over views of the heap, so both a worker (with the GIL) and the supervisor (at exit, after
// the Python main thread is gone) can use them. Phases still open are counted up to `nowUs`, not closed.

import { pyIdent as pythonIdent } from '../threads/idents';
import { GilWord } from '../gil/gil';
import { HeapHeader } from '../heap/layout';
import { bucketValue, HIST_BUCKETS, ThreadPhase, ThreadSlot, TraceFlag, TraceHdr } from './layout';

/** Absolute time in µs, the same clock in every worker and the supervisor. */
export function nowUs(): number {
  return (performance.timeOrigin + performance.now()) * 1000;
}

export interface HeapViews {
  i32: Int32Array;
  f64: Float64Array;
  u8: Uint8Array;
}

export function viewsOf(sab: SharedArrayBuffer): HeapViews {
  return { i32: new Int32Array(sab), f64: new Float64Array(sab), u8: new Uint8Array(sab) };
}

/** Times in seconds. */
export interface ThreadFigures {
  name: string;
  ident: number; // as Python sees it (threading.get_ident())
  running: number;
  waiting: number;
  blocked: number;
  lifetime: number;
  acquisitions: number;
  contended: number; // acquisitions that had to wait
  drop_requests_made: number;
  drop_requests_received: number;
  forced_switches: number;
  wait_p50: number;
  wait_p99: number;
  alive: boolean;
}

export interface GilFigures {
  wall: number;
  gil_held: number; // seconds some thread held the GIL
  gil_held_share: number; // gil_held / wall
  switch_interval: number;
  gil_enabled: boolean;
  threads: ThreadFigures[];
  total: ThreadFigures;
}


export function traceBase(v: HeapViews): number {
  return Atomics.load(v.i32, HeapHeader.Trace);
}

export function tracing(v: HeapViews): boolean {
  const b = traceBase(v);
  return b !== 0 && (v.i32[b + TraceHdr.Flags] & TraceFlag.Trace) !== 0;
}

export function startUs(v: HeapViews): number {
  return v.f64[(traceBase(v) + TraceHdr.StartUs) >> 1];
}

/** The name a slot was given, or a default. */
export function slotName(v: HeapViews, s: number, ident: number, mainIdent: number): string {
  const n = v.i32[s + ThreadSlot.NameBytes];
  if (n > 0) return Buffer.from(v.u8.slice((s + ThreadSlot.Name) * 4, (s + ThreadSlot.Name) * 4 + n)).toString('utf8');
  return ident === mainIdent ? 'MainThread' : `<thread ${ident}>`;
}

function percentile(hist: number[], q: number): number {
  const n = hist.reduce((a, b) => a + b, 0);
  if (n === 0) return 0;
  const rank = Math.ceil(q * n);
  let seen = 0;
  for (let b = 0; b < hist.length; b++) {
    seen += hist[b];
    if (seen >= rank) return bucketValue(b) / 1e6;
  }
  return bucketValue(hist.length - 1) / 1e6;
}

/** All figures, or null when the interpreter runs without -X gilstats / -X giltrace. */
export function gilFigures(v: HeapViews, nowUs: number): GilFigures | null {
  const base = traceBase(v);
  if (base === 0) return null;
  const { i32, f64 } = v;
  const mainIdent = i32[HeapHeader.MainThreadId];
  const threads: ThreadFigures[] = [];
  const totalHist = new Array<number>(HIST_BUCKETS).fill(0);
  const count = i32[base + TraceHdr.SlotCount];
  for (let i = 0; i < count; i++) {
    const s = base + TraceHdr.Slots + i * ThreadSlot.Words;
    const ident = i32[s + ThreadSlot.Ident];
    if (i === 0 ? i32[s + ThreadSlot.Acquisitions] === 0 : ident === 0) continue;
    const phase = i32[s + ThreadSlot.Phase];
    const open = phase === ThreadPhase.Unseen || phase === ThreadPhase.Ended ? 0 : nowUs - f64[(s + ThreadSlot.SinceUs) >> 1];
    const us = (field: ThreadSlot, p: ThreadPhase) => f64[(s + field) >> 1] + (phase === p ? open : 0);
    const hist: number[] = [];
    for (let b = 0; b < HIST_BUCKETS; b++) {
      hist.push(i32[s + ThreadSlot.Hist + b]);
      totalHist[b] += hist[b];
    }
    const running = us(ThreadSlot.RunningUs, ThreadPhase.Running) / 1e6;
    const waiting = us(ThreadSlot.WaitingUs, ThreadPhase.Waiting) / 1e6;
    const blocked = us(ThreadSlot.BlockedUs, ThreadPhase.Blocked) / 1e6;
    threads.push({
      name: i === 0 ? '(other threads)' : slotName(v, s, ident, mainIdent),
      ident: i === 0 ? 0 : pythonIdent(ident),
      running, waiting, blocked, lifetime: running + waiting + blocked,
      acquisitions: i32[s + ThreadSlot.Acquisitions],
      contended: hist.reduce((a, b) => a + b, 0) - hist[0],
      drop_requests_made: i32[s + ThreadSlot.DropsMade],
      drop_requests_received: i32[s + ThreadSlot.DropsReceived],
      forced_switches: i32[s + ThreadSlot.ForcedSwitches],
      wait_p50: percentile(hist, 0.5),
      wait_p99: percentile(hist, 0.99),
      alive: phase !== ThreadPhase.Ended,
    });
  }
  const sum = (k: keyof ThreadFigures) => threads.reduce((a, t) => a + (t[k] as number), 0);
  const total: ThreadFigures = {
    name: 'total', ident: 0, running: sum('running'), waiting: sum('waiting'), blocked: sum('blocked'),
    lifetime: sum('lifetime'), acquisitions: sum('acquisitions'), contended: sum('contended'),
    drop_requests_made: sum('drop_requests_made'), drop_requests_received: sum('drop_requests_received'),
    forced_switches: sum('forced_switches'), wait_p50: percentile(totalHist, 0.5),
    wait_p99: percentile(totalHist, 0.99), alive: false,
  };
  const wall = (nowUs - f64[(base + TraceHdr.StartUs) >> 1]) / 1e6;
  return {
    wall, gil_held: total.running, gil_held_share: wall > 0 ? total.running / wall : 0,
    switch_interval: Atomics.load(i32, GilWord.IntervalMicros) / 1e6,
    gil_enabled: Atomics.load(i32, GilWord.Enabled) === 1,
    threads, total,
  };
}

// ---- the -X gilstats table ----------------------------------------------------------------------------

const secs = (x: number) => (x >= 100 ? x.toFixed(1) : x >= 10 ? x.toFixed(2) : x.toFixed(3));
const pct = (x: number, of: number) => (of > 0 ? `${Math.round((100 * x) / of)}%` : '-');
const ms = (x: number) => (x * 1e3 >= 100 ? (x * 1e3).toFixed(0) : (x * 1e3).toFixed(2));

/** The table printed on stderr at exit. */
export function formatGilTable(g: GilFigures): string {
  const head = [
    ['thread', 'l'], ['ident', 'r'], ['running s', 'r'], ['%', 'r'], ['waiting s', 'r'], ['%', 'r'],
    ['blocked s', 'r'], ['%', 'r'], ['acquired', 'r'], ['drop req', 'r'], ['drop rcvd', 'r'], ['forced', 'r'],
    ['wait p50 ms', 'r'], ['p99 ms', 'r'],
  ] as const;
  const row = (t: ThreadFigures) => [
    t.name.length > 24 ? `${t.name.slice(0, 23)}…` : t.name, t.ident === 0 ? '' : String(t.ident),
    secs(t.running), pct(t.running, t.lifetime), secs(t.waiting), pct(t.waiting, t.lifetime),
    secs(t.blocked), pct(t.blocked, t.lifetime), String(t.acquisitions), String(t.drop_requests_made),
    String(t.drop_requests_received), String(t.forced_switches), ms(t.wait_p50), ms(t.wait_p99),
  ];
  const rows = [head.map((h) => h[0]) as string[], ...g.threads.map(row), row(g.total)];
  const widths = head.map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((cell, c) => {
    const pad = ' '.repeat(widths[c] - [...cell].length);
    return head[c][1] === 'l' ? cell + pad : pad + cell;
  }).join('  ').trimEnd();
  const out = [
    `GIL statistics: wall ${secs(g.wall)} s, GIL held ${secs(g.gil_held)} s (${(100 * g.gil_held_share).toFixed(1)}% of wall), ` +
      `switch interval ${ms(g.switch_interval)} ms${g.gil_enabled ? '' : ', GIL disabled'}`,
    ...rows.slice(0, -1).map(line),
    '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)),
    line(rows[rows.length - 1]),
  ];
  return out.join('\n') + '\n';
}
