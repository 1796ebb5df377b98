// An interpreter: one heap, its builtin types, sys and builtins, and the __main__ module. Created by the
// worker that runs the Python main thread (src/cli/worker.ts).

import * as path from 'node:path';
import * as fs from 'node:fs';
import { I32, bindHeap } from '../heap/heap';
import { ExcObj, HeapHeader, ThreadsWord } from '../heap/layout';
import { gilEnabled, gilHeldHere, gilHolder, initGil, takeGil, yieldGil } from '../gil/gil';
import { ftAttachedHere, initFreeThreading, reclaim } from '../gil/ft';
import { allocRaw, setHeapOwnershipCheck } from '../heap/alloc';
import { beforeGilRelease } from '../gil/blocking';
import { vmHooks } from './hooks';
import { attachObservability, startObservability } from '../trace/recorder';
import { releaseMainSentinels } from '../modules/thread';
import { decref, newref, PyErr, Ref, S, T, typeOf } from '../objects/core';
import { lookupCodec } from '../objects/codecs';
import '../objects/index';
import { attachHeap, bootstrapHeap, publishSingletons } from '../objects/bootstrap';
import { newDict, dictSetItem, dictGetStr } from '../objects/dict';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { listFrom, listAppend } from '../objects/list';
import { newModule, moduleDict, setModuleAttrSteal } from '../objects/module';
import { newCode } from '../objects/code';
import { getAttrOrNull, isInstanceOfType, strJs, call, N, reprJs } from '../objects/abstract';
import { isInt, intToSafe } from '../objects/int';
import { ThreadState, setCurrentThread, ts } from './thread_state';
import { runCode } from './functions';
import { formatException } from './traceback';
import { syntaxErrorToPy } from './errors';
import { compileSource } from '../compiler/compile';
import { initRunQueue } from '../threads/run_queue';
import { createBuiltins } from '../modules/builtins';
import { sysDef } from '../modules/sys';
import { sysState } from '../modules/sys_state';
import { flushAll, writeFd, readLineFd0, stdioOptions } from '../modules/stdio';
import { importModule } from './import';
import './generators';
import './finalize';
import './vm_hooks_extra';
import './signals';
import './free_threading';
import './finalize';
import '../modules/index';

export interface RunOptions {
  heap: SharedArrayBuffer;
  /** what to run */
  mode: 'file' | 'command' | 'module' | 'stdin' | 'repl';
  target: string; // file path, command text, or module name
  argv: string[]; // sys.argv
  unbuffered: boolean;
  xoptions: Record<string, string | true>;
  inspect: boolean;
  libDir: string;
  executable: string;
  stdinIsTTY: boolean;
  /** -X gil=0 / PYTHON_GIL=0: no GIL (this worker was built with __GILT_FT__) */
  freeThreaded: boolean;
  /** -X unsafe_refcounts: free-threaded without the atomic refcounts and locks (teaching only) */
  unsafeRefcounts: boolean;
}

/** Build the interpreter's objects in a fresh heap. */
export function createInterpreter(opts: RunOptions): void {
  bindHeap(opts.heap);
  bootstrapHeap();
  I32[ThreadsWord.RecursionLimit] = 1000;
  I32[ThreadsWord.NextIdent] = 1;
  const t = new ThreadState(1);
  setCurrentThread(t);
  I32[HeapHeader.MainThreadId] = t.ident;
  startObservability('gilstats' in opts.xoptions, typeof opts.xoptions.giltrace === 'string');
  // the main thread holds the GIL from the start; it drops it when asked (eval breaker) or when it blocks
  if (opts.freeThreaded && !__GILT_FT__) throw new Error('free-threaded mode needs dist/worker-ft.js');
  initGil(I32, switchIntervalOption(opts.xoptions), !opts.freeThreaded);
  if (__GILT_FT__) initFreeThreading(opts.unsafeRefcounts, allocRaw);
  initRunQueue(allocRaw);
  takeGil(I32, t.ident);
  setWorkerSettings(opts);
  S.modules = newDict();
  createBuiltins();
  dictSetItem(S.modules, intern('builtins'), S.builtinsModule);
  const sys = sysDef.create();
  S.sysModule = sys;
  dictSetItem(S.modules, intern('sys'), sys);
  publishSingletons();
  // sys.argv and sys.path
  const argv = listFrom([]);
  for (const a of opts.argv) {
    const s = newStr(a);
    listAppend(argv, s);
    decref(s);
  }
  setModuleAttrSteal(sys, 'argv', argv);
  const sysPath = dictGetStr(moduleDict(sys), intern('path'));
  const addPath = (p: string) => {
    const s = newStr(p);
    listAppend(sysPath, s);
    decref(s);
  };
  if (opts.mode === 'file') addPath(path.dirname(path.resolve(opts.target)));
  else addPath(opts.mode === 'module' ? process.cwd() : '');
  for (const p of (process.env.PYTHONPATH ?? '').split(path.delimiter)) if (p) addPath(p);
  addPath(opts.libDir);
  const xo = dictGetStr(moduleDict(sys), intern('_xoptions'));
  for (const [k, v] of Object.entries(opts.xoptions)) {
    const val = v === true ? newref(S.True) : newStr(v);
    dictSetItem(xo, intern(k), val);
    decref(val);
  }
  // carriers may attach from now on (the supervisor may have booted one already: src/threads/pool.ts)
  Atomics.store(I32, HeapHeader.InterpreterReady, 1);
  Atomics.notify(I32, HeapHeader.InterpreterReady);
}

/** Settings every worker keeps for itself (the heap holds the rest). */
function setWorkerSettings(opts: RunOptions): void {
  if (process.env.GILT_HEAPCHECK) {
    setHeapOwnershipCheck(() => {
      if (gilEnabled(I32) && !gilHeldHere(I32)) {
        throw new Error(`heapcheck: the heap was touched without the GIL (holder ${gilHolder(I32)})`);
      }
      if (__GILT_FT__ && !ftAttachedHere()) throw new Error('heapcheck: the heap was touched by a detached worker');
    });
  }
  sysState.executable = opts.executable;
  sysState.prefix = path.dirname(opts.libDir);
  stdioOptions.unbuffered = opts.unbuffered;
}

/** A carrier worker joins the interpreter another worker created (src/threads/carrier.ts). */
export function attachInterpreter(opts: RunOptions): void {
  bindHeap(opts.heap);
  attachHeap();
  setWorkerSettings(opts);
  attachObservability();
}

/** -X switchinterval=SECONDS: the starting switch interval (gilt compare --intervals uses it). */
function switchIntervalOption(xoptions: Record<string, string | true>): number {
  const v = Number(xoptions.switchinterval);
  return typeof xoptions.switchinterval === 'string' && v > 0 && Number.isFinite(v) ? v : 0.005;
}

// The GIL holder saw a drop request at an eval-breaker check: let the waiter run, then go on.
vmHooks.dropGil = (t) => {
  beforeGilRelease();
  yieldGil(I32, t.ident);
};


function newMainModule(file: string | null): Ref {
  const m = newModule('__main__');
  const d = moduleDict(m);
  dictSetItem(d, N.__builtins__, S.builtinsModule);
  if (file !== null) {
    const f = newStr(file);
    dictSetItem(d, N.__file__, f);
    decref(f);
  }
  dictSetItem(S.modules, intern('__main__'), m);
  return m;
}

/** Run source as __main__. Returns the process exit code. */
function runSource(source: string, filename: string, mainFile: string | null): number {
  const m = newMainModule(mainFile);
  const d = moduleDict(m);
  try {
    let unit;
    try {
      unit = compileSource(source, filename, 'exec');
    } catch (e) {
      throw syntaxErrorToPy(e);
    }
    const code = newCode(unit);
    try {
      decref(runCode(code, d, d));
    } finally {
      decref(code);
    }
    return 0;
  } catch (e) {
    return handleUncaught(e);
  } finally {
    decref(m);
  }
}

/** Print an uncaught exception (or honour SystemExit) and return the exit code. */
export function handleUncaught(e: unknown): number {
  if (!(e instanceof PyErr)) {
    const exc = (syntaxErrorToPy(e) instanceof PyErr) ? (syntaxErrorToPy(e) as PyErr).exc : 0;
    if (exc === 0) {
      if (process.env.GILT_DEBUG) throw e;
      flushAll();
      writeFd(2, `Fatal Python error: gilt internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    return handleUncaught(new PyErr(exc));
  }
  const exc = e.exc;
  try {
    if (isInstanceOfType(exc, T.SystemExit)) return systemExitCode(exc);
    printException(exc);
    if (isInstanceOfType(exc, T.KeyboardInterrupt)) return 130;
    return 1;
  } finally {
    decref(exc);
  }
}

function systemExitCode(exc: Ref): number {
  const code = getAttrOrNull(exc, intern('code'));
  try {
    if (code === 0 || code === S.None) return 0;
    if (isInt(code)) {
      const v = intToSafe(code);
      return v === null ? 1 : v & 0xff;
    }
    flushAll();
    writeFd(2, strJs(code) + '\n');
    return 1;
  } finally {
    decref(code);
  }
}

/** sys.excepthook(type, value, tb), falling back to the builtin printer. */
export function printException(exc: Ref): void {
  flushAll();
  const hook = dictGetStr(moduleDict(S.sysModule), intern('excepthook'));
  const builtinHook = dictGetStr(moduleDict(S.sysModule), intern('__excepthook__'));
  if (hook !== 0 && hook !== builtinHook) {
    try {
      decref(call(hook, [typeOf(exc), exc, I32[exc + ExcObj.Traceback] || S.None], null));
      return;
    } catch (e2) {
      if (e2 instanceof PyErr) {
        writeFd(2, 'Error in sys.excepthook:\n' + formatException(e2.exc) + '\nOriginal exception was:\n');
        decref(e2.exc);
      }
    }
  }
  writeFd(2, formatException(exc));
}

/** The encoding a PEP 263 declaration in the first two lines names, or null. */
function codingCookie(source: string): string | null {
  const lines = source.split('\n', 2);
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(lines[i]);
    if (m) return m[1];
    // the second line counts only after a blank or comment line
    if (!/^[ \t\f]*(#.*)?\r?$/.test(lines[i])) break;
  }
  return null;
}

function knownCodec(name: string): boolean {
  try {
    lookupCodec(name);
    return true;
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    return false;
  }
}

/** Run what the command line asked for; returns the exit code. */
export function runMain(opts: RunOptions): number {
  let code: number;
  switch (opts.mode) {
    case 'file': {
      let source: string;
      try {
        source = fs.readFileSync(opts.target, 'utf8');
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        const why = e.code === 'ENOENT' ? '[Errno 2] No such file or directory'
          : e.code === 'EISDIR' ? '[Errno 21] Is a directory' : `[Errno ${e.errno ?? 0}] ${e.message}`;
        writeFd(2, `${opts.executable.endsWith('gilt') ? 'gilt' : opts.executable}: can't open file '${path.resolve(opts.target)}': ${why}\n`);
        return 2;
      }
      const abs = path.resolve(opts.target);
      const cookie = codingCookie(source);
      if (cookie !== null && !knownCodec(cookie)) {
        // CPython reports this before anything runs, without a traceback (bad_coding_cookie)
        writeFd(2, `SyntaxError: encoding problem: ${cookie}\n`);
        return 1;
      }
      code = runSource(source, abs, abs);
      break;
    }
    case 'command':
      code = runSource(opts.target, '<string>', null);
      break;
    case 'stdin': {
      let src = '';
      for (;;) {
        const l = readLineFd0();
        if (l === '') break;
        src += l;
      }
      code = runSource(src, '<stdin>', null);
      break;
    }
    case 'module':
      code = runModuleAsMain(opts.target);
      break;
    case 'repl':
      code = runRepl(opts);
      break;
  }
  if (opts.inspect && opts.mode !== 'repl') code = runRepl(opts);
  return code;
}

function runModuleAsMain(name: string): number {
  // find the module's file, then run it as __main__
  const { findModuleFile } = importExtra;
  let file: string | null;
  try {
    file = findModuleFile(name);
  } catch (e) {
    return handleUncaught(e);
  }
  if (file === null) {
    flushAll();
    writeFd(2, `${process.argv0 || 'gilt'}: No module named ${name}\n`);
    return 1;
  }
  const sysArgv = dictGetStr(moduleDict(S.sysModule), intern('argv'));
  const f = newStr(file);
  const { listSetItemSteal } = listMod;
  listSetItemSteal(sysArgv, 0, f);
  return runSource(fs.readFileSync(file, 'utf8'), file, file);
}
import * as importExtra from './import_extra';
import * as listMod from '../objects/list';

/** The interactive prompt. */
function runRepl(opts: RunOptions): number {
  const m = dictGetStr(S.modules, intern('__main__')) || newMainModule(null);
  const d = moduleDict(m);
  const prompts = opts.stdinIsTTY || opts.inspect;
  if (prompts) {
    writeFd(2, `Python 3.11.7 (gilt, Node.js ${process.versions.node}) on ${process.platform}\nType "help", "copyright", "credits" or "license" for more information.\n`);
  }
  let n = 0;
  for (;;) {
    if (prompts) {
      writeFd(2, '>>> ');
      flushAll();
    }
    let line = readLineFd0();
    if (line === '') {
      if (prompts) writeFd(2, '\n');
      flushAll();
      return 0;
    }
    let src = line;
    // gather a compound statement until a blank line
    for (;;) {
      const status = replStatus(src);
      if (status !== 'incomplete') break;
      if (prompts) {
        writeFd(2, '... ');
        flushAll();
      }
      line = readLineFd0();
      if (line === '') break;
      src += line;
      if (line.trim() === '' && status === 'incomplete') {
        if (replStatus(src) !== 'incomplete' || !/\n\s*\n$/.test(src)) continue;
        break;
      }
    }
    const filename = '<stdin>';
    n++;
    try {
      let unit;
      try {
        unit = compileSource(src, filename, 'single');
      } catch (e) {
        throw syntaxErrorToPy(e);
      }
      const code = newCode(unit);
      try {
        decref(runCode(code, d, d));
      } finally {
        decref(code);
      }
    } catch (e) {
      if (e instanceof PyErr && isInstanceOfType(e.exc, T.SystemExit)) {
        const c = systemExitCode(e.exc);
        decref(e.exc);
        return c;
      }
      handleUncaught(e);
    }
    flushAll();
  }
}

function replStatus(src: string): 'complete' | 'incomplete' | 'error' {
  try {
    compileSource(src, '<stdin>', 'single');
  } catch (e) {
    const msg = (e as { msg?: string }).msg ?? '';
    if (/never closed|unexpected EOF|expected an indented block|incomplete input|unterminated triple-quoted/.test(msg)) {
      return 'incomplete';
    }
    const lines = src.split('\n');
    if (lines[0].trimEnd().endsWith(':') && !/\n\s*\n$/.test(src)) return 'incomplete';
    return 'error';
  }
  const first = src.split('\n')[0].trimEnd();
  if (first.endsWith(':') && !/\n\s*\n$/.test(src)) return 'incomplete';
  if (src.includes('\n') && /^\s/.test(src.split('\n').slice(-2)[0] ?? '') && !/\n\s*\n$/.test(src)) return 'incomplete';
  return 'complete';
}

/** Run atexit handlers and flush output; called once at the end of the program. */
export function finalize(exitCode: number): number {
  waitForThreads();
  const atexit = dictGetStr(S.modules, intern('atexit'));
  if (atexit !== 0) {
    const runAll = getAttrOrNull(atexit, intern('_run_exitfuncs'));
    if (runAll !== 0) {
      try {
        decref(call(runAll, [], null));
      } catch (e) {
        if (e instanceof PyErr) {
          if (isInstanceOfType(e.exc, T.SystemExit)) exitCode = systemExitCode(e.exc);
          decref(e.exc);
        }
      }
      decref(runAll);
    }
  }
  flushAll();
  releaseMainSentinels();
  if (process.env.GILT_HEAPCHECK) reportHeap();
  I32[HeapHeader.ExitCode] = exitCode;
  return exitCode;
}

/** As CPython at exit: threading._shutdown() joins every non-daemon thread (if threading was imported). */
function waitForThreads(): void {
  const threading = dictGetStr(S.modules, intern('threading'));
  if (threading === 0) return;
  const shutdown = getAttrOrNull(threading, intern('_shutdown'));
  if (shutdown === 0) return;
  try {
    decref(call(shutdown, [], null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    flushAll();
    writeFd(2, `Exception ignored in: ${reprJs(threading)}\n${formatException(e.exc)}`);
    decref(e.exc);
  } finally {
    decref(shutdown);
  }
}

/** GILT_HEAPCHECK=1: collect cycles, then verify every refcount (src/heap/check.ts). */
function reportHeap(): void {
  // free-threaded: the other threads are done, so every deferred free is due now (src/gil/ft.ts)
  if (__GILT_FT__) for (let i = 0; i < 16; i++) reclaim(true);
  runCollection();
  const roots: Ref[] = [];
  for (let i = 0; i < HeapHeader.RegistrySize; i++) {
    const r = I32[HeapHeader.Registry + i];
    if (r !== 0) roots.push(r);
  }
  if (ts.excInfo !== 0) roots.push(ts.excInfo);
  if (ts.traceFunc !== 0) roots.push(ts.traceFunc);
  if (ts.profileFunc !== 0) roots.push(ts.profileFunc);
  const report = checkHeap(roots, describeObject);
  const problems = [...report.errors.map((e) => `error: ${e}`), ...report.leaks.map((l) => `leak: ${l}`)];
  if (problems.length > 0) {
    writeFd(2, `heapcheck: ${report.objects} objects, ${report.leaks.length} leaks, ${report.errors.length} errors\n`);
    for (const p of problems.slice(0, 20)) writeFd(2, `  ${p}\n`);
    if (problems.length > 20) writeFd(2, `  … and ${problems.length - 20} more\n`);
    flushAll();
  }
}

function describeObject(r: Ref): string {
  const t = I32[r + Obj.Type];
  let what = strValue(I32[t + TypeObj.Name]);
  if (t === T.str) what += ` ${JSON.stringify(strValue(r).slice(0, 40))}`;
  return `${what} at 0x${(r * 4).toString(16)}`;
}
import { checkHeap } from '../heap/check';
import { runCollection } from '../modules/gc';
import { Obj, TypeObj } from '../heap/layout';

export { ts, importModule, isStr, strValue };
