// ## Object allocation (PyObject_New / PyObject_GC_New / PyObject_Free)
//
// The PyObject constructor asks for the object's block here, so every object has its
// address, and the allocator's figures (getallocatedblocks, tracemalloc) are real, from
// birth.  The request is CPython's: the pre-header (16 bytes of PyGC_Head for GC types,
// plus 16 for the managed dict pointers of 3.11 instances with a __dict__) + tp_basicsize
// + the variable part the constructor passes (int digits, tuple items, str/bytes data).
// The fixed part is computed once per type (tp_allocsize; 0 = not yet, -1 = allocated
// lazily: frames).  The returned address is that of the object, past the pre-header, as
// CPython's id() is.
//
// Exact float, list, dict and tuple (sizes 1..20) objects go to per-type free lists when
// they die and are reused first, as CPython 3.11's free lists (Objects/floatobject.c etc.);
// their blocks stay allocated meanwhile, so getallocatedblocks counts them as CPython does.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyObject_Malloc, PyObject_Free } from './obmalloc.js';
import { memoryErrorHook } from './limit.js';
import { typeAllocSize, preHeaderSize } from './sizes.js';
import { freeContainerParts } from './containers.js';

/** Request size and pre-header of each live object's block are recomputed on free from its type. */
export function objectMalloc(type: PyType | null, varBytes: number): number {
  if (type == null) return 0;
  let size = type.tp_allocsize;
  if (size <= 0) {
    if (size < 0) return 0;
    size = typeAllocSize(type);
    if (size < 0) return 0;
  }
  const fl = type.tp_freelist;
  if (fl !== null) {
    const q = freelistPop(fl, varBytes);
    if (q !== 0) return q;
  }
  const p = PyObject_Malloc(size + varBytes);
  if (p === 0) memoryErrorHook.raise(null);
  return p + type.tp_prehdr;
}

/** A block for an object created without one (bootstrap types, frames). */
export function lateObjectMalloc(o: PyObject): number {
  const type = o.ob_type;
  let size = type.tp_basicsize + preHeaderSize(type);
  if (type.tp_itemsize > 0) size += type.tp_itemsize;
  const p = PyObject_Malloc(size);
  if (p === 0) memoryErrorHook.raise(null);
  return p + preHeaderSize(type);
}

/** Free lists (numfree limits of CPython 3.11): float 100, list 80, dict 80. */
export const FREELIST_MAX = { float: 100, list: 80, dict: 80 } as const;
export const TUPLE_MAXSAVESIZE = 20, TUPLE_MAXFREELIST = 2000;
/** Free tuple blocks by length (index 1..20). */
export const tupleFreelists: number[][] = Array.from({ length: TUPLE_MAXSAVESIZE + 1 }, () => []);

/** The tuple type's tp_freelist is tupleFreelists[0] (the empty tuple is a singleton, never freed). */
function freelistPop(fl: number[], varBytes: number): number {
  if (fl === tupleFreelists[0]) {
    const n = varBytes >> 3;
    if (n === 0 || n > TUPLE_MAXSAVESIZE) return 0;
    fl = tupleFreelists[n];
  } else if (varBytes !== 0) {
    return 0;
  }
  return fl.length > 0 ? fl.pop()! : 0;
}

export function objectFree(o: PyObject): void {
  const p = o.ob_addr;
  if (p === 0) return;
  o.ob_addr = 0;
  freeContainerParts(o);
  const type = o.ob_type;
  let fl = type.tp_freelist;
  if (fl !== null) {
    if (fl === tupleFreelists[0]) {
      const n = (o as unknown as { items: unknown[] }).items.length;
      fl = n > 0 && n <= TUPLE_MAXSAVESIZE ? tupleFreelists[n] : null;
    }
    if (fl !== null && fl.length < type.tp_freelist_max) {
      fl.push(p);
      return;
    }
  }
  PyObject_Free(p - preHeaderSize(type));
}
