// The eval loop's remaining hooks: displays, formatting, with-statements and pattern matching.

import { I32 } from '../heap/heap';
import { TypeFlag, TypeObj } from '../heap/layout';
import { decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import {
  call, callMethod, getAttrOrNull, getItem, isInstanceOfType, iterToArray, lenOf, N, repr, typeNameOfObj,
  contains, getAttr, descrGet,
} from '../objects/abstract';
import { lookupType, isSubtype, isType, typeNameOf } from '../objects/type';
import { newSlice } from '../objects/slice';
import { isList, listAppendSteal, listReserve } from '../objects/list';
import { newDict, dictSetItem, dictDelItem, isDict, dictEntries } from '../objects/dict';
import { isStr, newStr, strValue, intern } from '../objects/str';
import { isTuple, tupleItem, tupleLen, tupleItems, newTuple, tupleInit, tupleSteal } from '../objects/tuple';
import { DictEntry } from '../heap/layout';
import { vmHooks } from './hooks';

vmHooks.newSlice = newSlice;

vmHooks.listExtend = (l, it) => {
  if (typeOf(it) === T.list || typeOf(it) === T.tuple) {
    const items = typeOf(it) === T.list ? listItemsOf(it) : tupleItems(it);
    listReserve(l, lenOf(l) + items.length);
    for (const v of items) {
      incref(v);
      listAppendSteal(l, v);
    }
    return;
  }
  let items: Ref[];
  try {
    items = iterToArray(it);
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.TypeError) && !lookupType(typeOf(it), N.__iter__)) {
      decref(e.exc);
      throw raise(T.TypeError, `Value after * must be an iterable, not ${typeNameOfObj(it)}`);
    }
    throw e;
  }
  for (const v of items) listAppendSteal(l, v);
};
import { listItems as listItemsOf } from '../objects/list';

vmHooks.format = (v, spec) => {
  const f = lookupType(typeOf(v), N.__format__);
  if (f === 0) throw raise(T.TypeError, `Type ${typeNameOfObj(v)} doesn't define __format__`);
  const { callBound } = abstractMod;
  const r = callBound(f, v, [spec]);
  if (!isStr(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `__format__ must return a str, not ${tn}`);
  }
  return r;
};
import * as abstractMod from '../objects/abstract';

vmHooks.ascii = (v) => {
  const r = repr(v);
  const s = strValue(r);
  decref(r);
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return newStr(out);
};

vmHooks.specialMethod = (obj, name, protocol, isExit) => {
  const f = lookupType(typeOf(obj), name);
  if (f === 0) {
    const tn = typeNameOfObj(obj);
    if (isExit) {
      throw raise(T.TypeError, `'${tn}' object does not support the ${protocol} (missed ${strValue(name)} method)`);
    }
    throw raise(T.TypeError, `'${tn}' object does not support the ${protocol}`);
  }
  return descrGet(f, obj, typeOf(obj));
};

vmHooks.displayHook = (v) => {
  const hook = getAttrOrNull(S.sysModule, intern('displayhook'));
  if (hook === 0) throw raise(T.RuntimeError, 'lost sys.displayhook');
  try {
    decref(call(hook, [v], null));
  } finally {
    decref(hook);
  }
};

// ---- match ----

vmHooks.matchKind = (v, kind) => {
  const t = typeOf(v);
  if (kind === 'mapping') {
    if (isDict(v)) return true;
    return abcCheck(v, 'Mapping');
  }
  if (isStr(v) || t === T.bytes || t === T.bytearray) return false;
  if (t === T.list || t === T.tuple || isList(v) || isTuple(v) || t === T.range || t === T.memoryview) return true;
  if (isDict(v)) return false;
  return abcCheck(v, 'Sequence');
};

/** isinstance(v, collections.abc.<name>) when collections.abc has been imported. */
function abcCheck(v: Ref, name: string): boolean {
  const { dictGetStr } = dictMod;
  const abc = dictGetStr(S.modules, intern('collections.abc'));
  if (abc === 0) return false;
  const cls = getAttrOrNull(abc, intern(name));
  if (cls === 0) return false;
  try {
    const r = call(getAttr(S.builtinsModule, intern('isinstance')), [v, cls], null);
    return r === S.True;
  } finally {
    decref(cls);
  }
}
import * as dictMod from '../objects/dict';

vmHooks.matchKeys = (subject, keys) => {
  const n = tupleLen(keys);
  if (n === 0) return newTuple(0);
  const values: Ref[] = [];
  const getFn = getAttrOrNull(subject, intern('get'));
  const seen: Ref[] = [];
  try {
    const dummy = newStr('<match-missing>');
    try {
      for (let i = 0; i < n; i++) {
        const k = tupleItem(keys, i);
        for (const s of seen) {
          const { richEq } = abstractMod;
          if (richEq(s, k)) throw raise(T.ValueError, `mapping pattern checks duplicate key (${strValue(repr(k))})`);
        }
        seen.push(k);
        const v = getFn !== 0 ? call(getFn, [k, dummy], null) : getItem(subject, k);
        if (v === dummy) {
          decref(v);
          for (const x of values) decref(x);
          return S.None;
        }
        values.push(v);
      }
    } finally {
      decref(dummy);
    }
  } finally {
    decref(getFn);
  }
  return tupleSteal(values);
};

vmHooks.copyDictWithoutKeys = (subject, keys) => {
  const d = newDict();
  if (isDict(subject)) {
    for (const e of dictEntries(subject)) dictSetItem(d, I32[e + DictEntry.Key], I32[e + DictEntry.Value]);
  } else {
    decref(callMethod(d, 'update', [subject]));
  }
  for (let i = 0; i < tupleLen(keys); i++) dictDelItem(d, tupleItem(keys, i));
  return d;
};

vmHooks.matchClass = (subject, cls, npos, kwnames) => {
  if (!isType(cls)) throw raise(T.TypeError, 'called match pattern must be a class');
  const { isInstanceOfType: isInst } = abstractMod;
  const inst = call(getAttr(S.builtinsModule, intern('isinstance')), [subject, cls], null);
  if (inst !== S.True) {
    decref(inst);
    return S.None;
  }
  const out: Ref[] = [];
  const fail = () => {
    for (const v of out) decref(v);
    return S.None;
  };
  const names: string[] = [];
  if (npos > 0) {
    const selfMatch = matchesSelf(cls);
    const ma = getAttrOrNull(cls, N.__match_args__);
    if (ma === 0) {
      if (selfMatch && npos === 1) {
        out.push(newref(subject));
      } else if (selfMatch) {
        throw raise(T.TypeError, `${typeNameOf(cls)}() accepts 1 positional sub-pattern (${npos} given)`);
      } else {
        throw raise(T.TypeError, `${typeNameOf(cls)}() accepts 0 positional sub-patterns (${npos} given)`);
      }
    } else {
      if (!isTuple(ma)) {
        decref(ma);
        throw raise(T.TypeError, `${typeNameOf(cls)}.__match_args__ must be a tuple (got ${typeNameOfObj(ma)})`);
      }
      if (npos > tupleLen(ma)) {
        const n = tupleLen(ma);
        decref(ma);
        throw raise(T.TypeError, `${typeNameOf(cls)}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const nm = tupleItem(ma, i);
        if (!isStr(nm)) throw raise(T.TypeError, `__match_args__ elements must be strings (got ${typeNameOfObj(nm)})`);
        names.push(strValue(nm));
      }
      decref(ma);
    }
  }
  for (let i = 0; i < tupleLen(kwnames); i++) names.push(strValue(tupleItem(kwnames, i)));
  const seen = new Set<string>();
  for (const nm of names) {
    if (seen.has(nm)) throw raise(T.TypeError, `${typeNameOf(cls)}() got multiple sub-patterns for attribute '${nm}'`);
    seen.add(nm);
    const v = getAttrOrNull(subject, intern(nm));
    if (v === 0) return fail();
    out.push(v);
  }
  void isInst;
  void contains;
  void isSubtype;
  return tupleSteal(out);
};

/** Builtin types whose instances (and their subclasses') match a single positional sub-pattern as themselves. */
let selfMatchTypes: Ref[] | null = null;
function matchesSelf(cls: Ref): boolean {
  selfMatchTypes ??= [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];
  return selfMatchTypes.some((t) => isSubtype(cls, t));
}

// vmHooks.newSet and vmHooks.setAdd are installed by src/objects/set.ts.

export { newTuple, tupleInit };
