// The current directory as Python sees it. Node does not let a worker thread change the process's
// directory, so os.chdir() keeps the new directory itself and every relative path handed to the file
// system (by os and io) is resolved against it. The directory is a str in the posix module's dict, found
// through sys.modules, so that all threads share it.

import * as nodePath from 'node:path';
import { decref, Ref, S } from '../objects/core';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { dictGetStr, dictSetItem } from '../objects/dict';
import { moduleDict } from '../objects/module';

const CWD_KEY = '_gilt_cwd';

function posixModule(): Ref {
  return S.modules === 0 ? 0 : dictGetStr(S.modules, intern('posix'));
}

export function currentDir(): string {
  const m = posixModule();
  if (m !== 0) {
    const d = dictGetStr(moduleDict(m), intern(CWD_KEY));
    if (d !== 0 && isStr(d)) return strValue(d);
  }
  return process.cwd();
}

/** Record a new current directory (an absolute, checked path) in the posix module `m`. */
export function setCurrentDir(m: Ref, dir: string): void {
  const s = newStr(dir);
  dictSetItem(moduleDict(m), intern(CWD_KEY), s);
  decref(s);
}

/** A path for Node's fs: relative paths are taken from the current directory. */
export function resolvePath(p: string): string {
  if (p === '' || nodePath.isAbsolute(p)) return p;
  const cwd = currentDir();
  return cwd === process.cwd() ? p : nodePath.join(cwd, p);
}
