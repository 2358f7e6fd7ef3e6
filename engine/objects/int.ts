// ## int: arbitrary-precision integers
//
// `value` is a JS number while the integer is a safe integer (|v| < 2**53) and a bigint
// beyond, never otherwise: arithmetic on small values stays on the fast double path and
// only promotes when a result leaves the safe range.  -5..256 are shared, as CPython's small
// int cache (so `a is b` agrees with CPython for them).

import { PyObject, reviveObject } from './object.js';
import { intPool } from '../memory/objalloc.js';
import { PyLong_Type } from './typeobjects.js';
import type { PyType } from './type.js';
import { intVarBytes } from '../memory/sizes.js';

export class PyInt extends PyObject {
  value: number | bigint;
  /** newborn: false only where the caller stores the int at once (object.ts: newborns). */
  constructor(value: number | bigint, type: PyType = PyLong_Type, newborn = true) {
    super(type, digitBytes(value), newborn);
    this.value = value;
  }
}

/** The variable part of an int's allocation; one-digit ints (the common case) request sizeof(PyLongObject): 24 + 8. */
function digitBytes(value: number | bigint): number {
  return typeof value === 'number' && value < 1073741824 && value > -1073741824 && value !== 0 ? 8 : intVarBytes(value);
}

/** A new exact int that is not small: a dead one's JS object reinitialised when there is one (objalloc.ts intPool). */
function makeInt(v: number | bigint, newborn = true): PyInt {
  const pool = intPool.objs;
  if (pool.length !== 0) {
    const o = reviveObject(pool.pop() as PyInt, digitBytes(v), newborn);
    o.value = v;
    return o;
  }
  return new PyInt(v, PyLong_Type, newborn);
}

const NSMALLNEGINTS = 5, NSMALLPOSINTS = 257;
const smallInts: PyInt[] = [];
for (let i = -NSMALLNEGINTS; i < NSMALLPOSINTS; i++) smallInts.push(new PyInt(i));

/** An int from a JS integer number (must be an integer) — shares the small-int cache. */
export function newInt(v: number): PyInt {
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS && (v | 0) === v) return smallInts[v + NSMALLNEGINTS];
  if (Number.isSafeInteger(v)) return makeInt(v === 0 ? 0 : v);
  return makeInt(BigInt(v));
}

/**
 * newInt for the evaluation loop's arithmetic fast paths, which push the result at once: not
 * recorded in the zero-count table, which would cost every int a store (object.ts: newborns).
 */
export function newIntOwned(v: number): PyInt {
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS && (v | 0) === v) return smallInts[v + NSMALLNEGINTS];
  return makeInt(v === 0 ? 0 : v, false);
}

/** An int from a bigint, normalised back to a number when it fits. */
export function newIntBig(v: bigint): PyInt {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return makeInt(v);
}

/** Normalise a number|bigint result. */
export function newIntAny(v: number | bigint): PyInt {
  return typeof v === 'number' ? newInt(v) : newIntBig(v);
}

export function intToBig(o: PyInt): bigint {
  const v = o.value;
  return typeof v === 'number' ? BigInt(v) : v;
}
