// ## Attribute lookups cached per instruction
//
// LOAD_ATTR, LOAD_METHOD and STORE_ATTR on objects with the generic attribute protocol
// first look the name up along the type's MRO.  Like CPython 3.11's specialised
// LOAD_ATTR_* / STORE_ATTR_* caches, each instruction remembers the type it last saw, that
// type's tp_version_tag and what the lookup found; the tag changes whenever the type or a
// base gains, loses or rebinds a class attribute (invalidateAttrCache), so a remembered
// result is used only while it is still what typeLookup would return.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import type { PyCode } from '../objects/code.js';
import { typeLookup } from '../objects/typeobject.js';

export class AttrCache {
  readonly type: (PyType | null)[];
  readonly tag: Float64Array;
  readonly found: (PyObject | null)[];
  constructor(n: number) {
    this.type = [];
    this.found = [];
    for (let i = 0; i < n; i++) { this.type.push(null); this.found.push(null); }
    this.tag = new Float64Array(n);
  }
}

/** typeLookup(t, name), remembered for the instruction at `at` of `code`. */
export function typeLookupAt(code: PyCode, at: number, t: PyType, name: string): PyObject | null {
  let c = code.attrCache;
  if (c === null) c = code.attrCache = new AttrCache(code.ops.length);
  if (c.type[at] === t && c.tag[at] === t.tp_version_tag) return c.found[at];
  const found = typeLookup(t, name);
  c.type[at] = t;
  c.tag[at] = t.tp_version_tag;
  c.found[at] = found;
  return found;
}
