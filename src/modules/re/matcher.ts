// The backtracking matcher: runs a program (compiler.ts) at one start position.
//
// Notes about the implementation
//
// Matching never recurses in JS. Choices that may be revisited go on an explicit stack of frames
// (opcodes.ts: Frame); failing pops the newest frame and resumes from it. Registers (captures,
// lastindex, loop counters) are restored by a *trail*: every register write first records the
// old value, and each frame remembers the trail height when it was pushed, so popping a frame
// undoes exactly the writes made since. Atomic groups and look-arounds "cut" the stack back to the
// height they recorded on entry; the trail is left alone, so older frames still undo everything.
//
// This gives CPython's semantics: captures persist across loop iterations (`(?:(a)|b)*` on "ab"
// keeps group 1 = "a"), and lastindex is the group closed most recently on the successful path.
//
// General loops follow CPython's rules for repeats whose body may match the empty string: an
// iteration that started where the previous one did (matched empty) ends the loop, but the
// first `min` iterations always run.
//
// Catastrophic patterns such as `(a*)*b`, `(a|aa)*c` or `(x+x+)+y` are tamed by memoization:
// after many backtracks, each visit to a memo point (an unbounded loop's decision point, or a
// single-character repeat) is recorded on the stack; when that record is popped, every way of
// going on from that state has failed, and the state (position, and what the loops around it
// still remember) goes into a set that later visits consult. This is only done for patterns
// without back-references or conditionals, where captures cannot change the outcome, and not
// inside look-behinds.

import type { MemoPoint, Program } from './compiler';
import { COUNT_LIMIT } from './constants';
import { AtKind, Fold, Frame, Op, RepeatMode, Unit } from './opcodes';
import type { CharSet } from './charset';
import * as U from './unicode';

export type Text = Uint8Array | Uint16Array | Uint32Array;

/** Backtrack stacks longer than this (in words) are not kept from one exec to the next; smaller
 *  ones are, since fresh memory is slow to touch. */
const BIG_BUFFER = 1 << 20;

/** Backtracks before memoization starts (ordinary patterns never get there). */
let memoThreshold = 20000;

/** For tests: memoize after this many backtracks (0: from the start). */
export function setMemoThreshold(n: number): void {
  memoThreshold = n;
}

export function unitTest(kind: number, arg: number, c: number, sets: readonly CharSet[]): boolean {
  switch (kind) {
    case Unit.Char: return c === arg;
    case Unit.NotChar: return c !== arg;
    case Unit.Lower: return U.lowerUnicode(c) === arg;
    case Unit.NotLower: return U.lowerUnicode(c) !== arg;
    case Unit.LowerAscii: return U.lowerAscii(c) === arg;
    case Unit.NotLowerAscii: return U.lowerAscii(c) !== arg;
    case Unit.Any: return c !== 10;
    case Unit.AnyAll: return true;
    default: return sets[arg].test(c);
  }
}

/** The first index in [pos, limit) whose character the unit does not match (or limit). */
function scanUnit(kind: number, arg: number, text: Text, pos: number, limit: number, sets: readonly CharSet[]): number {
  let i = pos;
  switch (kind) {
    case Unit.Char:
      while (i < limit && text[i] === arg) i++;
      return i;
    case Unit.NotChar:
      while (i < limit && text[i] !== arg) i++;
      return i;
    case Unit.Any:
      while (i < limit && text[i] !== 10) i++;
      return i;
    case Unit.AnyAll:
      return limit;
    case Unit.Set: {
      const set = sets[arg];
      const table = set.latin1;
      while (i < limit) {
        const c = text[i];
        if (c < 256 ? table[c] === 0 : !set.test(c)) break;
        i++;
      }
      return i;
    }
    default:
      while (i < limit && unitTest(kind, arg, text[i], sets)) i++;
      return i;
  }
}

function isWordAt(text: Text, i: number, unicode: boolean): boolean {
  return unicode ? U.isUnicodeWord(text[i]) : U.isAsciiWord(text[i]);
}

function atTest(kind: number, text: Text, pos: number, end: number): boolean {
  switch (kind) {
    case AtKind.Beginning: return pos === 0;
    case AtKind.BeginningLine: return pos === 0 || text[pos - 1] === 10;
    case AtKind.End: return pos === end || (pos + 1 === end && text[pos] === 10);
    case AtKind.EndLine: return pos === end || (pos < end && text[pos] === 10);
    case AtKind.EndString: return pos === end;
    default: {
      // As in CPython, neither \b nor \B matches anything in an empty string.
      if (end === 0) return false;
      const unicode = kind === AtKind.UniBoundary || kind === AtKind.UniNonBoundary;
      const before = pos > 0 && isWordAt(text, pos - 1, unicode);
      const after = pos < end && isWordAt(text, pos, unicode);
      return (before !== after) === (kind === AtKind.Boundary || kind === AtKind.UniBoundary);
    }
  }
}

function sameText(text: Text, a: number, b: number, len: number, fold: number): boolean {
  for (let i = 0; i < len; i++) {
    const x = text[a + i];
    const y = text[b + i];
    if (x === y) continue;
    if (fold === Fold.None) return false;
    if (fold === Fold.Unicode ? U.lowerUnicode(x) !== U.lowerUnicode(y) : U.lowerAscii(x) !== U.lowerAscii(y)) return false;
  }
  return true;
}

export class Matcher {
  /** Capture slots, lastindex and loop state of the last successful run. */
  readonly regs: Int32Array;
  private stack: Int32Array = new Int32Array(256);
  private trail: Int32Array = new Int32Array(256);
  private memoActive = false;
  private memoFailed = new Set<number | string>();
  /** Keys of the memo frames on the stack (a frame holds its index); memoTop is the count. */
  private memoPending: (number | string)[] = [];
  private memoTop = 0;
  private backtracks = 0;

  constructor(private readonly prog: Program) {
    this.regs = new Int32Array(prog.registerCount);
  }

  /** Call before trying the start positions of one search: memoized failures are per subject. */
  reset(): void {
    // Let go of the memory a huge match needed (a compiled pattern may live in a cache).
    if (this.stack.length > BIG_BUFFER) this.stack = new Int32Array(256);
    if (this.trail.length > BIG_BUFFER) this.trail = new Int32Array(256);
    this.backtracks = 0;
    this.memoActive = memoThreshold === 0 && this.prog.memoPoints.length > 0;
    if (this.memoFailed.size > 0) this.memoFailed = new Set();
    this.memoTop = 0;
  }

  /** Forgets memoized failures (they may have depended on a must-advance rule). */
  forgetMemo(): void {
    if (this.memoFailed.size > 0) this.memoFailed = new Set();
  }

  private growStack(): Int32Array {
    const bigger = new Int32Array(this.stack.length * 2);
    bigger.set(this.stack);
    return (this.stack = bigger);
  }

  private growTrail(): Int32Array {
    const bigger = new Int32Array(this.trail.length * 2);
    bigger.set(this.trail);
    return (this.trail = bigger);
  }

  /**
   * The memo key of a state: the memo point, the position, and what the enclosing loops still
   * remember, packed into one number (or, when that would not be exact, a string).
   */
  private memoKey(memo: number, pos: number, end: number): number | string {
    const point = this.prog.memoPoints[memo];
    const regs = this.regs;
    let key = memo + pos * this.prog.memoPoints.length;
    let scale = this.prog.memoPoints.length * (end + 1);
    const self = point.self;
    if (self !== null) {
      // At its own decision point a loop has done at least `min` iterations: only a bounded
      // loop's exact count matters, and whether the last iteration was empty.
      if (self.max !== COUNT_LIMIT) {
        key += (regs[self.reg] + 1) * scale;
        scale *= self.max + 2;
      }
      if (self.needsStart) {
        if (pos === regs[self.reg + 1]) key += scale;
        scale *= 2;
      }
    }
    for (const loop of point.loops) {
      if (loop.max === COUNT_LIMIT) {
        key += Math.min(regs[loop.reg] + 1, loop.min) * scale;
        scale *= loop.min + 1;
      } else {
        key += (regs[loop.reg] + 1) * scale;
        scale *= loop.max + 2;
      }
      if (loop.needsStart) {
        key += (regs[loop.reg + 1] + 1) * scale;
        scale *= end + 2;
      }
    }
    return scale <= Number.MAX_SAFE_INTEGER ? key : this.memoKeyString(point, memo, pos);
  }

  private memoKeyString(point: MemoPoint, memo: number, pos: number): string {
    const regs = this.regs;
    let key = `${memo},${pos}`;
    const self = point.self;
    if (self !== null) {
      key += self.max !== COUNT_LIMIT ? `,${regs[self.reg]}` : ',';
      if (self.needsStart && pos === regs[self.reg + 1]) key += '=';
    }
    for (const loop of point.loops) {
      key += `,${loop.max === COUNT_LIMIT ? Math.min(regs[loop.reg] + 1, loop.min) : regs[loop.reg]}`;
      if (loop.needsStart) key += `@${regs[loop.reg + 1]}`;
    }
    return key;
  }

  /** At a memo point: false if this state is known to fail, else notes it as pending. */
  private memoEnter(memo: number, pos: number, end: number): boolean {
    const key = this.memoKey(memo, pos, end);
    if (this.memoFailed.has(key)) return false;
    this.memoPending[this.memoTop++] = key;
    return true;
  }

  /**
   * Tries to match at `start`, not looking at or past `end`. `full`: the match must end at
   * `end`; `mustAdvance`: an empty match is refused. Returns the end of the match or -1; the
   * captures are then in `regs`.
   */
  run(text: Text, start: number, end: number, full: boolean, mustAdvance: boolean): number {
    const prog = this.prog;
    const code = prog.code;
    const sets = prog.sets;
    const regs = this.regs;
    const lastIndexReg = prog.lastIndexReg;
    let stack: Int32Array = this.stack;
    let trail: Int32Array = this.trail;
    let sp = 0;
    let tp = 0;
    let pc = 0;
    let pos = start;
    regs.fill(-1);

    main: for (;;) {
      switch (code[pc]) {
        case Op.Match:
          if ((full && pos !== end) || (mustAdvance && pos === start)) break;
          return pos;

        case Op.Fail:
          break;

        case Op.Unit:
          if (pos < end && unitTest(code[pc + 1], code[pc + 2], text[pos], sets)) {
            pos++;
            pc += 3;
            continue main;
          }
          break;

        case Op.Chars: {
          const n = code[pc + 1];
          if (pos + n > end) break;
          let i = 0;
          while (i < n && text[pos + i] === code[pc + 2 + i]) i++;
          if (i < n) break;
          pos += n;
          pc += 2 + n;
          continue main;
        }

        case Op.At:
          if (atTest(code[pc + 1], text, pos, end)) {
            pc += 2;
            continue main;
          }
          break;

        case Op.Split:
          if (sp + 4 > stack.length) stack = this.growStack();
          stack[sp++] = code[pc + 1];
          stack[sp++] = pos;
          stack[sp++] = tp;
          stack[sp++] = Frame.Resume;
          pc += 2;
          continue main;

        case Op.Jump:
          pc = code[pc + 1];
          continue main;

        case Op.Save: {
          const slot = code[pc + 1];
          if (tp + 4 > trail.length) trail = this.growTrail();
          trail[tp++] = slot;
          trail[tp++] = regs[slot];
          regs[slot] = pos;
          if (slot & 1 && regs[lastIndexReg] !== slot >> 1) {
            trail[tp++] = lastIndexReg;
            trail[tp++] = regs[lastIndexReg];
            regs[lastIndexReg] = slot >> 1;
          }
          pc += 2;
          continue main;
        }

        case Op.Repeat: {
          const min = code[pc + 2];
          const max = code[pc + 3];
          if (end - pos < min) break;
          const memo = code[pc + 7];
          if (this.memoActive && memo >= 0) {
            if (!this.memoEnter(memo, pos, end)) break;
            if (sp + 2 > stack.length) stack = this.growStack();
            stack[sp++] = this.memoTop - 1;
            stack[sp++] = Frame.Memo;
          }
          const kind = code[pc + 4];
          const arg = code[pc + 5];
          const mode = code[pc + 1];
          if (mode === RepeatMode.Lazy) {
            const i = min === 0 ? pos : scanUnit(kind, arg, text, pos, pos + min, sets);
            if (i - pos < min) break;
            const limit = max >= end - pos ? end : pos + max;
            if (i < limit) {
              if (sp + 5 > stack.length) stack = this.growStack();
              stack[sp++] = pc;
              stack[sp++] = limit;
              stack[sp++] = i;
              stack[sp++] = tp;
              stack[sp++] = Frame.Lazy;
            }
            pos = i;
            pc += 8;
            continue main;
          }
          let i = scanUnit(kind, arg, text, pos, max >= end - pos ? end : pos + max, sets);
          const minPos = pos + min;
          if (i < minPos) break;
          if (mode === RepeatMode.Greedy) {
            const hint = code[pc + 6];
            if (hint >= 0) {
              // What follows starts with `hint`: only stop where it comes next.
              while (i >= minPos && (i >= end || text[i] !== hint)) i--;
              if (i < minPos) break;
            }
            if (i > minPos) {
              if (sp + 5 > stack.length) stack = this.growStack();
              stack[sp++] = pc;
              stack[sp++] = minPos;
              stack[sp++] = i;
              stack[sp++] = tp;
              stack[sp++] = Frame.Greedy;
            }
          }
          pos = i;
          pc += 8;
          continue main;
        }

        case Op.LoopInit: {
          const reg = code[pc + 1];
          if (tp + 4 > trail.length) trail = this.growTrail();
          trail[tp++] = reg;
          trail[tp++] = regs[reg];
          trail[tp++] = reg + 1;
          trail[tp++] = regs[reg + 1];
          regs[reg] = -1;
          regs[reg + 1] = -1;
          pc += 2;
          continue main;
        }

        case Op.LoopGreedy:
        case Op.LoopLazy: {
          const reg = code[pc + 1];
          const count = regs[reg] + 1;
          if (count < code[pc + 2]) {
            // Not enough iterations yet: run the body again, even if the last one was empty.
            if (tp + 2 > trail.length) trail = this.growTrail();
            trail[tp++] = reg;
            trail[tp++] = regs[reg];
            regs[reg] = count;
            pc = code[pc + 4];
            continue main;
          }
          const memo = code[pc + 5];
          if (this.memoActive && memo >= 0) {
            if (!this.memoEnter(memo, pos, end)) break;
            if (sp + 2 > stack.length) stack = this.growStack();
            stack[sp++] = this.memoTop - 1;
            stack[sp++] = Frame.Memo;
          }
          if (code[pc] === Op.LoopLazy) {
            // Try what follows first; the frame tries one more iteration later.
            if (sp + 4 > stack.length) stack = this.growStack();
            stack[sp++] = pc;
            stack[sp++] = pos;
            stack[sp++] = tp;
            stack[sp++] = Frame.LazyLoop;
            pc += 6;
            continue main;
          }
          if (count < code[pc + 3] && pos !== regs[reg + 1]) {
            if (sp + 4 > stack.length) stack = this.growStack();
            stack[sp++] = pc + 6;
            stack[sp++] = pos;
            stack[sp++] = tp;
            stack[sp++] = Frame.Resume;
            if (tp + 4 > trail.length) trail = this.growTrail();
            trail[tp++] = reg;
            trail[tp++] = regs[reg];
            trail[tp++] = reg + 1;
            trail[tp++] = regs[reg + 1];
            regs[reg] = count;
            regs[reg + 1] = pos;
            pc = code[pc + 4];
            continue main;
          }
          pc += 6;
          continue main;
        }

        case Op.AtomicStart:
          regs[code[pc + 1]] = sp;
          pc += 2;
          continue main;

        case Op.AtomicEnd:
          sp = regs[code[pc + 1]];
          pc += 2;
          continue main;

        case Op.LookStart: {
          const reg = code[pc + 1];
          const negate = code[pc + 2] === 1;
          const width = code[pc + 3];
          if (width > pos) {
            // A look-behind reaching before the start of the string.
            if (!negate) break;
            pc = code[pc + 4];
            continue main;
          }
          regs[reg] = sp;
          regs[reg + 1] = pos;
          if (negate) {
            if (sp + 4 > stack.length) stack = this.growStack();
            stack[sp++] = code[pc + 4];
            stack[sp++] = pos;
            stack[sp++] = tp;
            stack[sp++] = Frame.NegLook;
          }
          if (width > 0) pos -= width;
          pc += 5;
          continue main;
        }

        case Op.LookEnd: {
          const reg = code[pc + 1];
          sp = regs[reg];
          pos = regs[reg + 1];
          if (code[pc + 2] === 1) break;
          pc += 3;
          continue main;
        }

        case Op.Backref: {
          const g = code[pc + 1];
          const s = regs[2 * g];
          const e = regs[2 * g + 1];
          if (s < 0 || e < s) break;
          const len = e - s;
          if (pos + len > end || !sameText(text, s, pos, len, code[pc + 2])) break;
          pos += len;
          pc += 3;
          continue main;
        }

        case Op.GroupExists: {
          const g = code[pc + 1];
          const s = regs[2 * g];
          const e = regs[2 * g + 1];
          pc = s >= 0 && e >= s ? pc + 3 : code[pc + 2];
          continue main;
        }
      }

      // Failure: resume from the newest frame that offers another way.
      for (;;) {
        if (sp === 0) return -1;
        if (++this.backtracks === memoThreshold && prog.memoPoints.length > 0) this.memoActive = true;
        const frame = stack[--sp];
        if (frame === Frame.Memo) {
          const index = stack[--sp];
          this.memoFailed.add(this.memoPending[index]);
          this.memoTop = index;
          continue;
        }
        const t = stack[sp - 1]; // every other frame ends with its trail height
        while (tp > t) {
          tp -= 2;
          regs[trail[tp]] = trail[tp + 1];
        }
        switch (frame) {
          case Frame.Resume:
          case Frame.NegLook:
            sp -= 3;
            pc = stack[sp];
            pos = stack[sp + 1];
            continue main;

          case Frame.Greedy: {
            sp -= 4;
            const repeatPc = stack[sp];
            const minPos = stack[sp + 1];
            let i = stack[sp + 2] - 1;
            const hint = code[repeatPc + 6];
            if (hint >= 0) {
              while (i >= minPos && text[i] !== hint) i--;
              if (i < minPos) continue;
            }
            if (i > minPos) {
              stack[sp + 2] = i;
              sp += 5;
            }
            pos = i;
            pc = repeatPc + 8;
            continue main;
          }

          case Frame.Lazy: {
            sp -= 4;
            const repeatPc = stack[sp];
            const limit = stack[sp + 1];
            const cur = stack[sp + 2];
            if (!unitTest(code[repeatPc + 4], code[repeatPc + 5], text[cur], sets)) continue;
            const i = cur + 1;
            if (i < limit) {
              stack[sp + 2] = i;
              sp += 5;
            }
            pos = i;
            pc = repeatPc + 8;
            continue main;
          }

          case Frame.LazyLoop: {
            sp -= 3;
            pc = stack[sp];
            pos = stack[sp + 1];
            const reg = code[pc + 1];
            const count = regs[reg] + 1;
            if (count >= code[pc + 3] || pos === regs[reg + 1]) continue;
            if (tp + 4 > trail.length) trail = this.growTrail();
            trail[tp++] = reg;
            trail[tp++] = regs[reg];
            trail[tp++] = reg + 1;
            trail[tp++] = regs[reg + 1];
            regs[reg] = count;
            regs[reg + 1] = pos;
            pc = code[pc + 4];
            continue main;
          }
        }
      }
    }
  }
}
