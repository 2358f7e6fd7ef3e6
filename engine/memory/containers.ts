// ## Separately allocated parts of containers
//
// A list's item array (ob_item), a dict's keys table (PyDictKeysObject) and a set's table
// above its 8 inline slots are blocks of their own in CPython, resized as the container
// grows and freed when it dies.  These functions keep the model's blocks and the sizes
// that sys.getsizeof reports in step with CPython 3.11's growth rules; the containers call
// them at the points where CPython resizes.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyObject_Malloc, PyObject_Realloc, PyObject_Free } from './obmalloc.js';
import { memoryErrorHook } from './limit.js';

/**
 * The exact str type, for DICT_KEYS_UNICODE, and the types whose instances own parts freed
 * with them (set at boot).
 */
export const containerTypes: { str: PyType | null; withParts: PyType[] } = { str: null, withParts: [] };

function realloc(p: number, nbytes: number): number {
  if (nbytes === 0) {
    PyObject_Free(p);
    return 0;
  }
  const q = PyObject_Realloc(p, nbytes);
  if (q === 0) memoryErrorHook.raise(null);
  return q;
}

// ### list: ob_item holds `allocated` pointers

export interface ListLike extends PyObject { items: PyObject[]; allocated: number; ob_itemaddr: number }

/** Set the list's capacity (list_resize / list_preallocate_exact) and move its item block. */
export function listSetAllocated(l: ListLike, n: number): void {
  l.allocated = n;
  if (l.ob_itemaddr === 0 && n === 0) return;
  l.ob_itemaddr = realloc(l.ob_itemaddr, 8 * n);
}

/** Models list_resize() as a pure rule: the capacity after resizing a list of `size` items to `newsize`. */
export function listResizeRule(allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > na - newsize) na = (newsize + 3) & ~3;
  return newsize === 0 ? 0 : na;
}

/** list_resize(l, newsize) while the list still holds `size` items. */
export function listResize(l: ListLike, newsize: number, size = l.items.length): void {
  const na = listResizeRule(l.allocated, size, newsize);
  if (na !== l.allocated) listSetAllocated(l, na);
}

/** Items were appended one at a time since the list had `oldsize` (LIST_APPEND, append loops). */
export function listGrown(l: ListLike, oldsize: number): void {
  const n = l.items.length;
  let allocated = l.allocated;
  for (let size = oldsize; size < n; size++) {
    if (size + 1 > allocated) allocated = listResizeRule(allocated, size, size + 1);
  }
  if (allocated !== l.allocated) listSetAllocated(l, allocated);
}

/**
 * list.extend / list(iterable) after the items went in: one resize to the final size for a
 * list or tuple argument (hint < 0), else list_extend's length-hint preallocation, growth
 * one item at a time, and the final trim.
 */
export function listExtended(l: ListLike, oldsize: number, hint: number): void {
  const n = l.items.length;
  if (hint < 0) {
    // A list or tuple argument: an empty list with no item block is preallocated exactly.
    if (l.ob_itemaddr === 0 && oldsize === 0) listSetAllocated(l, (n + 1) & ~1);
    else listResize(l, n, oldsize);
    return;
  }
  let allocated = l.allocated;
  if (hint > 0 && oldsize + hint > allocated) allocated = listResizeRule(allocated, oldsize, oldsize + hint);
  for (let size = oldsize; size < n; size++) {
    if (size + 1 > allocated) allocated = listResizeRule(allocated, size, size + 1);
  }
  if (n < allocated) allocated = listResizeRule(allocated, n, n);
  if (allocated !== l.allocated) listSetAllocated(l, allocated);
}

/**
 * list(iterable) / list.__init__ after the items went in: a sized iterable first
 * preallocates exactly, rounded up to even (list_preallocate_exact), then list_extend runs
 * (sizedLen = -1 for an iterable without __len__, whose length hint defaults to 8).
 */
export function listInitialized(l: ListLike, sizedLen: number, isListOrTuple: boolean): void {
  const n = l.items.length;
  let allocated = sizedLen > 0 ? (sizedLen + 1) & ~1 : 0;
  if (isListOrTuple) {
    allocated = listResizeRule(allocated, 0, n);
  } else {
    const hint = sizedLen >= 0 ? sizedLen : 8;
    if (hint > allocated) allocated = listResizeRule(allocated, 0, hint);
    for (let size = 0; size < n; size++) {
      if (size + 1 > allocated) allocated = listResizeRule(allocated, size, size + 1);
    }
    if (n < allocated) allocated = listResizeRule(allocated, n, n);
  }
  listSetAllocated(l, allocated);
}

// ### dict: PyDictKeysObject

export interface DictLike extends PyObject {
  used: number;
  ma_log2: number;
  ma_nentries: number;
  ma_unicode: boolean;
  ma_keysaddr: number;
}

const PyDict_LOG_MINSIZE = 3;
/** sizeof(PyDictKeysObject) in 3.11 (refcnt, log2 size, log2 index bytes, kind, version, usable, nentries). */
const DICT_KEYS_HEADER = 32;

export const usableFraction = (n: number) => ((n << 1) / 3) | 0;

/**
 * calculate_log2_keysize as 64-bit Linux builds compute it: the bit length of
 * (minsize | 8) - 1, so any minsize below 8 but above 0 gives 16 slots, not 8.
 */
export function calculateLog2Keysize(minsize: number): number {
  let m = ((minsize | 8) - 1) | 7;
  let log2 = 0;
  while (m > 0) { log2++; m = Math.floor(m / 2); }
  return log2;
}
export const estimateLog2Keysize = (n: number) => calculateLog2Keysize(((n * 3 + 1) / 2) | 0);

/** _PyDict_KeysSize of a combined table. */
export function dictKeysSize(log2: number, unicode: boolean): number {
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  return DICT_KEYS_HEADER + 2 ** log2 * indexBytes + usableFraction(2 ** log2) * (unicode ? 16 : 24);
}

/** new_keys_object / dictresize: the dict gets a fresh table of 2**log2 slots holding its live entries. */
export function dictkeysNew(d: DictLike, log2: number, unicode: boolean): void {
  newKeys(d, log2, unicode);
}

function newKeys(d: DictLike, log2: number, unicode: boolean): void {
  const size = dictKeysSize(log2, unicode);
  const p = PyObject_Malloc(size);
  if (p === 0) memoryErrorHook.raise(null);
  if (d.ma_keysaddr !== 0) PyObject_Free(d.ma_keysaddr);
  d.ma_keysaddr = p;
  d.ma_log2 = log2;
  d.ma_unicode = unicode;
  d.ma_nentries = d.used;
}

/** Called before a new key goes in (insertdict / insert_to_emptydict). */
export function dictkeysInsert(d: DictLike, key: PyObject): void {
  const isUnicode = key.ob_type === containerTypes.str;
  if (d.ma_log2 === 0) {
    newKeys(d, PyDict_LOG_MINSIZE, isUnicode);
  } else {
    if (d.ma_unicode && !isUnicode) newKeys(d, calculateLog2Keysize(d.used * 3), false);
    // 1 << log2, not 2 ** log2: V8 compiles a variable power to a call of its C pow().
    if (usableFraction(1 << d.ma_log2) - d.ma_nentries <= 0) newKeys(d, calculateLog2Keysize(d.used * 3), d.ma_unicode);
  }
  d.ma_nentries++;
}

/** dict.clear(): back to the shared empty keys. */
export function dictkeysClear(d: DictLike): void {
  if (d.ma_keysaddr !== 0) PyObject_Free(d.ma_keysaddr);
  d.ma_keysaddr = 0;
  d.ma_log2 = 0;
  d.ma_nentries = 0;
  d.ma_unicode = false;
}

/** _PyDict_NewPresized (dict displays): a table big enough for n entries up front. */
export function dictkeysPresize(d: DictLike, n: number, unicode: boolean): void {
  if (n <= usableFraction(8)) return;
  newKeys(d, n > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(n), unicode);
}

/** _PyDict_FromItems: presize for n keys found at keys[start], keys[start + step], ... */
export function dictkeysPresizeItems(d: DictLike, keys: readonly (PyObject | null)[], start: number, n: number, step: number): void {
  let unicode = true;
  for (let i = 0; i < n; i++) if (keys[start + i * step]!.ob_type !== containerTypes.str) { unicode = false; break; }
  dictkeysPresize(d, n, unicode);
}

/** dict_merge from a dict: clone a clean table into an empty dict, else resize once up front. */
export function dictkeysMerge(d: DictLike, other: DictLike): void {
  if (other === d || other.used === 0) return;
  if (d.used === 0 && other.used === other.ma_nentries
    && (other.ma_log2 === PyDict_LOG_MINSIZE || usableFraction(2 ** other.ma_log2 / 2) < other.used)) {
    newKeys(d, other.ma_log2, other.ma_unicode);
    d.ma_nentries = other.ma_nentries;
    return;
  }
  const cap = d.ma_log2 === 0 ? 0 : usableFraction(2 ** d.ma_log2);
  if (cap < other.used) newKeys(d, estimateLog2Keysize(d.used + other.used), other.ma_unicode);
}

/** dict.copy() of a clean dict clones its table (PyDict_Copy's fast path). */
export function dictkeysCopy(d: DictLike, other: DictLike): void {
  if (other.used === 0) return;
  if (other.used >= ((other.ma_nentries * 2) / 3 | 0)) {
    newKeys(d, other.ma_log2, other.ma_unicode);
    d.ma_nentries = other.ma_nentries;
    return;
  }
  dictkeysMerge(d, other);
}

/** dict.__sizeof__ (_PyDict_SizeOf) for a combined table. */
export function dictSizeof(d: DictLike): number {
  return d.ob_type.tp_basicsize + (d.ma_log2 === 0 ? 0 : dictKeysSize(d.ma_log2, d.ma_unicode));
}

// ### set: the table beyond the 8 inline slots

export interface SetLike extends PyObject { mask: number; ob_tableaddr: number }

/** set_table_resize: a table of mask + 1 entries (16 bytes each), inline when 8. */
export function setTableResized(s: SetLike): void {
  const n = s.mask + 1;
  s.ob_tableaddr = realloc(s.ob_tableaddr, n > 8 ? 16 * n : 0);
}

/** set.__sizeof__: the object plus the table when it is not inline. */
export function setSizeof(s: SetLike): number {
  return s.ob_type.tp_basicsize + (s.mask + 1 > 8 ? 16 * (s.mask + 1) : 0);
}

// ### freeing the parts when the container dies

export function freeContainerParts(o: PyObject): void {
  const x = o as unknown as {
    ob_itemaddr?: number; ma_keysaddr?: number; ob_tableaddr?: number; ma_valuesaddr?: number; ob_valuesaddr?: number;
    ht_cached_keys?: { addr: number } | null;
  };
  if (x.ob_itemaddr) { PyObject_Free(x.ob_itemaddr); x.ob_itemaddr = 0; }
  if (x.ma_keysaddr) { PyObject_Free(x.ma_keysaddr); x.ma_keysaddr = 0; }
  if (x.ob_tableaddr) { PyObject_Free(x.ob_tableaddr); x.ob_tableaddr = 0; }
  // A split dict's values array, an instance's inline values, a class's shared keys.
  if (x.ma_valuesaddr) { PyObject_Free(x.ma_valuesaddr); x.ma_valuesaddr = 0; }
  if (x.ob_valuesaddr) { PyObject_Free(x.ob_valuesaddr); x.ob_valuesaddr = 0; }
  if (x.ht_cached_keys && x.ht_cached_keys.addr) { PyObject_Free(x.ht_cached_keys.addr); x.ht_cached_keys.addr = 0; }
}
