// Building one code object: instructions, labels, source positions, the exception table and the maximum
// stack depth. The compiler (codegen.ts) drives an Emitter per scope.

import { Op, OP_NAMES, CodeUnit, ConstValue } from './opcodes';

export interface Label {
  target: number; // instruction index, -1 until placed
}

export interface Handler {
  label: Label;
  depth: number; // value-stack depth to unwind to before pushing the exception; -1 = unwind nothing
}

interface Pos {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

const JUMPS = new Set<number>([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);

/** Exception-table depth flag: the handler keeps the stack as it is. */
export const NO_UNWIND = 0x40000000;

export class Emitter {
  readonly ops: number[] = [];
  readonly args: number[] = [];
  readonly labelArgs: (Label | null)[] = [];
  readonly positions: number[] = [];
  /** the handler active at each instruction */
  readonly handlers: (Handler | null)[] = [];
  readonly consts: ConstValue[] = [];
  private constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private nameIndex = new Map<string, number>();
  pos: Pos = { line: 1, endLine: 1, col: -1, endCol: -1 };
  handler: Handler | null = null;

  emit(op: Op, arg = 0): number {
    this.ops.push(op);
    this.args.push(arg);
    this.labelArgs.push(null);
    this.positions.push(this.pos.line, this.pos.endLine, this.pos.col, this.pos.endCol);
    this.handlers.push(this.handler);
    return this.ops.length - 1;
  }

  emitJump(op: Op, label: Label): number {
    const i = this.emit(op, 0);
    this.labelArgs[i] = label;
    return i;
  }

  newLabel(): Label {
    return { target: -1 };
  }

  place(label: Label): void {
    label.target = this.ops.length;
  }

  get here(): number {
    return this.ops.length;
  }

  constIndex(v: ConstValue): number {
    const key = constKey(v);
    let i = this.constKeys.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constKeys.set(key, i);
    }
    return i;
  }

  /** A constant that must not be shared with an equal one (code objects). */
  uniqueConst(v: ConstValue): number {
    this.consts.push(v);
    return this.consts.length - 1;
  }

  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  /** Resolve labels; build the exception table; compute the stack size. */
  finish(): { code: number[]; positions: number[]; exceptionTable: number[]; stacksize: number } {
    const n = this.ops.length;
    const code = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const l = this.labelArgs[i];
      const arg = l !== null ? l.target : this.args[i];
      if (l !== null && l.target < 0) throw new Error(`unplaced label in ${OP_NAMES[this.ops[i]]}`);
      code[i] = this.ops[i] | (arg << 8);
    }
    const exceptionTable: number[] = [];
    let start = 0;
    for (let i = 1; i <= n; i++) {
      const prev = this.handlers[i - 1];
      const cur = i < n ? this.handlers[i] : undefined;
      if (cur !== prev) {
        if (prev) exceptionTable.push(start, i, prev.label.target, prev.depth < 0 ? NO_UNWIND : prev.depth);
        start = i;
      }
    }
    return { code, positions: this.positions, exceptionTable, stacksize: this.stackSize(code) };
  }

  private stackSize(code: number[]): number {
    const n = code.length;
    const depth = new Int32Array(n + 1).fill(-1);
    const work: number[] = [];
    const visit = (i: number, d: number) => {
      if (i >= n) return;
      if (depth[i] >= d) return;
      depth[i] = d;
      work.push(i);
    };
    visit(0, 0);
    let max = 0;
    while (work.length) {
      const i = work.pop()!;
      const d = depth[i];
      // the handler is entered with the exception pushed at its depth (or on the current stack)
      const h = this.handlers[i];
      // (a no-unwind handler covers only a YIELD_VALUE: its value is gone, the exception takes its place)
      if (h) visit(h.label.target, h.depth < 0 ? d : h.depth + 1);
      const op = code[i] & 255;
      const arg = code[i] >> 8;
      const [fall, jump] = stackEffect(op, arg);
      if (d + fall > max) max = d + fall;
      if (JUMPS.has(op)) {
        visit(arg, d + jump);
        if (op !== Op.JUMP_FORWARD && op !== Op.JUMP_BACKWARD) visit(i + 1, d + fall);
      } else if (op !== Op.RETURN_VALUE && op !== Op.RAISE_VARARGS && op !== Op.RERAISE) {
        visit(i + 1, d + fall);
      }
      if (d > max) max = d;
    }
    return max + 2;
  }
}

function constKey(v: ConstValue): string {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (typeof v === 'bigint') return 'i' + v.toString();
  if (typeof v === 'number') return 'f' + (Object.is(v, -0) ? '-0' : String(v));
  if (typeof v === 'string') return 's' + v;
  if (v instanceof Uint8Array) return 'b' + Array.from(v).join(',');
  if ('imag' in v) return 'j' + (Object.is(v.imag, -0) ? '-0' : String(v.imag));
  if ('ellipsis' in v) return 'E';
  if ('float' in v) return 'f' + String(v.float);
  if ('tuple' in v) return 't(' + v.tuple.map(constKey).join('|') + ')';
  if ('frozenset' in v) return 'z(' + v.frozenset.map(constKey).join('|') + ')';
  return 'c' + Math.random();
}

/** Stack effect of an instruction: [when falling through, when jumping]. */
export function stackEffect(op: number, arg: number): [number, number] {
  switch (op) {
    case Op.NOP: return [0, 0];
    case Op.POP_TOP: return [-1, 0];
    case Op.PUSH_NULL: return [1, 0];
    case Op.COPY: return [1, 0];
    case Op.SWAP: return [0, 0];
    case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF:
    case Op.LOAD_NAME: case Op.LOAD_GLOBAL: case Op.LOAD_ASSERTION_ERROR: case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_LOCALS:
      return [1, 0];
    case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_NAME: case Op.STORE_GLOBAL: return [-1, 0];
    case Op.DELETE_FAST: case Op.DELETE_DEREF: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: return [0, 0];
    case Op.LOAD_ATTR: return [0, 0];
    case Op.STORE_ATTR: return [-2, 0];
    case Op.DELETE_ATTR: return [-1, 0];
    case Op.LOAD_METHOD: return [1, 0];
    case Op.BINARY_SUBSCR: return [-1, 0];
    case Op.STORE_SUBSCR: return [-3, 0];
    case Op.DELETE_SUBSCR: return [-2, 0];
    case Op.BINARY_SLICE: return [-2, 0];
    case Op.STORE_SLICE: return [-4, 0];
    case Op.BUILD_SLICE: return [1 - arg, 0];
    case Op.BINARY_OP: return [-1, 0];
    case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: return [0, 0];
    case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: return [-1, 0];
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return [1 - arg, 0];
    case Op.BUILD_MAP: return [1 - 2 * arg, 0];
    case Op.BUILD_CONST_KEY_MAP: return [-arg, 0];
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
      return [-1, 0];
    case Op.MAP_ADD: return [-2, 0];
    case Op.LIST_TO_TUPLE: return [0, 0];
    case Op.FORMAT_VALUE: return [arg & 4 ? -1 : 0, 0];
    case Op.UNPACK_SEQUENCE: return [arg - 1, 0];
    case Op.UNPACK_EX: return [(arg & 255) + (arg >> 8), 0];
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: return [0, 0];
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      return [-1, -1];
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return [-1, 0];
    case Op.GET_ITER: return [0, 0];
    case Op.FOR_ITER: return [1, -1];
    case Op.CALL: return [-arg - 1, 0];
    case Op.KW_NAMES: return [0, 0];
    case Op.CALL_FUNCTION_EX: return [arg ? -3 : -2, 0];
    case Op.MAKE_FUNCTION: {
      let n = 0;
      for (let b = 1; b <= 8; b <<= 1) if (arg & b) n++;
      return [-n, 0];
    }
    case Op.RETURN_VALUE: return [-1, 0];
    case Op.RAISE_VARARGS: return [-arg, 0];
    case Op.RERAISE: return [-1, 0];
    case Op.PUSH_EXC_INFO: return [1, 0];
    case Op.POP_EXCEPT: return [-1, 0];
    case Op.CHECK_EXC_MATCH: return [0, 0];
    case Op.CHECK_EG_MATCH: return [0, 0];
    case Op.BEFORE_WITH: case Op.BEFORE_ASYNC_WITH: return [1, 0];
    case Op.WITH_EXCEPT_START: return [1, 0];
    case Op.SETUP_ANNOTATIONS: return [0, 0];
    case Op.IMPORT_NAME: return [-1, 0];
    case Op.IMPORT_FROM: return [1, 0];
    case Op.IMPORT_STAR: return [-1, 0];
    case Op.YIELD_VALUE: return [0, 0];
    case Op.GET_YIELD_FROM_ITER: return [0, 0];
    case Op.SEND: return [0, -1];
    case Op.GET_AWAITABLE: case Op.GET_AITER: return [0, 0];
    case Op.GET_ANEXT: return [1, 0];
    case Op.END_ASYNC_FOR: return [-2, 0];
    case Op.ASYNC_GEN_WRAP: return [0, 0];
    case Op.PRINT_EXPR: return [-1, 0];
    case Op.MATCH_CLASS: return [-2, 0];
    case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.GET_LEN: return [1, 0];
    case Op.MATCH_KEYS: return [1, 0];
    case Op.COPY_DICT_WITHOUT_KEYS: return [0, 0];
    case Op.CLEANUP_THROW: return [-1, 0];
    default: return [0, 0];
  }
}

export type { CodeUnit };
