// ## BINARY_OP fast paths
//
// What CPython 3.11 gets from specialising BINARY_OP (BINARY_OP_ADD_INT, _MULTIPLY_FLOAT,
// ...): arithmetic on small ints and floats without the generic number-protocol dispatch.
// Each returns null when the operands fall outside what it can do exactly, and the caller
// takes the generic path (which also raises the errors, e.g. ZeroDivisionError).  The loop
// pushes the result at once, so it is made without an entry in the zero-count table.

import { NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_TRUE_DIVIDE } from '../objects/object.js';
import type { PyObject } from '../objects/object.js';
import { newIntOwned } from '../objects/int.js';
import { newFloatOwned } from '../objects/float.js';

/**
 * x op y for safe integers (|v| < 2**53), `op` without the in-place offset.  `+ 0` turns a
 * JS -0 into 0: ints have no negative zero.  Math.floor(x / y) is exact here because an
 * inexact quotient is at least 1/|y| from an integer while the rounding error is below
 * |x| * 2**-53 / |y|.
 */
export function smallIntOp(x: number, y: number, op: number): PyObject | null {
  let r: number;
  switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUBTRACT: r = x - y; break;
    case NB_MULTIPLY: r = x * y; break;
    case NB_FLOOR_DIVIDE:
      if (y === 0) return null;
      r = Math.floor(x / y);
      break;
    case NB_REMAINDER:
      if (y === 0) return null;
      r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      break;
    case NB_TRUE_DIVIDE:
      // Both are exactly representable as doubles, so one division is correctly rounded,
      // as long_true_divide's fast path.
      if (y === 0) return null;
      return newFloatOwned(x / y);
    default:
      return null;
  }
  return Number.isSafeInteger(r) ? newIntOwned(r + 0) : null;
}

/** x op y in double precision (an int operand has already been converted exactly). */
export function floatOp(x: number, y: number, op: number): PyObject | null {
  switch (op) {
    case NB_ADD: return newFloatOwned(x + y);
    case NB_SUBTRACT: return newFloatOwned(x - y);
    case NB_MULTIPLY: return newFloatOwned(x * y);
    case NB_TRUE_DIVIDE: return y === 0 ? null : newFloatOwned(x / y);
    default: return null;
  }
}
