// ## float: IEEE-754 doubles, as CPython's PyFloatObject.

import { PyObject } from './object.js';
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

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
