// ## cell objects: the boxes closures share (one per variable captured by an inner function).

import { gcTrack } from '../memory/gcstate.js';
import { PyObject } from './object.js';
import { PyCell_Type } from './typeobjects.js';

export class PyCell extends PyObject {
  ob_ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(PyCell_Type);
    this.ob_ref = ref;
    if (ref !== null) ref.ob_refcnt++;
    gcTrack(this);
  }
}
