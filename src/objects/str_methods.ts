// str's slots, dunder methods, constructor and iterator, and every str method except the formatting ones
// (str.format, format_map, __format__ and % live in str_format.ts).
//
// Methods work on the cached JS string of the str (strValue); the text algorithms are in str_search.ts and
// the Unicode knowledge in str_unicode.ts. Hot operations (indexing, iteration, concatenation, comparison)
// read the stored characters directly where that avoids decoding.

import { I32, SAB } from '../heap/heap';
import { Layout, Obj, StrFlag, StrObj, IterObj, BytesObj, TypeFlag, TypeObj } from '../heap/layout';
import { allocObject, decref, newref, PyErr, raise, Ref, S, T, traversers, typeOf, layoutOf } from './core';
import {
  intern, isStr, newStr, newStrOfType, strAppend, strCodePoint, strConcat, strDataWords, strEquals, strHash, strIsWide,
  strLen, strSpec, strValue, takeStr, strJoinLatin1,
} from './str';
import { CompareOp, BinOp, defineType, method, staticMethod } from './typespec';
import {
  getIterOrNull, iterNext, N, setVarDictOffset, str as strOf, typeNameOfObj, varDictOffset, indexValue, getItem,
  isInstanceOfType,
} from './abstract';
import { isSubtype, isType, lookupType, typeNameOf } from './type';
import { specTypeRef } from './spec_refs';
import { boolRef, isInt, newInt, intToSafe } from './int';
import { isList, listItems, listSteal } from './list';
import { isTuple, tupleItems, tupleLen, tupleItem, tupleSteal } from './tuple';
import { dictGetItem, dictSetItem, isDict, newDict, dictEntries } from './dict';
import { DictEntry } from '../heap/layout';
import { reprStr } from '../text/str_repr';
import { isSlice, sliceIndices } from './slice';
import {
  adjustIndices, countIn, cpSlice, expandTabs, findIn, padText, replaceText, rfindIn, rsplitSep,
  rsplitWhitespace, splitLines, splitSep, splitWhitespace, stripText, tailMatch, zfillText,
} from './str_search';
import {
  allChars, CharClass, strCapitalize, strCasefold, strIsIdentifier, strIsLower, strIsPrintable, strIsTitle,
  strIsUpper, strLower, strSwapcase, strTitle, strUpper,
} from './str_unicode';
import {
  kwArgs, noArgs, oneArg, otherHandles, posArgs, repeatCountArg, sliceBound, ssizeArg, strParam, tupleArgs,
} from './text_args';
import { decodeBytes, encodeText } from './codecs';
import { newBytes } from './bytes';
import { bufferOrNull } from './bytes_common';
import { strPercent } from './str_format';

const sv = strValue;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** A str of one code point; Latin-1 characters are interned (so `for c in s` allocates nothing for them). */
export function charStr(cp: number): Ref {
  if (cp < 0x100) {
    // interned strs are immortal, so their refs can be kept per worker (per heap)
    if (charHeap !== SAB) {
      charRefs.fill(0);
      charHeap = SAB;
    }
    let r = charRefs[cp];
    if (r === 0) r = charRefs[cp] = intern(String.fromCharCode(cp));
    return r;
  }
  return newStr(String.fromCodePoint(cp));
}
const charRefs = new Int32Array(256);
let charHeap: SharedArrayBuffer | null = null;

function exactStr(r: Ref): boolean {
  return (r & 1) === 0 && I32[r + Obj.Type] === T.str;
}

/** `self` as an exact str: the object itself, or a copy of a subclass instance's text. */
function asExact(r: Ref): Ref {
  return exactStr(r) ? newref(r) : newStr(sv(r));
}

function strArg(r: Ref, message: () => string): string {
  if (!isStr(r)) throw raise(T.TypeError, message());
  return sv(r);
}

/** `must be str, not int` (PyUnicode arguments parsed by "U"). */
function mustBeStr(r: Ref): string {
  return strArg(r, () => `must be str, not ${typeNameOfObj(r)}`);
}

function strList(parts: string[]): Ref {
  return listSteal(parts.map(newStr));
}

// ---- comparison --------------------------------------------------------------------------------------------

/** Code point order: UTF-16 order agrees with it unless astral characters are involved. */
function compareText(a: Ref, b: Ref): number {
  const x = sv(a), y = sv(b);
  if (!strIsWide(a) && !strIsWide(b)) return x < y ? -1 : x > y ? 1 : 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = x.codePointAt(i)!, d = y.codePointAt(i)!;
    if (c !== d) return c < d ? -1 : 1;
    if (c > 0xffff) i++;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

function strCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isStr(a) || !isStr(b)) return newref(S.NotImplemented);
  if (op === CompareOp.Eq) return strEquals(a, b) ? S.True : S.False;
  if (op === CompareOp.Ne) return strEquals(a, b) ? S.False : S.True;
  const c = compareText(a, b);
  switch (op) {
    case CompareOp.Lt: return boolRef(c < 0);
    case CompareOp.Le: return boolRef(c <= 0);
    case CompareOp.Gt: return boolRef(c > 0);
    default: return boolRef(c >= 0);
  }
}

// ---- indexing ------------------------------------------------------------------------------------------------

function strItem(r: Ref, i: number): Ref {
  const len = strLen(r);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw raise(T.IndexError, 'string index out of range');
  return charStr(strCodePoint(r, i));
}

function strGetItem(r: Ref, key: Ref): Ref {
  if ((key & 1) === 1) return strItem(r, key >> 1);
  if (isSlice(key)) return strSlice(r, key);
  if (!isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, `string indices must be integers, not '${typeNameOfObj(key)}'`);
  }
  return strItem(r, indexValue(key));
}

function strSlice(r: Ref, slice: Ref): Ref {
  const len = strLen(r);
  const [start, stop, step, count] = sliceIndices(slice, len);
  if (count <= 0) return newref(S.emptyStr);
  if (step === 1) {
    if (count === len && exactStr(r)) return newref(r);
    return newStr(cpSlice(sv(r), start, stop, strIsWide(r)));
  }
  let out = '';
  for (let k = 0, i = start; k < count; k++, i += step) out += String.fromCodePoint(strCodePoint(r, i));
  return newStr(out);
}

function strContains(r: Ref, key: Ref): boolean {
  if (!isStr(key)) {
    throw raise(T.TypeError, `'in <string>' requires string as left operand, not ${typeNameOfObj(key)}`);
  }
  return sv(r).includes(sv(key));
}

// ---- operators ---------------------------------------------------------------------------------------------

function hasIndex(r: Ref): boolean {
  return isInt(r) || lookupType(typeOf(r), N.__index__) !== 0;
}

/** s * n */
export function strRepeat(s: Ref, nRef: Ref): Ref {
  const n = repeatCountArg(nRef);
  const len = strLen(s);
  if (n <= 0 || len === 0) return newref(S.emptyStr);
  if (n === 1 && exactStr(s)) return newref(s);
  if (len * n >= 2 ** 63) throw raise(T.OverflowError, 'repeated string is too long');
  if (len * n > 0x1fffffe8) throw raise(T.MemoryError);
  return newStr(sv(s).repeat(n));
}

function strBinop(op: BinOp, a: Ref, b: Ref): Ref {
  switch (op) {
    case BinOp.Add:
      if (isStr(a)) {
        if (isStr(b)) return concat(a, b);
        if (otherHandles(b, N.__radd__)) return newref(S.NotImplemented);
        throw raise(T.TypeError, `can only concatenate str (not "${typeNameOfObj(b)}") to str`);
      }
      return newref(S.NotImplemented);
    case BinOp.Mul: {
      const [s, n] = isStr(a) ? [a, b] : [b, a];
      if (!isStr(s) || isStr(n)) {
        if (isStr(a) && isStr(b)) throw raise(T.TypeError, "can't multiply sequence by non-int of type 'str'");
        return newref(S.NotImplemented);
      }
      if (hasIndex(n)) return strRepeat(s, n);
      if (otherHandles(n, s === a ? N.__rmul__ : N.__mul__)) return newref(S.NotImplemented);
      throw raise(T.TypeError, `can't multiply sequence by non-int of type '${typeNameOfObj(n)}'`);
    }
    case BinOp.Mod:
      return isStr(a) ? strPercent(a, b) : newref(S.NotImplemented);
  }
  return newref(S.NotImplemented);
}

function concat(a: Ref, b: Ref): Ref {
  if (strLen(b) === 0 && exactStr(a)) return newref(a);
  if (strLen(a) === 0 && exactStr(b)) return newref(b);
  return strConcat(a, b);
}

// ---- the iterator ----------------------------------------------------------------------------------------

// CPython 3.11 iterates ASCII strs with a separate type, str_ascii_iterator; both behave the same here.
function iterSpec(name: string, key: 'str_iterator' | null) {
  const spec = defineType({
    name, key, layout: Layout.Iterator, basicWords: IterObj.Size,
    slots: { iter: (it) => newref(it), next: strIterNext },
  });
  method(spec, '__next__', (self) => {
    const v = strIterNext(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__length_hint__', (self) => {
    const s = I32[self + IterObj.Source];
    return newInt(s === 0 ? 0 : Math.max(0, strLen(s) - I32[self + IterObj.Index]));
  });
  return spec;
}
export const strIterSpec = iterSpec('str_iterator', 'str_iterator');
export const strAsciiIterSpec = iterSpec('str_ascii_iterator', null);

function newStrIter(s: Ref): Ref {
  // every str is made by newStrOfType/strConcat/strAppend, which keep the Ascii flag exact
  const ascii = (I32[s + StrObj.Flags] & StrFlag.Ascii) !== 0;
  const it = allocObject(ascii ? specTypeRef('str_ascii_iterator') : T.str_iterator, IterObj.Size);
  I32[it + IterObj.Source] = newref(s);
  return it;
}

/** The next character, or 0 at the end (the str is released then, as CPython does). */
export function strIterNext(it: Ref): Ref {
  const s = I32[it + IterObj.Source];
  if (s === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i < strLen(s)) {
    I32[it + IterObj.Index] = i + 1;
    return charStr(strCodePoint(s, i));
  }
  I32[it + IterObj.Source] = 0;
  decref(s);
  return 0;
}

// ---- construction ---------------------------------------------------------------------------------------

/** str(object='', encoding='utf-8', errors='strict'), for str and its subclasses. */
function strNew(type: Ref, args: Ref[], kwnames: string[] | null): Ref {
  const [obj, enc, errs] = kwArgs('str', ['object', 'encoding', 'errors'], args, kwnames);
  let value: string;
  if (obj === 0) {
    if (type === T.str) return newref(S.emptyStr);
    value = '';
  } else if (enc === 0 && errs === 0) {
    const r = strOf(obj);
    if (type === T.str) return r;
    value = takeStr(r);
  } else {
    const encoding = enc === 0 ? 'utf-8' : strParam('str', 'encoding', enc);
    const errors = errs === 0 ? 'strict' : strParam('str', 'errors', errs);
    if (isStr(obj)) throw raise(T.TypeError, 'decoding str is not supported');
    const buf = bufferOrNull(obj);
    if (buf === null) {
      throw raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeNameOfObj(obj)} found`);
    }
    value = decodeBytes(buf, encoding, errors);
  }
  return type === T.str ? newStr(value) : newStrOfType(value, type);
}

const slots = strSpec.slots;
slots.repr = (r) => newStr(reprStr(sv(r)));
slots.str = asExact;
slots.hash = strHash;
slots.compare = strCompare;
slots.len = strLen;
slots.getitem = strGetItem;
slots.contains = strContains;
slots.iter = newStrIter;
slots.binop = strBinop;
slots.inplace = (op, a, b) =>
  op === BinOp.Add && exactStr(a) && exactStr(b) ? strAppend(a, b) : newref(S.NotImplemented);
slots.new = strNew;
slots.bool = (r) => strLen(r) !== 0;
strSpec.flags |= TypeFlag.BaseType | TypeFlag.StrSubclass;

// A subclass instance's __dict__ lives in the word after its characters (TypeObj.DictOffset is -1).
const previousVarDictOffset = varDictOffset;
setVarDictOffset((obj) => {
  const lay = layoutOf(obj);
  if (lay === Layout.Str) return StrObj.Data + strDataWords(obj);
  if (lay === Layout.Bytes) return BytesObj.Data + ((I32[obj + BytesObj.Length] + 3) >> 2);
  return previousVarDictOffset(obj);
});

/** The dict word of a str/bytes subclass instance, or -1 when it has none. */
function varDictWord(r: Ref): number {
  const t = I32[r + Obj.Type];
  if (t === T.str || t === T.bytes || I32[t + TypeObj.DictOffset] !== -1) return -1;
  return r + varDictOffset(r);
}

// The collector finds a subclass instance's dict through the layout's traverser (the core releases it).
for (const lay of [Layout.Str, Layout.Bytes]) {
  const traverseBase = traversers[lay];
  traversers[lay] = (r, visit) => {
    if (traverseBase !== undefined) traverseBase(r, visit);
    const w = varDictWord(r);
    if (w >= 0 && I32[w] !== 0) visit(I32[w]);
  };
}

// ---- dunder methods --------------------------------------------------------------------------------------

staticMethod(strSpec, '__new__', (_self, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw raise(T.TypeError, 'str.__new__(): not enough arguments');
  const cls = args[0];
  if (!isType(cls)) throw raise(T.TypeError, `str.__new__(X): X is not a type object (${typeNameOfObj(cls)})`);
  if (!isSubtype(cls, T.str)) {
    throw raise(T.TypeError, `str.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of str`);
  }
  return strNew(cls, args.slice(1), kwnames);
});

function dunder(name: string, fn: (self: Ref, arg: Ref) => Ref): void {
  method(strSpec, name, (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== 1) throw raise(T.TypeError, `expected 1 argument, got ${args.length}`);
    return fn(self, args[0]);
  });
}

method(strSpec, '__repr__', (self) => slots.repr!(self));
method(strSpec, '__str__', (self) => asExact(self));
method(strSpec, '__hash__', (self) => {
  strHash(self);
  return newInt(I32[self + StrObj.Hash]);
});
method(strSpec, '__len__', (self) => newInt(strLen(self)));
method(strSpec, '__iter__', (self) => newStrIter(self));
dunder('__getitem__', strGetItem);
dunder('__contains__', (self, key) => boolRef(strContains(self, key)));
dunder('__add__', (self, other) => {
  if (!isStr(other)) throw raise(T.TypeError, `can only concatenate str (not "${typeNameOfObj(other)}") to str`);
  return concat(self, other);
});
dunder('__mul__', (self, n) => strRepeat(self, n));
dunder('__rmul__', (self, n) => strRepeat(self, n));
dunder('__mod__', (self, args) => strPercent(self, args));
dunder('__rmod__', (self, other) => (isStr(other) ? strPercent(other, self) : newref(S.NotImplemented)));
for (const [name, op] of [['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le], ['__eq__', CompareOp.Eq],
  ['__ne__', CompareOp.Ne], ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge]] as const) {
  dunder(name, (self, other) => strCompare(self, other, op));
}
method(strSpec, '__getnewargs__', (self) => tupleSteal([newStr(sv(self))]));
method(strSpec, '__sizeof__', (self) => {
  // CPython's compact layouts: a 48-byte header for ASCII text, 72 bytes otherwise, plus a terminator
  const flags = I32[self + StrObj.Flags];
  const len = strLen(self);
  if (flags & StrFlag.Ascii || len === 0) return newInt(48 + len + 1);
  return newInt(72 + (len + 1) * (flags & StrFlag.WidthMask));
});

// ---- case and predicates ---------------------------------------------------------------------------------

function simple(name: string, fn: (s: string) => string): void {
  method(strSpec, name, (self, args, kwnames) => {
    noArgs(`str.${name}`, args, kwnames);
    return newStr(fn(sv(self)));
  });
}
simple('lower', strLower);
simple('upper', strUpper);
simple('casefold', strCasefold);
simple('swapcase', strSwapcase);
simple('capitalize', strCapitalize);
simple('title', strTitle);

function predicate(name: string, fn: (s: string, self: Ref) => boolean): void {
  method(strSpec, name, (self, args, kwnames) => {
    noArgs(`str.${name}`, args, kwnames);
    return boolRef(fn(sv(self), self));
  });
}
const ALNUM = CharClass.Alpha | CharClass.Decimal | CharClass.Digit | CharClass.Numeric;
predicate('isascii', (s, self) => (I32[self + StrObj.Flags] & StrFlag.Ascii) !== 0 || ASCII_ONLY.test(s));
predicate('isalpha', (s) => (ASCII_ONLY.test(s) ? /^[A-Za-z]+$/.test(s) : allChars(s, CharClass.Alpha)));
predicate('isalnum', (s) => (ASCII_ONLY.test(s) ? /^[A-Za-z0-9]+$/.test(s) : allChars(s, ALNUM)));
predicate('isdecimal', (s) => (ASCII_ONLY.test(s) ? /^[0-9]+$/.test(s) : allChars(s, CharClass.Decimal)));
predicate('isdigit', (s) => (ASCII_ONLY.test(s) ? /^[0-9]+$/.test(s) : allChars(s, CharClass.Digit)));
predicate('isnumeric', (s) => (ASCII_ONLY.test(s) ? /^[0-9]+$/.test(s) : allChars(s, CharClass.Numeric)));
predicate('isspace', (s) => allChars(s, CharClass.Space));
predicate('isprintable', (s) => strIsPrintable(s));
predicate('islower', (s) => strIsLower(s));
predicate('isupper', (s) => strIsUpper(s));
predicate('istitle', (s) => strIsTitle(s));
predicate('isidentifier', (s) => strIsIdentifier(s));

// ---- searching -----------------------------------------------------------------------------------------

/** The (sub, start, end) arguments of find/count/index, adjusted; sub is checked by `check`. */
function searchArgs(name: string, self: Ref, args: Ref[], kwnames: string[] | null): [string, number, number, number] {
  tupleArgs(name, args, kwnames, 1, 3);
  const sub = mustBeStr(args[0]);
  const len = strLen(self);
  const [start, end] = adjustIndices(sliceBound(args[1]) ?? 0, sliceBound(args[2]), len);
  return [sub, start, end, len];
}

for (const name of ['find', 'index', 'rfind', 'rindex'] as const) {
  const reverse = name[0] === 'r';
  const raises = name.endsWith('index');
  method(strSpec, name, (self, args, kwnames) => {
    const [sub, start, end, len] = searchArgs(name, self, args, kwnames);
    const s = sv(self);
    const wide = strIsWide(self);
    const i = reverse ? rfindIn(s, sub, start, end, len, wide) : findIn(s, sub, start, end, len, wide);
    if (i < 0 && raises) throw raise(T.ValueError, 'substring not found');
    return newInt(i);
  });
}

method(strSpec, 'count', (self, args, kwnames) => {
  const [sub, start, end, len] = searchArgs('count', self, args, kwnames);
  return newInt(countIn(sv(self), sub, start, end, len, strIsWide(self)));
});

for (const name of ['startswith', 'endswith'] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    tupleArgs(name, args, kwnames, 1, 3);
    const len = strLen(self);
    const [start, end] = adjustIndices(sliceBound(args[1]) ?? 0, sliceBound(args[2]), len);
    const s = sv(self);
    const wide = strIsWide(self);
    const atEnd = name === 'endswith';
    const prefix = args[0];
    if (isTuple(prefix)) {
      for (let i = 0; i < tupleLen(prefix); i++) {
        const p = tupleItem(prefix, i);
        const ps = strArg(p, () => `tuple for ${name} must only contain str, not ${typeNameOfObj(p)}`);
        if (tailMatch(s, ps, start, end, len, wide, atEnd)) return S.True;
      }
      return S.False;
    }
    const ps = strArg(prefix, () => `${name} first arg must be str or a tuple of str, not ${typeNameOfObj(prefix)}`);
    return boolRef(tailMatch(s, ps, start, end, len, wide, atEnd));
  });
}

// ---- split, join, partition ------------------------------------------------------------------------------

for (const name of ['split', 'rsplit'] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    const [sepRef, maxRef] = kwArgs(name, ['sep', 'maxsplit'], args, kwnames);
    const maxsplit = maxRef === 0 ? -1 : ssizeArg(maxRef);
    const s = sv(self);
    if (sepRef === 0 || sepRef === S.None) {
      return strList(name === 'split' ? splitWhitespace(s, maxsplit) : rsplitWhitespace(s, maxsplit));
    }
    const sep = strArg(sepRef, () => `must be str or None, not ${typeNameOfObj(sepRef)}`);
    if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
    return strList(name === 'split' ? splitSep(s, sep, maxsplit) : rsplitSep(s, sep, maxsplit));
  });
}

method(strSpec, 'splitlines', (self, args, kwnames) => {
  const [keep] = kwArgs('splitlines', ['keepends'], args, kwnames);
  const keepends = keep !== 0 && ssizeArg(keep) !== 0;
  return strList(splitLines(sv(self), keepends));
});

/** sep.join(iterable) */
export function strJoin(sep: Ref, iterable: Ref): Ref {
  let items: Ref[];
  let owned = false;
  if (isList(iterable)) items = listItems(iterable);
  else if (isTuple(iterable)) items = tupleItems(iterable);
  else {
    const it = getIterOrNull(iterable);
    if (it === 0) throw raise(T.TypeError, 'can only join an iterable');
    items = [];
    owned = true;
    try {
      for (let v = iterNext(it); v !== 0; v = iterNext(it)) items.push(v);
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    } finally {
      decref(it);
    }
  }
  try {
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      if (!isStr(v)) {
        throw raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeNameOfObj(v)} found`);
      }
    }
    if (items.length === 1 && exactStr(items[0])) return newref(items[0]);
    const joined = strJoinLatin1(sep, items);
    if (joined !== 0) return joined;
    const parts = new Array<string>(items.length);
    for (let i = 0; i < items.length; i++) parts[i] = sv(items[i]);
    return newStr(parts.join(sv(sep)));
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

method(strSpec, 'join', (self, args, kwnames) => strJoin(self, oneArg('str.join', args, kwnames)));

for (const name of ['partition', 'rpartition'] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    const sep = mustBeStr(oneArg(`str.${name}`, args, kwnames));
    if (sep.length === 0) throw raise(T.ValueError, 'empty separator');
    const s = sv(self);
    const i = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep);
    if (i < 0) {
      const whole = asExact(self);
      const e1 = newref(S.emptyStr), e2 = newref(S.emptyStr);
      return tupleSteal(name === 'partition' ? [whole, e1, e2] : [e1, e2, whole]);
    }
    return tupleSteal([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
  });
}

// ---- replace, strip, affixes ---------------------------------------------------------------------------

method(strSpec, 'replace', (self, args, kwnames) => {
  posArgs('replace', args, kwnames, 2, 3);
  const old = strArg(args[0], () => `replace() argument 1 must be str, not ${typeNameOfObj(args[0])}`);
  const rep = strArg(args[1], () => `replace() argument 2 must be str, not ${typeNameOfObj(args[1])}`);
  const count = args.length > 2 ? ssizeArg(args[2]) : -1;
  const s = sv(self);
  const out = replaceText(s, old, rep, count);
  return out === s ? asExact(self) : newStr(out);
});

for (const [name, which] of [['strip', 3], ['lstrip', 1], ['rstrip', 2]] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    posArgs(name, args, kwnames, 0, 1);
    const chars = args.length === 0 || args[0] === S.None ? null
      : strArg(args[0], () => `${name} arg must be None or str`);
    const s = sv(self);
    const out = stripText(s, chars, which);
    return out.length === s.length ? asExact(self) : newStr(out);
  });
}

for (const name of ['removeprefix', 'removesuffix'] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    const a = oneArg(`str.${name}`, args, kwnames);
    const affix = strArg(a, () => `${name}() argument must be str, not ${typeNameOfObj(a)}`);
    const s = sv(self);
    if (affix.length > 0) {
      if (name === 'removeprefix' && s.startsWith(affix)) return newStr(s.slice(affix.length));
      if (name === 'removesuffix' && s.endsWith(affix)) return newStr(s.slice(0, s.length - affix.length));
    }
    return asExact(self);
  });
}

// ---- padding -----------------------------------------------------------------------------------------------

for (const [name, align] of [['center', 'c'], ['ljust', 'l'], ['rjust', 'r']] as const) {
  method(strSpec, name, (self, args, kwnames) => {
    posArgs(name, args, kwnames, 1, 2);
    const width = ssizeArg(args[0]);
    let fill = ' ';
    if (args.length > 1) {
      fill = strArg(args[1], () => `The fill character must be a unicode character, not ${typeNameOfObj(args[1])}`);
      if (strLen(args[1]) !== 1) throw raise(T.TypeError, 'The fill character must be exactly one character long');
    }
    const len = strLen(self);
    if (width <= len) return asExact(self);
    return newStr(padText(sv(self), len, width, fill, align));
  });
}

method(strSpec, 'zfill', (self, args, kwnames) => {
  const width = ssizeArg(oneArg('str.zfill', args, kwnames));
  const len = strLen(self);
  if (width <= len) return asExact(self);
  return newStr(zfillText(sv(self), len, width));
});

method(strSpec, 'expandtabs', (self, args, kwnames) => {
  const [tab] = kwArgs('expandtabs', ['tabsize'], args, kwnames);
  const tabsize = tab === 0 ? 8 : ssizeArg(tab);
  const s = sv(self);
  if (!s.includes('\t')) return asExact(self);
  return newStr(expandTabs(s, tabsize));
});

// ---- translate, maketrans ----------------------------------------------------------------------------

/** What translate() does with one code point: the replacement text, or null to keep it. */
function translateChar(table: Ref, cp: number): string | null {
  let v: Ref;
  const key = newInt(cp);
  if (isDict(table) && typeOf(table) === T.dict) {
    const found = dictGetItem(table, key);
    if (found === 0) return null;
    v = newref(found);
  } else {
    try {
      v = getItem(table, key);
    } catch (e) {
      if (e instanceof PyErr && isInstanceOfType(e.exc, T.LookupError)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  }
  try {
    if (v === S.None) return '';
    if (isInt(v)) {
      const n = intToSafe(v);
      if (n === null || n < 0 || n > 0x10ffff) {
        throw raise(T.ValueError, 'character mapping must be in range(0x110000)');
      }
      return String.fromCodePoint(n);
    }
    if (isStr(v)) return sv(v);
    throw raise(T.TypeError, 'character mapping must return integer, None or str');
  } finally {
    decref(v);
  }
}

method(strSpec, 'translate', (self, args, kwnames) => {
  const table = oneArg('str.translate', args, kwnames);
  const s = sv(self);
  const memo = new Map<number, string | null>();
  let out = '';
  let changed = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r = memo.get(cp);
    if (r === undefined) {
      r = translateChar(table, cp);
      memo.set(cp, r);
    }
    if (r === null) out += ch;
    else {
      out += r;
      changed = true;
    }
  }
  return changed ? newStr(out) : asExact(self);
});

staticMethod(strSpec, 'maketrans', (_self, args, kwnames) => {
  posArgs('maketrans', args, kwnames, 1, 3);
  const d = newDict();
  try {
    if (args.length === 1) {
      const x = args[0];
      if (!isDict(x)) throw raise(T.TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (const e of dictEntries(x)) {
        const k = I32[e + DictEntry.Key];
        const v = I32[e + DictEntry.Value];
        if (isStr(k)) {
          if (strLen(k) !== 1) throw raise(T.ValueError, 'string keys in translate table must be of length 1');
          const key = newInt(strCodePoint(k, 0));
          dictSetItem(d, key, v);
        } else if (isInt(k)) {
          dictSetItem(d, k, v);
        } else {
          throw raise(T.TypeError, 'keys in translate table must be strings or integers');
        }
      }
      return d;
    }
    const y = strArg(args[1], () => `maketrans() argument 2 must be str, not ${typeNameOfObj(args[1])}`);
    const z = args.length < 3 ? ''
      : strArg(args[2], () => `maketrans() argument 3 must be str, not ${typeNameOfObj(args[2])}`);
    const x = strArg(args[0], () => 'first maketrans argument must be a string if there is a second argument');
    const xs = Array.from(x), ys = Array.from(y);
    if (xs.length !== ys.length) throw raise(T.ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) {
      dictSetItem(d, newInt(xs[i].codePointAt(0)!), newInt(ys[i].codePointAt(0)!));
    }
    for (const ch of z) dictSetItem(d, newInt(ch.codePointAt(0)!), S.None);
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
});

// ---- encode -----------------------------------------------------------------------------------------------

method(strSpec, 'encode', (self, args, kwnames) => {
  const [enc, errs] = kwArgs('encode', ['encoding', 'errors'], args, kwnames);
  const encoding = enc === 0 ? 'utf-8' : strParam('encode', 'encoding', enc);
  const errors = errs === 0 ? 'strict' : strParam('encode', 'errors', errs);
  return newBytes(encodeText(sv(self), encoding, errors));
});
