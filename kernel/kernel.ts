// ## `glasspy kernel -f CONNECTION_FILE`
//
// Binds the sockets the connection file names, starts the session's worker (without
// waiting for it: kernel_info is answered at once), announces status 'starting', and
// runs until a shutdown_request.  SIGINT interrupts the running cell, as
// interrupt_mode 'signal' expects; SIGTERM shuts down.

import * as fs from 'node:fs';
import { SessionHost } from '../engine/host/host.js';
import { Transport, parseConnectionInfo } from './transport.js';
import { KernelHandlers } from './handlers.js';

const log = (text: string) => process.stderr.write(`[glasspy kernel] ${text}\n`);

export async function runKernel(connectionFile: string): Promise<void> {
  const info = parseConnectionInfo(fs.readFileSync(connectionFile, 'utf8'));
  const transport = await Transport.open(info, log);
  let handlers: KernelHandlers | null = null;
  const host = new SessionHost({
    stream: (name, text) => handlers!.stream(name, text),
    display: (msg) => handlers!.display(msg),
    inputRequest: (prompt, password) => handlers!.inputRequest(prompt, password),
  });
  const exit = async () => {
    await host.stop();
    await transport.close();
    process.exit(0);
  };
  handlers = new KernelHandlers(transport, host, log, (restart) => { if (!restart) void exit(); });
  transport.listen('shell', (m) => handlers!.onShell(m));
  transport.listen('control', (m) => { void handlers!.onControl(m); });
  transport.listen('stdin', (m) => handlers!.onStdin(m));
  process.on('SIGINT', () => handlers!.interrupt());
  process.on('SIGTERM', () => { void exit(); });
  await transport.publish('status', { execution_state: 'starting' }, null);
  // The worker boots the engine (~100-200 ms of CPU).  Front ends ask kernel_info first,
  // and its reply needs no engine, so the worker starts after that reply has gone out
  // (or after 200 ms); a request that needs the session before then starts it at once.
  let started = false;
  const startSession = () => {
    if (started) return;
    started = true;
    host.start().catch((e: Error) => log(`the session could not start: ${e.message}`));
  };
  handlers.afterKernelInfo = startSession;
  setTimeout(startSession, 200).unref();
}
