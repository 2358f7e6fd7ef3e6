// ## `object` and `type`: attribute lookup, instance creation, class creation
//
// Models Objects/typeobject.c and the generic attribute code of Objects/object.c:
// _PyType_Lookup (MRO walk, cached per type), PyObject_GenericGetAttr/SetAttr (data
// descriptors, then the instance dict, then non-data descriptors), type_call (tp_new then
// tp_init), type_new (a `class` statement's type), and the attribute protocol of type
// objects themselves.

import { releaseLater, traverseHooks, Visit, countedFields } from '../memory/refcount.js';
import { newInstanceDict, initInlineValues, materializeDict, typeReadyManagedDict } from './dictsplit.js';
import { PyObject_Free } from '../memory/obmalloc.js';
import { gcTrack } from '../memory/gcstate.js';
import { Py_XSETREF, Py_DECREF } from '../memory/refcount.js';
import { weakrefsOf } from '../memory/weaklists.js';
import { PyObject, Py_EQ, Py_NE, newborns } from './object.js';
import {
  PyType, inheritPatternFlags, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_IS_ABSTRACT, Py_TPFLAGS_HAVE_GC, invalidateAttrCache, isSubtype,
} from './type.js';
import { PyBaseObject_Type, PyType_Type, PyTuple_Type, PyDictProxy_Type, PyFunction_Type } from './typeobjects.js';
import { PyDict, dictGetStr, dictSetStr, dictDelStr, dictItems, dictGetItem, dictSetItem } from './dict.js';
import { PyStr, newStr, internStr } from './str.js';
import { PyTuple, newTuple } from './tuple.js';
import { newList } from './list.js';
import { newInt } from './int.js';
import { Py_None, Py_NotImplemented, Py_True, Py_False, newBool } from './singletons.js';
import { defineType, readyType, inheritSlots, newMethodHook } from './typeready.js';
import { computeMro } from './mro.js';
import { newGenericAlias } from './genericaliasobject.js';
import {
  raiseTypeError, raise, AttributeError, newException, PyBaseException, RuntimeError, NotImplementedError,
} from './exceptions.js';
import {
  call, callOnce, typeName, attachAttributeErrorContext, richCompare, isTrue, reprString, strString,
  lookupSpecialHook, instanceCheckHook, subclassCheckHook, typeMeta, tupleTypeRef, classGetItemHook,
} from './abstract.js';
import { addressHex, addressOf } from '../memory/address.js';
import { PyCFunction, PyGetSetDescr, NativeFn } from './descr.js';
import { updateSlot, fixupSlots } from './slots.js';
import { parseArgs } from './args.js';
import { objectSizeof, typeSizeof } from '../memory/sizeof_core.js';
import { typeSignatures } from './textsigs.js';

// ## MRO lookup

/** Models Objects/typeobject.c: _PyType_Lookup() — the attribute along the MRO, or null. */
export function typeLookup(t: PyType, name: string): PyObject | null {
  const cache = t.attrCache;
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let found: PyObject | null = null;
  const mro = t.tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i].tp_dict;
    if (d === null) continue;
    const v = dictGetStr(d, name);
    if (v !== null) { found = v; break; }
  }
  cache.set(name, found);
  return found;
}

// ## Generic attribute access

/** Models Objects/object.c: _PyObject_GenericGetAttrWithDict(). */
export function genericGetAttr(o: PyObject, name: string): PyObject {
  const r = genericGetAttrOpt(o, name);
  if (r !== null) return r;
  raiseNoAttribute(o, name);
}

export function genericGetAttrOpt(o: PyObject, name: string): PyObject | null {
  return genericGetAttrWith(o, name, typeLookup(o.ob_type, name));
}

/** The generic lookup once `descr` = typeLookup(type(o), name) is known (the loop caches it). */
export function genericGetAttrWith(o: PyObject, name: string, descr: PyObject | null): PyObject | null {
  const t = o.ob_type;
  let get = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, o, t);
  }
  const d = o.dict;
  if (d !== null) {
    const v = dictGetStr(d, name);
    if (v !== null) return v;
  }
  if (get !== null) return get(descr!, o, t);
  if (descr !== null) return descr;
  return null;
}

export function raiseNoAttribute(o: PyObject, name: string): never {
  const msg = o instanceof PyType && false ? '' : `'${typeName(o)}' object has no attribute '${name}'`;
  const e = newException(AttributeError, msg);
  attachAttributeErrorContext(e, o, name);
  throw e;
}

/** Models Objects/object.c: _PyObject_GenericSetAttrWithDict(). */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  genericSetAttrWith(o, name, value, typeLookup(o.ob_type, name));
}

/** The generic store once `descr` = typeLookup(type(o), name) is known (the loop caches it). */
export function genericSetAttrWith(o: PyObject, name: string, value: PyObject | null, descr: PyObject | null): void {
  const t = o.ob_type;
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) { set(descr, o, value); return; }
  }
  if (!t.tp_hasdict) {
    if (descr === null) {
      const e = newException(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
      attachAttributeErrorContext(e, o, name);
      throw e;
    }
    raise(AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
  }
  let d = o.dict;
  if (value === null) {
    if (d === null || dictDelStr(d, name) === null) {
      const e = newException(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
      attachAttributeErrorContext(e, o, name);
      throw e;
    }
    return;
  }
  if (d === null) { d = o.dict = newInstanceDict(o, takeInlineValues(o), false); d.ob_refcnt++; }
  dictSetStr(d, name, value);
}

// ## object

export class PyInstance extends PyObject {
  /** The values array object.__new__ allocated for a key-sharing class (dictsplit.ts); 0 once a dict holds it. */
  ob_valuesaddr: number;
  // An explicit constructor: the implicit one forwards `...arguments`, and V8 then calls
  // PyObject's constructor out of line, where its header stores see every class's shape.
  constructor(type: PyType) {
    super(type);
    this.ob_valuesaddr = 0;
  }
}

/** The instance's inline values, handed to the dict that takes them over. */
function takeInlineValues(o: PyObject): number {
  if (!(o instanceof PyInstance)) return 0;
  const v = o.ob_valuesaddr;
  o.ob_valuesaddr = 0;
  return v;
}

function excessArgs(args: PyObject[]): boolean {
  return args.length > 0;
}

/** Models Objects/typeobject.c: object_new() with its "takes no arguments" checks. */
export function object_new(type: PyType, args: PyObject[], _kw: string[] | null): PyObject {
  if (excessArgs(args)) {
    if (type.tp_new !== object_new) raiseTypeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === object_init) raiseTypeError(`${type.shortName}() takes no arguments`);
  }
  return newInstance(type);
}

/**
 * object.__new__ once its argument check has passed (the evaluation loop calls it directly
 * for a class whose __init__ takes the arguments, as object_new then checks nothing).
 */
export function newInstance(type: PyType): PyObject {
  if (type.tp_flags & Py_TPFLAGS_IS_ABSTRACT) raiseAbstract(type);
  const o = new PyInstance(type);
  if (type.ht_cached_keys !== null) o.ob_valuesaddr = initInlineValues(type);
  gcTrack(o);
  if (type.tp_slotnames.length) o.slots = new Array(type.tp_slotnames.length).fill(null);
  return o;
}

function raiseAbstract(type: PyType): never {
  const abs = typeLookup(type, '__abstractmethods__');
  let names: string[] = [];
  if (abs !== null) {
    try {
      const items = (iterToArrayHook.fn(abs)).map((x) => strString(x)).sort();
      names = items;
    } catch { names = []; }
  }
  raiseTypeError(`Can't instantiate abstract class ${type.shortName} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

export const iterToArrayHook: { fn: (o: PyObject) => PyObject[] } = { fn: () => [] };

function object_init(self: PyObject, args: PyObject[], _kw: string[] | null): void {
  const type = self.ob_type;
  if (excessArgs(args)) {
    if (type.tp_init !== object_init) raiseTypeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.tp_new === object_new) raiseTypeError(`${type.shortName}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

/** `<module.Qualname object at 0x...>` */
export function object_repr(o: PyObject): string {
  const t = o.ob_type;
  const mod = typeModuleName(t);
  const qn = typeQualName(t);
  const name = mod !== null && mod !== 'builtins' ? `${mod}.${qn}` : t.tp_name;
  return `<${name} object at ${addressHex(o)}>`;
}

/** Identity hash: the address rotated by 4 bits (Py_HashPointer). */
export function object_hash(o: PyObject): number {
  const a = addressOf(o);
  // (a >> 4) | (a << 60) over 64 bits, taken as a signed 64-bit value.
  const v = BigInt.asIntN(64, (BigInt(a) >> 4n) | (BigInt(a) << 60n));
  const n = Number(v);
  return n === -1 ? -2 : Number.isSafeInteger(n) ? n : hashBigFallback(v);
}

/** Hashes are JS numbers; a pointer hash beyond 2**53 is folded to a safe integer. */
function hashBigFallback(v: bigint): number {
  return Number(BigInt.asIntN(53, v));
}

function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (op === Py_EQ) return self === other ? Py_True : Py_NotImplemented;
  if (op === Py_NE) {
    // By default, != delegates to == and inverts it, unless == is NotImplemented.
    const eq = self.ob_type.tp_richcompare;
    if (eq === null) return Py_NotImplemented;
    const r = eq(self, other, Py_EQ);
    if (r === Py_NotImplemented) return r;
    return isTrue(r) ? Py_False : Py_True;
  }
  return Py_NotImplemented;
}

function object_format(self: PyObject, args: PyObject[]): PyObject {
  const [spec] = parseArgs('__format__', args, null, { names: ['format_spec'], required: 1 });
  if (!(spec instanceof PyStr)) raiseTypeError(`__format__() argument must be str, not ${typeName(spec!)}`);
  if (spec.value !== '') raiseTypeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return newStr(strString(self));
}

function object_dir(self: PyObject): PyObject {
  const names = new Set<string>();
  if (self.dict !== null) for (const [k] of dictItems(self.dict)) if (k instanceof PyStr) names.add(k.value);
  const cls = self.ob_type;
  for (const t of cls.tp_mro) if (t.tp_dict) for (const [k] of dictItems(t.tp_dict)) if (k instanceof PyStr) names.add(k.value);
  return newList([...names].map((n) => newStr(n)));
}

function getClass(o: PyObject): PyObject { return o.ob_type; }
function setClass(o: PyObject, v: PyObject | null): void {
  if (v === null) raiseTypeError("can't delete __class__ attribute");
  if (!(v instanceof PyType)) raiseTypeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
  const old = o.ob_type;
  if (!(old.tp_flags & Py_TPFLAGS_HEAPTYPE) || !(v.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    raiseTypeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  // object_set_class: the instance's reference moves from the old class to the new one.
  o.ob_type = Py_XSETREF(old, v);
}

/** subtype_getweakref: the head of the object's weak-reference list, or None. */
function subtypeGetWeakref(o: PyObject): PyObject {
  const head = weakrefsOf(o);
  return head.length === 0 ? Py_None : head[0];
}

function getDictAttr(o: PyObject): PyObject {
  if (!o.ob_type.tp_hasdict) raiseNoAttribute(o, '__dict__');
  if (o.dict === null) { o.dict = newInstanceDict(o, takeInlineValues(o), true); o.dict.ob_refcnt++; }
  else materializeDict(o.dict);
  return o.dict;
}
function setDictAttr(o: PyObject, v: PyObject | null): void {
  if (!o.ob_type.tp_hasdict) raiseNoAttribute(o, '__dict__');
  if (v === null) raiseTypeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  const inline = takeInlineValues(o);
  if (inline !== 0) PyObject_Free(inline);
  o.dict = Py_XSETREF(o.dict, v);
}

/** object.__init_subclass__: a no-argument class method, so stray class keywords end here. */
function object_init_subclass(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const fname = `${cls instanceof PyType ? typeQualName(cls) : typeName(cls)}.__init_subclass__()`;
  if (kw !== null && kw.length) raiseTypeError(`${fname} takes no keyword arguments`);
  if (args.length) raiseTypeError(`${fname} takes no arguments (${args.length} given)`);
  return Py_None;
}

function readonlyMember(): never { raise(AttributeError, 'readonly attribute'); }

const m = (name: string, fn: NativeFn, doc?: string, kind?: 'class' | 'static') => ({ name, fn, doc, kind });

defineType(PyBaseObject_Type, {
  doc: 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
  basicsize: 16,
  slots: {
    tp_new: object_new, tp_init: object_init, tp_repr: object_repr, tp_str: (o) => reprString(o),
    tp_hash: object_hash, tp_richcompare: object_richcompare, tp_getattro: genericGetAttr, tp_setattro: genericSetAttr,
  },
  methods: [
    m('__format__', object_format, 'Default object formatter.'),
    m('__dir__', (s) => object_dir(s), 'Default dir() implementation.'),
    m('__sizeof__', (s) => newInt(objectSizeof(s)), 'Size of object in memory, in bytes.'),
    m('__init_subclass__', object_init_subclass, 'This method is called when a class is subclassed.', 'class'),
    m('__subclasshook__', () => Py_NotImplemented, 'Abstract classes can override this to customize issubclass().', 'class'),
    m('__reduce_ex__', (s) => { raiseTypeError(`cannot pickle '${typeName(s)}' object`); }, 'Helper for pickle.'),
    m('__reduce__', (s) => { raiseTypeError(`cannot pickle '${typeName(s)}' object`); }, 'Helper for pickle.'),
    m('__getstate__', (s) => (s.dict ?? Py_None), 'Helper for pickle.'),
  ],
  getsets: [{ name: '__class__', get: getClass, set: setClass }],
});

// ## type

export function typeModuleName(t: PyType): string | null {
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const v = t.tp_dict ? dictGetStr(t.tp_dict, '__module__') : null;
    return v instanceof PyStr ? v.value : null;
  }
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? 'builtins' : t.tp_name.slice(0, i);
}

export function typeQualName(t: PyType): string {
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) return heapQualnames.get(t) ?? t.tp_name;
  return t.shortName;
}
const heapQualnames = new WeakMap<PyType, string>();

function type_repr(o: PyObject): string {
  const t = o as PyType;
  const mod = typeModuleName(t);
  const qn = typeQualName(t);
  return mod !== null && mod !== 'builtins' ? `<class '${mod}.${qn}'>` : `<class '${qn}'>`;
}

/**
 * PyType_GenericAlloc's tracking, for the instances builtin constructors make of a class.
 * Every class is a GC type in 3.11 (its instances may hold a reference back to it), but the
 * tp_new of int, str, float, bytes ... makes the object of a subclass as it makes its own
 * untracked ones; such an instance holding its class (an enum member as a class attribute)
 * would be a cycle the collector never sees.  Called where a static tp_new hands its object
 * back (type_call, T.__new__(cls)), so the many constructors need not each know.
 */
function trackHeapInstance(obj: PyObject): void {
  if (obj.gc_gen < 0 && (obj.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) gcTrack(obj);
}

/** Models Objects/typeobject.c: type_call(). */
function type_call(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = self as PyType;
  if (t === PyType_Type && args.length === 1 && kwnames === null) return args[0].ob_type;
  if (t.tp_new === null) raiseTypeError(`cannot create '${t.tp_name}' instances`);
  const obj = t.tp_new(t, args, kwnames);
  trackHeapInstance(obj);
  if (!isSubtype(obj.ob_type, t)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    // type_call's own reference while __init__ runs (sys.getrefcount(self) counts it); the
    // caller receives the object as natives return new objects, uncounted (refcount.ts).
    obj.ob_refcnt++;
    try {
      init(obj, args, kwnames);
    } finally {
      // Back to uncounted: into the zero-count table again, which dropped it if a safe point
      // saw it counted meanwhile (a second entry is harmless: the first free marks it dead).
      if (--obj.ob_refcnt === 0) newborns.chunk[newborns.pos++] = obj;
    }
  }
  return obj;
}

/** Models Objects/typeobject.c: type_getattro() — metatype data descriptors, then the MRO. */
function type_getattro(o: PyObject, name: string): PyObject {
  const type = o as PyType;
  const meta = type.ob_type;
  const metaAttr = typeLookup(meta, name);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = typeLookup(type, name);
  if (attr !== null) {
    const get = attr.ob_type.tp_descr_get;
    if (get !== null) return get(attr, null, type);
    return attr;
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, meta);
  if (metaAttr !== null) return metaAttr;
  const e = newException(AttributeError, `type object '${type.shortName === type.tp_name ? typeQualName(type) : type.shortName}' has no attribute '${name}'`);
  attachAttributeErrorContext(e, o, name);
  throw e;
}

function type_setattro(o: PyObject, name: string, value: PyObject | null): void {
  const type = o as PyType;
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    raiseTypeError(`cannot set '${name}' attribute of immutable type '${type.tp_name}'`);
  }
  const meta = type.ob_type;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    return;
  }
  const d = type.tp_dict!;
  if (value === null) {
    if (dictDelStr(d, name) === null) {
      raise(AttributeError, `type object '${type.shortName}' has no attribute '${name}'`);
    }
  } else {
    dictSetStr(d, name, value);
  }
  invalidateAttrCache(type);
  if (name.startsWith('__') && name.endsWith('__')) updateSlot(type, name);
}

function typeDictProxy(t: PyType): PyObject {
  return new PyMappingProxy(t.tp_dict!);
}

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyObject) {
    super(PyDictProxy_Type);
    // mappingproxy_new: it owns the mapping and is tracked.
    mapping.ob_refcnt++;
    gcTrack(this);
  }
}
countedFields(PyMappingProxy, ['mapping']);

function type_new_entry(metatype: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (metatype === PyType_Type && npos === 1 && nkw === 0) return args[0].ob_type;
  if (npos !== 3) raiseTypeError(npos === 1 ? 'type() takes 1 or 3 arguments' : 'type() takes 1 or 3 arguments');
  const [name, bases, dict] = args;
  if (!(name instanceof PyStr)) raiseTypeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) raiseTypeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(dict instanceof PyDict)) raiseTypeError(`type.__new__() argument 3 must be dict, not ${typeName(dict)}`);
  const kwargs: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) kwargs.push([kwnames![i], args[npos + i]]);
  return typeNew(metatype, name.value, bases.items, dict, kwargs);
}

/** The most derived metaclass among `meta` and the bases' types (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = b.ob_type;
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    raiseTypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** Models Objects/typeobject.c: type_new() — build a heap type from name, bases and namespace. */
export function typeNew(metatype: PyType, name: string, basesIn: PyObject[], ns: PyDict, kwargs: [string, PyObject][]): PyType {
  const winner = calculateMetaclass(metatype, basesIn);
  if (winner !== metatype && winner.tp_new !== type_new_entry) {
    const kwn = kwargs.map((k) => k[0]);
    return call(winner, [newStr(name), newTuple(basesIn), ns, ...kwargs.map((k) => k[1])], kwn.length ? kwn : null) as PyType;
  }
  metatype = winner;
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) raiseTypeError(`bases must be types`);
    if (!(b.tp_flags & Py_TPFLAGS_BASETYPE)) raiseTypeError(`type '${b.tp_name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(PyBaseObject_Type);
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raiseTypeError(`duplicate base class ${bases[i].shortName}`);
    }
  }
  const base = bestBase(bases);
  const t = new PyType(metatype, name, base, Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC);
  // A class is a container the collector tracks (type_is_gc): its own __mro__ refers back to
  // it, so a class is freed by the cycle collector, as in CPython.
  gcTrack(t);
  try {
    fillType(t, metatype, name, bases, base, ns, kwargs);
  } catch (e) {
    // A class statement that fails (an inconsistent MRO, __set_name__, __init_subclass__ ...)
    // frees the half-made class, as type_new's Py_DECREF(type) on its error paths.
    releaseLater(t);
    throw e;
  }
  return t;
}

/** A tuple of `items` (a copy: the array stays the class's own) with one owner, the class. */
function ownedTuple(items: PyType[]): PyObject {
  const tup = newTuple(items.slice());
  tup.ob_refcnt++;
  return tup;
}

/** type_new's steps after the class object exists: namespace, slots, MRO, slots, hooks. */
function fillType(t: PyType, metatype: PyType, name: string, bases: PyType[], base: PyType, ns: PyDict, kwargs: [string, PyObject][]): void {
  t.tp_bases = bases;
  // tp_bases (a tuple, which owns its items) and tp_base own their references
  // (type_new_set_bases).
  t.ht_bases = ownedTuple(bases);
  base.ob_refcnt++;
  const dict = new PyDict();
  for (const [k, v] of dictItems(ns)) dictSetItem(dict, k, v);
  t.tp_dict = dict;
  // The class owns its namespace: freed with the class (type_dealloc clears tp_dict).
  dict.ob_refcnt++;
  // __slots__: a fixed layout instead of (or besides) a per-instance dict.
  const slotsDecl = dictGetStr(dict, '__slots__');
  t.tp_hasdict = true;
  // type_new_slots: a weak-reference list is added unless the base has one already or its
  // instances are variable-size (int, tuple, bytes subclasses get none).
  const mayAddWeak = !base.tp_weakrefable && base.tp_itemsize === 0;
  t.tp_weakrefable = base.tp_weakrefable || mayAddWeak;
  t.tp_slotnames = base.tp_slotnames.slice();
  if (slotsDecl !== null) {
    const names = slotsDecl instanceof PyStr ? [slotsDecl] : iterToArrayHook.fn(slotsDecl);
    t.tp_hasdict = bases.some((b) => b.tp_hasdict) ;
    // With __slots__, only '__weakref__' adds the list, or a secondary base that has one.
    t.tp_weakrefable = base.tp_weakrefable || (mayAddWeak && bases.length > 1 && bases.some((b) => b.tp_weakrefable));
    // typeobject.c: type_new_slots_impl — variable-size instances (int, tuple) have no room for slots.
    if (names.length > 0 && base.tp_itemsize !== 0) raiseTypeError(`nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
    for (const n of names) {
      if (!(n instanceof PyStr)) raiseTypeError(`__slots__ items must be strings, not '${typeName(n)}'`);
      const sn = n.value;
      if (sn === '__dict__') { t.tp_hasdict = true; continue; }
      if (sn === '__weakref__') {
        if (!mayAddWeak || t.tp_weakrefable) raiseTypeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        t.tp_weakrefable = true;
        continue;
      }
      const mangled = mangle(name, sn);
      if (dictGetStr(dict, mangled) !== null) {
        raise(valueErrorType(), `'${sn}' in __slots__ conflicts with class variable`);
      }
      const idx = t.tp_slotnames.length;
      t.tp_slotnames.push(mangled);
      dictSetStr(dict, mangled, memberDescrHook.make(mangled, idx, t));
    }
  }
  if (t.tp_hasdict && !base.tp_hasdict && dictGetStr(dict, '__dict__') === null) {
    dictSetStr(dict, '__dict__', new PyGetSetDescr({ name: '__dict__', get: getDictAttr, set: setDictAttr, doc: 'dictionary for instance variables' }, t));
  }
  if (t.tp_weakrefable && !base.tp_weakrefable && dictGetStr(dict, '__weakref__') === null) {
    dictSetStr(dict, '__weakref__', new PyGetSetDescr({ name: '__weakref__', get: subtypeGetWeakref, doc: 'list of weak references to the object' }, t));
  }
  t.tp_itemsize = base.tp_itemsize;
  t.tp_basicsize = base.tp_basicsize + 8 * (t.tp_slotnames.length - base.tp_slotnames.length)
    // 3.11: an added __dict__ is a managed dict (in the pre-header) unless the base is variable-size.
    + (t.tp_hasdict && !base.tp_hasdict && base.tp_itemsize !== 0 ? 8 : 0) + (t.tp_weakrefable && !base.tp_weakrefable && base.tp_itemsize === 0 ? 8 : 0);
  t.tp_mro = computeMro(t);
  inheritPatternFlags(t);
  // tp_mro, a tuple, owns its entries, the class itself first (the cycle type_clear breaks).
  t.ht_mro = ownedTuple(t.tp_mro);
  // Set __module__ from the caller's globals if the namespace lacks it (the class statement sets it).
  if (dictGetStr(dict, '__module__') === null) {
    const g = currentGlobalsHook.fn();
    const modname = g ? dictGetStr(g, '__name__') : null;
    if (modname !== null) dictSetStr(dict, '__module__', modname);
  }
  const qn = dictGetStr(dict, '__qualname__');
  if (qn !== null) {
    if (!(qn instanceof PyStr)) raiseTypeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    heapQualnames.set(t, qn.value);
    dictDelStr(dict, '__qualname__');
  } else {
    heapQualnames.set(t, name);
  }
  if (dictGetStr(dict, '__doc__') === null) dictSetStr(dict, '__doc__', Py_None);
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  const nw = dictGetStr(dict, '__new__');
  if (nw !== null && nw.ob_type.tp_name === 'function') dictSetStr(dict, '__new__', staticMethodWrapHook.fn(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(dict, cm);
    if (f !== null && f.ob_type.tp_name === 'function') dictSetStr(dict, cm, classMethodWrapHook.fn(f));
  }
  // __classcell__ is filled with the new class so zero-argument super() works.
  const cell = dictGetStr(dict, '__classcell__');
  if (cell !== null) {
    const c = cell as unknown as { ob_ref: PyObject | null };
    c.ob_ref = Py_XSETREF(c.ob_ref, t);
    dictDelStr(dict, '__classcell__');
  }
  inheritSlots(t, base);
  for (const b of bases) if (b !== base) inheritSlots(t, b);
  t.tp_new = base.tp_new;
  fixupSlots(t);
  typeReadyManagedDict(t);
  for (const b of bases) b.tp_subclasses.push(t);
  // __set_name__ on every attribute that has it, then the parent's __init_subclass__.
  for (const [k, v] of dictItems(dict)) {
    const setName = lookupSpecial(v, '__set_name__');
    if (setName !== null) {
      try {
        releaseLater(call(setName, [t, k]));
      } catch (e) {
        // 3.11's type_new_set_names wraps the failure in a RuntimeError caused by it (3.12 drops this).
        if (e instanceof PyBaseException) {
          const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeName(v)}' instance ${reprString(k)} in '${name}'`);
          wrapped.cause = Py_XSETREF(wrapped.cause, e);
          wrapped.context = Py_XSETREF(wrapped.context, e);
          wrapped.suppress_context = true;
          throw wrapped;
        }
        throw e;
      } finally {
        releaseLater(setName);
      }
    }
  }
  const sup = superHook.make(t, t);
  try {
    const initSub = lookupAttrHook.fn(sup, '__init_subclass__');
    try {
      releaseLater(call(initSub, kwargs.map((k) => k[1]), kwargs.length ? kwargs.map((k) => k[0]) : null));
    } finally {
      releaseLater(initSub);
    }
  } finally {
    releaseLater(sup);
  }
}

function valueErrorType(): PyType { return valueErrorRef.t!; }
export const valueErrorRef: { t: PyType | null } = { t: null };


/** The base whose instance layout the new type extends (typeobject.c: best_base). */
function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  for (const b of bases) {
    const cand = solidBase(b);
    if (winner === null) { winner = b; continue; }
    const ws = solidBase(winner);
    if (isSubtype(ws, cand)) continue;
    if (isSubtype(cand, ws)) { winner = b; continue; }
    raiseTypeError('multiple bases have instance lay-out conflict');
  }
  return winner!;
}

/** The nearest base with a different instance layout (typeobject.c: solid_base/extra_ivars). */
function solidBase(t: PyType): PyType {
  let b = t;
  for (;;) {
    const base = b.tp_base;
    if (base === null) return b;
    const extra = (b.tp_flags & Py_TPFLAGS_HEAPTYPE)
      ? b.tp_slotnames.length > base.tp_slotnames.length
      : b.tp_basicsize !== base.tp_basicsize || b.tp_itemsize !== base.tp_itemsize;
    if (extra) return b;
    b = base;
  }
}

/** Private name mangling: __x inside class C becomes _C__x. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

export const memberDescrHook: { make: (name: string, idx: number, t: PyType) => PyObject } = {
  make: () => { throw new Error('member descriptors not registered'); },
};
export const currentGlobalsHook: { fn: () => PyDict | null } = { fn: () => null };
export const staticMethodWrapHook: { fn: (f: PyObject) => PyObject } = { fn: (f) => f };
export const classMethodWrapHook: { fn: (f: PyObject) => PyObject } = { fn: (f) => f };
export const superHook: { make: (t: PyType, obj: PyObject) => PyObject } = {
  make: () => { throw new Error('super not registered'); },
};
export const lookupAttrHook: { fn: (o: PyObject, name: string) => PyObject } = {
  fn: () => { throw new Error('getattr not registered'); },
};

/** Models Objects/typeobject.c: _PyObject_LookupSpecial — a dunder from the type, bound. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const descr = typeLookup(o.ob_type, name);
  if (descr === null) return null;
  const get = descr.ob_type.tp_descr_get;
  return get !== null ? get(descr, o, o.ob_type) : descr;
}
lookupSpecialHook.fn = lookupSpecial;

/**
 * Models Objects/typeobject.c: vectorcall_method() with lookup_maybe_method() — call the
 * special method `name` of o's type on o, or return null when the type has none.  A plain
 * function is called with o as its first argument, so no bound method is made (CPython's
 * "unbound" path); any other descriptor is bound, called, and the bound object released, as
 * CPython's Py_DECREF of the method it looked up.
 */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const descr = typeLookup(o.ob_type, name);
  if (descr === null) return null;
  return callBound(descr, o, args);
}

/** Call an attribute found on a type as a method of `self` (see callSpecial). */
export function callBound(f: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (f.ob_type === PyFunction_Type) return call(f, [self, ...args], kwnames);
  const get = f.ob_type.tp_descr_get;
  if (get === null) return call(f, args, kwnames);
  return callOnce(get(f, self, self.ob_type), args, kwnames);
}

/** Whether o's type defines the special method `name` (a lookup that binds nothing). */
export function hasSpecial(o: PyObject, name: string): boolean {
  return typeLookup(o.ob_type, name) !== null;
}

function typeGetName(o: PyObject): PyObject {
  const t = o as PyType;
  return newStr(t.tp_flags & Py_TPFLAGS_HEAPTYPE ? t.tp_name : t.shortName);
}
function typeSetName(o: PyObject, v: PyObject | null): void {
  const t = o as PyType;
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) raiseTypeError(`cannot set '__name__' attribute of immutable type '${t.tp_name}'`);
  if (!(v instanceof PyStr)) raiseTypeError(`can only assign string to ${t.tp_name}.__name__, not '${v === null ? 'NoneType' : typeName(v)}'`);
  t.tp_name = v.value;
}

function typeMro(self: PyObject): PyObject {
  return newList(computeMro(self as PyType));
}

function typeSubclasses(self: PyObject): PyObject {
  return newList((self as PyType).tp_subclasses.slice());
}

function typeInstanceCheck(self: PyObject, args: PyObject[]): PyObject {
  return newBool(isSubtype(args[0].ob_type, self as PyType) || (args[0].ob_type !== classOf(args[0]) && classOf(args[0]) instanceof PyType && isSubtype(classOf(args[0]) as PyType, self as PyType)));
}

function classOf(o: PyObject): PyObject {
  const c = lookupAttrOptHook.fn(o, '__class__');
  return c ?? o.ob_type;
}
export const lookupAttrOptHook: { fn: (o: PyObject, name: string) => PyObject | null } = { fn: () => null };

function typeSubclassCheck(self: PyObject, args: PyObject[]): PyObject {
  const d = args[0];
  if (!(d instanceof PyType)) raiseTypeError('issubclass() arg 1 must be a class');
  return newBool(isSubtype(d, self as PyType));
}

function typeGetModule(o: PyObject): PyObject {
  const t = o as PyType;
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const v = dictGetStr(t.tp_dict!, '__module__');
    if (v === null) raise(AttributeError, '__module__');
    return v;
  }
  return newStr(typeModuleName(t) ?? 'builtins');
}

function typeGetDoc(o: PyObject): PyObject {
  const t = o as PyType;
  const v = dictGetStr(t.tp_dict!, '__doc__');
  if (v === null) return Py_None;
  const get = v.ob_type.tp_descr_get;
  return get !== null && !(t.tp_flags & Py_TPFLAGS_HEAPTYPE) ? v : get !== null ? get(v, null, t) : v;
}

function typeGetAbstract(o: PyObject): PyObject {
  const t = o as PyType;
  const v = t !== PyType_Type ? dictGetStr(t.tp_dict!, '__abstractmethods__') : null;
  if (v === null) raise(AttributeError, '__abstractmethods__');
  return v;
}
function typeSetAbstract(o: PyObject, v: PyObject | null): void {
  const t = o as PyType;
  const d = t.tp_dict!;
  if (v === null) {
    if (dictDelStr(d, '__abstractmethods__') === null) raise(AttributeError, '__abstractmethods__');
    t.tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
  } else {
    dictSetStr(d, '__abstractmethods__', v);
    if (isTrue(v)) t.tp_flags |= Py_TPFLAGS_IS_ABSTRACT; else t.tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
  }
  invalidateAttrCache(t);
}

function typeRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === Py_EQ) return newBool(a === b);
  if (op === Py_NE) return newBool(a !== b);
  return Py_NotImplemented;
}

defineType(PyType_Type, {
  doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
  basicsize: 904,
  hasdict: true,
  slots: {
    tp_call: type_call, tp_new: type_new_entry, tp_init: (_s, args, kw) => {
      const n = args.length - (kw?.length ?? 0);
      if (n !== 1 && n !== 3) raiseTypeError('type.__init__() takes 1 or 3 arguments');
    },
    tp_repr: type_repr, tp_getattro: type_getattro, tp_setattro: type_setattro, tp_hash: object_hash,
    tp_richcompare: typeRichCompare,
  },
  methods: [
    m('mro', typeMro, 'Return a type\'s method resolution order.'),
    m('__subclasses__', typeSubclasses, 'Return a list of immediate subclasses.'),
    m('__instancecheck__', typeInstanceCheck, 'Check if an object is an instance.'),
    m('__subclasscheck__', typeSubclassCheck, 'Check if a class is a subclass.'),
    m('__prepare__', () => new PyDict(), '__prepare__() -> dict\nused to create the namespace for the class statement', 'class'),
    m('__dir__', (s) => {
      const names = new Set<string>();
      for (const t of (s as PyType).tp_mro) for (const [k] of dictItems(t.tp_dict!)) if (k instanceof PyStr) names.add(k.value);
      return newList([...names].map((n) => newStr(n)));
    }, 'Specialized __dir__ implementation for types.'),
    m('__sizeof__', (s) => newInt(typeSizeof(s as PyType)), 'Return memory consumption of the type object.'),
  ],
  getsets: [
    { name: '__name__', get: typeGetName, set: typeSetName },
    {
      name: '__qualname__', get: (o) => newStr(typeQualName(o as PyType)), set: (o, v) => {
        if (!(v instanceof PyStr)) raiseTypeError(`can only assign string to ${(o as PyType).tp_name}.__qualname__, not '${v === null ? 'NoneType' : typeName(v)}'`);
        heapQualnames.set(o as PyType, v.value);
      },
    },
    { name: '__module__', get: typeGetModule, set: (o, v) => { dictSetStr((o as PyType).tp_dict!, '__module__', v ?? Py_None); } },
    { name: '__bases__', get: (o) => (o as PyType).ht_bases ?? newTuple((o as PyType).tp_bases.slice()) },
    // The members CPython declares READONLY (type_members) refuse assignment with this text.
    { name: '__base__', get: (o) => (o as PyType).tp_base ?? Py_None, set: readonlyMember },
    { name: '__mro__', get: (o) => (o as PyType).ht_mro ?? newTuple((o as PyType).tp_mro.slice()), set: readonlyMember },
    { name: '__dict__', get: (o) => typeDictProxy(o as PyType) },
    { name: '__doc__', get: typeGetDoc, set: (o, v) => { dictSetStr((o as PyType).tp_dict!, '__doc__', v ?? Py_None); } },
    { name: '__abstractmethods__', get: typeGetAbstract, set: typeSetAbstract },
    // CPython reads a builtin type's signature from its tp_doc; a class's docstring has none.
    {
      name: '__text_signature__', get: (o) => {
        const sig = (o as PyType).tp_flags & Py_TPFLAGS_HEAPTYPE ? undefined : typeSignatures.get((o as PyType).tp_name);
        return sig === undefined ? Py_None : newStr(sig);
      },
    },
    { name: '__basicsize__', get: (o) => newInt((o as PyType).tp_basicsize), set: readonlyMember },
    { name: '__itemsize__', get: (o) => newInt((o as PyType).tp_itemsize), set: readonlyMember },
    { name: '__flags__', get: (o) => newInt((o as PyType).tp_flags >>> 0), set: readonlyMember },
    {
      name: '__annotations__', get: (o) => {
        const t = o as PyType;
        const v = dictGetStr(t.tp_dict!, '__annotations__');
        if (v !== null) return v;
        if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) raise(AttributeError, `type object '${t.tp_name}' has no attribute '__annotations__'`);
        const d = new PyDict();
        dictSetStr(t.tp_dict!, '__annotations__', d);
        return d;
      }, set: (o, v) => { dictSetStr((o as PyType).tp_dict!, '__annotations__', v ?? Py_None); },
    },
  ],
});

// ## mappingproxy (type.__dict__)

defineType(PyDictProxy_Type, {
  slots: {
    // types.MappingProxyType(mapping): a read-only view (descrobject.c mappingproxy_new).
    tp_new: (_t, args, kw) => {
      const [mapping] = parseArgs('mappingproxy', args, kw, { names: ['mapping'], required: 1 });
      if (!(mapping instanceof PyDict)) {
        if (mapping!.ob_type.mp_subscript === null || mapping instanceof PyTuple || typeName(mapping!) === 'list') {
          raiseTypeError(`mappingproxy() argument must be a mapping, not ${typeName(mapping!)}`);
        }
        raise(NotImplementedError, 'mappingproxy over a mapping that is not a dict is not supported yet');
      }
      return new PyMappingProxy(mapping);
    },
    mp_subscript: (s, k) => {
      const r = dictGetItem((s as PyMappingProxy).mapping as PyDict, k);
      if (r === null) throw newExceptionKey(k);
      return r;
    },
    mp_length: (s) => ((s as PyMappingProxy).mapping as PyDict).used,
    sq_contains: (s, k) => dictGetItem((s as PyMappingProxy).mapping as PyDict, k) !== null,
    tp_iter: (s) => iterHook.fn((s as PyMappingProxy).mapping),
    tp_repr: (s) => `mappingproxy(${reprString((s as PyMappingProxy).mapping)})`,
    tp_str: (s) => strString((s as PyMappingProxy).mapping),
    tp_richcompare: (s, o, op) => richCompare((s as PyMappingProxy).mapping, o, op),
  },
  methods: [
    m('keys', (s) => callMethodHook.fn((s as PyMappingProxy).mapping, 'keys')),
    m('values', (s) => callMethodHook.fn((s as PyMappingProxy).mapping, 'values')),
    m('items', (s) => callMethodHook.fn((s as PyMappingProxy).mapping, 'items')),
    m('copy', (s) => callMethodHook.fn((s as PyMappingProxy).mapping, 'copy')),
    m('get', (s, a) => {
      const r = dictGetItem((s as PyMappingProxy).mapping as PyDict, a[0]);
      return r ?? (a.length > 1 ? a[1] : Py_None);
    }),
  ],
});
export const iterHook: { fn: (o: PyObject) => PyObject } = { fn: () => { throw new Error('iter'); } };
export const callMethodHook: { fn: (o: PyObject, name: string) => PyObject } = { fn: () => { throw new Error('callMethod'); } };
function newExceptionKey(k: PyObject): PyBaseException {
  return keyErrorHook.fn(k);
}
export const keyErrorHook: { fn: (k: PyObject) => PyBaseException } = { fn: () => { throw new Error('KeyError'); } };

// ## __new__ of static types, as a builtin taking the type first (tp_new_wrapper)

newMethodHook.make = (t: PyType) => {
  const fn: NativeFn = (_self, args, kwnames) => {
    if (args.length - (kwnames?.length ?? 0) < 1) raiseTypeError(`${t.tp_name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!(sub instanceof PyType)) raiseTypeError(`${t.tp_name}.__new__(X): X is not a type object (${typeName(sub)})`);
    if (!isSubtype(sub, t)) raiseTypeError(`${t.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${t.tp_name}`);
    // The most derived static base's tp_new must be t's (you cannot call object.__new__(int)).
    let staticBase: PyType = sub;
    while (staticBase.tp_flags & Py_TPFLAGS_HEAPTYPE && staticBase.tp_base) staticBase = staticBase.tp_base;
    if (staticBase.tp_new !== t.tp_new && t.tp_new !== PyBaseObject_Type.tp_new) {
      raiseTypeError(`${t.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticBase.tp_name}.__new__()`);
    }
    const obj = t.tp_new!(sub, args.slice(1), kwnames);
    trackHeapInstance(obj);
    return obj;
  };
  return staticMethodWrapHook.fn(new PyCFunction({ name: '__new__', fn, sig: '($type, *args, **kwargs)', doc: 'Create and return a new object.  See help(type) for accurate signature.' }, t, null));
};

// ## isinstance / issubclass with metaclass hooks

instanceCheckHook.fn = (inst, cls) => {
  const r = callSpecial(cls, '__instancecheck__', [inst]);
  if (r !== null) return isTrue(r);
  if (!(cls instanceof PyType)) raiseTypeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  return isSubtype(inst.ob_type, cls);
};
subclassCheckHook.fn = (d, cls) => {
  const r = callSpecial(cls, '__subclasscheck__', [d]);
  if (r !== null) return isTrue(r);
  if (!(cls instanceof PyType)) raiseTypeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (!(d instanceof PyType)) raiseTypeError('issubclass() arg 1 must be a class');
  return isSubtype(d, cls);
};
typeMeta.type = PyType_Type;
tupleTypeRef.type = PyTuple_Type;

classGetItemHook.fn = (t, key) => {
  // abstract.c: PyObject_GetItem special-cases type[int] (type has no __class_getitem__).
  if (t === PyType_Type) return newGenericAlias(t, key);
  const f = typeLookup(t, '__class_getitem__');
  if (f === null) raiseTypeError(`type '${t.tp_name}' is not subscriptable`);
  const get = f.ob_type.tp_descr_get;
  const bound = get !== null ? get(f, null, t) : f;
  return call(bound, [key]);
};

export { readyType, internStr, strString, RuntimeError };

// Models Objects/typeobject.c: type_traverse() — a class's namespace, MRO, bases and base
// (tp_subclasses is not visited: CPython keeps weak references there).  When the class is
// freed it also leaves its bases' subclass lists, as type_dealloc's remove_all_subclasses.
traverseHooks.push((o: PyObject, visit: Visit, dealloc: boolean): boolean => {
  if (!(o instanceof PyType) || (o.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return false;
  if (o.tp_dict !== null) visit(o.tp_dict);
  if (o.ht_mro !== null) visit(o.ht_mro);
  if (o.ht_bases !== null) visit(o.ht_bases);
  if (o.tp_base !== null) visit(o.tp_base);
  if (dealloc) {
    for (const b of o.tp_bases) {
      const i = b.tp_subclasses.indexOf(o);
      if (i >= 0) b.tp_subclasses.splice(i, 1);
    }
  }
  return true;
});

/**
 * Models Objects/typeobject.c: type_clear() — the cycle collector drops a garbage class's MRO
 * (the class's reference to itself).  Its namespace is garbage too and is cleared as a dict.
 */
export function typeClear(t: PyType): void {
  const mro = t.ht_mro;
  t.tp_mro = [];
  t.ht_mro = null;
  invalidateAttrCache(t);
  if (mro !== null) Py_DECREF(mro);
}
