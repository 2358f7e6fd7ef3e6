// ## The evaluation loop
//
// Models Python/ceval.c (3.11): _PyEval_EvalFrameDefault.  One loop runs a chain of frames:
// a CALL of a Python function pushes a new frame and continues in the same JS activation,
// RETURN_VALUE pops back to the caller, so Python recursion never grows the JS stack.
// runFrame() returns when the frame it was entered with returns or yields (generators);
// natives that call Python (callFunction) enter a nested runFrame.
//
// Instructions are read from the pre-decoded arrays of PyCode (ops/opargs by code unit);
// each instruction skips its inline CACHE entries with the CACHE_SKIP table.  Exceptions
// are JS throws of Python exception objects; the catch block below unwinds through the
// exception table exactly as CPython's exception_unwind does.

import { Py_XSETREF } from '../memory/refcount.js';
import { PyObject, Py_EQ, NB_INPLACE } from '../objects/object.js';
import { isSubtype, Py_TPFLAGS_MAPPING, Py_TPFLAGS_SEQUENCE, PyType } from '../objects/type.js';
import { matchClass, matchKeys } from './match.js';
import { inlineCacheEntries } from '../compiler/opcode.js';
import { Op as O } from '../compiler/ops.js';
import { CO_GENERATOR } from '../compiler/code.js';
import { Frame, PyTraceBack, FRAME_COMPLETED, FRAME_CREATED, FRAME_EXECUTING, FRAME_SUSPENDED, frameExitEval, clearFrame, releaseFrame } from './frame.js';
import { gil, evalBreaker, beforeInstruction, SUSPEND, SuspendSignal, evalHooks } from './threads.js';
import { PyCFunction } from '../objects/descr.js';
import { PyType_Type } from '../objects/typeobjects.js';
import { Py_DECREF, zeroedEval, zombies, enterEval, leaveEval, handToNative, releaseLater } from '../memory/refcount.js';
import { tstate, topmostException } from './tstate.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat } from '../objects/float.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList, newList } from '../objects/list.js';
import { PyDict, dictGetStr, dictSetStr, dictDelStr, dictSetItem, dictGetItem } from '../objects/dict.js';
import { PyCell } from '../objects/cell.js';
import { PyCode } from '../objects/code.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { Py_None, Py_True, Py_False, Py_NotImplemented } from '../objects/singletons.js';
import { PyList_Type, PyTuple_Type, PyLong_Type, PyFloat_Type, PyUnicode_Type, PyDict_Type, PyFunction_Type, PyMethod_Type, PyMethodDescr_Type } from '../objects/typeobjects.js';
import {
  PyBaseException, raiseTypeError, raise, NameError, UnboundLocalError, SystemError, RecursionError,
  newException, AssertionError, RuntimeError, StopIteration, BaseException, MemoryError,
} from '../objects/exceptions.js';
import {
  getAttr, setAttr, call, getIter, binaryOp, richCompare, isTrue, getItem, setItem, delItem, contains,
  negative, positive, invert, length, recursion, typeName, iterableToArray, strString, reprString,
} from '../objects/abstract.js';
import { lookupSpecial, raiseNoAttribute, genericGetAttr, genericGetAttrWith, genericSetAttr, genericSetAttrWith, object_new, newInstance } from '../objects/typeobject.js';
import { typeLookupAt } from './attrcache.js';
import { callBound, slot_tp_init } from '../objects/slots.js';
import { makeFrame, makeFrameFromStack, makeInitFrame } from './call.js';
import {
  makeFunction, unpackSequence, unpackEx, formatValue, exceptionMatches, checkExceptClass,
  listExtend, setUpdate, dictUpdate, dictMerge, buildSlice, buildSet, importName, importFrom, importStar,
  callWithStar, starArgs, loadBuildClass, setupAnnotations, raiseFromStatement, printExpr, sendToIter, prepReraiseStar,
  checkEgMatch, newBoolIs,
  setAddHook,
} from './ops.js';
import { newGenerator, PyGen } from './gen.js';
import { internalErrorToPython } from './errors.js';
import { smallIntOp, floatOp } from './arith.js';
import { cachedGlobal, loadGlobalSlow } from './globalcache.js';
import type { PyMethodDescr } from '../objects/descr.js';
import { dictkeysPresizeItems } from '../memory/containers.js';
import {
  tracing, TraceOp, traceFunctionEntry, traceFunctionExit, traceException, traceUnwind, traceInstruction,
  callTraced, callWithStarTraced, traceForIterStop, traceSendStop,
} from './tracing.js';

/** Code units to skip after each opcode: 1 + its inline cache entries. */
const STEP = new Uint8Array(256);
for (let i = 0; i < 256; i++) STEP[i] = 1 + (inlineCacheEntries[i] ?? 0);

const NULL = null;

/** execute()'s "continue in tstate.frame" result. */
const SWITCH = { switch: true } as unknown as PyObject;

/**
 * Run `entry` (and any frames it calls) until it returns or yields.  Returns the value;
 * `entry.state` tells which (FRAME_COMPLETED or FRAME_SUSPENDED).  When `throwIn` is given,
 * the frame resumes by raising it at its current instruction (generator.throw()).
 */
export function runFrame(entry: Frame, throwIn: PyBaseException | null = null): PyObject {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  entry.f_back = tstate.frame;
  enterEval();
  tstate.nested++;
  entry.state = FRAME_EXECUTING;
  tstate.frame = entry;
  try {
    return evalFrames(entry, throwIn);
  } finally {
    recursion.depth--;
    tstate.nested--;
    leaveEval();
  }
}

/**
 * Run a thread's frames as one slice (threads.ts): start `entry` as the thread's bottom
 * frame, or resume the thread's frame chain where it gave up the GIL.  Returns SUSPEND when
 * it gives it up again (its frames stay as they are), otherwise the entry's return value.
 */
function runThreadSlice(entry: Frame, start: boolean): PyObject {
  if (start) {
    recursion.depth++;
    entry.f_back = null;
    entry.state = FRAME_EXECUTING;
    tstate.frame = entry;
  }
  enterEval();
  let done = false;
  try {
    const r = evalFrames(entry, null);
    done = r !== SUSPEND;
    return r;
  } catch (e) {
    done = true;
    throw e;
  } finally {
    if (done) recursion.depth--;
    leaveEval();
  }
}

/** The loop of runFrame, from the innermost frame of the chain `entry` starts. */
function evalFrames(entry: Frame, throwIn: PyBaseException | null): PyObject {
  let frame = tstate.frame!;
  let pending: unknown = throwIn;
  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        if (tracing.active) traceFunctionEntry(frame); // generator.throw() enters the frame

        throw e;
      }
      // execute() follows calls and returns itself, and returns SWITCH after a long
      // stretch of loop iterations, so V8 sees calls it can optimise normally instead of
      // one endless OSR'd loop.
      let r = execute(tstate.frame!, entry);
      while (r === SWITCH) r = execute(tstate.frame!, entry);
      return r;
    } catch (err) {
      frame = tstate.frame!;
      if (err instanceof SuspendSignal) {
        // A blocking native called by this CALL (or BEFORE_WITH) gave up the GIL: the
        // instruction runs again when the thread is resumed.
        frame.ip = frame.lasti;
        if (frame.f_code.ops[frame.lasti] === O.CALL) frame.kwnames = gil.directKw;
        return SUSPEND;
      }
      gil.directFn = null;
      // ## exception_unwind
      let exc = toPyException(err, frame);
      // An exception no storage holds yet: freed at the next safe point unless a handler
      // (or the native catching it) gives it an owner first.
      if (exc.ob_refcnt === 0) zeroedEval(exc);
      if (!(err instanceof ReraiseSignal)) {
        addTraceback(exc, frame);
        if (tracing.active) exc = traceException(frame, exc);
      }
      // RERAISE restores f_lasti for the traceback, but the handler is the one covering the
      // RERAISE itself (ceval.c: "We can't use frame->f_lasti here, as RERAISE may have set it").
      let at = err instanceof ReraiseSignal && err.at >= 0 ? err.at : frame.lasti;
      for (;;) {
        const code = frame.f_code;
        const h = code.findHandler(at);
        if (h >= 0) {
          const f = frame.f;
          let sp = code.nlocalsplus + code.exDepth[h];
          for (let i = frame.sp - 1; i >= sp; i--) { const v = f[i]; f[i] = null; if (v !== null && --v.ob_refcnt === 0) zeroedEval(v); }
          if (code.exLasti[h]) { const l = newInt(frame.lasti); l.ob_refcnt++; f[sp++] = l; }
          exc.ob_refcnt++;
          f[sp++] = exc;
          frame.sp = sp;
          frame.ip = code.exTarget[h];
          if (frame.trace !== null) frame.trace.prev = frame.lasti;
          break;
        }
        // No handler here: the frame is done; continue in the caller.
        if (tracing.active) exc = traceUnwind(frame, exc);
        frame.state = FRAME_COMPLETED;
        frameExitEval(frame);
        if (frame.initSelf !== null) {
          // An __init__ run by enterInit raised: type_call drops the instance.
          const self = frame.initSelf;
          frame.initSelf = null;
          Py_DECREF(self);
        }
        if (frame === entry) {
          tstate.frame = frame.f_back;
          throw exc;
        }
        recursion.depth--;
        const back = frame.f_back!;
        frame.f_back = null;
        frame = back;
        tstate.frame = frame;
        at = frame.lasti;
        addTraceback(exc, frame);
        if (tracing.active) exc = traceException(frame, exc);
      }
    }
  }
}

/** RERAISE re-raises without adding a traceback entry for the frame doing it. */
class ReraiseSignal {
  /** `at`: index of the RERAISE instruction (-1 for a bare `raise`, which unwinds normally). */
  constructor(readonly exc: PyBaseException, readonly at = -1) {}
}

function toPyException(err: unknown, frame: Frame): PyBaseException {
  if (err instanceof ReraiseSignal) return err.exc;
  if (err instanceof PyBaseException) {
    chainContext(err);
    return err;
  }
  const e = internalErrorToPython(err, frame);
  chainContext(e);
  return e;
}

let lastChained: PyBaseException | null = null;
/** __context__: the exception being handled when this one was raised (_PyErr_SetObject). */
function chainContext(exc: PyBaseException): void {
  if (exc === lastChained) return;
  lastChained = exc;
  const handling = topmostException();
  if (handling === null || handling === exc) return;
  // Break cycles in the context chain, as CPython does.
  let o: PyObject | null = handling;
  while (o instanceof PyBaseException) {
    const ctx: PyObject | null = o.context;
    if (ctx === exc) { o.context = Py_XSETREF(o.context, null); break; }
    o = ctx;
  }
  if (exc.context === null) exc.context = Py_XSETREF(exc.context, handling);
}

function addTraceback(exc: PyBaseException, frame: Frame): void {
  // The new entry takes over the exception's reference to the old head (tb_next).
  const tb = new PyTraceBack(exc.traceback as PyTraceBack | null, frame, frame.lasti);
  tb.ob_refcnt++;
  exc.traceback = tb;
}

function unboundLocal(code: PyCode, i: number): never {
  raise(UnboundLocalError, `cannot access local variable '${code.unit.co_localsplusnames[i]}' where it is not associated with a value`);
}

function nameError(name: string): never {
  const e = newException(NameError, `name '${name}' is not defined`);
  (e as PyBaseException & { nameErrorName?: string }).nameErrorName = name;
  throw e;
}

/**
 * A Python call made by the loop itself: count the recursion, link the callee above its
 * caller and make it the thread's running frame (the loop then continues in it).
 */
function enterCallee(caller: Frame, callee: Frame): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    // The callee never runs: its arguments (moved off the caller's stack) and function go.
    clearFrame(callee);
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  callee.f_back = caller;
  callee.state = FRAME_EXECUTING;
  tstate.frame = callee;
}

/** Code flags of functions whose call returns a generator, coroutine or async generator. */
const CO_MAKES_GENERATOR = 0x20 | 0x80 | 0x200;

/**
 * CALL of a class made by object.__new__ whose __init__ is a Python function: make the
 * instance and run __init__ as a frame of this loop instead of a native type_call running it
 * in a nested one (CPython 3.12's CALL_ALLOC_AND_ENTER_INIT does the same).  The frame holds
 * the instance as type_call would; RETURN_VALUE checks that __init__ returned None and gives
 * the caller the instance.  Returns null for any other class (the generic call handles it).
 */
function enterInit(caller: Frame, t: PyType, code: PyCode, at: number, f: (PyObject | null)[], base: number, n: number, npop: number): Frame | null {
  if (t.tp_new !== object_new || t.tp_init !== slot_tp_init) return null;
  const init = typeLookupAt(code, at, t, '__init__');
  if (init === null || init.ob_type !== PyFunction_Type) return null;
  const fn = init as PyFunction;
  if (fn.func_code.unit.co_flags & CO_MAKES_GENERATOR) return null;
  const self = newInstance(t);
  self.ob_refcnt++;
  let callee: Frame;
  try {
    callee = makeInitFrame(fn, self, f, base, n);
    callee.initPop = npop;
    enterCallee(caller, callee);
  } catch (e) {
    // Bad arguments or the recursion limit: __init__ never runs and the instance goes.
    Py_DECREF(self);
    throw e;
  }
  callee.initSelf = self;
  return callee;
}

/** The instruction loop proper.  Returns when `entry` returns or yields. */
/**
 * Whether the eval breaker is set at one of 3.11's check points: the GIL's countdown to a
 * switch-interval test has run out, or the host asked for an interrupt (Ctrl-C).  The caller
 * saves ip and sp and calls evalBreaker() when it is.
 */
function breakerDue(interrupt: Int32Array | null): boolean {
  return --gil.countdown < 0 || (interrupt !== null && Atomics.load(interrupt, 0) !== 0);
}

function execute(startFrame: Frame, entry: Frame): PyObject {
  let frame = startFrame;
  let code = frame.f_code;
  let ops = frame.trace === null ? code.ops : frame.trace.ops, opargs = code.opargs;
  let f = frame.f;
  let sp = frame.sp;
  let ip = frame.ip;
  let consts = code.consts;
  let names = code.namesJs;
  const interrupt = tstate.interrupt;
  let budget = 2000;
  // Resume where the frame left off.
  void ip;

  // lasti and sp are stored every instruction: code called from here may look at this
  // frame's line (tracebacks, sys._getframe), and exception unwinding needs the stack
  // depth.  (Storing sp only in a catch around the loop measured slower in V8.)
  for (;;) {
    const op = ops[ip];
    const oparg = opargs[ip];
    frame.lasti = ip;
    frame.sp = sp;
    if (zombies.urgent !== 0 && beforeInstruction(frame, op)) return SUSPEND;
    ip += STEP[op];
    switch (op) {
      case O.NOP: case O.EXTENDED_ARG: case O.CACHE:
        break;
      case O.RESUME:
        // ceval.c checks the eval breaker at a function's start and after a yield (oparg < 2).
        if (oparg < 2 && breakerDue(interrupt)) {
          frame.ip = ip;
          frame.sp = sp;
          if (evalBreaker()) return SUSPEND;
        }
        // The 'call' event; a frame that traces lines continues on its own opcode array.
        if (tracing.active && traceFunctionEntry(frame)) {
          frame.ip = ip;
          frame.sp = sp;
          return SWITCH;
        }
        break;
      case TraceOp.TRACE:
        // An armed instruction of a line-traced frame: report, then run the real one.
        traceInstruction(frame);
        ip = frame.lasti;
        break;
      case O.LOAD_FAST: {
        const v = f[oparg];
        if (v === NULL) unboundLocal(code, oparg);
        v.ob_refcnt++;
        f[sp++] = v;
        break;
      }
      case O.LOAD_CONST: {
        const v = consts[oparg];
        v.ob_refcnt++;
        f[sp++] = v;
        break;
      }
      case O.STORE_FAST: {
        const old = f[oparg];
        f[oparg] = f[--sp];
        f[sp] = NULL;
        if (old !== NULL) if (--old.ob_refcnt === 0) zeroedEval(old);
        break;
      }
      case O.POP_TOP: {
        const v = f[--sp];
        f[sp] = NULL;
        if (v !== NULL) if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.PUSH_NULL:
        f[sp++] = NULL;
        break;
      case O.COPY:
        f[sp] = f[sp - oparg];
        f[sp]!.ob_refcnt++;
        sp++;
        break;
      case O.SWAP: {
        const t = f[sp - 1];
        f[sp - 1] = f[sp - oparg];
        f[sp - oparg] = t;
        break;
      }
      case O.UNARY_NOT: {
        const v = f[sp - 1]!;
        const r = isTrue(v) ? Py_False : Py_True;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.BINARY_OP: {
        const b = f[--sp]!;
        f[sp] = NULL;
        const a = f[sp - 1]!;
        // Fast paths for small ints and floats (what 3.11 specialises BINARY_OP into).
        // Separate float/float and int/int tests keep each `.value` load monomorphic.
        const at = a.ob_type, bt = b.ob_type;
        const nb = oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg;
        if (at === PyFloat_Type && bt === PyFloat_Type) {
          const r = floatOp((a as PyFloat).value, (b as PyFloat).value, nb);
          if (r !== null) { r.ob_refcnt++; f[sp - 1] = r; if (--a.ob_refcnt === 0) zeroedEval(a); if (--b.ob_refcnt === 0) zeroedEval(b); break; }
        } else if (at === PyLong_Type && bt === PyLong_Type) {
          const x = (a as PyInt).value, y = (b as PyInt).value;
          if (typeof x === 'number' && typeof y === 'number') {
            const r = smallIntOp(x, y, nb);
            if (r !== null) { r.ob_refcnt++; f[sp - 1] = r; if (--a.ob_refcnt === 0) zeroedEval(a); if (--b.ob_refcnt === 0) zeroedEval(b); break; }
          }
        } else if ((at === PyFloat_Type || at === PyLong_Type) && (bt === PyFloat_Type || bt === PyLong_Type)) {
          const x = (a as PyInt | PyFloat).value, y = (b as PyInt | PyFloat).value;
          if (typeof x === 'number' && typeof y === 'number') {
            const r = floatOp(x, y, nb);
            if (r !== null) { r.ob_refcnt++; f[sp - 1] = r; if (--a.ob_refcnt === 0) zeroedEval(a); if (--b.ob_refcnt === 0) zeroedEval(b); break; }
          }
        }
        // Back on the stack while the slot may raise, so unwinding releases it (as STORE_SUBSCR).
        f[sp] = b;
        const r = binaryOp(a, b, oparg);
        f[sp] = NULL;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--a.ob_refcnt === 0) zeroedEval(a);
        if (--b.ob_refcnt === 0) zeroedEval(b);
        break;
      }
      case O.COMPARE_OP: {
        const b = f[--sp]!;
        f[sp] = NULL;
        const a = f[sp - 1]!;
        if (a.ob_type === PyLong_Type && b.ob_type === PyLong_Type) {
          const x = (a as PyInt).value, y = (b as PyInt).value;
          if (typeof x === 'number' && typeof y === 'number') {
            let r: boolean;
            switch (oparg) {
              case 0: r = x < y; break;
              case 1: r = x <= y; break;
              case 2: r = x === y; break;
              case 3: r = x !== y; break;
              case 4: r = x > y; break;
              default: r = x >= y; break;
            }
            const res = r ? Py_True : Py_False;
            res.ob_refcnt++;
            f[sp - 1] = res;
            if (--a.ob_refcnt === 0) zeroedEval(a);
            if (--b.ob_refcnt === 0) zeroedEval(b);
            break;
          }
        }
        f[sp] = b;
        const r = richCompare(a, b, oparg);
        f[sp] = NULL;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--a.ob_refcnt === 0) zeroedEval(a);
        if (--b.ob_refcnt === 0) zeroedEval(b);
        break;
      }
      case O.IS_OP: {
        const b = f[--sp]!;
        f[sp] = NULL;
        const a = f[sp - 1]!;
        const r = newBoolIs((a === b) !== (oparg === 1));
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--a.ob_refcnt === 0) zeroedEval(a);
        if (--b.ob_refcnt === 0) zeroedEval(b);
        break;
      }
      case O.CONTAINS_OP: {
        const container = f[--sp]!;
        f[sp] = NULL;
        const item = f[sp - 1]!;
        f[sp] = container;
        const r = contains(container, item) !== (oparg === 1) ? Py_True : Py_False;
        f[sp] = NULL;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--item.ob_refcnt === 0) zeroedEval(item);
        if (--container.ob_refcnt === 0) zeroedEval(container);
        break;
      }
      case O.BINARY_SUBSCR: {
        const key = f[--sp]!;
        f[sp] = NULL;
        const container = f[sp - 1]!;
        if (container.ob_type === PyList_Type && key.ob_type === PyLong_Type) {
          const items = (container as PyList).items;
          let i = (key as PyInt).value;
          if (typeof i === 'number') {
            if (i < 0) i += items.length;
            if (i >= 0 && i < items.length) {
              const r = items[i];
              r.ob_refcnt++;
              f[sp - 1] = r;
              if (--container.ob_refcnt === 0) zeroedEval(container);
              if (--key.ob_refcnt === 0) zeroedEval(key);
              break;
            }
          }
        }
        f[sp] = key;
        const r = getItem(container, key);
        f[sp] = NULL;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--container.ob_refcnt === 0) zeroedEval(container);
        if (--key.ob_refcnt === 0) zeroedEval(key);
        break;
      }
      case O.STORE_SUBSCR: {
        const key = f[sp - 1]!, container = f[sp - 2]!, v = f[sp - 3]!;
        f[sp - 1] = f[sp - 2] = f[sp - 3] = NULL;
        sp -= 3;
        if (container.ob_type === PyList_Type && key.ob_type === PyLong_Type) {
          // STORE_SUBSCR_LIST_INT: an in-range index of an exact list.
          const items = (container as PyList).items;
          let i = (key as PyInt).value;
          if (typeof i === 'number') {
            if (i < 0) i += items.length;
            if (i >= 0 && i < items.length) {
              // The list takes the stack's reference to v.
              const old = items[i];
              items[i] = v;
              if (--old.ob_refcnt === 0) zeroedEval(old);
              if (--container.ob_refcnt === 0) zeroedEval(container);
              if (--key.ob_refcnt === 0) zeroedEval(key);
              break;
            }
          }
        }
        frame.sp = sp + 3;
        f[sp] = v; f[sp + 1] = container; f[sp + 2] = key;
        setItem(container, key, v);
        f[sp] = f[sp + 1] = f[sp + 2] = NULL;
        if (--v.ob_refcnt === 0) zeroedEval(v);
        if (--container.ob_refcnt === 0) zeroedEval(container);
        if (--key.ob_refcnt === 0) zeroedEval(key);
        break;
      }
      case O.GET_ITER: {
        const o = f[sp - 1]!;
        const it = getIter(o);
        it.ob_refcnt++;
        f[sp - 1] = it;
        if (--o.ob_refcnt === 0) zeroedEval(o);
        break;
      }
      case O.FOR_ITER: {
        const it = f[sp - 1]!;
        const next = it.ob_type.tp_iternext!(it);
        if (next !== null) {
          next.ob_refcnt++;
          f[sp++] = next;
        } else {
          if (tracing.active) traceForIterStop(frame, it);
          f[--sp] = NULL;
          if (--it.ob_refcnt === 0) zeroedEval(it);
          ip += oparg;
        }
        break;
      }
      case O.LOAD_GLOBAL: {
        const g = frame.f_globals, b = frame.f_builtins;
        const cache = code.globalCache;
        let v = cache === null ? null : cachedGlobal(cache, ip, g, b);
        if (v === null) {
          v = loadGlobalSlow(code, ip, g, b, names[oparg >> 1]);
          if (v === null) nameError(names[oparg >> 1]);
        }
        if (oparg & 1) f[sp++] = NULL;
        v.ob_refcnt++;
        f[sp++] = v;
        break;
      }
      case O.LOAD_NAME: {
        const name = names[oparg];
        const locals = frame.f_locals;
        if (locals === null) raise(SystemError, `no locals when loading '${name}'`);
        let v: PyObject | null;
        if (locals instanceof PyDict && locals.ob_type === PyDict_Type) v = dictGetStr(locals, name);
        else v = mappingGetOpt(locals, code.names[oparg]);
        if (v === null) {
          v = dictGetStr(frame.f_globals, name);
          if (v === null) {
            v = dictGetStr(frame.f_builtins, name);
            if (v === null) nameError(name);
          }
        }
        v.ob_refcnt++;
        f[sp++] = v;
        break;
      }
      case O.STORE_NAME: {
        const v = f[--sp]!;
        f[sp] = NULL;
        const locals = frame.f_locals;
        if (locals === null) raise(SystemError, `no locals found when storing '${names[oparg]}'`);
        if (locals instanceof PyDict && locals.ob_type === PyDict_Type) dictSetStr(locals, names[oparg], v);
        else setItem(locals, code.names[oparg], v);
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.LOAD_ATTR: {
        const owner = f[sp - 1]!;
        const t = owner.ob_type;
        if (t.tp_getattro === genericGetAttr) {
          const name = names[oparg];
          const v = genericGetAttrWith(owner, name, typeLookupAt(code, ip, t, name));
          const r = v !== null ? v : raiseNoAttribute(owner, name);
          r.ob_refcnt++;
          f[sp - 1] = r;
          if (--owner.ob_refcnt === 0) zeroedEval(owner);
          break;
        }
        const r = getAttr(owner, names[oparg]);
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--owner.ob_refcnt === 0) zeroedEval(owner);
        break;
      }
      case O.STORE_ATTR: {
        const owner = f[sp - 1]!, v = f[sp - 2]!;
        const t = owner.ob_type;
        if (t.tp_setattro === genericSetAttr) {
          const name = names[oparg];
          genericSetAttrWith(owner, name, v, typeLookupAt(code, ip, t, name));
        } else {
          setAttr(owner, names[oparg], v);
        }
        f[sp - 1] = f[sp - 2] = NULL;
        sp -= 2;
        if (--owner.ob_refcnt === 0) zeroedEval(owner);
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.LOAD_METHOD: {
        // Models _PyObject_GetMethod: avoid making a bound method for plain function attributes.
        const obj = f[sp - 1]!;
        const name = names[oparg];
        const t = obj.ob_type;
        const ga = t.tp_getattro;
        if (ga === genericGetAttr) {
          const descr = typeLookupAt(code, ip, t, name);
          if (descr !== null && (descr.ob_type === PyFunction_Type || descr.ob_type === PyMethodDescr_Type)) {
            const d = obj.dict;
            const shadow = d !== null ? dictGetStr(d, name) : null;
            if (shadow === null) {
              descr.ob_refcnt++;
              f[sp - 1] = descr;
              f[sp++] = obj;
              break;
            }
            shadow.ob_refcnt++;
            f[sp - 1] = NULL;
            f[sp++] = shadow;
            if (--obj.ob_refcnt === 0) zeroedEval(obj);
            break;
          }
          const v = genericGetAttrWith(obj, name, descr);
          const r = v !== null ? v : raiseNoAttribute(obj, name);
          r.ob_refcnt++;
          f[sp - 1] = NULL;
          f[sp++] = r;
          if (--obj.ob_refcnt === 0) zeroedEval(obj);
          break;
        }
        const r = getAttr(obj, name);
        r.ob_refcnt++;
        f[sp - 1] = NULL;
        f[sp++] = r;
        if (--obj.ob_refcnt === 0) zeroedEval(obj);
        break;
      }
      case O.KW_NAMES:
        frame.kwnames = (consts[oparg] as PyTuple).items.map((s) => (s as PyStr).value);
        break;
      case O.PRECALL:
        break;
      case O.CALL: {
        let isMeth = f[sp - oparg - 2] !== NULL;
        let fn = f[sp - oparg - 1]!;
        if (!isMeth && fn.ob_type === PyMethod_Type) {
          const m = fn as PyMethod;
          m.im_self.ob_refcnt++;
          m.im_func.ob_refcnt++;
          f[sp - oparg - 1] = m.im_self;
          f[sp - oparg - 2] = m.im_func;
          if (--m.ob_refcnt === 0) zeroedEval(m);
          isMeth = true;
        }
        const total = oparg + (isMeth ? 1 : 0);
        fn = f[sp - total - 1]!;
        const kwnames = frame.kwnames;
        frame.kwnames = null;
        const nkw = kwnames === null ? 0 : kwnames.length;
        const base = sp - total;
        const start = sp - oparg - 2;
        if (fn.ob_type === PyFunction_Type) {
          const func = fn as PyFunction;
          // The arguments' references move into the new frame's locals (makeFrameFromStack);
          // the frame holds its function, so the stack's reference to it is dropped.
          let callee: Frame;
          if (kwnames === null) callee = makeFrameFromStack(func, f, base, total);
          else {
            callee = makeFrame(func, f.slice(base, sp) as PyObject[], total - nkw, kwnames);
            for (let i = base; i < sp; i++) Py_DECREF(f[i]!);
          }
          for (let i = start; i < sp; i++) f[i] = NULL;
          sp = start;
          if (--func.ob_refcnt === 0) zeroedEval(func);
          frame.sp = sp;
          frame.ip = ip;
          if (func.func_code.unit.co_flags & CO_GENERATOR) {
            // A generator function's prologue ends in RETURN_GENERATOR, which returns the
            // generator object; run just that much in a nested loop.
            const g = runFrame(callee);
            g.ob_refcnt++;
            f[sp++] = g;
            break;
          }
          enterCallee(frame, callee);
          // A program that only recurses never takes a JUMP_BACKWARD: let it leave execute()
          // now and then too (V8 optimises it per call rather than as one on-stack replacement).
          if (--budget === 0) return SWITCH;
          // Continue in the callee without leaving this loop.
          frame = callee;
          code = frame.f_code;
          ops = code.ops; opargs = code.opargs; consts = code.consts; names = code.namesJs;
          f = frame.f; sp = frame.sp; ip = frame.ip;
          break;
        }
        if (fn.ob_type === PyType_Type && kwnames === null && !tracing.active) {
          frame.sp = sp;
          frame.ip = ip;
          const callee = enterInit(frame, fn as PyType, code, ip, f, base, total, sp - start);
          if (callee !== null) {
            frame = callee;
            code = frame.f_code;
            ops = code.ops; opargs = code.opargs; consts = code.consts; names = code.namesJs;
            f = frame.f; sp = frame.sp; ip = frame.ip;
            break;
          }
        }
        if (isMeth && fn.ob_type === PyMethodDescr_Type && !tracing.active) {
          // A builtin method called on its object (list.append, dict.get, str.join): call
          // the C-level function directly, as CPython 3.11's CALL_NO_KW_METHOD_DESCRIPTOR_*.
          const d = fn as PyMethodDescr;
          const self = f[base]!;
          if (self.ob_type === d.objclass || isSubtype(self.ob_type, d.objclass)) {
            // The arguments stay on the stack (counted) during the call, as in CPython.
            const margs = f.slice(base + 1, sp) as PyObject[];
            frame.sp = sp;
            frame.ip = ip;
            gil.directFn = d;
            const res = d.def.fn(self, margs, kwnames);
            res.ob_refcnt++;
            sp = popCallArgs(f, start, sp);
            f[sp++] = res;
            if (breakerDue(interrupt)) {
              frame.ip = ip;
              frame.sp = sp;
              if (evalBreakerAfterCall(d, self, margs.length, kwnames)) return SUSPEND;
            }
            break;
          }
        }
        const args = f.slice(base, sp) as PyObject[];
        frame.sp = sp;
        frame.ip = ip;
        let res: PyObject;
        if (tracing.active) res = callTraced(fn, args, kwnames);
        else {
          gil.directFn = fn;
          res = call(fn, args, kwnames);
        }
        res.ob_refcnt++;
        sp = popCallArgs(f, start, sp);
        f[sp++] = res;
        // ceval.c checks the eval breaker after a CALL of anything but a Python function.
        if (breakerDue(interrupt)) {
          frame.ip = ip;
          frame.sp = sp;
          if (evalBreakerAfterCall(fn, null, args.length, kwnames)) return SUSPEND;
        }
        if (tracing.active) {
          // The call may have started line tracing in this frame (sys.settrace, a hook
          // setting f_trace): re-enter so the loop reads the frame's own opcode array.
          frame.sp = sp;
          return SWITCH;
        }
        break;
      }
      case O.RETURN_VALUE: {
        const retval = f[--sp]!;
        f[sp] = NULL;
        frame.sp = sp;
        if (tracing.active) traceFunctionExit(frame, retval);
        frame.state = FRAME_COMPLETED;
        frameExitEval(frame);
        if (frame === entry) {
          // A native receives the value, with the reference the stack held.
          tstate.frame = frame.f_back;
          releaseFrame(frame);
          handToNative(retval);
          return retval;
        }
        recursion.depth--;
        const back = frame.f_back!;
        frame.f_back = null;
        const initSelf = frame.initSelf;
        if (initSelf !== null) frame.initSelf = null;
        const initPop = frame.initPop;
        releaseFrame(frame);
        tstate.frame = back;
        // Continue in the caller without leaving this loop.
        frame = back;
        code = frame.f_code;
        ops = code.ops; opargs = code.opargs; consts = code.consts; names = code.namesJs;
        f = frame.f; sp = frame.sp; ip = frame.ip;
        if (initSelf === null) f[sp++] = retval;
        else {
          // The end of type_call (enterInit): the result is the instance; the CALL's
          // callable and arguments leave the stack.
          if (retval !== Py_None) {
            const msg = `__init__() should return None, not '${typeName(retval)}'`;
            if (--retval.ob_refcnt === 0) zeroedEval(retval);
            Py_DECREF(initSelf);
            raiseTypeError(msg);
          }
          retval.ob_refcnt--;
          sp = popCallArgs(f, sp - initPop, sp);
          f[sp++] = initSelf;
        }
        if (frame.trace !== null) {
          // A line-traced caller continues on its own opcode array.
          frame.sp = sp;
          return SWITCH;
        }
        break;
      }
      case O.RETURN_GENERATOR:
        // Reached only when a generator frame is run directly (the CALL fast path never runs
        // it): make the generator and return it from this frame.
        frame.ip = ip;
        frame.sp = sp;
        // Not started yet (CPython's FRAME_CREATED): gi_suspended is False and a first
        // send() of anything but None is refused.
        frame.state = FRAME_CREATED;
        if (frame === entry) {
          tstate.frame = frame.f_back;
          return newGenerator(frame, frame.f_func);
        }
        raise(SystemError, 'RETURN_GENERATOR in a nested frame');
      case O.YIELD_VALUE: {
        const v = f[--sp]!;
        f[sp] = NULL;
        frame.sp = sp;
        frame.ip = ip;
        if (tracing.active) traceFunctionExit(frame, v);
        frame.state = FRAME_SUSPENDED;
        tstate.frame = frame.f_back;
        if (frame !== entry) raise(SystemError, 'yield from a frame that is not a generator entry');
        handToNative(v);
        return v;
      }
      case O.SEND: {
        const v = f[--sp]!;
        f[sp] = NULL;
        const receiver = f[sp - 1]!;
        frame.sp = sp;
        f[sp] = v;
        const r = sendToIter(receiver, v);
        f[sp] = NULL;
        r.value.ob_refcnt++;
        if (r.done) {
          if (tracing.active) traceSendStop(frame, receiver, v, r.value);
          f[sp - 1] = r.value;
          if (--receiver.ob_refcnt === 0) zeroedEval(receiver);
          ip += oparg;
        } else {
          f[sp++] = r.value;
        }
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.JUMP_FORWARD:
        ip += oparg;
        break;
      case O.JUMP_BACKWARD:
        ip -= oparg;
        if (breakerDue(interrupt)) {
          frame.ip = ip;
          frame.sp = sp;
          if (evalBreaker()) return SUSPEND;
        }
        if (--budget === 0) {
          frame.ip = ip;
          frame.sp = sp;
          return SWITCH;
        }
        break;
      case O.JUMP_BACKWARD_NO_INTERRUPT:
        ip -= oparg;
        break;
      case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_FALSE: {
        const c = f[--sp]!;
        f[sp] = NULL;
        if (--c.ob_refcnt === 0) zeroedEval(c);
        if (c === Py_False || (c !== Py_True && !isTrue(c))) {
          if (op === O.POP_JUMP_FORWARD_IF_FALSE) ip += oparg;
          else {
            ip -= oparg;
            // A backward jump taken checks the eval breaker, as JUMP_BACKWARD does.
            if (breakerDue(interrupt)) {
              frame.ip = ip;
              frame.sp = sp;
              if (evalBreaker()) return SUSPEND;
            }
          }
        }
        break;
      }
      case O.POP_JUMP_FORWARD_IF_TRUE: case O.POP_JUMP_BACKWARD_IF_TRUE: {
        const c = f[--sp]!;
        f[sp] = NULL;
        if (--c.ob_refcnt === 0) zeroedEval(c);
        if (c === Py_True || (c !== Py_False && isTrue(c))) {
          if (op === O.POP_JUMP_FORWARD_IF_TRUE) ip += oparg;
          else {
            ip -= oparg;
            // A backward jump taken checks the eval breaker, as JUMP_BACKWARD does.
            if (breakerDue(interrupt)) {
              frame.ip = ip;
              frame.sp = sp;
              if (evalBreaker()) return SUSPEND;
            }
          }
        }
        break;
      }
      case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_BACKWARD_IF_NONE: {
        const c = f[--sp]!;
        f[sp] = NULL;
        if (--c.ob_refcnt === 0) zeroedEval(c);
        if (c === Py_None) {
          if (op === O.POP_JUMP_FORWARD_IF_NONE) ip += oparg;
          else {
            ip -= oparg;
            // A backward jump taken checks the eval breaker, as JUMP_BACKWARD does.
            if (breakerDue(interrupt)) {
              frame.ip = ip;
              frame.sp = sp;
              if (evalBreaker()) return SUSPEND;
            }
          }
        }
        break;
      }
      case O.POP_JUMP_FORWARD_IF_NOT_NONE: case O.POP_JUMP_BACKWARD_IF_NOT_NONE: {
        const c = f[--sp]!;
        f[sp] = NULL;
        if (--c.ob_refcnt === 0) zeroedEval(c);
        if (c !== Py_None) {
          if (op === O.POP_JUMP_FORWARD_IF_NOT_NONE) ip += oparg;
          else {
            ip -= oparg;
            // A backward jump taken checks the eval breaker, as JUMP_BACKWARD does.
            if (breakerDue(interrupt)) {
              frame.ip = ip;
              frame.sp = sp;
              if (evalBreaker()) return SUSPEND;
            }
          }
        }
        break;
      }
      case O.JUMP_IF_FALSE_OR_POP: {
        const c = f[sp - 1]!;
        if (c === Py_False || (c !== Py_True && !isTrue(c))) ip += oparg;
        else { f[--sp] = NULL; if (--c.ob_refcnt === 0) zeroedEval(c); }
        break;
      }
      case O.JUMP_IF_TRUE_OR_POP: {
        const c = f[sp - 1]!;
        if (c === Py_True || (c !== Py_False && isTrue(c))) ip += oparg;
        else { f[--sp] = NULL; if (--c.ob_refcnt === 0) zeroedEval(c); }
        break;
      }
      case O.BUILD_TUPLE: {
        const items = f.slice(sp - oparg, sp) as PyObject[];
        for (let i = sp - oparg; i < sp; i++) f[i] = NULL;
        sp -= oparg;
        const t = newTuple(items);
        t.ob_refcnt++;
        f[sp++] = t;
        for (let i = 0; i < items.length; i++) items[i].ob_refcnt--; // moved into the tuple
        break;
      }
      case O.BUILD_LIST: {
        const items = f.slice(sp - oparg, sp) as PyObject[];
        for (let i = sp - oparg; i < sp; i++) f[i] = NULL;
        sp -= oparg;
        const l = newList(items);
        l.ob_refcnt++;
        f[sp++] = l;
        for (let i = 0; i < items.length; i++) items[i].ob_refcnt--; // moved into the list
        break;
      }
      case O.BUILD_STRING: {
        let s = '';
        const start = sp - oparg;
        for (let i = start; i < sp; i++) { s += (f[i] as PyStr).value; Py_DECREF(f[i]!); f[i] = NULL; }
        sp = start;
        const r = newStr(s);
        r.ob_refcnt++;
        f[sp++] = r;
        break;
      }
      case O.LIST_APPEND: {
        const v = f[--sp]!;
        f[sp] = NULL;
        const l = f[sp - oparg] as PyList;
        l.items.push(v); // takes the stack's reference
        if (l.items.length > l.allocated) listGrowHook.fn(l);
        break;
      }
      case O.SET_ADD: {
        // The item stays on the stack while hashing may raise, so unwinding releases it.
        const v = f[--sp]!;
        setAddHook.fn(f[sp - oparg]!, v);
        f[sp] = NULL;
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.MAP_ADD: {
        const v = f[--sp]!, k = f[--sp]!;
        dictSetItem(f[sp - oparg] as PyDict, k, v);
        f[sp] = f[sp + 1] = NULL;
        if (--k.ob_refcnt === 0) zeroedEval(k);
        if (--v.ob_refcnt === 0) zeroedEval(v);
        break;
      }
      case O.UNPACK_SEQUENCE: {
        // seq stays on the stack until unpacked: a ValueError unwinds it with the stack.
        const seq = f[sp - 1]!;
        const items = unpackSequence(seq, oparg);
        f[--sp] = NULL;
        for (let i = oparg - 1; i >= 0; i--) { items[i].ob_refcnt++; f[sp++] = items[i]; }
        if (--seq.ob_refcnt === 0) zeroedEval(seq);
        break;
      }
      case O.FORMAT_VALUE: {
        let spec: PyObject | null = null;
        if (oparg & 4) spec = f[--sp];
        const v = f[sp - 1]!;
        const r = formatValue(v, oparg & 3, spec);
        f[sp] = NULL;
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--v.ob_refcnt === 0) zeroedEval(v);
        if (spec !== null && --spec.ob_refcnt === 0) zeroedEval(spec);
        break;
      }
      case O.MAKE_CELL: {
        // The cell takes the local's reference; the slot holds the cell.
        const v = f[oparg];
        const c = new PyCell(v);
        if (v !== NULL) v.ob_refcnt--; // moved from the slot into the cell
        c.ob_refcnt++;
        f[oparg] = c;
        break;
      }
      case O.COPY_FREE_VARS: {
        const closure = frame.f_func!.func_closure!.items;
        const off = code.nlocalsplus - oparg;
        for (let i = 0; i < oparg; i++) { closure[i].ob_refcnt++; f[off + i] = closure[i]; }
        break;
      }
      case O.LOAD_CLOSURE:
        f[oparg]!.ob_refcnt++;
        f[sp++] = f[oparg];
        break;
      case O.LOAD_DEREF: {
        const v = (f[oparg] as PyCell).ob_ref;
        if (v === null) unboundDeref(code, oparg);
        v.ob_refcnt++;
        f[sp++] = v;
        break;
      }
      case O.STORE_DEREF: {
        const c = f[oparg] as PyCell;
        const old = c.ob_ref;
        c.ob_ref = f[--sp];
        f[sp] = NULL;
        if (old !== null && --old.ob_refcnt === 0) zeroedEval(old);
        break;
      }
      case O.CALL_FUNCTION_EX: {
        // A Python function called with *args/**kwargs runs as a frame of this loop, as CALL
        // does, so a thread's Thread.run() -> target(*args) stays on the thread's own slice.
        const fn = f[sp - 2 - (oparg & 1)]!;
        const pyfn = tracing.active ? null : pythonFunctionOf(fn);
        if (pyfn === null) {
          sp = executeRare(frame, op, oparg, sp);
          if (breakerDue(interrupt)) {
            frame.ip = ip;
            frame.sp = sp;
            if (evalBreaker()) return SUSPEND;
          }
          break;
        }
        frame.sp = sp;
        const kwargs = oparg & 1 ? f[sp - 1] : null;
        const callargs = f[sp - 1 - (oparg & 1)]!;
        const a = starArgs(fn, callargs, kwargs);
        if (fn !== pyfn) a.args.unshift((fn as PyMethod).im_self);
        const nkw = a.kwnames === null ? 0 : a.kwnames.length;
        const callee = makeFrame(pyfn, a.args, a.args.length - nkw, a.kwnames);
        // Pop kwargs, callargs, the callable and the NULL below it.
        const start = sp - 3 - (oparg & 1);
        sp = popCallArgs(f, start, sp);
        frame.sp = sp;
        frame.ip = ip;
        enterCallee(frame, callee);
        frame = callee;
        code = frame.f_code;
        ops = code.ops; opargs = code.opargs; consts = code.consts; names = code.namesJs;
        f = frame.f; sp = frame.sp; ip = frame.ip;
        break;
      }
      case O.BEFORE_WITH: {
        // A context manager written in Python: its __enter__ runs as a frame of this loop,
        // as a CALL would (its value lands where BEFORE_WITH puts it), so a thread blocking
        // in it (`with condition:`) can still give up the GIL by returning (threads.ts).
        const mgr = f[sp - 1]!;
        const enter = lookupSpecial(mgr, '__enter__');
        if (enter !== null && isPythonMethod(enter)) {
          const exit = lookupSpecial(mgr, '__exit__');
          if (exit !== null) {
            const m = enter as PyMethod;
            const callee = makeFrame(m.im_func as PyFunction, [m.im_self], 1, null);
            if (m.ob_refcnt === 0) zeroedEval(m);
            exit.ob_refcnt++;
            f[sp - 1] = exit;
            if (--mgr.ob_refcnt === 0) zeroedEval(mgr);
            frame.sp = sp;
            frame.ip = ip;
            enterCallee(frame, callee);
            frame = callee;
            code = frame.f_code;
            ops = code.ops; opargs = code.opargs; consts = code.consts; names = code.namesJs;
            f = frame.f; sp = frame.sp; ip = frame.ip;
            break;
          }
        }
        sp = beforeWith(frame, sp, enter);
        break;
      }
      default:
        // Opcodes that run rarely live in executeRare, which keeps this function small
        // enough for V8 to optimise quickly and re-optimise cheaply.
        sp = executeRare(frame, op, oparg, sp);
        break;
    }
  }
}

/** The cold half of the instruction set (see execute); returns the new stack pointer. */
function executeRare(frame: Frame, op: number, oparg: number, sp: number): number {
  const code = frame.f_code;
  const f = frame.f;
  const names = code.namesJs;
  const consts = code.consts;
  void consts;
  switch (op) {
    case O.DELETE_FAST: {
      const old = f[oparg];
      if (old === NULL) unboundLocal(code, oparg);
      f[oparg] = NULL;
      if (--old.ob_refcnt === 0) zeroedEval(old);
      break;
    }
    case O.UNARY_POSITIVE: case O.UNARY_NEGATIVE: case O.UNARY_INVERT: {
      const v = f[sp - 1]!;
      const r = op === O.UNARY_POSITIVE ? positive(v) : op === O.UNARY_NEGATIVE ? negative(v) : invert(v);
      r.ob_refcnt++;
      f[sp - 1] = r;
      if (--v.ob_refcnt === 0) zeroedEval(v);
      break;
    }
    case O.DELETE_SUBSCR: {
      const key = f[sp - 1]!, container = f[sp - 2]!;
      delItem(container, key);
      f[sp - 1] = f[sp - 2] = NULL;
      sp -= 2;
      if (--container.ob_refcnt === 0) zeroedEval(container);
      if (--key.ob_refcnt === 0) zeroedEval(key);
      break;
    }
    case O.MATCH_MAPPING: case O.MATCH_SEQUENCE: {
      const flag = op === O.MATCH_MAPPING ? Py_TPFLAGS_MAPPING : Py_TPFLAGS_SEQUENCE;
      const r = f[sp - 1]!.ob_type.tp_flags & flag ? Py_True : Py_False;
      r.ob_refcnt++;
      f[sp++] = r;
      break;
    }
    case O.MATCH_KEYS: {
      const r = matchKeys(f[sp - 2]!, f[sp - 1] as PyTuple) ?? Py_None;
      r.ob_refcnt++;
      f[sp++] = r;
      break;
    }
    case O.MATCH_CLASS: {
      // subject, class, names of the keyword attributes → tuple of attributes, or None.
      const names = f[sp - 1]!, type = f[sp - 2]!, subject = f[sp - 3]!;
      const r = matchClass(subject, type, oparg, names as PyTuple) ?? Py_None;
      r.ob_refcnt++;
      f[sp - 3] = r;
      f[sp - 1] = f[sp - 2] = NULL;
      sp -= 2;
      if (--names.ob_refcnt === 0) zeroedEval(names);
      if (--type.ob_refcnt === 0) zeroedEval(type);
      if (--subject.ob_refcnt === 0) zeroedEval(subject);
      break;
    }
    case O.GET_LEN: {
      const r = newInt(length(f[sp - 1]!));
      r.ob_refcnt++;
      f[sp] = r;
      sp++;
      break;
    }
    case O.GET_YIELD_FROM_ITER: {
      const it = f[sp - 1]!;
      if (!(it instanceof PyGen)) {
        const r = getIter(it);
        r.ob_refcnt++;
        f[sp - 1] = r;
        if (--it.ob_refcnt === 0) zeroedEval(it);
      }
      break;
    }
    case O.STORE_GLOBAL: {
      const v = f[--sp]!;
      dictSetStr(frame.f_globals, names[oparg], v);
      f[sp] = NULL;
      if (--v.ob_refcnt === 0) zeroedEval(v);
      break;
    }
    case O.DELETE_GLOBAL:
      if (dictDelStr(frame.f_globals, names[oparg]) === null) nameError(names[oparg]);
      break;
    case O.DELETE_NAME: {
      const locals = frame.f_locals!;
      try {
        delItem(locals, code.names[oparg]);
      } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.ob_type, BaseException)) nameError(names[oparg]);
        throw e;
      }
      break;
    }
    case O.DELETE_ATTR: {
      const owner = f[sp - 1]!;
      setAttr(owner, names[oparg], null);
      f[--sp] = NULL;
      if (--owner.ob_refcnt === 0) zeroedEval(owner);
      break;
    }
    case O.CALL_FUNCTION_EX: {
      // The arguments stay on the stack during the call, so a blocking native called here
      // can give up the GIL and have this instruction run again (threads.ts).
      const kwargs = oparg & 1 ? f[sp - 1] : null;
      const callargs = f[sp - 1 - (oparg & 1)]!;
      const fn = f[sp - 2 - (oparg & 1)]!;
      frame.sp = sp;
      let res: PyObject;
      if (tracing.active) res = callWithStarTraced(fn, callargs, kwargs);
      else {
        gil.directFn = fn;
        res = callWithStar(fn, callargs, kwargs);
      }
      res.ob_refcnt++;
      sp = popCallArgs(f, sp - 3 - (oparg & 1), sp);
      f[sp++] = res;
      break;
    }
    case O.BUILD_SET: {
      const items = f.slice(sp - oparg, sp) as PyObject[];
      for (let i = sp - oparg; i < sp; i++) f[i] = NULL;
      sp -= oparg;
      let r: PyObject;
      try {
        r = buildSet(items);
      } finally {
        // The items' stack references go whether or not the set could be built.
        for (let i = 0; i < items.length; i++) Py_DECREF(items[i]);
      }
      r.ob_refcnt++;
      f[sp++] = r;
      break;
    }
    case O.BUILD_MAP: {
      const d = new PyDict();
      const start = sp - 2 * oparg;
      if (oparg > 5) dictkeysPresizeItems(d, f, start, oparg, 2);
      try {
        for (let i = start; i < sp; i += 2) dictSetItem(d, f[i]!, f[i + 1]!);
      } catch (e) {
        // A key's __hash__/__eq__ raised: the partial dict goes (the items stay on the stack
        // for unwinding to release).
        zeroedEval(d);
        throw e;
      }
      for (let i = start; i < sp; i++) { Py_DECREF(f[i]!); f[i] = NULL; }
      sp = start;
      d.ob_refcnt++;
      f[sp++] = d;
      break;
    }
    case O.BUILD_CONST_KEY_MAP: {
      const kt = f[--sp] as PyTuple;
      const keys = kt.items;
      const d = new PyDict();
      const start = sp - oparg;
      if (oparg > 5) dictkeysPresizeItems(d, keys, 0, oparg, 1);
      try {
        for (let i = 0; i < oparg; i++) dictSetItem(d, keys[i], f[start + i]!);
      } catch (e) {
        zeroedEval(d);
        throw e;
      }
      f[sp] = NULL;
      for (let i = start; i < sp; i++) { Py_DECREF(f[i]!); f[i] = NULL; }
      if (--kt.ob_refcnt === 0) zeroedEval(kt);
      sp = start;
      d.ob_refcnt++;
      f[sp++] = d;
      break;
    }
    case O.BUILD_SLICE: {
      let step: PyObject | null = null;
      if (oparg === 3) { step = f[--sp]; f[sp] = NULL; }
      const stop = f[--sp]!;
      f[sp] = NULL;
      const start = f[sp - 1]!;
      const r = buildSlice(start, stop, step);
      r.ob_refcnt++;
      f[sp - 1] = r;
      if (--start.ob_refcnt === 0) zeroedEval(start);
      if (--stop.ob_refcnt === 0) zeroedEval(stop);
      if (step !== null && --step.ob_refcnt === 0) zeroedEval(step);
      break;
    }
    case O.LIST_EXTEND: {
      // The operand stays on the stack while the call may raise, so unwinding releases it.
      const it = f[--sp]!;
      listExtend(f[sp - oparg] as PyList, it);
      f[sp] = NULL;
      if (--it.ob_refcnt === 0) zeroedEval(it);
      break;
    }
    case O.SET_UPDATE: {
      // The operand stays on the stack while the call may raise, so unwinding releases it.
      const it = f[--sp]!;
      setUpdate(f[sp - oparg]!, it);
      f[sp] = NULL;
      if (--it.ob_refcnt === 0) zeroedEval(it);
      break;
    }
    case O.DICT_UPDATE: {
      // The operand stays on the stack while the call may raise, so unwinding releases it.
      const it = f[--sp]!;
      dictUpdate(f[sp - oparg] as PyDict, it);
      f[sp] = NULL;
      if (--it.ob_refcnt === 0) zeroedEval(it);
      break;
    }
    case O.DICT_MERGE: {
      // The operand stays on the stack while the call may raise, so unwinding releases it.
      const it = f[--sp]!;
      dictMerge(f[sp - oparg] as PyDict, it, f[sp - oparg - 2]!);
      f[sp] = NULL;
      if (--it.ob_refcnt === 0) zeroedEval(it);
      break;
    }
    case O.LIST_TO_TUPLE: {
      const l = f[sp - 1] as PyList;
      const t = newTuple(l.items.slice());
      t.ob_refcnt++;
      f[sp - 1] = t;
      if (--l.ob_refcnt === 0) zeroedEval(l);
      break;
    }
    case O.UNPACK_EX: {
      const seq = f[sp - 1]!;
      const items = unpackEx(seq, oparg & 0xff, oparg >> 8);
      f[--sp] = NULL;
      for (let i = items.length - 1; i >= 0; i--) { items[i].ob_refcnt++; f[sp++] = items[i]; }
      if (--seq.ob_refcnt === 0) zeroedEval(seq);
      break;
    }
    case O.MAKE_FUNCTION: {
      const codeObj = f[--sp] as PyCode;
      f[sp] = NULL;
      let closure: PyObject | null = null, annotations: PyObject | null = null;
      let kwdefaults: PyObject | null = null, defaults: PyObject | null = null;
      if (oparg & 8) { closure = f[--sp]; f[sp] = NULL; }
      if (oparg & 4) { annotations = f[--sp]; f[sp] = NULL; }
      if (oparg & 2) { kwdefaults = f[--sp]; f[sp] = NULL; }
      if (oparg & 1) { defaults = f[--sp]; f[sp] = NULL; }
      const fn = makeFunction(codeObj, frame.f_globals, frame.f_builtins, closure, annotations, kwdefaults, defaults);
      fn.ob_refcnt++;
      f[sp++] = fn;
      if (--codeObj.ob_refcnt === 0) zeroedEval(codeObj);
      if (closure !== null && --closure.ob_refcnt === 0) zeroedEval(closure);
      if (annotations !== null && --annotations.ob_refcnt === 0) zeroedEval(annotations);
      if (kwdefaults !== null && --kwdefaults.ob_refcnt === 0) zeroedEval(kwdefaults);
      if (defaults !== null && --defaults.ob_refcnt === 0) zeroedEval(defaults);
      break;
    }
    case O.LOAD_CLASSDEREF: {
      const name = code.unit.co_localsplusnames[oparg];
      const locals = frame.f_locals!;
      let v = locals instanceof PyDict ? dictGetStr(locals, name) : mappingGetOpt(locals, newStr(name));
      if (v === null) {
        v = (f[oparg] as PyCell).ob_ref;
        if (v === null) unboundDeref(code, oparg);
      }
      v.ob_refcnt++;
      f[sp++] = v;
      break;
    }
    case O.DELETE_DEREF: {
      const c = f[oparg] as PyCell;
      const old = c.ob_ref;
      if (old === null) unboundDeref(code, oparg);
      c.ob_ref = null;
      if (--old.ob_refcnt === 0) zeroedEval(old);
      break;
    }
    case O.LOAD_BUILD_CLASS: {
      const r = loadBuildClass(frame);
      r.ob_refcnt++;
      f[sp++] = r;
      break;
    }
    case O.LOAD_ASSERTION_ERROR:
      AssertionError.ob_refcnt++;
      f[sp++] = AssertionError;
      break;
    case O.SETUP_ANNOTATIONS:
      setupAnnotations(frame);
      break;
    case O.PRINT_EXPR: {
      const v = f[sp - 1]!;
      printExpr(v);
      f[--sp] = NULL;
      if (--v.ob_refcnt === 0) zeroedEval(v);
      break;
    }
    case O.IMPORT_NAME: {
      // fromlist and level stay on the stack while importing: an ImportError unwinds them.
      const fromlist = f[sp - 1]!;
      const level = f[sp - 2]!;
      const m = importName(frame, names[oparg], fromlist, level);
      f[--sp] = NULL;
      m.ob_refcnt++;
      f[sp - 1] = m;
      if (--fromlist.ob_refcnt === 0) zeroedEval(fromlist);
      if (--level.ob_refcnt === 0) zeroedEval(level);
      break;
    }
    case O.IMPORT_FROM: {
      const r = importFrom(f[sp - 1]!, names[oparg]);
      r.ob_refcnt++;
      f[sp] = r;
      sp++;
      break;
    }
    case O.IMPORT_STAR: {
      // The module stays on the stack while its names are copied, so an error unwinds it.
      const mod = f[--sp]!;
      importStar(frame, mod);
      f[sp] = NULL;
      if (--mod.ob_refcnt === 0) zeroedEval(mod);
      break;
    }
    case O.WITH_EXCEPT_START: {
      const exitFn = f[sp - 4]!;
      const val = f[sp - 1] as PyBaseException;
      const res = call(exitFn, [val.ob_type, val, val.traceback ?? Py_None]);
      res.ob_refcnt++;
      f[sp++] = res;
      break;
    }
    case O.PUSH_EXC_INFO: {
      // The previous exception moves from exc_info to the stack; exc_info takes a new reference.
      const v = f[sp - 1]!;
      const info = tstate.excInfo;
      const prev = info.value ?? Py_None;
      if (info.value === null) Py_None.ob_refcnt++;
      f[sp - 1] = prev;
      f[sp++] = v;
      v.ob_refcnt++;
      info.value = v;
      break;
    }
    case O.POP_EXCEPT: {
      const v = f[--sp]!;
      f[sp] = NULL;
      const info = tstate.excInfo;
      const old = info.value;
      info.value = v === Py_None ? null : v;
      if (v === Py_None) if (--v.ob_refcnt === 0) zeroedEval(v);
      if (old !== null && --old.ob_refcnt === 0) zeroedEval(old);
      break;
    }
    case O.CHECK_EXC_MATCH: {
      const cls = f[sp - 1]!;
      checkExceptClass(cls);
      const r = exceptionMatches(f[sp - 2]!, cls) ? Py_True : Py_False;
      r.ob_refcnt++;
      f[sp - 1] = r;
      if (--cls.ob_refcnt === 0) zeroedEval(cls);
      break;
    }
    case O.CHECK_EG_MATCH: {
      const cls = f[--sp]!;
      f[sp] = NULL;
      const exc = f[--sp]!;
      f[sp] = NULL;
      const [rest, match] = checkEgMatch(exc, cls);
      rest.ob_refcnt++;
      match.ob_refcnt++;
      f[sp++] = rest;
      f[sp++] = match;
      if (--cls.ob_refcnt === 0) zeroedEval(cls);
      if (--exc.ob_refcnt === 0) zeroedEval(exc);
      break;
    }
    case O.PREP_RERAISE_STAR: {
      const excs = f[--sp]!;
      f[sp] = NULL;
      const orig = f[sp - 1]!;
      const r = prepReraiseStar(orig, excs);
      r.ob_refcnt++;
      f[sp - 1] = r;
      if (--orig.ob_refcnt === 0) zeroedEval(orig);
      if (--excs.ob_refcnt === 0) zeroedEval(excs);
      break;
    }
    case O.RERAISE: {
      const v = f[--sp] as PyBaseException;
      f[sp] = NULL;
      if (--v.ob_refcnt === 0) zeroedEval(v);
      const at = frame.lasti;
      if (oparg) frame.lasti = (f[sp - oparg] as PyInt).value as number;
      frame.sp = sp;
      throw new ReraiseSignal(v, at);
    }
    case O.RAISE_VARARGS: {
      let cause: PyObject | null = null, exc: PyObject | null = null;
      if (oparg === 2) { cause = f[--sp]; f[sp] = NULL; }
      if (oparg >= 1) { exc = f[--sp]; f[sp] = NULL; }
      frame.sp = sp;
      if (exc !== null && --exc.ob_refcnt === 0) zeroedEval(exc);
      if (cause !== null && --cause.ob_refcnt === 0) zeroedEval(cause);
      if (oparg === 0) {
        const cur = topmostException();
        if (cur === null) raise(RuntimeError, 'No active exception to reraise');
        throw new ReraiseSignal(cur as PyBaseException);
      }
      throw raiseFromStatement(exc!, cause);
    }
    default:
      raise(SystemError, `unknown opcode ${op} (oparg ${oparg}) at offset ${2 * frame.lasti} in ${code.co_qualname}`);
  }
  return sp;
}

function unboundDeref(code: PyCode, i: number): never {
  const name = code.unit.co_localsplusnames[i];
  if (code.unit.co_localspluskinds[i] & 0x80) {
    raise(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  raise(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function mappingGetOpt(m: PyObject, key: PyObject): PyObject | null {
  if (m instanceof PyDict) {
    const v = dictGetItem(m, key);
    if (v !== null || m.ob_type === PyDict_Type) return v;
  }
  try {
    return getItem(m, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.tp_name === 'KeyError') { releaseLater(e); return null; }
    throw e;
  }
}

/** CALL's epilogue: drop the stack's references to the callable, self and arguments. */
function popCallArgs(f: (PyObject | null)[], start: number, sp: number): number {
  for (let i = start; i < sp; i++) {
    const v = f[i];
    f[i] = NULL;
    if (v !== NULL) if (--v.ob_refcnt === 0) zeroedEval(v);
  }
  return start;
}

/**
 * The eval breaker after a CALL of a native.  CPython 3.11's specialised forms of a few
 * calls skip the check (PRECALL_NO_KW_LEN, _ISINSTANCE, _TYPE_1, _LIST_APPEND, which the
 * loop reaches once warmed up): for those the check did not happen.
 */
/**
 * BEFORE_WITH for a context manager whose __enter__ is not a Python function.  __enter__
 * runs before the stack changes, so a lock's __enter__ that blocks can give up the GIL and
 * have this instruction run again (threads.ts).
 */
function beforeWith(frame: Frame, sp: number, enter: PyObject | null): number {
  const f = frame.f;
  const mgr = f[sp - 1]!;
  if (enter === null) raiseTypeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  const exit = lookupSpecial(mgr, '__exit__');
  if (exit === null) {
    releaseLater(enter);
    raiseTypeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  frame.sp = sp;
  gil.directFn = enter;
  let res: PyObject;
  try {
    res = call(enter, []);
  } catch (e) {
    if (exit.ob_refcnt === 0) { exit.ob_refcnt++; Py_DECREF(exit); }
    throw e;
  } finally {
    // The bound __enter__ looked up for this call (CPython's BEFORE_WITH drops it).
    releaseLater(enter);
  }
  exit.ob_refcnt++;
  f[sp - 1] = exit;
  res.ob_refcnt++;
  f[sp++] = res;
  if (--mgr.ob_refcnt === 0) zeroedEval(mgr);
  return sp;
}

/** The plain (not generator) Python function a call of `o` runs, itself or bound, or null. */
function pythonFunctionOf(o: PyObject): PyFunction | null {
  let fn = o;
  if (fn.ob_type === PyMethod_Type) fn = (fn as PyMethod).im_func;
  if (fn.ob_type !== PyFunction_Type) return null;
  return ((fn as PyFunction).func_code.unit.co_flags & CO_GENERATOR) === 0 ? fn as PyFunction : null;
}

/** A bound method of a plain (not generator) Python function. */
function isPythonMethod(o: PyObject): boolean {
  if (o.ob_type !== PyMethod_Type) return false;
  const fn = (o as PyMethod).im_func;
  return fn.ob_type === PyFunction_Type && ((fn as PyFunction).func_code.unit.co_flags & CO_GENERATOR) === 0;
}

function evalBreakerAfterCall(fn: PyObject, self: PyObject | null, nargs: number, kwnames: string[] | null): boolean {
  if (kwnames === null && isUncheckedCall(fn, self, nargs)) {
    gil.countdown++;
    return false;
  }
  return evalBreaker();
}

function isUncheckedCall(fn: PyObject, self: PyObject | null, nargs: number): boolean {
  if (fn instanceof PyCFunction) {
    if (fn.self !== null || fn.module !== 'builtins') return false;
    const name = fn.def.name;
    return (name === 'len' && nargs === 1) || (name === 'isinstance' && nargs === 2);
  }
  if (fn === PyType_Type) return nargs === 1;
  if (fn.ob_type === PyMethodDescr_Type && self !== null) {
    const d = fn as PyMethodDescr;
    return d.objclass === PyList_Type && d.def.name === 'append' && self.ob_type === PyList_Type && nargs === 1;
  }
  return false;
}

evalHooks.runSlice = runThreadSlice;
evalHooks.makeEntry = (func, args, kwnames) => {
  let fn = func;
  let a = args;
  if (fn instanceof PyMethod && fn.im_func.ob_type === PyFunction_Type) {
    a = [fn.im_self, ...args];
    fn = fn.im_func;
  }
  if (fn.ob_type !== PyFunction_Type) return null;
  const f = fn as PyFunction;
  if (f.func_code.unit.co_flags & CO_GENERATOR) return null;
  const nkw = kwnames === null ? 0 : kwnames.length;
  return makeFrame(f, a, a.length - nkw, kwnames);
};
evalHooks.call = (func, args, kwnames) => call(func, args, kwnames);

/** Hooks filled once the container types are defined (avoids a load-order cycle). */
export const listGrowHook: { fn: (l: PyList) => void } = { fn: (l) => { l.allocated = l.items.length; } };
export { setAddHook };

export {
  PyTuple_Type, PyUnicode_Type, Py_EQ, Py_NotImplemented, iterableToArray, strString, reprString, callBound,
  raiseNoAttribute, StopIteration, MemoryError,
};
