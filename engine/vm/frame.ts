// ## Frames
//
// A frame is a heap object, as CPython 3.11's _PyInterpreterFrame: the evaluation loop
// (eval.ts) runs a chain of them without JS recursion.  `f` holds the "localsplus" slots
// (locals, then cells, then free variables) followed by the value stack, as CPython lays
// them out in one block; `sp` indexes the next free stack slot in that same array.
//
// Every non-null slot of `f` holds a counted reference, and the frame holds one to its
// function (3.11's _PyInterpreterFrame.f_func).  When the frame finishes, frameExit() drops
// them (_PyFrame_Clear, locals in index order) — unless a frame object reference is alive (a
// traceback, sys._getframe()): then the frame object owns them until it is freed itself.

import { PyObject, objectBirth } from '../objects/object.js';
import { PyFrame_Type, PyTraceBack_Type } from '../objects/typeobjects.js';
import { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import type { PyFunction } from '../objects/function.js';
import type { FrameTrace } from './tracing.js';
import { Py_DECREF, zeroedEval, deallocHooks } from '../memory/refcount.js';
import { traverseHooks, Visit } from '../memory/refcount.js';
import { gcTrack, gcTrackHeld, clearHooks } from '../memory/gcstate.js';

export const FRAME_CREATED = 0, FRAME_SUSPENDED = 1, FRAME_EXECUTING = 2, FRAME_COMPLETED = 3, FRAME_CLEARED = 4;

export class Frame extends PyObject {
  f_code: PyCode;
  f_globals: PyDict;
  f_builtins: PyDict;
  /** The locals mapping of module and class bodies (and exec/eval); null for optimised functions. */
  f_locals: PyObject | null;
  f_func: PyFunction | null;
  f_back: Frame | null;
  /** localsplus + value stack. */
  f: (PyObject | null)[];
  sp: number;
  /** Index (code unit) of the next instruction to run. */
  ip: number;
  /** Index of the instruction running or last run (f_lasti in code units). */
  lasti: number;
  state: number;
  /** Names pending for the next CALL (KW_NAMES). */
  kwnames: string[] | null;
  /** The generator owning this frame, if any. */
  gen: PyObject | null;
  /** Local trace function and line-tracing state (tracing.ts); null when never traced. */
  trace: FrameTrace | null;
  /** Locals and the function reference have been given up (frameExit / dealloc). */
  cleared: boolean;
  /**
   * For an __init__ the loop runs for `Class(...)` (eval.ts: CALL): the new instance, counted
   * (type_call's reference), which the call returns; and how many caller stack slots the
   * CALL leaves to pop when it does (the arguments stay there during the call, as in CPython).
   */
  initSelf: PyObject | null;
  initPop: number;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyObject | null, func: PyFunction | null) {
    // Not a newborn: the evaluation owns a frame while it runs and clears it when it ends
    // (frameExit); a frame object that outlives it is counted by its holders.
    super(PyFrame_Type, 0, false);
    this.f_code = code;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.f_func = func;
    this.f_back = null;
    this.f = code.frameSlots.slice();
    this.sp = code.nlocalsplus;
    this.ip = 0;
    this.lasti = -1;
    this.state = FRAME_CREATED;
    this.kwnames = null;
    this.gen = null;
    this.trace = null;
    this.cleared = false;
    this.initSelf = null;
    this.initPop = 0;
    if (func !== null) func.ob_refcnt++;
  }

  get lineno(): number {
    return this.f_code.lineAt(Math.max(this.lasti, 0));
  }
}

// ## Reusing frames
//
// CPython 3.11 keeps a function's _PyInterpreterFrame in a per-thread stack of memory that
// each return gives back, so a call costs no allocation.  Here a frame is a JS object (the
// header, the fields, the localsplus + stack array): a finished frame that nothing can reach
// any more goes to its code's pool and the next call of that code takes it, which spares V8
// the allocation and, more, the scavenges of a frame per call.  "Nothing can reach it": no
// frame object reference was left (a traceback, sys._getframe()), it has no address (id()
// was never asked for), it is not a generator's and not traced, and the GC does not track it.
// Its localsplus array is all nulls once cleared, as a fresh copy of frameSlots would be.

/** Enough for a recursion's alternating calls and returns; deeper chains allocate. */
const FRAME_POOL_MAX = 16;

/** A frame to run `fn`, taken from its code's pool when one is there (no arguments bound yet). */
export function newFunctionFrame(fn: PyFunction): Frame {
  const code = fn.func_code;
  const pool = code.framePool;
  if (pool.length === 0) return new Frame(code, fn.func_globals, fn.func_builtins, null, fn);
  const frame = pool.pop()!;
  // A new object as far as the refcounting is concerned (a zombie entry left from an earlier
  // life may even have marked it dead).
  frame.ob_refcnt = 0;
  frame.ob_serial = ++objectBirth.serial;
  frame.f_globals = fn.func_globals;
  frame.f_builtins = fn.func_builtins;
  frame.f_func = fn;
  fn.ob_refcnt++;
  frame.sp = code.nlocalsplus;
  frame.ip = 0;
  frame.lasti = -1;
  frame.state = FRAME_CREATED;
  frame.cleared = false;
  return frame;
}

/** The loop is done with a finished frame: keep it for reuse when nothing else can reach it. */
export function releaseFrame(frame: Frame): void {
  if (frame.cleared && frame.ob_refcnt === 0 && frame.ob_addr === 0 && frame.gc_gen === -1 &&
      frame.gen === null && frame.trace === null && frame.f_locals === null && frame.f_func !== null) {
    const pool = frame.f_code.framePool;
    if (pool.length < FRAME_POOL_MAX) {
      frame.f_func = null;
      frame.f_back = null;
      frame.kwnames = null;
      pool.push(frame);
    }
  }
}

/** A finished frame gives up its locals unless a frame object reference keeps them. */
export function frameExit(frame: Frame): void {
  if (frame.ob_refcnt <= 0) clearFrame(frame);
  else gcTrackHeld(frame);
}

/**
 * frameExit from the evaluation loop itself (RETURN_VALUE, unwinding): no native of this
 * level is running, so the locals are released as the loop's own DECREFs are (zeroedEval:
 * an int, float or str made at this level is freed at once instead of waiting for the safe
 * point).
 */
export function frameExitEval(frame: Frame): void {
  if (frame.cleared) return;
  if (frame.ob_refcnt > 0) { gcTrackHeld(frame); return; }
  frame.cleared = true;
  const f = frame.f;
  for (let i = 0; i < f.length; i++) {
    const v = f[i];
    if (v !== null) { f[i] = null; if (--v.ob_refcnt === 0) zeroedEval(v); }
  }
  if (frame.f_func !== null) Py_DECREF(frame.f_func);
  if (frame.trace !== null) dropTraceRefs(frame.trace, Py_DECREF);
}

/**
 * The frame object's own references that tracing gave it (frame_dealloc's Py_CLEAR of
 * f_trace and f_locals): the local trace function and the dict a hook saw as f_locals.
 */
function dropTraceRefs(st: FrameTrace, release: (o: PyObject) => void): void {
  const locals = st.locals, fn = st.f_trace;
  st.locals = null;
  st.f_trace = null;
  if (locals !== null) release(locals);
  if (fn !== null) release(fn);
}

/** _PyFrame_Clear: drop the references of the locals and stack (index order), then the function. */
export function clearFrame(frame: Frame): void {
  if (frame.cleared) return;
  frame.cleared = true;
  const f = frame.f;
  for (let i = 0; i < f.length; i++) {
    const v = f[i];
    if (v !== null) { f[i] = null; Py_DECREF(v); }
  }
  if (frame.f_func !== null) Py_DECREF(frame.f_func);
  if (frame.trace !== null) dropTraceRefs(frame.trace, Py_DECREF);
}

/**
 * The tb_next reference is the exception's old traceback head, handed over by the caller
 * (addTraceback); the frame reference is counted here.
 */
export class PyTraceBack extends PyObject {
  constructor(
    public tb_next: PyTraceBack | null,
    readonly tb_frame: Frame,
    readonly tb_lasti: number,
  ) {
    super(PyTraceBack_Type);
    tb_frame.ob_refcnt++;
    gcTrack(this);
  }
  get tb_lineno(): number {
    return this.tb_frame.f_code.lineAt(this.tb_lasti);
  }
}

// A frame object still running (or suspended in a generator) is owned by the evaluation: when
// its last reference goes it is not freed, and frameExit() clears it later.
const prevBusy = deallocHooks.busy;
// Asked for every object freed: a type test first (frame is not subclassable), cheaper than instanceof.
deallocHooks.busy = (o) => (o.ob_type === PyFrame_Type && (o as Frame).state !== FRAME_COMPLETED && (o as Frame).state !== FRAME_CLEARED) || prevBusy(o);

// frame_tp_clear and tb_clear: a garbage frame gives up its locals, a traceback its next entry.
clearHooks.push((o: PyObject): boolean => {
  if (o instanceof Frame) {
    if (o.state === FRAME_COMPLETED || o.state === FRAME_CLEARED) clearFrame(o);
    return true;
  }
  if (o instanceof PyTraceBack) {
    const next = o.tb_next;
    o.tb_next = null;
    if (next !== null) Py_DECREF(next);
    return true;
  }
  return false;
});

traverseHooks.push((o: PyObject, visit: Visit, dealloc: boolean): boolean => {
  if (o instanceof Frame) {
    if (o.cleared) return true;
    if (dealloc) {
      o.cleared = true;
      const f = o.f;
      for (let i = 0; i < f.length; i++) {
        const v = f[i];
        if (v !== null) { f[i] = null; visit(v); }
      }
    } else {
      const f = o.f;
      for (let i = 0; i < f.length; i++) if (f[i] !== null) visit(f[i]!);
    }
    if (o.f_func !== null) visit(o.f_func);
    const st = o.trace;
    if (st !== null) {
      if (dealloc) dropTraceRefs(st, visit);
      else {
        if (st.locals !== null) visit(st.locals);
        if (st.f_trace !== null) visit(st.f_trace);
      }
    }
    return true;
  }
  if (o instanceof PyTraceBack) {
    if (o.tb_next !== null) visit(o.tb_next);
    visit(o.tb_frame);
    return true;
  }
  return false;
});
