// Formatting with str: str.format / str.format_map, the __format__ protocol (format(value, spec)),
// str.__format__, printf-style `str % args`, and ascii(). The parsing and the formatting of values are the
// pure functions of src/text/; this file connects them to Python objects.

import { I32 } from '../heap/heap';
import { TypeFlag, TypeObj } from '../heap/layout';
import { decref, newref, PyErr, raise, Ref, T, typeOf } from './core';
import { isStr, newStr, strSpec, strValue, takeStr } from './str';
import { method } from './typespec';
import { slotsOf } from './typespec';
import {
  callBound, getAttr, getItem, N, repr, reprJs, str as strOf, strJs, typeNameOfObj, index as indexOf,
  callDunder,
} from './abstract';
import { lookupType } from './type';
import { isInt, intToBigInt, newInt } from './int';
import { isTuple, tupleItem, tupleLen } from './tuple';
import { isDict } from './dict';
import { fromHost, isFloat, floatValue, toDouble } from './float';
import { formatStr } from '../text/format_builtin';
import { percentFormat, type PercentArgs } from '../text/percent_format';
import { parseFieldName, parseFormatTemplate, type TemplatePart } from '../text/format_template';

// ---- ascii() ------------------------------------------------------------------------------------------------

/** Escape every non-ASCII character of s as \xhh, \uhhhh or \Uhhhhhhhh (what ascii() does to a repr). */
export function asciiEscape(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** ascii(v) as a JS string. */
export function asciiOf(v: Ref): string {
  return asciiEscape(reprJs(v));
}

/** ascii(v) as a new str (what the VM's `!a` conversion and the ascii() builtin need). */
export function asciiRef(v: Ref): Ref {
  return newStr(asciiOf(v));
}

// ---- format(value, spec) --------------------------------------------------------------------------------

/** format(v, spec): type(v).__format__(v, spec), checked to return a str. Returns a new reference. */
export function formatObject(v: Ref, spec: Ref): Ref {
  if (typeOf(v) === T.str) {
    const sp = strValue(spec);
    if (sp === '') return newref(v);
    return newStr(formatText(strValue(v), sp, 'str'));
  }
  const f = lookupType(typeOf(v), N.__format__);
  if (f === 0) throw raise(T.TypeError, `Type ${typeNameOfObj(v)} doesn't define __format__`);
  const r = callBound(f, v, [spec]);
  if (!isStr(r)) {
    const tn = typeNameOfObj(r);
    decref(r);
    throw raise(T.TypeError, `__format__ must return a str, not ${tn}`);
  }
  return r;
}

function formatText(value: string, spec: string, typeName: string): string {
  try {
    return formatStr(value, spec, typeName);
  } catch (e) {
    throw fromHost(e);
  }
}

function formatToJs(v: Ref, spec: string): string {
  if (typeOf(v) === T.str) return spec === '' ? strValue(v) : formatText(strValue(v), spec, 'str');
  const sp = newStr(spec);
  try {
    return takeStr(formatObject(v, sp));
  } finally {
    decref(sp);
  }
}

method(strSpec, '__format__', (self, args, kwnames) => {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
    throw raise(T.TypeError, `str.__format__() takes exactly one argument (${args.length} given)`);
  }
  if (!isStr(args[0])) throw raise(T.TypeError, `__format__() argument must be str, not ${typeNameOfObj(args[0])}`);
  const spec = strValue(args[0]);
  // an empty spec means str(self): a subclass's __str__ counts
  if (spec === '') return strOf(self);
  return newStr(formatText(strValue(self), spec, typeNameOfObj(self)));
});

// ---- str.format ------------------------------------------------------------------------------------------

interface FormatSource {
  positional: Ref[] | null; // null for format_map
  keyword(name: string): Ref; // a new reference, or raises
}

interface Numbering {
  mode: 'none' | 'auto' | 'manual';
  next: number;
}

function positionalArg(src: FormatSource, i: number): Ref {
  if (src.positional === null) throw raise(T.ValueError, 'Format string contains positional fields');
  if (i >= src.positional.length) {
    throw raise(T.IndexError, `Replacement index ${i} out of range for positional args tuple`);
  }
  return newref(src.positional[i]);
}

/** The object a field name designates ("0", "name.attr[key]", "" for the next automatic number). */
function fieldObject(name: string, src: FormatSource, num: Numbering): Ref {
  const field = parseFieldName(name);
  let obj: Ref;
  if (field.first === '') {
    if (num.mode === 'manual') {
      throw raise(T.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    }
    num.mode = 'auto';
    obj = positionalArg(src, num.next++);
  } else if (typeof field.first === 'number') {
    if (num.mode === 'auto') {
      throw raise(T.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    num.mode = 'manual';
    obj = positionalArg(src, field.first);
  } else {
    obj = src.keyword(field.first);
  }
  try {
    for (const acc of field.accessors) {
      const key = acc.kind === 'attr' ? newStr(acc.name)
        : typeof acc.key === 'number' ? newInt(acc.key) : newStr(acc.key);
      let next: Ref;
      try {
        next = acc.kind === 'attr' ? getAttr(obj, key) : getItem(obj, key);
      } finally {
        decref(key);
      }
      decref(obj);
      obj = next;
    }
    if (field.error !== null) throw fromHost(field.error);
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function convert(obj: Ref, conversion: string): Ref {
  switch (conversion) {
    case 'r': return repr(obj);
    case 's': return strOf(obj);
    case 'a': return asciiRef(obj);
  }
  throw raise(T.ValueError, `Unknown conversion specifier ${conversion}`);
}

/** Expand a format template; depth limits nesting of fields inside specs (CPython allows one level). */
function render(template: string, src: FormatSource, num: Numbering, depth: number): string {
  if (depth <= 0) throw raise(T.ValueError, 'Max string recursion exceeded');
  let out = '';
  const parts = parseFormatTemplate(template);
  for (;;) {
    let step: IteratorResult<TemplatePart, void>;
    try {
      step = parts.next();
    } catch (e) {
      throw fromHost(e);
    }
    if (step.done) break;
    out += step.value.literal;
    const field = step.value.field;
    if (field === null) continue;
    let obj = fieldObject(field.fieldName, src, num);
    try {
      if (field.conversion !== null) {
        const c = convert(obj, field.conversion);
        decref(obj);
        obj = c;
      }
      const spec = field.specHasFields ? render(field.formatSpec, src, num, depth - 1) : field.formatSpec;
      out += formatToJs(obj, spec);
    } finally {
      decref(obj);
    }
  }
  return out;
}

method(strSpec, 'format', (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(0, args.length - nkw);
  const src: FormatSource = {
    positional,
    keyword(name) {
      const i = kwnames === null ? -1 : kwnames.indexOf(name);
      if (i < 0) throw keyError(name);
      return newref(args[positional.length + i]);
    },
  };
  return newStr(render(strValue(self), src, { mode: 'none', next: 0 }, 2));
});

method(strSpec, 'format_map', (self, args, kwnames) => {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
    throw raise(T.TypeError, `str.format_map() takes exactly one argument (${args.length} given)`);
  }
  const mapping = args[0];
  const src: FormatSource = {
    positional: null,
    keyword(name) {
      const k = newStr(name);
      try {
        return getItem(mapping, k);
      } finally {
        decref(k);
      }
    },
  };
  return newStr(render(strValue(self), src, { mode: 'none', next: 0 }, 2));
});

/** KeyError(name): the key is the exception's argument, so str(e) shows its repr. */
function keyError(name: string): PyErr {
  return raise(T.KeyError, name);
}

// ---- printf-style formatting ----------------------------------------------------------------------------

/** Does `%` treat the right operand as a mapping (PyMapping_Check: it has __getitem__)? */
export function isPercentMapping(v: Ref): boolean {
  if (isTuple(v) || isStr(v)) return false;
  if (isDict(v)) return true;
  const t = typeOf(v);
  if (I32[t + TypeObj.Flags] & TypeFlag.HeapType) return lookupType(t, N.__getitem__) !== 0;
  const slots = slotsOf(t);
  return slots !== undefined && slots.getitem !== undefined;
}

function hasDunder(v: Ref, name: Ref): boolean {
  return lookupType(typeOf(v), name) !== 0;
}

function truncToBigInt(x: number): bigint {
  if (x !== x) throw raise(T.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw raise(T.OverflowError, 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

function takeIntValue(r: Ref): bigint {
  try {
    if (!isInt(r)) throw raise(T.TypeError, `__int__ returned non-int (type ${typeNameOfObj(r)})`);
    return intToBigInt(r);
  } finally {
    decref(r);
  }
}

/** The integer %d/%x/... format (CPython's mainformatlong: %x needs __index__, %d accepts any real number). */
export function percentInteger(v: Ref, conv: string): bigint {
  if (isInt(v)) return intToBigInt(v);
  if (conv === 'o' || conv === 'x' || conv === 'X') {
    if (!hasDunder(v, N.__index__)) {
      throw raise(T.TypeError, `%${conv} format: an integer is required, not ${typeNameOfObj(v)}`);
    }
    return takeIntValue(indexOf(v));
  }
  if (isFloat(v)) return truncToBigInt(floatValue(v));
  if (hasDunder(v, N.__index__)) return takeIntValue(indexOf(v));
  if (hasDunder(v, N.__int__)) return takeIntValue(callDunder(v, N.__int__, []));
  if (hasDunder(v, N.__float__)) return truncToBigInt(toDouble(v));
  throw raise(T.TypeError, `%${conv} format: a real number is required, not ${typeNameOfObj(v)}`);
}

/** fmt % args for a str fmt. */
export function strPercent(fmt: Ref, args: Ref): Ref {
  const kind = isTuple(args) ? 'tuple' : isPercentMapping(args) ? 'mapping' : 'single';
  const owned: Ref[] = [];
  const adapter: PercentArgs<Ref> = {
    kind,
    count: kind === 'tuple' ? tupleLen(args) : 1,
    get: (i) => (kind === 'tuple' ? tupleItem(args, i) : args),
    toFloat: (v) => toDouble(v),
    toInteger: percentInteger,
    intValue: (v) => (isInt(v) ? intToBigInt(v) : null),
    getKey(key) {
      const k = newStr(key);
      try {
        const v = getItem(args, k);
        owned.push(v);
        return v;
      } finally {
        decref(k);
      }
    },
    str: (v) => strJs(v),
    repr: (v) => reprJs(v),
    ascii: asciiOf,
    strValue: (v) => (isStr(v) ? strValue(v) : null),
  };
  try {
    return newStr(percentFormat(strValue(fmt), adapter));
  } catch (e) {
    throw fromHost(e);
  } finally {
    for (const v of owned) decref(v);
  }
}
