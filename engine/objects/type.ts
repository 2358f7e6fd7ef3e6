// ## Type objects
//
// A PyType is CPython's PyTypeObject: a name, bases, an MRO, a dict, and slot functions that
// the VM calls directly (tp_repr, nb[], mp_subscript ...).  Builtin types fill their slots in
// their own file (engine/objects/<type>.ts) through `defineType`; classes created by a
// `class` statement get slot functions that look up the dunder methods (engine/objects/
// slots.ts), re-derived whenever a dunder is assigned on the class, as typeobject.c's
// update_slot() does.
//
// Instance layout: every PyObject carries `dict` and `slots` fields (object.ts), so a
// subclass of any builtin can grow a __dict__ or __slots__ without a new JS class.

import {
  PyObject, ReprFunc, HashFunc, RichCmpFunc, GetAttroFunc, SetAttroFunc, CallFunc, NewFunc,
  InitFunc, UnaryFunc, IterNextFunc, BinaryFunc, TernaryFunc, InquiryFunc, LenFunc, ObjObjFunc,
  ObjObjArgFunc, DescrGetFunc, DescrSetFunc, NB_SLOT_COUNT,
} from './object.js';
import type { PyDict } from './dict.js';
import type { SharedKeys } from './dictsplit.js';

/** Instances match sequence patterns (`case [a, b]:`): list, tuple, range, memoryview, deque. */
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
/** Instances match mapping patterns (`case {'k': v}:`): dict, mappingproxy. */
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const COLLECTION_FLAGS = Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING;
/** A class pattern's one positional sub-pattern matches the subject itself (`case int(x):`). */
export const _Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;
export const Py_TPFLAGS_DEFAULT = 0;

export class PyType extends PyObject {
  tp_name: string;
  tp_base: PyType | null;
  tp_bases: PyType[];
  tp_mro: PyType[];
  /**
   * A class's __bases__ and __mro__ as the tuple objects CPython keeps in tp_bases/tp_mro:
   * they own the references to the entries (tp_bases/tp_mro above are their items, for
   * lookups), are tracked, and are part of a dead class's garbage.  Null for builtin types.
   */
  ht_bases: PyObject | null;
  ht_mro: PyObject | null;
  /** Filled by readyType(); null only while the interpreter boots. */
  tp_dict: PyDict | null;
  tp_flags: number;
  tp_doc: string | null;
  tp_basicsize: number;
  tp_itemsize: number;
  /** Instances may carry a __dict__ (CPython: tp_dictoffset != 0). */
  tp_hasdict: boolean;
  /** ht_cached_keys: the keys its instances' dicts share (dictsplit.ts), for managed-dict classes. */
  ht_cached_keys: SharedKeys | null;
  /** Instances support weak references (CPython: tp_weaklistoffset != 0). */
  tp_weakrefable: boolean;
  /** Names of __slots__ declared by this type and its bases, in layout order. */
  tp_slotnames: string[];
  /** Allocation request for an instance, pre-header included (engine/memory/sizes.ts); 0 = not computed. */
  tp_allocsize: number;
  /** Pre-header bytes before the object in its block (PyGC_Head, managed dict). */
  tp_prehdr: number;
  /** Free list of dead instances' addresses (exact float, list, dict, tuple), else null. */
  tp_freelist: number[] | null;
  tp_freelist_max: number;
  /** Instances own separately allocated parts (list items, dict keys, set table): set with tp_allocsize. */
  tp_parts: boolean;

  tp_repr: ReprFunc | null = null;
  tp_str: ReprFunc | null = null;
  tp_hash: HashFunc | null = null;
  tp_richcompare: RichCmpFunc | null = null;
  tp_getattro: GetAttroFunc | null = null;
  tp_setattro: SetAttroFunc | null = null;
  tp_call: CallFunc | null = null;
  tp_iter: UnaryFunc | null = null;
  tp_iternext: IterNextFunc | null = null;
  tp_descr_get: DescrGetFunc | null = null;
  tp_descr_set: DescrSetFunc | null = null;
  tp_new: NewFunc | null = null;
  tp_init: InitFunc | null = null;
  /** Called when the object dies (a user class's __del__); finalizers run once. */
  tp_finalize: ((self: PyObject) => void) | null = null;

  /** Binary number slots indexed by BINARY_OP oparg (object.ts NB_*). */
  nb: (BinaryFunc | null)[];
  nb_power3: TernaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: InquiryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_index: UnaryFunc | null = null;
  /** sq_length and mp_length share one slot; CPython tries them in that order anyway. */
  mp_length: LenFunc | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: ObjObjArgFunc | null = null;
  sq_contains: ObjObjFunc | null = null;
  /** Sequence concatenation/repetition, tried after the number slots (list + list, 'ab' * 3). */
  sq_concat: BinaryFunc | null = null;
  sq_repeat: ((self: PyObject, n: number) => PyObject) | null = null;
  sq_inplace_concat: BinaryFunc | null = null;
  sq_inplace_repeat: ((self: PyObject, n: number) => PyObject) | null = null;
  /** Whether this type defines sequence indexing (sq_item) — list, tuple, str, range ... */
  sq_item: boolean = false;

  /** Method-resolution cache: name -> attribute found along the MRO (or null). */
  attrCache: Map<string, PyObject | null>;
  /**
   * Changes whenever attrCache is invalidated (as CPython's tp_version_tag), so per-instruction
   * caches of attribute lookups (engine/vm/attrcache.ts) can check they are current.
   */
  tp_version_tag: number;
  /** Direct subclasses, for __subclasses__() and to invalidate caches / re-derive slots. */
  tp_subclasses: PyType[];

  constructor(metatype: PyType | null, name: string, base: PyType | null, flags = 0) {
    // The metatype of `type` is `type` itself: fixed up by bootstrap once it exists.
    super(metatype as PyType);
    this.tp_name = name;
    this.tp_base = base;
    this.tp_bases = base ? [base] : [];
    this.tp_mro = [];
    this.ht_bases = null;
    this.ht_mro = null;
    this.tp_dict = null;
    this.tp_flags = flags;
    this.tp_doc = null;
    this.tp_basicsize = base ? base.tp_basicsize : 16;
    this.tp_itemsize = 0;
    this.tp_hasdict = false;
    this.ht_cached_keys = null;
    this.tp_weakrefable = false;
    this.tp_slotnames = [];
    this.tp_allocsize = 0;
    this.tp_prehdr = 0;
    this.tp_freelist = null;
    this.tp_freelist_max = 0;
    this.tp_parts = false;
    this.nb = new Array(NB_SLOT_COUNT).fill(null);
    this.attrCache = new Map();
    this.tp_version_tag = nextVersionTag++;
    this.tp_subclasses = [];
  }

  /** The part of tp_name after the last dot, as type.__name__ shows it for builtins. */
  get shortName(): string {
    const i = this.tp_name.lastIndexOf('.');
    return i < 0 ? this.tp_name : this.tp_name.slice(i + 1);
  }
}

/** `isinstance(o, t)` by MRO only (no __instancecheck__): PyObject_TypeCheck. */
export function typeCheck(o: PyObject, t: PyType): boolean {
  const ot = o.ob_type;
  return ot === t || isSubtype(ot, t);
}

/** PyType_IsSubtype: walks the MRO once it is computed, else the base chain. */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  if (mro.length) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  for (let t: PyType | null = a; t; t = t.tp_base) if (t === b) return true;
  return false;
}

let nextVersionTag = 1;

/** Forget cached attribute lookups for `t` and every subclass (after a class attribute changes). */
export function invalidateAttrCache(t: PyType): void {
  const stack = [t];
  while (stack.length) {
    const x = stack.pop()!;
    x.attrCache.clear();
    x.tp_version_tag = nextVersionTag++;
    for (const s of x.tp_subclasses) stack.push(s);
  }
}

/**
 * Models typeobject.c: inherit_special()'s _Py_TPFLAGS_MATCH_SELF (from the primary base) and
 * inherit_patma_flags() (from the first class along the MRO that has a collection flag).
 */
export function inheritPatternFlags(t: PyType): void {
  if (t.tp_base !== null && t.tp_base.tp_flags & _Py_TPFLAGS_MATCH_SELF) t.tp_flags |= _Py_TPFLAGS_MATCH_SELF;
  for (let i = 1; i < t.tp_mro.length && !(t.tp_flags & COLLECTION_FLAGS); i++) {
    t.tp_flags |= t.tp_mro[i].tp_flags & COLLECTION_FLAGS;
  }
}
