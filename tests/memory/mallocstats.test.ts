// sys._debugmallocstats() prints CPython's report layout (figures are the model's own),
// sys.getallocatedblocks() agrees with the report's blocks in use (plus the malloc blocks).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const run = (code: string) => spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), '-c', code], { encoding: 'utf8' });
const TABLE_ROW = /^ +\d+ +\d+ +\d+ +\d+ +\d+$/;

describe('sys._debugmallocstats', () => {
  it('has CPython 3.11\'s layout, line for line', () => {
    const r = run('import sys; sys._debugmallocstats()');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const layout = r.stderr.split('\n').filter((l) => !TABLE_ROW.test(l)).map((l) => l.replace(/\s*[\d,]+/g, ' #')).join('\n');
    expect(layout).toBe(fs.readFileSync(path.join(root, 'tests', 'memory', 'expected', 'debugmallocstats_layout.txt'), 'utf8'));
    // printone(): label padded to 35 columns, '=', the value right-aligned in 21; free-list
    // lines have a 49-column label.
    for (const l of r.stderr.split('\n').filter((x) => /=\s+[\d,]+$/.test(x))) expect([57, 71]).toContain(l.length);
  });

  it('reports the model\'s real figures: the table adds up and matches getallocatedblocks', () => {
    const r = run([
      'import sys',
      'keep = [[i] for i in range(5000)]',
      'print(sys.getallocatedblocks())',
      'sys._debugmallocstats()',
    ].join('\n'));
    const rows = r.stderr.split('\n').filter((l) => TABLE_ROW.test(l)).map((l) => l.trim().split(/ +/).map(Number));
    const inUse = rows.reduce((a, row) => a + row[3], 0);
    const blocks = Number(r.stdout.trim());
    // getallocatedblocks also counts blocks from the system allocator (> 512 bytes).
    expect(blocks).toBeGreaterThanOrEqual(inUse);
    expect(blocks - inUse).toBeLessThan(200);
    expect(inUse).toBeGreaterThan(10000);
    const bytesInUse = rows.reduce((a, row) => a + row[1] * row[3], 0);
    const reported = /# bytes in allocated blocks += +([\d,]+)/.exec(r.stderr)![1].replace(/,/g, '');
    expect(Number(reported)).toBe(bytesInUse);
    const arenas = Number(/# arenas allocated current += +(\d+)/.exec(r.stderr)![1]);
    const total = Number(/\nTotal += +([\d,]+)/.exec(r.stderr)![1].replace(/,/g, ''));
    expect(total).toBe(arenas * 1048576);
  });
});
