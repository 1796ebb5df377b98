// The time module: clocks, sleep, and conversions between seconds since the epoch, struct_time and text.
// Local time comes from the JS Date of the process (the TZ environment variable), the formats from
// time_format.ts.

import { performance } from 'node:perf_hooks';
import { I32 } from '../heap/heap';
import { HeapHeader, ParkKind } from '../heap/layout';
import { decref, NativeFn, raise, Ref, S, T } from '../objects/core';
import { callMethod, index, instanceDict, setAttr, typeNameOfObj } from '../objects/abstract';
import { intern, isStr, newStr, strValue } from '../objects/str';
import { intToSafe, isInt, newBigInt, newInt } from '../objects/int';
import { isFloat, floatValue, newFloat } from '../objects/float';
import { isTuple, tupleItems, tupleSteal } from '../objects/tuple';
import { dictGetStr } from '../objects/dict';
import { setModuleAttrSteal } from '../objects/module';
import { isMainThread, releaseGilAround, waitOnWord } from '../gil/blocking';
import { absNow, markParkable, park, PARK_AFTER_MS, parkCompleters, takeParkWindow } from '../threads/park';
import { ts } from '../vm/thread_state';
import { handleSignals, signalsPending } from '../vm/signals';
import { importModule } from '../vm/import';
import { defineModule } from './registry';
import { makeStructSeqType, newStructSeq } from './structseq';
import {
  DAY_NAMES, dayOfYear, formatTime, MONTH_NAMES, parseTime, StrptimeError, Tm, weekday, ZoneInfo,
} from './time_format';

// ---- clocks ----------------------------------------------------------------------------------------------

function wallNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.floor(ms * 1000)) * 1000n;
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

function nsRef(ns: bigint): Ref {
  return ns < 0x40000000n ? newInt(Number(ns)) : newBigInt(ns);
}

// ---- sleep -------------------------------------------------------------------------------------------------

/** Block this worker (without the GIL) until `deadline` (absolute ms); the main thread wakes for Ctrl-C. */
function sleepUntil(deadline: number): void {
  const main = isMainThread();
  releaseGilAround(() => {
    for (;;) {
      if (main && Atomics.load(I32, HeapHeader.PendingSignals) !== 0) return;
      // the eval-breaker word: the supervisor notifies it on Ctrl-C, and nothing else waits on it for long
      if (!waitOnWord(HeapHeader.EvalBreaker, Atomics.load(I32, HeapHeader.EvalBreaker), deadline, main)) return;
    }
  });
}

/** Seconds as CPython's _PyTime_FromSecondsObject takes them: a float, or anything with __index__. */
function secondsArg(r: Ref): number {
  if (isFloat(r)) {
    const x = floatValue(r);
    if (Number.isNaN(x)) throw raise(T.ValueError, 'Invalid value NaN (not a number)');
    return x;
  }
  const i = index(r);
  const v = intToSafe(i);
  decref(i);
  if (v === null) throw raise(T.OverflowError, 'timestamp too large to convert to C _PyTime_t');
  return v;
}

const sleep: NativeFn = (_m, args) => {
  const canPark = takeParkWindow(ts);
  if (args.length !== 1) throw raise(T.TypeError, `sleep() takes exactly one argument (${args.length} given)`);
  const secs = secondsArg(args[0]);
  if (secs < 0) throw raise(T.ValueError, 'sleep length must be non-negative');
  const deadline = absNow() + secs * 1000;
  // a long sleep in a thread gives its worker back (src/threads/park.ts)
  if (canPark && secs * 1000 > PARK_AFTER_MS) park({ kind: ParkKind.Sleep, obj: 0, word: 0, expect: 0, deadline });
  // a signal wakes the main thread: its handler runs here; unless that raises (Ctrl-C's KeyboardInterrupt),
  // the sleep goes on for the time left, as CPython (PEP 475)
  for (;;) {
    sleepUntil(deadline);
    if (!isMainThread() || !signalsPending()) break;
    handleSignals(ts);
    if (absNow() >= deadline) break;
  }
  return S.None;
};

parkCompleters[ParkKind.Sleep] = (req) => {
  sleepUntil(req.deadline); // whatever the supervisor's timer left
  return S.None;
};

// ---- time zone -------------------------------------------------------------------------------------------

function zoneAbbreviation(d: Date): string {
  for (const locale of ['en-US', 'en-GB']) {
    const part = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(d)
      .find((p) => p.type === 'timeZoneName');
    if (part && !/^GMT[+-]/.test(part.value)) return part.value;
  }
  const off = -d.getTimezoneOffset();
  const a = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${a % 60 ? String(a % 60).padStart(2, '0') : ''}`;
}

/** timezone/altzone/daylight/tzname as CPython derives them from January and July of this year. */
function localZone(): ZoneInfo & { daylight: boolean } {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1), jul = new Date(year, 6, 1);
  const janOff = -jan.getTimezoneOffset() * 60, julOff = -jul.getTimezoneOffset() * 60; // seconds east
  const janName = zoneAbbreviation(jan), julName = zoneAbbreviation(jul);
  if (janOff < julOff) return { timezone: -janOff, altzone: -julOff, daylight: true, tzname: [janName, julName] };
  if (janOff > julOff) return { timezone: -julOff, altzone: -janOff, daylight: true, tzname: [julName, janName] };
  return { timezone: -janOff, altzone: -janOff, daylight: false, tzname: [janName, janName] };
}

let zoneCache: (ZoneInfo & { daylight: boolean }) | null = null;
function zone(): ZoneInfo & { daylight: boolean } {
  return (zoneCache ??= localZone());
}

// ---- struct_time --------------------------------------------------------------------------------------

const STRUCT_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
  'tm_zone', 'tm_gmtoff'];

function structTime(m: Ref, tm: Tm): Ref {
  return newStructSeq(m, 'struct_time', [newInt(tm.year), newInt(tm.mon), newInt(tm.mday), newInt(tm.hour),
    newInt(tm.min), newInt(tm.sec), newInt(tm.wday), newInt(tm.yday), newInt(tm.isdst),
    tm.zone === null ? S.None : newStr(tm.zone), tm.gmtoff === null ? S.None : newInt(tm.gmtoff)]);
}

function utcTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  if (Number.isNaN(d.getTime())) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  const y = d.getUTCFullYear(), mo = d.getUTCMonth() + 1, day = d.getUTCDate();
  return {
    year: y, mon: mo, mday: day, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: weekday(y, mo, day), yday: dayOfYear(y, mo, day), isdst: 0, zone: 'GMT', gmtoff: 0,
  };
}

function localTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  if (Number.isNaN(d.getTime())) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  const y = d.getFullYear(), mo = d.getMonth() + 1, day = d.getDate();
  const z = zone();
  const east = -d.getTimezoneOffset() * 60;
  const isdst = z.daylight && east === -z.altzone && z.altzone !== z.timezone ? 1 : 0;
  return {
    year: y, mon: mo, mday: day, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: weekday(y, mo, day), yday: dayOfYear(y, mo, day), isdst, zone: z.tzname[isdst], gmtoff: east,
  };
}

/** The seconds argument of gmtime/localtime/ctime: None or missing means now; floats round down. */
function timestampArg(args: Ref[]): number {
  if (args.length === 0 || args[0] === S.None) return Number(wallNs() / 1000000n) / 1000;
  const r = args[0];
  let x: number;
  if (isFloat(r)) {
    x = floatValue(r);
    if (Number.isNaN(x)) throw raise(T.ValueError, 'Invalid value NaN (not a number)');
    x = Math.floor(x);
  } else {
    const i = index(r);
    const v = intToSafe(i);
    decref(i);
    if (v === null) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
    x = v;
  }
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e12) throw raise(T.OverflowError, 'timestamp out of range for platform time_t');
  return x;
}

function intField(r: Ref): number {
  if (!isInt(r)) {
    throw raise(T.TypeError, `'${typeNameOfObj(r)}' object cannot be interpreted as an integer`);
  }
  const v = intToSafe(r);
  if (v === null || Math.abs(v) > 0x7fffffff) throw raise(T.OverflowError, 'Python int too large to convert to C int');
  return v;
}

/** A time tuple argument (tuple or struct_time of 9 items); zone fields come from a struct_time. */
function tmArg(r: Ref, fname: string): Tm {
  if (!isTuple(r)) throw raise(T.TypeError, 'Tuple or struct_time argument required');
  const items = tupleItems(r);
  if (items.length !== 9) {
    if (fname === 'strftime') throw raise(T.TypeError, 'strftime(): illegal time tuple argument');
    throw raise(T.TypeError, `${fname}(): illegal time tuple argument`);
  }
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = items.map(intField);
  let zoneName: string | null = null, gmtoff: number | null = null;
  const d = instanceDict(r, false);
  if (d !== 0) {
    const hidden = dictGetStr(d, intern('_hidden'));
    if (hidden !== 0 && isTuple(hidden)) {
      const [z, g] = tupleItems(hidden);
      if (z !== undefined && isStr(z)) zoneName = strValue(z);
      if (g !== undefined && isInt(g)) gmtoff = intToSafe(g);
    }
  }
  return { year, mon, mday, hour, min, sec, wday, yday, isdst, zone: zoneName, gmtoff };
}

/** CPython's checks of a time tuple before formatting it (0 for month/day/yday reads as 1). */
function checkTm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  if (tm.mon < 1 || tm.mon > 12) throw raise(T.ValueError, 'month out of range');
  if (tm.mday === 0) tm.mday = 1;
  if (tm.mday < 0 || tm.mday > 31) throw raise(T.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw raise(T.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) throw raise(T.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw raise(T.ValueError, 'seconds out of range');
  // CPython converts to C's Sunday = 0 first (with C's remainder), then checks
  const cWday = (tm.wday + 1) % 7;
  if (cWday < 0) throw raise(T.ValueError, 'day of week out of range');
  tm.wday = (cWday + 6) % 7;
  if (tm.yday === 0) tm.yday = 1;
  if (tm.yday < 1 || tm.yday > 366) throw raise(T.ValueError, 'day of year out of range');
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
}

/** mktime: a local broken-down time to seconds since the epoch. */
function tmToEpoch(tm: Tm): number {
  const d = new Date(2000, 0, 1, 0, 0, 0);
  d.setFullYear(tm.year, tm.mon - 1, tm.mday);
  d.setHours(tm.hour, tm.min, tm.sec, 0);
  let t = d.getTime() / 1000;
  const z = zone();
  // an explicit isdst that disagrees with the rules shifts by the difference, as C's mktime does
  if (tm.isdst >= 0 && z.daylight) {
    const actualDst = -d.getTimezoneOffset() * 60 === -z.altzone;
    if (tm.isdst === 1 && !actualDst) t -= z.timezone - z.altzone;
    if (tm.isdst === 0 && actualDst) t += z.timezone - z.altzone;
  }
  if (Number.isNaN(t)) throw raise(T.OverflowError, 'mktime argument out of range');
  return t;
}

function asctimeOf(tm: Tm): string {
  const day = DAY_NAMES[((tm.wday % 7) + 7) % 7].slice(0, 3), mon = MONTH_NAMES[tm.mon - 1].slice(0, 3);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day} ${mon} ${String(tm.mday).padStart(2, ' ')} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year}`;
}

function strArg(r: Ref, fname: string, n: number): string {
  if (!isStr(r)) throw raise(T.TypeError, `${fname}() argument ${n} must be str, not ${typeNameOfObj(r)}`);
  return strValue(r);
}

// ---- the module ----------------------------------------------------------------------------------------------

const CLOCKS: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

export const timeDef = defineModule('time', {
  gilSafe: true, // no state
  functions: {
    time: () => newFloat(Number(wallNs()) / 1e9),
    time_ns: () => nsRef(wallNs()),
    monotonic: () => newFloat(Number(process.hrtime.bigint()) / 1e9),
    monotonic_ns: () => nsRef(process.hrtime.bigint()),
    perf_counter: () => newFloat(Number(process.hrtime.bigint()) / 1e9),
    perf_counter_ns: () => nsRef(process.hrtime.bigint()),
    process_time: () => newFloat(Number(cpuNs()) / 1e9),
    process_time_ns: () => nsRef(cpuNs()),
    thread_time: () => newFloat(ts.cpuNs() / 1e9),
    thread_time_ns: () => nsRef(BigInt(Math.round(ts.cpuNs()))),
    sleep,
    gmtime: (m, args) => structTime(m, utcTm(timestampArg(args))),
    localtime: (m, args) => structTime(m, localTm(timestampArg(args))),
    mktime: (_m, args) => {
      if (args.length !== 1) throw raise(T.TypeError, `mktime() takes exactly one argument (${args.length} given)`);
      return newFloat(tmToEpoch(tmArg(args[0], 'mktime')));
    },
    asctime: (_m, args) => {
      const tm = args.length === 0 ? localTm(timestampArg([])) : tmArg(args[0], 'asctime');
      checkTm(tm);
      return newStr(asctimeOf(tm));
    },
    ctime: (_m, args) => newStr(asctimeOf(localTm(timestampArg(args)))),
    strftime: (_m, args) => {
      if (args.length < 1 || args.length > 2) {
        throw raise(T.TypeError, `strftime expected at ${args.length < 1 ? 'least 1' : 'most 2'} argument${args.length < 1 ? '' : 's'}, got ${args.length}`);
      }
      const format = strArg(args[0], 'strftime', 1);
      const tm = args.length > 1 ? tmArg(args[1], 'strftime') : localTm(timestampArg([]));
      checkTm(tm);
      return newStr(formatTime(format, tm, zone(), (t) => Math.floor(tmToEpoch(t))));
    },
    strptime: (m, args) => {
      if (args.length < 1 || args.length > 2) throw raise(T.TypeError, `strptime() takes at most 2 arguments (${args.length} given)`);
      if (!isStr(args[0])) throw raise(T.TypeError, `strptime() argument 0 must be str, not ${typeReprOf(args[0])}`);
      if (args.length > 1 && !isStr(args[1])) throw raise(T.TypeError, `strptime() argument 1 must be str, not ${typeReprOf(args[1])}`);
      const format = args.length > 1 ? strValue(args[1]) : '%a %b %d %H:%M:%S %Y';
      try {
        return structTime(m, parseTime(strValue(args[0]), format, zone()));
      } catch (e) {
        if (e instanceof StrptimeError) throw raise(T.ValueError, e.message);
        throw e;
      }
    },
    get_clock_info: (_m, args) => {
      const name = args.length === 1 && isStr(args[0]) ? strValue(args[0]) : '';
      const info = CLOCKS[name];
      if (info === undefined) throw raise(T.ValueError, 'unknown clock');
      const types = importModule('types');
      const ns = callMethod(types, 'SimpleNamespace', [], null);
      decref(types);
      const set = (k: string, v: Ref) => {
        setAttr(ns, intern(k), v);
        decref(v);
      };
      set('implementation', newStr(info[0]));
      set('monotonic', info[1] ? S.True : S.False);
      set('adjustable', info[2] ? S.True : S.False);
      set('resolution', newFloat(1e-9));
      return ns;
    },
    tzset: () => {
      zoneCache = null;
      return S.None;
    },
    clock_gettime: (_m, args) => newFloat(Number(clockNs(args)) / 1e9),
    clock_gettime_ns: (_m, args) => nsRef(clockNs(args)),
    clock_getres: () => newFloat(1e-9),
  },
  releasesGil: ['sleep'],
  init(m) {
    setModuleAttrSteal(m, 'struct_time', makeStructSeqType({
      name: 'struct_time', module: 'time', fields: STRUCT_FIELDS, nSequence: 9,
    }));
    const z = zone();
    setModuleAttrSteal(m, 'timezone', newInt(z.timezone));
    setModuleAttrSteal(m, 'altzone', newInt(z.altzone));
    setModuleAttrSteal(m, 'daylight', newInt(z.daylight ? 1 : 0));
    setModuleAttrSteal(m, 'tzname', tupleSteal([newStr(z.tzname[0]), newStr(z.tzname[1])]));
    const clocks: Record<string, number> = {
      CLOCK_REALTIME: 0, CLOCK_MONOTONIC: 1, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_THREAD_CPUTIME_ID: 3,
      CLOCK_MONOTONIC_RAW: 4, CLOCK_BOOTTIME: 7, CLOCK_TAI: 11,
    };
    for (const [k, v] of Object.entries(clocks)) setModuleAttrSteal(m, k, newInt(v));
  },
});
markParkable(timeDef.natives.get('sleep')!);

function clockNs(args: Ref[]): bigint {
  const id = args.length > 0 ? intField(args[0]) : 0;
  if (id === 0 || id === 11) return wallNs();
  if (id === 2 || id === 3) return cpuNs();
  return process.hrtime.bigint();
}

/** "<class 'int'>", as strptime's messages show the type. */
function typeReprOf(r: Ref): string {
  return `<class '${typeNameOfObj(r)}'>`;
}
