// Character predicates and case mappings with CPython's definitions, computed from the host's
// Unicode tables (V8/ICU) on first use, one 256-character block at a time.
//
//   \d  Unicode decimal digit (category Nd)          — str.isdecimal()
//   \w  str.isalnum() or '_' (letters, numbers)
//   \s  str.isspace(): the fixed list below
//   lower/upper  CPython's "simple" mapping, which for characters with a special (multi-character)
//                mapping is the first character of the full mapping: upper('ß') == 'S'.
//
// The host may know a newer Unicode version than CPython 3.11 (Unicode 14); characters added
// since then are classified as the host sees them.

const BLOCK_BITS = 8;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const MAX_CODE_POINT = 0x10ffff;

/** No character at or above this changes case (checked when the tables were designed). */
const CASED_LIMIT = 0x20000;

function charOf(c: number): string {
  // Lone surrogates have no case and no category worth asking the host about.
  return c >= 0xd800 && c < 0xe000 ? '' : String.fromCodePoint(c);
}

// --- character categories -------------------------------------------------------------------

const enum Cat {
  Word = 1,
  Digit = 2,
}

const WORD_RE = /^[\p{L}\p{N}_]$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const catBlocks: (Uint8Array | undefined)[] = [];

function catBlock(block: number): Uint8Array {
  const table = new Uint8Array(BLOCK_SIZE);
  const base = block << BLOCK_BITS;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const s = charOf(base + i);
    if (s === '') continue;
    if (WORD_RE.test(s)) table[i] |= Cat.Word;
    if (DIGIT_RE.test(s)) table[i] |= Cat.Digit;
  }
  catBlocks[block] = table;
  return table;
}

function category(c: number): number {
  if (c > MAX_CODE_POINT || c < 0) return 0;
  const block = catBlocks[c >> BLOCK_BITS] ?? catBlock(c >> BLOCK_BITS);
  return block[c & (BLOCK_SIZE - 1)];
}

export function isUnicodeWord(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  return (category(c) & Cat.Word) !== 0;
}

export function isUnicodeDigit(c: number): boolean {
  if (c < 128) return c >= 0x30 && c <= 0x39;
  return (category(c) & Cat.Digit) !== 0;
}

export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

export function isAsciiWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  );
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** bytes.isspace(): space, \t \n \v \f \r (not \x1c-\x1f). */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

// --- case mappings --------------------------------------------------------------------------

const lowerBlocks: (Int32Array | undefined)[] = [];
const upperBlocks: (Int32Array | undefined)[] = [];

function caseBlock(block: number): void {
  const lower = new Int32Array(BLOCK_SIZE);
  const upper = new Int32Array(BLOCK_SIZE);
  const base = block << BLOCK_BITS;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const c = base + i;
    const s = charOf(c);
    lower[i] = s === '' ? c : s.toLowerCase().codePointAt(0)!;
    upper[i] = s === '' ? c : s.toUpperCase().codePointAt(0)!;
  }
  lowerBlocks[block] = lower;
  upperBlocks[block] = upper;
}

export function lowerUnicode(c: number): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= CASED_LIMIT) return c;
  let block = lowerBlocks[c >> BLOCK_BITS];
  if (block === undefined) {
    caseBlock(c >> BLOCK_BITS);
    block = lowerBlocks[c >> BLOCK_BITS]!;
  }
  return block[c & (BLOCK_SIZE - 1)];
}

export function upperUnicode(c: number): number {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  if (c >= CASED_LIMIT) return c;
  let block = upperBlocks[c >> BLOCK_BITS];
  if (block === undefined) {
    caseBlock(c >> BLOCK_BITS);
    block = upperBlocks[c >> BLOCK_BITS]!;
  }
  return block[c & (BLOCK_SIZE - 1)];
}

export function isCasedUnicode(c: number): boolean {
  return lowerUnicode(c) !== c || upperUnicode(c) !== c;
}

export function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

export function upperAscii(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

export function isCasedAscii(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Lower-case characters that lower() keeps apart although they are the same letter: they share
// one full upper-case form ('s' and 'ſ' both upper to 'S'; 'ΐ' and 'ΐ' to the same three
// characters). Case-insensitive matching treats each group as one letter, as CPython does.
let fixes: Map<number, readonly number[]> | null = null;

function buildFixes(): Map<number, readonly number[]> {
  const byUpper = new Map<string, number[]>();
  for (let c = 0; c < CASED_LIMIT; c++) {
    const s = charOf(c);
    if (s === '' || lowerUnicode(c) !== c) continue;
    const up = s.toUpperCase();
    if (up === s) continue;
    const group = byUpper.get(up);
    if (group === undefined) byUpper.set(up, [c]);
    else group.push(c);
  }
  const result = new Map<number, readonly number[]>();
  for (const group of byUpper.values()) {
    if (group.length < 2) continue;
    for (const c of group) result.set(c, group.filter((d) => d !== c));
  }
  return result;
}

/** The other lower-case forms of the letter whose lower-case form is `lo` (usually none). */
export function caseFixes(lo: number): readonly number[] | undefined {
  if (lo < 0x69) return undefined; // nothing below 'i' has a fix; spares building the table
  fixes ??= buildFixes();
  return fixes.get(lo);
}
