// ## slice objects and PySlice_GetIndicesEx
import { gcTrack } from '../memory/gcstate.js';
import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PySlice_Type } from './typeobjects.js';
import { PyInt, newInt } from './int.js';
import { newTuple } from './tuple.js';
import { Py_None, Py_NotImplemented, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseValueError } from './exceptions.js';
import { index, reprString, richCompareBool, typeName, isIndexable } from './abstract.js';

export class PySlice extends PyObject {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super(PySlice_Type);
    start.ob_refcnt++; stop.ob_refcnt++; step.ob_refcnt++;
    gcTrack(this);
  }
}

function toIdx(o: PyObject): number {
  if (!(o instanceof PyInt) && !isIndexable(o)) raiseTypeError('slice indices must be integers or None or have an __index__ method');
  const v = index(o).value;
  return typeof v === 'number' ? v : v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** [start, stop, step, slicelength] for a sequence of `length` (PySlice_GetIndicesEx). */
export function sliceIndicesOf(o: PyObject, length: number): [number, number, number, number] {
  const s = o as PySlice;
  const step = s.step === Py_None ? 1 : toIdx(s.step);
  if (step === 0) raiseValueError('slice step cannot be zero');
  const lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
  const fix = (v: PyObject, dflt: number) => {
    if (v === Py_None) return dflt;
    let x = toIdx(v);
    if (x < 0) { x += length; if (x < lower) x = lower; } else if (x > upper) x = upper;
    return x;
  };
  const start = fix(s.start, step < 0 ? upper : lower);
  const stop = fix(s.stop, step < 0 ? lower : upper);
  let len = 0;
  if (step > 0 ? start < stop : stop < start) len = Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  return [start, stop, step, len];
}

defineType(PySlice_Type, {
  slots: {
    tp_new: (_t, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('slice() takes no keyword arguments');
      if (args.length < 1 || args.length > 3) raiseTypeError(`slice expected at ${args.length < 1 ? 'least 1 argument' : 'most 3 arguments'}, got ${args.length}`);
      if (args.length === 1) return new PySlice(Py_None, args[0], Py_None);
      return new PySlice(args[0], args[1], args[2] ?? Py_None);
    },
    tp_repr: (o) => { const s = o as PySlice; return `slice(${reprString(s.start)}, ${reprString(s.stop)}, ${reprString(s.step)})`; },
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PySlice) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
      const x = a as PySlice;
      const eq = richCompareBool(x.start, b.start, Py_EQ) && richCompareBool(x.stop, b.stop, Py_EQ) && richCompareBool(x.step, b.step, Py_EQ);
      return newBool(op === Py_EQ ? eq : !eq);
    },
  },
  methods: [{ name: 'indices', fn: (s, a) => {
    const n = index(a[0]).value;
    if (Number(n) < 0) raiseValueError('length should not be negative');
    const [st, sp, step] = sliceIndicesOf(s, Number(n));
    return newTuple([newInt(st), newInt(sp), newInt(step)]);
  } }],
  getsets: [
    { name: 'start', get: (s) => (s as PySlice).start },
    { name: 'stop', get: (s) => (s as PySlice).stop },
    { name: 'step', get: (s) => (s as PySlice).step },
  ],
});
export { typeName };
