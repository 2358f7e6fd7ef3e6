// ## frame and traceback objects as Python sees them (f_code, f_lineno, tb_next ...)

import { releaseLater } from '../memory/refcount.js';
import { PyObject } from '../objects/object.js';
import { PyFrame_Type, PyTraceBack_Type } from '../objects/typeobjects.js';
import { defineType } from '../objects/typeready.js';
import { Frame, PyTraceBack, FRAME_COMPLETED } from './frame.js';
import { newInt } from '../objects/int.js';
import { Py_None, Py_True, Py_False, newBool } from '../objects/singletons.js';

import { addressHex } from '../memory/address.js';
import { fastLocalsToDict } from '../modules/builtins.js';
import { FrameTrace, setFrameTrace, tracing } from './tracing.js';
import { PyDict, dictItems, dictSetItem, dictDelStr, dictGetStr } from '../objects/dict.js';
import { raise, raiseTypeError, NotImplementedError } from '../objects/exceptions.js';

/**
 * A function frame's f_locals inside a trace or profile hook: one dict per frame, refreshed
 * from the fast locals at each access (PyFrame_FastToLocals) and written back after the hook.
 */
function localsForHook(f: Frame): PyDict {
  const st = traceState(f);
  const fresh = fastLocalsToDict(f);
  if (st.locals === null) {
    // The frame holds the dict for the hooks that follow (frame->f_locals, counted).
    fresh.ob_refcnt++;
    st.locals = fresh;
  } else {
    const d = st.locals;
    for (const name of f.f_code.unit.co_localsplusnames) if (dictGetStr(fresh, name) === null) dictDelStr(d, name);
    for (const [k, v] of dictItems(fresh)) dictSetItem(d, k, v);
    // The snapshot was only copied from: it goes (PyFrame_FastToLocals updates in place).
    releaseLater(fresh);
  }
  st.localsTouched = true;
  return st.locals;
}

function traceState(o: PyObject): FrameTrace {
  const f = fr(o);
  if (f.trace === null) f.trace = new FrameTrace(f.f_code);
  return f.trace;
}

/** f_trace_lines/f_trace_opcodes accept only bools (frameobject.c's setters). */
function boolAttr(name: string, v: PyObject | null): boolean {
  if (v === null) raiseTypeError("can't delete numeric/char attribute");
  if (v !== Py_True && v !== Py_False) raiseTypeError('attribute value type must be bool');
  void name;
  return v === Py_True;
}

const fr = (o: PyObject) => o as Frame;

defineType(PyFrame_Type, {
  slots: {
    tp_repr: (o) => {
      const f = fr(o);
      return `<frame at ${addressHex(f)}, file '${f.f_code.co_filename}', line ${f.lineno}, code ${f.f_code.co_name}>`;
    },
  },
  getsets: [
    { name: 'f_code', get: (o) => fr(o).f_code },
    { name: 'f_globals', get: (o) => fr(o).f_globals },
    { name: 'f_builtins', get: (o) => fr(o).f_builtins },
    { name: 'f_locals', get: (o) => fr(o).f_locals ?? (tracing.depth > 0 ? localsForHook(fr(o)) : fastLocalsToDict(fr(o))) },
    { name: 'f_back', get: (o) => fr(o).f_back ?? Py_None },
    {
      name: 'f_lineno', get: (o) => (fr(o).lineno < 0 ? Py_None : newInt(fr(o).lineno)),
      set: () => raise(NotImplementedError, 'glasspy: setting frame.f_lineno (a jump from a trace function) is not supported yet'),
    },
    { name: 'f_lasti', get: (o) => newInt(2 * Math.max(fr(o).lasti, 0)) },
    { name: 'f_trace', get: (o) => fr(o).trace?.f_trace ?? Py_None, set: (o, v) => setFrameTrace(fr(o), v ?? Py_None) },
    { name: 'f_trace_lines', get: (o) => newBool(fr(o).trace?.f_trace_lines ?? true), set: (o, v) => { traceState(o).f_trace_lines = boolAttr('f_trace_lines', v); } },
    { name: 'f_trace_opcodes', get: (o) => newBool(fr(o).trace?.f_trace_opcodes ?? false), set: (o, v) => { traceState(o).f_trace_opcodes = boolAttr('f_trace_opcodes', v); } },
  ],
  methods: [
    { name: 'clear', fn: (o) => { const f = fr(o); if (f.state === FRAME_COMPLETED) f.f.fill(null); return Py_None; } },
  ],
});

const tb = (o: PyObject) => o as PyTraceBack;

defineType(PyTraceBack_Type, {
  getsets: [
    { name: 'tb_next', get: (o) => tb(o).tb_next ?? Py_None, set: (o, v) => { tb(o).tb_next = v === Py_None || v === null ? null : (v as PyTraceBack); } },
    { name: 'tb_frame', get: (o) => tb(o).tb_frame },
    { name: 'tb_lineno', get: (o) => newInt(tb(o).tb_lineno) },
    { name: 'tb_lasti', get: (o) => newInt(2 * tb(o).tb_lasti) },
  ],
});
