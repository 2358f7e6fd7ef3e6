// Every magic at the REPL: a ReplController on a real session host (the engine in its
// worker thread), each cell run as the terminal runs it, and the transcript checked as
// the terminal draws it (renderItem): the words are the magic's own, colour only added.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { SessionHost } from '../../dist/engine/host/host.js';
import { createReplSession } from './session.js';
import type { ReplController, TranscriptItem } from '../../repl/controller.js';
import { History } from '../../repl/history.js';
import { KeyParser } from '../../repl/keys.js';
import { renderItem } from '../../repl/render.js';

let host: SessionHost;
let ctl: ReplController;
const builtins = new Set(['print', 'len', 'sum', 'range']);
const ANSI = /\x1b\[[0-9;]*m/g;
const plain = (s: string) => s.replace(ANSI, '');

/**
 * Runs a cell and returns the transcript items it added after its input, as drawn.  Output
 * streamed in several chunks (how many depends on timing) is joined back into one item.
 */
async function run(cell: string): Promise<{ kind: TranscriptItem['kind']; text: string; drawn: string }[]> {
  const before = ctl.snapshot().transcript.length;
  await ctl.run(cell);
  const items: TranscriptItem[] = [];
  for (const item of ctl.snapshot().transcript.slice(before + 1)) {
    const last = items[items.length - 1];
    if (last !== undefined && last.kind === item.kind && (item.kind === 'stdout' || item.kind === 'stderr')) items[items.length - 1] = { kind: item.kind, text: last.text + '\n' + item.text };
    else items.push(item);
  }
  return items.map((item) => ({ kind: item.kind, text: item.text, drawn: renderItem(item, builtins) }));
}

/** The one item of a cell, drawn; its text must survive the colouring unchanged. */
async function one(cell: string, kind: TranscriptItem['kind'] = 'result'): Promise<{ text: string; drawn: string }> {
  const items = await run(cell);
  expect(items.map((i) => i.kind), `${cell}: ${JSON.stringify(items)}`).toEqual([kind]);
  expect(plain(items[0].drawn)).toBe(items[0].text);
  return items[0];
}

async function value(expr: string): Promise<string> {
  return (await one(expr)).text;
}

beforeAll(async () => {
  ({ host, ctl } = createReplSession(new History(null), () => {}, { statusBar: false }));
  await host.start();
  await run('import sys, gc\nx = [1, 2]\nd = {"k": x}\ndef add(a, b):\n    for i in range(a):\n        b += i\n    return b');
});
afterAll(async () => { await host.stop(); });

describe('magics at the REPL', () => {
  it('%refcount: the count as sys.getrefcount(x) - 1, holders as a table with a bold header', async () => {
    const n = Number(await value('sys.getrefcount(x) - 1'));
    const { text, drawn } = await one('%refcount x');
    expect(text.split('\n')[0]).toMatch(new RegExp(`^x: list object at 0x[0-9a-f]+, ${n} references?$`));
    expect(text).toContain("d (dict)          value for key 'k'");
    expect(drawn.split('\n')[1]).toBe('\x1b[1mholder            reference\x1b[0m');
    expect(drawn.split('\n')[2]).toMatch(/^\x1b\[2m-+  -+\x1b\[0m$/);
    const names = await one('%refcount');
    expect(names.text).toMatch(/^name +type +refcount +size\n/);
    expect(names.text).toMatch(new RegExp(`\\nx +list +${n} +\\d+`));
  });
  it('%%refcount typed at the prompt: the cell continues until a blank line', async () => {
    for (const ev of new KeyParser().feed('%%refcount x\ry = x\r\r')) await ctl.handle(ev);
    await ctl.idle();
    const t = ctl.snapshot().transcript;
    const last = t[t.length - 1];
    expect(t[t.length - 2]).toEqual({ kind: 'input', text: '%%refcount x\ny = x\n' });
    expect(last.kind).toBe('result');
    expect(last.text).toMatch(/\n1  y = x +2 LOAD_NAME +\+1 +\d+$/);
  });
  it('%gc, %gc collect, %gc growth: tables', async () => {
    const status = await one('%gc');
    expect(status.text).toMatch(/^gc: enabled, thresholds 700, 10, 10\ngeneration  count  threshold/);
    expect(status.drawn.startsWith('\x1b[1mgc: enabled')).toBe(true);
    await run('class Node: pass\na = Node(); b = Node(); a.o = b; b.o = a\ndel a, b');
    expect((await one('%gc collect')).text).toMatch(/^gc\.collect\(2\) found \d+ unreachable objects\n[\s\S]*^Node +2$/m);
    await one('%gc growth');
    await run('leaves = [Node() for _ in range(30)]');
    expect((await one('%gc growth 3')).text).toMatch(/^Node +\d+ +\+30$/m);
  });
  it('%gc graph: an indented tree, the cycle in red and the drawing dim', async () => {
    await run('ring = [[], []]; ring[0].append(ring[1]); ring[1].append(ring[0])');
    const { text, drawn } = await one('%gc graph ring[0]');
    expect(text).toBe('list (1)\n└── [0] → list (1)  ↻ cycle\n    └── [0] → list (1)  ↻ cycle  (shown above)');
    expect(drawn).toContain('\x1b[1;31m↻ cycle\x1b[0m');
    expect(drawn.split('\n')[1].startsWith('\x1b[2m└── \x1b[0m\x1b[32m[0]\x1b[0m \x1b[2m→\x1b[0m list (1)')).toBe(true);
    const back = await one('%gc graph --back ring[1] --depth 1');
    expect(back.text.split('\n')[0]).toBe('list (1)   (referrers)');
  });
  it('%dis and %%dis: dis.dis text, opnames bold blue, line numbers magenta, jump targets red', async () => {
    const printed = await run('import dis\ndis.dis(add)');
    const { text, drawn } = await one('%dis add');
    expect(text).toBe(printed.map((i) => i.text).join('\n'));
    expect(drawn).toContain('\x1b[1;34mRETURN_VALUE\x1b[0m');
    expect(drawn).toMatch(/^  \x1b\[35m4\x1b\[0m {11}\x1b\[2m0\x1b\[0m \x1b\[1;34mRESUME\x1b\[0m/);
    expect(drawn).toContain('\x1b[1;31m>>\x1b[0m');
    expect(drawn).toContain('\x1b[32m(NULL + range)\x1b[0m');
    const cell = await one('%%dis\nz = 1 + q');
    expect(cell.text).toMatch(/LOAD_NAME +0 \(q\)/);
  });
  it('%timeit and %%timeit: IPython\'s line, the figure bold and the explanation dim', async () => {
    // The last line is the timing; a "slowest run took" warning may come before it.
    const items = await run('%timeit -n 10 -r 3 sum([1, 2])');
    expect(items.every((i) => i.kind === 'stdout')).toBe(true);
    const text = items[items.length - 1].text.split('\n').pop()!;
    const drawn = items[items.length - 1].drawn.split('\n').pop()!;
    expect(text).toMatch(/^\S+ (ns|µs|ms|s) ± \S+ (ns|µs|ms|s) per loop \(mean ± std\. dev\. of 3 runs, 10 loops each\)$/);
    expect(drawn).toMatch(/^\x1b\[1m\S+ \S+ ± \S+ \S+\x1b\[0m\x1b\[2m per loop/);
    expect((await run('%%timeit -n 5 -r 2 s = [1]\nsum(s)')).pop()!.text).toMatch(/of 2 runs, 5 loops each\)$/);
  });
  it('%time and %%time: the timing lines, then the value', async () => {
    const items = await run('%time sum(range(10))');
    expect(items.map((i) => i.kind)).toEqual(['stdout', 'result']);
    expect(items[0].text).toMatch(/^CPU times: user \S+ \S+, sys: \S+ \S+, total: \S+ \S+\nWall time: \S+ \S+$/);
    expect(items[0].drawn.startsWith('\x1b[2mCPU times: \x1b[0m\x1b[1muser')).toBe(true);
    expect(items[0].drawn.split('\n')[1].startsWith('\x1b[2mWall time: \x1b[0m\x1b[1m')).toBe(true);
    expect(items[1].text).toBe('45');
    expect((await run('%%time\nq = 5\nq * 2')).map((i) => i.text).slice(-1)).toEqual(['10']);
  });
  it('%tracemalloc start/snapshot/top/diff/stop, %%tracemalloc and %memit', async () => {
    expect((await one('%tracemalloc start')).text).toBe('tracemalloc is tracing, 1 frame per traceback');
    expect((await one('%tracemalloc snapshot')).text).toMatch(/^snapshot 1: \d+ traces/);
    await run('many = [str(i) * 3 for i in range(2000)]');
    const diff = await one('%tracemalloc diff');
    expect(diff.text).toMatch(/^Top 10 of \d+ differences\n#1: .+:1: size=/);
    expect(diff.drawn.split('\n')[0]).toMatch(/^\x1b\[1mTop 10 of/);
    expect(diff.drawn.split('\n')[1]).toMatch(/^\x1b\[2m#1: \x1b\[0m\x1b\[35m.+:1: \x1b\[0m\x1b\[1msize=[^(]+\(\x1b\[31m\+[^\x1b]+\x1b\[0m\x1b\[1m\)\x1b\[0m, count=/);
    const top = await one('%tracemalloc top 2');
    expect(top.text.split('\n')).toHaveLength(3);
    expect((await one('%tracemalloc stop')).text).toBe('tracemalloc stopped');
    const cell = await one('%%tracemalloc\nblock = [0] * 1000');
    expect(cell.text).toMatch(/^traced memory: net \+[\d.]+ MiB, peak \+[\d.]+ MiB during the cell\n\nlines of the cell that allocated the most:\n  line 1: size=8000 B/);
    expect((await one('%memit w = list(range(1000))')).text).toMatch(/^peak memory: [\d.]+ MiB, increment: [\d.]+ MiB$/);
  });
  it('%heap: the size-class table aligned, header bold', async () => {
    const { text, drawn } = await one('%heap');
    const lines = text.split('\n');
    expect(lines[1]).toBe('size class  pools  blocks used  blocks free  bytes used  fragmentation');
    // Every row ends its numbers under the header's right edges.
    for (const row of lines.slice(3, -1)) expect(row.length).toBeLessThanOrEqual(lines[1].length);
    expect(drawn.split('\n')[1]).toBe(`\x1b[1m${lines[1]}\x1b[0m`);
    expect((await one('%heap arenas')).text).toMatch(/^arena  address +pools used/);
  });
  it('IPython\'s staples: %who, %whos, %who_ls, %xdel, %reset -f, %history, %lsmagic, %magic', async () => {
    await run('%reset -f');
    await run('a = 1; b = "text"');
    expect((await one('%who', 'stdout')).text).toBe('a\t b\t ');
    expect((await run('%whos')).map((i) => i.text)).toEqual(['Variable   Type    Data/Info\n----------------------------\na          int     1\nb          str     text']);
    expect((await one('%who_ls')).text).toBe("['a', 'b']");
    await run('%xdel a');
    expect((await one('%who_ls')).text).toBe("['b']");
    expect((await run('%history -n -l 2')).map((i) => i.text).join('\n')).toMatch(/^ +\d+: %xdel a\n +\d+: %who_ls$/);
    const ls = await one('%lsmagic');
    expect(ls.text).toMatch(/^Available line magics:\n%dis  %gc  %gil  %heap/);
    expect((await run('%magic')).map((i) => i.text).join('\n')).toContain("IPython's 'magic' functions");
  });
  it('%prun and %%prun page the pstats table, its header bold; %name? pages the help', async () => {
    const items = await run('%prun sum(range(100))');
    const page = items.find((i) => i.kind === 'info')!;
    expect(page.text).toMatch(/^ +\d+ function calls in [\d.]+ seconds\n\n   Ordered by: internal time/);
    expect(page.drawn).toMatch(/\x1b\[1m   ncalls  tottime  percall  cumtime  percall filename:lineno\(function\)\x1b\[0m/);
    expect((await run('%%prun\nsum(range(10))')).some((i) => i.kind === 'info' && /function calls/.test(i.text))).toBe(true);
    const help = await run('%refcount?');
    expect(plain(help.find((i) => i.kind === 'info')!.text)).toMatch(/^Docstring:\nShow an object's reference count/);
  });
  it('%%capture, %%html, %%svg, %%markdown, %%javascript, %%latex: the text/plain a terminal can show', async () => {
    expect(await run('%%capture cap\nprint("hidden")')).toEqual([]);
    expect(await value('cap.stdout')).toBe("'hidden\\n'");
    expect((await one('%%html\n<b>x</b>', 'stdout')).text).toBe('<IPython.core.display.HTML object>');
    expect((await one('%%svg\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'stdout')).text).toBe('<IPython.core.display.SVG object>');
    expect((await one('%%markdown\n# T', 'stdout')).text).toBe('<IPython.core.display.Markdown object>');
    expect((await one('%%javascript\n1', 'stdout')).text).toBe('<IPython.core.display.Javascript object>');
    expect((await one('%%latex\n$x$', 'stdout')).text).toBe('<IPython.core.display.Latex object>');
  });
  it('a bad argument is a UsageError on stderr in red, and the session goes on', async () => {
    const items = await run('%gc collect 9');
    // As IPython: the message on stderr (red), no traceback and no empty error line.
    expect(items.map((i) => i.kind)).toEqual(['stderr']);
    expect(items[0].text).toMatch(/^UsageError: %gc collect: generation must be 0, 1 or 2/);
    expect(items[0].drawn).toMatch(/^\x1b\[31mUsageError: %gc collect/);
    expect(await value('1 + 1')).toBe('2');
  });
});
