// Parser conformance: glasspy's AST for every conformance program equals CPython 3.11's
// (node types, fields and positions), and syntax errors carry CPython's message and location.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../engine/syntax/pyparser.js';
import { PySyntaxError } from '../../engine/syntax/errors.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const conf = path.join(here, '..', 'conformance');
const expectedDir = path.join(here, 'expected');

/** Our AST in the JSON shape tests/tools/ast_dump.py prints for CPython's. */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== 'object') return node;
  if (node instanceof Uint8Array) return Array.from(node);
  const n = node as Record<string, unknown>;
  if ('kind' in n && !('_type' in n)) {
    const c: Record<string, unknown> = { ...n };
    if (c.kind === 'int') c.value = String(c.value);
    if (c.kind === 'float') c.value = Number(c.value);
    if (c.kind === 'complex') { c.real = Number(c.real); c.imag = Number(c.imag); }
    if (c.kind === 'bytes') c.value = Array.from(c.value as Uint8Array);
    if (Array.isArray(c.items)) c.items = c.items.map(normalize);
    return c;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = normalize(v);
  return out;
}

/** CPython's JSON (floats as repr strings) in the same shape. */
function fromPython(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromPython);
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if ('kind' in n && !('_type' in n)) {
    const c: Record<string, unknown> = { ...n };
    const num = (s: unknown) => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s));
    if (c.kind === 'float') c.value = num(c.value);
    if (c.kind === 'complex') { c.real = num(c.real); c.imag = num(c.imag); }
    if (Array.isArray(c.items)) c.items = c.items.map(fromPython);
    return c;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = fromPython(v);
  return out;
}

describe('parser: ASTs identical to CPython 3.11', () => {
  const files = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.ast.json'));
  it('has recorded ASTs', () => expect(files.length).toBeGreaterThan(50));
  for (const f of files) {
    const name = f.replace(/\.ast\.json$/, '');
    it(name, () => {
      const src = fs.readFileSync(path.join(conf, `${name}.py`), 'utf8');
      const want = fromPython(JSON.parse(fs.readFileSync(path.join(expectedDir, f), 'utf8')));
      expect(normalize(parse(src, `${name}.py`, 'exec'))).toEqual(want);
    });
  }
});

interface ErrorCase { source: string; error: null | { kind: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number } }

describe('parser and compiler: syntax errors as CPython reports them', () => {
  const cases: ErrorCase[] = JSON.parse(fs.readFileSync(path.join(expectedDir, 'errors.json'), 'utf8'));
  const known = new Set(fs.readFileSync(path.join(here, 'known-error-differences.txt'), 'utf8').split('\n').map((l) => l.split('#')[0].trim()).filter(Boolean));
  cases.forEach((c, i) => {
    const label = `case ${i}: ${JSON.stringify(c.source).slice(0, 50)}`;
    it(label, async () => {
      const { compileSource } = await import('../../engine/vm/compile.js');
      const { installFrontEnd } = await import('../../engine/frontend.js');
      installFrontEnd();
      let got: ErrorCase['error'] = null;
      try {
        const tree = parse(c.source, '<case>', 'exec');
        const { compile } = await import('../../engine/compiler/compile.js');
        compile(tree, '<case>', 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno ?? e.lineno, end_offset: e.end_offset ?? e.offset };
      }
      void compileSource;
      if (known.has(String(i))) {
        expect(got, 'now matches CPython: remove it from known-error-differences.txt').not.toEqual(c.error);
      } else {
        expect(got).toEqual(c.error);
      }
    });
  });
});
