// %refcount, %%refcount and %gc on a real session: the counts are sys.getrefcount's (minus
// its argument), the holders and the timeline name what holds and changes them, and %gc's
// figures are the gc module's.
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

const h = new Harness();
const shown = (cell: string) => {
  const r = h.run(cell);
  expect(r.reply.status, `${cell}: ${r.reply.error?.ename}: ${r.reply.error?.evalue}`).toBe('ok');
  return r.displays.find((m) => m.kind === 'execute_result' || m.kind === 'display_data')!.data;
};
const value = (cell: string) => Number(shown(cell)['text/plain']);

h.run(`import sys, gc
x = [1, 2]
y = x
d = {'k': x}
class C: pass
c = C(); c.attr = x
def mk():
    v = x
    def inner(): return v
    return inner
f = mk()`);

describe('%refcount', () => {
  it('counts as sys.getrefcount(x) - 1 does, for objects held in many ways', () => {
    for (const expr of ['x', 'd', 'c', 'f', 'C']) {
      const expected = value(`sys.getrefcount(${expr}) - 1`);
      const title = (shown(`%refcount ${expr}`)['text/plain'] as string).split('\n')[0];
      expect(title).toMatch(new RegExp(`^${expr}: \\w+ object at 0x[0-9a-f]+, ${expected} references?$`));
    }
  });
  it('names every holder it can see', () => {
    const text = shown('%refcount x')['text/plain'] as string;
    expect(text).toMatch(/^global namespace +name 'x'$/m);
    expect(text).toMatch(/^global namespace +name 'y'$/m);
    expect(text).toMatch(/^d \(dict\) +value for key 'k'$/m);
    expect(text).toMatch(/^c \(C\) +attribute 'attr'$/m);
    expect(text).toMatch(/^closure of mk\.<locals>\.inner\(\) +closure cell$/m);
    expect(shown('%refcount x')['text/html']).toMatch(/^<table><caption[^>]*>x: list object at 0x/);
  });
  it('lists the user names with type, count and size', () => {
    const text = shown('%refcount')['text/plain'] as string;
    expect(text).toMatch(/^name  type +refcount  size\n/);
    expect(text).toMatch(new RegExp(`\\nx +list +${value('sys.getrefcount(x) - 1')} +${value('sys.getsizeof(x)')}\\n`));
  });
  it('%%refcount shows each instruction that changed the count', () => {
    const before = value('sys.getrefcount(x) - 1');
    const text = shown('%%refcount x\nz = x\nlst = [x, x]\ndel z\nlst.clear()')['text/plain'] as string;
    expect(text.split('\n')[0]).toMatch(new RegExp(`reference count ${before} → ${before}$`));
    const rows = text.split('\n').slice(3).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      `1 z = x 2 LOAD_NAME +1 ${before + 1}`,
      `2 lst = [x, x] 6 LOAD_NAME +1 ${before + 2}`,
      `2 lst = [x, x] 8 LOAD_NAME +1 ${before + 3}`,
      `3 del z 14 DELETE_NAME -1 ${before + 2}`,
      `4 lst.clear() 44 CALL -2 ${before}`,
    ]);
    expect(h.run('%%refcount nothing_here\npass').reply.error?.ename).toBe('UsageError');
  });
});

describe('%gc', () => {
  it('shows the collector state from the gc module', () => {
    const text = shown('%gc')['text/plain'] as string;
    const [t0] = String(shown('gc.get_threshold()')['text/plain']).match(/\d+/)!;
    expect(text).toMatch(new RegExp(`^gc: enabled, thresholds ${t0}, 10, 10\\ngeneration  count  threshold  collections  collected  uncollectable  tracked\\n`));
  });
  it('collect reports what a collection found, by type', () => {
    // Earlier tests leave cyclic garbage of their own (%%refcount's self-referencing tracer).
    h.run('gc.collect(); a = []; b = [a]; a.append(b); del a, b');
    const text = shown('%gc collect')['text/plain'] as string;
    expect(text).toMatch(/^gc.collect\(2\) found 2 unreachable objects\ntype  objects\n----  -------\nlist        2\n/);
    expect(h.run('%gc collect 7').reply.error?.ename).toBe('UsageError');
  });
  it('growth lists per-type increases since the last call', () => {
    shown('%gc growth');
    h.run('class Leaf: pass\nleaves = [Leaf() for _ in range(25)]');
    const text = shown('%gc growth 5')['text/plain'] as string;
    expect(text).toMatch(/^Leaf +\d+ +\+25$/m);
  });
  it('graph draws the references around an object, cycles marked, as a tree and an SVG', () => {
    h.run('ring = [[], []]; ring[0].append(ring[1]); ring[1].append(ring[0]); ring[1].append(7)');
    const data = shown('%gc graph ring[0] --depth 3');
    // Referents come in tp_traverse order, which for a list is last item first (as CPython).
    expect(data['text/plain']).toBe(['list (1)', '└── [0] → list (2)  ↻ cycle', '    ├── [1] → int 7', '    └── [0] → list (1)  ↻ cycle  (shown above)'].join('\n'));
    const svg = data['image/svg+xml'] as string;
    expect(svg).toMatch(/<svg[\s\S]*<\/svg>/);
    for (const label of ['list (1)', 'list (2)', 'int 7']) expect(svg).toContain(`>${label}</text>`);
    const back = shown('%gc graph --back ring[1]')['text/plain'] as string;
    expect(back.split('\n')[0]).toBe('list (2)   (referrers)');
    expect(back).toContain('← list (1)');
  });
});
