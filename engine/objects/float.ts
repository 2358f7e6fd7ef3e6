// ## float: IEEE-754 doubles, as CPython's PyFloatObject.

import { PyObject, reviveObject, objectBirth, newborns } from './object.js';
import { floatPool } from '../memory/objalloc.js';
import { PyFloat_Type } from './typeobjects.js';
import type { PyType } from './type.js';

export class PyFloat extends PyObject {
  value: number;
  /**
   * newborn: false only where the caller stores the float at once (object.ts: newborns).
   * An exact float is made by newFloat, which takes the float free list first (so `type` has
   * no default: `new PyFloat(v)` would bypass the free list and its id() reuse).
   */
  constructor(value: number, type: PyType, newborn = true) {
    super(type, 0, newborn);
    this.value = value;
  }
}

/**
 * A new exact float: the head of the float free list when there is one (object and block
 * together, as PyFloat_FromDouble), else a dead one's JS object with a new block, else a new
 * object (objalloc.ts floatPool).  `newborn`: recorded in the zero-count table, as the
 * constructor records it.
 */
export function newFloat(v: number, newborn = true): PyFloat {
  const fl = floatPool.freelist;
  if (fl.length !== 0) {
    const o = fl.pop() as PyFloat;
    o.ob_refcnt = objectBirth.init;
    o.ob_serial = ++objectBirth.serial;
    if (newborn) newborns.chunk[newborns.pos++] = o;
    o.value = v;
    return o;
  }
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
