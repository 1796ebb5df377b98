// Character classes, compiled. A class is kept as sorted ranges plus categories (\d \w \s …),
// with the answer precomputed for the first 256 characters.
//
// Case-insensitive classes follow CPython's scheme, which decides some corner cases: members are
// stored lower-cased (with their case "fixes", see unicode.ts) and the subject's character is
// lower-cased before the test. Categories are then tested on the lower-cased character too, and
// only if the class has a cased member at all; ranges reaching past U+FFFF also accept a
// character whose upper-case form is in the range.

import { Cat, type SetItem } from './ast';
import { Fold } from './opcodes';
import * as U from './unicode';

const BMP_LIMIT = 0x10000;

export function testCategory(cat: Cat, c: number, unicode: boolean): boolean {
  switch (cat) {
    case Cat.Digit: return unicode ? U.isUnicodeDigit(c) : U.isAsciiDigit(c);
    case Cat.NotDigit: return !(unicode ? U.isUnicodeDigit(c) : U.isAsciiDigit(c));
    case Cat.Space: return unicode ? U.isUnicodeSpace(c) : U.isAsciiSpace(c);
    case Cat.NotSpace: return !(unicode ? U.isUnicodeSpace(c) : U.isAsciiSpace(c));
    case Cat.Word: return unicode ? U.isUnicodeWord(c) : U.isAsciiWord(c);
    case Cat.NotWord: return !(unicode ? U.isUnicodeWord(c) : U.isAsciiWord(c));
  }
}

function inRanges(ranges: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]) hi = mid - 1;
    else if (c > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export class CharSet {
  /** The answer for each of the first 256 characters (1: in the class). */
  readonly latin1 = new Uint8Array(256);

  constructor(
    /** Sorted, disjoint [lo, hi] pairs. */
    private readonly ranges: Int32Array,
    /** [lo, hi] pairs that also accept a character whose upper-case form is inside. */
    private readonly upperRanges: Int32Array,
    private readonly cats: readonly Cat[],
    private readonly unicodeCats: boolean,
    private readonly negate: boolean,
    /** How the subject's character is lower-cased before the test. */
    private readonly fold: Fold,
  ) {
    for (let c = 0; c < 256; c++) this.latin1[c] = this.slowTest(c) ? 1 : 0;
  }

  test(c: number): boolean {
    return c < 256 ? this.latin1[c] === 1 : this.slowTest(c);
  }

  private slowTest(c: number): boolean {
    const a = this.fold === Fold.Unicode ? U.lowerUnicode(c) : this.fold === Fold.Ascii ? U.lowerAscii(c) : c;
    return this.contains(a) !== this.negate;
  }

  private contains(a: number): boolean {
    if (inRanges(this.ranges, a)) return true;
    const up = this.upperRanges;
    if (up.length > 0) {
      const u = U.upperUnicode(a);
      for (let i = 0; i < up.length; i += 2) {
        if ((a >= up[i] && a <= up[i + 1]) || (u >= up[i] && u <= up[i + 1])) return true;
      }
    }
    for (const cat of this.cats) if (testCategory(cat, a, this.unicodeCats)) return true;
    return false;
  }
}

/** Collects characters and ranges, then merges them into sorted disjoint ranges. */
class RangeBuilder {
  private readonly pairs: [number, number][] = [];
  private bmp: Uint8Array | null = null;

  add(lo: number, hi = lo): void {
    this.pairs.push([lo, hi]);
  }

  /** Adds one BMP character (cheap for the many single characters of a folded range). */
  addBmp(c: number): void {
    (this.bmp ??= new Uint8Array(BMP_LIMIT))[c] = 1;
  }

  build(): Int32Array {
    const pairs = this.pairs.slice();
    if (this.bmp !== null) {
      const bmp = this.bmp;
      for (let c = 0; c < BMP_LIMIT; c++) {
        if (!bmp[c]) continue;
        let end = c;
        while (end + 1 < BMP_LIMIT && bmp[end + 1]) end++;
        pairs.push([c, end]);
        c = end;
      }
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [lo, hi] of pairs) {
      const n = merged.length;
      if (n > 0 && lo <= merged[n - 1] + 1) merged[n - 1] = Math.max(merged[n - 1], hi);
      else merged.push(lo, hi);
    }
    return Int32Array.from(merged);
  }
}

export interface SetOptions {
  /** Case-insensitive, and with which case mapping (None: case-sensitive). */
  readonly fold: Fold;
  /** \d \w \s with Unicode meaning (else ASCII). */
  readonly unicode: boolean;
}

export function compileCharSet(items: readonly SetItem[], negate: boolean, opts: SetOptions): CharSet {
  const ranges = new RangeBuilder();
  const upperRanges: number[] = [];
  const cats: Cat[] = [];
  const fold = opts.fold;
  if (fold === Fold.None) {
    for (const item of items) {
      if (item.t === 'lit') ranges.add(item.c);
      else if (item.t === 'range') ranges.add(item.lo, item.hi);
      else cats.push(item.cat);
    }
    return new CharSet(ranges.build(), new Int32Array(0), cats, opts.unicode, negate, Fold.None);
  }
  const lower = fold === Fold.Unicode ? U.lowerUnicode : U.lowerAscii;
  const isCased = fold === Fold.Unicode ? U.isCasedUnicode : U.isCasedAscii;
  const addFolded = (c: number): void => {
    const lo = lower(c);
    ranges.addBmp(lo);
    const extra = fold === Fold.Unicode ? U.caseFixes(lo) : undefined;
    if (extra) for (const k of extra) ranges.addBmp(k);
  };
  let hasCased = false;
  for (const item of items) {
    if (item.t === 'cat') {
      cats.push(item.cat);
    } else if (item.t === 'lit') {
      // Past the BMP CPython keeps the character as written (and counts the class as cased).
      if (item.c < BMP_LIMIT) {
        addFolded(item.c);
        hasCased ||= isCased(item.c);
      } else {
        ranges.add(item.c);
        hasCased = true;
      }
    } else {
      const top = Math.min(item.hi, BMP_LIMIT - 1);
      for (let c = item.lo; c <= top; c++) {
        addFolded(c);
        hasCased ||= isCased(c);
      }
      if (item.hi >= BMP_LIMIT) {
        upperRanges.push(item.lo, item.hi);
        hasCased = true;
      }
    }
  }
  return new CharSet(ranges.build(), Int32Array.from(upperRanges), cats, opts.unicode, negate, hasCased ? fold : Fold.None);
}
