// The _string module: the str.format template parser, exposed for string.Formatter.
//
// Both iterators report a syntax error only when iteration reaches it (as CPython's do). Parsing has no side
// effects, so each iterator parses its whole input up front into a list of result tuples plus the deferred
// error, and then walks the list: everything stays in the heap, and any worker can resume it.

import { I32 } from '../heap/heap';
import { IterObj, Layout } from '../heap/layout';
import { allocObject, decref, newref, PyErr, raise, Ref, S, T } from '../objects/core';
import { defineType, method } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { newInt } from '../objects/int';
import { isStr, newStr, strValue } from '../objects/str';
import { tupleSteal } from '../objects/tuple';
import { listLen, listItem, listSteal } from '../objects/list';
import { typeNameOfObj } from '../objects/abstract';
import { fromHost } from '../objects/float';
import { IterRefs } from '../objects/iterators';
import { parseFieldName, parseFormatTemplate, type FieldAccessor } from '../text/format_template';
import { HostError } from '../text/host_error';
import { defineModule } from './registry';

// Iterators over a precomputed list: Source = the list of results, Index = the position, Extra = the
// exception to raise after the last result (or 0).
function precomputedIterType(name: string) {
  const spec = defineType({
    name, layout: Layout.Iterator, basicWords: IterObj.Size,
    slots: { iter: (it) => newref(it), next: precomputedNext },
  });
  method(spec, '__iter__', (self) => newref(self));
  method(spec, '__next__', (self) => {
    const v = precomputedNext(self);
    if (v === 0) throw raise(T.StopIteration);
    return v;
  });
  return spec;
}

function precomputedNext(it: Ref): Ref {
  const l = I32[it + IterObj.Source];
  if (l === 0) return 0;
  const i = I32[it + IterObj.Index];
  if (i < listLen(l)) {
    I32[it + IterObj.Index] = i + 1;
    return newref(listItem(l, i));
  }
  I32[it + IterObj.Source] = 0;
  decref(l);
  const err = I32[it + IterObj.Extra];
  if (err !== 0) {
    I32[it + IterObj.Extra] = 0;
    throw new PyErr(err); // the iterator's reference passes to the exception in flight
  }
  return 0;
}

export const formatterIterSpec = precomputedIterType('formatteriterator');
export const fieldNameIterSpec = precomputedIterType('fieldnameiterator');

/** A precomputed iterator of `type` over new refs `items`, failing with `error` (a HostError) at the end. */
function newPrecomputedIter(typeName: string, items: Ref[], error: unknown): Ref {
  let exc = 0;
  if (error !== null) {
    const e = fromHost(error);
    if (!(e instanceof PyErr)) {
      for (const v of items) decref(v);
      throw e;
    }
    exc = e.exc;
  }
  const it = allocObject(specTypeRef(typeName), IterObj.Size);
  I32[it + IterObj.Kind] = IterRefs.Tag | IterRefs.Extra;
  I32[it + IterObj.Source] = listSteal(items);
  I32[it + IterObj.Extra] = exc;
  return it;
}

function strArg(args: Ref[], kwnames: string[] | null, fname: string): string {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(T.TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  if (!isStr(args[0])) throw raise(T.TypeError, `expected str, got ${typeNameOfObj(args[0])}`);
  return strValue(args[0]);
}

const strOrNone = (s: string | null): Ref => (s === null ? S.None : newStr(s));

/** A field key as _string gives it: an int for a decimal index, else a str. */
const keyRef = (k: number | string): Ref => (typeof k === 'number' ? newInt(k) : newStr(k));

export const stringModule = defineModule('_string', {
  gilSafe: true, // no state
  functions: {
    formatter_parser: (_m, args, kwnames) => {
      const text = strArg(args, kwnames, 'formatter_parser');
      const items: Ref[] = [];
      let error: unknown = null;
      try {
        for (const part of parseFormatTemplate(text)) {
          const f = part.field;
          items.push(tupleSteal(f === null
            ? [newStr(part.literal), S.None, S.None, S.None]
            : [newStr(part.literal), newStr(f.fieldName), newStr(f.formatSpec), strOrNone(f.conversion)]));
        }
      } catch (e) {
        if (!(e instanceof HostError)) {
          for (const v of items) decref(v);
          throw e;
        }
        error = e;
      }
      return newPrecomputedIter('formatteriterator', items, error);
    },
    formatter_field_name_split: (_m, args, kwnames) => {
      const text = strArg(args, kwnames, 'formatter_field_name_split');
      let parsed;
      try {
        parsed = parseFieldName(text);
      } catch (e) {
        throw fromHost(e);
      }
      const rest = parsed.accessors.map((a: FieldAccessor) => tupleSteal(a.kind === 'attr'
        ? [newref(S.True), newStr(a.name)]
        : [newref(S.False), keyRef(a.key)]));
      const it = newPrecomputedIter('fieldnameiterator', rest, parsed.error);
      return tupleSteal([keyRef(parsed.first), it]);
    },
  },
});
