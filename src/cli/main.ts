// The supervisor: the Node main thread. It owns the process — the command line, signals, the exit code — and
// runs no Python code itself (DESIGN §1.2), so Ctrl-C can interrupt a Python main thread stuck in a loop.
// It reserves the heap, starts the worker that runs the Python main thread, and waits for it.

import { Worker } from 'node:worker_threads';
import * as v8 from 'node:v8';
import * as path from 'node:path';
import { bindHeap, createHeap, DEFAULT_HEAP_BYTES } from '../heap/heap';
import { EvalBreakerBit, HeapHeader, ThreadsWord } from '../heap/layout';
import { CarrierPool } from '../threads/pool';
import { HELP, parseCommandLine, parseSize, USAGE, UsageError } from './args';
import { VERSION } from '../modules/version';
import type { RunOptions } from '../vm/interpreter';
import * as fs from 'node:fs';
import { formatGilTable, gilFigures, nowUs, tracing, viewsOf } from '../trace/stats';
import { chromeTrace } from '../trace/chrome';
import { timelineTool } from '../trace/timeline';
import { compareTool } from './compare';

function main(): void {
  const stdinIsTTY = !!process.stdin.isTTY;
  let cl;
  try {
    cl = parseCommandLine(process.argv.slice(2), stdinIsTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE}\nTry \`gilt -h' for more information.\n`);
      process.exit(2);
    }
    throw e;
  }
  if (cl.mode === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (cl.mode === 'version') {
    process.stdout.write(cl.versionLevel > 1 ? `Python ${VERSION} (gilt ${GILT_VERSION}, Node.js ${process.versions.node})\n` : `Python ${VERSION}\n`);
    return;
  }
  if (cl.mode === 'tool') {
    runTool(cl.tool!, cl.toolArgs!);
    return;
  }
  let heapBytes = DEFAULT_HEAP_BYTES;
  try {
    if (typeof cl.xoptions.heapsize === 'string') heapBytes = parseSize(cl.xoptions.heapsize);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  // -X gil=0|1 beats PYTHON_GIL; free-threaded mode runs the worker built with __GILT_FT__ (scripts/build.mjs)
  const gilOption = typeof cl.xoptions.gil === 'string' ? cl.xoptions.gil : process.env.PYTHON_GIL ?? '';
  if (gilOption !== '' && gilOption !== '0' && gilOption !== '1') {
    process.stderr.write('Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be "0" or "1"\nPython runtime state: preinitialized\n\n');
    process.exit(1);
  }
  const freeThreaded = gilOption === '0';
  if (cl.xoptions.unsafe_refcounts !== undefined && !freeThreaded) {
    process.stderr.write('gilt: -X unsafe_refcounts only makes sense with -X gil=0\n');
    process.exit(2);
  }
  const heap = createHeap(heapBytes);
  bindHeap(heap); // the supervisor adds resumed threads to the run queue in the heap (src/threads/run_queue.ts)
  const i32 = new Int32Array(heap);
  const libDir = path.resolve(__dirname, '..', 'lib');
  const opts: RunOptions = {
    heap, mode: cl.mode as RunOptions['mode'], target: cl.target, argv: cl.argv, unbuffered: cl.unbuffered,
    xoptions: cl.xoptions, inspect: cl.inspect, libDir, executable: path.resolve(__dirname, '..', 'bin', 'gilt'),
    stdinIsTTY, freeThreaded, unsafeRefcounts: cl.xoptions.unsafe_refcounts !== undefined,
  };
  // V8 flags are per process, so this reaches the workers. The eval loop (runFrame) is one huge function, and
  // V8's default budget for inlining into a function (920 bytes of bytecode in all) is spent on a few helpers,
  // leaving calls to incref, decref and the frame push/pop helpers out of line in the hottest code. Measured
  // with bench/programs (CPU time of main(), best of 2-3 runs): 0.90x geometric mean against the default.
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=6000');
  const bundle = freeThreaded ? 'worker-ft.js' : 'worker.js';
  const spawn = (role: 'main' | 'carrier') => new Worker(path.join(__dirname, 'worker-loader.js'), {
    workerData: { ...opts, role, bundle },
    stdout: false,
    stderr: false,
    resourceLimits: { stackSizeMb: 64 },
  });
  const worker = spawn('main');
  // Python threads other than the main one run on carrier workers (src/threads/)
  const pool = new CarrierPool(() => {
    const carrier = spawn('carrier');
    carrier.on('error', (e) => {
      process.stderr.write(`Fatal Python error: gilt thread worker failed: ${e && (e as Error).message}\n`);
      if (process.env.GILT_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      process.exit(1);
    });
    return carrier;
  }, freeThreaded);
  worker.on('message', (m) => pool.onMessage(m));
  if (scriptImportsThreads(cl.mode, cl.target)) pool.prepare();
  // Ctrl-C: tell the Python main thread through the eval breaker; a second one while it is stuck forces exit
  let interrupts = 0;
  process.on('SIGINT', () => {
    interrupts++;
    Atomics.or(i32, HeapHeader.PendingSignals, 1 << 2);
    Atomics.or(i32, HeapHeader.EvalBreaker, EvalBreakerBit.Signals);
    Atomics.notify(i32, HeapHeader.EvalBreaker);
    // the main thread may be blocked on a lock: wake it so it can raise KeyboardInterrupt
    const waitAddr = Atomics.load(i32, ThreadsWord.MainWaitAddr);
    if (waitAddr !== 0) Atomics.notify(i32, waitAddr);
    if (interrupts >= 3) process.exit(130);
  });
  // for developers: `kill -USR2 <pid>` prints the interpreter-wide words (GIL, threads, free-threading)
  process.on('SIGUSR2', () => {
    const words = (from: number, to: number) => Array.from(i32.subarray(from, to)).join(' ');
    process.stderr.write(`gilt: breaker ${i32[HeapHeader.EvalBreaker]} gil[20..29] ${words(20, 30)} threads[30..34] ${words(30, 35)} ft[36..44] ${words(36, 45)}\n`);
  });
  worker.on('error', (e) => {
    process.stderr.write(`Fatal Python error: gilt worker failed: ${e && (e as Error).message}\n`);
    if (process.env.GILT_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    const exit = code === 0 ? i32[HeapHeader.ExitCode] : code;
    writeObservations(heap, cl.xoptions, cl.argv);
    if (exit === 130 && !process.env.GILT_NO_SIGNAL_EXIT) {
      // die by SIGINT as CPython does after an uncaught KeyboardInterrupt
      process.removeAllListeners('SIGINT');
      process.kill(process.pid, 'SIGINT');
      return;
    }
    process.exit(exit);
  });
}

/**
 * At exit, -X gilstats prints its table on stderr (or, as -X gilstats=json:FILE, writes the figures to FILE
 * for gilt compare; -X gilstats=quiet only keeps them for gilt.gil_stats()) and -X giltrace=FILE writes the timeline. The supervisor does it, reading the heap, so
 * it happens however the Python main thread ended.
 */
function writeObservations(heap: SharedArrayBuffer, xoptions: Record<string, string | true>, argv: string[]): void {
  const views = viewsOf(heap);
  const end = nowUs();
  const stats = xoptions.gilstats;
  try {
    if (stats !== undefined) {
      const figures = gilFigures(views, end);
      if (figures !== null) {
        if (typeof stats === 'string' && stats.startsWith('json:')) {
          const cpu = process.cpuUsage();
          fs.writeFileSync(stats.slice(5), JSON.stringify({ ...figures, cpu: (cpu.user + cpu.system) / 1e6 }));
        } else if (stats !== 'quiet') {
          fs.writeSync(2, formatGilTable(figures));
        }
      }
    }
    if (typeof xoptions.giltrace === 'string' && tracing(views)) {
      fs.writeFileSync(xoptions.giltrace, JSON.stringify(chromeTrace(views, end, `gilt ${argv.join(' ')}`)));
    }
  } catch (e) {
    process.stderr.write(`gilt: cannot write GIL observations: ${(e as Error).message}\n`);
  }
}

/**
 * Does the script (a file or -c code) import a threading module (an import statement starting a line)? Then a carrier
 * worker boots beside the main one rather than when the first thread starts (src/threads/pool.ts).
 * A guess that only decides when a worker boots, never what the program does.
 */
function scriptImportsThreads(mode: string, target: string): boolean {
  let text = target;
  if (mode === 'file') {
    try {
      text = fs.readFileSync(target, 'latin1');
    } catch {
      return false; // the main worker reports the missing file
    }
  } else if (mode !== 'command') {
    return false;
  }
  return /^[ \t]*(?:from[ \t]+(?:threading|_thread|queue|concurrent)\b|import[ \t][^\n#]*\b(?:threading|_thread|queue|concurrent)\b)/m.test(text);
}

function runTool(name: string, args: string[]): void {
  const done = (code: number) => process.exit(code);
  if (name === 'timeline') done(timelineTool(args));
  else compareTool(args, path.resolve(__dirname, '..', 'bin', 'gilt')).then(done);
}

const GILT_VERSION = '0.1.0';

main();
