// %dis and %%dis: the text is dis.dis's, byte for byte, and the notebook view puts source
// lines beside their instructions with jump targets marked.
import { describe, it, expect } from 'vitest';
import { Harness } from './harness.js';

const h = new Harness();
h.run(`import dis, io
def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    return total
class Shape:
    def area(self):
        return 0
    @staticmethod
    def unit():
        return Shape()
def reference(x, **kw):
    buf = io.StringIO()
    dis.dis(x, file=buf, **kw)
    return buf.getvalue().rstrip('\\n')`);

function magic(cell: string) {
  const r = h.run(cell);
  expect(r.reply.status, `${cell}: ${r.reply.error?.evalue}`).toBe('ok');
  const shown = r.displays.find((d) => d.kind === 'execute_result' || d.kind === 'display_data')!;
  return { text: shown.data['text/plain'] as string, html: shown.data['text/html'] as string };
}

describe('%dis', () => {
  it('prints exactly what dis.dis prints, for functions, classes, code, source and options', () => {
    for (const [expr, kw] of [['loop', ''], ['Shape', ''], ['loop.__code__', ''], ['"x = [1, 2]"', ''], ['Shape.unit', '']] as const) {
      expect(magic(`%dis ${expr}${kw}`).text).toBe(h.run(`print(reference(${expr}))`).stdout.replace(/\n$/, ''));
    }
    expect(magic('%dis --caches loop').text).toBe(h.run('print(reference(loop, show_caches=True))').stdout.replace(/\n$/, ''));
    expect(magic('%dis --caches loop').text).toContain('CACHE');
  });
  it('shows the source line beside its instructions and marks jump targets in HTML', () => {
    const { html } = magic('%dis loop');
    expect(html).toContain('<caption>loop — ');
    expect(html).toMatch(/<td class="src"[^>]*>    for i in range\(n\):<\/td>/);
    expect(html).toMatch(/<tr class="target"><td class="mark">&gt;&gt;<\/td><td class="off" id="dis-[0-9a-f]+-\d+">\d+<\/td><td class="op">FOR_ITER<\/td>/);
    expect(html).toMatch(/<a href="#dis-[0-9a-f]+-\d+">to \d+<\/a>/);
  });
  it('%%dis compiles the cell without running it, nested code included', () => {
    const { text } = magic('%%dis\nnever_defined = [n * n for n in range(3)]');
    expect(text).toContain('STORE_NAME               1 (never_defined)');
    expect(text).toContain('Disassembly of <code object <listcomp>');
    expect(h.run('never_defined').reply.error?.ename).toBe('NameError');
  });
  it('reports bad use as a UsageError', () => {
    expect(h.run('%dis').reply.error?.evalue).toBe('%dis needs an object to disassemble, e.g. %dis my_function');
    expect(h.run('%dis --depth=x loop').reply.error?.ename).toBe('UsageError');
    expect(h.run('%dis 42').reply.error?.ename).toBe('TypeError');
  });
});
