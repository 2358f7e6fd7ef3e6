// How the REPL draws results: magics' tables with a bold header and a dim rule, and the other
// shapes of magic output (dis listings, reference trees, tracemalloc statistics, timings).
import { describe, it, expect } from 'vitest';
import { colourTable, renderEditor, visualRows } from '../../repl/render.js';
import { colourResult, colourOutput, colourPage } from '../../repl/magicstyle.js';

describe('REPL rendering of magic tables', () => {
  it('bolds the title and header of a table and dims its rule; leaves other text alone', () => {
    const table = 'gc: enabled\ngeneration  count\n----------  -----\n         0      4';
    expect(colourTable(table)).toBe('\x1b[1mgc: enabled\x1b[0m\n\x1b[1mgeneration  count\x1b[0m\n\x1b[2m----------  -----\x1b[0m\n         0      4');
    expect(colourTable('[1, 2]')).toBe('[1, 2]');
  });
});

describe('REPL colour for the magics\' other shapes (repl/magicstyle.ts)', () => {
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  it('dis.dis listings: line numbers magenta, jump targets red, opnames bold blue, argreprs green', () => {
    const dis = '  1           0 RESUME                   0\n\n  2     >>    2 LOAD_FAST                0 (a)\n              4 RETURN_VALUE';
    const drawn = colourResult(dis);
    expect(plain(drawn)).toBe(dis);
    expect(drawn.split('\n')[2]).toBe('  \x1b[35m2\x1b[0m     \x1b[1;31m>>\x1b[0m    \x1b[2m2\x1b[0m \x1b[1;34mLOAD_FAST\x1b[0m                0 \x1b[32m(a)\x1b[0m');
  });
  it('reference trees: the drawing dim, edge labels green, cycles red', () => {
    const tree = 'list (1)\n└── [0] → list (1)  ↻ cycle';
    const drawn = colourResult(tree);
    expect(plain(drawn)).toBe(tree);
    expect(drawn).toBe('\x1b[1mlist (1)\x1b[0m\n\x1b[2m└── \x1b[0m\x1b[32m[0]\x1b[0m \x1b[2m→\x1b[0m list (1)  \x1b[1;31m↻ cycle\x1b[0m');
  });
  it('tracemalloc statistics: header bold, site magenta, size bold, growth red', () => {
    const stats = 'Top 10 of 3 differences\n#1: a.py:3: size=10 KiB (+2 KiB), count=5 (+1), average=2048 B';
    const drawn = colourResult(stats);
    expect(plain(drawn)).toBe(stats);
    expect(drawn.split('\n')[1]).toBe('\x1b[2m#1: \x1b[0m\x1b[35ma.py:3: \x1b[0m\x1b[1msize=10 KiB (\x1b[31m+2 KiB\x1b[0m\x1b[1m)\x1b[0m, count=5 (+1), average=2048 B');
  });
  it('timing lines on stdout and the pstats header in the pager; other output untouched', () => {
    expect(colourOutput('8.26 ns ± 0.12 ns per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)'))
      .toBe('\x1b[1m8.26 ns ± 0.12 ns\x1b[0m\x1b[2m per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)\x1b[0m');
    expect(colourOutput('Wall time: 5 µs')).toBe('\x1b[2mWall time: \x1b[0m\x1b[1m5 µs\x1b[0m');
    expect(colourOutput('hello\nworld')).toBe('hello\nworld');
    expect(colourPage('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\nrest'))
      .toBe('\x1b[1m   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\x1b[0m\nrest');
    for (const value of ['42', "'text'", '[1, 2]', '{1: 2}']) expect(colourResult(value)).toBe(value);
  });
});

describe('the editor window (renderEditor with a row budget)', () => {
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = Array.from({ length: 100 }, (_, i) => `x${i} = ${i}`);
  it('draws a buffer that fits unchanged', () => {
    const small = { lines: lines.slice(0, 3), row: 2, col: 0 };
    expect(renderEditor(small, new Set(), 10, 80)).toBe(renderEditor(small, new Set()));
  });
  it('shows a window around the cursor with the lines out of sight counted', () => {
    const out = plain(renderEditor({ lines, row: 50, col: 0 }, new Set(), 10, 80)).split('\n');
    expect(out).toHaveLength(10);
    expect(out[0]).toMatch(/^\.\.\. ⋮ (\d+) more lines above$/);
    expect(out[9]).toMatch(/^\.\.\. ⋮ (\d+) more lines below$/);
    expect(out).toContain('... x50 = 50');
    const above = Number(/(\d+)/.exec(out[0])![1]), below = Number(/(\d+)/.exec(out[9])![1]);
    expect(above + 8 + below).toBe(100);
    expect(out[1]).toBe(`... x${above} = ${above}`);
    // At the top the first line keeps its >>> prompt and nothing is above.
    const top = plain(renderEditor({ lines, row: 0, col: 0 }, new Set(), 10, 80)).split('\n');
    expect(top[0]).toBe('>>> x0 = 0');
    expect(top).toHaveLength(10);
  });
  it('counts a line wider than the terminal as the rows it wraps to', () => {
    expect(visualRows('>>> ' + 'a'.repeat(150), 100)).toBe(2);
    expect(visualRows('\x1b[1mab\x1b[0m', 100)).toBe(1);
    const wide = [...lines.slice(0, 20), 'y = "' + 'z'.repeat(300) + '"'];
    const out = plain(renderEditor({ lines: wide, row: 20, col: 0 }, new Set(), 10, 100)).split('\n');
    expect(out.reduce((n, l) => n + visualRows(l, 100), 0)).toBeLessThanOrEqual(10);
    expect(out[out.length - 1]).toMatch(/^\.\.\. y = "z+ ?"?/);
  });
});
