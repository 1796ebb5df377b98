// ModuleSpec: what the import system knew when it made a module (module.__spec__): name, loader, origin,
// submodule_search_locations, cached; parent and has_location are computed. The fields live in the
// instance dict, so code may set further attributes as on CPython's Python-level class.

import { I32 } from '../heap/heap';
import { ModuleObj, Layout, TypeFlag } from '../heap/layout';
import { allocObject, decref, Ref, S, T } from './core';
import { defineType, getset, method } from './typespec';
import { specTypeRef } from './spec_refs';
import { intern, isStr, newStr, strValue } from './str';
import { dictGetStr, dictSetItem } from './dict';
import { instanceDict, reprJs } from './abstract';

// The module layout (a dict and an unused name word): its dict is released and traversed like a module's.
const specSpec = defineType({
  name: 'ModuleSpec', layout: Layout.Module, basicWords: ModuleObj.Size, dictOffset: ModuleObj.Dict,
  module: '_frozen_importlib', flags: TypeFlag.BaseType,
});

function field(spec: Ref, name: string): Ref {
  const d = instanceDict(spec, false);
  return d === 0 ? S.None : dictGetStr(d, intern(name)) || S.None;
}

/** A new spec (new reference); `origin` null for None, `searchLocations` a list or 0 for a plain module. */
export function newModuleSpec(name: string, origin: string | null, searchLocations: Ref): Ref {
  const s = allocObject(specTypeRef('ModuleSpec'), ModuleObj.Size);
  I32[s + ModuleObj.Dict] = 0;
  I32[s + ModuleObj.Name] = 0;
  const d = instanceDict(s, true);
  const set = (k: string, v: Ref, owned: boolean) => {
    dictSetItem(d, intern(k), v);
    if (owned) decref(v);
  };
  set('name', newStr(name), true);
  set('loader', S.None, false);
  set('origin', origin === null ? S.None : newStr(origin), origin !== null);
  set('loader_state', S.None, false);
  set('submodule_search_locations', searchLocations || S.None, false);
  set('cached', S.None, false);
  return s;
}

getset(specSpec, 'parent', (s) => {
  const name = field(s, 'name');
  if (!isStr(name)) return S.None;
  const n = strValue(name);
  if (field(s, 'submodule_search_locations') !== S.None) return newStr(n);
  const dot = n.lastIndexOf('.');
  return newStr(dot < 0 ? '' : n.slice(0, dot));
});

getset(specSpec, 'has_location', (s) => {
  const origin = field(s, 'origin');
  return isStr(origin) && strValue(origin) !== 'built-in' ? S.True : S.False;
});

function specRepr(s: Ref): Ref {
  const parts = [`name=${reprJs(field(s, 'name'))}`, `loader=${reprJs(field(s, 'loader'))}`];
  const origin = field(s, 'origin');
  if (origin !== S.None) parts.push(`origin=${reprJs(origin)}`);
  const locs = field(s, 'submodule_search_locations');
  if (locs !== S.None) parts.push(`submodule_search_locations=${reprJs(locs)}`);
  return newStr(`ModuleSpec(${parts.join(', ')})`);
}
specSpec.slots.repr = specRepr;
method(specSpec, '__repr__', specRepr);

void T;
