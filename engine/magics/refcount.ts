// ## %refcount and %%refcount
//
// `%refcount EXPR`: the object's reference count — without the magic's own references, so
// it equals `sys.getrefcount(EXPR) - 1` run in the same cell — and one row per reference
// saying who holds it: names, containers (list index, dict key or value, tuple item, set),
// instance attributes and slots, closure cells, frames, the Out history.
// `%refcount` alone: the user's names with type, reference count and size.
// `%%refcount NAME`: run the cell and list every change to NAME's count with the line and
// the instruction that made it.  The work is done in Python on CPython's own introspection
// (engine/modules/lib/_glasspy_refs.py).

import { registerMagic, MagicContext, MagicResult, usageError } from './registry.js';
import { tableText, tableHtml, type Table } from './table.js';
import { call, getAttr, typeName } from '../objects/abstract.js';
import { importModule } from '../vm/import.js';
import { dictGetStr } from '../objects/dict.js';
import { compileSource } from '../vm/compile.js';
import { pyToJson, type Json } from '../session/display.js';
import { addressHex } from '../memory/address.js';
import type { PyObject } from '../objects/object.js';

const LINE_DOC = `Show an object's reference count and who holds each reference.

Usage:
  %refcount EXPR    the count (as sys.getrefcount(EXPR) - 1 in this cell) and its holders
  %refcount         every user name with its type, reference count and size

The holders are found with gc.get_referrers: names in the namespace, list indexes, dict
keys and values, tuple items, set elements, instance attributes and slots, closure cells,
frames and the Out history.  A reference held by an object the collector does not track
(an int or str holding nothing, a tuple of atoms) has no row.`;

const CELL_DOC = `Run the cell and show every change to an object's reference count.

Usage:
  %%refcount NAME
  code...

Each row is one instruction that changed NAME's count: the line, the instruction, the
change and the count after it (counted as sys.getrefcount(NAME) - 1 would be).`;

function helper(name: string): PyObject {
  return getAttr(importModule('_glasspy_refs'), name);
}

function bundle(t: Table): MagicResult {
  return { bundle: { 'text/plain': tableText(t), 'text/html': tableHtml(t) } };
}

function refcountOf(expr: string, ctx: MagicContext): MagicResult {
  const obj = ctx.run(expr, 'eval');
  const count = pyToJson(call(helper('measure'), [obj])) as number;
  const rows = pyToJson(call(helper('holders'), [obj, ctx.namespace])) as [string, string][];
  const title = `${expr}: ${typeName(obj)} object at ${addressHex(obj)}, ${count} reference${count === 1 ? '' : 's'}`;
  const notes: string[] = [];
  if (rows.length < count) {
    notes.push(`${count - rows.length} reference${count - rows.length === 1 ? '' : 's'} held by objects the cycle collector does not track (or by the interpreter itself).`);
  }
  return bundle({ title, columns: ['holder', 'reference'], rows, notes });
}

function namesTable(ctx: MagicContext): MagicResult {
  const rows = pyToJson(call(helper('names_table'), [ctx.namespace, ctx.hidden])) as [string, string, number, number][];
  if (rows.length === 0) return { bundle: { 'text/plain': 'Interactive namespace is empty.' } };
  return bundle({ columns: ['name', 'type', 'refcount', 'size'], rows });
}

registerMagic({
  name: 'refcount', kind: 'line', doc: LINE_DOC,
  run: (line, _cell, ctx) => (line.trim() === '' ? namesTable(ctx) : refcountOf(line.trim(), ctx)),
});

registerMagic({
  name: 'refcount', kind: 'cell', doc: CELL_DOC,
  run: (line, cell, ctx) => {
    const name = line.trim();
    if (!/^[A-Za-z_]\w*$/.test(name)) throw usageError('%%refcount needs the name of an existing variable, e.g. %%refcount x');
    const obj = dictGetStr(ctx.namespace, name);
    if (obj === null) throw usageError(`%%refcount: name '${name}' is not defined`);
    const source = cell ?? '';
    const code = compileSource(source, `<refcount-cell-${ctx.executionCount}>`, 'exec');
    const [start, events, end] = pyToJson(call(helper('trace_refcount'), [obj, code, ctx.namespace])) as [number, Json[][], number];
    const lines = source.split('\n');
    const rows = (events as [number, number, string, number | null, number, string][]).map(([delta, now, fn, lineno, offset, op]) => [
      lineno === null ? '' : `${fn === '<module>' ? '' : fn + ': '}${lineno}  ${fn === '<module>' ? (lines[lineno - 1] ?? '').trim() : ''}`.trim(),
      `${offset} ${op}`, delta > 0 ? `+${delta}` : String(delta), now,
    ]);
    return bundle({
      title: `${name}: ${typeName(obj)} object at ${addressHex(obj)}, reference count ${start} → ${end}`,
      columns: ['line', 'instruction', 'change', 'count'], rows,
      notes: rows.length === 0 ? ['The cell did not change the count.'] : [],
    });
  },
});
