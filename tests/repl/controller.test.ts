// The REPL's behaviour on a real session host (the engine in a worker thread), driven by
// the same key events the terminal produces.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
// The host runs its worker from the built files (dist/), as the glasspy command does.
import type { SessionHost } from '../../dist/engine/host/host.js';
import { createReplSession } from './session.js';
import type { ReplController } from '../../repl/controller.js';
import { History } from '../../repl/history.js';
import { KeyParser } from '../../repl/keys.js';
import { editorText } from '../../repl/editor.js';

let host: SessionHost;
let ctl: ReplController;

async function type(keys: string): Promise<void> {
  for (const ev of new KeyParser().feed(keys)) await ctl.handle(ev);
  await ctl.idle();
}

function transcriptText(): string {
  return ctl.snapshot().transcript.map((t) => `${t.kind}: ${t.text}`).join('\n');
}

beforeAll(async () => {
  ({ host, ctl } = createReplSession(new History(null), () => {}, { statusBar: true }));
  await host.start();
});
afterAll(async () => { await host.stop(); });

describe('ReplController', () => {
  it('runs a complete line and shows the repr of its value', async () => {
    await type('6 * 7\r');
    expect(transcriptText()).toMatch(/input: 6 \* 7\nresult: 42$/);
  });
  it('keeps the last result in _', async () => {
    await type('_ + 1\r');
    expect(transcriptText()).toMatch(/input: _ \+ 1\nresult: 43$/);
  });
  it('shows the allocator and collector figures in the status bar after a run', async () => {
    const figures = Object.fromEntries(ctl.snapshot().status.figures.map((f) => [f.label, f.value]));
    expect(figures.heap).toMatch(/^\d+\.\d MiB in \d+ blocks$/);
    expect(figures['gc count/threshold']).toMatch(/^\d+\/700 \d+\/10 \d+\/10$/);
    expect(figures.tracked).toMatch(/^\d+\/\d+\/\d+$/);
    expect(ctl.snapshot().status.wallMs).toBeGreaterThan(0);
  });
  it('continues a block with auto-indent and runs it at the blank line', async () => {
    await type('def f(n):\r');
    expect(editorText(ctl.snapshot().editor)).toBe('def f(n):\n    ');
    await type('return n + 1\r');
    expect(editorText(ctl.snapshot().editor)).toBe('def f(n):\n    return n + 1\n');
    await type('\r');
    expect(ctl.snapshot().mode).toBe('edit');
    await type('f(41)\r');
    expect(transcriptText()).toMatch(/result: 42$/);
  });
  it('streams print output and keeps state after an error', async () => {
    await type('x = [1, 2]\r');
    await type('print(len(x)); 1/0\r');
    const t = transcriptText();
    expect(t).toMatch(/stdout: 2\n/);
    // CPython's interactive traceback: the cell is <stdin>.
    expect(t).toContain('error: Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero');
    await type('x\r');
    expect(transcriptText()).toMatch(/result: \[1, 2\]$/);
  });
  it('interrupts a running loop with Ctrl-C and keeps the session', async () => {
    await type('n = 5\r');
    for (const ev of new KeyParser().feed('while True: pass\r')) await ctl.handle(ev);
    await new Promise((r) => setTimeout(r, 200));
    expect(ctl.snapshot().mode).toBe('running');
    const t0 = Date.now();
    await ctl.handle({ kind: 'key', name: 'c', ctrl: true, meta: false, shift: false, text: '' });
    await ctl.idle();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(transcriptText()).toMatch(/KeyboardInterrupt/);
    await type('n\r');
    expect(transcriptText()).toMatch(/result: 5$/);
  });
  it('answers input() inline', async () => {
    for (const ev of new KeyParser().feed('name = input("who? ")\r')) await ctl.handle(ev);
    for (let i = 0; i < 50 && ctl.snapshot().mode !== 'input'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(ctl.snapshot().inputPrompt).toBe('who? ');
    await type('Ada\r');
    await type('name\r');
    expect(transcriptText()).toMatch(/result: 'Ada'$/);
  });
  it('walks history by prefix with Up and Down', async () => {
    await type('\x03x\x1b[A');
    // Entries equal to what is typed are skipped: the nearest other one starting with 'x'.
    expect(editorText(ctl.snapshot().editor)).toBe('x = [1, 2]');
    await type('\x03f\x1b[A');
    expect(editorText(ctl.snapshot().editor)).toBe('f(41)');
    await type('\x1b[B');
    expect(editorText(ctl.snapshot().editor)).toBe('f');           // back to what was typed
    await type('\x03d\x1b[A');
    expect(editorText(ctl.snapshot().editor)).toBe('def f(n):\n    return n + 1');
    await type('\x03');
  });
  it('completes attribute names with Tab', async () => {
    await type('\x03x.app\t');
    expect(editorText(ctl.snapshot().editor)).toBe('x.append');
    await type('\x15x.c\t');
    const menu = ctl.snapshot().completion;
    expect(menu?.items.map((m) => m.text)).toEqual(['clear', 'copy', 'count']);
    await type('\x1b');
    await type('\x15');
  });
  it('shows help for obj? and finds history with Ctrl-R', async () => {
    await type('\x03len?\r');
    expect(transcriptText()).toMatch(/info: [\s\S]*Return the number of items in a container/);
    await type('\x12print(le');
    expect(ctl.snapshot().search).toEqual({ query: 'print(le', match: 'print(len(x)); 1/0' });
    await type('\x1b[C');
    expect(ctl.snapshot().mode).toBe('edit');
    expect(editorText(ctl.snapshot().editor)).toBe('print(len(x)); 1/0');
    await type('\x03');
  });
  it('Ctrl-D on an empty line and exit() ask to leave with status 0', async () => {
    await type('\x03exit()\r');
    expect(ctl.exitCode).toBe(0);
  });
  it('quit() and Ctrl-D on an empty line leave with status 0 too', async () => {
    ctl.exitCode = null;
    await type('quit()\r');
    expect(ctl.exitCode).toBe(0);
    ctl.exitCode = null;
    await type('\x04');
    expect(ctl.exitCode).toBe(0);
  });
});
