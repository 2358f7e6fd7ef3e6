// ## tuple: immutable arrays of references.

import { PyObject } from './object.js';
import { PyTuple_Type } from './typeobjects.js';
import type { PyType } from './type.js';
import { increfAll } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';

export class PyTuple extends PyObject {
  items: PyObject[];
  /** Cached hash is not kept (CPython 3.11 does not cache tuple hashes either). */
  constructor(items: PyObject[], type: PyType = PyTuple_Type) {
    super(type, 8 * items.length);
    this.items = items;
    increfAll(items); // the tuple owns a reference to each item
    // Tracked from birth, as PyTuple_New; the collector untracks tuples of atomic values
    // (memory/gc.ts, untrackTuples).  The shared () is made at boot and never tracked.
    if (items.length !== 0) gcTrack(this);
  }
}

const emptyTuple = new PyTuple([]);

/** A tuple owning `items` (the caller must not reuse the array); () is shared. */
export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
