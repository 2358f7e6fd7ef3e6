// ## Making builtin types ready
//
// Models Objects/typeobject.c: PyType_Ready().  Each builtin type's file calls defineType()
// with its slots and a table of methods and getsets; readyType() then computes the MRO,
// exposes the type's own slots as dunder wrapper descriptors (add_operators), inherits
// the slots it did not define from its base (inherit_slots), and fills tp_dict.

import { PyObject, NB_NAMES, NB_INPLACE, NB_SLOT_COUNT, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './object.js';
import { PyType, Py_TPFLAGS_HEAPTYPE, inheritPatternFlags } from './type.js';
import { PyDict, dictSetStr, dictGetStr } from './dict.js';
import { staticTypes, PyBaseObject_Type } from './typeobjects.js';
import {
  MethodDef, GetSetDef, NativeFn, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyWrapperDescr, PyCFunction,
} from './descr.js';
import { newStr } from './str.js';
import { newInt } from './int.js';
import { Py_None, newBool } from './singletons.js';
import { raiseTypeError, raiseStopIteration } from './exceptions.js';
import { computeMro } from './mro.js';
import { methodSignatures } from './textsigs.js';
import { IMMORTAL } from '../memory/refcount.js';

/** The slot functions a type may define; any PyType field name that is a slot. */
export type SlotName =
  | 'tp_repr' | 'tp_str' | 'tp_hash' | 'tp_richcompare' | 'tp_getattro' | 'tp_setattro' | 'tp_call'
  | 'tp_iter' | 'tp_iternext' | 'tp_descr_get' | 'tp_descr_set' | 'tp_new' | 'tp_init' | 'tp_finalize'
  | 'nb_power3' | 'nb_negative' | 'nb_positive' | 'nb_invert' | 'nb_absolute' | 'nb_bool' | 'nb_int'
  | 'nb_float' | 'nb_index' | 'mp_length' | 'mp_subscript' | 'mp_ass_subscript' | 'sq_contains'
  | 'sq_concat' | 'sq_repeat' | 'sq_inplace_concat' | 'sq_inplace_repeat';

export interface TypeSpec {
  doc?: string;
  /** Slot functions, assigned onto the type as-is. */
  slots?: Partial<Pick<PyType, SlotName>>;
  /** Binary number slots by NB_* index (object.ts). */
  nb?: { [index: number]: (a: PyObject, b: PyObject) => PyObject };
  methods?: MethodDef[];
  getsets?: GetSetDef[];
  /** Plain attributes put in the dict (e.g. int.__doc__ strings are handled by `doc`). */
  attrs?: Record<string, PyObject>;
  /** The type supports sequence indexing by int (PySequence_Check). */
  sequence?: boolean;
  /** Instances carry a __dict__. */
  hasdict?: boolean;
  weakrefable?: boolean;
  basicsize?: number;
  itemsize?: number;
}

const specs = new Map<PyType, TypeSpec>();

/** Attach behaviour to a static type (call at module load, before readyAllTypes()). */
export function defineType(t: PyType, spec: TypeSpec): void {
  const prev = specs.get(t);
  if (prev) {
    // Several files may contribute to one type (e.g. str methods and str formatting).
    prev.methods = [...(prev.methods ?? []), ...(spec.methods ?? [])];
    prev.getsets = [...(prev.getsets ?? []), ...(spec.getsets ?? [])];
    prev.slots = { ...prev.slots, ...spec.slots };
    prev.nb = { ...prev.nb, ...spec.nb };
    prev.attrs = { ...prev.attrs, ...spec.attrs };
    for (const k of ['doc', 'sequence', 'hasdict', 'weakrefable', 'basicsize', 'itemsize'] as const) {
      if (spec[k] !== undefined) (prev as Record<string, unknown>)[k] = spec[k];
    }
  } else {
    specs.set(t, { ...spec });
  }
  applySlots(t, spec);
}

function applySlots(t: PyType, spec: TypeSpec): void {
  if (spec.slots) Object.assign(t, spec.slots);
  if (spec.nb) for (const k of Object.keys(spec.nb)) t.nb[Number(k)] = spec.nb[Number(k)];
  if (spec.sequence) t.sq_item = true;
  if (spec.hasdict !== undefined) t.tp_hasdict = spec.hasdict;
  if (spec.weakrefable !== undefined) t.tp_weakrefable = spec.weakrefable;
  if (spec.basicsize !== undefined) t.tp_basicsize = spec.basicsize;
  if (spec.itemsize !== undefined) t.tp_itemsize = spec.itemsize;
  if (spec.doc !== undefined) t.tp_doc = spec.doc;
}

let ready = false;

/** Ready every static type, bases first (staticTypes is in creation order). */
export function readyAllTypes(): void {
  if (ready) return;
  ready = true;
  for (const t of staticTypes) readyType(t);
}

export function readyType(t: PyType): void {
  if (t.tp_dict !== null) return;
  for (const b of t.tp_bases) readyType(b);
  t.tp_mro = computeMro(t);
  inheritPatternFlags(t);
  const dict = new PyDict();
  t.tp_dict = dict;
  // A type defined here is static (a module made after boot, such as time or re, readies its
  // own): as CPython's statically allocated types, it and its dict live as long as the
  // interpreter, so nothing, not even the zero-count table, frees them.
  t.ob_refcnt = IMMORTAL;
  dict.ob_refcnt = IMMORTAL;
  const spec = specs.get(t);
  for (const m of spec?.methods ?? []) {
    // A method without its own signature takes CPython's (tools/gen_text_signatures.py).
    m.sig ??= methodSignatures.get(`${t.tp_name}.${m.name}`) || undefined;
    let v: PyObject;
    if (m.kind === 'class') v = new PyClassMethodDescr(m, t);
    else if (m.kind === 'static') v = staticMethodHook.wrap(new PyCFunction(m, null, null));
    else v = new PyMethodDescr(m, t);
    dictSetStr(dict, m.name, v);
  }
  for (const g of spec?.getsets ?? []) dictSetStr(dict, g.name, new PyGetSetDescr(g, t));
  for (const [k, v] of Object.entries(spec?.attrs ?? {})) dictSetStr(dict, k, v);
  addOperators(t, dict);
  if (dictGetStr(dict, '__doc__') === null) dictSetStr(dict, '__doc__', t.tp_doc === null ? Py_None : newStr(t.tp_doc));
  if (t.tp_base) inheritSlots(t, t.tp_base);
  // typeobject.c: type_ready_set_hash — a type left without a hash (it defines == but not
  // hash, like list or dict) shows that as __hash__ = None.
  if (t.tp_hash === null && dictGetStr(dict, '__hash__') === null) dictSetStr(dict, '__hash__', Py_None);
  for (const b of t.tp_bases) if (!b.tp_subclasses.includes(t)) b.tp_subclasses.push(t);
}

/** Set at boot: operator.index() as a JS number (for the sequence repetition wrappers). */
export const toIndexHook: { fn: (o: PyObject) => number } = { fn: () => 0 };

/** Set by classobject code: wraps a builtin in a staticmethod object (e.g. str.maketrans). */
export const staticMethodHook: { wrap: (f: PyObject) => PyObject } = { wrap: (f) => f };

/** Copy the slots `t` left empty from its base (Objects/typeobject.c: inherit_slots). */
export function inheritSlots(t: PyType, base: PyType): void {
  const keys: SlotName[] = [
    'tp_repr', 'tp_str', 'tp_getattro', 'tp_setattro', 'tp_call', 'tp_iter', 'tp_iternext',
    'tp_descr_get', 'tp_descr_set', 'tp_init', 'tp_new', 'tp_finalize', 'nb_power3', 'nb_negative', 'nb_positive',
    'nb_invert', 'nb_absolute', 'nb_bool', 'nb_int', 'nb_float', 'nb_index', 'mp_length', 'mp_subscript',
    'mp_ass_subscript', 'sq_contains', 'sq_concat', 'sq_repeat', 'sq_inplace_concat', 'sq_inplace_repeat',
  ];
  const tt = t as unknown as Record<string, unknown>, bb = base as unknown as Record<string, unknown>;
  // type_ready_set_new: a static type deriving straight from object without a tp_new of its
  // own cannot be instantiated (generator(), list_iterator(): "cannot create ... instances").
  const disallow = t.tp_new === null && base === PyBaseObject_Type && (t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0;
  for (const k of keys) if (tt[k] === null) tt[k] = bb[k];
  if (disallow) t.tp_new = null;
  // tp_hash and tp_richcompare are inherited together: a type that defines == without hash
  // becomes unhashable (the "__eq__ without __hash__" rule).
  if (t.tp_richcompare === null && t.tp_hash === null) {
    t.tp_richcompare = base.tp_richcompare;
    t.tp_hash = base.tp_hash;
  }
  for (let i = 0; i < NB_SLOT_COUNT; i++) if (t.nb[i] === null) t.nb[i] = base.nb[i];
  if (!t.sq_item) t.sq_item = base.sq_item;
  if (!t.tp_hasdict) t.tp_hasdict = base.tp_hasdict;
  if (!t.tp_weakrefable) t.tp_weakrefable = base.tp_weakrefable;
  if (t.tp_slotnames.length === 0 && base.tp_slotnames.length) t.tp_slotnames = base.tp_slotnames.slice();
}

// ## Slot wrappers (Objects/typeobject.c: slotdefs, add_operators)

function arity(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) {
    raiseTypeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

type Wrap = (t: PyType) => NativeFn | null;

const CMP_NAMES: [string, number][] = [
  ['__lt__', Py_LT], ['__le__', Py_LE], ['__eq__', Py_EQ], ['__ne__', Py_NE], ['__gt__', Py_GT], ['__ge__', Py_GE],
];

function wrappersFor(t: PyType): [string, NativeFn, string][] {
  const out: [string, NativeFn, string][] = [];
  const add = (name: string, doc: string, w: Wrap) => {
    const f = w(t);
    if (f) out.push([name, f, doc]);
  };
  add('__repr__', 'Return repr(self).', (t) => t.tp_repr && ((s, a) => (arity('', a, 0), newStr(t.tp_repr!(s)))));
  add('__str__', 'Return str(self).', (t) => t.tp_str && ((s, a) => (arity('', a, 0), newStr(t.tp_str!(s)))));
  add('__hash__', 'Return hash(self).', (t) => t.tp_hash && ((s, a) => (arity('', a, 0), newInt(t.tp_hash!(s)))));
  add('__call__', 'Call self as a function.', (t) => t.tp_call && ((s, a, k) => t.tp_call!(s, a, k)));
  add('__getattribute__', 'Return getattr(self, name).', (t) => t.tp_getattro && ((s, a) => {
    arity('', a, 1);
    return t.tp_getattro!(s, attrName(a[0]));
  }));
  add('__setattr__', 'Implement setattr(self, name, value).', (t) => t.tp_setattro && ((s, a) => {
    arity('', a, 2);
    t.tp_setattro!(s, attrName(a[0]), a[1]);
    return Py_None;
  }));
  add('__delattr__', 'Implement delattr(self, name).', (t) => t.tp_setattro && ((s, a) => {
    arity('', a, 1);
    t.tp_setattro!(s, attrName(a[0]), null);
    return Py_None;
  }));
  if (t.tp_richcompare) {
    const rc = t.tp_richcompare;
    for (const [name, op] of CMP_NAMES) {
      out.push([name, (s, a) => (arity('', a, 1), rc(s, a[0], op)), `Return self${['<', '<=', '==', '!=', '>', '>='][op]}value.`]);
    }
  }
  add('__iter__', 'Implement iter(self).', (t) => t.tp_iter && ((s, a) => (arity('', a, 0), t.tp_iter!(s))));
  add('__next__', 'Implement next(self).', (t) => t.tp_iternext && ((s, a) => {
    arity('', a, 0);
    const r = t.tp_iternext!(s);
    if (r === null) raiseStopIteration(null);
    return r;
  }));
  add('__get__', 'Return an attribute of instance, which is of type owner.', (t) => t.tp_descr_get && ((s, a) => {
    if (a.length < 1 || a.length > 2) raiseTypeError(`expected 1 or 2 arguments, got ${a.length}`);
    const obj = a[0] === Py_None ? null : a[0];
    const type = a.length > 1 && a[1] !== Py_None ? a[1] : null;
    if (obj === null && type === null) raiseTypeError('__get__(None, None) is invalid');
    return t.tp_descr_get!(s, obj, type);
  }));
  add('__set__', 'Set an attribute of instance to value.', (t) => t.tp_descr_set && ((s, a) => {
    arity('', a, 2);
    t.tp_descr_set!(s, a[0], a[1]);
    return Py_None;
  }));
  add('__delete__', 'Delete an attribute of instance.', (t) => t.tp_descr_set && ((s, a) => {
    arity('', a, 1);
    t.tp_descr_set!(s, a[0], null);
    return Py_None;
  }));
  add('__init__', 'Initialize self.  See help(type(self)) for accurate signature.', (t) => t.tp_init && ((s, a, k) => {
    t.tp_init!(s, a, k);
    return Py_None;
  }));
  add('__len__', 'Return len(self).', (t) => t.mp_length && ((s, a) => (arity('', a, 0), newInt(t.mp_length!(s)))));
  add('__getitem__', 'Return self[key].', (t) => t.mp_subscript && ((s, a) => (arity('', a, 1), t.mp_subscript!(s, a[0]))));
  add('__setitem__', 'Set self[key] to value.', (t) => t.mp_ass_subscript && ((s, a) => {
    arity('', a, 2);
    t.mp_ass_subscript!(s, a[0], a[1]);
    return Py_None;
  }));
  add('__delitem__', 'Delete self[key].', (t) => t.mp_ass_subscript && ((s, a) => {
    arity('', a, 1);
    t.mp_ass_subscript!(s, a[0], null);
    return Py_None;
  }));
  add('__contains__', 'Return key in self.', (t) => t.sq_contains && ((s, a) => (arity('', a, 1), newBool(t.sq_contains!(s, a[0])))));
  add('__bool__', 'True if self else False', (t) => t.nb_bool && ((s, a) => (arity('', a, 0), newBool(t.nb_bool!(s)))));
  add('__neg__', '-self', (t) => t.nb_negative && ((s, a) => (arity('', a, 0), t.nb_negative!(s))));
  add('__pos__', '+self', (t) => t.nb_positive && ((s, a) => (arity('', a, 0), t.nb_positive!(s))));
  add('__invert__', '~self', (t) => t.nb_invert && ((s, a) => (arity('', a, 0), t.nb_invert!(s))));
  add('__abs__', 'abs(self)', (t) => t.nb_absolute && ((s, a) => (arity('', a, 0), t.nb_absolute!(s))));
  add('__int__', 'int(self)', (t) => t.nb_int && ((s, a) => (arity('', a, 0), t.nb_int!(s))));
  add('__float__', 'float(self)', (t) => t.nb_float && ((s, a) => (arity('', a, 0), t.nb_float!(s))));
  add('__index__', 'Return self converted to an integer, if self is suitable for use as an index into a list.',
    (t) => t.nb_index && ((s, a) => (arity('', a, 0), t.nb_index!(s))));
  for (let i = 0; i < NB_NAMES.length; i++) {
    const f = t.nb[i];
    const [name, rname, iname, sym] = NB_NAMES[i];
    if (f) {
      if (i === 8 && t.nb_power3) {
        const p3 = t.nb_power3;
        out.push([name, (s, a) => {
          if (a.length < 1 || a.length > 2) raiseTypeError(`expected 1 or 2 arguments, got ${a.length}`);
          return a.length === 2 && a[1] !== Py_None ? p3(s, a[0], a[1]) : f(s, a[0]);
        }, 'Return pow(self, value, mod).']);
      } else {
        out.push([name, (s, a) => (arity('', a, 1), f(s, a[0])), `Return self${sym}value.`]);
      }
      // typeobject.c's slotdefs word the power wrappers as calls, not as an operator.
      out.push([rname, (s, a) => (arity('', a, 1), f(a[0], s)), i === 8 ? 'Return pow(value, self, mod).' : `Return value${sym}self.`]);
    }
    const fi = t.nb[i + NB_INPLACE];
    if (fi) out.push([iname, (s, a) => (arity('', a, 1), fi(s, a[0])), `Return self${i === 8 ? '**' : sym}=value.`]);
  }
  // Sequence concatenation/repetition appear as __add__/__mul__ when no number slot claims them.
  if (t.sq_concat && !t.nb[0]) {
    const f = t.sq_concat;
    out.push(['__add__', (s, a) => (arity('', a, 1), f(s, a[0])), 'Return self+value.']);
  }
  if (t.sq_repeat && !t.nb[5]) {
    const f = t.sq_repeat;
    out.push(['__mul__', (s, a) => (arity('', a, 1), f(s, Number(toIndexHook.fn(a[0])))), 'Return self*value.']);
    out.push(['__rmul__', (s, a) => (arity('', a, 1), f(s, Number(toIndexHook.fn(a[0])))), 'Return value*self.']);
  }
  if (t.sq_inplace_concat && !t.nb[13]) {
    const f = t.sq_inplace_concat;
    out.push(['__iadd__', (s, a) => (arity('', a, 1), f(s, a[0])), 'Implement self+=value.']);
  }
  if (t.sq_inplace_repeat && !t.nb[18]) {
    const f = t.sq_inplace_repeat;
    out.push(['__imul__', (s, a) => (arity('', a, 1), f(s, Number(toIndexHook.fn(a[0])))), 'Implement self*=value.']);
  }
  const dm = t.nb[26];
  if (dm) {
    out.push(['__divmod__', (s, a) => (arity('', a, 1), dm(s, a[0])), 'Return divmod(self, value).']);
    out.push(['__rdivmod__', (s, a) => (arity('', a, 1), dm(a[0], s)), 'Return divmod(value, self).']);
  }
  return out;
}

function attrName(o: PyObject): string {
  const v = (o as { value?: unknown }).value;
  if (typeof v !== 'string') raiseTypeError(`attribute name must be string, not '${o.ob_type.shortName}'`);
  return v;
}

function addOperators(t: PyType, dict: PyDict): void {
  for (const [name, fn, doc] of wrappersFor(t)) {
    if (dictGetStr(dict, name) === null) dictSetStr(dict, name, new PyWrapperDescr(name, t, fn, doc));
  }
  if (t.tp_new !== null && dictGetStr(dict, '__new__') === null) {
    dictSetStr(dict, '__new__', newMethodHook.make(t));
  }
}

/** Set by typeobject.ts: builds the `__new__` builtin of a static type (tp_new_wrapper). */
export const newMethodHook: { make: (t: PyType) => PyObject } = {
  make: () => { throw new Error('tp_new wrapper not registered'); },
};

/** Re-exported so heap types (typeobject.ts) build the same wrappers. */
export { wrappersFor };
