// Builds the demo notebooks from their sources: demos/src/NN_name.py, in the "percent"
// format (`# %%` starts a code cell, `# %% [markdown]` a markdown cell whose lines are
// comments), becomes demos/NN_name.ipynb without outputs.  A cell whose output depends on
// the machine or the moment (addresses, timings, allocator figures of a running kernel) is
// tagged `nondeterministic`; the tests compare every other plain-Python cell with ipykernel.  Run the notebooks afterwards
// with `glasspy demos/NN_name.ipynb --inplace` to fill in the outputs.
//
//   node tools/demos.mjs            rebuild every notebook
//   node tools/demos.mjs 03 07      rebuild the ones whose names start with these
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeNotebook } from '../dist/cli/notebook/nbformat.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'demos', 'src');
const only = process.argv.slice(2);

export function percentToCells(text, stem) {
  const cells = [];
  let current = null;
  for (const line of text.split('\n')) {
    const marker = /^# %%(.*)$/.exec(line);
    if (marker) {
      // `# %% tags=["nondeterministic"]` (jupytext's spelling) sets the cell's tags.
      const tags = /tags=(\[[^\]]*\])/.exec(marker[1]);
      current = { type: /\[markdown\]/.test(marker[1]) ? 'markdown' : 'code', lines: [], tags: tags ? JSON.parse(tags[1]) : null };
      cells.push(current);
    } else if (current) {
      current.lines.push(current.type === 'markdown' ? line.replace(/^# ?/, '') : line);
    }
  }
  return cells.map((c, i) => {
    while (c.lines.length && c.lines[c.lines.length - 1].trim() === '') c.lines.pop();
    while (c.lines.length && c.lines[0].trim() === '') c.lines.shift();
    const cell = { cell_type: c.type, id: `${stem.replace(/_/g, '-')}-${i + 1}`, metadata: c.tags ? { tags: c.tags } : {}, source: c.lines.join('\n') };
    if (c.type === 'code') Object.assign(cell, { execution_count: null, outputs: [] });
    return cell;
  });
}

for (const file of fs.readdirSync(src).filter((f) => f.endsWith('.py')).sort()) {
  if (only.length && !only.some((p) => file.startsWith(p))) continue;
  const stem = file.slice(0, -3);
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { display_name: 'Python 3.11 (glasspy)', language: 'python', name: 'glasspy' },
      language_info: { name: 'python', version: '3.11.7', mimetype: 'text/x-python', file_extension: '.py',
        codemirror_mode: { name: 'ipython', version: 3 }, pygments_lexer: 'ipython3', nbconvert_exporter: 'python' },
    },
    cells: percentToCells(fs.readFileSync(path.join(src, file), 'utf8'), stem),
  };
  const out = path.join(root, 'demos', `${stem}.ipynb`);
  fs.writeFileSync(out, writeNotebook(nb));
  console.log('wrote', path.relative(root, out), `(${nb.cells.length} cells)`);
}
