// sys.stdin, sys.stdout, sys.stderr: text streams over file descriptors 0, 1 and 2.
//
// Output is written synchronously (fs.writeSync) so it is never lost at exit and appears in program order,
// whatever thread wrote it (DESIGN §1.8). Small writes are gathered in a per-worker buffer that is flushed
// at every newline to a terminal, when it grows, when input is read, and at exit.

import * as fs from 'node:fs';
import { I32 } from '../heap/heap';
import { Layout, NativeDataObj, Obj } from '../heap/layout';
import { allocObject, newref, raise, Ref, S, T, decref } from '../objects/core';
import { defineType, getset, method } from '../objects/typespec';
import { isStr, newStr, strValue } from '../objects/str';
import { newInt } from '../objects/int';
import { typeNameOfObj } from '../objects/abstract';

export const textStreamSpec = defineType({
  name: 'TextIOWrapper', layout: Layout.NativeData, basicWords: NativeDataObj.Size,
  module: '_io',
  slots: {
    repr(r) {
      const fd = I32[r + NativeDataObj.Id];
      const name = fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>';
      return newStr(`<_io.TextIOWrapper name='${name}' mode='${fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`);
    },
  },
});

const pending: string[] = ['', '', ''];
const isTTY = [false, false, false];
try {
  isTTY[1] = fs.fstatSync(1).isCharacterDevice();
  isTTY[2] = fs.fstatSync(2).isCharacterDevice();
} catch {
  // no terminal
}
/** -u: unbuffered output */
export const stdioOptions = { unbuffered: false };

export function writeFd(fd: number, s: string): void {
  if (fd === 2 || stdioOptions.unbuffered) {
    flushFd(1);
    writeAll(fd, s);
    return;
  }
  pending[fd] += s;
  if (pending[fd].length > 8192 || (isTTY[fd] && s.includes('\n'))) flushFd(fd);
}

export function flushFd(fd: number): void {
  if (pending[fd] === '') return;
  const s = pending[fd];
  pending[fd] = '';
  writeAll(fd, s);
}

export function flushAll(): void {
  flushFd(1);
  flushFd(2);
}

function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
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

/** One line from stdin including its newline ('' at EOF). */
export function readLineFd0(): string {
  flushAll();
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl + 1).toString('utf8');
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      const rest = stdinBuf.toString('utf8');
      stdinBuf = Buffer.alloc(0);
      return rest;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') n = 0;
      else n = 0;
    }
    if (n === 0) stdinEof = true;
    else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
  }
}

export function readAllFd0(): string {
  let s = '';
  for (;;) {
    const l = readLineFd0();
    if (l === '') return s;
    s += l;
  }
}

export function makeStdStream(fd: number): Ref {
  const r = allocObject(textStreamType(), NativeDataObj.Size);
  I32[r + NativeDataObj.Id] = fd;
  return r;
}

let streamType = 0;
function textStreamType(): Ref {
  if (streamType === 0) streamType = specTypeRef('TextIOWrapper');
  return streamType;
}
import { specTypeRef } from '../objects/spec_refs';

function fdOf(self: Ref): number {
  return I32[self + NativeDataObj.Id];
}

method(textStreamSpec, 'write', (self, args) => {
  if (args.length !== 1) throw raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!isStr(s)) throw raise(T.TypeError, `write() argument must be str, not ${typeNameOfObj(s)}`);
  const text = strValue(s);
  writeFd(fdOf(self), text);
  return newInt(text.length);
});
method(textStreamSpec, 'flush', (self) => {
  flushFd(fdOf(self));
  return S.None;
});
method(textStreamSpec, 'fileno', (self) => newInt(fdOf(self)));
method(textStreamSpec, 'isatty', (self) => (isTTY[fdOf(self)] ? S.True : S.False));
method(textStreamSpec, 'readable', (self) => (fdOf(self) === 0 ? S.True : S.False));
method(textStreamSpec, 'writable', (self) => (fdOf(self) !== 0 ? S.True : S.False));
method(textStreamSpec, 'readline', () => newStr(readLineFd0()));
method(textStreamSpec, 'read', () => newStr(readAllFd0()));
method(textStreamSpec, 'readlines', () => {
  const { listSteal } = listMod;
  const lines: Ref[] = [];
  for (;;) {
    const l = readLineFd0();
    if (l === '') break;
    lines.push(newStr(l));
  }
  return listSteal(lines);
});
import * as listMod from '../objects/list';
method(textStreamSpec, '__iter__', (self) => newref(self));
method(textStreamSpec, '__next__', () => {
  const l = readLineFd0();
  if (l === '') throw raise(T.StopIteration);
  return newStr(l);
});
method(textStreamSpec, '__enter__', (self) => newref(self));
method(textStreamSpec, '__exit__', () => S.None);
method(textStreamSpec, 'close', () => S.None);
getset(textStreamSpec, 'encoding', () => newStr('utf-8'));
getset(textStreamSpec, 'errors', () => newStr('strict'));
getset(textStreamSpec, 'closed', () => S.False);
getset(textStreamSpec, 'name', (self) => newStr(fdOf(self) === 0 ? '<stdin>' : fdOf(self) === 1 ? '<stdout>' : '<stderr>'));
getset(textStreamSpec, 'mode', (self) => newStr(fdOf(self) === 0 ? 'r' : 'w'));
getset(textStreamSpec, 'line_buffering', (self) => (isTTY[fdOf(self)] ? S.True : S.False));

export function isStdStream(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === textStreamType();
}

export { decref };
