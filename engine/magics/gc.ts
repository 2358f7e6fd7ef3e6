// ## %gc
//
// `%gc`: the collector's state — enabled, thresholds, each generation's count against its
// threshold, collections, collected and uncollectable so far, objects tracked.
// `%gc collect [GEN]`: collect and report what was found, grouped by type, with the number
// that had finalizers and the size of gc.garbage.
// `%gc growth`: per-type object count increases since the last call (objgraph.show_growth).
// `%gc graph EXPR [--depth N] [--back]`: the references around an object — its referents,
// or its referrers with --back — as an indented tree, cycles marked.
// The figures come from the gc module itself (engine/modules/lib/_glasspy_refs.py).

import { registerMagic, MagicContext, MagicResult, usageError } from './registry.js';
import { tableText, tableHtml, type Table } from './table.js';
import { call, getAttr } from '../objects/abstract.js';
import { importModule } from '../vm/import.js';
import { newInt } from '../objects/int.js';
import { Py_True, Py_False } from '../objects/singletons.js';
import { pyToJson } from '../session/display.js';
import type { PyObject } from '../objects/object.js';
import { renderSvg, dotString } from './graphviz.js';

const DOC = `Look at the cycle collector.

Usage:
  %gc                                   state: thresholds, counts, statistics, tracked objects
  %gc collect [GENERATION]              collect (default 2) and report what was found
  %gc growth [LIMIT]                    object counts per type grown since the last call
  %gc graph EXPR [--depth N] [--back]   the references around an object (--back: referrers)`;

function helper(name: string): PyObject {
  return getAttr(importModule('_glasspy_refs'), name);
}

function bundle(t: Table, extraText = ''): MagicResult {
  return { bundle: { 'text/plain': tableText(t) + extraText, 'text/html': tableHtml(t) } };
}

interface GcStatus {
  enabled: boolean;
  threshold: number[];
  count: number[];
  stats: [number, number, number][];
  tracked: number[];
  garbage: number;
  frozen: number;
}

function status(): MagicResult {
  const s = pyToJson(call(helper('gc_status'), [])) as unknown as GcStatus;
  const rows = [0, 1, 2].map((g) => [g, s.count[g], s.threshold[g], s.stats[g][0], s.stats[g][1], s.stats[g][2], s.tracked[g]]);
  return bundle({
    title: `gc: ${s.enabled ? 'enabled' : 'disabled'}, thresholds ${s.threshold.join(', ')}`,
    columns: ['generation', 'count', 'threshold', 'collections', 'collected', 'uncollectable', 'tracked'],
    rows,
    notes: [`gc.garbage: ${s.garbage} object${s.garbage === 1 ? '' : 's'}; frozen: ${s.frozen}`],
  });
}

function collect(arg: string): MagicResult {
  const gen = arg === '' ? 2 : Number(arg);
  if (!Number.isInteger(gen) || gen < 0 || gen > 2) throw usageError(`%gc collect: generation must be 0, 1 or 2, not ${JSON.stringify(arg)}`);
  const [n, byType, finalizers, garbage] = pyToJson(call(helper('gc_collect'), [newInt(gen)])) as [number, [string, number][], number, number];
  return bundle({
    title: `gc.collect(${gen}) found ${n} unreachable object${n === 1 ? '' : 's'}`,
    columns: ['type', 'objects'],
    rows: byType,
    notes: [`with __del__: ${finalizers}; gc.garbage now holds ${garbage}`],
  });
}

function growth(arg: string): MagicResult {
  const limit = arg === '' ? 10 : Number(arg);
  if (!Number.isInteger(limit) || limit <= 0) throw usageError(`%gc growth: LIMIT must be a positive integer, not ${JSON.stringify(arg)}`);
  const rows = pyToJson(call(helper('gc_growth'), [newInt(limit)])) as [string, number, number][];
  // objgraph.show_growth's layout: the type name padded to the widest, the count, the increase.
  const width = Math.max(0, ...rows.map((r) => r[0].length));
  const text = rows.map(([t, c, d]) => `${t.padEnd(width)}${String(c).padStart(9)} ${('+' + d).padStart(9)}`).join('\n');
  const table: Table = { columns: ['type', 'objects', 'increase'], rows: rows.map(([t, c, d]) => [t, c, `+${d}`]) };
  return { bundle: { 'text/plain': text, 'text/html': tableHtml(table) } };
}

export type GraphNode = [number, string, boolean];
export type GraphEdge = [number, number, string];

function graph(line: string, ctx: MagicContext): MagicResult {
  // Options may come before or after the expression (`%gc graph x --depth 3`).
  const opts = new Map<string, string>();
  const args = line.replace(/(^|\s)--(depth)(?:=|\s+)(\S+)|(^|\s)--(back)(?=\s|$)/g, (_m, _a, dname, dval, _b, bname) => {
    if (dname) opts.set('depth', dval);
    if (bname) opts.set('back', '');
    return ' ';
  });
  if (/(^|\s)--\w/.test(args)) throw usageError(`%gc graph: unknown option in ${JSON.stringify(line.trim())} (use --depth N, --back)`);
  if (args.trim() === '') throw usageError('%gc graph needs an expression, e.g. %gc graph my_list');
  const depth = opts.has('depth') ? Number(opts.get('depth')) : 2;
  if (!Number.isInteger(depth) || depth < 1) throw usageError(`%gc graph: --depth must be a positive integer, not ${JSON.stringify(opts.get('depth'))}`);
  const back = opts.has('back');
  const obj = ctx.run(args.trim(), 'eval');
  const [nodes, edges] = pyToJson(call(helper('ref_graph'), [obj, newInt(depth), back ? Py_True : Py_False])) as [GraphNode[], GraphEdge[]];
  const cyclic = cycleEdges(nodes, edges);
  const text = treeText(nodes, edges, cyclic, back);
  let svg: string;
  try {
    svg = renderSvg(graphDot(nodes, edges, cyclic));
  } catch (e) {
    // The picture is extra: without it the tree still answers the question.
    return { bundle: { 'text/plain': `${text}\n(no picture: ${(e as Error).message})` } };
  }
  return { bundle: { 'text/plain': text, 'image/svg+xml': svg } };
}

/** The graph in Graphviz's DOT language: the object highlighted, cycle edges in red. */
export function graphDot(nodes: GraphNode[], edges: GraphEdge[], cyclic: Set<string>): string {
  const lines = [
    'digraph references {',
    '  graph [rankdir=LR, bgcolor="transparent", fontname="monospace"];',
    '  node [shape=box, style="rounded,filled", fillcolor="#f6f8fa", color="#8c959f", fontname="monospace", fontsize=10];',
    '  edge [fontname="monospace", fontsize=9, color="#57606a"];',
  ];
  for (const [id, label, root] of nodes) {
    lines.push(`  n${id} [label=${dotString(label)}${root ? ', fillcolor="#ddf4ff", color="#0969da", penwidth=2' : ''}];`);
  }
  for (const [a, b, label] of edges) {
    const cyc = cyclic.has(`${a}>${b}`);
    lines.push(`  n${a} -> n${b} [label=${dotString(label)}${cyc ? ', color="#cf222e", fontcolor="#cf222e", penwidth=1.6' : ''}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** Edges that lie on a cycle: both ends in the same strongly connected component. */
export function cycleEdges(nodes: GraphNode[], edges: GraphEdge[]): Set<string> {
  const adj = new Map<number, number[]>();
  for (const [a, b] of edges) adj.set(a, [...(adj.get(a) ?? []), b]);
  // Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
  const index = new Map<number, number>(), low = new Map<number, number>(), comp = new Map<number, number>();
  const stack: number[] = [], onStack = new Set<number>();
  let counter = 0, comps = 0;
  for (const [start] of nodes) {
    if (index.has(start)) continue;
    const work: [number, number][] = [[start, 0]];
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) { index.set(v, counter); low.set(v, counter); counter++; stack.push(v); onStack.add(v); }
      const next = adj.get(v) ?? [];
      if (i < next.length) {
        top[1] = i + 1;
        const w = next[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) { const u = work[work.length - 1][0]; low.set(u, Math.min(low.get(u)!, low.get(v)!)); }
      if (low.get(v) === index.get(v)) {
        let w: number;
        do { w = stack.pop()!; onStack.delete(w); comp.set(w, comps); } while (w !== v);
        comps++;
      }
    }
  }
  const out = new Set<string>();
  for (const [a, b] of edges) if (comp.get(a) === comp.get(b)) out.add(`${a}>${b}`);
  return out;
}

export function treeText(nodes: GraphNode[], edges: GraphEdge[], cyclic: Set<string>, back: boolean): string {
  const label = new Map(nodes.map(([id, l]) => [id, l]));
  const root = nodes.find((n) => n[2])![0];
  const children = new Map<number, { to: number; label: string; cyc: boolean }[]>();
  for (const [a, b, l] of edges) {
    const [from, to] = back ? [b, a] : [a, b];
    children.set(from, [...(children.get(from) ?? []), { to, label: l, cyc: cyclic.has(`${a}>${b}`) }]);
  }
  const lines = [`${label.get(root)}${back ? '   (referrers)' : ''}`];
  const seen = new Set<number>([root]);
  const walk = (id: number, prefix: string) => {
    const kids = children.get(id) ?? [];
    kids.forEach((k, i) => {
      const last = i === kids.length - 1;
      const edge = k.label ? `${k.label} ` : '';
      const again = seen.has(k.to);
      lines.push(`${prefix}${last ? '└── ' : '├── '}${edge}${back ? '← ' : '→ '}${label.get(k.to)}${k.cyc ? '  ↻ cycle' : ''}${again ? '  (shown above)' : ''}`);
      if (!again) { seen.add(k.to); walk(k.to, prefix + (last ? '    ' : '│   ')); }
    });
  };
  walk(root, '');
  return lines.join('\n');
}

registerMagic({
  name: 'gc', kind: 'line', doc: DOC,
  run: (line, _cell, ctx) => {
    const [sub, ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(' ');
    switch (sub ?? '') {
      case '': return status();
      case 'collect': return collect(arg);
      case 'growth': return growth(arg);
      case 'graph': return graph(line.trim().slice('graph'.length), ctx);
      default: throw usageError(`%gc: unknown subcommand '${sub}' (use collect, growth or graph)\n\n${DOC}`);
    }
  },
});
