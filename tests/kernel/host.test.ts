// The session host (engine/host, from dist/): a session in a worker thread.
import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { ROOT } from './client.js';

describe('SessionHost', async () => {
  const { SessionHost } = await import(path.join(ROOT, 'dist', 'engine', 'host', 'host.js'));

  it('streams output in batches while a cell runs, not one message per print', async () => {
    const chunks: string[] = [];
    const h = new SessionHost({ stream: (_n: string, t: string) => chunks.push(t), display: () => {}, inputRequest: () => {} });
    await h.start();
    const r = await h.execute('for i in range(2000):\n    print(i)', {}, false);
    expect(r.status).toBe('ok');
    expect(chunks.join('')).toBe(Array.from({ length: 2000 }, (_, i) => `${i}\n`).join(''));
    expect(chunks.length).toBeLessThan(50);
    chunks.length = 0;
    const t0 = Date.now();
    const p = h.execute('import time\nprint("first")\ntime.sleep(0.5)\nprint("second")', {}, false);
    while (!chunks.length && Date.now() - t0 < 5000) await new Promise((res) => setTimeout(res, 10));
    expect(chunks).toEqual(['first\n']);
    expect(Date.now() - t0).toBeLessThan(450);
    await p;
    await h.stop();
  });

  it('interrupts input() and survives a worker that runs out of memory', async () => {
    const h = new SessionHost({ stream: () => {}, display: () => {}, inputRequest: () => setTimeout(() => h.interrupt(), 50) }, { maxHeapMb: 48 });
    await h.start();
    expect((await h.execute('kept = 1\ninput("q? ")', {}, true)).error.evalue).toBe('Interrupted by user');
    const oom = await h.execute('chunks = []\nwhile True:\n    chunks.append([0] * 100000)', {}, false);
    expect(oom.status).toBe('error');
    expect(['MemoryError', 'KernelRestarted']).toContain(oom.error.ename);
    const after = await h.execute('print(6 * 7)', {}, false);
    expect(after.status).toBe('ok');
    await h.stop();
  });
});
