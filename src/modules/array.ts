// The array module: array.array's named methods and attributes, and the module itself. (The type, its
// storage and its sequence protocol are in array_core.ts; item conversions in array_items.ts.)

import { I32 } from '../heap/heap';
import { Block, ByteArrayObj } from '../heap/layout';
import { newref, raise, Ref, S, T, typeOf } from '../objects/core';
import { BinOp, CompareOp, getset, method } from '../objects/typespec';
import { setModuleAttr, setModuleAttrSteal } from '../objects/module';
import { newInt } from '../objects/int';
import { isStr, newStr, strValue } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { tupleSteal } from '../objects/tuple';
import { isList, listItems, listSteal } from '../objects/list';
import { instanceDict, typeNameOfObj } from '../objects/abstract';
import { noArgs, oneArg, posArgs } from '../objects/text_args';
import { defineModule } from './registry';
import { ITEM_SIZES, TYPECODES } from './array_items';
import {
  append, appendUnicode, arrayBinop, arrayCompare, arrayDelItem, arrayGetItem, arrayInplace, arrayIter,
  arrayOfBytes, arrayRepr, arraySetItem, arraySpec, arrayType, bytesOf, count, extendArray, extendIterable, findItem,
  fromBytes, getItemAt, indexArg, isArray, items, itemSize, removeAt, resize, typecode, unicodeOf,
} from './array_core';

const m = (name: string, fn: (self: Ref, args: Ref[], kwnames: string[] | null) => Ref) => method(arraySpec, name, fn);

m('append', (self, args, kwnames) => {
  append(self, oneArg('array.append', args, kwnames));
  return S.None;
});

m('extend', (self, args, kwnames) => {
  const x = oneArg('array.extend', args, kwnames);
  if (isArray(x)) extendArray(self, x);
  else extendIterable(self, x);
  return S.None;
});

m('insert', (self, args, kwnames) => {
  posArgs('insert', args, kwnames, 2, 2);
  const n = count(self);
  let i = indexArg(args[0]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  append(self, args[1]); // converts (and may fail) before anything moves
  const size = itemSize(self);
  const data = bytesOf(self);
  const item = data.slice(n * size, (n + 1) * size);
  data.copyWithin((i + 1) * size, i * size, n * size);
  data.set(item, i * size);
  return S.None;
});

m('pop', (self, args, kwnames) => {
  posArgs('pop', args, kwnames, 0, 1);
  const n = count(self);
  let i = args.length === 1 ? indexArg(args[0]) : -1;
  if (n === 0) throw raise(T.IndexError, 'pop from empty array');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(T.IndexError, 'pop index out of range');
  const v = getItemAt(self, i);
  removeAt(self, i);
  return v;
});

m('remove', (self, args, kwnames) => {
  const i = findItem(self, oneArg('array.remove', args, kwnames));
  if (i < 0) throw raise(T.ValueError, 'array.remove(x): x not in array');
  removeAt(self, i);
  return S.None;
});

m('index', (self, args, kwnames) => {
  posArgs('index', args, kwnames, 1, 3);
  const n = count(self);
  const bound = (r: Ref | undefined, dflt: number) => {
    if (r === undefined) return dflt;
    let v = indexArg(r);
    if (v < 0) v = Math.max(0, v + n);
    return v;
  };
  const i = findItem(self, args[0], bound(args[1], 0), bound(args[2], n));
  if (i < 0) throw raise(T.ValueError, 'array.index(x): x not in array');
  return newInt(i);
});

m('count', (self, args, kwnames) => {
  const v = oneArg('array.count', args, kwnames);
  let c = 0;
  for (let i = findItem(self, v); i >= 0; i = findItem(self, v, i + 1)) c++;
  return newInt(c);
});

m('reverse', (self, args, kwnames) => {
  noArgs('array.reverse', args, kwnames);
  const size = itemSize(self);
  const n = count(self);
  const data = bytesOf(self);
  const tmp = new Uint8Array(size);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    tmp.set(data.subarray(i * size, (i + 1) * size));
    data.copyWithin(i * size, j * size, (j + 1) * size);
    data.set(tmp, j * size);
  }
  return S.None;
});

m('byteswap', (self, args, kwnames) => {
  noArgs('array.byteswap', args, kwnames);
  const size = itemSize(self);
  const data = bytesOf(self);
  for (let at = 0; at < data.length; at += size) data.subarray(at, at + size).reverse();
  return S.None;
});

m('tobytes', (self, args, kwnames) => {
  noArgs('array.tobytes', args, kwnames);
  return newBytes(bytesOf(self).slice());
});

m('frombytes', (self, args, kwnames) => {
  fromBytes(self, oneArg('array.frombytes', args, kwnames));
  return S.None;
});

m('tolist', (self, args, kwnames) => {
  noArgs('array.tolist', args, kwnames);
  return listSteal(items(self));
});

m('fromlist', (self, args, kwnames) => {
  const l = oneArg('array.fromlist', args, kwnames);
  if (!isList(l)) throw raise(T.TypeError, 'arg must be list');
  const before = count(self);
  try {
    for (const v of listItems(l)) append(self, v);
  } catch (e) {
    resize(self, before); // all or nothing, as CPython
    throw e;
  }
  return S.None;
});

m('tounicode', (self, args, kwnames) => {
  noArgs('array.tounicode', args, kwnames);
  if (typecode(self) !== 'u') throw raise(T.ValueError, 'tounicode() may only be called on unicode type arrays');
  return newStr(unicodeOf(self));
});

m('fromunicode', (self, args, kwnames) => {
  const s = oneArg('array.fromunicode', args, kwnames);
  if (!isStr(s)) throw raise(T.TypeError, `fromunicode() argument must be str, not ${typeNameOfObj(s)}`);
  if (typecode(self) !== 'u') throw raise(T.ValueError, 'fromunicode() may only be called on unicode type arrays');
  appendUnicode(self, strValue(s));
  return S.None;
});

m('buffer_info', (self, args, kwnames) => {
  noArgs('array.buffer_info', args, kwnames);
  const raw = I32[self + ByteArrayObj.Buffer];
  const address = raw === 0 ? 0 : (raw + Block.RawHeaderWords) * 4;
  return tupleSteal([newInt(address), newInt(count(self))]);
});

m('__copy__', (self, args, kwnames) => {
  noArgs('array.__copy__', args, kwnames);
  return arrayOfBytes(typecode(self), bytesOf(self));
});
m('__deepcopy__', (self, args, kwnames) => {
  oneArg('array.__deepcopy__', args, kwnames);
  return arrayOfBytes(typecode(self), bytesOf(self));
});
m('__reduce_ex__', (self, args, kwnames) => {
  oneArg('array.__reduce_ex__', args, kwnames);
  const d = instanceDict(self, false); // a subclass's __dict__
  const init = typecode(self) === 'u' ? newStr(unicodeOf(self)) : listSteal(items(self));
  return tupleSteal([newref(typeOf(self)), tupleSteal([newStr(typecode(self)), init]), newref(d || S.None)]);
});
m('__sizeof__', (self) => newInt(64 + I32[self + ByteArrayObj.Capacity]));

// the sequence protocol, as dunders (for subclasses and explicit calls)
m('__len__', (self) => newInt(count(self)));
m('__getitem__', (self, args, kwnames) => arrayGetItem(self, oneArg('__getitem__', args, kwnames)));
m('__setitem__', (self, args) => {
  arraySetItem(self, args[0], args[1]);
  return S.None;
});
m('__delitem__', (self, args) => {
  arrayDelItem(self, args[0]);
  return S.None;
});
m('__contains__', (self, args) => (findItem(self, args[0]) >= 0 ? S.True : S.False));
m('__iter__', (self) => arrayIter(self));
m('__repr__', (self) => arrayRepr(self));
m('__add__', (self, args) => arrayBinop(BinOp.Add, self, args[0]));
m('__mul__', (self, args) => arrayBinop(BinOp.Mul, self, args[0]));
m('__rmul__', (self, args) => arrayBinop(BinOp.Mul, args[0], self));
m('__iadd__', (self, args) => arrayInplace(BinOp.Add, self, args[0]));
m('__imul__', (self, args) => arrayInplace(BinOp.Mul, self, args[0]));
const COMPARISONS: Array<[string, CompareOp]> = [
  ['__lt__', CompareOp.Lt], ['__le__', CompareOp.Le], ['__eq__', CompareOp.Eq], ['__ne__', CompareOp.Ne],
  ['__gt__', CompareOp.Gt], ['__ge__', CompareOp.Ge],
];
for (const [name, op] of COMPARISONS) m(name, (self, args) => arrayCompare(self, args[0], op));

getset(arraySpec, 'typecode', (self) => newStr(typecode(self)));
getset(arraySpec, 'itemsize', (self) => newInt(ITEM_SIZES[typecode(self)]));

export const arrayModule = defineModule('array', {
  extension: true,
  gilSafe: true, // array.array is guarded by its per-object lock (src/objects/critical.ts)
  init(mod) {
    setModuleAttr(mod, 'array', arrayType());
    setModuleAttr(mod, 'ArrayType', arrayType());
    setModuleAttrSteal(mod, 'typecodes', newStr(TYPECODES));
  },
});
