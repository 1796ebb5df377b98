// The gilt module: what -X gilstats measures, from Python (src/trace/). gil_stats() returns the figures the
// exit table shows, as dicts, so programs and tests can inspect them:
//
//   {'wall': s, 'gil_held': s, 'gil_held_share': 0..1, 'switch_interval': s, 'gil_enabled': bool,
//    'threads': [{'name', 'ident', 'running', 'waiting', 'blocked', 'lifetime', 'acquisitions',
//                 'contended', 'drop_requests_made', 'drop_requests_received', 'forced_switches',
//                 'wait_p50', 'wait_p99', 'alive'}, …],
//    'total': {the same keys, summed over the threads; wait percentiles over all acquisitions}}
//
// Times are in seconds; phases still running count up to the call.

import { F64, I32, U8 } from '../heap/heap';
import { decref, raise, Ref, S, T } from '../objects/core';
import { noArgs } from '../objects/args';
import { dictSetItem, newDict } from '../objects/dict';
import { intern, newStr } from '../objects/str';
import { newFloat } from '../objects/float';
import { newInt } from '../objects/int';
import { listAppendSteal, newList } from '../objects/list';
import { gilFigures, nowUs, ThreadFigures } from '../trace/stats';
import { defineModule } from './registry';

function toPy(value: unknown): Ref {
  if (typeof value === 'boolean') return value ? S.True : S.False;
  if (typeof value === 'string') return newStr(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? newInt(value) : newFloat(value);
  if (Array.isArray(value)) {
    const l = newList(0);
    for (const v of value) listAppendSteal(l, toPy(v));
    return l;
  }
  const d = newDict();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const item = toPy(v);
    dictSetItem(d, intern(k), item);
    decref(item);
  }
  return d;
}

/** Times stay floats even when they happen to be whole numbers. */
function threadDict(t: ThreadFigures): Ref {
  const d = toPy(t);
  for (const k of ['running', 'waiting', 'blocked', 'lifetime', 'wait_p50', 'wait_p99'] as const) {
    const f = newFloat(t[k]);
    dictSetItem(d, intern(k), f);
    decref(f);
  }
  return d;
}

export const giltModule = defineModule('gilt', {
  gilSafe: true, // reads the trace block's counters
  functions: {
    gil_stats: (_m, args, kw) => {
      noArgs('gil_stats', args, kw);
      const g = gilFigures({ i32: I32, f64: F64, u8: U8 }, nowUs());
      if (g === null) throw raise(T.RuntimeError, 'GIL statistics are off: run gilt with -X gilstats or -X giltrace');
      const d = toPy({ wall: g.wall, gil_held: g.gil_held, gil_held_share: g.gil_held_share, switch_interval: g.switch_interval, gil_enabled: g.gil_enabled });
      for (const k of ['wall', 'gil_held', 'gil_held_share', 'switch_interval'] as const) {
        const f = newFloat(g[k]);
        dictSetItem(d, intern(k), f);
        decref(f);
      }
      const threads = newList(0);
      for (const t of g.threads) listAppendSteal(threads, threadDict(t));
      dictSetItem(d, intern('threads'), threads);
      decref(threads);
      const total = threadDict(g.total);
      dictSetItem(d, intern('total'), total);
      decref(total);
      return d;
    },
  },
});
