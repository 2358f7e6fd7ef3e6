// REPL history: prefix-filtered walking, reverse search, and the shared file.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { History } from '../../repl/history.js';

describe('History', () => {
  it('walks back through entries starting with the typed prefix, skipping the current text', () => {
    const h = new History(null);
    for (const e of ['import sys', 'x = 1', 'import gc', 'print(x)', 'print(x)', 'import gc']) h.add(e);
    expect(h.length).toBe(5); // an immediate repeat is stored once
    let i = h.previous('import', h.length, 'import');
    expect(h.at(i)).toBe('import gc');
    i = h.previous('import', i, h.at(i));
    expect(h.at(i)).toBe('import sys');
    expect(h.previous('import', i, h.at(i))).toBe(-1);
    expect(h.at(h.next('import', i, 'import sys'))).toBe('import gc');
    expect(h.next('import', 4, '')).toBe(h.length);
  });
  it('reverse search finds the nearest earlier entry containing the query', () => {
    const h = new History(null);
    for (const e of ['a = [1, 2]', 'len(a)', 'b = [3]']) h.add(e);
    expect(h.at(h.search('[', h.length))).toBe('b = [3]');
    expect(h.at(h.search('[', 2))).toBe('a = [1, 2]');
    expect(h.search('zzz', h.length)).toBe(-1);
  });
  it('persists multi-line entries across sessions and survives a torn last line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-hist-'));
    const file = path.join(dir, 'sub', 'repl_history');
    const first = new History(file);
    first.add('def f():\n    return 1');
    first.add('f()');
    fs.appendFileSync(file, '"unterminated');
    const second = new History(file);
    expect(second.length).toBe(2);
    expect(second.at(0)).toBe('def f():\n    return 1');
    second.add('g()');
    expect(new History(file).at(2)).toBe('g()');
  });
});
