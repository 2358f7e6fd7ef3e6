// ## dict behaviour and dict views
//
// Models Objects/dictobject.c on top of the storage in dict.ts: construction and update
// from mappings or pairs, repr, ==, `|`, subscripting with __missing__ for subclasses,
// iteration that detects size changes, the methods, and the keys/values/items views.

import { gcTrack } from '../memory/gcstate.js';
import { countedFields, releaseLater } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, NB_OR, NB_INPLACE, NB_AND, NB_SUBTRACT, NB_XOR } from './object.js';
import { PyType, isSubtype } from './type.js';
import {
  PyDict_Type, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type, PyDictIterKey_Type, PyDictIterValue_Type,
  PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictRevIterItem_Type,
} from './typeobjects.js';
import { PyDict, dictGetItem, dictSetItem, dictDelItem, dictItems, dictLookup, dictClear, removeEntry } from './dict.js';
import { PyTuple, newTuple } from './tuple.js';
import { newInt } from './int.js';
import { PyStr } from './str.js';
import { Py_NotImplemented, Py_None, Py_True, Py_False, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseKeyError, raise, RuntimeError } from './exceptions.js';
import {
  typeName, reprString, richCompareBool, iterableToArray, getAttrOpt, call, callMethod, getItem, getIter, iterNext, length, contains,
} from './abstract.js';
import { callSpecial } from './typeobject.js';
import { PySet } from './setobject.js';
import { dictkeysMerge, dictkeysCopy, dictSizeof as dictSizeofModel } from '../memory/containers.js';
import { splitMerge, splitBeforePopitem, splitCopy, splitSizeof } from './dictsplit.js';

const D = (o: PyObject) => o as PyDict;

/** dict.update(other) semantics: a mapping (has keys()) or an iterable of pairs. */
export function dictMergeFrom(d: PyDict, other: PyObject): void {
  if (other instanceof PyDict && other.ob_type === PyDict_Type) {
    if (!splitMerge(d, other)) dictkeysMerge(d, other);
    for (const [k, v] of dictItems(other)) dictSetItem(d, k, v);
    return;
  }
  const keys = getAttrOpt(other, 'keys');
  if (keys !== null) {
    // PyDict_Merge on a mapping: the bound keys() and what it returns are released after.
    try {
      const view = call(keys, []);
      try {
        for (const k of iterableToArray(view)) dictSetItem(d, k, getItem(other, k));
      } finally {
        releaseLater(view);
      }
    } finally {
      releaseLater(keys);
    }
    return;
  }
  if (other.ob_type.tp_iter === null && !other.ob_type.sq_item) raiseTypeError(`'${typeName(other)}' object is not iterable`);
  iterableToArray(other).forEach((pair, i) => {
    if (pair.ob_type.tp_iter === null && !pair.ob_type.sq_item) {
      raiseTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    const kv = iterableToArray(pair);
    if (kv.length !== 2) raiseValueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    dictSetItem(d, kv[0], kv[1]);
  });
}

function updateArgs(d: PyDict, args: PyObject[], kwnames: string[] | null, fname: string): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) raiseTypeError(`${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictMergeFrom(d, args[0]);
  for (let i = 0; i < nkw; i++) dictSetItem(d, strKey(kwnames![i]), args[npos + i]);
}
let strKey: (s: string) => PyObject = () => Py_None;
export function setDictStrFactory(f: (s: string) => PyObject): void { strKey = f; }

const reprActive = new Set<PyObject>();
function dictRepr(o: PyObject): string {
  const d = D(o);
  if (d.used === 0) return '{}';
  if (reprActive.has(o)) return '{...}';
  reprActive.add(o);
  try {
    return '{' + dictItems(d).map(([k, v]) => `${reprString(k)}: ${reprString(v)}`).join(', ') + '}';
  } finally {
    reprActive.delete(o);
  }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (const [k, v] of dictItems(a)) {
    const w = dictGetItem(b, k);
    if (w === null || !richCompareBool(v, w, Py_EQ)) return false;
  }
  return true;
}

function subscript(o: PyObject, key: PyObject): PyObject {
  const v = dictGetItem(D(o), key);
  if (v !== null) return v;
  if (o.ob_type !== PyDict_Type) {
    const r = callSpecial(o, '__missing__', [key]);
    if (r !== null) return r;
  }
  raiseKeyError(key);
}

class DictIter extends PyObject {
  i: number;
  used: number;
  /** Entries still expected (dictiterobject.len): finding one more means the keys changed. */
  len: number;
  done = false;
  constructor(readonly d: PyDict, t: PyType, readonly kind: 0 | 1 | 2, readonly reverse: boolean) {
    super(t);
    d.ob_refcnt++;
    this.used = d.used;
    this.len = d.used;
    this.i = reverse ? d.keys.length - 1 : 0;
    gcTrack(this);
  }
}

function dictIterNext(o: PyObject): PyObject | null {
  const it = o as DictIter;
  const d = it.d;
  if (it.done) return null;
  if (d.used !== it.used) {
    it.used = -1;
    raise(RuntimeError, 'dictionary changed size during iteration');
  }
  if (it.reverse) {
    while (it.i >= 0 && d.keys[it.i] === null) it.i--;
    if (it.i < 0) { it.done = true; return null; }
  } else {
    while (it.i < d.keys.length && d.keys[it.i] === null) it.i++;
    if (it.i >= d.keys.length) { it.done = true; return null; }
  }
  // dictobject.c: dictiter_iternextkey — same size but a key it did not expect.
  if (it.len === 0) {
    it.done = true;
    raise(RuntimeError, 'dictionary keys changed during iteration');
  }
  it.len--;
  const i = it.reverse ? it.i-- : it.i++;
  const k = d.keys[i]!;
  return it.kind === 0 ? k : it.kind === 1 ? d.values[i]! : newTuple([k, d.values[i]!]);
}

class DictView extends PyObject {
  constructor(readonly d: PyDict, t: PyType) { super(t); d.ob_refcnt++; gcTrack(this); }
}
countedFields(DictView, ['d']);
countedFields(DictIter, ['d']);

type Fn = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;
const m = (name: string, fn: Fn, doc?: string) => ({ name, fn, doc });

defineType(PyDict_Type, {
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs",
  basicsize: 48,
  slots: {
    tp_new: (type) => new PyDict(type),
    tp_init: (self, args, kw) => updateArgs(D(self), args, kw, 'dict'),
    tp_repr: dictRepr,
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyDict) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
      const eq = dictEqual(D(a), b);
      return newBool(op === Py_EQ ? eq : !eq);
    },
    mp_length: (o) => D(o).used,
    mp_subscript: subscript,
    mp_ass_subscript: (o, k, v) => {
      if (v === null) { if (dictDelItem(D(o), k) === null) raiseKeyError(k); } else dictSetItem(D(o), k, v);
    },
    sq_contains: (o, k) => dictLookup(D(o), k) >= 0,
    tp_iter: (o) => new DictIter(D(o), PyDictIterKey_Type, 0, false),
    tp_hash: null,
  },
  nb: {
    [NB_OR]: (a, b) => {
      if (!(a instanceof PyDict) || !(b instanceof PyDict)) return Py_NotImplemented;
      const r = new PyDict();
      dictMergeFrom(r, a);
      dictMergeFrom(r, b);
      return r;
    },
    [NB_OR + NB_INPLACE]: (a, b) => { dictMergeFrom(D(a), b); return a; },
  },
  methods: [
    m('keys', (s) => new DictView(D(s), PyDictKeys_Type)),
    m('values', (s) => new DictView(D(s), PyDictValues_Type)),
    m('items', (s) => new DictView(D(s), PyDictItems_Type)),
    m('get', (s, a) => {
      if (a.length < 1 || a.length > 2) raiseTypeError(`get expected at least 1 argument, got ${a.length}`);
      return dictGetItem(D(s), a[0]) ?? (a.length > 1 ? a[1] : Py_None);
    }),
    m('setdefault', (s, a) => {
      if (a.length < 1 || a.length > 2) raiseTypeError(`setdefault expected ${a.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${a.length}`);
      const v = dictGetItem(D(s), a[0]);
      if (v !== null) return v;
      const d = a.length > 1 ? a[1] : Py_None;
      dictSetItem(D(s), a[0], d);
      return d;
    }),
    m('pop', (s, a) => {
      if (a.length < 1 || a.length > 2) raiseTypeError(`pop expected at least 1 argument, got ${a.length}`);
      const v = dictDelItem(D(s), a[0]);
      if (v !== null) return v;
      if (a.length > 1) return a[1];
      raiseKeyError(a[0]);
    }),
    m('popitem', (s) => {
      const d = D(s);
      if (d.used === 0) raiseKeyError(strKey('popitem(): dictionary is empty'));
      splitBeforePopitem(d);
      let i = d.keys.length - 1;
      while (d.keys[i] === null) i--;
      const k = d.keys[i]!, v = d.values[i]!;
      removeEntry(d, i);
      return newTuple([k, v]);
    }),
    m('update', (s, a, k) => { updateArgs(D(s), a, k, 'update'); return Py_None; }),
    m('clear', (s) => { dictClear(D(s)); return Py_None; }),
    m('copy', (s) => { const r = new PyDict(); if (!splitCopy(r, D(s))) dictkeysCopy(r, D(s)); for (const [k, v] of dictItems(D(s))) dictSetItem(r, k, v); return r; }),
    m('__reversed__', (s) => new DictIter(D(s), PyDictRevIterKey_Type, 0, true)),
    m('__sizeof__', (s) => newInt(D(s).ma_split !== null ? splitSizeof(D(s)) : dictSizeofModel(D(s)))),
    { name: 'fromkeys', kind: 'class' as const, fn: (cls: PyObject, a: PyObject[]) => {
      const d = call(cls, []);
      const v = a.length > 1 ? a[1] : Py_None;
      for (const k of iterableToArray(a[0])) {
        if (d instanceof PyDict && d.ob_type === PyDict_Type) dictSetItem(d, k, v);
        else call(getAttrOpt(d, '__setitem__')!, [k, v]);
      }
      return d;
    } },
  ],
});


for (const [t, kind, rev] of [
  [PyDictIterKey_Type, 0, false], [PyDictIterValue_Type, 1, false], [PyDictIterItem_Type, 2, false],
  [PyDictRevIterKey_Type, 0, true], [PyDictRevIterValue_Type, 1, true], [PyDictRevIterItem_Type, 2, true],
] as [PyType, number, boolean][]) {
  void kind; void rev;
  defineType(t, {
    slots: { tp_iter: (s) => s, tp_iternext: dictIterNext },
    methods: [m('__length_hint__', (s) => {
      const it = s as DictIter;
      return newInt(!it.done && it.used === it.d.used ? it.len : 0);
    })],
  });
}

// ## Views

const V = (o: PyObject) => o as DictView;

function viewItems(v: PyObject): PyObject[] {
  const d = V(v).d;
  if (v.ob_type === PyDictKeys_Type) return dictItems(d).map(([k]) => k);
  if (v.ob_type === PyDictValues_Type) return dictItems(d).map(([, x]) => x);
  return dictItems(d).map(([k, x]) => newTuple([k, x]));
}

function viewContains(v: PyObject, x: PyObject): boolean {
  const d = V(v).d;
  if (v.ob_type === PyDictKeys_Type) return dictLookup(d, x) >= 0;
  if (v.ob_type === PyDictItems_Type) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const w = dictGetItem(d, x.items[0]);
    return w !== null && richCompareBool(w, x.items[1], Py_EQ);
  }
  return viewItems(v).some((y) => richCompareBool(y, x, Py_EQ));
}

// ## Set operations on keys and items views (dictobject.c: dictviews_and/or/sub/xor)
//
// The result is built the way CPython builds it — a set made from the left operand (from
// the dict itself for a keys view), then updated in place — so that its table grows through
// the same sizes and its iteration order matches.

/** dictviews_to_set: set(left), reading an exact dict directly for a keys view. */
function viewsToSet(left: PyObject): PySet {
  const src = left instanceof DictView && left.ob_type === PyDictKeys_Type && left.d.ob_type === PyDict_Type ? left.d : left;
  return call(setTypeRef.t!, [src]) as PySet;
}

function isSetView(o: PyObject): o is DictView {
  return o instanceof DictView && o.ob_type !== PyDictValues_Type;
}

function viewsAnd(a: PyObject, b: PyObject): PyObject {
  let self = a, other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  const lenSelf = V(self).d.used;
  // A smaller view against a set reuses set.intersection.
  if (other.ob_type === setTypeRef.t && lenSelf <= length(other)) return callMethod(other, 'intersection', [self]);
  if (isSetView(other) && V(other).d.used > lenSelf) [self, other] = [other, self];
  const result = call(setTypeRef.t!, []) as PySet;
  const it = getIter(other);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    if (viewContains(self, x)) callMethod(result, 'add', [x]);
  }
  return result;
}

/** dictitems_xor: pairs of either dict whose key is missing from, or maps differently in, the other. */
function itemsXor(a: DictView, b: DictView): PyObject {
  const temp = new PyDict();
  for (const [k, v] of dictItems(a.d)) dictSetItem(temp, k, v);
  const result = call(setTypeRef.t!, []) as PySet;
  for (const [k, v2] of dictItems(b.d)) {
    const v1 = dictGetItem(temp, k);
    if (v1 !== null && richCompareBool(v1, v2, Py_EQ)) dictDelItem(temp, k);
    else callMethod(result, 'add', [newTuple([k, v2])]);
  }
  callMethod(result, 'update', [new DictView(temp, PyDictItems_Type)]);
  return result;
}

function viewSetOp(op: 'and' | 'or' | 'sub' | 'xor') {
  return (a: PyObject, b: PyObject): PyObject => {
    if (op === 'and') return viewsAnd(a, b);
    if (op === 'xor' && a instanceof DictView && b instanceof DictView && a.ob_type === PyDictItems_Type && b.ob_type === PyDictItems_Type) {
      return itemsXor(a, b);
    }
    const result = viewsToSet(a);
    const method = op === 'or' ? 'update' : op === 'sub' ? 'difference_update' : 'symmetric_difference_update';
    callMethod(result, method, [b]);
    return result;
  };
}

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== null; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

/** dictview_richcompare: views compare with sets and other set-like views as sets. */
function viewRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(isSetView(b) || b instanceof PySet)) return Py_NotImplemented;
  const la = length(a), lb = length(b);
  switch (op) {
    case Py_EQ: return newBool(la === lb && allContainedIn(a, b));
    case Py_NE: return newBool(!(la === lb && allContainedIn(a, b)));
    case Py_LT: return newBool(la < lb && allContainedIn(a, b));
    case Py_LE: return newBool(la <= lb && allContainedIn(a, b));
    case Py_GT: return newBool(la > lb && allContainedIn(b, a));
    default: return newBool(la >= lb && allContainedIn(b, a));
  }
}
export const setTypeRef: { t: PyType | null } = { t: null };

const viewNames = new Map<PyType, string>([[PyDictKeys_Type, 'dict_keys'], [PyDictValues_Type, 'dict_values'], [PyDictItems_Type, 'dict_items']]);
for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  const kind = t === PyDictKeys_Type ? 0 : t === PyDictValues_Type ? 1 : 2;
  const setLike = t !== PyDictValues_Type;
  defineType(t, {
    slots: {
      mp_length: (o) => V(o).d.used,
      tp_iter: (o) => new DictIter(V(o).d, kind === 0 ? PyDictIterKey_Type : kind === 1 ? PyDictIterValue_Type : PyDictIterItem_Type, kind as 0 | 1 | 2, false),
      sq_contains: viewContains,
      tp_repr: (o) => `${viewNames.get(o.ob_type)}([${viewItems(o).map((x) => reprString(x)).join(', ')}])`,
      ...(setLike ? { tp_richcompare: viewRichCompare } : {}),
    },
    nb: setLike ? { [NB_AND]: viewSetOp('and'), [NB_OR]: viewSetOp('or'), [NB_SUBTRACT]: viewSetOp('sub'), [NB_XOR]: viewSetOp('xor') } : {},
    methods: [
      m('__reversed__', (s) => new DictIter(V(s).d, kind === 0 ? PyDictRevIterKey_Type : kind === 1 ? PyDictRevIterValue_Type : PyDictRevIterItem_Type, kind as 0 | 1 | 2, true)),
      ...(setLike ? [m('isdisjoint', (s, a) => newBool(!iterableToArray(a[0]).some((x) => viewContains(s, x))))] : []),
    ],
    getsets: [{ name: 'mapping', get: (s) => mappingProxyRef.make(V(s).d) }],
  });
}
export const mappingProxyRef: { make: (d: PyDict) => PyObject } = { make: (d) => d };

export { Py_True, Py_False, isSubtype, PyStr, getIter, iterNext, length, parseArgs };
