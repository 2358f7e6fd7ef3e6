// ## Object allocation (PyObject_New / PyObject_GC_New / PyObject_Free)
//
// The PyObject constructor asks for the object's block here, so every object has its
// address, and the allocator's figures (getallocatedblocks, tracemalloc) are real, from
// birth.  The request is CPython's: the pre-header (16 bytes of PyGC_Head for GC types,
// plus 16 for the managed dict pointers of 3.11 instances with a __dict__) + tp_basicsize
// + the variable part the constructor passes (int digits, tuple items, str/bytes data).
// The fixed part is computed once per type (tp_allocsize; 0 = not yet, -1 = allocated
// lazily: frames).  ob_addr is the handle (handles.ts) of the object's address, which is
// past the pre-header, as CPython's id() is.
//
// Exact float, list, dict and tuple (sizes 1..20) objects go to per-type free lists when
// they die and are reused first, as CPython 3.11's free lists (Objects/floatobject.c etc.);
// their blocks stay allocated meanwhile, so getallocatedblocks counts them as CPython does.
// The float free list holds the dead objects themselves (floatPool below), the others the
// blocks' handles (tp_freelist).

import { type PyObject, newborns, zombies, NEWBORN_BATCH } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyObject_Malloc, PyObject_Free, bumpH, bumpLastH, freedHead, takeFreed, SMALL_REQUEST_THRESHOLD, ALIGNMENT_SHIFT } from './obmalloc.js';
import { memoryErrorHook } from './limit.js';
import { typeAllocSize, preHeaderSize } from './sizes.js';
import { freeContainerParts } from './containers.js';
import { POISON_FREED, poisonAtom, poisonObject } from './poison.js';

const Py_TPFLAGS_HAVE_GC = 1 << 14;
import { addressToHandle, handleToAddress } from './handles.js';

/**
 * The object's block, as a handle.  This runs for every object created, so the common case
 * (a size class whose head pool still has never-used blocks or has freed blocks, or a
 * free-list hit) is a few loads and stores, small enough for V8 to inline into every
 * constructor; the rest is in objectMallocSlow.
 */
export function objectMalloc(type: PyType | null, varBytes: number): number {
  if (type !== null) {
    const base = type.tp_allocsize;
    if (base > 0) {
      const fl = type.tp_freelist;
      if (fl !== null) {
        if (fl.length !== 0) return fl.pop()!;
        if (fl === tupleFreelists[0]) return objectMallocSlow(type, varBytes);
      }
      const size = base + varBytes;
      if (size <= SMALL_REQUEST_THRESHOLD) {
        const sz = (size - 1) >> ALIGNMENT_SHIFT;
        const fb = freedHead[sz];
        if (fb !== null && fb.length !== 0) return takeFreed(sz, fb) - (type.tp_prehdr >> ALIGNMENT_SHIFT);
        const h = bumpH[sz];
        if (h >= bumpLastH[sz]) {
          bumpH[sz] = h - (sz + 1);
          return h - (type.tp_prehdr >> ALIGNMENT_SHIFT);
        }
      }
    } else if (base < 0) {
      return 0; // placed late (frames: lateObjectMalloc when their address is asked for)
    }
  }
  return objectMallocSlow(type, varBytes);
}

function objectMallocSlow(type: PyType | null, varBytes: number): number {
  if (newborns.pos > NEWBORN_BATCH) zombies.urgent = 1;
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
  const h = PyObject_Malloc(size + varBytes);
  if (h === 0) memoryErrorHook.raise(null);
  const pre = type.tp_prehdr;
  return pre === 0 ? h : h > 0 ? h - (pre >> 4) : pastPreHeader(h, pre);
}

/** The object's handle, pre bytes into its block (handles.ts: arena handles fall as addresses rise). */
function pastPreHeader(h: number, pre: number): number {
  return addressToHandle(handleToAddress(h) + pre);
}

/** A block for an object created without one (bootstrap types, frames). */
export function lateObjectMalloc(o: PyObject): number {
  const type = o.ob_type;
  let size = type.tp_basicsize + preHeaderSize(type);
  if (type.tp_itemsize > 0) size += type.tp_itemsize;
  const h = PyObject_Malloc(size);
  if (h === 0) memoryErrorHook.raise(null);
  const pre = preHeaderSize(type);
  return pre === 0 ? h : pastPreHeader(h, pre);
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

/**
 * Dead exact floats and ints, kept as JS objects for newFloat() and newInt() (float.ts,
 * int.ts) to reinitialise: arithmetic then neither allocates a JS object nor leaves one for
 * V8's collector, and the object reused is the one just freed, still in the CPU's cache.
 *
 * `freelist` is CPython 3.11's float free list itself (floatobject.c: up to 100 dead floats
 * whose memory stays allocated): a float on it keeps its block (ob_addr), and newFloat hands
 * object and block out together, as PyFloat_FromDouble reuses the free list's head.  Past
 * 100, and for ints (CPython has no int free list), the block is freed and only the JS
 * object is kept (`objs`); a reused one gets a new block from objectMalloc as a fresh object
 * would, so id(), tracemalloc and the block free lists are unchanged.  Both rely on the rule
 * the rest of the engine keeps, that a freed object is referenced by nothing.
 */
export const floatPool = { type: null as PyType | null, freelist: [] as PyObject[], objs: [] as PyObject[] };
export const intPool = { type: null as PyType | null, objs: [] as PyObject[] };
/**
 * JS objects kept per pool: enough for a list of numbers to be reused by the next one.  V8
 * then neither allocates them nor copies them through its young generation (objects alive
 * at a scavenge are copied, twice, then promoted): with 128, V8's collector took 16% of
 * bench/comprehensions.py; with 32768 its CPU time fell by a fifth.  At most about 4 MiB a
 * pool stays reserved this way.
 *
 * Not for strs yet, though a str pool cut dicts_strings' CPU time by a fifth as well: a
 * pooled object reused while a reference-counting bug leaves it in use elsewhere shows the
 * new value there.  Ints and floats were exposed to that already (the pools are LIFO, so the
 * last freed is reused first whatever their size); strs were not, and the conformance
 * programs still free some in use (a function decorated with functools.wraps loses its
 * __name__ str; list.extend did not count its items, fixed).
 */
const OBJECT_POOL_MAX = 32768;

/**
 * The free path of exact ints, floats and strs (which hold no references, have no finalizer
 * and are not tracked): called with those three JS classes only, so V8 keeps its property
 * accesses polymorphic instead of megamorphic as in objectFree, which sees every class.
 */
export function freeAtom(o: PyObject): void {
  if (newborns.pos > NEWBORN_BATCH) zombies.urgent = 1;
  const p = o.ob_addr;
  if (p === 0) return;
  const type = o.ob_type;
  if (POISON_FREED) {
    // Neither pooled nor on the float free list: a reused object would hide the marker.
    poisonAtom(o, type !== floatPool.type && type !== intPool.type);
  } else if (type === floatPool.type) {
    const fl = floatPool.freelist;
    if (fl.length < FREELIST_MAX.float) {
      fl.push(o);
      return;
    }
    if (floatPool.objs.length < OBJECT_POOL_MAX) floatPool.objs.push(o);
  } else if (type === intPool.type) {
    // Not one holding a big int: the pool would keep its digits alive.  The value is left as
    // it is: clearing it showed wrong numbers where a freed int is still read (a bug, but one
    // that must not get worse here: inspect_builtin_signatures, lib_random_seeded).
    if (intPool.objs.length < OBJECT_POOL_MAX && typeof (o as unknown as { value: unknown }).value === 'number') intPool.objs.push(o);
  }
  o.ob_addr = 0;
  // No pre-header: none of the three is a GC type.
  PyObject_Free(p);
}

export function objectFree(o: PyObject): void {
  // A block is reused only after it is freed and a fresh one comes from the slow path, so
  // checking the zero-count table's length in both bounds it (object.ts: NEWBORN_BATCH).
  if (newborns.pos > NEWBORN_BATCH) zombies.urgent = 1;
  const p = o.ob_addr;
  const type = o.ob_type;
  // Only containers (GC types: lists, dicts and sets' tables, instances' inline values,
  // classes' shared keys) have separately allocated parts, and objects placed late (frames)
  // whose type has no allocation size yet.  They go even when the object itself has no block
  // (an instance dict never asked for).
  if ((type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0 || type.tp_allocsize <= 0) freeContainerParts(o);
  if (p === 0) return;
  if (type === floatPool.type || type === intPool.type) {
    freeAtom(o);
    return;
  }
  if (POISON_FREED) poisonObject(o);
  o.ob_addr = 0;
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
  // The block starts at the pre-header (tracemalloc keys its traces by block); in an arena
  // the handle of an address `pre` bytes lower is pre / 16 higher.
  const pre = type.tp_allocsize > 0 ? type.tp_prehdr : preHeaderSize(type);
  PyObject_Free(pre === 0 ? p : p > 0 ? p + (pre >> ALIGNMENT_SHIFT) : addressToHandle(handleToAddress(p) - pre));
}
