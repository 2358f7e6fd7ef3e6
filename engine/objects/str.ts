// ## str: Unicode strings
//
// `value` is the JS (UTF-16) string.  Python indexes by code point, so strings holding
// characters outside the BMP keep a lazily built code-point array (`cps`); for the common
// all-BMP string, JS indexing is already code-point indexing.  `kind` mirrors CPython's
// compact representation (1 = ASCII/latin-1 byte, 2 = UCS-2, 4 = UCS-4), used for sizes and
// for the iterator type name.

import { PyObject } from './object.js';
import { PyUnicode_Type } from './typeobjects.js';
import type { PyType } from './type.js';
import { strVarBytes } from '../memory/sizes.js';

export class PyStr extends PyObject {
  value: string;
  /** Cached hash; -1 = not computed (as CPython). */
  hash: number;
  /** Cached exact 64-bit hash (sets and hash() need all its bits). */
  hashBig: bigint | null;
  /** Code points when the string has surrogate pairs, else null (see lengthOf). */
  cps: number[] | null;
  /** -1 = unknown; else the code-point length. */
  cplen: number;
  constructor(value: string, type: PyType = PyUnicode_Type) {
    super(type, strVarBytes(value));
    this.value = value;
    this.hash = -1;
    this.hashBig = null;
    this.cps = null;
    this.cplen = -1;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code-point length; builds `cps` the first time a string with astral characters is seen. */
export function strLength(s: PyStr): number {
  if (s.cplen >= 0) return s.cplen;
  const v = s.value;
  if (!SURROGATE.test(v)) {
    s.cplen = v.length;
  } else {
    const cps: number[] = [];
    for (const ch of v) cps.push(ch.codePointAt(0)!);
    s.cps = cps;
    s.cplen = cps.length;
  }
  return s.cplen;
}

function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  // Compare by code point, not UTF-16 unit (they differ for astral vs U+E000..U+FFFF).
  if (!/[\uD800-\uDFFF]/.test(a) && !/[\uD800-\uDFFF]/.test(b)) return a < b ? -1 : 1;
  const x = [...a], y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** Order of two str objects by code point; uses the cached surrogate check of strLength. */
export function compareStr(a: PyStr, b: PyStr): number {
  const x = a.value, y = b.value;
  if (x === y) return 0;
  strLength(a);
  strLength(b);
  if (a.cps === null && b.cps === null) return x < y ? -1 : 1;
  return cmpStr(x, y);
}

const interned = new Map<string, PyStr>();
const chars: PyStr[] = [];
for (let i = 0; i < 256; i++) chars.push(new PyStr(String.fromCharCode(i)));
const empty = chars.length ? new PyStr('') : new PyStr('');

/** A new str; the empty string and latin-1 single characters are shared, as in CPython. */
export function newStr(v: string): PyStr {
  if (v.length <= 1) {
    if (v.length === 0) return empty;
    const c = v.charCodeAt(0);
    if (c < 256) return chars[c];
  }
  return new PyStr(v);
}

/** sys.intern: one shared object per identifier-like string (names, attribute keys). */
export function internStr(v: string): PyStr {
  let s = interned.get(v);
  if (s === undefined) {
    s = v.length <= 1 ? newStr(v) : new PyStr(v);
    // Interned strings live as long as the intern table (immortal, as 3.12 makes them).
    s.ob_refcnt = 999999999;
    interned.set(v, s);
  }
  return s;
}
