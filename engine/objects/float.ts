// ## float: IEEE-754 doubles, as CPython's PyFloatObject.

import { PyObject, objectBirth } from './object.js';
import { objectMalloc, floatPool } from '../memory/objalloc.js';
import { PyFloat_Type } from './typeobjects.js';
import type { PyType } from './type.js';

export class PyFloat extends PyObject {
  value: number;
  constructor(value: number, type: PyType = PyFloat_Type) {
    super(type);
    this.value = value;
  }
}

/** A new exact float: a dead one's JS object reinitialised when there is one (objalloc.ts floatPool). */
export function newFloat(v: number): PyFloat {
  const pool = floatPool.objs;
  if (pool.length !== 0) {
    const o = pool.pop() as PyFloat;
    o.ob_refcnt = objectBirth.init;
    o.ob_serial = ++objectBirth.serial;
    o.value = v;
    o.ob_addr = objectMalloc(PyFloat_Type, 0);
    return o;
  }
  return new PyFloat(v);
}
