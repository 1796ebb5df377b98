// The VM's side of free-threaded mode (the mechanism is in src/gil/ft.ts): pausing the running thread when
// another worker stops the world, and turning the GIL back on when a native module that has not declared
// itself safe without it is imported (as CPython 3.13t does for extensions without Py_mod_gil).

import { I32 } from '../heap/heap';
import { dropGil, enableGil, gilEnabled, takeGil } from '../gil/gil';
import { hooks as ftHooks, isStoppingWorld, startTheWorld, stopTheWorld } from '../gil/ft';
import { beforeGilRelease } from '../gil/blocking';
import { decref, T } from '../objects/core';
import { intern, newStr } from '../objects/str';
import { call, getAttrOrNull } from '../objects/abstract';
import type { ModuleDef } from '../modules/registry';
import { ThreadState, ts } from './thread_state';
import { vmHooks } from './hooks';
import { importModule } from './import';

/** Another worker stops the world: pause here, detached, until it is done (an eval-breaker check). */
function pauseForStop(t: ThreadState): void {
  if (isStoppingWorld()) return;
  beforeGilRelease();
  dropGil(I32, t.ident, false);
  takeGil(I32, t.ident);
}

if (__GILT_FT__) {
  ftHooks.pause = () => pauseForStop(ts);
  vmHooks.pauseForStop = pauseForStop;
  vmHooks.stopTheWorld = () => stopTheWorld(() => pauseForStop(ts));
}

/**
 * Before a native module is made: in free-threaded mode, a module that does not declare `gilSafe` turns the
 * GIL on for the rest of the run, with a RuntimeWarning.
 */
export function checkGilSafety(def: ModuleDef): void {
  if (!__GILT_FT__ || def.spec.gilSafe === true || gilEnabled(I32)) return;
  stopTheWorld(() => pauseForStop(ts));
  try {
    enableGil(I32, ts.ident);
  } finally {
    startTheWorld();
  }
  warnRuntime(`The global interpreter lock (GIL) has been enabled to load module '${def.name}', which has not declared that it can run safely without the GIL.`);
}

function warnRuntime(message: string): void {
  const warnings = importModule('warnings');
  try {
    const warn = getAttrOrNull(warnings, intern('warn'));
    if (warn === 0) return;
    const msg = newStr(message);
    try {
      decref(call(warn, [msg, T.RuntimeWarning], null));
    } finally {
      decref(msg);
      decref(warn);
    }
  } finally {
    decref(warnings);
  }
}
