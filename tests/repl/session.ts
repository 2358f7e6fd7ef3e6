// A REPL controller on a real session host, wired as repl/main.ts wires them: the engine's
// stream output, displays and input() prompts go to the controller.  The host comes from the
// build (dist/), whose worker file exists; the controller from source.

import { SessionHost } from '../../dist/engine/host/host.js';
import { ReplController, connectRepl } from '../../repl/controller.js';
import type { History } from '../../repl/history.js';

export function createReplSession(history: History, onChange: () => void, opts: { statusBar: boolean }): { host: SessionHost; ctl: ReplController } {
  return connectRepl((events) => new SessionHost(events, { tracebackStyle: 'python' }), history, onChange, opts);
}
