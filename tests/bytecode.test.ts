// Bytecode fidelity: glasspy's compiler against CPython 3.11's, code object by code object.
// tests/tools/record_bytecode.py records, for every code object of tests/bytecode/corpus/*.py,
// the fields CPython produces (co_name, the argument counts, co_code, co_consts, co_names,
// co_varnames, co_cellvars, co_freevars, co_stacksize, co_flags, co_firstlineno, co_linetable,
// co_exceptiontable); this suite compiles the same source with glasspy (from dist/, so run
// `npm run build` first) and compares them field by field.  Code objects listed in tests/bytecode/known-differences.txt must still
// differ (fixing one forces its removal); all others must be identical.
// UPDATE_BYTECODE_KNOWN=1 rewrites the list from the current results.
import { describe, it, expect, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
// @ts-expect-error: a plain ES module shared with tests/bytecode/diff.py
import { dumpSource } from './bytecode/dump.mjs';

type Fields = Record<string, unknown>;

const here = path.dirname(new URL(import.meta.url).pathname);
const bytecodeDir = path.join(here, 'bytecode');
const corpus = path.join(bytecodeDir, 'corpus');
const expectedDir = path.join(bytecodeDir, 'expected');
const knownFile = path.join(bytecodeDir, 'known-differences.txt');

const known = new Map<string, string>();
for (const line of fs.readFileSync(knownFile, 'utf8').split('\n')) {
  const [key, reason] = line.split('#').map((s) => s.trim());
  if (key) known.set(key, reason ?? '');
}

const names = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const differing = new Map<string, string[]>();
let identical = 0, total = 0;

function differences(want: Fields, got: Fields | undefined): string[] {
  if (got === undefined) return ['missing'];
  return Object.keys(want).filter((k) => JSON.stringify(want[k]) !== JSON.stringify(got[k]));
}

describe('bytecode identical to CPython 3.11', () => {
  it('has a corpus', () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    const want: Record<string, Fields> = JSON.parse(fs.readFileSync(path.join(expectedDir, `${name}.json`), 'utf8'));
    const got: Record<string, Fields> = dumpSource(fs.readFileSync(path.join(corpus, `${name}.py`), 'utf8'), name);
    for (const qualname of Object.keys(want)) {
      const key = `${name}:${qualname}`;
      const diff = differences(want[qualname], got[qualname]);
      total++;
      if (diff.length) differing.set(key, diff); else identical++;
      it(key, () => {
        if (known.has(key)) {
          expect(diff.length, `${key} now matches CPython: remove it from known-differences.txt`).toBeGreaterThan(0);
        } else {
          for (const field of diff) expect(got[qualname]?.[field], `${key} ${field}`).toEqual(want[qualname][field]);
        }
      });
    }
  }
  it('lists only code objects that exist', () => {
    const all = new Set<string>();
    for (const name of names) {
      for (const q of Object.keys(JSON.parse(fs.readFileSync(path.join(expectedDir, `${name}.json`), 'utf8')))) all.add(`${name}:${q}`);
    }
    for (const k of known.keys()) expect(all.has(k), `known-differences.txt lists unknown ${k}`).toBe(true);
  });
});

afterAll(() => {
  console.log(`bytecode: ${identical} of ${total} code objects identical to CPython 3.11`);
  if (process.env.UPDATE_BYTECODE_KNOWN) {
    const lines = [...differing].map(([k, fields]) => `${k}  # ${fields.join(' ')}`);
    fs.writeFileSync(knownFile, '# Code objects whose fields still differ from CPython 3.11 (and which).\n'
      + '# Rewritten by UPDATE_BYTECODE_KNOWN=1 npx vitest run tests/bytecode.test.ts\n' + lines.join('\n') + '\n');
  }
});
