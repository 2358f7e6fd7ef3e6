// `glasspy NOTEBOOK.ipynb`: headless runs of real notebook files through the real command.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../conformance/runner.js';
import { readNotebook, writeNotebook, type Notebook } from '../../cli/notebook/nbformat.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-nb-'));

function notebook(name: string, cells: (string | { source: string; tags: string[] })[]): string {
  const nb: Notebook = {
    nbformat: 4, nbformat_minor: 5, metadata: {},
    cells: cells.map((c, i) => ({
      cell_type: 'code', id: `c${i}`, source: typeof c === 'string' ? c : c.source,
      metadata: typeof c === 'string' ? {} : { tags: c.tags }, outputs: [], execution_count: null,
    })),
  };
  const file = path.join(dir, name);
  fs.writeFileSync(file, writeNotebook(nb));
  return file;
}

function glasspy(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), ...args], { encoding: 'utf8', cwd: dir });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const read = (file: string) => readNotebook(fs.readFileSync(file, 'utf8'), file);

describe('glasspy NOTEBOOK.ipynb', () => {
  it('stores streams, results with execution counts and display data as Jupyter does', () => {
    const file = notebook('ok.ipynb', [
      'x = 6\nprint("a")\nprint("b")\nx * 7',
      'import sys\nprint("to stderr", file=sys.stderr)\nx;',
      'class Page:\n    def _repr_html_(self):\n        return "<b>hi</b>"\ndisplay(Page())\nPage()',
    ]);
    const r = glasspy(file, '-o', 'out.ipynb');
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/ran 3 of 3 code cells in [\d.]+ s, no errors; wrote out\.ipynb/);
    const nb = read(path.join(dir, 'out.ipynb'));
    expect(nb.cells.map((c) => c.execution_count)).toEqual([1, 2, 3]);
    expect(nb.cells[0].outputs).toEqual([
      { output_type: 'stream', name: 'stdout', text: 'a\nb\n' },
      { output_type: 'execute_result', execution_count: 1, data: { 'text/plain': '42' }, metadata: {} },
    ]);
    expect(nb.cells[1].outputs).toEqual([{ output_type: 'stream', name: 'stderr', text: 'to stderr\n' }]);
    const [shown, result] = nb.cells[2].outputs!;
    expect(shown.output_type).toBe('display_data');
    expect((shown.data as Record<string, string>)['text/html']).toBe('<b>hi</b>');
    expect(result.output_type).toBe('execute_result');
    expect((nb.metadata.language_info as Record<string, unknown>).version).toBe('3.11.7');
  });

  it('stops at the first error with status 1, shows the traceback and writes nothing', () => {
    const file = notebook('bad.ipynb', ['1 + 1', '1/0', 'print("never")']);
    const before = fs.readFileSync(file, 'utf8');
    const r = glasspy(file, '--inplace');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/cell 2 of 3 raised an error; stopping \(use --allow-errors to continue\)/);
    expect(r.err).toMatch(/ZeroDivisionError: division by zero/);
    expect(r.err).not.toMatch(/\x1b\[/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps going with --allow-errors or a raises-exception tag, storing the error output', () => {
    const file = notebook('errors.ipynb', ['1/0', { source: 'raise KeyError("k")', tags: ['raises-exception'] }, '"after"']);
    let r = glasspy(file, '-o', 'e1.ipynb', '--allow-errors');
    expect(r.status).toBe(0);
    const nb = read(path.join(dir, 'e1.ipynb'));
    const err = nb.cells[0].outputs![0];
    expect([err.output_type, err.ename, err.evalue]).toEqual(['error', 'ZeroDivisionError', 'division by zero']);
    expect((err.traceback as string[]).join('\n').replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Cell In\[1\], line 1/);
    expect(nb.cells[2].outputs![0].data).toEqual({ 'text/plain': "'after'" });
    r = glasspy(notebook('tagged.ipynb', [{ source: 'raise KeyError("k")', tags: ['raises-exception'] }, '2']), '-o', 'e2.ipynb');
    expect(r.status).toBe(0);
  });

  it('interrupts a cell that runs past --timeout and keeps the session', () => {
    const file = notebook('slow.ipynb', ['n = 1', 'while True: pass', 'n + 1']);
    const t0 = Date.now();
    const r = glasspy(file, '-o', 'slow-out.ipynb', '--timeout', '0.5', '--allow-errors');
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(r.err).toMatch(/cell 2 timed out after 0.5 s and was interrupted/);
    const nb = read(path.join(dir, 'slow-out.ipynb'));
    expect(nb.cells[1].outputs![0].ename).toBe('KeyboardInterrupt');
    expect(nb.cells[2].outputs![0].data).toEqual({ 'text/plain': '2' });
  });

  it('runs magics and makes input() fail instead of waiting for an answer', () => {
    const file = notebook('magic.ipynb', ['%lsmagic', 'input("name? ")']);
    const r = glasspy(file, '-o', 'm.ipynb', '--allow-errors');
    expect(r.status).toBe(0);
    const nb = read(path.join(dir, 'm.ipynb'));
    expect(JSON.stringify(nb.cells[0].outputs)).toMatch(/Available line magics/);
    expect(nb.cells[1].outputs![0].output_type).toBe('error');
  });

  it('says clearly what is wrong with a missing, malformed or non-notebook file, and with bad options', () => {
    expect(glasspy('missing.ipynb').err).toBe("glasspy: can't open notebook 'missing.ipynb': No such file or directory\n");
    fs.writeFileSync(path.join(dir, 'broken.ipynb'), '{"cells": [');
    const r = glasspy('broken.ipynb');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^glasspy: broken\.ipynb is not a notebook: invalid JSON/);
    const bad = glasspy(notebook('x.ipynb', ['1']), '--timeout', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/argument --timeout: expected a positive number of seconds, got "soon"/);
  });
});
