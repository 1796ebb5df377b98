// sys.settrace and sys.setprofile: the events the eval loop reports to a thread's trace and profile functions.
//
// Cost when off: the loop checks one per-thread field, ThreadState.tracing, only where it already does work
// per call (entering and leaving a frame, a native call, an exception) — never per instruction. Line events
// need a look at every instruction, so a frame whose trace function is set runs a different instruction
// array: one filled with Op.TRACE (traceWords). The TRACE case reads the real instruction from the code,
// reports a line event when one is due, then dispatches the real instruction. Frames that are not traced keep
// running their own code, as before.
//
// The rules are CPython 3.11's (sys.settrace's documentation and its trampolines):
// - 'call' goes to the thread's trace function; what it returns (unless None) becomes the frame's f_trace.
//   'line', 'return' and 'exception' go to f_trace, and a frame without one reports nothing.
// - the profile function sees 'call' and 'return' of every frame, and 'c_call', 'c_return', 'c_exception'
//   around calls of builtin functions and methods; its result is ignored.
// - a 'line' event fires when an instruction starts another line than the one run before it in that frame,
//   or after a backward jump.
// - while a trace or profile function runs, nothing is traced (ThreadState.inTraceHook).
// - a trace or profile function that raises is removed, and its exception propagates.

import { I32 } from '../heap/heap';
import { Frame, FrameObj } from '../heap/layout';
import { decref, newref, PyErr, Ref, S, typeOf } from '../objects/core';
import { call } from '../objects/abstract';
import { CodeInfo, lineOf } from '../objects/code';
import { intern } from '../objects/str';
import { newTuple, tupleInit } from '../objects/tuple';
import { Op } from '../compiler/opcodes';
import { vmHooks } from './hooks';
import { ThreadState } from './thread_state';

/** The instruction array of traced frames: every word is Op.TRACE (grown to the longest code traced). */
let traceWords = new Int32Array(0);

function traceWordsFor(info: CodeInfo): Int32Array {
  if (traceWords.length < info.code.length) {
    traceWords = new Int32Array(Math.max(info.code.length, 2 * traceWords.length, 256)).fill(Op.TRACE);
  }
  return traceWords;
}

/** The frame's f_trace, or 0. */
function localTrace(fp: number): Ref {
  const fo = I32[fp + Frame.FrameObject];
  return fo === 0 ? 0 : I32[fo + FrameObj.Trace];
}

function setLocalTrace(fp: number, f: Ref): void {
  const fo = I32[fp + Frame.FrameObject];
  if (fo === 0) return;
  const old = I32[fo + FrameObj.Trace];
  I32[fo + FrameObj.Trace] = f;
  decref(old);
}

/**
 * The instructions frame fp should run now that it goes on after a call (t.tracing is set; Frame.Ip saved):
 * TRACE words if it reports lines. The call was the last instruction it ran, whether or not it was traced.
 */
export function codeFor(t: ThreadState, fp: number, info: CodeInfo): Int32Array {
  if (t.traceFunc === 0 || localTrace(fp) === 0) return info.code;
  I32[I32[fp + Frame.FrameObject] + FrameObj.PrevInstr] = I32[fp + Frame.Ip] - 1;
  return traceWordsFor(info);
}

let eventNames: Record<string, Ref> | null = null;
function eventName(e: string): Ref {
  if (eventNames === null) eventNames = {};
  return eventNames[e] ??= intern(e);
}

/** Call a trace or profile function as fn(frame, event, arg) with tracing off; returns its result. */
function callHook(t: ThreadState, fn: Ref, fp: number, event: string, arg: Ref): Ref {
  const fo = vmHooks.frameObjectFor(fp);
  t.inTraceHook = true;
  t.updateTracing();
  try {
    return call(fn, [fo, eventName(event), arg], null);
  } finally {
    t.inTraceHook = false;
    t.updateTracing();
    decref(fo);
  }
}

/** An event for the trace side: 'call' goes to the thread's function, the others to the frame's f_trace. */
function traceEvent(t: ThreadState, fp: number, event: string, arg: Ref): void {
  const fn = event === 'call' ? t.traceFunc : localTrace(fp);
  if (fn === 0) return;
  let r: Ref;
  try {
    r = callHook(t, fn, fp, event, arg);
  } catch (e) {
    t.setTraceFuncs(0, t.profileFunc);
    setLocalTrace(fp, 0);
    throw e;
  }
  if (r !== S.None) setLocalTrace(fp, r);
  else decref(r);
}

function profileEvent(t: ThreadState, fp: number, event: string, arg: Ref): void {
  const fn = t.profileFunc;
  if (fn === 0) return;
  try {
    decref(callHook(t, fn, fp, event, arg));
  } catch (e) {
    t.setTraceFuncs(t.traceFunc, 0);
    throw e;
  }
}

/**
 * A frame starts or resumes (a generator): 'call' events. Returns the instructions it should run.
 * Frame.Ip must be saved (0 for a new frame).
 */
export function traceEnter(t: ThreadState, fp: number, info: CodeInfo): Int32Array {
  if (t.traceFunc !== 0) traceEvent(t, fp, 'call', S.None);
  if (t.profileFunc !== 0 && t.tracing !== 0) profileEvent(t, fp, 'call', S.None);
  return t.tracing !== 0 ? codeFor(t, fp, info) : info.code;
}

/**
 * Op.TRACE: instruction `cur` of a traced frame is about to run (Frame.Ip saved). Returns false when the frame
 * no longer reports lines (its f_trace or the thread's trace function is gone): it goes back to its own code.
 */
export function traceLine(t: ThreadState, fp: number, info: CodeInfo, cur: number): boolean {
  if (t.traceFunc === 0 || localTrace(fp) === 0) return false;
  const fo = I32[fp + Frame.FrameObject];
  const prev = I32[fo + FrameObj.PrevInstr];
  I32[fo + FrameObj.PrevInstr] = cur;
  const word = info.code[cur];
  const line = lineOf(info, cur);
  // a loop's closing jump (on the loop's line, like its target) leaves the event to the target, as CPython's
  // jump without a line of its own does
  if ((word & 255) === Op.JUMP_BACKWARD && lineOf(info, word >> 8) === line) return true;
  if (prev >= 0 && line === lineOf(info, prev) && (cur >= prev || (info.code[prev] & 255) === Op.SEND)) return true;
  traceEvent(t, fp, 'line', S.None);
  return true;
}

/** The frame returns (or yields) value, or leaves by an exception (value 0): 'return' events. */
export function traceReturn(t: ThreadState, fp: number, value: Ref): void {
  const arg = value === 0 ? S.None : value;
  if (t.traceFunc !== 0) traceEvent(t, fp, 'return', arg);
  if (t.profileFunc !== 0 && t.tracing !== 0) profileEvent(t, fp, 'return', arg);
}

/** The frame is left by exception exc: the 'return' events. Returns exc, or a hook's exception instead. */
export function traceUnwind(t: ThreadState, fp: number, exc: Ref): Ref {
  try {
    traceReturn(t, fp, 0);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(exc);
    return e.exc;
  }
  return exc;
}

/**
 * An exception was raised in the frame or reached it: the 'exception' event, with (type, value, traceback).
 * Returns the exception to go on with: exc, or the trace function's own exception (exc is then released).
 */
export function traceException(t: ThreadState, fp: number, exc: Ref): Ref {
  if (t.traceFunc === 0 || localTrace(fp) === 0) return exc;
  const arg = newTuple(3);
  tupleInit(arg, 0, newref(typeOf(exc)));
  tupleInit(arg, 1, newref(exc));
  tupleInit(arg, 2, newref(vmHooks.excTraceback(exc) || S.None));
  try {
    traceEvent(t, fp, 'exception', arg);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(exc);
    return e.exc;
  } finally {
    decref(arg);
  }
  return exc;
}

/** 'c_call', 'c_return' or 'c_exception' for a builtin function `fn` called from frame fp. */
export function profileC(t: ThreadState, fp: number, event: 'c_call' | 'c_return' | 'c_exception', fn: Ref): void {
  if (t.profileFunc !== 0 && t.tracing !== 0) profileEvent(t, fp, event, fn);
}
