// Pattern syntax → AST (ast.ts), with CPython 3.11's error messages and positions.
//
// The grammar is CPython's: alternation of sequences; a sequence of atoms, each optionally
// followed by a quantifier; atoms are literals, escapes, classes, groups and anchors. Inline
// flags that apply to the whole pattern (`(?i)`) must come first; VERBOSE changes how the rest
// is read, so it is tracked while parsing. Everything else about flags is left to the compiler.

import { At, Cat, seqWidth, type Node, type Seq, type SetItem } from './ast';
import { Flag, FLAG_LETTERS, GLOBAL_FLAGS, MAXGROUPS, MAXREPEAT, TYPE_FLAGS } from './constants';
import { RegexError } from './errors';
import { cpLength, pyInt, pyRepr, Source } from './source';

export interface ParsedPattern {
  readonly seq: Seq;
  /** The flags in force for the whole pattern, with UNICODE added for str patterns. */
  readonly flags: number;
  /** Number of groups including group 0. */
  readonly groups: number;
  readonly groupIndex: Map<string, number>;
  readonly groupWidths: readonly (readonly [number, number] | null)[];
}

const DIGITS = '0123456789';
const OCT_DIGITS = '01234567';
const HEX_DIGITS = '0123456789abcdefABCDEF';
const VERBOSE_SPACE = ' \t\n\r\v\f';
const SPECIAL = '.\\[{()*+?^$|';

const CONTROL_ESCAPES: ReadonlyMap<string, number> = new Map([
  ['\\a', 7], ['\\b', 8], ['\\f', 12], ['\\n', 10], ['\\r', 13], ['\\t', 9], ['\\v', 11], ['\\\\', 92],
]);

const CLASS_ESCAPES: ReadonlyMap<string, Cat> = new Map([
  ['\\d', Cat.Digit], ['\\D', Cat.NotDigit], ['\\s', Cat.Space],
  ['\\S', Cat.NotSpace], ['\\w', Cat.Word], ['\\W', Cat.NotWord],
]);

const ANCHOR_ESCAPES: ReadonlyMap<string, At> = new Map([
  ['\\A', At.BeginningString], ['\\b', At.Boundary], ['\\B', At.NonBoundary], ['\\Z', At.EndString],
]);

function isAsciiLetter(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/** Finds a character by its Unicode name for \N{...} (none by default: the host has no names). */
let nameLookup: (name: string) => number | undefined = () => undefined;

export function setCharacterNameLookup(lookup: (name: string) => number | undefined): void {
  nameLookup = lookup;
}

/** What an escape inside a class stands for: one character, or a category like \d. */
type ClassAtom = { readonly t: 'lit'; readonly c: number } | { readonly t: 'cat'; readonly cat: Cat };

class Parser {
  private readonly src: Source;
  /** Global flags: those passed in plus inline `(?i)` at the start. */
  flags: number;
  readonly groupIndex = new Map<string, number>();
  /** Width of each closed group; null while the group is open. Index 0 is the whole match. */
  readonly groupWidths: ([number, number] | null)[] = [null];
  /** While inside a look-behind: the first group number defined inside it. */
  private lookbehindGroups: number | null = null;
  /** Groups named by number in conditionals, with where they were named (checked at the end). */
  readonly condRefs = new Map<number, number>();

  constructor(pattern: string | Uint8Array, flags: number) {
    this.src = new Source(pattern);
    this.flags = flags;
  }

  get groupCount(): number {
    return this.groupWidths.length;
  }

  parse(): Seq {
    return this.parseAlternation((this.flags & Flag.Verbose) !== 0, 0);
  }

  /** After parse(): the error for a ')' that closes nothing, if there is one. */
  checkBalanced(): void {
    if (this.src.next !== null) throw this.src.error('unbalanced parenthesis');
  }

  // --- groups -----------------------------------------------------------------------------

  private openGroup(name: string | null): number {
    const id = this.groupCount;
    this.groupWidths.push(null);
    if (this.groupCount > MAXGROUPS) throw new RegexError('too many groups', null);
    if (name !== null) {
      const previous = this.groupIndex.get(name);
      if (previous !== undefined) {
        throw new RegexError(`redefinition of group name ${pyRepr(name)} as group ${id}; was group ${previous}`, null);
      }
      this.groupIndex.set(name, id);
    }
    return id;
  }

  private isClosed(id: number): boolean {
    return id < this.groupCount && this.groupWidths[id] !== null;
  }

  private checkLookbehindRef(id: number): void {
    if (this.lookbehindGroups === null) return;
    if (!this.isClosed(id)) throw this.src.error('cannot refer to an open group');
    if (id >= this.lookbehindGroups) {
      throw this.src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }

  // --- alternation and sequences ---------------------------------------------------------

  private parseAlternation(verbose: boolean, nested: number): Seq {
    const alts: Seq[] = [];
    for (;;) {
      alts.push(this.parseSequence(verbose, nested + 1, nested === 0 && alts.length === 0));
      if (!this.src.match('|')) break;
      if (nested === 0) verbose = (this.flags & Flag.Verbose) !== 0;
    }
    if (alts.length === 1) return alts[0];
    return factorAlternatives(alts);
  }

  /** One alternative. `first`: at the very start of the pattern, where global flags may appear. */
  private parseSequence(verbose: boolean, nested: number, first = false): Seq {
    const src = this.src;
    const seq: Seq = [];
    for (;;) {
      const token = src.next;
      if (token === null || token === '|' || token === ')') break;
      src.get();
      if (verbose) {
        if (token.length === 1 && VERBOSE_SPACE.includes(token)) continue;
        if (token === '#') {
          for (;;) {
            const skipped = src.get();
            if (skipped === null || skipped === '\n') break;
          }
          continue;
        }
      }
      if (token[0] === '\\') {
        seq.push(this.parseEscape(token));
      } else if (!SPECIAL.includes(token)) {
        seq.push({ t: 'lit', c: token.codePointAt(0)! });
      } else if (token === '[') {
        seq.push(this.parseClass());
      } else if ('*+?{'.includes(token)) {
        this.parseQuantifier(token, seq);
      } else if (token === '.') {
        seq.push({ t: 'any' });
      } else if (token === '(') {
        const node = this.parseGroup(verbose, nested, first && seq.length === 0);
        if (node === 'flags') verbose = (this.flags & Flag.Verbose) !== 0;
        else if (node !== null) seq.push(node);
      } else if (token === '^') {
        seq.push({ t: 'at', at: At.Beginning });
      } else if (token === '$') {
        seq.push({ t: 'at', at: At.End });
      }
    }
    // Non-capturing groups without flags only mattered for grouping: splice them in.
    const flat: Seq = [];
    for (const node of seq) {
      if (node.t === 'group' && node.group === null && node.add === 0 && node.del === 0) flat.push(...node.body);
      else flat.push(node);
    }
    return flat;
  }

  // --- quantifiers ------------------------------------------------------------------------

  private parseQuantifier(token: string, seq: Seq): void {
    const src = this.src;
    const here = src.tell();
    let min = 0;
    let max = MAXREPEAT;
    if (token === '?') max = 1;
    else if (token === '+') min = 1;
    else if (token === '{') {
      if (src.next === '}') {
        seq.push({ t: 'lit', c: 0x7b });
        return;
      }
      let lo = '';
      let hi = '';
      while (src.next !== null && DIGITS.includes(src.next) && src.next.length === 1) lo += src.get();
      if (src.match(',')) {
        while (src.next !== null && DIGITS.includes(src.next) && src.next.length === 1) hi += src.get();
      } else {
        hi = lo;
      }
      if (!src.match('}')) {
        // Not a repeat after all: a literal '{', and the digits are read again as literals.
        seq.push({ t: 'lit', c: 0x7b });
        src.seek(here);
        return;
      }
      if (lo !== '') {
        min = Number(lo);
        if (min >= MAXREPEAT) throw new RegexError('the repetition number is too large', null, 'OverflowError');
      }
      if (hi !== '') {
        max = Number(hi);
        if (max >= MAXREPEAT) throw new RegexError('the repetition number is too large', null, 'OverflowError');
        if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
      }
    }
    const last = seq.length > 0 ? seq[seq.length - 1] : null;
    if (last === null || last.t === 'at') throw src.error('nothing to repeat', src.tell() - here + token.length);
    if (last.t === 'repeat') throw src.error('multiple repeat', src.tell() - here + token.length);
    const body: Seq = last.t === 'group' && last.group === null && last.add === 0 && last.del === 0 ? last.body : [last];
    const kind = src.match('?') ? 'lazy' : src.match('+') ? 'possessive' : 'greedy';
    seq[seq.length - 1] = { t: 'repeat', min, max, kind, body };
  }

  // --- character classes ------------------------------------------------------------------

  private parseClass(): Node {
    const src = this.src;
    const start = src.tell() - 1;
    const items: SetItem[] = [];
    const negate = src.match('^');
    for (;;) {
      const token = src.get();
      if (token === null) throw src.error('unterminated character set', src.tell() - start);
      if (token === ']' && items.length > 0) break;
      const first: ClassAtom = token[0] === '\\' ? this.parseClassEscape(token) : { t: 'lit', c: token.codePointAt(0)! };
      if (src.match('-')) {
        const second = src.get();
        if (second === null) throw src.error('unterminated character set', src.tell() - start);
        if (second === ']') {
          items.push(first);
          items.push({ t: 'lit', c: 0x2d });
          break;
        }
        const other: ClassAtom = second[0] === '\\' ? this.parseClassEscape(second) : { t: 'lit', c: second.codePointAt(0)! };
        const what = `bad character range ${token}-${second}`;
        const span = cpLength(token) + 1 + cpLength(second);
        if (first.t !== 'lit' || other.t !== 'lit') throw src.error(what, span);
        if (other.c < first.c) throw src.error(what, span);
        items.push({ t: 'range', lo: first.c, hi: other.c });
      } else {
        items.push(first);
      }
    }
    const unique = uniqueItems(items);
    if (unique.length === 1 && unique[0].t === 'lit') {
      return negate ? { t: 'notlit', c: unique[0].c } : { t: 'lit', c: unique[0].c };
    }
    return { t: 'in', items: unique, negate };
  }

  // --- escapes ----------------------------------------------------------------------------

  /** Escapes that mean the same inside and outside a class: \x \u \U \N. Null if not one. */
  private parseCodeEscape(escape: string): number | null {
    const src = this.src;
    const kind = escape[1];
    let digits: number;
    if (kind === 'x') digits = 2;
    else if (kind === 'u' && src.isText) digits = 4;
    else if (kind === 'U' && src.isText) digits = 8;
    else if (kind === 'N' && src.isText) {
      if (!src.match('{')) throw src.error('missing {');
      const name = src.getUntil('}', 'character name');
      const c = nameLookup(name);
      if (c === undefined) throw src.error(`undefined character name ${pyRepr(name)}`, cpLength(name) + 4);
      return c;
    } else return null;
    const full = escape + src.getWhile(digits, HEX_DIGITS);
    if (full.length !== digits + 2) throw src.error(`incomplete escape ${full}`, full.length);
    const c = parseInt(full.slice(2), 16);
    if (c > 0x10ffff) throw src.error(`bad escape ${full}`, full.length);
    return c;
  }

  private parseClassEscape(escape: string): ClassAtom {
    const src = this.src;
    const control = CONTROL_ESCAPES.get(escape);
    if (control !== undefined) return { t: 'lit', c: control };
    const cat = CLASS_ESCAPES.get(escape);
    if (cat !== undefined) return { t: 'cat', cat };
    const code = this.parseCodeEscape(escape);
    if (code !== null) return { t: 'lit', c: code };
    const c = escape[1];
    if (OCT_DIGITS.includes(c)) {
      const full = escape + src.getWhile(2, OCT_DIGITS);
      const value = parseInt(full.slice(1), 8);
      if (value > 0o377) throw src.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
      return { t: 'lit', c: value };
    }
    if (DIGITS.includes(c) || isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, cpLength(escape));
    return { t: 'lit', c: escape.codePointAt(1)! };
  }

  private parseEscape(escape: string): Node {
    const src = this.src;
    const cat = CLASS_ESCAPES.get(escape);
    if (cat !== undefined) return { t: 'in', items: [{ t: 'cat', cat }], negate: false };
    const anchor = ANCHOR_ESCAPES.get(escape);
    if (anchor !== undefined) return { t: 'at', at: anchor };
    const control = CONTROL_ESCAPES.get(escape);
    if (control !== undefined) return { t: 'lit', c: control };
    const code = this.parseCodeEscape(escape);
    if (code !== null) return { t: 'lit', c: code };
    const c = escape[1];
    if (c === '0') {
      const full = escape + src.getWhile(2, OCT_DIGITS);
      return { t: 'lit', c: parseInt(full.slice(1), 8) };
    }
    if (DIGITS.includes(c)) {
      // An octal escape (three octal digits) or a group reference.
      let full = escape;
      if (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) {
        full += src.get();
        if (OCT_DIGITS.includes(full[1]) && OCT_DIGITS.includes(full[2]) && src.next !== null &&
            src.next.length === 1 && OCT_DIGITS.includes(src.next)) {
          full += src.get();
          const value = parseInt(full.slice(1), 8);
          if (value > 0o377) throw src.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
          return { t: 'lit', c: value };
        }
      }
      const group = Number(full.slice(1));
      if (group < this.groupCount) {
        if (!this.isClosed(group)) throw src.error('cannot refer to an open group', full.length);
        this.checkLookbehindRef(group);
        return { t: 'ref', group };
      }
      throw src.error(`invalid group reference ${group}`, full.length - 1);
    }
    if (isAsciiLetter(c)) throw src.error(`bad escape ${escape}`, cpLength(escape));
    return { t: 'lit', c: escape.codePointAt(1)! };
  }

  // --- groups and extensions ----------------------------------------------------------------

  /**
   * Everything that starts with '('. Returns the node, null for a comment, or 'flags' after
   * global inline flags (which change how the rest is read).
   */
  private parseGroup(verbose: boolean, nested: number, atStart: boolean): Node | null | 'flags' {
    const src = this.src;
    const start = src.tell() - 1;
    let capture = true;
    let atomic = false;
    let name: string | null = null;
    let add = 0;
    let del = 0;
    if (src.match('?')) {
      const ch = src.get();
      if (ch === null) throw src.error('unexpected end of pattern');
      if (ch === 'P') {
        if (src.match('<')) {
          name = src.getUntil('>', 'group name');
          src.checkGroupName(name, 1);
        } else if (src.match('=')) {
          const ref = src.getUntil(')', 'group name');
          src.checkGroupName(ref, 1);
          const id = this.groupIndex.get(ref);
          if (id === undefined) throw src.error(`unknown group name ${pyRepr(ref)}`, cpLength(ref) + 1);
          if (!this.isClosed(id)) throw src.error('cannot refer to an open group', cpLength(ref) + 1);
          this.checkLookbehindRef(id);
          return { t: 'ref', group: id };
        } else {
          const next = src.get();
          if (next === null) throw src.error('unexpected end of pattern');
          throw src.error(`unknown extension ?P${next}`, cpLength(next) + 2);
        }
      } else if (ch === ':') {
        capture = false;
      } else if (ch === '#') {
        for (;;) {
          if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
          if (src.get() === ')') return null;
        }
      } else if (ch === '=' || ch === '!' || ch === '<') {
        return this.parseLook(ch, verbose, nested, start);
      } else if (ch === '(') {
        return this.parseConditional(verbose, nested, start);
      } else if (ch === '>') {
        capture = false;
        atomic = true;
      } else if (FLAG_LETTERS.has(ch) || ch === '-') {
        const scoped = this.parseInlineFlags(ch);
        if (scoped === null) {
          if (!atStart) throw src.error('global flags not at the start of the expression', src.tell() - start);
          return 'flags';
        }
        [add, del] = scoped;
        capture = false;
      } else {
        throw src.error(`unknown extension ?${ch}`, cpLength(ch) + 1);
      }
    }
    let group: number | null = null;
    if (capture) {
      try {
        group = this.openGroup(name);
      } catch (e) {
        if (e instanceof RegexError && e.pos === null) throw src.error(e.msg, cpLength(name ?? '') + 1);
        throw e;
      }
    }
    const innerVerbose = (verbose || (add & Flag.Verbose) !== 0) && (del & Flag.Verbose) === 0;
    const body = this.parseAlternation(innerVerbose, nested + 1);
    if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
    if (group !== null) this.groupWidths[group] = [...seqWidth(body, this.groupWidths)] as [number, number];
    if (atomic) return { t: 'atomic', body };
    return { t: 'group', group, add, del, body };
  }

  private parseLook(ch: string, verbose: boolean, nested: number, start: number): Node {
    const src = this.src;
    let behind = false;
    let kind = ch;
    const outerLookbehind = this.lookbehindGroups;
    if (ch === '<') {
      const next = src.get();
      if (next === null) throw src.error('unexpected end of pattern');
      if (next !== '=' && next !== '!') throw src.error(`unknown extension ?<${next}`, cpLength(next) + 2);
      kind = next;
      behind = true;
      if (outerLookbehind === null) this.lookbehindGroups = this.groupCount;
    }
    const body = this.parseAlternation(verbose, nested + 1);
    if (behind && outerLookbehind === null) this.lookbehindGroups = null;
    if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
    return { t: 'assert', behind, negate: kind === '!', body };
  }

  private parseConditional(verbose: boolean, nested: number, start: number): Node {
    const src = this.src;
    const cond = src.getUntil(')', 'group name');
    let group: number;
    if (/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(cond)) {
      const id = this.groupIndex.get(cond);
      if (id === undefined) throw src.error(`unknown group name ${pyRepr(cond)}`, cpLength(cond) + 1);
      group = id;
    } else {
      const value = pyInt(cond);
      if (value === null || value < 0) throw src.error(`bad character in group name ${pyRepr(cond)}`, cpLength(cond) + 1);
      if (value === 0) throw src.error('bad group number', cpLength(cond) + 1);
      if (value >= MAXGROUPS) throw src.error(`invalid group reference ${value}`, cpLength(cond) + 1);
      group = value;
      if (!this.condRefs.has(group)) this.condRefs.set(group, src.tell() - cpLength(cond) - 1);
    }
    this.checkLookbehindRef(group);
    const yes = this.parseSequence(verbose, nested + 1);
    let no: Seq | null = null;
    if (src.match('|')) {
      no = this.parseSequence(verbose, nested + 1);
      if (src.next === '|') throw src.error('conditional backref with more than two branches');
    }
    if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
    return { t: 'cond', group, yes, no };
  }

  /**
   * The flags of `(?aiLmsux)` (global: returns null after adding them to this.flags) or
   * `(?aiLmsux-imsx:...)` (scoped: returns [added, removed]). `first` is the character after '?'.
   */
  private parseInlineFlags(first: string): [number, number] | null {
    const src = this.src;
    let add = 0;
    let del = 0;
    let ch: string | null = first;
    if (ch !== '-') {
      for (;;) {
        const flag = FLAG_LETTERS.get(ch)!;
        if (src.isText && ch === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
        if (!src.isText && ch === 'u') throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        add |= flag;
        if ((flag & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== flag) {
          throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        }
        ch = src.get();
        if (ch === null) throw src.error('missing -, : or )');
        if (ch === ')' || ch === '-' || ch === ':') break;
        if (!FLAG_LETTERS.has(ch)) throw src.error(isAlpha(ch) ? 'unknown flag' : 'missing -, : or )', cpLength(ch));
      }
    }
    if (ch === ')') {
      this.flags |= add;
      return null;
    }
    if ((add & GLOBAL_FLAGS) !== 0) throw src.error('bad inline flags: cannot turn on global flag', 1);
    if (ch === '-') {
      ch = src.get();
      if (ch === null) throw src.error('missing flag');
      if (!FLAG_LETTERS.has(ch)) throw src.error(isAlpha(ch) ? 'unknown flag' : 'missing flag', cpLength(ch));
      for (;;) {
        const flag = FLAG_LETTERS.get(ch)!;
        if ((flag & TYPE_FLAGS) !== 0) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        ch = src.get();
        if (ch === null) throw src.error('missing :');
        if (ch === ':') break;
        if (!FLAG_LETTERS.has(ch)) throw src.error(isAlpha(ch) ? 'unknown flag' : 'missing :', cpLength(ch));
      }
    }
    if ((del & GLOBAL_FLAGS) !== 0) throw src.error('bad inline flags: cannot turn off global flag', 1);
    if ((add & del) !== 0) throw src.error('bad inline flags: flag turned on and off', 1);
    return [add, del];
  }

  /** Where the pattern's source raises its errors (for checks after parsing). */
  errorAt(msg: string, pos: number | null): RegexError {
    return this.src.errorAt(msg, pos);
  }
}

function isAlpha(ch: string): boolean {
  return /^\p{L}$/u.test(ch);
}

function itemKey(item: SetItem): string {
  return item.t === 'lit' ? `l${item.c}` : item.t === 'range' ? `r${item.lo},${item.hi}` : `c${item.cat}`;
}

/** Drops repeated items, keeping the first of each (the order is kept for CPython's sake). */
function uniqueItems(items: readonly SetItem[]): SetItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = itemKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Identity of simple nodes, for moving a prefix that every alternative shares out in front. */
function simpleNodeKey(node: Node): string | null {
  switch (node.t) {
    case 'lit': return `l${node.c}`;
    case 'notlit': return `n${node.c}`;
    case 'any': return 'a';
    case 'at': return `@${node.at}`;
    case 'in': return `[${node.negate ? '^' : ''}${node.items.map(itemKey).join(' ')}`;
    case 'ref': return `\\${node.group}`;
    default: return null;
  }
}

/**
 * Builds the node for `a|b|…`, as CPython does: a prefix common to all alternatives is matched
 * once in front, and alternatives that are all single characters or classes become one class.
 */
function factorAlternatives(alts: Seq[]): Seq {
  const out: Seq = [];
  for (;;) {
    if (alts.some((alt) => alt.length === 0)) break;
    const key = simpleNodeKey(alts[0][0]);
    if (key === null || !alts.every((alt) => simpleNodeKey(alt[0]) === key)) break;
    out.push(alts[0][0]);
    for (const alt of alts) alt.shift();
  }
  const items: SetItem[] = [];
  let allSingle = true;
  for (const alt of alts) {
    const node = alt.length === 1 ? alt[0] : null;
    if (node?.t === 'lit') items.push({ t: 'lit', c: node.c });
    else if (node?.t === 'in' && !node.negate) items.push(...node.items);
    else {
      allSingle = false;
      break;
    }
  }
  if (allSingle) out.push({ t: 'in', items: uniqueItems(items), negate: false });
  else out.push({ t: 'branch', alts });
  return out;
}

/** CPython's check of the flags against the kind of pattern (str or bytes). */
function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if (flags & Flag.Locale) throw new RegexError('cannot use LOCALE flag with a str pattern', null, 'ValueError');
    if (!(flags & Flag.Ascii)) return flags | Flag.Unicode;
    if (flags & Flag.Unicode) throw new RegexError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  } else {
    if (flags & Flag.Unicode) throw new RegexError('cannot use UNICODE flag with a bytes pattern', null, 'ValueError');
    if (flags & Flag.Locale && flags & Flag.Ascii) {
      throw new RegexError('ASCII and LOCALE flags are incompatible', null, 'ValueError');
    }
  }
  return flags;
}

export function parsePattern(pattern: string | Uint8Array, flags: number): ParsedPattern {
  const parser = new Parser(pattern, flags);
  const seq = parser.parse();
  const fixed = fixFlags(typeof pattern === 'string', parser.flags);
  parser.checkBalanced();
  for (const [group, pos] of parser.condRefs) {
    if (group >= parser.groupCount) throw parser.errorAt(`invalid group reference ${group}`, pos);
  }
  return {
    seq,
    flags: fixed,
    groups: parser.groupCount,
    groupIndex: parser.groupIndex,
    groupWidths: parser.groupWidths,
  };
}
