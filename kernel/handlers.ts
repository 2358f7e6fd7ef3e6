// ## What the kernel does with each message
//
// Models ipykernel's Kernel (kernelbase.py) on top of a SessionHost: shell requests are
// handled one at a time in arrival order, each between status busy and idle on iopub;
// control requests (interrupt, shutdown, kernel_info) are handled at once, even while a
// cell runs.  An execute that fails with stop_on_error aborts the execute requests that
// are already waiting, as _abort_queues does.  Unknown message types are logged and
// dropped.  The transport underneath (kernel/transport.ts) is only used through `send`
// and `publish`.

import type { Message, Header } from './wire.js';
import type { Channel, Log } from './transport.js';
import type { SessionHost } from '../engine/host/host.js';
import type { DisplayMessage } from '../engine/session/display.js';
import type { ExecuteReply } from '../engine/session/session.js';
import { HistoryStore, HistoryTuple } from '../engine/session/history.js';
import { GLASSPY_VERSION, PYTHON_VERSION } from '../engine/version.js';
import { PROTOCOL_VERSION } from './wire.js';

export interface KernelIO {
  send(channel: Channel, msgType: string, content: unknown, parent: Message | null, metadata?: Record<string, unknown>): Promise<void>;
  publish(msgType: string, content: unknown, parent: Partial<Header> | null): Promise<void>;
}

export const LANGUAGE_INFO = {
  name: 'python',
  version: PYTHON_VERSION,
  mimetype: 'text/x-python',
  codemirror_mode: { name: 'ipython', version: 3 },
  pygments_lexer: 'ipython3',
  nbconvert_exporter: 'python',
  file_extension: '.py',
};

export function kernelInfo(): Record<string, unknown> {
  return {
    status: 'ok',
    protocol_version: PROTOCOL_VERSION,
    implementation: 'glasspy',
    implementation_version: GLASSPY_VERSION,
    language_info: LANGUAGE_INFO,
    banner: `Python ${PYTHON_VERSION} (glasspy ${GLASSPY_VERSION}, a Python 3.11 virtual machine in TypeScript)\n` +
      "Type 'copyright', 'credits' or 'license' for more information\n",
    help_links: [
      { text: 'Python Reference', url: 'https://docs.python.org/3.11' },
    ],
  };
}

type Content = Record<string, unknown>;

export class KernelHandlers {
  private readonly queue: Message[] = [];
  private processing = false;
  private nextCount = 1;
  /** The request whose cell is running: streams, displays and input requests belong to it. */
  private current: Message | null = null;
  /** The last execute request's header (output of threads still running after it). */
  private lastParent: Message['header'] | null = null;
  private readonly history: HistoryStore;
  private lastOutput: string | null = null;
  /** Called once a kernel_info_reply has been sent (kernel.ts starts the session then). */
  afterKernelInfo: () => void = () => {};

  constructor(
    private readonly io: KernelIO,
    private readonly host: SessionHost,
    private readonly log: Log,
    private readonly onShutdown: (restart: boolean) => void,
    historyFile?: string,
  ) {
    this.history = new HistoryStore(historyFile);
  }

  // ## Events from the running cell

  stream(name: 'stdout' | 'stderr', text: string): void {
    // Output of threads still running after their cell goes with the last cell, as ipykernel's.
    void this.io.publish('stream', { name, text }, this.current?.header ?? this.lastParent);
  }

  display(msg: DisplayMessage): void {
    const parent = this.current?.header ?? null;
    if (msg.kind === 'execute_result') {
      this.lastOutput = typeof msg.data['text/plain'] === 'string' ? msg.data['text/plain'] : null;
      void this.io.publish('execute_result', { execution_count: msg.executionCount, data: msg.data, metadata: msg.metadata }, parent);
    } else if (msg.kind === 'clear_output') {
      void this.io.publish('clear_output', { wait: msg.wait === true }, parent);
    } else {
      void this.io.publish(msg.kind, { data: msg.data, metadata: msg.metadata, transient: msg.transient }, parent);
    }
  }

  inputRequest(prompt: string, password: boolean): void {
    const parent = this.current;
    if (parent === null) {
      this.host.inputReply('');
      return;
    }
    void this.io.send('stdin', 'input_request', { prompt, password }, parent);
  }

  // ## Channels

  onShell(msg: Message): void {
    this.queue.push(msg);
    if (!this.processing) void this.drain();
  }

  private async drain(): Promise<void> {
    this.processing = true;
    try {
      while (this.queue.length) {
        const msg = this.queue.shift()!;
        await this.status('busy', msg);
        try {
          const failed = await this.handleShell(msg);
          if (failed) await this.abortQueued();
        } catch (e) {
          this.log(`error in ${msg.header.msg_type}: ${(e as Error).stack ?? e}`);
        }
        await this.status('idle', msg);
      }
    } finally {
      this.processing = false;
    }
  }

  /** ipykernel's _abort_queues: execute requests already waiting get status 'aborted'. */
  private async abortQueued(): Promise<void> {
    const waiting = this.queue.splice(0);
    for (const msg of waiting) {
      if (msg.header.msg_type !== 'execute_request') {
        this.queue.push(msg);
        continue;
      }
      await this.status('busy', msg);
      await this.io.send('shell', 'execute_reply', { status: 'aborted' }, msg, { status: 'aborted', started: new Date().toISOString(), dependencies_met: true, engine: '' });
      await this.status('idle', msg);
    }
  }

  async onControl(msg: Message): Promise<void> {
    const type = msg.header.msg_type;
    await this.status('busy', msg);
    try {
      switch (type) {
        case 'interrupt_request':
          this.host.interrupt();
          await this.io.send('control', 'interrupt_reply', { status: 'ok' }, msg);
          break;
        case 'shutdown_request':
          await this.shutdown(msg, 'control');
          break;
        case 'kernel_info_request':
          await this.io.send('control', 'kernel_info_reply', kernelInfo(), msg);
          this.afterKernelInfo();
          break;
        default:
          this.log(`unknown message type ${type} on control; dropped`);
      }
    } finally {
      await this.status('idle', msg);
    }
  }

  onStdin(msg: Message): void {
    if (msg.header.msg_type !== 'input_reply') {
      this.log(`unexpected ${msg.header.msg_type} on stdin; dropped`);
      return;
    }
    const value = (msg.content as Content).value;
    this.host.inputReply(typeof value === 'string' ? value : '');
  }

  interrupt(): void {
    this.host.interrupt();
  }

  private status(state: 'busy' | 'idle', parent: Message): Promise<void> {
    return this.io.publish('status', { execution_state: state }, parent.header);
  }

  /** Handle one shell request; true when it was an execute that failed with stop_on_error. */
  private async handleShell(msg: Message): Promise<boolean> {
    const c = msg.content as Content;
    const str = (v: unknown, d = '') => (typeof v === 'string' ? v : d);
    const int = (v: unknown, d = 0) => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : d);
    switch (msg.header.msg_type) {
      case 'kernel_info_request':
        await this.io.send('shell', 'kernel_info_reply', kernelInfo(), msg);
        this.afterKernelInfo();
        return false;
      case 'execute_request':
        return this.execute(msg, c);
      case 'complete_request': {
        const code = str(c.code);
        const r = await this.host.complete(code, int(c.cursor_pos, Array.from(code).length));
        await this.io.send('shell', 'complete_reply', { status: 'ok', ...r }, msg);
        return false;
      }
      case 'inspect_request': {
        const code = str(c.code);
        const r = await this.host.inspect(code, int(c.cursor_pos, Array.from(code).length), int(c.detail_level) > 0 ? 1 : 0);
        await this.io.send('shell', 'inspect_reply', r, msg);
        return false;
      }
      case 'is_complete_request': {
        const r = await this.host.isComplete(str(c.code));
        await this.io.send('shell', 'is_complete_reply', r, msg);
        return false;
      }
      case 'history_request':
        await this.io.send('shell', 'history_reply', { status: 'ok', history: this.historyQuery(c) }, msg);
        return false;
      case 'comm_info_request':
        await this.io.send('shell', 'comm_info_reply', { status: 'ok', comms: {} }, msg);
        return false;
      case 'comm_open': {
        // No comm targets are registered: close it, as ipykernel's CommManager does.
        this.log(`No such comm target registered: ${str(c.target_name)}`);
        await this.io.publish('comm_close', { comm_id: str(c.comm_id), data: {} }, msg.header);
        return false;
      }
      case 'comm_msg':
      case 'comm_close':
        this.log(`${msg.header.msg_type} for unknown comm ${str(c.comm_id)}; dropped`);
        return false;
      case 'shutdown_request':
        await this.shutdown(msg, 'shell');
        return false;
      default:
        this.log(`unknown message type ${msg.header.msg_type} on shell; dropped`);
        return false;
    }
  }

  private historyQuery(c: Content): HistoryTuple[] {
    const output = c.output === true;
    const n = typeof c.n === 'number' ? c.n : null;
    switch (c.hist_access_type) {
      case 'tail': return this.history.tail(n ?? 10, output);
      case 'range': return this.history.range(typeof c.session === 'number' ? c.session : 0,
        typeof c.start === 'number' ? c.start : 0, typeof c.stop === 'number' ? c.stop : null, output);
      case 'search': return this.history.search(typeof c.pattern === 'string' ? c.pattern : '*', n, c.unique === true, output);
      default: return [];
    }
  }

  private async execute(msg: Message, c: Content): Promise<boolean> {
    const code = typeof c.code === 'string' ? c.code : '';
    const silent = c.silent === true;
    const storeHistory = typeof c.store_history === 'boolean' ? c.store_history : !silent;
    const allowStdin = c.allow_stdin === true;
    const stopOnError = c.stop_on_error !== false;
    const userExpressions: Record<string, string> = {};
    if (c.user_expressions !== null && typeof c.user_expressions === 'object') {
      for (const [k, v] of Object.entries(c.user_expressions as Content)) if (typeof v === 'string') userExpressions[k] = v;
    }
    const started = new Date().toISOString();
    if (!silent) await this.io.publish('execute_input', { code, execution_count: this.nextCount }, msg.header);
    this.current = msg;
    this.lastParent = msg.header;
    this.lastOutput = null;
    let r: ExecuteReply;
    try {
      r = await this.host.execute(code, { silent, storeHistory, userExpressions }, allowStdin);
    } finally {
      this.current = null;
    }
    const stored = storeHistory && !silent;
    if (stored) {
      this.history.store(this.nextCount, code, this.lastOutput);
      this.nextCount++;
    }
    const count = r.executionCount > 0 ? r.executionCount : this.nextCount - 1;
    let content: Content;
    if (r.error !== null) {
      // A magic's UsageError was already written to stderr, as IPython does; like ipykernel,
      // no error message is published for it.
      if (r.error.ename !== 'UsageError') {
        await this.io.publish('error', { ename: r.error.ename, evalue: r.error.evalue, traceback: r.error.traceback }, msg.header);
      }
      content = { status: 'error', ename: r.error.ename, evalue: r.error.evalue, traceback: r.error.traceback,
        execution_count: count, user_expressions: r.userExpressions, payload: r.payload };
    } else {
      content = { status: 'ok', execution_count: count, user_expressions: r.userExpressions, payload: r.payload };
    }
    await this.io.send('shell', 'execute_reply', content, msg,
      { started, dependencies_met: true, engine: '', status: content.status });
    return r.error !== null && stopOnError && !silent;
  }

  private async shutdown(msg: Message, channel: Channel): Promise<void> {
    const restart = (msg.content as Content).restart === true;
    // Requests queued before the shutdown die with the old session, as they do when ipykernel's
    // process exits.  Drop them before replying: a client may send its next request the moment
    // it has the reply, and that one belongs to the new session.
    if (restart) this.queue.splice(0);
    await this.io.send(channel, 'shutdown_reply', { status: 'ok', restart }, msg);
    if (restart) {
      await this.host.restart();
      this.nextCount = 1;
    }
    this.onShutdown(restart);
  }
}
