// The cells of tests/tools/record_magics.py, run in a glasspy Session: stdout and stderr
// must be IPython's, character for character (tests/magics/expected/ipython_magics.json).
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Harness } from './harness.js';

interface Golden { ipython: string; cells: { cell: string; stdout: string; stderr: string }[] }

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'expected', 'ipython_magics.json'), 'utf8')) as Golden;

describe(`magics match IPython ${golden.ipython}`, () => {
  const h = new Harness();
  // One session for all cells, in order: later cells see earlier ones' names and history.
  golden.cells.forEach((g, i) => {
    it(`${i + 1}: ${g.cell.split('\n')[0]}`, () => {
      const r = h.run(g.cell);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: g.stdout, stderr: g.stderr });
    });
  });
});
