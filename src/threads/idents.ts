// Thread idents as Python sees them look like CPython's (pthread_t values: large, distinct); inside, a
// thread is a small int32 (ThreadState.ident) that heap words can hold. Shared by _thread and the GIL
// statistics, which the supervisor prints.

const IDENT_BASE = 139_900_000_000_000;
const IDENT_STEP = 4096;

export function pyIdent(ident: number): number {
  return IDENT_BASE + ident * IDENT_STEP;
}

/** The internal ident of a Python ident, or -1 if it is not one of ours. */
export function fromPyIdent(v: number): number {
  const i = (v - IDENT_BASE) / IDENT_STEP;
  return Number.isInteger(i) ? i : -1;
}
