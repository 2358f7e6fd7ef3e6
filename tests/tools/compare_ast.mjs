// Compare glasspy's AST with CPython's (tests/tools/ast_dump.py) for one source file.
// node tests/tools/compare_ast.mjs FILE [--no-pos]  → prints the first difference, exit 1 if any.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { parse } from '../../dist/engine/syntax/pyparser.js';

export function normalize(node, pos) {
  if (Array.isArray(node)) return node.map((x) => normalize(x, pos));
  if (node === null || typeof node !== 'object') return node;
  if (node instanceof Uint8Array) return Array.from(node);
  if ('kind' in node && !('_type' in node)) {
    const c = { ...node };
    if (c.kind === 'int') c.value = c.value.toString();
    if (c.kind === 'float') c.value = Number(c.value);
    if (c.kind === 'complex') { c.real = Number(c.real); c.imag = Number(c.imag); }
    if (c.kind === 'bytes') c.value = Array.from(c.value);
    if (c.items) c.items = c.items.map((x) => normalize(x, pos));
    return c;
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!pos && ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'].includes(k)) continue;
    out[k] = normalize(v, pos);
  }
  return out;
}

function fromPython(node) {
  if (Array.isArray(node)) return node.map(fromPython);
  if (node === null || typeof node !== 'object') return node;
  if ('kind' in node && !('_type' in node)) {
    const c = { ...node };
    if (c.kind === 'float') c.value = Number(c.value === 'inf' ? Infinity : c.value);
    if (c.kind === 'complex') { c.real = Number(c.real); c.imag = Number(c.imag === 'inf' ? Infinity : c.imag); }
    if (c.items) c.items = c.items.map(fromPython);
    return c;
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = fromPython(v);
  return out;
}

function firstDiff(a, b, path) {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  if (a === null || typeof a !== 'object') return Object.is(a, b) || a === b ? null : `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], `${path}.${k}${a._type ? `(${a._type})` : ''}`);
    if (d) return d;
  }
  return null;
}

export function compareFile(file, pos = true) {
  const src = fs.readFileSync(file, 'utf8');
  const r = spawnSync('python3', [new URL('./ast_dump.py', import.meta.url).pathname, file, ...(pos ? [] : ['--no-pos'])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) return `cpython failed: ${r.stderr.slice(0, 300)}`;
  const want = fromPython(JSON.parse(r.stdout));
  let got;
  try { got = normalize(parse(src, file, 'exec'), pos); } catch (e) { return `glasspy failed: ${e.message}`; }
  return firstDiff(got, want, '');
}

if (process.argv[1] && process.argv[1].endsWith('compare_ast.mjs')) {
  const pos = !process.argv.includes('--no-pos');
  let bad = 0;
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const f of files) {
    const d = compareFile(f, pos);
    if (d) { bad++; if (files.length < 5 || bad < 20) console.log(`${f}: ${d}`); }
  }
  console.log(`${files.length - bad}/${files.length} identical`);
  process.exitCode = bad ? 1 : 0;
}
