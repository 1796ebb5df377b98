// Setting up and tearing down frames: binding call arguments to parameters (with CPython's error messages),
// creating cells, and releasing a frame's references when it finishes.

import { I32 } from '../heap/heap';
import { CellObj, CodeFlag, Frame, FrameOwner, FunctionObj } from '../heap/layout';
import { decref, incref, newref, raise, Ref, S, T } from '../objects/core';
import { CodeInfo } from '../objects/code';
import { newCell } from '../objects/function';
import { tupleItem, tupleLen, newTuple, tupleInit } from '../objects/tuple';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { intern, strValue } from '../objects/str';

/** Index of the first cell slot in localsplus. */
export function cellBase(info: CodeInfo): number {
  return info.nlocals;
}

/** Fill the fixed fields of a frame. References to code/func/globals/builtins are taken here. */
export function initFrameHeader(fp: number, info: CodeInfo, func: Ref, globals: Ref, builtins: Ref, locals: Ref,
  owner: FrameOwner): void {
  incref(info.ref);
  I32[fp + Frame.Code] = info.ref;
  incref(func);
  I32[fp + Frame.Func] = func;
  incref(globals);
  I32[fp + Frame.Globals] = globals;
  incref(builtins);
  I32[fp + Frame.Builtins] = builtins;
  incref(locals);
  I32[fp + Frame.Locals] = locals;
  I32[fp + Frame.Back] = 0;
  I32[fp + Frame.Ip] = 0;
  I32[fp + Frame.Sp] = 0;
  I32[fp + Frame.Owner] = owner;
  I32[fp + Frame.ExcInfo] = 0;
  I32[fp + Frame.FrameObject] = 0;
  const n = info.nlocals + info.ncells + info.nfree;
  const lp = fp + Frame.LocalsPlus;
  for (let i = 0; i < n; i++) I32[lp + i] = 0;
}

/** After arguments are bound: make the cells (initialised from arguments where a parameter is a cell) and copy the closure. */
export function initCells(fp: number, info: CodeInfo, func: Ref): void {
  const lp = fp + Frame.LocalsPlus;
  const nl = info.nlocals;
  for (let i = 0; i < info.ncells; i++) {
    const arg = info.cell2arg[i];
    let init = 0;
    if (arg >= 0) init = I32[lp + arg];
    I32[lp + nl + i] = newCell(init);
  }
  if (info.nfree > 0) {
    const closure = I32[func + FunctionObj.Closure];
    for (let i = 0; i < info.nfree; i++) {
      const c = tupleItem(closure, i);
      incref(c);
      I32[lp + nl + info.ncells + i] = c;
    }
  }
}

/** Release everything a finished frame holds (locals, cells, value stack up to sp, header refs). */
export function clearFrame(fp: number, info: CodeInfo, sp: number): void {
  const lp = fp + Frame.LocalsPlus;
  const end = sp;
  for (let p = lp; p < end; p++) {
    const v = I32[p];
    if (v !== 0) {
      I32[p] = 0;
      decref(v);
    }
  }
  decref(I32[fp + Frame.Func]);
  decref(I32[fp + Frame.Globals]);
  decref(I32[fp + Frame.Builtins]);
  decref(I32[fp + Frame.Locals]);
  decref(I32[fp + Frame.ExcInfo]);
  const fo = I32[fp + Frame.FrameObject];
  I32[fp + Frame.Func] = 0;
  I32[fp + Frame.Locals] = 0;
  I32[fp + Frame.ExcInfo] = 0;
  I32[fp + Frame.FrameObject] = 0;
  if (fo !== 0) detachFrameObject(fo, fp, info);
  decref(I32[fp + Frame.Code]);
  I32[fp + Frame.Code] = 0;
}

/** Set by frame_object.ts: snapshot a frame object's locals before the frame goes away. */
export let detachFrameObject: (fo: Ref, fp: number, info: CodeInfo) => void = (fo) => decref(fo);
export function setDetachFrameObject(fn: typeof detachFrameObject): void {
  detachFrameObject = fn;
}

/** The word address of the value stack's bottom. */
export function stackBase(fp: number, info: CodeInfo): number {
  return fp + Frame.LocalsPlus + info.nlocals + info.ncells + info.nfree;
}

// ---- argument binding --------------------------------------------------------------------------------------

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Bind call arguments (borrowed: the nargs values of args from argBase on) to the parameters of a frame being
 * created: positional, defaults, keyword, *args, **kwargs, keyword-only. Raises TypeError with CPython's messages.
 */
export function bindArgs(fp: number, info: CodeInfo, func: Ref, args: ArrayLike<Ref>, argBase: number, nargs: number,
  kwnames: string[] | null): void {
  const lp = fp + Frame.LocalsPlus;
  const argcount = info.argcount;
  const kwonly = info.kwonlyargcount;
  const flags = info.flags;
  const npos = nargs - (kwnames === null ? 0 : kwnames.length);
  const qualname = () => strValue(I32[func + FunctionObj.QualName]);
  // positional
  const take = Math.min(npos, argcount);
  for (let i = 0; i < take; i++) {
    incref(args[argBase + i]);
    I32[lp + i] = args[argBase + i];
  }
  let varargsIndex = -1;
  let varkwIndex = -1;
  let next = argcount + kwonly;
  if (flags & CodeFlag.VarArgs) varargsIndex = next++;
  if (flags & CodeFlag.VarKeywords) varkwIndex = next++;
  if (varargsIndex >= 0) {
    const extra = Math.max(0, npos - argcount);
    const t = newTuple(extra);
    for (let i = 0; i < extra; i++) {
      incref(args[argBase + argcount + i]);
      tupleInit(t, i, args[argBase + argcount + i]);
    }
    I32[lp + varargsIndex] = t;
  } else if (npos > argcount) {
    const defaults = I32[func + FunctionObj.Defaults];
    const ndef = defaults === 0 ? 0 : tupleLen(defaults);
    const kwGiven = kwnames === null ? 0 : kwnames.filter((k) => info.varnames.indexOf(k) >= argcount).length;
    const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
    const kwPart = kwGiven > 0 ? ` positional argument${npos === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})` : '';
    if (kwGiven > 0) {
      throw raise(T.TypeError, `${qualname()}() takes ${takes} positional argument${argcount === 1 && ndef === 0 ? '' : 's'} but ${npos}${kwPart} were given`);
    }
    throw raise(T.TypeError, `${qualname()}() takes ${takes} positional argument${argcount === 1 && ndef === 0 ? '' : 's'} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
  }
  let kwdict = 0;
  if (varkwIndex >= 0) {
    kwdict = newDict();
    I32[lp + varkwIndex] = kwdict;
  }
  // keywords
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const v = args[argBase + npos + k];
      let idx = -1;
      const names = info.varnames;
      for (let i = info.posonlyargcount; i < argcount + kwonly; i++) {
        if (names[i] === name) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== 0) {
          dictSetItem(kwdict, intern(name), v);
          continue;
        }
        const posonly = names.slice(0, info.posonlyargcount).indexOf(name);
        if (posonly >= 0) {
          throw raise(T.TypeError, `${qualname()}() got some positional-only arguments passed as keyword arguments: '${name}'`);
        }
        throw raise(T.TypeError, `${qualname()}() got an unexpected keyword argument '${name}'`);
      }
      if (I32[lp + idx] !== 0) {
        throw raise(T.TypeError, `${qualname()}() got multiple values for argument '${name}'`);
      }
      incref(v);
      I32[lp + idx] = v;
    }
  }
  // defaults for missing positionals
  if (take < argcount) {
    const defaults = I32[func + FunctionObj.Defaults];
    const ndef = defaults === 0 ? 0 : tupleLen(defaults);
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = take; i < argcount; i++) {
      if (I32[lp + i] !== 0) continue;
      if (i >= firstDefault) {
        const d = tupleItem(defaults, i - firstDefault);
        incref(d);
        I32[lp + i] = d;
      } else {
        missing.push(info.varnames[i]);
      }
    }
    if (missing.length > 0) {
      throw raise(T.TypeError, `${qualname()}() missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
    }
  }
  // keyword-only defaults
  if (kwonly > 0) {
    const kwdefaults = I32[func + FunctionObj.KwDefaults];
    const missing: string[] = [];
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (I32[lp + i] !== 0) continue;
      const d = kwdefaults === 0 ? 0 : dictGetStr(kwdefaults, info.varnameRefs[i]);
      if (d !== 0) {
        incref(d);
        I32[lp + i] = d;
      } else {
        missing.push(info.varnames[i]);
      }
    }
    if (missing.length > 0) {
      throw raise(T.TypeError, `${qualname()}() missing ${plural(missing.length, 'required keyword-only argument')}: ${quoteList(missing)}`);
    }
  }
}

export { CellObj, newref, S };
