// The Ink view's components (repl/view.ts) rendered by ink-testing-library: the prompt line
// with highlighting and cursor, the completion menu, the status bar, reverse search, the
// input() prompt and the transcript.  The controller behind the view is a real one on a real
// session host, driven by the key events the terminal produces.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as ink from 'ink';
import * as React from 'react';
import { render } from 'ink-testing-library';
import type { SessionHost } from '../../dist/engine/host/host.js';
import { createReplSession } from './session.js';
import type { ReplController } from '../../repl/controller.js';
import { History } from '../../repl/history.js';
import { KeyParser } from '../../repl/keys.js';
import { makeApp } from '../../repl/view.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const builtins = new Set(['print', 'len', 'range', 'input']);

let host: SessionHost;
let ctl: ReplController;
let view: ReturnType<typeof render>;
const listeners = new Set<() => void>();

const frame = () => view.lastFrame() ?? '';
const screen = () => frame().replace(ANSI, '');

/** The SGR parameters in force where `text` first appears in the frame. */
function sgrAt(text: string): string[] {
  const f = frame();
  const at = f.indexOf(text);
  if (at < 0) return [];
  const m = /((?:\x1b\[[0-9;]*m)+)$/.exec(f.slice(0, at));
  return m === null ? [] : m[1].split('\x1b[').slice(1).flatMap((p) => p.slice(0, -1).split(';'));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`${what}; screen:\n${screen()}`);
}

async function keys(text: string): Promise<void> {
  for (const ev of new KeyParser().feed(text)) await ctl.handle(ev);
}

/** The live area: what is below the last transcript line (the prompt, a menu, the status bar). */
const live = () => screen().split('\n').slice(-12).join('\n');

beforeAll(async () => {
  ({ host, ctl } = createReplSession(new History(null), () => { for (const fn of listeners) fn(); }, { statusBar: true }));
  await host.start();
  const App = makeApp(ink, React, ctl, builtins, (fn) => { listeners.add(fn); return () => { listeners.delete(fn); }; });
  view = render(React.createElement(App));
});
afterAll(async () => {
  view.unmount();
  await host.stop();
});

describe('the REPL view', () => {
  it('draws the prompt line with highlighting from the tokenizer and an inverse cursor', async () => {
    await until(() => screen().startsWith('>>> '), 'no prompt');
    await keys('def area(n): return len("ab") + 1');
    await until(() => screen().includes('>>> def area(n): return len("ab") + 1'), 'typed text not drawn');
    expect(sgrAt('def')).toEqual(expect.arrayContaining(['1', '35']));   // keyword: bold magenta
    expect(sgrAt('area')).toEqual(expect.arrayContaining(['1', '34']));  // definition: bold blue
    expect(sgrAt('len')).toContain('36');                                // builtin: cyan
    expect(sgrAt('"ab"')).toContain('32');                               // string: green
    expect(frame()).toMatch(/\+ \x1b\[33m1\x1b\[39m/);                  // number: yellow
    expect(frame()).toMatch(/\x1b\[7m \x1b\[27m/);                        // the cursor cell after the text
    await keys('\x1b[D\x1b[D\x1b[D');
    await until(() => sgrAt('+').includes('7'), 'cursor not drawn on the +');   // three left of the end
    await keys('\x05\x15');
  });
  it('continues a block on a "... " line', async () => {
    await keys('for i in range(2):\r');
    await until(() => /^>>> for i in range\(2\):\n\.\.\.     ?/m.test(screen()), 'no continuation line');
    await keys('print(i * 10)\r\r');
    await until(() => /\n0\n10\n/.test(screen()), 'loop output not in the transcript');
  });
  it('draws the transcript: inputs with their prompt, results, and tracebacks in colour', async () => {
    await keys('6 * 7\r');
    await until(() => /^>>> 6 \* 7\n42$/m.test(screen()), 'result not drawn');
    await keys('1/0\r');
    await until(() => screen().includes('ZeroDivisionError: division by zero'), 'traceback not drawn');
    expect(screen()).toContain('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero');
    expect(sgrAt('ZeroDivisionError')).toEqual(expect.arrayContaining(['1', '31']));
    expect(sgrAt('"<stdin>"')).toContain('35');
  });
  it('shows the status bar after a run, hides it with F2 and shows it again', async () => {
    await until(() => /last run [\d.]+ (µs|ms|s)  │  heap [\d.]+ MiB in \d+ blocks  │  gc count\/threshold \d+\/700 \d+\/10 \d+\/10  │  tracked \d+\/\d+\/\d+  │  F2\/Ctrl-T hide/.test(screen().replace(/\n/g, '')), 'no status bar');
    expect(sgrAt(' last run')).toEqual(expect.arrayContaining(['2', '7']));
    await keys('\x1bOQ');
    await until(() => !screen().includes('last run'), 'status bar not hidden');
    await keys('\x14');
    await until(() => screen().includes('last run'), 'status bar not shown again');
  });
  it('opens a completion menu with each candidate\'s kind, and moves the selection with Tab', async () => {
    await keys('items = [3, 1]\r');
    await until(() => screen().includes('>>> items = [3, 1]'), 'cell not run');
    await keys('items.c\t');
    await until(() => /clear +function/.test(live()), 'no completion menu');
    expect(live()).toMatch(/>>> items\.c \n?clear +function\ncopy +function\ncount +function/);
    await keys('\t');
    await until(() => sgrAt('clear').includes('7'), 'selection not drawn inverse');
    await keys('\t\r');
    await until(() => screen().includes('>>> items.copy'), 'chosen completion not inserted');
    expect(live()).not.toMatch(/count +function/);
    await keys('\x05\x15');
  });
  it('shows reverse search with the match, and takes the match on Right', async () => {
    await keys('\x12ite');
    await until(() => screen().includes("(reverse-i-search)`ite': items = [3, 1]"), 'no search line');
    // The search line takes the prompt's place, right above the status bar.
    expect(screen()).toMatch(/\n\(reverse-i-search\)`ite': items = \[3, 1\]\n last run/);
    await keys('\x1b[C');
    await until(() => live().includes('>>> items = [3, 1]'), 'match not taken into the prompt');
    await keys('\x05\x15');
  });
  it('keeps the live area shorter than the terminal: a 200-line paste is shown as a window', async () => {
    const code = Array.from({ length: 200 }, (_, i) => `v${i} = ${i}`).join('\n');
    await ctl.handle({ kind: 'paste', text: code });
    // ink-testing-library's stdout has no rows: the view assumes 24.
    await until(() => /\.\.\. ⋮ \d+ more lines above\n/.test(screen()), 'no window over the buffer');
    const liveLines = screen().slice(screen().lastIndexOf('>>> items = [3, 1]')).split('\n').slice(1);
    const area = liveLines.slice(liveLines.findIndex((l) => l.includes('more lines above')));
    expect(area.length).toBeLessThan(24);
    expect(area[area.length - 3]).toBe('... v199 = 199 ');   // the cursor line, then the status bar
    await keys('\x1b[A'.repeat(150));
    await until(() => screen().includes('... v49 = 49'), 'window did not follow the cursor up');
    expect(screen()).toMatch(/more lines below/);
    await keys('\x03');
  });
  it('asks for input() on its own line and records the answer in the transcript', async () => {
    await keys('name = input("who? ")\r');
    await until(() => live().includes('who? '), 'no input prompt');
    await keys('Ada');
    await until(() => live().includes('who? Ada'), 'typed answer not shown');
    expect(screen()).toMatch(/\nwho\? Ada \n last run/);
    await keys('\r');
    await keys('name\r');
    await until(() => screen().includes("who? Ada\n>>> name\n'Ada'"), 'answer not in the transcript');
  });
});
