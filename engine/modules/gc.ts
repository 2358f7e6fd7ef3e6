// ## gc: the cycle collector's interface (Modules/gcmodule.c)
//
// collect(), enable/disable/isenabled, get_count, get_threshold/set_threshold, get_stats,
// is_tracked, is_finalized, garbage and callbacks over the collector of memory/gc.ts.

import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newList, PyList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { PyDict_Type } from '../objects/typeobjects.js';
import { PyObject } from '../objects/object.js';
import { Py_None, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseValueError, raiseTypeError, PyBaseException } from '../objects/exceptions.js';
import { call, index } from '../objects/abstract.js';
import { defineModule } from './registry.js';
import { collectGeneration, collectHook, gcState, isTracked, dictTrackedAsCPython, NUM_GENERATIONS, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL } from '../memory/gc.js';
import { finalized, deallocHooks } from '../memory/refcount.js';
import { writeUnraisable } from '../memory/finalize.js';

let callbacks: PyList | null = null;

/** invoke_gc_callback: each callback gets ("start"|"stop", {"generation", "collected", "uncollectable"}). */
function runCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
  if (callbacks === null || callbacks.items.length === 0) return;
  const info = new PyDict();
  dictSetStr(info, 'generation', newInt(generation));
  dictSetStr(info, 'collected', newInt(collected));
  dictSetStr(info, 'uncollectable', newInt(uncollectable));
  for (const cb of callbacks.items.slice()) {
    try {
      call(cb, [newStr(phase), info]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(e, null);
    }
  }
}

function collectWithCallbacks(g: number): number {
  if (gcState.collecting) return 0;
  runCallbacks('start', g, 0, 0);
  const r = collectGeneration(g);
  runCallbacks('stop', g, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}
collectHook.run = (g: number) => { collectWithCallbacks(g); };

/**
 * 3.11 makes dicts untracked and tracks one only when a key or value that may be tracked is
 * stored (MAINTAIN_TRACKING): a dict of ints and strs is not tracked.
 */
function gcIsTracked(o: PyObject): boolean {
  if (!isTracked(o)) return false;
  // Only an exact dict is tracked lazily (dict_new untracks it; untrack_dicts checks
  // PyDict_CheckExact): an instance of a dict subclass stays tracked from its allocation.
  return !(o instanceof PyDict) || o.ob_type !== PyDict_Type || dictTrackedAsCPython(o);
}

/** The permanent generation of gc.freeze(): objects the collector no longer looks at. */
const PERMANENT = NUM_GENERATIONS;

function live(list: PyObject[], gen: number): PyObject[] {
  return list.filter((o) => o.ob_refcnt >= 0 && o.gc_gen === gen);
}

/** gc_get_objects_impl: generation None (all) or 0..2. */
function getObjects(gen: number | null): PyObject[] {
  if (gen !== null) return live(gcState.gens[gen], gen);
  const out: PyObject[] = [];
  for (let g = 0; g < NUM_GENERATIONS; g++) out.push(...live(gcState.gens[g], g));
  return out;
}

/** The objects `o` refers to, as its tp_traverse visits them. */
function referents(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  deallocHooks.traverse(o, (c) => { out.push(c); }, false);
  return out;
}

defineModule('gc', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn, doc?: string) => dictSetStr(d, name, newBuiltin(name, fn, 'gc', undefined, doc));
  dictSetStr(d, '__doc__', newStr('This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n'));
  gcState.garbage = newList([]);
  gcState.garbage.ob_refcnt++;
  dictSetStr(d, 'garbage', gcState.garbage);
  callbacks = newList([]);
  callbacks.ob_refcnt++;
  dictSetStr(d, 'callbacks', callbacks);
  dictSetStr(d, 'DEBUG_STATS', newInt(DEBUG_STATS));
  dictSetStr(d, 'DEBUG_COLLECTABLE', newInt(DEBUG_COLLECTABLE));
  dictSetStr(d, 'DEBUG_UNCOLLECTABLE', newInt(DEBUG_UNCOLLECTABLE));
  dictSetStr(d, 'DEBUG_SAVEALL', newInt(DEBUG_SAVEALL));
  dictSetStr(d, 'DEBUG_LEAK', newInt(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL));
  f('collect', (_s, a, k) => {
    const [g] = parseArgs('collect', a, k, { names: ['generation'], required: 0, posonly: 0 });
    const gen = g === null ? NUM_GENERATIONS - 1 : Number(index(g).value);
    if (gen < 0 || gen >= NUM_GENERATIONS) raiseValueError('invalid generation');
    return newInt(collectWithCallbacks(gen));
  }, 'Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.');
  f('enable', () => { gcState.enabled = true; return Py_None; }, 'Enable automatic garbage collection.');
  f('disable', () => { gcState.enabled = false; return Py_None; }, 'Disable automatic garbage collection.');
  f('isenabled', () => newBool(gcState.enabled), 'Returns true if automatic garbage collection is enabled.');
  f('get_count', () => newTuple(gcState.count.map((c) => newInt(c))), 'Return a three-tuple of the current collection counts.');
  f('get_threshold', () => newTuple(gcState.threshold.map((c) => newInt(c))), 'Return the current collection thresholds.');
  f('set_threshold', (_s, a) => {
    if (a.length < 1) raiseTypeError(`set_threshold() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) raiseTypeError(`set_threshold() takes at most 3 arguments (${a.length} given)`);
    for (let i = 0; i < a.length; i++) gcState.threshold[i] = Number(index(a[i]).value);
    return Py_None;
  }, 'set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n');
  f('get_debug', () => newInt(gcState.debug), 'Get the garbage collection debugging flags.');
  f('set_debug', (_s, a, k) => {
    const [flags] = parseArgs('set_debug', a, k, { names: ['flags'], required: 1, posonly: 1 });
    gcState.debug = Number(index(flags!).value);
    return Py_None;
  }, 'Set the garbage collection debugging flags.');
  f('get_stats', () => newList(gcState.stats.map((s) => {
    const dd = new PyDict();
    dictSetStr(dd, 'collections', newInt(s.collections));
    dictSetStr(dd, 'collected', newInt(s.collected));
    dictSetStr(dd, 'uncollectable', newInt(s.uncollectable));
    return dd;
  })), 'Return a list of dictionaries containing per-generation statistics.');
  f('is_tracked', (_s, a, k) => newBool(gcIsTracked(parseArgs('is_tracked', a, k, { names: ['obj'], required: 1, posonly: 1 })[0]!)), 'Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.');
  f('is_finalized', (_s, a, k) => newBool(finalized.has(parseArgs('is_finalized', a, k, { names: ['obj'], required: 1, posonly: 1 })[0]!)), 'Returns true if the object has been already finalized by the GC.');
  f('get_objects', (_s, a, k) => {
    const [g] = parseArgs('get_objects', a, k, { names: ['generation'], required: 0, posonly: 0 });
    let gen: number | null = null;
    if (g !== null && g !== Py_None) {
      gen = Number(index(g).value);
      if (gen >= NUM_GENERATIONS) raiseValueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      if (gen < 0) raiseValueError('generation parameter cannot be negative');
    }
    return newList(getObjects(gen));
  }, 'Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.');
  f('get_referents', (_s, a) => newList(a.flatMap((o) => referents(o))),
    'get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.');
  f('get_referrers', (_s, a) => {
    // gc_referrers_for: every tracked object whose tp_traverse visits one of objs.
    const targets = new Set(a);
    const out: PyObject[] = [];
    for (const o of getObjects(null)) {
      let hit = false;
      deallocHooks.traverse(o, (c) => { if (targets.has(c)) hit = true; }, false);
      if (hit) out.push(o);
    }
    return newList(out);
  }, 'get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.');
  f('freeze', () => {
    for (let g = 0; g < NUM_GENERATIONS; g++) {
      for (const o of live(gcState.gens[g], g)) { o.gc_gen = PERMANENT; gcState.permanent.push(o); }
      gcState.gens[g] = [];
      gcState.count[g] = 0;
    }
    return Py_None;
  }, 'Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.');
  f('unfreeze', () => {
    const oldest = NUM_GENERATIONS - 1;
    for (const o of live(gcState.permanent, PERMANENT)) { o.gc_gen = oldest; gcState.gens[oldest].push(o); }
    gcState.permanent = [];
    return Py_None;
  }, 'Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.');
  f('get_freeze_count', () => newInt((gcState.permanent = live(gcState.permanent, PERMANENT)).length),
    'Return the number of objects in the permanent generation.');
});
