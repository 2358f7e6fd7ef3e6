// ## Behaviour of functions, methods and descriptors
//
// Models Objects/descrobject.c, Objects/funcobject.c, Objects/classobject.c,
// Objects/methodobject.c: how each kind of callable binds (tp_descr_get), calls and prints.

import { Py_DECREF } from '../memory/refcount.js';
import { Py_XSETREF, releaseTemp } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';
import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyType, isSubtype } from './type.js';
import {
  PyCFunction_Type, PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type,
  PyWrapperDescr_Type, PyMethodWrapper_Type, PyFunction_Type, PyMethod_Type, PyClassMethod_Type,
  PyStaticMethod_Type, PyProperty_Type, PyCell_Type, PyModule_Type, PyNone_Type, PyNotImplemented_Type,
  PyEllipsis_Type,
} from './typeobjects.js';
import {
  PyCFunction, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyMemberDescr, PyWrapperDescr, PyMethodWrapper, NativeFn,
} from './descr.js';
import { PyFunction, PyMethod } from './function.js';
import { PyCell } from './cell.js';
import { PyModule } from './module.js';
import { PyCode } from './code.js';
import { PyDict, dictGetStr, dictSetStr, dictItems } from './dict.js';
import { newList } from './list.js';
import { PyStr, newStr } from './str.js';
import { PyTuple } from './tuple.js';
import { Py_None, Py_NotImplemented, Py_True, Py_False, newBool } from './singletons.js';
import { defineType, staticMethodHook } from './typeready.js';
import {
  raiseTypeError, raise, AttributeError, ValueError, newException,
  DeprecationWarning,
} from './exceptions.js';
import { call, typeName, reprString, richCompareBool, hashObject, attachAttributeErrorContext, getAttr, getAttrOpt, setAttr, isTrue, warnHook } from './abstract.js';
import {
  genericGetAttr, genericGetAttrOpt, typeQualName, object_hash, memberDescrHook, staticMethodWrapHook, classMethodWrapHook,
} from './typeobject.js';
import { addressHex } from '../memory/address.js';
import { callFunction } from '../vm/call.js';
import { parseArgs } from './args.js';
import { slotSignatures, methodSignatures } from './textsigs.js';

const m = (name: string, fn: NativeFn, doc?: string) => ({ name, fn, doc });

function descrCheck(descr: { objclass: PyType; name: string }, obj: PyObject, what: string): void {
  if (!isSubtype(obj.ob_type, descr.objclass)) {
    raiseTypeError(`descriptor '${descr.name}' for '${descr.objclass.shortName}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  void what;
}

// ## builtin_function_or_method

defineType(PyCFunction_Type, {
  slots: {
    tp_call: (self, args, kwnames) => {
      const f = self as PyCFunction;
      return f.def.fn(f.self ?? Py_None, args, kwnames);
    },
    tp_repr: (self) => {
      const f = self as PyCFunction;
      if (f.self === null || f.self instanceof PyModule) return `<built-in function ${f.def.name}>`;
      return `<built-in method ${f.def.name} of ${typeName(f.self)} object at ${addressHex(f.self)}>`;
    },
    tp_hash: (self) => object_hash(self),
    tp_richcompare: (a, b, op) => {
      if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
      if (!(b instanceof PyCFunction)) return Py_NotImplemented;
      const af = a as PyCFunction;
      const eq = af.def === b.def && af.self === b.self;
      return newBool(op === Py_EQ ? eq : !eq);
    },
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyCFunction).def.name) },
    {
      name: '__qualname__', get: (s) => {
        const f = s as PyCFunction;
        if (f.self === null || f.self instanceof PyModule) return newStr(f.def.name);
        const owner = f.self instanceof PyType ? f.self : f.self.ob_type;
        return newStr(`${typeQualName(owner)}.${f.def.name}`);
      },
    },
    { name: '__doc__', get: (s) => docOf((s as PyCFunction).def.doc, (s as PyCFunction).def.sig) },
    { name: '__self__', get: (s) => (s as PyCFunction).self ?? moduleOf(s as PyCFunction) },
    { name: '__module__', get: (s) => (s as PyCFunction).module === null ? Py_None : newStr((s as PyCFunction).module!) },
    { name: '__text_signature__', get: (s) => textSig((s as PyCFunction).def.sig) },
  ],
});

function moduleOf(f: PyCFunction): PyObject {
  return f.module !== null ? moduleLookupHook.fn(f.module) : Py_None;
}
export const moduleLookupHook: { fn: (name: string) => PyObject } = { fn: () => Py_None };

function docOf(doc: string | undefined, sig: string | undefined): PyObject {
  void sig;
  return doc === undefined ? Py_None : newStr(doc);
}
function textSig(sig: string | undefined): PyObject {
  return sig === undefined ? Py_None : newStr(sig);
}

// ## method_descriptor

defineType(PyMethodDescr_Type, {
  slots: {
    tp_descr_get: (self, obj) => {
      const d = self as PyMethodDescr;
      if (obj === null) return self;
      descrCheck({ objclass: d.objclass, name: d.def.name }, obj, 'get');
      return new PyCFunction(d.def, obj, null);
    },
    tp_call: (self, args, kwnames) => {
      const d = self as PyMethodDescr;
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos < 1) raiseTypeError(`unbound method ${d.objclass.shortName}.${d.def.name}() needs an argument`);
      descrCheck({ objclass: d.objclass, name: d.def.name }, args[0], 'call');
      return d.def.fn(args[0], args.slice(1), kwnames);
    },
    tp_repr: (self) => `<method '${(self as PyMethodDescr).def.name}' of '${(self as PyMethodDescr).objclass.tp_name}' objects>`,
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyMethodDescr).def.name) },
    { name: '__qualname__', get: (s) => newStr(`${typeQualName((s as PyMethodDescr).objclass)}.${(s as PyMethodDescr).def.name}`) },
    { name: '__objclass__', get: (s) => (s as PyMethodDescr).objclass },
    { name: '__doc__', get: (s) => docOf((s as PyMethodDescr).def.doc, (s as PyMethodDescr).def.sig) },
    { name: '__text_signature__', get: (s) => textSig((s as PyMethodDescr).def.sig) },
  ],
});

defineType(PyClassMethodDescr_Type, {
  slots: {
    tp_descr_get: (self, obj, type) => {
      const d = self as PyClassMethodDescr;
      const t = type ?? (obj !== null ? obj.ob_type : null);
      if (t === null) raiseTypeError(`descriptor '${d.def.name}' for type '${d.objclass.shortName}' needs a type, not None`);
      return new PyCFunction(d.def, t, null);
    },
    tp_call: (self, args, kwnames) => {
      const d = self as PyClassMethodDescr;
      return d.def.fn(args[0], args.slice(1), kwnames);
    },
    tp_repr: (self) => `<method '${(self as PyClassMethodDescr).def.name}' of '${(self as PyClassMethodDescr).objclass.tp_name}' objects>`,
  },
  getsets: [{ name: '__name__', get: (s) => newStr((s as PyClassMethodDescr).def.name) }],
});

// ## getset_descriptor and member_descriptor (data descriptors)

defineType(PyGetSetDescr_Type, {
  slots: {
    tp_descr_get: (self, obj) => {
      const d = self as PyGetSetDescr;
      if (obj === null) return self;
      descrCheck({ objclass: d.objclass, name: d.def.name }, obj, 'get');
      return d.def.get(obj);
    },
    tp_descr_set: (self, obj, value) => {
      const d = self as PyGetSetDescr;
      descrCheck({ objclass: d.objclass, name: d.def.name }, obj, 'set');
      if (d.def.set === undefined) {
        raise(AttributeError, `attribute '${d.def.name}' of '${d.objclass.shortName}' objects is not writable`);
      }
      d.def.set(obj, value);
    },
    tp_repr: (self) => `<attribute '${(self as PyGetSetDescr).def.name}' of '${(self as PyGetSetDescr).objclass.shortName}' objects>`,
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyGetSetDescr).def.name) },
    { name: '__objclass__', get: (s) => (s as PyGetSetDescr).objclass },
    { name: '__doc__', get: (s) => docOf((s as PyGetSetDescr).def.doc, undefined) },
  ],
});

defineType(PyMemberDescr_Type, {
  slots: {
    tp_descr_get: (self, obj) => {
      const d = self as PyMemberDescr;
      if (obj === null) return self;
      descrCheck(d, obj, 'get');
      const v = obj.slots?.[d.index] ?? null;
      if (v === null) {
        const e = newException(AttributeError, `'${typeName(obj)}' object has no attribute '${d.name}'`);
        attachAttributeErrorContext(e, obj, d.name);
        throw e;
      }
      return v;
    },
    tp_descr_set: (self, obj, value) => {
      const d = self as PyMemberDescr;
      descrCheck(d, obj, 'set');
      if (obj.slots === null) obj.slots = new Array(obj.ob_type.tp_slotnames.length).fill(null);
      // structmember.c: deleting an unset T_OBJECT_EX member raises AttributeError(name).
      if (value === null && obj.slots[d.index] === null) throw newException(AttributeError, d.name);
      const old = obj.slots[d.index];
      if (value !== null) value.ob_refcnt++;
      obj.slots[d.index] = value;
      if (old !== null) Py_DECREF(old);
    },
    tp_repr: (self) => `<member '${(self as PyMemberDescr).name}' of '${typeQualName((self as PyMemberDescr).objclass)}' objects>`,
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyMemberDescr).name) },
    { name: '__objclass__', get: (s) => (s as PyMemberDescr).objclass },
  ],
});
memberDescrHook.make = (name, idx, t) => new PyMemberDescr(name, idx, t);

// ## wrapper_descriptor / method-wrapper (slot dunders of builtin types)

/** CPython's signature of a slot dunder, unless that type's dunder is a method without one there. */
function wrapperSignature(d: PyWrapperDescr): string | undefined {
  const own = methodSignatures.get(`${d.objclass.tp_name}.${d.name}`);
  return own === '' ? undefined : own ?? slotSignatures.get(d.name);
}

defineType(PyWrapperDescr_Type, {
  slots: {
    tp_descr_get: (self, obj) => {
      const d = self as PyWrapperDescr;
      if (obj === null) return self;
      descrCheck(d, obj, 'get');
      return new PyMethodWrapper(d, obj);
    },
    tp_call: (self, args, kwnames) => {
      const d = self as PyWrapperDescr;
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos < 1) raiseTypeError(`descriptor '${d.name}' of '${d.objclass.shortName}' object needs an argument`);
      // descrobject.c: wrapperdescr_call words its self check differently from descr_check.
      if (!isSubtype(args[0].ob_type, d.objclass)) {
        raiseTypeError(`descriptor '${d.name}' requires a '${d.objclass.tp_name}' object but received a '${typeName(args[0])}'`);
      }
      return d.call(args[0], args.slice(1), kwnames);
    },
    tp_repr: (self) => `<slot wrapper '${(self as PyWrapperDescr).name}' of '${(self as PyWrapperDescr).objclass.shortName}' objects>`,
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyWrapperDescr).name) },
    { name: '__qualname__', get: (s) => newStr(`${typeQualName((s as PyWrapperDescr).objclass)}.${(s as PyWrapperDescr).name}`) },
    { name: '__objclass__', get: (s) => (s as PyWrapperDescr).objclass },
    { name: '__doc__', get: (s) => (s as PyWrapperDescr).doc === null ? Py_None : newStr((s as PyWrapperDescr).doc!) },
    { name: '__text_signature__', get: (s) => textSig(wrapperSignature((s as PyWrapperDescr))) },
  ],
});

defineType(PyMethodWrapper_Type, {
  slots: {
    tp_call: (self, args, kwnames) => {
      const w = self as PyMethodWrapper;
      return w.descr.call(w.self, args, kwnames);
    },
    tp_repr: (self) => {
      const w = self as PyMethodWrapper;
      return `<method-wrapper '${w.descr.name}' of ${typeName(w.self)} object at ${addressHex(w.self)}>`;
    },
  },
  getsets: [
    { name: '__name__', get: (s) => newStr((s as PyMethodWrapper).descr.name) },
    { name: '__self__', get: (s) => (s as PyMethodWrapper).self },
    { name: '__qualname__', get: (s) => newStr(`${typeQualName((s as PyMethodWrapper).descr.objclass)}.${(s as PyMethodWrapper).descr.name}`) },
    { name: '__text_signature__', get: (s) => textSig(wrapperSignature((s as PyMethodWrapper).descr)) },
  ],
});

// ## function

function funcRepr(self: PyObject): string {
  const f = self as PyFunction;
  return `<function ${strVal(f.func_qualname)} at ${addressHex(f)}>`;
}
function strVal(o: PyObject): string {
  return o instanceof PyStr ? o.value : reprString(o);
}

/** __dict__ of a builtin type with its own dict (functions, classmethod, staticmethod). */
const ownDictGetSet = {
  name: '__dict__',
  get: (s: PyObject): PyObject => {
    if (s.dict === null) { s.dict = new PyDict(); s.dict.ob_refcnt++; }
    return s.dict;
  },
  set: (s: PyObject, v: PyObject | null): void => {
    if (!(v instanceof PyDict)) raiseTypeError('__dict__ must be set to a dictionary');
    s.dict = Py_XSETREF(s.dict, v);
  },
};

defineType(PyFunction_Type, {
  hasdict: true,
  basicsize: 144,
  slots: {
    tp_call: (self, args, kwnames) => callFunction(self as PyFunction, args, kwnames),
    tp_descr_get: (self, obj) => (obj === null ? self : new PyMethod(self, obj)),
    tp_repr: funcRepr,
  },
  getsets: [
    { name: '__code__', get: (s) => (s as PyFunction).func_code, set: (s, v) => {
      if (!(v instanceof PyCode)) raiseTypeError('__code__ must be set to a code object');
      (s as PyFunction).func_code = Py_XSETREF((s as PyFunction).func_code, v);
    } },
    { name: '__globals__', get: (s) => (s as PyFunction).func_globals },
    { name: '__builtins__', get: (s) => (s as PyFunction).func_builtins },
    { name: '__closure__', get: (s) => (s as PyFunction).func_closure ?? Py_None },
    { name: '__name__', get: (s) => (s as PyFunction).func_name, set: (s, v) => {
      if (!(v instanceof PyStr)) raiseTypeError('__name__ must be set to a string object');
      (s as PyFunction).func_name = Py_XSETREF((s as PyFunction).func_name, v);
    } },
    { name: '__qualname__', get: (s) => (s as PyFunction).func_qualname, set: (s, v) => {
      if (!(v instanceof PyStr)) raiseTypeError('__qualname__ must be set to a string object');
      (s as PyFunction).func_qualname = Py_XSETREF((s as PyFunction).func_qualname, v);
    } },
    { name: '__defaults__', get: (s) => (s as PyFunction).func_defaults ?? Py_None, set: (s, v) => {
      if (v !== null && v !== Py_None && !(v instanceof PyTuple)) raiseTypeError('__defaults__ must be set to a tuple object');
      (s as PyFunction).func_defaults = Py_XSETREF((s as PyFunction).func_defaults, v === null || v === Py_None ? null : (v as PyTuple));
    } },
    { name: '__kwdefaults__', get: (s) => (s as PyFunction).func_kwdefaults ?? Py_None, set: (s, v) => {
      if (v !== null && v !== Py_None && !(v instanceof PyDict)) raiseTypeError('__kwdefaults__ must be set to a dict object');
      (s as PyFunction).func_kwdefaults = Py_XSETREF((s as PyFunction).func_kwdefaults, v === null || v === Py_None ? null : (v as PyDict));
    } },
    { name: '__doc__', get: (s) => (s as PyFunction).func_doc, set: (s, v) => { (s as PyFunction).func_doc = v ?? Py_None; } },
    { name: '__module__', get: (s) => (s as PyFunction).func_module, set: (s, v) => { (s as PyFunction).func_module = v ?? Py_None; } },
    { name: '__annotations__', get: (s) => {
      const f = s as PyFunction;
      if (f.func_annotations === null) f.func_annotations = Py_XSETREF(null, new PyDict());
      return f.func_annotations;
    }, set: (s, v) => { (s as PyFunction).func_annotations = Py_XSETREF((s as PyFunction).func_annotations, v); } },
    ownDictGetSet,
  ],
});

// ## method (bound)

defineType(PyMethod_Type, {
  slots: {
    // types.MethodType(func, obj) (classobject.c method_new).
    tp_new: (_t, args, kwnames) => {
      if (kwnames !== null && kwnames.length) raiseTypeError('method() takes no keyword arguments');
      if (args.length !== 2) raiseTypeError(`method expected 2 arguments, got ${args.length}`);
      if (args[0].ob_type.tp_call === null) raiseTypeError('first argument must be callable');
      if (args[1] === Py_None) raiseTypeError('instance must not be None');
      return new PyMethod(args[0], args[1]);
    },
    tp_call: (self, args, kwnames) => {
      const mth = self as PyMethod;
      const f = mth.im_func;
      if (f instanceof PyFunction) return callFunction(f, [mth.im_self, ...args], kwnames);
      return call(f, [mth.im_self, ...args], kwnames);
    },
    tp_repr: (self) => {
      const mth = self as PyMethod;
      const fn = mth.im_func;
      const nm = fn instanceof PyFunction ? strVal(fn.func_qualname) : strVal(getAttr(fn, '__qualname__'));
      return `<bound method ${nm} of ${reprString(mth.im_self)}>`;
    },
    tp_getattro: (self, name) => {
      const r = genericGetAttrOpt(self, name);
      if (r !== null) return r;
      return getAttr((self as PyMethod).im_func, name);
    },
    tp_descr_get: (self) => self,
    tp_richcompare: (a, b, op) => {
      if ((op !== Py_EQ && op !== Py_NE) || !(b instanceof PyMethod)) return Py_NotImplemented;
      const am = a as PyMethod;
      const eq = am.im_self === b.im_self && richCompareBool(am.im_func, b.im_func, Py_EQ);
      return newBool(op === Py_EQ ? eq : !eq);
    },
    tp_hash: (self) => {
      const mth = self as PyMethod;
      return hashObject(mth.im_func) ^ object_hash(mth.im_self);
    },
  },
  getsets: [
    { name: '__func__', get: (s) => (s as PyMethod).im_func },
    { name: '__self__', get: (s) => (s as PyMethod).im_self },
    { name: '__doc__', get: (s) => getAttr((s as PyMethod).im_func, '__doc__') },
  ],
});

// ## classmethod, staticmethod

export class PyClassMethod extends PyObject {
  // Tracked, as cm_new's object is: a class's classmethod leads back to the class through
  // the function's __class__ cell.
  constructor(public cm_callable: PyObject, type: PyType = PyClassMethod_Type) { super(type); cm_callable.ob_refcnt++; gcTrack(this); }
}
export class PyStaticMethod extends PyObject {
  constructor(public sm_callable: PyObject, type: PyType = PyStaticMethod_Type) { super(type); sm_callable.ob_refcnt++; gcTrack(this); }
}

/**
 * Models Objects/funcobject.c: functools_wraps() — classmethod(f) and staticmethod(f) copy
 * f's __module__, __name__, __qualname__, __doc__ and __annotations__ into their own
 * __dict__ (those f lacks are skipped), as functools.wraps would.
 */
function copyWrapperAttrs(dst: PyObject, src: PyObject): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = getAttrOpt(src, name);
    if (v === null) continue;
    setAttr(dst, name, v);
    releaseTemp(v);
  }
}

defineType(PyClassMethod_Type, {
  hasdict: true,
  slots: {
    tp_new: (type, args) => {
      if (args.length !== 1) raiseTypeError(`classmethod expected 1 argument, got ${args.length}`);
      return new PyClassMethod(args[0], type);
    },
    // cm_init: the wrapping happens here, not for the classmethods type_new makes itself.
    tp_init: (self) => { copyWrapperAttrs(self, (self as PyClassMethod).cm_callable); },
    tp_descr_get: (self, obj, type) => {
      const c = self as PyClassMethod;
      const t = type ?? obj!.ob_type;
      const get = c.cm_callable.ob_type.tp_descr_get;
      // 3.11 chains descriptors: a classmethod wrapping a property binds through it.
      if (get !== null && !(c.cm_callable instanceof PyFunction)) return get(c.cm_callable, t, t.ob_type);
      return new PyMethod(c.cm_callable, t);
    },
    tp_repr: (self) => `<classmethod(${reprString((self as PyClassMethod).cm_callable)})>`,
  },
  getsets: [
    { name: '__func__', get: (s) => (s as PyClassMethod).cm_callable },
    { name: '__wrapped__', get: (s) => (s as PyClassMethod).cm_callable },
    { name: '__isabstractmethod__', get: (s) => abstractFlag((s as PyClassMethod).cm_callable) },
    ownDictGetSet,
  ],
});

defineType(PyStaticMethod_Type, {
  hasdict: true,
  slots: {
    tp_new: (type, args) => {
      if (args.length !== 1) raiseTypeError(`staticmethod expected 1 argument, got ${args.length}`);
      return new PyStaticMethod(args[0], type);
    },
    tp_init: (self) => { copyWrapperAttrs(self, (self as PyStaticMethod).sm_callable); },
    tp_descr_get: (self) => (self as PyStaticMethod).sm_callable,
    tp_call: (self, args, kwnames) => call((self as PyStaticMethod).sm_callable, args, kwnames),
    tp_repr: (self) => `<staticmethod(${reprString((self as PyStaticMethod).sm_callable)})>`,
  },
  getsets: [
    { name: '__func__', get: (s) => (s as PyStaticMethod).sm_callable },
    { name: '__wrapped__', get: (s) => (s as PyStaticMethod).sm_callable },
    { name: '__isabstractmethod__', get: (s) => abstractFlag((s as PyStaticMethod).sm_callable) },
    ownDictGetSet,
  ],
});
staticMethodHook.wrap = (f) => new PyStaticMethod(f);
staticMethodWrapHook.fn = (f) => new PyStaticMethod(f);
classMethodWrapHook.fn = (f) => new PyClassMethod(f);

function abstractFlag(f: PyObject): PyObject {
  const v = genericGetAttrOptSafe(f, '__isabstractmethod__');
  return v !== null && isTrue(v) ? Py_True : Py_False;
}
function genericGetAttrOptSafe(o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(o, name);
  } catch {
    return null;
  }
}

// ## property

export class PyProperty extends PyObject {
  constructor(
    public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null,
    public doc: PyObject | null, type: PyType = PyProperty_Type,
  ) {
    super(type);
    if (fget !== null) fget.ob_refcnt++;
    if (fset !== null) fset.ob_refcnt++;
    if (fdel !== null) fdel.ob_refcnt++;
    if (doc !== null) doc.ob_refcnt++;
    gcTrack(this);
  }
  /** The attribute name, set by __set_name__ and kept by getter()/setter()/deleter() copies. */
  name: PyObject | null = null;
}

/** descrobject.c: property errors name the attribute when __set_name__ has told it. */
function propName(p: PyProperty): string {
  return p.name === null ? '' : `${reprString(p.name)} `;
}

function propertyNew(type: PyType): PyObject {
  return new PyProperty(null, null, null, null, type);
}
function propertyInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [fget, fset, fdel, doc] = parseArgs('property', args, kwnames, {
    names: ['fget', 'fset', 'fdel', 'doc'], required: 0, posonly: 0,
  });
  const p = self as PyProperty;
  const nn = (o: PyObject | null) => (o === null || o === Py_None ? null : o);
  p.fget = Py_XSETREF(p.fget, nn(fget)); p.fset = Py_XSETREF(p.fset, nn(fset)); p.fdel = Py_XSETREF(p.fdel, nn(fdel));
  p.doc = Py_XSETREF(p.doc, nn(doc));
  if (p.doc === null && p.fget !== null) {
    const d = genericGetAttrOptSafe(p.fget, '__doc__');
    if (d !== null && d !== Py_None) p.doc = Py_XSETREF(p.doc, d);
  }
  if (p.ob_type !== PyProperty_Type && p.doc !== null) {
    // Subclasses store the doc in the instance dict, as CPython does.
    if (p.dict === null) { p.dict = new PyDict(); p.dict.ob_refcnt++; }
    dictSetStr(p.dict, '__doc__', p.doc);
  }
}
function propCopy(self: PyObject, which: 'fget' | 'fset' | 'fdel', f: PyObject): PyObject {
  const p = self as PyProperty;
  const np = call(p.ob_type, [
    which === 'fget' ? f : p.fget ?? Py_None,
    which === 'fset' ? f : p.fset ?? Py_None,
    which === 'fdel' ? f : p.fdel ?? Py_None,
    p.doc ?? Py_None,
  ]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

defineType(PyProperty_Type, {
  slots: {
    tp_new: (type) => propertyNew(type),
    tp_init: propertyInit,
    tp_descr_get: (self, obj) => {
      const p = self as PyProperty;
      if (obj === null) return self;
      if (p.fget === null) raise(AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no getter`);
      return call(p.fget, [obj]);
    },
    tp_descr_set: (self, obj, value) => {
      const p = self as PyProperty;
      if (value === null) {
        if (p.fdel === null) raise(AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no deleter`);
        call(p.fdel, [obj]);
      } else {
        if (p.fset === null) raise(AttributeError, `property ${propName(p)}of '${typeName(obj)}' object has no setter`);
        call(p.fset, [obj, value]);
      }
    },
  },
  methods: [
    m('getter', (s, a) => propCopy(s, 'fget', a[0]), 'Descriptor to obtain a copy of the property with a different getter.'),
    m('setter', (s, a) => propCopy(s, 'fset', a[0]), 'Descriptor to obtain a copy of the property with a different setter.'),
    m('deleter', (s, a) => propCopy(s, 'fdel', a[0]), 'Descriptor to obtain a copy of the property with a different deleter.'),
    m('__set_name__', (s, a) => {
      if (a.length !== 2) raiseTypeError(`__set_name__() takes 2 positional arguments but ${a.length} were given`);
      (s as PyProperty).name = a[1];
      return Py_None;
    }, 'Method to set name of a property.'),
  ],
  getsets: [
    { name: 'fget', get: (s) => (s as PyProperty).fget ?? Py_None },
    { name: 'fset', get: (s) => (s as PyProperty).fset ?? Py_None },
    { name: 'fdel', get: (s) => (s as PyProperty).fdel ?? Py_None },
    { name: '__doc__', get: (s) => (s as PyProperty).doc ?? Py_None, set: (s, v) => { (s as PyProperty).doc = Py_XSETREF((s as PyProperty).doc, v); } },
    { name: '__isabstractmethod__', get: (s) => {
      const p = s as PyProperty;
      for (const f of [p.fget, p.fset, p.fdel]) if (f !== null && abstractFlag(f) === Py_True) return Py_True;
      return Py_False;
    } },
  ],
});

// ## cell

defineType(PyCell_Type, {
  slots: {
    tp_repr: (self) => {
      const c = self as PyCell;
      if (c.ob_ref === null) return `<cell at ${addressHex(c)}: empty>`;
      return `<cell at ${addressHex(c)}: ${typeName(c.ob_ref)} object at ${addressHex(c.ob_ref)}>`;
    },
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyCell)) return Py_NotImplemented;
      const x = (a as PyCell).ob_ref, y = b.ob_ref;
      if (x !== null && y !== null) return richCompareBool(x, y, op) ? Py_True : Py_False;
      return Py_NotImplemented;
    },
  },
  getsets: [{
    name: 'cell_contents', get: (s) => {
      const c = s as PyCell;
      if (c.ob_ref === null) raise(ValueError, 'Cell is empty');
      return c.ob_ref;
    }, set: (s, v) => { (s as PyCell).ob_ref = v; },
  }],
});

// ## module

function moduleRepr(self: PyObject): string {
  const mod = self as PyModule;
  const file = dictGetStr(mod.md_dict, '__file__');
  if (file instanceof PyStr) return `<module '${mod.name}' from '${file.value}'>`;
  return `<module '${mod.name}' (built-in)>`;
}

defineType(PyModule_Type, {
  hasdict: true,
  slots: {
    tp_new: (type) => new PyModule('?', type),
    tp_init: (self, args, kwnames) => {
      const [name, doc] = parseArgs('module', args, kwnames, { names: ['name', 'doc'], required: 1, posonly: 0 });
      const mod = self as PyModule;
      dictSetStr(mod.md_dict, '__name__', name!);
      dictSetStr(mod.md_dict, '__doc__', doc ?? Py_None);
    },
    tp_repr: moduleRepr,
    tp_getattro: (self, name) => {
      const r = genericGetAttrOpt(self, name);
      if (r !== null) return r;
      const mod = self as PyModule;
      const ga = dictGetStr(mod.md_dict, '__getattr__');
      if (ga !== null) return call(ga, [newStr(name)]);
      const e = newException(AttributeError, `module '${mod.name}' has no attribute '${name}'`);
      attachAttributeErrorContext(e, self, name);
      throw e;
    },
  },
  getsets: [{ name: '__dict__', get: (s) => (s as PyModule).md_dict }],
  // moduleobject.c: module___dir__ — a module's names are its dict's keys (or what its own
  // __dir__ function returns), not the attributes of the module type.
  methods: [m('__dir__', (self) => {
    const d = (self as PyModule).md_dict;
    const own = dictGetStr(d, '__dir__');
    return own !== null ? call(own, []) : newList(dictItems(d).map(([k]) => k));
  }, 'Implement dir(self).')],
});

// ## None, NotImplemented, Ellipsis

defineType(PyNone_Type, {
  slots: {
    tp_repr: () => 'None', nb_bool: () => false, tp_hash: (s) => object_hash(s),
    tp_new: (_t, args) => {
      if (args.length) raiseTypeError('NoneType takes no arguments');
      return Py_None;
    },
  },
});
defineType(PyNotImplemented_Type, {
  slots: {
    tp_repr: () => 'NotImplemented', tp_hash: (s) => object_hash(s),
    // object.c: notimplemented_bool — still true in 3.11, but deprecated.
    nb_bool: () => {
      warnHook.fn(DeprecationWarning, 'NotImplemented should not be used in a boolean context');
      return true;
    },
    tp_new: (_t, args) => {
      if (args.length) raiseTypeError('NotImplementedType takes no arguments');
      return Py_NotImplemented;
    },
  },
  methods: [m('__reduce__', () => newStr('NotImplemented'))],
});
defineType(PyEllipsis_Type, {
  slots: {
    tp_repr: () => 'Ellipsis', tp_hash: (s) => object_hash(s),
    tp_new: (_t, args) => {
      if (args.length) raiseTypeError('ellipsis takes no arguments');
      return ellipsisRef.v!;
    },
  },
  methods: [m('__reduce__', () => newStr('Ellipsis'))],
});
export const ellipsisRef: { v: PyObject | null } = { v: null };

export { genericGetAttr, ValueError };
