// ## float: IEEE-754 doubles, as CPython's PyFloatObject.

import { PyObject, reviveObject } from './object.js';
import { floatPool } from '../memory/objalloc.js';
import { PyFloat_Type } from './typeobjects.js';
import type { PyType } from './type.js';

export class PyFloat extends PyObject {
  value: number;
  /** newborn: false only where the caller stores the float at once (object.ts: newborns). */
  constructor(value: number, type: PyType = PyFloat_Type, newborn = true) {
    super(type, 0, newborn);
    this.value = value;
  }
}

/**
 * A new exact float: a dead one's JS object reinitialised when there is one (objalloc.ts
 * floatPool).  `newborn`: recorded in the zero-count table, as the constructor records it.
 */
export function newFloat(v: number, newborn = true): PyFloat {
  const pool = floatPool.objs;
  if (pool.length !== 0) {
    const o = reviveObject(pool.pop() as PyFloat, 0, newborn);
    o.value = v;
    return o;
  }
  return new PyFloat(v, PyFloat_Type, newborn);
}

/** newFloat for the evaluation loop's fast paths, which push the result at once (not a newborn). */
export function newFloatOwned(v: number): PyFloat {
  return newFloat(v, false);
}
