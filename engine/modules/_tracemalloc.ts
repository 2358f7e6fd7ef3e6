// ## _tracemalloc: the native half of tracemalloc
//
// Models Modules/_tracemalloc.c.  start() arms the allocator hook (engine/memory/trace.ts),
// which records each new block's size and the allocating Python frames; _get_traces()
// hands the traces to Lib/tracemalloc.py as (domain, size, traceback, total_nframe) tuples,
// traceback being ((filename, lineno), ...) most recent first, as CPython's.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { dictSetStr } from '../objects/dict.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newBuiltin } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseValueError, raiseTypeError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { tstate } from '../vm/tstate.js';
import { defineModule } from './registry.js';
import { traceState, allTraces, getTrace, clearTraces, tracemallocMemory, Traceback, internTraceback } from '../memory/trace.js';
import type { Frame } from '../vm/frame.js';
import type { PyCode } from '../objects/code.js';
import { setTracingHook } from '../memory/obmalloc.js';
import { addressToHandle } from '../memory/handles.js';
import { addressOf } from '../memory/address.js';
import { Py_TPFLAGS_HAVE_GC } from '../objects/type.js';

const MAX_NFRAME = 65535;

// The traceback provider.  While a frame runs one instruction, its callers cannot move, so
// the traceback of the last (frame, instruction) is reused: a loop allocating at one line
// builds its traceback once.
let lastFrame: Frame | null = null, lastLasti = -1, lastTb: Traceback | null = null;

// With the default limit of one frame, a traceback is (file, line) of the running frame and
// the depth: it is found per code object, line and depth without building the string key
// internTraceback() interns by (each call of a function runs a new frame, so the cache
// above misses on every first allocation of a call).
let oneFrame = new WeakMap<PyCode, Map<number, Traceback>>();
let oneFrameGeneration = -1;

function currentTraceback(): Traceback {
  const top = tstate.frame;
  if (top !== null && top === lastFrame && top.lasti === lastLasti && lastTb !== null) return lastTb;
  const max = traceState.nframe;
  let tb: Traceback;
  if (max === 1 && top !== null) {
    let total = 0;
    for (let f: Frame | null = top; f !== null; f = f.f_back) total++;
    const line = top.lineno;
    if (oneFrameGeneration !== traceState.generation) {
      oneFrame = new WeakMap();
      oneFrameGeneration = traceState.generation;
    }
    let byLine = oneFrame.get(top.f_code);
    if (byLine === undefined) oneFrame.set(top.f_code, byLine = new Map());
    // line < 2**31 and depth < 2**21: the key stays an exact integer.
    const key = line * 2097152 + total;
    const found = byLine.get(key);
    if (found !== undefined) tb = found;
    else byLine.set(key, tb = internTraceback([top.f_code.co_filename, line], total));
  } else {
    const frames: (string | number)[] = [];
    let total = 0;
    for (let f = top; f !== null; f = f.f_back) {
      if (total < max) frames.push(f.f_code.co_filename, f.lineno);
      total++;
    }
    tb = internTraceback(frames, total);
  }
  lastFrame = top;
  lastLasti = top === null ? -1 : top.lasti;
  lastTb = tb;
  return tb;
}

function start(nframe: number): void {
  if (nframe < 1 || nframe > MAX_NFRAME) raiseValueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
  // _PyTraceMalloc_Start: already tracing, it does nothing (the frame limit stays).
  if (traceState.tracing) return;
  traceState.nframe = nframe;
  traceState.traceback = currentTraceback;
  lastFrame = null;
  traceState.tracing = true;
  setTracingHook(true);
}

function stop(): void {
  lastFrame = null;
  lastTb = null;
  if (!traceState.tracing) return;
  traceState.tracing = false;
  setTracingHook(false);
  clearTraces();
}

const tracebackCache = new WeakMap<Traceback, PyTuple>();

function tracebackTuple(tb: Traceback): PyTuple {
  let t = tracebackCache.get(tb);
  if (t === undefined) {
    const items: PyObject[] = [];
    for (let i = 0; i < tb.frames.length; i += 2) items.push(newTuple([newStr(tb.frames[i] as string), newInt(tb.frames[i + 1] as number)]));
    t = newTuple(items);
    tracebackCache.set(tb, t);
  }
  return t;
}

type Fn = (m: PyObject, a: PyObject[], k: string[] | null) => PyObject;
const noArgs = (name: string, fn: () => PyObject): Fn => (_m, a, k) => {
  if (a.length || (k !== null && k.length)) raiseTypeError(`${name}() takes no arguments (${a.length} given)`);
  return fn();
};

defineModule('_tracemalloc', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr('Debug module to trace memory blocks allocated by Python.'));
  const fns: [string, Fn, string][] = [
    ['start', (_m, a, k) => {
      const [n] = parseArgs('start', a, k, { names: ['nframe'], required: 0, posonly: 1 });
      start(n === null ? 1 : Number(index(n).value));
      return Py_None;
    }, 'Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe.'],
    ['stop', noArgs('stop', () => { stop(); return Py_None; }), 'Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python.'],
    ['is_tracing', noArgs('is_tracing', () => (traceState.tracing ? Py_True : Py_False)), 'Return True if the tracemalloc module is tracing Python memory allocations.'],
    ['clear_traces', noArgs('clear_traces', () => { if (traceState.tracing) clearTraces(); return Py_None; }), 'Clear traces of memory blocks allocated by Python.'],
    ['get_traceback_limit', noArgs('get_traceback_limit', () => newInt(traceState.nframe)), 'Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1.'],
    ['get_traced_memory', noArgs('get_traced_memory', () => (traceState.tracing
      ? newTuple([newInt(traceState.tracedMemory), newInt(traceState.peakTracedMemory)])
      : newTuple([newInt(0), newInt(0)]))), 'Get the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int).'],
    ['reset_peak', noArgs('reset_peak', () => {
      if (traceState.tracing) traceState.peakTracedMemory = traceState.tracedMemory;
      return Py_None;
    }), 'Set the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations.'],
    ['get_tracemalloc_memory', noArgs('get_tracemalloc_memory', () => newInt(traceState.tracing ? tracemallocMemory() : 0)), 'Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations.'],
    ['_get_traces', noArgs('_get_traces', () => {
      if (!traceState.tracing) return newList([]);
      // Copy first: building the result allocates, and those blocks are traced too.
      const snapshot = allTraces();
      const out: PyObject[] = [];
      for (const t of snapshot) {
        out.push(newTuple([newInt(t.domain), newInt(t.size), tracebackTuple(t.traceback), newInt(t.traceback.totalNframe)]));
      }
      return newList(out);
    }), 'Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled.'],
    ['_get_object_traceback', (_m, a, k) => {
      const [o] = parseArgs('_get_object_traceback', a, k, { names: ['obj'], required: 1, posonly: 1 });
      if (!traceState.tracing) return Py_None;
      // The trace is keyed by the block.  3.11 steps back over PyGC_Head only, not over the
      // managed-dict words, so instances with a __dict__ are not found (CPython's result too).
      const h = addressToHandle(addressOf(o!) - (o!.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC ? 16 : 0));
      const t = getTrace(h);
      return t === null ? Py_None : tracebackTuple(t.traceback);
    }, 'Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object.'],
  ];
  for (const [name, fn, doc] of fns) dictSetStr(d, name, newBuiltin(name, fn, '_tracemalloc', undefined, doc));
});
