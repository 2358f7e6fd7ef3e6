// Notebook files read and written as Jupyter's nbformat does (golden recorded by
// tests/tools/record_nbformat.py with the real nbformat package).
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readNotebook, writeNotebook, splitLines, NotebookFormatError } from '../../cli/notebook/nbformat.js';

const golden = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'expected', 'sample.ipynb'), 'utf8');

describe('nbformat', () => {
  it('writes a notebook byte for byte as nbformat does', () => {
    expect(writeNotebook(readNotebook(golden, 'sample.ipynb'))).toBe(golden);
  });
  it('joins split lines on read', () => {
    const nb = readNotebook(golden, 'sample.ipynb');
    expect(nb.cells[1].source).toBe('x = [1, 2]\ny = x\nprint(x is y)\nx');
    const display = nb.cells[2].outputs![0];
    expect((display.data as Record<string, unknown>)['text/html']).toBe('<table>\n<tr><td>a</td></tr>\n</table>');
    expect((display.data as Record<string, unknown>)['application/json']).toEqual({ b: [1, 2], a: { nested: 'x\ny' } });
  });
  it('splits lines at every break Python\'s str.splitlines knows', () => {
    expect(splitLines('a\r\nb\rc\x0cd\u2028e\n')).toEqual(['a\r\n', 'b\r', 'c\x0c', 'd\u2028', 'e\n']);
    expect(splitLines('')).toEqual([]);
  });
  it('rejects what is not an nbformat 4 notebook with a clear message', () => {
    const bad = (text: string) => { try { readNotebook(text, 'x.ipynb'); return ''; } catch (e) { expect(e).toBeInstanceOf(NotebookFormatError); return (e as Error).message; } };
    expect(bad('{"cells": [')).toMatch(/^x\.ipynb is not a notebook: invalid JSON/);
    expect(bad('[]')).toBe('x.ipynb is not a notebook: the top level is not a JSON object');
    expect(bad('{"nbformat": 3, "cells": []}')).toBe('x.ipynb: only nbformat 4 notebooks can be run (this one has nbformat 3)');
    expect(bad('{"nbformat": 4}')).toBe('x.ipynb: the notebook has no "cells" list');
    expect(bad('{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}')).toBe('x.ipynb: cell 1: "source" must be a string or a list of strings');
    expect(bad('{"nbformat": 4, "cells": [{"cell_type": "python", "source": ""}]}')).toBe('x.ipynb: cell 1 has an unknown cell_type "python"');
  });
});
