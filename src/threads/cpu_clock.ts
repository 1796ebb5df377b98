// The CPU time of the worker (OS thread) running this code, for time.thread_time().
//
// A Python thread's CPU time is its carrier's CPU time while it ran there: the carrier notes the clock when
// the thread starts or resumes (ThreadState.cpuMark) and adds what passed to the thread's total when it parks.
// Node 20 has no per-thread CPU clock; Linux gives one in /proc/thread-self/schedstat (first field:
// nanoseconds on a CPU). The file is opened once per worker, since the path names the thread that opens it,
// and read with pread (~4 µs). Elsewhere the process's CPU time stands in.

import * as fs from 'node:fs';

let fd = -2; // -2: not opened yet, -1: not available
const buf = Buffer.alloc(64);

/** Nanoseconds this worker has spent on a CPU. */
export function workerCpuNs(): number {
  if (fd === -2) {
    try {
      fd = fs.openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      fd = -1;
    }
  }
  if (fd >= 0) {
    try {
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const end = buf.indexOf(32);
      const ns = Number(buf.toString('latin1', 0, end > 0 && end < n ? end : n));
      if (Number.isFinite(ns)) return ns;
    } catch {
      // fall through to the process clock
    }
  }
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}
