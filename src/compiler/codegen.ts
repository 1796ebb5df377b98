// The code generator: AST → CodeUnit (our bytecode, see opcodes.ts), one unit per scope.
//
// Exceptions use an exception table (emitter.ts): while a protected region is compiled, the emitter's current
// handler points at the code that runs if an exception escapes it, with the stack depth to unwind to. Handled
// exceptions are tracked by PUSH_EXC_INFO / POP_EXCEPT. `return`, `break` and `continue` leave protected
// regions by replaying the frame-block stack (running finally bodies, closing with-blocks, popping loops).

import * as ast from './ast';
import { buildSymbolTables, mangle, Scope, SymbolTable } from './symtable';
import { Emitter, Handler, Label } from './emitter';
import { CodeUnit, ConstValue, FormatFlag, MakeFunctionFlag, Op } from './opcodes';
import { PySyntaxError } from './syntax_error';
import { compilePattern, compileMatch } from './codegen_match';

const CO_OPTIMIZED = 1, CO_NEWLOCALS = 2, CO_VARARGS = 4, CO_VARKEYWORDS = 8, CO_NESTED = 16, CO_GENERATOR = 32,
  CO_COROUTINE = 128, CO_ASYNC_GENERATOR = 512;

const BINOPS: Record<string, number> = {
  Add: 0, Sub: 1, Mult: 2, MatMult: 3, Div: 4, FloorDiv: 5, Mod: 6, Pow: 7, LShift: 8, RShift: 9, BitAnd: 10,
  BitXor: 11, BitOr: 12,
};
const INPLACE = 13;
const CMPOPS: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

type FBlockKind = 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'async_with' |
  'handler_cleanup' | 'pop_value' | 'exception_handler' | 'async_for';

interface FBlock {
  kind: FBlockKind;
  /** loops: where `continue` goes and where `break` goes */
  start?: Label;
  exit?: Label;
  /** finally: the body to replay */
  finalBody?: ast.Stmt[];
  /** the handler that was active when the block started (restored while replaying) */
  outerHandler: Handler | null;
  /** except handlers bound to a name */
  name?: string | null;
}

export class Unit {
  e = new Emitter();
  varnames: string[] = [];
  fblocks: FBlock[] = [];
  constructor(
    readonly st: SymbolTable,
    readonly name: string,
    readonly qualname: string,
    readonly className: string | null, // for private name mangling
    readonly firstLineNo: number,
  ) {}

  varIndex(name: string): number {
    let i = this.varnames.indexOf(name);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(name);
    }
    return i;
  }
}

export interface CompileOptions {
  filename: string;
  mode: 'exec' | 'eval' | 'single';
  /** the source, for error texts */
  source?: string;
}

/** Compile a parsed module to its code unit. */
export function compileAst(mod: ast.Mod, opts: CompileOptions): CodeUnit {
  const { top, byNode } = buildSymbolTables(mod, opts.filename);
  const c = new Compiler(byNode, opts);
  return c.compileTop(mod, top);
}

export class Compiler {
  u!: Unit;
  private stack: Unit[] = [];
  constructor(readonly byNode: Map<ast.AST, SymbolTable>, readonly opts: CompileOptions) {}

  get e(): Emitter {
    return this.u.e;
  }

  syntaxError(msg: string, node: ast.Pos | null): never {
    const err = new PySyntaxError();
    err.kind = 'SyntaxError';
    err.msg = msg;
    err.filename = this.opts.filename;
    err.lineno = node ? node.lineno : 1;
    err.offset = node ? node.col_offset + 1 : 1;
    err.end_lineno = node ? node.end_lineno : 1;
    err.end_offset = node ? node.end_col_offset + 1 : 1;
    const lines = this.opts.source ? this.opts.source.split(/\r?\n/) : [];
    // CPython reads the line back from the file, so source given as a string ("<string>", "<test>") has none
    const fromFile = !this.opts.filename.startsWith('<');
    err.text = fromFile && node && lines[node.lineno - 1] !== undefined ? lines[node.lineno - 1] + '\n' : null;
    throw err;
  }

  compileTop(mod: ast.Mod, top: SymbolTable): CodeUnit {
    this.enter(top, '<module>', '<module>', null, 1);
    const e = this.e;
    if (mod._type === 'Expression') {
      this.expr(mod.body);
      e.emit(Op.RETURN_VALUE);
    } else if (mod._type === 'Interactive') {
      for (const s of mod.body) {
        if (s._type === 'Expr') {
          this.setPos(s);
          this.expr(s.value);
          e.emit(Op.PRINT_EXPR);
        } else {
          this.stmt(s);
        }
      }
      this.returnNone();
    } else {
      if (top.hasAnnotations || mod.body.some((s) => s._type === 'AnnAssign')) e.emit(Op.SETUP_ANNOTATIONS);
      this.body(mod.body, true);
      this.returnNone();
    }
    return this.leave(0);
  }

  // ---- units ----

  enter(st: SymbolTable, name: string, qualname: string, className: string | null, line: number): void {
    if (this.u) this.stack.push(this.u);
    this.u = new Unit(st, name, qualname, className, line);
    this.u.e.pos = { line, endLine: line, col: -1, endCol: -1 };
  }

  leave(argInfo: number | { argcount: number; posonly: number; kwonly: number; flags: number }): CodeUnit {
    const u = this.u;
    const st = u.st;
    const fin = u.e.finish();
    let flags = 0, argcount = 0, posonly = 0, kwonly = 0;
    if (typeof argInfo !== 'number') {
      argcount = argInfo.argcount;
      posonly = argInfo.posonly;
      kwonly = argInfo.kwonly;
      flags = argInfo.flags;
    }
    if (st.kind === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (st.isGenerator && st.isCoroutine) flags |= CO_ASYNC_GENERATOR;
      else if (st.isCoroutine) flags |= CO_COROUTINE;
      else if (st.isGenerator) flags |= CO_GENERATOR;
      if (this.stack.length > 1) flags |= CO_NESTED;
    }
    const unit: CodeUnit = {
      name: u.name, qualname: u.qualname, filename: this.opts.filename, firstLineNo: u.firstLineNo,
      code: fin.code, positions: fin.positions, exceptionTable: fin.exceptionTable,
      consts: u.e.consts, names: u.e.names, varnames: u.varnames, cellvars: st.cellvars, freevars: st.freevars,
      argcount, posonlyargcount: posonly, kwonlyargcount: kwonly, flags, stacksize: fin.stacksize,
    };
    this.u = this.stack.pop()!;
    return unit;
  }

  setPos(node: ast.Pos): void {
    this.e.pos = { line: node.lineno, endLine: node.end_lineno, col: node.col_offset, endCol: node.end_col_offset };
  }

  returnNone(): void {
    this.e.emit(Op.LOAD_CONST, this.e.constIndex(null));
    this.e.emit(Op.RETURN_VALUE);
  }

  loadConst(v: ConstValue): void {
    this.e.emit(Op.LOAD_CONST, this.e.constIndex(v));
  }

  // ---- names ----

  mangle(name: string): string {
    return mangle(this.u.className, name);
  }

  nameOp(name: string, ctx: 'load' | 'store' | 'del'): void {
    name = this.mangle(name);
    const st = this.u.st;
    const e = this.e;
    const scope = st.scopes.get(name) ?? Scope.GlobalImplicit;
    const derefIndex = (): number => {
      const ci = st.cellvars.indexOf(name);
      if (ci >= 0) return ci;
      return st.cellvars.length + st.freevars.indexOf(name);
    };
    if (st.kind === 'function') {
      switch (scope) {
        case Scope.Local: {
          const i = this.u.varIndex(name);
          e.emit(ctx === 'load' ? Op.LOAD_FAST : ctx === 'store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
          return;
        }
        case Scope.Cell:
        case Scope.Free:
          e.emit(ctx === 'load' ? Op.LOAD_DEREF : ctx === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF, derefIndex());
          return;
        default:
          e.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, e.nameIdx(name));
          return;
      }
    }
    if (st.kind === 'class') {
      if (scope === Scope.GlobalExplicit) {
        e.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, e.nameIdx(name));
        return;
      }
      // a name the class body binds is looked up by name even when a method's free variable of the same
      // name passes through the class (class_body_scoping)
      if (st.freevars.includes(name) && scope !== Scope.Local && !(st.nonlocals.has(name) && ctx !== 'load')) {
        if (ctx === 'load') {
          e.emit(Op.LOAD_CLASSDEREF, derefIndex());
          return;
        }
      }
      if (st.nonlocals.has(name)) {
        e.emit(ctx === 'load' ? Op.LOAD_CLASSDEREF : ctx === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF, derefIndex());
        return;
      }
    }
    if (st.kind === 'module' && scope === Scope.GlobalExplicit) {
      e.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, e.nameIdx(name));
      return;
    }
    e.emit(ctx === 'load' ? Op.LOAD_NAME : ctx === 'store' ? Op.STORE_NAME : Op.DELETE_NAME, e.nameIdx(name));
  }

  // ---- statements ----

  body(stmts: ast.Stmt[], isModule = false): void {
    let start = 0;
    // a leading string is the docstring
    if (stmts.length > 0 && isDocstring(stmts[0]) && (isModule || this.u.st.kind === 'class')) {
      this.setPos(stmts[0]);
      this.expr((stmts[0] as ast.ExprStmt).value);
      this.nameOp('__doc__', 'store');
      start = 1;
    }
    for (let i = start; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  stmts(stmts: ast.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  stmt(s: ast.Stmt): void {
    this.setPos(s);
    const e = this.e;
    switch (s._type) {
      case 'Expr':
        if (s.value._type === 'Constant') return; // a bare constant does nothing
        this.expr(s.value);
        e.emit(Op.POP_TOP);
        return;
      case 'Pass':
        e.emit(Op.NOP);
        return;
      case 'Assign': {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) e.emit(Op.COPY, 1);
          this.assignTarget(s.targets[i]);
        }
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'AsyncFor':
        return this.asyncForStmt(s);
      case 'Break':
        return this.breakStmt(s);
      case 'Continue':
        return this.continueStmt(s);
      case 'Return':
        return this.returnStmt(s);
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) {
            this.expr(s.cause);
            this.setPos(s);
            e.emit(Op.RAISE_VARARGS, 2);
          } else {
            this.setPos(s);
            e.emit(Op.RAISE_VARARGS, 1);
          }
        } else {
          e.emit(Op.RAISE_VARARGS, 0);
        }
        return;
      case 'Try':
        this.e.emit(Op.NOP); // the `try:` line runs, as in CPython (sys.settrace reports it)
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'TryStar':
        this.e.emit(Op.NOP);
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryStar(s);
      case 'Assert': {
        const end = e.newLabel();
        this.jumpIf(s.test, true, end);
        // CPython 3.11 leaves the location of a comparison test on the raise (its traceback shows carets there)
        let at: any = s.test;
        while (at._type === 'UnaryOp' && at.op._type === 'Not') at = at.operand;
        while (at._type === 'BoolOp') at = at.values[at.values.length - 1];
        const loc = at._type === 'Compare' ? at : s;
        this.setPos(loc);
        e.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          e.emit(Op.PUSH_NULL);
          this.expr(s.msg);
          this.setPos(loc);
          e.emit(Op.CALL, 1);
        }
        e.emit(Op.RAISE_VARARGS, 1);
        e.place(end);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          this.setPos(a);
          this.loadConst(0n);
          this.loadConst(null);
          e.emit(Op.IMPORT_NAME, e.nameIdx(a.name));
          if (a.asname) {
            const parts = a.name.split('.');
            if (parts.length > 1) {
              for (let i = 1; i < parts.length; i++) {
                e.emit(Op.IMPORT_FROM, e.nameIdx(parts[i]));
                e.emit(Op.SWAP, 2);
                e.emit(Op.POP_TOP);
              }
            }
            this.nameOp(a.asname, 'store');
          } else {
            this.nameOp(a.name.split('.')[0], 'store');
          }
        }
        return;
      case 'ImportFrom': {
        this.loadConst(BigInt(s.level));
        const star = s.names.length === 1 && s.names[0].name === '*';
        this.loadConst({ tuple: s.names.map((a) => a.name) });
        e.emit(Op.IMPORT_NAME, e.nameIdx(s.module ?? ''));
        if (star) {
          if (this.u.st.kind === 'function') this.syntaxError('import * only allowed at module level', s);
          e.emit(Op.IMPORT_STAR);
          return;
        }
        for (const a of s.names) {
          this.setPos(a);
          e.emit(Op.IMPORT_FROM, e.nameIdx(a.name));
          this.nameOp(a.asname ?? a.name, 'store');
        }
        e.emit(Op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'With':
        return this.withStmt(s, 0);
      case 'AsyncWith':
        return this.asyncWithStmt(s, 0);
      case 'Match':
        return compileMatch(this, s);
    }
  }

  private augAssign(s: ast.AugAssign): void {
    const e = this.e;
    const op = BINOPS[s.op._type] + INPLACE;
    const t = s.target;
    if (t._type === 'Name') {
      this.nameOp(t.id, 'load');
      this.expr(s.value);
      this.setPos(s);
      e.emit(Op.BINARY_OP, op);
      this.nameOp(t.id, 'store');
    } else if (t._type === 'Attribute') {
      this.expr(t.value);
      e.emit(Op.COPY, 1);
      this.setPos(t);
      e.emit(Op.LOAD_ATTR, e.nameIdx(this.mangle(t.attr)));
      this.expr(s.value);
      this.setPos(s);
      e.emit(Op.BINARY_OP, op);
      e.emit(Op.SWAP, 2);
      e.emit(Op.STORE_ATTR, e.nameIdx(this.mangle(t.attr)));
    } else if (t._type === 'Subscript') {
      this.expr(t.value);
      this.expr(t.slice);
      e.emit(Op.COPY, 2);
      e.emit(Op.COPY, 2);
      this.setPos(t);
      e.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.setPos(s);
      e.emit(Op.BINARY_OP, op);
      e.emit(Op.SWAP, 3);
      e.emit(Op.SWAP, 2);
      e.emit(Op.STORE_SUBSCR);
    } else {
      this.syntaxError(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    const e = this.e;
    if (s.value) {
      this.expr(s.value);
      this.assignTarget(s.target);
    }
    if (s.target._type === 'Name' && s.simple && this.u.st.kind !== 'function') {
      // __annotations__[name] = annotation
      this.expr(s.annotation);
      this.nameOp('__annotations__', 'load');
      this.loadConst(this.mangle(s.target.id));
      this.setPos(s);
      e.emit(Op.STORE_SUBSCR);
    } else if (s.target._type !== 'Name' && this.u.st.kind !== 'function' && !s.value) {
      // evaluate the target's parts for side effects, as CPython does
      if (s.target._type === 'Attribute') {
        this.expr(s.target.value);
        e.emit(Op.POP_TOP);
      } else if (s.target._type === 'Subscript') {
        this.expr(s.target.value);
        e.emit(Op.POP_TOP);
        this.expr(s.target.slice);
        e.emit(Op.POP_TOP);
      }
    }
  }

  assignTarget(t: ast.Expr): void {
    const e = this.e;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'store');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.setPos(t);
        e.emit(Op.STORE_ATTR, e.nameIdx(this.mangle(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.setPos(t);
        e.emit(Op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        return this.unpackTargets(t.elts, t);
      case 'Starred':
        this.syntaxError('starred assignment target must be in a list or tuple', t);
      // fallthrough
      default:
        this.syntaxError(`cannot assign to ${describe(t)}`, t);
    }
  }

  unpackTargets(elts: ast.Expr[], node: ast.Pos): void {
    const e = this.e;
    const star = elts.findIndex((x) => x._type === 'Starred');
    this.setPos(node);
    if (star >= 0) {
      if (elts.slice(star + 1).some((x) => x._type === 'Starred')) this.syntaxError('multiple starred expressions in assignment', node);
      e.emit(Op.UNPACK_EX, star | ((elts.length - star - 1) << 8));
    } else {
      e.emit(Op.UNPACK_SEQUENCE, elts.length);
    }
    for (const x of elts) this.assignTarget(x._type === 'Starred' ? x.value : x);
  }

  private deleteTarget(t: ast.Expr): void {
    const e = this.e;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'del');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.setPos(t);
        e.emit(Op.DELETE_ATTR, e.nameIdx(this.mangle(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.setPos(t);
        e.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const x of t.elts) this.deleteTarget(x);
        return;
      default:
        this.syntaxError(`cannot delete ${describe(t)}`, t);
    }
  }

  private ifStmt(s: ast.If): void {
    const e = this.e;
    const end = e.newLabel();
    const orelse = s.orelse.length > 0 ? e.newLabel() : end;
    this.jumpIf(s.test, false, orelse);
    this.stmts(s.body);
    if (s.orelse.length > 0) {
      e.emitJump(Op.JUMP_FORWARD, end);
      e.place(orelse);
      this.stmts(s.orelse);
    }
    e.place(end);
  }

  /** Compile a test and jump to `target` when its truth equals `when`. */
  jumpIf(test: ast.Expr, when: boolean, target: Label): void {
    const e = this.e;
    if (test._type === 'UnaryOp' && test.op._type === 'Not') return this.jumpIf(test.operand, !when, target);
    if (test._type === 'BoolOp') {
      const isAnd = test.op._type === 'And';
      if (isAnd !== when) {
        // (a and b) false → jump if any is false;  (a or b) true → jump if any is true
        for (const v of test.values) this.jumpIf(v, when, target);
      } else {
        const skip = e.newLabel();
        for (let i = 0; i < test.values.length - 1; i++) this.jumpIf(test.values[i], !when, skip);
        this.jumpIf(test.values[test.values.length - 1], when, target);
        e.place(skip);
      }
      return;
    }
    this.expr(test);
    this.setPos(test);
    e.emitJump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  private whileStmt(s: ast.While): void {
    const e = this.e;
    const top = e.newLabel(), body = e.newLabel(), orelse = e.newLabel(), end = e.newLabel();
    e.place(top);
    this.jumpIf(s.test, false, orelse);
    e.place(body);
    this.pushFBlock({ kind: 'while', start: top, exit: end, outerHandler: e.handler });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setPos(s);
    e.emitJump(Op.JUMP_BACKWARD, top);
    e.place(orelse);
    this.stmts(s.orelse);
    e.place(end);
  }

  private forStmt(s: ast.For): void {
    const e = this.e;
    const top = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel();
    this.expr(s.iter);
    this.setPos(s);
    e.emit(Op.GET_ITER);
    e.place(top);
    this.setPos(s);
    e.emitJump(Op.FOR_ITER, cleanup);
    this.pushFBlock({ kind: 'for', start: top, exit: end, outerHandler: e.handler });
    this.assignTarget(s.target);
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setPos(s);
    e.emitJump(Op.JUMP_BACKWARD, top);
    e.place(cleanup);
    this.stmts(s.orelse);
    e.place(end);
  }

  private asyncForStmt(s: ast.AsyncFor): void {
    const e = this.e;
    const top = e.newLabel(), except = e.newLabel(), end = e.newLabel(), after = e.newLabel();
    this.expr(s.iter);
    this.setPos(s);
    e.emit(Op.GET_AITER);
    e.place(top);
    const outer = e.handler;
    e.handler = { label: except, depth: this.depthHint() + 1 };
    e.emit(Op.GET_ANEXT);
    this.loadConst(null);
    this.yieldFromLoop();
    e.handler = outer;
    this.pushFBlock({ kind: 'async_for', start: top, exit: after, outerHandler: outer });
    this.assignTarget(s.target);
    this.stmts(s.body);
    this.u.fblocks.pop();
    e.emitJump(Op.JUMP_BACKWARD, top);
    e.place(except);
    this.setPos(s);
    e.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    e.emitJump(Op.JUMP_FORWARD, end);
    e.place(after);
    e.place(end);
  }

  /** An approximation of the current stack depth used for handler depths; codegen keeps explicit counts. */
  depthHint(): number {
    let d = 0;
    for (const b of this.u.fblocks) {
      if (b.kind === 'for' || b.kind === 'async_for') d += 1;
      else if (b.kind === 'with' || b.kind === 'async_with') d += 1;
      else if (b.kind === 'exception_handler' || b.kind === 'handler_cleanup') d += 1;
      else if (b.kind === 'finally_end') d += 2;
      else if (b.kind === 'pop_value') d += 1;
    }
    return d;
  }

  pushFBlock(b: FBlock): void {
    if (this.u.fblocks.length >= 20) this.syntaxError('too many statically nested blocks', null);
    this.u.fblocks.push(b);
  }

  /** Emit what leaving block `b` requires (for break/continue/return crossing it). */
  private unwindBlock(b: FBlock, preserveTos: boolean): void {
    const e = this.e;
    switch (b.kind) {
      case 'while':
      case 'try_except':
      case 'finally_end_marker' as FBlockKind:
        return;
      case 'for':
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_TOP);
        return;
      case 'async_for':
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_TOP);
        return;
      case 'finally_try': {
        // run the finally body (with the handler that was active outside the try)
        const saved = e.handler;
        e.handler = b.outerHandler;
        const fb = this.u.fblocks.pop()!;
        if (preserveTos) {
          this.pushFBlock({ kind: 'pop_value', outerHandler: e.handler });
        }
        this.stmts(b.finalBody!);
        if (preserveTos) this.u.fblocks.pop();
        this.u.fblocks.push(fb);
        e.handler = saved;
        return;
      }
      case 'finally_end':
        // inside a finally body that runs for an exception: [prev_exc, exc]
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_TOP);
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_EXCEPT);
        return;
      case 'with':
      case 'async_with': {
        if (preserveTos) e.emit(Op.SWAP, 2);
        // call __exit__(None, None, None)
        e.emit(Op.PUSH_NULL);
        this.loadConst(null);
        this.loadConst(null);
        this.loadConst(null);
        e.emit(Op.CALL, 3);
        if (b.kind === 'async_with') {
          e.emit(Op.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.yieldFromLoop();
        }
        e.emit(Op.POP_TOP);
        return;
      }
      case 'handler_cleanup':
        // inside an except body: [prev_exc]
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_EXCEPT);
        if (b.name) {
          this.loadConst(null);
          this.nameOp(b.name, 'store');
          this.nameOp(b.name, 'del');
        }
        return;
      case 'exception_handler':
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_TOP);
        return;
      case 'pop_value':
        if (preserveTos) e.emit(Op.SWAP, 2);
        e.emit(Op.POP_TOP);
        return;
    }
  }

  /** Unwind blocks up to (not including) the innermost loop; returns that loop or null. */
  private unwindToLoop(): FBlock | null {
    const saved = this.u.fblocks.slice();
    const savedHandler = this.e.handler;
    for (let i = this.u.fblocks.length - 1; i >= 0; i--) {
      const b = this.u.fblocks[i];
      if (b.kind === 'while' || b.kind === 'for' || b.kind === 'async_for') {
        this.u.fblocks = saved;
        this.e.handler = savedHandler;
        return b;
      }
      this.u.fblocks = saved.slice(0, i + 1);
      this.unwindBlock(b, false);
      this.e.handler = b.outerHandler;
    }
    this.u.fblocks = saved;
    this.e.handler = savedHandler;
    return null;
  }

  private breakStmt(s: ast.Break): void {
    const e = this.e;
    const savedHandler = e.handler;
    const loop = this.findLoop();
    if (!loop) this.syntaxError("'break' outside loop", s);
    this.unwindUntil(loop, true);
    e.emitJump(Op.JUMP_FORWARD, loop.exit!);
    e.handler = savedHandler;
  }

  private continueStmt(s: ast.Continue): void {
    const e = this.e;
    const savedHandler = e.handler;
    const loop = this.findLoop();
    if (!loop) this.syntaxError("'continue' not properly in loop", s);
    this.unwindUntil(loop, false);
    e.emitJump(Op.JUMP_BACKWARD, loop.start!);
    e.handler = savedHandler;
  }

  private findLoop(): FBlock | null {
    for (let i = this.u.fblocks.length - 1; i >= 0; i--) {
      const k = this.u.fblocks[i].kind;
      if (k === 'while' || k === 'for' || k === 'async_for') return this.u.fblocks[i];
    }
    return null;
  }

  /** Unwind every block above `loop`; with `includeLoop`, also pop the loop itself (break). */
  private unwindUntil(loop: FBlock, includeLoop: boolean): void {
    const blocks = this.u.fblocks;
    const idx = blocks.indexOf(loop);
    const saved = blocks.slice();
    for (let i = blocks.length - 1; i > idx; i--) {
      this.u.fblocks = saved.slice(0, i + 1);
      this.unwindBlock(saved[i], false);
      this.e.handler = saved[i].outerHandler;
    }
    this.u.fblocks = saved;
    if (includeLoop) {
      this.e.handler = loop.outerHandler;
      if (loop.kind === 'for' || loop.kind === 'async_for') this.e.emit(Op.POP_TOP);
    }
  }

  private returnStmt(s: ast.Return): void {
    const e = this.e;
    if (this.u.st.kind !== 'function') this.syntaxError("'return' outside function", s);
    if (s.value && this.u.st.isGenerator && this.u.st.isCoroutine) {
      this.syntaxError("'return' with value in async generator", s);
    }
    if (s.value) this.expr(s.value);
    else this.loadConst(null);
    this.setPos(s);
    const savedHandler = e.handler;
    const saved = this.u.fblocks.slice();
    for (let i = saved.length - 1; i >= 0; i--) {
      this.u.fblocks = saved.slice(0, i + 1);
      this.unwindBlock(saved[i], true);
      e.handler = saved[i].outerHandler;
    }
    this.u.fblocks = saved;
    e.emit(Op.RETURN_VALUE);
    e.handler = savedHandler;
  }

  // ---- try ----

  /** The standard cleanup for an exception raised while handling another: restore exc_info and re-raise. */
  private emitCleanup(label: Label): void {
    const e = this.e;
    e.place(label);
    e.emit(Op.SWAP, 2);
    e.emit(Op.POP_EXCEPT);
    e.emit(Op.RERAISE);
  }

  private tryExcept(s: ast.Try): void {
    const e = this.e;
    const outer = e.handler;
    const depth = this.depthHint();
    const handlerLabel = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel(), orelse = e.newLabel();
    e.handler = { label: handlerLabel, depth };
    this.pushFBlock({ kind: 'try_except', outerHandler: outer });
    this.stmts(s.body);
    this.u.fblocks.pop();
    e.handler = outer;
    e.emitJump(Op.JUMP_FORWARD, orelse);
    // handlers: stack [exc]
    e.place(handlerLabel);
    e.handler = { label: cleanup, depth: depth + 1 };
    e.emit(Op.PUSH_EXC_INFO);
    for (const h of s.handlers) {
      this.setPos(h);
      const next = e.newLabel();
      if (h.type) {
        this.expr(h.type);
        this.setPos(h);
        e.emit(Op.CHECK_EXC_MATCH);
        e.emitJump(Op.POP_JUMP_IF_FALSE, next);
      } else if (h !== s.handlers[s.handlers.length - 1]) {
        this.syntaxError("default 'except:' must be last", h);
      }
      if (h.name) {
        this.nameOp(h.name, 'store');
        // the body runs with a handler that clears the name
        const nameCleanup = e.newLabel();
        const inner: Handler | null = e.handler;
        e.handler = { label: nameCleanup, depth: depth + 1 };
        this.pushFBlock({ kind: 'handler_cleanup', outerHandler: inner, name: h.name });
        this.stmts(h.body);
        this.u.fblocks.pop();
        e.handler = inner;
        e.emit(Op.POP_EXCEPT);
        this.loadConst(null);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
        e.emitJump(Op.JUMP_FORWARD, end);
        e.place(nameCleanup);
        this.loadConst(null);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
        e.emit(Op.RERAISE);
      } else {
        e.emit(Op.POP_TOP);
        this.pushFBlock({ kind: 'handler_cleanup', outerHandler: e.handler, name: null });
        this.stmts(h.body);
        this.u.fblocks.pop();
        e.emit(Op.POP_EXCEPT);
        e.emitJump(Op.JUMP_FORWARD, end);
      }
      e.place(next);
    }
    // no handler matched: re-raise (the cleanup handler restores exc_info)
    e.emit(Op.RERAISE);
    e.handler = outer;
    this.emitCleanup(cleanup);
    e.place(orelse);
    this.stmts(s.orelse);
    e.place(end);
  }

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const e = this.e;
    const outer = e.handler;
    const depth = this.depthHint();
    const excLabel = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel();
    e.handler = { label: excLabel, depth };
    this.pushFBlock({ kind: 'finally_try', finalBody: s.finalbody, outerHandler: outer });
    if (s.handlers.length > 0) {
      const inner: ast.Try | ast.TryStar = { ...s, finalbody: [] };
      if (s._type === 'Try') this.tryExcept(inner as ast.Try);
      else this.tryStar(inner as ast.TryStar);
    } else {
      this.stmts(s.body);
    }
    this.u.fblocks.pop();
    e.handler = outer;
    // normal exit: run the finally body
    this.stmts(s.finalbody);
    e.emitJump(Op.JUMP_FORWARD, end);
    // exceptional exit: [exc] → PUSH_EXC_INFO → [prev, exc], run the body, re-raise
    e.place(excLabel);
    e.handler = { label: cleanup, depth: depth + 1 };
    e.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock({ kind: 'finally_end', outerHandler: e.handler });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    e.emit(Op.RERAISE);
    e.handler = outer;
    this.emitCleanup(cleanup);
    e.place(end);
  }

  private tryStar(s: ast.TryStar): void {
    const e = this.e;
    const outer = e.handler;
    const depth = this.depthHint();
    const handlerLabel = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel(), orelse = e.newLabel();
    const reraiseLabel = e.newLabel();
    e.handler = { label: handlerLabel, depth };
    this.pushFBlock({ kind: 'try_except', outerHandler: outer });
    this.stmts(s.body);
    this.u.fblocks.pop();
    e.handler = outer;
    e.emitJump(Op.JUMP_FORWARD, orelse);
    // [exc] → [prev, eg]; each clause splits off what matches; what remains is re-raised at the end
    e.place(handlerLabel);
    e.handler = { label: cleanup, depth: depth + 1 };
    e.emit(Op.PUSH_EXC_INFO);
    for (const h of s.handlers) {
      this.setPos(h);
      const next = e.newLabel();
      if (!h.type) this.syntaxError('expected one or more exception types', h);
      this.expr(h.type!);
      e.emit(Op.CHECK_EG_MATCH); // [prev, rest, match|None]
      e.emit(Op.COPY, 1);
      e.emitJump(Op.POP_JUMP_IF_NONE, next); // [prev, rest, match]
      if (h.name) this.nameOp(h.name, 'store');
      else e.emit(Op.POP_TOP);
      // the handler body; an exception escaping it replaces the group (simplified: re-raised directly)
      const inner: Handler | null = e.handler;
      const bodyFail = e.newLabel();
      e.handler = { label: bodyFail, depth: depth + 2 };
      this.pushFBlock({ kind: 'handler_cleanup', outerHandler: inner, name: h.name });
      this.stmts(h.body);
      this.u.fblocks.pop();
      e.handler = inner;
      if (h.name) {
        this.loadConst(null);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
      }
      const afterBody = e.newLabel();
      e.emitJump(Op.JUMP_FORWARD, afterBody);
      e.place(bodyFail); // [prev, rest, newexc]
      if (h.name) {
        this.loadConst(null);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
      }
      e.emit(Op.SWAP, 2);
      e.emit(Op.POP_TOP);
      e.emit(Op.RERAISE);
      e.place(next); // [prev, rest, None]
      e.emit(Op.POP_TOP);
      e.place(afterBody);
      // [prev, rest]: if nothing remains, we are done
    }
    // [prev, rest]
    e.emit(Op.COPY, 1);
    e.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraiseLabel);
    e.emit(Op.POP_TOP);
    e.emit(Op.POP_EXCEPT);
    e.emitJump(Op.JUMP_FORWARD, end);
    e.place(reraiseLabel);
    e.emit(Op.RERAISE);
    e.handler = outer;
    this.emitCleanup(cleanup);
    e.place(orelse);
    this.stmts(s.orelse);
    e.place(end);
  }

  // ---- with ----

  private withStmt(s: ast.With, i: number): void {
    const e = this.e;
    if (i >= s.items.length) {
      this.stmts(s.body);
      return;
    }
    const item = s.items[i];
    const outer = e.handler;
    const depth = this.depthHint();
    const excLabel = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel(), suppress = e.newLabel();
    this.expr(item.context_expr);
    this.setPos(item.context_expr);
    e.emit(Op.BEFORE_WITH); // [exit, value]
    e.handler = { label: excLabel, depth: depth + 1 };
    this.pushFBlock({ kind: 'with', outerHandler: outer });
    if (item.optional_vars) this.assignTarget(item.optional_vars);
    else e.emit(Op.POP_TOP);
    this.withStmt(s, i + 1);
    this.u.fblocks.pop();
    e.handler = outer;
    this.setPos(s);
    e.emit(Op.PUSH_NULL);
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    e.emit(Op.CALL, 3);
    e.emit(Op.POP_TOP);
    e.emitJump(Op.JUMP_FORWARD, end);
    // [exit, exc] → [exit, prev, exc] → call exit(type, exc, tb)
    e.place(excLabel);
    e.handler = { label: cleanup, depth: depth + 2 };
    e.emit(Op.PUSH_EXC_INFO);
    e.emit(Op.WITH_EXCEPT_START);
    e.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    e.emit(Op.RERAISE);
    e.place(suppress);
    e.emit(Op.POP_TOP); // exc
    e.emit(Op.POP_EXCEPT); // prev
    e.emit(Op.POP_TOP); // exit
    e.handler = outer;
    e.emitJump(Op.JUMP_FORWARD, end);
    this.emitCleanup(cleanup);
    e.place(end);
  }

  private asyncWithStmt(s: ast.AsyncWith, i: number): void {
    const e = this.e;
    if (i >= s.items.length) {
      this.stmts(s.body);
      return;
    }
    const item = s.items[i];
    const outer = e.handler;
    const depth = this.depthHint();
    const excLabel = e.newLabel(), cleanup = e.newLabel(), end = e.newLabel(), suppress = e.newLabel();
    this.expr(item.context_expr);
    this.setPos(item.context_expr);
    e.emit(Op.BEFORE_ASYNC_WITH);
    this.loadConst(null);
    this.yieldFromLoop();
    e.handler = { label: excLabel, depth: depth + 1 };
    this.pushFBlock({ kind: 'async_with', outerHandler: outer });
    if (item.optional_vars) this.assignTarget(item.optional_vars);
    else e.emit(Op.POP_TOP);
    this.asyncWithStmt(s, i + 1);
    this.u.fblocks.pop();
    e.handler = outer;
    e.emit(Op.PUSH_NULL);
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    e.emit(Op.CALL, 3);
    e.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFromLoop();
    e.emit(Op.POP_TOP);
    e.emitJump(Op.JUMP_FORWARD, end);
    e.place(excLabel);
    e.handler = { label: cleanup, depth: depth + 2 };
    e.emit(Op.PUSH_EXC_INFO);
    e.emit(Op.WITH_EXCEPT_START);
    e.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFromLoop();
    e.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    e.emit(Op.RERAISE);
    e.place(suppress);
    e.emit(Op.POP_TOP);
    e.emit(Op.POP_EXCEPT);
    e.emit(Op.POP_TOP);
    e.handler = outer;
    e.emitJump(Op.JUMP_FORWARD, end);
    this.emitCleanup(cleanup);
    e.place(end);
  }

  /** [iter, value] → SEND/YIELD loop → [result]; a throw() into the delegating frame is finished by CLEANUP_THROW. */
  yieldFromLoop(): void {
    const e = this.e;
    const send = e.newLabel(), exit = e.newLabel(), fail = e.newLabel(), after = e.newLabel();
    e.place(send);
    e.emitJump(Op.SEND, exit);
    const outer = e.handler;
    // a throw() arrives here with the stack as it was at the yield: [… iter]; nothing is unwound
    e.handler = { label: fail, depth: -1 };
    e.emit(Op.YIELD_VALUE);
    e.handler = outer;
    e.emitJump(Op.JUMP_BACKWARD, send);
    e.place(fail);
    e.emit(Op.CLEANUP_THROW);
    e.emitJump(Op.JUMP_FORWARD, after);
    e.place(exit);
    e.place(after);
  }

  // ---- definitions ----

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const e = this.e;
    for (const d of s.decorator_list) this.expr(d);
    this.setPos(s);
    const flags = this.functionDefaults(s.args);
    const annotations = this.functionAnnotations(s.args, s.returns);
    const st = this.byNode.get(s)!;
    const code = this.functionBody(s, st, s.name, s.body, s.args);
    this.makeFunction(code, st, flags | annotations, s);
    for (let i = 0; i < s.decorator_list.length; i++) {
      e.emit(Op.PUSH_NULL);
      e.emit(Op.SWAP, 2);
      e.emit(Op.CALL, 1);
      // decorators sit below: [dec, NULL?] — we compile as dec(func): [dec, f] → need [dec, NULL, f]
    }
    this.nameOp(s.name, 'store');
  }

  qualnameFor(name: string): string {
    const u = this.u;
    if (u.st.kind === 'module') return name;
    if (u.st.kind === 'class') return `${u.qualname}.${name}`;
    return `${u.qualname}.<locals>.${name}`;
  }

  /** Push defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
  functionDefaults(args: ast.Arguments): number {
    const e = this.e;
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      e.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= MakeFunctionFlag.Defaults;
    }
    const kw = args.kwonlyargs.map((a, i) => [a, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
    if (kw.length > 0) {
      for (const [a, d] of kw) {
        this.loadConst(this.mangle(a.arg));
        this.expr(d!);
      }
      e.emit(Op.BUILD_MAP, kw.length);
      flags |= MakeFunctionFlag.KwDefaults;
    }
    return flags;
  }

  private functionAnnotations(args: ast.Arguments, returns: ast.Expr | null): number {
    const e = this.e;
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs,
      ...(args.kwarg ? [args.kwarg] : [])];
    let n = 0;
    for (const a of all) {
      if (a.annotation) {
        this.loadConst(this.mangle(a.arg));
        this.expr(a.annotation);
        n++;
      }
    }
    if (returns) {
      this.loadConst('return');
      this.expr(returns);
      n++;
    }
    if (n === 0) return 0;
    e.emit(Op.BUILD_MAP, n);
    return MakeFunctionFlag.Annotations;
  }

  private functionBody(node: ast.Pos, st: SymbolTable, name: string, body: ast.Stmt[], args: ast.Arguments): CodeUnit {
    const qualname = this.qualnameFor(name);
    const className = this.u.st.kind === 'class' ? this.u.name : this.u.className;
    // a decorated function starts at its first decorator (co_firstlineno), as in CPython
    const decorators = (node as { decorator_list?: ast.Expr[] }).decorator_list;
    this.enter(st, name, qualname, className, decorators?.length ? decorators[0].lineno : node.lineno);
    this.declareParams(args);
    // docstring is the first constant (None when absent), as CPython
    if (body.length > 0 && isDocstring(body[0])) {
      this.e.constIndex(((body[0] as ast.ExprStmt).value as ast.Constant).value as string);
    } else {
      this.e.constIndex(null);
    }
    this.stmts(body);
    this.returnNone();
    return this.leave(this.argInfo(args));
  }

  declareParams(args: ast.Arguments): void {
    const u = this.u;
    for (const a of args.posonlyargs) u.varIndex(this.mangle(a.arg));
    for (const a of args.args) u.varIndex(this.mangle(a.arg));
    for (const a of args.kwonlyargs) u.varIndex(this.mangle(a.arg));
    if (args.vararg) u.varIndex(this.mangle(args.vararg.arg));
    if (args.kwarg) u.varIndex(this.mangle(args.kwarg.arg));
  }

  argInfo(args: ast.Arguments): { argcount: number; posonly: number; kwonly: number; flags: number } {
    let flags = 0;
    if (args.vararg) flags |= CO_VARARGS;
    if (args.kwarg) flags |= CO_VARKEYWORDS;
    return {
      argcount: args.posonlyargs.length + args.args.length, posonly: args.posonlyargs.length,
      kwonly: args.kwonlyargs.length, flags,
    };
  }

  /** Emit the closure (if any) and MAKE_FUNCTION for a compiled unit. */
  makeFunction(code: CodeUnit, st: SymbolTable, flags: number, node: ast.Pos): void {
    const e = this.e;
    if (code.freevars.length > 0) {
      for (const name of code.freevars) {
        // the cell comes from our cells/frees (for __class__ in a class body: our cell)
        const cur = this.u.st;
        let idx = cur.cellvars.indexOf(name);
        if (idx < 0) {
          const fi = cur.freevars.indexOf(name);
          if (fi < 0) this.syntaxError(`internal: no cell for ${name}`, node);
          idx = cur.cellvars.length + fi;
        }
        e.emit(Op.LOAD_CLOSURE, idx);
      }
      e.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= MakeFunctionFlag.Closure;
    }
    void st;
    e.emit(Op.LOAD_CONST, e.uniqueConst({ code }));
    this.setPos(node);
    e.emit(Op.MAKE_FUNCTION, flags);
  }

  private classDef(s: ast.ClassDef): void {
    const e = this.e;
    for (const d of s.decorator_list) this.expr(d);
    this.setPos(s);
    const st = this.byNode.get(s)!;
    // the class body as a function
    const qualname = this.qualnameFor(s.name);
    this.enter(st, s.name, qualname, s.name, s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno);
    const ce = this.e;
    this.nameOp('__name__', 'load');
    this.nameOp('__module__', 'store');
    this.loadConst(qualname);
    this.nameOp('__qualname__', 'store');
    if (st.hasAnnotations) ce.emit(Op.SETUP_ANNOTATIONS);
    this.body(s.body);
    if (st.hasClassCell) {
      ce.emit(Op.LOAD_CLOSURE, st.cellvars.indexOf('__class__'));
      ce.emit(Op.COPY, 1);
      this.nameOp('__classcell__', 'store');
      ce.emit(Op.RETURN_VALUE);
    } else {
      this.returnNone();
    }
    const code = this.leave(0);
    e.emit(Op.LOAD_BUILD_CLASS);
    e.emit(Op.PUSH_NULL);
    this.makeFunction(code, st, 0, s);
    this.loadConst(s.name);
    this.callArgs(s.bases, s.keywords, 2, s);
    for (let i = 0; i < s.decorator_list.length; i++) {
      e.emit(Op.PUSH_NULL);
      e.emit(Op.SWAP, 2);
      e.emit(Op.CALL, 1);
    }
    this.nameOp(s.name, 'store');
  }

  // ---- expressions ----

  expr(x: ast.Expr): void {
    exprImpl(this, x);
  }

  /** Emit the arguments of a call whose callable (and self/NULL) are on the stack, and the call. */
  callArgs(args: ast.Expr[], keywords: ast.Keyword[], already: number, node: ast.Pos): void {
    const e = this.e;
    const hasStar = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!hasStar) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      this.setPos(node);
      if (keywords.length > 0) {
        e.emit(Op.KW_NAMES, e.constIndex({ tuple: keywords.map((k) => k.arg!) }));
      }
      e.emit(Op.CALL, already + args.length + keywords.length);
      return;
    }
    // f(*a, **k): build a positional tuple (starting with any values already pushed) and a keyword dict
    e.emit(Op.BUILD_LIST, already);
    for (const a of args) {
      if (a._type === 'Starred') {
        this.expr(a.value);
        e.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(a);
        e.emit(Op.LIST_APPEND, 1);
      }
    }
    e.emit(Op.LIST_TO_TUPLE);
    let hasKw = false;
    if (keywords.length > 0) {
      hasKw = true;
      e.emit(Op.BUILD_MAP, 0);
      let n = 0;
      for (const k of keywords) {
        if (k.arg === null) {
          if (n > 0) {
            e.emit(Op.BUILD_MAP, n);
            e.emit(Op.DICT_MERGE, 1);
            n = 0;
          }
          this.expr(k.value);
          e.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          n++;
        }
      }
      if (n > 0) {
        e.emit(Op.BUILD_MAP, n);
        e.emit(Op.DICT_MERGE, 1);
      }
    }
    this.setPos(node);
    e.emit(Op.CALL_FUNCTION_EX, hasKw ? 1 : 0);
  }

  compilePattern = compilePattern;
}

export function isDocstring(s: ast.Stmt): boolean {
  return s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
}

export function describe(x: ast.Expr): string {
  switch (x._type) {
    case 'Call': return 'function call';
    case 'Constant':
      if (x.value === null || typeof x.value === 'boolean') return String(x.value === null ? 'None' : x.value ? 'True' : 'False');
      if ((x.value as { _ellipsis?: boolean })._ellipsis) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'BoolOp': return 'expression';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Await': return 'await expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Starred': return 'starred';
    default: return 'expression';
  }
}

import { exprImpl } from './codegen_expr';
export { BINOPS, CMPOPS, INPLACE, FormatFlag };
