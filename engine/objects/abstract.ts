// ## The abstract object protocols
//
// What CPython's Objects/abstract.c and the generic parts of Objects/object.c do: the one
// place that turns "call repr on this", "add these two", "get this attribute" into slot
// calls, with CPython's dispatch rules (reflected operands, subclass priority,
// NotImplemented) and CPython's error messages.  Everything else calls these.

import { PyObject, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, NB_NAMES, NB_INPLACE, NB_POWER, NB_ADD, NB_MULTIPLY, NB_DIVMOD } from './object.js';
import { PyType, isSubtype, typeCheck } from './type.js';
import { Py_DECREF, releaseLater } from '../memory/refcount.js';
import { PyStr, newStr, compareStr } from './str.js';
import { PyInt } from './int.js';
import { Py_NotImplemented, Py_True, Py_False, Py_None } from './singletons.js';
import {
  raiseTypeError, raise, AttributeError, TypeError as TypeErrorT, IndexError, OverflowError,
  PyBaseException, newException, StopIteration, RecursionError, DeprecationWarning,
} from './exceptions.js';
import { PyUnicode_Type, PyLong_Type, PyFloat_Type } from './typeobjects.js';
import type { PyFloat } from './float.js';


/** The type's tp_name, as CPython's error messages show it ('re.Pattern', a class's own name). */
export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

// ## Recursion guard for natives that re-enter Python (repr, ==, hash ...)
//
// Python-to-Python calls never recurse in JS; but a __repr__ calling repr() of a child
// does, through natives.  CPython counts those in the same recursion depth
// (Py_EnterRecursiveCall); so do we, sharing the counter with the frame stack.
export const recursion = { depth: 0, limit: 1000 };

export function enterRecursiveCall(where: string): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    raise(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}
export function leaveRecursiveCall(): void {
  recursion.depth--;
}

// ## repr / str / hash / truth

export function reprString(o: PyObject): string {
  const f = o.ob_type.tp_repr;
  if (f === null) return `<${typeName(o)} object>`;
  enterRecursiveCall(' while getting the repr of an object');
  try {
    return f(o);
  } finally {
    recursion.depth--;
  }
}

export function repr(o: PyObject): PyStr {
  return newStr(reprString(o));
}

export function strString(o: PyObject): string {
  if (o.ob_type === PyUnicode_Type) return (o as PyStr).value;
  const f = o.ob_type.tp_str ?? o.ob_type.tp_repr;
  if (f === null) return `<${typeName(o)} object>`;
  enterRecursiveCall(' while getting the str of an object');
  try {
    return f(o);
  } finally {
    recursion.depth--;
  }
}

export function str(o: PyObject): PyStr {
  if (o.ob_type === PyUnicode_Type) return o as PyStr;
  return newStr(strString(o));
}

export function hashObject(o: PyObject): number {
  const f = o.ob_type.tp_hash;
  if (f === null) raiseTypeError(`unhashable type: '${typeName(o)}'`);
  return f(o);
}

export function isTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) > 0;
  return true;
}

// ## Comparison

const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];

/** Models Objects/object.c: do_richcompare(). */
export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  enterRecursiveCall(' in comparison');
  try {
    const vt = v.ob_type, wt = w.ob_type;
    let checkedReverse = false;
    if (vt !== wt && isSubtype(wt, vt) && wt.tp_richcompare !== null) {
      checkedReverse = true;
      const r = wt.tp_richcompare(w, v, SWAPPED[op]);
      if (r !== Py_NotImplemented) return r;
    }
    if (vt.tp_richcompare !== null) {
      const r = vt.tp_richcompare(v, w, op);
      if (r !== Py_NotImplemented) return r;
    }
    if (!checkedReverse && wt.tp_richcompare !== null) {
      const r = wt.tp_richcompare(w, v, SWAPPED[op]);
      if (r !== Py_NotImplemented) return r;
    }
    if (op === Py_EQ) return v === w ? Py_True : Py_False;
    if (op === Py_NE) return v !== w ? Py_True : Py_False;
    raiseTypeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
  } finally {
    recursion.depth--;
  }
}

/** PyObject_RichCompareBool: identity implies equality, as CPython's containers assume. */
export function richCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  // Comparing two exact strs, ints or floats cannot run Python code: answer without the
  // generic dispatch (sorting, dict and list searches spend their time here).
  const t = v.ob_type;
  if (t === w.ob_type) {
    if (t === PyUnicode_Type) {
      if (op === Py_EQ || op === Py_NE) return ((v as PyStr).value === (w as PyStr).value) === (op === Py_EQ);
      return orderHolds(compareStr(v as PyStr, w as PyStr), op);
    }
    if (t === PyLong_Type) {
      const x = (v as PyInt).value, y = (w as PyInt).value;
      return orderHolds(x < y ? -1 : x == y ? 0 : 1, op);
    }
    if (t === PyFloat_Type) {
      const x = (v as PyFloat).value, y = (w as PyFloat).value;
      // NaN: every comparison but != is false, as float_richcompare.
      if (x !== x || y !== y) return op === Py_NE;
      return orderHolds(x < y ? -1 : x === y ? 0 : 1, op);
    }
  }
  const r = richCompare(v, w, op);
  if (r === Py_True) return true;
  if (r === Py_False) return false;
  return isTrue(r);
}

/** Whether a three-way comparison result c satisfies the rich comparison op. */
function orderHolds(c: number, op: number): boolean {
  switch (op) {
    case Py_LT: return c < 0;
    case Py_LE: return c <= 0;
    case Py_EQ: return c === 0;
    case Py_NE: return c !== 0;
    case Py_GT: return c > 0;
    default: return c >= 0;
  }
}

export { Py_LT, Py_LE, Py_GT, Py_GE };

// ## Attributes

export function getAttr(o: PyObject, name: string): PyObject {
  const f = o.ob_type.tp_getattro;
  if (f === null) raiseAttributeError(o, name);
  return f(o, name);
}

/** getattr(o, name, None)-style: null when the lookup raises AttributeError. */
export function getAttrOpt(o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, AttributeError)) {
      // _PyObject_LookupAttr clears the error: the exception nobody stored is freed.
      releaseLater(e);
      return null;
    }
    throw e;
  }
}

export function setAttr(o: PyObject, name: string, value: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    const what = value === null ? 'del' : 'assign to';
    if (o.ob_type.tp_getattro === null) raiseTypeError(`'${typeName(o)}' object has no attributes (${what} .${name})`);
    raiseTypeError(`'${typeName(o)}' object has only read-only attributes (${what} .${name})`);
  }
  f(o, name, value);
}

export function raiseAttributeError(o: PyObject, name: string): never {
  const e = newException(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  attachAttributeErrorContext(e, o, name);
  throw e;
}

/** AttributeError.name / .obj feed the "Did you mean" suggestion in tracebacks. */
export function attachAttributeErrorContext(e: PyBaseException, o: PyObject, name: string): void {
  (e as PyBaseException & { attrName?: string; attrObj?: PyObject }).attrName = name;
  (e as PyBaseException & { attrName?: string; attrObj?: PyObject }).attrObj = o;
}

// ## Calls

export function call(callable: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) raiseTypeError(`'${callable.ob_type.tp_name}' object is not callable`);
  return f(callable, args, kwnames);
}

export function callMethod(o: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject {
  // The bound method exists for this call only (as PyObject_CallMethod drops it).
  return callOnce(getAttr(o, name), args, kwnames);
}

/**
 * Call `m`, a callable made for this one call (a bound method a lookup just built), and release
 * it afterwards, also when the call raises: C code's Py_DECREF of the method it looked up.
 */
export function callOnce(m: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  let r: PyObject | null = null;
  try {
    r = call(m, args, kwnames);
    return r;
  } finally {
    if (r !== m) releaseLater(m);
  }
}

// ## Iteration

export function getIter(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t.tp_iter !== null) {
    const it = t.tp_iter(o);
    if (it.ob_type.tp_iternext === null) {
      raiseTypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (t.mp_subscript !== null && t.sq_item) return seqIterFactory.make(o);
  raiseTypeError(`'${typeName(o)}' object is not iterable`);
}

/** Filled by iter.ts: the old-style sequence iterator (PySeqIter_New). */
export const seqIterFactory: { make: (seq: PyObject) => PyObject } = {
  make: () => { throw new Error('sequence iterator not registered'); },
};

/** Next item, or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raiseTypeError(`'${typeName(it)}' object is not an iterator`);
  return f(it);
}

/** Drain any iterable into a JS array (list(x), tuple(x), unpacking ...). */
export function iterableToArray(o: PyObject): PyObject[] {
  const fast = fastSequenceItems(o);
  if (fast !== null) return fast.slice();
  // The iterator is counted while it is drained and released after (CPython's
  // Py_DECREF(it)): a new one (a dict's, a set's) holds its container, and one that is never
  // released keeps that container alive for good.
  const it = getIter(o);
  it.ob_refcnt++;
  try {
    const out: PyObject[] = [];
    const next = it.ob_type.tp_iternext!;
    for (;;) {
      const x = next(it);
      if (x === null) return out;
      out.push(x);
    }
  } finally {
    Py_DECREF(it);
  }
}

/** Exact lists and tuples expose their items array; callers must not mutate it. */
export const fastSequence: { items: (o: PyObject) => PyObject[] | null } = { items: () => null };
function fastSequenceItems(o: PyObject): PyObject[] | null {
  return fastSequence.items(o);
}

/** For generators' StopIteration(value) → the return value. */
export function stopIterationValue(e: PyBaseException): PyObject {
  if (!isSubtype(e.ob_type, StopIteration)) return Py_None;
  return e.args.items.length ? e.args.items[0] : Py_None;
}

// ## Numbers

/** Models Objects/abstract.c: binary_op1() — subclass first, then left, then right. */
export function binaryOp1(v: PyObject, w: PyObject, slot: number): PyObject {
  const vt = v.ob_type, wt = w.ob_type;
  const slotv = vt.nb[slot];
  let slotw = wt !== vt ? wt.nb[slot] : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(wt, vt)) {
      const r = slotw(v, w);
      if (r !== Py_NotImplemented) return r;
      slotw = null;
    }
    const r = slotv(v, w);
    if (r !== Py_NotImplemented) return r;
  }
  if (slotw !== null) return slotw(v, w);
  return Py_NotImplemented;
}

export function binaryOp(v: PyObject, w: PyObject, slot: number): PyObject {
  // divmod's slot sits after the in-place ones but is a plain binary operation.
  if (slot >= NB_INPLACE && slot !== NB_DIVMOD) return inplaceOp(v, w, slot - NB_INPLACE);
  const r = binaryOp1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  if (slot === NB_ADD && v.ob_type.sq_concat !== null) return v.ob_type.sq_concat(v, w);
  if (slot === NB_MULTIPLY) {
    const rep = sequenceRepeat(v, w, false);
    if (rep !== null) return rep;
  }
  return binopTypeError(v, w, slot, false);
}

/** Models Objects/abstract.c: sequence_repeat() — the int may be on either side. */
function sequenceRepeat(v: PyObject, w: PyObject, inplace: boolean): PyObject | null {
  const vt = v.ob_type, wt = w.ob_type;
  const vrep = (inplace ? vt.sq_inplace_repeat : null) ?? vt.sq_repeat;
  if (vrep !== null) {
    if (!isIndexable(w)) raiseTypeError(`can't multiply sequence by non-int of type '${typeName(w)}'`);
    return vrep(v, asSsize(w, OverflowError));
  }
  if (wt.sq_repeat !== null) {
    if (!isIndexable(v)) raiseTypeError(`can't multiply sequence by non-int of type '${typeName(v)}'`);
    return wt.sq_repeat(w, asSsize(v, OverflowError));
  }
  return null;
}

function binopTypeError(v: PyObject, w: PyObject, slot: number, inplace: boolean): never {
  if (slot === NB_DIVMOD) raiseTypeError(`unsupported operand type(s) for divmod(): '${typeName(v)}' and '${typeName(w)}'`);
  const sym = NB_NAMES[slot][3] + (inplace && slot !== NB_POWER ? '=' : '');
  const symbol = inplace && slot === NB_POWER ? '**=' : sym;
  if (slot === 9 && v.ob_type.tp_name === 'builtin_function_or_method' && (v as { name?: string }).name === 'print') {
    raiseTypeError(`unsupported operand type(s) for ${symbol}: '${typeName(v)}' and '${typeName(w)}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  raiseTypeError(`unsupported operand type(s) for ${symbol}: '${typeName(v)}' and '${typeName(w)}'`);
}

/** Models Objects/abstract.c: binary_iop1() — the in-place slot, then the plain one. */
export function inplaceOp(v: PyObject, w: PyObject, slot: number): PyObject {
  const islot = v.ob_type.nb[slot + NB_INPLACE];
  // A left operand without the in-place slot falls through to the plain one, as CPython.
  if (islot !== null) {
    const r = islot(v, w);
    if (r !== Py_NotImplemented) return r;
  }
  const r = binaryOp1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  if (slot === NB_ADD) {
    const cat = v.ob_type.sq_inplace_concat ?? v.ob_type.sq_concat;
    if (cat !== null) return cat(v, w);
  }
  if (slot === NB_MULTIPLY) {
    const rep = sequenceRepeat(v, w, true);
    if (rep !== null) return rep;
  }
  return binopTypeError(v, w, slot, true);
}

export function power(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z === Py_None) return binaryOp(v, w, NB_POWER);
  // Models Objects/abstract.c: ternary_op — v's slot, w's (first if w's type is a subclass),
  // then z's.
  const vt = v.ob_type, wt = w.ob_type;
  const slotv = vt.nb_power3;
  let slotw = wt !== vt ? wt.nb_power3 : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(wt, vt)) {
      const r = slotw(v, w, z);
      if (r !== Py_NotImplemented) return r;
      slotw = null;
    }
    const r = slotv(v, w, z);
    if (r !== Py_NotImplemented) return r;
  }
  if (slotw !== null) {
    const r = slotw(v, w, z);
    if (r !== Py_NotImplemented) return r;
  }
  const slotz = z.ob_type.nb_power3;
  if (slotz !== null && slotz !== slotv && slotz !== slotw) {
    const r = slotz(v, w, z);
    if (r !== Py_NotImplemented) return r;
  }
  raiseTypeError(`unsupported operand type(s) for ** or pow(): '${typeName(v)}', '${typeName(w)}', '${typeName(z)}'`);
}

function unary(o: PyObject, f: ((o: PyObject) => PyObject) | null, sym: string): PyObject {
  if (f === null) raiseTypeError(`bad operand type for ${sym}: '${typeName(o)}'`);
  return f(o);
}
export const negative = (o: PyObject) => unary(o, o.ob_type.nb_negative, 'unary -');
export const positive = (o: PyObject) => unary(o, o.ob_type.nb_positive, 'unary +');
export const invert = (o: PyObject) => unary(o, o.ob_type.nb_invert, 'unary ~');
export const absolute = (o: PyObject) => unary(o, o.ob_type.nb_absolute, 'abs()');

/** operator.index(): an int, via __index__. */
export function index(o: PyObject): PyInt {
  if (o instanceof PyInt) return o;
  const f = o.ob_type.nb_index;
  if (f === null) raiseTypeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!(r instanceof PyInt)) raiseTypeError(`__index__ returned non-int (type ${typeName(r)})`);
  if (r.ob_type !== PyLong_Type) {
    warnHook.fn(DeprecationWarning, `__index__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  }
  return r;
}

/** Set at boot: warnings.warn(message, category) attributed to the running Python frame (PyErr_WarnEx). */
export const warnHook: { fn: (category: PyType, message: string) => void } = {
  fn: () => { throw new Error('warnHook used before boot'); },
};

/** PyNumber_AsSsize_t: a JS number, raising `exc` (IndexError/OverflowError) when it does not fit. */
export function asSsize(o: PyObject, exc: PyType | null = IndexError): number {
  const v = index(o).value;
  if (typeof v === 'number') return v;
  if (exc === null) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  raise(exc, `cannot fit '${typeName(o)}' into an index-sized integer`);
}

export function isIndexable(o: PyObject): boolean {
  return o instanceof PyInt || o.ob_type.nb_index !== null;
}

// ## Containers

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.ob_type.mp_subscript;
  if (f !== null) return f(o, key);
  if (o instanceof PyType) return classGetItem(o, key);
  raiseTypeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Filled by typeobject code: type[...] via __class_getitem__. */
export const classGetItemHook: { fn: (t: PyType, key: PyObject) => PyObject | null } = { fn: () => null };
function classGetItem(t: PyType, key: PyObject): PyObject {
  const r = classGetItemHook.fn(t, key);
  if (r !== null) return r;
  raiseTypeError(`'type' object is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) {
    if (o.ob_type.mp_subscript !== null) raiseTypeError(`'${typeName(o)}' object does not support item assignment`);
    raiseTypeError(`'${typeName(o)}' object does not support item assignment`);
  }
  f(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) {
    if (o.ob_type.mp_subscript !== null) raiseTypeError(`'${typeName(o)}' object doesn't support item deletion`);
    raiseTypeError(`'${typeName(o)}' object does not support item deletion`);
  }
  f(o, key, null);
}

export function contains(container: PyObject, item: PyObject): boolean {
  const f = container.ob_type.sq_contains;
  if (f !== null) return f(container, item);
  // Fall back to iteration (PySequence_Contains -> _PySequence_IterSearch), which renames
  // the TypeError of a failed iter().
  let it: PyObject;
  try {
    it = getIter(container);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, TypeErrorT)) {
      releaseLater(e);
      raiseTypeError(`argument of type '${typeName(container)}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      if (richCompareBool(x, item, Py_EQ)) return true;
    }
  } finally {
    // _PySequence_IterSearch's Py_DECREF(it).
    releaseLater(it);
  }
}

export function length(o: PyObject): number {
  const f = o.ob_type.mp_length;
  if (f === null) raiseTypeError(`object of type '${typeName(o)}' has no len()`);
  return f(o);
}

/** len() that tolerates objects without one (length_hint-ish); -1 when unknown. */
export function lengthOpt(o: PyObject): number {
  const f = o.ob_type.mp_length;
  return f === null ? -1 : f(o);
}

// ## isinstance / issubclass

/** Models Objects/abstract.c: object_isinstance / PyObject_IsInstance (with __instancecheck__). */
export function isInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (typeCheck(inst, cls)) return true;
    if (cls.ob_type === typeMeta.type) {
      // Plain `type` metaclass: __class__ may still differ (weakref proxies forward it).
      const icls = getAttrOpt(inst, '__class__');
      return icls !== null && icls !== inst.ob_type && icls instanceof PyType && isSubtype(icls, cls);
    }
    return instanceCheckHook.fn(inst, cls);
  }
  // A union is checked as the tuple of its arguments (object_recursive_isinstance).
  if (cls.ob_type === unionTypeRef.type) cls = (cls as unknown as { args: PyObject }).args;
  if (cls.ob_type === tupleTypeRef.type) {
    for (const c of (cls as unknown as { items: PyObject[] }).items) if (isInstance(inst, c)) return true;
    return false;
  }
  return instanceCheckHook.fn(inst, cls);
}

export function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === unionTypeRef.type) cls = (cls as unknown as { args: PyObject }).args;
  if (cls.ob_type === tupleTypeRef.type) {
    for (const c of (cls as unknown as { items: PyObject[] }).items) if (isSubclass(derived, c)) return true;
    return false;
  }
  if (cls instanceof PyType && cls.ob_type === typeMeta.type) {
    if (!(derived instanceof PyType)) raiseTypeError('issubclass() arg 1 must be a class');
    return isSubtype(derived, cls);
  }
  return subclassCheckHook.fn(derived, cls);
}

/** Set by typeobject.ts: metaclass __instancecheck__ / __subclasscheck__ dispatch. */
export const instanceCheckHook: { fn: (inst: PyObject, cls: PyObject) => boolean } = { fn: () => false };
export const subclassCheckHook: { fn: (d: PyObject, cls: PyObject) => boolean } = { fn: () => false };
export const typeMeta: { type: PyType | null } = { type: null };
export const tupleTypeRef: { type: PyType | null } = { type: null };
/** Set by unionobject.ts: types.UnionType, whose instances isinstance() checks as a tuple of their __args__. */
export const unionTypeRef: { type: PyType | null } = { type: null };

// ## Small conversions used everywhere

export function asJsString(o: PyObject, what: string): string {
  if (o instanceof PyStr) return o.value;
  raiseTypeError(`${what} must be str, not ${typeName(o)}`);
}

export function asIntOrThrow(o: PyObject, what: string): number {
  if (o instanceof PyInt) {
    const v = o.value;
    if (typeof v === 'number') return v;
    raise(OverflowError, 'Python int too large to convert to C ssize_t');
  }
  if (o.ob_type.nb_index !== null) return asSsize(o, OverflowError);
  raiseTypeError(`${what}'${typeName(o)}' object cannot be interpreted as an integer`);
}

// ## format()

/** PyObject_Format: type(o).__format__(o, spec), with CPython's checks on the result. */
export function formatObject(o: PyObject, spec: string): string {
  if (spec === '' && o.ob_type === PyUnicode_Type) return (o as PyStr).value;
  if (spec === '' && o.ob_type === PyLong_Type) return strString(o);
  const r = callMethodOnType(o, '__format__', [newStr(spec)]);
  if (!(r instanceof PyStr)) raiseTypeError(`__format__ must return a str, not ${typeName(r)}`);
  return r.value;
}

/** Call a special method looked up on the type (not the instance), as CPython's _PyObject_LookupSpecial. */
export function callMethodOnType(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = lookupSpecialHook.fn(o, name);
  if (m === null) raiseTypeError(`'${typeName(o)}' object has no attribute '${name}'`);
  return callOnce(m, args);
}

/** Set by typeobject.ts: _PyObject_LookupSpecial — a dunder from the type, bound to `o`, or null. */
export const lookupSpecialHook: { fn: (o: PyObject, name: string) => PyObject | null } = { fn: () => null };

export { TypeErrorT as TypeError };
