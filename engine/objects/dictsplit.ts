// ## Key-sharing instance dicts (PEP 412, as CPython 3.11 lays them out)
//
// Models Objects/dictobject.c (3.11): _PyDict_NewKeysForClass, init_inline_values,
// insert_into_dictkeys, make_dict_from_instance_attributes, new_dict_with_shared_keys,
// _PyDict_SizeOf, and the split → combined conversions of insertdict and dictresize.
//
// A class whose instances get a __dict__ on a fixed-size base (Py_TPFLAGS_MANAGED_DICT) owns
// one keys table shared by all its instances (ht_cached_keys: 64 slots, at most 30 names,
// allocated with the class).  Each instance made by object.__new__ gets a values array of
// `nentries + usable` slots from the allocator at birth; the shared table gives up one
// usable slot per instance made ("it will shrink by one before each new object"), so later
// instances get smaller arrays and every split dict of the class reports the current
// figure.  No dict object exists until `obj.__dict__` is asked for (or an attribute does not
// fit the shared keys): then a dict is made around the values.  Adding a name the shared
// table has no room for, a key that is not an exact str, or popitem() turns that one dict
// into an ordinary combined table; deleting keeps it split.
//
// glasspy keeps the entries in the PyDict's own arrays either way: what is modelled here is
// which blocks exist (values array, dict object, keys table) and their sizes, so that
// sys.getsizeof, id(), tracemalloc and the allocator's figures are CPython's.

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { PyDict } from './dict.js';
import { PyDict_Type } from './typeobjects.js';
import { PyObject_Malloc, PyObject_Free } from '../memory/obmalloc.js';
import { memoryErrorHook } from '../memory/limit.js';
import { dictKeysSize, dictkeysNew, calculateLog2Keysize, estimateLog2Keysize, usableFraction, containerTypes } from '../memory/containers.js';
import { lateObjectMalloc } from '../memory/objalloc.js';
import { hasManagedDict } from '../memory/sizes.js';

/** SHARED_KEYS_MAX_SIZE and its table's log2 size (NEXT_LOG2_SHARED_KEYS_MAX_SIZE). */
export const SHARED_KEYS_MAX_SIZE = 30;
const SHARED_KEYS_LOG2 = 6;

/** A class's PyDictKeysObject of kind DICT_KEYS_SPLIT: the names, in slot order. */
export class SharedKeys {
  readonly names = new Set<string>();
  nentries = 0;
  usable = SHARED_KEYS_MAX_SIZE;
  /** The table's block (768 bytes), charged to the class as type.__sizeof__ counts it. */
  addr = 0;
}

/** shared_keys_usable_size: the length of the values arrays made from now on. */
const usableSize = (k: SharedKeys) => k.nentries + k.usable;

/** Models typeobject.c: type_ready_managed_dict() — the class's keys are made with the class. */
export function typeReadyManagedDict(t: PyType): void {
  if (t.ht_cached_keys !== null || !hasManagedDict(t)) return;
  const k = new SharedKeys();
  k.addr = malloc(dictKeysSize(SHARED_KEYS_LOG2, true));
  t.ht_cached_keys = k;
}

function malloc(n: number): number {
  const p = PyObject_Malloc(n);
  if (p === 0) memoryErrorHook.raise(null);
  return p;
}

/** new_values: a size byte prefix rounded to pointers, then `size` value pointers (PyMem_Malloc). */
function newValues(size: number): number {
  return malloc(((size + 2 + 7) & ~7) + 8 * size);
}

/** Models init_inline_values (object_new): the values array an instance is born with; 0 = none. */
export function initInlineValues(t: PyType): number {
  const k = t.ht_cached_keys;
  if (k === null) return 0;
  if (k.usable > 1) k.usable--;
  return newValues(usableSize(k));
}

/**
 * Dict objects that hold an instance's attributes before `__dict__` is asked for: the entries
 * live in the PyDict, but CPython has no dict object yet, so it has no block (ob_addr 0).
 */
const UNPLACED = { tp_allocsize: -1 } as unknown as PyType;

/**
 * The instance's attribute storage when it first needs one.  `valuesAddr` is the values array
 * the instance was born with (initInlineValues), or 0.  `materialize` is true when the dict
 * itself is asked for (PyObject_GenericGetDict), false for a plain attribute store.
 */
export function newInstanceDict(o: PyObject, valuesAddr: number, materialize: boolean): PyDict {
  const t = o.ob_type;
  const k = t.ht_cached_keys;
  if (k === null) return new PyDict();
  let d: PyDict;
  if (valuesAddr !== 0) {
    // make_dict_from_instance_attributes: a dict around the inline values, when asked for.
    if (materialize) d = new PyDict();
    else {
      d = new PyDict(UNPLACED);
      d.ob_type = PyDict_Type;
    }
    d.ma_valuesaddr = valuesAddr;
  } else {
    // _PyObjectDict_SetItem / PyObject_GenericGetDict without inline values:
    // new_dict_with_shared_keys (the usable count is not consumed here).
    d = new PyDict();
    d.ma_valuesaddr = newValues(usableSize(k));
  }
  d.ma_split = k;
  return d;
}

/** `obj.__dict__` of an instance whose attributes so far lived in its values: the dict object appears. */
export function materializeDict(d: PyDict): void {
  if (d.ob_addr !== 0) return;
  // new_dict takes a dict from the free list first, as any new dict does.
  const fl = d.ob_type.tp_freelist;
  d.ob_addr = fl !== null && fl.length !== 0 ? fl.pop()! : lateObjectMalloc(d);
}

/** Whether the dict object exists as CPython's would (false: attributes still inline). */
export function isMaterialized(d: PyDict): boolean {
  return d.ma_split === null || d.ob_addr !== 0;
}

/**
 * A new key goes into a split dict (insertdict / _PyObject_StoreInstanceAttribute).  A name
 * the shared keys have, or can take, leaves the dict split; anything else converts it, as
 * insertion_resize does, and the combined model takes over.
 */
export function splitInsert(d: PyDict, key: PyObject): void {
  const k = d.ma_split!;
  if (key.ob_type === containerTypes.str) {
    const name = (key as unknown as { value: string }).value;
    if (k.names.has(name)) return;
    if (k.usable > 0) {
      // insert_into_dictkeys: the name joins the class's table, for every instance.
      k.names.add(name);
      k.usable--;
      k.nentries++;
      return;
    }
    toCombined(d, calculateLog2Keysize(d.used * 3), true);
  } else {
    toCombined(d, calculateLog2Keysize(d.used * 3), false);
  }
  d.ma_nentries++;
}

/** dictresize of a split dict: its own combined table, the values array freed. */
export function toCombined(d: PyDict, log2: number, unicode: boolean): void {
  materializeDict(d);
  if (d.ma_valuesaddr !== 0) PyObject_Free(d.ma_valuesaddr);
  d.ma_valuesaddr = 0;
  d.ma_split = null;
  dictkeysNew(d, log2, unicode);
}

/** dict.popitem() converts a split dict to a combined table of the same size first. */
export function splitBeforePopitem(d: PyDict): void {
  if (d.ma_split !== null) toCombined(d, SHARED_KEYS_LOG2, true);
}

/** dict.clear() of a split dict: back to the empty keys, the values array freed. */
export function splitClear(d: PyDict): void {
  if (d.ma_valuesaddr !== 0) PyObject_Free(d.ma_valuesaddr);
  d.ma_valuesaddr = 0;
  d.ma_split = null;
}

/** PyDict_Copy of a split dict: a split copy with its own values array. */
export function splitCopy(into: PyDict, from: PyDict): boolean {
  const k = from.ma_split;
  if (k === null || from.used === 0) return false;
  into.ma_split = k;
  into.ma_valuesaddr = newValues(usableSize(k));
  return true;
}

/**
 * dict_merge's one resize up front, when either side is split (the shared table has 64 slots
 * and counts as a str-keyed table).  Returns false when the combined model applies as is.
 */
export function splitMerge(d: PyDict, other: PyDict): boolean {
  if (d.ma_split === null && other.ma_split === null) return false;
  if (other === d || other.used === 0) return true;
  const cap = d.ma_split !== null ? usableFraction(2 ** SHARED_KEYS_LOG2) : d.ma_log2 === 0 ? 0 : usableFraction(2 ** d.ma_log2);
  if (cap < other.used) {
    const unicode = other.ma_split !== null || other.ma_unicode;
    const log2 = estimateLog2Keysize(d.used + other.used);
    if (d.ma_split !== null) toCombined(d, log2, unicode);
    else dictkeysNew(d, log2, unicode);
  }
  return true;
}

/** _PyDict_SizeOf of a split dict: the object and its values (the keys are the class's). */
export function splitSizeof(d: PyDict): number {
  return d.ob_type.tp_basicsize + 8 * usableSize(d.ma_split!);
}
