// The buffered writers that hold unwritten bytes, so that they can all be written out at exit (CPython
// does it as it tears the objects down; gilt does not tear down the heap at exit).
//
// The set is shared by all threads, so it lives in the heap: a bytearray in the _io module's dict whose
// bytes are int32 addresses of the writers. The addresses are not references (a writer that dies writes
// itself out and leaves the set), which is also why they hide in a bytearray the collector does not look in.

import { decref, Ref, S } from '../objects/core';
import { intern } from '../objects/str';
import { dictGetStr, dictSetItem } from '../objects/dict';
import { moduleDict } from '../objects/module';
import { newByteArray, byteArrayLen, byteArrayResize } from '../objects/bytearray';
import { byteArrayView } from '../objects/bytes_common';
import { importModule } from '../vm/import';

const KEY = '_gilt_dirty_writers';

/** The bytearray of addresses (borrowed), made on first use; 0 if it does not exist and create is false. */
function registry(create: boolean): Ref {
  let m = S.modules === 0 ? 0 : dictGetStr(S.modules, intern('_io'));
  if (m === 0) {
    if (!create) return 0;
    decref(importModule('_io'));
    m = dictGetStr(S.modules, intern('_io'));
  }
  const d = moduleDict(m);
  let reg = dictGetStr(d, intern(KEY));
  if (reg === 0 && create) {
    const fresh = newByteArray(new Uint8Array(0));
    dictSetItem(d, intern(KEY), fresh);
    decref(fresh);
    reg = fresh;
  }
  return reg;
}

function addresses(reg: Ref): DataView {
  const v = byteArrayView(reg);
  return new DataView(v.buffer, v.byteOffset, v.length);
}

export function markDirty(w: Ref): void {
  const reg = registry(true);
  const n = byteArrayLen(reg);
  byteArrayResize(reg, n + 4);
  addresses(reg).setInt32(n, w, true);
}

export function markClean(w: Ref): void {
  const reg = registry(false);
  if (reg === 0) return;
  const view = addresses(reg);
  const n = view.byteLength;
  for (let i = 0; i < n; i += 4) {
    if (view.getInt32(i, true) === w) {
      view.setInt32(i, view.getInt32(n - 4, true), true);
      byteArrayResize(reg, n - 4);
      return;
    }
  }
}

/** The writers with unwritten bytes (a snapshot). */
export function dirtyWriters(): Ref[] {
  const reg = registry(false);
  if (reg === 0) return [];
  const view = addresses(reg);
  const out: Ref[] = [];
  for (let i = 0; i < view.byteLength; i += 4) out.push(view.getInt32(i, true));
  return out;
}
