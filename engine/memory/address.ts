// ## Object addresses (id())
//
// An object's address is the block the allocator model gave it when it was created
// (objalloc.ts, called from the PyObject constructor); id() returns it.  Objects created
// before the type tables were ready, and frames (which CPython 3.11 keeps on its own data
// stack rather than in pymalloc), get a block the first time their address is asked for.

import type { PyObject } from '../objects/object.js';
import { objectFree, lateObjectMalloc } from './objalloc.js';
import { handleToAddress } from './handles.js';

export function addressOf(o: PyObject): number {
  if (o.ob_addr === 0) o.ob_addr = lateObjectMalloc(o);
  return handleToAddress(o.ob_addr);
}

/** "0x7f3a1c000010": the %p form CPython's default reprs use. */
export function addressHex(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}

/**
 * The object's storage goes back to the allocator: called once, when its reference count
 * reaches zero (Py_Dealloc → PyObject_Free, or the type's free list).  The block goes on
 * its pool's free list, so the next object of the same size class gets this address.
 */
export function releaseAddress(o: PyObject): void {
  objectFree(o);
}
