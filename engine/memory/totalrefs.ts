// ## sys.gettotalrefcount (a glasspy addition)
//
// CPython keeps _Py_RefTotal, the sum of every reference count, in debug builds only
// (regrtest -R reads it to find reference leaks).  glasspy keeps no running total (it would
// cost every INCREF); it sums on demand over the objects the cycle collector tracks and the
// objects they refer to directly, which covers every object a program can reach through
// containers, instances, functions, frames and modules.  Immortal objects (interned strings,
// boot-time objects) are left out: their counts are a fixed large number, not references.
// A leaked object nothing refers to is not seen here; sys.getallocatedblocks() sees its block.

import type { PyObject } from '../objects/object.js';
import { gcState } from './gcstate.js';
import { deallocHooks, IMMORTAL } from './refcount.js';

const IMMORTAL_FLOOR = IMMORTAL >> 1;

export function totalRefCount(): number {
  const seen = new Set<PyObject>();
  let total = 0;
  const add = (o: PyObject): void => {
    if (seen.has(o)) return;
    seen.add(o);
    const n = o.ob_refcnt;
    if (n > 0 && n < IMMORTAL_FLOOR) total += n;
  };
  for (const gen of gcState.gens) {
    for (let i = 0; i < gen.length; i++) {
      const o = gen[i];
      if (o.gc_gen < 0 || o.ob_refcnt <= 0) continue;
      add(o);
      deallocHooks.traverse(o, add, false);
    }
  }
  return total;
}
