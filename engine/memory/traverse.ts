// ## tp_traverse: the references an object holds (and counts)
//
// One function for every type, in the order each type's tp_dealloc drops its references in
// CPython 3.11 (list_dealloc and tupledealloc from the last item, dict entries key then value
// in insertion order, subtype_dealloc: __slots__ members, then the instance dict).  Used by
// deallocation (visit = drop one reference) and by the cycle collector (visit = subtract or
// follow).  Only references the VM counts are visited: a field that is never INCREF'd must
// never be visited here, or freeing its owner would free something still in use.

import { PyObject } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PyCell } from '../objects/cell.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PySet } from '../objects/setobject.js';
import { PyLong_Type, PyFloat_Type, PyUnicode_Type } from '../objects/typeobjects.js';
import { Py_TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyClassMethod, PyStaticMethod, PyProperty } from '../objects/descrobject.js';
import { PySlice } from '../objects/sliceobject.js';

import { traverseHooks, Visit, deallocHooks, setAtomTypes } from './refcount.js';

export type { Visit };

function items(arr: readonly (PyObject | null)[], visit: Visit): void {
  for (let i = arr.length - 1; i >= 0; i--) {
    const o = arr[i];
    if (o !== null && o !== undefined) visit(o);
  }
}

/**
 * Visit the counted references of `o`.  `dealloc` is true when the object is being freed
 * (frames and generators then also give up their locals).
 */
export function tp_traverse(o: PyObject, visit: Visit, dealloc: boolean): void {
  const t = o.ob_type;
  if (t === PyLong_Type || t === PyFloat_Type || t === PyUnicode_Type) return;
  traverseFields(o, visit, dealloc);
  // subtype_traverse / subtype_dealloc: an instance of a heap type owns a reference to its
  // class (PyObject's constructor counts it), dropped last.
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) visit(t);
}

function traverseFields(o: PyObject, visit: Visit, dealloc: boolean): void {
  // Instance layout first (subtype_dealloc: slots, then the dict), then the base type's own.
  const slots = o.slots;
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v !== null) visit(v);
    }
  }
  const d = o.dict;
  if (d !== null) visit(d);
  if (o instanceof PyList || o instanceof PyTuple) { items(o.items, visit); return; }
  if (o instanceof PyDict) {
    const keys = o.keys, values = o.values;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      visit(k);
      const v = values[i];
      if (v !== null) visit(v);
    }
    return;
  }
  if (o instanceof PySet) {
    const keys = o.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && typeof k.ob_refcnt === 'number') visit(k);
    }
    return;
  }
  if (o instanceof PyCell) { if (o.ob_ref !== null) visit(o.ob_ref); return; }
  if (o instanceof PyMethod) { visit(o.im_func); visit(o.im_self); return; }
  if (o instanceof PyFunction) {
    visit(o.func_globals);
    visit(o.func_builtins);
    visit(o.func_code);
    visit(o.func_name);
    visit(o.func_qualname);
    if (o.func_defaults !== null) visit(o.func_defaults);
    if (o.func_kwdefaults !== null) visit(o.func_kwdefaults);
    if (o.func_closure !== null) visit(o.func_closure);
    if (o.func_annotations !== null) visit(o.func_annotations);
    return;
  }
  if (o instanceof PyBaseException) {
    visit(o.args);
    if (o.traceback !== null) visit(o.traceback);
    if (o.context !== null) visit(o.context);
    if (o.cause !== null) visit(o.cause);
    return;
  }
  if (o instanceof PyClassMethod) { visit(o.cm_callable); return; }
  if (o instanceof PyStaticMethod) { visit(o.sm_callable); return; }
  if (o instanceof PyProperty) {
    if (o.fget !== null) visit(o.fget);
    if (o.fset !== null) visit(o.fset);
    if (o.fdel !== null) visit(o.fdel);
    if (o.doc !== null) visit(o.doc);
    return;
  }
  if (o instanceof PySlice) { visit(o.start); visit(o.stop); visit(o.step); return; }
  for (let i = 0; i < traverseHooks.length; i++) if (traverseHooks[i](o, visit, dealloc)) return;
}

deallocHooks.traverse = tp_traverse;
setAtomTypes(PyLong_Type, PyFloat_Type, PyUnicode_Type);
