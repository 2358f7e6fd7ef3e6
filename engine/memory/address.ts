// ## Object addresses (id())
//
// Every object gets an address the first time one is asked for (id(), default repr and
// hash).  This version hands out 16-byte-aligned addresses from a bump pointer sized by the
// object's basic size, in the range CPython's heap uses on 64-bit Linux, so ids look like
// CPython's and are unique for the object's life.  The pymalloc model (arenas, pools, size
// classes, reuse of freed blocks so that `id([]) == id([])`) replaces this in issue 4.

import type { PyObject } from '../objects/object.js';

let next = 0x7f3a_1c00_0000;

export function addressOf(o: PyObject): number {
  if (o.ob_addr === 0) {
    const size = Math.max(16, (o.ob_type.tp_basicsize + 15) & ~15);
    o.ob_addr = next;
    next += size;
  }
  return o.ob_addr;
}

/** "0x7f3a1c000010": the %p form CPython's default reprs use. */
export function addressHex(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}

/**
 * The object's storage goes back to the allocator: called once, when its reference count
 * reaches zero (Py_Dealloc → PyObject_Free).  A bump allocator never reuses addresses, so
 * this version only forgets the address; the pymalloc model puts the block on its pool's
 * free list so the next object of the same size class gets it.
 */
export function releaseAddress(o: PyObject): void {
  o.ob_addr = 0;
}
