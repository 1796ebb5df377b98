// The posix module: the operating system calls behind lib/os.py (which adds environ, walk, makedirs,
// scandir's DirEntry, os.path = posixpath …). Paths are str (or bytes, decoded as UTF-8); failures raise the
// OSError subclass for the errno with the file name(s), as CPython does. Every call that touches the file
// system releases the GIL around it.

import { parentPort } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import * as tty from 'node:tty';
// node:crypto is loaded on first use: it costs start-up time every run otherwise
const nodeCrypto = (): typeof import('node:crypto') => require('node:crypto');
import { I32 } from '../heap/heap';
import { HeapHeader } from '../heap/layout';
import { decref, NativeFn, raise, Ref, S, T } from '../objects/core';
import { typeNameOfObj, isTrue } from '../objects/abstract';
import { isStr, newStr, strValue } from '../objects/str';
import { isBytes, newBytes } from '../objects/bytes';
import { newInt, newBigInt, isInt } from '../objects/int';
import { newFloat, toDouble } from '../objects/float';
import { dictSetItem, newDict } from '../objects/dict';
import { listSteal } from '../objects/list';
import { isTuple, tupleItems, tupleSteal } from '../objects/tuple';
import { setModuleAttrSteal } from '../objects/module';
import { argSpec, parseArgs } from '../objects/args';
import { bufferArg } from '../objects/bytes_common';
import { releaseGilAround } from '../gil/blocking';
import { defineModule } from './registry';
import { fromHostError, osError, strerror } from './errno';
import { fspath, intArg, pathString, swallow } from './io_common';
import { currentDir, resolvePath, setCurrentDir } from './os_cwd';
import { makeStructSeqType, newStructSeq } from './structseq';
import { flushAll } from './stdio';

const ENOTTY = 25, EINVAL = 22, ENOTDIR = 20;

// ---- arguments --------------------------------------------------------------------------------------------

interface PathArg {
  path: string; // for Node (relative paths resolved against the current directory)
  raw: string; // as given
  ref: Ref; // what error messages name (the argument as given; borrowed)
  fd: number; // a descriptor given instead of a path, or -1
  bytes: boolean; // results should be bytes
}

/**
 * A path argument as CPython's path_converter takes it: str, bytes or os.PathLike, and an int descriptor
 * where the function allows one ("stat: path should be string, bytes, os.PathLike or integer, not float").
 */
function pathArg(fname: string, r: Ref, opts: { fd?: boolean; none?: boolean; arg?: string } = {}): PathArg {
  if (opts.none && (r === 0 || r === S.None)) return { path: resolvePath('.'), raw: '.', ref: S.None, fd: -1, bytes: false };
  if (opts.fd && isInt(r)) return { path: '', raw: '', ref: r, fd: intArg(r), bytes: false };
  let what = 'string, bytes';
  what += opts.fd ? (opts.none ? ', os.PathLike, integer or None' : ', os.PathLike or integer') : ' or os.PathLike';
  let p: Ref;
  try {
    p = fspath(r);
  } catch (e) {
    swallow(e);
    throw raise(T.TypeError, `${fname}: ${opts.arg ?? 'path'} should be ${what}, not ${typeNameOfObj(r)}`);
  }
  try {
    const raw = pathString(p, false);
    return { path: resolvePath(raw), raw, ref: r, fd: -1, bytes: isBytes(p) };
  } finally {
    decref(p);
  }
}

/** Run a file system call with the GIL released; Node errors become OSError with the file name(s). */
function sys<R>(fn: () => R, filename: Ref = 0, filename2: Ref = 0): R {
  try {
    return releaseGilAround(fn);
  } catch (e) {
    throw fromHostError(e, filename, filename2);
  }
}

function nameRef(s: string, bytes: boolean): Ref {
  return bytes ? newBytes(new Uint8Array(Buffer.from(s, 'utf8'))) : newStr(s);
}

function optBool(r: Ref, dflt: boolean): boolean {
  return r === 0 ? dflt : isTrue(r);
}

// ---- stat --------------------------------------------------------------------------------------------------

function bigToRef(b: bigint): Ref {
  return b >= -0x40000000n && b < 0x40000000n ? newInt(Number(b)) : newBigInt(b);
}

/** seconds + nanoseconds as CPython makes the float times (sec + nsec * 1e-9). */
function floatTime(ns: bigint): number {
  const sec = ns / 1000000000n;
  const nsec = ns % 1000000000n;
  return Number(sec) + Number(nsec) * 1e-9;
}

function statResult(m: Ref, st: fs.BigIntStats): Ref {
  const intTime = (ns: bigint) => bigToRef(ns / 1000000000n);
  return newStructSeq(m, 'stat_result', [
    bigToRef(st.mode), bigToRef(st.ino), bigToRef(st.dev), bigToRef(st.nlink), bigToRef(st.uid), bigToRef(st.gid),
    bigToRef(st.size), intTime(st.atimeNs), intTime(st.mtimeNs), intTime(st.ctimeNs),
    newFloat(floatTime(st.atimeNs)), newFloat(floatTime(st.mtimeNs)), newFloat(floatTime(st.ctimeNs)),
    bigToRef(st.atimeNs), bigToRef(st.mtimeNs), bigToRef(st.ctimeNs),
    bigToRef(st.blksize), bigToRef(st.blocks), bigToRef(st.rdev),
  ]);
}

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime',
  'st_ctime', 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize',
  'st_blocks', 'st_rdev'];

const statArgs = argSpec('stat', ['path', 'dir_fd', 'follow_symlinks'], { required: 1, posOnly: 0, kwOnly: 2 });
const lstatArgs = argSpec('lstat', ['path', 'dir_fd'], { required: 1, posOnly: 0, kwOnly: 1 });

const stat: NativeFn = (m, args, kwnames) => {
  const [path, , follow] = parseArgs(statArgs, args, kwnames);
  const p = pathArg('stat', path, { fd: true });
  if (p.fd >= 0) return statResult(m, sys(() => fs.fstatSync(p.fd, { bigint: true })));
  const st = optBool(follow, true) ? sys(() => fs.statSync(p.path, { bigint: true }), p.ref)
    : sys(() => fs.lstatSync(p.path, { bigint: true }), p.ref);
  return statResult(m, st);
};

const lstat: NativeFn = (m, args, kwnames) => {
  const [path] = parseArgs(lstatArgs, args, kwnames);
  const p = pathArg('lstat', path);
  return statResult(m, sys(() => fs.lstatSync(p.path, { bigint: true }), p.ref));
};

// ---- directories ----------------------------------------------------------------------------------------

const listdir: NativeFn = (_m, args, kwnames) => {
  const [path] = parseArgs(argSpec('listdir', ['path'], { posOnly: 0 }), args, kwnames);
  const p = pathArg('listdir', path, { fd: true, none: true });
  if (p.fd >= 0) throw osError(EINVAL);
  const names = sys(() => fs.readdirSync(p.path), p.ref === S.None ? 0 : p.ref);
  return listSteal(names.map((n) => nameRef(n, p.bytes)));
};

/** _scandir(path) -> [(name, kind)], kind 1 = directory, 2 = regular file, 3 = symlink, 0 = other. */
const scandir: NativeFn = (_m, args) => {
  const p = pathArg('scandir', args.length > 0 ? args[0] : S.None, { none: true });
  const entries = sys(() => fs.readdirSync(p.path, { withFileTypes: true }), p.ref === S.None ? 0 : p.ref);
  return listSteal(entries.map((e) => {
    const kind = e.isDirectory() ? 1 : e.isFile() ? 2 : e.isSymbolicLink() ? 3 : 0;
    return tupleSteal([nameRef(e.name, p.bytes), newInt(kind)]);
  }));
};

const mkdirArgs = argSpec('mkdir', ['path', 'mode', 'dir_fd'], { required: 1, posOnly: 0, kwOnly: 1 });
const mkdir: NativeFn = (_m, args, kwnames) => {
  const [path, mode] = parseArgs(mkdirArgs, args, kwnames);
  const p = pathArg('mkdir', path);
  const mo = mode === 0 ? 0o777 : intArg(mode);
  sys(() => fs.mkdirSync(p.path, mo), p.ref);
  return S.None;
};

function onePath(fname: string, op: (path: string) => void, fdOk = false): NativeFn {
  const spec = argSpec(fname, ['path', 'dir_fd'], { required: 1, posOnly: 0, kwOnly: 1 });
  return (_m, args, kwnames) => {
    const [path] = parseArgs(spec, args, kwnames);
    const p = pathArg(fname, path, { fd: fdOk });
    sys(() => op(p.path), p.ref);
    return S.None;
  };
}

/** rename-like calls; a symlink's source is its target text, stored as given (rawSource). */
function twoPaths(fname: string, op: (a: string, b: string) => void, rawSource = false): NativeFn {
  const spec = argSpec(fname, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], { required: 2, posOnly: 0, kwOnly: 2 });
  return (_m, args, kwnames) => {
    const [src, dst] = parseArgs(spec, args, kwnames);
    const a = pathArg(fname, src, { arg: 'src' });
    const b = pathArg(fname, dst, { arg: 'dst' });
    sys(() => op(rawSource ? a.raw : a.path, b.path), a.ref, b.ref);
    return S.None;
  };
}

/** unlink that refuses directories with EISDIR as Linux's unlink(2) does (Node may report EPERM). */
function unlinkFile(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'EPERM' || code === 'EISDIR') && isDirectory(path)) {
      const err = new Error('EISDIR') as NodeJS.ErrnoException;
      err.code = 'EISDIR';
      throw err;
    }
    throw e;
  }
}

function isDirectory(path: string): boolean {
  try {
    return fs.lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** chdir(path): Node workers cannot change the process's directory, so os_cwd.ts keeps it. */
const chdir: NativeFn = (m, args, kwnames) => {
  const [path] = parseArgs(argSpec('chdir', ['path'], { required: 1, posOnly: 0 }), args, kwnames);
  const p = pathArg('chdir', path, { fd: true });
  if (p.fd >= 0) throw osError(EINVAL);
  const st = sys(() => fs.statSync(p.path), p.ref);
  if (!st.isDirectory()) throw osError(ENOTDIR, p.ref);
  sys(() => fs.accessSync(p.path, fs.constants.X_OK), p.ref);
  setCurrentDir(m, sys(() => fs.realpathSync(p.path), p.ref));
  return S.None;
};

// ---- file descriptors -----------------------------------------------------------------------------------

const openArgs = argSpec('open', ['path', 'flags', 'mode', 'dir_fd'], { required: 2, posOnly: 0, kwOnly: 1 });
const osOpen: NativeFn = (_m, args, kwnames) => {
  const [path, flags, mode] = parseArgs(openArgs, args, kwnames);
  const p = pathArg('open', path);
  const fl = intArg(flags), mo = mode === 0 ? 0o777 : intArg(mode);
  return newInt(sys(() => fs.openSync(p.path, fl, mo), p.ref));
};

const osRead: NativeFn = (_m, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `read expected 2 arguments, got ${args.length}`);
  const fd = intArg(args[0]), n = intArg(args[1]);
  if (n < 0) throw osError(EINVAL);
  const buf = Buffer.alloc(n);
  const got = sys(() => fs.readSync(fd, buf, 0, n, null));
  return newBytes(new Uint8Array(buf.subarray(0, got)));
};

const osWrite: NativeFn = (_m, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `write expected 2 arguments, got ${args.length}`);
  const fd = intArg(args[0]);
  const data = bufferArg(args[1]).slice();
  if (fd === 1 || fd === 2) flushAll();
  return newInt(sys(() => fs.writeSync(fd, data)));
};

// ---- processes, environment, misc --------------------------------------------------------------------

function envKey(r: Ref, what = 'str'): string {
  if (!isStr(r)) throw raise(T.TypeError, `${what} expected, not ${typeNameOfObj(r)}`);
  return strValue(r);
}

const putenv: NativeFn = (_m, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `putenv expected 2 arguments, got ${args.length}`);
  const k = envKey(args[0]), v = envKey(args[1]);
  if (k === '') throw osError(EINVAL);
  if (k.includes('=')) throw raise(T.ValueError, 'illegal environment variable name');
  if (k.includes('\0') || v.includes('\0')) throw raise(T.ValueError, 'embedded null byte');
  process.env[k] = v;
  return S.None;
};

const unsetenv: NativeFn = (_m, args) => {
  if (args.length !== 1) throw raise(T.TypeError, `unsetenv() takes exactly one argument (${args.length} given)`);
  const k = envKey(args[0]);
  if (k === '' || k.includes('=')) throw osError(EINVAL);
  delete process.env[k];
  return S.None;
};

const urandom: NativeFn = (_m, args) => {
  if (args.length !== 1) throw raise(T.TypeError, `urandom() takes exactly one argument (${args.length} given)`);
  const n = intArg(args[0]);
  if (n < 0) throw raise(T.ValueError, 'negative argument not allowed');
  return newBytes(nodeCrypto().randomFillSync(new Uint8Array(n)));
};

const timesResult: NativeFn = (m) => {
  const u = process.cpuUsage();
  const elapsed = Number(process.hrtime.bigint()) / 1e9;
  const round = (x: number) => Math.round(x * 100) / 100; // clock ticks are 1/100 s on Linux
  return newStructSeq(m, 'times_result', [newFloat(round(u.user / 1e6)), newFloat(round(u.system / 1e6)),
    newFloat(0), newFloat(0), newFloat(round(elapsed))]);
};

const terminalSize: NativeFn = (m, args) => {
  const fd = args.length > 0 ? intArg(args[0]) : 1;
  sys(() => fs.fstatSync(fd));
  if (!tty.isatty(fd)) throw osError(ENOTTY);
  // A worker thread cannot ask the terminal (no ioctl, and a tty.WriteStream would change the descriptor's
  // mode): take COLUMNS/LINES when set, else the usual 80x24.
  const cols = Number(process.env.COLUMNS) > 0 ? Number(process.env.COLUMNS) : 80;
  const lines = Number(process.env.LINES) > 0 ? Number(process.env.LINES) : 24;
  return newStructSeq(m, 'terminal_size', [newInt(cols), newInt(lines)]);
};

const uname: NativeFn = (m) => newStructSeq(m, 'uname_result', [newStr(nodeOs.type()), newStr(nodeOs.hostname()),
  newStr(nodeOs.release()), newStr(nodeOs.version()), newStr(nodeOs.machine())]);

// os._exit: the whole process ends at once, whichever thread asks. The supervisor owns the process, so a
// worker asks it and then waits for the end (process.exit in a worker would end only that worker).
const exitNow: NativeFn = (_m, args) => {
  const code = args.length > 0 ? intArg(args[0]) : 0;
  I32[HeapHeader.ExitCode] = code;
  if (parentPort === null) process.exit(code);
  parentPort.postMessage({ t: 'exit', code });
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};

const utimeArgs = argSpec('utime', ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], { required: 1, posOnly: 0, kwOnly: 3 });

export const posixDef = defineModule('posix', {
  gilSafe: true, // no state of its own
  functions: {
    stat, lstat, listdir, mkdir, _scandir: scandir,
    fstat: (m, args) => {
      const fd = intArg(args[0]);
      return statResult(m, sys(() => fs.fstatSync(fd, { bigint: true })));
    },
    getcwd: () => newStr(currentDir()),
    getcwdb: () => nameRef(currentDir(), true),
    chdir,
    rmdir: onePath('rmdir', (p) => fs.rmdirSync(p)),
    remove: onePath('remove', unlinkFile),
    unlink: onePath('unlink', unlinkFile),
    rename: twoPaths('rename', (a, b) => fs.renameSync(a, b)),
    replace: twoPaths('replace', (a, b) => fs.renameSync(a, b)),
    link: twoPaths('link', (a, b) => fs.linkSync(a, b)),
    symlink: twoPaths('symlink', (a, b) => fs.symlinkSync(a, b), true),
    readlink: (_m, args) => {
      const p = pathArg('readlink', args[0]);
      return nameRef(sys(() => fs.readlinkSync(p.path), p.ref), p.bytes);
    },
    access: (_m, args, kwnames) => {
      const [path, mode] = parseArgs(argSpec('access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'],
        { required: 2, posOnly: 0, kwOnly: 3 }), args, kwnames);
      const p = pathArg('access', path, { fd: true });
      const mo = intArg(mode);
      try {
        releaseGilAround(() => fs.accessSync(p.path, mo));
        return S.True;
      } catch {
        return S.False;
      }
    },
    chmod: (_m, args, kwnames) => {
      const [path, mode] = parseArgs(argSpec('chmod', ['path', 'mode', 'dir_fd', 'follow_symlinks'],
        { required: 2, posOnly: 0, kwOnly: 2 }), args, kwnames);
      const p = pathArg('chmod', path, { fd: true });
      const mo = intArg(mode);
      if (p.fd >= 0) sys(() => fs.fchmodSync(p.fd, mo));
      else sys(() => fs.chmodSync(p.path, mo), p.ref);
      return S.None;
    },
    utime: (_m, args, kwnames) => {
      const [path, times, ns] = parseArgs(utimeArgs, args, kwnames);
      const p = pathArg('utime', path, { fd: true });
      let at = Date.now() / 1000, mt = at;
      if (times !== 0 && times !== S.None) {
        if (!isTuple(times) || tupleItems(times).length !== 2) {
          throw raise(T.TypeError, 'utime: \'times\' must be either a tuple of two ints or None');
        }
        [at, mt] = tupleItems(times).map((x) => toDouble(x));
      } else if (ns !== 0) {
        [at, mt] = tupleItems(ns).map((x) => toDouble(x) / 1e9);
      }
      if (p.fd >= 0) sys(() => fs.futimesSync(p.fd, at, mt));
      else sys(() => fs.utimesSync(p.path, at, mt), p.ref);
      return S.None;
    },
    truncate: (_m, args) => {
      const p = pathArg('truncate', args[0], { fd: true });
      const n = intArg(args[1]);
      if (p.fd >= 0) sys(() => fs.ftruncateSync(p.fd, n));
      else sys(() => fs.truncateSync(p.path, n), p.ref);
      return S.None;
    },
    ftruncate: (_m, args) => {
      const fd = intArg(args[0]), n = intArg(args[1]);
      sys(() => fs.ftruncateSync(fd, n));
      return S.None;
    },
    open: osOpen,
    close: (_m, args) => {
      const fd = intArg(args[0]);
      sys(() => fs.closeSync(fd));
      return S.None;
    },
    read: osRead,
    write: osWrite,
    fsync: (_m, args) => {
      const fd = intArg(args[0]);
      sys(() => fs.fsyncSync(fd));
      return S.None;
    },
    isatty: (_m, args) => (tty.isatty(intArg(args[0])) ? S.True : S.False),
    getpid: () => newInt(process.pid),
    getppid: () => newInt(process.ppid),
    getuid: () => newInt(process.getuid?.() ?? 0),
    geteuid: () => newInt(process.geteuid?.() ?? 0),
    getgid: () => newInt(process.getgid?.() ?? 0),
    getegid: () => newInt(process.getegid?.() ?? 0),
    getlogin: () => newStr(nodeOs.userInfo().username),
    umask: (_m, args) => newInt(process.umask(intArg(args[0]))),
    cpu_count: () => newInt(nodeOs.cpus().length || 1),
    getloadavg: () => tupleSteal(nodeOs.loadavg().map((x) => newFloat(x))),
    kill: (_m, args) => {
      const pid = intArg(args[0]), sig = intArg(args[1]);
      sys(() => process.kill(pid, sig));
      return S.None;
    },
    urandom, putenv, unsetenv, uname,
    strerror: (_m, args) => newStr(strerror(intArg(args[0]))),
    times: timesResult,
    get_terminal_size: terminalSize,
    _exit: exitNow,
  },
  releasesGil: ['stat', 'lstat', 'fstat', 'listdir', '_scandir', 'mkdir', 'rmdir', 'remove', 'unlink', 'rename',
    'replace', 'open', 'close', 'read', 'write', 'fsync'],
  init(m) {
    const env = newDict();
    for (const [k, v] of Object.entries(process.env)) {
      if (v === undefined) continue;
      const kr = newStr(k), vr = newStr(v);
      dictSetItem(env, kr, vr);
      decref(kr);
      decref(vr);
    }
    setModuleAttrSteal(m, 'environ', env);
    setModuleAttrSteal(m, 'stat_result', makeStructSeqType({
      name: 'stat_result', module: 'os', fields: STAT_FIELDS, nSequence: 10, nUnnamed: 3,
      fallbacks: { st_atime: 7, st_mtime: 8, st_ctime: 9 },
    }));
    setModuleAttrSteal(m, 'terminal_size', makeStructSeqType({
      name: 'terminal_size', module: 'os', fields: ['columns', 'lines'], nSequence: 2,
    }));
    setModuleAttrSteal(m, 'times_result', makeStructSeqType({
      name: 'times_result', module: 'posix', fields: ['user', 'system', 'children_user', 'children_system', 'elapsed'],
      nSequence: 5,
    }));
    setModuleAttrSteal(m, 'uname_result', makeStructSeqType({
      name: 'uname_result', module: 'posix', fields: ['sysname', 'nodename', 'release', 'version', 'machine'],
      nSequence: 5,
    }));
    const c = fs.constants;
    const consts: Record<string, number> = {
      O_RDONLY: c.O_RDONLY, O_WRONLY: c.O_WRONLY, O_RDWR: c.O_RDWR, O_CREAT: c.O_CREAT, O_EXCL: c.O_EXCL,
      O_TRUNC: c.O_TRUNC, O_APPEND: c.O_APPEND, O_NONBLOCK: c.O_NONBLOCK, O_NOCTTY: c.O_NOCTTY,
      O_SYNC: c.O_SYNC, O_DIRECTORY: c.O_DIRECTORY, O_NOFOLLOW: c.O_NOFOLLOW, O_CLOEXEC: 0o2000000,
      F_OK: c.F_OK, R_OK: c.R_OK, W_OK: c.W_OK, X_OK: c.X_OK, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2,
      EX_OK: 0, EX_USAGE: 64, EX_DATAERR: 65, EX_NOINPUT: 66, EX_SOFTWARE: 70, EX_OSERR: 71, EX_IOERR: 74,
    };
    for (const [k, v] of Object.entries(consts)) if (v !== undefined) setModuleAttrSteal(m, k, newInt(v));
  },
});
