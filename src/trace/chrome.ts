// -X giltrace=FILE: the ring of GIL events as Chrome's Trace Event JSON (loads in Perfetto and
// chrome://tracing). Phases become complete ("X") events, so every span is closed by construction: a phase
// runs from its event to the thread's next phase event, and phases still open at exit end at exit.
// Drop requests and forced switches are thread-scoped instant ("i") events; thread names are metadata.

import { EventKind, ThreadSlot, TraceEvent, TraceHdr } from './layout';
import { HeapViews, slotName, startUs, traceBase } from './stats';
import { pyIdent as pythonIdent } from '../threads/idents';
import { HeapHeader } from '../heap/layout';

export const PHASE_NAMES: Record<number, string> = {
  [EventKind.Running]: 'running',
  [EventKind.Waiting]: 'waiting for the GIL',
  [EventKind.Blocked]: 'blocked',
};
const INSTANT_NAMES: Record<number, string> = {
  [EventKind.DropRequest]: 'drop request',
  [EventKind.ForcedSwitch]: 'forced switch',
};

export interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  s?: 't';
  cat?: string;
  args?: Record<string, unknown>;
}

/** The trace as a JSON-ready object; `label` names the process (the program's command line). */
export function chromeTrace(v: HeapViews, endUs: number, label: string): { traceEvents: ChromeEvent[]; [k: string]: unknown } {
  const base = traceBase(v);
  const { i32, f64 } = v;
  const t0 = startUs(v);
  const capacity = i32[base + TraceHdr.RingCapacity];
  const written = Atomics.load(i32, base + TraceHdr.RingCursor);
  const first = Math.max(0, written - capacity);
  const ring = i32[base + TraceHdr.Ring];
  const events: { t: number; ident: number; kind: number }[] = [];
  for (let n = first; n < written; n++) {
    const e = ring + (n % capacity) * TraceEvent.Words;
    events.push({ t: f64[(e + TraceEvent.TimeUs) >> 1], ident: i32[e + TraceEvent.Ident], kind: i32[e + TraceEvent.Kind] });
  }
  // writers on different workers claim slots in nearly, not exactly, time order
  events.sort((a, b) => a.t - b.t);
  const rel = (t: number) => Math.round((t - t0) * 1000) / 1000;
  const out: ChromeEvent[] = [{ name: 'process_name', ph: 'M', pid: 1, tid: 0, args: { name: label } }];
  const open = new Map<number, { kind: number; t: number }>();
  const mainIdent = i32[HeapHeader.MainThreadId];
  const close = (ident: number, t: number) => {
    const o = open.get(ident);
    if (o === undefined) return;
    open.delete(ident);
    out.push({ name: PHASE_NAMES[o.kind], cat: 'gil', ph: 'X', pid: 1, tid: pythonIdent(ident), ts: rel(o.t), dur: Math.max(0, rel(t) - rel(o.t)) });
  };
  const seen = new Set<number>();
  for (const e of events) {
    seen.add(e.ident);
    if (e.kind in INSTANT_NAMES) {
      out.push({ name: INSTANT_NAMES[e.kind], cat: 'gil', ph: 'i', s: 't', pid: 1, tid: pythonIdent(e.ident), ts: rel(e.t) });
      continue;
    }
    close(e.ident, e.t);
    if (e.kind !== EventKind.Ended) open.set(e.ident, { kind: e.kind, t: e.t });
  }
  for (const ident of [...open.keys()]) close(ident, Math.max(endUs, open.get(ident)!.t));
  const slots = i32[base + TraceHdr.SlotCount];
  for (const ident of [...seen].sort((a, b) => a - b)) {
    const s = base + TraceHdr.Slots + (ident < slots ? ident : 0) * ThreadSlot.Words;
    const name = ident < slots ? slotName(v, s, ident, mainIdent) : `<thread ${ident}>`;
    out.push({ name: 'thread_name', ph: 'M', pid: 1, tid: pythonIdent(ident), args: { name } });
    out.push({ name: 'thread_sort_index', ph: 'M', pid: 1, tid: pythonIdent(ident), args: { sort_index: ident } });
  }
  return {
    traceEvents: out,
    displayTimeUnit: 'ms',
    otherData: { generator: 'gilt -X giltrace', events: written, dropped: first, start_us: t0 },
  };
}
