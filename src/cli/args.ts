// The command line, parsed the way CPython parses its own (python3 --help).

import * as fs from 'node:fs';

export interface CommandLine {
  mode: 'file' | 'command' | 'module' | 'stdin' | 'repl' | 'version' | 'help' | 'tool';
  target: string;
  argv: string[];
  unbuffered: boolean;
  inspect: boolean;
  quiet: boolean;
  xoptions: Record<string, string | true>;
  versionLevel: number;
  /** gilt's own subcommands: `gilt timeline …`, `gilt compare …` */
  tool?: string;
  toolArgs?: string[];
}

export class UsageError extends Error {}

export const USAGE = 'usage: gilt [option] ... [-c cmd | -m mod | file | -] [arg] ...';

export const HELP = `${USAGE}
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option:
         -X gil=0|1         run without or with the GIL (also PYTHON_GIL=0|1)
         -X gilstats        print GIL statistics at exit (=json:FILE: write them to FILE
                            as JSON; =quiet: keep them for gilt.gil_stats() only)
         -X giltrace=FILE   write a timeline of GIL events (Chrome trace JSON)
         -X heapsize=SIZE   reserve SIZE bytes for the heap (e.g. 512M, 2G)
         -X switchinterval=S  the GIL's switch interval at start-up, in seconds
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

gilt tools:
gilt timeline TRACE.json -o out.svg|out.html         draw a GIL timeline (--from/--to S)
gilt compare [--intervals S,S,...] prog.py [args]    run with the GIL on and off and compare
`;

/** Options CPython accepts that change nothing here. */
const IGNORED_FLAGS = new Set(['b', 'B', 'd', 'E', 'I', 'O', 's', 'S', 'v', 'x', 'R', 'P']);

export function parseCommandLine(args: string[], stdinIsTTY: boolean): CommandLine {
  const cl: CommandLine = {
    mode: 'repl', target: '', argv: [''], unbuffered: false, inspect: false, quiet: false, xoptions: {},
    versionLevel: 0,
  };
  if (process.env.PYTHONUNBUFFERED) cl.unbuffered = true;
  // gilt's tools; a script file literally named `timeline` or `compare` still runs as a script
  if (args.length > 0 && (args[0] === 'timeline' || args[0] === 'compare') && !fs.existsSync(args[0])) {
    cl.mode = 'tool';
    cl.tool = args[0];
    cl.toolArgs = args.slice(1);
    return cl;
  }
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--help') {
      cl.mode = 'help';
      return cl;
    }
    if (a === '--version') {
      cl.mode = 'version';
      cl.versionLevel++;
      i++;
      continue;
    }
    if (a === '-' || !a.startsWith('-')) break;
    // a cluster of single-letter flags, possibly ending in one that takes an argument
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      const rest = a.slice(j + 1);
      const takeArg = (): string => {
        if (rest !== '') return rest;
        if (i + 1 >= args.length) throw new UsageError(`Argument expected for the -${f} option`);
        return args[++i];
      };
      if (f === 'c') {
        cl.mode = 'command';
        cl.target = takeArg();
        cl.argv = ['-c', ...args.slice(i + 1)];
        return cl;
      }
      if (f === 'm') {
        cl.mode = 'module';
        cl.target = takeArg();
        cl.argv = ['-m', ...args.slice(i + 1)];
        return cl;
      }
      if (f === 'X') {
        const opt = takeArg();
        const eq = opt.indexOf('=');
        if (eq < 0) cl.xoptions[opt] = true;
        else cl.xoptions[opt.slice(0, eq)] = opt.slice(eq + 1);
        break;
      }
      if (f === 'W') {
        takeArg();
        break;
      }
      if (f === 'u') cl.unbuffered = true;
      else if (f === 'i') cl.inspect = true;
      else if (f === 'q') cl.quiet = true;
      else if (f === 'V') {
        cl.mode = 'version';
        cl.versionLevel++;
      } else if (f === 'h' || f === '?') {
        cl.mode = 'help';
        return cl;
      } else if (!IGNORED_FLAGS.has(f)) {
        throw new UsageError(`Unknown option: -${f}`);
      }
    }
    i++;
  }
  if (cl.mode === 'version') return cl;
  if (i < args.length) {
    if (args[i] === '-') {
      cl.mode = stdinIsTTY ? 'repl' : 'stdin';
      cl.argv = ['-', ...args.slice(i + 1)];
    } else {
      cl.mode = 'file';
      cl.target = args[i];
      cl.argv = args.slice(i);
    }
  } else {
    cl.mode = stdinIsTTY ? 'repl' : 'stdin';
    cl.argv = [''];
  }
  if (cl.inspect && cl.mode === 'stdin') cl.mode = 'repl';
  return cl;
}

/** "512M", "2G", "1000000" → bytes */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmMgG]?)[bB]?$/.exec(s);
  if (!m) throw new UsageError(`invalid -X heapsize value: ${s}`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}
