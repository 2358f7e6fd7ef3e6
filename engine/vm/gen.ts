// ## Generators
//
// Models Objects/genobject.c (3.11): a generator owns a suspended frame; send() pushes the
// sent value and resumes the frame in a nested evaluation loop until it yields or returns.
// While it runs, the generator's own exc_info record sits on the thread's exc_info stack.

import { Py_DECREF } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';
import { traverseHooks, deallocHooks, Visit } from '../memory/refcount.js';
import { Py_XSETREF, genResumeLimit, releaseLater } from '../memory/refcount.js';
import { PyObject, objectBirth } from '../objects/object.js';
import { PyGen_Type } from '../objects/typeobjects.js';
import { PyFunction } from '../objects/function.js';
import { frameExit, Frame, FRAME_CREATED, FRAME_SUSPENDED, FRAME_COMPLETED, FRAME_EXECUTING, FRAME_CLEARED } from './frame.js';
import { runFrame } from './eval.js';
import { tstate, ExcInfo } from './tstate.js';
import { defineType } from '../objects/typeready.js';
import { newStr, PyStr } from '../objects/str.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newInt } from '../objects/int.js';
import { isSubtype, PyType } from '../objects/type.js';
import {
  PyBaseException, raiseTypeError, raise, ValueError, RuntimeError, StopIteration, GeneratorExit,
  newExceptionArgs, raiseStopIteration,
} from '../objects/exceptions.js';
import { call, typeName, stopIterationValue } from '../objects/abstract.js';
import { addressHex } from '../memory/address.js';
import { opmap } from '../compiler/opcode.js';
import { typeLookup, lookupSpecial } from '../objects/typeobject.js';

export class PyGen extends PyObject {
  gi_frame: Frame;
  gi_name: PyObject;
  gi_qualname: PyObject;
  excState: ExcInfo;
  running: boolean;
  /** objectBirth.serial at creation: objects made later are its own or its consumer's (genSend). */
  startSerial: number;
  constructor(frame: Frame, func: PyFunction | null) {
    super(PyGen_Type);
    this.startSerial = objectBirth.serial;
    this.gi_frame = frame;
    this.gi_name = func ? func.func_name : newStr(frame.f_code.co_name);
    this.gi_qualname = func ? func.func_qualname : newStr(frame.f_code.co_qualname);
    this.gi_name.ob_refcnt++;
    this.gi_qualname.ob_refcnt++;
    this.excState = { value: null, prev: null };
    this.running = false;
    frame.gen = this;
    gcTrack(this);
  }
}

// A generator owns its frame: freeing it frees the frame's locals (unless a frame object
// reference keeps them).  Its finalizer (tp_finalize = close) runs first.
traverseHooks.push((o: PyObject, visit: Visit, dealloc: boolean): boolean => {
  if (!(o instanceof PyGen)) return false;
  visit(o.gi_name);
  visit(o.gi_qualname);
  const fr = o.gi_frame;
  if (fr.ob_refcnt <= 0) deallocHooks.traverse(fr, visit, dealloc);
  return true;
});

export function newGenerator(frame: Frame, func: PyFunction | null): PyGen {
  return new PyGen(frame, func);
}

export interface SendResult { value: PyObject; done: boolean }

/**
 * Resume the generator with `value` (or by raising `exc` in it).  done=true means it
 * returned (value is the return value); exceptions propagate as JS throws.
 */
export function genSend(gen: PyGen, value: PyObject, exc: PyBaseException | null = null): SendResult {
  const frame = gen.gi_frame;
  if (gen.running) raise(ValueError, 'generator already executing');
  if (frame.state === FRAME_COMPLETED || frame.state === FRAME_CLEARED) {
    if (exc !== null) throw exc;
    return { value: Py_None, done: true };
  }
  if (frame.state === FRAME_CREATED && value !== Py_None && exc === null) {
    raiseTypeError("can't send non-None value to a just-started generator");
  }
  if (exc === null) { value.ob_refcnt++; frame.f[frame.sp++] = value; }
  gen.running = true;
  gen.excState.prev = tstate.excInfo;
  tstate.excInfo = gen.excState;
  let result: PyObject;
  try {
    // Its temporaries from earlier resumes are freed as they drop to zero, as in CPython,
    // rather than kept until the native iterating it returns.
    genResumeLimit(gen.startSerial);
    result = runFrame(frame, exc);
  } catch (e) {
    frame.state = FRAME_COMPLETED;
    if (e instanceof PyBaseException && isSubtype(e.ob_type, StopIteration)) {
      // PEP 479: StopIteration escaping a generator becomes RuntimeError.
      const r = newExceptionArgs(RuntimeError, [newStr('generator raised StopIteration')]);
      r.cause = Py_XSETREF(r.cause, e);
      r.context = Py_XSETREF(r.context, e);
      r.suppress_context = true;
      throw r;
    }
    throw e;
  } finally {
    genResumeLimit(-1);
    gen.running = false;
    tstate.excInfo = gen.excState.prev!;
    gen.excState.prev = null;
  }
  if (frame.state === FRAME_SUSPENDED) return { value: result, done: false };
  frame.state = FRAME_COMPLETED;
  return { value: result, done: true };
}

/** The iterator a `yield from` in this generator is delegating to, if suspended inside one. */
function yieldFromTarget(gen: PyGen): PyObject | null {
  const frame = gen.gi_frame;
  if (frame.state !== FRAME_SUSPENDED) return null;
  const code = frame.f_code;
  if (code.ops[frame.ip] !== opmap.RESUME || code.opargs[frame.ip] < 2) return null;
  return frame.f[frame.sp - 1];
}

/** After a delegated throw/close ended the sub-iterator, leave the SEND loop with its value. */
function finishYieldFrom(gen: PyGen, value: PyObject): SendResult {
  const frame = gen.gi_frame;
  const top = frame.f[--frame.sp];
  frame.f[frame.sp] = null;
  if (top !== null) Py_DECREF(top);
  // frame.ip is at RESUME after YIELD_VALUE; SEND is two code units before it.
  const sendAt = frame.ip - 2;
  frame.ip = sendAt + 1 + frame.f_code.opargs[sendAt];
  return genSend(gen, value);
}

/** Models Objects/genobject.c: _gen_throw(). */
export function genThrow(gen: PyGen, exc: PyBaseException, closing = false): SendResult {
  const yf = yieldFromTarget(gen);
  if (yf !== null) {
    if (isSubtype(exc.ob_type, GeneratorExit)) {
      gen.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        gen.running = false;
        if (e instanceof PyBaseException) return genSend(gen, Py_None, e);
        throw e;
      }
      gen.running = false;
      return genSend(gen, Py_None, exc);
    }
    let r: SendResult;
    try {
      gen.running = true;
      if (yf instanceof PyGen) {
        r = genThrow(yf, exc, closing);
      } else {
        const meth = lookupAttrOpt(yf, 'throw');
        if (meth === null) { gen.running = false; return genSend(gen, Py_None, exc); }
        r = { value: call(meth, [exc.ob_type, exc, exc.traceback ?? Py_None]), done: false };
      }
    } catch (e) {
      gen.running = false;
      if (e instanceof PyBaseException) {
        if (isSubtype(e.ob_type, StopIteration)) return finishYieldFrom(gen, stopIterationValue(e));
        return genSend(gen, Py_None, e);
      }
      throw e;
    }
    gen.running = false;
    if (r.done) return finishYieldFrom(gen, r.value);
    return r;
  }
  return genSend(gen, Py_None, exc);
}

function lookupAttrOpt(o: PyObject, name: string): PyObject | null {
  try {
    return o.ob_type.tp_getattro!(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.tp_name === 'AttributeError') { releaseLater(e); return null; }
    throw e;
  }
}

function closeIter(it: PyObject): void {
  if (it instanceof PyGen) { genClose(it); return; }
  const m = lookupAttrOpt(it, 'close');
  if (m !== null) call(m, []);
}

/** Models gen_close(): throw GeneratorExit in; it must not yield again. */
export function genClose(gen: PyGen): void {
  const frame = gen.gi_frame;
  if (frame.state === FRAME_CREATED) { frame.state = FRAME_COMPLETED; frameExit(frame); return; }
  if (frame.state === FRAME_COMPLETED || frame.state === FRAME_CLEARED) return;
  let r: SendResult;
  try {
    r = genThrow(gen, newExceptionArgs(GeneratorExit, []), true);
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.ob_type, GeneratorExit) || isSubtype(e.ob_type, StopIteration))) { releaseLater(e); return; }
    throw e;
  }
  if (!r.done) raise(RuntimeError, 'generator ignored GeneratorExit');
}

/** Build the exception for throw(type[, value[, tb]]) as CPython's _gen_throw does. */
function makeThrown(args: PyObject[]): PyBaseException {
  let [typ, val, tb] = [args[0], args[1] ?? Py_None, args[2] ?? Py_None];
  if (tb !== Py_None && tb.ob_type.tp_name !== 'traceback') raiseTypeError('throw() third argument must be a traceback object');
  let exc: PyBaseException;
  if (typ instanceof PyType && isSubtype(typ, excBase.t!)) {
    if (val instanceof PyBaseException && isSubtype(val.ob_type, typ)) exc = val;
    else exc = call(typ, val === Py_None ? [] : [val]) as PyBaseException;
  } else if (typ instanceof PyBaseException) {
    if (val !== Py_None) raiseTypeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    raiseTypeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  if (tb !== Py_None) exc.traceback = Py_XSETREF(exc.traceback, tb);
  return exc;
}
export const excBase: { t: PyType | null } = { t: null };

function genRepr(self: PyObject): string {
  const g = self as PyGen;
  return `<generator object ${(g.gi_qualname as PyStr).value} at ${addressHex(g)}>`;
}

defineType(PyGen_Type, {
  weakrefable: true,
  basicsize: 104,
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const r = genSend(s as PyGen, Py_None);
      if (!r.done) return r.value;
      genReturn.value = r.value;
      return null;
    },
    tp_repr: genRepr,
    tp_finalize: (s) => genClose(s as PyGen),
  },
  methods: [
    { name: 'send', fn: (s, a) => {
      if (a.length !== 1) raiseTypeError(`generator.send() takes exactly one argument (${a.length} given)`);
      const r = genSend(s as PyGen, a[0]);
      if (r.done) raiseStopIteration(r.value === Py_None ? null : r.value);
      return r.value;
    }, doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    { name: 'throw', fn: (s, a) => {
      if (a.length < 1 || a.length > 3) raiseTypeError(`throw expected at least 1 argument, got ${a.length}`);
      const r = genThrow(s as PyGen, makeThrown(a));
      if (r.done) raiseStopIteration(r.value === Py_None ? null : r.value);
      return r.value;
    }, doc: 'throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.' },
    { name: 'close', fn: (s) => { genClose(s as PyGen); return Py_None; }, doc: 'close() -> raise GeneratorExit inside generator.' },
  ],
  getsets: [
    { name: '__name__', get: (s) => (s as PyGen).gi_name, set: (s, v) => { (s as PyGen).gi_name = Py_XSETREF((s as PyGen).gi_name, v!); } },
    { name: '__qualname__', get: (s) => (s as PyGen).gi_qualname, set: (s, v) => { (s as PyGen).gi_qualname = Py_XSETREF((s as PyGen).gi_qualname, v!); } },
    { name: 'gi_frame', get: (s) => {
      const fr = (s as PyGen).gi_frame;
      return fr.state === FRAME_COMPLETED ? Py_None : fr;
    } },
    { name: 'gi_running', get: (s) => ((s as PyGen).running ? Py_True : Py_False) },
    { name: 'gi_suspended', get: (s) => ((s as PyGen).gi_frame.state === FRAME_SUSPENDED ? Py_True : Py_False) },
    { name: 'gi_code', get: (s) => (s as PyGen).gi_frame.f_code },
    { name: 'gi_yieldfrom', get: (s) => yieldFromTarget(s as PyGen) ?? Py_None },
  ],
});

/**
 * tp_iternext signals exhaustion with null and cannot carry the generator's return value;
 * next() reads it from here to raise StopIteration(value) as CPython does.
 */
export const genReturn: { value: PyObject | null } = { value: null };

export { FRAME_EXECUTING, newInt, typeLookup, lookupSpecial };
