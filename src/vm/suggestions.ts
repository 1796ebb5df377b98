// "Did you mean: 'x'?" for printed AttributeError and NameError reports (Python 3.11 adds it to the last line
// of a traceback, never to str(e)). The candidate closest to the missing name wins, by an edit distance in
// which changing only the case of a letter costs less than other edits; candidates too far away, too long, or
// too many to search give no suggestion.

import { I32 } from '../heap/heap';
import { ExcObj, FrameObj, TracebackObj } from '../heap/layout';
import { decref, PyErr, raise, Ref, S, T } from '../objects/core';
import { call, getAttrOrNull, isInstanceOfType, setAttr } from '../objects/abstract';
import { vmHooks } from './hooks';
import { dictGetStr } from '../objects/dict';
import { intern, isStr, strValue } from '../objects/str';
import { isList, listItems } from '../objects/list';
import { codeInfo } from '../objects/code';
import { moduleDict } from '../objects/module';

const MOVE_COST = 2; // inserting, deleting or replacing a character
const CASE_COST = 1; // replacing a character by the same letter in another case
const MAX_CANDIDATES = 750;
const MAX_NAME_LENGTH = 40;

/** Edit distance between a and b, or a value above limit once it is certain to exceed it. */
function distance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j * MOVE_COST;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i * MOVE_COST;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1], cb = b[j - 1];
      const sub = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? CASE_COST : MOVE_COST;
      const v = Math.min(diag + sub, row[j] + MOVE_COST, row[j - 1] + MOVE_COST);
      diag = row[j];
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length];
}

/** The candidate closest to name, or null. */
export function closestName(name: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATES || name.length > MAX_NAME_LENGTH) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name || c.length > MAX_NAME_LENGTH) continue;
    const limit = Math.min(Math.floor(((name.length + c.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(name, c, limit);
    if (d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The str items of a list (borrowed), sorted as dir() returns them. */
function strItems(l: Ref): string[] {
  return isList(l) ? listItems(l).filter(isStr).map(strValue) : [];
}

function dirOf(obj: Ref): string[] {
  const dirFn = dictGetStr(moduleDict(S.builtinsModule), intern('dir'));
  if (dirFn === 0) return [];
  const l = call(dirFn, [obj], null);
  try {
    return strItems(l);
  } finally {
    decref(l);
  }
}

function dictKeys(d: Ref): string[] {
  if (d === 0) return [];
  const l = call(T.list, [d], null);
  try {
    return strItems(l).sort();
  } finally {
    decref(l);
  }
}

/** The names visible where a NameError was raised: the innermost traceback frame's locals, globals, builtins. */
function nameCandidates(exc: Ref): string[][] {
  let tb = I32[exc + ExcObj.Traceback];
  if (tb === 0) return [];
  while (I32[tb + TracebackObj.Next] !== 0) tb = I32[tb + TracebackObj.Next];
  const frame = I32[tb + TracebackObj.Frame];
  if (frame === 0) return [];
  const locals = I32[frame + FrameObj.Locals];
  const info = codeInfo(I32[frame + FrameObj.Code]);
  const localNames = locals !== 0 ? dictKeys(locals) : [...info.varnames, ...info.cellvars, ...info.freevars].sort();
  const builtins = I32[frame + FrameObj.Builtins];
  return [localNames, dictKeys(I32[frame + FrameObj.Globals]), builtins === 0 ? [] : dictKeys(builtins)];
}

/** " Did you mean: 'x'?" text for an AttributeError or NameError, or '' (errors while looking are ignored). */
export function suggestionFor(exc: Ref): string {
  try {
    const isAttr = isInstanceOfType(exc, T.AttributeError);
    if (!isAttr && !isInstanceOfType(exc, T.NameError)) return '';
    const nameRef = getAttrOrNull(exc, intern('name'));
    if (nameRef === 0) return '';
    const name = isStr(nameRef) ? strValue(nameRef) : null;
    decref(nameRef);
    if (name === null) return '';
    let groups: string[][];
    if (isAttr) {
      const obj = getAttrOrNull(exc, intern('obj'));
      if (obj === 0 || obj === S.None) {
        decref(obj);
        return '';
      }
      try {
        groups = [dirOf(obj)];
      } finally {
        decref(obj);
      }
    } else {
      groups = nameCandidates(exc);
    }
    for (const g of groups) {
      const found = closestName(name, g);
      if (found !== null) return `. Did you mean: '${found}'?`;
    }
    return '';
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return '';
    }
    throw e;
  }
}

// NameError remembers the missing name (its suggestion is computed when the report is printed).
vmHooks.nameError = (name: string): PyErr => {
  const err = raise(T.NameError, `name '${name}' is not defined`);
  setAttr(err.exc, intern('name'), intern(name));
  return err;
};
