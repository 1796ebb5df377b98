// The struct module (natively _struct; struct re-exports it): packing Python values into bytes as C structs
// and back. Format strings are parsed once per worker and cached (struct_format.ts); a Struct object keeps
// its format string in the heap, so any worker can rebuild the parsed form from it.

import { I32 } from '../heap/heap';
import { IterObj, Layout, NativeDataObj, TypeFlag } from '../heap/layout';
import {
  allocObject, clearers, decref, newref, PyErr, raise, Ref, S, T, traversers, typeOf,
} from '../objects/core';
import { defineType, getset, method } from '../objects/typespec';
import { specTypeRef } from '../objects/spec_refs';
import { setModuleAttr, moduleDict } from '../objects/module';
import { newInt, newBigInt, intToBigInt, isInt, boolRef } from '../objects/int';
import { newFloat, toDoubleOrNull } from '../objects/float';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { isBytes, newBytes, bytesView } from '../objects/bytes';
import { newTuple, tupleInit } from '../objects/tuple';
import { bufferArg, bufferOrNull } from '../objects/bytes_common';
import { dictGetStr } from '../objects/dict';
import { call, index, isTrue, N, typeNameOfObj } from '../objects/abstract';
import { isSubtype, lookupType } from '../objects/type';
import { IterRefs } from '../objects/iterators';
import { kwArgs, oneArg } from '../objects/text_args';
import { defineModule } from './registry';
import { addExceptionClass, moduleError, writableBuffer } from './modutil';
import { importModule } from '../vm/import';
import {
  Field, intRangeError, parseStructFormat, readFloat, readInt, readSmallInt, StructFormat, StructFormatError,
  toHalfBits, writeFloat, writeInt,
} from './struct_format';

const MODULE = '_struct';

function structError(message: string): PyErr {
  return moduleError(MODULE, message);
}

// ---- Struct objects ------------------------------------------------------------------------------------

/** Struct instances use the NativeData layout: Ref1 is the format str (counted), Id its packed size. */
const STRUCT_KIND = 0x5374; // 'St': NativeDataObj.Kind of Struct objects

export const structSpec = defineType({
  name: 'Struct', layout: Layout.NativeData, basicWords: NativeDataObj.Size, module: MODULE,
  flags: TypeFlag.BaseType,
  doc: 'Struct(format)\n--\n\nCreate a compiled struct object.',
});

// NativeData objects own the refs in Ref1/Ref2 (layout.ts); Struct is the first user of that.
clearers[Layout.NativeData] ??= (r) => {
  for (const w of [NativeDataObj.Ref1, NativeDataObj.Ref2]) {
    const v = I32[r + w];
    I32[r + w] = 0;
    decref(v);
  }
};
traversers[Layout.NativeData] ??= (r, visit) => {
  if (I32[r + NativeDataObj.Ref1] !== 0) visit(I32[r + NativeDataObj.Ref1]);
  if (I32[r + NativeDataObj.Ref2] !== 0) visit(I32[r + NativeDataObj.Ref2]);
};

const formatCache = new Map<string, StructFormat>();

/** The parsed form of a format string (struct.error for a bad one). */
function compile(fmt: string): StructFormat {
  let f = formatCache.get(fmt);
  if (f === undefined) {
    try {
      f = parseStructFormat(fmt);
    } catch (e) {
      if (e instanceof StructFormatError) throw structError(e.message);
      throw e;
    }
    if (formatCache.size >= 512) formatCache.clear();
    formatCache.set(fmt, f);
  }
  return f;
}

/** The text of a format argument (str or bytes), checked as CPython checks it. */
function formatText(r: Ref, what: string): string {
  let text: string;
  if (isStr(r)) {
    text = strValue(r);
    const bad = [...text].findIndex((c) => c.charCodeAt(0) > 127);
    if (bad >= 0) throw asciiEncodeError(r, bad);
  } else if (isBytes(r)) {
    text = Buffer.from(bytesView(r)).toString('latin1');
  } else {
    throw raise(T.TypeError, `${what} must be a str or bytes object, not ${typeNameOfObj(r)}`);
  }
  if (text.includes('\0')) throw structError('embedded null character');
  return text;
}

/** UnicodeEncodeError('ascii', text, pos, pos + 1, 'ordinal not in range(128)') */
function asciiEncodeError(text: Ref, pos: number): PyErr {
  const args = [newStr('ascii'), newref(text), newInt(pos), newInt(pos + 1), newStr('ordinal not in range(128)')];
  try {
    return new PyErr(call(T.UnicodeEncodeError, args, null));
  } finally {
    for (const a of args) decref(a);
  }
}

function structFormat(s: Ref): StructFormat {
  const f = I32[s + NativeDataObj.Ref1];
  return compile(f === 0 ? '' : strValue(f));
}

function initStruct(s: Ref, format: Ref): void {
  const text = formatText(format, 'Struct() argument 1');
  const f = compile(text);
  const old = I32[s + NativeDataObj.Ref1];
  I32[s + NativeDataObj.Ref1] = isStr(format) ? newref(format) : newStr(text);
  I32[s + NativeDataObj.Id] = f.size;
  I32[s + NativeDataObj.Kind] = STRUCT_KIND;
  decref(old);
}

/** The parsed format of a module function's format argument. */
function formatArg(r: Ref): StructFormat {
  return compile(formatText(r, 'Struct() argument 1'));
}

// ---- packing --------------------------------------------------------------------------------------------

function intArg(v: Ref): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  if (isInt(v)) return intToBigInt(v);
  if (lookupType(typeOf(v), N.__index__) === 0) throw structError('required argument is not an integer');
  const r = index(v);
  const x = intToBigInt(r);
  decref(r);
  return x;
}

/** Pack `values` (borrowed) by format f into a new byte array. */
function packValues(f: StructFormat, values: Ref[], fname: string): Uint8Array {
  if (values.length !== f.items) {
    throw structError(`${fname} expected ${f.items} items for packing (got ${values.length})`);
  }
  const out = new Uint8Array(f.size);
  let k = 0;
  for (const field of f.fields) {
    if (field.code === 'x') continue;
    if (field.code === 's' || field.code === 'p') {
      packString(out, field, values[k++]);
      continue;
    }
    for (let n = 0; n < field.items; n++) packItem(out, f, field, field.offset + n * field.size, values[k++]);
  }
  return out;
}

function packString(out: Uint8Array, field: Field, v: Ref): void {
  const t = typeOf(v);
  if (!isSubtype(t, T.bytes) && !isSubtype(t, T.bytearray)) {
    throw structError(`argument for '${field.code}' must be a bytes object`);
  }
  const data = bufferOrNull(v)!;
  if (field.code === 's') {
    out.set(data.subarray(0, field.size), field.offset);
  } else if (field.size > 0) {
    // Pascal string: a length byte (at most 255), then the data
    const n = Math.min(data.length, field.size - 1);
    out.set(data.subarray(0, n), field.offset + 1);
    out[field.offset] = Math.min(n, 255);
  }
}

function packItem(out: Uint8Array, f: StructFormat, field: Field, at: number, v: Ref): void {
  const code = field.code;
  const little = f.littleEndian;
  switch (code) {
    case 'c': {
      if (!isBytes(v) || bytesView(v).length !== 1) throw structError('char format requires a bytes object of length 1');
      out[at] = bytesView(v)[0];
      return;
    }
    case '?':
      out[at] = isTrue(v) ? 1 : 0;
      return;
    case 'e': case 'f': case 'd': {
      const x = toDoubleOrNull(v);
      if (x === null) throw structError('required argument is not a float');
      if (code === 'd') return writeFloat(out, at, 8, x, little);
      if (code === 'f') {
        if (f.order !== '@' && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
          throw raise(T.OverflowError, 'float too large to pack with f format');
        }
        return writeFloat(out, at, 4, x, little);
      }
      const h = toHalfBits(x);
      if (h === null) throw raise(T.OverflowError, 'float too large to pack with e format');
      out[little ? at : at + 1] = h & 0xff;
      out[little ? at + 1 : at] = h >> 8;
      return;
    }
  }
  const x = intArg(v);
  const err = intRangeError(f.order, code, field.size, x);
  if (err !== null) throw structError(err);
  writeInt(out, at, field.size, x, little);
}

// ---- unpacking ------------------------------------------------------------------------------------------

/** Unpack f from data at byte offset `at` into a new tuple. */
function unpackValues(f: StructFormat, data: Uint8Array, at: number): Ref {
  const t = newTuple(f.items);
  let k = 0;
  const little = f.littleEndian;
  for (const field of f.fields) {
    const start = at + field.offset;
    switch (field.code) {
      case 'x':
        continue;
      case 's':
        tupleInit(t, k++, newBytes(data.slice(start, start + field.size)));
        continue;
      case 'p': {
        let n = field.size > 0 ? data[start] : 0;
        if (n >= field.size) n = Math.max(field.size - 1, 0);
        tupleInit(t, k++, newBytes(data.slice(start + 1, start + 1 + n)));
        continue;
      }
    }
    for (let n = 0; n < field.items; n++) {
      tupleInit(t, k++, unpackItem(field, data, start + n * field.size, little));
    }
  }
  return t;
}

function unpackItem(field: Field, data: Uint8Array, at: number, little: boolean): Ref {
  const code = field.code;
  switch (code) {
    case 'c': return newBytes(data.slice(at, at + 1));
    case '?': return boolRef(data[at] !== 0);
    case 'e': case 'f': case 'd': return newFloat(readFloat(data, at, field.size as 2 | 4 | 8, little));
  }
  const isSigned = 'bhilqn'.includes(code);
  if (field.size <= 4) return newInt(readSmallInt(data, at, field.size, little, isSigned));
  return newBigInt(readInt(data, at, field.size, little, isSigned));
}

// ---- offsets into buffers -------------------------------------------------------------------------------

function offsetArg(r: Ref): number {
  const i = index(r);
  const v = intToBigInt(i);
  decref(i);
  if (v < -(2n ** 63n) || v >= 2n ** 63n) throw raise(T.IndexError, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

function unpackFrom(f: StructFormat, buffer: Ref, offsetRef: Ref): Ref {
  const len = bufferArg(buffer).length;
  let offset = 0;
  if (offsetRef !== 0) {
    const i = index(offsetRef);
    const v = intToBigInt(i);
    decref(i);
    if (v < -(2n ** 63n) || v >= 2n ** 63n) throw raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
    offset = Number(v);
  }
  if (offset < 0) {
    if (offset + f.size > 0) throw structError(`not enough data to unpack ${f.size} bytes at offset ${offset}`);
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < f.size) {
    throw structError(`unpack_from requires a buffer of at least ${f.size + offset} bytes for unpacking ${f.size} `
      + `bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  return unpackValues(f, bufferArg(buffer), offset);
}

function unpackWhole(f: StructFormat, buffer: Ref): Ref {
  const data = bufferArg(buffer);
  if (data.length !== f.size) throw structError(`unpack requires a buffer of ${f.size} bytes`);
  return unpackValues(f, data, 0);
}

function packInto(f: StructFormat, args: Ref[], fname: string): Ref {
  if (args.length === 0) throw structError('pack_into expected buffer argument');
  if (args.length === 1) throw structError('pack_into expected offset argument');
  if (args.length - 2 !== f.items) {
    throw structError(`pack_into expected ${f.items} items for packing (got ${args.length - 2})`);
  }
  const buffer = args[0];
  const target = writableBuffer(buffer);
  if (target === null) {
    throw raise(T.TypeError, `argument must be read-write bytes-like object, not ${typeNameOfObj(buffer)}`);
  }
  let offset = offsetArg(args[1]);
  const len = target.length;
  if (offset < 0) {
    if (offset + f.size > 0) throw structError(`no space to pack ${f.size} bytes at offset ${offset}`);
    if (offset + len < 0) throw structError(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < f.size) {
    throw structError(`pack_into requires a buffer of at least ${f.size + offset} bytes for packing ${f.size} `
      + `bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  // Converting the values may run Python code: pack first, then copy into the (re-fetched) buffer.
  const packed = packValues(f, args.slice(2), fname);
  const dest = writableBuffer(buffer)!;
  dest.set(packed.subarray(0, Math.max(0, Math.min(packed.length, dest.length - offset))), offset);
  return S.None;
}

// ---- the unpack iterator --------------------------------------------------------------------------------

/** unpack_iterator: IterObj with Source = the Struct (counted), Extra = the buffer object (counted). */
export const unpackIterSpec = defineType({
  name: 'unpack_iterator', layout: Layout.Iterator, basicWords: IterObj.Size, module: MODULE,
  slots: { iter: (it) => newref(it), next: unpackIterNext },
});

function unpackIterNext(it: Ref): Ref {
  const s = I32[it + IterObj.Source];
  if (s === 0) return 0;
  const f = structFormat(s);
  const data = bufferOrNull(I32[it + IterObj.Extra]);
  const at = I32[it + IterObj.Index];
  if (data === null || at + f.size > data.length) {
    I32[it + IterObj.Source] = 0;
    decref(s);
    return 0;
  }
  I32[it + IterObj.Index] = at + f.size;
  return unpackValues(f, data, at);
}

method(unpackIterSpec, '__iter__', (self) => newref(self));
method(unpackIterSpec, '__next__', (self) => {
  const v = unpackIterNext(self);
  if (v === 0) throw raise(T.StopIteration);
  return v;
});
method(unpackIterSpec, '__length_hint__', (self) => {
  const s = I32[self + IterObj.Source];
  if (s === 0) return newInt(0);
  const size = structFormat(s).size;
  const data = bufferOrNull(I32[self + IterObj.Extra]);
  return newInt(data === null ? 0 : Math.floor((data.length - I32[self + IterObj.Index]) / size));
});

function iterUnpack(s: Ref, f: StructFormat, buffer: Ref): Ref {
  const data = bufferArg(buffer);
  if (f.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  if (data.length % f.size !== 0) {
    throw structError(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  }
  const it = allocObject(specTypeRef('unpack_iterator'), IterObj.Size);
  I32[it + IterObj.Kind] = IterRefs.Tag | IterRefs.Extra;
  I32[it + IterObj.Source] = newref(s);
  I32[it + IterObj.Extra] = newref(buffer);
  return it;
}

/** A Struct for a format given to a module function (a new reference). */
function structFor(format: Ref): Ref {
  const s = allocObject(specTypeRef('Struct'), NativeDataObj.Size);
  try {
    initStruct(s, format);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

// ---- Struct methods -------------------------------------------------------------------------------------

method(structSpec, '__init__', (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > 1) throw raise(T.TypeError, `Struct() takes at most 1 argument (${args.length} given)`);
  if (nkw === 1 && kwnames![0] !== 'format') {
    throw raise(T.TypeError, `Struct() got an unexpected keyword argument '${kwnames![0]}'`);
  }
  if (args.length === 0) throw raise(T.TypeError, "Struct() missing required argument 'format' (pos 1)");
  initStruct(self, args[0]);
  return S.None;
});
method(structSpec, 'pack', (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'pack() takes no keyword arguments');
  return newBytes(packValues(structFormat(self), args, 'pack'));
});
method(structSpec, 'pack_into', (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'pack_into() takes no keyword arguments');
  return packInto(structFormat(self), args, 'pack_into');
});
method(structSpec, 'unpack', (self, args, kwnames) => {
  return unpackWhole(structFormat(self), oneArg('Struct.unpack', args, kwnames));
});
method(structSpec, 'unpack_from', (self, args, kwnames) => {
  const [buffer, offset] = kwArgs('unpack_from', ['buffer', 'offset'], args, kwnames);
  if (buffer === 0) throw raise(T.TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
  return unpackFrom(structFormat(self), buffer, offset);
});
method(structSpec, 'iter_unpack', (self, args, kwnames) => {
  return iterUnpack(self, structFormat(self), oneArg('Struct.iter_unpack', args, kwnames));
});
method(structSpec, '__sizeof__', (self) => newInt(NativeDataObj.Size * 4 + structFormat(self).fields.length * 24));
getset(structSpec, 'format', (self) => newref(I32[self + NativeDataObj.Ref1] || S.emptyStr));
getset(structSpec, 'size', (self) => newInt(structFormat(self).size));

// ---- module functions -----------------------------------------------------------------------------------

function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
}

function exactly(fname: string, args: Ref[], n: number): void {
  if (args.length !== n) throw raise(T.TypeError, `${fname} expected ${n} arguments, got ${args.length}`);
}

export const structNativeModule = defineModule(MODULE, {
  functions: {
    pack: (_m, args, kwnames) => {
      noKw('_struct.pack', kwnames);
      if (args.length === 0) throw raise(T.TypeError, 'missing format argument');
      return newBytes(packValues(formatArg(args[0]), args.slice(1), 'pack'));
    },
    pack_into: (_m, args, kwnames) => {
      noKw('_struct.pack_into', kwnames);
      if (args.length === 0) throw raise(T.TypeError, 'missing format argument');
      return packInto(formatArg(args[0]), args.slice(1), 'pack_into');
    },
    unpack: (_m, args, kwnames) => {
      noKw('_struct.unpack', kwnames);
      exactly('unpack', args, 2);
      return unpackWhole(formatArg(args[0]), args[1]);
    },
    unpack_from: (_m, args, kwnames) => {
      const [format, buffer, offset] = kwArgs('unpack_from', ['', 'buffer', 'offset'], args, kwnames);
      if (format === 0) throw raise(T.TypeError, 'unpack_from() missing required argument \'format\' (pos 1)');
      if (buffer === 0) throw raise(T.TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
      return unpackFrom(formatArg(format), buffer, offset);
    },
    iter_unpack: (_m, args, kwnames) => {
      noKw('_struct.iter_unpack', kwnames);
      exactly('iter_unpack', args, 2);
      const s = structFor(args[0]);
      try {
        return iterUnpack(s, structFormat(s), args[1]);
      } finally {
        decref(s);
      }
    },
    calcsize: (_m, args, kwnames) => newInt(formatArg(oneArg('_struct.calcsize', args, kwnames)).size),
    _clearcache: () => {
      formatCache.clear();
      return S.None;
    },
  },
  init(m) {
    setModuleAttr(m, 'Struct', specTypeRef('Struct'));
    addExceptionClass(m, 'struct', 'error');
  },
});

/** `struct` is _struct's public face: the same objects under the names CPython's struct.py exports. */
export const structModule = defineModule('struct', {
  gilSafe: true, // no state (Struct objects are immutable)
  init(m) {
    const native = importModule(MODULE);
    try {
      const d = moduleDict(native);
      for (const name of ['Struct', 'error', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'calcsize',
        '_clearcache']) {
        setModuleAttr(m, name, dictGetStr(d, intern(name)));
      }
    } finally {
      decref(native);
    }
  },
});

