// The eval loop's less common instructions, kept out of runFrame so that V8 compiles the hot loop quickly and
// does not throw its optimised code away each time a program first reaches one of these (a deoptimisation
// costs a recompilation of the whole loop). None of them moves ip or switches frames.

import { I32 } from '../heap/heap';
import { CellObj, Frame } from '../heap/layout';
import { decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { Op, MakeFunctionFlag } from '../compiler/opcodes';
import { CodeInfo } from '../objects/code';
import {
  call, delItem, getAttr, isInstanceOfType, iterToArray, lenOf, setAttr, setItem, unaryOp, N,
} from '../objects/abstract';
import { intern } from '../objects/str';
import { tupleItem, tupleFrom } from '../objects/tuple';
import { listAppendSteal, listItems, newList } from '../objects/list';
import { dictSetItem, dictDelItem, newDict } from '../objects/dict';
import { ThreadState } from './thread_state';
import { newInt } from '../objects/int';
import { vmHooks } from './hooks';
import {
  freeVarError, freeVarName, isDictExact, mappingGet, nameError, Reraise, saveFrame, unboundLocal,
} from './eval';

/**
 * How execRareOp hands back an exception. sp: where the value stack ended when it threw or raised (what the
 * caller's exception unwinding must start from). raised: what raise and re-raise instructions throw, handed
 * back without a JS throw (execRareOp then returns -1): runFrame unwinds it directly, see there.
 */
export const rareThrow: { sp: number; raised: unknown } = { sp: 0, raised: null };

/** Hand the exception `e` back to runFrame without throwing it (execRareOp returns what this returns). */
function raiseToLoop(e: PyErr | Reraise, sp: number): number {
  rareThrow.raised = e;
  rareThrow.sp = sp;
  return -1;
}

/**
 * Run one of the instructions below at ip - 1 of the frame at fp; returns the new stack pointer, or -1 for an
 * exception handed back in rareThrow.raised. When it throws, rareThrow.sp is the stack pointer at that moment
 * (values it had popped are no longer the stack's).
 */
export function execRareOp(t: ThreadState, fp: number, info: CodeInfo, word: number, ip: number, sp: number): number {
  const lp = fp + Frame.LocalsPlus;
  const names = info.names;
  try {
    switch (word & 255) {
      case Op.DELETE_FAST: {
        const p = lp + (word >> 8);
        const old = I32[p];
        if (old === 0) throw unboundLocal(info, word >> 8);
        I32[p] = 0;
        decref(old);
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
      case Op.DELETE_DEREF: {
        const cell = I32[lp + info.nlocals + (word >> 8)];
        const old = I32[cell + CellObj.Contents];
        if (old === 0) throw freeVarError(info, word >> 8);
        I32[cell + CellObj.Contents] = 0;
        decref(old);
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
      case Op.DELETE_ATTR: {
        const obj = I32[--sp];
        try {
          setAttr(obj, names[word >> 8], 0);
        } finally {
          decref(obj);
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
        saveFrame(fp, info, ip, sp);
        if (n === 0) {
          const cur = t.excInfo;
          if (cur === 0) throw raise(T.RuntimeError, 'No active exception to reraise');
          incref(cur);
          return raiseToLoop(new Reraise(cur), sp);
        }
        const cause = n === 2 ? I32[--sp] : -1;
        const exc = I32[--sp];
        return raiseToLoop(new PyErr(vmHooks.makeRaise(exc, cause)), sp);
      }
      case Op.RERAISE: {
        const exc = I32[--sp];
        saveFrame(fp, info, ip, sp);
        return raiseToLoop(new Reraise(exc), sp);
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
        saveFrame(fp, info, ip, sp);
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
        saveFrame(fp, info, ip, sp);
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
          saveFrame(fp, info, ip, sp);
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
        saveFrame(fp, info, ip, sp);
        I32[sp++] = vmHooks.importFrom(m, names[word >> 8]);
        break;
      }
      case Op.IMPORT_STAR: {
        const m = I32[--sp];
        try {
          saveFrame(fp, info, ip, sp);
          vmHooks.importStar(m, I32[fp + Frame.Locals] || I32[fp + Frame.Globals]);
        } finally {
          decref(m);
        }
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = I32[sp - 1];
        const it = vmHooks.yieldFromIter(v, info.flags);
        I32[sp - 1] = it;
        decref(v);
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
        saveFrame(fp, info, ip, sp);
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
          saveFrame(fp, info, ip, sp);
          return raiseToLoop(new Reraise(exc), sp);
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
          saveFrame(fp, info, ip, sp);
          return raiseToLoop(new Reraise(exc), sp);
        }
        break;
      }
      case Op.PRINT_EXPR: {
        const v = I32[--sp];
        try {
          saveFrame(fp, info, ip, sp);
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
        saveFrame(fp, info, ip, sp);
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
          saveFrame(fp, info, ip, sp);
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
  } finally {
    // (a finally block rethrows without the cost of a throw statement)
    rareThrow.sp = sp;
  }
  return sp;
}

/** The __exit__ (or __aexit__) of a context manager, and the result of calling its __enter__ (__aenter__). */
function enterContext(mgr: Ref, isAsync: boolean): [Ref, Ref] {
  const protocol = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
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
