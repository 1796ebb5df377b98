// Heap layouts of the observability layer (-X gilstats, -X giltrace): one trace block, allocated at start-up
// by the main worker only when one of the flags is given, and found by every worker through
// HeapHeader.Trace. Everything here lives in the shared heap because a Python thread moves between workers
// (a parked thread resumes on any carrier) and because the supervisor reads it at exit.

/** The trace block's header; the per-thread slots follow it. Word offsets from the block's data start. */
export const enum TraceHdr {
  Flags = 0, // TraceFlag bits
  SlotCount = 1, // number of ThreadSlot entries that follow the header
  RingCapacity = 2, // events the ring holds (0 without -X giltrace)
  RingCursor = 3, // events ever written (Atomics.add claims a slot; index = cursor % capacity)
  Ring = 4, // word address of the ring's first event (8-byte aligned), 0 without -X giltrace
  StartUs = 6, // float64: when the interpreter started, absolute µs (performance.timeOrigin + now)
  Slots = 8, // the first ThreadSlot
}

export const enum TraceFlag {
  Stats = 1, // -X gilstats (the counters and times are kept whenever the block exists)
  Trace = 2, // -X giltrace: events go to the ring too
}

/**
 * Figures for one Python thread, indexed by its internal ident (idents are handed out in order and never
 * reused). Only the thread itself writes its times, whichever worker it runs on; counters that other threads
 * bump (DropsReceived) use Atomics.
 */
export const enum ThreadSlot {
  Ident = 0, // the internal ident (0 = slot unused; slot 0 collects threads beyond SlotCount)
  Phase = 1, // ThreadPhase now
  Acquisitions = 2, // times the thread took the GIL
  DropsMade = 3, // drop requests this thread made as a waiter
  DropsReceived = 4, // drop requests made while this thread held the GIL
  ForcedSwitches = 5, // times this thread let go of the GIL because it was asked to
  NameBytes = 6, // length of Name in bytes (UTF-8), 0 = never named
  SinceUs = 8, // float64: when Phase began, absolute µs
  RunningUs = 10, // float64: total time holding the GIL, µs (the current phase not included)
  WaitingUs = 12, // float64: total time waiting for the GIL, µs
  BlockedUs = 14, // float64: total time outside the GIL not asked to wait (sleep, I/O, locks), µs
  FirstUs = 16, // float64: first event of this thread, absolute µs
  Name = 18, // NameMaxBytes bytes of UTF-8
  Hist = 34, // HistBuckets int32 counts: wait latency of each acquisition (bucketOf below)
  Words = 34 + 104,
}

export const NAME_MAX_BYTES = 64;
export const HIST_BUCKETS = 104;

/** What a thread is doing, as far as the GIL can tell. */
export const enum ThreadPhase {
  Unseen = 0,
  Running = 1, // holds the GIL
  Waiting = 2, // wants the GIL (including the wait after a forced switch)
  Blocked = 3, // released it itself: sleeping, doing I/O, waiting for a lock or a join, parked
  Ended = 4,
}

/** One ring event: 4 words. */
export const enum TraceEvent {
  TimeUs = 0, // float64, absolute µs
  Ident = 2, // internal ident of the thread
  Kind = 3, // EventKind
  Words = 4,
}

export const enum EventKind {
  // a thread entered a phase (the values of ThreadPhase)
  Running = 1,
  Waiting = 2,
  Blocked = 3,
  Ended = 4,
  // instants
  DropRequest = 5, // this thread (a waiter) asked the holder to drop the GIL
  ForcedSwitch = 6, // this thread (the holder) dropped the GIL because it was asked
}

/** Wait-latency histogram: bucket 0 is < 1 µs, then four per doubling: bucket b holds [2^((b-1)/4), 2^(b/4)) µs. */
export function bucketOf(us: number): number {
  if (us < 1) return 0;
  const b = 1 + Math.floor(Math.log2(us) * 4);
  return b < HIST_BUCKETS ? b : HIST_BUCKETS - 1;
}

/** A representative value of a bucket, in µs (its geometric middle). */
export function bucketValue(b: number): number {
  return b === 0 ? 0 : 2 ** ((b - 0.5) / 4);
}
