// gilt's regular expression engine: CPython 3.11's `re` semantics (syntax, flags, backtracking
// order, captures, error messages) in plain TypeScript. This file is the whole public surface;
// the native module `_gilt_sre` wraps it for lib/re.
//
//   parser.ts    pattern text → AST           compiler.ts  AST → program + search hints
//   matcher.ts   runs a program at one place  charset.ts   character classes
//   unicode.ts   \w \d \s and case mapping    template.ts  re.sub replacement strings

import { compileProgram, type Program } from './compiler';
import { Matcher, unitTest, type Text } from './matcher';
import { parsePattern } from './parser';

export { RegexError, type RegexErrorKind } from './errors';
export { parseTemplate } from './template';
/** Optional: lets \N{NAME} escapes work, given unicodedata.lookup (returns undefined if unknown). */
export { setCharacterNameLookup } from './parser';

/** exec() modes. SEARCH_ADVANCE is a search that refuses an empty match at `pos`, which
 *  finditer, sub and split need after an empty match (CPython's "must advance" rule). */
export const MATCH = 0;
export const SEARCH = 1;
export const FULLMATCH = 2;
export const SEARCH_ADVANCE = 3;

export interface CompiledRegex {
  /** Number of capturing groups. */
  readonly groups: number;
  readonly groupIndex: Map<string, number>;
  /** The flags, with re.UNICODE added for str patterns and inline global flags included. */
  readonly flags: number;
  /**
   * Matches `subject` (a string of BMP characters only, a Uint32Array of code points, or a
   * Uint8Array for bytes patterns) between `pos` and `endpos` (code point indices, clamped as
   * CPython does). Returns [start0, end0, start1, end1, …, lastindex] with -1 for groups that
   * did not take part and for no lastindex, or null.
   */
  exec(subject: string | Uint32Array | Uint8Array, pos: number, endpos: number, mode: 0 | 1 | 2 | 3): Int32Array | null;
}

// String subjects are copied into one reused buffer (it may be longer than the string: the
// matcher never reads past the string's length). The last string is remembered, because finditer, sub and
// split call exec many times on the same string.
let scratch = new Uint16Array(1024);
let scratchString: string | null = null;

function textOf(subject: string | Uint32Array | Uint8Array): Text {
  if (typeof subject !== 'string') return subject;
  if (subject !== scratchString) {
    const n = subject.length;
    if (n > scratch.length || (scratch.length > 1 << 20 && n < scratch.length >> 3)) {
      scratch = new Uint16Array(Math.max(n, 1024));
    }
    const text = scratch;
    for (let i = 0; i < n; i++) text[i] = subject.charCodeAt(i);
    scratchString = subject;
  }
  return scratch;
}

class Regex implements CompiledRegex {
  private readonly matcher: Matcher;
  /** For searches: which of the first 256 characters can start a match (null: any). */
  private readonly firstTable: Uint8Array | null = null;
  private readonly prefixString: string;

  constructor(
    readonly groups: number,
    readonly groupIndex: Map<string, number>,
    readonly flags: number,
    private readonly prog: Program,
  ) {
    this.matcher = new Matcher(prog);
    this.prefixString = String.fromCodePoint(...prog.prefix);
    if (prog.first !== null) {
      const table = new Uint8Array(256);
      for (let c = 0; c < 256; c++) {
        if (prog.first.some((u) => unitTest(u.kind, u.arg, c, prog.sets))) table[c] = 1;
      }
      this.firstTable = table;
    }
  }

  exec(subject: string | Uint32Array | Uint8Array, pos: number, endpos: number, mode: 0 | 1 | 2 | 3): Int32Array | null {
    const text = textOf(subject);
    const n = subject.length;
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    const end = endpos < 0 ? 0 : endpos > n ? n : endpos;
    const matcher = this.matcher;
    matcher.reset();
    if (mode === MATCH || mode === FULLMATCH) {
      const e = matcher.run(text, pos, end, mode === FULLMATCH, false);
      return e < 0 ? null : this.result(pos, e);
    }
    const mustAdvance = mode === SEARCH_ADVANCE;
    const prog = this.prog;
    const last = end - prog.minWidth;
    if (prog.anchored) {
      if (pos !== 0 || last < 0) return null;
      const e = matcher.run(text, 0, end, false, mustAdvance);
      return e < 0 ? null : this.result(0, e);
    }
    const prefix = prog.prefix;
    const table = this.firstTable;
    for (let p = pos; p <= last; p++) {
      if (prog.lineAnchored && p > 0 && text[p - 1] !== 10) {
        // Only the start of a line can match: go to the next one.
        const nl = text.indexOf(10, p);
        if (nl < 0 || nl >= end) return null;
        p = nl + 1;
        if (p > last) return null;
      }
      if (prefix.length > 0) {
        p = typeof subject === 'string' ? subject.indexOf(this.prefixString, p) : text.indexOf(prefix[0], p);
        if (p < 0 || p > last) return null;
      } else if (table !== null) {
        while (p <= last) {
          const c = text[p];
          if (c < 256 ? table[c] === 1 : this.mayStart(c)) break;
          p++;
        }
        if (p > last) return null;
      }
      const e = matcher.run(text, p, end, false, mustAdvance && p === pos);
      if (e >= 0) return this.result(p, e);
      if (mustAdvance && p === pos) matcher.forgetMemo();
    }
    return null;
  }

  private mayStart(c: number): boolean {
    const prog = this.prog;
    return prog.first!.some((u) => unitTest(u.kind, u.arg, c, prog.sets));
  }

  private result(start: number, end: number): Int32Array {
    const regs = this.matcher.regs;
    const groups = this.groups;
    const out = new Int32Array(2 * groups + 3);
    out[0] = start;
    out[1] = end;
    for (let g = 1; g <= groups; g++) {
      const s = regs[2 * g];
      const e = regs[2 * g + 1];
      const ok = s >= 0 && e >= s;
      out[2 * g] = ok ? s : -1;
      out[2 * g + 1] = ok ? e : -1;
    }
    out[2 * groups + 2] = regs[this.prog.lastIndexReg];
    return out;
  }
}

export function compileRegex(pattern: string | Uint8Array, flags: number): CompiledRegex {
  const parsed = parsePattern(pattern, flags);
  const prog = compileProgram(parsed);
  return new Regex(parsed.groups - 1, parsed.groupIndex, parsed.flags, prog);
}
