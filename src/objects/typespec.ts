// How builtin types are declared. Each file under src/objects/ declares its type once, at load time, with
// defineType(); its methods are registered as natives then (so every worker numbers them identically). When
// an interpreter starts, src/objects/bootstrap.ts turns every spec into a type object in the heap.
//
// `slots` are the fast paths the VM calls directly for instances of the exact builtin type; instances of
// user subclasses go through the dunder methods found on the MRO instead (see abstract.ts).

import { Layout, TypeObj } from '../heap/layout';
import { I32 } from '../heap/heap';
import { BuiltinTypeName, NativeFn, raise, Ref, registerNative, S, T } from './core';

export const enum CompareOp {
  Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5,
}

/** Binary operators, in the order the compiler numbers them (in-place forms are op + InplaceOffset). */
export const enum BinOp {
  Add = 0, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Xor, Or, Count,
}
export const InplaceOffset = 13;

export interface TypeSlots {
  repr?(r: Ref): Ref;
  str?(r: Ref): Ref;
  /** low 32 bits of the hash; the high 32 bits go to hashHi */
  hash?(r: Ref): number;
  compare?(a: Ref, b: Ref, op: CompareOp): Ref; // may return NotImplemented
  iter?(r: Ref): Ref;
  /** next item, or 0 when exhausted (no StopIteration raised) */
  next?(r: Ref): Ref;
  len?(r: Ref): number;
  getitem?(r: Ref, key: Ref): Ref;
  setitem?(r: Ref, key: Ref, value: Ref): void;
  delitem?(r: Ref, key: Ref): void;
  contains?(r: Ref, key: Ref): boolean;
  bool?(r: Ref): boolean;
  call?(r: Ref, args: Ref[], kwnames: string[] | null): Ref;
  /** nb_* for both operand orders: returns NotImplemented when it cannot handle (a, b) */
  binop?(op: BinOp, a: Ref, b: Ref): Ref;
  /** in-place variant for mutable types (list +=); falls back to binop when absent */
  inplace?(op: BinOp, a: Ref, b: Ref): Ref;
  neg?(r: Ref): Ref;
  pos?(r: Ref): Ref;
  invert?(r: Ref): Ref;
  abs?(r: Ref): Ref;
  index?(r: Ref): Ref;
  float?(r: Ref): number;
  /** attribute lookup override (module, type, super) */
  getattr?(r: Ref, name: Ref): Ref; // returns 0 when missing (no exception)
  setattr?(r: Ref, name: Ref, value: Ref): void; // value 0 = delete
  descrGet?(descr: Ref, obj: Ref, type: Ref): Ref;
  descrSet?(descr: Ref, obj: Ref, value: Ref): void;
  /** construct: type(...) for this exact builtin type or a subclass of it */
  new?(type: Ref, args: Ref[], kwnames: string[] | null): Ref;
  init?(self: Ref, args: Ref[], kwnames: string[] | null): void;
}

export interface MethodDef {
  name: string;
  native: number;
  kind: 'instance' | 'class' | 'static';
}

export interface GetSetDef {
  name: string;
  getter: number;
  setter: number; // -1 = read-only
}

export interface TypeSpec {
  name: string;
  /** the slot in T for types the core refers to; others are found with specTypeRef(name) */
  key: BuiltinTypeName | null;
  layout: Layout;
  base: BuiltinTypeName | null;
  basicWords: number;
  /** word offset of the instance __dict__ slot (0 = instances have no dict) */
  dictOffset: number;
  /** further bases after `base` (only ExceptionGroup has one) */
  extraBases: BuiltinTypeName[];
  flags: number;
  module: string; // '__builtin__' types print as <class 'int'>
  doc: string | null;
  methods: MethodDef[];
  getsets: GetSetDef[];
  slots: TypeSlots;
  /** index into typeSlots (set by defineType) */
  slotsIndex: number;
  /** class attributes that are plain values, made at bootstrap */
  attrs: Array<[string, () => Ref]>;
}

export const specs: TypeSpec[] = [];
/** Slots of every builtin type, in spec order (a type object records its index: TypeObj.SlotsIndex). */
export const typeSlots: TypeSlots[] = [];

/** The fast paths for instances of type t (for a user class: those of its builtin base). */
export function slotsOf(t: Ref): TypeSlots {
  return typeSlots[I32[t + TypeObj.SlotsIndex]];
}

export function defineType(
  s: Partial<TypeSpec> & Pick<TypeSpec, 'name' | 'layout' | 'basicWords'>,
): TypeSpec {
  const spec: TypeSpec = {
    key: null, base: 'object', flags: 0, dictOffset: 0, extraBases: [], module: 'builtins', doc: null, methods: [],
    getsets: [], slots: {}, attrs: [], slotsIndex: -1,
    ...s,
  };
  spec.slotsIndex = typeSlots.length;
  specs.push(spec);
  typeSlots.push(spec.slots);
  return spec;
}

/**
 * Builtin types inherit the fast paths of their builtin base that they do not define (as CPython's
 * inherit_slots). Run once per worker after every module has loaded.
 */
export function inheritSlots(): void {
  const byKey = new Map<string, TypeSpec>();
  for (const spec of specs) if (spec.key !== null) byKey.set(spec.key, spec);
  for (const spec of specs) {
    let base = spec.base === null ? undefined : byKey.get(spec.base);
    while (base !== undefined) {
      for (const [k, v] of Object.entries(base.slots)) {
        if (v !== undefined && (spec.slots as Record<string, unknown>)[k] === undefined) {
          (spec.slots as Record<string, unknown>)[k] = v;
        }
      }
      base = base.base === null ? undefined : byKey.get(base.base);
    }
  }
}

export function method(spec: TypeSpec, name: string, fn: NativeFn, releasesGil = false): void {
  spec.methods.push({ name, native: registerNative(`${spec.name}.${name}`, fn, releasesGil), kind: 'instance' });
}

export function classMethod(spec: TypeSpec, name: string, fn: NativeFn): void {
  spec.methods.push({ name, native: registerNative(`${spec.name}.${name}`, fn), kind: 'class' });
}

export function staticMethod(spec: TypeSpec, name: string, fn: NativeFn): void {
  spec.methods.push({ name, native: registerNative(`${spec.name}.${name}`, fn), kind: 'static' });
}

export function getset(
  spec: TypeSpec,
  name: string,
  get: (self: Ref) => Ref,
  set?: (self: Ref, value: Ref) => void,
): void {
  const getter = registerNative(`${spec.name}.${name}.__get__`, (self) => get(self));
  const setter = set
    ? registerNative(`${spec.name}.${name}.__set__`, (self, args) => {
        set(self, args[0]);
        return 0;
      })
    : -1;
  spec.getsets.push({ name, getter, setter });
}

/** A Python-level argument that stands for NULL in a slot wrapper: None. */
function noneToNull(v: Ref): Ref {
  return v === S.None ? 0 : v;
}

/**
 * `d.__get__(obj, type=None)` as CPython's slot wrapper over the descrGet fast path: None stands for NULL, and
 * at least one of the two must be given.
 */
export function descrGetMethod(spec: TypeSpec): void {
  method(spec, '__get__', (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, 'wrapper __get__() takes no keyword arguments');
    if (args.length < 1) throw raise(T.TypeError, ' expected at least 1 argument, got 0');
    if (args.length > 2) throw raise(T.TypeError, ` expected at most 2 arguments, got ${args.length}`);
    const obj = noneToNull(args[0]);
    const type = args.length > 1 ? noneToNull(args[1]) : 0;
    if (obj === 0 && type === 0) throw raise(T.TypeError, '__get__(None, None) is invalid');
    return spec.slots.descrGet!(self, obj, type);
  });
}

/** `d.__set__(obj, value)` and `d.__delete__(obj)` over the descrSet fast path (value 0 = delete). */
export function descrSetMethods(spec: TypeSpec): void {
  const check = (fname: string, args: Ref[], kwnames: string[] | null, n: number): void => {
    if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `wrapper ${fname}() takes no keyword arguments`);
    if (args.length !== n) {
      // (CPython's wording differs between the two wrappers, leading space included)
      const expected = n === 1 ? 'expected 1 argument' : ` expected ${n} arguments`;
      throw raise(T.TypeError, `${expected}, got ${args.length}`);
    }
  };
  method(spec, '__set__', (self, args, kwnames) => {
    check('__set__', args, kwnames, 2);
    spec.slots.descrSet!(self, args[0], args[1]);
    return S.None;
  });
  method(spec, '__delete__', (self, args, kwnames) => {
    check('__delete__', args, kwnames, 1);
    spec.slots.descrSet!(self, args[0], 0);
    return S.None;
  });
}
