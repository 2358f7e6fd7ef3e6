// ## Slots of classes defined in Python
//
// Models Objects/typeobject.c: slotdefs, update_one_slot() and the slot_* functions.  When a
// class (or one of its bases) defines a dunder in Python, the matching slot becomes a
// function that looks the dunder up on the type and calls it, so the VM's fast slot calls
// reach Python methods.  When the dunder found is a builtin's own wrapper (e.g. list's
// __getitem__ inherited unchanged), the builtin slot is used directly.

import { releaseLater } from '../memory/refcount.js';
import { PyObject, NB_NAMES, NB_INPLACE, NB_POWER, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from './object.js';
import { PyType, isSubtype } from './type.js';
import { PyStr } from './str.js';
import { PyInt } from './int.js';
import { Py_None, Py_NotImplemented, Py_True, Py_False } from './singletons.js';
import { PyWrapperDescr, PyCFunction } from './descr.js';
import { typeLookup, genericGetAttr, callSpecial, callBound } from './typeobject.js';
import {
  call, typeName, isTrue, hashObject, index as toIndex,
} from './abstract.js';
import {
  raiseTypeError, raiseValueError, PyBaseException, AttributeError, StopIteration, raise, OverflowError, newException,
} from './exceptions.js';
import { dictGetStr, dictSetStr } from './dict.js';

/** Call the dunder `name` found on type(self), bound to self; null when the type lacks it. */
export const callDunderOpt = callSpecial;
export { callBound };

function callDunder(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callDunderOpt(self, name, args);
  // typeobject.c: lookup_method raises AttributeError(name) itself, naming only the dunder.
  if (r === null) throw newException(AttributeError, name);
  return r;
}

// ## The slot functions (one per slot, shared by all classes, so identity tells "same slot")

const slot_tp_repr = (self: PyObject): string => {
  const r = callDunder(self, '__repr__', []);
  if (!(r instanceof PyStr)) raiseTypeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r.value;
};
const slot_tp_str = (self: PyObject): string => {
  const r = callDunder(self, '__str__', []);
  if (!(r instanceof PyStr)) raiseTypeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r.value;
};
/** The int a Python-level __hash__ returned, for hash() to show exactly (slot hashes are JS numbers). */
export function pythonHashResult(self: PyObject): PyInt | null {
  if (self.ob_type.tp_hash !== slot_tp_hash) return null;
  const f = typeLookup(self.ob_type, '__hash__');
  if (f === null || f === Py_None) raiseTypeError(`unhashable type: '${typeName(self)}'`);
  const r = callBound(f, self, []);
  if (!(r instanceof PyInt)) raiseTypeError('__hash__ method should return an integer');
  return r;
}
const slot_tp_hash = (self: PyObject): number => {
  const f = typeLookup(self.ob_type, '__hash__');
  if (f === null || f === Py_None) raiseTypeError(`unhashable type: '${typeName(self)}'`);
  const r = callBound(f, self, []);
  if (!(r instanceof PyInt)) raiseTypeError('__hash__ method should return an integer');
  // A big result is reduced the way int's own hash reduces it.
  const h = typeof r.value === 'number' && r.value !== -1 && Math.abs(r.value) < 2 ** 61 - 1 ? r.value : hashObject(r);
  return h === -1 ? -2 : h;
};
const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const slot_tp_richcompare = (self: PyObject, other: PyObject, op: number): PyObject => {
  const r = callDunderOpt(self, CMP_DUNDERS[op], [other]);
  return r === null ? Py_NotImplemented : r;
};
const slot_tp_getattro = (self: PyObject, name: string): PyObject => {
  const ga = typeLookup(self.ob_type, '__getattribute__');
  const gattr = typeLookup(self.ob_type, '__getattr__');
  try {
    if (ga === null || (ga instanceof PyWrapperDescr && ga.objclass.tp_getattro === genericGetAttr)) return genericGetAttr(self, name);
    return callBound(ga, self, [strObj(name)]);
  } catch (e) {
    if (gattr !== null && e instanceof PyBaseException && isSubtype(e.ob_type, AttributeError)) {
      // slot_tp_getattr_hook clears the AttributeError before calling __getattr__.
      releaseLater(e);
      return callBound(gattr, self, [strObj(name)]);
    }
    throw e;
  }
};
const slot_tp_setattro = (self: PyObject, name: string, value: PyObject | null): void => {
  if (value === null) callDunder(self, '__delattr__', [strObj(name)]);
  else callDunder(self, '__setattr__', [strObj(name), value]);
};
const slot_tp_call = (self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
  const f = typeLookup(self.ob_type, '__call__');
  if (f === null) raiseTypeError(`'${typeName(self)}' object is not callable`);
  return callBound(f, self, args, kwnames);
};
const slot_tp_iter = (self: PyObject): PyObject => {
  const f = typeLookup(self.ob_type, '__iter__');
  if (f === null || f === Py_None) raiseTypeError(`'${typeName(self)}' object is not iterable`);
  const r = callBound(f, self, []);
  return r;
};
const slot_tp_iternext = (self: PyObject): PyObject | null => {
  try {
    return callDunder(self, '__next__', []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, StopIteration)) {
      stopIterationSink.last = e;
      return null;
    }
    throw e;
  }
};
/** The StopIteration a Python __next__ raised, for callers that need its value (yield from). */
export const stopIterationSink: { last: PyBaseException | null } = { last: null };

const slot_tp_descr_get = (self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject =>
  callDunder(self, '__get__', [obj ?? Py_None, type ?? Py_None]);
const slot_tp_descr_set = (self: PyObject, obj: PyObject, value: PyObject | null): void => {
  if (value === null) callDunder(self, '__delete__', [obj]);
  else callDunder(self, '__set__', [obj, value]);
};
/** Exported for the evaluation loop, which runs a Python __init__ as a frame of its own (eval.ts). */
export const slot_tp_init = (self: PyObject, args: PyObject[], kwnames: string[] | null): void => {
  const f = typeLookup(self.ob_type, '__init__')!;
  const r = callBound(f, self, args, kwnames);
  if (r !== Py_None) raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
};
const slot_tp_new = (type: PyType, args: PyObject[], kwnames: string[] | null): PyObject => {
  const f = typeLookup(type, '__new__')!;
  const get = f.ob_type.tp_descr_get;
  const fn = get !== null ? get(f, null, type) : f;
  return call(fn, [type, ...args], kwnames);
};
const slot_tp_finalize = (self: PyObject): void => {
  callDunderOpt(self, '__del__', []);
};

const slot_nb_bool = (self: PyObject): boolean => {
  const f = typeLookup(self.ob_type, '__bool__');
  if (f === null) {
    const len = typeLookup(self.ob_type, '__len__');
    if (len === null) return true;
    return slot_mp_length(self) > 0;
  }
  const r = callBound(f, self, []);
  if (r !== Py_True && r !== Py_False) raiseTypeError(`__bool__ should return bool, returned ${typeName(r)}`);
  return r === Py_True;
};
const slot_mp_length = (self: PyObject): number => {
  const r = callDunder(self, '__len__', []);
  const n = toIndex(r).value;
  if (typeof n !== 'number') raise(OverflowError, 'cannot fit \'int\' into an index-sized integer');
  if (n < 0) raiseValueError('__len__() should return >= 0');
  return n;
};
const slot_mp_subscript = (self: PyObject, key: PyObject): PyObject => callDunder(self, '__getitem__', [key]);
const slot_mp_ass_subscript = (self: PyObject, key: PyObject, value: PyObject | null): void => {
  if (value === null) callDunder(self, '__delitem__', [key]);
  else callDunder(self, '__setitem__', [key, value]);
};
const slot_sq_contains = (self: PyObject, item: PyObject): boolean => {
  const f = typeLookup(self.ob_type, '__contains__');
  if (f === Py_None) raiseTypeError(`'${typeName(self)}' object is not a container`);
  return isTrue(callBound(f!, self, [item]));
};
const unarySlot = (name: string) => (self: PyObject): PyObject => callDunder(self, name, []);
const slot_nb_negative = unarySlot('__neg__');
const slot_nb_positive = unarySlot('__pos__');
const slot_nb_invert = unarySlot('__invert__');
const slot_nb_absolute = unarySlot('__abs__');
const slot_nb_int = unarySlot('__int__');
const slot_nb_float = unarySlot('__float__');
const slot_nb_index = unarySlot('__index__');
const slot_nb_power3 = (a: PyObject, b: PyObject, c: PyObject): PyObject => {
  if (typeLookup(a.ob_type, '__pow__') === null) return Py_NotImplemented;
  return callDunder(a, '__pow__', [b, c]);
};

/** Does `sub` define `name` differently from `base`? (typeobject.c: method_is_overloaded) */
function overrides(base: PyType, sub: PyType, name: string): boolean {
  const a = typeLookup(sub, name);
  if (a === null) return false;
  return typeLookup(base, name) !== a;
}

/** Models SLOT1BINFULL: self.__op__(other), then other.__rop__(self), subclass first. */
function makeBinarySlot(i: number): (a: PyObject, b: PyObject) => PyObject {
  const [name, rname] = NB_NAMES[i];
  const fn = (self: PyObject, other: PyObject): PyObject => {
    const st = self.ob_type, ot = other.ob_type;
    let doOther = st !== ot && ot.nb[i] === fn && typeLookup(ot, rname) !== null;
    if (st.nb[i] === fn && typeLookup(st, name) !== null) {
      if (doOther && isSubtype(ot, st) && overrides(st, ot, rname)) {
        const r = callDunderOpt(other, rname, [self]);
        if (r !== null && r !== Py_NotImplemented) return r;
        doOther = false;
      }
      const r = callDunderOpt(self, name, [other]);
      if (r !== null && (r !== Py_NotImplemented || st === ot)) return r;
    }
    if (doOther) {
      const r = callDunderOpt(other, rname, [self]);
      return r ?? Py_NotImplemented;
    }
    return Py_NotImplemented;
  };
  return fn;
}
const binarySlots = NB_NAMES.map((_, i) => makeBinarySlot(i));
const inplaceSlots = NB_NAMES.map(([, , iname]) => (self: PyObject, other: PyObject): PyObject => {
  const r = callDunderOpt(self, iname, [other]);
  return r ?? Py_NotImplemented;
});
const slot_nb_divmod = (() => {
  const fn = (self: PyObject, other: PyObject): PyObject => {
    if (self.ob_type.nb[26] === fn) {
      const r = callDunderOpt(self, '__divmod__', [other]);
      if (r !== null && r !== Py_NotImplemented) return r;
    }
    if (other.ob_type !== self.ob_type && other.ob_type.nb[26] === fn) {
      const r = callDunderOpt(other, '__rdivmod__', [self]);
      if (r !== null) return r;
    }
    return Py_NotImplemented;
  };
  return fn;
})();

let strObjFn: (s: string) => PyObject = () => { throw new Error('str'); };
function strObj(s: string): PyObject { return strObjFn(s); }
export function setStrFactory(f: (s: string) => PyObject): void { strObjFn = f; }

// ## Which dunders feed which slot

type SlotField = keyof PyType;
interface SlotDef { field: SlotField; names: string[]; fn: unknown }
const SLOTDEFS: SlotDef[] = [
  { field: 'tp_repr', names: ['__repr__'], fn: slot_tp_repr },
  { field: 'tp_str', names: ['__str__'], fn: slot_tp_str },
  { field: 'tp_hash', names: ['__hash__'], fn: slot_tp_hash },
  { field: 'tp_richcompare', names: CMP_DUNDERS, fn: slot_tp_richcompare },
  { field: 'tp_getattro', names: ['__getattribute__', '__getattr__'], fn: slot_tp_getattro },
  { field: 'tp_setattro', names: ['__setattr__', '__delattr__'], fn: slot_tp_setattro },
  { field: 'tp_call', names: ['__call__'], fn: slot_tp_call },
  { field: 'tp_iter', names: ['__iter__'], fn: slot_tp_iter },
  { field: 'tp_iternext', names: ['__next__'], fn: slot_tp_iternext },
  { field: 'tp_descr_get', names: ['__get__'], fn: slot_tp_descr_get },
  { field: 'tp_descr_set', names: ['__set__', '__delete__'], fn: slot_tp_descr_set },
  { field: 'tp_init', names: ['__init__'], fn: slot_tp_init },
  { field: 'tp_new', names: ['__new__'], fn: slot_tp_new },
  { field: 'tp_finalize', names: ['__del__'], fn: slot_tp_finalize },
  { field: 'nb_bool', names: ['__bool__', '__len__'], fn: slot_nb_bool },
  { field: 'mp_length', names: ['__len__'], fn: slot_mp_length },
  { field: 'mp_subscript', names: ['__getitem__'], fn: slot_mp_subscript },
  { field: 'mp_ass_subscript', names: ['__setitem__', '__delitem__'], fn: slot_mp_ass_subscript },
  { field: 'sq_contains', names: ['__contains__'], fn: slot_sq_contains },
  { field: 'nb_negative', names: ['__neg__'], fn: slot_nb_negative },
  { field: 'nb_positive', names: ['__pos__'], fn: slot_nb_positive },
  { field: 'nb_invert', names: ['__invert__'], fn: slot_nb_invert },
  { field: 'nb_absolute', names: ['__abs__'], fn: slot_nb_absolute },
  { field: 'nb_int', names: ['__int__'], fn: slot_nb_int },
  { field: 'nb_float', names: ['__float__'], fn: slot_nb_float },
  { field: 'nb_index', names: ['__index__'], fn: slot_nb_index },
  { field: 'nb_power3', names: ['__pow__'], fn: slot_nb_power3 },
];

/** Does the attribute found for a dunder come from Python code (not a builtin's own slot wrapper)? */
function isPythonLevel(v: PyObject): boolean {
  return !(v instanceof PyWrapperDescr);
}

/** Recompute every slot of a new class from the dunders visible along its MRO. */
export function fixupSlots(t: PyType): void {
  const tt = t as unknown as Record<string, unknown>;
  // A class defining __eq__ without __hash__ gets __hash__ = None (unhashable).
  const d = t.tp_dict!;
  if (dictGetStr(d, '__eq__') !== null && dictGetStr(d, '__hash__') === null) dictSetStr(d, '__hash__', Py_None);
  for (const sd of SLOTDEFS) updateOne(t, tt, sd);
  for (let i = 0; i < NB_NAMES.length; i++) {
    const [name, rname, iname] = NB_NAMES[i];
    const a = typeLookup(t, name), b = typeLookup(t, rname);
    if ((a !== null && isPythonLevel(a)) || (b !== null && isPythonLevel(b))) t.nb[i] = binarySlots[i];
    const c = typeLookup(t, iname);
    if (c !== null && isPythonLevel(c)) t.nb[i + NB_INPLACE] = inplaceSlots[i];
  }
  const dm = typeLookup(t, '__divmod__'), rdm = typeLookup(t, '__rdivmod__');
  if ((dm !== null && isPythonLevel(dm)) || (rdm !== null && isPythonLevel(rdm))) t.nb[26] = slot_nb_divmod;
  const gi = typeLookup(t, '__getitem__');
  if (gi !== null && isPythonLevel(gi)) t.sq_item = true;
  if (typeLookup(t, '__hash__') === Py_None) t.tp_hash = null;
  void NB_POWER;
}

function updateOne(t: PyType, tt: Record<string, unknown>, sd: SlotDef): void {
  if (sd.field === 'tp_new') {
    // A builtin's __new__ is a staticmethod around tp_new_wrapper bound to its type.
    const v = typeLookup(t, '__new__');
    const inner = v !== null ? (v as { sm_callable?: PyObject }).sm_callable : undefined;
    if (inner instanceof PyCFunction && inner.def.name === '__new__' && inner.self instanceof PyType) {
      tt.tp_new = inner.self.tp_new;
      return;
    }
  }
  let python = false;
  for (const n of sd.names) {
    const v = typeLookup(t, n);
    // A builtin wrapper of another slot (`__str__ = int.__repr__`) must be called through the
    // dunder, as CPython's update_one_slot() only reuses a wrapper of this very slot.
    if (v !== null && (isPythonLevel(v) || !sd.names.includes((v as PyWrapperDescr).name))) {
      // `__hash__ = None` makes the type unhashable rather than calling None.
      if (sd.field === 'tp_hash' && v === Py_None) continue;
      python = true;
    }
  }
  if (python) {
    tt[sd.field] = sd.fn;
    return;
  }
  // Otherwise use the builtin slot of the base that provides the dunder.
  const v = typeLookup(t, sd.names[0]);
  if (v instanceof PyWrapperDescr) tt[sd.field] = (v.objclass as unknown as Record<string, unknown>)[sd.field] ?? null;
}

/** A dunder was assigned on a class after creation: re-derive slots for it and its subclasses. */
export function updateSlot(t: PyType, _name: string): void {
  const stack = [t];
  while (stack.length) {
    const x = stack.pop()!;
    fixupSlots(x);
    for (const s of x.tp_subclasses) stack.push(s);
  }
}

export { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE };
