// What each core layout holds: clearers release an object's references when it dies; traversers list them
// for the cycle collector and the heap checker. (Types defined elsewhere register their own.)

import { I32 } from '../heap/heap';
import { freeBlock } from '../heap/alloc';
import {
  BoundMethodObj, BuiltinFunctionObj, CellObj, CodeObj, ExcObj, FrameObj, FunctionObj, IterObj, Layout, ModuleObj,
  TracebackObj, TypeObj, WrapperObj, DescrObj, Block, ListObj, DictObj, TupleObj, TypeFlag, SliceObj, NativeDataObj,
} from '../heap/layout';
import { clearers, decref, leafLayouts, rawOwners, Ref, traversers } from './core';
import { clearList } from './list';
import { clearDict, traverseDict } from './dict';
import { clearTuple } from './tuple';
import { forgetCode } from './code';

function fields(...offsets: number[]) {
  return {
    clear(r: Ref) {
      for (const o of offsets) {
        const v = I32[r + o];
        I32[r + o] = 0;
        decref(v);
      }
    },
    traverse(r: Ref, visit: (c: Ref) => void) {
      for (const o of offsets) {
        const v = I32[r + o];
        if (v !== 0) visit(v);
      }
    },
  };
}

function register(layout: Layout, f: { clear(r: Ref): void; traverse(r: Ref, v: (c: Ref) => void): void }): void {
  clearers[layout] = f.clear;
  traversers[layout] = f.traverse;
}

const none = { clear() {}, traverse() {} };
for (const l of [Layout.Object, Layout.Int, Layout.Bool, Layout.Float, Layout.Complex, Layout.Str, Layout.Bytes,
  Layout.NoneType, Layout.NotImplementedType, Layout.EllipsisType, Layout.MethodDescr, Layout.GetSetDescr,
  Layout.MemberDescr, Layout.Lock]) {
  register(l, none);
  leafLayouts[l] = true;
}

register(Layout.Tuple, {
  clear: clearTuple,
  traverse(r, visit) {
    const n = I32[r + TupleObj.Length];
    for (let i = 0; i < n; i++) {
      const v = I32[r + TupleObj.Items + i];
      if (v !== 0) visit(v);
    }
  },
});

register(Layout.List, {
  clear: clearList,
  traverse(r, visit) {
    const raw = I32[r + ListObj.Items];
    const n = I32[r + ListObj.Length];
    for (let i = 0; i < n; i++) {
      const v = I32[raw + Block.RawHeaderWords + i];
      if (v !== 0) visit(v);
    }
  },
});
rawOwners[Layout.List] = (r, visit) => {
  if (I32[r + ListObj.Items] !== 0) visit(I32[r + ListObj.Items]);
};

register(Layout.Dict, { clear: clearDict, traverse: traverseDict });
rawOwners[Layout.Dict] = (r, visit) => {
  if (I32[r + DictObj.Table] !== 0) visit(I32[r + DictObj.Table]);
};

register(Layout.Function, fields(FunctionObj.Code, FunctionObj.Globals, FunctionObj.Builtins, FunctionObj.Name,
  FunctionObj.QualName, FunctionObj.Defaults, FunctionObj.KwDefaults, FunctionObj.Closure, FunctionObj.Doc,
  FunctionObj.Module, FunctionObj.Annotations, FunctionObj.Dict));
register(Layout.BuiltinFunction, fields(BuiltinFunctionObj.Self, BuiltinFunctionObj.QualName));
register(Layout.BoundMethod, fields(BoundMethodObj.Func, BoundMethodObj.Self));
register(Layout.Cell, fields(CellObj.Contents));
register(Layout.Cells, fields(CellObj.Contents));
register(Layout.Module, fields(ModuleObj.Dict, ModuleObj.Name));
register(Layout.BaseException, fields(ExcObj.Args, ExcObj.Traceback, ExcObj.Context, ExcObj.Cause, ExcObj.Notes,
  ExcObj.Dict, ExcObj.Extra1, ExcObj.Extra2, ExcObj.Extra3, ExcObj.Extra4, ExcObj.Extra5));
register(Layout.Traceback, fields(TracebackObj.Next, TracebackObj.Frame));
register(Layout.Frame, fields(FrameObj.Code, FrameObj.Globals, FrameObj.Locals, FrameObj.Back, FrameObj.Builtins,
  FrameObj.Trace, FrameObj.FastLocals));
for (const l of [Layout.Property, Layout.ClassMethod, Layout.StaticMethod, Layout.Super]) {
  register(l, fields(WrapperObj.A, WrapperObj.B, WrapperObj.C, WrapperObj.D, WrapperObj.E));
}
register(Layout.Iterator, fields(IterObj.Source));
register(Layout.Slice, fields(SliceObj.Start, SliceObj.Stop, SliceObj.Step));
register(Layout.NativeData, fields(NativeDataObj.Ref1, NativeDataObj.Ref2));

const codeFields = fields(CodeObj.Bytecode, CodeObj.Consts, CodeObj.Names, CodeObj.VarNames, CodeObj.CellVars,
  CodeObj.FreeVars, CodeObj.Filename, CodeObj.Name, CodeObj.QualName, CodeObj.Positions, CodeObj.ExceptionTable);
register(Layout.Code, {
  clear(r) {
    forgetCode(r);
    codeFields.clear(r);
  },
  traverse: codeFields.traverse,
});

// heap types (user classes) own their name, bases, MRO, dict and slot names
const typeFields = fields(TypeObj.Name, TypeObj.QualName, TypeObj.Base, TypeObj.Bases, TypeObj.Mro, TypeObj.Dict,
  TypeObj.SlotNames, TypeObj.Module);
register(Layout.Type, {
  clear(r) {
    if (!(I32[r + TypeObj.Flags] & TypeFlag.HeapType)) return;
    removeFromBases(r);
    typeFields.clear(r);
    const subs = I32[r + TypeObj.Subclasses];
    if (subs !== 0) {
      I32[r + TypeObj.Subclasses] = 0;
      freeBlock(subs);
    }
  },
  traverse: typeFields.traverse,
});

import { removeSubclass } from './type';
import { tupleItem, tupleLen } from './tuple';
function removeFromBases(t: Ref): void {
  const bases = I32[t + TypeObj.Bases];
  if (bases === 0) return;
  for (let i = 0; i < tupleLen(bases); i++) removeSubclass(tupleItem(bases, i), t);
}

export { DescrObj };
