// ## The small-object allocator (pymalloc)
//
// Models Objects/obmalloc.c of CPython 3.11 on 64-bit Linux: requests of 1..512 bytes are
// rounded up to a multiple of 16 (32 size classes) and served from 16 KiB pools, each pool
// holding blocks of one size class; pools are carved from 1 MiB arenas (USE_LARGE_ARENAS and
// USE_LARGE_POOLS are on for 64-bit builds with the radix tree).  Larger requests and
// PyMem_RawMalloc go to a modelled C malloc (sysmalloc.ts).
//
// The bookkeeping is CPython's: usedpools[] holds, per size class, a doubly linked list of
// pools with at least one free block, and allocation takes the head; a pool that fills is
// unlinked, and one that gets a block back is linked at the front again.  Inside a pool,
// freed blocks form a LIFO list in front of the not-yet-used tail, so the most recently
// freed block of a size class is the next one handed out (`id([]) == id([])`).  An empty
// pool goes on its arena's freepools list; usable_arenas is kept sorted by number of free
// pools (nfp2lasta makes the re-sort O(1)), so the fullest arenas are used first and a
// wholly free arena is returned to the system unless it is the last usable one.
//
// Nothing here is a JS object per block: pool and arena headers are typed arrays indexed by
// number, and a pool's free list is a JS array of block handles used as a stack (allocated
// only once a block of that pool is freed).  A handle is a small integer that V8 keeps
// unboxed (handles.ts); inside the slow paths a block is also its address (a double).
//
// Arena addresses are chosen as mmap would place them (below each other, page aligned but
// not pool aligned, so one pool per arena is lost to alignment, as "bytes lost to arena
// alignment" shows in CPython); arena object i always sits at the same address, so the
// arena and pool of any address are found by arithmetic, not a table.

import { sysMalloc, sysFree, sysRealloc, sysSizeOf, sysAllocatedBlocks, isSysAddress } from './sysmalloc.js';
import { heapCheck, heapRelease } from './limit.js';
import { traceAlloc, traceFree, traceState } from './trace.js';
import { ARENA_TOP, addressToHandle, handleToAddress } from './handles.js';

export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const ARENA_SIZE = 1 << 20;
export const POOL_SIZE = 1 << 14;
/** sizeof(struct pool_header) rounded up to ALIGNMENT. */
export const POOL_OVERHEAD = 48;
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
const INITIAL_ARENA_OBJECTS = 16;

/** ARENA_TOP mod POOL_SIZE: every arena starts this far past a pool boundary. */
const ARENA_EXCESS = ARENA_TOP % POOL_SIZE;

const NONE = -1;

// ### Arena objects (struct arena_object), indexed by arena number
let maxarenas = 0;
let a_address = new Float64Array(0);       // 0 = not associated with an arena
let a_poolAddress = new Float64Array(0);   // next pool to carve
let a_nfreepools = new Int32Array(0);
let a_ntotalpools = new Int32Array(0);
let a_freepools = new Int32Array(0);       // head of the singly linked list of empty pools
let a_nextarena = new Int32Array(0);
let a_prevarena = new Int32Array(0);
let unusedArenaObjects = NONE;
let usableArenas = NONE;
/** nfp2lasta[n]: the last arena in usable_arenas with n free pools. */
const nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NONE);
let narenasCurrentlyAllocated = 0;
let ntimesArenaAllocated = 0;
let narenasHighwater = 0;

// ### Pool headers, indexed by pool number = arena * MAX_POOLS_IN_ARENA + slot
let p_count = new Int32Array(0);           // ref.count: blocks in use
let p_szidx = new Int32Array(0);
let p_nextoffset = new Int32Array(0);      // offset of the first never-used block
let p_maxnextoffset = new Int32Array(0);
let p_nextpool = new Int32Array(0);
let p_prevpool = new Int32Array(0);
/** Freed blocks of each pool (handles of their starts), most recent last; null until the pool gets one back. */
let p_freeblocks: (number[] | null)[] = [];
const DUMMY_SIZE_IDX = 0xffff;

/** usedpools[szidx]: head of the circular list of partly used pools, or NONE. */
const usedpools = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(NONE);

/** Blocks handed out by pymalloc and not freed (the small part of getallocatedblocks). */
let smallAllocatedBlocks = 0;

// ### The fast paths
//
// Allocation is on every object creation, so the common case must cost a few instructions.
// freedHead[szidx] is the head pool's free list: takeFreed() pops it first (pymalloc's LIFO
// order: freed blocks before the never-used tail).  When it is empty, the never-used tail
// is handed out by stepping bumpH[szidx] down to bumpLastH[szidx] (handles fall as
// addresses rise) without touching the pool header; the header (ref.count, nextoffset) and
// the block count are brought up to date by syncOut() before anything else looks at them.
// activate() arms both for the head pool after the slow path ran; neither is armed while
// tracemalloc traces or the class has no head pool.
//
// Freeing finds the pool of a handle by integer arithmetic (freeBlock); only a pool that
// changes lists (it was full, or becomes empty) takes the slow steps.
const activePool = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(NONE);
/** Handles (see handles.ts) of the next block, of the first block of the run, and of the last block that fits. */
export const bumpH = new Int32Array(NB_SMALL_SIZE_CLASSES);
const bumpStartH = new Int32Array(NB_SMALL_SIZE_CLASSES);
const DISARMED = 0x7fffffff;
export const bumpLastH = new Int32Array(NB_SMALL_SIZE_CLASSES).fill(DISARMED);
/** The head pool's free list (possibly empty) while the fast paths are armed, else null. */
export const freedHead: (number[] | null)[] = new Array<number[] | null>(NB_SMALL_SIZE_CLASSES).fill(null);
/** While tracemalloc traces, the fast path stays disarmed so every allocation reaches its hook. */
let fastPathOff = false;

export function setTracingHook(on: boolean): void {
  fastPathOff = on;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    syncOut(i);
    activate(i);
  }
}

function syncOut(szidx: number): void {
  const pool = activePool[szidx];
  if (pool === NONE) return;
  const n = (bumpStartH[szidx] - bumpH[szidx]) / (szidx + 1);
  if (n !== 0) {
    const used = n * ((szidx + 1) << ALIGNMENT_SHIFT);
    p_count[pool] += n;
    p_nextoffset[pool] += used;
    smallAllocatedBlocks += n;
    bumpStartH[szidx] = bumpH[szidx];
  }
}

function activate(szidx: number): void {
  const pool = usedpools[szidx];
  activePool[szidx] = pool;
  if (pool === NONE || fastPathOff) {
    bumpH[szidx] = bumpStartH[szidx] = 0;
    bumpLastH[szidx] = DISARMED;
    freedHead[szidx] = null;
    return;
  }
  let fb = p_freeblocks[pool];
  if (fb === null) fb = p_freeblocks[pool] = [];
  freedHead[szidx] = fb;
  // A pool whose tail is used up gets bumpH below bumpLastH: the bump path stays shut.
  const base = poolHandle(pool);
  bumpH[szidx] = bumpStartH[szidx] = base - (p_nextoffset[pool] >> ALIGNMENT_SHIFT);
  bumpLastH[szidx] = base - ((POOL_SIZE - ((szidx + 1) << ALIGNMENT_SHIFT)) >> ALIGNMENT_SHIFT);
}

/** Bring every pool header up to date (before statistics are read). */
function syncAll(): void {
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) syncOut(i);
}

/** A head pool the fast path filled is still linked: unlink it as pymalloc_pool_extend would have. */
function dropFullHead(szidx: number): void {
  let pool = usedpools[szidx];
  while (pool !== NONE) {
    const fb = p_freeblocks[pool];
    if ((fb !== null && fb.length > 0) || p_nextoffset[pool] <= p_maxnextoffset[pool]) return;
    unlinkFull(pool);
    pool = usedpools[szidx];
  }
}

function growArenaTables(n: number): void {
  const grow64 = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
  const grow32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
  a_address = grow64(a_address);
  a_poolAddress = grow64(a_poolAddress);
  a_nfreepools = grow32(a_nfreepools);
  a_ntotalpools = grow32(a_ntotalpools);
  a_freepools = grow32(a_freepools);
  a_nextarena = grow32(a_nextarena);
  a_prevarena = grow32(a_prevarena);
  const np = n * MAX_POOLS_IN_ARENA;
  const grown = (a: Int32Array, fill: number) => { const b = new Int32Array(np).fill(fill); b.set(a); return b; };
  p_count = grown(p_count.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), 0);
  p_szidx = grown(p_szidx.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), DUMMY_SIZE_IDX);
  p_nextoffset = grown(p_nextoffset.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), 0);
  p_maxnextoffset = grown(p_maxnextoffset.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), 0);
  p_nextpool = grown(p_nextpool.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), NONE);
  p_prevpool = grown(p_prevpool.subarray(0, maxarenas * MAX_POOLS_IN_ARENA), NONE);
  for (let i = p_freeblocks.length; i < np; i++) p_freeblocks.push(null);
}

const arenaAddressOf = (i: number) => ARENA_TOP - (i + 1) * ARENA_SIZE;
const firstPoolOf = (i: number) => arenaAddressOf(i) + (ARENA_EXCESS === 0 ? 0 : POOL_SIZE - ARENA_EXCESS);
/** Handle units (16 bytes) from an arena's start to its first pool (lost to alignment). */
const FIRST_POOL_H = (ARENA_EXCESS === 0 ? 0 : POOL_SIZE - ARENA_EXCESS) >> ALIGNMENT_SHIFT;
const POOL_H_SHIFT = 10;  // POOL_SIZE / 16 handle units per pool
const ARENA_H_SHIFT = 16; // ARENA_SIZE / 16 handle units per arena
const POOL_OVERHEAD_H = POOL_OVERHEAD >> ALIGNMENT_SHIFT;

/**
 * The handle of a pool's first byte, by integer arithmetic: arena i holds the handles
 * (i << 16, (i + 1) << 16], falling as addresses rise (handles.ts), its first pool starts
 * FIRST_POOL_H units in, and each pool is 1024 units.  The slow paths run on handles so
 * that a pool filling or emptying (a loop with a few live ints makes the head pool do that
 * on every iteration, as in CPython) costs no double arithmetic.
 */
function poolHandle(pool: number): number {
  return ((((pool >> POOLS_SHIFT) + 1) << ARENA_H_SHIFT) - FIRST_POOL_H) - ((pool & (MAX_POOLS_IN_ARENA - 1)) << POOL_H_SHIFT);
}
const POOLS_SHIFT = 6; // log2(MAX_POOLS_IN_ARENA)

/** Models new_arena(): take an arena object (doubling the table when none is free), map its memory. */
function newArena(): number {
  if (unusedArenaObjects === NONE) {
    const numarenas = maxarenas ? maxarenas << 1 : INITIAL_ARENA_OBJECTS;
    growArenaTables(numarenas);
    for (let i = maxarenas; i < numarenas; i++) {
      a_address[i] = 0;
      a_nextarena[i] = i < numarenas - 1 ? i + 1 : NONE;
    }
    unusedArenaObjects = maxarenas;
    maxarenas = numarenas;
  }
  const ao = unusedArenaObjects;
  if (!heapCheck(ARENA_SIZE)) return NONE;
  unusedArenaObjects = a_nextarena[ao];
  a_address[ao] = arenaAddressOf(ao);
  arenaMapMarkUsed(a_address[ao]);
  narenasCurrentlyAllocated++;
  ntimesArenaAllocated++;
  if (narenasCurrentlyAllocated > narenasHighwater) narenasHighwater = narenasCurrentlyAllocated;
  a_freepools[ao] = NONE;
  a_poolAddress[ao] = firstPoolOf(ao);
  a_nfreepools[ao] = ARENA_EXCESS === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
  a_ntotalpools[ao] = a_nfreepools[ao];
  return ao;
}

// The radix tree that tells pymalloc's addresses from others' (64-bit: 15 + 15 + 14 bits above
// the 20 arena bits).  Only its node counts are modelled; nodes are never freed, as in CPython.
const midNodes = new Set<number>(), botNodes = new Set<number>();

/** arena_map_mark_used(): an unaligned arena touches the nodes of two ideal arena slots. */
function arenaMapMarkUsed(base: number): void {
  for (const a of base % ARENA_SIZE === 0 ? [base] : [base, base + ARENA_SIZE]) {
    midNodes.add(Math.floor(a / 2 ** 49));
    botNodes.add(Math.floor(a / 2 ** 34));
  }
}

/** Models allocate_from_new_pool(): no used pool of this class has room. */
function allocateFromNewPool(szidx: number): number {
  if (usableArenas === NONE) {
    const ao = newArena();
    if (ao === NONE) return 0;
    usableArenas = ao;
    a_nextarena[ao] = a_prevarena[ao] = NONE;
    nfp2lasta[a_nfreepools[ao]] = ao;
  }
  const ua = usableArenas;
  const nf = a_nfreepools[ua];
  if (nfp2lasta[nf] === ua) nfp2lasta[nf] = NONE;
  if (nf > 1) nfp2lasta[nf - 1] = ua;

  let pool = a_freepools[ua];
  if (pool !== NONE) {
    a_freepools[ua] = p_nextpool[pool];
  } else {
    // Carve off a new pool.
    const slot = Math.round((a_poolAddress[ua] - firstPoolOf(ua)) / POOL_SIZE);
    pool = ua * MAX_POOLS_IN_ARENA + slot;
    p_szidx[pool] = DUMMY_SIZE_IDX;
    a_poolAddress[ua] += POOL_SIZE;
  }
  if (--a_nfreepools[ua] === 0) {
    // Wholly allocated: unlink the arena.
    usableArenas = a_nextarena[ua];
    if (usableArenas !== NONE) a_prevarena[usableArenas] = NONE;
  }

  // Frontlink to used pools (the list is empty, or we would not be here).
  p_nextpool[pool] = pool;
  p_prevpool[pool] = pool;
  usedpools[szidx] = pool;
  p_count[pool] = 1;
  const size = (szidx + 1) << ALIGNMENT_SHIFT;
  if (p_szidx[pool] === szidx) {
    // This pool last held blocks of the same class: its free list is still good.
    return takeBlock(pool, size);
  }
  p_szidx[pool] = szidx;
  p_freeblocks[pool] = null;
  p_nextoffset[pool] = POOL_OVERHEAD + size;
  p_maxnextoffset[pool] = POOL_SIZE - size;
  if (POOL_OVERHEAD + size > POOL_SIZE - size) unlinkFull(pool);
  return poolHandle(pool) - POOL_OVERHEAD_H;
}

/** The next block of a pool with room (a handle): the last freed one, else the next never-used one. */
function takeBlock(pool: number, size: number): number {
  const fb = p_freeblocks[pool];
  let bp: number;
  if (fb !== null && fb.length > 0) {
    bp = fb.pop()!;
  } else {
    bp = poolHandle(pool) - (p_nextoffset[pool] >> ALIGNMENT_SHIFT);
    p_nextoffset[pool] += size;
  }
  if ((fb === null || fb.length === 0) && p_nextoffset[pool] > p_maxnextoffset[pool]) unlinkFull(pool);
  return bp;
}

/** A pool with no free block leaves its usedpools list (pymalloc_pool_extend's else branch). */
function unlinkFull(pool: number): void {
  const next = p_nextpool[pool], prev = p_prevpool[pool];
  const szidx = p_szidx[pool];
  if (next === pool) {
    usedpools[szidx] = NONE;
  } else {
    p_prevpool[next] = prev;
    p_nextpool[prev] = next;
    if (usedpools[szidx] === pool) usedpools[szidx] = next;
  }
  p_nextpool[pool] = p_prevpool[pool] = NONE;
}

/** Models pymalloc_alloc(): the block's handle, 0 if memory ran out. */
function pymallocAlloc(nbytes: number): number {
  const szidx = (nbytes - 1) >> ALIGNMENT_SHIFT;
  syncOut(szidx);
  dropFullHead(szidx);
  const pool = usedpools[szidx];
  let bp: number;
  if (pool !== NONE) {
    p_count[pool]++;
    bp = takeBlock(pool, (szidx + 1) << ALIGNMENT_SHIFT);
  } else {
    bp = allocateFromNewPool(szidx);
    if (bp === 0) {
      activate(szidx);
      return 0;
    }
  }
  smallAllocatedBlocks++;
  activate(szidx);
  return bp;
}

/** Pool number of a pymalloc address, or NONE when the address is not in a live arena. */
function poolOf(p: number): number {
  const off = ARENA_TOP - p;
  if (off <= 0) return NONE;
  const ao = Math.ceil(off / ARENA_SIZE) - 1;
  if (ao >= maxarenas || a_address[ao] === 0) return NONE;
  const slot = Math.floor((p - firstPoolOf(ao)) / POOL_SIZE);
  if (slot < 0) return NONE;
  return ao * MAX_POOLS_IN_ARENA + slot;
}

/**
 * The head pool's free list gives a block (the fast path of pymalloc_alloc): `fb` is
 * freedHead[szidx], not empty.  When the list runs out and the never-used tail is used up,
 * the pool is full: pymalloc_pool_extend unlinks it from usedpools at once, here that waits
 * (as for a tail the bump path used up), because the next event decides it the same way
 * cheaper.  A block freed into it puts it back at the front, where it still is; the next
 * allocation takes the slow path, which unlinks it (dropFullHead), and so does a full pool
 * of the class being put in front of it (freeBlock).  A loop with a few live ints makes the
 * head pool fill and get a block back on nearly every iteration (4 million times in
 * bench/generators.py), which CPython does with a few pointer stores.
 */
export function takeFreed(szidx: number, fb: number[]): number {
  const h = fb.pop()!;
  p_count[activePool[szidx]]++;
  smallAllocatedBlocks++;
  return h;
}


/**
 * Models pymalloc_free() for a handle in the arena area (h > 0): false if it is in no live
 * arena's pools.  Arena i holds handles (i << 16, (i + 1) << 16], so its number, the pool
 * and the block (an address inside a block, past a pre-header, means that block) are found
 * by integer arithmetic, as CPython finds the pool by masking the address.
 */
function pymallocFreeHandle(h: number): boolean {
  const ao = (h - 1) >> ARENA_H_SHIFT;
  if (ao >= maxarenas || a_address[ao] === 0) return false;
  const r = ((ao + 1) << ARENA_H_SHIFT) - h - FIRST_POOL_H;
  if (r < 0) return false;
  const pool = (ao * MAX_POOLS_IN_ARENA) + (r >> POOL_H_SHIFT);
  const szidx = p_szidx[pool];
  const off = (r & ((1 << POOL_H_SHIFT) - 1)) - POOL_OVERHEAD_H;
  freeBlock(pool, szidx, h + off % (szidx + 1));
  return true;
}

/**
 * Block `bh` (a handle) of `pool` goes back on the pool's free list.  Only a full pool
 * coming back to usedpools or a pool becoming empty need the list bookkeeping
 * (insert_to_usedpool, insert_to_freepool) and activate().
 */
function freeBlock(pool: number, szidx: number, bh: number): void {
  if (pool === activePool[szidx]) {
    pushFreed(pool, bh);
    // The head pool's count lags by its unsynced bump allocations: at most 0 may be empty.
    if (p_count[pool] <= 0) {
      syncOut(szidx);
      if (p_count[pool] === 0) {
        insertToFreepool(pool);
        activate(szidx);
      }
    }
    return;
  }
  const wasFull = p_nextpool[pool] === NONE;
  pushFreed(pool, bh);
  if (wasFull) {
    syncOut(szidx);
    // A head pool that filled is unlinked now, before this one goes in front of it.
    dropFullHead(szidx);
    insertToUsedpool(pool);
    activate(szidx);
    return;
  }
  if (p_count[pool] === 0) insertToFreepool(pool);
}

function pushFreed(pool: number, bh: number): void {
  let fb = p_freeblocks[pool];
  if (fb === null) fb = p_freeblocks[pool] = [];
  fb.push(bh);
  p_count[pool]--;
  smallAllocatedBlocks--;
}

/** A full pool that got a block back goes to the front of its class's list. */
function insertToUsedpool(pool: number): void {
  const szidx = p_szidx[pool];
  const head = usedpools[szidx];
  if (head === NONE) {
    p_nextpool[pool] = p_prevpool[pool] = pool;
  } else {
    const prev = p_prevpool[head];
    p_nextpool[pool] = head;
    p_prevpool[pool] = prev;
    p_prevpool[head] = pool;
    p_nextpool[prev] = pool;
  }
  usedpools[szidx] = pool;
}

/** Models insert_to_freepool(): an empty pool returns to its arena, which may move or be freed. */
function insertToFreepool(pool: number): void {
  unlinkFull(pool);
  const ao = (pool / MAX_POOLS_IN_ARENA) | 0;
  p_nextpool[pool] = a_freepools[ao];
  a_freepools[ao] = pool;
  let nf = a_nfreepools[ao];
  const lastnf = nfp2lasta[nf];
  if (lastnf === ao) {
    const p = a_prevarena[ao];
    nfp2lasta[nf] = p !== NONE && a_nfreepools[p] === nf ? p : NONE;
  }
  a_nfreepools[ao] = ++nf;

  if (nf === a_ntotalpools[ao] && a_nextarena[ao] !== NONE) {
    // Case 1: free the whole arena (but keep the last usable one to avoid thrashing).
    if (a_prevarena[ao] === NONE) usableArenas = a_nextarena[ao];
    else a_nextarena[a_prevarena[ao]] = a_nextarena[ao];
    if (a_nextarena[ao] !== NONE) a_prevarena[a_nextarena[ao]] = a_prevarena[ao];
    a_nextarena[ao] = unusedArenaObjects;
    unusedArenaObjects = ao;
    a_address[ao] = 0;
    const base = ao * MAX_POOLS_IN_ARENA;
    for (let i = 0; i < MAX_POOLS_IN_ARENA; i++) {
      p_szidx[base + i] = DUMMY_SIZE_IDX;
      p_freeblocks[base + i] = null;
      p_count[base + i] = 0;
    }
    narenasCurrentlyAllocated--;
    heapRelease(ARENA_SIZE);
    return;
  }
  if (nf === 1) {
    // Case 2: the arena was full; put it at the head of usable_arenas.
    a_nextarena[ao] = usableArenas;
    a_prevarena[ao] = NONE;
    if (usableArenas !== NONE) a_prevarena[usableArenas] = ao;
    usableArenas = ao;
    if (nfp2lasta[1] === NONE) nfp2lasta[1] = ao;
    return;
  }
  if (nfp2lasta[nf] === NONE) nfp2lasta[nf] = ao;
  if (ao === lastnf) return; // Case 4: still in order.
  // Case 3: slide the arena right, to just after lastnf.
  if (a_prevarena[ao] !== NONE) a_nextarena[a_prevarena[ao]] = a_nextarena[ao];
  else usableArenas = a_nextarena[ao];
  a_prevarena[a_nextarena[ao]] = a_prevarena[ao];
  a_prevarena[ao] = lastnf;
  a_nextarena[ao] = a_nextarena[lastnf];
  if (a_nextarena[ao] !== NONE) a_prevarena[a_nextarena[ao]] = ao;
  a_nextarena[lastnf] = ao;
}

// ## The public entry points (PyObject_Malloc family; PyMem_Malloc is the same allocator)

/**
 * PyObject_Malloc: the handle (handles.ts) of a new block of at least nbytes, or 0 when the
 * heap limit would be passed (the caller raises MemoryError, as CPython does on NULL).
 */
export function PyObject_Malloc(nbytes: number): number {
  if (nbytes <= SMALL_REQUEST_THRESHOLD && nbytes > 0) {
    const sz = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const fb = freedHead[sz];
    if (fb !== null && fb.length !== 0) return takeFreed(sz, fb);
    const h = bumpH[sz];
    if (h >= bumpLastH[sz]) {
      bumpH[sz] = h - (sz + 1);
      return h;
    }
  }
  return mallocSlow(nbytes);
}

function mallocSlow(nbytes: number): number {
  let h: number;
  if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
    h = pymallocAlloc(nbytes);
    if (h === 0) return 0;
  } else {
    const p = sysMalloc(nbytes);
    if (p === 0) return 0;
    h = addressToHandle(p);
  }
  if (traceState.tracing) traceAlloc(h, nbytes);
  return h;
}

/** PyObject_Free (takes a handle; an address inside the block, past a pre-header, is fine). */
export function PyObject_Free(h: number): void {
  if (h === 0) return;
  if (traceState.tracing) traceFree(h);
  if (h > 0 && pymallocFreeHandle(h)) return;
  sysFree(handleToAddress(h));
}

/**
 * PyObject_Realloc (pymalloc_realloc): keep the block when the new size still fits and
 * shrinks by less than a quarter, else move it.  Returns the new handle or 0.
 */
export function PyObject_Realloc(h: number, nbytes: number): number {
  if (h === 0) return PyObject_Malloc(nbytes);
  const p = handleToAddress(h);
  const pool = poolOf(p);
  if (pool === NONE) {
    if (!isSysAddress(p)) return PyObject_Malloc(nbytes);
    const q = sysRealloc(p, nbytes);
    if (q === 0) return 0;
    const hq = addressToHandle(q);
    if (traceState.tracing) { traceFree(h); traceAlloc(hq, nbytes); }
    return hq;
  }
  const size = (p_szidx[pool] + 1) << ALIGNMENT_SHIFT;
  if (nbytes <= size && 4 * nbytes > 3 * size) {
    if (traceState.tracing) { traceFree(h); traceAlloc(h, nbytes); }
    return h;
  }
  const q = PyObject_Malloc(nbytes);
  if (q !== 0) PyObject_Free(h);
  return q;
}

/** Usable size of a live block (for the statistics and tests). */
export function blockSize(h: number): number {
  syncAll();
  const p = handleToAddress(h);
  const pool = poolOf(p);
  if (pool !== NONE) return (p_szidx[pool] + 1) << ALIGNMENT_SHIFT;
  return sysSizeOf(p);
}

/** _Py_GetAllocatedBlocks: small blocks in use plus blocks from the system allocator. */
export function getAllocatedBlocks(): number {
  syncAll();
  return smallAllocatedBlocks + sysAllocatedBlocks();
}

// ## _PyObject_DebugMallocStats

/** printone(): the message padded to 35 columns, '=', the value right-aligned in 21 with commas. */
function printone(msg: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35) + '=' + digits.padStart(21) + '\n';
}

/** _PyDebugAllocatorStats: one line of a free-list report. */
export function debugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const buf1 = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(buf1.padStart(48) + ' ', numBlocks * sizeofBlock);
}

/** The radix tree's node sizes on 64-bit Linux (48 address bits, 20-bit arenas: 10/10/8 bits). */
const MAP_ROOT_BYTES = 8 * (1 << 15), MAP_MID_BYTES = 8 * (1 << 15), MAP_BOT_BYTES = 8 * (1 << 14);

/** _PyObject_DebugMallocStats: the report, computed by walking every allocated arena. */
export function debugMallocStats(): string {
  syncAll();
  const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numfree = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  let numfreepools = 0, arenaAlignment = 0, narenas = 0;
  for (let i = 0; i < maxarenas; i++) {
    if (a_address[i] === 0) continue;
    narenas++;
    numfreepools += a_nfreepools[i];
    if (ARENA_EXCESS !== 0) arenaAlignment += POOL_SIZE;
    for (const p of poolsOf(i)) {
      if (p.szidx < 0) continue;
      numpools[p.szidx]++;
      numblocks[p.szidx] += p.used;
      numfree[p.szidx] += p.capacity - p.used;
    }
  }
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n'
    + '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0, availableBytes = 0, poolHeaderBytes = 0, quantization = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const p = numpools[i], b = numblocks[i], f = numfree[i];
    if (p === 0) continue;
    const size = (i + 1) << ALIGNMENT_SHIFT;
    out += `${String(i).padStart(5)} ${String(size).padStart(6)} ${String(p).padStart(11)} ${String(b).padStart(15)} ${String(f).padStart(13)}\n`;
    allocatedBytes += b * size;
    availableBytes += f * size;
    poolHeaderBytes += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', ntimesArenaAllocated);
  out += printone('# arenas reclaimed', ntimesArenaAllocated - narenas);
  out += printone('# arenas highwater mark', narenasHighwater);
  out += printone('# arenas allocated current', narenas);
  out += printone(`${narenas} arenas * ${ARENA_SIZE} bytes/arena`, narenas * ARENA_SIZE);
  out += '\n';
  const unused = numfreepools * POOL_SIZE;
  out += printone('# bytes in allocated blocks', allocatedBytes);
  out += printone('# bytes in available blocks', availableBytes);
  out += printone(`${numfreepools} unused pools * ${POOL_SIZE} bytes`, unused);
  out += printone('# bytes lost to pool headers', poolHeaderBytes);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', arenaAlignment);
  out += printone('Total', allocatedBytes + availableBytes + unused + poolHeaderBytes + quantization + arenaAlignment);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', midNodes.size);
  out += printone('# arena map bot nodes', botNodes.size);
  out += '\n';
  const mid = MAP_MID_BYTES * midNodes.size, bot = MAP_BOT_BYTES * botNodes.size;
  out += printone('# bytes lost to arena map root', MAP_ROOT_BYTES);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', MAP_ROOT_BYTES + mid + bot);
  return out;
}

/** Figures for tests: arenas currently allocated and the usable_arenas order with free-pool counts. */
export function arenaSnapshot(): { allocated: number; usable: [number, number][] } {
  syncAll();
  const usable: [number, number][] = [];
  for (let a = usableArenas; a !== NONE; a = a_nextarena[a]) usable.push([a, a_nfreepools[a]]);
  return { allocated: narenasCurrentlyAllocated, usable };
}

/** One pool as %heap shows it: its size class (-1 for an empty or not yet carved pool). */
export interface PoolView {
  szidx: number;
  used: number;
  capacity: number;
}

/** One arena as %heap shows it: its address and its pools in address order. */
export interface ArenaView {
  address: number;
  pools: PoolView[];
}

/**
 * The allocator's state, pool by pool, for %heap: the same walk as debugMallocStats over
 * the arenas currently allocated.
 */
export function heapSnapshot(): ArenaView[] {
  syncAll();
  const out: ArenaView[] = [];
  for (let i = 0; i < maxarenas; i++) {
    if (a_address[i] !== 0) out.push({ address: a_address[i], pools: poolsOf(i) });
  }
  return out;
}

/** Arena i's pools in address order (pool headers must be synced): empty or uncarved ones as szidx -1. */
function poolsOf(i: number): PoolView[] {
  const carved = Math.round((a_poolAddress[i] - firstPoolOf(i)) / POOL_SIZE);
  const pools: PoolView[] = [];
  for (let s = 0; s < a_ntotalpools[i]; s++) {
    const pool = i * MAX_POOLS_IN_ARENA + s;
    if (s >= carved || p_count[pool] === 0) {
      pools.push({ szidx: -1, used: 0, capacity: 0 });
      continue;
    }
    const sz = p_szidx[pool];
    pools.push({ szidx: sz, used: p_count[pool], capacity: Math.floor((POOL_SIZE - POOL_OVERHEAD) / ((sz + 1) << ALIGNMENT_SHIFT)) });
  }
  return pools;
}
