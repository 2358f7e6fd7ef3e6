// ## Object sizes (tp_basicsize, allocation requests)
//
// CPython 3.11's sizes on 64-bit Linux.  Builtin types take tp_basicsize/tp_itemsize and
// the GC flag from a table recorded from CPython (typesizes.ts); a class statement computes
// its instances' size as typeobject.c does (see typeobject.ts).  The allocator is asked for
// the pre-header (PyGC_Head, and the two managed-dict words of 3.11 instances with a
// __dict__) plus tp_basicsize plus the variable part, so sys.getsizeof and the allocator's
// figures agree.

import type { PyType } from '../objects/type.js';
import { CPYTHON_TYPE_SIZES } from './typesizes.js';
import { containerTypes } from './containers.js';

const Py_TPFLAGS_HEAPTYPE = 1 << 9;
const Py_TPFLAGS_HAVE_GC = 1 << 14;
/** sizeof(PyGC_Head). */
export const GC_HEAD_SIZE = 16;

/** The first builtin (static) type in t's base chain: the one that fixes its layout. */
export function solidBase(t: PyType): PyType {
  let b: PyType = t;
  while ((b.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && b.tp_base !== null) b = b.tp_base;
  return b;
}

/**
 * Py_TPFLAGS_MANAGED_DICT: a class that adds a __dict__ to a fixed-size builtin base keeps
 * the dict pointer (and the values pointer) in the pre-header, not in tp_basicsize.
 */
export function hasManagedDict(t: PyType): boolean {
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0 || !t.tp_hasdict) return false;
  const b = solidBase(t);
  return !b.tp_hasdict && b.tp_itemsize === 0;
}

/** _PyType_PreHeaderSize. */
export function preHeaderSize(t: PyType): number {
  return ((t.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0 ? GC_HEAD_SIZE : 0) + (hasManagedDict(t) ? 16 : 0);
}

/**
 * The fixed part of an allocation request for instances of t, cached in tp_allocsize;
 * -1 when instances get their block lazily (frames live on CPython's data stack).
 */
export function typeAllocSize(t: PyType): number {
  const prehdr = preHeaderSize(t);
  let basic = t.tp_basicsize;
  const b = solidBase(t);
  if (b.tp_name === 'frame') {
    t.tp_allocsize = -1;
    return -1;
  }
  // Exact str objects are compact: the header is PyASCIIObject (48 bytes); the constructor
  // adds the rest (strVarBytes).
  if (t === b && t.tp_name === 'str') basic = 48;
  t.tp_prehdr = prehdr;
  t.tp_parts = hasPartsBase(t);
  t.tp_allocsize = basic + prehdr;
  return t.tp_allocsize;
}

/** list, dict, set, frozenset or a subclass: instances free their parts with them (containers.ts). */
function hasPartsBase(t: PyType): boolean {
  for (let b: PyType | null = t; b !== null; b = b.tp_base) {
    if (containerTypes.withParts.includes(b)) return true;
  }
  return false;
}

/** Give every builtin type CPython's tp_basicsize, tp_itemsize and GC flag (at boot). */
export function applyBuiltinSizes(types: readonly PyType[]): void {
  for (const t of types) {
    if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) continue;
    const e = CPYTHON_TYPE_SIZES[t.shortName];
    if (e === undefined) continue;
    t.tp_basicsize = e[0];
    t.tp_itemsize = e[1];
    t.tp_flags = e[2] ? t.tp_flags | Py_TPFLAGS_HAVE_GC : t.tp_flags & ~Py_TPFLAGS_HAVE_GC;
    t.tp_allocsize = 0;
  }
}

// ### Variable parts

/** Number of 30-bit digits CPython allocates for an int (0 still gets one). */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    if (v === 0) return 1;
    const a = v < 0 ? -v : v;
    return a < 1073741824 ? 1 : a < 1152921504606846976 ? 2 : Math.ceil(Math.log2(a + 1) / 30);
  }
  if (v === 0n) return 1;
  const a = v < 0n ? -v : v;
  return Math.ceil(a.toString(2).length / 30);
}

/**
 * Bytes requested after PyLongObject's 24-byte header: 4 per digit, except that a one-digit
 * ("medium") int is allocated as a whole sizeof(PyLongObject), 32 bytes (3.11's
 * _PyLong_FromMedium), which tracemalloc reports.
 */
export function intVarBytes(v: number | bigint): number {
  const n = intDigits(v);
  return n === 1 ? 8 : 4 * n;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ABOVE_LATIN1 = /[^\x00-\xff]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** PyUnicode kind (1, 2 or 4) and code-point length of a JS string; kind 0 = ASCII. */
export function strKind(s: string): number {
  if (!NON_ASCII.test(s)) return 0;
  if (!ABOVE_LATIN1.test(s)) return 1;
  return SURROGATE_PAIR.test(s) ? 4 : 2;
}

function codePoints(s: string, kind: number): number {
  if (kind !== 4) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/**
 * Bytes of a compact str beyond PyASCIIObject (48 in 3.11, wstr included): ASCII data and
 * NUL, or the rest of PyCompactUnicodeObject (72) and (len + 1) * kind.
 */
export function strVarBytes(s: string): number {
  const kind = strKind(s);
  if (kind === 0) return s.length + 1;
  return 24 + (codePoints(s, kind) + 1) * kind;
}

/** str.__sizeof__ of a compact string (the UTF-8 cache is not modelled). */
export function strSizeof(s: string): number {
  return 40 + strVarBytes(s);
}
