// ## Reference counting: Py_INCREF, Py_DECREF and _Py_Dealloc
//
// Models Include/object.h and Objects/object.c (3.11).  A count is the number of references
// held by *storage*: frames' fast locals and value stacks, cells, container slots (list,
// tuple, dict, set), instance dicts and __slots__, and the fields of functions, methods,
// iterators, generators, exceptions and tracebacks.  That is what sys.getrefcount observes:
// the argument slot on the caller's stack gives CPython's "+1".  Native code holds objects in
// JS variables without counting them, so an object a native made starts at 0 and counts only
// once stored.
//
// When a count reaches 0 the object is not freed on the spot: it waits in `pending` for the
// next *safe point* — the top of the evaluation loop — because the native code that dropped
// the reference may still be holding it (list.pop() removes an item, then returns it).  At a
// safe point no native of this evaluation level is running, so an object still at 0 is
// garbage — unless it is older than the innermost native→Python call (runFrame nesting), in
// which case the native that made that call may hold it uncounted; such objects are deferred
// until the evaluation returns to a level that started before they were made.
//
// Deallocation (_Py_Dealloc) runs the finalizer once (PEP 442: __del__, resurrection when the
// count has grown again), clears weak references and calls their callbacks, drops the
// object's references (tp_traverse order, as each type's tp_dealloc), then hands the block
// back to the allocator (releaseAddress).  It is iterative — the trashcan: children whose
// count reaches 0 go on an explicit work stack, so a list nested 1,000,000 deep is freed
// without JS recursion.  A freed object keeps its JS contents (the JS heap keeps the memory);
// its count becomes DEAD, so a stray reference left by a bug shows as a leak, never as a
// second deallocation.

import { PyObject, objectBirth, zombies, newborns, NEWBORN_BATCH } from '../objects/object.js';
import { releaseAddress } from './address.js';
import { freeAtom } from './objalloc.js';
import { weaklists } from './weaklists.js';

/** Count of objects made while the interpreter boots (types, builtins, small ints): never freed. */
export const IMMORTAL = 999999999;
/** Count of a freed object: later stray INCREF/DECREF can never bring it to 0 again. */
export const DEAD = -0x40000000;

/**
 * Objects whose count reached 0, waiting for the next safe point: `pend[0..zombies.n)`.
 * The evaluation loop reads `zombies.urgent` every instruction: it is set at once for an
 * object whose freeing can be observed (a __del__, a weakref callback, a container whose
 * items go with it, id() reuse of its block), and only every ATOM_BATCH entries for ints,
 * floats and strs, so arithmetic does not pay a safe point per temporary.  A drain sets it
 * back to `rest`: 0, or 2 while the GIL's deterministic mode counts instructions through
 * the same test (engine/vm/threads.ts, beforeInstruction(), which drains when it is 1).
 */
export { zombies };
const ATOM_BATCH = 64;
const pend: PyObject[] = [];
const PEND_KEEP = 4096;

/** Types whose objects hold no references and have no finalizer (int, float, str): freed directly. */
let atomA: object = {}, atomB: object = {}, atomC: object = {};
export function setAtomTypes(a: object, b: object, c: object): void {
  atomA = a; atomB = b; atomC = c;
}

/** After boot, new objects start at 0 (refcount of a fresh, not yet stored object). */
export function endBoot(): void {
  objectBirth.init = 0;
  // Boot-time objects are immortal: nothing in the table so far can be garbage.
  newborns.chunk = new Array(NEWBORN_BATCH + 1);
  newborns.pos = 0;
}

export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

export function Py_XINCREF(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}

export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) zeroed(o);
}

export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) zeroed(o);
}

/** Py_SETREF-like helper for fields: count `v`, release `old`. */
export function Py_XSETREF<T extends PyObject | null>(old: PyObject | null, v: T): T {
  if (v !== null) v.ob_refcnt++;
  if (old !== null && --old.ob_refcnt === 0) zeroed(old);
  return v;
}

export function zeroed(o: PyObject): void {
  pend[zombies.n++] = o;
  const t = o.ob_type;
  if ((t !== atomA && t !== atomB && t !== atomC) || zombies.n >= ATOM_BATCH) zombies.urgent = 1;
}

/**
 * The evaluation loop's DECREF reaching 0.  The loop itself dropped the last counted
 * reference between instructions of the running level, so an int, float or str made at this
 * level has no other holder: it is freed at once (its block goes straight back to the
 * allocator, no safe-point bookkeeping per arithmetic temporary).  Anything else waits for
 * the safe point.
 */
export function zeroedEval(o: PyObject): void {
  const t = o.ob_type;
  if ((t === atomA || t === atomB || t === atomC) && o.ob_serial > curLimit) {
    o.ob_refcnt = DEAD;
    freeAtom(o);
    return;
  }
  zeroed(o);
}

/** Increment every item of a freshly built array (a container taking its items). */
export function increfAll(items: readonly (PyObject | null)[]): void {
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    if (o !== null && o !== undefined) o.ob_refcnt++;
  }
}

// ## Evaluation levels (runFrame nesting)

let depth = 0;
/** objectBirth.serial when each level was entered: objects at or below it may be held by a native. */
const entrySerial: number[] = [0];
/** Objects at 0 that a native of a lower level may still hold, per level. */
const deferred: PyObject[][] = [[]];

/** newborns.n when each level was entered: its safe points look at the table from there on. */
const bornStart: number[] = [0];

/** entrySerial[depth], kept in a variable for the evaluation loop's DECREF. */
let curLimit = 0;

/**
 * The protection limit the next enterEval() should use instead of "everything older than
 * now": set by a generator about to be resumed (genResumeLimit), consumed by enterEval.
 */
let resumeLimit = -1;

export function enterEval(): void {
  if (newborns.pos !== 0) flushNewborns();
  depth++;
  let limit = depth === 1 ? 0 : objectBirth.serial;
  if (resumeLimit >= 0) {
    // A resumed generator: what its own earlier runs made is not held by the native resuming
    // it (what it yielded went out counted, see handToNative), so only objects older than the
    // generator, or than the level the native runs in, stay protected.
    const below = entrySerial[depth - 1];
    limit = Math.min(limit, Math.max(resumeLimit, below));
    resumeLimit = -1;
  }
  curLimit = entrySerial[depth] = limit;
  if (deferred.length <= depth) { deferred.push([]); dirty.push(false); handed.push([]); bornStart.push(0); }
  bornStart[depth] = newborns.n;
}

/** Protect only objects made before serial `s` (or before the level below) in the next enterEval. */
export function genResumeLimit(s: number): void {
  resumeLimit = s;
}

export function leaveEval(): void {
  resumeLimit = -1;
  // Values handed to natives of this level that no safe point released (the level is left
  // by an exception): their natives are gone.
  const h = handed[depth];
  if (h.length !== 0) releaseHanded(h);
  // What this level deferred goes to the level below, which reconsiders it at its next safe
  // point (it started earlier, so it protects less).  Moving the list once per return keeps
  // a native calling Python many times (sort with __lt__) linear.
  if (newborns.pos !== 0) flushNewborns();
  keepUncounted(bornStart[depth]);
  const d = deferred[depth];
  depth--;
  curLimit = entrySerial[depth];
  // An automatic collection that fell due inside a call runs at the next outermost safe point.
  if (handed[depth].length !== 0 || (gcDue.due && depth === 1)) zombies.urgent = 1;
  if (d.length !== 0) {
    const into = deferred[depth];
    for (let i = 0; i < d.length; i++) if (d[i].ob_refcnt === 0) into.push(d[i]);
    d.splice(0, d.length);
    dirty[depth] = true;
    zombies.urgent = 1;
  }
}

/** Levels whose deferred list grew from a level above since its last safe point. */
const dirty: boolean[] = [false];

// ## Values handed to natives
//
// A Python frame returning (or yielding) to the native that called it hands its value over
// with the reference its stack held, as CPython's calls return a new reference: the native
// owns it until it is done.  A native that drops such a value early says so (releaseTemp,
// CPython's Py_DECREF in its loop); otherwise the reference is released at the next safe
// point of the native's level, when the native has returned.  Without this an int yielded
// to list() would have no count while the native holds it, and a generator resumed by max()
// could free the item max() keeps.

/** Per level: values handed to natives running at that level, not yet released. */
const handed: PyObject[][] = [[]];

/** A count this high belongs to an immortal (boot-time or interned) object. */
const IMMORTAL_FLOOR = IMMORTAL >> 1;

/** The entry frame of this level returns or yields `v` to a native (its stack's reference moves to it). */
export function handToNative(v: PyObject): void {
  if (v.ob_refcnt >= IMMORTAL_FLOOR) return;
  const d = depth - 1;
  if (d <= 0) {
    // The host (session, runner) holds it; it is freed at the next safe point of a new run.
    if (--v.ob_refcnt === 0) zeroed(v);
    return;
  }
  handed[d].push(v);
}

/**
 * A native that keeps a value a Python call returned, but inspects counts (the session's
 * magics) or hands it on as its own: drop the native's reference without freeing the value
 * now; it is freed at a later safe point if nothing else counts it by then.
 */
export function disownHanded(o: PyObject): void {
  const h = handed[depth];
  if (h.length !== 0 && h[h.length - 1] === o) {
    h.pop();
    if (--o.ob_refcnt === 0) zeroed(o);
  }
}

function releaseHanded(h: PyObject[]): void {
  for (let i = 0; i < h.length; i++) {
    const o = h[i];
    if (--o.ob_refcnt === 0) zeroed(o);
  }
  // Emptied by pop(), not `h.length = 0`: V8 runs a length store in the runtime (C++),
  // which cost ~8% of a generator pipeline that hands one value per resume.
  while (h.length !== 0) h.pop();
}

/**
 * A native drops an object it owned: a value a Python call handed it, or one it made or was
 * given fresh by an iterator and never stored (Py_DECREF in a C loop).  Freed at once when
 * nothing else counts it, as CPython frees it at that DECREF.  Only for objects the calling
 * native owns: an argument it was passed is borrowed and must not be released.
 */
export function releaseTemp(o: PyObject): void {
  const h = handed[depth];
  let n = h.length;
  if (n !== 0) {
    // Usually the last value handed; a native holding a few (zip) looks a little deeper.
    if (h[n - 1] === o) h.pop();
    else {
      const stop = n > 8 ? n - 8 : 0;
      while (n > stop && h[n - 1] !== o) n--;
      if (n === stop) {
        if (o.ob_refcnt === 0) freeOwned(o);
        return;
      }
      h.splice(n - 1, 1);
    }
    if (--o.ob_refcnt === 0) freeOwned(o);
    return;
  }
  if (o.ob_refcnt === 0) freeOwned(o);
}

/**
 * As releaseTemp, but an object left with no count waits for the next safe point instead of
 * being freed now: for what holds other objects a native may still use uncounted (a bound
 * method holds its self, an iterator its sequence).
 */
export function releaseLater(o: PyObject): void {
  const h = handed[depth];
  const n = h.length;
  if (n !== 0 && h[n - 1] === o) {
    h.pop();
    if (--o.ob_refcnt === 0) zeroed(o);
    return;
  }
  if (o.ob_refcnt === 0) zeroed(o);
}

function freeOwned(o: PyObject): void {
  const t = o.ob_type;
  if (t === atomA || t === atomB || t === atomC) {
    o.ob_refcnt = DEAD;
    freeAtom(o);
    return;
  }
  if (depth === 0) { zeroed(o); return; }
  deallocTree(o, entrySerial[depth], deferred[depth]);
}

let draining = false;

/** An automatic cycle collection is due (memory/gc.ts sets it); run at an outermost safe point. */
export const gcDue = { due: false, run: (): void => {} };

/**
 * The safe point: free what reached 0 and is not possibly held by a native.  Not re-entered:
 * safe points inside a __del__ leave their garbage to the drain already running (it walks the
 * entries added meanwhile, after the finalizer returns).
 */
export function drainPending(): void {
  zombies.urgent = zombies.rest;
  if (draining) return;
  if (gcDue.due && depth === 1) {
    gcDue.due = false;
    gcDue.run();
  }
  const limit = entrySerial[depth];
  const h = handed[depth];
  if (h.length !== 0) releaseHanded(h);
  if (newborns.pos !== 0) flushNewborns();
  if (newborns.n !== bornStart[depth]) scanNewborns(bornStart[depth], limit);
  if (dirty[depth] === true) {
    dirty[depth] = false;
    const list = deferred[depth];
    const keep: PyObject[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      if (o.ob_refcnt !== 0) continue;
      if (o.ob_serial > limit) zeroed(o); else keep.push(o);
    }
    deferred[depth] = keep;
  }
  if (zombies.n === 0) return;
  draining = true;
  try {
    drainFrom(limit, deferred[depth]);
  } finally {
    draining = false;
  }
}

/**
 * The births since the last flush that nothing counts yet join the table (`list`), after the
 * entries of the running level; the rest leave it (a later DECREF to 0 finds them).
 */
function flushNewborns(): void {
  const chunk = newborns.chunk, list = newborns.list;
  const pos = newborns.pos;
  let n = newborns.n;
  for (let i = 0; i < pos; i++) {
    const o = chunk[i];
    if (o.ob_refcnt === 0) list[n++] = o;
  }
  newborns.n = n;
  newborns.pos = 0;
  // A fresh array when this one was used much: a long-lived one would be old to V8's collector.
  if (pos > 32 && ++chunkUses === CHUNK_USES) {
    chunkUses = 0;
    newborns.chunk = new Array(NEWBORN_BATCH + 1);
  }
  if (n > compactAt) compactTable();
}

/**
 * A chunk serves a few safe points, then a new one is made: V8 moves an array that survives
 * two of its young-generation collections to the old generation, where every store of a new
 * object would go through the write barrier.
 */
let chunkUses = 0;
const CHUNK_USES = 2;

/** Table length past which entries of lower levels that became counted or freed are dropped. */
let compactAt = 1024;

/**
 * Drop the entries of every level that no longer have a count of 0 (counted since, or freed
 * by the native that made them: sum() replacing its running total 100,000 times while it
 * resumes a generator).  Zero-count entries keep their level.  Run when the table doubled.
 */
function compactTable(): void {
  const list = newborns.list, n = newborns.n;
  let w = 0, lev = 1;
  for (let i = 0; i < n; i++) {
    while (lev <= depth && bornStart[lev] === i) bornStart[lev++] = w;
    const o = list[i];
    if (o.ob_refcnt === 0) list[w++] = o;
  }
  while (lev <= depth) bornStart[lev++] = w;
  newborns.n = w;
  list.length = w;
  compactAt = Math.max(1024, 2 * w);
}

/**
 * The zero-count table at a safe point: what this level made since its last safe point and
 * that nothing counts is garbage (its native has returned), so it joins the objects waiting
 * to be freed.  Entries before `start` belong to lower levels, whose natives may still hold
 * them uncounted; an object storage counts leaves the table (a later DECREF to 0 finds it).
 */
function scanNewborns(start: number, limit: number): void {
  const list = newborns.list;
  const n = newborns.n;
  let keep = start;
  for (let i = start; i < n; i++) {
    const o = list[i];
    if (o.ob_refcnt !== 0) continue;
    if (o.ob_serial > limit) pend[zombies.n++] = o;
    else list[keep++] = o;
  }
  newborns.n = keep;
  // Drop stale slots after a large batch so they do not keep dead objects from V8's collector.
  if (n > PEND_KEEP && keep < PEND_KEEP) list.length = keep;
}

/**
 * A level ends: what it made and storage now counts (or that was freed) leaves the table, so
 * a native resuming a generator 100,000 times does not pile up every item; objects still at 0
 * stay for the level below, whose native may hold them (an exception it caught).
 */
function keepUncounted(start: number): void {
  const list = newborns.list;
  const n = newborns.n;
  let keep = start;
  for (let i = start; i < n; i++) {
    const o = list[i];
    if (o.ob_refcnt === 0) list[keep++] = o;
  }
  newborns.n = keep;
}

function drainFrom(limit: number, defer: PyObject[]): void {
  const a0 = atomA, a1 = atomB, a2 = atomC;
  // Entries added while this runs (by __del__ code) are handled in the same pass, in order.
  for (let i = 0; i < zombies.n; i++) {
    const o = pend[i];
    if (o.ob_refcnt !== 0) continue;
    if (o.ob_serial <= limit) { defer.push(o); continue; }
    const t = o.ob_type;
    if (t === a0 || t === a1 || t === a2) {
      o.ob_refcnt = DEAD;
      freeAtom(o);
      continue;
    }
    deallocTree(o, limit, defer);
  }
  // After a large batch (a native's deferred temporaries), drop the array's stale slots so
  // they do not keep freed objects' JS graphs from V8's collector.
  if (zombies.n > PEND_KEEP) pend.length = 0;
  zombies.n = 0;
  zombies.urgent = zombies.rest;
}

/** Free everything now, whatever the level: at interpreter exit. */
export function drainAll(): void {
  if (newborns.pos !== 0) flushNewborns();
  if (newborns.n !== 0) scanNewborns(0, 0);
  for (let d = depth; d >= 0; d--) {
    if (handed[d].length !== 0) releaseHanded(handed[d]);
    const list = deferred[d];
    for (let i = 0; i < list.length; i++) if (list[i].ob_refcnt === 0) zeroed(list[i]);
    list.splice(0, list.length);
  }
  const saved = entrySerial[depth];
  entrySerial[depth] = 0;
  try {
    drainPending();
  } finally {
    entrySerial[depth] = saved;
  }
}

// ## _Py_Dealloc and the trashcan

/** Children whose count reached 0 while their parent was being freed (a stack of marks). */
const cascade: PyObject[] = [];
let ncascade = 0;

function releaseRef(o: PyObject): void {
  if (--o.ob_refcnt === 0) cascade[ncascade++] = o;
}

/** The trashcan's work stack (shared: deallocTree never runs inside itself except via __del__). */
const work: PyObject[] = [];
let nwork = 0;

function deallocTree(root: PyObject, limit: number, defer: PyObject[]): void {
  const base = nwork;
  work[nwork++] = root;
  while (nwork > base) {
    const o = work[--nwork];
    if (o.ob_refcnt !== 0) continue;
    if (o.ob_serial <= limit) { defer.push(o); continue; }
    // A container's ints, floats and strs (a list of numbers) skip _Py_Dealloc's hooks: they
    // have no finalizer, no weak references, no references of their own and no GC tracking.
    const t = o.ob_type;
    if (t === atomA || t === atomB || t === atomC) {
      o.ob_refcnt = DEAD;
      freeAtom(o);
      continue;
    }
    const mark = ncascade;
    if (!_Py_Dealloc(o)) { ncascade = mark; continue; }
    // The first child released is freed first (a list drops its items from the end).
    for (let i = ncascade - 1; i >= mark; i--) work[nwork++] = cascade[i];
    ncascade = mark;
  }
}

export type Visit = (o: PyObject) => void;

/**
 * Traversals registered by the files that define holder types (frames, generators, sets,
 * exceptions ...); traverse.ts's tp_traverse tries them after the core containers.
 */
export const traverseHooks: ((o: PyObject, visit: Visit, dealloc: boolean) => boolean)[] = [];

/**
 * Holder types whose counted references are plain fields (iterators, views): the JS class and
 * the field names, each a PyObject, null, or an array of PyObjects.  The constructor counts
 * them (INCREF lines next to it); this traverses and releases them.
 */
const fieldHolders = new Map<object, readonly string[]>();

export function countedFields(cls: object, fields: readonly string[]): void {
  fieldHolders.set(cls, fields);
}

traverseHooks.push((o: PyObject, visit: Visit): boolean => {
  const fields = fieldHolders.get(o.constructor);
  if (fields === undefined) return false;
  const rec = o as unknown as Record<string, PyObject | PyObject[] | null>;
  for (let i = 0; i < fields.length; i++) {
    const v = rec[fields[i]];
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) { for (let j = 0; j < v.length; j++) visit(v[j]); } else visit(v);
  }
  return true;
});

/** Hooks for what lives in other files: finalizers (__del__, generator close) and weakrefs. */
export const deallocHooks = {
  /** tp_traverse (traverse.ts, installed at boot). */
  traverse: (_o: PyObject, _visit: Visit, _dealloc: boolean): void => {},
  /** True for an object whose storage is owned elsewhere for now (a running frame). */
  busy: (_o: PyObject): boolean => false,
  /** Run the type's finalizer if it has one and it has not run yet; errors are unraisable. */
  finalize: (_o: PyObject): void => {},
  hasFinalizer: (_o: PyObject): boolean => false,
  /** Clear the weak references to `o` and call their callbacks (PyObject_ClearWeakRefs). */
  clearWeakrefs: (_o: PyObject): void => {},
  /** True for types whose tp_dealloc clears weak references before finalizing (generators). */
  weakrefsFirst: (_o: PyObject): boolean => false,
  /** Called for every freed object (the cycle collector forgets it). */
  untrack: (_o: PyObject): void => {},
};

/** Objects whose finalizer has run (PEP 442's "finalized" bit). */
export const finalized = new WeakSet<PyObject>();

/** Returns false when the finalizer resurrected the object. */
export function _Py_Dealloc(o: PyObject): boolean {
  if (deallocHooks.busy(o)) return false;
  if (deallocHooks.hasFinalizer(o) && !finalized.has(o)) {
    // gen_dealloc clears a generator's weak references before its finalizer (close()) runs;
    // subtype_dealloc (a class's __del__) after.
    if (weaklists.size !== 0 && deallocHooks.weakrefsFirst(o)) deallocHooks.clearWeakrefs(o);
    finalized.add(o);
    // PyObject_CallFinalizerFromDealloc: temporarily resurrect while __del__ runs.
    o.ob_refcnt = 1;
    deallocHooks.finalize(o);
    if (--o.ob_refcnt !== 0) return false;
  }
  // Only weakly referenced objects have a list: nothing to look up while no weakref exists.
  if (weaklists.size !== 0) deallocHooks.clearWeakrefs(o);
  o.ob_refcnt = DEAD;
  deallocHooks.untrack(o);
  deallocHooks.traverse(o, releaseRef, true);
  releaseAddress(o);
  return true;
}

/** The reference a freed container drops, for callers outside the dealloc path (tp_clear). */
export function dropRefsOf(o: PyObject): void {
  const mark = ncascade;
  deallocHooks.traverse(o, releaseRef, true);
  for (let i = mark; i < ncascade; i++) zeroed(cascade[i]);
  ncascade = mark;
}
