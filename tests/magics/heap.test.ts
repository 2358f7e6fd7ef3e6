// %heap: the allocator model's arenas and pools, consistent with sys.getallocatedblocks().
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

const h = new Harness();

describe('%heap', () => {
  it('tabulates size classes with blocks used and free, and draws the arenas', () => {
    const r = h.run('%heap');
    expect(r.reply.status).toBe('ok');
    const d = r.displays[0].data;
    const text = d['text/plain'] as string;
    expect(text).toMatch(/^\d+ arenas? \(\d+ KiB\), \d+ of \d+ pools in use\nsize class  pools  blocks used  blocks free  bytes used  fragmentation\n/);
    const rows = text.split('\n').filter((l) => /^\s+\d+\s+\d+/.test(l)).map((l) => l.trim().split(/\s+/));
    expect(rows.length).toBeGreaterThan(3);
    for (const [size, , used, free] of rows) {
      expect(Number(size) % 16).toBe(0);
      expect(Number(size)).toBeLessThanOrEqual(512);
      // A pool holds (16384 - 48) // size blocks; used + free fill whole pools.
      const perPool = Math.floor((16384 - 48) / Number(size));
      expect((Number(used) + Number(free)) % perPool).toBe(0);
    }
    const svg = (d['text/html'] as string).slice((d['text/html'] as string).indexOf('<svg'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
    expect(svg).toContain('<text x="0" y="');
    expect(svg).toMatch(/<title>\d+-byte blocks: \d+ of \d+ used<\/title>/);
  });
  it('lists arenas, whose used blocks are counted in sys.getallocatedblocks()', () => {
    const text = h.run('%heap arenas').displays[0].data['text/plain'] as string;
    const used = text.split('\n').slice(2).reduce((n, l) => n + Number(l.trim().split(/\s+/)[4]), 0);
    const r = h.run('import sys\nsys.getallocatedblocks()');
    const blocks = Number(r.displays.find((m) => m.kind === 'execute_result')!.data['text/plain']);
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThanOrEqual(blocks);
    expect(h.run('%heap pools').reply.error?.ename).toBe('UsageError');
  });
});
