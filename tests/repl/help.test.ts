// help() where people call it: in the REPL (its text streamed to the transcript, the
// interactive help> utility answered through the REPL's inline input()) and in a kernel's
// session (the cell's stdout).  The expected text is CPython 3.11's help(len).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as path from 'node:path';
import type { SessionHost } from '../../dist/engine/host/host.js';
import { createReplSession } from './session.js';
import type { ReplController } from '../../repl/controller.js';
import { History } from '../../repl/history.js';
import { KeyParser } from '../../repl/keys.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HELP_LEN = 'Help on built-in function len in module builtins:\n\nlen(obj, /)\n    Return the number of items in a container.\n\n';

let host: SessionHost;
let ctl: ReplController;

async function type(keys: string): Promise<void> {
  for (const ev of new KeyParser().feed(keys)) await ctl.handle(ev);
  await ctl.idle();
}

async function waitForInput(prompt: string): Promise<void> {
  for (let i = 0; i < 200 && ctl.snapshot().mode !== 'input'; i++) await new Promise((r) => setTimeout(r, 20));
  expect(ctl.snapshot().inputPrompt).toBe(prompt);
}

/** The run's stdout: the transcript keeps it as whole lines, each without its newline. */
function stdoutFrom(from: number): string {
  return ctl.snapshot().transcript.slice(from).filter((t) => t.kind === 'stdout').map((t) => `${t.text}\n`).join('');
}

beforeAll(async () => {
  ({ host, ctl } = createReplSession(new History(null), () => {}, { statusBar: false }));
  await host.start();
});
afterAll(async () => { await host.stop(); });

describe('help() in the REPL', () => {
  it("prints pydoc's text for an object", async () => {
    await type('help(len)\r');
    expect(stdoutFrom(0)).toBe(HELP_LEN);
    expect(ctl.snapshot().transcript.some((t) => t.kind === 'error')).toBe(false);
  });
  it('runs the help> utility on input() until quit', async () => {
    const start = ctl.snapshot().transcript.length;
    const stdout = () => stdoutFrom(start);
    for (const ev of new KeyParser().feed('help()\r')) await ctl.handle(ev);
    await waitForInput('help> ');
    expect(stdout()).toContain("Welcome to Python 3.11's help utility!");
    for (const ev of new KeyParser().feed('len\r')) await ctl.handle(ev);
    await waitForInput('help> ');
    expect(stdout()).toContain(`\n${HELP_LEN}`);
    await type('quit\r');
    expect(ctl.snapshot().mode).toBe('edit');
    expect(stdout()).toMatch(/You are now leaving help and returning to the Python interpreter\.[\s\S]*at the help> prompt\.\n$/);
  });
});

describe('help() in a kernel session', async () => {
  const dist = (p: string) => import(path.join(ROOT, 'dist', 'engine', p));
  const { Session } = await dist('session/index.js');
  const { stdio } = await dist('vm/stdio.js');
  let out = '';
  const shown: unknown[] = [];

  it("writes pydoc's text to the cell's stdout and shows no value", () => {
    stdio.sink = { write: (_fd: number, t: string) => { out += t; }, flush: () => {}, isatty: () => false };
    const s = new Session({ onDisplay: (m: unknown) => shown.push(m) });
    s.execute('help(len)');
    expect(out).toBe(HELP_LEN);
    expect(shown).toEqual([]);
    out = '';
    s.execute("help('nosuchname_xyz')");
    expect(out).toBe("No Python documentation found for 'nosuchname_xyz'.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n");
  });
  it('finds the source of what a cell defined, as IPython keeps cells in linecache', () => {
    const s = new Session({ onDisplay: (m: unknown) => shown.push(m) });
    s.execute('# Doubles.\ndef twice(x):\n    return 2 * x\n');
    out = '';
    s.execute('import inspect\nprint(inspect.getsource(twice), end="")\nhelp(twice)');
    // Without a docstring, pydoc shows the comment above the def (inspect.getcomments).
    expect(out).toBe('def twice(x):\n    return 2 * x\nHelp on function twice in module __main__:\n\ntwice(x)\n    # Doubles.\n\n');
  });
});
