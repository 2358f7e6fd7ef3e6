// Run a small program under glasspy and python3 (CPython 3.11, the oracle) and require the
// same stdout and stderr: the memory tests' way of asking "is this CPython's number?".
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const glasspy = (code: string) => spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), '-c', code], { encoding: 'utf8' });
const python3 = (code: string) => spawnSync('python3', ['-c', code], { encoding: 'utf8' });

/** The program's lines (or its text) run by both; returns the shared stdout. */
export function sameAsCPython(code: string | string[]): string {
  const text = typeof code === 'string' ? code : code.join('\n');
  const g = glasspy(text), p = python3(text);
  expect(g.stderr).toBe(p.stderr);
  expect(g.stdout).toBe(p.stdout);
  return g.stdout;
}
