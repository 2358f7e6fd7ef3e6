// The compiled-module cache: an imported module is compiled once, stored, and later runs
// load it; the result is the same program behaviour, minus repeated compile-time warnings
// (as CPython's .pyc).  Runs the real glasspy command with a private cache directory.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './conformance/runner.js';

function glasspy(args: string[], env: Record<string, string | undefined>) {
  const full: Record<string, string | undefined> = { ...process.env, ...env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete full[k];
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), ...args], { env: full as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe('compiled-module cache', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-cache-'));
  const cache = path.join(work, 'cache');
  fs.writeFileSync(path.join(work, 'mod.py'), 'x = 1 is 1\ndef f(n):\n    return sum(i * i for i in range(n)) + 0.5\nK = (1, 2.5, -0.0, 10**30, "é", b"\\x00", frozenset({3}), 1j)\n');
  fs.writeFileSync(path.join(work, 'main.py'), 'import mod\nprint(mod.f(10), mod.K, mod.x)\n');
  const env = { GLASSPY_CACHE_DIR: cache, PYTHONDONTWRITEBYTECODE: undefined };

  it('compiles an imported module once and reuses it', () => {
    const first = glasspy([path.join(work, 'main.py')], env);
    expect(first.status).toBe(0);
    expect(first.out).toBe("285.5 (1, 2.5, -0.0, 1000000000000000000000000000000, 'é', b'\\x00', frozenset({3}), 1j) True\n");
    expect(first.err).toContain('SyntaxWarning: "is" with a literal');
    const entries = fs.readdirSync(cache);
    expect(entries.length).toBe(1);
    const second = glasspy([path.join(work, 'main.py')], env);
    expect(second.out).toBe(first.out);
    // Loaded from the cache: no compile, so no compile-time warning (CPython's .pyc behaves so).
    expect(second.err).toBe('');
    expect(fs.readdirSync(cache)).toEqual(entries);
  });

  it('recompiles when the source changes, and writes nothing under PYTHONDONTWRITEBYTECODE', () => {
    fs.appendFileSync(path.join(work, 'mod.py'), 'y = 1\n');
    const third = glasspy([path.join(work, 'main.py')], { ...env, PYTHONDONTWRITEBYTECODE: '1' });
    expect(third.err).toContain('SyntaxWarning');
    expect(fs.readdirSync(cache).length).toBe(1);
    const fourth = glasspy([path.join(work, 'main.py')], env);
    expect(fourth.err).toContain('SyntaxWarning');
    expect(fs.readdirSync(cache).length).toBe(2);
  });
});
