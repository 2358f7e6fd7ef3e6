// ## Cycle-collector state and tracking (light: imported by the container types)
//
// The generations, counts and thresholds of Modules/gcmodule.c; gcTrack is
// _PyObject_GC_TRACK.  The collector itself is memory/gc.ts.

import { PyObject } from '../objects/object.js';
import type { PyList } from '../objects/list.js';
import { deallocHooks, zombies, gcDue } from './refcount.js';

export const NUM_GENERATIONS = 3;

export const gcState = {
  enabled: true,
  collecting: false,
  threshold: [700, 10, 10],
  count: [0, 0, 0],
  gens: [[], [], []] as PyObject[][],
  longLivedTotal: 0,
  longLivedPending: 0,
  /** An automatic collection is due at the next safe point. */
  stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
  garbage: null as PyList | null,
  /** gc.freeze()'s permanent generation: objects the collector no longer looks at. */
  permanent: [] as PyObject[],
  debug: 0,
  /** objectBirth.serial at the last full collection (untrack_dicts runs only in those). */
  fullCollectionSerial: 0,
};

/**
 * Generation 0 holds at most this many entries (or twice its live ones) before the entries
 * of freed objects are dropped.  Kept small: a freed container keeps its JS contents, so
 * every dead entry holds a whole dead object graph away from V8's collector.
 */
const PRUNE_MIN = 256;
/** _PyObject_GC_TRACK: called once when a container is made (boot-time objects are not). */
let pruneAt = PRUNE_MIN;

export function gcTrack(o: PyObject): void {
  if (o.ob_refcnt !== 0) return;
  const g0 = gcState.gens[0];
  g0.push(o);
  o.gc_gen = 0;
  const count = ++gcState.count[0];
  // The rest is rare and kept out of line: this function is inlined into the constructors
  // of every container, and V8's inlining budget then still has room for PyObject's.
  if (g0.length > pruneAt || count > gcState.threshold[0]) afterTrack(g0, count);
}

function afterTrack(g0: PyObject[], count: number): void {
  // With collection disabled nothing prunes generation 0: drop the entries of freed objects
  // now and then so the list holds only live ones (amortised O(1) per object).
  if (g0.length > pruneAt) {
    gcState.gens[0] = g0.filter((x) => x.gc_gen === 0 && x.ob_refcnt >= 0);
    pruneAt = Math.max(PRUNE_MIN, 2 * gcState.gens[0].length);
  }
  if (count > gcState.threshold[0] && gcState.enabled && gcState.threshold[0] !== 0 && !gcState.collecting) {
    gcDue.due = true;
    zombies.urgent = 1;
  }
}

/**
 * _PyObject_GC_TRACK for an object that already has owners: a frame object that outlives its
 * execution (3.11 tracks a frame object when it takes the finished frame over).
 */
export function gcTrackHeld(o: PyObject): void {
  if (o.gc_gen >= 0 || o.ob_refcnt >= IMMORTAL_FLOOR) return;
  gcState.gens[0].push(o);
  o.gc_gen = 0;
  gcState.count[0]++;
}
const IMMORTAL_FLOOR = 999999999 >> 1;

/**
 * tp_clear of the holder types defined outside memory/ (frames): the cycle collector asks each
 * until one says the object is its own.
 */
export const clearHooks: ((o: PyObject) => boolean)[] = [];

export function isTracked(o: PyObject): boolean {
  return o.gc_gen >= 0;
}

deallocHooks.untrack = (o: PyObject): void => {
  if (o.gc_gen >= 0) {
    const young = o.gc_gen === 0;
    if (young && gcState.count[0] > 0) gcState.count[0]--;
    o.gc_gen = -1;
    // Objects often die newest first: drop generation 0's trailing entries of untracked
    // objects now, as the pruning in gcTrack would later (a freed container keeps its JS
    // contents, so a dead entry holds its whole graph away from V8's collector meanwhile).
    if (young) {
      const g0 = gcState.gens[0];
      while (g0.length !== 0 && g0[g0.length - 1].gc_gen !== 0) g0.pop();
    }
  }
};

