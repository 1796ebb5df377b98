// The eval loop.
//
// runFrame() runs a frame until that frame returns (or, for a generator, yields). Calls from Python to
// Python functions do not recurse in JavaScript: the callee's frame is pushed on the thread's frame stack and
// the loop continues in it, as CPython 3.11 does, so deep Python recursion costs heap, not JS stack, and ends
// in RecursionError at sys.getrecursionlimit(). Natives that call back into Python (sorted's key, __eq__ in a
// dict lookup …) start a nested runFrame.
//
// The loop polls one word, the eval breaker, at backward jumps and at calls: that is where the GIL will be
// dropped on request, where Ctrl-C becomes KeyboardInterrupt, and where the cycle collector runs.
//
// Exceptions travel as thrown PyErr objects; the catch at the bottom of the loop consults the code object's
// exception table (no block stack), unwinding frames of this runFrame until a handler is found.

import { I32 } from '../heap/heap';
import {
  Block, BoundMethodObj, BuiltinFunctionObj, CellObj, CodeFlag, DescrObj, EvalBreakerBit, Frame, FrameOwner, FunctionObj, HeapHeader,
  Layout, ListObj, MethodKind, Obj, TypeFlag, TypeObj,
} from '../heap/layout';
import { HeapExhausted } from '../heap/alloc';
import { decref, incref, natives, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { Op, FormatFlag, MakeFunctionFlag } from '../compiler/opcodes';
import { NO_UNWIND } from '../compiler/emitter';
import { codeInfo, CodeInfo, lineOf } from '../objects/code';
import {
  binaryOp, call, contains, delItem, getAttr, getItem, getIter, inplaceOp, isTrue, iterNext, lenOf,
  richCompare, setAttr, setItem, unaryOp, N, repr, str, typeNameOfObj, getAttrOrNull, callBound,
  isInstanceOfType, iterToArray, instanceDict, isDataDescriptorType, getIterOrNull,
} from '../objects/abstract';
import { BinOp, CompareOp, InplaceOffset } from '../objects/typespec';
import { intern, isStr, newStr, strValue, typeName } from '../objects/str';
import { newTuple, tupleInit, tupleItem, tupleItems, tupleLen, isTuple, tupleFrom } from '../objects/tuple';
import { listAppend, listAppendSteal, newList, isList, listLen, listItem, listItems } from '../objects/list';
import { dictGetStr, dictSetItem, dictDelItem, newDict, isDict, dictGetItem, dictKeys, dictLen } from '../objects/dict';
import { lookupType } from '../objects/type';
import { newCell } from '../objects/function';
import { ThreadState, ts } from './thread_state';
import { bindArgs, clearFrame, initCells, initFrameHeader, stackBase } from './frames';
import { intBinop, intCompare, newInt } from '../objects/int';
import { vmHooks } from './hooks';
import { HostError } from '../text/host_error';
import { isParkable, PARK } from '../threads/park';

/** Names of unbound-variable errors, by opcode family. */
function unboundLocal(info: CodeInfo, i: number): PyErr {
  return raise(T.UnboundLocalError, `cannot access local variable '${info.varnames[i]}' where it is not associated with a value`);
}

function freeVarName(info: CodeInfo, i: number): string {
  return i < info.ncells ? info.cellvars[i] : info.freevars[i - info.ncells];
}

function nameError(name: Ref): PyErr {
  return vmHooks.nameError(strValue(name));
}

/** Find the exception handler covering instruction ip: [target, depth, lasti] or null. */
function findHandler(info: CodeInfo, ip: number): number {
  const t = info.exceptionTable;
  for (let i = 0; i < t.length; i += 4) {
    if (ip >= t[i] && ip < t[i + 1]) return i;
  }
  return -1;
}

/** Turn anything thrown inside the loop into a Python exception (a new reference). */
export function toPyException(e: unknown): Ref {
  if (e instanceof PyErr) return e.exc;
  if (e instanceof HeapExhausted) return newref(S.memoryError);
  if (e instanceof HostError) {
    const t = (T as Record<string, number>)[e.pyType] || T.SystemError;
    return raise(t, e.message).exc;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return raise(T.RecursionError, 'maximum recursion depth exceeded').exc;
  }
  return vmHooks.internalError(e);
}

/**
 * Run the frame at fp (already set up, Back set by the caller) until it returns or yields.
 * Returns the result (a new reference); ts.yielded says whether it was a yield.
 *
 * `start` is where to continue when it is not the entry frame itself: a parked thread resumes in the frame
 * that called the parking native, with the entry still its bottom frame. A parkable native may throw PARK
 * (src/threads/park.ts); the loop then saves the running frame and lets PARK through to the thread's carrier.
 */
export function runFrame(t: ThreadState, entry: number, start = entry): Ref {
  if (++t.nestedEvals > 200) {
    t.nestedEvals--;
    throw raise(T.RecursionError, 'maximum recursion depth exceeded');
  }
  let fp = start;
  let info = codeInfo(I32[fp + Frame.Code]);
  let code = info.code;
  let consts = info.consts;
  let names = info.names;
  let lp = fp + Frame.LocalsPlus;
  let ip = I32[fp + Frame.Ip];
  let sp = stackBase(fp, info) + I32[fp + Frame.Sp];
  let kwnames: string[] | null = null;
  let pendingExc = 0; // set when resuming a generator with throw()
  const savedFrame = t.frame;
  t.frame = fp;
  t.yielded = false;

  const reload = () => {
    info = codeInfo(I32[fp + Frame.Code]);
    code = info.code;
    consts = info.consts;
    names = info.names;
    lp = fp + Frame.LocalsPlus;
    ip = I32[fp + Frame.Ip];
    sp = stackBase(fp, info) + I32[fp + Frame.Sp];
    t.frame = fp;
  };
  const save = () => {
    I32[fp + Frame.Ip] = ip;
    I32[fp + Frame.Sp] = sp - stackBase(fp, info);
  };

  if (vmHooks.pendingThrow !== 0) {
    pendingExc = vmHooks.pendingThrow;
    vmHooks.pendingThrow = 0;
  }

  try {
    for (;;) {
      try {
        if (pendingExc !== 0) {
          const e = pendingExc;
          pendingExc = 0;
          throw new PyErr(e);
        }
        for (;;) {
          const word = code[ip++];
          switch (word & 255) {
            case Op.NOP:
              break;
            case Op.POP_TOP:
              decref(I32[--sp]);
              break;
            case Op.PUSH_NULL:
              I32[sp++] = 0;
              break;
            case Op.COPY: {
              const v = I32[sp - (word >> 8)];
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.SWAP: {
              const n = word >> 8;
              const a = I32[sp - 1];
              I32[sp - 1] = I32[sp - n];
              I32[sp - n] = a;
              break;
            }
            case Op.LOAD_CONST: {
              const v = consts[word >> 8];
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.LOAD_FAST: {
              const v = I32[lp + (word >> 8)];
              if (v === 0) throw unboundLocal(info, word >> 8);
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.STORE_FAST: {
              const p = lp + (word >> 8);
              const old = I32[p];
              I32[p] = I32[--sp];
              decref(old);
              break;
            }
            case Op.DELETE_FAST: {
              const p = lp + (word >> 8);
              const old = I32[p];
              if (old === 0) throw unboundLocal(info, word >> 8);
              I32[p] = 0;
              decref(old);
              break;
            }
            case Op.LOAD_DEREF: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              const v = I32[cell + CellObj.Contents];
              if (v === 0) throw freeVarError(info, word >> 8);
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.LOAD_CLASSDEREF: {
              const i = word >> 8;
              const name = intern(freeVarName(info, i));
              const locals = I32[fp + Frame.Locals];
              const v0 = locals !== 0 ? mappingGet(locals, name) : 0;
              if (v0 !== 0) {
                I32[sp++] = v0;
                break;
              }
              const cell = I32[lp + info.nlocals + i];
              const v = I32[cell + CellObj.Contents];
              if (v === 0) throw freeVarError(info, i);
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              const old = I32[cell + CellObj.Contents];
              I32[cell + CellObj.Contents] = I32[--sp];
              decref(old);
              break;
            }
            case Op.DELETE_DEREF: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              const old = I32[cell + CellObj.Contents];
              if (old === 0) throw freeVarError(info, word >> 8);
              I32[cell + CellObj.Contents] = 0;
              decref(old);
              break;
            }
            case Op.LOAD_CLOSURE: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              incref(cell);
              I32[sp++] = cell;
              break;
            }
            case Op.LOAD_GLOBAL: {
              const name = names[word >> 8];
              let v = dictGetStr(I32[fp + Frame.Globals], name);
              if (v === 0) {
                v = builtinLookup(I32[fp + Frame.Builtins], name);
                if (v === 0) throw nameError(name);
              }
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.STORE_GLOBAL: {
              const v = I32[--sp];
              dictSetItem(I32[fp + Frame.Globals], names[word >> 8], v);
              decref(v);
              break;
            }
            case Op.DELETE_GLOBAL: {
              if (!dictDelItem(I32[fp + Frame.Globals], names[word >> 8])) throw nameError(names[word >> 8]);
              break;
            }
            case Op.LOAD_NAME: {
              const name = names[word >> 8];
              const locals = I32[fp + Frame.Locals];
              let v = locals === 0 ? 0 : mappingGet(locals, name);
              if (v === 0) {
                v = dictGetStr(I32[fp + Frame.Globals], name);
                if (v === 0) {
                  v = builtinLookup(I32[fp + Frame.Builtins], name);
                  if (v === 0) throw nameError(name);
                }
                incref(v);
              }
              I32[sp++] = v;
              break;
            }
            case Op.STORE_NAME: {
              const v = I32[--sp];
              const locals = I32[fp + Frame.Locals];
              try {
                if (isDictExact(locals)) dictSetItem(locals, names[word >> 8], v);
                else setItem(locals, names[word >> 8], v);
              } finally {
                decref(v);
              }
              break;
            }
            case Op.DELETE_NAME: {
              const locals = I32[fp + Frame.Locals];
              const name = names[word >> 8];
              if (isDictExact(locals)) {
                if (!dictDelItem(locals, name)) throw nameError(name);
              } else {
                delItem(locals, name);
              }
              break;
            }
            case Op.LOAD_LOCALS: {
              const locals = I32[fp + Frame.Locals];
              incref(locals);
              I32[sp++] = locals;
              break;
            }
            case Op.LOAD_ATTR: {
              const obj = I32[sp - 1];
              const v = getAttr(obj, names[word >> 8]);
              I32[sp - 1] = v;
              decref(obj);
              break;
            }
            case Op.STORE_ATTR: {
              const obj = I32[--sp];
              const v = I32[--sp];
              try {
                setAttr(obj, names[word >> 8], v);
              } finally {
                decref(obj);
                decref(v);
              }
              break;
            }
            case Op.DELETE_ATTR: {
              const obj = I32[--sp];
              try {
                setAttr(obj, names[word >> 8], 0);
              } finally {
                decref(obj);
              }
              break;
            }
            case Op.LOAD_METHOD: {
              const obj = I32[sp - 1];
              const name = names[word >> 8];
              const meth = methodLookup(obj, name);
              if (meth !== 0) {
                // (obj -- meth obj): the method is unbound, obj becomes its first argument
                I32[sp - 1] = meth;
                I32[sp++] = obj;
              } else {
                const v = getAttr(obj, name);
                I32[sp - 1] = v;
                I32[sp++] = 0;
                decref(obj);
              }
              break;
            }
            case Op.BINARY_SUBSCR: {
              const key = I32[--sp];
              const container = I32[sp - 1];
              let v: Ref;
              try {
                v = subscrFast(container, key);
                if (v === 0) v = getItem(container, key);
              } finally {
                decref(key);
              }
              I32[sp - 1] = v;
              decref(container);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = I32[--sp];
              const container = I32[--sp];
              const v = I32[--sp];
              try {
                setItem(container, key, v);
              } finally {
                decref(key);
                decref(container);
                decref(v);
              }
              break;
            }
            case Op.DELETE_SUBSCR: {
              const key = I32[--sp];
              const container = I32[--sp];
              try {
                delItem(container, key);
              } finally {
                decref(key);
                decref(container);
              }
              break;
            }
            case Op.BUILD_SLICE: {
              const n = word >> 8;
              const step = n === 3 ? I32[--sp] : S.None;
              const stop = I32[--sp];
              const start = I32[--sp];
              const s = vmHooks.newSlice(start, stop, step);
              decref(start);
              decref(stop);
              if (n === 3) decref(step);
              I32[sp++] = s;
              break;
            }
            case Op.BINARY_OP: {
              const b = I32[--sp];
              const a = I32[sp - 1];
              const op = word >> 8;
              let r: Ref;
              if ((a & b & 1) === 1 && op !== BinOp.Pow && op !== BinOp.TrueDiv) {
                r = smallIntOp(op >= InplaceOffset ? op - InplaceOffset : op, a, b);
              } else {
                try {
                  r = op >= InplaceOffset ? inplaceOp(op - InplaceOffset, a, b) : binaryOp(op, a, b);
                } finally {
                  decref(b);
                }
                decref(a);
                I32[sp - 1] = r;
                break;
              }
              I32[sp - 1] = r;
              break;
            }
            case Op.UNARY_NEGATIVE: {
              const a = I32[sp - 1];
              I32[sp - 1] = unaryOp('neg', a);
              decref(a);
              break;
            }
            case Op.UNARY_POSITIVE: {
              const a = I32[sp - 1];
              I32[sp - 1] = unaryOp('pos', a);
              decref(a);
              break;
            }
            case Op.UNARY_INVERT: {
              const a = I32[sp - 1];
              I32[sp - 1] = unaryOp('invert', a);
              decref(a);
              break;
            }
            case Op.UNARY_NOT: {
              const a = I32[sp - 1];
              const r = isTrue(a) ? S.False : S.True;
              I32[sp - 1] = r;
              decref(a);
              break;
            }
            case Op.COMPARE_OP: {
              const b = I32[--sp];
              const a = I32[sp - 1];
              let r: Ref;
              if ((a & b & 1) === 1) {
                r = compareSmall(word >> 8, a >> 1, b >> 1) ? S.True : S.False;
              } else {
                try {
                  r = richCompare(a, b, word >> 8);
                } finally {
                  decref(b);
                }
                decref(a);
                I32[sp - 1] = r;
                break;
              }
              I32[sp - 1] = r;
              break;
            }
            case Op.IS_OP: {
              const b = I32[--sp];
              const a = I32[sp - 1];
              const same = a === b;
              I32[sp - 1] = (word >> 8 ? !same : same) ? S.True : S.False;
              decref(a);
              decref(b);
              break;
            }
            case Op.CONTAINS_OP: {
              const container = I32[--sp];
              const key = I32[sp - 1];
              let r: boolean;
              try {
                r = contains(container, key);
              } finally {
                decref(container);
              }
              I32[sp - 1] = (word >> 8 ? !r : r) ? S.True : S.False;
              decref(key);
              break;
            }
            case Op.BUILD_TUPLE: {
              const n = word >> 8;
              const tup = newTuple(n);
              sp -= n;
              for (let i = 0; i < n; i++) tupleInit(tup, i, I32[sp + i]);
              I32[sp++] = tup;
              break;
            }
            case Op.BUILD_LIST: {
              const n = word >> 8;
              const l = newList(n);
              sp -= n;
              const base = I32[l + ListObj.Items] + Block.RawHeaderWords;
              for (let i = 0; i < n; i++) I32[base + i] = I32[sp + i];
              I32[sp++] = l;
              break;
            }
            case Op.BUILD_SET: {
              const n = word >> 8;
              sp -= n;
              const s = vmHooks.newSet();
              try {
                for (let i = 0; i < n; i++) vmHooks.setAdd(s, I32[sp + i]);
              } catch (e) {
                decref(s);
                throw e;
              } finally {
                for (let i = 0; i < n; i++) decref(I32[sp + i]);
              }
              I32[sp++] = s;
              break;
            }
            case Op.BUILD_MAP: {
              const n = word >> 8;
              sp -= 2 * n;
              const d = newDict();
              try {
                for (let i = 0; i < n; i++) dictSetItem(d, I32[sp + 2 * i], I32[sp + 2 * i + 1]);
              } catch (e) {
                decref(d);
                throw e;
              } finally {
                for (let i = 0; i < 2 * n; i++) decref(I32[sp + i]);
              }
              I32[sp++] = d;
              break;
            }
            case Op.BUILD_CONST_KEY_MAP: {
              const n = word >> 8;
              const keys = I32[--sp];
              sp -= n;
              const d = newDict();
              try {
                for (let i = 0; i < n; i++) dictSetItem(d, tupleItem(keys, i), I32[sp + i]);
              } finally {
                for (let i = 0; i < n; i++) decref(I32[sp + i]);
                decref(keys);
              }
              I32[sp++] = d;
              break;
            }
            case Op.BUILD_STRING: {
              const n = word >> 8;
              sp -= n;
              let s = '';
              for (let i = 0; i < n; i++) {
                s += strValue(I32[sp + i]);
                decref(I32[sp + i]);
              }
              I32[sp++] = newStr(s);
              break;
            }
            case Op.LIST_APPEND: {
              const v = I32[--sp];
              listAppendSteal(I32[sp - (word >> 8)], v);
              break;
            }
            case Op.SET_ADD: {
              const v = I32[--sp];
              try {
                vmHooks.setAdd(I32[sp - (word >> 8)], v);
              } finally {
                decref(v);
              }
              break;
            }
            case Op.MAP_ADD: {
              const v = I32[--sp];
              const k = I32[--sp];
              try {
                dictSetItem(I32[sp - (word >> 8)], k, v);
              } finally {
                decref(k);
                decref(v);
              }
              break;
            }
            case Op.LIST_EXTEND: {
              const it = I32[--sp];
              try {
                const l = I32[sp - (word >> 8)];
                vmHooks.listExtend(l, it);
              } finally {
                decref(it);
              }
              break;
            }
            case Op.SET_UPDATE: {
              const it = I32[--sp];
              try {
                const s = I32[sp - (word >> 8)];
                for (const v of iterToArray(it)) {
                  vmHooks.setAdd(s, v);
                  decref(v);
                }
              } finally {
                decref(it);
              }
              break;
            }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
              const src = I32[--sp];
              try {
                // for f(**a, **b) the stack is [callable, self_or_NULL, args_tuple, kwargs_dict]
                vmHooks.dictMerge(I32[sp - (word >> 8)], src, (word & 255) === Op.DICT_MERGE, I32[sp - (word >> 8) - 3]);
              } finally {
                decref(src);
              }
              break;
            }
            case Op.LIST_TO_TUPLE: {
              const l = I32[sp - 1];
              I32[sp - 1] = tupleFrom(listItems(l));
              decref(l);
              break;
            }
            case Op.FORMAT_VALUE: {
              const flags = word >> 8;
              const spec = flags & FormatFlag.HasSpec ? I32[--sp] : 0;
              let v = I32[sp - 1];
              try {
                const conv = flags & FormatFlag.ConvMask;
                if (conv !== 0) {
                  const c = conv === FormatFlag.Str ? str(v) : conv === FormatFlag.Repr ? repr(v) : vmHooks.ascii(v);
                  decref(v);
                  v = c;
                  I32[sp - 1] = v;
                }
                if (spec === 0 && typeOf(v) === T.str) break;
                const r = vmHooks.format(v, spec === 0 ? S.emptyStr : spec);
                I32[sp - 1] = r;
                decref(v);
              } finally {
                if (spec !== 0) decref(spec);
              }
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const n = word >> 8;
              const seq = I32[--sp];
              try {
                unpackSequence(seq, n, sp);
              } finally {
                decref(seq);
              }
              sp += n;
              break;
            }
            case Op.UNPACK_EX: {
              const before = (word >> 8) & 255;
              const after = word >> 16;
              const seq = I32[--sp];
              try {
                unpackEx(seq, before, after, sp);
              } finally {
                decref(seq);
              }
              sp += before + 1 + after;
              break;
            }
            case Op.JUMP_FORWARD:
              ip = word >> 8;
              break;
            case Op.JUMP_BACKWARD:
              // the breaker is handled before jumping, so an exception it raises belongs to this instruction
              if (I32[HeapHeader.EvalBreaker] !== 0) {
                save();
                handleEvalBreaker(t);
              }
              ip = word >> 8;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = I32[--sp];
              if (v === S.False) {
                ip = word >> 8;
              } else if (v !== S.True) {
                let b: boolean;
                try {
                  b = isTrue(v);
                } finally {
                  decref(v);
                }
                if (!b) ip = word >> 8;
              }
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = I32[--sp];
              if (v === S.True) {
                ip = word >> 8;
              } else if (v !== S.False) {
                let b: boolean;
                try {
                  b = isTrue(v);
                } finally {
                  decref(v);
                }
                if (b) ip = word >> 8;
              }
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              const v = I32[--sp];
              if (v === S.None) ip = word >> 8;
              else decref(v);
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              const v = I32[--sp];
              if (v !== S.None) {
                ip = word >> 8;
                decref(v);
              }
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = I32[sp - 1];
              if (!isTrue(v)) ip = word >> 8;
              else {
                sp--;
                decref(v);
              }
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = I32[sp - 1];
              if (isTrue(v)) ip = word >> 8;
              else {
                sp--;
                decref(v);
              }
              break;
            }
            case Op.GET_ITER: {
              const v = I32[sp - 1];
              const it = getIter(v);
              I32[sp - 1] = it;
              decref(v);
              break;
            }
            case Op.FOR_ITER: {
              const it = I32[sp - 1];
              const v = iterNext(it);
              if (v !== 0) {
                I32[sp++] = v;
              } else {
                sp--;
                decref(it);
                ip = word >> 8;
              }
              break;
            }
            case Op.KW_NAMES: {
              const names2 = consts[word >> 8];
              kwnames = [];
              for (let i = 0; i < tupleLen(names2); i++) kwnames.push(strValue(tupleItem(names2, i)));
              break;
            }
            case Op.CALL: {
              if (I32[HeapHeader.EvalBreaker] !== 0) {
                save();
                handleEvalBreaker(t);
              }
              const n = word >> 8;
              const base = sp - n - 2;
              const callable = I32[base];
              const self = I32[base + 1];
              const kw = kwnames;
              kwnames = null;
              const argStart = self !== 0 ? base + 1 : base + 2;
              const nargs = self !== 0 ? n + 1 : n;
              // a method bound to an object, of a Python function: call the function with the object first
              if (self === 0 && (callable & 1) === 0 && I32[callable + Obj.Type] === T.method) {
                const inner = I32[callable + BoundMethodObj.Func];
                const argv = inlineArgs(inner, I32[callable + BoundMethodObj.Self], I32.subarray(argStart, argStart + nargs));
                if (argv !== null) {
                  I32[fp + Frame.Ip] = ip;
                  I32[fp + Frame.Sp] = base - stackBase(fp, info);
                  const nfp = pushFunctionFrame(t, inner, codeInfo(I32[inner + FunctionObj.Code]), argv, argv.length, kw);
                  for (let p = base; p < sp; p++) decref(I32[p]);
                  sp = base;
                  I32[nfp + Frame.Back] = fp;
                  fp = nfp;
                  reload();
                  break;
                }
              }
              // Python function: push its frame and continue here (no JS recursion)
              if ((callable & 1) === 0 && I32[callable + Obj.Type] === T.function) {
                const cinfo = codeInfo(I32[callable + FunctionObj.Code]);
                if ((cinfo.flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) === 0) {
                  I32[fp + Frame.Ip] = ip;
                  I32[fp + Frame.Sp] = base - stackBase(fp, info);
                  const nfp = pushFunctionFrame(t, callable, cinfo, I32.subarray(argStart, argStart + nargs), nargs, kw);
                  // the caller's stack entries are released now; the callee holds its own references
                  for (let p = base; p < sp; p++) decref(I32[p]);
                  sp = base;
                  I32[nfp + Frame.Back] = fp;
                  fp = nfp;
                  reload();
                  break;
                }
              }
              let r: Ref;
              try {
                const args: Ref[] = new Array(nargs);
                for (let i = 0; i < nargs; i++) args[i] = I32[argStart + i];
                save();
                // a thread's own loop calling a native that can park: let it (see src/threads/park.ts)
                if (t.canPark && t.nestedEvals === 1 && isParkable(callable)) t.parkWindow = true;
                r = callOther(callable, args, kw);
              } finally {
                t.parkWindow = false;
                for (let p = base; p < sp; p++) decref(I32[p]);
                sp = base;
              }
              I32[sp++] = r;
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              const kwargs = word >> 8 ? I32[--sp] : 0;
              const args = I32[--sp];
              const self = I32[--sp];
              const callable = I32[--sp];
              // f(*args, **kwargs) of a Python function pushes its frame too, so threads started by
              // threading (Thread.run calls its target this way) can park in what they call
              const spread = spreadForInline(callable, self, args, kwargs);
              if (spread !== null) {
                I32[fp + Frame.Ip] = ip;
                I32[fp + Frame.Sp] = sp - stackBase(fp, info);
                let nfp: number;
                try {
                  nfp = pushFunctionFrame(t, spread.func, codeInfo(I32[spread.func + FunctionObj.Code]), spread.argv,
                    spread.argv.length, spread.kwnames);
                } finally {
                  decref(callable);
                  decref(self);
                  decref(args);
                  decref(kwargs);
                }
                I32[nfp + Frame.Back] = fp;
                fp = nfp;
                reload();
                break;
              }
              let r: Ref;
              try {
                save();
                r = vmHooks.callEx(callable, self, args, kwargs);
              } finally {
                decref(callable);
                decref(self);
                decref(args);
                decref(kwargs);
              }
              I32[sp++] = r;
              break;
            }
            case Op.MAKE_FUNCTION: {
              const flags = word >> 8;
              const codeRef = I32[--sp];
              const closure = flags & MakeFunctionFlag.Closure ? I32[--sp] : 0;
              const annotations = flags & MakeFunctionFlag.Annotations ? I32[--sp] : 0;
              const kwdefaults = flags & MakeFunctionFlag.KwDefaults ? I32[--sp] : 0;
              const defaults = flags & MakeFunctionFlag.Defaults ? I32[--sp] : 0;
              const f = vmHooks.makeFunction(codeRef, I32[fp + Frame.Globals], I32[fp + Frame.Builtins], defaults,
                kwdefaults, annotations, closure);
              decref(codeRef);
              I32[sp++] = f;
              break;
            }
            case Op.RETURN_VALUE: {
              const r = I32[--sp];
              if (fp === entry) {
                I32[fp + Frame.Sp] = sp - stackBase(fp, info);
                return r;
              }
              const back = I32[fp + Frame.Back];
              clearFrame(fp, info, sp);
              t.depth--;
              t.popFrameSpace(fp);
              fp = back;
              reload();
              I32[sp++] = r;
              break;
            }
            case Op.LOAD_ASSERTION_ERROR:
              I32[sp++] = T.AssertionError;
              break;
            case Op.LOAD_BUILD_CLASS:
              I32[sp++] = newref(vmHooks.buildClass());
              break;
            case Op.SETUP_ANNOTATIONS: {
              const locals = I32[fp + Frame.Locals];
              if (mappingGet(locals, N.__annotations__) === 0) {
                const d = newDict();
                setItem(locals, N.__annotations__, d);
                decref(d);
              } else {
                decref(mappingGet(locals, N.__annotations__));
              }
              break;
            }
            case Op.RAISE_VARARGS: {
              const n = word >> 8;
              save();
              if (n === 0) {
                const cur = t.excInfo;
                if (cur === 0) throw raise(T.RuntimeError, 'No active exception to reraise');
                incref(cur);
                throw new Reraise(cur);
              }
              const cause = n === 2 ? I32[--sp] : -1;
              const exc = I32[--sp];
              throw new PyErr(vmHooks.makeRaise(exc, cause));
            }
            case Op.RERAISE: {
              const exc = I32[--sp];
              save();
              throw new Reraise(exc);
            }
            case Op.PUSH_EXC_INFO: {
              const exc = I32[sp - 1];
              const prev = t.excInfo;
              I32[sp - 1] = prev === 0 ? S.None : prev;
              incref(exc);
              t.excInfo = exc;
              I32[sp++] = exc;
              break;
            }
            case Op.POP_EXCEPT: {
              const prev = I32[--sp];
              const cur = t.excInfo;
              t.excInfo = prev === S.None ? 0 : prev;
              decref(cur);
              break;
            }
            case Op.CHECK_EXC_MATCH: {
              const typ = I32[--sp];
              const exc = I32[sp - 1];
              let m: boolean;
              try {
                m = vmHooks.excMatch(exc, typ);
              } finally {
                decref(typ);
              }
              I32[sp++] = m ? S.True : S.False;
              break;
            }
            case Op.CHECK_EG_MATCH: {
              const typ = I32[--sp];
              const eg = I32[sp - 1];
              let pair: [Ref, Ref];
              try {
                pair = vmHooks.egMatch(eg, typ);
              } finally {
                decref(typ);
              }
              decref(eg);
              I32[sp - 1] = pair[0];
              I32[sp++] = pair[1];
              break;
            }
            case Op.BEFORE_WITH:
            case Op.BEFORE_ASYNC_WITH: {
              // (mgr -- exit enter_result): for async with, the result is the awaitable of __aenter__()
              const isAsync = (word & 255) === Op.BEFORE_ASYNC_WITH;
              const mgr = I32[sp - 1];
              save();
              const [exit, r] = enterContext(mgr, isAsync);
              I32[sp - 1] = exit;
              decref(mgr);
              if (!isAsync) {
                I32[sp++] = r;
                break;
              }
              try {
                I32[sp++] = vmHooks.getAwaitable(r, 1);
              } finally {
                decref(r);
              }
              break;
            }
            case Op.WITH_EXCEPT_START: {
              // stack: exit, prev_exc, exc  → call exit(type, exc, tb)
              const exc = I32[sp - 1];
              const exit = I32[sp - 3];
              save();
              const tb = vmHooks.excTraceback(exc);
              const r = call(exit, [typeOf(exc), exc, tb === 0 ? S.None : tb], null);
              I32[sp++] = r;
              break;
            }
            case Op.IMPORT_NAME: {
              const fromlist = I32[--sp];
              const level = I32[sp - 1];
              let m: Ref;
              try {
                save();
                m = vmHooks.importName(names[word >> 8], I32[fp + Frame.Globals], I32[fp + Frame.Locals], fromlist, level);
              } finally {
                decref(fromlist);
              }
              decref(level);
              I32[sp - 1] = m;
              break;
            }
            case Op.IMPORT_FROM: {
              const m = I32[sp - 1];
              save();
              I32[sp++] = vmHooks.importFrom(m, names[word >> 8]);
              break;
            }
            case Op.IMPORT_STAR: {
              const m = I32[--sp];
              try {
                save();
                vmHooks.importStar(m, I32[fp + Frame.Locals] || I32[fp + Frame.Globals]);
              } finally {
                decref(m);
              }
              break;
            }
            case Op.YIELD_VALUE: {
              const v = I32[--sp];
              I32[fp + Frame.Ip] = ip;
              I32[fp + Frame.Sp] = sp - stackBase(fp, info);
              if (fp !== entry) throw new Error('yield outside the entry frame');
              t.yielded = true;
              return v;
            }
            case Op.GET_YIELD_FROM_ITER: {
              const v = I32[sp - 1];
              const it = vmHooks.yieldFromIter(v, info.flags);
              I32[sp - 1] = it;
              decref(v);
              break;
            }
            case Op.SEND: {
              const v = I32[--sp];
              const it = I32[sp - 1];
              let r: Ref;
              try {
                save();
                r = vmHooks.send(it, v);
              } finally {
                decref(v);
              }
              if (vmHooks.sendReturned) {
                // the sub-iterator finished: its return value replaces it, and we leave the loop
                vmHooks.sendReturned = false;
                decref(it);
                I32[sp - 1] = r;
                ip = word >> 8;
              } else {
                vmHooks.setYieldFrom(fp, it);
                I32[sp++] = r;
              }
              break;
            }
            case Op.GET_AWAITABLE: {
              const v = I32[sp - 1];
              const aw = vmHooks.getAwaitable(v, word >> 8);
              I32[sp - 1] = aw;
              decref(v);
              break;
            }
            case Op.GET_AITER: {
              const v = I32[sp - 1];
              const ai = vmHooks.getAiter(v);
              I32[sp - 1] = ai;
              decref(v);
              break;
            }
            case Op.GET_ANEXT: {
              const ai = I32[sp - 1];
              save();
              I32[sp++] = vmHooks.getAnext(ai);
              break;
            }
            case Op.END_ASYNC_FOR: {
              const exc = I32[--sp];
              const aiter = I32[--sp];
              decref(aiter);
              if (isInstanceOfType(exc, T.StopAsyncIteration)) {
                decref(exc);
              } else {
                save();
                throw new Reraise(exc);
              }
              break;
            }
            case Op.ASYNC_GEN_WRAP: {
              const v = I32[sp - 1];
              I32[sp - 1] = vmHooks.asyncGenWrap(v);
              decref(v);
              break;
            }
            case Op.CLEANUP_THROW: {
              // (sub_iter exc -- value): StopIteration from a thrown-into sub-iterator ends the yield from
              const exc = I32[--sp];
              const sub = I32[--sp];
              decref(sub);
              if (isInstanceOfType(exc, T.StopIteration)) {
                let val: Ref;
                try {
                  val = getAttr(exc, intern('value'));
                } finally {
                  decref(exc);
                }
                I32[sp++] = val;
              } else {
                save();
                throw new Reraise(exc);
              }
              break;
            }
            case Op.PRINT_EXPR: {
              const v = I32[--sp];
              try {
                save();
                vmHooks.displayHook(v);
              } finally {
                decref(v);
              }
              break;
            }
            case Op.GET_LEN: {
              const n = lenOf(I32[sp - 1]);
              I32[sp++] = newInt(n);
              break;
            }
            case Op.MATCH_MAPPING: {
              const r = vmHooks.matchKind(I32[sp - 1], 'mapping') ? S.True : S.False;
              I32[sp++] = r;
              break;
            }
            case Op.MATCH_SEQUENCE: {
              const r = vmHooks.matchKind(I32[sp - 1], 'sequence') ? S.True : S.False;
              I32[sp++] = r;
              break;
            }
            case Op.MATCH_KEYS: {
              save();
              const r = vmHooks.matchKeys(I32[sp - 2], I32[sp - 1]);
              I32[sp++] = r;
              break;
            }
            case Op.MATCH_CLASS: {
              const kwn = I32[--sp];
              const cls = I32[--sp];
              const subject = I32[sp - 1];
              let r: Ref;
              try {
                save();
                r = vmHooks.matchClass(subject, cls, word >> 8, kwn);
              } finally {
                decref(kwn);
                decref(cls);
              }
              I32[sp - 1] = r;
              decref(subject);
              break;
            }
            case Op.COPY_DICT_WITHOUT_KEYS: {
              const keys = I32[sp - 1];
              const subject = I32[sp - 2];
              const r = vmHooks.copyDictWithoutKeys(subject, keys);
              decref(keys);
              I32[sp - 1] = r;
              break;
            }
            default:
              throw new Error(`unknown opcode ${word & 255} at ${ip - 1} in ${info.qualname}`);
          }
        }
      } catch (thrown) {
        if (thrown === PARK) {
          // the thread gives up its worker: its frames stay as they are, this one resumes after the call
          save();
          t.parkedFrame = fp;
          throw thrown;
        }
        // ---- exception unwinding ----
        const reraise = thrown instanceof Reraise;
        let exc = reraise ? (thrown as Reraise).exc : toPyException(thrown);
        if (thrown instanceof Error && !(thrown instanceof RangeError) && vmHooks.debug) {
          process.stderr.write(`[gilt debug] ${thrown.stack}\n`);
        }
        kwnames = null;
        let failedIp = ip - 1;
        if (!reraise) vmHooks.addTraceback(exc, fp, info, failedIp);
        for (;;) {
          const h = findHandler(info, failedIp);
          if (h >= 0) {
            const tab = info.exceptionTable;
            const depth = tab[h + 3];
            const target = tab[h + 2];
            if ((depth & NO_UNWIND) === 0) {
              const base = stackBase(fp, info);
              while (sp > base + depth) {
                const v = I32[--sp];
                decref(v);
              }
            }
            I32[sp++] = exc;
            ip = target;
            break;
          }
          // no handler in this frame: pop it
          if (fp === entry) {
            I32[fp + Frame.Ip] = ip;
            I32[fp + Frame.Sp] = sp - stackBase(fp, info);
            throw new PyErr(exc);
          }
          const back = I32[fp + Frame.Back];
          clearFrame(fp, info, sp);
          t.depth--;
          t.popFrameSpace(fp);
          fp = back;
          reload();
          failedIp = ip - 1;
          vmHooks.addTraceback(exc, fp, info, failedIp);
        }
        exc = 0;
      }
    }
  } finally {
    t.nestedEvals--;
    t.frame = savedFrame;
  }
}

/** Thrown for a re-raise, which must not add a traceback entry. */
export class Reraise {
  constructor(readonly exc: Ref) {}
}

/** The __exit__ (or __aexit__) of a context manager, and the result of calling its __enter__ (__aenter__). */
function enterContext(mgr: Ref, isAsync: boolean): [Ref, Ref] {
  const protocol = isAsync ? 'the asynchronous context manager protocol' : 'the context manager protocol';
  const enter = vmHooks.specialMethod(mgr, isAsync ? N.__aenter__ : N.__enter__, protocol);
  let exit: Ref;
  try {
    exit = vmHooks.specialMethod(mgr, isAsync ? N.__aexit__ : N.__exit__, protocol, true);
  } catch (e) {
    decref(enter);
    throw e;
  }
  try {
    return [exit, call(enter, [], null)];
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
}

function freeVarError(info: CodeInfo, i: number): PyErr {
  const name = freeVarName(info, i);
  if (i < info.ncells) {
    return raise(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }
  return raise(T.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function isDictExact(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.dict;
}

/** locals[name] as a new reference, or 0 (for LOAD_NAME on any mapping). */
function mappingGet(m: Ref, name: Ref): Ref {
  if (isDictExact(m)) {
    const v = dictGetStr(m, name);
    if (v !== 0) incref(v);
    return v;
  }
  try {
    return getItem(m, name);
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.KeyError)) {
      decref(e.exc);
      return 0;
    }
    throw e;
  }
}

function builtinLookup(builtins: Ref, name: Ref): Ref {
  if (isDictExact(builtins)) return dictGetStr(builtins, name);
  const v = mappingGet(builtins, name);
  if (v !== 0) decref(v); // builtins mapping keeps it alive
  return v;
}

/** For LOAD_METHOD: an unbound method on the type that the instance does not shadow, or 0. */
function methodLookup(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const flags = I32[t + TypeObj.Flags];
  if (flags & (TypeFlag.HasGetattribute)) return 0;
  const lay = I32[t + TypeObj.Layout];
  if (lay === Layout.Type || lay === Layout.Module || lay === Layout.Super) return 0;
  const descr = lookupType(t, name);
  if (descr === 0 || (descr & 1) === 1) return 0;
  const dt = I32[descr + Obj.Type];
  if (dt !== T.function && dt !== T.method_descriptor) return 0;
  if (dt === T.method_descriptor && I32[descr + DescrObj.Kind] !== MethodKind.Instance) return 0;
  const d = instanceDict(obj, false);
  if (d !== 0 && dictGetStr(d, name) !== 0) return 0;
  incref(descr);
  return descr;
}

/** Fast paths for list[int], tuple[int], dict[key]: 0 when not applicable. */
function subscrFast(container: Ref, key: Ref): Ref {
  if ((container & 1) === 1) return 0;
  const t = I32[container + Obj.Type];
  if ((key & 1) === 1) {
    let i = key >> 1;
    if (t === T.list) {
      const n = I32[container + ListObj.Length];
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        const v = I32[I32[container + ListObj.Items] + Block.RawHeaderWords + i];
        incref(v);
        return v;
      }
      return 0;
    }
    if (t === T.tuple) {
      const n = tupleLen(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        const v = tupleItem(container, i);
        incref(v);
        return v;
      }
      return 0;
    }
  }
  if (t === T.dict) {
    const v = dictGetItem(container, key);
    if (v !== 0) {
      incref(v);
      return v;
    }
  }
  return 0;
}

function smallIntOp(op: number, a: Ref, b: Ref): Ref {
  const x = a >> 1, y = b >> 1;
  switch (op) {
    case BinOp.Add: return newInt(x + y);
    case BinOp.Sub: return newInt(x - y);
    case BinOp.Mul: {
      const p = x * y;
      if (p >= -0x40000000 && p <= 0x3fffffff) return (p << 1) | 1;
      return intBinop(BinOp.Mul, a, b);
    }
    case BinOp.And: return ((x & y) << 1) | 1;
    case BinOp.Or: return ((x | y) << 1) | 1;
    case BinOp.Xor: return ((x ^ y) << 1) | 1;
    default: return intBinop(op, a, b);
  }
}

function compareSmall(op: CompareOp, x: number, y: number): boolean {
  switch (op) {
    case CompareOp.Lt: return x < y;
    case CompareOp.Le: return x <= y;
    case CompareOp.Eq: return x === y;
    case CompareOp.Ne: return x !== y;
    case CompareOp.Gt: return x > y;
    default: return x >= y;
  }
}

void intCompare;

/** Unpack exactly n items into the stack at dst (first item deepest... CPython pushes last item first). */
function unpackSequence(seq: Ref, n: number, dst: number): void {
  // items go on the stack so that item 0 is on top
  const t = typeOf(seq);
  if (t === T.tuple || t === T.list) {
    const len = t === T.tuple ? tupleLen(seq) : listLen(seq);
    if (len !== n) throw unpackCountError(len, n);
    for (let i = 0; i < n; i++) {
      const v = t === T.tuple ? tupleItem(seq, i) : listItem(seq, i);
      incref(v);
      I32[dst + n - 1 - i] = v;
    }
    return;
  }
  const it = getIterOrNull(seq);
  if (it === 0) throw raise(T.TypeError, `cannot unpack non-iterable ${typeNameOfObj(seq)} object`);
  const got: Ref[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === 0) break;
      got.push(v);
      if (got.length > n) throw raise(T.ValueError, `too many values to unpack (expected ${n})`);
    }
    if (got.length < n) throw unpackCountError(got.length, n);
  } catch (e) {
    for (const v of got) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  for (let i = 0; i < n; i++) I32[dst + n - 1 - i] = got[i];
}

function unpackCountError(len: number, n: number): PyErr {
  if (len > n) return raise(T.ValueError, `too many values to unpack (expected ${n})`);
  return raise(T.ValueError, `not enough values to unpack (expected ${n}, got ${len})`);
}

function unpackEx(seq: Ref, before: number, after: number, dst: number): void {
  const items = iterToArray(seq);
  if (items.length < before + after) {
    for (const v of items) decref(v);
    throw raise(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const total = before + 1 + after;
  const mid = newList(0);
  for (let i = before; i < items.length - after; i++) listAppendSteal(mid, items[i]);
  const out: Ref[] = [];
  for (let i = 0; i < before; i++) out.push(items[i]);
  out.push(mid);
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  for (let i = 0; i < total; i++) I32[dst + total - 1 - i] = out[i];
}

/**
 * The arguments for an inline call of `func` with `first` (if not 0) before `rest`, or null when func is not
 * a plain Python function (generator functions make a generator instead of running).
 */
function inlineArgs(func: Ref, first: Ref, rest: ArrayLike<Ref>): Ref[] | null {
  if ((func & 1) !== 0 || I32[func + Obj.Type] !== T.function) return null;
  if (codeInfo(I32[func + FunctionObj.Code]).flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) {
    return null;
  }
  const argv: Ref[] = [];
  if (first !== 0) argv.push(first);
  for (let i = 0; i < rest.length; i++) argv.push(rest[i]);
  return argv;
}

/** f(*args, **kwargs) as an inline call, when f is a Python function (or a method of one), args a tuple and
 * kwargs a dict of str keys; otherwise null (the generic path then checks and reports everything). */
function spreadForInline(callable: Ref, self: Ref, args: Ref, kwargs: Ref): { func: Ref; argv: Ref[]; kwnames: string[] | null } | null {
  if ((callable & 1) !== 0 || (args & 1) !== 0 || I32[args + Obj.Type] !== T.tuple) return null;
  if (kwargs !== 0 && ((kwargs & 1) !== 0 || I32[kwargs + Obj.Type] !== T.dict)) return null;
  let func = callable;
  let first = self;
  if (self === 0 && I32[callable + Obj.Type] === T.method) {
    func = I32[callable + BoundMethodObj.Func];
    first = I32[callable + BoundMethodObj.Self];
  }
  const argv = inlineArgs(func, first, tupleItems(args));
  if (argv === null) return null;
  let kwnames: string[] | null = null;
  if (kwargs !== 0 && dictLen(kwargs) > 0) {
    kwnames = [];
    for (const k of dictKeys(kwargs)) {
      if (!isStr(k)) return null;
      kwnames.push(strValue(k));
      argv.push(dictGetItem(kwargs, k));
    }
  }
  return { func, argv, kwnames };
}

/** Calls that are not inline Python-function calls. */
function callOther(callable: Ref, args: Ref[], kw: string[] | null): Ref {
  if ((callable & 1) === 0) {
    const t = I32[callable + Obj.Type];
    if (t === T.builtin_function_or_method) {
      return natives[I32[callable + BuiltinFunctionObj.Native]](I32[callable + BuiltinFunctionObj.Self], args, kw);
    }
  }
  return call(callable, args, kw);
}

/** Push a frame for a Python function call onto the thread stack with its arguments bound. */
export function pushFunctionFrame(t: ThreadState, func: Ref, info: CodeInfo, args: ArrayLike<Ref>, nargs: number,
  kw: string[] | null): number {
  t.enterCall();
  const fp = t.pushFrameSpace(info.frameWords);
  initFrameHeader(fp, info, func, I32[func + FunctionObj.Globals], I32[func + FunctionObj.Builtins], 0, FrameOwner.Thread);
  try {
    if (kw === null && nargs === info.argcount && info.kwonlyargcount === 0 &&
      (info.flags & (CodeFlag.VarArgs | CodeFlag.VarKeywords)) === 0) {
      const lp = fp + Frame.LocalsPlus;
      for (let i = 0; i < nargs; i++) {
        const v = args[i];
        incref(v);
        I32[lp + i] = v;
      }
    } else {
      bindArgs(fp, info, func, args, nargs, kw);
    }
    if (info.ncells + info.nfree > 0) initCells(fp, info, func);
  } catch (e) {
    clearFrame(fp, info, stackBase(fp, info));
    t.depth--;
    t.popFrameSpace(fp);
    throw e;
  }
  return fp;
}

/** Handle whatever the eval breaker flags (GC, signals, GIL requests). */
export function handleEvalBreaker(t: ThreadState): void {
  const bits = I32[HeapHeader.EvalBreaker];
  if (bits & EvalBreakerBit.GcPending) {
    Atomics.and(I32, HeapHeader.EvalBreaker, ~EvalBreakerBit.GcPending);
    vmHooks.collectGarbage();
  }
  if (bits & EvalBreakerBit.Signals) vmHooks.handleSignals(t);
  if (bits & EvalBreakerBit.GilDropRequest) vmHooks.dropGil(t);
}

export { lineOf, MakeFunctionFlag, callBound, getAttrOrNull, isDataDescriptorType, typeNameOfObj, typeName, isStr, isTuple, isList, isDict, dictKeys, dictLen, newCell, listAppend };
