// ## dict: the insertion-ordered hash table
//
// Storage mirrors CPython 3.6+'s compact dict: entries (key, value, hash) in insertion order,
// deleted entries left as holes until the table is compacted, plus an index from hash to
// entry.  The index is two JS Maps: one keyed by the JS string for str keys (attribute
// dicts, globals and kwargs are all str-keyed, so this is the hot path), one keyed by hash
// for every other key, with equality checked by Python's == as CPython does.  A dict of at
// most SMALL entries has no str index: a scan of its few keys is quicker than a Map, and
// instance dicts (a handful of attributes each) are created by the thousand.  A str
// subclass that overrides __eq__/__hash__ would be indexed by its text; that corner is
// documented in the README.

import { gcTrack } from '../memory/gcstate.js';
import { PyObject, Py_EQ } from './object.js';
import { PyDict_Type } from './typeobjects.js';
import { PyStr, internStr } from './str.js';
import type { PyType } from './type.js';
import { dictkeysInsert, dictkeysClear } from '../memory/containers.js';
import { hashObject, richCompareBool } from './abstract.js';
import { Py_DECREF } from '../memory/refcount.js';
import { SharedKeys, splitInsert, splitClear } from './dictsplit.js';

export class PyDict extends PyObject {
  keys: (PyObject | null)[];
  values: (PyObject | null)[];
  hashes: number[];
  /** Live entries (len(d)). */
  used: number;
  /** JS string -> entry, for str keys; null while the dict has at most SMALL entries. */
  strIndex: Map<string, number> | null;
  objIndex: Map<number, number | number[]> | null;
  /** Bumped by every insertion or deletion of a key; iterators compare it. */
  version: number;
  /** CPython's keys table (engine/memory/containers.ts): log2 of its size (0 = the shared empty keys), */
  ma_log2: number;
  /** dk_nentries (entries used, deleted ones included), whether it is a str-only table, its block. */
  ma_nentries: number;
  ma_unicode: boolean;
  ma_keysaddr: number;
  /** A split table (dictsplit.ts): the class's shared keys and this dict's values block. */
  ma_split: SharedKeys | null;
  ma_valuesaddr: number;
  constructor(type: PyType = PyDict_Type) {
    super(type);
    this.ma_log2 = 0;
    this.ma_nentries = 0;
    this.ma_unicode = false;
    this.ma_keysaddr = 0;
    this.ma_split = null;
    this.ma_valuesaddr = 0;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.used = 0;
    this.strIndex = null;
    this.objIndex = null;
    this.version = 0;
    gcTrack(this);
  }
}

const SMALL = 8;

/** Entry index of the str key `name`, or -1. */
export function strFind(d: PyDict, name: string): number {
  const index = d.strIndex;
  if (index !== null) {
    const i = index.get(name);
    return i === undefined ? -1 : i;
  }
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && (k as PyStr).value === name && k instanceof PyStr) return i;
  }
  return -1;
}

function buildStrIndex(d: PyDict): void {
  const index = new Map<string, number>();
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && isStrKey(k)) index.set(k.value, i);
  }
  d.strIndex = index;
}

export function newDict(): PyDict {
  return new PyDict();
}

function isStrKey(key: PyObject): key is PyStr {
  return key instanceof PyStr;
}

/** Index of the entry holding `key`, or -1.  May run Python code (__hash__, __eq__). */
export function dictLookup(d: PyDict, key: PyObject, hash?: number): number {
  if (isStrKey(key)) return strFind(d, key.value);
  if (d.objIndex === null) {
    if (hash === undefined) hashObject(key); // unhashable keys raise even on an empty dict
    return -1;
  }
  const h = hash === undefined ? hashObject(key) : hash;
  const slot = d.objIndex.get(h);
  if (slot === undefined) return -1;
  // An __eq__ may change the dict under us; then the lookup starts over, as lookdict does.
  const version = d.version;
  if (typeof slot === 'number') {
    const k = d.keys[slot];
    if (k === key) return slot;
    if (k === null || k === undefined) return -1;
    const eq = richCompareBool(k, key, Py_EQ);
    if (d.version !== version) return dictLookup(d, key, h);
    return eq ? slot : -1;
  }
  for (const i of slot) {
    const k = d.keys[i];
    if (k === key) return i;
    if (k === null || k === undefined) continue;
    const eq = richCompareBool(k, key, Py_EQ);
    if (d.version !== version) return dictLookup(d, key, h);
    if (eq) return i;
  }
  return -1;
}

export function dictGetItem(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  return i < 0 ? null : d.values[i];
}

/** Fast path for identifier keys (globals, attributes, keyword arguments). */
export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const i = strFind(d, name);
  return i < 0 ? null : d.values[i];
}

function appendEntry(d: PyDict, key: PyObject, value: PyObject, hash: number): void {
  if (d.ma_split !== null) splitInsert(d, key); else dictkeysInsert(d, key);
  if (d.keys.length - d.used > 16 && d.keys.length - d.used > d.used) compact(d);
  const i = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  d.hashes.push(hash);
  d.used++;
  d.version++;
  if (d.strIndex === null) {
    if (d.keys.length > SMALL) buildStrIndex(d);
    if (isStrKey(key)) return;
  } else if (isStrKey(key)) {
    d.strIndex.set(key.value, i);
    return;
  }
  {
    if (d.objIndex === null) d.objIndex = new Map();
    const slot = d.objIndex.get(hash);
    if (slot === undefined) d.objIndex.set(hash, i);
    else if (typeof slot === 'number') d.objIndex.set(hash, [slot, i]);
    else slot.push(i);
  }
}

// The dict owns a reference to each key and value (insertdict); a replaced value is released
// after the new one is in place.
function replaceValue(d: PyDict, i: number, value: PyObject): void {
  const old = d.values[i]!;
  value.ob_refcnt++;
  d.values[i] = value;
  Py_DECREF(old);
}

export function dictSetItem(d: PyDict, key: PyObject, value: PyObject): void {
  if (isStrKey(key)) {
    const i = strFind(d, key.value);
    if (i >= 0) { replaceValue(d, i, value); return; }
    key.ob_refcnt++; value.ob_refcnt++;
    appendEntry(d, key, value, -1);
    return;
  }
  const h = hashObject(key);
  const i = dictLookup(d, key, h);
  if (i >= 0) { replaceValue(d, i, value); return; }
  key.ob_refcnt++; value.ob_refcnt++;
  appendEntry(d, key, value, h);
}

export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  const i = strFind(d, name);
  if (i >= 0) { replaceValue(d, i, value); return; }
  const key = internStr(name);
  key.ob_refcnt++; value.ob_refcnt++;
  appendEntry(d, key, value, -1);
}

/** Removes `key`; returns the old value or null when absent. */
export function dictDelItem(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  if (i < 0) return null;
  return removeEntry(d, i);
}

export function dictDelStr(d: PyDict, name: string): PyObject | null {
  const i = strFind(d, name);
  return i < 0 ? null : removeEntry(d, i);
}

export function removeEntry(d: PyDict, i: number): PyObject | null {
  const key = d.keys[i]!;
  const old = d.values[i];
  if (isStrKey(key)) {
    if (d.strIndex !== null) d.strIndex.delete(key.value);
  } else {
    const h = d.hashes[i];
    const slot = d.objIndex!.get(h)!;
    if (typeof slot === 'number') d.objIndex!.delete(h);
    else {
      const rest = slot.filter((j) => j !== i);
      d.objIndex!.set(h, rest.length === 1 ? rest[0] : rest);
    }
  }
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  // Trailing holes can simply be dropped; interior holes wait for compact().
  while (d.keys.length && d.keys[d.keys.length - 1] === null) {
    d.keys.pop(); d.values.pop(); d.hashes.pop();
  }
  // delitem_common: the key, then the value (a caller returning it gives it a new owner
  // before the next safe point).
  Py_DECREF(key);
  if (old !== null) Py_DECREF(old);
  return old;
}

/** Squeeze out deleted entries and rebuild the index (entry positions change). */
export function compact(d: PyDict): void {
  const keys = d.keys, values = d.values, hashes = d.hashes;
  d.keys = []; d.values = []; d.hashes = [];
  d.strIndex = null; d.objIndex = null; d.used = 0;
  const v = d.version;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null) appendEntry(d, k, values[i]!, hashes[i]);
  }
  d.version = v + 1;
}

export function dictClear(d: PyDict): void {
  if (d.ma_split !== null) splitClear(d); else dictkeysClear(d);
  const keys = d.keys, values = d.values;
  d.keys = []; d.values = []; d.hashes = [];
  d.strIndex = null; d.objIndex = null; d.used = 0; d.version++;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    Py_DECREF(k);
    Py_DECREF(values[i]!);
  }
}

/** Live (key, value) pairs in order — for natives that need a snapshot. */
export function dictItems(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) out.push([k, d.values[i]!]);
  }
  return out;
}
