// gilt timeline TRACE.json -o out.svg|out.html: draws a -X giltrace file the way the classic GIL diagrams do:
// time across, one lane per thread, colour for running (holding the GIL), waiting for it, and blocked
// outside it (sleep, I/O, locks); ticks mark drop requests (above a lane) and forced switches (below it).
//
// A trace can hold hundreds of thousands of spans, far more than there are pixels, so each lane is cut into
// one-pixel columns and each column takes the colour of the phase that filled most of it; neighbouring
// columns of one colour make one rectangle (with a hover title giving its time and length). The HTML page
// embeds the same SVG with a legend and a table of each thread's totals.

import * as fs from 'node:fs';
import * as path from 'node:path';

interface Lane {
  tid: number;
  name: string;
  spans: { phase: Phase; ts: number; dur: number }[];
  drops: number[];
  forced: number[];
}

type Phase = 'running' | 'waiting' | 'blocked';
const PHASES: Record<string, Phase> = { running: 'running', 'waiting for the GIL': 'waiting', blocked: 'blocked' };
export const COLOURS: Record<Phase, string> = { running: '#2e9e44', waiting: '#e4572e', blocked: '#b9c6d8' };
const LABELS: Record<Phase, string> = {
  running: 'running (holds the GIL)', waiting: 'waiting for the GIL', blocked: 'blocked outside the GIL (sleep, I/O, locks)',
};

interface ChromeEventIn {
  name?: string;
  ph?: string;
  tid?: number;
  ts?: number;
  dur?: number;
  args?: { name?: string; sort_index?: number };
}

/** Read a Chrome trace written by -X giltrace (either the object form or a bare array of events). */
export function readTrace(text: string): { title: string; lanes: Lane[]; end: number } {
  const json = JSON.parse(text) as { traceEvents?: ChromeEventIn[] } | ChromeEventIn[];
  const events = Array.isArray(json) ? json : json.traceEvents ?? [];
  const lanes = new Map<number, Lane>();
  const order = new Map<number, number>();
  let title = 'gilt';
  let end = 0;
  const lane = (tid: number) => {
    let l = lanes.get(tid);
    if (l === undefined) {
      l = { tid, name: `thread ${tid}`, spans: [], drops: [], forced: [] };
      lanes.set(tid, l);
    }
    return l;
  };
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'process_name' && e.args?.name) title = e.args.name;
    else if (e.ph === 'M' && e.name === 'thread_name' && e.tid !== undefined) lane(e.tid).name = e.args?.name ?? lane(e.tid).name;
    else if (e.ph === 'M' && e.name === 'thread_sort_index' && e.tid !== undefined) order.set(e.tid, e.args?.sort_index ?? 0);
    else if (e.ph === 'X' && e.tid !== undefined && e.name !== undefined && e.name in PHASES) {
      const ts = e.ts ?? 0;
      const dur = e.dur ?? 0;
      lane(e.tid).spans.push({ phase: PHASES[e.name], ts, dur });
      end = Math.max(end, ts + dur);
    } else if (e.ph === 'i' && e.tid !== undefined) {
      if (e.name === 'drop request') lane(e.tid).drops.push(e.ts ?? 0);
      else if (e.name === 'forced switch') lane(e.tid).forced.push(e.ts ?? 0);
    }
  }
  const sorted = [...lanes.values()].filter((l) => l.spans.length > 0);
  sorted.sort((a, b) => (order.get(a.tid) ?? a.tid) - (order.get(b.tid) ?? b.tid));
  return { title, lanes: sorted, end };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmtMs = (us: number) => (us >= 10_000_000 ? `${(us / 1e6).toFixed(1)} s` : us >= 1000 ? `${(us / 1000).toFixed(us >= 100_000 ? 0 : 1)} ms` : `${us.toFixed(0)} µs`);

function tickLabel(t: number, step: number): string {
  if (t === 0) return '0';
  if (step >= 1e6) return `${+(t / 1e6).toFixed(3)} s`;
  if (step >= 1000) return `${+(t / 1000).toFixed(3)} ms`;
  return `${+t.toFixed(3)} µs`;
}

/** Round tick steps: 1, 2, 5 × 10^k µs, about eight across. */
function tickStep(totalUs: number): number {
  const raw = totalUs / 8;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export function renderSvg(trace: { title: string; lanes: Lane[]; end: number }, plotWidth = 1000): string {
  const labelW = 190;
  const laneH = 22;
  const gap = 8;
  const top = 44;
  const end = Math.max(trace.end, 1);
  const width = labelW + plotWidth + 20;
  const height = top + trace.lanes.length * (laneH + gap) + 40;
  const x = (us: number) => labelW + (us / end) * plotWidth;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${labelW}" y="16" font-size="13" font-weight="bold">${esc(trace.title)}</text>`);
  // time axis
  const step = tickStep(end);
  const axisY = top - 8;
  for (let t = 0; t <= end + 1e-9; t += step) {
    const tx = x(t).toFixed(1);
    out.push(`<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${height - 34}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${tx}" y="${axisY - 4}" text-anchor="middle" fill="#555">${tickLabel(t, step)}</text>`);
  }
  trace.lanes.forEach((lane, i) => {
    const y = top + i * (laneH + gap);
    out.push(`<g class="lane" data-tid="${lane.tid}">`);
    out.push(`<text x="${labelW - 8}" y="${y + laneH / 2 + 4}" text-anchor="end">${esc(lane.name.length > 26 ? lane.name.slice(0, 25) + '…' : lane.name)}<title>${esc(lane.name)} (ident ${lane.tid})</title></text>`);
    out.push(`<rect x="${labelW}" y="${y}" width="${plotWidth}" height="${laneH}" fill="#f7f7f7"/>`);
    // time per phase in each one-pixel column
    const cols = plotWidth;
    const fill: Record<Phase, Float64Array> = { running: new Float64Array(cols), waiting: new Float64Array(cols), blocked: new Float64Array(cols) };
    const colUs = end / cols;
    for (const s of lane.spans) {
      const a = s.ts;
      const b = s.ts + s.dur;
      const c0 = Math.min(cols - 1, Math.floor(a / colUs));
      const c1 = Math.min(cols - 1, Math.floor(b / colUs));
      for (let c = c0; c <= c1; c++) {
        const overlap = Math.min(b, (c + 1) * colUs) - Math.max(a, c * colUs);
        if (overlap > 0) fill[s.phase][c] += overlap;
      }
    }
    const dominant: (Phase | null)[] = [];
    for (let c = 0; c < cols; c++) {
      let best: Phase | null = null;
      let most = colUs * 0.02; // a column less than 2% filled stays empty (the thread did not exist yet)
      for (const p of ['running', 'waiting', 'blocked'] as Phase[]) {
        if (fill[p][c] > most) {
          most = fill[p][c];
          best = p;
        }
      }
      dominant.push(best);
    }
    for (let c = 0; c < cols;) {
      const p = dominant[c];
      let c2 = c + 1;
      while (c2 < cols && dominant[c2] === p) c2++;
      if (p !== null) {
        const t0 = c * colUs;
        const t1 = c2 * colUs;
        out.push(`<rect x="${(labelW + c).toFixed(0)}" y="${y}" width="${c2 - c}" height="${laneH}" fill="${COLOURS[p]}" class="${p}"><title>${esc(lane.name)}: ${p} ${fmtMs(t0)} – ${fmtMs(t1)} (${fmtMs(t1 - t0)})</title></rect>`);
      }
      c = c2;
    }
    // ticks: drop requests above the lane, forced switches below, at most one per column
    const ticks = (times: number[], y0: number, y1: number, colour: string) => {
      const cols2 = new Set(times.map((t) => Math.min(cols - 1, Math.floor(t / colUs))));
      if (cols2.size === 0) return;
      const d = [...cols2].map((c) => `M${labelW + c + 0.5} ${y0}V${y1}`).join('');
      out.push(`<path d="${d}" stroke="${colour}" stroke-width="1"/>`);
    };
    ticks(lane.drops, y - 3, y + 2, '#8b1a00');
    ticks(lane.forced, y + laneH - 2, y + laneH + 3, '#1f3c88');
    out.push('</g>');
  });
  // legend
  let lx = labelW;
  const ly = height - 16;
  for (const p of ['running', 'waiting', 'blocked'] as Phase[]) {
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${COLOURS[p]}"/>`);
    out.push(`<text x="${lx + 16}" y="${ly}">${esc(LABELS[p])}</text>`);
    lx += 16 + LABELS[p].length * 6.4 + 18;
  }
  out.push(`<path d="M${lx} ${ly - 10}V${ly - 4}" stroke="#8b1a00"/><text x="${lx + 5}" y="${ly}">drop request</text>`);
  lx += 100;
  out.push(`<path d="M${lx} ${ly - 4}V${ly + 2}" stroke="#1f3c88"/><text x="${lx + 5}" y="${ly}">forced switch</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

export function renderHtml(trace: { title: string; lanes: Lane[]; end: number }, plotWidth?: number): string {
  const rows = trace.lanes.map((l) => {
    const sum = (p: Phase) => l.spans.filter((s) => s.phase === p).reduce((a, s) => a + s.dur, 0);
    const [r, w, b] = [sum('running'), sum('waiting'), sum('blocked')];
    const life = r + w + b || 1;
    const cell = (v: number) => `<td>${fmtMs(v)}</td><td>${Math.round((100 * v) / life)}%</td>`;
    return `<tr><td>${esc(l.name)}</td><td>${l.tid}</td>${cell(r)}${cell(w)}${cell(b)}<td>${l.drops.length}</td><td>${l.forced.length}</td></tr>`;
  });
  const legend = (['running', 'waiting', 'blocked'] as Phase[])
    .map((p) => `<span><i style="background:${COLOURS[p]}"></i>${esc(LABELS[p])}</span>`).join(' ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GIL timeline — ${esc(trace.title)}</title>
<style>
body { font-family: sans-serif; margin: 1.5em; color: #222; }
.legend span { margin-right: 1.5em; } .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
table { border-collapse: collapse; margin-top: 1em; } td, th { padding: 2px 10px; text-align: right; } td:first-child, th:first-child { text-align: left; }
svg rect:hover { opacity: 0.75; }
</style></head><body>
<h1>GIL timeline</h1>
<p>${esc(trace.title)} — ${fmtMs(trace.end)}, ${trace.lanes.length} thread(s). Hover over a bar for its time.</p>
<p class="legend">${legend}</p>
${renderSvg(trace, plotWidth)}
<table><tr><th>thread</th><th>ident</th><th colspan="2">running</th><th colspan="2">waiting</th><th colspan="2">blocked</th><th>drop requests</th><th>forced switches</th></tr>
${rows.join('\n')}
</table>
</body></html>
`;
}

const TIMELINE_USAGE = 'usage: gilt timeline TRACE.json [-o OUT.svg|OUT.html] [--width PIXELS] [--from S] [--to S]';

/** Keep [from, to] µs of a trace, shifted to start at 0 (spans cut at the edges). */
export function window(trace: { title: string; lanes: Lane[]; end: number }, from: number, to: number) {
  const lanes = trace.lanes.map((l) => ({
    ...l,
    spans: l.spans.filter((s) => s.ts + s.dur > from && s.ts < to).map((s) => {
      const a = Math.max(s.ts, from);
      return { phase: s.phase, ts: a - from, dur: Math.min(s.ts + s.dur, to) - a };
    }),
    drops: l.drops.filter((t) => t >= from && t <= to).map((t) => t - from),
    forced: l.forced.filter((t) => t >= from && t <= to).map((t) => t - from),
  })).filter((l) => l.spans.length > 0);
  return { title: trace.title, lanes, end: Math.min(to, trace.end) - from };
}

/** The `gilt timeline` command; returns the exit code. */
export function timelineTool(args: string[]): number {
  let input: string | null = null;
  let output: string | null = null;
  let width = 1000;
  let from = 0;
  let to = Infinity;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') output = args[++i] ?? null;
    else if (a === '--from') from = Number(args[++i]) * 1e6;
    else if (a === '--to') to = Number(args[++i]) * 1e6;
    else if (a === '--width') width = Number(args[++i]);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${TIMELINE_USAGE}\nDraws a trace written by gilt -X giltrace=TRACE.json: one lane per thread` +
        ` (--from/--to: only that stretch, in seconds from the start).\n`);
      return 0;
    } else if (input === null && !a.startsWith('-')) input = a;
    else {
      process.stderr.write(`gilt timeline: unexpected argument ${a}\n${TIMELINE_USAGE}\n`);
      return 2;
    }
  }
  if (input === null || !(width >= 100) || !(from >= 0) || !(to > from)) {
    process.stderr.write(`${TIMELINE_USAGE}\n`);
    return 2;
  }
  output ??= input.replace(/\.json$/, '') + '.svg';
  let trace;
  try {
    trace = readTrace(fs.readFileSync(input, 'utf8'));
    if (from > 0 || to < Infinity) trace = window(trace, from, to);
  } catch (e) {
    process.stderr.write(`gilt timeline: cannot read ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const html = path.extname(output).toLowerCase() === '.html' || path.extname(output).toLowerCase() === '.htm';
  fs.writeFileSync(output, html ? renderHtml(trace, width) : renderSvg(trace, width));
  process.stderr.write(`gilt timeline: ${trace.lanes.length} thread(s), ${fmtMs(trace.end)} → ${output}\n`);
  return 0;
}
