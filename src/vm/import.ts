// The import system: sys.modules, native modules (src/modules/), and .py modules and packages found on
// sys.path (the script's directory, PYTHONPATH, then gilt's own lib/).

import { checkGilSafety } from './free_threading';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { I32 } from '../heap/heap';
import { ModuleObj } from '../heap/layout';
import { decref, incref, newref, PyErr, raise, Ref, S, T, typeOf } from '../objects/core';
import { getAttrOrNull, iterToArray, N, isInstanceOfType, strJs, setItem } from '../objects/abstract';
import { dictGetStr, dictSetItem, dictDelItem, dictKeys, isDict, dictGetItem, newDict } from '../objects/dict';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { isTuple, tupleItems, tupleLen } from '../objects/tuple';
import { listFrom, isList, listItems } from '../objects/list';
import { newModule, moduleDict } from '../objects/module';
import { newCode } from '../objects/code';
import { newException } from '../objects/exceptions';
import { moduleDefs } from '../modules/registry';
import { compileSource } from '../compiler/compile';
import { vmHooks } from './hooks';
import { runCode } from './functions';
import { syntaxErrorToPy } from './errors';
import { sysState } from '../modules/sys_state';

/** sys.modules (the dict) */
function modules(): Ref {
  return S.modules;
}

function getSysAttr(name: string): Ref {
  return dictGetStr(moduleDict(S.sysModule), intern(name));
}

function moduleNotFound(name: string): PyErr {
  const e = raise(T.ModuleNotFoundError, `No module named '${name}'`);
  const n = newStr(name);
  dictSetItem(excDictOf(e.exc), intern('name'), n);
  decref(n);
  return e;
}

import { excDict, setExcArgs } from '../objects/exceptions';
import { newModuleSpec } from '../objects/module_spec';
import { tupleFrom } from '../objects/tuple';
function excDictOf(e: Ref): Ref {
  return excDict(e);
}

/** Resolve a relative import against the importing module's package. */
function resolveName(name: string, globals: Ref, level: number): string {
  if (level === 0) return name;
  let pkg = globals !== 0 ? dictGetStr(globals, N.__package__) : 0;
  let pkgName: string;
  if (pkg !== 0 && isStr(pkg)) pkgName = strValue(pkg);
  else {
    const modName = globals !== 0 ? dictGetStr(globals, N.__name__) : 0;
    if (modName === 0 || !isStr(modName)) throw raise(T.KeyError, "'__name__' not in globals");
    pkgName = strValue(modName);
    if (dictGetStr(globals, N.__path__) === 0) {
      const i = pkgName.lastIndexOf('.');
      pkgName = i < 0 ? '' : pkgName.slice(0, i);
    }
  }
  void pkg;
  if (pkgName === '') throw raise(T.ImportError, 'attempted relative import with no known parent package');
  const parts = pkgName.split('.');
  if (level - 1 > parts.length - 1 + 0 && level - 1 >= parts.length) {
    throw raise(T.ImportError, 'attempted relative import beyond top-level package');
  }
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Import a module by absolute dotted name; returns the module (new reference). */
export function importModule(fullname: string): Ref {
  const existing = dictGetStr(modules(), intern(fullname));
  if (existing !== 0 && existing !== S.None) return newref(existing);
  if (existing === S.None) {
    const e = moduleNotFound(fullname);
    const msg = newStr(`import of ${fullname} halted; None in sys.modules`);
    const args = tupleFrom([msg]);
    setExcArgs(e.exc, args);
    decref(args);
    decref(msg);
    throw e;
  }
  const dot = fullname.lastIndexOf('.');
  let searchPath: string[];
  let parent = 0;
  if (dot >= 0) {
    parent = importModule(fullname.slice(0, dot));
    // the parent may have put us in sys.modules itself (os puts os.path there)
    const placed = dictGetStr(modules(), intern(fullname));
    if (placed !== 0 && placed !== S.None) {
      decref(parent);
      return newref(placed);
    }
    const p = getAttrOrNull(parent, N.__path__);
    if (p === 0) {
      decref(parent);
      const e = raise(T.ModuleNotFoundError, `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`);
      throw e;
    }
    searchPath = iterToArray(p).map((r) => {
      const s = strJs(r);
      decref(r);
      return s;
    });
    decref(p);
    // importing the parent may have imported us
    const again = dictGetStr(modules(), intern(fullname));
    if (again !== 0) {
      decref(parent);
      return newref(again);
    }
  } else {
    const def = moduleDefs.get(fullname);
    if (def !== undefined) {
      checkGilSafety(def);
      const m = def.create();
      setBuiltinSpec(m, fullname);
      dictSetItem(modules(), intern(fullname), m);
      return m;
    }
    const sp = getSysAttr('path');
    searchPath = sp !== 0 && isList(sp) ? listItems(sp).filter(isStr).map((r) => strValue(r)) : [];
  }
  try {
    const leaf = fullname.slice(dot + 1);
    const found = findOnPath(leaf, searchPath);
    if (found === null) {
      const nativeDef = moduleDefs.get(fullname);
      if (nativeDef !== undefined) {
        checkGilSafety(nativeDef);
        const m = nativeDef.create();
        setBuiltinSpec(m, fullname);
        dictSetItem(modules(), intern(fullname), m);
        if (parent !== 0) setAttrOnParent(parent, leaf, m);
        return m;
      }
      throw moduleNotFound(fullname);
    }
    const m = loadSourceModule(fullname, found.file, found.isPackage);
    if (parent !== 0) setAttrOnParent(parent, leaf, m);
    return m;
  } finally {
    decref(parent);
  }
}

function setAttrOnParent(parent: Ref, leaf: string, m: Ref): void {
  dictSetItem(I32[parent + ModuleObj.Dict], intern(leaf), m);
}

function findOnPath(name: string, dirs: string[]): { file: string; isPackage: boolean } | null {
  for (const d of dirs) {
    const base = path.join(d === '' ? '.' : d, name);
    const init = path.join(base, '__init__.py');
    if (isFile(init)) return { file: init, isPackage: true };
    if (isFile(base + '.py')) return { file: base + '.py', isPackage: false };
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A native module's __spec__ (origin 'built-in', or its file for an extension module), unless its maker gave it one. */
function setBuiltinSpec(m: Ref, name: string): void {
  const d = moduleDict(m);
  const cur = dictGetStr(d, N.__spec__);
  if (cur !== 0 && cur !== S.None) return;
  let origin = 'built-in';
  if (moduleDefs.get(name)?.spec.extension === true) {
    origin = nativeCodeFile();
    const f = newStr(origin);
    dictSetItem(d, N.__file__, f);
    decref(f);
  }
  const spec = newModuleSpec(name, origin, 0);
  dictSetItem(d, N.__spec__, spec);
  decref(spec);
}

/** The file that holds the native modules' code: the worker bundle running this thread. */
function nativeCodeFile(): string {
  return path.join(sysState.prefix, 'dist', __GILT_FT__ ? 'worker-ft.js' : 'worker.js');
}

/** Compile and execute a .py file as module `name` (into an existing module for importlib.reload). */
export function loadSourceModule(name: string, file: string, isPackage: boolean, into = 0): Ref {
  const m = into !== 0 ? newref(into) : newModule(name);
  const d = moduleDict(m);
  const f = newStr(file);
  dictSetItem(d, N.__file__, f);
  decref(f);
  dictSetItem(d, N.__builtins__, S.builtinsModule);
  const pkg = newStr(isPackage ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  dictSetItem(d, N.__package__, pkg);
  decref(pkg);
  if (isPackage) {
    const dir = newStr(path.dirname(file));
    const p = listFrom([dir]);
    decref(dir);
    dictSetItem(d, N.__path__, p);
    decref(p);
  }
  const spec = newModuleSpec(name, file, isPackage ? dictGetStr(d, N.__path__) : 0);
  dictSetItem(d, N.__spec__, spec);
  decref(spec);
  dictSetItem(modules(), intern(name), m);
  try {
    const source = fs.readFileSync(file, 'utf8');
    let unit;
    try {
      unit = compileSource(source, file, 'exec');
    } catch (e) {
      throw syntaxErrorToPy(e);
    }
    const code = newCode(unit);
    try {
      decref(runCode(code, d, d));
    } finally {
      decref(code);
    }
  } catch (e) {
    if (into === 0) dictDelItem(modules(), intern(name));
    decref(m);
    throw e;
  }
  // the module may have replaced itself in sys.modules
  const final = dictGetStr(modules(), intern(name));
  if (final !== 0 && final !== m) {
    incref(final);
    decref(m);
    return final;
  }
  return m;
}

/** __import__(name, globals, locals, fromlist, level) */
export function importName(name: string, globals: Ref, fromlist: Ref, level: number): Ref {
  if (level < 0) throw raise(T.ValueError, 'level must be >= 0');
  if (name === '' && level === 0) throw raise(T.ValueError, 'Empty module name');
  const full = resolveName(name, globals, level);
  const m = importModule(full);
  const hasFrom = fromlist !== 0 && fromlist !== S.None && (isTuple(fromlist) ? tupleLen(fromlist) > 0 : true);
  if (!hasFrom) {
    if (level === 0 && name.includes('.')) {
      decref(m);
      return importModule(name.split('.')[0]);
    }
    if (level > 0 && name !== '') {
      // `from . import x` style always has a fromlist; a bare relative import returns the top of what was named
      const top = full.slice(0, full.length - name.length) + name.split('.')[0];
      decref(m);
      return importModule(top);
    }
    return m;
  }
  // from package import submodule
  const pkgPath = getAttrOrNull(m, N.__path__);
  if (pkgPath !== 0) {
    decref(pkgPath);
    const names = isTuple(fromlist) ? tupleItems(fromlist) : [];
    for (const n of names) {
      if (!isStr(n)) continue;
      const s = strValue(n);
      if (s === '*') {
        const all = getAttrOrNull(m, N.__all__);
        if (all !== 0) {
          for (const a of iterToArray(all)) {
            ensureSubmodule(m, full, strJs(a));
            decref(a);
          }
          decref(all);
        }
        continue;
      }
      ensureSubmodule(m, full, s);
    }
  }
  return m;
}

function ensureSubmodule(m: Ref, full: string, s: string): void {
  const v = attrOrNullQuiet(m, intern(s));
  if (v !== 0) {
    decref(v);
    return;
  }
  try {
    decref(importModule(`${full}.${s}`));
  } catch (e) {
    if (e instanceof PyErr && isInstanceOfType(e.exc, T.ModuleNotFoundError)) {
      const nm = getAttrOrNull(e.exc, intern('name'));
      const missing = nm !== 0 && isStr(nm) ? strValue(nm) : '';
      decref(nm);
      if (missing === `${full}.${s}`) {
        decref(e.exc);
        return;
      }
    }
    throw e;
  }
}

vmHooks.importName = (nameRef, globals, _locals, fromlist, levelRef) => {
  const builtinImport = dictGetStr(S.builtinsDict, N.__import__);
  if (builtinImport !== 0 && builtinImport !== defaultImport) {
    const { call } = abstractMod;
    return call(builtinImport, [nameRef, globals, _locals || S.None, fromlist, levelRef], null);
  }
  return importName(strValue(nameRef), globals, fromlist, levelRef >> 1);
};
import * as abstractMod from '../objects/abstract';

/** The builtin __import__ function object (so a replaced __import__ is noticed). */
export let defaultImport = 0;
export function setDefaultImport(f: Ref): void {
  defaultImport = f;
}

/** getattr(m, name) or 0, as hasattr sees it: a module __getattr__ raising AttributeError means absent. */
function attrOrNullQuiet(m: Ref, name: Ref): Ref {
  try {
    return getAttrOrNull(m, name);
  } catch (e) {
    if (!(e instanceof PyErr) || !isInstanceOfType(e.exc, T.AttributeError)) throw e;
    decref(e.exc);
    return 0;
  }
}

vmHooks.importFrom = (m, name) => {
  const v = attrOrNullQuiet(m, name);
  if (v !== 0) return v;
  // a submodule that is in sys.modules but not yet an attribute
  const modName = getAttrOrNull(m, N.__name__);
  if (modName !== 0 && isStr(modName)) {
    const full = `${strValue(modName)}.${strValue(name)}`;
    const sub = dictGetStr(modules(), intern(full));
    if (sub !== 0) {
      decref(modName);
      return newref(sub);
    }
  }
  const mn = modName !== 0 && isStr(modName) ? strValue(modName) : '<unknown module name>';
  decref(modName);
  const file = getAttrOrNull(m, N.__file__);
  const where = file !== 0 && isStr(file) ? ` (${strValue(file)})` : ' (unknown location)';
  const e = raise(T.ImportError, `cannot import name '${strValue(name)}' from '${mn}'${where}`);
  // the error's name and path attributes, as CPython sets them
  const d = excDict(e.exc);
  const mnRef = newStr(mn);
  dictSetItem(d, intern('name'), mnRef);
  decref(mnRef);
  if (file !== 0 && isStr(file)) dictSetItem(d, intern('path'), file);
  decref(file);
  return (() => {
    throw e;
  })();
};

vmHooks.importStar = (m, into) => {
  const all = getAttrOrNull(m, N.__all__);
  let names: Ref[];
  if (all !== 0) {
    names = iterToArray(all);
    decref(all);
  } else {
    const d = getAttrOrNull(m, N.__dict__);
    if (d === 0 || !isDict(d)) {
      decref(d);
      throw raise(T.ImportError, 'from-import-* object has no __dict__ and no __all__');
    }
    names = dictKeys(d).filter((k) => isStr(k) && !strValue(k).startsWith('_'));
    for (const k of names) incref(k);
    decref(d);
  }
  try {
    for (const n of names) {
      const { getAttr } = abstractMod;
      const v = getAttr(m, n);
      if (isDict(into)) dictSetItem(into, n, v);
      else setItem(into, n, v);
      decref(v);
    }
  } finally {
    for (const n of names) decref(n);
  }
};

export { newException, dictGetItem, newDict, typeOf };
