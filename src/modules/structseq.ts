// Struct sequence classes (time.struct_time, os.stat_result …) for native modules. The classes are made
// by lib/_structseq.py, once per interpreter, when the module that owns them is created; natives find
// them again in that module's dict.

import { decref, Ref } from '../objects/core';
import { call, callMethod } from '../objects/abstract';
import { intern, newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { tupleSteal } from '../objects/tuple';
import { moduleDict } from '../objects/module';
import { importModule } from '../vm/import';

export interface StructSeqDef {
  name: string;
  module: string;
  fields: string[];
  nSequence: number;
  /** attribute-only field → index of the tuple item it falls back to */
  fallbacks?: Record<string, number>;
  nUnnamed?: number;
}

/** Make the class (new reference). */
export function makeStructSeqType(def: StructSeqDef): Ref {
  const helper = importModule('_structseq');
  const fb = newDict();
  for (const [k, v] of Object.entries(def.fallbacks ?? {})) {
    const i = newInt(v);
    dictSetItem(fb, intern(k), i);
    decref(i);
  }
  const args = [newStr(def.name), newStr(def.module), tupleSteal(def.fields.map((f) => newStr(f))),
    newInt(def.nSequence), fb, newInt(def.nUnnamed ?? 0)];
  try {
    return callMethod(helper, 'structseq', args);
  } finally {
    for (const a of args) decref(a);
    decref(helper);
  }
}

/** An instance of the struct sequence class `name` kept in module m's dict, from new refs (stolen). */
export function newStructSeq(m: Ref, name: string, values: Ref[]): Ref {
  const cls = dictGetStr(moduleDict(m), intern(name));
  const t = tupleSteal(values);
  try {
    return call(cls, [t], null);
  } finally {
    decref(t);
  }
}

