// memoryview: a one-dimensional view of the bytes of a bytes or bytearray object.
//
// A view is (source, byte offset, byte length, format). Viewing a bytearray counts as an export, which stops
// the bytearray from resizing until the view is released. Items are unpacked from the source at access
// time in the native (little-endian) struct format: 'B' by default, any single-character native format
// after cast(). A cast may also shape the view as rows × columns (two dimensions at most). Strided slices
// (m[::2]) are not views in gilt: they copy the selected items into a new read-only bytes object.

import { I32 } from '../heap/heap';
import { ByteArrayObj, Layout, MemoryViewObj, TypeObj } from '../heap/layout';
import { allocObject, clearers, decref, newref, raise, Ref, S, T, traversers, typeOf, layoutOf } from './core';
import { newStr, isStr, strValue } from './str';
import { newBytes } from './bytes';
import { CompareOp, defineType, getset, method, staticMethod } from './typespec';
import { N, richEq, typeNameOfObj, index as indexOf } from './abstract';
import { isSubtype, isType, lookupType, typeNameOf } from './type';
import { boolRef, intToBigInt, intToSafe, isInt, newBigInt, newInt } from './int';
import { isList, listItem, listItems, listLen, listSteal } from './list';
import { isTuple, tupleItem, tupleItems, tupleLen, tupleSteal } from './tuple';
import { newFloat, isFloat, toDouble } from './float';
import { isSlice, sliceIndices } from './slice';
import { bufferOrNull, compareBytes, hexArgs, hexOf } from './bytes_common';
import { hashBytes } from './bytes_methods';
import { noArgs, oneArg, kwArgs } from './text_args';

export const memoryviewSpec = defineType({
  name: 'memoryview', key: 'memoryview', layout: Layout.MemoryView, basicWords: MemoryViewObj.Size,
});
memoryviewSpec.attrs.push(['__hash__', () => S.None]);

/** Bits of the MemoryViewObj.Released word. */
const enum ViewFlag {
  Released = 1,
  ReadOnly = 2, // toreadonly(): read-only even over a bytearray
}

// ---- formats ------------------------------------------------------------------------------------------------

const ITEM_SIZES: Record<string, number> = {
  B: 1, b: 1, c: 1, '?': 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, f: 4, d: 8, e: 2,
};

// The MemoryViewObj.Format word: the format character in the low byte (0 = 'B'), and for a two-dimensional
// view the number of rows above it (0 = one dimension).
function formatOf(m: Ref): string {
  const f = I32[m + MemoryViewObj.Format] & 0xff;
  return f === 0 ? 'B' : String.fromCharCode(f);
}

function rowsOf(m: Ref): number {
  return I32[m + MemoryViewObj.Format] >>> 8;
}

/** The shape as [rows, columns] for a 2-D view, [items] for a 1-D one. */
function shapeOf(m: Ref): number[] {
  checkReleased(m);
  const items = I32[m + MemoryViewObj.Length] / itemSize(m);
  const rows = rowsOf(m);
  return rows === 0 ? [items] : [rows, items / rows];
}

function itemSize(m: Ref): number {
  return ITEM_SIZES[formatOf(m)];
}

const isByteFormat = (f: string) => f === 'B' || f === 'b' || f === 'c';

/** The item at byte offset `at` of b, as a new Python object. */
function unpack(b: Uint8Array, at: number, fmt: string): Ref {
  const dv = new DataView(b.buffer, b.byteOffset + at, ITEM_SIZES[fmt]);
  switch (fmt) {
    case 'B': return newInt(dv.getUint8(0));
    case 'b': return newInt(dv.getInt8(0));
    case 'c': return newBytes(b.subarray(at, at + 1));
    case '?': return boolRef(dv.getUint8(0) !== 0);
    case 'H': return newInt(dv.getUint16(0, true));
    case 'h': return newInt(dv.getInt16(0, true));
    case 'I': return newInt(dv.getUint32(0, true));
    case 'i': return newInt(dv.getInt32(0, true));
    case 'L': case 'Q': case 'N': return newBigInt(dv.getBigUint64(0, true));
    case 'l': case 'q': case 'n': return newBigInt(dv.getBigInt64(0, true));
    case 'f': return newFloat(dv.getFloat32(0, true));
    case 'e': return newFloat(halfToFloat(dv.getUint16(0, true)));
    default: return newFloat(dv.getFloat64(0, true));
  }
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** Store value as an item of format fmt at byte offset `at` of b (CPython's errors for bad values). */
function pack(b: Uint8Array, at: number, fmt: string, value: Ref): void {
  const dv = new DataView(b.buffer, b.byteOffset + at, ITEM_SIZES[fmt]);
  const invalidType = () => raise(T.TypeError, `memoryview: invalid type for format '${fmt}'`);
  const invalidValue = () => raise(T.ValueError, `memoryview: invalid value for format '${fmt}'`);
  if (fmt === 'f' || fmt === 'd' || fmt === 'e') {
    if (!isFloat(value) && !isInt(value)) throw invalidType();
    const x = toDouble(value);
    if (fmt === 'f') dv.setFloat32(0, x, true);
    else if (fmt === 'd') dv.setFloat64(0, x, true);
    else throw raise(T.NotImplementedError, "memoryview: format 'e' is read-only in gilt");
    return;
  }
  if (fmt === 'c') {
    const bv = layoutOf(value) === Layout.Bytes ? bufferOrNull(value) : null;
    if (bv === null || bv.length !== 1) throw invalidValue();
    dv.setUint8(0, bv[0]);
    return;
  }
  if (fmt === '?') {
    dv.setUint8(0, value === S.True || (isInt(value) && intToBigInt(value) !== 0n) ? 1 : 0);
    return;
  }
  if (!isInt(value) && lookupType(typeOf(value), N.__index__) === 0) throw invalidType();
  const i = indexOf(value);
  const v = intToBigInt(i);
  decref(i);
  const bits = BigInt(ITEM_SIZES[fmt] * 8);
  const signed = fmt === 'b' || fmt === 'h' || fmt === 'i' || fmt === 'l' || fmt === 'q' || fmt === 'n';
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v < lo || v > hi) throw invalidValue();
  const u = BigInt.asUintN(Number(bits), v);
  for (let k = 0; k < ITEM_SIZES[fmt]; k++) dv.setUint8(k, Number((u >> BigInt(8 * k)) & 0xffn));
}

// ---- views -------------------------------------------------------------------------------------------------

function checkReleased(m: Ref): void {
  if (I32[m + MemoryViewObj.Released] & ViewFlag.Released) {
    throw raise(T.ValueError, 'operation forbidden on released memoryview object');
  }
}

/** The viewed bytes (a view into the heap: copy before running Python code). */
function viewBytes(m: Ref): Uint8Array {
  checkReleased(m);
  return bufferOrNull(m)!;
}

function isReadOnly(m: Ref): boolean {
  return layoutOf(I32[m + MemoryViewObj.Source]) !== Layout.ByteArray ||
    (I32[m + MemoryViewObj.Released] & ViewFlag.ReadOnly) !== 0;
}

/** A new view of bytes [start, start + length) of source (a bytes or bytearray). */
function newView(source: Ref, start: number, length: number, format: number, flags = 0, type: Ref = T.memoryview): Ref {
  const m = allocObject(type, type === T.memoryview ? MemoryViewObj.Size : I32[type + TypeObj.BasicWords]);
  I32[m + MemoryViewObj.Source] = newref(source);
  I32[m + MemoryViewObj.Start] = start;
  I32[m + MemoryViewObj.Length] = length;
  I32[m + MemoryViewObj.Format] = format;
  I32[m + MemoryViewObj.Released] = flags;
  if (layoutOf(source) === Layout.ByteArray) I32[source + ByteArrayObj.Exports]++;
  return m;
}

/** memoryview(obj) */
export function memoryviewOf(obj: Ref, type: Ref = T.memoryview): Ref {
  switch (layoutOf(obj)) {
    case Layout.Bytes: return newView(obj, 0, bufferOrNull(obj)!.length, 0, 0, type);
    case Layout.ByteArray: return newView(obj, 0, bufferOrNull(obj)!.length, 0, 0, type);
    case Layout.MemoryView:
      checkReleased(obj);
      return newView(I32[obj + MemoryViewObj.Source], I32[obj + MemoryViewObj.Start], I32[obj + MemoryViewObj.Length],
        I32[obj + MemoryViewObj.Format], I32[obj + MemoryViewObj.Released] & ViewFlag.ReadOnly, type);
  }
  throw raise(T.TypeError, `memoryview: a bytes-like object is required, not '${typeNameOfObj(obj)}'`);
}

function release(m: Ref): void {
  const flags = I32[m + MemoryViewObj.Released];
  if (flags & ViewFlag.Released) return;
  I32[m + MemoryViewObj.Released] = flags | ViewFlag.Released;
  const src = I32[m + MemoryViewObj.Source];
  if (layoutOf(src) === Layout.ByteArray) I32[src + ByteArrayObj.Exports]--;
}

clearers[Layout.MemoryView] ??= (m) => {
  release(m);
  const src = I32[m + MemoryViewObj.Source];
  I32[m + MemoryViewObj.Source] = 0;
  decref(src);
};
traversers[Layout.MemoryView] ??= (m, visit) => {
  const src = I32[m + MemoryViewObj.Source];
  if (src !== 0) visit(src);
};

/** len(m): the size of the first dimension. */
function count(m: Ref): number {
  return shapeOf(m)[0];
}

function indexIn(key: Ref, n: number, dim: number): number {
  if (!isInt(key) && lookupType(typeOf(key), N.__index__) === 0) {
    throw raise(T.TypeError, 'memoryview: invalid slice key');
  }
  const i0 = indexOf(key);
  let i = Number(intToBigInt(i0));
  decref(i0);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, `index out of bounds on dimension ${dim}`);
  return i;
}

/** The item number an index designates: an int for a 1-D view, an (i, j) tuple for a 2-D one. */
function itemIndex(m: Ref, key: Ref): number {
  const shape = shapeOf(m);
  if (isTuple(key)) {
    if (tupleLen(key) !== shape.length) {
      throw raise(T.TypeError, `cannot index ${shape.length}-dimension view with ${tupleLen(key)}-element tuple`);
    }
    let at = 0;
    for (let d = 0; d < shape.length; d++) at = at * shape[d] + indexIn(tupleItem(key, d), shape[d], d + 1);
    return at;
  }
  if (shape.length > 1) throw raise(T.NotImplementedError, 'multi-dimensional sub-views are not implemented');
  return indexIn(key, shape[0], 1);
}

function mvGetItem(m: Ref, key: Ref): Ref {
  checkReleased(m);
  const size = itemSize(m);
  if (isSlice(key)) {
    // slices select along the first dimension (rows of a 2-D view)
    const shape = shapeOf(m);
    const rowBytes = size * (shape.length > 1 ? shape[1] : 1);
    const [start, , step, n] = sliceIndices(key, shape[0]);
    const base = I32[m + MemoryViewObj.Start];
    const fmt = (I32[m + MemoryViewObj.Format] & 0xff) | (shape.length > 1 ? Math.max(0, n) << 8 : 0);
    if (step === 1 || n <= 1) {
      return newView(I32[m + MemoryViewObj.Source], base + start * rowBytes, Math.max(0, n) * rowBytes, fmt,
        I32[m + MemoryViewObj.Released] & ViewFlag.ReadOnly);
    }
    // a strided slice: copy the selected rows into a read-only bytes object and view that
    const b = viewBytes(m);
    const out = new Uint8Array(n * rowBytes);
    for (let k = 0, i = start; k < n; k++, i += step) {
      out.set(b.subarray(i * rowBytes, (i + 1) * rowBytes), k * rowBytes);
    }
    const copy = newBytes(out);
    const v = newView(copy, 0, out.length, fmt);
    decref(copy);
    return v;
  }
  const i = itemIndex(m, key);
  return unpack(viewBytes(m), i * size, formatOf(m));
}

function mvSetItem(m: Ref, key: Ref, value: Ref): void {
  checkReleased(m);
  if (isReadOnly(m)) throw raise(T.TypeError, 'cannot modify read-only memory');
  const size = itemSize(m);
  const fmt = formatOf(m);
  if (isSlice(key)) {
    if (rowsOf(m) !== 0) {
      throw raise(T.NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
    }
    const [start, , step, n] = sliceIndices(key, count(m));
    const src = bufferOrNull(value);
    if (src === null) throw raise(T.TypeError, `a bytes-like object is required, not '${typeNameOfObj(value)}'`);
    const data = src.slice();
    if (data.length !== Math.max(0, n) * size) {
      throw raise(T.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    }
    const b = viewBytes(m);
    for (let k = 0, i = start; k < n; k++, i += step) b.set(data.subarray(k * size, k * size + size), i * size);
    return;
  }
  const i = itemIndex(m, key);
  pack(viewBytes(m), i * size, fmt, value);
}

function tolist(m: Ref): Ref {
  const b = viewBytes(m);
  const fmt = formatOf(m);
  const size = itemSize(m);
  const items: Ref[] = [];
  for (let at = 0; at < b.length; at += size) items.push(unpack(b, at, fmt));
  const shape = shapeOf(m);
  if (shape.length === 1) return listSteal(items);
  const rows: Ref[] = [];
  for (let r = 0; r < shape[0]; r++) rows.push(listSteal(items.slice(r * shape[1], (r + 1) * shape[1])));
  return listSteal(rows);
}

function mvCompare(a: Ref, b: Ref, op: CompareOp): Ref {
  if (op !== CompareOp.Eq && op !== CompareOp.Ne) return newref(S.NotImplemented);
  if (layoutOf(a) === Layout.MemoryView && I32[a + MemoryViewObj.Released] & ViewFlag.Released ||
    layoutOf(b) === Layout.MemoryView && I32[b + MemoryViewObj.Released] & ViewFlag.Released) {
    return boolRef((a === b) === (op === CompareOp.Eq));
  }
  const x = bufferOrNull(a), y = bufferOrNull(b);
  if (x === null || y === null) return newref(S.NotImplemented);
  const sa = layoutOf(a) === Layout.MemoryView ? shapeOf(a) : [x.length];
  const sb = layoutOf(b) === Layout.MemoryView ? shapeOf(b) : [y.length];
  if (sa.length !== sb.length || sa.some((d, i) => d !== sb[i])) return boolRef(op === CompareOp.Ne);
  const fa = layoutOf(a) === Layout.MemoryView ? formatOf(a) : 'B';
  const fb = layoutOf(b) === Layout.MemoryView ? formatOf(b) : 'B';
  let equal: boolean;
  if (fa === fb || (isByteFormat(fa) && isByteFormat(fb) && fa !== 'c' && fb !== 'c')) {
    equal = compareBytes(x, y) === 0;
  } else {
    // different formats: equal when the unpacked values are
    const la = tolist(a), lb = tolist(b);
    equal = listLen(la) === listLen(lb);
    for (let i = 0; equal && i < listLen(la); i++) equal = richEq(listItem(la, i), listItem(lb, i));
    decref(la);
    decref(lb);
  }
  return boolRef(equal === (op === CompareOp.Eq));
}

const slots = memoryviewSpec.slots;
slots.new = (type, args, kwnames) => {
  const [obj] = kwArgs('memoryview', ['object'], args, kwnames);
  if (obj === 0) throw raise(T.TypeError, "memoryview() missing required argument 'object' (pos 1)");
  return memoryviewOf(obj, type);
};
slots.repr = (m) => {
  const released = I32[m + MemoryViewObj.Released] & ViewFlag.Released;
  return newStr(`<${released ? 'released ' : ''}memory at 0x${(m * 4).toString(16).padStart(12, '0')}>`);
};
slots.len = count;
slots.getitem = mvGetItem;
slots.setitem = mvSetItem;
slots.compare = mvCompare;
slots.hash = (m) => {
  checkReleased(m);
  if (!isReadOnly(m)) throw raise(T.ValueError, 'cannot hash writable memoryview object');
  if (!isByteFormat(formatOf(m))) {
    throw raise(T.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  return hashBytes(viewBytes(m));
};

// ---- methods and attributes ----------------------------------------------------------------------------

staticMethod(memoryviewSpec, '__new__', (_self, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw raise(T.TypeError, 'memoryview.__new__(): not enough arguments');
  const cls = args[0];
  if (!isType(cls)) throw raise(T.TypeError, `memoryview.__new__(X): X is not a type object (${typeNameOfObj(cls)})`);
  if (!isSubtype(cls, T.memoryview)) {
    const n = typeNameOf(cls);
    throw raise(T.TypeError, `memoryview.__new__(${n}): ${n} is not a subtype of memoryview`);
  }
  return slots.new!(cls, args.slice(1), kwnames);
});

method(memoryviewSpec, 'tobytes', (self, args, kwnames) => {
  const [order] = kwArgs('tobytes', ['order'], args, kwnames);
  if (order !== 0 && order !== S.None) {
    const o = isStr(order) ? strValue(order) : '';
    if (o !== 'C' && o !== 'F' && o !== 'A') throw raise(T.ValueError, "order must be 'C', 'F' or 'A'");
  }
  return newBytes(viewBytes(self));
});
method(memoryviewSpec, 'tolist', (self, args, kwnames) => {
  noArgs('memoryview.tolist', args, kwnames);
  return tolist(self);
});
method(memoryviewSpec, 'hex', (self, args, kwnames) => {
  const [sep, per] = hexArgs('hex', args, kwnames);
  return newStr(hexOf(viewBytes(self), sep, per));
});
method(memoryviewSpec, 'release', (self, args, kwnames) => {
  noArgs('memoryview.release', args, kwnames);
  release(self);
  return S.None;
});
method(memoryviewSpec, 'toreadonly', (self, args, kwnames) => {
  noArgs('memoryview.toreadonly', args, kwnames);
  checkReleased(self);
  return newView(I32[self + MemoryViewObj.Source], I32[self + MemoryViewObj.Start], I32[self + MemoryViewObj.Length],
    I32[self + MemoryViewObj.Format], ViewFlag.ReadOnly);
});
method(memoryviewSpec, 'cast', (self, args, kwnames) => {
  const [fmtRef, shape] = kwArgs('cast', ['format', 'shape'], args, kwnames);
  checkReleased(self);
  if (fmtRef === 0) throw raise(T.TypeError, "cast() missing required argument 'format' (pos 1)");
  if (!isStr(fmtRef)) throw raise(T.TypeError, `cast() argument 'format' must be str, not ${typeNameOfObj(fmtRef)}`);
  let fmt = strValue(fmtRef);
  if (fmt.startsWith('@')) fmt = fmt.slice(1);
  if (!(fmt in ITEM_SIZES)) {
    throw raise(T.ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const dims = shape === 0 || shape === S.None ? null : castShape(shape);
  if (rowsOf(self) !== 0 && dims !== null && dims.length > 1) {
    throw raise(T.TypeError, 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  if (!isByteFormat(formatOf(self)) && !isByteFormat(fmt)) {
    throw raise(T.TypeError, 'memoryview: cannot cast between two non-byte formats');
  }
  const len = I32[self + MemoryViewObj.Length];
  let word = fmt === 'B' ? 0 : fmt.charCodeAt(0);
  if (dims !== null) {
    if (dims.reduce((p, d) => p * d, 1) * ITEM_SIZES[fmt] !== len) {
      throw raise(T.TypeError, 'memoryview: product(shape) * itemsize != buffer size');
    }
    if (dims.length > 2) throw raise(T.NotImplementedError, 'memoryview: gilt casts to at most 2 dimensions');
    if (dims.length === 2) word |= dims[0] << 8;
  } else if (len % ITEM_SIZES[fmt] !== 0) {
    throw raise(T.TypeError, 'memoryview: length is not a multiple of itemsize');
  }
  return newView(I32[self + MemoryViewObj.Source], I32[self + MemoryViewObj.Start], len, word,
    I32[self + MemoryViewObj.Released] & ViewFlag.ReadOnly);
});
/** The shape argument of cast(): a list or tuple of positive ints. */
function castShape(shape: Ref): number[] {
  if (!isTuple(shape) && !isList(shape)) throw raise(T.TypeError, 'shape must be a list or a tuple');
  const items = isTuple(shape) ? tupleItems(shape) : listItems(shape);
  return items.map((d) => {
    const v = isInt(d) ? intToSafe(d) : null;
    if (v === null || v <= 0) throw raise(T.ValueError, 'memoryview.cast(): elements of shape must be integers > 0');
    return v;
  });
}

method(memoryviewSpec, '__enter__', (self, args, kwnames) => {
  noArgs('memoryview.__enter__', args, kwnames);
  checkReleased(self);
  return newref(self);
});
method(memoryviewSpec, '__exit__', (self) => {
  release(self);
  return S.None;
});
method(memoryviewSpec, '__len__', (self) => newInt(count(self)));
method(memoryviewSpec, '__getitem__', (self, args, kwnames) =>
  mvGetItem(self, oneArg('memoryview.__getitem__', args, kwnames)));
method(memoryviewSpec, '__setitem__', (self, args) => {
  if (args.length !== 2) throw raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
  mvSetItem(self, args[0], args[1]);
  return S.None;
});
method(memoryviewSpec, '__repr__', (self) => slots.repr!(self));
method(memoryviewSpec, '__eq__', (self, args) => mvCompare(self, args[0], CompareOp.Eq));
method(memoryviewSpec, '__ne__', (self, args) => mvCompare(self, args[0], CompareOp.Ne));
method(memoryviewSpec, '__buffer__', (self) => memoryviewOf(self));

getset(memoryviewSpec, 'obj', (m) => {
  checkReleased(m);
  return newref(I32[m + MemoryViewObj.Source]);
});
getset(memoryviewSpec, 'nbytes', (m) => {
  checkReleased(m);
  return newInt(I32[m + MemoryViewObj.Length]);
});
getset(memoryviewSpec, 'readonly', (m) => {
  checkReleased(m);
  return boolRef(isReadOnly(m));
});
getset(memoryviewSpec, 'itemsize', (m) => {
  checkReleased(m);
  return newInt(itemSize(m));
});
getset(memoryviewSpec, 'format', (m) => {
  checkReleased(m);
  return newStr(formatOf(m));
});
getset(memoryviewSpec, 'ndim', (m) => newInt(shapeOf(m).length));
getset(memoryviewSpec, 'shape', (m) => tupleSteal(shapeOf(m).map(newInt)));
getset(memoryviewSpec, 'strides', (m) => {
  const shape = shapeOf(m);
  const size = itemSize(m);
  return tupleSteal(shape.length === 1 ? [newInt(size)] : [newInt(shape[1] * size), newInt(size)]);
});
getset(memoryviewSpec, 'suboffsets', (m) => {
  checkReleased(m);
  return newref(S.emptyTuple);
});
for (const name of ['c_contiguous', 'f_contiguous', 'contiguous']) {
  getset(memoryviewSpec, name, (m) => {
    checkReleased(m);
    return S.True;
  });
}
getset(memoryviewSpec, 'released', (m) => boolRef((I32[m + MemoryViewObj.Released] & ViewFlag.Released) !== 0));
