// importlib: import_module, reload and invalidate_caches over gilt's import system (src/vm/import.ts).

import { decref, raise, Ref, S, T } from '../objects/core';
import { isStr, strValue, intern } from '../objects/str';
import { dictGetStr } from '../objects/dict';
import { moduleDict } from '../objects/module';
import { getAttrOrNull, N, typeNameOfObj } from '../objects/abstract';
import { argSpec, parseArgs } from '../objects/args';
import { importModule, loadSourceModule } from '../vm/import';
import { defineModule } from './registry';

const importModuleArgs = argSpec('import_module', ['name', 'package'], { required: 1, posOnly: 0 });

export const importlibDef = defineModule('importlib', {
  gilSafe: true, // reviewed for free-threaded mode
  functions: {
    import_module: (_self, args, kwnames) => {
      const [nameR, pkgR] = parseArgs(importModuleArgs, args, kwnames);
      if (!isStr(nameR)) throw raise(T.TypeError, `'${typeNameOfObj(nameR)}' object is not subscriptable`);
      let name = strValue(nameR);
      if (name.startsWith('.')) {
        if (pkgR === 0 || pkgR === S.None) {
          throw raise(T.TypeError, `the 'package' argument is required to perform a relative import for '${name}'`);
        }
        let level = 0;
        while (name[level] === '.') level++;
        const parts = strValue(pkgR).split('.');
        if (level - 1 >= parts.length) throw raise(T.ImportError, 'attempted relative import beyond top-level package');
        const base = parts.slice(0, parts.length - (level - 1)).join('.');
        name = name.slice(level) ? `${base}.${name.slice(level)}` : base;
      }
      return importModule(name);
    },
    reload: (_self, args) => {
      const m = args[0];
      const nameR = getAttrOrNull(m, N.__name__);
      const fileR = getAttrOrNull(m, N.__file__);
      try {
        if (nameR === 0 || !isStr(nameR)) throw raise(T.TypeError, 'reload() argument must be a module');
        const name = strValue(nameR);
        if (dictGetStr(S.modules, intern(name)) !== m) throw raise(T.ImportError, `module ${name} not in sys.modules`);
        if (fileR === 0 || !isStr(fileR)) return importModule(name);
        const file = strValue(fileR);
        return loadSourceModule(name, file, file.endsWith('__init__.py'), m);
      } finally {
        decref(nameR);
        decref(fileR);
      }
    },
    invalidate_caches: () => S.None,
  },
});

export { moduleDict };
export type { Ref };
