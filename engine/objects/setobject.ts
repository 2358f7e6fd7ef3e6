// ## set and frozenset
//
// Models Objects/setobject.c (3.11): an open-addressing table with linear probing
// (LINEAR_PROBES = 9) then perturbed jumps, dummy entries for deletions, and the same
// resize policy — so iteration order, which Python programs print, equals CPython's.

import { gcTrack } from '../memory/gcstate.js';
import { Py_DECREF, countedFields } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GE, NB_AND, NB_OR, NB_XOR, NB_SUBTRACT, NB_INPLACE } from './object.js';
import { PyType, isSubtype } from './type.js';
import { PySet_Type, PyFrozenSet_Type, PySetIter_Type, PyLong_Type, PyUnicode_Type } from './typeobjects.js';
import { newInt, type PyInt } from './int.js';
import { newTuple } from './tuple.js';
import { Py_NotImplemented, Py_None, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseKeyError, raise, RuntimeError, PyBaseException } from './exceptions.js';
import { typeName, hashObject, richCompareBool, iterableToArray, reprString, getIter, iterNext } from './abstract.js';
import { exactHash } from './hashexact.js';
import { setTableResized, setSizeof } from '../memory/containers.js';

const PERTURB_SHIFT = 5, LINEAR_PROBES = 9, MINSIZE = 8;
const DUMMY = { dummy: true } as unknown as PyObject;

/**
 * An entry's hash, CPython's 64-bit Py_hash_t: a JS number when it is a safe integer, else a
 * bigint.  Each value has one form, so === compares two of them; small ints (most set keys)
 * then cost no BigInt allocation, and probing works on 32-bit halves (probeLo, probeHi).
 */
export type SetHash = number | bigint;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

function toSetHash(h: bigint): SetHash {
  return h <= MAX_SAFE_BIG && h >= -MAX_SAFE_BIG ? Number(h) : h;
}

/** The low and high 32 bits of the hash as size_t: CPython's perturb, and the first index. */
function probeLo(h: SetHash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function probeHi(h: SetHash): number {
  return typeof h === 'number' ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}
// The next probe: perturb >>= PERTURB_SHIFT (on the two halves); i = (i * 5 + 1 + perturb) & mask,
// whose low bits depend only on perturb's low half (i * 5 + 1 + lo stays below 2**53, and &
// takes it modulo 2**32).

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  hashes: SetHash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  hashCache = -1;
  /** Address of the table block when the table outgrows the 8 inline entries; 0 otherwise. */
  ob_tableaddr = 0;
  constructor(type: PyType) { super(type); gcTrack(this); }
}

function isSet(o: PyObject): o is PySet { return o instanceof PySet; }

/** Hashes are 64-bit in CPython; frozenset's hash mixes the unsigned value. */
function uhash(h: SetHash): bigint { return BigInt.asUintN(64, typeof h === 'number' ? BigInt(h) : h); }

function lookup(s: PySet, key: PyObject, hash: SetHash): number {
  let lo = probeLo(hash), hi = probeHi(hash);
  let i = lo & s.mask;
  for (;;) {
    for (let j = 0, probes = i + LINEAR_PROBES <= s.mask ? LINEAR_PROBES : 0; j <= probes; j++) {
      const k = s.keys[i + j];
      if (k === null) return -(i + j) - 1;
      if (k !== DUMMY && s.hashes[i + j] === hash && (k === key || richCompareBool(k, key, Py_EQ))) return i + j;
    }
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
    hi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + lo) & s.mask;
  }
}

/** Models set_add_entry: reuse the first dummy on the probe path. */
function insert(s: PySet, key: PyObject, hash: SetHash): void {
  let lo = probeLo(hash), hi = probeHi(hash);
  let i = lo & s.mask;
  let freeslot = -1;
  for (;;) {
    for (let j = 0, probes = i + LINEAR_PROBES <= s.mask ? LINEAR_PROBES : 0; j <= probes; j++) {
      const idx = i + j;
      const k = s.keys[idx];
      if (k === null) {
        const at = freeslot >= 0 ? freeslot : idx;
        if (freeslot < 0) s.fill++;
        key.ob_refcnt++; // the set owns a reference to each key
        s.keys[at] = key;
        s.hashes[at] = hash;
        s.used++;
        if (freeslot < 0 && s.fill * 5 >= s.mask * 3) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
        return;
      }
      if (k === DUMMY) { if (freeslot < 0) freeslot = idx; continue; }
      if (s.hashes[idx] === hash && (k === key || richCompareBool(k, key, Py_EQ))) return;
    }
    lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
    hi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + lo) & s.mask;
  }
}

function resize(s: PySet, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const oldKeys = s.keys, oldHashes = s.hashes;
  s.keys = new Array(size).fill(null);
  s.hashes = new Array(size).fill(0);
  s.mask = size - 1;
  setTableResized(s);
  s.fill = s.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k === null || k === DUMMY) continue;
    // set_insert_clean: no dummies, no equality checks.
    const h = oldHashes[i];
    let lo = probeLo(h), hi = probeHi(h);
    let j = lo & s.mask;
    for (;;) {
      let placed = false;
      for (let t = 0, probes = j + LINEAR_PROBES <= s.mask ? LINEAR_PROBES : 0; t <= probes; t++) {
        if (s.keys[j + t] === null) { s.keys[j + t] = k; s.hashes[j + t] = h; placed = true; break; }
      }
      if (placed) break;
      lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
      hi >>>= PERTURB_SHIFT;
      j = (j * 5 + 1 + lo) & s.mask;
    }
  }
}

/**
 * A key's hash: an exact int held as a JS number is its own hash (below 2**61 - 1, -1 becomes
 * -2), which neither calls the slot nor allocates; anything else is hashed by its slot
 * (which raises for the unhashable) and exactly by exactHash.
 */
function setHash(key: PyObject): SetHash {
  if (key.ob_type === PyLong_Type) {
    const v = (key as PyInt).value;
    if (typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER) return v === -1 ? -2 : v;
  } else if (key.ob_type !== PyUnicode_Type) {
    hashObject(key);
  }
  return toSetHash(exactHash(key));
}

/** A set being looked up in a set is looked up as the equivalent frozenset (set_contains). */
function keyHash(key: PyObject): SetHash {
  try {
    return setHash(key);
  } catch (e) {
    if (e instanceof PyBaseException && key.ob_type === PySet_Type && e.ob_type.tp_name === 'TypeError') {
      return toSetHash(BigInt(frozenHash(key as PySet)));
    }
    throw e;
  }
}

export function setAdd(s: PySet, key: PyObject): void {
  insert(s, key, setHash(key));
}
export function setContains(s: PySet, key: PyObject): boolean {
  return lookup(s, key, keyHash(key)) >= 0;
}
function setDiscard(s: PySet, key: PyObject): boolean {
  const i = lookup(s, key, keyHash(key));
  if (i < 0) return false;
  const old = s.keys[i]!;
  s.keys[i] = DUMMY;
  s.used--;
  Py_DECREF(old);
  return true;
}

/** Models setobject.c: set_merge() — presize, then copy or clean-insert in the other's table order. */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    so.keys = other.keys.slice();
    for (const k of so.keys) if (k !== null && k !== DUMMY) k.ob_refcnt++;
    so.hashes = other.hashes.slice();
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k === null || k === DUMMY) continue;
      const h = other.hashes[i];
      let lo = probeLo(h), hi = probeHi(h);
      let j = lo & so.mask;
      for (;;) {
        let placed = false;
        for (let t = 0, probes = j + LINEAR_PROBES <= so.mask ? LINEAR_PROBES : 0; t <= probes; t++) {
          if (so.keys[j + t] === null) { k.ob_refcnt++; so.keys[j + t] = k; so.hashes[j + t] = h; placed = true; break; }
        }
        if (placed) break;
        lo = ((lo >>> PERTURB_SHIFT) | (hi << (32 - PERTURB_SHIFT))) >>> 0;
        hi >>>= PERTURB_SHIFT;
        j = (j * 5 + 1 + lo) & so.mask;
      }
    }
    so.fill = other.used;
    so.used = other.used;
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== DUMMY) insert(so, k, other.hashes[i]);
  }
}

/** set_update_internal: sets merge table-wise, anything else item by item. */
function updateFrom(so: PySet, o: PyObject): void {
  if (isSet(o)) { setMerge(so, o); return; }
  for (const x of iterableToArray(o)) setAdd(so, x);
}

export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const k of s.keys) if (k !== null && k !== DUMMY) out.push(k);
  return out;
}

function newSetOf(type: PyType, items: Iterable<PyObject>): PySet {
  const s = new PySet(type);
  for (const x of items) setAdd(s, x);
  return s;
}

function clear(s: PySet): void {
  const old = s.keys;
  s.keys = new Array(MINSIZE).fill(null); s.hashes = new Array(MINSIZE).fill(0);
  s.mask = MINSIZE - 1; s.fill = 0; s.used = 0;
  setTableResized(s);
  for (const k of old) if (k !== null && k !== DUMMY) Py_DECREF(k);
}

/** Models frozenset_hash: shuffle each entry hash, xor them, then mix with the size. */
function frozenHash(s: PySet): number {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (let i = 0; i <= s.mask; i++) {
    const k = s.keys[i];
    if (k !== null && k !== DUMMY) hash ^= shuffle(uhash(s.hashes[i]));
  }
  if ((s.mask + 1 - s.fill) & 1) hash ^= shuffle(0n);
  hash ^= ((BigInt(s.used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  let r = Number(BigInt.asIntN(64, hash));
  if (r === -1) r = 590923713;
  return r;
}

function otherItems(o: PyObject): PyObject[] {
  return isSet(o) ? setItems(o) : iterableToArray(o);
}

function result(s: PyObject, items: Iterable<PyObject>): PySet {
  return newSetOf(s.ob_type === PyFrozenSet_Type || isSubtype(s.ob_type, PyFrozenSet_Type) ? PyFrozenSet_Type : PySet_Type, items);
}

function setRepr(o: PyObject): string {
  const s = o as PySet;
  const name = s.ob_type.shortName;
  if (s.used === 0) return `${name}()`;
  if (activeRepr.has(o)) return `${name}(...)`;
  activeRepr.add(o);
  try {
    const body = '{' + setItems(s).map((x) => reprString(x)).join(', ') + '}';
    return s.ob_type === PySet_Type ? body : `${name}(${body})`;
  } finally {
    activeRepr.delete(o);
  }
}
const activeRepr = new Set<PyObject>();

function subset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  return setItems(a).every((x) => setContains(b, x));
}

function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isSet(b)) return Py_NotImplemented;
  const x = a as PySet;
  switch (op) {
    case Py_EQ: return newBool(x.used === b.used && subset(x, b));
    case Py_NE: return newBool(!(x.used === b.used && subset(x, b)));
    case Py_LE: return newBool(subset(x, b));
    case Py_GE: return newBool(subset(b, x));
    case Py_LT: return newBool(x.used < b.used && subset(x, b));
    default: return newBool(x.used > b.used && subset(b, x));
  }
}

const binop = (f: (a: PySet, b: PySet) => PyObject[]) => (a: PyObject, b: PyObject): PyObject => {
  if (!isSet(a) || !isSet(b)) return Py_NotImplemented;
  return result(a, f(a, b));
};
const inter = (a: PySet, b: PySet) => setItems(a).filter((x) => setContains(b, x));
const union = (a: PySet, b: PySet) => [...setItems(a), ...setItems(b)];
const diff = (a: PySet, b: PySet) => setItems(a).filter((x) => !setContains(b, x));
const symdiff = (a: PySet, b: PySet) => [...diff(a, b), ...diff(b, a)];

class SetIter extends PyObject {
  pos = 0;
  seen = 0;
  constructor(readonly set: PySet, readonly size: number) { super(PySetIter_Type); set.ob_refcnt++; gcTrack(this); }
}
// setiter_dealloc: the iterator gives back its reference to the set.
countedFields(SetIter, ['set']);

type Fn = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;
const m = (name: string, fn: Fn) => ({ name, fn });
const S = (o: PyObject) => o as PySet;

function inplace(f: (s: PySet, other: PyObject[]) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(b)) return Py_NotImplemented;
    f(S(a), setItems(b));
    return a;
  };
}

const common = [
  // setobject.c: frozenset_copy hands back an exact frozenset itself.
  m('copy', (s) => (s.ob_type === PyFrozenSet_Type ? s : result(s, setItems(S(s))))),
  m('union', (s, a) => result(s, [...setItems(S(s)), ...a.flatMap(otherItems)])),
  m('intersection', (s, a) => { let cur = setItems(S(s)); for (const o of a) { const t = newSetOf(PySet_Type, otherItems(o)); cur = cur.filter((x) => setContains(t, x)); } return result(s, cur); }),
  m('difference', (s, a) => { let cur = setItems(S(s)); for (const o of a) { const t = newSetOf(PySet_Type, otherItems(o)); cur = cur.filter((x) => !setContains(t, x)); } return result(s, cur); }),
  m('symmetric_difference', (s, a) => result(s, symdiff(S(s), newSetOf(PySet_Type, otherItems(a[0]))))),
  m('issubset', (s, a) => newBool(subset(S(s), isSet(a[0]) ? a[0] : newSetOf(PySet_Type, otherItems(a[0]))))),
  m('issuperset', (s, a) => newBool(otherItems(a[0]).every((x) => setContains(S(s), x)))),
  m('isdisjoint', (s, a) => newBool(!otherItems(a[0]).some((x) => setContains(S(s), x)))),
  m('__reduce__', (s) => newTuple([s.ob_type, newTuple([newListOf(setItems(S(s)))]), Py_None])),
  m('__sizeof__', (s) => newInt(setSizeof(S(s)))),
];
let newListOf: (items: PyObject[]) => PyObject = () => Py_None;
export function setListFactory(f: (items: PyObject[]) => PyObject): void { newListOf = f; }

const slotsCommon = {
  tp_repr: setRepr,
  tp_richcompare: richcompare,
  mp_length: (o: PyObject) => S(o).used,
  sq_contains: (o: PyObject, x: PyObject) => setContains(S(o), x),
  tp_iter: (o: PyObject) => new SetIter(S(o), S(o).used),
};
const nbCommon = { [NB_AND]: binop(inter), [NB_OR]: binop(union), [NB_XOR]: binop(symdiff), [NB_SUBTRACT]: binop(diff) };

defineType(PySet_Type, {
  doc: 'set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.',
  basicsize: 200,
  slots: {
    ...slotsCommon,
    tp_new: (type) => new PySet(type),
    tp_init: (self, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('set() takes no keyword arguments');
      if (args.length > 1) raiseTypeError(`set expected at most 1 argument, got ${args.length}`);
      clear(S(self));
      if (args.length) updateFrom(S(self), args[0]);
    },
  },
  nb: {
    ...nbCommon,
    [NB_AND + NB_INPLACE]: inplace((s, o) => { const keep = new Set(o); const t = newSetOf(PySet_Type, o); for (const x of setItems(s)) if (!setContains(t, x)) setDiscard(s, x); void keep; }),
    [NB_OR + NB_INPLACE]: inplace((s, o) => { for (const x of o) setAdd(s, x); }),
    [NB_SUBTRACT + NB_INPLACE]: inplace((s, o) => { for (const x of o) setDiscard(s, x); }),
    [NB_XOR + NB_INPLACE]: inplace((s, o) => { for (const x of o) { if (!setDiscard(s, x)) setAdd(s, x); } }),
  },
  methods: [
    ...common,
    m('add', (s, a) => { setAdd(S(s), a[0]); return Py_None; }),
    m('discard', (s, a) => { setDiscard(S(s), a[0]); return Py_None; }),
    m('remove', (s, a) => { if (!setDiscard(S(s), a[0])) raiseKeyError(a[0]); return Py_None; }),
    m('pop', (s) => {
      const set = S(s);
      if (set.used === 0) raiseKeyError(newStrRef.fn('pop from an empty set'));
      let i = set.finger & set.mask;
      while (set.keys[i] === null || set.keys[i] === DUMMY) i = (i + 1) & set.mask;
      const k = set.keys[i]!;
      set.keys[i] = DUMMY;
      set.used--;
      set.finger = i + 1;
      Py_DECREF(k); // the caller's stack takes it before the next safe point
      return k;
    }),
    m('clear', (s) => { clear(S(s)); return Py_None; }),
    m('update', (s, a) => { for (const o of a) updateFrom(S(s), o); return Py_None; }),
    m('intersection_update', (s, a) => { for (const o of a) { const t = newSetOf(PySet_Type, otherItems(o)); for (const x of setItems(S(s))) if (!setContains(t, x)) setDiscard(S(s), x); } return Py_None; }),
    m('difference_update', (s, a) => { for (const o of a) for (const x of otherItems(o)) setDiscard(S(s), x); return Py_None; }),
    m('symmetric_difference_update', (s, a) => { for (const x of newSetOf(PySet_Type, otherItems(a[0])).keys) if (x !== null && x !== DUMMY && !setDiscard(S(s), x)) setAdd(S(s), x); return Py_None; }),
  ],
});
defineType(PySet_Type, { slots: { tp_hash: null } });

defineType(PyFrozenSet_Type, {
  doc: 'frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.',
  basicsize: 200,
  slots: {
    ...slotsCommon,
    tp_new: (type, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('frozenset() takes no keyword arguments');
      if (args.length > 1) raiseTypeError(`frozenset expected at most 1 argument, got ${args.length}`);
      if (args.length && args[0].ob_type === PyFrozenSet_Type && type === PyFrozenSet_Type) return args[0];
      const fs = new PySet(type);
      if (args.length) updateFrom(fs, args[0]);
      return fs;
    },
    tp_hash: (o) => { const s = S(o); if (s.hashCache === -1) s.hashCache = frozenHash(s); return s.hashCache; },
  },
  nb: nbCommon,
  methods: common,
});

defineType(PySetIter_Type, {
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as SetIter;
      const set = it.set;
      if (set.used !== it.size) { it.pos = Number.MAX_SAFE_INTEGER; raise(RuntimeError, 'Set changed size during iteration'); }
      while (it.pos <= set.mask) {
        const k = set.keys[it.pos++];
        if (k !== null && k !== DUMMY) return k;
      }
      return null;
    },
  },
});

export const newStrRef: { fn: (s: string) => PyObject } = { fn: () => Py_None };
export { typeName, getIter, iterNext };
