// The REPL end to end in a real pseudo-terminal (node-pty): what a user typing `glasspy`
// in a terminal sees.  Screen contents are read as the terminal receives them, with ANSI
// sequences removed.
import { describe, it, expect, afterEach } from 'vitest';
import * as pty from 'node-pty';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../conformance/runner.js';

const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z~]/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\r/g, '');

class Terminal {
  readonly proc: pty.IPty;
  output = '';
  exitCode: number | null = null;
  constructor(args: string[] = [], extraEnv: Record<string, string> = {}) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-repl-'));
    this.proc = pty.spawn(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js'), ...args], {
      name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT,
      env: { ...process.env, XDG_DATA_HOME: home, HOME: home, ...extraEnv } as Record<string, string>,
    });
    this.proc.onData((d) => { this.output += d; });
    this.proc.onExit(({ exitCode }) => { this.exitCode = exitCode; });
  }
  async waitFor(pattern: RegExp, ms = 10_000, from = 0): Promise<string> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const text = strip(this.output.slice(from));
      if (pattern.test(text)) return text;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${pattern}; screen:\n${strip(this.output).slice(-2000)}`);
  }
  async exited(ms = 10_000): Promise<number> {
    const end = Date.now() + ms;
    while (this.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    if (this.exitCode === null) throw new Error('the REPL did not exit');
    return this.exitCode;
  }
  write(s: string): void { this.proc.write(s); }
}

/** The SGR parameters of the escape sequences just before the first `text` (ink may split or re-encode them). */
function sgrBefore(output: string, text: string): string[] {
  const at = output.indexOf(text);
  if (at < 0) return [];
  const m = /((?:\x1b\[[0-9;]*m)+)$/.exec(output.slice(0, at));
  return m === null ? [] : m[1].split('\x1b[').slice(1).flatMap((p) => p.slice(0, -1).split(';'));
}

let term: Terminal | null = null;
afterEach(() => { try { term?.proc.kill(); } catch { /* already gone */ } term = null; });

describe('glasspy REPL in a terminal', () => {
  it('shows the banner and prompt, runs code, and leaves on Ctrl-D with status 0', async () => {
    term = new Terminal();
    await term.waitFor(/Python 3\.11\.7 \(glasspy [\d.]+\)[\s\S]*>>> /);
    term.write('a = [1, 2, 3]\r');
    term.write('sum(a) * 2\r');
    await term.waitFor(/\n12\n/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('interrupts `while True: pass` with Ctrl-C within a second and keeps the namespace', async () => {
    term = new Terminal();
    await term.waitFor(/>>> /);
    term.write('kept = "yes"\r');
    // The status bar's "last run" appears once the engine (booting behind the prompt) has run a cell.
    await term.waitFor(/last run/);
    term.write('while True: pass\r');
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    term.write('\x03');
    await term.waitFor(/KeyboardInterrupt/);
    expect(Date.now() - t0).toBeLessThan(1000);
    term.write('kept\r');
    await term.waitFor(/'yes'/);
    term.write('exit()\r');
    expect(await term.exited()).toBe(0);
  });
  it('stays interactive where CI is set (ink would draw only its last frame), and Python still sees CI', async () => {
    term = new Terminal([], { CI: 'true' });
    await term.waitFor(/>>> /);
    term.write("import os; os.environ.get('CI')\r");
    await term.waitFor(/'true'[\s\S]*last run/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('-i runs the script, shows its output and traceback, then the REPL has its names', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-inspect-'));
    const script = path.join(dir, 'lesson.py');
    fs.writeFileSync(script, 'import sys\nanswer = 41\nprint("ran", sys.argv[1:], __file__ == sys.argv[0])\nanswer / 0\n');
    term = new Terminal(['-i', script, 'one']);
    await term.waitFor(/ran \['one'\] True/);
    await term.waitFor(new RegExp(`File "${script.replace(/[.\\/]/g, '\\$&')}", line 4, in <module>\n +answer / 0\n +~~~~~~~\\^~~\nZeroDivisionError: division by zero`));
    term.write('answer + 1\r');
    await term.waitFor(/\n42\n/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('takes a bracketed paste of a transcript as one cell', async () => {
    term = new Terminal();
    await term.waitFor(/>>> /);
    term.write('\x1b[200~>>> def g():\r...     return "pasted"\r...\r\x1b[201~');
    term.write('\r\r');
    term.write('g()\r');
    await term.waitFor(/'pasted'/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('shows the memory magics readably: tables, a tree for %gc graph, dis text', async () => {
    term = new Terminal();
    await term.waitFor(/>>> /);
    term.write('x = [1, 2]\r');
    await term.waitFor(/last run/);
    term.write('%refcount x\r');
    await term.waitFor(/x: list object at 0x[0-9a-f]+, 1 reference\nholder +reference\n-+ +-+\nglobal namespace +name 'x'/);
    term.write('ring = [[], []]; ring[0].append(ring[1]); ring[1].append(ring[0])\r');
    term.write('%gc graph ring[0]\r');
    await term.waitFor(/list \(1\)\n└── \[0\] → list \(1\)  ↻ cycle/);
    term.write('%dis lambda: 1\r');
    await term.waitFor(/RETURN_VALUE/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('colours magic output in the terminal: %dis opnames, %timeit figures, %heap and %whos tables', async () => {
    term = new Terminal();
    await term.waitFor(/>>> /);
    term.write('%dis lambda: 1\r');
    await term.waitFor(/RETURN_VALUE/);
    expect(sgrBefore(term.output, 'RETURN_VALUE')).toEqual(expect.arrayContaining(['1', '34']));
    term.write('%timeit -n 5 -r 2 sum([1])\r');
    await term.waitFor(/per loop \(mean ± std\. dev\. of 2 runs, 5 loops each\)/);
    expect(sgrBefore(term.output, ' per loop')).toContain('2');
    expect(term.output).toMatch(/\x1b\[1m[\d.]+ \S+ ± [\d.]+ \S+\x1b\[(22|0)m/);
    term.write('%heap\r');
    await term.waitFor(/size class  pools  blocks used  blocks free  bytes used  fragmentation\n-+/);
    expect(sgrBefore(term.output, 'size class  pools')).toContain('1');
    // Each cell after the last one's status bar is back (slow when the machine is loaded).
    let mark = term.output.length;
    term.write('a = 1\r');
    await term.waitFor(/last run/, 30_000, mark);
    mark = term.output.length;
    term.write('%whos\r');
    await term.waitFor(/Variable   Type    Data\/Info\n-{28}\na +int +1/, 30_000, mark);
    term.write('%gc collect 9\r');
    await term.waitFor(/UsageError: %gc collect: generation must be 0, 1 or 2/, 30_000, mark);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('--no-status starts without the status bar; F2 shows it', async () => {
    term = new Terminal(['--no-status']);
    await term.waitFor(/>>> /);
    term.write('1 + 1\r');
    await term.waitFor(/\n2\n/);
    await new Promise((r) => setTimeout(r, 300));
    expect(strip(term.output)).not.toContain('last run');
    term.write('\x1bOQ');
    await term.waitFor(/F2\/Ctrl-T hide/);
    term.write('\x04');
    expect(await term.exited()).toBe(0);
  });
  it('reads a program from a pipe when stdin is not a terminal', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'glasspy.js')], { input: 'print(6 * 7)\nimport sys; sys.exit(3)\n', encoding: 'utf8' });
    expect(r.stdout).toBe('42\n');
    expect(r.status).toBe(3);
  });
});
