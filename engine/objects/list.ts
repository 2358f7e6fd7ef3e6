// ## list: mutable arrays of references.
//
// `allocated` models CPython's over-allocation (list_resize) so sys.getsizeof agrees; the JS
// array itself grows however V8 likes.

import { gcTrack } from '../memory/gcstate.js';
import { PyObject } from './object.js';
import { PyList_Type } from './typeobjects.js';
import type { PyType } from './type.js';
import { listSetAllocated } from '../memory/containers.js';
import { increfAll } from '../memory/refcount.js';

export class PyList extends PyObject {
  items: PyObject[];
  allocated: number;
  /** Address of the ob_item block (allocated * 8 bytes); 0 when there is none. */
  ob_itemaddr: number;
  constructor(items: PyObject[], type: PyType = PyList_Type) {
    super(type);
    this.items = items;
    this.allocated = 0;
    this.ob_itemaddr = 0;
    if (items.length !== 0) listSetAllocated(this, items.length);
    increfAll(items); // the list owns a reference to each item
    gcTrack(this);
  }
}

export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}
