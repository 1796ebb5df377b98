// The matcher's instruction set. A program is an Int32Array; each instruction is its opcode
// followed by the operands listed here. `reg` operands index the matcher's register file (see
// compiler.ts for its layout); jump targets are absolute indices into the program.

export const enum Op {
  /** [Match] — the whole pattern matched (fullmatch and must-advance checks happen here). */
  Match,
  /** [Fail] */
  Fail,
  /** [Unit, kind, arg] — one character (kind: Unit). */
  Unit,
  /** [Chars, n, c1 … cn] — n exact characters. */
  Chars,
  /** [At, kind] — a zero-width assertion (kind: AtKind). */
  At,
  /** [Split, alt] — go on; if that fails, resume at alt. */
  Split,
  /** [Jump, target] */
  Jump,
  /** [Save, slot] — register slot = position; an odd slot (a group's end) also sets lastindex. */
  Save,
  /** [Repeat, mode, min, max, kind, arg, hint, memo] — a repeated single character (mode:
   *  RepeatMode). hint: for greedy repeats, a character that must come next (or -1), to skip
   *  hopeless tries. memo: its memo point (or -1). */
  Repeat,
  /** [LoopInit, reg] — start a general loop: its count (reg) and last start (reg+1) are unset. */
  LoopInit,
  /** [LoopGreedy, reg, min, max, body, memo] — end of a greedy loop's body (and its entry). */
  LoopGreedy,
  /** [LoopLazy, reg, min, max, body, memo] — the same for a lazy loop. */
  LoopLazy,
  /** [AtomicStart, reg] — remember the backtrack stack height. */
  AtomicStart,
  /** [AtomicEnd, reg] — drop the choices made since AtomicStart. */
  AtomicEnd,
  /** [LookStart, reg, negate, width, after] — width is -1 for a look-ahead; `after` follows LookEnd. */
  LookStart,
  /** [LookEnd, reg, negate] */
  LookEnd,
  /** [Backref, group, fold] (fold: Fold) */
  Backref,
  /** [GroupExists, group, no] — go on if the group has matched, else jump to no. */
  GroupExists,
}

export const enum RepeatMode {
  Greedy,
  Lazy,
  Possessive,
}

/** Single-character matchers, used by Unit and Repeat. */
export const enum Unit {
  Char, // ch === arg
  NotChar,
  Lower, // lower(ch) === arg, Unicode case mapping
  NotLower,
  LowerAscii, // the same, ASCII case mapping
  NotLowerAscii,
  Any, // anything but '\n'
  AnyAll,
  Set, // sets[arg].test(ch)
}

export const enum AtKind {
  Beginning, // ^ and \A
  BeginningLine, // ^ with MULTILINE
  End, // $
  EndLine, // $ with MULTILINE
  EndString, // \Z
  Boundary, // \b, ASCII word characters
  NonBoundary,
  UniBoundary, // \b, Unicode word characters
  UniNonBoundary,
}

/** How characters are compared case-insensitively. */
export const enum Fold {
  None,
  Unicode,
  Ascii,
}

/** Kinds of backtrack-stack frames; the kind is pushed last so it is popped first. */
export const enum Frame {
  /** [pc, pos, trail] — resume at pc. */
  Resume,
  /** [repeatPc, minPos, pos, trail] — a greedy repeat gives back one character. */
  Greedy,
  /** [repeatPc, maxPos, pos, trail] — a lazy repeat takes one more character. */
  Lazy,
  /** [loopPc, pos, trail] — a lazy loop tries one more iteration. */
  LazyLoop,
  /** [after, pos, trail] — a negative look-around's body failed: the assertion holds. */
  NegLook,
  /** [keyIndex] — everything after a memoized loop state failed. */
  Memo,
}
