// ## list and tuple behaviour
//
// Models Objects/listobject.c and Objects/tupleobject.c: reprs (with `[...]` for a list that
// contains itself), lexicographic comparison, indexing and slice assignment, the methods,
// CPython's over-allocation (list_resize) kept in `allocated`, and tuple hashing (xxHash as
// 3.11's tuplehash).  list.sort is CPython's timsort (listsort.ts).

import { gcTrack } from '../memory/gcstate.js';
import { countedFields } from '../memory/refcount.js';
import { Py_DECREF, increfAll } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyType } from './type.js';
import { PyRange_Type, PyList_Type, PyTuple_Type, PyListIter_Type, PyListRevIter_Type, PyTupleIter_Type, PySlice_Type } from './typeobjects.js';
import { PyList } from './list.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyInt, newInt } from './int.js';
import { Py_NotImplemented, Py_None, Py_True, Py_False, compareResult } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseIndexError } from './exceptions.js';
import {
  typeName, index, iterableToArray, asSsize, reprString, richCompareBool, richCompare, hashObject, call, isTrue, isIndexable,
  fastSequence, enterRecursiveCall, leaveRecursiveCall,
} from './abstract.js';
import { sliceIndicesOf } from './sliceobject.js';
import { timsort } from './listsort.js';
import { listResize as listResizeModel, listSetAllocated, listExtended, listInitialized } from '../memory/containers.js';
import { listSizeof, objectSizeof } from '../memory/sizeof_core.js';
import { ensureAllocatable } from '../memory/limit.js';

/** list_resize (engine/memory/containers.ts keeps the item block and CPython's growth rule). */
export function listResize(l: PyList, newsize: number): void {
  listResizeModel(l, newsize);
}

function listAppend(l: PyList, v: PyObject): void {
  listResize(l, l.items.length + 1);
  v.ob_refcnt++;
  l.items.push(v);
}

/** Drop the references of items removed from a list, last first (list_ass_slice, _list_clear). */
function releaseItems(removed: readonly PyObject[]): void {
  for (let i = removed.length - 1; i >= 0; i--) Py_DECREF(removed[i]);
}

/** _list_clear: the list lets go of its item block, then of its items (last first). */
function listClear(l: PyList): void {
  const old = l.items;
  l.items = [];
  listSetAllocated(l, 0);
  releaseItems(old);
}

const reprActive = new Set<PyObject>();

function seqRepr(o: PyObject, open: string, close: string, single: boolean): string {
  const items = (o as PyList | PyTuple).items;
  if (items.length === 0) return open + close;
  if (reprActive.has(o)) return open + '...' + close;
  reprActive.add(o);
  try {
    const parts = items.map((x) => reprString(x));
    return open + parts.join(', ') + (single && items.length === 1 ? ',' : '') + close;
  } finally {
    reprActive.delete(o);
  }
}

function seqCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!richCompareBool(a[i], b[i], Py_EQ)) break;
  if (i >= n) {
    const c = a.length - b.length;
    return compareResult(c, op);
  }
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return richCompare(a[i], b[i], op);
}

/**
 * The first index in [start, stop) holding an item equal to x.  Like listobject.c's loops it
 * re-reads the list at every step, since an __eq__ may mutate it.
 */
function listFind(l: PyList, x: PyObject, start: number, stop: number): number {
  for (let i = start; i < stop && i < l.items.length; i++) {
    const y = l.items[i];
    if (y === x || richCompareBool(y, x, Py_EQ)) return i;
  }
  return -1;
}

/** A METH_O method's argument check: list.count() and friends take exactly one argument. */
function oneArg(name: string, a: PyObject[]): null {
  if (a.length !== 1) raiseTypeError(`list.${name}() takes exactly one argument (${a.length} given)`);
  return null;
}

function getIndex(key: PyObject, n: number, what: string): number {
  if (!isIndexable(key)) raiseTypeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  let i = asSsize(key);
  if (i < 0) i += n;
  return i;
}

function sliceOf(items: PyObject[], key: PyObject): PyObject[] {
  const [start, stop, step, len] = sliceIndicesOf(key, items.length);
  if (step === 1) return items.slice(start, stop);
  const out: PyObject[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) out.push(items[j]);
  return out;
}

function listAssSubscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  const l = o as PyList;
  const items = l.items;
  if (key.ob_type === PySlice_Type) {
    const [start, stop, step, len] = sliceIndicesOf(key, items.length);
    if (step === 1) {
      if (v !== null && v.ob_type.tp_iter === null && !v.ob_type.sq_item) raiseTypeError('can only assign an iterable');
      const src = v === null ? [] : v === o ? items.slice() : iterableToArray(v);
      increfAll(src);
      const removed = items.splice(start, Math.max(0, stop - start), ...src);
      listResize(l, items.length);
      releaseItems(removed);
      return;
    }
    if (v === null) {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      l.items = items.filter((_, i) => !drop.has(i));
      listResize(l, l.items.length);
      releaseItems(items.filter((_, i) => drop.has(i)));
      return;
    }
    const src = iterableToArray(v);
    if (src.length !== len) raiseValueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${len}`);
    const old: PyObject[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) { src[i].ob_refcnt++; old.push(items[j]); items[j] = src[i]; }
    releaseItems(old);
    return;
  }
  const i = getIndex(key, items.length, 'list');
  if (i < 0 || i >= items.length) raiseIndexError(v === null ? 'list assignment index out of range' : 'list assignment index out of range');
  if (v === null) {
    const old = items.splice(i, 1)[0];
    listResize(l, items.length);
    Py_DECREF(old);
  } else {
    const old = items[i];
    v.ob_refcnt++;
    items[i] = v;
    Py_DECREF(old);
  }
}

class SeqIter extends PyObject {
  i = 0;
  constructor(readonly seq: PyList | PyTuple, t: PyType, readonly reverse = false) {
    super(t);
    seq.ob_refcnt++;
    if (reverse) this.i = seq.items.length - 1;
    gcTrack(this);
  }
}
countedFields(SeqIter, ['seq']);

/** list.sort: keys first (in list order), then reverse, timsort, reverse back — as list_sort_impl. */
function listSort(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [key, reverseArg] = parseArgs('sort', args, kw, { names: ['key', 'reverse'], required: 0, posonly: 0, kwonlyFrom: 0 });
  const l = self as PyList;
  const reverse = reverseArg !== null && isTrue(reverseArg);
  // The list looks empty while it is sorted, so a key or __lt__ that mutates it cannot
  // disturb the sort; any mutation is reported afterwards.
  const vals = l.items;
  const allocated = l.allocated;
  l.items = [];
  l.allocated = -1;
  let mutated: boolean;
  try {
    const keys = key === null || key === Py_None ? null : vals.map((x) => call(key, [x]));
    if (reverse) { keys?.reverse(); vals.reverse(); }
    timsort(keys ?? vals, keys === null ? null : vals);
    if (reverse) vals.reverse();
  } finally {
    mutated = l.allocated !== -1;
    l.items = vals;
    l.allocated = allocated;
  }
  if (mutated) raiseValueError('list modified during sort');
  return Py_None;
}

const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject, doc?: string) => ({ name, fn, doc });
const L = (o: PyObject) => o as PyList;

defineType(PyList_Type, {
  doc: 'Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.',
  basicsize: 56,
  sequence: true,
  slots: {
    tp_new: (type) => new PyList([], type),
    tp_init: (self, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('list() takes no keyword arguments');
      if (args.length > 1) raiseTypeError(`list expected at most 1 argument, got ${args.length}`);
      const l = L(self);
      const old = l.items;
      l.items = [];
      listSetAllocated(l, 0);
      releaseItems(old);
      if (args.length) {
        const a0 = args[0];
        // A range knows its length without running code: refuse one that cannot fit before building it.
        if (a0.ob_type === PyRange_Type) ensureAllocatable(8 * a0.ob_type.mp_length!(a0));
        const src = iterableToArray(a0);
        increfAll(src);
        l.items = src;
        const sized = a0.ob_type.mp_length !== null ? src.length : -1;
        listInitialized(l, sized, a0 instanceof PyList || a0 instanceof PyTuple);
      }
    },
    tp_repr: (o) => seqRepr(o, '[', ']', false),
    tp_richcompare: (a, b, op) => (b instanceof PyList ? seqCompare(L(a).items, L(b).items, op) : Py_NotImplemented),
    mp_length: (o) => L(o).items.length,
    mp_subscript: (o, key) => {
      const items = L(o).items;
      if (key.ob_type === PySlice_Type) return new PyList(sliceOf(items, key));
      const i = getIndex(key, items.length, 'list');
      if (i < 0 || i >= items.length) raiseIndexError('list index out of range');
      return items[i];
    },
    mp_ass_subscript: listAssSubscript,
    sq_contains: (o, x) => listFind(L(o), x, 0, Infinity) >= 0,
    sq_concat: (a, b) => {
      if (!(b instanceof PyList)) raiseTypeError(`can only concatenate list (not "${typeName(b)}") to list`);
      return new PyList([...L(a).items, ...b.items]);
    },
    sq_repeat: (a, n) => {
      if (n > 0) ensureAllocatable(8 * L(a).items.length * n);
      const out: PyObject[] = [];
      for (let i = 0; i < n; i++) out.push(...L(a).items);
      return new PyList(out);
    },
    sq_inplace_concat: (a, b) => {
      const add = iterableToArray(b);
      for (const x of add) listAppend(L(a), x);
      return a;
    },
    sq_inplace_repeat: (a, n) => {
      if (n > 0) ensureAllocatable(8 * L(a).items.length * n);
      const items = L(a).items.slice();
      L(a).items = [];
      for (let i = 0; i < n; i++) L(a).items.push(...items);
      listResize(L(a), L(a).items.length);
      increfAll(L(a).items);
      releaseItems(items);
      return a;
    },
    tp_iter: (o) => new SeqIter(L(o), PyListIter_Type),
    tp_hash: null,
  },
  methods: [
    m('append', (s, a) => { if (a.length !== 1) raiseTypeError(`list.append() takes exactly one argument (${a.length} given)`); listAppend(L(s), a[0]); return Py_None; }),
    m('extend', (s, a) => {
      oneArg('extend', a);
      if (a[0].ob_type.tp_iter === null && !a[0].ob_type.sq_item) raiseTypeError(`'${typeName(a[0])}' object is not iterable`);
      const src = a[0] === s ? L(s).items.slice() : iterableToArray(a[0]);
      const l = L(s), old = l.items.length;
      // The list counts each item it takes (list_extend's Py_INCREF).
      for (const x of src) { x.ob_refcnt++; l.items.push(x); }
      listExtended(l, old, a[0] instanceof PyList || a[0] instanceof PyTuple ? -1 : a[0].ob_type.mp_length !== null ? src.length : 8);
      return Py_None;
    }),
    m('insert', (s, a) => {
      if (a.length !== 2) raiseTypeError(`insert expected 2 arguments, got ${a.length}`);
      const items = L(s).items;
      let i = asSsize(index(a[0]), null);
      if (i < 0) { i += items.length; if (i < 0) i = 0; } else if (i > items.length) i = items.length;
      listResize(L(s), items.length + 1);
      a[1].ob_refcnt++;
      items.splice(i, 0, a[1]);
      return Py_None;
    }),
    m('pop', (s, a) => {
      const items = L(s).items;
      if (items.length === 0) raiseIndexError('pop from empty list');
      let i = a.length ? asSsize(a[0]) : items.length - 1;
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raiseIndexError('pop index out of range');
      const v = items.splice(i, 1)[0];
      listResize(L(s), items.length);
      Py_DECREF(v); // the caller's stack takes it (a zero count waits for the next safe point)
      return v;
    }),
    m('remove', (s, a) => {
      oneArg('remove', a);
      const i = listFind(L(s), a[0], 0, Infinity);
      if (i < 0) raiseValueError('list.remove(x): x not in list');
      const old = L(s).items.splice(i, 1)[0];
      listResize(L(s), L(s).items.length);
      Py_DECREF(old);
      return Py_None;
    }),
    m('index', (s, a) => {
      if (a.length < 1 || a.length > 3) raiseTypeError(`index expected ${a.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'}, got ${a.length}`);
      const items = L(s).items;
      const n = items.length;
      const norm = (o: PyObject | undefined, d: number) => {
        if (o === undefined) return d;
        let v = asSsize(index(o), null);
        if (v < 0) { v += n; if (v < 0) v = 0; }
        return v;
      };
      const st = norm(a[1], 0), en = Math.min(norm(a[2], n), n);
      const i = listFind(L(s), a[0], st, en);
      if (i >= 0) return newInt(i);
      raiseValueError(`${reprString(a[0])} is not in list`);
    }),
    m('count', (s, a) => {
      oneArg('count', a);
      let c = 0;
      // The length is re-read each time: an __eq__ may shrink the list (list_count).
      for (let i = 0; i < L(s).items.length; i++) if (richCompareBool(L(s).items[i], a[0], Py_EQ)) c++;
      return newInt(c);
    }),
    m('clear', (s) => { listClear(L(s)); return Py_None; }),
    m('copy', (s) => new PyList(L(s).items.slice())),
    m('reverse', (s) => { L(s).items.reverse(); return Py_None; }),
    m('sort', listSort, 'Sort the list in ascending order and return None.'),
    m('__reversed__', (s) => new SeqIter(L(s), PyListRevIter_Type, true)),
    m('__sizeof__', (s) => newInt(listSizeof(L(s))), 'Return the size of the list in memory, in bytes.'),
  ],
});

// ## tuple

/** Models Objects/tupleobject.c (3.11): tuplehash, the xxHash-based combination. */
export function tupleHash(items: PyObject[]): number {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  const M = (1n << 64n) - 1n;
  let acc = P5;
  for (const x of items) {
    const lane = BigInt.asUintN(64, BigInt(hashObject(x)));
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  const r = Number(BigInt.asIntN(64, acc));
  return r === -1 ? -2 : r;
}

const T = (o: PyObject) => o as PyTuple;

defineType(PyTuple_Type, {
  doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
  basicsize: 24,
  itemsize: 8,
  sequence: true,
  slots: {
    tp_new: (type, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('tuple() takes no keyword arguments');
      if (args.length > 1) raiseTypeError(`tuple expected at most 1 argument, got ${args.length}`);
      if (args.length === 0) return type === PyTuple_Type ? newTuple([]) : new PyTuple([], type);
      if (type === PyTuple_Type && args[0].ob_type === PyTuple_Type) return args[0];
      const items = iterableToArray(args[0]);
      return type === PyTuple_Type ? newTuple(items) : new PyTuple(items, type);
    },
    tp_repr: (o) => seqRepr(o, '(', ')', true),
    tp_hash: (o) => tupleHash(T(o).items),
    tp_richcompare: (a, b, op) => (b instanceof PyTuple ? seqCompare(T(a).items, T(b).items, op) : Py_NotImplemented),
    mp_length: (o) => T(o).items.length,
    mp_subscript: (o, key) => {
      const items = T(o).items;
      if (key.ob_type === PySlice_Type) {
        // tupleobject.c: tuplesubscript shares the tuple itself only for a whole forward slice.
        const [start, , step, len] = sliceIndicesOf(key, items.length);
        if (start === 0 && step === 1 && len === items.length && o.ob_type === PyTuple_Type) return o;
        return newTuple(sliceOf(items, key));
      }
      const i = getIndex(key, items.length, 'tuple');
      if (i < 0 || i >= items.length) raiseIndexError('tuple index out of range');
      return items[i];
    },
    sq_contains: (o, x) => T(o).items.some((y) => richCompareBool(y, x, Py_EQ)),
    sq_concat: (a, b) => {
      if (!(b instanceof PyTuple)) raiseTypeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
      return newTuple([...T(a).items, ...b.items]);
    },
    sq_repeat: (a, n) => {
      if (n === 1 && a.ob_type === PyTuple_Type) return a;
      if (n > 0) ensureAllocatable(8 * T(a).items.length * n);
      const out: PyObject[] = [];
      for (let i = 0; i < n; i++) out.push(...T(a).items);
      return newTuple(out);
    },
    tp_iter: (o) => new SeqIter(T(o), PyTupleIter_Type),
  },
  methods: [
    m('index', (s, a) => {
      const items = T(s).items;
      for (let i = a.length > 1 ? Number(index(a[1]).value) : 0; i < (a.length > 2 ? Math.min(Number(index(a[2]).value), items.length) : items.length); i++) {
        if (i >= 0 && richCompareBool(items[i], a[0], Py_EQ)) return newInt(i);
      }
      raiseValueError('tuple.index(x): x not in tuple');
    }),
    m('count', (s, a) => newInt(T(s).items.filter((x) => richCompareBool(x, a[0], Py_EQ)).length)),
    m('__getnewargs__', (s) => newTuple([newTuple(T(s).items.slice())])),
    m('__sizeof__', (s) => newInt(objectSizeof(s)), 'Size of object in memory, in bytes.'),
  ],
});

for (const [t, rev] of [[PyListIter_Type, false], [PyListRevIter_Type, true], [PyTupleIter_Type, false]] as [PyType, boolean][]) {
  defineType(t, {
    slots: {
      tp_iter: (s) => s,
      tp_iternext: rev
        ? (s) => { const it = s as SeqIter; if (it.i >= 0 && it.i < it.seq.items.length) return it.seq.items[it.i--]; it.i = -1; return null; }
        : (s) => { const it = s as SeqIter; if (it.i < it.seq.items.length) return it.seq.items[it.i++]; it.i = Number.MAX_SAFE_INTEGER; return null; },
    },
    methods: [m('__length_hint__', (s) => { const it = s as SeqIter; return newInt(rev ? it.i + 1 : Math.max(0, it.seq.items.length - it.i)); })],
  });
}

fastSequence.items = (o) => (o.ob_type === PyList_Type || o.ob_type === PyTuple_Type ? (o as PyList).items : null);

export { listAppend, listClear, PyInt, enterRecursiveCall, leaveRecursiveCall };
