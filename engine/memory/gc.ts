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

import { PyObject, objectBirth } from '../objects/object.js';
import { PyList } from '../objects/list.js';
import { PyDict } from '../objects/dict.js';
import { isMaterialized } from '../objects/dictsplit.js';
import { PyCell } from '../objects/cell.js';
import { PyFunction } from '../objects/function.js';
import { PySet } from '../objects/setobject.js';
import { PyTuple } from '../objects/tuple.js';
import { PyTuple_Type, PyDict_Type } from '../objects/typeobjects.js';
import { PyType, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { typeClear } from '../objects/typeobject.js';
import { deallocHooks, finalized, drainPending, Py_DECREF, gcDue, zeroed } from './refcount.js';
import { PyWeakReference, clearWeakref, callWeakrefCallback } from '../objects/weakrefobject.js';
import { weaklists, unlinkWeakref } from './weaklists.js';
import { writeSysStderr } from './finalize.js';
import { addressHex } from './address.js';

import { NUM_GENERATIONS, gcState, clearHooks } from './gcstate.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyModule } from '../objects/module.js';
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

/**
 * _PyObject_GC_MAY_BE_TRACKED: an object of a GC type, unless it is an exact tuple the
 * collector has already untracked or a builtin type.  A tuple or dict holding only objects that are not is
 * itself not worth tracking.
 */
export function mayBeTracked(o: PyObject): boolean {
  const t = o.ob_type;
  if ((t.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return false;
  // type_is_gc: only heap types are GC objects; a builtin type is static (so the bases tuple
  // (object,) of a class is untracked once the collector finds it reachable).
  if (o instanceof PyType) return (o.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0;
  return t !== PyTuple_Type || o.gc_gen >= 0;
}

/** _PyTuple_MaybeUntrack: an exact tuple of untrackable items can never be part of a cycle. */
function tupleUntrackable(o: PyObject): boolean {
  if (o.ob_type !== PyTuple_Type) return false;
  const items = (o as PyTuple).items;
  for (let i = 0; i < items.length; i++) if (mayBeTracked(items[i])) return false;
  return true;
}

/**
 * Steps 1-3 over `set` (a young list): the objects reachable from outside it and the rest,
 * each in the order CPython's lists end up in.  Models Modules/gcmodule.c: deduce_unreachable()
 * — update_refs, subtract_refs, then move_unreachable, which scans the list once: an object
 * with gc_refs 0 moves to the tentatively unreachable list; a reachable one marks what it
 * refers to reachable, and a referent already moved to the unreachable list goes back to the
 * end of the young list.  The order decides which __del__ runs first and survivors' order.
 */
function deduceUnreachable(set: PyObject[]): { reachable: PyObject[]; unreachable: PyObject[] } {
  const gcRefs = new Map<PyObject, number>();
  // A tracked object at count 0 is held by a native that has not stored it yet: a root.
  for (const o of set) gcRefs.set(o, o.ob_refcnt === 0 ? 1 << 30 : o.ob_refcnt);
  for (const o of set) {
    deallocHooks.traverse(o, (c) => {
      const r = gcRefs.get(c);
      if (r !== undefined) gcRefs.set(c, r - 1);
    }, false);
  }
  const youngList = set.slice();
  const reachable: PyObject[] = [];
  const tentative: PyObject[] = [];
  // Objects currently on the tentatively unreachable list.
  const inTentative = new Set<PyObject>();
  const visitReachable = (c: PyObject) => {
    const r = gcRefs.get(c);
    if (r === undefined) return;
    if (inTentative.has(c)) {
      inTentative.delete(c);
      gcRefs.set(c, 1);
      youngList.push(c);
    } else if (r <= 0) {
      gcRefs.set(c, 1);
    }
  };
  for (let i = 0; i < youngList.length; i++) {
    const o = youngList[i];
    if (gcRefs.get(o)! > 0) {
      reachable.push(o);
      deallocHooks.traverse(o, visitReachable, false);
    } else {
      tentative.push(o);
      inTentative.add(o);
    }
  }
  // An object moved back appears twice in `tentative`; only the ones still there count.
  const unreachable = tentative.filter((o) => inTentative.delete(o));
  return { reachable, unreachable };
}

/**
 * 3.11 makes dicts untracked and tracks one only when a key or value that may be tracked is
 * stored (MAINTAIN_TRACKING): a dict of ints and strs is not tracked.  glasspy tracks every
 * dict and answers from what the dict holds now.  A tuple the collector untracked after it
 * was stored keeps the dict tracked until a full collection (untrack_dicts): approximated as
 * "a dict made since the last full collection".
 */
export function dictTrackedAsCPython(o: PyDict): boolean {
  const recent = o.ob_serial > gcState.fullCollectionSerial;
  const keys = o.keys, values = o.values;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i], v = values[i];
    if (k !== null && (mayBeTracked(k) || (recent && k.ob_type === PyTuple_Type))) return true;
    if (v !== null && v !== undefined && (mayBeTracked(v) || (recent && v.ob_type === PyTuple_Type))) return true;
  }
  return false;
}

/**
 * Objects counted in collect()'s result: not the attributes of an instance whose __dict__ was
 * never made, nor a dict CPython would not be tracking (an empty one, or a class namespace of
 * strs): in CPython those are never in the unreachable set, they are freed when their owner is.
 */
function countable(unreachable: PyObject[]): PyObject[] {
  const dicts = new Set<PyObject>();
  for (const o of unreachable) if (o.dict !== null && !(o instanceof PyFunction) && !isMaterialized(o.dict)) dicts.add(o.dict);
  return unreachable.filter((o) => !dicts.has(o) && !(o instanceof PyDict && o.ob_type === PyDict_Type && !dictTrackedAsCPython(o)));
}

/**
 * Models Modules/gcmodule.c: handle_weakrefs().  Every weak reference to an unreachable
 * object is cleared before any finalizer or callback runs, so no Python code can reach the
 * garbage through one.  A weak reference that is itself garbage is cleared and its callback
 * never runs (it could see objects tp_clear has emptied); the callbacks of the reachable
 * ones run afterwards, in the order found.  Returns how many of those weak references the
 * callbacks freed: collect() counts them.
 */
function handleWeakrefs(unreachable: PyObject[], unreachableSet: Set<PyObject>): number {
  const toCall: PyWeakReference[] = [];
  for (const op of unreachable) {
    if (op instanceof PyWeakReference) unlinkWeakref(op);
    const list = weaklists.get(op);
    if (list === undefined) continue;
    for (const wr of list.slice()) {
      unlinkWeakref(wr);
      if (wr.wr_callback === null || unreachableSet.has(wr)) continue;
      wr.ob_refcnt++;
      toCall.push(wr as PyWeakReference);
    }
  }
  let freed = 0;
  for (const wr of toCall) {
    const cb = wr.wr_callback;
    if (cb !== null) callWeakrefCallback(wr, cb);
    // What the callback released is freed now, as CPython's immediate deallocation would
    // (a finalize callback drops the registry entry holding this very weakref).
    drainPending();
    if (--wr.ob_refcnt === 0) { zeroed(wr); freed++; }
  }
  return freed;
}

/** debug_cycle: "gc: collectable <list 0x...>" on sys.stderr. */
function debugCycle(msg: string, o: PyObject): void {
  writeSysStderr(`gc: ${msg} <${o.ob_type.tp_name} ${addressHex(o)}>\n`);
}

function liveCount(list: PyObject[], gen: number): number {
  let n = 0;
  for (const o of list) if (o.ob_refcnt >= 0 && o.gc_gen === gen) n++;
  return n;
}

/** show_stats_each_generations. */
function showStats(): void {
  const sizes = gcState.gens.map((l, g) => ` ${liveCount(l, g)}`).join('');
  const permanent = liveCount(gcState.permanent, NUM_GENERATIONS);
  writeSysStderr(`gc: objects in each generation:${sizes}\ngc: objects in permanent generation: ${permanent}\n`);
}

/** tp_clear: drop the references a container holds and empty it, breaking the cycle. */
function tpClear(o: PyObject): void {
  if (o instanceof PyWeakReference) {
    clearWeakref(o);
  } else if (o instanceof PyList) {
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
  } else if (o instanceof PyType && (o.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0) {
    typeClear(o);
  } else if (o instanceof PyBaseException) {
    // BaseException_clear: the traceback, context and cause go (args stay: a tuple of
    // garbage is cleared as a tuple would be, by its items' own tp_clear).
    const tb = o.traceback, ctx = o.context, cause = o.cause;
    o.traceback = null; o.context = null; o.cause = null;
    if (tb !== null) Py_DECREF(tb);
    if (ctx !== null) Py_DECREF(ctx);
    if (cause !== null) Py_DECREF(cause);
  } else if (o instanceof PyFunction) {
    const d = o.func_defaults, k = o.func_kwdefaults, c = o.func_closure, a = o.func_annotations;
    o.func_defaults = null; o.func_kwdefaults = null; o.func_closure = null; o.func_annotations = null;
    if (d !== null) Py_DECREF(d);
    if (k !== null) Py_DECREF(k);
    if (c !== null) Py_DECREF(c);
    if (a !== null) Py_DECREF(a);
  } else {
    for (const h of clearHooks) if (h(o)) break;
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
  // (A module keeps md_dict, the same dict: module_clear's Py_CLEAR is not modelled, its
  // dict is garbage too and cleared as a dict.)
  if (o.dict !== null && !(o instanceof PyFunction) && !(o instanceof PyDict) && !(o instanceof PyModule)) {
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
    const stats = (gcState.debug & DEBUG_STATS) !== 0;
    let t1 = 0;
    if (stats) {
      writeSysStderr(`gc: collecting generation ${g}...\n`);
      showStats();
      t1 = performance.now();
    }
    if (g + 1 < NUM_GENERATIONS) gcState.count[g + 1]++;
    for (let i = 0; i <= g; i++) gcState.count[i] = 0;
    const found = deduceUnreachable(young(g));
    let unreachable = found.unreachable;
    const unreachableSet = new Set(unreachable);
    const older = Math.min(g + 1, NUM_GENERATIONS - 1);
    const survive = (o: PyObject) => { gcState.gens[older].push(o); o.gc_gen = older; };
    // untrack_tuples: the reachable young tuples of atomic values stop being tracked (in list
    // order, so an inner tuple made first lets its outer tuple go too).
    for (const o of found.reachable) {
      if (tupleUntrackable(o)) o.gc_gen = -1; else survive(o);
    }
    // (An unreachable instance's __dict__ is not an object of its own, see above.)
    if ((gcState.debug & DEBUG_COLLECTABLE) !== 0) for (const o of countable(unreachable)) debugCycle('collectable', o);
    let m = handleWeakrefs(unreachable, unreachableSet);
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
      // handle_resurrected_objects: what a finalizer freed is gone; what it made reachable
      // again survives with everything it reaches.
      // What the finalizers dropped is freed first, as CPython's immediate deallocation
      // would have (a generator's close() leaves its GeneratorExit, whose traceback holds
      // the frame and its locals, to the next safe point).
      drainPending();
      unreachable = unreachable.filter(isAlive);
      const again = deduceUnreachable(unreachable);
      for (const o of again.reachable) survive(o);
      unreachable = again.unreachable;
    }
    // m counts final_unreachable, as 3.11 does: the objects still garbage after the
    // finalizers ran (a generator's close() can free its whole cycle, which then counts 0).
    const counted = countable(unreachable);
    m += counted.length;
    // delete_garbage: saved objects, and objects tp_clear did not free, move to the older
    // generation (still tracked, so a later collection can find them again).
    if (gcState.garbage !== null && (gcState.debug & DEBUG_SAVEALL) !== 0) {
      // Only what collect() counted is saved: an instance's __dict__ is no object of its own
      // in 3.11 (it stays alive through its instance).
      const saved = new Set(counted);
      for (const o of unreachable) {
        if (saved.has(o)) { o.ob_refcnt++; gcState.garbage.items.push(o); }
        survive(o);
      }
    } else {
      for (const o of unreachable) {
        if (o.ob_refcnt > 0) tpClear(o);
        if (o.ob_refcnt > 0 && o.gc_gen >= 0) survive(o);
      }
    }
    if (g === NUM_GENERATIONS - 1) {
      gcState.fullCollectionSerial = objectBirth.serial;
      gcState.longLivedPending = 0;
      gcState.longLivedTotal = gcState.gens[2].length;
    } else if (g === 1) {
      gcState.longLivedPending += gcState.gens[2].length;
    }
    // Uncollectable objects are those with a legacy tp_del finalizer (and what they reach),
    // which CPython puts in gc.garbage instead of freeing.  Since PEP 442 __del__ is
    // tp_finalize, and no glasspy type has a tp_del (in CPython only C extension types can),
    // so that set — and the count, and DEBUG_UNCOLLECTABLE's "gc: uncollectable <...>"
    // lines — is always empty, as it is in CPython for any object Python code can make.
    const n = 0;
    if (stats) {
      const d = (performance.now() - t1) / 1000;
      writeSysStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
    }
    const st = gcState.stats[g];
    st.collections++;
    st.collected += m;
    st.uncollectable += n;
    return { collected: m, uncollectable: n };
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
