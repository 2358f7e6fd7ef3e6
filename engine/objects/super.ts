// ## super
//
// Models Objects/typeobject.c: super_getattro() and super_init() — attribute lookup that
// starts after `type` in the MRO of type(obj), and the zero-argument form, which reads
// __class__ from the calling frame's cell and `self` from its first argument.

import { PyObject } from './object.js';
import { gcTrack } from '../memory/gcstate.js';
import { countedFields, Py_XSETREF } from '../memory/refcount.js';
import { PyType, isSubtype } from './type.js';
import { PySuper_Type } from './typeobjects.js';
import { dictGetStr } from './dict.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raise, RuntimeError } from './exceptions.js';
import { typeName, reprString } from './abstract.js';
import { genericGetAttr, typeQualName, superHook, lookupAttrHook } from './typeobject.js';
import { PyCell } from './cell.js';
import { tstate } from '../vm/tstate.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';
import { Py_None } from './singletons.js';

export class PySuper extends PyObject {
  constructor(
    public sType: PyType | null,
    public sObj: PyObject | null,
    public sObjType: PyType | null,
    type: PyType = PySuper_Type,
  ) {
    super(type);
    // super_init: the object owns its three references and is tracked (a super object kept
    // on the instance it is bound to is a cycle).
    if (sType !== null) sType.ob_refcnt++;
    if (sObj !== null) sObj.ob_refcnt++;
    if (sObjType !== null) sObjType.ob_refcnt++;
    gcTrack(this);
  }
}
// super_dealloc's order.
countedFields(PySuper, ['sObj', 'sType', 'sObjType']);

/** The type to search from, given obj (an instance or a subclass of `type`). */
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  if (isSubtype(obj.ob_type, type)) return obj.ob_type;
  raiseTypeError('super(type, obj): obj must be an instance or subtype of type');
}

function superInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length) raiseTypeError('super() takes no keyword arguments');
  const s = self as PySuper;
  let type: PyObject | null = args[0] ?? null;
  let obj: PyObject | null = args[1] ?? null;
  if (args.length > 2) raiseTypeError(`super() takes at most 2 arguments (${args.length} given)`);
  if (type === null) {
    // Zero-argument form: __class__ cell and first local of the calling function.
    const frame = tstate.frame;
    if (frame === null) raise(RuntimeError, 'super(): no current frame');
    const code = frame.f_code;
    if (code.unit.co_argcount === 0 && !(code.unit.co_flags & 0x4)) raise(RuntimeError, 'super(): no arguments');
    let first = frame.f[0];
    if (first instanceof PyCell && code.unit.co_localspluskinds[0] & CO_FAST_CELL) first = first.ob_ref;
    if (first === null) raise(RuntimeError, 'super(): arg[0] deleted');
    const names = code.unit.co_localsplusnames, kinds = code.unit.co_localspluskinds;
    let cls: PyObject | null = null;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === '__class__' && kinds[i] & (CO_FAST_FREE | CO_FAST_CELL)) {
        const c = frame.f[i];
        if (!(c instanceof PyCell)) raise(RuntimeError, 'super(): bad __class__ cell');
        cls = c.ob_ref;
        if (cls === null) raise(RuntimeError, 'super(): empty __class__ cell');
        break;
      }
    }
    if (cls === null) raise(RuntimeError, 'super(): __class__ cell not found');
    if (!(cls instanceof PyType)) raise(RuntimeError, `super(): __class__ is not a type (${typeName(cls)})`);
    type = cls;
    obj = first;
  }
  if (!(type instanceof PyType)) raiseTypeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  if (obj === Py_None) obj = null;
  const objType = obj === null ? null : superCheck(type, obj);
  s.sType = Py_XSETREF(s.sType, type);
  s.sObj = Py_XSETREF(s.sObj, obj);
  s.sObjType = Py_XSETREF(s.sObjType, objType);
}

function superGetAttro(self: PyObject, name: string): PyObject {
  const s = self as PySuper;
  const start = s.sObjType;
  if (start !== null && name !== '__class__') {
    const mro = start.tp_mro;
    let i = mro.indexOf(s.sType!);
    for (i++; i < mro.length; i++) {
      const d = mro[i].tp_dict;
      const v = d ? dictGetStr(d, name) : null;
      if (v !== null) {
        const get = v.ob_type.tp_descr_get;
        if (get === null) return v;
        return get(v, s.sObj === start ? null : s.sObj, start);
      }
    }
  }
  return genericGetAttr(self, name);
}

defineType(PySuper_Type, {
  slots: {
    tp_new: (type) => new PySuper(null, null, null, type),
    tp_init: superInit,
    tp_getattro: superGetAttro,
    tp_descr_get: (self, obj) => {
      const s = self as PySuper;
      if (obj === null || s.sObj !== null) return self;
      const n = new PySuper(s.sType, obj, superCheck(s.sType!, obj), s.ob_type);
      return n;
    },
    tp_repr: (self) => {
      const s = self as PySuper;
      const tn = s.sType ? typeQualName(s.sType) : 'NULL';
      if (s.sObjType) return `<super: <class '${tn}'>, <${s.sObjType.shortName} object>>`;
      return `<super: <class '${tn}'>, NULL>`;
    },
  },
  getsets: [
    { name: '__thisclass__', get: (s) => (s as PySuper).sType ?? Py_None },
    { name: '__self__', get: (s) => (s as PySuper).sObj ?? Py_None },
    { name: '__self_class__', get: (s) => (s as PySuper).sObjType ?? Py_None },
  ],
});

superHook.make = (t, obj) => new PySuper(t, obj, superCheck(t, obj));
lookupAttrHook.fn = (o, name) => o.ob_type.tp_getattro!(o, name);

export { reprString };
