// Expressions: the part of the code generator that leaves one value on the stack.

import * as ast from './ast';
import { Compiler, BINOPS, CMPOPS, describe } from './codegen';
import { ConstValue, FormatFlag, Op } from './opcodes';
import { SymbolTable } from './symtable';

/** The constant value of a Constant node in the form code units store. */
export function constValue(v: ast.ConstantValue): ConstValue {
  if (v !== null && typeof v === 'object' && '_ellipsis' in v) return { ellipsis: true };
  return v as ConstValue;
}

function isConstTuple(x: ast.Tuple): boolean {
  return x.elts.length > 0 && x.elts.every((e) => e._type === 'Constant' || (e._type === 'Tuple' && isConstTuple(e)));
}

function tupleConst(x: ast.Tuple): ConstValue {
  return { tuple: x.elts.map((e) => (e._type === 'Constant' ? constValue(e.value) : tupleConst(e as ast.Tuple))) };
}

export function exprImpl(c: Compiler, x: ast.Expr): void {
  const e = c.e;
  c.setPos(x);
  switch (x._type) {
    case 'Constant':
      c.loadConst(constValue(x.value));
      return;
    case 'Name':
      if (x.ctx._type !== 'Load') c.syntaxError('internal: store context in expression', x);
      c.nameOp(x.id, 'load');
      return;
    case 'BinOp':
      c.expr(x.left);
      c.expr(x.right);
      c.setPos(x);
      e.emit(Op.BINARY_OP, BINOPS[x.op._type]);
      return;
    case 'UnaryOp': {
      const o = x.operand;
      if (x.op._type === 'USub' && o._type === 'Constant' && (typeof o.value === 'bigint' || typeof o.value === 'number')) {
        c.loadConst(typeof o.value === 'bigint' ? -o.value : -o.value);
        return;
      }
      c.expr(o);
      c.setPos(x);
      e.emit(x.op._type === 'USub' ? Op.UNARY_NEGATIVE : x.op._type === 'UAdd' ? Op.UNARY_POSITIVE
        : x.op._type === 'Not' ? Op.UNARY_NOT : Op.UNARY_INVERT);
      return;
    }
    case 'BoolOp': {
      const end = e.newLabel();
      const op = x.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      for (let i = 0; i < x.values.length - 1; i++) {
        c.expr(x.values[i]);
        e.emitJump(op, end);
      }
      c.expr(x.values[x.values.length - 1]);
      e.place(end);
      return;
    }
    case 'Compare':
      return compare(c, x);
    case 'Call':
      return callExpr(c, x);
    case 'Attribute':
      c.expr(x.value);
      c.setPos(x);
      e.emit(Op.LOAD_ATTR, e.nameIdx(c.mangle(x.attr)));
      return;
    case 'Subscript':
      c.expr(x.value);
      c.expr(x.slice);
      c.setPos(x);
      e.emit(Op.BINARY_SUBSCR);
      return;
    case 'Slice':
      if (x.lower) c.expr(x.lower);
      else c.loadConst(null);
      if (x.upper) c.expr(x.upper);
      else c.loadConst(null);
      if (x.step) c.expr(x.step);
      c.setPos(x);
      e.emit(Op.BUILD_SLICE, x.step ? 3 : 2);
      return;
    case 'Tuple':
      if (isConstTuple(x)) {
        c.loadConst(tupleConst(x));
        return;
      }
      if (starredSequence(c, x.elts, Op.BUILD_TUPLE)) {
        e.emit(Op.LIST_TO_TUPLE);
      }
      return;
    case 'List':
      starredSequence(c, x.elts, Op.BUILD_LIST);
      return;
    case 'Set':
      starredSequence(c, x.elts, Op.BUILD_SET);
      return;
    case 'Dict':
      return dictDisplay(c, x);
    case 'IfExp': {
      const orelse = e.newLabel(), end = e.newLabel();
      c.jumpIf(x.test, false, orelse);
      c.expr(x.body);
      e.emitJump(Op.JUMP_FORWARD, end);
      e.place(orelse);
      c.expr(x.orelse);
      e.place(end);
      return;
    }
    case 'NamedExpr':
      c.expr(x.value);
      e.emit(Op.COPY, 1);
      if (x.target._type !== 'Name') c.syntaxError(`cannot use assignment expressions with ${describe(x.target)}`, x.target);
      c.nameOp((x.target as ast.Name).id, 'store');
      return;
    case 'Lambda': {
      const flags = c.functionDefaults(x.args);
      const st = c.byNode.get(x)!;
      c.enter(st, '<lambda>', c.qualnameFor('<lambda>'), c.u.st.kind === 'class' ? c.u.name : c.u.className, x.lineno);
      c.declareParams(x.args);
      c.e.constIndex(null);
      c.expr(x.body);
      c.e.emit(Op.RETURN_VALUE);
      const code = c.leave(c.argInfo(x.args));
      c.makeFunction(code, st, flags, x);
      return;
    }
    case 'JoinedStr':
      return joinedStr(c, x);
    case 'FormattedValue':
      return formattedValue(c, x);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return comprehension(c, x);
    case 'Yield':
      if (c.u.st.kind !== 'function') c.syntaxError("'yield' outside function", x);
      if (x.value) c.expr(x.value);
      else c.loadConst(null);
      c.setPos(x);
      if (c.u.st.isCoroutine && c.u.st.isGenerator) e.emit(Op.ASYNC_GEN_WRAP);
      e.emit(Op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.st.kind !== 'function') c.syntaxError("'yield' outside function", x);
      if (c.u.st.isCoroutine) c.syntaxError("'yield from' inside async function", x);
      c.expr(x.value);
      c.setPos(x);
      e.emit(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      c.yieldFromLoop();
      return;
    case 'Await':
      if (c.u.st.kind !== 'function' || (!c.u.st.isCoroutine && !c.u.st.isComprehension)) {
        if (c.u.st.kind === 'module' && c.opts.mode === 'single') {
          // top-level await is not supported in the REPL either
        }
        c.syntaxError("'await' outside function", x);
      }
      c.expr(x.value);
      c.setPos(x);
      e.emit(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      c.yieldFromLoop();
      return;
    case 'Starred':
      c.syntaxError("can't use starred expression here", x);
  }
}

function compare(c: Compiler, x: ast.Compare): void {
  const e = c.e;
  c.expr(x.left);
  const emitCmp = (op: ast.CmpOperator) => {
    switch (op._type) {
      case 'Is': e.emit(Op.IS_OP, 0); return;
      case 'IsNot': e.emit(Op.IS_OP, 1); return;
      case 'In': e.emit(Op.CONTAINS_OP, 0); return;
      case 'NotIn': e.emit(Op.CONTAINS_OP, 1); return;
      default: e.emit(Op.COMPARE_OP, CMPOPS[op._type]);
    }
  };
  if (x.ops.length === 1) {
    c.expr(x.comparators[0]);
    c.setPos(x);
    emitCmp(x.ops[0]);
    return;
  }
  const cleanup = e.newLabel(), end = e.newLabel();
  for (let i = 0; i < x.ops.length - 1; i++) {
    c.expr(x.comparators[i]);
    e.emit(Op.SWAP, 2);
    e.emit(Op.COPY, 2);
    c.setPos(x);
    emitCmp(x.ops[i]);
    e.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  c.expr(x.comparators[x.ops.length - 1]);
  c.setPos(x);
  emitCmp(x.ops[x.ops.length - 1]);
  e.emitJump(Op.JUMP_FORWARD, end);
  e.place(cleanup);
  e.emit(Op.SWAP, 2);
  e.emit(Op.POP_TOP);
  e.place(end);
}

function callExpr(c: Compiler, x: ast.Call): void {
  const e = c.e;
  const f = x.func;
  if (f._type === 'Attribute' && f.ctx._type === 'Load') {
    c.expr(f.value);
    c.setPos(f);
    e.emit(Op.LOAD_METHOD, e.nameIdx(c.mangle(f.attr)));
  } else {
    c.expr(f);
    e.emit(Op.PUSH_NULL);
  }
  c.callArgs(x.args, x.keywords, 0, x);
}

/** Build a tuple/list/set from elements, some of which may be starred. Returns true if a list was built. */
function starredSequence(c: Compiler, elts: ast.Expr[], build: Op): boolean {
  const e = c.e;
  if (!elts.some((x) => x._type === 'Starred')) {
    for (const x of elts) c.expr(x);
    e.emit(build, elts.length);
    return false;
  }
  const isSet = build === Op.BUILD_SET;
  e.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, 0);
  for (const x of elts) {
    if (x._type === 'Starred') {
      c.expr(x.value);
      e.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
    } else {
      c.expr(x);
      e.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
    }
  }
  return build === Op.BUILD_TUPLE;
}

function dictDisplay(c: Compiler, x: ast.Dict): void {
  const e = c.e;
  if (!x.keys.some((k) => k === null)) {
    for (let i = 0; i < x.keys.length; i++) {
      c.expr(x.keys[i]!);
      c.expr(x.values[i]);
    }
    e.emit(Op.BUILD_MAP, x.keys.length);
    return;
  }
  e.emit(Op.BUILD_MAP, 0);
  let n = 0;
  for (let i = 0; i < x.keys.length; i++) {
    const k = x.keys[i];
    if (k === null) {
      if (n > 0) {
        e.emit(Op.BUILD_MAP, n);
        e.emit(Op.DICT_UPDATE, 1);
        n = 0;
      }
      c.expr(x.values[i]);
      e.emit(Op.DICT_UPDATE, 1);
    } else {
      c.expr(k);
      c.expr(x.values[i]);
      n++;
    }
  }
  if (n > 0) {
    e.emit(Op.BUILD_MAP, n);
    e.emit(Op.DICT_UPDATE, 1);
  }
}

function joinedStr(c: Compiler, x: ast.JoinedStr): void {
  const e = c.e;
  if (x.values.length === 1 && x.values[0]._type === 'Constant') {
    c.loadConst(constValue(x.values[0].value));
    return;
  }
  if (x.values.length === 0) {
    c.loadConst('');
    return;
  }
  for (const v of x.values) c.expr(v);
  if (x.values.length > 1) e.emit(Op.BUILD_STRING, x.values.length);
}

function formattedValue(c: Compiler, x: ast.FormattedValue): void {
  const e = c.e;
  c.expr(x.value);
  let flags = 0;
  if (x.conversion === 115) flags = FormatFlag.Str;
  else if (x.conversion === 114) flags = FormatFlag.Repr;
  else if (x.conversion === 97) flags = FormatFlag.Ascii;
  if (x.format_spec) {
    c.expr(x.format_spec);
    flags |= FormatFlag.HasSpec;
  }
  c.setPos(x);
  e.emit(Op.FORMAT_VALUE, flags);
}

function comprehension(c: Compiler, x: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): void {
  const e = c.e;
  const st = c.byNode.get(x)!;
  const name = x._type === 'ListComp' ? '<listcomp>' : x._type === 'SetComp' ? '<setcomp>'
    : x._type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
  const outerIsAsync = x.generators[0].is_async;
  c.enter(st, name, c.qualnameFor(name), c.u.st.kind === 'class' ? c.u.name : c.u.className, x.lineno);
  c.u.varIndex('.0');
  comprehensionBody(c, x, st);
  const code = c.leave({ argcount: 1, posonly: 0, kwonly: 0, flags: 0 });
  c.makeFunction(code, st, 0, x);
  e.emit(Op.PUSH_NULL);
  c.expr(x.generators[0].iter);
  c.setPos(x);
  e.emit(outerIsAsync ? Op.GET_AITER : Op.GET_ITER);
  e.emit(Op.CALL, 1);
  if (st.isCoroutine && x._type !== 'GeneratorExp') {
    e.emit(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    c.yieldFromLoop();
  }
}

function comprehensionBody(c: Compiler, x: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  st: SymbolTable): void {
  const e = c.e;
  const isGen = x._type === 'GeneratorExp';
  if (!isGen) e.emit(x._type === 'ListComp' ? Op.BUILD_LIST : x._type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  const ends: Array<() => void> = [];
  x.generators.forEach((g, depth) => {
    if (g.is_async) {
      // async comprehension loop
      const top = e.newLabel(), except = e.newLabel(), after = e.newLabel();
      if (depth === 0) c.nameOp('.0', 'load');
      else {
        c.expr(g.iter);
        e.emit(Op.GET_AITER);
      }
      e.place(top);
      const outer = e.handler;
      // kept on the stack: the result being built, the outer loops' iterators and this loop's async iterator
      e.handler = { label: except, depth: (isGen ? 0 : 1) + depth + 1 };
      e.emit(Op.GET_ANEXT);
      c.loadConst(null);
      c.yieldFromLoop();
      e.handler = outer;
      c.assignTarget(g.target);
      const skip = top;
      for (const cond of g.ifs) c.jumpIf(cond, false, skip);
      ends.push(() => {
        e.emitJump(Op.JUMP_BACKWARD, top);
        e.place(except);
        e.emit(Op.END_ASYNC_FOR);
        e.place(after);
      });
      return;
    }
    const top = e.newLabel(), exit = e.newLabel();
    if (depth === 0) c.nameOp('.0', 'load');
    else {
      c.expr(g.iter);
      e.emit(Op.GET_ITER);
    }
    e.place(top);
    c.setPos(x);
    e.emitJump(Op.FOR_ITER, exit);
    c.assignTarget(g.target);
    for (const cond of g.ifs) c.jumpIf(cond, false, top);
    ends.push(() => {
      e.emitJump(Op.JUMP_BACKWARD, top);
      e.place(exit);
    });
  });
  const n = x.generators.length;
  if (x._type === 'GeneratorExp') {
    c.expr(x.elt);
    if (st.isCoroutine) e.emit(Op.ASYNC_GEN_WRAP);
    e.emit(Op.YIELD_VALUE);
    e.emit(Op.POP_TOP);
  } else if (x._type === 'DictComp') {
    c.expr(x.key);
    c.expr(x.value);
    e.emit(Op.MAP_ADD, n + 1);
  } else {
    c.expr(x.elt);
    e.emit(x._type === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, n + 1);
  }
  for (let i = ends.length - 1; i >= 0; i--) ends[i]();
  if (isGen) c.returnNone();
  else e.emit(Op.RETURN_VALUE);
}
