// %tracemalloc, %%tracemalloc and %memit on a real session: tracemalloc's own report lines
// (CPython's str(Statistic) formats), the cell's lines, and clear errors.
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

const h = new Harness();
const text = (cell: string) => {
  const r = h.run(cell);
  expect(r.reply.status, `${cell}: ${r.reply.error?.ename}: ${r.reply.error?.evalue}`).toBe('ok');
  const d = r.displays.find((m) => m.kind === 'execute_result' || m.kind === 'display_data');
  return d ? (d.data['text/plain'] as string) : r.stdout;
};

describe('%tracemalloc', () => {
  it('starts, snapshots, lists the top sites and differences, and stops', () => {
    expect(text('%tracemalloc start 2')).toBe('tracemalloc is tracing, 2 frames per traceback');
    h.run('names = [f"user{i}" for i in range(500)]');
    expect(text('%tracemalloc snapshot')).toMatch(/^snapshot 1: \d+ traces; traced memory [\d.]+ [KM]iB, peak [\d.]+ [KM]iB$/);
    const top = text('%tracemalloc top 2');
    expect(top).toMatch(/^Top 2 of \d+ \([\d.]+ MiB traced\)\n#1: .*:1: size=[\d.]+ KiB, count=\d+, average=\d+ B\n#2: /);
    h.run('more = [str(i) * 5 for i in range(300)]');
    expect(text('%tracemalloc diff 5')).toMatch(/#\d: .*:1: size=[\d.]+ KiB \(\+[\d.]+ KiB\), count=\d+ \(\+\d+\), average=\d+ B/);
    expect(text('%tracemalloc top 1 --by filename')).toMatch(/^Top 1 of \d+/);
    expect(text('%tracemalloc stop')).toBe('tracemalloc stopped');
    expect(h.run('%tracemalloc top').reply.error?.evalue).toBe('tracemalloc is not tracing: run %tracemalloc start first');
    expect(h.run('%tracemalloc top --by size').reply.error?.ename).toBe('UsageError');
    expect(h.run('%tracemalloc bogus').reply.error?.ename).toBe('UsageError');
  });
  it('%%tracemalloc reports the net and peak change and the cell\'s own lines', () => {
    const out = text('%%tracemalloc 2\nblock = [0] * 100000\nwords = [str(i) for i in range(5000)]');
    expect(out).toMatch(/^traced memory: net \+[\d.]+ MiB, peak \+[\d.]+ MiB during the cell\n\nlines of the cell that allocated the most:\n  line \d: size=/);
    // [0] * 100000 is one list object and one 800,000-byte item array.
    expect(out).toMatch(/line 1: size=78\d KiB \(\+78\d KiB\), count=\d \(\+\d\)/);
    expect(h.run('len(block), len(words)').reply.status).toBe('ok');
  });
  it('%memit gives peak and increment in MiB', () => {
    expect(text('%memit big = list(range(20000))')).toMatch(/^peak memory: [\d.]+ MiB, increment: [\d.]+ MiB$/);
    expect(h.run('%memit').reply.error?.ename).toBe('UsageError');
  });
});
