// ## tracemalloc's allocator hook
//
// Models the tracing half of Modules/_tracemalloc.c: while tracing, every block the
// allocator hands out is recorded with its size and the Python frames that asked for it
// (filename and line, most recent first, at most `nframe` of them); freeing a block drops
// its trace.  Tracebacks are interned so a million allocations from one line share one
// array.  The allocator checks `traceState.tracing` and nothing else when tracing is off.
//
// The traceback comes from a provider set by the _tracemalloc module (the VM's frame stack is
// not importable from here without a module cycle).

export class Trace {
  constructor(public domain: number, public size: number, public traceback: Traceback) {}
}

export class Traceback {
  constructor(public frames: (string | number)[], public totalNframe: number) {}
}

const tracebacks = new Map<string, Traceback>();
const emptyTraceback = new Traceback(['<unknown>', 0], 0);

export const traceState = {
  tracing: false,
  nframe: 1,
  /** The current traceback (set by _tracemalloc, which can see the VM's frames). */
  traceback: (() => emptyTraceback) as () => Traceback,
  tracedMemory: 0,
  peakTracedMemory: 0,
  /** Reentrancy guard: allocations made while recording a trace are not traced. */
  busy: false,
  /** Bumped when the interned tracebacks are dropped (clearTraces): caches of them are stale. */
  generation: 0,
};

// ## The trace table
//
// A block's trace is found by its handle (handles.ts).  Arena blocks, nearly all of them, are
// kept in pages of PAGE consecutive handles (16 KiB of arena, the size of a pool), each page
// a typed array of sizes beside an array of tracebacks, found by arithmetic as the pool
// headers are (obmalloc.ts): tracing an allocation is two array stores, where a Map keyed by
// handle cost a hash lookup and an insertion (three quarters of a tracing run's time).
// Blocks of the malloc model (handle < 0: requests above 512 bytes) are few and stay in a Map.

const PAGE_SHIFT = 10;
const PAGE = 1 << PAGE_SHIFT;
const PAGE_MASK = PAGE - 1;

class TracePage {
  readonly size = new Int32Array(PAGE);
  /** null: no trace for that handle. */
  readonly traceback: (Traceback | null)[] = new Array<Traceback | null>(PAGE).fill(null);
  count = 0;
}

/** pages[h >> PAGE_SHIFT] for arena handles h >= 0; undefined until a block in it is traced. */
let pages: (TracePage | undefined)[] = [];
const mallocTraces = new Map<number, Trace>();
let ntraces = 0;

/** Number of traces (blocks traced and not freed). */
export function traceCount(): number {
  return ntraces;
}

/** The trace of the block with handle `h`, or null. */
export function getTrace(h: number): Trace | null {
  if (h < 0) return mallocTraces.get(h) ?? null;
  const page = pages[h >> PAGE_SHIFT];
  if (page === undefined) return null;
  const tb = page.traceback[h & PAGE_MASK];
  return tb === null ? null : new Trace(0, page.size[h & PAGE_MASK], tb);
}

/** Every trace, arena blocks in handle order, then malloc blocks in the order they were traced. */
export function allTraces(): Trace[] {
  const out: Trace[] = [];
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    if (page === undefined || page.count === 0) continue;
    const tbs = page.traceback;
    for (let j = 0; j < PAGE; j++) {
      const tb = tbs[j];
      if (tb !== null) out.push(new Trace(0, page.size[j], tb));
    }
  }
  for (const t of mallocTraces.values()) out.push(t);
  return out;
}

/** Intern a traceback given as flat [filename, lineno, ...] (most recent first). */
export function internTraceback(frames: (string | number)[], total: number): Traceback {
  if (frames.length === 0) return emptyTraceback;
  const key = frames.join('\0') + '\0' + total;
  let tb = tracebacks.get(key);
  if (tb === undefined) {
    tb = new Traceback(frames, total);
    tracebacks.set(key, tb);
  }
  return tb;
}

export function traceAlloc(p: number, size: number, domain = 0): void {
  if (traceState.busy) return;
  traceState.busy = true;
  try {
    const tb = traceState.traceback();
    if (p >= 0 && domain === 0) {
      const i = p >> PAGE_SHIFT;
      let page = pages[i];
      if (page === undefined) {
        while (pages.length <= i) pages.push(undefined);
        page = pages[i] = new TracePage();
      }
      const j = p & PAGE_MASK;
      if (page.traceback[j] !== null) traceState.tracedMemory -= page.size[j];
      else { page.count++; ntraces++; }
      page.size[j] = size;
      page.traceback[j] = tb;
    } else {
      const old = mallocTraces.get(p);
      if (old !== undefined) traceState.tracedMemory -= old.size;
      else ntraces++;
      mallocTraces.set(p, new Trace(domain, size, tb));
    }
    traceState.tracedMemory += size;
    if (traceState.tracedMemory > traceState.peakTracedMemory) traceState.peakTracedMemory = traceState.tracedMemory;
  } finally {
    traceState.busy = false;
  }
}

export function traceFree(p: number): void {
  if (p >= 0) {
    const page = pages[p >> PAGE_SHIFT];
    if (page === undefined) return;
    const j = p & PAGE_MASK;
    if (page.traceback[j] === null) return;
    page.traceback[j] = null;
    page.count--;
    ntraces--;
    traceState.tracedMemory -= page.size[j];
    return;
  }
  const t = mallocTraces.get(p);
  if (t === undefined) return;
  mallocTraces.delete(p);
  ntraces--;
  traceState.tracedMemory -= t.size;
}

/** tracemalloc.clear_traces(). */
export function clearTraces(): void {
  pages = [];
  traceState.generation++;
  mallocTraces.clear();
  ntraces = 0;
  tracebacks.clear();
  traceState.tracedMemory = 0;
  traceState.peakTracedMemory = 0;
}

/** Bytes tracemalloc itself uses, estimated as CPython's hashtable entries would be. */
export function tracemallocMemory(): number {
  let frames = 0;
  for (const tb of tracebacks.values()) frames += tb.frames.length / 2;
  // a trace entry (key, size, traceback pointer, hashtable entry) ~ 48 bytes; a traceback
  // header 16 + 8 per frame; a frame (filename pointer + lineno) 16.
  return 4096 + ntraces * 48 + tracebacks.size * 16 + frames * 24;
}
