// ## %heap
//
// The small-object allocator as it stands: per size class the pools, blocks in use and
// free, and the bytes lost to fragmentation (free blocks in partly used pools); per arena
// how many of its pools are in use.  In the notebook a picture shows every arena as a row
// of pools, each pool shaded by how full it is — where `sys._debugmallocstats()` gives
// totals, this shows the layout.  The figures are the allocator model's
// (engine/memory/obmalloc.ts), the same ones sys.getallocatedblocks() counts.

import { registerMagic, MagicResult, usageError } from './registry.js';
import { tableText, tableHtml, type Table } from './table.js';
import { heapSnapshot, POOL_SIZE, ARENA_SIZE, type ArenaView } from '../memory/obmalloc.js';

const DOC = `Show the small-object allocator: arenas, pools per size class, blocks used and free.

Usage:
  %heap           size classes and arenas (and, in a notebook, a picture of the arenas)
  %heap arenas    one row per arena: pools in use, free, and its address

Blocks of up to 512 bytes come from 16 KiB pools of one size class, carved from 1 MiB
arenas (pymalloc, Objects/obmalloc.c).  Larger requests go to the C allocator and are not
shown here.`;

interface ClassRow { size: number; pools: number; used: number; free: number }

function classes(arenas: ArenaView[]): ClassRow[] {
  const rows = new Map<number, ClassRow>();
  for (const a of arenas) {
    for (const p of a.pools) {
      if (p.szidx < 0) continue;
      const r = rows.get(p.szidx) ?? { size: (p.szidx + 1) * 16, pools: 0, used: 0, free: 0 };
      r.pools++;
      r.used += p.used;
      r.free += p.capacity - p.used;
      rows.set(p.szidx, r);
    }
  }
  return [...rows.entries()].sort((x, y) => x[0] - y[0]).map(([, r]) => r);
}

function summary(arenas: ArenaView[]): Table {
  const rows = classes(arenas);
  const used = rows.reduce((n, r) => n + r.used * r.size, 0);
  const free = rows.reduce((n, r) => n + r.free * r.size, 0);
  const pools = arenas.reduce((n, a) => n + a.pools.filter((p) => p.szidx >= 0).length, 0);
  const total = arenas.reduce((n, a) => n + a.pools.length, 0);
  return {
    title: `${arenas.length} arena${arenas.length === 1 ? '' : 's'} (${arenas.length * ARENA_SIZE / 1024} KiB), ${pools} of ${total} pools in use`,
    columns: ['size class', 'pools', 'blocks used', 'blocks free', 'bytes used', 'fragmentation'],
    rows: rows.map((r) => [r.size, r.pools, r.used, r.free, r.used * r.size, `${r.pools ? ((100 * r.free) / (r.used + r.free)).toFixed(1) : '0.0'}%`]),
    notes: [`in blocks: ${used} bytes used, ${free} bytes free in partly used pools (${used + free ? ((100 * free) / (used + free)).toFixed(1) : '0.0'}%)`],
  };
}

function arenaTable(arenas: ArenaView[]): Table {
  return {
    columns: ['arena', 'address', 'pools used', 'pools free', 'blocks used'],
    rows: arenas.map((a, i) => [i, '0x' + a.address.toString(16), a.pools.filter((p) => p.szidx >= 0).length,
      a.pools.filter((p) => p.szidx < 0).length, a.pools.reduce((n, p) => n + p.used, 0)]),
  };
}

/** Every arena a row of pools; a pool's shade is how full it is, its tooltip what it holds. */
function picture(arenas: ArenaView[]): string {
  const cell = 9, gap = 1, left = 70, top = 18;
  const cols = Math.max(1, ...arenas.map((a) => a.pools.length));
  const width = left + cols * (cell + gap) + 10, height = top + arenas.length * (cell + 4) + 24;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="monospace" font-size="10">`,
    `<text x="0" y="11">arenas × pools (${POOL_SIZE / 1024} KiB each); darker = fuller</text>`];
  arenas.forEach((a, r) => {
    const y = top + r * (cell + 4);
    parts.push(`<text x="0" y="${y + cell - 1}">arena ${r}</text>`);
    a.pools.forEach((p, c) => {
      const x = left + c * (cell + gap);
      const fill = p.szidx < 0 ? '#eeeeee' : `hsl(210, 70%, ${Math.round(85 - 55 * (p.used / Math.max(1, p.capacity)))}%)`;
      const tip = p.szidx < 0 ? 'free pool' : `${(p.szidx + 1) * 16}-byte blocks: ${p.used} of ${p.capacity} used`;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}"><title>${tip}</title></rect>`);
    });
  });
  const ly = top + arenas.length * (cell + 4) + 12;
  parts.push(`<rect x="${left}" y="${ly - 8}" width="${cell}" height="${cell}" fill="#eeeeee"/><text x="${left + 12}" y="${ly}">free</text>`,
    `<rect x="${left + 50}" y="${ly - 8}" width="${cell}" height="${cell}" fill="hsl(210, 70%, 80%)"/><text x="${left + 62}" y="${ly}">some blocks used</text>`,
    `<rect x="${left + 170}" y="${ly - 8}" width="${cell}" height="${cell}" fill="hsl(210, 70%, 30%)"/><text x="${left + 182}" y="${ly}">full</text>`, '</svg>');
  return parts.join('\n');
}

registerMagic({
  name: 'heap', kind: 'line', doc: DOC,
  run: (line): MagicResult => {
    const arenas = heapSnapshot();
    const arg = line.trim();
    if (arg === 'arenas') {
      const t = arenaTable(arenas);
      return { bundle: { 'text/plain': tableText(t), 'text/html': tableHtml(t) } };
    }
    if (arg !== '') throw usageError(`%heap: unknown argument '${arg}'\n\n${DOC}`);
    const t = summary(arenas);
    return { bundle: { 'text/plain': tableText(t), 'text/html': tableHtml(t) + '\n' + picture(arenas) } };
  },
});
