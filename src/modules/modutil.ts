// Small helpers shared by native modules: exception classes a module defines itself (struct.error,
// binascii.Error …) and finding them again from a native.

import { I32 } from '../heap/heap';
import { Layout, MemoryViewObj } from '../heap/layout';
import { decref, layoutOf, PyErr, Ref, S, T } from '../objects/core';
import { bufferOrNull } from '../objects/bytes_common';
import { call } from '../objects/abstract';
import { intern, newStr } from '../objects/str';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict';
import { tupleFrom } from '../objects/tuple';
import { moduleDict, setModuleAttrSteal } from '../objects/module';
import { newException } from '../objects/exceptions';

/**
 * Make `class <name>(*bases)` with __module__ = `module` (as type() would) and store it on the module
 * object m under `name`.
 */
export function addExceptionClass(m: Ref, module: string, name: string, bases: Ref[] = [T.Exception]): void {
  const ns = newDict();
  const modName = newStr(module);
  dictSetItem(ns, intern('__module__'), modName);
  decref(modName);
  const nameRef = newStr(name);
  const basesRef = tupleFrom(bases);
  try {
    setModuleAttrSteal(m, name, call(T.type, [nameRef, basesRef, ns], null));
  } finally {
    decref(nameRef);
    decref(basesRef);
    decref(ns);
  }
}

/**
 * A module-level attribute of an imported module (borrowed), found through sys.modules. Natives use it to
 * reach their module's exception class: the class is a heap object made when the module was imported, so
 * every worker finds the same one there.
 */
export function importedModuleAttr(module: string, attr: string): Ref {
  const m = dictGetStr(S.modules, intern(module));
  if (m === 0 || m === S.None) return 0;
  return dictGetStr(moduleDict(m), intern(attr));
}

/** An exception of the module's own class `attr` (e.g. struct.error) with a message. */
export function moduleError(module: string, message: string, attr = 'error'): PyErr {
  const t = importedModuleAttr(module, attr) || T.Exception;
  const msg = newStr(message);
  const e = newException(t, [msg]);
  decref(msg);
  return new PyErr(e);
}

/**
 * The bytes of a writable bytes-like object (bytearray, array.array, a writable memoryview), as a view into
 * the heap, or null when r is read-only or not a buffer.
 */
export function writableBuffer(r: Ref): Uint8Array | null {
  switch (layoutOf(r)) {
    case Layout.ByteArray:
      return bufferOrNull(r);
    case Layout.MemoryView: {
      const source = I32[r + MemoryViewObj.Source];
      const readOnly = layoutOf(source) !== Layout.ByteArray || (I32[r + MemoryViewObj.Released] & ViewReadOnly) !== 0;
      return readOnly ? null : bufferOrNull(r);
    }
  }
  return null;
}

/** The read-only bit of MemoryViewObj.Released (memoryview.ts's ViewFlag.ReadOnly). */
const ViewReadOnly = 2;
