// ## memoryview (one-dimensional, byte formats 'B', 'b' and 'c')
//
// Models Objects/memoryobject.c for 1-D byte buffers: a view shares its exporter's memory —
// slicing makes a new view over the same bytes (no copy), item and slice assignment write
// through to the bytearray, and a bytearray with live views refuses to resize
// (BufferError), as CPython counts buffer exports.

import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyMemoryView_Type, PySlice_Type } from './typeobjects.js';
import { PyBytes, PyByteArray } from './bytesobject.js';
import { newInt } from './int.js';
import { PyStr, newStr } from './str.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { Py_None, Py_True, Py_False, Py_NotImplemented, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, BufferError, NotImplementedError } from './exceptions.js';
import { typeName, asSsize, index, isIndexable, richCompareBool } from './abstract.js';
import { parseArgs } from './args.js';
import { hashBytes } from './strhash.js';
import { hexOf } from './bytesmethods.js';
import { sliceIndicesOf } from './sliceobject.js';
import { bytesData } from './bytesbridge.js';
import { addressHex } from '../memory/address.js';

export class PyMemoryView extends PyObject {
  released = false;
  /** The struct format of one item: 'B' (unsigned), 'b' (signed) or 'c' (a bytes of length 1). */
  fmt = 'B';
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
    const copy = new PyMemoryView(obj.obj, obj.start, obj.length, obj.step, obj.readonly_);
    copy.fmt = obj.fmt;
    return copy;
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, true);
  if (obj instanceof PyByteArray) {
    obj.exports++;
    return new PyMemoryView(obj, 0, obj.length, 1, false);
  }
  raiseTypeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

const M = (o: PyObject) => o as PyMemoryView;

/** memoryobject.c: unpack_single for the byte formats. */
function unpack(fmt: string, b: number): PyObject {
  if (fmt === 'c') return new PyBytes(Uint8Array.of(b));
  return newInt(fmt === 'b' && b > 127 ? b - 256 : b);
}

/** memoryobject.c: pack_single; its errors name the format. */
function pack(fmt: string, v: PyObject): number {
  if (fmt === 'c') {
    if (!(v instanceof PyBytes)) raiseTypeError(`memoryview: invalid type for format '${fmt}'`);
    if (v.data.length !== 1) raiseValueError(`memoryview: invalid value for format '${fmt}'`);
    return v.data[0];
  }
  if (!isIndexable(v)) raiseTypeError(`memoryview: invalid type for format '${fmt}'`);
  const x = Number(index(v).value);
  const [lo, hi] = fmt === 'b' ? [-128, 127] : [0, 255];
  if (!(x >= lo && x <= hi)) raiseValueError(`memoryview: invalid value for format '${fmt}'`);
  return x & 0xff;
}

function items(m: PyMemoryView): PyObject[] {
  return Array.from(m.view(), (c) => unpack(m.fmt, c));
}

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
        sv.fmt = m.fmt;
        return sv;
      }
      if (key === Py_None) raise(NotImplementedError, 'multi-dimensional memoryview indexing is not supported by glasspy');
      if (!isIndexable(key)) raiseTypeError('memoryview: invalid slice key');
      return unpack(m.fmt, m.base()[m.start + itemIndex(m, key) * m.step]);
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
      if (!isIndexable(key)) raiseTypeError('memoryview: invalid slice key');
      const i = itemIndex(m, key);
      b[m.start + i * m.step] = pack(m.fmt, v);
    },
    tp_richcompare: (a, b, op) => {
      if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
      const x = M(a);
      if (x.released || (b instanceof PyMemoryView && b.released)) return newBool((a === b) === (op === Py_EQ));
      const y = bytesData(b);
      if (y === null) return Py_NotImplemented;
      const v = x.view();
      const yfmt = b instanceof PyMemoryView ? b.fmt : 'B';
      // memory_richcompare: equal formats compare as bytes, others item by item as values.
      const eq = v.length === y.length && (x.fmt === yfmt
        ? v.every((c, i) => c === y[i])
        : v.every((c, i) => richCompareBool(unpack(x.fmt, c), unpack(yfmt, y[i]), Py_EQ)));
      return newBool(op === Py_EQ ? eq : !eq);
    },
    tp_iter: (o) => {
      const list = newList(items(M(o)));
      return list.ob_type.tp_iter!(list);
    },
    tp_hash: (o) => {
      const m = M(o);
      m.check();
      if (!m.readonly_) raiseValueError('cannot hash writable memoryview object');
      return hashBytes(m.view());
    },
  },
  methods: [
    { name: 'tobytes', fn: (s) => new PyBytes(Uint8Array.from(M(s).view())) },
    { name: 'tolist', fn: (s) => newList(items(M(s))) },
    {
      name: 'hex', fn: (s, a, k) => {
        const [sep, per] = parseArgs('hex', a, k, { names: ['sep', 'bytes_per_sep'], required: 0, posonly: 0 });
        return newStr(hexOf(M(s).view(), sep, per));
      },
    },
    { name: 'release', fn: (s) => { release(M(s)); return Py_None; } },
    { name: '__enter__', fn: (s) => { M(s).check(); return s; } },
    { name: '__exit__', fn: (s) => { release(M(s)); return Py_None; } },
    {
      name: 'toreadonly', fn: (s) => {
        const m = M(s);
        m.check();
        if (m.obj instanceof PyByteArray) m.obj.exports++;
        const r = new PyMemoryView(m.obj, m.start, m.length, m.step, true);
        r.fmt = m.fmt;
        return r;
      },
    },
    {
      name: 'cast', fn: (s, a, k) => {
        const [format, shape] = parseArgs('cast', a, k, { names: ['format', 'shape'], required: 1, posonly: 0 });
        const m = M(s);
        m.check();
        if (!(format instanceof PyStr)) raiseTypeError(`cast() argument 'format' must be str, not ${typeName(format!)}`);
        if (m.step !== 1) raiseTypeError('memoryview: casts are restricted to C-contiguous views');
        const fmt = format.value.startsWith('@') ? format.value.slice(1) : format.value;
        if (!/^[cbB?hHiIlLqQnNfdeP]$/.test(fmt)) {
          raiseValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (fmt !== 'B' && fmt !== 'c' && fmt !== 'b' || shape !== null) {
          raise(NotImplementedError, `memoryview.cast('${format.value}'${shape !== null ? ', shape' : ''}) is not supported by glasspy yet (only 1-D byte formats)`);
        }
        const r = mvNew(s);
        r.fmt = fmt;
        return r;
      },
    },
  ],
  getsets: [
    { name: 'nbytes', get: (s) => { M(s).check(); return newInt(M(s).length); } },
    { name: 'readonly', get: (s) => { M(s).check(); return M(s).readonly_ ? Py_True : Py_False; } },
    { name: 'format', get: (s) => { M(s).check(); return newStr(M(s).fmt); } },
    { name: 'itemsize', get: (s) => { M(s).check(); return newInt(1); } },
    { name: 'ndim', get: (s) => { M(s).check(); return newInt(1); } },
    { name: 'shape', get: (s) => { M(s).check(); return newTuple([newInt(M(s).length)]); } },
    { name: 'strides', get: (s) => { M(s).check(); return newTuple([newInt(M(s).step)]); } },
    { name: 'obj', get: (s) => { M(s).check(); return M(s).obj; } },
    // One-dimensional: C and Fortran contiguity are both "unit stride".
    { name: 'contiguous', get: (s) => { M(s).check(); return M(s).step === 1 ? Py_True : Py_False; } },
    { name: 'c_contiguous', get: (s) => { M(s).check(); return M(s).step === 1 ? Py_True : Py_False; } },
    { name: 'f_contiguous', get: (s) => { M(s).check(); return M(s).step === 1 ? Py_True : Py_False; } },
    { name: 'suboffsets', get: (s) => { M(s).check(); return newTuple([]); } },
  ],
});

/** Called before a bytearray changes size. */
export function checkResize(b: PyByteArray): void {
  if (b.exports > 0) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}
