// Tracebacks: traceback and frame objects, raising (raise X from Y), except-clause matching, and printing an
// uncaught exception the way CPython 3.11 does (source lines, ~~~^^^ position markers, chained exceptions).

import { suggestionFor } from './suggestions';
import { I32 } from '../heap/heap';
import { CellObj, CodeFlag, ExcObj, Frame, FrameObj, Layout, TracebackObj, TypeObj, TypeFlag } from '../heap/layout';
import { allocObject, decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { codeInfo, CodeInfo, lineOf } from '../objects/code';
import { defineType, getset } from '../objects/typespec';
import { call, getAttrOrNull, isInstanceOfType, N, strJs, typeNameOfObj, iterToArray } from '../objects/abstract';
import { isExceptionInstance, isExceptionType, newException } from '../objects/exceptions';
import { tupleFrom } from '../objects/tuple';
import { isType, isSubtype, typeNameOf } from '../objects/type';
import { isTuple, tupleItem, tupleLen } from '../objects/tuple';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { newInt } from '../objects/int';
import { dictDelItem, dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { setDetachFrameObject } from './frames';
import { isList, listItems } from '../objects/list';
import { vmHooks } from './hooks';
import { ts } from './thread_state';
import { parse } from '../compiler/parser';
import * as fs from 'node:fs';

export const tracebackSpec = defineType({
  name: 'traceback', key: 'traceback', layout: Layout.Traceback, basicWords: TracebackObj.Size,
});
getset(tracebackSpec, 'tb_next', (tb) => newref(I32[tb + TracebackObj.Next] || S.None), (tb, v) => {
  const old = I32[tb + TracebackObj.Next];
  I32[tb + TracebackObj.Next] = v === S.None ? 0 : newref(v);
  decref(old);
});
getset(tracebackSpec, 'tb_frame', (tb) => newref(I32[tb + TracebackObj.Frame]));
getset(tracebackSpec, 'tb_lineno', (tb) => newInt(I32[tb + TracebackObj.LineNo]));
getset(tracebackSpec, 'tb_lasti', (tb) => newInt(I32[tb + TracebackObj.LastI] * 2));

export const frameSpec = defineType({
  name: 'frame', key: 'frame', layout: Layout.Frame, basicWords: FrameObj.Size,
  slots: {
    repr(f) {
      const info = codeInfo(I32[f + FrameObj.Code]);
      return newStr(`<frame at 0x${(f * 4).toString(16)}, file '${info.filename}', line ${I32[f + FrameObj.LineNo]}, code ${info.name}>`);
    },
  },
});
getset(frameSpec, 'f_code', (f) => newref(I32[f + FrameObj.Code]));
getset(frameSpec, 'f_globals', (f) => newref(I32[f + FrameObj.Globals]));
getset(frameSpec, 'f_builtins', (f) => newref(I32[f + FrameObj.Builtins]));
getset(frameSpec, 'f_locals', frameLocals);
getset(frameSpec, 'f_lineno', (f) => newInt(frameLineNo(f)));
getset(frameSpec, 'f_lasti', (f) => newInt(I32[f + FrameObj.LastI] * 2));
getset(frameSpec, 'f_back', (f) => newref(I32[f + FrameObj.Back] || S.None));
getset(frameSpec, 'f_trace', (f) => newref(I32[f + FrameObj.Trace] || S.None), (f, v) => {
  const old = I32[f + FrameObj.Trace];
  I32[f + FrameObj.Trace] = v === S.None || v === 0 ? 0 : newref(v);
  decref(old);
});
// every line is reported; opcode events are not implemented (assigning is accepted)
getset(frameSpec, 'f_trace_lines', () => S.True, () => {});
getset(frameSpec, 'f_trace_opcodes', () => S.False, () => {});

/** The current line of a frame object: from its frame while that runs (a new frame is at its def line). */
function frameLineNo(f: Ref): number {
  const fp = I32[f + FrameObj.Live];
  if (fp === 0) return I32[f + FrameObj.LineNo];
  const ip = I32[fp + Frame.Ip];
  const info = codeInfo(I32[f + FrameObj.Code]);
  return ip === 0 ? startLine(info) : lineOf(info, ip - 1);
}

/** The line of a frame that has not run an instruction yet: its def line; 0 for a module, as CPython. */
function startLine(info: CodeInfo): number {
  return info.name === '<module>' ? 0 : info.firstLineNo;
}

/** f_locals: a module or class body's mapping; for a function, a dict of its variables refreshed on each read. */
export function frameLocals(f: Ref): Ref {
  const info = codeInfo(I32[f + FrameObj.Code]);
  if ((info.flags & CodeFlag.Optimized) === 0) return newref(I32[f + FrameObj.Locals] || I32[f + FrameObj.Globals]);
  let d = I32[f + FrameObj.FastLocals];
  if (d === 0) d = I32[f + FrameObj.FastLocals] = newDict();
  const fp = I32[f + FrameObj.Live];
  if (fp !== 0) {
    const lp = fp + Frame.LocalsPlus;
    const names = [...info.varnames, ...info.cellvars, ...info.freevars];
    for (let i = 0; i < names.length; i++) {
      let v = I32[lp + i];
      // cells hold the value (a parameter that is a cell is read from its cell)
      if (i >= info.nlocals && v !== 0) v = I32[v + CellObj.Contents];
      else if (i < info.nlocals && info.cellvars.includes(names[i])) continue;
      const key = intern(names[i]);
      if (v !== 0) dictSetItem(d, key, v);
      else if (dictGetStr(d, key) !== 0) dictDelItem(d, key);
    }
  }
  return newref(d);
}

/** The frame object for a running frame (made once per frame, kept in the frame). */
export function frameObjectFor(fp: number): Ref {
  let fo = I32[fp + Frame.FrameObject];
  const info = codeInfo(I32[fp + Frame.Code]);
  if (fo === 0) {
    fo = allocObject(T.frame, FrameObj.Size);
    I32[fo + FrameObj.Code] = newref(I32[fp + Frame.Code]);
    I32[fo + FrameObj.Globals] = newref(I32[fp + Frame.Globals]);
    I32[fo + FrameObj.Builtins] = newref(I32[fp + Frame.Builtins]);
    const locals = I32[fp + Frame.Locals];
    I32[fo + FrameObj.Locals] = locals === 0 ? 0 : newref(locals);
    const back = I32[fp + Frame.Back];
    I32[fo + FrameObj.Back] = back !== 0 && I32[back + Frame.Code] !== 0 ? frameObjectFor(back) : 0;
    I32[fo + FrameObj.Live] = fp;
    I32[fo + FrameObj.PrevInstr] = -1;
    I32[fp + Frame.FrameObject] = fo;
  }
  const ip = I32[fp + Frame.Ip];
  I32[fo + FrameObj.LastI] = Math.max(0, ip - 1);
  I32[fo + FrameObj.LineNo] = lineOf(info, ip - 1);
  incref(fo);
  return fo;
}
// the frame finishes: its frame object keeps the line it ended on
setDetachFrameObject((fo, fp, info) => {
  const ip = I32[fp + Frame.Ip];
  I32[fo + FrameObj.LastI] = Math.max(0, ip - 1);
  I32[fo + FrameObj.LineNo] = ip === 0 ? startLine(info) : lineOf(info, ip - 1);
  I32[fo + FrameObj.Live] = 0;
  decref(fo);
});
vmHooks.frameObjectFor = frameObjectFor;

vmHooks.addTraceback = (exc: Ref, fp: number, info: CodeInfo, ip: number) => {
  if (!isExceptionInstance(exc)) return;
  const tb = allocObject(T.traceback, TracebackObj.Size);
  I32[fp + Frame.Ip] = ip + 1;
  const fo = frameObjectFor(fp);
  I32[fo + FrameObj.LineNo] = lineOf(info, ip);
  I32[tb + TracebackObj.Frame] = fo;
  I32[tb + TracebackObj.LastI] = ip;
  I32[tb + TracebackObj.LineNo] = lineOf(info, ip);
  I32[tb + TracebackObj.Next] = I32[exc + ExcObj.Traceback];
  I32[exc + ExcObj.Traceback] = tb;
};

vmHooks.excTraceback = (exc) => I32[exc + ExcObj.Traceback];

/** `raise exc [from cause]`: the exception instance to throw (a new reference); cause is -1 when absent. */
vmHooks.makeRaise = (exc: Ref, cause: Ref) => {
  let e: Ref;
  try {
    e = instantiate(exc);
  } finally {
    decref(exc);
  }
  if (cause !== -1) {
    let c = 0;
    try {
      if (cause === S.None) c = 0;
      else if (isType(cause) && isExceptionType(cause)) c = call(cause, [], null);
      else if (isExceptionInstance(cause)) c = newref(cause);
      else {
        decref(e);
        throw raise(T.TypeError, 'exception causes must derive from BaseException');
      }
    } finally {
      decref(cause);
    }
    const old = I32[e + ExcObj.Cause];
    I32[e + ExcObj.Cause] = c;
    decref(old);
    I32[e + ExcObj.SuppressContext] = 1;
  }
  setContext(e);
  return e;
};

function instantiate(exc: Ref): Ref {
  if (isType(exc) && isExceptionType(exc)) {
    const e = call(exc, [], null);
    if (!isExceptionInstance(e)) {
      const tn = typeNameOfObj(e);
      decref(e);
      throw raise(T.TypeError, `calling ${typeNameOf(exc)} should have returned an instance of BaseException, not ${tn}`);
    }
    return e;
  }
  if (isExceptionInstance(exc)) return newref(exc);
  throw raise(T.TypeError, 'exceptions must derive from BaseException');
}

vmHooks.chainContext = (exc: Ref) => {
  if (ts.excInfo !== 0 && isExceptionInstance(exc)) setContext(exc);
};

/** Chain a newly raised exception to the one being handled (implicit __context__). */
export function setContext(e: Ref): void {
  const handled = ts.excInfo;
  if (handled === 0 || handled === e) return;
  // avoid cycles: cut the chain where it reaches e
  let o = handled;
  while (o !== 0) {
    const ctx = I32[o + ExcObj.Context];
    if (ctx === e) {
      I32[o + ExcObj.Context] = 0;
      decref(ctx);
      break;
    }
    o = ctx;
  }
  if (I32[e + ExcObj.Context] === 0) {
    incref(handled);
    I32[e + ExcObj.Context] = handled;
  }
}

vmHooks.excMatch = (exc: Ref, typ: Ref) => {
  if (isTuple(typ)) {
    for (let i = 0; i < tupleLen(typ); i++) checkCatchable(tupleItem(typ, i));
    for (let i = 0; i < tupleLen(typ); i++) if (isInstanceOfType(exc, tupleItem(typ, i))) return true;
    return false;
  }
  checkCatchable(typ);
  return isInstanceOfType(exc, typ);
};

function checkCatchable(t: Ref): void {
  if (!isType(t) || !isExceptionType(t)) {
    throw raise(T.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
}

/** except* T: split the group into (rest, match). */
vmHooks.egMatch = (eg: Ref, typ: Ref) => {
  if (isTuple(typ)) for (let i = 0; i < tupleLen(typ); i++) checkStarCatchable(tupleItem(typ, i));
  else checkStarCatchable(typ);
  const matches = (e: Ref) => vmHooks.excMatch(e, typ);
  if (!isInstanceOfType(eg, T.BaseExceptionGroup)) {
    // a naked exception that matches is wrapped in an ExceptionGroup
    if (matches(eg)) {
      const wrapped = vmHooks.wrapInGroup(eg);
      return [S.None, wrapped];
    }
    return [newref(eg), S.None];
  }
  const splitFn = getAttrChecked(eg, 'split');
  let split: Ref;
  try {
    split = call(splitFn, [typ], null);
  } finally {
    decref(splitFn);
  }
  const m = tupleItem(split, 0);
  const rest = tupleItem(split, 1);
  incref(m);
  incref(rest);
  decref(split);
  if (m !== S.None) {
    // the matched part carries the traceback of the whole group
    const tb = I32[eg + ExcObj.Traceback];
    if (tb !== 0 && I32[m + ExcObj.Traceback] === 0) I32[m + ExcObj.Traceback] = newref(tb);
    ts.setExcInfo(newref(m));
  }
  return [rest, m];
};

function getAttrChecked(o: Ref, name: string): Ref {
  const v = getAttrOrNull(o, intern(name));
  if (v === 0) throw raise(T.AttributeError, name);
  return v;
}

function checkStarCatchable(t: Ref): void {
  checkCatchable(t);
  if (isSubtype(t, T.BaseExceptionGroup)) {
    throw raise(T.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

// ---- printing --------------------------------------------------------------------------------------------

const sourceCache = new Map<string, string[] | null>();

export function sourceLines(filename: string): string[] | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    lines = null;
    if (!filename.startsWith('<')) {
      try {
        lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/);
      } catch {
        lines = null;
      }
    }
    sourceCache.set(filename, lines);
  }
  return lines;
}

/** Register source text for a pseudo-file (the REPL, -c) so tracebacks can show lines. */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r?\n/));
}

function utf8ToCharOffset(line: string, byteOffset: number): number {
  const bytes = Buffer.from(line, 'utf8');
  return Buffer.from(bytes.subarray(0, byteOffset)).toString('utf8').length;
}

/** The ~~~^^^ line under a traceback entry's source line, or null (CPython 3.11's rules). */
function caretLine(line: string, pos: [number, number, number, number]): string | null {
  const [lineno, endLineno, col, endCol] = pos;
  if (col < 0 || endCol < 0) return null;
  const stripped = line.trimStart();
  const strippedChars = line.length - stripped.length;
  let start = utf8ToCharOffset(line, col);
  let end: number;
  let anchors: [number, number] | null = null;
  // (3.11 marks only positions within one line)
  if (lineno !== endLineno) return null;
  {
    end = utf8ToCharOffset(line, endCol);
    try {
      anchors = extractAnchors(line.slice(start, end));
    } catch {
      anchors = null;
    }
  }
  const strippedLen = stripped.trimEnd().length;
  if (!(end - start < strippedLen || (anchors !== null && anchors[1] - anchors[0] > 0))) return null;
  if (start < strippedChars) start = strippedChars;
  let s = '    ' + ' '.repeat(start - strippedChars);
  if (anchors) {
    s += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(Math.max(0, end - start - anchors[1]));
  } else {
    s += '^'.repeat(Math.max(1, end - start));
  }
  return s;
}

/** For a BinOp or Subscript segment, the range of the operator/subscript (character offsets in the segment). */
export function extractAnchors(segment: string): [number, number] | null {
  const tree = parse(segment, '<segment>', 'exec');
  if (tree._type !== 'Module' || tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  const norm = (byteOff: number) => utf8ToCharOffset(segment, byteOff);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset);
    const opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const lead = opStr.length - opStr.trimStart().length;
    let left = opStart + lead;
    // skip closing parentheses and spaces before the operator
    while (left < segment.length && (segment[left] === ')' || /\s/.test(segment[left]))) left++;
    let right = left + 1;
    if (right < segment.length && !/\s/.test(segment[right]) && segment[right] !== '(' && isOperatorChar(segment[right])) right++;
    return [left, right];
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset) + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

function isOperatorChar(c: string): boolean {
  return '*/=<>&|^%@'.includes(c);
}

interface TbEntry {
  filename: string;
  lineno: number;
  name: string;
  pos: [number, number, number, number];
}

function tracebackEntries(exc: Ref): TbEntry[] {
  const out: TbEntry[] = [];
  for (let tb = I32[exc + ExcObj.Traceback]; tb !== 0; tb = I32[tb + TracebackObj.Next]) {
    const fo = I32[tb + TracebackObj.Frame];
    const info = codeInfo(I32[fo + FrameObj.Code]);
    const ip = I32[tb + TracebackObj.LastI];
    const p = info.positions;
    const pos: [number, number, number, number] = ip * 4 + 3 < p.length
      ? [p[ip * 4], p[ip * 4 + 1], p[ip * 4 + 2], p[ip * 4 + 3]] : [I32[tb + TracebackObj.LineNo], 0, -1, -1];
    out.push({ filename: info.filename, lineno: I32[tb + TracebackObj.LineNo], name: info.name, pos });
  }
  return out;
}

function formatEntries(entries: TbEntry[]): string {
  let s = '';
  let last = '';
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) s += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const e of entries) {
    const key = `${e.filename}:${e.lineno}:${e.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flushRepeat();
      last = key;
      repeat = 1;
    }
    s += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    const lines = sourceLines(e.filename);
    const line = lines ? lines[e.lineno - 1] : undefined;
    if (line !== undefined && line.trim() !== '') {
      s += `    ${line.trim()}\n`;
      const c = e.pos[0] === e.lineno ? caretLine(line, e.pos) : null;
      if (c !== null) s += c + '\n';
    }
  }
  flushRepeat();
  return s;
}

/** The last line(s): "Type: message" (module-qualified for non-builtin types), SyntaxError details, notes. */
export function formatExceptionOnly(exc: Ref): string {
  const t = typeOf(exc);
  let name = strValue(I32[t + TypeObj.QualName]);
  if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) {
    const mod = dictGetStr(I32[t + TypeObj.Dict], N.__module__);
    if (mod !== 0 && isStr(mod)) {
      const m = strValue(mod);
      if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`;
    }
  }
  let out = '';
  if (isSubtype(t, T.SyntaxError)) {
    out += formatSyntaxErrorLines(exc);
  }
  let msg: string;
  try {
    msg = isSubtype(t, T.SyntaxError) ? syntaxMsg(exc) : strJs(exc);
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    msg = '<exception str() failed>';
  }
  out += msg === '' ? `${name}\n` : `${name}: ${msg}${suggestionFor(exc)}\n`;
  const notes = getAttrOrNull(exc, intern('__notes__'));
  if (notes !== 0) {
    if (isList(notes) || isTuple(notes)) {
      for (const n of isList(notes) ? listItems(notes) : []) out += (isStr(n) ? strValue(n) : reprSafe(n)) + '\n';
    } else {
      out += `${reprSafe(notes)}\n`;
    }
    decref(notes);
  }
  return out;
}

function reprSafe(r: Ref): string {
  try {
    const { reprJs } = abstractMod;
    return reprJs(r);
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    return '<object repr() failed>';
  }
}
import * as abstractMod from '../objects/abstract';

function attr(exc: Ref, name: string): Ref {
  const v = getAttrOrNull(exc, intern(name));
  return v;
}

function syntaxMsg(exc: Ref): string {
  const m = attr(exc, 'msg');
  if (m === 0 || m === S.None) {
    decref(m);
    return strJs(exc);
  }
  const s = strJs(m);
  decref(m);
  return s;
}

function formatSyntaxErrorLines(exc: Ref): string {
  const fnR = attr(exc, 'filename'), lnR = attr(exc, 'lineno'), textR = attr(exc, 'text');
  const offR = attr(exc, 'offset'), endOffR = attr(exc, 'end_offset'), endLnR = attr(exc, 'end_lineno');
  const num = (r: Ref) => (r !== 0 && (r & 1) === 1 ? r >> 1 : null);
  let out = '';
  const filename = fnR !== 0 && isStr(fnR) ? strValue(fnR) : '<string>';
  const lineno = num(lnR);
  out += `  File "${filename}", line ${lineno ?? '?'}\n`;
  if (textR !== 0 && isStr(textR)) {
    const raw = strValue(textR);
    const line = raw.replace(/\n$/, '');
    const stripped = line.trimStart();
    const lead = line.length - stripped.length;
    out += `    ${stripped.trimEnd()}\n`;
    const off1 = num(offR);
    if (off1 !== null) {
      // as CPython: 0-based offset, moved left by the stripped indentation; nothing if it points left of the text
      const off = off1 - 1 - lead;
      if (off >= 0) {
        let endOff = num(endOffR);
        const endLn = num(endLnR);
        const indentation = isInstanceOfType(exc, T.IndentationError);
        let width = 1;
        if (!indentation && endOff !== null && endOff > 0 && (endLn === null || lineno === null || endLn === lineno)) {
          width = Math.max(1, endOff - 1 - lead - off);
        }
        const textLen = stripped.trimEnd().length;
        const o = Math.min(off, textLen);
        width = Math.min(width, Math.max(1, textLen - o + 1));
        out += `    ${' '.repeat(o)}${'^'.repeat(width)}\n`;
      }
    }
  }
  for (const r of [fnR, lnR, textR, offR, endOffR, endLnR]) decref(r);
  return out;
}

/** Where an exception report is inside the boxes of enclosing exception groups. */
interface GroupCtx {
  depth: number; // groups entered (0: not inside a group)
  needClose: boolean; // the innermost box still needs its closing line
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Lines of text prefixed with the group margin ("| ", or "+ " for the first line of a top-level group). */
function emit(ctx: GroupCtx, text: string, margin = '|'): string {
  if (ctx.depth === 0) return text;
  const prefix = ' '.repeat(2 * ctx.depth) + margin + ' ';
  return text.split(/(?<=\n)/).map((l) => prefix + l).join('');
}

/** The whole report for an uncaught exception, with its chain (and, for groups, their nested boxes). */
export function formatException(exc: Ref, seen = new Set<Ref>(), ctx: GroupCtx = { depth: 0, needClose: false }): string {
  seen.add(exc);
  let out = '';
  const cause = I32[exc + ExcObj.Cause];
  const context = I32[exc + ExcObj.Context];
  if (cause !== 0 && !seen.has(cause)) {
    out += formatException(cause, seen, ctx);
    out += emit(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (context !== 0 && !I32[exc + ExcObj.SuppressContext] && !seen.has(context)) {
    out += formatException(context, seen, ctx);
    out += emit(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  if (isInstanceOfType(exc, T.BaseExceptionGroup)) return out + formatGroup(exc, seen, ctx);
  const entries = tracebackEntries(exc);
  if (entries.length > 0) out += emit(ctx, 'Traceback (most recent call last):\n' + formatEntries(entries));
  out += emit(ctx, formatExceptionOnly(exc));
  return out;
}

/** ExceptionGroup reports: the nested boxes of 3.11, at most 15 members and 10 levels shown. */
function formatGroup(eg: Ref, seen: Set<Ref>, ctx: GroupCtx): string {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  }
  let out = '';
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  const entries = tracebackEntries(eg);
  if (entries.length > 0) {
    out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    out += emit(ctx, formatEntries(entries));
  }
  out += emit(ctx, formatExceptionOnly(eg));
  const excs = attr(eg, 'exceptions');
  const items = excs !== 0 ? iterToArray(excs) : [];
  decref(excs);
  const shown = items.length <= MAX_GROUP_WIDTH ? items.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  try {
    for (let i = 0; i < shown; i++) {
      const last = i === shown - 1;
      if (last) ctx.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
      ctx.depth++;
      if (!truncated) {
        out += formatException(items[i], seen, ctx);
      } else {
        const more = items.length - MAX_GROUP_WIDTH;
        out += emit(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`);
      }
      if (last && ctx.needClose) {
        out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
        ctx.needClose = false;
      }
      ctx.depth--;
    }
  } finally {
    for (const sub of items) decref(sub);
  }
  if (topLevel) ctx.depth = 0;
  return out;
}

vmHooks.wrapInGroup = (e: Ref) => {
  const msg = newStr('');
  const excs = tupleFrom([e]);
  const g = call(T.ExceptionGroup, [msg, excs], null);
  decref(msg);
  decref(excs);
  return g;
};

export { lineOf, codeInfo, iterToArray };
