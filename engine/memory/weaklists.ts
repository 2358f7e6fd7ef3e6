// ## Weak-reference lists (the tp_weaklistoffset slot of weakly referenced objects)
//
// CPython keeps, in every weakly referenceable object, the head of a doubly linked list of the
// weak references to it (Objects/weakrefobject.c).  glasspy keeps those lists outside the
// object header, in one Map from referent to an array ordered as CPython's list: the shared
// callback-less `ref` first, then the shared callback-less proxy, then every other weak
// reference newest first.  Only objects that are weakly referenced have an entry, so
// deallocation pays a Map lookup only while some weak reference exists at all (refcount.ts
// tests `weaklists.size`).  The weakref types themselves are engine/objects/weakrefobject.ts.

import type { PyObject } from '../objects/object.js';

/** The fields of a weak reference this file and the cycle collector need. */
export interface WeakrefFields extends PyObject {
  /** The referent; null once cleared (CPython points wr_object at None). */
  wr_object: PyObject | null;
  wr_callback: PyObject | null;
}

export const weaklists = new Map<PyObject, WeakrefFields[]>();

/** The weak references to `o`, in CPython's list order; empty when there are none. */
export function weakrefsOf(o: PyObject): readonly WeakrefFields[] {
  return weaklists.get(o) ?? [];
}

/**
 * clear_weakref without touching the callback: unlink `wr` from its referent's list and make
 * it dead (_PyWeakref_ClearRef when the caller keeps the callback).
 */
export function unlinkWeakref(wr: WeakrefFields): void {
  const o = wr.wr_object;
  if (o === null) return;
  wr.wr_object = null;
  const list = weaklists.get(o);
  if (list === undefined) return;
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) weaklists.delete(o);
}
