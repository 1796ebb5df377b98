// Unicode character classes and case mappings as CPython 3.11 sees them (Unicode 14.0).
//
// The JS engine knows Unicode well (regex \p{...} escapes, toUpperCase/toLowerCase with the special casings),
// but a newer version, and it has no titlecase or casefold. str_unicode_data.ts (generated from python3)
// holds the corrections: which code points Unicode 14 had assigned, the few properties that changed since,
// and the mappings that JS lacks. Per-character answers are cached (a flat table for the BMP).

import { isPrintable, isSpace } from '../text/unicode';
import {
  ASSIGNED_FLIPS, DIGIT_ONLY, FLIP_ALPHA, FLIP_DECIMAL, FLIP_LOWER, FLIP_NUMERIC, FLIP_UPPER, FLIP_XID_CONTINUE,
  FLIP_XID_START, MAP_CASEFOLD, MAP_LOWER, MAP_TITLE, MAP_UPPER,
} from './str_unicode_data';

export const enum CharClass {
  Alpha = 1,
  Decimal = 2,
  Digit = 4,
  Numeric = 8,
  Lower = 16,
  Upper = 32,
  Title = 64, // category Lt
  Cased = 128, // Lower | Upper | Title
  CaseIgnorable = 256,
  XidStart = 512, // or '_'
  XidContinue = 1024,
  Space = 2048,
  Printable = 4096,
  Known = 0x8000, // cache marker: the entry has been computed
}

function deltaList(s: string): number[] {
  if (s === '') return [];
  let cp = 0;
  return s.split(',').map((d) => (cp += parseInt(d, 36)));
}

const deltaSet = (s: string) => new Set(deltaList(s));

function mapTable(s: string): Map<number, string> {
  const m = new Map<number, string>();
  if (s === '') return m;
  for (const entry of s.split(',')) {
    const [cp, to] = entry.split(':');
    m.set(parseInt(cp, 36), String.fromCodePoint(...to.split(' ').map((x) => parseInt(x, 36))));
  }
  return m;
}

const assignedFlips = Int32Array.from(deltaList(ASSIGNED_FLIPS));

/** Was the code point assigned in Unicode 14? (Unassigned ones have no properties and map to themselves.) */
function isAssigned(cp: number): boolean {
  let lo = 0;
  let hi = assignedFlips.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (assignedFlips[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 0;
}

const flipAlpha = deltaSet(FLIP_ALPHA);
const flipDecimal = deltaSet(FLIP_DECIMAL);
const flipNumeric = deltaSet(FLIP_NUMERIC);
const flipLower = deltaSet(FLIP_LOWER);
const flipUpper = deltaSet(FLIP_UPPER);
const flipXidStart = deltaSet(FLIP_XID_START);
const flipXidContinue = deltaSet(FLIP_XID_CONTINUE);
const digitOnly = deltaSet(DIGIT_ONLY);

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMERIC = /^\p{N}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^[\p{XID_Start}_]$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

function computeClass(cp: number): number {
  let f = CharClass.Known;
  if (isSpace(cp)) f |= CharClass.Space;
  if (isPrintable(cp)) f |= CharClass.Printable;
  if (!isAssigned(cp)) return f;
  const c = String.fromCodePoint(cp);
  const test = (re: RegExp, flips: Set<number>) => re.test(c) !== flips.has(cp);
  if (test(RE_ALPHA, flipAlpha)) f |= CharClass.Alpha;
  if (test(RE_DECIMAL, flipDecimal)) f |= CharClass.Decimal | CharClass.Digit;
  if (digitOnly.has(cp)) f |= CharClass.Digit;
  if (test(RE_NUMERIC, flipNumeric)) f |= CharClass.Numeric;
  if (test(RE_LOWER, flipLower)) f |= CharClass.Lower | CharClass.Cased;
  if (test(RE_UPPER, flipUpper)) f |= CharClass.Upper | CharClass.Cased;
  if (RE_TITLE.test(c)) f |= CharClass.Title | CharClass.Cased;
  if (RE_CASE_IGNORABLE.test(c)) f |= CharClass.CaseIgnorable;
  if (test(RE_XID_START, flipXidStart)) f |= CharClass.XidStart;
  if (test(RE_XID_CONTINUE, flipXidContinue)) f |= CharClass.XidContinue;
  return f;
}

const bmpClass = new Uint16Array(0x10000);
const astralClass = new Map<number, number>();

/** The CharClass bits of a code point. */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const f = bmpClass[cp];
    if (f !== 0) return f;
    return (bmpClass[cp] = computeClass(cp));
  }
  let f = astralClass.get(cp);
  if (f === undefined) astralClass.set(cp, (f = computeClass(cp)));
  return f;
}

// ---- case mapping of single characters -----------------------------------------------------------------

const mapLower = mapTable(MAP_LOWER);
const mapUpper = mapTable(MAP_UPPER);
const mapTitle = mapTable(MAP_TITLE);
const mapCasefold = mapTable(MAP_CASEFOLD);

type CaseKind = 0 | 1 | 2 | 3; // lower, upper, title, casefold
const caseTables = [mapLower, mapUpper, mapTitle, mapCasefold];
const caseCaches = caseTables.map(() => new Map<number, string>());

function mapChar(cp: number, kind: CaseKind): string {
  const cache = caseCaches[kind];
  let s = cache.get(cp);
  if (s !== undefined) return s;
  const c = String.fromCodePoint(cp);
  s = caseTables[kind].get(cp);
  if (s === undefined) {
    if (!isAssigned(cp)) s = c;
    else s = kind === 0 || kind === 3 ? c.toLowerCase() : c.toUpperCase();
  }
  cache.set(cp, s);
  return s;
}

export const lowerChar = (cp: number): string => mapChar(cp, 0);
export const upperChar = (cp: number): string => mapChar(cp, 1);
export const titleChar = (cp: number): string => mapChar(cp, 2);
export const casefoldChar = (cp: number): string => mapChar(cp, 3);

// ---- whole strings ---------------------------------------------------------------------------------------

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const LATIN1_ONLY = /^[\x00-\xff]*$/;
const CAPITAL_SIGMA = 0x3a3;

/**
 * The lowercase of Σ at UTF-16 index i of s: final sigma ('ς') when a cased letter precedes it and none
 * follows it (case-ignorable characters in between are skipped), as CPython does.
 */
function lowerSigma(s: string, i: number): string {
  let j = i;
  let before = false;
  while (j > 0) {
    const cp = s.codePointAt(j - 1)!;
    // step back over a surrogate pair as one character
    const back = cp >= 0xdc00 && cp <= 0xdfff && j >= 2 && s.codePointAt(j - 2)! > 0xffff ? 2 : 1;
    const full = back === 2 ? s.codePointAt(j - 2)! : cp;
    j -= back;
    const f = charClass(full);
    if (f & CharClass.CaseIgnorable) continue;
    before = (f & CharClass.Cased) !== 0;
    break;
  }
  if (!before) return 'σ';
  let k = i + 1;
  while (k < s.length) {
    const cp = s.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    const f = charClass(cp);
    if (f & CharClass.CaseIgnorable) continue;
    return f & CharClass.Cased ? 'σ' : 'ς';
  }
  return 'ς';
}

/** Lowercase of the character at index i (with the Σ rule); cp is the code point there. */
function lowerAt(s: string, i: number, cp: number): string {
  return cp === CAPITAL_SIGMA ? lowerSigma(s, i) : lowerChar(cp);
}

export function strLower(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out += lowerAt(s, i, cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

export function strUpper(s: string): string {
  // JS agrees with CPython on every Latin-1 character (ß → SS, µ → Μ, ÿ → Ÿ)
  if (LATIN1_ONLY.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += upperChar(ch.codePointAt(0)!);
  return out;
}

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += casefoldChar(ch.codePointAt(0)!);
  return out;
}

export function strSwapcase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const f = charClass(cp);
    if (f & CharClass.Upper) out += lowerAt(s, i, cp);
    else if (f & CharClass.Lower) out += upperChar(cp);
    else out += String.fromCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = s.codePointAt(0)!;
  let out = titleChar(first);
  for (let i = first > 0xffff ? 2 : 1; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out += lowerAt(s, i, cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out += prevCased ? lowerAt(s, i, cp) : titleChar(cp);
    prevCased = (charClass(cp) & CharClass.Cased) !== 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

// ---- predicates on whole strings ---------------------------------------------------------------------------

/** True when s is non-empty and every character has one of the `mask` bits. */
export function allChars(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if ((charClass(cp) & mask) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = charClass(ch.codePointAt(0)!);
    if (f & (CharClass.Upper | CharClass.Title)) return false;
    if (f & CharClass.Lower) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const f = charClass(ch.codePointAt(0)!);
    if (f & (CharClass.Lower | CharClass.Title)) return false;
    if (f & CharClass.Upper) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const f = charClass(ch.codePointAt(0)!);
    if (f & (CharClass.Upper | CharClass.Title)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (f & CharClass.Lower) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const f = charClass(ch.codePointAt(0)!);
    if ((f & (first ? CharClass.XidStart : CharClass.XidContinue)) === 0) return false;
    first = false;
  }
  return true;
}

export function strIsPrintable(s: string): boolean {
  for (const ch of s) if (!isPrintable(ch.codePointAt(0)!)) return false;
  return true;
}
