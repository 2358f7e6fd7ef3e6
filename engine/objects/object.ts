// ## The object header
//
// Every Python object is a TS object whose class extends PyObject: a type pointer and a
// reference count, as CPython's PyObject header (Include/object.h).  Subclasses add their
// own fields once, in the constructor, so V8 keeps each shape monomorphic.
//
// `ob_refcnt` counts the references held by storage (frames' locals and value stacks, cells,
// container slots, instance dicts, attributes of functions, methods, iterators ...): see
// engine/memory/refcount.ts.  Objects made while the interpreter boots are immortal (their
// count starts huge); after boot a new object starts at 0 and storing it counts.  `ob_serial`
// numbers objects in creation order: deallocation at a safe point skips objects older than
// the innermost native-to-Python call, which a native may still hold without counting.
// `dict` and `slots` are in the header so that a class deriving from any builtin can add a
// __dict__ or __slots__ without a JS class per combination.

import type { PyType } from './type.js';
import type { PyDict } from './dict.js';
import { objectMalloc } from '../memory/objalloc.js';

/**
 * Initial count and creation serial.  Boot-time objects start at 999999999, as 3.11's statically
 * allocated objects (_PyObject_IMMORTAL_INIT); refcount.ts flips `init` to 0 when boot ends.
 */
export const objectBirth = { init: 999999999, serial: 0 };

/** Py_TPFLAGS_HEAPTYPE (type.ts imports this file, so the bit is repeated here). */
const Py_TPFLAGS_HEAPTYPE_BIT = 1 << 9;
/**
 * Objects whose count reached 0, waiting for the next safe point (memory/refcount.ts).  Here
 * because the constructor sets `urgent` too: the evaluation loop reads it every instruction.
 */
export const zombies = { n: 0, urgent: 0, rest: 0 };

/**
 * The zero-count table (Deutsch and Bobrow's deferred reference counting): every object is
 * recorded at birth, when its count is 0, and one a native makes and never stores is freed
 * at the next safe point of its evaluation level (memory/refcount.ts: scanNewborns), as
 * CPython frees it when the C code that made it drops its reference.  Births go to `chunk`, a
 * short array made afresh at each safe point: V8 then stores young objects into a young
 * array, without the write barrier a long-lived table would cost on every allocation.  What
 * is still uncounted at a safe point moves to `list`; `n` is its length.
 */
/**
 * Births past which the table asks for a safe point, so a loop making objects keeps it short.
 * The allocator checks it (objalloc.ts) when it frees a block or opens a pool: the constructor
 * must stay small enough for V8 to inline it with the allocator's fast path.
 */
export const NEWBORN_BATCH = 1024;

export const newborns = { chunk: [] as PyObject[], pos: 0, list: [] as PyObject[], n: 0 };

export class PyObject {
  ob_refcnt: number;
  ob_serial: number;
  /** Cycle-collector generation (0..2) while tracked, -1 untracked (memory/gc.ts). */
  gc_gen: number;
  ob_type: PyType;
  /** Address of the object's block from the allocator model (id()); 0 = not placed (yet). */
  ob_addr: number;
  /** Instance __dict__ (made on first use) for types whose instances have one. */
  dict: PyDict | null;
  /** Values of __slots__ members, in the type's tp_slotnames order; null = unset. */
  slots: (PyObject | null)[] | null;

  /**
   * varBytes: the variable part of the allocation (int digits, tuple items, str data).
   * newborn: record the object in the zero-count table (false for ints, floats and strs).
   */
  constructor(type: PyType, varBytes = 0, newborn = true) {
    this.ob_refcnt = objectBirth.init;
    this.ob_serial = ++objectBirth.serial;
    this.gc_gen = -1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.dict = null;
    this.slots = null;
    // After the header is initialised: V8 then allocates and fills the object in one go.
    this.ob_addr = objectMalloc(type, varBytes);
    // An instance of a heap type (a class made at run time) owns a reference to it, as
    // PyType_GenericAlloc's Py_INCREF(type); tp_traverse visits it, so dealloc drops it.
    // (A branch among the field stores above costs every object creation about 10%.)
    if (type !== null && (type.tp_flags & Py_TPFLAGS_HEAPTYPE_BIT) !== 0) type.ob_refcnt++;
    if (newborn) {
      const nb = newborns;
      nb.chunk[nb.pos++] = this;
    }
  }
}

/**
 * A dead object's JS object made new again (objalloc.ts floatPool, intPool): the header the
 * constructor would set, a fresh block from the allocator, and the zero-count table's record
 * unless the caller stores it at once.  The caller sets the value.
 */
export function reviveObject<T extends PyObject>(o: T, varBytes: number, newborn: boolean): T {
  o.ob_refcnt = objectBirth.init;
  o.ob_serial = ++objectBirth.serial;
  o.ob_addr = objectMalloc(o.ob_type, varBytes);
  if (newborn) newborns.chunk[newborns.pos++] = o;
  return o;
}

/** Slot signatures.  They take and return JS values where that saves boxing on hot paths. */
export type ReprFunc = (self: PyObject) => string;
export type HashFunc = (self: PyObject) => number;
export type RichCmpFunc = (self: PyObject, other: PyObject, op: number) => PyObject;
/** Attribute names travel as JS strings (identifiers are interned on the Python side anyway). */
export type GetAttroFunc = (self: PyObject, name: string) => PyObject;
export type SetAttroFunc = (self: PyObject, name: string, value: PyObject | null) => void;
/** Vectorcall-like: positional args then keyword values; kwnames names the trailing values. */
export type CallFunc = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type NewFunc = (type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
export type InitFunc = (self: PyObject, args: PyObject[], kwnames: string[] | null) => void;
export type UnaryFunc = (self: PyObject) => PyObject;
/** Returns null when the iterator is exhausted (no StopIteration object is made). */
export type IterNextFunc = (self: PyObject) => PyObject | null;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type InquiryFunc = (self: PyObject) => boolean;
export type LenFunc = (self: PyObject) => number;
export type ObjObjFunc = (self: PyObject, item: PyObject) => boolean;
export type ObjObjArgFunc = (self: PyObject, key: PyObject, value: PyObject | null) => void;
export type DescrGetFunc = (self: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type DescrSetFunc = (self: PyObject, obj: PyObject, value: PyObject | null) => void;

/** Rich comparison operators, numbered as Py_LT..Py_GE and COMPARE_OP's oparg. */
export const Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

/**
 * Binary number slots, indexed by BINARY_OP's oparg (Include/opcode.h NB_*): 0..12 plain,
 * 13..25 in-place.  The table maps each to its dunder names.
 */
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13;
export const NB_DIVMOD = 26;
export const NB_SLOT_COUNT = 27;
export const NB_NAMES: readonly [string, string, string, string][] = [
  // [dunder, reflected dunder, in-place dunder, operator symbol]
  ['__add__', '__radd__', '__iadd__', '+'],
  ['__and__', '__rand__', '__iand__', '&'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__', '//'],
  ['__lshift__', '__rlshift__', '__ilshift__', '<<'],
  ['__matmul__', '__rmatmul__', '__imatmul__', '@'],
  ['__mul__', '__rmul__', '__imul__', '*'],
  ['__mod__', '__rmod__', '__imod__', '%'],
  ['__or__', '__ror__', '__ior__', '|'],
  ['__pow__', '__rpow__', '__ipow__', '** or pow()'],
  ['__rshift__', '__rrshift__', '__irshift__', '>>'],
  ['__sub__', '__rsub__', '__isub__', '-'],
  ['__truediv__', '__rtruediv__', '__itruediv__', '/'],
  ['__xor__', '__rxor__', '__ixor__', '^'],
];
