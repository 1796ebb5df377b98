// Native modules. A module file calls defineModule() at load time: its functions are registered as natives
// then, in the same order in every worker, so a builtin function object in the shared heap names the same
// TypeScript function whichever worker calls it. The module object itself is made on first import.
//
//   export const mathModule = defineModule('math', {
//     functions: { sqrt: (self, args) => …, … },
//     init(m) { setModuleAttrSteal(m, 'pi', newFloat(Math.PI)); },
//   });

import { NativeFn, Ref, registerNative, decref } from '../objects/core';
import { newBuiltinFunction } from '../objects/builtin_function';
import { newModule, setModuleAttr } from '../objects/module';

export interface ModuleSpec {
  /** native functions by Python name */
  functions?: Record<string, NativeFn>;
  /** names of functions that release the GIL (see src/gil/) */
  releasesGil?: string[];
  /** fill in constants, types, submodule objects … after the functions are set */
  init?: (module: Ref, def: ModuleDef) => void;
  /** safe to import without the GIL (free-threaded mode) */
  gilSafe?: boolean;
  /** CPython ships this module as an extension module (a shared library), not compiled into the interpreter:
   * it then has a __file__ and is absent from sys.builtin_module_names. Here __file__ names the worker bundle
   * that holds its code. */
  extension?: boolean;
}

export interface ModuleDef {
  readonly name: string;
  readonly natives: Map<string, number>;
  readonly spec: ModuleSpec;
  create(): Ref;
}

export const moduleDefs = new Map<string, ModuleDef>();

export function defineModule(name: string, spec: ModuleSpec): ModuleDef {
  const natives = new Map<string, number>();
  for (const [fname, fn] of Object.entries(spec.functions ?? {})) {
    natives.set(fname, registerNative(`${name}.${fname}`, fn, spec.releasesGil?.includes(fname) ?? false));
  }
  const def: ModuleDef = {
    name, natives, spec,
    create() {
      const m = newModule(name);
      for (const [fname, idx] of natives) {
        const f = newBuiltinFunction(idx, fname, m);
        setModuleAttr(m, fname, f);
        decref(f);
      }
      spec.init?.(m, def);
      return m;
    },
  };
  moduleDefs.set(name, def);
  return def;
}

/** A builtin function object for one of a module's natives, bound to `self` (for use in init). */
export function moduleFunction(def: ModuleDef, fname: string, self: Ref = 0): Ref {
  const idx = def.natives.get(fname);
  if (idx === undefined) throw new Error(`${def.name}.${fname} is not declared`);
  return newBuiltinFunction(idx, fname, self);
}
