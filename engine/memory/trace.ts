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
};

export const traces = new Map<number, Trace>();

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
    const old = traces.get(p);
    if (old !== undefined) traceState.tracedMemory -= old.size;
    traces.set(p, new Trace(domain, size, traceState.traceback()));
    traceState.tracedMemory += size;
    if (traceState.tracedMemory > traceState.peakTracedMemory) traceState.peakTracedMemory = traceState.tracedMemory;
  } finally {
    traceState.busy = false;
  }
}

export function traceFree(p: number): void {
  const t = traces.get(p);
  if (t === undefined) return;
  traces.delete(p);
  traceState.tracedMemory -= t.size;
}

/** tracemalloc.clear_traces(). */
export function clearTraces(): void {
  traces.clear();
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
  return 4096 + traces.size * 48 + tracebacks.size * 16 + frames * 24;
}
