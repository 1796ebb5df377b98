// _gilt_sre: the native side of lib/re. A compiled pattern is a handle object holding the pattern and flags
// (so any worker can rebuild it); each worker keeps its compiled program (src/modules/re/) keyed by the
// handle's unique id.

import { I32, nextUniqueId } from '../heap/heap';
import { Layout, NativeDataObj } from '../heap/layout';
import { allocObject, decref, newref, PyErr, raise, Ref, S, T } from '../objects/core';
import { defineType } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { isStr, newStr, strValue, strIsWide, strLen } from '../objects/str';
import { isBytes, bytesValue, newBytes } from '../objects/bytes';
import { newInt, intToSafe } from '../objects/int';
import { newTuple, tupleInit, tupleSteal } from '../objects/tuple';
import { newDict, dictSetItem } from '../objects/dict';
import { listSteal } from '../objects/list';
import { call, typeNameOfObj } from '../objects/abstract';
import { compileRegex, parseTemplate, CompiledRegex, RegexError } from './re/index';
import { defineModule } from './registry';

defineType({ name: 'SRE_Handle', layout: Layout.NativeData, basicWords: NativeDataObj.Size, module: '_gilt_sre' });

const compiled = new Map<number, CompiledRegex>();

function patternValue(p: Ref): string | Uint8Array {
  if (isStr(p)) return strValue(p);
  if (isBytes(p)) return bytesValue(p);
  throw raise(T.TypeError, `first argument must be string or compiled pattern`);
}

function regexError(e: RegexError, pattern: Ref, errorClass: Ref): PyErr {
  if (e.kind !== 'error') return raise((T as Record<string, number>)[e.kind], e.msg);
  const msg = newStr(e.msg);
  const pos = e.pos === null ? S.None : newInt(e.pos);
  try {
    return new PyErr(call(errorClass, [msg, pattern, pos], null));
  } finally {
    decref(msg);
    decref(pos);
  }
}

/** The compiled program for a handle (compiled again in a worker that has not seen it). */
function program(h: Ref): CompiledRegex {
  const id = I32[h + NativeDataObj.Id];
  let c = compiled.get(id);
  if (c === undefined) {
    c = compileRegex(patternValue(I32[h + NativeDataObj.Ref1]), intToSafe(I32[h + NativeDataObj.Ref2]) ?? 0);
    compiled.set(id, c);
  }
  return c;
}

function subjectOf(s: Ref): string | Uint32Array | Uint8Array {
  if (isStr(s)) {
    if (!strIsWide(s)) return strValue(s);
    return Uint32Array.from(Array.from(strValue(s), (ch) => ch.codePointAt(0)!));
  }
  if (isBytes(s)) return bytesValue(s);
  throw raise(T.TypeError, `expected string or bytes-like object, got '${typeNameOfObj(s)}'`);
}

export const sreDef = defineModule('_gilt_sre', {
  gilSafe: true, // patterns and matches are immutable; a match runs on per-call state
  functions: {
    compile: (_self, args) => {
      const [pattern, flags, errorClass] = args;
      let c: CompiledRegex;
      try {
        c = compileRegex(patternValue(pattern), intToSafe(flags) ?? 0);
      } catch (e) {
        if (e instanceof RegexError) throw regexError(e, pattern, errorClass);
        throw e;
      }
      const h = allocObject(specTypeRef('SRE_Handle'), NativeDataObj.Size);
      const id = nextUniqueId();
      I32[h + NativeDataObj.Id] = id;
      I32[h + NativeDataObj.Ref1] = newref(pattern);
      I32[h + NativeDataObj.Ref2] = newInt(c.flags);
      compiled.set(id, c);
      return h;
    },
    info: (_self, args) => {
      const c = program(args[0]);
      const gi = newDict();
      for (const [name, idx] of c.groupIndex) {
        const k = newStr(name), v = newInt(idx);
        dictSetItem(gi, k, v);
        decref(k);
        decref(v);
      }
      return tupleSteal([newInt(c.groups), gi, newInt(c.flags)]);
    },
    exec: (_self, args) => {
      const [h, s, posR, endR, modeR] = args;
      const c = program(h);
      const subject = subjectOf(s);
      const len = isStr(s) ? strLen(s) : subject.length;
      const clamp = (v: number | null) => Math.max(0, Math.min(len, v ?? 0));
      const pos = clamp(intToSafe(posR));
      const end = clamp(intToSafe(endR));
      const r = c.exec(subject, pos, end, (intToSafe(modeR) ?? 0) as 0 | 1 | 2 | 3);
      if (r === null) return S.None;
      const t = newTuple(r.length);
      for (let i = 0; i < r.length; i++) tupleInit(t, i, newInt(r[i]));
      return t;
    },
    template: (_self, args) => {
      const [h, repl] = args;
      const c = program(h);
      let parts: Array<string | Uint8Array | number>;
      try {
        parts = parseTemplate(patternValue(repl), c.groups, c.groupIndex);
      } catch (e) {
        if (e instanceof RegexError) {
          // re.error (its class passed by lib/re) for a bad template, as for a bad pattern
          if (args.length > 2) throw regexError(e, repl, args[2]);
          if (e.kind !== 'error') throw raise((T as Record<string, number>)[e.kind], e.msg);
          throw raise(T.ValueError, e.msg);
        }
        throw e;
      }
      return listSteal(parts.map((p) => (typeof p === 'number' ? newInt(p) : typeof p === 'string' ? newStr(p) : newBytes(p))));
    },
  },
});
