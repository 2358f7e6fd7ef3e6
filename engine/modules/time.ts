// ## The time module
//
// Models Modules/timemodule.c on Linux: clocks from Node's high-resolution timers,
// struct_time conversions in UTC and local time, strftime with the C library's directives,
// and sleep() that really blocks the thread (Atomics.wait) so timing experiments behave.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyInt, newInt, newIntBig } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { newStructSeqType, newStructSeq } from '../objects/structseq.js';
import { raiseTypeError, raiseValueError, raise, OverflowError, KeyboardInterrupt } from '../objects/exceptions.js';
import { stdio } from '../vm/stdio.js';
import { typeName, iterableToArray, index, getAttrOpt } from '../objects/abstract.js';
import { tstate } from '../vm/tstate.js';
import { gil, sleepThread, calledDirectly } from '../vm/threads.js';
import { defineModule } from './registry.js';
import { strptime } from './time_strptime.js';

const t0 = process.hrtime.bigint();

function seconds(o: PyObject, what: string): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  raiseTypeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  void what;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Block for `secs`; an interrupt wakes it and raises KeyboardInterrupt (as CPython's EINTR path). */
function sleepFor(secs: number): void {
  const end = Date.now() + secs * 1000;
  stdio.sink.beforeBlock?.();
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) return;
    const intr = tstate.interrupt;
    if (intr !== null) {
      const r = Atomics.wait(intr, 0, 0, Math.min(left, 50));
      if (r !== 'timed-out' && Atomics.load(intr, 0) !== 0) {
        Atomics.store(intr, 0, 0);
        raise(KeyboardInterrupt, null);
      }
    } else {
      Atomics.wait(sleepCell, 0, 0, left);
    }
  }
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; zone: string; gmtoff: number }

function tmFromDate(d: Date, utc: boolean): Tm {
  const g = (local: () => number, u: () => number) => (utc ? u() : local());
  const year = g(() => d.getFullYear(), () => d.getUTCFullYear());
  const mon = g(() => d.getMonth(), () => d.getUTCMonth()) + 1;
  const mday = g(() => d.getDate(), () => d.getUTCDate());
  const start = utc ? Date.UTC(year, 0, 1) : new Date(year, 0, 1).getTime();
  const dayStart = utc ? Date.UTC(year, mon - 1, mday) : new Date(year, mon - 1, mday).getTime();
  const yday = Math.round((dayStart - start) / 86400000) + 1;
  const jsDay = g(() => d.getDay(), () => d.getUTCDay());
  const off = utc ? 0 : -d.getTimezoneOffset() * 60;
  return {
    year, mon, mday, hour: g(() => d.getHours(), () => d.getUTCHours()), min: g(() => d.getMinutes(), () => d.getUTCMinutes()),
    sec: g(() => d.getSeconds(), () => d.getUTCSeconds()), wday: (jsDay + 6) % 7, yday, isdst: 0,
    zone: utc ? 'UTC' : localZoneName(d), gmtoff: off,
  };
}

function localZoneName(d: Date): string {
  const m = /\(([^)]+)\)$/.exec(d.toString());
  if (m && /^[A-Z]{2,5}$/.test(m[1])) return m[1];
  if (d.getTimezoneOffset() === 0) return 'UTC';
  const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
}

let structTime: ReturnType<typeof newStructSeqType> | null = null;
function structTimeType() {
  if (structTime === null) {
    structTime = newStructSeqType('time.struct_time',
      ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'], 9);
  }
  return structTime;
}

function toStruct(tm: Tm): PyObject {
  return newStructSeq(structTimeType(), [
    newInt(tm.year), newInt(tm.mon), newInt(tm.mday), newInt(tm.hour), newInt(tm.min), newInt(tm.sec),
    newInt(tm.wday), newInt(tm.yday), newInt(tm.isdst), newStr(tm.zone), newInt(tm.gmtoff),
  ]);
}

function fromStruct(o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) raiseTypeError(`Tuple or struct_time argument required`);
  const v = iterableToArray(o);
  if (v.length < 9) raiseTypeError(`${fname}(): illegal time tuple argument`);
  const n = (i: number) => Number(index(v[i]).value);
  // tm_zone and tm_gmtoff are attributes of a struct_time, not items.
  const zone = v[9] ?? (o.ob_type === structTimeType() ? getAttrOpt(o, 'tm_zone') : null);
  const gmtoff = v[10] ?? (o.ob_type === structTimeType() ? getAttrOpt(o, 'tm_gmtoff') : null);
  return { year: n(0), mon: n(1), mday: n(2), hour: n(3), min: n(4), sec: n(5), wday: n(6), yday: n(7), isdst: n(8),
    zone: zone instanceof PyStr ? zone.value : 'UTC', gmtoff: gmtoff instanceof PyInt ? Number(gmtoff.value) : 0 };
}

function timeArg(args: PyObject[], i: number): Date {
  const a = args[i];
  if (a === undefined || a === Py_None) return new Date();
  const s = seconds(a, '');
  if (!Number.isFinite(s)) raise(OverflowError, 'timestamp out of range for platform time_t');
  return new Date(Math.floor(s) * 1000);
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** strftime with glibc's directives (the ones CPython passes through). */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) { out += ch; continue; }
    const d = fmt[++i];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'Y': out += String(tm.year); break;
      case 'y': out += pad(tm.year % 100); break;
      case 'm': out += pad(tm.mon); break;
      case 'd': out += pad(tm.mday); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'H': out += pad(tm.hour); break;
      case 'I': out += pad(h12); break;
      case 'M': out += pad(tm.min); break;
      case 'S': out += pad(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon - 1]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      // Week numbers: weeks starting on Sunday (%U) or Monday (%W); days before the first are week 0.
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - (tm.wday + 1) % 7) / 7)); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7)); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'Z': out += tm.zone; break;
      case 'z': {
        const o = tm.gmtoff, s = o < 0 ? '-' : '+', a = Math.abs(o);
        out += `${s}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case 'c': out += `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`; break;
      case 'x': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(tm.year % 100)}`; break;
      case 'X': case 'T': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'D': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(tm.year % 100)}`; break;
      case 'F': out += `${tm.year}-${pad(tm.mon)}-${pad(tm.mday)}`; break;
      case 'R': out += `${pad(tm.hour)}:${pad(tm.min)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

defineModule('time', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn, doc?: string) => dictSetStr(d, name, newBuiltin(name, fn, 'time', undefined, doc));
  // The wall clock is read once and advanced by the high-resolution clock, so time() has
  // nanosecond steps and never goes backwards (mixing Date.now()'s milliseconds with
  // hrtime's low digits did, about once in 2,000 calls).
  const epochNs0 = BigInt(Date.now()) * 1000000n, hr0 = process.hrtime.bigint();
  const nowNs = () => epochNs0 + (process.hrtime.bigint() - hr0);
  f('time', () => newFloat(Number(nowNs()) / 1e9), 'Return the current time in seconds since the Epoch.');
  f('time_ns', () => newIntBig(nowNs()), 'Return the current time in nanoseconds since the Epoch.');
  const mono = () => Number(process.hrtime.bigint() - t0) / 1e9 + 1000;
  const monoNs = () => process.hrtime.bigint() - t0 + 1000000000000n;
  f('monotonic', () => newFloat(mono()), 'Monotonic clock, cannot go backward.');
  f('monotonic_ns', () => newIntBig(monoNs()), 'Monotonic clock, cannot go backward, as nanoseconds.');
  f('perf_counter', () => newFloat(mono()), 'Performance counter for benchmarking.');
  f('perf_counter_ns', () => newIntBig(monoNs()), 'Performance counter for benchmarking as nanoseconds.');
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  f('process_time', () => newFloat(cpu()), 'Process time for profiling: sum of the kernel and user-space CPU time.');
  f('process_time_ns', () => newIntBig(BigInt(Math.round(cpu() * 1e9))), 'Process time for profiling as nanoseconds.');
  f('thread_time', () => newFloat(cpu()), 'Thread time for profiling: sum of the kernel and user-space CPU time.');
  const sleep = newBuiltin('sleep', (_m, a, k) => {
    const direct = calledDirectly(sleep.def, k);
    const [secs] = parseArgs('sleep', a, k, { names: ['secs'], required: 1 });
    const s = seconds(secs!, 'sleep');
    if (s < 0) raiseValueError('sleep length must be non-negative');
    // With other threads, sleeping gives them the GIL (threads.ts); alone, it just waits.
    if (gil.threads.length > 1 || gil.current.wake !== null) sleepThread(s, sleep.def, direct);
    else sleepFor(s);
    return Py_None;
  }, 'time', undefined, 'Delay execution for a given number of seconds.');
  dictSetStr(d, 'sleep', sleep);
  f('gmtime', (_m, a) => toStruct(tmFromDate(timeArg(a, 0), true)), 'Convert seconds since the Epoch to a time tuple expressing UTC.');
  f('localtime', (_m, a) => toStruct(tmFromDate(timeArg(a, 0), false)), 'Convert seconds since the Epoch to a time tuple expressing local time.');
  f('mktime', (_m, a) => {
    const tm = fromStruct(a[0], 'mktime');
    return newFloat(new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime() / 1000);
  }, 'Convert a time tuple in local time to seconds since the Epoch.');
  f('strftime', (_m, a) => {
    if (!(a[0] instanceof PyStr)) raiseTypeError(`strftime() argument 1 must be str, not ${typeName(a[0])}`);
    const tm = a.length > 1 ? fromStruct(a[1], 'strftime') : tmFromDate(new Date(), false);
    return newStr(strftime(a[0].value, tm));
  }, 'Convert a time tuple to a string according to a format specification.');
  f('strptime', (_m, a) => {
    const [data, fmt] = parseArgs('strptime', a, null, { names: ['string', 'format'], required: 1 });
    if (!(data instanceof PyStr)) raiseTypeError(`strptime() argument 1 must be str, not ${typeName(data!)}`);
    if (fmt !== null && !(fmt instanceof PyStr)) raiseTypeError(`strptime() argument 2 must be str, not ${typeName(fmt)}`);
    const t = strptime(data.value, fmt === null ? '%a %b %d %H:%M:%S %Y' : fmt.value);
    return newStructSeq(structTimeType(), [
      newInt(t.year), newInt(t.mon), newInt(t.mday), newInt(t.hour), newInt(t.min), newInt(t.sec),
      newInt(t.wday), newInt(t.yday), newInt(t.isdst),
      t.zone === null ? Py_None : newStr(t.zone), t.gmtoff === null ? Py_None : newInt(t.gmtoff),
    ]);
  }, 'Parse a string to a time tuple according to a format specification.');
  f('asctime', (_m, a) => newStr(asctime(a.length ? fromStruct(a[0], 'asctime') : tmFromDate(new Date(), false))), 'Convert a time tuple to a string.');
  f('ctime', (_m, a) => newStr(asctime(tmFromDate(timeArg(a, 0), false))), 'Convert a time in seconds since the Epoch to a string in local time.');
  dictSetStr(d, 'struct_time', structTimeType());
  const off = -new Date().getTimezoneOffset() * 60;
  dictSetStr(d, 'timezone', newInt(-off));
  dictSetStr(d, 'altzone', newInt(-off));
  dictSetStr(d, 'daylight', newInt(0));
  void Py_None;
});
