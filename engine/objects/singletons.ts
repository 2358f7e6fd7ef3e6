// ## None, True, False, NotImplemented, Ellipsis
//
// bool is a subclass of int: True and False are PyInt objects whose type is bool, so every
// int operation accepts them unchanged, as in CPython.

import { PyObject } from './object.js';
import { PyInt } from './int.js';
import { PyBool_Type, PyNone_Type, PyNotImplemented_Type, PyEllipsis_Type } from './typeobjects.js';

export const Py_None = new PyObject(PyNone_Type);
export const Py_NotImplemented = new PyObject(PyNotImplemented_Type);
export const Py_Ellipsis = new PyObject(PyEllipsis_Type);
export const Py_True = new PyInt(1, PyBool_Type);
export const Py_False = new PyInt(0, PyBool_Type);

export function newBool(b: boolean): PyInt {
  return b ? Py_True : Py_False;
}

/**
 * The bool a rich comparison `op` (Py_LT..Py_GE) gives for a three-way result c (<0, 0, >0);
 * NaN (unordered) is false for everything but !=.
 */
export function compareResult(c: number, op: number): PyInt {
  if (Number.isNaN(c)) return op === 3 ? Py_True : Py_False;
  switch (op) {
    case 0: return newBool(c < 0);
    case 1: return newBool(c <= 0);
    case 2: return newBool(c === 0);
    case 3: return newBool(c !== 0);
    case 4: return newBool(c > 0);
    default: return newBool(c >= 0);
  }
}
