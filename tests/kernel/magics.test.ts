// Every glasspy magic through the real kernel over ZeroMQ: what a notebook receives on
// iopub — text/plain always, HTML tables and SVG pictures where the magic draws them — and
// %refcount's count equal to sys.getrefcount(x) - 1 in the same kernel.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { TestKernel, Msg } from './client.js';

const bundleOf = (iopub: Msg[]) => {
  const m = iopub.find((x) => x.header.msg_type === 'execute_result' || x.header.msg_type === 'display_data');
  return (m?.content.data ?? {}) as Record<string, string>;
};
const streamOf = (iopub: Msg[]) => iopub.filter((x) => x.header.msg_type === 'stream').map((x) => x.content.text).join('');

describe('magics through the kernel', () => {
  const k = new TestKernel();
  beforeAll(async () => {
    await k.start();
    await k.waitForReady();
    const { reply } = await k.execute('import sys\nx = [1, 2]\nholder = {"k": x}\ndef add(a, b):\n    return a + b', { silent: true });
    expect(reply.content.status).toBe('ok');
  });
  afterAll(async () => { await k.stop(); });

  it('%refcount: the count as sys.getrefcount(x) - 1, the holders as a table', async () => {
    const n = Number(bundleOf((await k.execute('sys.getrefcount(x) - 1')).iopub)['text/plain']);
    const data = bundleOf((await k.execute('%refcount x')).iopub);
    expect(data['text/plain'].split('\n')[0]).toMatch(new RegExp(`^x: list object at 0x[0-9a-f]+, ${n} references?$`));
    expect(data['text/plain']).toContain("holder (dict)     value for key 'k'");
    expect(data['text/html']).toMatch(/^<table>/);
  });
  it('%gc and %gc graph (an SVG laid out by Graphviz)', async () => {
    expect(bundleOf((await k.execute('%gc')).iopub)['text/plain']).toMatch(/^gc: enabled, thresholds 700, 10, 10\n/);
    await k.execute('ring = [[], []]; ring[0].append(ring[1]); ring[1].append(ring[0])');
    const g = bundleOf((await k.execute('%gc graph ring[0]')).iopub);
    expect(g['image/svg+xml']).toMatch(/<svg[\s\S]*>list \(1\)<\/text>[\s\S]*<\/svg>/);
  });
  it('%dis: dis.dis text and the HTML view', async () => {
    const data = bundleOf((await k.execute('%dis add')).iopub);
    expect(data['text/plain']).toMatch(/BINARY_OP\s+0 \(\+\)/);
    expect(data['text/html']).toContain('<td class="src"');
  });
  it('%heap, %tracemalloc via %%tracemalloc, %memit, %timeit', async () => {
    expect(bundleOf((await k.execute('%heap')).iopub)['text/html']).toMatch(/<table>[\s\S]*<svg/);
    const tm = bundleOf((await k.execute('%%tracemalloc\nblock = [0] * 1000')).iopub)['text/plain'];
    expect(tm).toMatch(/^traced memory: net \+[\d.]+ MiB, peak \+[\d.]+ MiB during the cell/);
    expect(bundleOf((await k.execute('%memit y = list(range(1000))')).iopub)['text/plain']).toMatch(/^peak memory: [\d.]+ MiB, increment: [\d.]+ MiB$/);
    expect(streamOf((await k.execute('%timeit -n 10 -r 2 sum(x)')).iopub)).toMatch(/ ± .* per loop \(mean ± std\. dev\. of 2 runs, 10 loops each\)/);
  });
  it('a line magic run inside a function does not keep the function\'s locals alive', async () => {
    const count = async () => Number(bundleOf((await k.execute('sys.getrefcount(x) - 1')).iopub)['text/plain']);
    const before = await count();
    for (const magic of ['%who_ls', '%time 1', '%refcount', '%heap']) {
      const { reply } = await k.execute(`def uses_magic():\n    held = x\n    r = ${magic}\n    return r\nuses_magic()`);
      expect(reply.content.status).toBe('ok');
      expect(await count(), magic).toBe(before);
    }
  });
  it('a bad magic argument is a UsageError on stderr, as ipykernel shows it', async () => {
    const { reply, iopub } = await k.execute('%gc collect 9');
    expect(reply.content.status).toBe('error');
    expect(reply.content.ename).toBe('UsageError');
    expect(iopub.some((m) => m.header.msg_type === 'error')).toBe(false);
    expect(streamOf(iopub)).toMatch(/^UsageError: %gc collect: generation must be 0, 1 or 2/);
  });
});
