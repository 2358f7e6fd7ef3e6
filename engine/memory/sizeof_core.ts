// ## __sizeof__ of the builtin types
//
// As CPython 3.11 computes them (object_sizeof, int___sizeof__, unicode__sizeof__,
// list___sizeof__, bytearray_sizeof, type___sizeof__, gen_sizeof).  The object files import
// this module, so it imports no object module itself (types only).

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import type { PyStr } from '../objects/str.js';
import type { PyList } from '../objects/list.js';
import type { PyByteArray } from '../objects/bytesobject.js';
import { intDigits, strKind, strVarBytes, hasManagedDict } from './sizes.js';
import { dictKeysSize } from './containers.js';

const Py_TPFLAGS_HEAPTYPE = 1 << 9;

/** Py_SIZE of a variable-size object (items, digits, bytes, code units). */
export function obSize(o: PyObject): number {
  // By shape, not instanceof: this file is imported by the object files themselves.
  const x = o as unknown as { items?: unknown[]; data?: Uint8Array; value?: unknown; unit?: { co_code: Uint8Array }; tp_slotnames?: string[]; fmt?: string };
  if (Array.isArray(x.items)) return x.items.length;
  if (x.data instanceof Uint8Array) return x.data.length;
  if (typeof x.value === 'number' || typeof x.value === 'bigint') return intDigits(x.value);
  if (x.unit !== undefined) return x.unit.co_code.length >> 1;
  if (x.tp_slotnames !== undefined) return x.tp_slotnames.length;
  if (typeof x.fmt === 'string') return 3; // memoryview: shape, strides, suboffsets of one dimension
  return 0;
}

/** object.__sizeof__: tp_basicsize + Py_SIZE * tp_itemsize. */
export function objectSizeof(o: PyObject): number {
  const t = o.ob_type;
  return t.tp_basicsize + (t.tp_itemsize > 0 ? t.tp_itemsize * obSize(o) : 0);
}

/** int.__sizeof__: offsetof(PyLongObject, ob_digit) + 4 per digit (subclass size not counted). */
export function intSizeof(v: number | bigint): number {
  return 24 + 4 * intDigits(v);
}

/** str.__sizeof__: compact forms for exact str; a str subclass is a two-block PyUnicodeObject. */
export function unicodeSizeof(s: PyStr): number {
  if ((s.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return 48 + strVarBytes(s.value);
  const kind = strKind(s.value) || 1;
  const n = kind === 4 ? [...s.value].length : s.value.length;
  return 80 + (n + 1) * kind;
}

export function listSizeof(l: PyList): number {
  return l.ob_type.tp_basicsize + 8 * l.allocated;
}

/** bytearray.__sizeof__: the object plus ob_alloc (the length and its NUL; growth slack is not modelled). */
export function bytearraySizeof(b: PyByteArray): number {
  return b.ob_type.tp_basicsize + (b.length > 0 ? b.length + 1 : 0);
}

/** sizeof(PyHeapTypeObject) and sizeof(PyTypeObject) in 3.11. */
const HEAPTYPE_SIZE = 904, STATICTYPE_SIZE = 408;

/** type.__sizeof__: a class with managed-dict instances also owns its shared keys (64 slots). */
export function typeSizeof(t: PyType): number {
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return STATICTYPE_SIZE;
  return HEAPTYPE_SIZE + (hasManagedDict(t) ? dictKeysSize(6, true) : 0);
}

/** gen_sizeof: the generator with its embedded frame (locals, cells, free vars and value stack). */
export function genSizeof(code: { unit: { co_localsplusnames: string[]; co_stacksize: number } }): number {
  return 152 + 8 * (code.unit.co_localsplusnames.length + code.unit.co_stacksize);
}

