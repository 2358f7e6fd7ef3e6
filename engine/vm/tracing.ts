// ## Tracing and profiling hooks (sys.settrace, sys.setprofile, _lsprof)
//
// Models Python/ceval.c (3.11): call_trace(), call_trace_protected(), call_exc_trace(),
// trace_function_entry()/exit(), maybe_call_line_trace(), trace_call_function() and
// do_call_core()'s C_TRACE, with Python/sysmodule.c's trace_trampoline() and
// profile_trampoline() for hooks written in Python.
//
// The evaluation loop pays one boolean test (`tracing.active`, CPython's cframe.use_tracing)
// per call, return and exception (two around a call of a builtin, which may switch tracing
// on); everything else happens here.  Line events need a look at
// every instruction, but only in frames that have a local trace function (f_trace): such a
// frame gets its own copy of the opcode array (FrameTrace.ops) in which every traceable
// instruction is replaced by the pseudo-opcode TRACE_OPCODE.  When the loop meets it,
// traceInstruction() reports the line, puts the real opcode back in that one slot (re-arming
// the slot it restored the time before) and the loop re-dispatches the same instruction.  So
// an untraced frame runs exactly the ordinary code, and a traced frame costs one extra
// dispatch per instruction — the role CPython's DO_TRACING "opcode" plays.

import { PyObject } from '../objects/object.js';
import { Py_XSETREF } from '../memory/refcount.js';
import { PyCFunction, PyMethodDescr } from '../objects/descr.js';
import { PyBaseException, newExceptionArgs, StopIteration } from '../objects/exceptions.js';
import { call, iterableToArray } from '../objects/abstract.js';
import { callWithStar } from './ops.js';
import { internStr, PyStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { Py_None } from '../objects/singletons.js';
import { Op as O } from '../compiler/ops.js';
import { Frame } from './frame.js';
import { tstate } from './tstate.js';
import { PyGen, genReturn } from './gen.js';
import { PyCode } from '../objects/code.js';
import { PyFunction } from '../objects/function.js';
import { typeLookup } from '../objects/typeobject.js';
import { stopIterationSink } from '../objects/slots.js';
import { PyDict, dictGetStr } from '../objects/dict.js';
import { PyCell } from '../objects/cell.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';

/**
 * The pseudo-opcode of an armed instruction (CPython's DO_TRACING is also 255).  A const enum,
 * so the loop's `case` is a literal: one non-literal label costs the switch its jump table.
 */
export const enum TraceOp { TRACE = 255 }
const TRACE_OPCODE = TraceOp.TRACE;

// Event numbers as Include/cpython/pystate.h's PyTrace_*.
export const PyTrace_CALL = 0, PyTrace_EXCEPTION = 1, PyTrace_LINE = 2, PyTrace_RETURN = 3;
export const PyTrace_C_CALL = 4, PyTrace_C_EXCEPTION = 5, PyTrace_C_RETURN = 6, PyTrace_OPCODE = 7;

const whatNames = ['call', 'exception', 'line', 'return', 'c_call', 'c_exception', 'c_return', 'opcode'];
let whatStrings: PyStr[] | null = null;
function whatString(what: number): PyStr {
  // Interned, as sysmodule.c's whatstrings: the table holds them for good.  (Uncounted new
  // strs were freed at the next safe point and handed to later hooks dead.)
  if (whatStrings === null) whatStrings = whatNames.map((s) => internStr(s));
  return whatStrings[what];
}

/**
 * A C-level hook (Py_tracefunc): `obj` is what sys.gettrace()/getprofile() return; `arg` is
 * null where CPython passes NULL (shown to Python as None).  It reports failure by throwing.
 */
export type TraceFunc = (obj: PyObject, frame: Frame, what: number, arg: PyObject | null) => void;

export const tracing = {
  /** cframe.use_tracing: a hook is set and no hook is running. */
  active: false,
  c_tracefunc: null as TraceFunc | null,
  c_traceobj: null as PyObject | null,
  c_profilefunc: null as TraceFunc | null,
  c_profileobj: null as PyObject | null,
  /** tstate->tracing: how many hooks are running (events are not reported inside one). */
  depth: 0,
};

function updateTracingState(): void {
  tracing.active = tracing.depth === 0 && (tracing.c_tracefunc !== null || tracing.c_profilefunc !== null);
}

/** Per-frame tracing state: the local trace function and the frame's own opcode array. */
export class FrameTrace {
  f_trace: PyObject | null = null;
  f_trace_lines = true;
  f_trace_opcodes = false;
  /** A copy of co_code's opcodes, with TRACE_OPCODE in every slot while armed. */
  ops: Uint8Array;
  armed = false;
  /** The slot whose real opcode is currently restored (-1: none). */
  restored = -1;
  /** The instruction executed before the current one (CPython's frame->prev_instr). */
  prev = -1;
  /** f_locals of a function frame as a hook saw it (frameobject.ts), and whether it did. */
  locals: PyDict | null = null;
  localsTouched = false;
  constructor(code: PyCode) {
    this.ops = code.ops.slice();
  }
}

/** _co_firsttraceable: instructions before the first RESUME (cell setup, RETURN_GENERATOR) are never traced. */
function firstTraceable(code: PyCode): number {
  const ops = code.ops;
  let i = 0;
  while (i < ops.length && ops[i] !== O.RESUME) i++;
  return i;
}

function frameTrace(frame: Frame): FrameTrace {
  if (frame.trace === null) frame.trace = new FrameTrace(frame.f_code);
  return frame.trace;
}

/** Fill the frame's opcode array with TRACE_OPCODE so each instruction reports to traceInstruction. */
function arm(frame: Frame): void {
  const st = frameTrace(frame);
  if (st.armed) return;
  const real = frame.f_code.ops, ops = st.ops;
  for (let i = firstTraceable(frame.f_code); i < ops.length; i++) {
    const op = real[i];
    // RESUME reports 'call' itself; the instruction after EXTENDED_ARG is dispatched straight
    // from it in CPython, without a trace check of its own.
    if (op === O.RESUME || (i > 0 && real[i - 1] === O.EXTENDED_ARG)) continue;
    ops[i] = TRACE_OPCODE;
  }
  st.armed = true;
  st.restored = -1;
  st.prev = frame.lasti;
}

function disarm(st: FrameTrace, code: PyCode): void {
  if (!st.armed) return;
  st.ops.set(code.ops);
  st.armed = false;
  st.restored = -1;
}

/** Whether line events are wanted in this frame now. */
function wantsLines(frame: Frame): boolean {
  const st = frame.trace;
  return st !== null && st.f_trace !== null && tracing.c_tracefunc !== null;
}

// ## Setting the hooks (PyEval_SetTrace, PyEval_SetProfile)

export function setTrace(func: TraceFunc | null, obj: PyObject | null): void {
  tracing.c_tracefunc = func;
  tracing.c_traceobj = func === null ? null : obj;
  updateTracingState();
  // Frames already running with a local trace function report lines again from now on.
  if (func !== null) for (let f = tstate.frame; f !== null; f = f.f_back) if (wantsLines(f)) arm(f);
}

export function setProfile(func: TraceFunc | null, obj: PyObject | null): void {
  tracing.c_profilefunc = func;
  tracing.c_profileobj = func === null ? null : obj;
  updateTracingState();
}

/** frame.f_trace = v: a frame given a local trace function starts reporting lines. */
export function setFrameTrace(frame: Frame, v: PyObject | null): void {
  const st = frameTrace(frame);
  // The frame object holds its local trace function (frame_settrace's Py_XSETREF).
  st.f_trace = Py_XSETREF(st.f_trace, v === Py_None ? null : v);
  if (st.f_trace !== null && tracing.c_tracefunc !== null) arm(frame);
}

/**
 * sys.call_tracing(): func(*args) with the hook nesting count reset (_PyEval_CallTracing).
 * As in 3.11, the running loop's use_tracing flag is saved and restored but not recomputed,
 * so called from inside a hook it reports no events unless a hook is set meanwhile.
 */
export function callTracing(func: PyObject, args: PyObject[]): PyObject {
  const savedDepth = tracing.depth, savedActive = tracing.active;
  tracing.depth = 0;
  try {
    return call(func, args);
  } finally {
    tracing.depth = savedDepth;
    tracing.active = savedActive;
  }
}

// ## Calling a hook

/** call_trace(): run a hook with events switched off; f_lineno is the line of f_lasti. */
function callTrace(func: TraceFunc, obj: PyObject, frame: Frame, what: number, arg: PyObject | null): void {
  if (tracing.depth > 0) return;
  tracing.depth++;
  updateTracingState();
  try {
    func(obj, frame, what, arg);
  } finally {
    tracing.depth--;
    updateTracingState();
  }
}

/** The Py_tracefunc behind sys.settrace(): 'call' goes to the global function, the rest to f_trace. */
export const traceTrampoline: TraceFunc = (obj, frame, what, arg) => {
  const callback = what === PyTrace_CALL ? obj : (frame.trace?.f_trace ?? null);
  if (callback === null) return;
  let result: PyObject;
  try {
    result = call(callback, [frame, whatString(what), arg ?? Py_None]);
  } catch (e) {
    localsToFast(frame);
    setTrace(null, null);
    if (frame.trace !== null) frame.trace.f_trace = Py_XSETREF(frame.trace.f_trace, null);
    throw e;
  }
  localsToFast(frame);
  if (result !== Py_None) setFrameTrace(frame, result);
};

/** The Py_tracefunc behind sys.setprofile(): the result is ignored. */
export const profileTrampoline: TraceFunc = (obj, frame, what, arg) => {
  try {
    call(obj, [frame, whatString(what), arg ?? Py_None]);
  } catch (e) {
    setProfile(null, null);
    throw e;
  } finally {
    localsToFast(frame);
  }
};

/**
 * Models Objects/frameobject.c _PyFrame_LocalsToFast(frame, clear=1), which call_trampoline()
 * runs after each hook: what a hook wrote into a function frame's f_locals goes back into its
 * fast locals (a name removed from the dict unbinds the variable).
 */
function localsToFast(frame: Frame): void {
  const st = frame.trace;
  if (st === null || !st.localsTouched || st.locals === null || frame.f_locals !== null) return;
  st.localsTouched = false;
  const u = frame.f_code.unit;
  const f = frame.f;
  for (let i = 0; i < u.co_localsplusnames.length; i++) {
    const kind = u.co_localspluskinds[i];
    const value = dictGetStr(st.locals, u.co_localsplusnames[i]);
    const old = f[i];
    // The fast local (or the cell) counts its new value and lets the old one go.
    if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && old instanceof PyCell) {
      if (old.ob_ref !== value) old.ob_ref = Py_XSETREF(old.ob_ref, value);
    } else if (old !== value) {
      f[i] = Py_XSETREF(old, value);
    }
  }
}

// ## Events from the evaluation loop

/**
 * RESUME (and generator.throw()): the 'call' event (trace_function_entry).  Returns true
 * when the frame traces lines, so the loop re-reads the frame's opcode array.
 */
export function traceFunctionEntry(frame: Frame): boolean {
  if (tracing.c_tracefunc !== null) callTrace(tracing.c_tracefunc, tracing.c_traceobj!, frame, PyTrace_CALL, Py_None);
  if (tracing.c_profilefunc !== null) callTrace(tracing.c_profilefunc, tracing.c_profileobj!, frame, PyTrace_CALL, Py_None);
  const st = frame.trace;
  if (st === null) return false;
  // A generator resumed after tracing was switched off and on again traces lines again.
  if (!st.armed && wantsLines(frame)) arm(frame);
  st.prev = frame.lasti;
  return st.armed;
}

/** RETURN_VALUE and YIELD_VALUE: the 'return' event with the value (trace_function_exit). */
export function traceFunctionExit(frame: Frame, retval: PyObject): void {
  if (tracing.c_tracefunc !== null) callTrace(tracing.c_tracefunc, tracing.c_traceobj!, frame, PyTrace_RETURN, retval);
  if (tracing.c_profilefunc !== null) callTrace(tracing.c_profilefunc, tracing.c_profileobj!, frame, PyTrace_RETURN, retval);
}

/**
 * A frame left by an exception: 'return' with None (TRACE_FUNCTION_UNWIND).  A hook that
 * raises replaces the exception in flight, as CPython's error indicator does.
 */
export function traceUnwind(frame: Frame, exc: PyBaseException): PyBaseException {
  try {
    traceFunctionExit(frame, Py_None);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  return exc;
}

/**
 * call_exc_trace(): the 'exception' event, (type, value, traceback), each time an exception
 * arrives in a frame (raised there or propagated into it; not for RERAISE).  A hook that
 * raises replaces the exception.
 */
export function traceException(frame: Frame, exc: PyBaseException): PyBaseException {
  if (tracing.c_tracefunc === null) return exc;
  const arg = newTuple([exc.ob_type, exc, exc.traceback ?? Py_None]);
  try {
    callTrace(tracing.c_tracefunc, tracing.c_traceobj!, frame, PyTrace_EXCEPTION, arg);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  return exc;
}

/**
 * FOR_ITER found the iterator exhausted.  When that came as a StopIteration (a Python
 * __next__ raised it, or a generator returned a value), CPython reports it as an 'exception'
 * event in the looping frame before clearing it.
 */
export function traceForIterStop(frame: Frame, it: PyObject): void {
  if (tracing.c_tracefunc === null) return;
  let exc: PyBaseException | null = null;
  if (it instanceof PyGen) {
    // gen_iternext() raises StopIteration only for a return value other than None.
    const value = genReturn.value;
    if (value !== null && value !== Py_None) exc = newExceptionArgs(StopIteration, [value]);
  } else if (typeLookup(it.ob_type, '__next__') instanceof PyFunction) {
    exc = stopIterationSink.last;
  }
  if (exc !== null) traceException(frame, exc);
}

/**
 * SEND finished a `yield from`.  Under a trace function CPython's SEND calls the receiver's
 * send() (or tp_iternext for None), and reports the StopIteration that ends it as an
 * 'exception' event in the delegating frame; a generator finishing under tp_iternext raises
 * one only for a value other than None, a builtin iterator none at all.
 */
export function traceSendStop(frame: Frame, receiver: PyObject, v: PyObject, value: PyObject): void {
  if (tracing.c_tracefunc === null) return;
  let exc: PyBaseException | null;
  if (v === Py_None && receiver.ob_type.tp_iternext !== null) {
    if (receiver instanceof PyGen) exc = value === Py_None ? null : newExceptionArgs(StopIteration, [value]);
    else exc = typeLookup(receiver.ob_type, '__next__') instanceof PyFunction ? stopIterationSink.last : null;
  } else {
    exc = newExceptionArgs(StopIteration, [value]);
  }
  if (exc !== null) traceException(frame, exc);
}

/** After an exception handler is found: the handler's first line compares with f_lasti's. */
export function traceHandlerFound(frame: Frame): void {
  if (frame.trace !== null) frame.trace.prev = frame.lasti;
}

/**
 * TRACE_OPCODE at frame.lasti: the 'line' (and 'opcode') event of maybe_call_line_trace(),
 * then the slot gets its real opcode back for the loop to run.
 */
export function traceInstruction(frame: Frame): void {
  const st = frame.trace!;
  const code = frame.f_code;
  const ip = frame.lasti;
  const ops = st.ops;
  if (!wantsLines(frame) || (!tracing.active && tracing.depth === 0)) {
    // Tracing was switched off (or this frame's f_trace cleared): run at full speed again.
    disarm(st, code);
    return;
  }
  if (st.restored >= 0) ops[st.restored] = TRACE_OPCODE;
  ops[ip] = code.ops[ip];
  st.restored = ip;
  if (!tracing.active) return; // inside a hook: no events
  const prev = st.prev;
  st.prev = ip;
  const line = code.lineAt(ip);
  if (line !== -1 && st.f_trace_lines) {
    const lastline = prev <= firstTraceable(code) ? -1 : code.lineAt(prev);
    // A new line, or a jump backwards (except the one back to SEND in `yield from`).
    if (line !== lastline || (ip < prev && code.ops[ip] !== O.SEND)) {
      callTrace(tracing.c_tracefunc!, tracing.c_traceobj!, frame, PyTrace_LINE, Py_None);
    }
  }
  if (st.f_trace_opcodes && wantsLines(frame)) {
    callTrace(tracing.c_tracefunc!, tracing.c_traceobj!, frame, PyTrace_OPCODE, Py_None);
  }
}

// ## Calls of builtins: c_call, c_return, c_exception

/**
 * Models ceval.c trace_call_function(): a builtin function, or a method descriptor called
 * with its self (bound first, so the hook sees the builtin method), is reported to the
 * profile function around the call.  Other callables are called plainly.
 */
export function callTraced(fn: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (fn instanceof PyCFunction) return cTrace(fn, args, kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (fn instanceof PyMethodDescr && npos > 0) {
    const bound = fn.ob_type.tp_descr_get!(fn, args[0], args[0].ob_type);
    return cTrace(bound, args.slice(1), kwnames);
  }
  return call(fn, args, kwnames);
}

/** Models ceval.c do_call_core() under tracing (CALL_FUNCTION_EX). */
export function callWithStarTraced(fn: PyObject, callargs: PyObject, kwargs: PyObject | null): PyObject {
  if (tracing.c_profilefunc === null) return callWithStar(fn, callargs, kwargs);
  if (fn instanceof PyCFunction) return cTraceAround(fn, () => callWithStar(fn, callargs, kwargs));
  if (fn instanceof PyMethodDescr) {
    const items = callargs instanceof PyTuple ? callargs.items : iterableToArray(callargs);
    if (items.length > 0) {
      const bound = fn.ob_type.tp_descr_get!(fn, items[0], items[0].ob_type);
      return cTraceAround(bound, () => callWithStar(bound, newTuple(items.slice(1)), kwargs));
    }
  }
  return callWithStar(fn, callargs, kwargs);
}

function cTrace(fn: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (tracing.c_profilefunc === null) return call(fn, args, kwnames);
  return cTraceAround(fn, () => call(fn, args, kwnames));
}

/** The C_TRACE macro: c_call, the call, then c_return or c_exception. */
function cTraceAround(fn: PyObject, run: () => PyObject): PyObject {
  const frame = tstate.frame!;
  callTrace(tracing.c_profilefunc!, tracing.c_profileobj!, frame, PyTrace_C_CALL, fn);
  let x: PyObject;
  try {
    x = run();
  } catch (e) {
    if (tracing.c_profilefunc !== null) callTrace(tracing.c_profilefunc, tracing.c_profileobj!, frame, PyTrace_C_EXCEPTION, fn);
    throw e;
  }
  if (tracing.c_profilefunc !== null) callTrace(tracing.c_profilefunc, tracing.c_profileobj!, frame, PyTrace_C_RETURN, fn);
  return x;
}
