// AST → program for the matcher (opcodes.ts), plus what the search loop needs to skip ahead:
// a literal prefix, the set of possible first characters, the minimum match length.
//
// Register file layout:  [0, 2*groups)   capture slots: group g is [2g, 2g+1] (group 0 unused)
//                        2*groups        lastindex
//                        then, as allocated: 2 per general loop (count, start of the current
//                        iteration), 1 per atomic group (stack height), 2 per look-around
//                        (stack height, position).

import { At, seqWidth, type Node, type Seq } from './ast';
import { compileCharSet, type CharSet } from './charset';
import { COUNT_LIMIT, Flag, MAXCODE, MAXREPEAT, TYPE_FLAGS } from './constants';
import { RegexError } from './errors';
import { AtKind, Fold, Op, RepeatMode, Unit } from './opcodes';
import type { ParsedPattern } from './parser';
import * as U from './unicode';

/** A general loop around a memo point, as far as the rest of the match can depend on it. */
export interface MemoLoop {
  /** Its count register (the start of its current iteration is in reg + 1). */
  readonly reg: number;
  readonly min: number;
  /** COUNT_LIMIT for an unbounded loop: then counts at or above the minimum behave alike. */
  readonly max: number;
  /** Whether its body can match empty: only then does the iteration's start matter. */
  readonly needsStart: boolean;
}

/**
 * A place where the matcher may memoize failures (see matcher.ts): a single-character repeat or
 * a loop's decision point. The position and the state of the loops around it decide whether
 * matching can succeed from there.
 */
export interface MemoPoint {
  /** For a loop's decision point: that loop. */
  readonly self: MemoLoop | null;
  /** The enclosing loops, innermost first. */
  readonly loops: readonly MemoLoop[];
}

/** One possible first character: a Unit kind and its argument. */
export interface FirstUnit {
  readonly kind: Unit;
  readonly arg: number;
}

export interface Program {
  readonly code: Int32Array;
  readonly sets: readonly CharSet[];
  readonly registerCount: number;
  readonly lastIndexReg: number;
  readonly memoPoints: readonly MemoPoint[];
  /** Characters every match starts with (case-sensitive), or empty. */
  readonly prefix: readonly number[];
  /** Possible first characters, or null when unknown or a match may be empty. */
  readonly first: readonly FirstUnit[] | null;
  /** Matches can only start at the beginning of the string. */
  readonly anchored: boolean;
  /** Matches can only start at the beginning of a line (a leading ^ with MULTILINE). */
  readonly lineAnchored: boolean;
  readonly minWidth: number;
}

type FirstInfo = { units: FirstUnit[]; canBeEmpty: boolean } | 'unknown';

function combineFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

function foldOf(flags: number): Fold {
  if (!(flags & Flag.IgnoreCase)) return Fold.None;
  return flags & Flag.Unicode && !(flags & Flag.Locale) ? Fold.Unicode : Fold.Ascii;
}

function unicodeCats(flags: number): boolean {
  return (flags & Flag.Unicode) !== 0 && (flags & Flag.Locale) === 0;
}

function containsRefs(seq: Seq): boolean {
  return seq.some((node) => {
    switch (node.t) {
      case 'ref': case 'cond': return true;
      case 'branch': return node.alts.some(containsRefs);
      case 'group': case 'atomic': case 'repeat': case 'assert': return containsRefs(node.body);
      default: return false;
    }
  });
}

class Compiler {
  private readonly code: number[] = [];
  readonly sets: CharSet[] = [];
  registerCount: number;
  readonly memoPoints: MemoPoint[] = [];
  /** The general loops around the node being compiled (innermost last). */
  private readonly loopStack: MemoLoop[] = [];
  private lookbehindDepth = 0;
  private readonly memoAllowed: boolean;

  constructor(private readonly parsed: ParsedPattern) {
    this.registerCount = 2 * parsed.groups + 1;
    this.memoAllowed = !containsRefs(parsed.seq);
  }

  finish(): Int32Array {
    this.emit(Op.Match);
    return Int32Array.from(this.code);
  }

  private emit(...words: number[]): number {
    const at = this.code.length;
    this.code.push(...words);
    return at;
  }

  private here(): number {
    return this.code.length;
  }

  private patch(at: number, value: number): void {
    this.code[at] = value;
  }

  private allocRegs(n: number): number {
    const reg = this.registerCount;
    this.registerCount += n;
    return reg;
  }

  /** The single-character matcher for a one-character node. */
  unitOf(node: Node, flags: number): FirstUnit {
    const fold = foldOf(flags);
    switch (node.t) {
      case 'lit': case 'notlit': {
        const not = node.t === 'notlit';
        const c = node.c;
        if (fold === Fold.None) return { kind: not ? Unit.NotChar : Unit.Char, arg: c };
        if (fold === Fold.Ascii) {
          if (!U.isCasedAscii(c)) return { kind: not ? Unit.NotChar : Unit.Char, arg: c };
          return { kind: not ? Unit.NotLowerAscii : Unit.LowerAscii, arg: U.lowerAscii(c) };
        }
        if (!U.isCasedUnicode(c)) return { kind: not ? Unit.NotChar : Unit.Char, arg: c };
        const lo = U.lowerUnicode(c);
        const fixes = U.caseFixes(lo);
        if (fixes === undefined) return { kind: not ? Unit.NotLower : Unit.Lower, arg: lo };
        const items = [lo, ...fixes].map((k) => ({ t: 'lit' as const, c: k }));
        return { kind: Unit.Set, arg: this.addSet(compileCharSet(items, not, { fold, unicode: true })) };
      }
      case 'any':
        return { kind: flags & Flag.DotAll ? Unit.AnyAll : Unit.Any, arg: 0 };
      case 'in':
        return {
          kind: Unit.Set,
          arg: this.addSet(compileCharSet(node.items, node.negate, { fold, unicode: unicodeCats(flags) })),
        };
      default:
        throw new Error(`not a single-character node: ${node.t}`);
    }
  }

  private addSet(set: CharSet): number {
    this.sets.push(set);
    return this.sets.length - 1;
  }

  compileSeq(seq: Seq, flags: number): void {
    for (let i = 0; i < seq.length; i++) {
      const node = seq[i];
      if (node.t === 'lit' && foldOf(flags) === Fold.None) {
        // A run of exact characters becomes one instruction.
        let j = i;
        while (j + 1 < seq.length && seq[j + 1].t === 'lit') j++;
        if (j > i) {
          this.emit(Op.Chars, j - i + 1, ...seq.slice(i, j + 1).map((n) => (n as { c: number }).c));
          i = j;
          continue;
        }
      }
      this.compileNode(node, flags, seq[i + 1]);
    }
  }

  private compileNode(node: Node, flags: number, next: Node | undefined): void {
    switch (node.t) {
      case 'lit': case 'notlit': case 'any': case 'in': {
        const unit = this.unitOf(node, flags);
        this.emit(Op.Unit, unit.kind, unit.arg);
        return;
      }
      case 'at':
        this.emit(Op.At, atKind(node.at, flags));
        return;
      case 'branch': {
        const jumps: number[] = [];
        node.alts.forEach((alt, i) => {
          const last = i === node.alts.length - 1;
          const split = last ? -1 : this.emit(Op.Split, 0);
          this.compileSeq(alt, flags);
          if (!last) {
            jumps.push(this.emit(Op.Jump, 0) + 1);
            this.patch(split + 1, this.here());
          }
        });
        for (const at of jumps) this.patch(at, this.here());
        return;
      }
      case 'group': {
        const inner = combineFlags(flags, node.add, node.del);
        if (node.group !== null) this.emit(Op.Save, 2 * node.group);
        this.compileSeq(node.body, inner);
        if (node.group !== null) this.emit(Op.Save, 2 * node.group + 1);
        return;
      }
      case 'atomic':
        this.compileAtomic(() => this.compileSeq(node.body, flags));
        return;
      case 'repeat':
        this.compileRepeat(node, flags, next);
        return;
      case 'assert':
        this.compileLook(node, flags);
        return;
      case 'ref': {
        const fold = foldOf(flags);
        this.emit(Op.Backref, node.group, fold);
        return;
      }
      case 'cond': {
        const test = this.emit(Op.GroupExists, node.group, 0);
        this.compileSeq(node.yes, flags);
        if (node.no !== null) {
          const jump = this.emit(Op.Jump, 0);
          this.patch(test + 2, this.here());
          this.compileSeq(node.no, flags);
          this.patch(jump + 1, this.here());
        } else {
          this.patch(test + 2, this.here());
        }
        return;
      }
    }
  }

  private compileAtomic(body: () => void): void {
    const reg = this.allocRegs(1);
    this.emit(Op.AtomicStart, reg);
    body();
    this.emit(Op.AtomicEnd, reg);
  }

  private compileRepeat(node: Extract<Node, { t: 'repeat' }>, flags: number, next: Node | undefined): void {
    const min = Math.min(node.min, COUNT_LIMIT);
    const max = node.max === MAXREPEAT ? COUNT_LIMIT : Math.min(node.max, COUNT_LIMIT);
    const body = node.body;
    if (body.length === 1 && ['lit', 'notlit', 'any', 'in'].includes(body[0].t)) {
      const unit = this.unitOf(body[0], flags);
      if (min === 1 && max === 1) {
        this.emit(Op.Unit, unit.kind, unit.arg);
        return;
      }
      const mode = node.kind === 'greedy' ? RepeatMode.Greedy : node.kind === 'lazy' ? RepeatMode.Lazy : RepeatMode.Possessive;
      const memo = mode === RepeatMode.Possessive ? -1 : this.memoPoint(false);
      this.emit(Op.Repeat, mode, min, max, unit.kind, unit.arg, this.hintAfter(next, flags), memo);
      return;
    }
    if (max === 0) return;
    if (node.kind === 'possessive') {
      // Each iteration is atomic, and so is the whole repeat (as CPython's POSSESSIVE_REPEAT).
      this.compileAtomic(() => this.compileLoop(min, max, true, body, () => this.compileAtomic(() => this.compileSeq(body, flags))));
      return;
    }
    if (min === 1 && max === 1) {
      this.compileSeq(body, flags);
      return;
    }
    if (min === 0 && max === 1) {
      // X? and X?? as plain choices: the same as a loop of at most one iteration.
      if (node.kind === 'greedy') {
        const split = this.emit(Op.Split, 0);
        this.compileSeq(body, flags);
        this.patch(split + 1, this.here());
      } else {
        const split = this.emit(Op.Split, 0);
        const jump = this.emit(Op.Jump, 0);
        this.patch(split + 1, this.here());
        this.compileSeq(body, flags);
        this.patch(jump + 1, this.here());
      }
      return;
    }
    this.compileLoop(min, max, node.kind === 'greedy', body, () => this.compileSeq(body, flags));
  }

  /**
   * A memo point here, or -1 where memoizing is unsafe. For a loop's decision point (isLoop),
   * the loop itself is innermost on loopStack.
   */
  private memoPoint(isLoop: boolean): number {
    if (!this.memoAllowed || this.lookbehindDepth > 0) return -1;
    const loops = [...this.loopStack].reverse();
    const self = isLoop ? loops.shift()! : null;
    this.memoPoints.push({ self, loops });
    return this.memoPoints.length - 1;
  }

  private compileLoop(min: number, max: number, greedy: boolean, bodySeq: Seq, body: () => void): void {
    const reg = this.allocRegs(2);
    const needsStart = seqWidth(bodySeq, this.parsed.groupWidths)[0] === 0;
    this.loopStack.push({ reg, min, max, needsStart });
    const memo = this.memoPoint(true);
    this.emit(Op.LoopInit, reg);
    const jump = this.emit(Op.Jump, 0);
    const bodyPc = this.here();
    body();
    this.patch(jump + 1, this.here());
    this.emit(greedy ? Op.LoopGreedy : Op.LoopLazy, reg, min, max, bodyPc, memo);
    this.loopStack.pop();
  }

  private compileLook(node: Extract<Node, { t: 'assert' }>, flags: number): void {
    let width = -1;
    if (node.behind) {
      const [lo, hi] = seqWidth(node.body, this.parsed.groupWidths);
      if (lo > MAXCODE) throw new RegexError('looks too much behind', null);
      if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern', null);
      width = lo;
      this.lookbehindDepth++;
    }
    const reg = this.allocRegs(2);
    const start = this.emit(Op.LookStart, reg, node.negate ? 1 : 0, width, 0);
    this.compileSeq(node.body, flags);
    this.emit(Op.LookEnd, reg, node.negate ? 1 : 0);
    this.patch(start + 4, this.here());
    if (node.behind) this.lookbehindDepth--;
  }

  /** The exact character a node must start with, if it is a case-sensitive literal. */
  private hintAfter(next: Node | undefined, flags: number): number {
    if (next === undefined || next.t !== 'lit') return -1;
    const unit = this.unitOf(next, flags);
    return unit.kind === Unit.Char ? unit.arg : -1;
  }

  // --- search hints ---------------------------------------------------------------------

  /** Appends the exact characters every match starts with; true if all of seq was literal. */
  collectPrefix(seq: Seq, flags: number, out: number[]): boolean {
    for (const node of seq) {
      if (node.t === 'lit') {
        const unit = this.unitOf(node, flags);
        if (unit.kind !== Unit.Char) return false;
        out.push(unit.arg);
      } else if (node.t === 'group') {
        if (!this.collectPrefix(node.body, combineFlags(flags, node.add, node.del), out)) return false;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The units one of which a match of seq starts with, and whether seq may match empty. */
  seqFirst(seq: Seq, flags: number): FirstInfo {
    const units: FirstUnit[] = [];
    for (const node of seq) {
      const r = this.nodeFirst(node, flags);
      if (r === 'unknown') return r;
      units.push(...r.units);
      if (!r.canBeEmpty) return { units, canBeEmpty: false };
    }
    return { units, canBeEmpty: true };
  }

  private nodeFirst(node: Node, flags: number): FirstInfo {
    switch (node.t) {
      case 'lit': case 'notlit': case 'any': case 'in':
        return { units: [this.unitOf(node, flags)], canBeEmpty: false };
      case 'at': case 'assert':
        return { units: [], canBeEmpty: true };
      case 'group': case 'atomic': case 'repeat': {
        const inner = node.t === 'group' ? combineFlags(flags, node.add, node.del) : flags;
        const r = this.seqFirst(node.body, inner);
        if (r === 'unknown' || node.t !== 'repeat' || node.min > 0) return r;
        return { units: r.units, canBeEmpty: true };
      }
      case 'branch': {
        const units: FirstUnit[] = [];
        let canBeEmpty = false;
        for (const alt of node.alts) {
          const r = this.seqFirst(alt, flags);
          if (r === 'unknown') return r;
          units.push(...r.units);
          canBeEmpty ||= r.canBeEmpty;
        }
        return { units, canBeEmpty };
      }
      default:
        return 'unknown';
    }
  }

  /** How the first node anchors matches: to the string's start, to line starts, or not. */
  anchoring(seq: Seq, flags: number): AtKind | null {
    const node = seq[0];
    if (node === undefined) return null;
    if (node.t === 'at' && (node.at === At.BeginningString || node.at === At.Beginning)) return atKind(node.at, flags);
    if (node.t === 'group') return this.anchoring(node.body, combineFlags(flags, node.add, node.del));
    return null;
  }
}

function atKind(at: At, flags: number): AtKind {
  switch (at) {
    case At.Beginning: return flags & Flag.Multiline ? AtKind.BeginningLine : AtKind.Beginning;
    case At.BeginningString: return AtKind.Beginning;
    case At.End: return flags & Flag.Multiline ? AtKind.EndLine : AtKind.End;
    case At.EndString: return AtKind.EndString;
    case At.Boundary: return unicodeCats(flags) ? AtKind.UniBoundary : AtKind.Boundary;
    case At.NonBoundary: return unicodeCats(flags) ? AtKind.UniNonBoundary : AtKind.NonBoundary;
  }
}

export function compileProgram(parsed: ParsedPattern): Program {
  const compiler = new Compiler(parsed);
  const flags = parsed.flags;
  compiler.compileSeq(parsed.seq, flags);
  const code = compiler.finish();
  const prefix: number[] = [];
  compiler.collectPrefix(parsed.seq, flags, prefix);
  const minWidth = seqWidth(parsed.seq, parsed.groupWidths)[0];
  const first = compiler.seqFirst(parsed.seq, flags);
  const anchor = compiler.anchoring(parsed.seq, flags);
  return {
    code,
    sets: compiler.sets,
    registerCount: compiler.registerCount,
    lastIndexReg: 2 * parsed.groups,
    memoPoints: compiler.memoPoints,
    prefix,
    first: prefix.length > 0 || first === 'unknown' || first.canBeEmpty ? null : first.units,
    anchored: anchor === AtKind.Beginning,
    lineAnchored: anchor === AtKind.BeginningLine,
    minWidth: Math.min(minWidth, COUNT_LIMIT),
  };
}
