// The match statement. Each case tests a copy of the subject; a pattern consumes the value on top of the
// stack and, on failure, jumps to a label after popping whatever it had pushed (failPop).

import * as ast from './ast';
import type { Compiler } from './codegen';
import { Label } from './emitter';
import { Op } from './opcodes';
import { constValue } from './codegen_expr';

export function compileMatch(c: Compiler, s: ast.Match): void {
  const e = c.e;
  const end = e.newLabel();
  c.expr(s.subject);
  s.cases.forEach((mc, i) => {
    const isLast = i === s.cases.length - 1;
    const next = e.newLabel();
    if (!isLast && isIrrefutable(mc.pattern) && !mc.guard) {
      c.syntaxError(mc.pattern._type === 'MatchAs' && mc.pattern.name
        ? `name capture '${mc.pattern.name}' makes remaining patterns unreachable`
        : 'wildcard makes remaining patterns unreachable', mc.pattern);
    }
    c.setPos(mc.pattern);
    e.emit(Op.COPY, 1);
    compilePattern(c, mc.pattern, next, new Set());
    if (mc.guard) c.jumpIf(mc.guard, false, next);
    e.emit(Op.POP_TOP);
    c.stmts(mc.body);
    e.emitJump(Op.JUMP_FORWARD, end);
    e.place(next);
  });
  e.emit(Op.POP_TOP);
  e.place(end);
}

function isIrrefutable(p: ast.Pattern): boolean {
  if (p._type === 'MatchAs') return p.pattern === null || isIrrefutable(p.pattern);
  if (p._type === 'MatchOr') return p.patterns.some(isIrrefutable);
  return false;
}

/** A label that pops n values then jumps to `fail`. */
function failPop(c: Compiler, n: number, fail: Label): Label {
  if (n === 0) return fail;
  const e = c.e;
  const l = e.newLabel();
  const after = e.newLabel();
  // placed out of line: jump over it
  e.emitJump(Op.JUMP_FORWARD, after);
  e.place(l);
  for (let i = 0; i < n; i++) e.emit(Op.POP_TOP);
  e.emitJump(Op.JUMP_FORWARD, fail);
  e.place(after);
  return l;
}

/** Compile a pattern: consumes TOS; on failure jumps to `fail` with the value consumed. */
export function compilePattern(c: Compiler, p: ast.Pattern, fail: Label, bound: Set<string>): void {
  const e = c.e;
  c.setPos(p);
  switch (p._type) {
    case 'MatchValue':
      c.expr(p.value);
      e.emit(Op.COMPARE_OP, 2);
      e.emitJump(Op.POP_JUMP_IF_FALSE, fail);
      return;
    case 'MatchSingleton':
      c.loadConst(p.value);
      e.emit(Op.IS_OP, 0);
      e.emitJump(Op.POP_JUMP_IF_FALSE, fail);
      return;
    case 'MatchAs':
      if (p.pattern) {
        e.emit(Op.COPY, 1);
        const inner = e.newLabel();
        const ok = e.newLabel();
        compilePattern(c, p.pattern, inner, bound);
        e.emitJump(Op.JUMP_FORWARD, ok);
        e.place(inner);
        e.emit(Op.POP_TOP);
        e.emitJump(Op.JUMP_FORWARD, fail);
        e.place(ok);
      }
      if (p.name) {
        checkBound(c, p.name, bound, p);
        c.nameOp(p.name, 'store');
      } else {
        e.emit(Op.POP_TOP);
      }
      return;
    case 'MatchStar':
      if (p.name) {
        checkBound(c, p.name, bound, p);
        c.nameOp(p.name, 'store');
      } else {
        e.emit(Op.POP_TOP);
      }
      return;
    case 'MatchOr': {
      const ok = e.newLabel();
      for (const alt of p.patterns) {
        const next = e.newLabel();
        e.emit(Op.COPY, 1);
        compilePattern(c, alt, next, new Set(bound));
        e.emitJump(Op.JUMP_FORWARD, ok);
        e.place(next);
      }
      e.emit(Op.POP_TOP);
      e.emitJump(Op.JUMP_FORWARD, fail);
      e.place(ok);
      e.emit(Op.POP_TOP);
      collectNames(p, bound);
      return;
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
      const n = p.patterns.length;
      e.emit(Op.MATCH_SEQUENCE);
      e.emitJump(Op.POP_JUMP_IF_FALSE, failPop(c, 1, fail));
      e.emit(Op.GET_LEN);
      c.loadConst(BigInt(star >= 0 ? n - 1 : n));
      e.emit(Op.COMPARE_OP, star >= 0 ? 5 : 2);
      e.emitJump(Op.POP_JUMP_IF_FALSE, failPop(c, 1, fail));
      if (star >= 0) e.emit(Op.UNPACK_EX, star | ((n - star - 1) << 8));
      else e.emit(Op.UNPACK_SEQUENCE, n);
      for (let i = 0; i < n; i++) {
        const f = failPop(c, n - 1 - i, fail);
        compilePattern(c, p.patterns[i], f, bound);
      }
      return;
    }
    case 'MatchMapping': {
      const n = p.keys.length;
      e.emit(Op.MATCH_MAPPING);
      e.emitJump(Op.POP_JUMP_IF_FALSE, failPop(c, 1, fail));
      if (n === 0 && !p.rest) {
        e.emit(Op.POP_TOP);
        return;
      }
      for (const k of p.keys) c.expr(k);
      e.emit(Op.BUILD_TUPLE, n);
      e.emit(Op.MATCH_KEYS); // [subject, keys, values|None]
      e.emit(Op.COPY, 1);
      e.emitJump(Op.POP_JUMP_IF_NONE, failPop(c, 3, fail));
      e.emit(Op.UNPACK_SEQUENCE, n);
      for (let i = 0; i < n; i++) {
        compilePattern(c, p.patterns[i], failPop(c, n - 1 - i + 2, fail), bound);
      }
      if (p.rest) {
        e.emit(Op.COPY_DICT_WITHOUT_KEYS); // [subject, rest]
        c.nameOp(p.rest, 'store');
        e.emit(Op.POP_TOP);
      } else {
        e.emit(Op.POP_TOP);
        e.emit(Op.POP_TOP);
      }
      return;
    }
    case 'MatchClass': {
      const npos = p.patterns.length;
      const nkw = p.kwd_attrs.length;
      c.expr(p.cls);
      c.loadConst({ tuple: p.kwd_attrs });
      e.emit(Op.MATCH_CLASS, npos); // [attrs|None]
      e.emit(Op.COPY, 1);
      e.emitJump(Op.POP_JUMP_IF_NONE, failPop(c, 1, fail));
      const total = npos + nkw;
      e.emit(Op.UNPACK_SEQUENCE, total);
      const all = [...p.patterns, ...p.kwd_patterns];
      for (let i = 0; i < total; i++) {
        compilePattern(c, all[i], failPop(c, total - 1 - i, fail), bound);
      }
      return;
    }
  }
}

function checkBound(c: Compiler, name: string, bound: Set<string>, node: ast.Pos): void {
  if (bound.has(name)) c.syntaxError(`multiple assignments to name '${name}' in pattern`, node);
  bound.add(name);
}

function collectNames(p: ast.Pattern, out: Set<string>): void {
  switch (p._type) {
    case 'MatchAs':
      if (p.name) out.add(p.name);
      if (p.pattern) collectNames(p.pattern, out);
      return;
    case 'MatchStar':
      if (p.name) out.add(p.name);
      return;
    case 'MatchOr':
      for (const q of p.patterns) collectNames(q, out);
      return;
    case 'MatchSequence':
      for (const q of p.patterns) collectNames(q, out);
      return;
    case 'MatchMapping':
      for (const q of p.patterns) collectNames(q, out);
      if (p.rest) out.add(p.rest);
      return;
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwd_patterns]) collectNames(q, out);
      return;
    default:
  }
}

export { constValue };
