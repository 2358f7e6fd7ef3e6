// How the REPL draws results: magics' tables with a bold header and a dim rule.
import { describe, it, expect } from 'vitest';
import { colourTable } from '../../repl/render.js';

describe('REPL rendering of magic tables', () => {
  it('bolds the title and header of a table and dims its rule; leaves other text alone', () => {
    const table = 'gc: enabled\ngeneration  count\n----------  -----\n         0      4';
    expect(colourTable(table)).toBe('\x1b[1mgc: enabled\x1b[0m\n\x1b[1mgeneration  count\x1b[0m\n\x1b[2m----------  -----\x1b[0m\n         0      4');
    expect(colourTable('[1, 2]')).toBe('[1, 2]');
  });
});
