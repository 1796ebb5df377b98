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

import { ftSafe } from '../gil/ft';
import { holdsLock, lockedCall } from '../gil/critical_section';
import { ftConcurrent, quiescent } from '../gil/ft';
import { I32 } from '../heap/heap';
import {
  Block, BoundMethodObj, BuiltinFunctionObj, CellObj, CodeFlag, EvalBreakerBit, Frame, FrameOwner, FunctionObj, HeapHeader,
  DescrObj, ListObj, MethodKind, Obj, TypeObj,
} from '../heap/layout';
import { HeapExhausted } from '../heap/alloc';
import { allocObject, decref, incref, natives, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { Op, FormatFlag, MakeFunctionFlag } from '../compiler/opcodes';
import { NO_UNWIND } from '../compiler/emitter';
import { codeInfo, CodeInfo, ICache, lineOf } from '../objects/code';
import {
  binaryOp, call, contains, getAttr, getItem, getIter, inplaceOp, isTrue, iterNext,
  richCompare, setItem, repr, str, typeNameOfObj, getAttrOrNull, callBound,
  isInstanceOfType, isDataDescriptorType, getIterOrNull, descrSelfError, descrGet,
} from '../objects/abstract';
import { isSubtype } from '../objects/type';
import { BinOp, CompareOp, InplaceOffset } from '../objects/typespec';
import { isStr, newStr, strConcatRefs, strValue, typeName } from '../objects/str';
import { newTuple, tupleInit, tupleItem, tupleItems, tupleLen, isTuple } from '../objects/tuple';
import { listAppend, listAppendSteal, newList, isList, listLen, listItem } from '../objects/list';
import { dictGetStr, dictSetItem, isDict, dictGetItem, dictKeys, dictLen, spreadKeywords } from '../objects/dict';
import { newCell } from '../objects/function';
import { keyError } from '../objects/dict_methods';
import { ThreadState } from './thread_state';
import { bindArgs, clearFrame, initCells, initFrameHeader, stackBase } from './frames';
import { intBinop, intCompare, newInt } from '../objects/int';
import { vmHooks } from './hooks';
import { HostError } from '../text/host_error';
import { isParkable, PARK } from '../threads/park';
import { rangeIterNext } from '../objects/range';
import { listIterNext } from '../objects/iterators';
import {
  dictGetHinted, dictStoreHinted, initResultError, listStoreFast, loadAttr, loadGlobal, lookupMethod, numberBinop, numberCompare, plainInit, storeAttr,
} from './fastops';
import { execRareOp, rareThrow } from './eval_rare';
import { codeFor, profileC, traceEnter, traceException, traceLine, traceReturn, traceUnwind } from './trace';

/** Names of unbound-variable errors, by opcode family. */
export function unboundLocal(info: CodeInfo, i: number): PyErr {
  return raise(T.UnboundLocalError, `cannot access local variable '${info.varnames[i]}' where it is not associated with a value`);
}

export function freeVarName(info: CodeInfo, i: number): string {
  return i < info.ncells ? info.cellvars[i] : info.freevars[i - info.ncells];
}

export function nameError(name: Ref): PyErr {
  return vmHooks.nameError(strValue(name));
}

/** Find the exception handler covering instruction ip: [target, depth, lasti] or null. */
export function findHandler(info: CodeInfo, ip: number): number {
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

  // No closures over these locals (a captured variable lives in a heap context, not a register): the frame
  // switches below repeat the few lines of a reload, and saveFrame() takes them as arguments.

  if (vmHooks.pendingThrow !== 0) {
    pendingExc = vmHooks.pendingThrow;
    vmHooks.pendingThrow = 0;
  }

  try {
    if (t.tracing !== 0) code = start === entry ? traceEnter(t, fp, info) : codeFor(t, fp, info);
    for (;;) {
      // What the instruction raised. Python raises inside this loop (raise, re-raise, unbound names …) set it
      // and leave with `break dispatch` instead of a JS throw: V8 gives every throw statement a source
      // location by scanning the throwing function's whole position table, which for runFrame is long.
      let thrown: unknown = null;
      dispatch: try {
        if (pendingExc !== 0) {
          thrown = new PyErr(pendingExc);
          pendingExc = 0;
          break dispatch;
        }
        for (;;) {
          let word = code[ip++];
          // one pass per instruction: only Op.TRACE (a traced frame) goes round again, with the real instruction
          for (;;) { switch (word & 255) {
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
              if (v === 0) {
                thrown = unboundLocal(info, word >> 8);
                break dispatch;
              }
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
            case Op.LOAD_DEREF: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              const v = I32[cell + CellObj.Contents];
              if (v === 0) {
                thrown = freeVarError(info, word >> 8);
                break dispatch;
              }
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
            case Op.LOAD_CLOSURE: {
              const cell = I32[lp + info.nlocals + (word >> 8)];
              incref(cell);
              I32[sp++] = cell;
              break;
            }
            case Op.LOAD_GLOBAL: {
              const v = loadGlobal(fp, names[word >> 8], info.icache, (ip - 1) << ICache.Shift);
              incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.LOAD_NAME: {
              const name = names[word >> 8];
              const locals = I32[fp + Frame.Locals];
              const c = (ip - 1) << ICache.Shift;
              let v: Ref;
              if (locals === 0 || isDictExact(locals)) {
                v = locals === 0 ? 0 : dictGetHinted(locals, name, info.icache, c + 2);
                if (v === 0) v = loadGlobal(fp, name, info.icache, c);
                incref(v);
              } else {
                v = mappingGet(locals, name);
                if (v === 0) v = newref(loadGlobal(fp, name, info.icache, c));
              }
              I32[sp++] = v;
              break;
            }
            case Op.STORE_NAME: {
              const v = I32[--sp];
              const locals = I32[fp + Frame.Locals];
              try {
                if (isDictExact(locals)) {
                  const c = ((ip - 1) << ICache.Shift) + 2;
                  if (!dictStoreHinted(locals, names[word >> 8], v, info.icache, c)) dictSetItem(locals, names[word >> 8], v);
                } else {
                  setItem(locals, names[word >> 8], v);
                }
              } finally {
                decref(v);
              }
              break;
            }
            case Op.LOAD_ATTR: {
              const obj = I32[sp - 1];
              const v = loadAttr(obj, names[word >> 8], info.icache, (ip - 1) << ICache.Shift);
              I32[sp - 1] = v;
              decref(obj);
              break;
            }
            case Op.STORE_ATTR: {
              const obj = I32[--sp];
              const v = I32[--sp];
              try {
                storeAttr(obj, names[word >> 8], v, info.icache, (ip - 1) << ICache.Shift);
              } finally {
                decref(obj);
                decref(v);
              }
              break;
            }
            case Op.LOAD_METHOD: {
              const obj = I32[sp - 1];
              const name = names[word >> 8];
              const meth = lookupMethod(obj, name, info.icache, (ip - 1) << ICache.Shift);
              if (meth !== 0) {
                incref(meth);
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
                if (v === MISSING_KEY) {
                  // d[k] of a plain dict without k: the KeyError is raised here, without a JS throw
                  thrown = keyError(key);
                  break dispatch;
                }
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
              if (listStoreFast(container, key, v)) {
                decref(container);
                break;
              }
              try {
                setItem(container, key, v);
              } finally {
                decref(key);
                decref(container);
                decref(v);
              }
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
                r = numberBinop(op, a, b);
                if (r !== 0) {
                  decref(b);
                  decref(a);
                  I32[sp - 1] = r;
                  break;
                }
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
                r = numberCompare(word >> 8, a, b);
                if (r !== 0) {
                  decref(b);
                  decref(a);
                  I32[sp - 1] = r;
                  break;
                }
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
            case Op.BUILD_STRING: {
              const n = word >> 8;
              sp -= n;
              const s = strConcatRefs(sp, n);
              for (let i = 0; i < n; i++) decref(I32[sp + i]);
              I32[sp++] = s;
              break;
            }
            case Op.LIST_APPEND: {
              const v = I32[--sp];
              listAppendSteal(I32[sp - (word >> 8)], v);
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
                if (spec === 0 && (v & 1) === 1) {
                  I32[sp - 1] = newStr(String(v >> 1)); // format(n, '') of an int is str(n)
                  break;
                }
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
            case Op.JUMP_FORWARD:
              ip = word >> 8;
              break;
            case Op.JUMP_BACKWARD:
              if (__GILT_FT__ && ftConcurrent) quiescent();
              // the breaker is handled before jumping, so an exception it raises belongs to this instruction
              if (I32[HeapHeader.EvalBreaker] !== 0) {
                saveFrame(fp, info, ip, sp);
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
              const itType = I32[it + Obj.Type];
              const v = itType === T.range_iterator ? rangeIterNext(it) : itType === T.list_iterator ? listIterNext(it) : iterNext(it);
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
              if (__GILT_FT__ && ftConcurrent) quiescent();
              if (I32[HeapHeader.EvalBreaker] !== 0) {
                saveFrame(fp, info, ip, sp);
                handleEvalBreaker(t);
              }
              const n = word >> 8;
              const base = sp - n - 2;
              let callable = I32[base];
              const self = I32[base + 1];
              const kw = kwnames;
              kwnames = null;
              let argStart = self !== 0 ? base + 1 : base + 2;
              let nargs = self !== 0 ? n + 1 : n;
              if (self === 0 && (callable & 1) === 0 && I32[callable + Obj.Type] === T.method &&
                (I32[callable + BoundMethodObj.Func] & 1) === 0 &&
                I32[I32[callable + BoundMethodObj.Func] + Obj.Type] === T.function) {
                // a method bound to an object, of a Python function: call the function with the object first
                // (inline, like a LOAD_METHOD call, so a thread can park inside it)
                const inner = I32[callable + BoundMethodObj.Func];
                I32[base + 1] = newref(I32[callable + BoundMethodObj.Self]);
                I32[base] = newref(inner);
                decref(callable);
                callable = inner;
                argStart = base + 1;
                nargs = n + 1;
              }
              let func = callable;
              let keep = base; // the caller's stack height while the callee runs
              let owner = FrameOwner.Thread;
              if (self === 0 && (callable & 1) === 0 && I32[callable + Obj.Type] === T.type) {
                const init = plainInit(callable);
                if (init !== 0) {
                  // C(...): the new instance replaces C on the caller's stack, and is __init__'s first argument
                  const obj = allocObject(callable, I32[callable + TypeObj.BasicWords]);
                  I32[base] = obj;
                  I32[base + 1] = newref(obj);
                  decref(callable);
                  func = init;
                  argStart = base + 1;
                  nargs = n + 1;
                  keep = base + 1;
                  owner = FrameOwner.InitCall;
                }
              }
              // Python function: push its frame and continue here (no JS recursion)
              if ((func & 1) === 0 && I32[func + Obj.Type] === T.function) {
                const cinfo = codeInfo(I32[func + FunctionObj.Code]);
                if ((cinfo.flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) === 0) {
                  I32[fp + Frame.Ip] = ip;
                  I32[fp + Frame.Sp] = keep - stackBase(fp, info);
                  let nfp: number;
                  if (kw === null && nargs === cinfo.argcount && cinfo.simpleArgs) {
                    // the arguments' stack references move into the callee's locals
                    nfp = pushSimpleFrame(t, func, cinfo, argStart, nargs);
                    if (owner === FrameOwner.Thread) decref(callable);
                  } else {
                    nfp = pushFunctionFrame(t, func, cinfo, I32, argStart, nargs, kw);
                    // the caller's stack entries are released now; the callee holds its own references
                    for (let p = keep; p < sp; p++) decref(I32[p]);
                  }
                  I32[nfp + Frame.Owner] = owner;
                  I32[nfp + Frame.Back] = fp;
                  fp = nfp;
                  info = cinfo;
                  code = info.code;
                  consts = info.consts;
                  names = info.names;
                  lp = fp + Frame.LocalsPlus;
                  ip = 0;
                  sp = stackBase(fp, info);
                  t.frame = fp;
                  if (t.tracing !== 0) code = traceEnter(t, fp, info);
                  break;
                }
              }
              let r: Ref;
              try {
                saveFrame(fp, info, ip, sp);
                // a thread's own loop calling a native that can park: let it (see src/threads/park.ts)
                if (t.canPark && t.nestedEvals === 1 && isParkable(callable)) t.parkWindow = true;
                r = t.tracing === 0 ? callOther(callable, argStart, nargs, kw) : callProfiled(t, fp, callable, argStart, nargs, kw);
              } finally {
                t.parkWindow = false;
                for (let p = base; p < sp; p++) decref(I32[p]);
                sp = base;
              }
              I32[sp++] = r;
              // a signal that came during a blocking call is handled as it returns, as CPython does, so its
              // handler's exception belongs to the call (`try: lock.acquire() finally: …` stays balanced)
              if ((I32[HeapHeader.EvalBreaker] & EvalBreakerBit.Signals) !== 0) {
                saveFrame(fp, info, ip, sp);
                vmHooks.handleSignals(t);
              }
              // the call may have set a trace function, or this frame's f_trace
              if (t.tracing !== 0) code = codeFor(t, fp, info);
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
                saveFrame(fp, info, ip, sp);
                let nfp: number;
                const cinfo = codeInfo(I32[spread.func + FunctionObj.Code]);
                try {
                  nfp = pushFunctionFrame(t, spread.func, cinfo, spread.argv, 0, spread.argv.length, spread.kwnames);
                } finally {
                  decref(callable);
                  decref(self);
                  decref(args);
                  decref(kwargs);
                }
                I32[nfp + Frame.Back] = fp;
                fp = nfp;
                info = cinfo;
                code = info.code;
                consts = info.consts;
                names = info.names;
                lp = fp + Frame.LocalsPlus;
                ip = 0;
                sp = stackBase(fp, info);
                t.frame = fp;
                if (t.tracing !== 0) code = traceEnter(t, fp, info);
                break;
              }
              let r: Ref;
              try {
                saveFrame(fp, info, ip, sp);
                r = t.tracing === 0 ? vmHooks.callEx(callable, self, args, kwargs) : callExProfiled(t, fp, callable, self, args, kwargs);
              } finally {
                decref(callable);
                decref(self);
                decref(args);
                decref(kwargs);
              }
              I32[sp++] = r;
              break;
            }
            case Op.RETURN_VALUE: {
              if (t.tracing !== 0) {
                saveFrame(fp, info, ip, sp);
                traceReturn(t, fp, I32[sp - 1]);
              }
              const r = I32[--sp];
              I32[fp + Frame.Ip] = ip; // f_lineno of a frame object that outlives the frame
              if (fp === entry) {
                I32[fp + Frame.Sp] = sp - stackBase(fp, info);
                return r;
              }
              const back = I32[fp + Frame.Back];
              const owner = I32[fp + Frame.Owner];
              clearFrame(fp, info, sp);
              t.depth--;
              t.popFrameSpace(fp);
              fp = back;
              info = codeInfo(I32[fp + Frame.Code]);
              code = info.code;
              consts = info.consts;
              names = info.names;
              lp = fp + Frame.LocalsPlus;
              ip = I32[fp + Frame.Ip];
              sp = stackBase(fp, info) + I32[fp + Frame.Sp];
              t.frame = fp;
              if (t.tracing !== 0) code = codeFor(t, fp, info);
              // __init__ of a class call: the instance is already on the caller's stack
              if (owner === FrameOwner.InitCall) {
                if (r !== S.None) {
                  thrown = initResultError(r);
                  break dispatch;
                }
                break;
              }
              I32[sp++] = r;
              break;
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
            case Op.YIELD_VALUE: {
              if (t.tracing !== 0) {
                saveFrame(fp, info, ip, sp);
                traceReturn(t, fp, I32[sp - 1]);
              }
              const v = I32[--sp];
              I32[fp + Frame.Ip] = ip;
              I32[fp + Frame.Sp] = sp - stackBase(fp, info);
              if (fp !== entry) throw new Error('yield outside the entry frame');
              t.yielded = true;
              return v;
            }
            case Op.SEND: {
              const v = I32[--sp];
              const it = I32[sp - 1];
              let r: Ref;
              try {
                saveFrame(fp, info, ip, sp);
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
            case Op.TRACE:
              word = info.code[ip - 1];
              saveFrame(fp, info, ip, sp);
              if (t.tracing === 0 || !traceLine(t, fp, info, ip - 1)) code = info.code;
              continue;
            default:
              try {
                sp = execRareOp(t, fp, info, word, ip, sp);
              } catch (e) {
                sp = rareThrow.sp;
                thrown = e;
                break dispatch;
              }
              if (sp < 0) {
                // raise / re-raise: handed over without a JS throw
                sp = rareThrow.sp;
                thrown = rareThrow.raised;
                rareThrow.raised = null;
                break dispatch;
              }
          } break; }
        }
      } catch (e) {
        thrown = e;
      }
      {
        if (thrown === PARK) {
          // the thread gives up its worker: its frames stay as they are, this one resumes after the call
          saveFrame(fp, info, ip, sp);
          t.parkedFrame = fp;
          throwFromHelper(thrown);
        }
        // ---- exception unwinding ----
        const reraise = thrown instanceof Reraise;
        let exc = reraise ? (thrown as Reraise).exc : toPyException(thrown);
        if (thrown instanceof Error && !(thrown instanceof RangeError) && vmHooks.debug) {
          process.stderr.write(`[gilt debug] ${thrown.stack}\n`);
        }
        kwnames = null;
        let failedIp = ip - 1;
        if (!reraise) {
          // an exception raised here (by a native or an instruction) gets the handled one as __context__
          if (!(thrown instanceof PyErr && thrown.unwound)) vmHooks.chainContext(exc);
          vmHooks.addTraceback(exc, fp, info, failedIp);
          if (t.tracing !== 0) exc = traceException(t, fp, exc);
        }
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
          if (t.tracing !== 0) exc = traceUnwind(t, fp, exc);
          if (fp === entry) {
            I32[fp + Frame.Ip] = ip;
            I32[fp + Frame.Sp] = sp - stackBase(fp, info);
            const out = new PyErr(exc);
            out.unwound = true;
            throwFromHelper(out);
          }
          const back = I32[fp + Frame.Back];
          clearFrame(fp, info, sp);
          t.depth--;
          t.popFrameSpace(fp);
          fp = back;
          info = codeInfo(I32[fp + Frame.Code]);
          code = info.code;
          consts = info.consts;
          names = info.names;
          lp = fp + Frame.LocalsPlus;
          ip = I32[fp + Frame.Ip];
          sp = stackBase(fp, info) + I32[fp + Frame.Sp];
          t.frame = fp;
          failedIp = ip - 1;
          vmHooks.addTraceback(exc, fp, info, failedIp);
          if (t.tracing !== 0) {
            code = codeFor(t, fp, info);
            exc = traceException(t, fp, exc);
          }
        }
        exc = 0;
      }
    }
  } finally {
    t.nestedEvals--;
    t.frame = savedFrame;
  }
}

/**
 * `throw e` outside runFrame: V8 computes a source location for each throw statement (Isolate::ComputeLocation)
 * by scanning the throwing function's source position table from its start, which costs microseconds in a
 * function as long as runFrame. Rethrowing from a finally block does not compute one.
 */
export function throwFromHelper(e: unknown): never {
  throw e;
}

/** Record ip and sp in the frame, for tracebacks and for code that looks at the frame (f_lineno, calls). */
export function saveFrame(fp: number, info: CodeInfo, ip: number, sp: number): void {
  I32[fp + Frame.Ip] = ip;
  I32[fp + Frame.Sp] = sp - stackBase(fp, info);
}

/** Thrown for a re-raise, which must not add a traceback entry. */
export class Reraise {
  constructor(readonly exc: Ref) {}
}


export function freeVarError(info: CodeInfo, i: number): PyErr {
  const name = freeVarName(info, i);
  if (i < info.ncells) {
    return raise(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  }
  return raise(T.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export function isDictExact(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.dict;
}

/** locals[name] as a new reference, or 0 (for LOAD_NAME on any mapping). */
export function mappingGet(m: Ref, name: Ref): Ref {
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

export function builtinLookup(builtins: Ref, name: Ref): Ref {
  if (isDictExact(builtins)) return dictGetStr(builtins, name);
  const v = mappingGet(builtins, name);
  if (v !== 0) decref(v); // builtins mapping keeps it alive
  return v;
}


/** What subscrFast returns for a key missing from a plain dict. */
const MISSING_KEY = -2; // even (not a small int) and negative (not a heap address)

/** Fast paths for list[int], tuple[int], dict[key]: 0 when not applicable, MISSING_KEY for a plain dict without key. */
function subscrFast(container: Ref, key: Ref): Ref {
  if ((container & 1) === 1) return 0;
  const t = I32[container + Obj.Type];
  if ((key & 1) === 1) {
    let i = key >> 1;
    if (t === T.list) {
      if (__GILT_FT__ && ftSafe) return 0; // free-threaded: the list's getitem slot takes its lock
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
    if (v === 0) return MISSING_KEY;
    incref(v);
    return v;
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
    case BinOp.Mod:
    case BinOp.FloorDiv: {
      if (y === 0) return intBinop(op, a, b); // raises ZeroDivisionError
      let m = x % y;
      if (m !== 0 && (m < 0) !== (y < 0)) m += y;
      return newInt(op === BinOp.Mod ? m : (x - m) / y);
    }
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
  if (__GILT_FT__ && ftSafe && t === T.list && !holdsLock(seq)) return lockedCall(seq, unpackSequence, seq, n, dst);
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
  if (kwargs !== 0) {
    try {
      kwnames = spreadKeywords(kwargs, argv);
    } catch (e) {
      // a key that is not a str: the generic path raises it, with the operands released
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
      return null;
    }
  }
  return { func, argv, kwnames };
}

/** Calls that are not inline Python-function calls: the nargs arguments are on the value stack at argStart. */
function callOther(callable: Ref, argStart: number, nargs: number, kw: string[] | null): Ref {
  if ((callable & 1) === 0) {
    const t = I32[callable + Obj.Type];
    if (t === T.builtin_function_or_method) {
      return natives[I32[callable + BuiltinFunctionObj.Native]](I32[callable + BuiltinFunctionObj.Self],
        stackArgs(argStart, nargs), kw);
    }
    // str(x) and type(x), as CPython 3.11 specialises them
    if (nargs === 1 && kw === null) {
      if (callable === T.str) return str(I32[argStart]);
      if (callable === T.type) return newref(typeOf(I32[argStart]));
    }
    // list.append(x) after LOAD_METHOD: the first argument is self, and it is not passed in the array
    if ((t === T.method_descriptor || t === T.wrapper_descriptor) && I32[callable + DescrObj.Kind] === MethodKind.Instance &&
      nargs > (kw === null ? 0 : kw.length)) {
      const self = I32[argStart];
      if (!isSubtype(typeOf(self), I32[callable + DescrObj.OwnerType])) throw descrSelfError(callable, self);
      return natives[I32[callable + DescrObj.Native]](self, stackArgs(argStart + 1, nargs - 1), kw);
    }
  }
  return call(callable, stackArgs(argStart, nargs), kw);
}

/** callOther with a profile function set: 'c_call', then 'c_return' or 'c_exception' around builtins. */
function callProfiled(t: ThreadState, fp: number, callable: Ref, argStart: number, nargs: number, kw: string[] | null): Ref {
  let fn = 0;
  if (t.profileFunc !== 0 && (callable & 1) === 0) {
    const type = I32[callable + Obj.Type];
    if (type === T.builtin_function_or_method) {
      fn = newref(callable);
    } else if (type === T.method_descriptor && I32[callable + DescrObj.Kind] === MethodKind.Instance &&
      nargs > (kw === null ? 0 : kw.length) && isSubtype(typeOf(I32[argStart]), I32[callable + DescrObj.OwnerType])) {
      // the profile function sees the method bound to its object, as CPython shows it
      fn = descrGet(callable, I32[argStart], 0);
    }
  }
  if (fn === 0) return callOther(callable, argStart, nargs, kw);
  try {
    profileC(t, fp, 'c_call', fn);
    let r: Ref;
    try {
      r = callOther(callable, argStart, nargs, kw);
    } catch (e) {
      if (e !== PARK) profileC(t, fp, 'c_exception', fn);
      throw e;
    }
    try {
      profileC(t, fp, 'c_return', fn);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  } finally {
    decref(fn);
  }
}

/** vmHooks.callEx with a profile function set: events around builtin functions, as callProfiled. */
function callExProfiled(t: ThreadState, fp: number, callable: Ref, self: Ref, args: Ref, kwargs: Ref): Ref {
  if (t.profileFunc === 0 || (callable & 1) !== 0 || I32[callable + Obj.Type] !== T.builtin_function_or_method) {
    return vmHooks.callEx(callable, self, args, kwargs);
  }
  profileC(t, fp, 'c_call', callable);
  let r: Ref;
  try {
    r = vmHooks.callEx(callable, self, args, kwargs);
  } catch (e) {
    profileC(t, fp, 'c_exception', callable);
    throw e;
  }
  try {
    profileC(t, fp, 'c_return', callable);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function stackArgs(start: number, n: number): Ref[] {
  const args: Ref[] = new Array(n);
  for (let i = 0; i < n; i++) args[i] = I32[start + i];
  return args;
}

/**
 * Push a frame for a call whose arguments fill exactly the positional parameters (CodeInfo.simpleArgs), taking
 * over the references of the nargs values on the value stack at argStart.
 */
function pushSimpleFrame(t: ThreadState, func: Ref, info: CodeInfo, argStart: number, nargs: number): number {
  t.enterCall();
  const fp = t.pushFrameSpace(info.frameWords);
  initFrameHeader(fp, info, func, I32[func + FunctionObj.Globals], I32[func + FunctionObj.Builtins], 0, FrameOwner.Thread);
  const lp = fp + Frame.LocalsPlus;
  for (let i = 0; i < nargs; i++) I32[lp + i] = I32[argStart + i];
  return fp;
}

/**
 * Push a frame for a Python function call onto the thread stack with its arguments bound: the nargs values of
 * args from argBase on (the eval loop passes its value stack, I32, without copying).
 */
export function pushFunctionFrame(t: ThreadState, func: Ref, info: CodeInfo, args: ArrayLike<Ref>, argBase: number,
  nargs: number, kw: string[] | null): number {
  t.enterCall();
  const fp = t.pushFrameSpace(info.frameWords);
  initFrameHeader(fp, info, func, I32[func + FunctionObj.Globals], I32[func + FunctionObj.Builtins], 0, FrameOwner.Thread);
  try {
    if (kw === null && nargs === info.argcount && info.kwonlyargcount === 0 &&
      (info.flags & (CodeFlag.VarArgs | CodeFlag.VarKeywords)) === 0) {
      const lp = fp + Frame.LocalsPlus;
      for (let i = 0; i < nargs; i++) {
        const v = args[argBase + i];
        incref(v);
        I32[lp + i] = v;
      }
    } else {
      bindArgs(fp, info, func, args, argBase, nargs, kw);
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
  if (__GILT_FT__ && bits & EvalBreakerBit.StopTheWorld) vmHooks.pauseForStop(t);
}

export { lineOf, MakeFunctionFlag, callBound, getAttrOrNull, isDataDescriptorType, typeNameOfObj, typeName, isStr, isTuple, isList, isDict, dictKeys, dictLen, newCell, listAppend };
