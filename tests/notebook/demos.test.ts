// Every demo notebook runs clean with `glasspy NOTEBOOK.ipynb`, and its plain-Python cells
// (no magics, not tagged `nondeterministic`) show what ipykernel on CPython 3.11 shows
// (recorded by tests/tools/record_demo_outputs.py).  Demos listed in
// demos-known-failures.txt are expected to fail until the features they show exist.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../conformance/runner.js';
import { readNotebook, type Output } from '../../cli/notebook/nbformat.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const known = new Map(fs.readFileSync(path.join(here, 'demos-known-failures.txt'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => [l.split('#')[0].trim(), l.split('#')[1]?.trim() ?? ''] as const));
const demos = fs.readdirSync(path.join(ROOT, 'demos')).filter((f) => f.endsWith('.ipynb')).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-demos-'));

/** The normal form record_demo_outputs.py writes. */
function normalForm(outputs: Output[]): [string, string][] {
  const out: [string, string][] = [];
  for (const o of outputs) {
    if (o.output_type === 'stream') {
      const last = out[out.length - 1];
      if (last && last[0] === o.name) last[1] += o.text as string;
      else out.push([o.name as string, o.text as string]);
    } else if (o.output_type === 'execute_result' || o.output_type === 'display_data') {
      out.push([o.output_type, ((o.data as Record<string, string>)['text/plain']) ?? '']);
    } else if (o.output_type === 'error') {
      out.push(['error', `${o.ename}: ${o.evalue}`]);
    }
  }
  return out;
}

function runDemo(name: string) {
  const out = path.join(tmp, name);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), path.join(ROOT, 'demos', name), '-o', out, '--quiet', '--allow-errors'],
    { encoding: 'utf8', cwd: path.join(ROOT, 'demos'), timeout: 300_000 });
  expect(r.status, r.stderr).toBe(0);
  return readNotebook(fs.readFileSync(out, 'utf8'), out);
}

describe('demo notebooks', () => {
  it('there are at least 12, each listed in demos/README.md', () => {
    expect(demos.length).toBeGreaterThanOrEqual(12);
    const readme = fs.readFileSync(path.join(ROOT, 'demos', 'README.md'), 'utf8');
    for (const d of demos) expect(readme).toContain(`(${d})`);
  });
  for (const name of demos) {
    const stem = name.replace(/\.ipynb$/, '');
    it(`${stem} runs clean and matches ipykernel on its plain-Python cells${known.has(stem) ? ' (known failure)' : ''}`, () => {
      const nb = runDemo(name);
      const expected = JSON.parse(fs.readFileSync(path.join(here, 'expected', 'demos', `${stem}.json`), 'utf8')) as Record<string, [string, string][]>;
      const problems: string[] = [];
      for (const cell of nb.cells) {
        if (cell.cell_type !== 'code') continue;
        const errors = (cell.outputs ?? []).filter((o) => o.output_type === 'error');
        if (errors.length) problems.push(`${cell.id}: ${errors.map((e) => `${e.ename}: ${e.evalue}`).join('; ')}`);
        if (cell.id !== undefined && cell.id in expected) {
          const got = JSON.stringify(normalForm(cell.outputs ?? []));
          if (got !== JSON.stringify(expected[cell.id])) problems.push(`${cell.id}: expected ${JSON.stringify(expected[cell.id])}, got ${got}`);
        }
      }
      if (known.has(stem)) expect(problems, `${stem} now passes: remove it from demos-known-failures.txt`).not.toEqual([]);
      else expect(problems).toEqual([]);
    });
  }
});
