// ## memoryview (one-dimensional, unsigned bytes)
//
// Models Objects/memoryobject.c for 1-D byte buffers: a view shares its exporter's memory —
// slicing makes a new view over the same bytes (no copy), item and slice assignment write
// through to the bytearray, and a bytearray with live views refuses to resize
// (BufferError), as CPython counts buffer exports.

import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyMemoryView_Type, PySlice_Type } from './typeobjects.js';
import { PyBytes, PyByteArray } from './bytesobject.js';
import { PyInt, newInt } from './int.js';
import { newStr } from './str.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { Py_None, Py_True, Py_False, Py_NotImplemented, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, BufferError, NotImplementedError } from './exceptions.js';
import { typeName, asSsize } from './abstract.js';
import { sliceIndicesOf } from './sliceobject.js';
import { bytesData } from './bytesbridge.js';
import { addressHex } from '../memory/address.js';

export class PyMemoryView extends PyObject {
  released = false;
  /** Whether releasing this view gives back an export of the bytearray. */
  ownsExport = true;
  constructor(readonly obj: PyObject, readonly start: number, readonly length: number, readonly step: number, readonly readonly_: boolean) {
    super(PyMemoryView_Type);
  }
  /** The exporter's current bytes (a bytearray may have reallocated since the view was made). */
  base(): Uint8Array {
    const o = this.obj;
    if (o instanceof PyBytes) return o.data;
    if (o instanceof PyByteArray) return o.data;
    return (o as PyMemoryView).view();
  }
  /** The viewed bytes, copied out if the view is strided. */
  view(): Uint8Array {
    this.check();
    const b = this.base();
    if (this.step === 1) return b.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step];
    return out;
  }
  check(): void {
    if (this.released) raiseValueError('operation forbidden on released memoryview object');
  }
}

function release(m: PyMemoryView): void {
  if (m.released) return;
  m.released = true;
  if (m.ownsExport && m.obj instanceof PyByteArray) m.obj.exports--;
}

function mvNew(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.check();
    if (obj.obj instanceof PyByteArray) obj.obj.exports++;
    return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step, obj.readonly_);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, true);
  if (obj instanceof PyByteArray) {
    obj.exports++;
    return new PyMemoryView(obj, 0, obj.length, 1, false);
  }
  raiseTypeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

const M = (o: PyObject) => o as PyMemoryView;

function itemIndex(m: PyMemoryView, key: PyObject): number {
  let i = asSsize(key);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raiseIndexError('index out of bounds on dimension 1');
  return i;
}

defineType(PyMemoryView_Type, {
  basicsize: 184,
  sequence: true,
  slots: {
    tp_new: (_t, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError("memoryview() takes no keyword arguments");
      if (args.length !== 1) raiseTypeError(`memoryview() takes exactly one argument (${args.length} given)`);
      return mvNew(args[0]);
    },
    tp_repr: (o) => (M(o).released ? `<released memory at ${addressHex(o)}>` : `<memory at ${addressHex(o)}>`),
    mp_length: (o) => { M(o).check(); return M(o).length; },
    mp_subscript: (o, key) => {
      const m = M(o);
      m.check();
      if (key.ob_type === PySlice_Type) {
        const [start, , step, len] = sliceIndicesOf(key, m.length);
        // A slice shares its parent's export (CPython's managed buffer), so it does not add one.
        const sv = new PyMemoryView(m.obj, m.start + start * m.step, len, m.step * step, m.readonly_);
        sv.ownsExport = false;
        return sv;
      }
      if (key === Py_None) raise(NotImplementedError, 'multi-dimensional memoryview indexing is not supported by glasspy');
      return newInt(m.base()[m.start + itemIndex(m, key) * m.step]);
    },
    mp_ass_subscript: (o, key, v) => {
      const m = M(o);
      m.check();
      if (m.readonly_) raiseTypeError('cannot modify read-only memory');
      if (v === null) raiseTypeError('cannot delete memory');
      const b = m.base();
      if (key.ob_type === PySlice_Type) {
        const [start, , step, len] = sliceIndicesOf(key, m.length);
        const src = bytesData(v);
        if (src === null) raiseTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
        if (src.length !== len) raiseValueError('memoryview assignment: lvalue and rvalue have different structures');
        const copy = Uint8Array.from(src);
        for (let i = 0; i < len; i++) b[m.start + (start + i * step) * m.step] = copy[i];
        return;
      }
      if (!(v instanceof PyInt)) raiseTypeError(`memoryview: invalid type for format 'B'`);
      const x = Number(v.value);
      if (x < 0 || x > 255) raiseValueError("memoryview: invalid value for format 'B'");
      b[m.start + itemIndex(m, key) * m.step] = x;
    },
    tp_richcompare: (a, b, op) => {
      if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
      const x = M(a);
      if (x.released) return newBool((a === b) === (op === Py_EQ));
      const y = bytesData(b);
      if (y === null) return Py_NotImplemented;
      const v = x.view();
      const eq = v.length === y.length && v.every((c, i) => c === y[i]);
      return newBool(op === Py_EQ ? eq : !eq);
    },
    tp_iter: (o) => {
      const list = newList(Array.from(M(o).view(), (c) => newInt(c)));
      return list.ob_type.tp_iter!(list);
    },
  },
  methods: [
    { name: 'tobytes', fn: (s) => new PyBytes(Uint8Array.from(M(s).view())) },
    { name: 'tolist', fn: (s) => newList(Array.from(M(s).view(), (c) => newInt(c))) },
    { name: 'hex', fn: (s) => newStr(Array.from(M(s).view(), (c) => c.toString(16).padStart(2, '0')).join('')) },
    { name: 'release', fn: (s) => { release(M(s)); return Py_None; } },
    { name: '__enter__', fn: (s) => { M(s).check(); return s; } },
    { name: '__exit__', fn: (s) => { release(M(s)); return Py_None; } },
    { name: 'toreadonly', fn: (s) => { const m = M(s); m.check(); if (m.obj instanceof PyByteArray) m.obj.exports++; return new PyMemoryView(m.obj, m.start, m.length, m.step, true); } },
    { name: 'cast', fn: (s, a) => {
      const fmt = (a[0] as { value?: string }).value;
      if (fmt !== 'B' && fmt !== 'c' && fmt !== 'b') raise(NotImplementedError, `memoryview.cast('${fmt}') is not supported by glasspy yet (only byte formats)`);
      return mvNew(s);
    } },
  ],
  getsets: [
    { name: 'nbytes', get: (s) => { M(s).check(); return newInt(M(s).length); } },
    { name: 'readonly', get: (s) => { M(s).check(); return M(s).readonly_ ? Py_True : Py_False; } },
    { name: 'format', get: (s) => { M(s).check(); return newStr('B'); } },
    { name: 'itemsize', get: (s) => { M(s).check(); return newInt(1); } },
    { name: 'ndim', get: (s) => { M(s).check(); return newInt(1); } },
    { name: 'shape', get: (s) => { M(s).check(); return newTuple([newInt(M(s).length)]); } },
    { name: 'strides', get: (s) => { M(s).check(); return newTuple([newInt(M(s).step)]); } },
    { name: 'obj', get: (s) => { M(s).check(); return M(s).obj; } },
    { name: 'released', get: (s) => (M(s).released ? Py_True : Py_False) },
    { name: 'contiguous', get: (s) => (M(s).step === 1 ? Py_True : Py_False) },
  ],
});

/** Called before a bytearray changes size. */
export function checkResize(b: PyByteArray): void {
  if (b.exports > 0) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}
