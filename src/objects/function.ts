// function (Python functions), method (bound methods) and cell (closure variables).

import { I32 } from '../heap/heap';
import { BoundMethodObj, CellObj, FunctionObj, Layout, Obj, TypeObj } from '../heap/layout';
import { allocObject, decref, incref, newref, Ref, S, T, typeOf, raise } from './core';
import { defineType, descrGetMethod, getset, method, CompareOp, staticMethod } from './typespec';
import { newStr, strValue, isStr } from './str';
import { call, hashOf, reprJs, richEq, typeNameOfObj, genericGetAttr, isCallable } from './abstract';
import { newDict } from './dict';
import { boolRef } from './int';
import { hashSmallInt, hashHi, setHashHi } from './hash';

export const functionSpec = defineType({
  name: 'function', key: 'function', layout: Layout.Function, basicWords: FunctionObj.Size, flags: 0, dictOffset: FunctionObj.Dict,
  slots: {
    descrGet(f, obj) {
      if (obj === 0 || obj === S.None) return newref(f);
      return newBoundMethod(f, obj);
    },
    repr(f) {
      return newStr(`<function ${strValue(I32[f + FunctionObj.QualName])} at 0x${(f * 4).toString(16).padStart(12, '0')}>`);
    },
    hash(f) {
      return hashSmallInt(f >> 1);
    },
  },
});

export const methodSpec = defineType({
  name: 'method', key: 'method', layout: Layout.BoundMethod, basicWords: BoundMethodObj.Size,
  slots: {
    repr(m) {
      const f = I32[m + BoundMethodObj.Func];
      const self = I32[m + BoundMethodObj.Self];
      let name = '?';
      const lay = I32[typeOf(f) + TypeObj.Layout];
      if (lay === Layout.Function) name = strValue(I32[f + FunctionObj.QualName]);
      return newStr(`<bound method ${name} of ${reprJs(self)}>`);
    },
    compare(a, b, op) {
      if ((op !== CompareOp.Eq && op !== CompareOp.Ne) || typeOf(b) !== T.method) return newref(S.NotImplemented);
      const eq = I32[a + BoundMethodObj.Self] === I32[b + BoundMethodObj.Self] &&
        richEq(I32[a + BoundMethodObj.Func], I32[b + BoundMethodObj.Func]);
      return boolRef(op === CompareOp.Eq ? eq : !eq);
    },
    hash(m) {
      const h1 = hashSmallInt(I32[m + BoundMethodObj.Self] >> 1);
      const h2 = hashOf(I32[m + BoundMethodObj.Func]);
      setHashHi(0);
      return (h1 ^ h2) | 0;
    },
    getattr(m, name) {
      const v = genericGetAttr(m, name);
      if (v !== 0) return v;
      // other attributes come from the function
      const f = I32[m + BoundMethodObj.Func];
      return genericGetAttr(f, name);
    },
  },
});
// types.MethodType(function, instance)
staticMethod(methodSpec, '__new__', (_self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'method() takes no keyword arguments');
  if (args.length !== 3) throw raise(T.TypeError, `method expected 2 arguments, got ${args.length - 1}`);
  const [, f, self] = args;
  if (!isCallable(f)) throw raise(T.TypeError, 'first argument must be callable');
  if (self === S.None) throw raise(T.TypeError, 'instance must not be None');
  return newBoundMethod(f, self);
});
getset(methodSpec, '__func__', (m) => newref(I32[m + BoundMethodObj.Func]));
getset(methodSpec, '__self__', (m) => newref(I32[m + BoundMethodObj.Self]));

export const cellSpec = defineType({
  name: 'cell', key: 'cell', layout: Layout.Cell, basicWords: CellObj.Size,
  slots: {
    repr(c) {
      const v = I32[c + CellObj.Contents];
      return newStr(v === 0 ? `<cell at 0x${(c * 4).toString(16)}: empty>`
        : `<cell at 0x${(c * 4).toString(16)}: ${typeNameOfObj(v)} object at 0x${(v * 4).toString(16)}>`);
    },
  },
});
getset(cellSpec, 'cell_contents', (c) => {
  const v = I32[c + CellObj.Contents];
  if (v === 0) throw raise(T.ValueError, 'Cell is empty');
  return newref(v);
}, (c, v) => {
  const old = I32[c + CellObj.Contents];
  incref(v);
  I32[c + CellObj.Contents] = v;
  decref(old);
});

export function newBoundMethod(f: Ref, self: Ref): Ref {
  const m = allocObject(T.method, BoundMethodObj.Size);
  incref(f);
  incref(self);
  I32[m + BoundMethodObj.Func] = f;
  I32[m + BoundMethodObj.Self] = self;
  return m;
}

export function newCell(contents: Ref): Ref {
  const c = allocObject(T.cell, CellObj.Size);
  incref(contents);
  I32[c + CellObj.Contents] = contents;
  return c;
}

export function funcDict(f: Ref): Ref {
  let d = I32[f + FunctionObj.Dict];
  if (d === 0) {
    d = newDict();
    I32[f + FunctionObj.Dict] = d;
  }
  return d;
}

function fieldGetset(name: string, field: number, noneIfNull: boolean, check?: (v: Ref) => void): void {
  getset(functionSpec, name, (f) => {
    const v = I32[f + field];
    return v === 0 ? (noneIfNull ? S.None : S.None) : newref(v);
  }, (f, v) => {
    if (check) check(v);
    const old = I32[f + field];
    if (v === S.None && noneIfNull) v = 0;
    incref(v);
    I32[f + field] = v;
    decref(old);
  });
}

fieldGetset('__name__', FunctionObj.Name, false, (v) => {
  if (!isStr(v)) throw raise(T.TypeError, '__name__ must be set to a string object');
});
fieldGetset('__qualname__', FunctionObj.QualName, false, (v) => {
  if (!isStr(v)) throw raise(T.TypeError, '__qualname__ must be set to a string object');
});
fieldGetset('__doc__', FunctionObj.Doc, false);
fieldGetset('__module__', FunctionObj.Module, false);
fieldGetset('__defaults__', FunctionObj.Defaults, true);
fieldGetset('__kwdefaults__', FunctionObj.KwDefaults, true);
descrGetMethod(functionSpec);
method(functionSpec, '__call__', (f, args, kwnames) => call(f, args, kwnames));
method(methodSpec, '__call__', (m, args, kwnames) => call(m, args, kwnames));
getset(functionSpec, '__code__', (f) => newref(I32[f + FunctionObj.Code]), (f, v) => {
  if (typeOf(v) !== T.code) throw raise(T.TypeError, '__code__ must be set to a code object');
  const old = I32[f + FunctionObj.Code];
  incref(v);
  I32[f + FunctionObj.Code] = v;
  decref(old);
});
getset(functionSpec, '__globals__', (f) => newref(I32[f + FunctionObj.Globals]));
getset(functionSpec, '__builtins__', (f) => newref(I32[f + FunctionObj.Builtins]));
getset(functionSpec, '__closure__', (f) => {
  const c = I32[f + FunctionObj.Closure];
  return c === 0 ? S.None : newref(c);
});
getset(functionSpec, '__dict__', (f) => newref(funcDict(f)));
getset(functionSpec, '__annotations__', (f) => {
  let a = I32[f + FunctionObj.Annotations];
  if (a === 0) {
    a = newDict();
    I32[f + FunctionObj.Annotations] = a;
  }
  return newref(a);
}, (f, v) => {
  const old = I32[f + FunctionObj.Annotations];
  incref(v);
  I32[f + FunctionObj.Annotations] = v;
  decref(old);
});

export { Obj, hashHi };
