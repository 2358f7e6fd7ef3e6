// ## list: mutable arrays of references.
//
// `allocated` models CPython's over-allocation (list_resize) so sys.getsizeof agrees; the JS
// array itself grows however V8 likes.

import { gcTrack } from '../memory/gcstate.js';
import { PyObject } from './object.js';
import { PyList_Type } from './typeobjects.js';
import type { PyType } from './type.js';
import { increfAll } from '../memory/refcount.js';

export class PyList extends PyObject {
  items: PyObject[];
  allocated: number;
  constructor(items: PyObject[], type: PyType = PyList_Type) {
    super(type);
    this.items = items;
    this.allocated = items.length;
    increfAll(items); // the list owns a reference to each item
    gcTrack(this);
  }
}

export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}
