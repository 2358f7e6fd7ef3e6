// The other staple magics through a real Session: display bundles, help, %lsmagic,
// %magic, %time, %prun, %%capture's rich outputs, %history's -t/-o.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Harness } from './harness.js';
import { magicNames } from '../../engine/magics/registry.js';
import { newException, NotImplementedError } from '../../engine/objects/exceptions.js';

// One session per process: sys.displayhook and stdio belong to the last Session made.
const h = new Harness();

const TIME = String.raw`\d+(?:\.\d+)?(?:e[+-]\d\d)? (?:s|ms|µs|ns)`;

describe('display magics', () => {
  const cases: [string, string, string, string][] = [
    ['%%html\n<b>bold</b>\n', 'text/html', '<b>bold</b>\n', 'HTML'],
    ['%%markdown\n# Title\n*x*', 'text/markdown', '# Title\n*x*', 'Markdown'],
    ['%%javascript\nconsole.log(1)', 'application/javascript', 'console.log(1)', 'Javascript'],
    ['%%latex\n$x^2$', 'text/latex', '$x^2$', 'Latex'],
    ["%%svg\n<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg' width='4'><rect width='2'/></svg>\n", 'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" width="4"><rect width="2"/></svg>', 'SVG'],
  ];
  for (const [cell, mime, data, cls] of cases) {
    it(`${cell.split('\n')[0]} displays ${mime}`, () => {
      const r = h.run(cell);
      expect(r.reply.status).toBe('ok');
      expect(r.displays).toHaveLength(1);
      expect(r.displays[0].kind).toBe('display_data');
      expect(r.displays[0].data).toEqual({ 'text/plain': `<IPython.core.display.${cls} object>`, [mime]: data });
    });
  }
  it('%%html --isolated sets the metadata', () => {
    const r = h.run('%%html --isolated\n<p>x</p>');
    expect(r.displays[0].metadata).toEqual({ 'text/html': { isolated: true } });
    expect(h.run('%%html --nope\nx').stderr).toBe('UsageError: unrecognized arguments: --nope\n');
  });
});

describe('%lsmagic, %magic, %name?', () => {
  it('%lsmagic lists every registered magic', () => {
    const text = h.value('%lsmagic')!;
    const [line, cell] = text.split('\n\n');
    for (const n of ['time', 'timeit', 'who', 'whos', 'who_ls', 'reset', 'xdel', 'history', 'lsmagic', 'magic', 'prun']) {
      expect(line.split('  ')).toContain(n === 'time' ? '%time' : `%${n}`);
    }
    expect(line.startsWith('Available line magics:\n%')).toBe(true);
    for (const n of ['capture', 'html', 'svg', 'markdown', 'timeit', 'time', 'prun']) expect(cell.split('\n')[1].split('  ')).toContain(`%%${n}`);
    expect(text.endsWith('\n\nAutomagic is OFF, % prefix IS needed for line magics.')).toBe(true);
    expect(line.split('\n')[1].split('  ')).toEqual(magicNames('line').map((n) => `%${n}`));
  });
  it('%lsmagic also carries IPython\'s JSON view: name to Magics class', () => {
    const r = h.run('%lsmagic');
    const json = r.displays[0].data['application/json'] as Record<string, Record<string, string>>;
    expect(json.line.timeit).toBe('ExecutionMagics');
    expect(json.line.whos).toBe('NamespaceMagics');
    expect(json.line.history).toBe('HistoryMagics');
    expect(json.line.lsmagic).toBe('BasicMagics');
    expect(json.cell.html).toBe('DisplayMagics');
    expect(json.cell.capture).toBe('ExecutionMagics');
    expect(Object.keys(json.line)).toEqual(magicNames('line'));
  });
  it('%magic prints each magic with its docstring', () => {
    const out = h.run('%magic').stdout;
    expect(out).toContain("IPython's 'magic' functions\n===========================\n");
    expect(out).toContain('%timeit:\n    Time execution of a Python statement or expression\n');
    expect(out).toContain('%%capture:\n    ::\n\n      %capture [--no-stderr]');
    const brief = h.run('%magic -brief').stdout;
    expect(brief).toContain('%xdel:\n    Delete a variable, trying to clear it from anywhere that\n%%capture:');
  });
  it('%timeit? and %%capture? page the docstring', () => {
    const r = h.run('%timeit?');
    expect(r.reply.payload).toHaveLength(1);
    const text = (r.reply.payload[0] as { data: Record<string, string> }).data['text/plain'];
    expect(text.startsWith('\x1b[0;31mDocstring:\x1b[0m\nTime execution of a Python statement or expression\n\nUsage, in line mode:\n  %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement\n')).toBe(true);
    const c = (h.run('%%capture?').reply.payload[0] as { data: Record<string, string> }).data['text/plain'];
    expect(c).toContain('%capture [--no-stderr] [--no-stdout] [--no-display] [output]');
    expect(h.run('%nosuch?').stdout).toBe('Object `%nosuch` not found.\n');
  });
});

describe('%time', () => {
  const FORMAT = new RegExp(`^CPU times: user ${TIME}, sys: ${TIME}, total: ${TIME}\\nWall time: ${TIME}\\n$`);
  it('prints IPython\'s two lines and returns an expression\'s value', () => {
    const r = h.run('%time sum(range(1000))');
    expect(r.stdout).toMatch(FORMAT);
    expect(r.displays[0].data['text/plain']).toBe('499500');
  });
  it('%%time runs the cell and returns its last expression', () => {
    const r = h.run('%%time\nx = 6\nx * 7');
    expect(r.stdout).toMatch(FORMAT);
    expect(r.displays[0].data['text/plain']).toBe('42');
    expect(h.run('%%time\ny = 1').displays).toHaveLength(0);
    expect(h.value('y')).toBe('1');
  });
  it('statement after %%time is a UsageError; errors print no times', () => {
    expect(h.run('%%time x\ny').stderr).toBe("UsageError: Can't use statement directly after '%%time'!\n");
    const r = h.run('%time 1/0');
    expect(r.reply.error?.ename).toBe('ZeroDivisionError');
    expect(r.stdout).toBe('');
  });
  it('total is user + sys', () => {
    const m = /user (\S+ \S+), sys: (\S+ \S+), total: (\S+ \S+)/.exec(h.run('%time for i in range(20000): pass').stdout)!;
    const sec = (t: string) => Number(t.split(' ')[0]) / { s: 1, ms: 1e3, 'µs': 1e6, ns: 1e9 }[t.split(' ')[1]]!;
    expect(Math.abs(sec(m[1]) + sec(m[2]) - sec(m[3]))).toBeLessThanOrEqual(sec(m[3]) * 0.01 + 2e-6);
  });
});

describe('%prun', () => {
  h.run('def work(n):\n    return sorted(str(i) for i in range(n))\n');
  const paged = (r: ReturnType<typeof h.run>) => {
    expect(r.reply.payload).toHaveLength(1);
    const p = r.reply.payload[0] as { source: string; data: Record<string, string>; start: number };
    expect(p.source).toBe('page');
    expect(p.start).toBe(0);
    return p.data['text/plain'];
  };
  it('pages the pstats table sorted by internal time, and prints a space', () => {
    const r = h.run('%prun work(300)');
    expect(r.reply.status).toBe('ok');
    expect(r.stdout).toBe(' ');
    const text = paged(r);
    expect(text).toMatch(/^ +\d+ function calls( \(\d+ primitive calls\))? in \d+\.\d{3} seconds\n\n {3}Ordered by: internal time\n\n {3}ncalls {2}tottime {2}percall {2}cumtime {2}percall filename:lineno\(function\)\n/);
    expect(text).toMatch(/ \d+\.py:1\(work\)\n/);
    expect(text).toMatch(/^ +301 +\d+\.\d{3} .* \d+\.py:2\(<genexpr>\)$/m);
    expect(text.endsWith('\n')).toBe(false);
    const tottimes = text.split('\n').filter((l) => /^ +\d+(\/\d+)? +\d/.test(l)).map((l) => Number(l.trim().split(/\s+/)[1]));
    expect(tottimes.length).toBeGreaterThan(2);
    expect(tottimes).toEqual([...tottimes].sort((a, b) => b - a));
  });
  it('-s, -l, -q, -r, -T and -D', () => {
    const text = paged(h.run('%prun -s cumulative -l 2 work(100)'));
    expect(text).toContain('   Ordered by: cumulative time\n   List reduced from ');
    expect(text).toMatch(/ due to restriction <2>\n/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prun-'));
    const txt = path.join(dir, 'out.txt'), dump = path.join(dir, 'out.prof');
    const q = h.run(`st = %prun -q -r -T ${txt} -D ${dump} work(10)`);
    expect(q.reply.payload).toEqual([]);
    expect(q.stdout).toBe(` \n*** Profile stats marshalled to file '${dump}'.\n\n*** Profile printout saved to text file '${txt}'.\n`);
    expect(fs.readFileSync(txt, 'utf8')).toMatch(/function calls/);
    expect(fs.statSync(dump).size).toBeGreaterThan(0);
    expect(h.value('type(st).__module__, type(st).__name__')).toBe("('pstats', 'Stats')");
    expect(h.run('%prun -s').stderr).toBe('UsageError: option -s requires argument ( allowed: "D:l:rs:T:q" )\n');
  });
  it('%%prun profiles the cell', () => {
    expect(paged(h.run('%%prun -l 1\nwork(50)\nwork(60)'))).toMatch(/List reduced from \d+ to 1 due to restriction <1>/);
  });
});

describe('%%capture rich outputs and %history -t/-o', () => {
  it('captures display() calls and the last expression, and replays them with show()', () => {
    const r = h.run('%%capture c\nprint("p")\ndisplay(3)\n4');
    expect(r.stdout).toBe('');
    expect(r.displays).toEqual([]);
    expect(h.value('[o.data for o in c.outputs]')).toBe("[{'text/plain': '3'}, {'text/plain': '4'}]");
    const s = h.run('c()');
    expect(s.stdout).toBe('p\n');
    expect(s.displays.map((d) => [d.kind, d.data])).toEqual([['display_data', { 'text/plain': '3' }], ['display_data', { 'text/plain': '4' }]]);
    expect(h.value("'Out' in globals() and 4 not in Out.values()")).toBe('True');
  });
  it('keeps display ids and updates', () => {
    h.run("%%capture cd\ndisplay('a', display_id='d1')\ndisplay('b', display_id='d1', update=True)");
    expect(h.value("[(o.data, o.transient, o.update) for o in cd.outputs] == [({'text/plain': \"'a'\"}, {'display_id': 'd1'}, False), ({'text/plain': \"'b'\"}, {'display_id': 'd1'}, True)]")).toBe('True');
    const r = h.run('cd.show()');
    expect(r.displays.map((d) => [d.kind, d.transient])).toEqual([['display_data', { display_id: 'd1' }], ['update_display_data', { display_id: 'd1' }]]);
  });
  it('--no-display lets displays through', () => {
    const r = h.run('%%capture c2 --no-display\ndisplay(5)');
    expect(r.displays.map((d) => d.data)).toEqual([{ 'text/plain': '5' }]);
    expect(h.value('len(c2.outputs)')).toBe('0');
  });
  it('%history -t shows the source as run, -o the outputs', () => {
    const n = h.run('%who').reply.executionCount;
    h.run('6 * 7');
    expect(h.run(`%history -t ${n}`).stdout).toBe('_run_line_magic("who", "")\n');
    expect(h.run(`%history -n -o ${n}-${n + 1}`).stdout).toBe(`${String(n).padStart(4)}: %who\n${String(n + 1).padStart(4)}: 6 * 7\n42\n`);
  });
});

describe('%reset asks', () => {
  const PROMPT = 'Once deleted, variables cannot be recovered. Proceed (y/[n])? ';
  it('y resets, n and EOF do nothing, other answers ask again', () => {
    h.run('keep = 1');
    const answers = ['maybe\n', 'n\n'];
    h.readLine = () => answers.shift() ?? null;
    expect(h.run('%reset').stdout).toBe(`${PROMPT}${PROMPT}Nothing done.\n`);
    expect(h.value('keep')).toBe('1');
    h.readLine = () => 'yes\n';
    expect(h.run('%reset').stdout).toBe(PROMPT);
    expect(h.run('%who').stdout).toBe('Interactive namespace is empty.\n');
    h.readLine = () => null;
  });
  it('a front end without stdin (NotImplementedError from input) resets, as ipykernel does', () => {
    h.run('gone = 1');
    h.readLine = () => { throw newException(NotImplementedError, 'raw_input was called, but this frontend does not support stdin.'); };
    const r = h.run('%reset');
    h.readLine = () => null;
    expect(r.reply.status).toBe('ok');
    expect(h.run('%who').stdout).toBe('Interactive namespace is empty.\n');
  });
});

describe('%history -f', () => {
  it('writes the history to a file, asking before overwriting', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hist-')), 'h.py');
    const n = h.run('hv = 1').reply.executionCount;
    expect(h.run(`%history -f ${file} ${n}`).stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe('hv = 1\n');
    h.readLine = () => 'n\n';
    expect(h.run(`%history -f ${file} ${n}`).stdout).toBe(`File '${file}' exists. Overwrite? Aborting.\n`);
    h.readLine = () => 'y\n';
    expect(h.run(`%history -n -f ${file} ${n}`).stdout).toBe(`File '${file}' exists. Overwrite? Overwriting file.\n`);
    h.readLine = () => null;
    expect(fs.readFileSync(file, 'utf8')).toBe(`${String(n).padStart(4)}: hv = 1\n`);
  });
});
