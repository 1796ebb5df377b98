// The bytes behind sys.stdin, sys.stdout and sys.stderr (file descriptors 0, 1 and 2).
//
// Output is written synchronously (fs.writeSync) so it is never lost at exit and appears in program order,
// whatever thread wrote it (DESIGN §1.8). Small text writes are gathered in a per-worker buffer that is
// flushed at every newline to a terminal, when it grows, before any binary write or input is read, and at
// exit. The stream objects themselves are ordinary io.TextIOWrapper objects (io_text.ts) marked as std
// streams, which send their reads and writes here.

import * as fs from 'node:fs';
import { decref, PyErr, Ref } from '../objects/core';
import { ftConcurrent } from '../gil/ft';

const pending: string[] = ['', '', ''];
const isTTY = [false, false, false];
for (const fd of [0, 1, 2]) {
  try {
    isTTY[fd] = fs.fstatSync(fd).isCharacterDevice();
  } catch {
    // no such descriptor or not a terminal
  }
}
/** -u: unbuffered output */
export const stdioOptions = { unbuffered: false };

export function isTTYFd(fd: number): boolean {
  return fd >= 0 && fd <= 2 ? isTTY[fd] : false;
}

export function writeFd(fd: number, s: string): void {
  if (fd === 2 || stdioOptions.unbuffered) {
    flushFd(1);
    writeAll(fd, Buffer.from(s, 'utf8'));
    return;
  }
  pending[fd] += s;
  // free-threaded, threads run at once and nothing orders them at a GIL hand-off: each line goes out whole
  if (pending[fd].length > 8192 || ((isTTY[fd] || (__GILT_FT__ && ftConcurrent)) && s.includes('\n'))) flushFd(fd);
}

/** Binary output to fd 1 or 2 (sys.stdout.buffer.write): text written before it goes out first. */
export function writeBytesFd(fd: number, b: Uint8Array): void {
  flushFd(1);
  flushFd(fd);
  writeAll(fd, b);
}

export function flushFd(fd: number): void {
  if (pending[fd] === '' || pending[fd] === undefined) return;
  const s = pending[fd];
  pending[fd] = '';
  writeAll(fd, Buffer.from(s, 'utf8'));
}

// Hooks installed by the io modules (which import this file, not the other way round). They are declared
// without initial values so that the order in which the bundle runs the modules cannot reset them.

/** Set by io_buffered.ts: write out what open files hold (errors are the files' business, not ours here). */
let fileFlushHook: (() => void) | undefined;
export function setFileFlushHook(fn: () => void): void {
  fileFlushHook = fn;
}

interface StdStreamHooks {
  make(fd: number): Ref;
  is(r: Ref): boolean;
}
let stdStreamHooks: StdStreamHooks | undefined;
/** Set by io_text.ts: the std streams are io.TextIOWrapper objects. */
export function setStdStreamHooks(hooks: StdStreamHooks): void {
  stdStreamHooks = hooks;
}

/** sys.stdin/stdout/stderr for fd 0, 1 or 2 (a new reference). */
export function makeStdStream(fd: number): Ref {
  return stdStreamHooks!.make(fd);
}

/** Is r an open std stream, whose text builtins.print may hand straight to writeFd? */
export function isStdStream(r: Ref): boolean {
  return stdStreamHooks !== undefined && stdStreamHooks.is(r);
}

export function flushAll(): void {
  try {
    fileFlushHook?.();
  } catch (e) {
    // a file that cannot be written out now (disk full, closed descriptor) keeps its bytes
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
  }
  flushFd(1);
  flushFd(2);
}

function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

// ---- reading stdin ----

let stdinBuf = Buffer.alloc(0);
let stdinEof = false;
const napWord = new Int32Array(new SharedArrayBuffer(4));

/** Read more of fd 0 into stdinBuf; false at end of file. */
function fillStdin(): boolean {
  if (stdinEof) return false;
  const chunk = Buffer.alloc(65536);
  for (;;) {
    let n = 0;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(napWord, 0, 0, 5);
        continue;
      }
      n = 0; // EOF, or stdin is closed
    }
    if (n === 0) {
      stdinEof = true;
      return false;
    }
    stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
    return true;
  }
}

/** One line of stdin as bytes, newline included (empty at EOF); at most `limit` bytes when limit >= 0. */
export function readLineBytesFd0(limit = -1): Uint8Array {
  flushAll();
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0 && (limit < 0 || nl < limit)) return takeStdin(nl + 1);
    if (limit >= 0 && stdinBuf.length >= limit) return takeStdin(limit);
    if (!fillStdin()) return takeStdin(stdinBuf.length);
  }
}

/** Up to n bytes of stdin (everything up to EOF when n < 0); blocks only until some bytes are there. */
export function readBytesFd0(n: number): Uint8Array {
  flushAll();
  if (n < 0) {
    while (fillStdin());
    return takeStdin(stdinBuf.length);
  }
  if (stdinBuf.length === 0) fillStdin();
  return takeStdin(Math.min(n, stdinBuf.length));
}

function takeStdin(n: number): Uint8Array {
  const out = new Uint8Array(stdinBuf.subarray(0, n));
  stdinBuf = stdinBuf.subarray(n);
  return out;
}

/** One line from stdin including its newline ('' at EOF). */
export function readLineFd0(): string {
  return Buffer.from(readLineBytesFd0()).toString('utf8');
}

export function readAllFd0(): string {
  return Buffer.from(readBytesFd0(-1)).toString('utf8');
}

/** Put text back in front of what stdin has left (after a read(n) took too much). */
export function unreadFd0(s: string): void {
  if (s !== '') stdinBuf = Buffer.concat([Buffer.from(s, 'utf8'), stdinBuf]);
}

