// None, NotImplemented, Ellipsis and bool: types with a fixed set of immortal instances.

import { BigInt_, Layout, Obj, TypeFlag } from '../heap/layout';
import { newref, raise, Ref, S, T } from './core';
import { defineType, method, BinOp } from './typespec';
import { newStr } from './str';
import { intBinop, intCompare, intHash, isInt, intToSafe, intToBigInt, newBigInt } from './int';
import { isTrue, typeNameOfObj } from './abstract';
import { argSpec, parseArgs } from './args';

export const noneSpec = defineType({
  name: 'NoneType', key: 'NoneType', layout: Layout.NoneType, basicWords: Obj.HeaderWords, flags: 0,
  slots: {
    repr: () => newStr('None'),
    bool: () => false,
    hash: () => hashConst(0xfca86420 | 0),
    new(_t, args) {
      if (args.length) throw raise(T.TypeError, 'NoneType takes no arguments');
      return S.None;
    },
  },
});
method(noneSpec, '__bool__', () => S.False);
method(noneSpec, '__repr__', () => newStr('None'));

export const notImplementedSpec = defineType({
  name: 'NotImplementedType', key: 'NotImplementedType', layout: Layout.NotImplementedType,
  basicWords: Obj.HeaderWords, flags: 0,
  slots: { repr: () => newStr('NotImplemented'), new: () => S.NotImplemented },
});
method(notImplementedSpec, '__repr__', () => newStr('NotImplemented'));

export const ellipsisSpec = defineType({
  name: 'ellipsis', key: 'ellipsis', layout: Layout.EllipsisType, basicWords: Obj.HeaderWords, flags: 0,
  slots: { repr: () => newStr('Ellipsis'), new: () => S.Ellipsis },
});
method(ellipsisSpec, '__repr__', () => newStr('Ellipsis'));

import { setHashHi } from './hash';
function hashConst(h: number): number {
  setHashHi(h < 0 ? -1 : 0);
  return h;
}

const boolArgs = argSpec('bool', ['x'], { posOnly: 1 });

export const boolSpec = defineType({
  name: 'bool', key: 'bool', layout: Layout.Bool, basicWords: BigInt_.Limbs + 1, base: 'int',
  flags: TypeFlag.LongSubclass,
  slots: {
    repr: (r) => newStr(r === S.True ? 'True' : 'False'),
    bool: (r) => r === S.True,
    hash: (r) => intHash(r),
    compare: intCompare,
    binop(op, a, b) {
      // & | ^ on two bools stay bool
      if ((op === BinOp.And || op === BinOp.Or || op === BinOp.Xor) && isBool(a) && isBool(b)) {
        const x = a === S.True, y = b === S.True;
        const r = op === BinOp.And ? x && y : op === BinOp.Or ? x || y : x !== y;
        return r ? S.True : S.False;
      }
      return intBinop(op, a, b);
    },
    index: (r) => (r === S.True ? 3 : 1), // tagged 1 / 0
    new(_t, args, kwnames) {
      const [x] = parseArgs(boolArgs, args, kwnames);
      return x === 0 ? S.False : isTrue(x) ? S.True : S.False;
    },
  },
});
method(boolSpec, '__repr__', (self) => newStr(self === S.True ? 'True' : 'False'));
// & | ^ between two bools give a bool (with anything else, int's result)
for (const [name, op] of [['__and__', BinOp.And], ['__or__', BinOp.Or], ['__xor__', BinOp.Xor],
  ['__rand__', BinOp.And], ['__ror__', BinOp.Or], ['__rxor__', BinOp.Xor]] as const) {
  const reflected = name.startsWith('__r');
  method(boolSpec, name, (self, args) => (reflected ? boolSpec.slots.binop!(op, args[0], self) : boolSpec.slots.binop!(op, self, args[0])));
}

export function isBool(r: Ref): boolean {
  return r === S.True || r === S.False;
}

export { isInt, intToSafe, intToBigInt, newBigInt, typeNameOfObj, newref };
