// The interactive session (engine/session, from dist/) without a kernel: what IPython
// shows for cells, tracebacks, help, completion and is_complete, and the history store.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './client.js';

const dist = (p: string) => import(path.join(ROOT, 'dist', 'engine', p));
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('Session', async () => {
  const { Session } = await dist('session/index.js');
  const { stdio } = await dist('vm/stdio.js');
  const shown: { kind: string; data: Record<string, unknown>; executionCount?: number }[] = [];
  let out = '';
  stdio.sink = { write: (_fd: number, t: string) => { out += t; }, flush: () => {}, isatty: () => false };
  const s = new Session({ onDisplay: (m: { kind: string; data: Record<string, unknown> }) => shown.push(m) });
  const run = (code: string, opts = {}) => { shown.length = 0; out = ''; return s.execute(code, opts); };

  it('shows the last expression only, and not after a trailing semicolon', () => {
    run('a = 1\na + 1\na + 2');
    expect(shown.map((m) => m.data['text/plain'])).toEqual(['3']);
    run('a + 5;  # quiet');
    expect(shown).toEqual([]);
    run('if a:\n    a');
    expect(shown).toEqual([]);
    run('None');
    expect(shown).toEqual([]);
  });

  it('keeps _, __, ___, _N, Out, In and _iN', () => {
    const n = s.executionCount;
    run('10');
    run('20');
    run('30');
    run(`(_, __, ___, _${n}, Out[${n + 1}], In[${n}], _i${n + 2})`);
    expect(shown[0].data['text/plain']).toBe(`(30, 20, 10, 10, 20, '10', '30')`);
  });

  it("formats text/plain with IPython's pretty printer (expected text from IPython 8.5)", () => {
    const show = (code: string) => { run(code); return shown[0].data['text/plain']; };
    expect(show('list(range(30))')).toBe(`[${Array.from({ length: 30 }, (_, i) => i).join(',\n ')}]`);
    expect(show("[[1, 2, 3] * 5, {'a': (1, 2)}, 'hello world' * 3, {3, 1, 2}]")).toBe(
      "[[1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3],\n {'a': (1, 2)},\n 'hello worldhello worldhello world',\n {1, 2, 3}]");
    expect(show("(1,), set(), frozenset({2, 1}), {'k': [list(range(3))]}")).toBe("((1,), set(), frozenset({1, 2}), {'k': [[0, 1, 2]]})");
    expect(show('class A: pass\nA')).toBe('__main__.A');
    expect(show('A()')).toMatch(/^<__main__\.A at 0x[0-9a-f]+>$/);
    expect(show('def f(x, y=2): pass\nf')).toBe('<function __main__.f(x, y=2)>');
    expect(show("int, ValueError('bad', 2)")).toBe("(int, ValueError('bad', 2))");
    expect(show("{i: 'x' * i for i in range(12)}").split('\n')).toHaveLength(12);
  });

  it('formats chained exceptions and collapses deep recursion like IPython', () => {
    const r = run('try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("v") from e');
    const tb: string[] = r.error.traceback;
    const text = tb.map(strip);
    expect(text[1]).toMatch(/^KeyError {2,}Traceback \(most recent call last\)$/);
    expect(text).toContain('\nThe above exception was the direct cause of the following exception:\n');
    expect(text[text.length - 1]).toBe('ValueError: v');
    const rec = run('def down(n):\n    return down(n + 1)\ndown(0)');
    const joined = strip(rec.error.traceback.join('\n'));
    expect(joined).toMatch(/\[\.\.\. skipping similar frames: down at line 2 \(\d+ times\)\]/);
    expect(rec.error.traceback.length).toBeLessThan(10);
  });

  it('answers is_complete as IPython does', () => {
    const cases: [string, unknown][] = [
      ['x = 1', { status: 'complete' }],
      ['def f():', { status: 'incomplete', indent: '    ' }],
      ['def f():\n    return 1', { status: 'incomplete', indent: '    ' }],
      ['def f():\n    return 1\n\n', { status: 'complete' }],
      ['print("a",', { status: 'incomplete', indent: '' }],
      ['x = """', { status: 'incomplete', indent: '' }],
      ['x = (1 +\n', { status: 'incomplete', indent: '' }],
      ['1 +* 2', { status: 'invalid' }],
      ['', { status: 'complete' }],
    ];
    for (const [code, want] of cases) expect(s.isComplete(code), code).toEqual(want);
  });

  it('completes from live objects, modules and keyword arguments', () => {
    run('import math\nclass P:\n    def __init__(self):\n        self.width = 3\np = P()\ndef plot(xs, *, color="k"): pass');
    expect(s.complete('p.wi', 4).matches).toEqual(['width']);
    expect(s.complete('math.sq', 7).matches).toEqual(['sqrt']);
    expect(s.complete('plot(xs, co', 11).matches).toContain('color=');
    expect(s.complete('from math import fl', 19).matches).toEqual(['floor']);
    expect(s.complete('import ma', 9).matches).toContain('math');
  });

  it('inspects classes, instances and user functions', () => {
    run('class Box:\n    """A box."""\n    def __init__(self, w, h=1):\n        self.w = w\nb = Box(2)');
    expect(strip(s.inspect('Box', 3, 0).data['text/plain'])).toBe('Init signature: Box(w, h=1)\nDocstring:      A box.\nType:           type\n');
    expect(strip(s.inspect('[1, 2]', 0, 0).data['text/plain'] ?? '')).toBe('');
    const inst = strip(s.inspect('b', 1, 0).data['text/plain']);
    expect(inst).toMatch(/^Type:        Box\nString form: <__main__\.Box object at 0x[0-9a-f]+>\nDocstring:   A box\.\n$/);
  });

  it('runs line and cell magics through the registry', () => {
    const r = run('%%time\nx = sum(range(10))\nx');
    expect(r.status).toBe('ok');
    expect(out).toMatch(/^CPU times: user .*\nWall time: .*\n$/);
    run('%lsmagic');
    expect(String(shown[0].data['text/plain'])).toMatch(/^Available line magics:\n.*%lsmagic .*%time .*\n\nAvailable cell magics:\n.*%%time/);
  });
});

describe('tracebacks as ipykernel prints them', async () => {
  // tests/kernel/expected/tracebacks.json is recorded from ipykernel by
  // tests/kernel/python/record_tracebacks.py (cells in traceback_cells.py).
  const { Session } = await dist('session/index.js');
  const cases: { code: string; traceback: string[] }[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'kernel', 'expected', 'tracebacks.json'), 'utf8'));
  const s = new Session({});
  cases.forEach((c, i) => {
    it(`cell ${i + 1}: ${c.code.split('\n').pop()}`, () => {
      expect(s.execute(c.code).error.traceback).toEqual(c.traceback);
    });
  });
});

describe('HistoryStore', async () => {
  const { HistoryStore } = await dist('session/history.js');
  it('numbers sessions, and answers tail, range and search', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-hist-')), 'h.jsonl');
    const a = new HistoryStore(file);
    a.store(1, 'x = 1', null);
    a.store(2, 'x', '1');
    const b = new HistoryStore(file);
    expect(b.session).toBe(a.session + 1);
    b.store(1, 'y = 2', null);
    expect(b.tail(2, false)).toEqual([[a.session, 2, 'x'], [b.session, 1, 'y = 2']]);
    expect(b.range(-1, 1, 3, true)).toEqual([[a.session, 1, ['x = 1', null]], [a.session, 2, ['x', '1']]]);
    expect(b.search('x*', null, false, false)).toEqual([[a.session, 1, 'x = 1'], [a.session, 2, 'x']]);
    expect(b.search('?', 1, true, false)).toEqual([[a.session, 2, 'x']]);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
