// The recording side of -X gilstats / -X giltrace, run by every worker: a GilObserver (src/gil/gil.ts) that
// turns the GIL's events into per-thread phases, counters and wait latencies in the trace block, and, with
// -X giltrace, into events in the ring. When neither flag is given nothing here is installed and the GIL's
// observer stays null: the only cost left is the `observer !== null` tests in takeGil/dropGil.
//
// Phases: taking a free GIL → Running; finding it taken → Waiting until acquired; releasing it because a
// waiter asked (a forced switch) → Waiting, since the thread asks for it again at once; releasing it
// otherwise (releaseGilAround, parking) → Blocked. The end of a thread → Ended.

import { F64, I32, U8 } from '../heap/heap';
import { allocRaw } from '../heap/alloc';
import { Block, HeapHeader } from '../heap/layout';
import { GilObserver, GilWord, setGilObserver } from '../gil/gil';
import {
  bucketOf, EventKind, NAME_MAX_BYTES, ThreadPhase, ThreadSlot, TraceEvent, TraceFlag, TraceHdr,
} from './layout';
import { nowUs } from './stats';

/** Threads with their own slot; later ones share slot 0 (counted, not timed). */
const SLOT_COUNT = 2048;
/** Ring size with -X giltrace: 512 Ki events (8 MiB of heap, touched only as it fills). */
const RING_EVENTS = 1 << 19;


/** Base (data word address) of the trace block, 0 if observability is off. */
let base = 0;
let ring = 0;
let ringCapacity = 0;

/** Allocate the trace block (main worker, at start-up, before the main thread takes the GIL). */
export function startObservability(stats: boolean, trace: boolean): void {
  if (!stats && !trace) return;
  const words = TraceHdr.Slots + SLOT_COUNT * ThreadSlot.Words;
  const p = allocRaw(words) + Block.RawHeaderWords;
  I32.fill(0, p, p + words);
  I32[p + TraceHdr.Flags] = (stats ? TraceFlag.Stats : 0) | (trace ? TraceFlag.Trace : 0);
  I32[p + TraceHdr.SlotCount] = SLOT_COUNT;
  if (trace) {
    // raw block data starts at an even word: float64 fields are aligned
    I32[p + TraceHdr.Ring] = allocRaw(RING_EVENTS * TraceEvent.Words) + Block.RawHeaderWords;
    I32[p + TraceHdr.RingCapacity] = RING_EVENTS;
  }
  F64[(p + TraceHdr.StartUs) >> 1] = nowUs();
  Atomics.store(I32, HeapHeader.Trace, p);
  attachObservability();
}

/** Install the observer in this worker if the interpreter records (every worker calls this on attach). */
export function attachObservability(): void {
  base = Atomics.load(I32, HeapHeader.Trace);
  if (base === 0) return;
  ring = I32[base + TraceHdr.Ring];
  ringCapacity = I32[base + TraceHdr.RingCapacity];
  setGilObserver(recorder);
}

export function observing(): boolean {
  return base !== 0;
}

function slotOf(ident: number): number {
  const i = ident < SLOT_COUNT ? ident : 0;
  return base + TraceHdr.Slots + i * ThreadSlot.Words;
}

function record(t: number, ident: number, kind: EventKind): void {
  if (ringCapacity === 0) return;
  const n = Atomics.add(I32, base + TraceHdr.RingCursor, 1);
  const e = ring + (n % ringCapacity) * TraceEvent.Words;
  F64[(e + TraceEvent.TimeUs) >> 1] = t;
  I32[e + TraceEvent.Ident] = ident;
  I32[e + TraceEvent.Kind] = kind;
}

/** Move thread `ident` into phase `to`, adding the time spent in the phase it leaves. */
function enter(ident: number, to: ThreadPhase): number {
  const s = slotOf(ident);
  const t = nowUs();
  const from = I32[s + ThreadSlot.Phase];
  // a forced switch already counts as waiting when takeGil then finds the GIL taken
  if (from === to || (from === ThreadPhase.Ended && to !== ThreadPhase.Running)) return s;
  if (s !== base + TraceHdr.Slots) {
    if (from === ThreadPhase.Unseen) {
      I32[s + ThreadSlot.Ident] = ident;
      F64[(s + ThreadSlot.FirstUs) >> 1] = t;
    } else {
      const spent = t - F64[(s + ThreadSlot.SinceUs) >> 1];
      if (from === ThreadPhase.Running) F64[(s + ThreadSlot.RunningUs) >> 1] += spent;
      else if (from === ThreadPhase.Waiting) {
        F64[(s + ThreadSlot.WaitingUs) >> 1] += spent;
        if (to === ThreadPhase.Running) I32[s + ThreadSlot.Hist + bucketOf(spent)]++;
      } else if (from === ThreadPhase.Blocked) F64[(s + ThreadSlot.BlockedUs) >> 1] += spent;
    }
    if (to === ThreadPhase.Running && from !== ThreadPhase.Waiting) I32[s + ThreadSlot.Hist]++; // no wait
    I32[s + ThreadSlot.Phase] = to;
    F64[(s + ThreadSlot.SinceUs) >> 1] = t;
  }
  record(t, ident, to as number as EventKind);
  return s;
}

const recorder: GilObserver = {
  waitStart(ident) {
    if (ident > 0) enter(ident, ThreadPhase.Waiting);
  },
  acquired(ident) {
    if (ident <= 0) return;
    const s = enter(ident, ThreadPhase.Running);
    I32[s + ThreadSlot.Acquisitions]++;
  },
  released(ident, forced) {
    if (ident <= 0) return;
    const s = slotOf(ident);
    if (I32[s + ThreadSlot.Phase] === ThreadPhase.Ended) return;
    if (forced) {
      I32[s + ThreadSlot.ForcedSwitches]++;
      record(nowUs(), ident, EventKind.ForcedSwitch);
    }
    enter(ident, forced ? ThreadPhase.Waiting : ThreadPhase.Blocked);
  },
  dropRequested(ident) {
    // called with the GIL's mutex held, so the holder cannot change under us
    if (ident <= 0) return;
    Atomics.add(I32, slotOf(ident) + ThreadSlot.DropsMade, 1);
    const holder = Atomics.load(I32, GilWord.Holder);
    if (holder > 0) Atomics.add(I32, slotOf(holder) + ThreadSlot.DropsReceived, 1);
    record(nowUs(), ident, EventKind.DropRequest);
  },
  threadEnded(ident) {
    if (ident > 0) enter(ident, ThreadPhase.Ended);
  },
};

/** gilt's name for a thread (threading.Thread.name), kept for the report; no-op when not observing. */
export function setThreadName(ident: number, name: string): void {
  if (base === 0 || ident <= 0 || ident >= SLOT_COUNT) return;
  const s = slotOf(ident);
  const bytes = Buffer.from(name, 'utf8');
  let n = Math.min(bytes.length, NAME_MAX_BYTES);
  while (n > 0 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n--; // do not cut a character in two
  U8.set(bytes.subarray(0, n), (s + ThreadSlot.Name) * 4);
  I32[s + ThreadSlot.NameBytes] = n;
  if (I32[s + ThreadSlot.Ident] === 0) I32[s + ThreadSlot.Ident] = ident;
}
