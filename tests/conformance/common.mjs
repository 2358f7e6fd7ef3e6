// What the conformance runner (runner.ts, for vitest) and tools/conf-diff.mjs (plain node)
// share: where things are, how glasspy is run, and how output is normalised.  Plain
// JavaScript so both can import it; record_goldens.py normalises CPython's output the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const CONF = path.join(ROOT, 'tests', 'conformance');

/** The repository path becomes <ROOT>, addresses become 0xADDR. */
export function normalise(s) {
  return s.split(ROOT).join('<ROOT>').replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}

/** Command, arguments, options and stdin for running one program as record_goldens.py runs CPython. */
export function glasspyInvocation(name) {
  const stdinPath = path.join(CONF, `${name}.stdin`);
  return {
    command: process.execPath,
    args: [path.join(ROOT, 'bin', 'glasspy.js'), path.join('tests', 'conformance', `${name}.py`)],
    // Hash seed 0 as the goldens; no compiled-module cache writes, so runs stay independent.
    options: { cwd: ROOT, env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' } },
    stdin: fs.existsSync(stdinPath) ? fs.readFileSync(stdinPath) : '',
  };
}

export function expected(name) {
  return JSON.parse(fs.readFileSync(path.join(CONF, 'expected', `${name}.json`), 'utf8'));
}
