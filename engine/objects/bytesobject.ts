// ## bytes and bytearray
//
// Models Objects/bytesobject.c and Objects/bytearrayobject.c for the common operations:
// construction, repr, indexing and slicing, concatenation, comparison, hashing, iteration,
// decode, hex and the most used methods.  Data lives in a Uint8Array; a bytearray keeps
// spare capacity and counts buffer exports (memoryview) as CPython does.

import { gcTrack } from '../memory/gcstate.js';
import { countedFields } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT } from './object.js';
import { PyType } from './type.js';
import { PyBytes_Type, PyByteArray_Type, PyBytesIter_Type, PyByteArrayIter_Type, PySlice_Type } from './typeobjects.js';
import { PyInt, newInt } from './int.js';
import { PyStr, newStr } from './str.js';
import { newList } from './list.js';
import { Py_NotImplemented, Py_None, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, BufferError } from './exceptions.js';
import { typeName, index, iterableToArray, asSsize, getAttrOpt, call } from './abstract.js';
import { hashBytes } from './strhash.js';
import { sliceIndicesOf } from './sliceobject.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { percentFormatBytes } from './percentformat.js';
import { ensureAllocatable } from '../memory/limit.js';

export class PyBytes extends PyObject {
  hash = -1;
  constructor(public data: Uint8Array, type: PyType = PyBytes_Type) { super(type, data.length); }
}

export class PyByteArray extends PyObject {
  exports = 0;
  constructor(public data: Uint8Array, public length: number, type: PyType = PyByteArray_Type) { super(type); }
  view(): Uint8Array { return this.data.subarray(0, this.length); }
}

export function dataOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyByteArray) return o.view();
  const v = (o as { view?: () => Uint8Array }).view;
  return typeof v === 'function' ? v.call(o) : null;
}

/** repr of bytes: b'...' choosing quotes like CPython. */
export function bytesRepr(d: Uint8Array, prefix = 'b', escapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (const c of d) { if (c === 0x27) hasSingle = true; else if (c === 0x22) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = prefix + q;
  for (const c of d) {
    // bytearray_repr escapes every single quote, whichever quote it chose (bytes_repr does not).
    if (c === q.charCodeAt(0) || c === 0x5c || (escapeSingle && c === 0x27)) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + c.toString(16).padStart(2, '0');
    else s += String.fromCharCode(c);
  }
  return s + q;
}

function fromObject(o: PyObject, fname: string): Uint8Array {
  const d = dataOf(o);
  if (d !== null) return Uint8Array.from(d);
  if (o instanceof PyStr) raiseTypeError('string argument without an encoding');
  if (o instanceof PyInt) {
    const n = asSsize(o);
    if (n < 0) raiseValueError('negative count');
    ensureAllocatable(n);
    return new Uint8Array(n);
  }
  // Only bytes() consults __bytes__ (bytes_new); bytearray() goes straight to iteration.
  const bytesMeth = fname === 'bytes' ? getAttrOpt(o.ob_type, '__bytes__') : null;
  if (bytesMeth !== null) {
    const r = call(bytesMeth, [o]);
    const rd = dataOf(r);
    if (!(r instanceof PyBytes) || rd === null) raiseTypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return Uint8Array.from(rd);
  }
  if (o.ob_type.tp_iter === null && !o.ob_type.sq_item) raiseTypeError(`cannot convert '${typeName(o)}' object to ${fname}`);
  return Uint8Array.from(iterableToArray(o).map((x) => {
    const v = index(x).value;
    if (typeof v !== 'number' || v < 0 || v > 255) raiseValueError('bytes must be in range(0, 256)');
    return v;
  }));
}

function construct(args: PyObject[], kw: string[] | null, fname: string): Uint8Array {
  const [src, encoding, errors] = parseArgs(fname, args, kw, { names: ['source', 'encoding', 'errors'], required: 0, posonly: 0 });
  if (src === null) {
    if (encoding !== null || errors !== null) raiseTypeError('encoding or errors without sequence argument');
    return new Uint8Array(0);
  }
  if (src instanceof PyStr) {
    if (encoding === null) raiseTypeError('string argument without an encoding');
    return encodeStr(src.value, (encoding as PyStr).value, errors === null ? 'strict' : (errors as PyStr).value);
  }
  if (encoding !== null) raiseTypeError('encoding without a string argument');
  return fromObject(src, fname);
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = dataOf(a), y = dataOf(b);
  if (x === null || y === null || b instanceof PyStr) return Py_NotImplemented;
  const c = cmpBytes(x, y);
  switch (op) {
    case Py_EQ: return newBool(c === 0);
    case Py_NE: return newBool(c !== 0);
    case Py_LT: return newBool(c < 0);
    case Py_LE: return newBool(c <= 0);
    case Py_GT: return newBool(c > 0);
    default: return newBool(c >= 0);
  }
}

function subscript(d: Uint8Array, key: PyObject, make: (u: Uint8Array) => PyObject, what: string): PyObject {
  if (key.ob_type === PySlice_Type) {
    const [start, , step, len] = sliceIndicesOf(key, d.length);
    const out = new Uint8Array(len);
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = d[j];
    return make(out);
  }
  let i = asSsize(key);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raiseIndexError(what === 'bytes' ? 'index out of range' : `${what} index out of range`);
  return newInt(d[i]);
}

export function findSub(hay: Uint8Array, needle: Uint8Array, start: number, end: number, reverse = false): number {
  const last = end - needle.length;
  if (!reverse) {
    for (let i = start; i <= last; i++) {
      let ok = true;
      for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) { ok = false; break; }
      if (ok) return i;
    }
  } else {
    for (let i = last; i >= start; i--) {
      let ok = true;
      for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) { ok = false; break; }
      if (ok) return i;
    }
  }
  return -1;
}

export function argBytes(o: PyObject): Uint8Array {
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (v < 0 || v > 255) raiseValueError('byte must be in range(0, 256)');
    return Uint8Array.of(v);
  }
  const d = dataOf(o);
  if (d === null) raiseTypeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return d;
}

export const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);

function commonMethods(make: (u: Uint8Array) => PyObject, tname: string) {
  const d = (s: PyObject) => dataOf(s)!;
  const range = (s: PyObject, a: PyObject[], i: number): [number, number] => {
    const n = d(s).length;
    const norm = (o: PyObject | undefined, dflt: number) => {
      if (o === undefined || o === Py_None) return dflt;
      let v = asSsize(index(o), null);
      if (v < 0) v = Math.max(0, v + n);
      return Math.min(v, n);
    };
    return [norm(a[i], 0), norm(a[i + 1], n)];
  };
  return [
    { name: 'decode', fn: (s: PyObject, a: PyObject[], k: string[] | null) => {
      const [enc, err] = parseArgs('decode', a, k, { names: ['encoding', 'errors'], required: 0, posonly: 0 });
      return newStr(decodeBytes(d(s), enc === null ? 'utf-8' : (enc as PyStr).value, err === null ? 'strict' : (err as PyStr).value));
    } },
    { name: 'startswith', fn: (s: PyObject, a: PyObject[]) => {
      const [st, en] = range(s, a, 1);
      const pres = a[0].ob_type.tp_name === 'tuple' ? (a[0] as unknown as { items: PyObject[] }).items : [a[0]];
      return newBool(pres.some((p) => { const x = argBytes(p); return st + x.length <= en && findSub(d(s), x, st, st + x.length) === st; }));
    } },
    { name: 'endswith', fn: (s: PyObject, a: PyObject[]) => {
      const [st, en] = range(s, a, 1);
      const sufs = a[0].ob_type.tp_name === 'tuple' ? (a[0] as unknown as { items: PyObject[] }).items : [a[0]];
      return newBool(sufs.some((p) => { const x = argBytes(p); return en - x.length >= st && findSub(d(s), x, en - x.length, en) === en - x.length; }));
    } },
    { name: 'join', fn: (s: PyObject, a: PyObject[]) => {
      const parts = iterableToArray(a[0]).map((x, i) => {
        const xd = dataOf(x);
        if (xd === null) raiseTypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
        return xd;
      });
      const sep = d(s);
      const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
      const out = new Uint8Array(total);
      let off = 0;
      parts.forEach((p, i) => { if (i) { out.set(sep, off); off += sep.length; } out.set(p, off); off += p.length; });
      return make(out);
    } },
    { name: 'split', fn: (s: PyObject, a: PyObject[], k: string[] | null) => {
      const [sep, maxsplit] = parseArgs('split', a, k, { names: ['sep', 'maxsplit'], required: 0, posonly: 0 });
      const data = d(s);
      const max = maxsplit === null ? -1 : Number(index(maxsplit).value);
      const out: PyObject[] = [];
      if (sep === null || sep === Py_None) {
        let i = 0;
        while (i < data.length) {
          while (i < data.length && WS.has(data[i])) i++;
          if (i >= data.length) break;
          if (max >= 0 && out.length === max) {
            let e = data.length;
            while (e > i && WS.has(data[e - 1])) e--;
            out.push(make(data.slice(i, e)));
            break;
          }
          let j = i;
          while (j < data.length && !WS.has(data[j])) j++;
          out.push(make(data.slice(i, j)));
          i = j;
        }
        return newList(out);
      }
      const sp = argBytes(sep);
      if (sp.length === 0) raiseValueError('empty separator');
      let i = 0, f: number;
      while ((max < 0 || out.length < max) && (f = findSub(data, sp, i, data.length)) >= 0) {
        out.push(make(data.slice(i, f)));
        i = f + sp.length;
      }
      out.push(make(data.slice(i)));
      return newList(out);
    } },
    { name: 'strip', fn: (s: PyObject, a: PyObject[]) => make(stripBytes(d(s), a[0], true, true)) },
    { name: 'lstrip', fn: (s: PyObject, a: PyObject[]) => make(stripBytes(d(s), a[0], true, false)) },
    { name: 'rstrip', fn: (s: PyObject, a: PyObject[]) => make(stripBytes(d(s), a[0], false, true)) },
    { name: 'replace', fn: (s: PyObject, a: PyObject[]) => {
      const data = d(s), old = argBytes(a[0]), nw = argBytes(a[1]);
      const count = a.length > 2 ? Number(index(a[2]).value) : -1;
      const out: number[] = [];
      let i = 0, n = 0;
      while (i <= data.length) {
        const f = (count < 0 || n < count) ? (old.length === 0 ? i : findSub(data, old, i, data.length)) : -1;
        if (f < 0) { out.push(...data.slice(i)); break; }
        out.push(...data.slice(i, f), ...nw);
        n++;
        if (old.length === 0) { if (f < data.length) out.push(data[f]); i = f + 1; } else i = f + old.length;
      }
      return make(Uint8Array.from(out));
    } },
    { name: 'upper', fn: (s: PyObject) => make(d(s).map((c) => (c >= 97 && c <= 122 ? c - 32 : c))) },
    { name: 'title', fn: (s: PyObject) => {
      let prev = false;
      return make(d(s).map((c) => {
        const lower = c >= 97 && c <= 122, upper = c >= 65 && c <= 90;
        const r = lower && !prev ? c - 32 : upper && prev ? c + 32 : c;
        prev = lower || upper;
        return r;
      }));
    } },
    { name: 'capitalize', fn: (s: PyObject) => make(d(s).map((c, i) => (i === 0 ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c)))) },
    { name: 'swapcase', fn: (s: PyObject) => make(d(s).map((c) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c))) },
    { name: 'isupper', fn: (s: PyObject) => newBool(d(s).some((c) => c >= 65 && c <= 90) && !d(s).some((c) => c >= 97 && c <= 122)) },
    { name: 'islower', fn: (s: PyObject) => newBool(d(s).some((c) => c >= 97 && c <= 122) && !d(s).some((c) => c >= 65 && c <= 90)) },
    { name: 'isalnum', fn: (s: PyObject) => newBool(d(s).length > 0 && d(s).every((c) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) },
    { name: 'isascii', fn: (s: PyObject) => newBool(d(s).every((c) => c < 128)) },
    { name: 'lower', fn: (s: PyObject) => make(d(s).map((c) => (c >= 65 && c <= 90 ? c + 32 : c))) },
    { name: 'isdigit', fn: (s: PyObject) => newBool(d(s).length > 0 && d(s).every((c) => c >= 48 && c <= 57)) },
    { name: 'isalpha', fn: (s: PyObject) => newBool(d(s).length > 0 && d(s).every((c) => (c | 32) >= 97 && (c | 32) <= 122)) },
    { name: 'isspace', fn: (s: PyObject) => newBool(d(s).length > 0 && d(s).every((c) => WS.has(c))) },
  ].map((x) => ({ ...x, doc: `${tname}.${x.name}` }));
}

export function raiseBufferError(): never {
  raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}

function stripBytes(data: Uint8Array, chars: PyObject | undefined, left: boolean, right: boolean): Uint8Array {
  const set = chars === undefined || chars === Py_None ? WS : new Set(argBytes(chars));
  let i = 0, j = data.length;
  if (left) while (i < j && set.has(data[i])) i++;
  if (right) while (j > i && set.has(data[j - 1])) j--;
  return data.slice(i, j);
}

class BytesIter extends PyObject {
  i = 0;
  constructor(readonly src: PyObject, t: PyType) { super(t); src.ob_refcnt++; gcTrack(this); }
}
countedFields(BytesIter, ['src']);

function concat(a: PyObject, b: PyObject, make: (u: Uint8Array) => PyObject, tname: string): PyObject {
  const x = dataOf(a)!, y = dataOf(b);
  if (y === null) raiseTypeError(`can't concat ${typeName(b)} to ${tname}`);
  const out = new Uint8Array(x.length + y.length);
  out.set(x); out.set(y, x.length);
  return make(out);
}

function repeat(a: PyObject, n: number, make: (u: Uint8Array) => PyObject): PyObject {
  const x = dataOf(a)!;
  const k = Math.max(0, n);
  ensureAllocatable(x.length * k);
  const out = new Uint8Array(x.length * k);
  for (let i = 0; i < k; i++) out.set(x, i * x.length);
  return make(out);
}

export const newB = (u: Uint8Array) => new PyBytes(u);
export const newBA = (u: Uint8Array) => new PyByteArray(u, u.length);

defineType(PyBytes_Type, {
  basicsize: 33,
  sequence: true,
  nb: { 6: (a, b) => (a instanceof PyBytes ? new PyBytes(percentFormatBytes(a.data, b)) : Py_NotImplemented) },
  slots: {
    tp_new: (type, args, kw) => {
      if (args.length === 1 && kw === null && args[0] instanceof PyBytes && type === PyBytes_Type && args[0].ob_type === PyBytes_Type) return args[0];
      return new PyBytes(construct(args, kw, 'bytes'), type);
    },
    tp_repr: (o) => bytesRepr((o as PyBytes).data),
    tp_str: (o) => bytesRepr((o as PyBytes).data),
    tp_hash: (o) => { const b = o as PyBytes; if (b.hash === -1) b.hash = hashBytes(b.data); return b.hash; },
    tp_richcompare: richcompare,
    mp_length: (o) => (o as PyBytes).data.length,
    mp_subscript: (o, k) => subscript((o as PyBytes).data, k, newB, 'bytes'),
    sq_contains: (o, x) => findSub((o as PyBytes).data, argBytes(x), 0, (o as PyBytes).data.length) >= 0,
    sq_concat: (a, b) => concat(a, b, newB, 'bytes'),
    sq_repeat: (a, n) => repeat(a, n, newB),
    tp_iter: (o) => new BytesIter(o, PyBytesIter_Type),
  },
  methods: [
    ...commonMethods(newB, 'bytes'),
  ],
});

defineType(PyByteArray_Type, {
  basicsize: 57,
  sequence: true,
  nb: { 6: (a, b) => (a instanceof PyByteArray ? newBA(percentFormatBytes(a.view(), b)) : Py_NotImplemented) },
  slots: {
    tp_new: (type) => new PyByteArray(new Uint8Array(0), 0, type),
    tp_init: (self, args, kw) => {
      const d = construct(args, kw, 'bytearray');
      const b = self as PyByteArray;
      b.data = d; b.length = d.length;
    },
    tp_repr: (o) => `${o.ob_type.shortName}(${bytesRepr((o as PyByteArray).view(), 'b', true)})`,
    tp_richcompare: richcompare,
    mp_length: (o) => (o as PyByteArray).length,
    mp_subscript: (o, k) => subscript((o as PyByteArray).view(), k, newBA, 'bytearray'),
    mp_ass_subscript: (o, k, v) => {
      const b = o as PyByteArray;
      if (k.ob_type === PySlice_Type) {
        const [start, stop, step, len] = sliceIndicesOf(k, b.length);
        if (v instanceof PyInt) raiseTypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
        const src = v === null ? new Uint8Array(0) : fromObject(v, 'bytearray');
        const cur = Array.from(b.view());
        if (step === 1) {
          cur.splice(start, Math.max(0, stop - start), ...src);
        } else {
          if (v === null) {
            const drop = new Set<number>();
            for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
            const kept = cur.filter((_, i) => !drop.has(i));
            cur.length = 0; cur.push(...kept);
          } else {
            if (src.length !== len) raiseValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${len}`);
            for (let i = 0, j = start; i < len; i++, j += step) cur[j] = src[i];
          }
        }
        b.data = Uint8Array.from(cur); b.length = cur.length;
        return;
      }
      let i = asSsize(k);
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) raiseIndexError('bytearray index out of range');
      if (v === null) {
        const cur = Array.from(b.view());
        cur.splice(i, 1);
        b.data = Uint8Array.from(cur); b.length = cur.length;
        return;
      }
      const x = Number(index(v).value);
      if (x < 0 || x > 255) raiseValueError('byte must be in range(0, 256)');
      b.data[i] = x;
    },
    sq_contains: (o, x) => findSub((o as PyByteArray).view(), argBytes(x), 0, (o as PyByteArray).length) >= 0,
    sq_concat: (a, b) => concat(a, b, newBA, 'bytearray'),
    sq_repeat: (a, n) => repeat(a, n, newBA),
    sq_inplace_concat: (a, b) => { const r = concat(a, b, newBA, 'bytearray') as PyByteArray; const s = a as PyByteArray; s.data = r.data; s.length = r.length; return a; },
    // bytearray_irepeat: repeats in place, so the object (and its identity) is kept.
    sq_inplace_repeat: (a, n) => {
      const s = a as PyByteArray;
      const r = repeat(a, n, newBA) as PyByteArray;
      if (r.length !== s.length && s.exports > 0) raiseBufferError();
      s.data = r.data; s.length = r.length;
      return a;
    },
    tp_iter: (o) => new BytesIter(o, PyByteArrayIter_Type),
  },
  methods: [
    ...commonMethods(newBA, 'bytearray'),
    { name: 'append', fn: (s, a) => {
      const b = s as PyByteArray; if (b.exports > 0) raiseBufferError();
      const x = Number(index(a[0]).value);
      if (x < 0 || x > 255) raiseValueError('byte must be in range(0, 256)');
      const d = new Uint8Array(b.length + 1); d.set(b.view()); d[b.length] = x;
      b.data = d; b.length++;
      return Py_None;
    } },
    { name: 'extend', fn: (s, a) => {
      const b = s as PyByteArray; if (b.exports > 0) raiseBufferError();
      // bytearray_extend: a buffer is copied; anything else must iterate over ints.
      let add = dataOf(a[0]);
      if (add === null) {
        if (a[0].ob_type.tp_iter === null && !a[0].ob_type.sq_item) raiseTypeError(`can't extend bytearray with ${typeName(a[0])}`);
        add = Uint8Array.from(iterableToArray(a[0]).map((x) => {
          const v = Number(index(x).value);
          if (!(v >= 0 && v <= 255)) raiseValueError('byte must be in range(0, 256)');
          return v;
        }));
      }
      const d = new Uint8Array(b.length + add.length); d.set(b.view()); d.set(add, b.length);
      b.data = d; b.length = d.length;
      return Py_None;
    } },
    { name: 'pop', fn: (s, a) => {
      const b = s as PyByteArray; if (b.exports > 0) raiseBufferError();
      if (b.length === 0) raiseIndexError('pop from empty bytearray');
      let i = a.length ? Number(index(a[0]).value) : b.length - 1;
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) raiseIndexError('pop index out of range');
      const v = b.data[i];
      const cur = Array.from(b.view()); cur.splice(i, 1);
      b.data = Uint8Array.from(cur); b.length = cur.length;
      return newInt(v);
    } },
    { name: 'clear', fn: (s) => { const b = s as PyByteArray; if (b.exports > 0) raiseBufferError(); b.data = new Uint8Array(0); b.length = 0; return Py_None; } },
    { name: 'copy', fn: (s) => newBA(Uint8Array.from((s as PyByteArray).view())) },
    { name: 'reverse', fn: (s) => { (s as PyByteArray).view().reverse(); return Py_None; } },
  ],
});

for (const t of [PyBytesIter_Type, PyByteArrayIter_Type]) {
  defineType(t, {
    slots: {
      tp_iter: (s) => s,
      tp_iternext: (s) => {
        const it = s as BytesIter;
        const d = dataOf(it.src)!;
        return it.i < d.length ? newInt(d[it.i++]) : null;
      },
    },
  });
}

export { PyStr };
