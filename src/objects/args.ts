// Argument parsing for natives, with CPython's error messages.
//
//   const sortArgs = argSpec('sort', ['key', 'reverse'], { kwOnly: 2 });
//   const [key, reverse] = parseArgs(sortArgs, args, kwnames);   // borrowed refs, 0 where not given

import { raise, Ref, T } from './core';
import { isSubtype, isType, typeNameOf } from './type';
import { typeNameOfObj } from './abstract';

export interface ArgSpec {
  fname: string; // as CPython names it in messages: 'sort', 'int', 'list.index' …
  names: string[];
  required: number; // how many leading parameters are required
  posOnly: number; // how many leading parameters are positional-only
  kwOnly: number; // how many trailing parameters are keyword-only
  varargs: boolean; // accept extra positional args (returned after the named ones)
  /** CPython prints "takes at most N arguments" for some builtins and "takes N positional arguments" for others */
  style: 'function' | 'builtin';
}

export function argSpec(fname: string, names: string[], opts: Partial<ArgSpec> = {}): ArgSpec {
  return {
    fname, names, required: opts.required ?? 0, posOnly: opts.posOnly ?? names.length, kwOnly: opts.kwOnly ?? 0,
    varargs: opts.varargs ?? false, style: opts.style ?? 'builtin',
  };
}

/** Returns one borrowed ref (or 0) per named parameter, then any extra positional args if varargs. */
export function parseArgs(spec: ArgSpec, args: Ref[], kwnames: string[] | null): Ref[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPos = spec.names.length - spec.kwOnly;
  if (npos > maxPos && !spec.varargs) {
    if (spec.required === maxPos) {
      throw raise(T.TypeError, maxPos === 0 ? `${spec.fname}() takes no arguments (${npos} given)`
        : maxPos === 1 ? `${spec.fname}() takes exactly one argument (${npos} given)`
          : `${spec.fname}() takes exactly ${maxPos} arguments (${npos} given)`);
    }
    throw raise(T.TypeError, `${spec.fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  const out = new Array<Ref>(spec.names.length).fill(0);
  for (let i = 0; i < Math.min(npos, maxPos); i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = spec.names.indexOf(name);
    if (i < 0 || i < spec.posOnly - spec.kwOnly && i < spec.posOnly && !(i >= maxPos)) {
      if (i >= 0 && i < spec.posOnly) {
        throw raise(T.TypeError, `${spec.fname}() takes no keyword arguments`);
      }
      throw raise(T.TypeError, `${spec.fname}() got an unexpected keyword argument '${name}'`);
    }
    if (out[i] !== 0) {
      throw raise(T.TypeError, `argument for ${spec.fname}() given by name ('${name}') and position (${i + 1})`);
    }
    out[i] = args[npos + k];
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === 0) {
      if (spec.required === 1 && i === 0 && npos === 0) {
        throw raise(T.TypeError, `${spec.fname}() takes exactly one argument (0 given)`);
      }
      throw raise(T.TypeError, `${spec.fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  if (spec.varargs && npos > maxPos) for (let i = maxPos; i < npos; i++) out.push(args[i]);
  return out;
}

/** For natives that take no keyword arguments: check and return the positional count. */
export function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${fname}() takes no keyword arguments`);
}

/** Exactly n positional args, CPython's wording for METH_O/METH_NOARGS style methods. */
export function exactArgs(fname: string, args: Ref[], kwnames: string[] | null, n: number): void {
  noKw(fname, kwnames);
  if (args.length !== n) {
    if (n === 0) throw raise(T.TypeError, `${fname}() takes no arguments (${args.length} given)`);
    if (n === 1) throw raise(T.TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
    throw raise(T.TypeError, `${fname} expected ${n} arguments, got ${args.length}`);
  }
}

/** Between min and max positional args: "expected at least/at most" wording used by many builtins. */
export function rangeArgs(fname: string, args: Ref[], kwnames: string[] | null, min: number, max: number): void {
  noKw(fname, kwnames);
  if (args.length < min) {
    throw raise(T.TypeError, `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  }
  if (args.length > max) {
    throw raise(T.TypeError, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** METH_NOARGS: "list.copy() takes no arguments (1 given)". */
export function noArgs(qualname: string, args: Ref[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length !== 0) throw raise(T.TypeError, `${qualname}() takes no arguments (${args.length} given)`);
}

/** METH_O: "list.append() takes exactly one argument (0 given)". */
export function oneArg(qualname: string, args: Ref[], kwnames: string[] | null): Ref {
  if (kwnames !== null && kwnames.length > 0) throw raise(T.TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw raise(T.TypeError, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** The class argument of a builtin __new__: "tuple.__new__(X): X is not a type object (int)". */
export function checkNewType(typeName: string, base: Ref, args: Ref[]): Ref {
  if (args.length === 0) throw raise(T.TypeError, `${typeName}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!isType(cls)) throw raise(T.TypeError, `${typeName}.__new__(X): X is not a type object (${typeNameOfObj(cls)})`);
  if (!isSubtype(cls, base)) {
    throw raise(T.TypeError, `${typeName}.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of ${typeName}`);
  }
  return cls;
}
