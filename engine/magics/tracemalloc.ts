// ## %tracemalloc, %%tracemalloc and %memit
//
// Where a program's memory goes, from tracemalloc (which records every block the
// allocator model hands out with the line that asked for it):
//   %tracemalloc start [NFRAMES] | stop | snapshot | top [N] [--by KEY] [--cumulative] | diff [N] [--by KEY]
//   %%tracemalloc [N]    run the cell traced; report net and peak allocation and its top lines
//   %memit STATEMENT     peak and net allocation of one statement (memory_profiler's %memit)
// The Python half is engine/modules/lib/_glasspy_tracemalloc.py.

import { registerMagic, MagicContext, MagicResult, usageError } from './registry.js';
import { parseOptions } from './options.js';
import { call, getAttr } from '../objects/abstract.js';
import { importModule } from '../vm/import.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { Py_True, Py_False } from '../objects/singletons.js';
import { compileSource } from '../vm/compile.js';
import { pyToJson } from '../session/display.js';
import type { PyObject } from '../objects/object.js';

const DOC = `Trace memory allocations with tracemalloc.

Usage:
  %tracemalloc start [NFRAMES]     start tracing, keeping NFRAMES frames per allocation (1)
  %tracemalloc stop                stop tracing and forget the traces
  %tracemalloc snapshot            take a snapshot (the last two are kept)
  %tracemalloc top [N] [--by lineno|filename|traceback] [--cumulative]
                                   the N (10) largest allocation sites of the last snapshot
  %tracemalloc diff [N] [--by lineno|filename|traceback]
                                   what changed since the last snapshot`;

const CELL_DOC = `Run the cell with tracemalloc and report what it allocated.

Usage:
  %%tracemalloc [N]
  code...

Shows the net and peak change of traced memory during the cell and its N (10) lines that
allocated the most.  Tracing is started for the cell if it is off.`;

const MEMIT_DOC = `Measure the memory one statement allocates.

Usage:
  %memit STATEMENT

Prints the statement's peak and net allocation as tracemalloc traces them (memory_profiler's
%memit reports the process's resident memory instead; glasspy's figures are the modelled
allocator's, so they do not include the interpreter's own overhead).`;

function helper(name: string): PyObject {
  return getAttr(importModule('_glasspy_tracemalloc'), name);
}

function text(t: string): MagicResult {
  return { bundle: { 'text/plain': t } };
}

function count(arg: string | undefined, dflt: number, what: string): number {
  if (arg === undefined || arg === '') return dflt;
  const n = Number(arg);
  if (!Number.isInteger(n) || n <= 0) throw usageError(`${what} must be a positive integer, not ${JSON.stringify(arg)}`);
  return n;
}

function keyType(v: string | string[] | undefined): string {
  const k = Array.isArray(v) ? v[v.length - 1] : v ?? 'lineno';
  if (k !== 'lineno' && k !== 'filename' && k !== 'traceback') throw usageError(`--by must be lineno, filename or traceback, not ${JSON.stringify(k)}`);
  return k;
}

function mib(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}

function line(args: string, ctx: MagicContext): MagicResult {
  const { opts, argList } = parseOptions(args, '', ['by=', 'cumulative'], { mode: 'list', posix: false });
  const [sub, arg] = argList;
  void ctx;
  switch (sub) {
    case 'start': return text((pyToJson(call(helper('start'), [newInt(count(arg, 1, 'NFRAMES'))]))) as string);
    case 'stop': return text(pyToJson(call(helper('stop'), [])) as string);
    case 'snapshot': return text(pyToJson(call(helper('snapshot'), [])) as string);
    case 'top': {
      const [rows, total, size] = pyToJson(call(helper('top'), [newInt(count(arg, 10, 'N')), newStr(keyType(opts.get('by'))),
        opts.has('cumulative') ? Py_True : Py_False])) as [string[], number, number];
      return text([`Top ${rows.length} of ${total} (${mib(size)} traced)`, ...rows.map((r, i) => `#${i + 1}: ${r}`)].join('\n'));
    }
    case 'diff': {
      const [rows, total] = pyToJson(call(helper('diff'), [newInt(count(arg, 10, 'N')), newStr(keyType(opts.get('by')))])) as [string[], number];
      return text([`Top ${rows.length} of ${total} differences`, ...rows.map((r, i) => `#${i + 1}: ${r}`)].join('\n'));
    }
    default: throw usageError(`%tracemalloc: unknown subcommand ${JSON.stringify(sub ?? '')}\n\n${DOC}`);
  }
}

registerMagic({ name: 'tracemalloc', kind: 'line', doc: DOC, run: (args, _cell, ctx) => line(args, ctx) });

registerMagic({
  name: 'tracemalloc', kind: 'cell', doc: CELL_DOC,
  run: (args, cell, ctx) => {
    const limit = count(args.trim(), 10, 'N');
    const filename = `<tracemalloc-cell-${ctx.executionCount}>`;
    const code = compileSource(cell ?? '', filename, 'exec');
    const [net, peak, lines] = pyToJson(call(helper('run_traced'), [code, ctx.namespace, newStr(filename), newInt(limit)])) as [number, number, string[]];
    const sign = (n: number) => (n >= 0 ? '+' : '-') + mib(Math.abs(n));
    const out = [`traced memory: net ${sign(net)}, peak ${sign(peak)} during the cell`];
    if (lines.length) out.push('', 'lines of the cell that allocated the most:', ...lines.map((l) => '  ' + l.replace(`${filename}:`, 'line ')));
    return text(out.join('\n'));
  },
});

registerMagic({
  name: 'memit', kind: 'line', doc: MEMIT_DOC,
  run: (args, _cell, ctx) => {
    if (args.trim() === '') throw usageError('%memit needs a statement, e.g. %memit [0] * 10**6');
    const code = compileSource(args, '<memit>', 'exec');
    const [peak, net] = pyToJson(call(helper('memit'), [code, ctx.namespace])) as [number, number];
    return text(`peak memory: ${mib(peak)}, increment: ${mib(net)}`);
  },
});
