// ## `glasspy` with no arguments: the terminal REPL
//
// On a terminal: the banner, then the Ink app over a session host (the engine runs in a
// worker thread, so the screen stays live and Ctrl-C reaches running code).  When stdin
// is not a terminal, glasspy reads it as a program and runs it, as `python3 < file` does,
// so pipes and CI never meet a half-drawn UI.

import { SessionHost } from '../engine/host/host.js';
import { GLASSPY_VERSION, PYTHON_VERSION } from '../engine/version.js';
import { connectRepl } from './controller.js';
import { History, defaultHistoryFile } from './history.js';
import { KeyParser, ENABLE_BRACKETED_PASTE, DISABLE_BRACKETED_PASTE } from './keys.js';
import { makeApp } from './view.js';
import { PassThrough } from 'node:stream';
import type * as InkModule from 'ink';
import type * as ReactModule from 'react';

export interface ReplOptions {
  statusBar: boolean;
  history: boolean;
  /** `glasspy -i FILE ARGS`: run this script first (source, absolute path, sys.argv). */
  script?: { source: string; path: string; argv: string[] };
}

export const BANNER = `Python ${PYTHON_VERSION} (glasspy ${GLASSPY_VERSION}) — Python with the lid off
Type %lsmagic for the magics, obj? for help; Ctrl-D or exit() leaves.`;

/**
 * Ink decides when it is imported whether it runs "in CI" (CI or CONTINUOUS_INTEGRATION set)
 * and then draws only its last frame, on exit: no prompt line, no status bar.  The REPL only
 * runs on a terminal, which is interactive wherever it is, so ink is loaded with those
 * variables hidden.  React picks its build from NODE_ENV when it is loaded: the development
 * build checks every render and costs milliseconds a key, so NODE_ENV is "production" while
 * it loads unless the user set it.  The variables are put back at once, so Python's
 * os.environ sees the user's own.
 */
export function importInteractiveInk(importModule: (name: string) => Promise<unknown>): Promise<[typeof InkModule, typeof ReactModule]> {
  const saved: Record<string, string | undefined> = {};
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'NODE_ENV']) saved[key] = process.env[key];
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  if (saved.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
  const loaded = Promise.all([importModule('ink'), importModule('react')]) as Promise<[typeof InkModule, typeof ReactModule]>;
  return loaded.finally(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}

export async function runRepl(opts: ReplOptions, importModule: (name: string) => Promise<unknown>): Promise<number> {
  const listeners = new Set<() => void>();
  let leave: ((code: number) => void) | null = null;
  const changed = () => {
    for (const fn of listeners) fn();
    // exit() and sys.exit() end a run rather than a key press, so the exit is noticed here.
    if (ctl.exitCode !== null && leave !== null) leave(ctl.exitCode);
  };
  const { host, ctl } = connectRepl((events) => new SessionHost(events, { tracebackStyle: 'python' }),
    new History(opts.history ? defaultHistoryFile() : null), changed, { statusBar: opts.statusBar });
  process.stdout.write(BANNER + '\n');
  // Loading ink (its layout engine is WebAssembly) takes a few hundred milliseconds: the
  // prompt is shown at once and keys typed meanwhile are kept, then ink redraws the line.
  // (With -i the script's output comes first, so no prompt yet.)
  if (opts.script === undefined) process.stdout.write('>>> ');
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  const early: string[] = [];
  const keepEarly = (chunk: string) => { early.push(chunk); };
  stdin.on('data', keepEarly);
  const booted = host.start();
  // The engine boots in its worker while ink loads and the prompt is drawn: the first
  // request simply waits for it, so the prompt does not.  (After start(): the worker takes
  // its copy of the environment, CI included, when it is created.)
  const ui = importInteractiveInk(importModule);
  // Builtin names for highlighting arrive once the engine is up; until then they are plain.
  const builtins = new Set<string>();
  void booted.then(() => host.execute('', { silent: true, storeHistory: false, userExpressions: { b: "' '.join(dir(__import__('builtins')))" } }, false))
    .then((names) => {
      const listing = (names.userExpressions.b as { data?: Record<string, string> } | undefined)?.data?.['text/plain'] ?? "''";
      for (const n of listing.slice(1, -1).split(' ')) builtins.add(n);
      changed();
    }, () => {});
  const [ink, React] = await ui;
  stdin.off('data', keepEarly);
  process.stdout.write('\r\x1b[2K');

  const App = makeApp(ink, React, ctl, builtins, (fn) => { listeners.add(fn); return () => listeners.delete(fn); });
  // Ink gets a stdin of its own: the REPL decodes the terminal itself (keys.ts).
  const app = ink.render(React.createElement(App), { stdin: new PassThrough() as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false });

  process.stdout.write(ENABLE_BRACKETED_PASTE);
  const parser = new KeyParser();
  let queue = Promise.resolve();
  return new Promise<number>((resolve) => {
    let finished = false;
    const finish = async (code: number) => {
      if (finished) return;
      finished = true;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write(DISABLE_BRACKETED_PASTE);
      app.unmount();
      await host.stop();
      resolve(code);
    };
    const onData = (chunk: string) => {
      for (const ev of parser.feed(chunk)) {
        if (ctl.urgent(ev)) continue;
        queue = queue.then(() => ctl.handle(ev)).then(async () => {
          if (ctl.exitCode !== null) await finish(ctl.exitCode);
        }).catch(async (e) => {
          // A bug in the REPL itself must not leave the terminal in raw mode.
          process.stderr.write(`glasspy: internal REPL error: ${(e as Error).message}\n`);
          await finish(1);
        });
      }
    };
    leave = (code) => void finish(code);
    // The script runs before any key: keys typed meanwhile wait in the queue behind it.
    const script = opts.script;
    if (script !== undefined) {
      ctl.running = ctl.runScript(script.source, script.path, script.argv).finally(() => { ctl.running = null; changed(); });
      queue = ctl.running.then(async () => { if (ctl.exitCode !== null) await finish(ctl.exitCode); });
    }
    stdin.on('data', onData);
    for (const chunk of early) onData(chunk);
  });
}
