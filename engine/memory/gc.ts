// ## The cycle collector (Modules/gcmodule.c, 3.11)
//
// Container objects that can take part in cycles (lists, dicts, sets, instances of classes,
// functions, cells) are tracked in three generations.  A collection of generation g (and the
// younger ones) works as CPython's gc_collect_main:
//   1. gc_refs := ob_refcnt for every object of the collected generations;
//   2. subtract_refs: for every reference between two of them (tp_traverse), gc_refs -= 1 —
//      what remains counts references from outside;
//   3. move_unreachable: objects with gc_refs > 0 are reachable, and so is everything they
//      reach; the rest is unreachable;
//   4. finalizers (PEP 442: __del__ once per object) run on the unreachable objects; any that
//      were resurrected (referenced from outside again) and what they reach survive;
//   5. tp_clear on the rest drops their references, which frees them by reference counting.
// Survivors move to the next generation.  A collection returns the number of unreachable
// objects found; an instance's __dict__ is not counted separately, because in 3.11 a plain
// instance keeps its attribute values inline (the dict object is not materialised).
//
// Automatic collection: allocations of tracked objects minus deallocations past threshold 0
// (700) collect generation 0 at the next safe point; every threshold-1 (10) collections of a
// generation collect the next one, and generation 2 only when the long-lived rule allows it
// (long_lived_pending > long_lived_total / 4).

import { PyObject } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyDict } from '../objects/dict.js';
import { isMaterialized } from '../objects/dictsplit.js';
import { PyCell } from '../objects/cell.js';
import { PyFunction } from '../objects/function.js';
import { PySet } from '../objects/setobject.js';
import { deallocHooks, finalized, drainPending, Py_DECREF, gcDue } from './refcount.js';

import { NUM_GENERATIONS, gcState } from './gcstate.js';
export { gcTrack, isTracked, gcState, NUM_GENERATIONS } from './gcstate.js';

function isAlive(o: PyObject): boolean {
  return o.ob_refcnt >= 0 && o.gc_gen >= 0;
}

/** The tracked objects of generations 0..g, dead ones pruned from the lists. */
function young(g: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i <= g; i++) {
    for (const o of gcState.gens[i]) if (isAlive(o)) out.push(o);
    gcState.gens[i] = [];
  }
  return out;
}

/** The objects of `set` not reachable from outside it (steps 1-3). */
function findUnreachable(set: PyObject[]): PyObject[] {
  const gcRefs = new Map<PyObject, number>();
  // A tracked object at count 0 is held by a native that has not stored it yet: a root.
  for (const o of set) gcRefs.set(o, o.ob_refcnt === 0 ? 1 << 30 : o.ob_refcnt);
  for (const o of set) {
    deallocHooks.traverse(o, (c) => {
      const r = gcRefs.get(c);
      if (r !== undefined) gcRefs.set(c, r - 1);
    }, false);
  }
  const reachable = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const o of set) if (gcRefs.get(o)! > 0) { reachable.add(o); stack.push(o); }
  while (stack.length) {
    const o = stack.pop()!;
    deallocHooks.traverse(o, (c) => {
      if (gcRefs.has(c) && !reachable.has(c)) { reachable.add(c); stack.push(c); }
    }, false);
  }
  return set.filter((o) => !reachable.has(o));
}

/** Objects counted in collect()'s result: not the attributes of an instance whose __dict__ was never made. */
function countable(unreachable: PyObject[]): number {
  const dicts = new Set<PyObject>();
  for (const o of unreachable) if (o.dict !== null && !(o instanceof PyFunction) && !isMaterialized(o.dict)) dicts.add(o.dict);
  let n = 0;
  for (const o of unreachable) if (!dicts.has(o)) n++;
  return n;
}

/** tp_clear: drop the references a container holds and empty it, breaking the cycle. */
function tpClear(o: PyObject): void {
  if (o instanceof PyList) {
    const items = o.items;
    o.items = [];
    o.allocated = 0;
    for (let i = items.length - 1; i >= 0; i--) Py_DECREF(items[i]);
  } else if (o instanceof PyDict) {
    const keys = o.keys, values = o.values;
    o.keys = []; o.values = []; o.hashes = []; o.used = 0; o.strIndex = null; o.objIndex = null; o.version++;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) continue;
      Py_DECREF(k);
      Py_DECREF(values[i]!);
    }
  } else if (o instanceof PySet) {
    const keys = o.keys;
    o.keys = new Array(8).fill(null); o.hashes = new Array(8).fill(0n); o.mask = 7; o.fill = 0; o.used = 0;
    for (const k of keys) if (k !== null && typeof k.ob_refcnt === 'number') Py_DECREF(k);
  } else if (o instanceof PyCell) {
    const v = o.ob_ref;
    o.ob_ref = null;
    if (v !== null) Py_DECREF(v);
  } else if (o instanceof PyFunction) {
    const d = o.func_defaults, k = o.func_kwdefaults, c = o.func_closure, a = o.func_annotations;
    o.func_defaults = null; o.func_kwdefaults = null; o.func_closure = null; o.func_annotations = null;
    if (d !== null) Py_DECREF(d);
    if (k !== null) Py_DECREF(k);
    if (c !== null) for (const cell of c) Py_DECREF(cell);
    if (a !== null) Py_DECREF(a);
  }
  // Instances (subtype_clear): __slots__ members, then the __dict__.
  const slots = o.slots;
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      slots[i] = null;
      if (v !== null) Py_DECREF(v);
    }
  }
  if (o.dict !== null && !(o instanceof PyFunction) && !(o instanceof PyDict)) {
    const d = o.dict;
    o.dict = null;
    Py_DECREF(d);
  }
}

/** gc_collect_main: collect generations 0..g; returns the number of unreachable objects. */
export function collectGeneration(g: number): { collected: number; uncollectable: number } {
  if (gcState.collecting) return { collected: 0, uncollectable: 0 };
  gcState.collecting = true;
  try {
    // Garbage already at zero is freed first, so only cycles are left to find.
    drainPending();
    if (g + 1 < NUM_GENERATIONS) gcState.count[g + 1]++;
    for (let i = 0; i <= g; i++) gcState.count[i] = 0;
    const objs = young(g);
    let unreachable = findUnreachable(objs);
    const unreachableSet = new Set(unreachable);
    const older = Math.min(g + 1, NUM_GENERATIONS - 1);
    const survive = (o: PyObject) => { gcState.gens[older].push(o); o.gc_gen = older; };
    for (const o of objs) if (!unreachableSet.has(o)) survive(o);
    const n = countable(unreachable);
    // PEP 442: finalizers run once; then whatever became reachable again survives.
    let ranFinalizer = false;
    for (const o of unreachable) {
      if (deallocHooks.hasFinalizer(o) && !finalized.has(o)) {
        finalized.add(o);
        ranFinalizer = true;
        o.ob_refcnt++;
        deallocHooks.finalize(o);
        o.ob_refcnt--;
      }
    }
    if (ranFinalizer) {
      const still = new Set(findUnreachable(unreachable));
      for (const o of unreachable) if (!still.has(o)) survive(o);
      unreachable = unreachable.filter((o) => still.has(o));
    }
    // delete_garbage: saved objects, and objects tp_clear did not free, move to the older
    // generation (still tracked, so a later collection can find them again).
    if (gcState.garbage !== null && (gcState.debug & DEBUG_SAVEALL) !== 0) {
      for (const o of unreachable) { o.ob_refcnt++; gcState.garbage.items.push(o); survive(o); }
    } else {
      for (const o of unreachable) {
        if (o.ob_refcnt > 0) tpClear(o);
        if (o.ob_refcnt > 0 && o.gc_gen >= 0) survive(o);
      }
    }
    if (g === NUM_GENERATIONS - 1) {
      gcState.longLivedPending = 0;
      gcState.longLivedTotal = gcState.gens[2].length;
    } else if (g === 1) {
      gcState.longLivedPending += gcState.gens[2].length;
    }
    const st = gcState.stats[g];
    st.collections++;
    st.collected += n;
    return { collected: n, uncollectable: 0 };
  } finally {
    gcState.collecting = false;
  }
}

export const DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32;

/** gc_collect_generations: the oldest generation whose count passed its threshold. */
export function collectDue(): void {
  if (!gcState.enabled || gcState.collecting) return;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gcState.count[i] > gcState.threshold[i]) {
      if (i === NUM_GENERATIONS - 1 && gcState.longLivedPending < gcState.longLivedTotal / 4) continue;
      collectHook.run(i);
      return;
    }
  }
}

/** The gc module runs callbacks around collections; it installs itself here. */
export const collectHook = { run: (g: number): void => { collectGeneration(g); } };
gcDue.run = collectDue;
