// ## LOAD_GLOBAL's inline cache
//
// Models what CPython 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN specialisations keep
// in the instruction's cache entries: where the name was found (an entry index in the
// globals or the builtins dict) and the dicts' key versions at the time.  While neither
// dict has gained or lost a key, entry indexes are stable (dict.ts bumps `version` on every
// insertion, deletion and compaction), so the value is read straight from the entry; a
// global rebound to a new value is seen because the value itself is not cached.

import type { PyObject } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { strFind } from '../objects/dict.js';
import type { PyCode } from '../objects/code.js';

export class GlobalCache {
  /** Per code unit of the LOAD_GLOBAL: the dicts and versions the entry was found with. */
  readonly globals: (PyDict | null)[];
  readonly builtins: (PyDict | null)[];
  readonly gver: Float64Array;
  readonly bver: Float64Array;
  /** Entry index in globals (>= 0) or ~index in builtins (< 0). */
  readonly index: Int32Array;
  constructor(n: number) {
    this.globals = [];
    this.builtins = [];
    for (let i = 0; i < n; i++) { this.globals.push(null); this.builtins.push(null); }
    this.gver = new Float64Array(n);
    this.bver = new Float64Array(n);
    this.index = new Int32Array(n);
  }
}

/** The cached value for the LOAD_GLOBAL at `at`, or null when the cache does not apply. */
export function cachedGlobal(c: GlobalCache, at: number, g: PyDict, b: PyDict): PyObject | null {
  if (c.globals[at] !== g || c.gver[at] !== g.version || c.builtins[at] !== b || c.bver[at] !== b.version) return null;
  const i = c.index[at];
  return i >= 0 ? g.values[i] : b.values[~i];
}

/** Slow path: look `name` up in globals then builtins and remember where it was found. */
export function loadGlobalSlow(code: PyCode, at: number, g: PyDict, b: PyDict, name: string): PyObject | null {
  let index = strFind(g, name);
  let v: PyObject | null;
  if (index >= 0) {
    v = g.values[index];
  } else {
    const i = strFind(b, name);
    if (i < 0) return null;
    v = b.values[i];
    index = ~i;
  }
  let c = code.globalCache;
  if (c === null) c = code.globalCache = new GlobalCache(code.ops.length);
  c.globals[at] = g;
  c.builtins[at] = b;
  c.gver[at] = g.version;
  c.bver[at] = b.version;
  c.index[at] = index;
  return v;
}
