// The pymalloc model on its own: block reuse, pool and arena bookkeeping, the statistics.
import { describe, it, expect } from 'vitest';
import {
  PyObject_Malloc, PyObject_Free, PyObject_Realloc, blockSize, getAllocatedBlocks, debugMallocStats, arenaSnapshot,
  POOL_SIZE, POOL_OVERHEAD, ARENA_SIZE,
} from '../../engine/memory/obmalloc.js';
import { handleToAddress, addressToHandle } from '../../engine/memory/handles.js';

const addr = (h: number) => handleToAddress(h);

describe('pymalloc model', () => {
  it('rounds requests to 16-byte size classes and hands out 16-byte aligned addresses', () => {
    const a = PyObject_Malloc(1), b = PyObject_Malloc(17), c = PyObject_Malloc(512);
    expect(blockSize(a)).toBe(16);
    expect(blockSize(b)).toBe(32);
    expect(blockSize(c)).toBe(512);
    for (const h of [a, b, c]) expect(addr(h) % 16).toBe(0);
    expect(addr(a) > 0x7f00_0000_0000).toBe(true);
    for (const h of [a, b, c]) PyObject_Free(h);
  });

  it('reuses the most recently freed block of a size class first (LIFO)', () => {
    const hs = Array.from({ length: 10 }, () => PyObject_Malloc(40));
    PyObject_Free(hs[3]);
    PyObject_Free(hs[7]);
    expect(PyObject_Malloc(48)).toBe(hs[7]);
    expect(PyObject_Malloc(33)).toBe(hs[3]);
    const fresh = PyObject_Malloc(48);
    expect(addr(fresh)).toBe(addr(hs[9]) + 48);
    for (const h of [...hs, fresh]) PyObject_Free(h);
  });

  it('hands out a pool\'s freed blocks, newest first, before the rest of its never-used tail', () => {
    const hs = Array.from({ length: 6 }, () => PyObject_Malloc(200));
    PyObject_Free(hs[1]);
    PyObject_Free(hs[4]);
    const a = PyObject_Malloc(200), b = PyObject_Malloc(200), c = PyObject_Malloc(200);
    expect([a, b]).toEqual([hs[4], hs[1]]);
    expect(addr(c)).toBe(addr(hs[5]) + 208);
    // Freed again while the tail is in use: still the freed block first.
    PyObject_Free(a);
    expect(PyObject_Malloc(200)).toBe(a);
    expect(getAllocatedBlocks()).toBeGreaterThanOrEqual(7);
    for (const h of [...hs.filter((h) => h !== hs[1] && h !== hs[4]), a, b, c]) PyObject_Free(h);
  });

  it('a block freed into a full pool makes that pool the next one used', () => {
    const size = 480;
    const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / size);
    const hs = Array.from({ length: perPool + 3 }, () => PyObject_Malloc(size));
    // hs[0 .. perPool-1] filled the first pool; the rest are in a second pool.
    PyObject_Free(hs[2]);
    expect(PyObject_Malloc(size)).toBe(hs[2]);
    for (const h of hs) PyObject_Free(h);
  });

  it('a full pool that gets a block back goes in front of one that filled before it', () => {
    // insert_to_usedpool: each full pool that gets a block back becomes the head, so the
    // newest such pool is allocated from next, even when it was the head when it filled.
    const size = 448;
    const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / size);
    const hs = Array.from({ length: 2 * perPool }, () => PyObject_Malloc(size));
    // hs[0 .. perPool-1] fill one pool, the rest fill a second: both are full.
    PyObject_Free(hs[0]);
    PyObject_Free(hs[perPool]);
    expect(PyObject_Malloc(size)).toBe(hs[perPool]);
    expect(PyObject_Malloc(size)).toBe(hs[0]);
    for (const h of hs) PyObject_Free(h);
  });

  it('an address inside a block (past a pre-header) frees that block', () => {
    const h = PyObject_Malloc(64);
    PyObject_Free(addressToHandle(addr(h) + 16));
    expect(PyObject_Malloc(64)).toBe(h);
    PyObject_Free(h);
  });

  it('fills a pool, then carves the next one; an emptied pool is reused for another size class', () => {
    const size = 496;
    const perPool = Math.floor((POOL_SIZE - POOL_OVERHEAD) / size);
    const before = getAllocatedBlocks();
    const hs = Array.from({ length: perPool + 1 }, () => PyObject_Malloc(size));
    expect(getAllocatedBlocks()).toBe(before + perPool + 1);
    const pool0 = addr(hs[0]) - POOL_OVERHEAD;
    expect(pool0 % POOL_SIZE).toBe(0);
    expect(addr(hs[perPool - 1])).toBe(pool0 + POOL_OVERHEAD + (perPool - 1) * size);
    expect(addr(hs[perPool]) - POOL_OVERHEAD).not.toBe(pool0);
    for (const h of hs) PyObject_Free(h);
    expect(getAllocatedBlocks()).toBe(before);
  });

  it('realloc keeps a block that still fits and moves one that grows out of its class', () => {
    const h = PyObject_Malloc(100);
    expect(PyObject_Realloc(h, 110)).toBe(h);
    const moved = PyObject_Realloc(h, 300);
    expect(moved).not.toBe(h);
    expect(blockSize(moved)).toBe(304);
    PyObject_Free(moved);
  });

  it('serves requests above 512 bytes from the modelled malloc, reusing a freed chunk of the same size', () => {
    const big = PyObject_Malloc(1000);
    expect(addr(big) < 0x7000_0000_0000).toBe(true);
    PyObject_Free(big);
    expect(PyObject_Malloc(1000)).toBe(big);
    PyObject_Free(big);
    const huge = PyObject_Malloc(1 << 20);
    expect(addr(huge) > 0x7f00_0000_0000).toBe(true);
    PyObject_Free(huge);
  });

  it('frees a wholly empty arena unless it is the last usable one, and keeps usable_arenas sorted', () => {
    // Fill three arenas with 512-byte blocks (31 a pool), then empty the first completely.
    const perArena = 63 * 31;
    const hs = Array.from({ length: 3 * perArena + 5 }, () => PyObject_Malloc(512));
    const snap0 = arenaSnapshot();
    for (let i = 0; i < perArena * 2; i++) PyObject_Free(hs[i]);
    const snap1 = arenaSnapshot();
    expect(snap1.allocated).toBeLessThan(snap0.allocated);
    const counts = snap1.usable.map(([, nf]) => nf);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    for (let i = perArena * 2; i < hs.length; i++) PyObject_Free(hs[i]);
  });

  it('prints _PyObject_DebugMallocStats with totals that add up to the arena bytes', () => {
    const hs = Array.from({ length: 100 }, (_, i) => PyObject_Malloc(8 + i));
    const report = debugMallocStats();
    expect(report).toMatch(/^Small block threshold = 512, in 32 size classes\.\n\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n/);
    const m = /(\d+) arenas \* 1048576 bytes\/arena +=\s+([\d,]+)\n/.exec(report)!;
    const totals = [...report.matchAll(/^Total +=\s+([\d,]+)$/gm)].map((x) => Number(x[1].replace(/,/g, '')));
    expect(Number(m[2].replace(/,/g, ''))).toBe(Number(m[1]) * ARENA_SIZE);
    expect(totals[0]).toBe(Number(m[1]) * ARENA_SIZE);
    expect(report).toMatch(/\n# bytes lost to arena map root +=  +262,144\n/);
    for (const h of hs) PyObject_Free(h);
  });
});
