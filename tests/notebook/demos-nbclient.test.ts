// The demo notebooks through the real Jupyter stack: nbclient on the glasspy kernel
// (installed into a temporary prefix with `glasspy install`).  Each demo that runs clean
// headless must run clean here too, with the same outputs for its plain-Python cells as
// ipykernel gives (tests/notebook/expected/demos).
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../conformance/runner.js';
import { jupyterEnv } from '../kernel/client.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const known = new Set(fs.readFileSync(path.join(here, 'demos-known-failures.txt'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('#')[0].trim()));
const demos = fs.readdirSync(path.join(ROOT, 'demos')).filter((f) => f.endsWith('.ipynb') && !known.has(f.replace(/\.ipynb$/, ''))).sort();

describe('demo notebooks with nbclient on the glasspy kernel', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-nbclient-'));
  const env = jupyterEnv(tmp);
  beforeAll(() => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), 'install', '--prefix', path.join(tmp, 'prefix')], { env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('run clean and match ipykernel', () => {
    const r = spawnSync('/usr/bin/python3', [path.join(here, 'python', 'run_demos_nbclient.py'), path.join(ROOT, 'demos'), ...demos],
      { env, encoding: 'utf8', timeout: 600_000 });
    expect(r.status, r.stderr).toBe(0);
    const results = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; errors: string[]; cells: Record<string, unknown> });
    expect(results.map((x) => x.name)).toEqual(demos);
    for (const res of results) {
      expect(res.errors, res.name).toEqual([]);
      const expected = JSON.parse(fs.readFileSync(path.join(here, 'expected', 'demos', res.name.replace(/\.ipynb$/, '.json')), 'utf8')) as Record<string, unknown>;
      for (const [id, outputs] of Object.entries(expected)) expect(res.cells[id], `${res.name} ${id}`).toEqual(outputs);
    }
  });
});
