// tracemalloc's trace table (engine/memory/trace.ts) through the allocator: arena blocks in
// pages indexed by handle, malloc blocks (above 512 bytes) in a map; sizes, the traced and
// peak totals and the traces a snapshot lists must follow every malloc, realloc and free.
import { describe, it, expect, afterEach } from 'vitest';
import { PyObject_Malloc, PyObject_Free, PyObject_Realloc, setTracingHook } from '../../engine/memory/obmalloc.js';
import { traceState, getTrace, allTraces, traceCount, clearTraces, internTraceback } from '../../engine/memory/trace.js';

function startTracing(line: number): void {
  const tb = internTraceback(['test.py', line], 1);
  traceState.traceback = () => tb;
  traceState.tracing = true;
  setTracingHook(true);
}

afterEach(() => {
  traceState.tracing = false;
  setTracingHook(false);
  clearTraces();
});

describe('trace table', () => {
  it('records each block with its requested size and traceback, and forgets it when freed', () => {
    startTracing(1);
    const small = [1, 17, 100, 512].map((n) => PyObject_Malloc(n));
    const big = PyObject_Malloc(4000);
    expect(big < 0 && small.every((h) => h > 0)).toBe(true);
    expect(traceCount()).toBe(5);
    expect(traceState.tracedMemory).toBe(1 + 17 + 100 + 512 + 4000);
    expect(getTrace(small[2])!.size).toBe(100);
    expect(getTrace(big)!.size).toBe(4000);
    expect(getTrace(small[0])!.traceback.frames).toEqual(['test.py', 1]);
    expect(allTraces().map((t) => t.size).sort((a, b) => a - b)).toEqual([1, 17, 100, 512, 4000]);
    PyObject_Free(small[1]);
    PyObject_Free(big);
    expect(getTrace(small[1])).toBeNull();
    expect(getTrace(big)).toBeNull();
    expect(traceCount()).toBe(3);
    expect(traceState.tracedMemory).toBe(1 + 100 + 512);
    expect(traceState.peakTracedMemory).toBe(1 + 17 + 100 + 512 + 4000);
    for (const h of [small[0], small[2], small[3]]) PyObject_Free(h);
    expect(traceCount()).toBe(0);
    expect(traceState.tracedMemory).toBe(0);
    expect(allTraces()).toEqual([]);
  });

  it('a reused block gets the new trace; a realloc in place replaces the size', () => {
    startTracing(2);
    const a = PyObject_Malloc(40);
    PyObject_Free(a);
    startTracing(3);
    const b = PyObject_Malloc(40);
    expect(b).toBe(a);
    expect(getTrace(b)!.traceback.frames).toEqual(['test.py', 3]);
    const c = PyObject_Realloc(b, 44);
    expect(c).toBe(b);
    expect(getTrace(c)!.size).toBe(44);
    expect(traceCount()).toBe(1);
    expect(traceState.tracedMemory).toBe(44);
    const d = PyObject_Realloc(c, 300);
    expect(getTrace(c)).toBeNull();
    expect(getTrace(d)!.size).toBe(300);
    expect(traceState.tracedMemory).toBe(300);
    PyObject_Free(d);
  });

  it('blocks freed after tracing stops, or never traced, are ignored', () => {
    const untraced = PyObject_Malloc(64);
    startTracing(4);
    PyObject_Free(untraced);
    expect(traceCount()).toBe(0);
    expect(traceState.tracedMemory).toBe(0);
    const many = Array.from({ length: 3000 }, (_, i) => PyObject_Malloc(16 + (i % 20) * 8));
    expect(traceCount()).toBe(3000);
    clearTraces();
    expect(traceCount()).toBe(0);
    expect(allTraces()).toEqual([]);
    for (const h of many) PyObject_Free(h);
    expect(traceState.tracedMemory).toBe(0);
  });
});
