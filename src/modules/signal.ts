// _signal: Python-level signal handlers (lib/signal.py wraps it with the Signals and Handlers enums).
//
// As in CPython, handlers run only in the main thread, between bytecodes: a signal that arrives — Ctrl-C,
// which the supervisor receives and records in HeapHeader.PendingSignals (src/vm/signals.ts), or one made by
// raise_signal / _thread.interrupt_main — sets a bit there and the eval-breaker bit, and the main thread calls
// the handler at its next check. The handlers are kept in a list in the module's dict (`_handlers`, indexed
// by signal number), so every worker sees the same table and the references are counted in the heap.
//
// Only SIGINT comes from the operating system (the supervisor listens for it); the other signals reach
// Python handlers through raise_signal. SIG_DFL means the operating system's default action: for a signal
// that terminates, the process ends by that signal.

import { parentPort } from 'node:worker_threads';
import { I32 } from '../heap/heap';
import { EvalBreakerBit, HeapHeader, ThreadsWord } from '../heap/layout';
import { decref, NativeFn, newref, raise, Ref, S, T } from '../objects/core';
import { call, index, isCallable, richCompareBool } from '../objects/abstract';
import { CompareOp } from '../objects/typespec';
import { intToSafe, newInt } from '../objects/int';
import { intern, newStr } from '../objects/str';
import { listItem, listSetItemSteal, newList } from '../objects/list';
import { dictGetStr, isDict } from '../objects/dict';
import { newSet, setAdd } from '../objects/set';
import { moduleDict, setModuleAttrSteal } from '../objects/module';
import { vmHooks } from '../vm/hooks';
import { ThreadState, ts } from '../vm/thread_state';
import { signalDispatch } from '../vm/signals';
import { flushAll } from './stdio';
import { osError } from './errno';
import { defineModule } from './registry';

export const NSIG = 65;
const SIGINT = 2;
const SIG_DFL = 0;
const SIG_IGN = 1;

/** Linux's signal numbers (aliases after the name they alias). */
const SIGNALS: Array<[string, number]> = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
  ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16], ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29],
  ['SIGPWR', 30], ['SIGSYS', 31], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
];

/** strsignal() texts (glibc's), by signal number; real-time signals are computed. */
const DESCRIPTIONS = [
  '', 'Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap', 'Aborted', 'Bus error',
  'Floating point exception', 'Killed', 'User defined signal 1', 'Segmentation fault', 'User defined signal 2',
  'Broken pipe', 'Alarm clock', 'Terminated', 'Stack fault', 'Child exited', 'Continued', 'Stopped (signal)',
  'Stopped', 'Stopped (tty input)', 'Stopped (tty output)', 'Urgent I/O condition', 'CPU time limit exceeded',
  'File size limit exceeded', 'Virtual timer expired', 'Profiling timer expired', 'Window changed',
  'I/O possible', 'Power failure', 'Bad system call',
];

/** Signals whose default action is to do nothing (the others end the process; stop signals are ignored here). */
const DEFAULT_IGNORED = new Set([17, 18, 19, 20, 21, 22, 23, 28]);

/** 32 and 33 belong to the C library's threads. */
function isValid(signum: number): boolean {
  return signum >= 1 && signum < NSIG && signum !== 32 && signum !== 33;
}

function signumArg(r: Ref): number {
  const i = index(r);
  const n = intToSafe(i);
  decref(i);
  if (n === null || n < 1 || n >= NSIG) throw raise(T.ValueError, 'signal number out of range');
  return n;
}

function isMainThread(): boolean {
  return ts.ident === I32[HeapHeader.MainThreadId] || I32[HeapHeader.MainThreadId] === 0;
}

/** The handler table of the imported _signal module, or 0 when it was not imported. */
function handlerTable(): Ref {
  const m = dictGetStr(S.modules, intern('_signal'));
  if (m === 0) return 0;
  const d = moduleDict(m);
  if (!isDict(d)) return 0;
  return dictGetStr(d, intern('_handlers'));
}

function handlerOf(m: Ref, signum: number): Ref {
  return listItem(dictGetStr(moduleDict(m), intern('_handlers')), signum);
}

/** Is this handler SIG_DFL or SIG_IGN (compared with ==, so the Handlers enum members count)? */
function isNumber(handler: Ref, n: number): boolean {
  return handler === ((n << 1) | 1) || (!isCallable(handler) && richCompareBool(handler, (n << 1) | 1, CompareOp.Eq));
}

/** Mark signum pending for the main thread (the eval breaker brings it to a handler). */
export function tripSignal(signum: number): void {
  if (signum >= 32) return; // PendingSignals has one bit per signal below 32
  Atomics.or(I32, HeapHeader.PendingSignals, 1 << signum);
  Atomics.or(I32, HeapHeader.EvalBreaker, EvalBreakerBit.Signals);
  Atomics.notify(I32, HeapHeader.EvalBreaker);
  const w = Atomics.load(I32, ThreadsWord.MainWaitAddr);
  if (w !== 0) Atomics.notify(I32, w, Infinity);
}

/** The operating system's default action for signum: end the process by that signal (or nothing). */
function defaultAction(signum: number): void {
  if (DEFAULT_IGNORED.has(signum)) return;
  flushAll();
  const name = SIGNALS.find(([, n]) => n === signum)?.[0];
  if (parentPort === null || name === undefined) process.exit(128 + signum);
  parentPort.postMessage({ t: 'exit', code: 128 + signum, signal: name });
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/**
 * Run the Python handler of signum in the main thread (t). With no _signal module imported, SIGINT raises
 * KeyboardInterrupt as default_int_handler would.
 */
export function runHandler(t: ThreadState, signum: number): void {
  const table = handlerTable();
  if (table === 0) {
    if (signum === SIGINT) throw raise(T.KeyboardInterrupt);
    return;
  }
  const handler = newref(listItem(table, signum));
  try {
    if (handler === S.None || isNumber(handler, SIG_IGN)) return;
    if (isNumber(handler, SIG_DFL)) {
      defaultAction(signum);
      return;
    }
    const frame = t.frame === 0 ? newref(S.None) : vmHooks.frameObjectFor(t.frame);
    const num = newInt(signum);
    try {
      decref(call(handler, [num, frame], null));
    } finally {
      decref(frame);
    }
  } finally {
    decref(handler);
  }
}

signalDispatch.run = runHandler;
signalDispatch.interruptMain = interruptMain;

/** _thread.interrupt_main(signum): as if signum arrived, unless its handler is SIG_DFL or SIG_IGN. */
export function interruptMain(signumRef: Ref): void {
  const signum = signumArg(signumRef);
  const table = handlerTable();
  if (table !== 0) {
    const h = listItem(table, signum);
    if (h === S.None || isNumber(h, SIG_DFL) || isNumber(h, SIG_IGN)) return;
  } else if (signum !== SIGINT) {
    return;
  }
  tripSignal(signum);
}

function mainOnly(what: string): void {
  if (!isMainThread()) throw raise(T.ValueError, `${what} only works in main thread of the main interpreter`);
}

let wakeupFd = -1;

const signalFn: NativeFn = (m, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `signal expected 2 arguments, got ${args.length}`);
  const signum = signumArg(args[0]);
  const handler = args[1];
  mainOnly('signal');
  if (!isCallable(handler) && !isNumber(handler, SIG_IGN) && !isNumber(handler, SIG_DFL)) {
    throw raise(T.TypeError, 'signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  }
  if (!isValid(signum) || signum === 9 || signum === 19) throw osError(22);
  const table = dictGetStr(moduleDict(m), intern('_handlers'));
  const old = newref(listItem(table, signum));
  listSetItemSteal(table, signum, newref(handler));
  return old;
};

export const signalDef = defineModule('_signal', {
  gilSafe: true, // handlers live in a heap list (locked operations), pending signals in an atomic word
  functions: {
    signal: signalFn,
    getsignal: (m, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `getsignal expected 1 argument, got ${args.length}`);
      return newref(handlerOf(m, signumArg(args[0])));
    },
    raise_signal: (_m, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `raise_signal expected 1 argument, got ${args.length}`);
      // any number goes to the C library's raise(), which refuses the invalid ones
      const i = index(args[0]);
      const signum = intToSafe(i) ?? -1;
      decref(i);
      if (signum === 32 || signum === 33) return S.None; // the C library's own, handled there
      if (!isValid(signum)) throw osError(22);
      const table = handlerTable();
      const h = table === 0 ? 0 : listItem(table, signum);
      if (h !== 0 && (h === S.None || isNumber(h, SIG_IGN))) return S.None;
      if (h === 0 || isNumber(h, SIG_DFL)) {
        if (h === 0 && signum === SIGINT) throw raise(T.KeyboardInterrupt);
        defaultAction(signum);
        return S.None;
      }
      // as CPython, the main thread runs the handler before raise_signal returns; another thread leaves it
      // to the main thread
      if (isMainThread()) runHandler(ts, signum);
      else tripSignal(signum);
      return S.None;
    },
    default_int_handler: () => {
      throw raise(T.KeyboardInterrupt);
    },
    strsignal: (_m, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `strsignal expected 1 argument, got ${args.length}`);
      const signum = signumArg(args[0]);
      if (signum < DESCRIPTIONS.length) return newStr(DESCRIPTIONS[signum]);
      if (signum >= 34) return newStr(`Real-time signal ${signum - 34}`);
      return newStr(`Unknown signal ${signum}`);
    },
    valid_signals: () => {
      const s = newSet();
      for (let i = 1; i < NSIG; i++) {
        if (isValid(i)) setAdd(s, newInt(i));
      }
      return s;
    },
    set_wakeup_fd: (_m, args) => {
      if (args.length < 1) throw raise(T.TypeError, `set_wakeup_fd() missing required argument 'fd' (pos 1)`);
      const fd = index(args[0]);
      const n = intToSafe(fd) ?? -1;
      decref(fd);
      mainOnly('set_wakeup_fd');
      const old = wakeupFd;
      wakeupFd = n;
      return newInt(old);
    },
    siginterrupt: (_m, args) => {
      if (args.length !== 2) throw raise(T.TypeError, `siginterrupt expected 2 arguments, got ${args.length}`);
      const signum = signumArg(args[0]);
      if (!isValid(signum)) throw osError(22);
      return S.None;
    },
  },
  init(m) {
    const set = (k: string, v: Ref) => setModuleAttrSteal(m, k, v);
    set('NSIG', newInt(NSIG));
    set('SIG_DFL', newInt(SIG_DFL));
    set('SIG_IGN', newInt(SIG_IGN));
    set('SIG_BLOCK', newInt(0));
    set('SIG_UNBLOCK', newInt(1));
    set('SIG_SETMASK', newInt(2));
    set('ITIMER_REAL', newInt(0));
    set('ITIMER_VIRTUAL', newInt(1));
    set('ITIMER_PROF', newInt(2));
    for (const [name, n] of SIGNALS) set(name, newInt(n));
    // the handlers at start: SIGINT raises KeyboardInterrupt; Python ignores SIGPIPE and SIGXFSZ
    const intHandler = newref(dictGetStr(moduleDict(m), intern('default_int_handler')));
    const table = newList(NSIG);
    for (let i = 0; i < NSIG; i++) {
      const h = !isValid(i) ? newref(S.None) : i === SIGINT ? newref(intHandler) : newInt(i === 13 || i === 25 ? SIG_IGN : SIG_DFL);
      listSetItemSteal(table, i, h);
    }
    decref(intHandler);
    set('_handlers', table);
  },
});
