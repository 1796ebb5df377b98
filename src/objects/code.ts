// code: compiled code in the heap (DESIGN §1.6), so any thread can run any function. Each worker keeps a
// decoded CodeInfo per code object (views of its bytecode and tables, its constants as refs), keyed by the
// code object's unique id.

import { I32, nextUniqueId } from '../heap/heap';
import { BytesObj, CodeObj, CodeFlag, Frame, Layout } from '../heap/layout';
import { allocObject, decref, incref, newref, raise, Ref, S, T, makeImmortal, typeOf } from './core';
import { defineType, getset, method } from './typespec';
import { intern, newStr, strValue } from './str';
import { newTuple, tupleInit, tupleItem, tupleLen } from './tuple';
import { newWordBytes, wordBytesView, newBytes } from './bytes';
import { newBigInt, newInt } from './int';
import { CodeUnit, ConstValue } from '../compiler/opcodes';
import { listSteal } from './list';
import { getIter } from './abstract';
import { hashSmallInt } from './hash';

export const codeSpec = defineType({
  name: 'code', key: 'code', layout: Layout.Code, basicWords: CodeObj.Size,
  slots: {
    repr(c) {
      const info = codeInfo(c);
      return newStr(`<code object ${info.name} at 0x${(c * 4).toString(16)}, file "${info.filename}", line ${info.firstLineNo}>`);
    },
    hash: (c) => hashSmallInt(I32[c + CodeObj.Id]),
  },
});

/** Factories for constants that are not defined in this file (float, complex, frozenset, ellipsis). */
export const constFactories = {
  float: (_x: number): Ref => 0,
  complex: (_im: number): Ref => 0,
  frozenset: (_items: Ref[]): Ref => 0,
};

function makeConst(v: ConstValue): Ref {
  if (v === null) return S.None;
  if (v === true) return S.True;
  if (v === false) return S.False;
  if (typeof v === 'bigint') return newBigInt(v);
  if (typeof v === 'number') return constFactories.float(v);
  if (typeof v === 'string') return intern(v);
  if (v instanceof Uint8Array) return newBytes(v);
  if ('imag' in v) return constFactories.complex(v.imag);
  if ('ellipsis' in v) return S.Ellipsis;
  if ('float' in v) return constFactories.float(v.float);
  if ('tuple' in v) {
    const t = newTuple(v.tuple.length);
    v.tuple.forEach((x, i) => tupleInit(t, i, makeConst(x)));
    return t;
  }
  if ('frozenset' in v) {
    const items = v.frozenset.map(makeConst);
    const fs = constFactories.frozenset(items);
    for (const i of items) decref(i);
    return fs;
  }
  return newCode(v.code);
}

function strTuple(names: string[]): Ref {
  const t = newTuple(names.length);
  names.forEach((n, i) => tupleInit(t, i, intern(n)));
  return t;
}

/** Write a compiled unit (and its nested units) into the heap as code objects. */
export function newCode(u: CodeUnit): Ref {
  const c = allocObject(T.code, CodeObj.Size);
  I32[c + CodeObj.Id] = nextUniqueId();
  I32[c + CodeObj.Bytecode] = newWordBytes(u.code);
  const consts = newTuple(u.consts.length);
  u.consts.forEach((v, i) => tupleInit(consts, i, makeConst(v)));
  I32[c + CodeObj.Consts] = consts;
  I32[c + CodeObj.Names] = strTuple(u.names);
  I32[c + CodeObj.VarNames] = strTuple(u.varnames);
  I32[c + CodeObj.CellVars] = strTuple(u.cellvars);
  I32[c + CodeObj.FreeVars] = strTuple(u.freevars);
  I32[c + CodeObj.Filename] = intern(u.filename);
  I32[c + CodeObj.Name] = intern(u.name);
  I32[c + CodeObj.QualName] = newStr(u.qualname);
  I32[c + CodeObj.FirstLineNo] = u.firstLineNo;
  I32[c + CodeObj.Positions] = newWordBytes(u.positions);
  I32[c + CodeObj.ExceptionTable] = newWordBytes(u.exceptionTable);
  I32[c + CodeObj.ArgCount] = u.argcount;
  I32[c + CodeObj.PosOnlyArgCount] = u.posonlyargcount;
  I32[c + CodeObj.KwOnlyArgCount] = u.kwonlyargcount;
  I32[c + CodeObj.Flags] = u.flags;
  I32[c + CodeObj.StackSize] = u.stacksize;
  return c;
}

/** The decoded form of a code object that the eval loop works from. */
export interface CodeInfo {
  id: number;
  ref: Ref;
  code: Int32Array;
  positions: Int32Array;
  exceptionTable: Int32Array;
  consts: Ref[]; // borrowed from the code object's consts tuple
  names: Ref[]; // interned strs
  nlocals: number;
  ncells: number;
  nfree: number;
  stacksize: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  varnameRefs: Ref[];
  cellvars: string[];
  freevars: string[];
  /** for each cell, the argument it starts from, or -1 */
  cell2arg: number[];
  name: string;
  qualname: string;
  filename: string;
  firstLineNo: number;
  /** words of a frame for this code on the frame stack */
  frameWords: number;
  /** per-worker inline caches, ICache.Words per instruction (see src/vm/fastops.ts) */
  icache: Int32Array;
  /** positional parameters only (no *args, **kwargs, keyword-only), and no cells or free variables */
  simpleArgs: boolean;
  /** a faster private form (e.g. generated JS), filled by a later tier */
  tier2: unknown;
}

const infos = new Map<number, CodeInfo>();

/** CodeInfo.icache: this many words per instruction, at (instruction index) << Shift. */
export const enum ICache {
  Words = 4,
  Shift = 2,
}

function tupleStrings(t: Ref): string[] {
  const out: string[] = [];
  for (let i = 0; i < tupleLen(t); i++) out.push(strValue(tupleItem(t, i)));
  return out;
}

function tupleRefs(t: Ref): Ref[] {
  const out: Ref[] = [];
  for (let i = 0; i < tupleLen(t); i++) out.push(tupleItem(t, i));
  return out;
}

// In front of the map: a direct-mapped table by address. An entry is used only if the code object at that
// address still has the entry's id (ids are never reused), so a freed and reallocated address cannot hit.
const RECENT_SIZE = 1024;
const recent: Array<CodeInfo | undefined> = new Array(RECENT_SIZE).fill(undefined);

export function codeInfo(c: Ref): CodeInfo {
  const slot = (c >>> 1) & (RECENT_SIZE - 1);
  const hit = recent[slot];
  if (hit !== undefined && hit.ref === c && hit.id === I32[c + CodeObj.Id]) return hit;
  const info = codeInfoSlow(c);
  recent[slot] = info;
  return info;
}

function codeInfoSlow(c: Ref): CodeInfo {
  const id = I32[c + CodeObj.Id];
  let info = infos.get(id);
  if (info !== undefined) return info;
  const varnames = tupleStrings(I32[c + CodeObj.VarNames]);
  const cellvars = tupleStrings(I32[c + CodeObj.CellVars]);
  const freevars = tupleStrings(I32[c + CodeObj.FreeVars]);
  const stacksize = I32[c + CodeObj.StackSize];
  const flags = I32[c + CodeObj.Flags];
  const argcount = I32[c + CodeObj.ArgCount];
  const kwonly = I32[c + CodeObj.KwOnlyArgCount];
  const nargs = argcount + kwonly + (flags & CodeFlag.VarArgs ? 1 : 0) + (flags & CodeFlag.VarKeywords ? 1 : 0);
  info = {
    id, ref: c,
    code: wordBytesView(I32[c + CodeObj.Bytecode]),
    positions: wordBytesView(I32[c + CodeObj.Positions]),
    exceptionTable: wordBytesView(I32[c + CodeObj.ExceptionTable]),
    consts: tupleRefs(I32[c + CodeObj.Consts]),
    names: tupleRefs(I32[c + CodeObj.Names]),
    nlocals: varnames.length,
    ncells: cellvars.length,
    nfree: freevars.length,
    stacksize,
    argcount,
    posonlyargcount: I32[c + CodeObj.PosOnlyArgCount],
    kwonlyargcount: kwonly,
    flags,
    varnames,
    varnameRefs: tupleRefs(I32[c + CodeObj.VarNames]),
    cellvars,
    freevars,
    cell2arg: cellvars.map((n) => {
      const i = varnames.indexOf(n);
      return i >= 0 && i < nargs ? i : -1;
    }),
    name: strValue(I32[c + CodeObj.Name]),
    qualname: strValue(I32[c + CodeObj.QualName]),
    filename: strValue(I32[c + CodeObj.Filename]),
    firstLineNo: I32[c + CodeObj.FirstLineNo],
    frameWords: Frame.LocalsPlus + varnames.length + cellvars.length + freevars.length + stacksize + 1,
    icache: new Int32Array(ICache.Words * (I32[I32[c + CodeObj.Bytecode] + BytesObj.Length] >> 2)),
    simpleArgs: kwonly === 0 && (flags & (CodeFlag.VarArgs | CodeFlag.VarKeywords)) === 0 &&
      cellvars.length + freevars.length === 0,
    tier2: null,
  };
  infos.set(id, info);
  return info;
}

/** Forget a code object's decoded form (called when it is freed). */
export function forgetCode(c: Ref): void {
  infos.delete(I32[c + CodeObj.Id]);
  const slot = (c >>> 1) & (RECENT_SIZE - 1);
  if (recent[slot] !== undefined && recent[slot]!.ref === c) recent[slot] = undefined;
}

/** The source line of instruction `ip`, or -1. */
export function lineOf(info: CodeInfo, ip: number): number {
  if (ip < 0) ip = 0;
  if (ip * 4 >= info.positions.length) return info.firstLineNo;
  return info.positions[ip * 4];
}

const fields: Array<[string, (c: Ref) => Ref]> = [
  ['co_name', (c) => newref(I32[c + CodeObj.Name])],
  ['co_qualname', (c) => newref(I32[c + CodeObj.QualName])],
  ['co_filename', (c) => newref(I32[c + CodeObj.Filename])],
  ['co_firstlineno', (c) => newInt(I32[c + CodeObj.FirstLineNo])],
  ['co_argcount', (c) => newInt(I32[c + CodeObj.ArgCount])],
  ['co_posonlyargcount', (c) => newInt(I32[c + CodeObj.PosOnlyArgCount])],
  ['co_kwonlyargcount', (c) => newInt(I32[c + CodeObj.KwOnlyArgCount])],
  ['co_flags', (c) => newInt(I32[c + CodeObj.Flags])],
  ['co_nlocals', (c) => newInt(tupleLen(I32[c + CodeObj.VarNames]))],
  ['co_stacksize', (c) => newInt(I32[c + CodeObj.StackSize])],
  ['co_varnames', (c) => newref(I32[c + CodeObj.VarNames])],
  ['co_cellvars', (c) => newref(I32[c + CodeObj.CellVars])],
  ['co_freevars', (c) => newref(I32[c + CodeObj.FreeVars])],
  ['co_names', (c) => newref(I32[c + CodeObj.Names])],
  ['co_consts', (c) => newref(I32[c + CodeObj.Consts])],
  ['co_code', (c) => newref(I32[c + CodeObj.Bytecode])],
];
for (const [name, get] of fields) getset(codeSpec, name, get);

/** co_positions(): (line, end_line, col, end_col) of each instruction (cols in UTF-8 bytes; None if unknown). */
method(codeSpec, 'co_positions', (c) => {
  const info = codeInfo(c);
  const p = info.positions;
  const n = p.length >> 2;
  const all = newTuple(n);
  const num = (v: number): Ref => (v < 0 ? S.None : newInt(v));
  for (let i = 0; i < n; i++) {
    const t = newTuple(4);
    tupleInit(t, 0, num(p[i * 4]));
    tupleInit(t, 1, num(p[i * 4 + 1]));
    tupleInit(t, 2, num(p[i * 4 + 2]));
    tupleInit(t, 3, num(p[i * 4 + 3]));
    tupleInit(all, i, t);
  }
  const it = getIter(all);
  decref(all);
  return it;
});
method(codeSpec, '__repr__', (self) => codeSpec.slots.repr!(self));

// code.replace(**changes): a copy with some fields changed (a new id, so it gets its own decoded form)
const REPLACEABLE: Record<string, [CodeObj, 'int' | 'str' | 'tuple']> = {
  co_flags: [CodeObj.Flags, 'int'], co_firstlineno: [CodeObj.FirstLineNo, 'int'],
  co_argcount: [CodeObj.ArgCount, 'int'], co_posonlyargcount: [CodeObj.PosOnlyArgCount, 'int'],
  co_kwonlyargcount: [CodeObj.KwOnlyArgCount, 'int'], co_stacksize: [CodeObj.StackSize, 'int'],
  co_name: [CodeObj.Name, 'str'], co_qualname: [CodeObj.QualName, 'str'], co_filename: [CodeObj.Filename, 'str'],
  co_consts: [CodeObj.Consts, 'tuple'], co_names: [CodeObj.Names, 'tuple'],
};
const REF_FIELDS = [CodeObj.Bytecode, CodeObj.Consts, CodeObj.Names, CodeObj.VarNames, CodeObj.CellVars,
  CodeObj.FreeVars, CodeObj.Filename, CodeObj.Name, CodeObj.QualName, CodeObj.Positions, CodeObj.ExceptionTable];
method(codeSpec, 'replace', (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw raise(T.TypeError, 'replace() takes no positional arguments');
  const changes: Array<[CodeObj, Ref | number]> = [];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[args.length - nkw + i];
    const spec = REPLACEABLE[k];
    if (spec === undefined) throw raise(T.TypeError, `replace() got an unexpected keyword argument '${k}'`);
    const [field, kind] = spec;
    if (kind === 'int') {
      if ((v & 1) !== 1) throw raise(T.TypeError, `replace() argument '${k}' must be int`);
      changes.push([field, v >> 1]);
    } else {
      if (kind === 'str' ? typeOf(v) !== T.str : typeOf(v) !== T.tuple) {
        throw raise(T.TypeError, `replace() argument '${k}' must be ${kind}`);
      }
      changes.push([field, v]);
    }
  }
  const c = allocObject(T.code, CodeObj.Size);
  for (let f = CodeObj.Id; f < CodeObj.Size; f++) I32[c + f] = I32[self + f];
  I32[c + CodeObj.Id] = nextUniqueId();
  for (const f of REF_FIELDS) incref(I32[c + f]);
  for (const [field, v] of changes) {
    if (REF_FIELDS.includes(field)) {
      const old = I32[c + field];
      I32[c + field] = newref(v);
      decref(old);
    } else {
      I32[c + field] = v;
    }
  }
  return c;
});

export { incref, makeImmortal, raise };
