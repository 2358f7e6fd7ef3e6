// A REPL controller on a real session host, wired as repl/main.ts wires them: the engine's
// stream output, displays and input() prompts go to the controller.  The host comes from the
// build (dist/), whose worker file exists; the controller from source.

import { SessionHost } from '../../dist/engine/host/host.js';
import { ReplController } from '../../repl/controller.js';
import type { History } from '../../repl/history.js';

export function createReplSession(history: History, onChange: () => void, opts: { statusBar: boolean }): { host: SessionHost; ctl: ReplController } {
  // The host is made first and calls back into the controller only once code runs.
  let ctl!: ReplController;
  const host = new SessionHost({
    stream: (name, text) => ctl.stream(name, text),
    display: (msg) => ctl.display(msg),
    inputRequest: (prompt) => ctl.inputRequest(prompt),
  }, { tracebackStyle: 'python' });
  ctl = new ReplController(host, history, onChange, opts);
  return { host, ctl };
}
