// ## Builtin functions, method descriptors and getset descriptors
//
// Builtin types declare their methods as a table (defineType in typeready.ts); each entry
// becomes a method_descriptor in the type's dict, and attribute access on an instance binds
// it into a builtin_function_or_method — the same objects CPython shows
// (`<method 'append' of 'list' objects>`, `<built-in method append of list object at 0x...>`).

import { PyObject } from './object.js';
import { countedFields } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';
import { PyType } from './type.js';
import { functionSignatures } from './textsigs.js';
import {
  PyCFunction_Type, PyMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type,
  PyClassMethodDescr_Type, PyWrapperDescr_Type, PyMethodWrapper_Type,
} from './typeobjects.js';

/** A native implementation: `self` is the bound object (the module for module functions). */
export type NativeFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export interface MethodDef {
  name: string;
  fn: NativeFn;
  /** Text signature as CPython's __text_signature__, e.g. '($self, object, /)'. */
  sig?: string;
  doc?: string;
  /** 'class' → classmethod_descriptor, 'static' → a plain builtin in the dict. */
  kind?: 'class' | 'static';
}

export interface GetSetDef {
  name: string;
  get: (self: PyObject) => PyObject;
  set?: (self: PyObject, value: PyObject | null) => void;
  doc?: string;
}

/** builtin_function_or_method: a native function, possibly bound to `self`. */
export class PyCFunction extends PyObject {
  constructor(
    readonly def: MethodDef,
    /** The bound object; null for a plain function (CPython shows the module then). */
    readonly self: PyObject | null,
    readonly module: string | null = null,
  ) {
    super(PyCFunction_Type);
  }
  get name(): string { return this.def.name; }
}

/** method_descriptor: an unbound builtin method found in a builtin type's dict. */
export class PyMethodDescr extends PyObject {
  constructor(readonly def: MethodDef, readonly objclass: PyType) {
    super(PyMethodDescr_Type);
  }
}

/** classmethod_descriptor: a builtin classmethod such as dict.fromkeys. */
export class PyClassMethodDescr extends PyObject {
  constructor(readonly def: MethodDef, readonly objclass: PyType) {
    super(PyClassMethodDescr_Type);
  }
}

/** getset_descriptor: a computed attribute of a builtin type. */
export class PyGetSetDescr extends PyObject {
  constructor(readonly def: GetSetDef, readonly objclass: PyType) {
    super(PyGetSetDescr_Type);
    // descr_new: the descriptor owns a reference to its class (d_type), and is a container
    // the collector tracks (a class's __dict__ descriptor refers back to the class).
    objclass.ob_refcnt++;
    gcTrack(this);
  }
}

/** member_descriptor: one __slots__ entry (index into PyObject.slots). */
export class PyMemberDescr extends PyObject {
  constructor(readonly name: string, readonly index: number, readonly objclass: PyType) {
    super(PyMemberDescr_Type);
    objclass.ob_refcnt++;
    gcTrack(this);
  }
}

countedFields(PyGetSetDescr, ['objclass']);
countedFields(PyMemberDescr, ['objclass']);

/**
 * wrapper_descriptor: a slot exposed as a dunder method on a builtin type (int.__add__,
 * object.__init__), so Python code can call it explicitly or via super().
 */
export class PyWrapperDescr extends PyObject {
  constructor(readonly name: string, readonly objclass: PyType, readonly call: NativeFn, readonly doc: string | null) {
    super(PyWrapperDescr_Type);
  }
}

/** method-wrapper: a wrapper_descriptor bound to an instance (`(1).__add__`). */
export class PyMethodWrapper extends PyObject {
  constructor(readonly descr: PyWrapperDescr, readonly self: PyObject) {
    super(PyMethodWrapper_Type);
    // PyWrapper_New: it owns the descriptor and the instance and is tracked.
    descr.ob_refcnt++;
    self.ob_refcnt++;
    gcTrack(this);
  }
}
countedFields(PyMethodWrapper, ['descr', 'self']);

/**
 * A builtin method bound to an object (`[].append`, `dict.fromkeys` bound to its class):
 * PyCMethod_New owns m_self and tracks the object (meth_traverse), so a list holding its
 * own append method is a cycle the collector frees.  Module-level functions (`len`) are made
 * at start-up with no object of their own.
 */
export class PyBoundCFunction extends PyCFunction {
  constructor(def: MethodDef, self: PyObject) {
    super(def, self, null);
    self.ob_refcnt++;
    gcTrack(this);
  }
}
countedFields(PyBoundCFunction, ['self']);

/** A module-level builtin function (len, print, math.sqrt ...). */
export function newBuiltin(name: string, fn: NativeFn, module: string | null = 'builtins', sig?: string, doc?: string): PyCFunction {
  // Without its own signature a function takes CPython's (tools/gen_text_signatures.py).
  sig ??= functionSignatures.get(`${module}.${name}`);
  return new PyCFunction({ name, fn, sig, doc }, null, module);
}
