// Fast paths the eval loop tries before the generic protocols of abstract.ts: arithmetic and comparisons on
// exact ints and floats, list stores, and the inline caches of attribute and global lookups (below). Each returns 0 (or false) when it does not apply, and the loop then
// takes the generic path, so behaviour (results, errors, which dunder runs) is the same either way.

import { ftSafe } from '../gil/ft';
import { F64, I32 } from '../heap/heap';
import {
  Block, CodeFlag, DescrObj, DictEntry, FloatObj, Frame, FunctionObj, Layout, ListObj, MethodKind, Obj, TypeFlag,
  TypeObj,
} from '../heap/layout';
import { decref, incref, PyErr, raise, Ref, S, T } from '../objects/core';
import { getAttr, instanceDict, isDataDescriptorType, N, setAttr, typeNameOfObj } from '../objects/abstract';
import { codeInfo } from '../objects/code';
import { objectNew } from '../objects/object';
import {
  dictEntryAt, dictFindStr, dictGetStr, dictReplaceAtHint, dictSetItem, dictSurelyLacks, dictValueAtHint, newDict,
} from '../objects/dict';
import { isSubtype, lookupType } from '../objects/type';
import { slotsOf } from '../objects/typespec';
import { builtinLookup, nameError } from './eval';
import { BinOp, CompareOp, InplaceOffset } from '../objects/typespec';
import { intBinop, intCompare } from '../objects/int';
import { newFloat } from '../objects/float';
import { strEquals } from '../objects/str';

/**
 * a <op> b (or a <op>= b) for exact ints and floats, as a new reference; 0 when the generic path must run.
 * For exact ints and floats the in-place form is the binary one (neither type has in-place slots).
 */
export function numberBinop(op: number, a: Ref, b: Ref): Ref {
  if (op >= InplaceOffset) op -= InplaceOffset;
  let x: number, y: number;
  if ((a & 1) === 1) {
    if ((b & 1) === 1) return op === BinOp.MatMul ? 0 : intBinop(op, a, b);
    const tb = I32[b + Obj.Type];
    if (tb === T.int) return op === BinOp.MatMul ? 0 : intBinop(op, a, b);
    if (tb !== T.float) return 0;
    x = a >> 1;
    y = F64[(b + FloatObj.Value) >> 1];
  } else {
    const ta = I32[a + Obj.Type];
    if (ta === T.float) {
      x = F64[(a + FloatObj.Value) >> 1];
      if ((b & 1) === 1) y = b >> 1;
      else if (I32[b + Obj.Type] === T.float) y = F64[(b + FloatObj.Value) >> 1];
      else return 0;
    } else if (ta === T.int) {
      if ((b & 1) === 1 || I32[b + Obj.Type] === T.int) return op === BinOp.MatMul ? 0 : intBinop(op, a, b);
      return 0;
    } else {
      return 0;
    }
  }
  let v: number;
  switch (op) {
    case BinOp.Add: v = x + y; break;
    case BinOp.Sub: v = x - y; break;
    case BinOp.Mul: v = x * y; break;
    case BinOp.TrueDiv:
      if (y === 0) return 0; // the generic path raises ZeroDivisionError
      v = x / y;
      break;
    default: return 0;
  }
  // A float operand that only the value stack holds dies with this operation: put the result in it instead
  // of allocating (the caller's decref of the operand then leaves the result's one reference).
  if ((a & 1) === 0 && I32[a + Obj.RefCnt] === 1 && I32[a + Obj.Type] === T.float) {
    F64[(a + FloatObj.Value) >> 1] = v;
    I32[a + Obj.RefCnt] = 2;
    return a;
  }
  if ((b & 1) === 0 && I32[b + Obj.RefCnt] === 1 && I32[b + Obj.Type] === T.float) {
    F64[(b + FloatObj.Value) >> 1] = v;
    I32[b + Obj.RefCnt] = 2;
    return b;
  }
  return newFloat(v);
}

/**
 * a <op> b for exact ints and floats, and == / != for exact strs, as True/False (immortal: not counted); 0 when
 * the generic path must run.
 */
export function numberCompare(op: CompareOp, a: Ref, b: Ref): Ref {
  let x: number, y: number;
  if ((op === CompareOp.Eq || op === CompareOp.Ne) && (a & 1) === 0 && (b & 1) === 0 &&
    I32[a + Obj.Type] === T.str && I32[b + Obj.Type] === T.str) {
    return strEquals(a, b) === (op === CompareOp.Eq) ? S.True : S.False;
  }
  if ((a & 1) === 1) {
    x = a >> 1;
    if ((b & 1) === 1) y = b >> 1;
    else {
      const tb = I32[b + Obj.Type];
      if (tb === T.int) return intCompare(a, b, op);
      if (tb !== T.float) return 0;
      y = F64[(b + FloatObj.Value) >> 1];
    }
  } else {
    const ta = I32[a + Obj.Type];
    if (ta === T.float) {
      x = F64[(a + FloatObj.Value) >> 1];
      if ((b & 1) === 1) y = b >> 1; // a tagged int is exact as a double
      else if (I32[b + Obj.Type] === T.float) y = F64[(b + FloatObj.Value) >> 1];
      else return 0;
    } else if (ta === T.int) {
      if ((b & 1) === 1 || I32[b + Obj.Type] === T.int) return intCompare(a, b, op);
      return 0;
    } else {
      return 0;
    }
  }
  let r: boolean;
  switch (op) {
    case CompareOp.Lt: r = x < y; break;
    case CompareOp.Le: r = x <= y; break;
    case CompareOp.Eq: r = x === y; break;
    case CompareOp.Ne: r = x !== y; break;
    case CompareOp.Gt: r = x > y; break;
    default: r = x >= y;
  }
  return r ? S.True : S.False;
}

/** container[key] = v for an exact list and an in-range tagged int; takes over the stack's reference to v. */
export function listStoreFast(container: Ref, key: Ref, v: Ref): boolean {
  if ((key & 1) === 0 || (container & 1) === 1 || I32[container + Obj.Type] !== T.list) return false;
  if (__GILT_FT__ && ftSafe) return false; // free-threaded: the list's setitem slot takes its lock
  const n = I32[container + ListObj.Length];
  let i = key >> 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return false;
  const p = I32[container + ListObj.Items] + Block.RawHeaderWords + i;
  const old = I32[p];
  I32[p] = v;
  decref(old);
  return true;
}

// ---- inline caches -------------------------------------------------------------------------------------------
// LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD remember what they found in the ICache.Words words of
// CodeInfo.icache that belong to the instruction (at c). CodeInfo is per worker, so these are too. Nothing
// is trusted without a check against the heap as it is now: a type is matched by address *and* version tag
// (tags come from one heap counter and are never reused; a type gets a new one whenever it or a base
// changes), and a dict hint is an entry position whose key is compared with the name (dictValueAtHint).
// A stale entry therefore only costs the generic path, whichever worker changed the heap.

/** d[name] (borrowed) for a str name, or 0, remembering the entry's position in cache[k]. */
export function dictGetHinted(d: Ref, name: Ref, cache: Int32Array, k: number): Ref {
  const v = dictValueAtHint(d, name, cache[k]);
  if (v !== 0) return v;
  const ix = dictFindStr(d, name);
  if (ix < 0) return 0;
  cache[k] = ix;
  return I32[dictEntryAt(d, ix) + DictEntry.Value];
}

/** d[name] = v (borrowed) when name is already a key; false (nothing done) when it is not. */
export function dictStoreHinted(d: Ref, name: Ref, v: Ref, cache: Int32Array, k: number): boolean {
  if (dictReplaceAtHint(d, name, cache[k], v)) return true;
  const ix = dictFindStr(d, name);
  if (ix < 0) return false;
  cache[k] = ix;
  return dictReplaceAtHint(d, name, ix, v);
}

/** LOAD_GLOBAL: the borrowed value of a global or builtin name; raises NameError. */
export function loadGlobal(fp: number, name: Ref, cache: Int32Array, c: number): Ref {
  const g = I32[fp + Frame.Globals];
  let v = dictValueAtHint(g, name, cache[c]);
  if (v !== 0) return v;
  const b = I32[fp + Frame.Builtins];
  if (I32[b + Obj.Type] === T.dict && dictSurelyLacks(g, name)) {
    v = dictValueAtHint(b, name, cache[c + 1]);
    if (v !== 0) return v;
  }
  let ix = dictFindStr(g, name);
  if (ix >= 0) {
    cache[c] = ix;
    return I32[dictEntryAt(g, ix) + DictEntry.Value];
  }
  if (I32[b + Obj.Type] === T.dict) {
    ix = dictFindStr(b, name);
    if (ix >= 0) {
      cache[c + 1] = ix;
      return I32[dictEntryAt(b, ix) + DictEntry.Value];
    }
  } else {
    v = builtinLookup(b, name);
    if (v !== 0) return v;
  }
  throw nameError(name);
}

/**
 * Can an instance attribute `name` of type t be read from and written to the instance __dict__ directly?
 * Yes when t has a dict slot, no custom attribute hooks, and the MRO has no data descriptor for the name
 * (only values of builtin types are accepted there: whether they are descriptors cannot change).
 */
function plainInstanceAttr(t: Ref, name: Ref, hookFlags: number): boolean {
  if (I32[t + TypeObj.Version] === 0 || (I32[t + TypeObj.Flags] & hookFlags) !== 0) return false;
  if (I32[t + TypeObj.DictOffset] <= 0) return false;
  const slots = slotsOf(t);
  if (slots.getattr !== undefined || slots.setattr !== undefined) return false;
  const descr = lookupType(t, name);
  if (descr === 0 || (descr & 1) === 1) return true;
  const dt = I32[descr + Obj.Type];
  return (I32[dt + TypeObj.Flags] & TypeFlag.HeapType) === 0 && !isDataDescriptorType(dt);
}

/** LOAD_ATTR: obj.name as a new reference. */
/**
 * The word offset of the __slots__ member `name` of instances of t, when attribute access on them is the
 * member descriptor's plain read or write of that word; 0 otherwise.
 */
function plainSlotOffset(t: Ref, name: Ref, hookFlags: number): number {
  if (I32[t + TypeObj.Version] === 0 || (I32[t + TypeObj.Flags] & hookFlags) !== 0) return 0;
  const slots = slotsOf(t);
  if (slots.getattr !== undefined || slots.setattr !== undefined) return 0;
  const descr = lookupType(t, name);
  if (descr === 0 || (descr & 1) === 1 || I32[descr + Obj.Type] !== T.member_descriptor) return 0;
  if (!isSubtype(t, I32[descr + DescrObj.OwnerType])) return 0;
  return I32[descr + DescrObj.Setter];
}

/**
 * What an attribute cache entry records in its third word: the instance dict's offset (> 0), minus a
 * __slots__ member's offset (< 0), or 0 for "neither": take the generic path without asking again.
 */
function attrPlace(t: Ref, name: Ref, hookFlags: number): number {
  if (plainInstanceAttr(t, name, hookFlags)) return I32[t + TypeObj.DictOffset];
  return -plainSlotOffset(t, name, hookFlags);
}

export function loadAttr(obj: Ref, name: Ref, cache: Int32Array, c: number): Ref {
  if ((obj & 1) === 0) {
    const t = I32[obj + Obj.Type];
    if (cache[c] === t && cache[c + 1] === I32[t + TypeObj.Version]) {
      const place = cache[c + 2];
      if (place < 0) {
        // a __slots__ member: an empty one raises AttributeError on the generic path
        const v = I32[obj - place];
        if (v !== 0) {
          incref(v);
          return v;
        }
        return getAttr(obj, name);
      }
      const d = place === 0 ? 0 : I32[obj + place];
      if (d !== 0) {
        let v = dictValueAtHint(d, name, cache[c + 3]);
        if (v === 0) {
          const ix = dictFindStr(d, name);
          if (ix >= 0) {
            cache[c + 3] = ix;
            v = I32[dictEntryAt(d, ix) + DictEntry.Value];
          }
        }
        if (v !== 0) {
          incref(v);
          return v;
        }
      }
    } else if (I32[t + TypeObj.Version] !== 0) {
      cache[c] = t;
      cache[c + 1] = I32[t + TypeObj.Version];
      cache[c + 2] = attrPlace(t, name, TypeFlag.HasGetattribute);
      cache[c + 3] = 0;
    }
  }
  return getAttr(obj, name);
}

/** STORE_ATTR: obj.name = v (v borrowed). */
export function storeAttr(obj: Ref, name: Ref, v: Ref, cache: Int32Array, c: number): void {
  if ((obj & 1) === 0) {
    const t = I32[obj + Obj.Type];
    if (cache[c] === t && cache[c + 1] === I32[t + TypeObj.Version]) {
      const off = cache[c + 2];
      if (off < 0) {
        // a __slots__ member (what its descriptor's set does)
        const p = obj - off;
        const old = I32[p];
        incref(v);
        I32[p] = v;
        decref(old);
        return;
      }
      if (off !== 0) {
        // what object.__setattr__ would do for a plain instance attribute: store in the __dict__
        let d = I32[obj + off];
        if (d === 0) {
          d = newDict();
          I32[obj + off] = d;
        }
        if (dictReplaceAtHint(d, name, cache[c + 3], v)) return;
        const ix = dictFindStr(d, name);
        if (ix >= 0) cache[c + 3] = ix;
        dictSetItem(d, name, v);
        return;
      }
    } else if (I32[t + TypeObj.Version] !== 0) {
      cache[c] = t;
      cache[c + 1] = I32[t + TypeObj.Version];
      cache[c + 2] = attrPlace(t, name, TypeFlag.HasSetattr);
      cache[c + 3] = 0;
    }
  }
  setAttr(obj, name, v);
}

/**
 * LOAD_METHOD's lookup: a borrowed unbound method on obj's type that the instance does not shadow, or 0
 * (then the caller falls back to getattr). The cache holds the type, its version, its dict offset and the
 * method found.
 */
export function lookupMethod(obj: Ref, name: Ref, cache: Int32Array, c: number): Ref {
  const t = (obj & 1) === 1 ? T.int : I32[obj + Obj.Type];
  let m: Ref;
  if (cache[c] === t && cache[c + 1] === I32[t + TypeObj.Version]) {
    m = cache[c + 3];
  } else {
    m = methodOnType(t, name);
    if (I32[t + TypeObj.Version] !== 0) {
      cache[c] = t;
      cache[c + 1] = I32[t + TypeObj.Version];
      cache[c + 3] = m;
    }
  }
  if (m === 0) return 0;
  const off = I32[t + TypeObj.DictOffset];
  if (off !== 0) {
    const d = off > 0 ? I32[obj + off] : instanceDict(obj, false);
    if (d !== 0 && !dictSurelyLacks(d, name) && dictGetStr(d, name) !== 0) return 0;
  }
  return m;
}

/** A function or instance method descriptor that t's MRO has for name (borrowed), when LOAD_METHOD may use it. */
function methodOnType(t: Ref, name: Ref): Ref {
  if (I32[t + TypeObj.Flags] & TypeFlag.HasGetattribute) return 0;
  const lay = I32[t + TypeObj.Layout];
  if (lay === Layout.Type || lay === Layout.Module || lay === Layout.Super) return 0;
  const descr = lookupType(t, name);
  if (descr === 0 || (descr & 1) === 1) return 0;
  const dt = I32[descr + Obj.Type];
  if (dt === T.function) return descr;
  if ((dt === T.method_descriptor || dt === T.wrapper_descriptor) && I32[descr + DescrObj.Kind] === MethodKind.Instance) return descr;
  return 0;
}

/**
 * For C(...) where C is a class (of metaclass type) whose instances come from object.__new__ and whose __init__
 * is a plain Python function: that __init__ (borrowed), so CALL can run it as a frame of its own loop. 0 when
 * type.__call__ must do the work.
 */
export function plainInit(cls: Ref): Ref {
  if ((I32[cls + TypeObj.Flags] & (TypeFlag.HeapType | TypeFlag.Abstract)) !== TypeFlag.HeapType) return 0;
  if (lookupType(cls, N.__new__) !== objectNew()) return 0;
  // exceptions (and other builtin layouts) are made by type.__call__'s own rules (args kept, fields set)
  if (I32[cls + TypeObj.Layout] !== Layout.Object) return 0;
  const init = lookupType(cls, N.__init__);
  if (init === 0 || (init & 1) === 1 || I32[init + Obj.Type] !== T.function) return 0;
  const flags = codeInfo(I32[init + FunctionObj.Code]).flags;
  return (flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) === 0 ? init : 0;
}

/** The TypeError for an __init__ that returned r (a new reference, released here). */
export function initResultError(r: Ref): PyErr {
  const tn = typeNameOfObj(r);
  decref(r);
  return raise(T.TypeError, `__init__() should return None, not '${tn}'`);
}
