// time.strftime and time.strptime in the C locale, on broken-down times (Tm). Pure functions; the time
// module converts between Tm and struct_time.

export interface Tm {
  year: number;
  mon: number; // 1-12
  mday: number; // 1-31
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday = 0
  yday: number; // 1-366
  isdst: number; // -1, 0, 1
  zone: string | null;
  gmtoff: number | null; // seconds east of UTC
}

/** What strftime needs to know about the local time zone. */
export interface ZoneInfo {
  tzname: [string, string];
  timezone: number; // seconds west of UTC, standard time
  altzone: number; // seconds west of UTC, daylight saving time
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : fill.repeat(width - s.length) + s);
}

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Monday = 0 */
export function weekday(y: number, m: number, d: number): number {
  return (((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7;
}

export function dayOfYear(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1;
}

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayIso = tm.wday + 1; // 1..7, Monday = 1
  const thursdayYday = tm.yday - wdayIso + 4; // the yday of this week's Thursday
  if (thursdayYday < 1) {
    const prev = tm.year - 1;
    const prevDays = isLeap(prev) ? 366 : 365;
    return [prev, Math.floor((thursdayYday + prevDays - 1) / 7) + 1];
  }
  const days = isLeap(tm.year) ? 366 : 365;
  if (thursdayYday > days) return [tm.year + 1, 1];
  return [tm.year, Math.floor((thursdayYday - 1) / 7) + 1];
}

function offsetString(west: number): string {
  const east = -west;
  const a = Math.abs(east);
  return `${east < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
}

/** strftime(format, tm). `epoch` gives %s (seconds since the epoch for tm as local time). */
export function formatTime(format: string, tm: Tm, zone: ZoneInfo, epoch: (tm: Tm) => number): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const d = format[++i];
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'a': out += DAY_NAMES[tm.wday].slice(0, 3); break;
      case 'A': out += DAY_NAMES[tm.wday]; break;
      case 'b': case 'h': out += MONTH_NAMES[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTH_NAMES[tm.mon - 1]; break;
      case 'c': out += formatTime('%a %b %e %H:%M:%S %Y', tm, zone, epoch); break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': out += formatTime('%m/%d/%y', tm, zone, epoch); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += formatTime('%Y-%m-%d', tm, zone, epoch); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(hour12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(hour12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += formatTime('%I:%M:%S %p', tm, zone, epoch); break;
      case 'R': out += formatTime('%H:%M', tm, zone, epoch); break;
      case 's': out += String(epoch(tm)); break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += formatTime('%H:%M:%S', tm, zone, epoch); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'x': out += formatTime('%m/%d/%y', tm, zone, epoch); break;
      case 'X': out += formatTime('%H:%M:%S', tm, zone, epoch); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z':
        if (tm.isdst >= 0) out += offsetString(tm.gmtoff !== null ? -tm.gmtoff : tm.isdst > 0 ? zone.altzone : zone.timezone);
        break;
      case 'Z':
        if (tm.isdst >= 0) out += tm.zone ?? zone.tzname[tm.isdst > 0 ? 1 : 0];
        break;
      case '%': out += '%'; break;
      default: out += '%' + d; // unknown directives stay as they are, as glibc does
    }
  }
  return out;
}

// ---- strptime -------------------------------------------------------------------------------------------------

const NUM: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(\\d{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  W: '(5[0-3]|[0-4]\\d|\\d)',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
};

const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

function alternatives(words: string[]): string {
  return '(' + [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|') + ')';
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class StrptimeError extends Error {}

/** Build the regex for a format; directives in the order their groups appear. */
function compileFormat(format: string, zone: ZoneInfo): { re: RegExp; directives: string[] } {
  const directives: string[] = [];
  let src = '';
  const expand = (fmt: string): void => {
    for (let i = 0; i < fmt.length; i++) {
      const ch = fmt[i];
      if (ch === '%') {
        if (i + 1 >= fmt.length) throw new StrptimeError(`stray % in format '${format}'`);
        const d = fmt[++i];
        if (d === '%') src += '%';
        else if (COMPOSITE[d] !== undefined) expand(COMPOSITE[d]);
        else if (NUM[d] !== undefined) {
          src += NUM[d];
          directives.push(d);
        } else if (d === 'a' || d === 'A') {
          src += alternatives(d === 'a' ? DAY_NAMES.map((n) => n.slice(0, 3)) : DAY_NAMES);
          directives.push(d);
        } else if (d === 'b' || d === 'B' || d === 'h') {
          src += alternatives(d === 'B' ? MONTH_NAMES : MONTH_NAMES.map((n) => n.slice(0, 3)));
          directives.push(d === 'h' ? 'b' : d);
        } else if (d === 'p') {
          src += '(am|pm)';
          directives.push(d);
        } else if (d === 'Z') {
          src += alternatives([...new Set(['utc', 'gmt', zone.tzname[0].toLowerCase(), zone.tzname[1].toLowerCase()])]);
          directives.push(d);
        } else {
          throw new StrptimeError(`'${d}' is a bad directive in format '${format}'`);
        }
      } else if (/\s/.test(ch)) {
        src += '\\s+';
        while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
      } else {
        src += escapeRegex(ch);
      }
    }
  };
  expand(format);
  return { re: new RegExp('^' + src, 'i'), directives };
}

function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q).replace(/\n/g, '\\n').replace(/\t/g, '\\t') + q;
}

/** strptime(data, format) → Tm with the fraction of a second (microseconds). */
export function parseTime(data: string, format: string, zone: ZoneInfo): Tm & { fraction: number } {
  const { re, directives } = compileFormat(format, zone);
  const m = re.exec(data);
  if (m === null) throw new StrptimeError(`time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
  if (m[0].length !== data.length) throw new StrptimeError(`unconverted data remains: ${data.slice(m[0].length)}`);
  let year: number | null = null, mon = 1, mday = 1, hour = 0, min = 0, sec = 0, fraction = 0;
  let wday: number | null = null, yday: number | null = null, isdst = -1;
  let weekOfYear: number | null = null, weekStartsMonday = false;
  let isoYear: number | null = null, isoWeekNo: number | null = null;
  let ampm: string | null = null, hour12: number | null = null;
  let tzName: string | null = null, gmtoff: number | null = null;
  directives.forEach((d, k) => {
    const v = m[k + 1];
    const n = Number(v);
    switch (d) {
      case 'y': year = n + (n <= 68 ? 2000 : 1900); break;
      case 'Y': year = n; break;
      case 'G': isoYear = n; break;
      case 'm': mon = n; break;
      case 'b': mon = MONTH_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()) + 1; break;
      case 'B': mon = MONTH_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'd': mday = n; break;
      case 'H': hour = n; break;
      case 'I': hour12 = n; break;
      case 'p': ampm = v.toLowerCase(); break;
      case 'M': min = n; break;
      case 'S': sec = n; break;
      case 'f': fraction = Number(v.padEnd(6, '0')); break;
      case 'a': wday = DAY_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()); break;
      case 'A': wday = DAY_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()); break;
      case 'w': wday = (n + 6) % 7; break;
      case 'u': wday = n - 1; break;
      case 'j': yday = n; break;
      case 'U': case 'W': weekOfYear = n; weekStartsMonday = d === 'W'; break;
      case 'V': isoWeekNo = n; break;
      case 'z': gmtoff = parseOffset(v); break;
      case 'Z': {
        tzName = v;
        const low = v.toLowerCase();
        if (low === 'utc' || low === 'gmt') isdst = 0;
        else if (zone.tzname[0] !== zone.tzname[1] || zone.timezone === zone.altzone) {
          if (low === zone.tzname[0].toLowerCase()) isdst = 0;
          else if (low === zone.tzname[1].toLowerCase()) isdst = 1;
        }
        break;
      }
    }
  });
  if (hour12 !== null) hour = ampm === 'pm' ? (hour12 % 12) + 12 : ampm === 'am' ? hour12 % 12 : hour12;
  if (isoYear !== null || isoWeekNo !== null) {
    if (isoYear === null || isoWeekNo === null || wday === null) {
      throw new StrptimeError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    // Monday of ISO week 1 is the Monday of the week holding January 4
    const jan4 = daysFromCivil(isoYear, 1, 4);
    const day = jan4 - weekday(isoYear, 1, 4) + (isoWeekNo - 1) * 7 + wday;
    const civil = civilFromDays(day);
    year = civil[0];
    yday = day - daysFromCivil(civil[0], 1, 1) + 1;
  }
  const y: number = year ?? 1900;
  if (yday === null && weekOfYear !== null && wday !== null) {
    // week 1 starts on the year's first Monday (%W) or Sunday (%U); week 0 is the days before it
    const jan1 = weekday(y, 1, 1);
    const firstWeekStart = weekStartsMonday ? 1 + (7 - jan1) % 7 : 1 + (6 - jan1);
    const dayInWeek = weekStartsMonday ? wday : (wday + 1) % 7;
    yday = firstWeekStart + (weekOfYear - 1) * 7 + dayInWeek;
  }
  if (yday !== null) {
    const civil = civilFromDays(daysFromCivil(y, 1, 1) + yday - 1);
    mon = civil[1];
    mday = civil[2];
    year = civil[0];
  } else {
    const monthDays = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (mday > monthDays[mon - 1]) throw new StrptimeError('day is out of range for month');
  }
  const yr = year ?? 1900;
  return {
    year: yr, mon, mday, hour, min, sec, wday: weekday(yr, mon, mday), yday: dayOfYear(yr, mon, mday), isdst,
    zone: tzName, gmtoff, fraction,
  };
}

function parseOffset(v: string): number {
  if (v.toUpperCase() === 'Z') return 0;
  const sign = v[0] === '-' ? -1 : 1;
  if (v.length > 6 && (v[3] === ':') !== (v[6] === ':')) throw new StrptimeError(`Inconsistent use of : in ${v}`);
  const digits = v.slice(1).replace(/:/g, '');
  const hh = Number(digits.slice(0, 2)), mm = Number(digits.slice(2, 4)), ss = Number(digits.slice(4, 6) || '0');
  return sign * (hh * 3600 + mm * 60 + ss);
}

/** [year, month, day] of a day number (days since 1970-01-01). */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? y + 1 : y, m, d];
}
