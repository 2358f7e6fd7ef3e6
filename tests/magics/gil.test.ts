// %gil / %%gil: the modelled GIL's timeline (engine/magics/gil.ts) through a real session.
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

const h = new Harness();

/** Well-formed XML: every element closed in order (the SVG a notebook renders). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (close) { if (stack.pop() !== name) return false; } else stack.push(name);
  }
  return stack.length === 0;
}

describe('%gil', () => {
  it('shows a lane per thread, the switches and why the GIL changed hands', () => {
    h.run('import threading, time, sys\ndef spin(n):\n    while n:\n        n -= 1\ndef nap():\n    time.sleep(0.05)');
    const r = h.run('%%gil\nts = [threading.Thread(target=spin, args=(150000,), name="cpu"), threading.Thread(target=nap, name="io")]\nfor t in ts: t.start()\nfor t in ts: t.join()');
    expect(r.reply.status).toBe('ok');
    const data = r.displays.find((d) => d.kind === 'execute_result')!.data;
    const text = data['text/plain'] as string;
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^GIL timeline over [\d.]+ m?s \(# holds the GIL, \. waits for it, - sleeps or waits for a lock or input\)$/);
    const lane = (name: string) => lines.find((l) => l.startsWith(name + ' '))!;
    for (const name of ['MainThread', 'cpu', 'io']) expect(lane(name)).toMatch(/^\S+ +\|[#.\- ]{60}\|$/);
    expect(lane('cpu')).toContain('#');
    expect(lane('io')).toContain('-');
    const m = /^(\d+) switches \(switch interval 5 ms\): (.*)$/m.exec(text)!;
    expect(Number(m[1])).toBeGreaterThanOrEqual(3);
    expect(m[2]).toContain('sleep');
    expect(m[2]).toContain('thread exit');
    expect(text).toMatch(/^thread +held GIL +waited for GIL +gave it up for$/m);
    expect(text).toMatch(/^io +[\d.]+ [mµ]?s +[\d.]+ [mµ]?s +.*sleep/m);
    const svg = data['image/svg+xml'] as string;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect([...svg.matchAll(/<g class="lane" data-thread="([^"]+)">/g)].map((x) => x[1])).toEqual(['MainThread', 'cpu', 'io']);
    expect(svg).toMatch(/<title>cpu: holds the GIL [\d.]+ [mµ]?s<\/title>/);
  });

  it('counts instruction-count switches in the deterministic mode and runs a line statement', () => {
    h.run('import _glasspy_gil\n_glasspy_gil.set_deterministic(500)');
    const r = h.run('%gil ts = [threading.Thread(target=spin, args=(3000,)) for _ in range(2)]; [t.start() for t in ts]; [t.join() for t in ts]');
    h.run('_glasspy_gil.set_deterministic(0)');
    expect(r.reply.status).toBe('ok');
    const text = r.displays.map((d) => d.data['text/plain'] as string).find((t) => t.startsWith('GIL timeline'))!;
    expect(text).toMatch(/deterministic: after 500 instructions\): .*instruction count \d+/);
    const n = Number(/^(\d+) switches/m.exec(text)![1]);
    // Two threads of 3000 turns of `while n: n -= 1` (6 instructions: LOAD_FAST, LOAD_CONST,
    // BINARY_OP, STORE_FAST, LOAD_FAST, POP_JUMP_BACKWARD_IF_TRUE; 18000 each), a switch
    // after 500 of them while both run: about 70.
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(120);
  });

  it('needs a statement', () => {
    const r = h.run('%gil');
    expect(r.reply.status).toBe('error');
    expect(r.reply.error?.ename).toBe('UsageError');
  });
});
