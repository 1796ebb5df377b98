// Python functions: making them (MAKE_FUNCTION), calling them from TypeScript (a nested eval loop), running
// module and class bodies, f(*args, **kwargs), and __build_class__.

import { I32 } from '../heap/heap';
import { CodeFlag, Frame, FrameOwner, FunctionObj, CodeObj, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, NativeFn, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { codeInfo, CodeInfo } from '../objects/code';
import { call, iterToArray, N, setCallPythonFunction, getAttrOrNull, isInstanceOfType, typeNameOfObj, callBound } from '../objects/abstract';
import { dictGetStr, dictSetItem, isDict, newDict, dictEntries, dictGetItem, spreadKeywords } from '../objects/dict';
import { isStr, strValue, intern, newStr } from '../objects/str';
import { isTuple, tupleItem, tupleItems, tupleLen, newTuple, tupleInit, tupleFrom } from '../objects/tuple';
import { lookupType, isType, isSubtype } from '../objects/type';
import { calculateMeta, setCurrentModuleName } from '../objects/type_call';
import { DictEntry, CellObj, ModuleObj } from '../heap/layout';
import { ts } from './thread_state';
import { runFrame, pushFunctionFrame } from './eval';
import { initFrameHeader, clearFrame, stackBase, initCells, bindArgs } from './frames';
import { vmHooks } from './hooks';
import { makeGenerator } from './generators';

vmHooks.makeFunction = (code, globals, builtins, defaults, kwdefaults, annotations, closure) => {
  const f = allocObject(T.function, FunctionObj.Size);
  incref(code);
  I32[f + FunctionObj.Code] = code;
  incref(globals);
  I32[f + FunctionObj.Globals] = globals;
  incref(builtins);
  I32[f + FunctionObj.Builtins] = builtins;
  I32[f + FunctionObj.Name] = newref(I32[code + CodeObj.Name]);
  I32[f + FunctionObj.QualName] = newref(I32[code + CodeObj.QualName]);
  I32[f + FunctionObj.Defaults] = defaults; // stolen from the stack
  I32[f + FunctionObj.KwDefaults] = kwdefaults;
  I32[f + FunctionObj.Annotations] = annotations;
  I32[f + FunctionObj.Closure] = closure;
  // the docstring is the first constant of a function's code
  const info = codeInfo(code);
  const doc = info.consts.length > 0 && isStr(info.consts[0]) && (info.flags & CodeFlag.Optimized) ? info.consts[0] : S.None;
  I32[f + FunctionObj.Doc] = newref(doc);
  const modName = dictGetStr(globals, N.__name__);
  I32[f + FunctionObj.Module] = newref(modName || S.None);
  return f;
};

/** Call a Python function from TypeScript: push its frame and run a nested eval loop. */
export function callPythonFunction(f: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const code = I32[f + FunctionObj.Code];
  const info = codeInfo(code);
  if (info.flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) {
    return makeGenerator(f, info, args, kwnames);
  }
  const t = ts;
  const fp = pushFunctionFrame(t, f, info, args, 0, args.length, kwnames);
  I32[fp + Frame.Back] = t.frame;
  return runEntryFrame(fp, info);
}
setCallPythonFunction(callPythonFunction);

/** Run a thread-stack frame as the entry of a nested eval loop, then release it. */
export function runEntryFrame(fp: number, info: CodeInfo): Ref {
  const t = ts;
  try {
    return runFrame(t, fp);
  } finally {
    const sp = stackBase(fp, I32[fp + Frame.Code] === info.ref ? info : codeInfo(I32[fp + Frame.Code])) + I32[fp + Frame.Sp];
    clearFrame(fp, info, sp);
    t.depth--;
    t.popFrameSpace(fp);
  }
}

/** Run a module or class body (or exec/eval code) with the given globals and locals mapping. */
export function runCode(code: Ref, globals: Ref, locals: Ref, closure: Ref = 0, builtins: Ref = 0): Ref {
  const t = ts;
  const info = codeInfo(code);
  if (builtins === 0) {
    const b = dictGetStr(globals, N.__builtins__);
    if (b !== 0 && typeOf(b) === T.module) builtins = I32[b + ModuleObj.Dict];
    else if (b !== 0 && isDict(b)) builtins = b;
    else builtins = S.builtinsDict;
  }
  t.enterCall();
  const fp = t.pushFrameSpace(info.frameWords);
  initFrameHeader(fp, info, 0, globals, builtins, locals, FrameOwner.Thread);
  I32[fp + Frame.Back] = t.frame;
  if (info.ncells + info.nfree > 0) {
    const lp = fp + Frame.LocalsPlus;
    for (let i = 0; i < info.ncells; i++) I32[lp + info.nlocals + i] = makeCell(0);
    for (let i = 0; i < info.nfree; i++) {
      const c = tupleItem(closure, i);
      incref(c);
      I32[lp + info.nlocals + info.ncells + i] = c;
    }
  }
  return runEntryFrame(fp, info);
}

import { newCell } from '../objects/function';
function makeCell(v: Ref): Ref {
  return newCell(v);
}

/** The __name__ of the module whose code runs now (type() called directly uses it as __module__). */
setCurrentModuleName(() => {
  const fp = ts.frame;
  if (fp === 0) return 0;
  return dictGetStr(I32[fp + Frame.Globals], N.__name__);
});

// ---- f(*args, **kwargs) ----------------------------------------------------------------------------------

vmHooks.callEx = (callable, self, args, kwargs) => {
  let pos: Ref[];
  if (isTuple(args)) pos = tupleItems(args);
  else {
    const items = iterToArray(args);
    for (const v of items) decref(v); // the tuple on the stack keeps them alive? no: keep refs until the call ends
    pos = items;
    for (const v of items) incref(v);
  }
  if (self !== 0) pos = [self, ...pos];
  let kwnames: string[] | null = null;
  if (kwargs !== 0) {
    if (!isDict(kwargs)) throw raise(T.TypeError, `argument after ** must be a mapping, not ${typeNameOfObj(kwargs)}`);
    kwnames = spreadKeywords(kwargs, pos);
  }
  try {
    return call(callable, pos, kwnames);
  } finally {
    if (!isTuple(args)) {
      const n = pos.length - (kwnames ? kwnames.length : 0);
      for (let i = self !== 0 ? 1 : 0; i < n; i++) decref(pos[i]);
    }
  }
};

vmHooks.dictMerge = (d, src, strict, callable) => {
  if (isDict(src)) {
    for (const e of dictEntries(src)) {
      const k = I32[e + DictEntry.Key];
      if (strict && dictGetItem(d, k) !== 0) {
        throw raise(T.TypeError, `${funcNameForError(callable)} got multiple values for keyword argument '${strValue(k)}'`);
      }
      dictSetItem(d, k, I32[e + DictEntry.Value]);
    }
    return;
  }
  const keysFn = getAttrOrNull(src, N.keys);
  if (keysFn === 0) {
    if (strict) throw raise(T.TypeError, `${funcNameForError(callable)} argument after ** must be a mapping, not ${typeNameOfObj(src)}`);
    throw raise(T.TypeError, `'${typeNameOfObj(src)}' object is not a mapping`);
  }
  const keysObj = call(keysFn, [], null);
  decref(keysFn);
  const keys = iterToArray(keysObj);
  decref(keysObj);
  try {
    for (const k of keys) {
      if (strict && dictGetItem(d, k) !== 0) {
        throw raise(T.TypeError, `${funcNameForError(callable)} got multiple values for keyword argument '${strValue(k)}'`);
      }
      const { getItem } = abstractMod;
      const v = getItem(src, k);
      dictSetItem(d, k, v);
      decref(v);
    }
  } finally {
    for (const k of keys) decref(k);
  }
};
import * as abstractMod from '../objects/abstract';

function funcNameForError(callable: Ref): string {
  if (callable === 0) return 'function';
  if ((callable & 1) === 0 && typeOf(callable) === T.function) {
    const mod = I32[callable + FunctionObj.Module];
    const qn = strValue(I32[callable + FunctionObj.QualName]);
    return mod !== 0 && isStr(mod) ? `${strValue(mod)}.${qn}()` : `${qn}()`;
  }
  if (isType(callable)) return `${strValue(I32[callable + TypeObj.Name])}()`;
  return `${typeNameOfObj(callable)} object`;
}

// ---- __build_class__ ----------------------------------------------------------------------------------

let buildClassFn = 0;
vmHooks.buildClass = () => {
  if (buildClassFn === 0) buildClassFn = dictGetStr(S.builtinsDict, intern('__build_class__'));
  return buildClassFn;
};

/** __build_class__(func, name, *bases, metaclass=None, **kwds) */
export const buildClassNative: NativeFn = (_self, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos < 2) throw raise(T.TypeError, '__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (typeOf(func) !== T.function) throw raise(T.TypeError, '__build_class__: func must be a function');
  if (!isStr(name)) throw raise(T.TypeError, '__build_class__: name is not a string');
  let bases = args.slice(2, npos);
  let meta = 0;
  const kwNames: string[] = [];
  const kwVals: Ref[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]);
      kwVals.push(args[npos + i]);
    }
  }
  // PEP 560: __mro_entries__
  const origBases = bases;
  let changed = false;
  const newBases: Ref[] = [];
  for (const b of bases) {
    if (isType(b)) {
      newBases.push(b);
      continue;
    }
    const me = getAttrOrNull(b, N.__mro_entries__);
    if (me === 0) {
      newBases.push(b);
      continue;
    }
    const basesTuple = tupleFrom(origBases);
    const r = call(me, [basesTuple], null);
    decref(basesTuple);
    decref(me);
    if (!isTuple(r)) throw raise(T.TypeError, '__mro_entries__ must return a tuple');
    for (const x of tupleItems(r)) newBases.push(x);
    decref(r);
    changed = true;
  }
  bases = newBases;
  const basesTuple = tupleFrom(bases);
  try {
    let isClass = true;
    if (meta === 0) meta = bases.length > 0 ? typeOf(bases[0]) : T.type;
    else isClass = isType(meta);
    if (isClass) meta = calculateMeta(meta, bases);
    // namespace from __prepare__
    let ns: Ref;
    const prep = getAttrOrNull(meta, N.__prepare__);
    if (prep !== 0) {
      try {
        ns = call(prep, [name, basesTuple, ...kwVals], kwNames.length ? kwNames : null);
      } finally {
        decref(prep);
      }
    } else {
      ns = newDict();
    }
    try {
      const fcode = I32[func + FunctionObj.Code];
      const cell = runCode(fcode, I32[func + FunctionObj.Globals], ns, I32[func + FunctionObj.Closure],
        I32[func + FunctionObj.Builtins]);
      if (changed) {
        const ob = tupleFrom(origBases);
        abstractMod.setItem(ns, N.__orig_bases__, ob);
        decref(ob);
      }
      const cls = call(meta, [name, basesTuple, ns, ...kwVals], kwNames.length ? kwNames : null);
      if (cell !== S.None && typeOf(cell) === T.cell) {
        if (isType(cls) && I32[cell + CellObj.Contents] === 0) {
          incref(cls);
          I32[cell + CellObj.Contents] = cls;
        }
      }
      decref(cell);
      return cls;
    } finally {
      decref(ns);
    }
  } finally {
    decref(basesTuple);
  }
};

export { lookupType, isSubtype, isInstanceOfType, callBound, newTuple, tupleInit, newStr, tupleLen, bindArgs, initCells, PyErr };
