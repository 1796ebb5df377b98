// module: a namespace (its dict) with a name. Attribute access reads the dict; a module-level __getattr__
// (PEP 562) is consulted for missing names.

import { I32 } from '../heap/heap';
import { Layout, ModuleObj } from '../heap/layout';
import { builtinNewMethod } from './descriptors';
import { allocObject, decref, incref, newref, raise, Ref, S, T } from './core';
import { defineType, getset, method } from './typespec';
import { intern, isStr, newStr, strValue } from './str';
import { dictGetStr, dictSetItem, dictDelItem, newDict, dictKeys } from './dict';
import { call, genericGetAttr, N, reprJs } from './abstract';
import { newList, listAppend } from './list';

/** sys's attributes made on first use (src/modules/sys.ts): the value (new reference, also stored), or 0. */
let sysLazyAttr: ((m: Ref, name: Ref) => Ref) | null = null;
export function setSysLazyAttr(fn: (m: Ref, name: Ref) => Ref): void {
  sysLazyAttr = fn;
}

export const moduleSpec = defineType({
  name: 'module', key: 'module', layout: Layout.Module, basicWords: ModuleObj.Size, dictOffset: ModuleObj.Dict,
  slots: {
    getattr(m, name) {
      const v = genericGetAttr(m, name);
      if (v !== 0) return v;
      if (m === S.sysModule && sysLazyAttr !== null) {
        const lazy = sysLazyAttr(m, name);
        if (lazy !== 0) return lazy;
      }
      const d = I32[m + ModuleObj.Dict];
      const ga = dictGetStr(d, N.__getattr__);
      if (ga !== 0) return call(ga, [name], null);
      return 0;
    },
    repr(m) {
      const d = I32[m + ModuleObj.Dict];
      const name = dictGetStr(d, N.__name__);
      const file = dictGetStr(d, N.__file__);
      const n = name !== 0 && isStr(name) ? strValue(name) : '?';
      if (file !== 0 && isStr(file)) return newStr(`<module '${n}' from '${strValue(file)}'>`);
      return newStr(`<module '${n}' (built-in)>`);
    },
    new(t, args) {
      const m = allocObject(t, ModuleObj.Size);
      I32[m + ModuleObj.Dict] = newDict();
      if (args.length > 0) initModule(m, args[0], args.length > 1 ? args[1] : S.None);
      return m;
    },
  },
});

function initModule(m: Ref, name: Ref, doc: Ref): void {
  const d = I32[m + ModuleObj.Dict];
  dictSetItem(d, N.__name__, name);
  dictSetItem(d, N.__doc__, doc);
  dictSetItem(d, N.__package__, S.None);
  dictSetItem(d, N.__loader__, S.None);
  dictSetItem(d, N.__spec__, S.None);
  incref(name);
  const old = I32[m + ModuleObj.Name];
  I32[m + ModuleObj.Name] = name;
  decref(old);
}

method(moduleSpec, '__init__', (self, args) => {
  if (args.length < 1) throw raise(T.TypeError, "module.__init__() missing required argument 'name' (pos 1)");
  initModule(self, args[0], args.length > 1 ? args[1] : S.None);
  return S.None;
});
method(moduleSpec, '__dir__', (self) => {
  // a module-level __dir__ function decides (PEP 562)
  const own = dictGetStr(I32[self + ModuleObj.Dict], intern('__dir__'));
  if (own !== 0) return call(own, [], null);
  const l = newList(0);
  for (const k of dictKeys(I32[self + ModuleObj.Dict])) listAppend(l, k);
  return l;
});
getset(moduleSpec, '__dict__', (m) => newref(I32[m + ModuleObj.Dict]));

/** A new module object named `name` with a fresh dict holding the standard attributes. */
export function newModule(name: string): Ref {
  const m = allocObject(T.module, ModuleObj.Size);
  I32[m + ModuleObj.Dict] = newDict();
  initModule(m, intern(name), S.None);
  return m;
}

export function moduleDict(m: Ref): Ref {
  return I32[m + ModuleObj.Dict];
}

export function moduleName(m: Ref): string {
  const n = dictGetStr(I32[m + ModuleObj.Dict], N.__name__);
  return n !== 0 && isStr(n) ? strValue(n) : '?';
}

/** Set a module attribute from TypeScript (value borrowed). */
export function setModuleAttr(m: Ref, name: string, value: Ref): void {
  dictSetItem(I32[m + ModuleObj.Dict], intern(name), value);
}

/** Set and release: for freshly made values. */
export function setModuleAttrSteal(m: Ref, name: string, value: Ref): void {
  dictSetItem(I32[m + ModuleObj.Dict], intern(name), value);
  decref(value);
}

export { dictDelItem, reprJs };

// module.__new__, so type(sys)("name") constructs through slots.new (which makes the dict)
builtinNewMethod(moduleSpec, () => T.module);
