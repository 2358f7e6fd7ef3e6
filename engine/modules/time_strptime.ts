// ## time.strptime
//
// Models Lib/_strptime.py in the C locale: each directive becomes the same regular expression
// _strptime's TimeRE uses, the whole format must match the whole string (case-insensitive,
// runs of whitespace matching any whitespace), and the result is completed the same way —
// defaults of 1900-01-01 00:00:00, the weekday and day of the year computed from the date,
// tm_isdst -1 unless %Z names UTC/GMT.

import { raiseValueError } from '../objects/exceptions.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];

const DIRECTIVES: Record<string, string> = {
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?<U>5[0-3]|[0-4]\\d|\\d)',
  W: '(?<W>5[0-3]|[0-4]\\d|\\d)',
  w: '(?<w>[0-6])',
  u: '(?<u>[1-7])',
  y: '(?<y>\\d\\d)',
  Y: '(?<Y>\\d\\d\\d\\d)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
  A: `(?<A>${DAYS.join('|')})`,
  a: `(?<a>${DAYS.map((d) => d.slice(0, 3)).join('|')})`,
  B: `(?<B>${MONTHS.join('|')})`,
  b: `(?<b>${MONTHS.map((m) => m.slice(0, 3)).join('|')})`,
  p: '(?<p>am|pm)',
  Z: '(?<Z>utc|gmt)',
  '%': '%',
};

export interface ParsedTime {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; gmtoff: number | null; zone: string | null;
}

/** Days from 0001-01-01 (proleptic Gregorian), as date.toordinal(). */
function ordinal(y: number, m: number, d: number): number {
  const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const yy = y - 1;
  return yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + before[m - 1] + (leap && m > 2 ? 1 : 0) + d;
}

function formatRegex(fmt: string): RegExp {
  let src = '';
  const seen = new Set<string>();
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%') {
      const d = fmt[i + 1];
      if (d === undefined) raiseValueError("stray % in format '" + fmt + "'");
      const re = DIRECTIVES[d];
      if (re === undefined) raiseValueError(`'${d}' is a bad directive in format '${fmt}'`);
      if (d !== '%' && seen.has(d)) src += `\\k<${d}>`;
      else src += re;
      seen.add(d);
      i++;
    } else if (/\s/.test(c)) {
      while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
      src += '\\s+';
    } else {
      src += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${src}`, 'i');
}

export function strptime(data: string, fmt: string): ParsedTime {
  const m = formatRegex(fmt).exec(data);
  const show = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (m === null) raiseValueError(`time data ${show(data)} does not match format ${show(fmt)}`);
  if (m[0].length !== data.length) raiseValueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const g = m.groups ?? {};
  let year = 1900, mon = 1, mday = 1, hour = 0, min = 0, sec = 0;
  let isdst = -1, gmtoff: number | null = null, zone: string | null = null;
  let yday = -1, wday: number | null = null;
  if (g.y !== undefined) { year = Number(g.y); year += year <= 68 ? 2000 : 1900; }
  if (g.Y !== undefined) year = Number(g.Y);
  if (g.m !== undefined) mon = Number(g.m);
  if (g.B !== undefined) mon = MONTHS.indexOf(g.B.toLowerCase()) + 1;
  if (g.b !== undefined) mon = MONTHS.findIndex((x) => x.startsWith(g.b.toLowerCase())) + 1;
  if (g.d !== undefined) mday = Number(g.d);
  if (g.H !== undefined) hour = Number(g.H);
  if (g.I !== undefined) {
    hour = Number(g.I);
    const ampm = (g.p ?? '').toLowerCase();
    if (ampm === '' || ampm === 'am') { if (hour === 12) hour = 0; } else if (hour !== 12) hour += 12;
  }
  if (g.M !== undefined) min = Number(g.M);
  if (g.S !== undefined) sec = Number(g.S);
  if (g.A !== undefined) wday = DAYS.indexOf(g.A.toLowerCase());
  if (g.a !== undefined) wday = DAYS.findIndex((x) => x.startsWith(g.a.toLowerCase()));
  if (g.w !== undefined) wday = (Number(g.w) + 6) % 7;
  if (g.u !== undefined) wday = Number(g.u) - 1;
  if (g.j !== undefined) yday = Number(g.j);
  if (g.Z !== undefined) { zone = g.Z; isdst = 0; }
  if (g.z !== undefined) {
    if (g.z === 'Z' || g.z === 'z') gmtoff = 0;
    else {
      const z = g.z.replace(/:/g, '');
      const sign = z[0] === '-' ? -1 : 1;
      gmtoff = sign * (Number(z.slice(1, 3)) * 3600 + Number(z.slice(3, 5)) * 60 + Number(z.slice(5, 7) || 0));
    }
  }
  const daysIn = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (mday > daysIn[mon - 1]) raiseValueError('day is out of range for month');
  if (yday === -1) yday = ordinal(year, mon, mday) - ordinal(year, 1, 1) + 1;
  else {
    const ord = ordinal(year, 1, 1) + yday - 1;
    // Convert back to a calendar date (the day-of-year directive wins).
    let mm = 1;
    while (mm < 12 && ordinal(year, mm + 1, 1) <= ord) mm++;
    mon = mm;
    mday = ord - ordinal(year, mm, 1) + 1;
  }
  if (wday === null) wday = (ordinal(year, mon, mday) + 6) % 7;
  return { year, mon, mday, hour, min, sec, wday, yday, isdst, gmtoff, zone };
}
