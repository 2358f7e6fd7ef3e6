// Conformance: every program in tests/conformance must print exactly what CPython 3.11
// printed (stdout, stderr, exit status), recorded in tests/conformance/expected/.  Programs
// listed in known-failures.txt must still fail — fixing one means removing it from the list.
import { describe, it, expect } from 'vitest';
import { programs, runGlasspy, expected, knownFailures, Outcome } from './conformance/runner.js';

const names = programs();
const known = knownFailures();
const results = new Map<string, Promise<Outcome>>();

// Run in a small pool so the suite stays quick on two cores.
const POOL = 4;
let next = 0;
const queue: (() => void)[] = [];
function schedule(name: string): Promise<Outcome> {
  let p = results.get(name);
  if (p) return p;
  p = new Promise<Outcome>((resolve) => {
    const start = () => {
      next++;
      runGlasspy(name).then((r) => {
        next--;
        resolve(r);
        const q = queue.shift();
        if (q) q();
      });
    };
    if (next < POOL) start(); else queue.push(start);
  });
  results.set(name, p);
  return p;
}

describe('conformance with CPython 3.11', () => {
  it('has a corpus', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const k of known.keys()) expect(names, `known-failures.txt lists missing program ${k}`).toContain(k);
  });
  for (const name of names) schedule(name);
  for (const name of names) {
    it(name, async () => {
      const got = await schedule(name);
      const want = expected(name);
      const same = got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status;
      if (known.has(name)) {
        expect(same, `${name} now matches CPython: remove it from known-failures.txt`).toBe(false);
      } else {
        expect(got.stdout, 'stdout').toBe(want.stdout);
        expect(got.stderr, 'stderr').toBe(want.stderr);
        expect(got.status, 'exit status').toBe(want.status);
      }
    });
  }
});
