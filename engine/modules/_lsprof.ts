// ## _lsprof: the deterministic profiler behind cProfile
//
// Models Modules/_lsprof.c (3.11).  A Profiler installs itself as the C-level profile hook
// (tracing.ts setProfile, as PyEval_SetProfile(profiler_callback, self)), so sys.getprofile()
// returns the profiler.  Each 'call' (and 'c_call' of a builtin) pushes a context holding
// the start time; each 'return' pops the top context and charges its time to the function's
// entry: total time once per outermost activation (recursion counted apart), inline time
// less the time of the calls made from it.  With subcalls on, each entry also keeps one
// sub-entry per callee, which cProfile turns into the callers dictionaries of pstats.
//
// Entries are keyed by the code object, or for builtins by their method definition (so
// every list's append shares one entry), and named as normalizeUserObj() does.
// getstats() lists them in first-call order; CPython's order follows memory addresses.

import { PyObject } from '../objects/object.js';
import { PyType, Py_TPFLAGS_BASETYPE } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { newStaticType, PyBaseObject_Type } from '../objects/typeobjects.js';
import { defineType, readyType } from '../objects/typeready.js';
import { dictSetStr, dictGetStr } from '../objects/dict.js';
import { interp } from '../vm/interp.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { newStr } from '../objects/str.js';
import { newList } from '../objects/list.js';
import { Py_None } from '../objects/singletons.js';
import { PyCFunction } from '../objects/descr.js';
import { newStructSeqType, newStructSeq } from '../objects/structseq.js';
import { raiseTypeError, raiseValueError, raise, OverflowError, PyBaseException } from '../objects/exceptions.js';
import { call, index, reprString, typeName, getAttr } from '../objects/abstract.js';
import { typeLookup } from '../objects/typeobject.js';
import { tracing, setProfile, PyTrace_CALL, PyTrace_RETURN, PyTrace_C_CALL, PyTrace_C_RETURN, PyTrace_C_EXCEPTION, TraceFunc } from '../vm/tracing.js';
import { formatException } from '../vm/traceback.js';
import { stdio } from '../vm/stdio.js';
import { defineModule } from './registry.js';
import { floatAsDouble } from '../objects/floatobject.js';
import { Py_INCREF, Py_DECREF, Py_XSETREF, traverseHooks } from '../memory/refcount.js';

// POF_* flags of _lsprof.c.
const POF_ENABLED = 1, POF_SUBCALLS = 2, POF_BUILTINS = 4;

/** Statistics for one function, or (as a sub-entry) for one callee of a function. */
class SubEntry {
  /** Times in timer units (nanoseconds for the built-in timer). */
  tt = 0;
  it = 0;
  callcount = 0;
  recursivecallcount = 0;
  recursionLevel = 0;
  constructor(readonly entry: Entry) {}
}

class Entry extends SubEntry {
  readonly calls = new Map<Entry, SubEntry>();
  /** A counted reference (newProfilerEntry's Py_INCREF), dropped by clearEntries(). */
  constructor(readonly userObj: PyObject) {
    super(null as unknown as Entry);
    Py_INCREF(userObj);
  }
}

/** One running call: ProfilerContext. */
interface Context {
  t0: number;
  /** Time spent in the calls made from this one. */
  subt: number;
  previous: Context | null;
  ctxEntry: Entry;
}

class PyProfiler extends PyObject {
  flags = POF_SUBCALLS | POF_BUILTINS;
  entries = new Map<unknown, Entry>();
  current: Context | null = null;
  externalTimer: PyObject | null = null;
  externalTimerUnit = 0.0;
  constructor(type: PyType) { super(type); }
}

const P = (o: PyObject) => o as PyProfiler;

/** clearEntries(): drops the entries and the references they hold. */
function clearEntries(p: PyProfiler): void {
  const entries = [...p.entries.values()];
  p.entries.clear();
  // clearEntries() drops the running contexts too: later returns find nothing to stop.
  p.current = null;
  for (const e of entries) Py_DECREF(e.userObj);
}

// profiler_dealloc: the entries' references and the timer's go with the profiler.  The
// collector does not see them (profiler_traverse visits only the type), so a cycle through
// a Python timer stays uncollected as in CPython.
traverseHooks.push((o, visit, dealloc) => {
  if (!(o instanceof PyProfiler)) return false;
  if (!dealloc) return true;
  // The hook does not count its profiler (CPython's does, so there an enabled profiler is
  // never freed): unhook it rather than leave the hook pointing at a freed object.  Its
  // running contexts only fed entries that go now, so they are dropped without timing.
  if (tracing.c_profileobj === o) setProfile(null, null);
  o.flags &= ~POF_ENABLED;
  o.current = null;
  for (const e of o.entries.values()) visit(e.userObj);
  o.entries.clear();
  const timer = o.externalTimer;
  o.externalTimer = null;
  if (timer !== null) visit(timer);
  return true;
});

// ## The timer

const perfStart = process.hrtime.bigint();
/** _PyTime_GetPerfCounter in nanoseconds. */
function perfCounterNs(): number {
  return Number(process.hrtime.bigint() - perfStart);
}

/** CallExternalTimer(): a Python timer's result as timer units; failures are reported, then read as 0. */
function callExternalTimer(p: PyProfiler): number {
  try {
    const o = call(p.externalTimer!, []);
    if (p.externalTimerUnit > 0.0) {
      // _PyTime_FromNanosecondsObject: an int, scaled by timeunit in getstats().
      if (!(o instanceof PyInt)) raiseTypeError(`expect int, got ${typeName(o)}`);
      return Number(o.value);
    }
    // _PyTime_FromSecondsObject(..., _PyTime_ROUND_FLOOR): seconds to nanoseconds.
    if (o instanceof PyInt) return Number(o.value) * 1e9;
    const d = floatAsDouble(o);
    if (Number.isNaN(d)) raiseValueError('Invalid value NaN (not a number)');
    const ns = Math.floor(d * 1e9);
    if (!(Math.abs(ns) < 2 ** 63)) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
    return ns;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, p.externalTimer!);
    return 0;
  }
}

/** PyErr_WriteUnraisable(obj): "Exception ignored in: ..." and the traceback, on sys.stderr. */
function writeUnraisable(e: PyBaseException, obj: PyObject): void {
  const text = `Exception ignored in: ${reprString(obj)}\n${formatException(e)}`;
  const err = interp.sys === null ? null : dictGetStr(interp.sys.md_dict, 'stderr');
  if (err !== null && err !== Py_None) call(getAttr(err, 'write'), [newStr(text)]);
  else stdio.sink.write(2, text);
}

function callTimer(p: PyProfiler): number {
  return p.externalTimer !== null ? callExternalTimer(p) : perfCounterNs();
}

// ## Entering and leaving calls

/** normalizeUserObj(): builtins are named by a string rather than kept alive. */
function normalizeUserObj(obj: PyObject): PyObject {
  if (!(obj instanceof PyCFunction)) return obj;
  const name = obj.def.name;
  const self = obj.self;
  if (self !== null && !(self instanceof PyModule)) {
    // A builtin method: the repr of what its type has under that name.
    const mo = typeLookup(self.ob_type, name);
    if (mo !== null) {
      try {
        return newStr(reprString(mo));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
  // A module's builtin function, or a method its type does not show: name it by module.
  return newStr(obj.module !== null ? `<built-in method ${obj.module}.${name}>` : `<built-in method ${name}>`);
}

function getEntry(p: PyProfiler, key: unknown, userObj: PyObject): Entry {
  let e = p.entries.get(key);
  if (e === undefined) {
    // The entry keeps its code object (or the builtin's name) alive, as CPython's does: a
    // function freed before getstats() still has its entry, and a name made here would
    // otherwise be garbage at the next safe point.
    e = new Entry(normalizeUserObj(userObj));
    p.entries.set(key, e);
  }
  return e;
}

function subEntryFor(caller: Entry, entry: Entry): SubEntry {
  let s = caller.calls.get(entry);
  if (s === undefined) {
    s = new SubEntry(entry);
    caller.calls.set(entry, s);
  }
  return s;
}

/** ptrace_enter_call() with initContext(). */
function enterCall(p: PyProfiler, key: unknown, userObj: PyObject): void {
  const entry = getEntry(p, key, userObj);
  const ctx: Context = { t0: 0, subt: 0, previous: p.current, ctxEntry: entry };
  p.current = ctx;
  entry.recursionLevel++;
  if ((p.flags & POF_SUBCALLS) && ctx.previous !== null) subEntryFor(ctx.previous.ctxEntry, entry).recursionLevel++;
  ctx.t0 = callTimer(p);
}

/**
 * ptrace_leave_call(): stops the innermost context, charged to `key`'s entry (as CPython,
 * without checking that the two match).
 */
function leaveCall(p: PyProfiler, key: unknown): void {
  const ctx = p.current;
  if (ctx === null) return;
  const entry = p.entries.get(key);
  if (entry !== undefined) stop(p, ctx, entry);
  else p.current = ctx.previous;
}

/** Stop(): charge one finished call. */
function stop(p: PyProfiler, ctx: Context, entry: Entry): void {
  const tt = callTimer(p) - ctx.t0;
  const it = tt - ctx.subt;
  if (ctx.previous !== null) ctx.previous.subt += tt;
  p.current = ctx.previous;
  if (--entry.recursionLevel === 0) entry.tt += tt;
  else entry.recursivecallcount++;
  entry.it += it;
  entry.callcount++;
  if ((p.flags & POF_SUBCALLS) && ctx.previous !== null) {
    const sub = ctx.previous.ctxEntry.calls.get(entry);
    if (sub !== undefined) {
      if (--sub.recursionLevel === 0) sub.tt += tt;
      else sub.recursivecallcount++;
      sub.it += it;
      sub.callcount++;
    }
  }
}

/** flush_unmatched(): at disable(), the calls still running are stopped now. */
function flushUnmatched(p: PyProfiler): void {
  while (p.current !== null) stop(p, p.current, p.current.ctxEntry);
}

const profilerCallback: TraceFunc = (obj, frame, what, arg) => {
  const p = P(obj);
  switch (what) {
    case PyTrace_CALL:
      enterCall(p, frame.f_code, frame.f_code);
      break;
    case PyTrace_RETURN:
      leaveCall(p, frame.f_code);
      break;
    case PyTrace_C_CALL:
      if ((p.flags & POF_BUILTINS) && arg instanceof PyCFunction) enterCall(p, arg.def, arg);
      break;
    case PyTrace_C_RETURN:
    case PyTrace_C_EXCEPTION:
      if ((p.flags & POF_BUILTINS) && arg instanceof PyCFunction) leaveCall(p, arg.def);
      break;
  }
};

// ## Arguments, as PyArg_ParseTupleAndKeywords reports them

function parseOld(fname: string, args: PyObject[], kwnames: string[] | null, names: string[]): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > names.length) {
    raiseTypeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  const out: (PyObject | null)[] = names.map((_, i) => (i < npos ? args[i] : null));
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) raiseTypeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== null) raiseTypeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

/** The 'i' format: an int through __index__ (a float is refused). */
function intArg(o: PyObject): number {
  if (o instanceof PyFloat) raiseTypeError("'float' object cannot be interpreted as an integer");
  return Number(index(o).value);
}

function setFlag(p: PyProfiler, flag: number, v: PyObject | null): void {
  if (v === null) return;
  if (intArg(v) !== 0) p.flags |= flag;
  else p.flags &= ~flag;
}

// ## The Profiler type

export const PyProfiler_Type = newStaticType('_lsprof.Profiler', PyBaseObject_Type, Py_TPFLAGS_BASETYPE);

const statsEntryType = newStructSeqType('_lsprof.profiler_entry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls']);
const statsSubEntryType = newStructSeqType('_lsprof.profiler_subentry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime']);

function profilerGetstats(self: PyObject): PyObject {
  const p = P(self);
  // Nanoseconds, unless a Python timer's integers come with their own unit.
  const factor = p.externalTimer === null || p.externalTimerUnit === 0.0 ? 1 / 1e9 : p.externalTimerUnit;
  const out: PyObject[] = [];
  for (const e of p.entries.values()) {
    if (e.callcount === 0) continue;
    let calls: PyObject = Py_None;
    if (e.calls.size > 0) {
      calls = newList([...e.calls.values()].map((s) => newStructSeq(statsSubEntryType, [
        s.entry.userObj, newInt(s.callcount), newInt(s.recursivecallcount), newFloat(factor * s.tt), newFloat(factor * s.it),
      ])));
    }
    out.push(newStructSeq(statsEntryType, [
      e.userObj, newInt(e.callcount), newInt(e.recursivecallcount), newFloat(factor * e.tt), newFloat(factor * e.it), calls,
    ]));
  }
  return newList(out);
}

defineType(PyProfiler_Type, {
  doc: 'Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n'
    + '    Builds a profiler object using the specified timer function.\n'
    + '    The default timer is a fast built-in one based on real time.\n'
    + '    For custom timer functions returning integers, timeunit can\n'
    + '    be a float specifying a scale (i.e. how long each integer unit\n'
    + '    is, in seconds).\n',
  slots: {
    tp_new: (type) => new PyProfiler(type),
    tp_init: (self, args, kwnames) => {
      const [timer, timeunit, subcalls, builtins] = parseOld('Profiler', args, kwnames, ['timer', 'timeunit', 'subcalls', 'builtins']);
      const p = P(self);
      const unit = timeunit === null ? 0.0 : floatAsDouble(timeunit);
      setFlag(p, POF_SUBCALLS, subcalls);
      setFlag(p, POF_BUILTINS, builtins);
      p.externalTimerUnit = unit;
      // Counted, as profiler_init's Py_XSETREF: the timer may be a closure nobody else keeps.
      p.externalTimer = Py_XSETREF(p.externalTimer, timer === null || timer === Py_None ? null : timer);
    },
  },
  methods: [
    {
      name: 'getstats', fn: (self) => profilerGetstats(self),
      doc: 'list of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects\n\n'
        + 'Return all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\n'
        + 'following attributes:\n\n    code          code object\n    callcount     how many times this was called\n'
        + '    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n'
        + '    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\n'
        + 'The calls attribute is either None or a list of\nprofiler_subentry objects:\n\n'
        + '    code          called code object\n    callcount     how many times this is called\n'
        + '    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n'
        + '    inlinetime    inline time (not in further subcalls)',
    },
    {
      name: 'enable', fn: (self, args, kwnames) => {
        const [subcalls, builtins] = parseOld('enable', args, kwnames, ['subcalls', 'builtins']);
        const p = P(self);
        setFlag(p, POF_SUBCALLS, subcalls);
        setFlag(p, POF_BUILTINS, builtins);
        setProfile(profilerCallback, p);
        p.flags |= POF_ENABLED;
        return Py_None;
      },
      doc: "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information.\nIf 'subcalls' is True, also records for each function\n"
        + "statistics separated according to its current caller.\nIf 'builtins' is True, records the time spent in\n"
        + 'built-in functions separately from their caller.\n',
    },
    {
      name: 'disable', fn: (self) => {
        const p = P(self);
        setProfile(null, null);
        p.flags &= ~POF_ENABLED;
        flushUnmatched(p);
        return Py_None;
      },
      doc: 'disable()\n\nStop collecting profiling information.\n',
    },
    {
      name: 'clear', fn: (self) => {
        clearEntries(P(self));
        return Py_None;
      },
      doc: 'clear()\n\nClear all profiling information collected so far.\n',
    },
  ],
});

defineModule('_lsprof', (m: PyModule) => {
  readyType(PyProfiler_Type);
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr('Fast profiler'));
  dictSetStr(d, 'Profiler', PyProfiler_Type);
  dictSetStr(d, 'profiler_entry', statsEntryType);
  dictSetStr(d, 'profiler_subentry', statsSubEntryType);
});
