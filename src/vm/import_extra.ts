// Helpers for `gilt -m module`: find the file of a module (or a package's __main__) without running it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { decref, S } from '../objects/core';
import { dictGetStr } from '../objects/dict';
import { intern, isStr, strValue } from '../objects/str';
import { isList, listItems } from '../objects/list';
import { moduleDict } from '../objects/module';
import { importModule } from './import';

export function findModuleFile(name: string): string | null {
  const parts = name.split('.');
  if (parts.length > 1) {
    // import the parent package first, as CPython's runpy does
    decref(importModule(parts.slice(0, -1).join('.')));
  }
  const sysPath = dictGetStr(moduleDict(S.sysModule), intern('path'));
  const dirs = isList(sysPath) ? listItems(sysPath).filter(isStr).map((r) => strValue(r)) : [];
  for (const d of dirs) {
    const base = path.join(d === '' ? '.' : d, ...parts);
    if (fs.existsSync(base + '.py')) return base + '.py';
    const main = path.join(base, '__main__.py');
    if (fs.existsSync(main)) return main;
  }
  return null;
}
