// glasspy's code objects in the shape tests/tools/record_bytecode.py records CPython's:
// one entry per code object (module first, then co_consts depth first), keyed by qualname.
// Used by tests/bytecode.test.ts and, from the command line, by tests/bytecode/diff.py:
//   node tests/bytecode/dump.mjs tests/bytecode/corpus/FILE.py   (needs `npm run build`)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => import(path.join(root, 'dist', p));

// Load the object model in its usual order before reaching into single modules.
await dist('engine/interpreter.js');
const { parse } = await dist('engine/syntax/pyparser.js');
const { compile } = await dist('engine/compiler/compile.js');
const { CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } = await dist('engine/compiler/code.js');
const { strRepr } = await dist('engine/objects/unicodeobject.js');
const { floatRepr } = await dist('engine/objects/numformat.js');
const { complexRepr } = await dist('engine/objects/complexobject.js');
const { bytesRepr } = await dist('engine/objects/bytesobject.js');

/** repr() of a compile-time constant, as record_bytecode.py's const_repr. */
export function constRepr(c) {
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return String(c.value);
    case 'float': return floatRepr(c.value);
    case 'complex': return complexRepr(c.real, c.imag);
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple': {
      const items = c.items.map(constRepr);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'frozenset': {
      if (!c.items.length) return 'frozenset()';
      const items = c.items.map(constRepr).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `frozenset({${items.join(', ')}})`;
    }
    case 'code': return `<code ${c.code.co_qualname}>`;
  }
  throw new Error(`unknown constant kind ${c.kind}`);
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');

function namesOfKind(u, kind) {
  return u.co_localsplusnames.filter((_, i) => u.co_localspluskinds[i] & kind);
}

function record(u, out, seen) {
  let key = u.co_qualname;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  if (seen.get(key) > 1) key = `${key}#${seen.get(key)}`;
  out[key] = {
    co_name: u.co_name,
    co_argcount: u.co_argcount,
    co_posonlyargcount: u.co_posonlyargcount,
    co_kwonlyargcount: u.co_kwonlyargcount,
    co_code: hex(u.co_code),
    co_consts: u.co_consts.map(constRepr),
    co_names: u.co_names,
    co_varnames: namesOfKind(u, CO_FAST_LOCAL),
    co_cellvars: namesOfKind(u, CO_FAST_CELL),
    co_freevars: namesOfKind(u, CO_FAST_FREE),
    co_stacksize: u.co_stacksize,
    co_flags: u.co_flags,
    co_firstlineno: u.co_firstlineno,
    co_linetable: hex(u.co_linetable),
    co_exceptiontable: hex(u.co_exceptiontable),
  };
  for (const c of u.co_consts) if (c.kind === 'code') record(c.code, out, seen);
}

/** Compile `source` as module `name` with glasspy and return its code objects. */
export function dumpSource(source, name) {
  const tree = parse(source, `${name}.py`, 'exec');
  const unit = compile(tree, `${name}.py`, 'exec', {}, source.split('\n'));
  const out = {};
  record(unit, out, new Map());
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const name = path.basename(file, '.py');
  process.stdout.write(JSON.stringify(dumpSource(fs.readFileSync(file, 'utf8'), name), null, 1) + '\n');
}
