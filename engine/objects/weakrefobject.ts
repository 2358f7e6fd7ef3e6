// ## Weak references: weakref.ReferenceType, ProxyType, CallableProxyType
//
// Models Objects/weakrefobject.c (3.11).  A weak reference points at its referent without
// counting; the referent keeps the list of its weak references (memory/weaklists.ts) in
// CPython's order:
//   - `ref(o)` without a callback is shared: the one basic ref sits at the head of the list
//     and `ref(o) is ref(o)`;
//   - `proxy(o)` without a callback is shared too and sits right after the basic ref;
//   - every other weak reference (with a callback, or of a ref subclass) is inserted right
//     after those two, so they come newest first.
// When the referent is deallocated (PyObject_ClearWeakRefs, after its finalizer) all its weak
// references are cleared first, and then the callbacks run in list order — newest first —
// each called with its (now dead) weak reference; an exception in a callback is reported as
// "Exception ignored in: <callback>" and the others still run.  The cycle collector clears
// weak references to garbage itself (memory/gc.ts, handle_weakrefs).

import { PyObject, Py_EQ, Py_NE, NB_SLOT_COUNT, NB_DIVMOD, NB_POWER, NB_INPLACE } from './object.js';
import { PyType, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC } from './type.js';
import {
  newStaticType, PyBaseObject_Type, PyType_Type, PySet_Type, PyFrozenSet_Type, PyFunction_Type, PyMethod_Type,
  PyCFunction_Type, PyCode_Type, PyModule_Type, PyGen_Type, PyMemoryView_Type, PyLong_Type, PyFloat_Type,
} from './typeobjects.js';
import { defineType } from './typeready.js';
import { Py_None, Py_NotImplemented, Py_True, Py_False } from './singletons.js';
import { raise, raiseTypeError, ReferenceError, PyBaseException } from './exceptions.js';
import {
  call, callMethod, getAttr, setAttr, strString, hashObject, richCompare, isTrue, length, getItem, setItem,
  delItem, contains, getIter, iterNext, binaryOp, inplaceOp, power, negative, positive, invert, absolute, index,
} from './abstract.js';
import { typeLookup } from './typeobject.js';
import { newGenericAlias } from './genericaliasobject.js';
import { PyStr } from './str.js';
import { addressHex } from '../memory/address.js';
import { weaklists, unlinkWeakref, WeakrefFields } from '../memory/weaklists.js';
import { gcTrack } from '../memory/gcstate.js';
import { deallocHooks, traverseHooks, Visit, Py_INCREF, Py_DECREF, Py_XDECREF } from '../memory/refcount.js';
import { writeUnraisable } from '../memory/finalize.js';

const GC = Py_TPFLAGS_HAVE_GC;
export const PyWeakref_RefType = newStaticType('weakref.ReferenceType', PyBaseObject_Type, Py_TPFLAGS_BASETYPE | GC);
export const PyWeakref_ProxyType = newStaticType('weakref.ProxyType', PyBaseObject_Type, GC);
export const PyWeakref_CallableProxyType = newStaticType('weakref.CallableProxyType', PyBaseObject_Type, GC);

// The builtin types whose instances have a weak-reference list (tp_weaklistoffset != 0 in
// CPython 3.11).  int, str, tuple, list, dict, bytes, float, object ... have none.
for (const t of [PyType_Type, PySet_Type, PyFrozenSet_Type, PyFunction_Type, PyMethod_Type, PyCFunction_Type,
  PyCode_Type, PyModule_Type, PyGen_Type, PyMemoryView_Type, PyWeakref_RefType]) {
  t.tp_weakrefable = t !== PyWeakref_RefType;
}

export class PyWeakReference extends PyObject implements WeakrefFields {
  wr_object: PyObject | null;
  wr_callback: PyObject | null;
  /** The referent's hash, computed on first use and kept after it dies (weakref_hash). */
  wr_hash: number | null;

  constructor(type: PyType, ob: PyObject, callback: PyObject | null) {
    super(type);
    this.wr_object = ob;
    this.wr_callback = callback;
    this.wr_hash = null;
    if (callback !== null) Py_INCREF(callback);
    gcTrack(this);
  }
}

export function isWeakref(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

export function isProxy(o: PyObject): o is PyWeakReference {
  return o.ob_type === PyWeakref_ProxyType || o.ob_type === PyWeakref_CallableProxyType;
}

// ## The list of weak references to an object

/** get_basic_refs: the shared callback-less ref and proxy at the head of the list. */
function basicRefs(list: readonly WeakrefFields[]): { ref: WeakrefFields | null; proxy: WeakrefFields | null } {
  let ref: WeakrefFields | null = null, proxy: WeakrefFields | null = null;
  let i = 0;
  if (list.length > 0 && list[0].wr_callback === null) {
    if (list[0].ob_type === PyWeakref_RefType) { ref = list[0]; i = 1; }
    const p = list[i];
    if (p !== undefined && p.wr_callback === null && isProxy(p)) proxy = p;
  }
  return { ref, proxy };
}

function insertAfter(list: WeakrefFields[], wr: WeakrefFields, prev: WeakrefFields | null): void {
  if (prev === null) list.unshift(wr); else list.splice(list.indexOf(prev) + 1, 0, wr);
}

function checkWeakrefable(ob: PyObject): void {
  if (!ob.ob_type.tp_weakrefable) raiseTypeError(`cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

/** weakref___new__: a new weak reference of `type` (ref or a subclass), or the shared one. */
export function newRef(type: PyType, ob: PyObject, callback: PyObject | null): PyWeakReference {
  checkWeakrefable(ob);
  if (callback === Py_None) callback = null;
  let list = weaklists.get(ob);
  const { ref, proxy } = basicRefs(list ?? []);
  if (callback === null && type === PyWeakref_RefType && ref !== null) return ref as PyWeakReference;
  const wr = new PyWeakReference(type, ob, callback);
  if (list === undefined) { list = []; weaklists.set(ob, list); }
  if (callback === null && type === PyWeakref_RefType) list.unshift(wr);
  else insertAfter(list, wr, proxy ?? ref);
  return wr;
}

/** weakref_proxy: a proxy, callable when the referent is; the callback-less one is shared. */
export function newProxy(ob: PyObject, callback: PyObject | null): PyWeakReference {
  checkWeakrefable(ob);
  if (callback === Py_None) callback = null;
  let list = weaklists.get(ob);
  const { ref, proxy } = basicRefs(list ?? []);
  if (callback === null && proxy !== null) return proxy as PyWeakReference;
  const type = ob.ob_type.tp_call !== null ? PyWeakref_CallableProxyType : PyWeakref_ProxyType;
  const wr = new PyWeakReference(type, ob, callback);
  if (list === undefined) { list = []; weaklists.set(ob, list); }
  insertAfter(list, wr, callback === null ? ref : (proxy ?? ref));
  return wr;
}

/** clear_weakref: unlink from the referent's list and drop the callback. */
export function clearWeakref(wr: WeakrefFields): void {
  unlinkWeakref(wr);
  const cb = wr.wr_callback;
  wr.wr_callback = null;
  Py_XDECREF(cb);
}

/** handle_callback: callback(wr); an exception is unraisable, reported against the callback. */
export function callWeakrefCallback(wr: PyObject, callback: PyObject): void {
  try {
    call(callback, [wr]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, callback);
  }
}

/**
 * PyObject_ClearWeakRefs, called by deallocation once the object's count is 0 and its
 * finalizer has run: the shared ref and proxy are cleared, then every other weak reference is
 * cleared before any callback runs, and the callbacks run in list order.  A weak reference
 * whose own count is already 0 (being freed itself) has its callback dropped, not called.
 */
export function clearWeakRefs(o: PyObject): void {
  const list = weaklists.get(o);
  if (list === undefined) return;
  if (list.length > 0 && list[0].wr_callback === null) {
    clearWeakref(list[0]);
    if (list.length > 0 && list[0].wr_callback === null) clearWeakref(list[0]);
  }
  if (list.length === 0) return;
  const pending: [WeakrefFields, PyObject][] = [];
  for (const wr of list.slice()) {
    const cb = wr.wr_callback;
    wr.wr_callback = null;
    unlinkWeakref(wr);
    if (cb === null) continue;
    if (wr.ob_refcnt > 0) {
      Py_INCREF(wr);
      pending.push([wr, cb]);
    } else {
      Py_DECREF(cb);
    }
  }
  for (const [wr, cb] of pending) callWeakrefCallback(wr, cb);
  // The references taken for the calls go as CPython's tuple of (ref, callback) pairs does:
  // from its last item to its first.
  for (let i = pending.length - 1; i >= 0; i--) {
    Py_DECREF(pending[i][1]);
    Py_DECREF(pending[i][0]);
  }
}

deallocHooks.clearWeakrefs = clearWeakRefs;
deallocHooks.weakrefsFirst = (o: PyObject): boolean => o.ob_type === PyGen_Type;

// A weak reference holds (and counts) only its callback; freeing it unlinks it from its
// referent's list (weakref_dealloc / gc_clear: clear_weakref).
traverseHooks.push((o: PyObject, visit: Visit, dealloc: boolean): boolean => {
  if (!(o instanceof PyWeakReference)) return false;
  const cb = o.wr_callback;
  if (dealloc) {
    unlinkWeakref(o);
    o.wr_callback = null;
  }
  if (cb !== null) visit(cb);
  return true;
});

// ## weakref.ReferenceType

function posCount(args: PyObject[], kwnames: string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

/** PyArg_UnpackTuple(args, name, 1, 2): the referent and the optional callback. */
function unpackRefArgs(name: string, args: PyObject[], kwnames: string[] | null): [PyObject, PyObject | null] {
  const n = posCount(args, kwnames);
  if (n < 1) raiseTypeError(`${name} expected at least 1 argument, got ${n}`);
  if (n > 2) raiseTypeError(`${name} expected at most 2 arguments, got ${n}`);
  return [args[0], n > 1 ? args[1] : null];
}

const W = (o: PyObject) => o as PyWeakReference;

/** `__name__` looked up on the type, as _PyObject_LookupSpecial does. */
function specialName(o: PyObject): string | null {
  const d = typeLookup(o.ob_type, '__name__');
  if (d === null) return null;
  let v = d;
  try {
    const get = d.ob_type.tp_descr_get;
    if (get !== null) v = get(d, o, o.ob_type);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return null;
  }
  return v instanceof PyStr ? v.value : null;
}

function weakrefRepr(self: PyObject): string {
  const ob = W(self).wr_object;
  if (ob === null) return `<weakref at ${addressHex(self)}; dead>`;
  const name = specialName(ob);
  const head = `<weakref at ${addressHex(self)}; to '${ob.ob_type.tp_name}' at ${addressHex(ob)}`;
  return name === null ? `${head}>` : `${head} (${name})>`;
}

defineType(PyWeakref_RefType, {
  slots: {
    tp_new: (type, args, kwnames) => {
      const [ob, cb] = unpackRefArgs('__new__', args, kwnames);
      return newRef(type, ob, cb);
    },
    tp_init: (_self, args, kwnames) => {
      if (kwnames !== null && kwnames.length) raiseTypeError('ref() takes no keyword arguments');
      unpackRefArgs('__init__', args, kwnames);
    },
    tp_call: (self, args, kwnames) => {
      if (kwnames !== null && kwnames.length) raiseTypeError('weakref() takes no keyword arguments');
      if (args.length !== 0) raiseTypeError(`weakref expected 0 arguments, got ${args.length}`);
      return W(self).wr_object ?? Py_None;
    },
    tp_repr: weakrefRepr,
    tp_hash: (self) => {
      const wr = W(self);
      if (wr.wr_hash !== null) return wr.wr_hash;
      if (wr.wr_object === null) raiseTypeError('weak object has gone away');
      wr.wr_hash = hashObject(wr.wr_object);
      return wr.wr_hash;
    },
    // Equal when the referents are equal; once either is dead, only identical refs are.
    tp_richcompare: (self, other, op) => {
      if ((op !== Py_EQ && op !== Py_NE) || !isWeakref(self) || !isWeakref(other)) return Py_NotImplemented;
      const a = self.wr_object, b = other.wr_object;
      if (a === null || b === null) return (self === other) === (op === Py_EQ) ? Py_True : Py_False;
      return richCompare(a, b, op);
    },
  },
  getsets: [
    { name: '__callback__', get: (self) => W(self).wr_callback ?? Py_None },
  ],
  methods: [
    { name: '__class_getitem__', kind: 'class', fn: (cls, args) => newGenericAlias(cls, args[0]), doc: 'See PEP 585' },
  ],
});

// ## weakref.ProxyType and CallableProxyType: every operation goes to the live referent

function referent(proxy: PyObject): PyObject {
  const ob = W(proxy).wr_object;
  if (ob === null) raise(ReferenceError, 'weakly-referenced object no longer exists');
  return ob;
}

/** UNWRAP: a proxy operand stands for its referent. */
function unwrap(o: PyObject): PyObject {
  return isProxy(o) ? referent(o) : o;
}

function proxyRepr(self: PyObject): string {
  const ob = W(self).wr_object ?? Py_None;
  return `<weakproxy at ${addressHex(self)} to ${ob.ob_type.tp_name} at ${addressHex(ob)}>`;
}

const proxyNb: { [slot: number]: (a: PyObject, b: PyObject) => PyObject } = {};
for (let slot = 0; slot < NB_SLOT_COUNT; slot++) {
  if (slot === NB_POWER || slot === NB_POWER + NB_INPLACE) continue;
  proxyNb[slot] = slot >= NB_INPLACE && slot !== NB_DIVMOD
    ? (a, b) => inplaceOp(unwrap(a), unwrap(b), slot - NB_INPLACE)
    : (a, b) => binaryOp(unwrap(a), unwrap(b), slot);
}
proxyNb[NB_POWER] = (a, b) => power(unwrap(a), unwrap(b), Py_None);
proxyNb[NB_POWER + NB_INPLACE] = (a, b) => inplaceOp(unwrap(a), unwrap(b), NB_POWER);

function proxySpec(callable: boolean): Parameters<typeof defineType>[1] {
  return {
    nb: proxyNb,
    slots: {
      tp_repr: proxyRepr,
      tp_str: (self) => strString(referent(self)),
      tp_getattro: (self, name) => getAttr(referent(self), name),
      tp_setattro: (self, name, value) => setAttr(referent(self), name, value),
      tp_richcompare: (self, other, op) => richCompare(unwrap(self), unwrap(other), op),
      tp_call: callable ? (self, args, kwnames) => call(referent(self), args, kwnames) : null,
      tp_iter: (self) => getIter(referent(self)),
      tp_iternext: (self) => {
        const ob = referent(self);
        if (ob.ob_type.tp_iternext === null) raiseTypeError(`Weakref proxy referenced a non-iterator '${ob.ob_type.tp_name}' object`);
        return iterNext(ob);
      },
      nb_power3: (a, b, c) => power(unwrap(a), unwrap(b), unwrap(c)),
      nb_negative: (self) => negative(referent(self)),
      nb_positive: (self) => positive(referent(self)),
      nb_absolute: (self) => absolute(referent(self)),
      nb_invert: (self) => invert(referent(self)),
      nb_bool: (self) => isTrue(referent(self)),
      nb_int: (self) => call(PyLong_Type, [referent(self)]),
      nb_float: (self) => call(PyFloat_Type, [referent(self)]),
      nb_index: (self) => index(referent(self)),
      mp_length: (self) => length(referent(self)),
      mp_subscript: (self, key) => getItem(referent(self), key),
      mp_ass_subscript: (self, key, value) => {
        const ob = referent(self);
        if (value === null) delItem(ob, key); else setItem(ob, key, value);
      },
      sq_contains: (self, item) => contains(referent(self), item),
    },
    // Only the plain proxy type has these two methods (CallableProxyType has no tp_methods).
    methods: callable ? [] : [
      { name: '__bytes__', fn: (self) => callMethod(referent(self), '__bytes__', []) },
      { name: '__reversed__', fn: (self) => callMethod(referent(self), '__reversed__', []) },
    ],
  };
}

defineType(PyWeakref_ProxyType, proxySpec(false));
defineType(PyWeakref_CallableProxyType, proxySpec(true));
