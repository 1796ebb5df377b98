// bytes: an immutable byte string stored inline. (Methods live in bytes_methods.ts.)

import { I32, U8 } from '../heap/heap';
import { BytesObj, Layout, Obj, TypeObj } from '../heap/layout';
import { allocObject, newref, Ref, S, T } from './core';
import { defineType } from './typespec';

export const bytesSpec = defineType({
  name: 'bytes', key: 'bytes', layout: Layout.Bytes, basicWords: BytesObj.Data,
});

/** A new bytes object of n bytes, zero-filled; write through bytesOffset(). */
export function allocBytes(n: number, type: Ref = T.bytes): Ref {
  if (n === 0 && type === T.bytes && S.emptyBytes !== 0) return newref(S.emptyBytes);
  const r = allocObject(type, BytesObj.Data + ((n + 3) >> 2) + (type === T.bytes ? 0 : 1));
  I32[r + BytesObj.Length] = n;
  return r;
}

export function newBytes(data: Uint8Array, type: Ref = T.bytes): Ref {
  const r = allocBytes(data.length, type);
  U8.set(data, (r + BytesObj.Data) * 4);
  return r;
}

/** Byte offset (into U8) of the data. */
export function bytesOffset(r: Ref): number {
  return (r + BytesObj.Data) * 4;
}

export function bytesLen(r: Ref): number {
  return I32[r + BytesObj.Length];
}

/** A copy of the bytes as a Uint8Array. */
export function bytesValue(r: Ref): Uint8Array {
  const off = (r + BytesObj.Data) * 4;
  return U8.slice(off, off + I32[r + BytesObj.Length]);
}

/** A view of the bytes (valid while the object lives; do not keep it). */
export function bytesView(r: Ref): Uint8Array {
  const off = (r + BytesObj.Data) * 4;
  return U8.subarray(off, off + I32[r + BytesObj.Length]);
}

/** A bytes object holding int32 words (code objects keep their bytecode and tables this way). */
export function newWordBytes(words: ArrayLike<number>): Ref {
  const r = allocBytes(words.length * 4);
  const base = r + BytesObj.Data;
  for (let i = 0; i < words.length; i++) I32[base + i] = words[i];
  return r;
}

export function wordBytesView(r: Ref): Int32Array {
  const base = r + BytesObj.Data;
  return I32.subarray(base, base + (I32[r + BytesObj.Length] >> 2));
}

export function isBytes(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = I32[r + Obj.Type];
  return t === T.bytes || I32[t + TypeObj.Layout] === Layout.Bytes;
}
