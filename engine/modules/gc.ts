// ## gc: the cycle collector's interface (Modules/gcmodule.c)
//
// collect(), enable/disable/isenabled, get_count, get_threshold/set_threshold, get_stats,
// is_tracked, is_finalized, garbage and callbacks over the collector of memory/gc.ts.
// Functions not modelled yet raise NotImplementedError (README "not yet" table).

import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newList, PyList } from '../objects/list.js';
import { newTuple, PyTuple } from '../objects/tuple.js';
import { PyObject } from '../objects/object.js';
import { Py_None, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raise, raiseValueError, NotImplementedError, PyBaseException } from '../objects/exceptions.js';
import { call, index } from '../objects/abstract.js';
import { defineModule } from './registry.js';
import { collectGeneration, collectHook, gcState, isTracked, NUM_GENERATIONS, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL } from '../memory/gc.js';
import { finalized } from '../memory/refcount.js';
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
  if (!(o instanceof PyDict)) return true;
  const mayBeTracked = (v: PyObject | null) => v !== null && (v.gc_gen >= 0 || v instanceof PyTuple);
  for (let i = 0; i < o.keys.length; i++) if (mayBeTracked(o.keys[i]) || mayBeTracked(o.values[i])) return true;
  return false;
}

function notYet(name: string): NativeFn {
  return () => raise(NotImplementedError, `gc.${name}() is not available yet in glasspy (issue 4)`);
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
    if (a.length < 1 || a.length > 3) raise(NotImplementedError, 'set_threshold takes 1 to 3 arguments');
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
  for (const name of ['get_objects', 'get_referrers', 'get_referents', 'freeze', 'unfreeze', 'get_freeze_count']) f(name, notYet(name));
});
