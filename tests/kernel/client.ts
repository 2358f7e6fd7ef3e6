// A small Jupyter client for the tests: starts `glasspy kernel -f CONN` as a real process
// with a fresh connection file, and talks to it over real ZeroMQ sockets (DEALER for
// shell/control/stdin, SUB for iopub, REQ for heartbeat), signing with HMAC-SHA256 like
// jupyter_client.  Every message it receives is verified with the same key.
import { spawn, ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zmq from 'zeromq';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const GLASSPY = path.join(ROOT, 'bin', 'glasspy.js');

/**
 * Environment for the real Jupyter tools confined to a temporary directory: kernelspecs
 * from `tmp/prefix` (where `glasspy install --prefix` puts them), data, runtime, config and
 * glasspy's input history under `tmp`, so tests never touch the user's Jupyter set-up.
 */
export function jupyterEnv(tmp: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...process.env as Record<string, string>,
    JUPYTER_PATH: path.join(tmp, 'prefix', 'share', 'jupyter'),
    JUPYTER_DATA_DIR: path.join(tmp, 'data'),
    JUPYTER_RUNTIME_DIR: path.join(tmp, 'runtime'),
    JUPYTER_CONFIG_DIR: path.join(tmp, 'config'),
    GLASSPY_HISTORY: path.join(tmp, 'history.jsonl'),
    ...extra,
  };
}

export interface Msg {
  header: Record<string, unknown> & { msg_type: string; msg_id: string };
  parent_header: Record<string, unknown>;
  metadata: Record<string, unknown>;
  content: Record<string, any>;
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise<net.Server>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export function sign(key: string, frames: Buffer[]): string {
  if (key === '') return '';
  const h = crypto.createHmac('sha256', key);
  for (const f of frames) h.update(f);
  return h.digest('hex');
}

export interface StartOptions {
  transport?: 'tcp' | 'ipc'; key?: string; env?: Record<string, string>;
  /** Leave iopub unconnected until connectIopub() (a client that joins late). */
  lateIopub?: boolean;
}

export class TestKernel {
  readonly session = crypto.randomUUID();
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasspy-kernel-test-'));
  proc!: ChildProcess;
  stderr = '';
  exited: Promise<number | null> = Promise.resolve(null);
  // shell and stdin share a routing id, as jupyter_client's do, so the kernel's stdin
  // ROUTER can address an input_request to the client whose execute_request asked.
  shell = new zmq.Dealer({ linger: 0, routingId: this.session });
  control = new zmq.Dealer({ linger: 0 });
  stdin = new zmq.Dealer({ linger: 0, routingId: this.session });
  iopub = new zmq.Subscriber({ linger: 0 });
  hb = new zmq.Request({ linger: 0, receiveTimeout: 5000 });
  iopubMsgs: Msg[] = [];
  stdinMsgs: Msg[] = [];
  private replies = new Map<string, (m: Msg) => void>();
  private waiters: (() => void)[] = [];
  key = '';
  conn: Record<string, unknown> = {};
  connFile = '';
  startedAt = 0;

  async start(opts: StartOptions = {}): Promise<void> {
    this.key = opts.key ?? crypto.randomUUID();
    const transport = opts.transport ?? 'tcp';
    const [shell, iopub, stdin, control, hb] = transport === 'tcp' ? await freePorts(5) : [1, 2, 3, 4, 5];
    const ip = transport === 'tcp' ? '127.0.0.1' : path.join(this.dir, 'kernel');
    this.conn = { shell_port: shell, iopub_port: iopub, stdin_port: stdin, control_port: control, hb_port: hb, ip,
      key: this.key, transport, signature_scheme: 'hmac-sha256', kernel_name: 'glasspy' };
    this.connFile = path.join(this.dir, 'kernel.json');
    fs.writeFileSync(this.connFile, JSON.stringify(this.conn));
    const addr = (port: number) => (transport === 'tcp' ? `tcp://${ip}:${port}` : `ipc://${ip}-${port}`);
    this.startedAt = performance.now();
    this.proc = spawn(process.execPath, [GLASSPY, 'kernel', '-f', this.connFile], {
      stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GLASSPY_HISTORY: path.join(this.dir, 'history.jsonl'), ...opts.env },
    });
    this.proc.stderr!.on('data', (d) => { this.stderr += d.toString(); });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.shell.connect(addr(shell));
    this.control.connect(addr(control));
    this.stdin.connect(addr(stdin));
    this.iopubAddress = addr(iopub);
    if (!opts.lateIopub) this.connectIopub();
    this.hb.connect(addr(hb));
    this.pump(this.shell, (m) => this.replies.get(m.parent_header.msg_id as string)?.(m));
    this.pump(this.control, (m) => this.replies.get(m.parent_header.msg_id as string)?.(m));
    this.pump(this.stdin, (m) => { this.stdinMsgs.push(m); this.notify(); });
    this.pump(this.iopub, (m) => { this.iopubMsgs.push(m); this.notify(); });
  }

  private iopubAddress = '';

  connectIopub(): void {
    this.iopub.connect(this.iopubAddress);
    this.iopub.subscribe();
  }

  /**
   * jupyter_client's wait_for_ready: a PUB socket drops what is published before the SUB
   * has joined, so repeat kernel_info until its status messages arrive on iopub.
   */
  async waitForReady(): Promise<Msg> {
    for (let i = 0; ; i++) {
      const { frames, id } = this.frames('kernel_info_request', {});
      const reply = await this.sendFrames('shell', frames, id);
      try {
        await this.waitFor(() => this.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'status'), 500);
        return reply;
      } catch (e) {
        if (i > 40) throw e;
      }
    }
  }

  private notify(): void {
    const w = this.waiters.splice(0);
    for (const f of w) f();
  }

  decode(frames: Buffer[]): Msg {
    const i = frames.findIndex((f) => f.toString() === '<IDS|MSG>');
    if (i < 0) throw new Error('no delimiter');
    const [sig, h, p, m, c] = frames.slice(i + 1, i + 6);
    const expected = sign(this.key, [h, p, m, c]);
    if (sig.toString() !== expected) throw new Error(`bad signature from the kernel: ${sig.toString()}`);
    return { header: JSON.parse(h.toString()), parent_header: JSON.parse(p.toString()), metadata: JSON.parse(m.toString()), content: JSON.parse(c.toString()) };
  }

  private pump(sock: zmq.Dealer | zmq.Subscriber, on: (m: Msg) => void): void {
    void (async () => {
      try {
        for await (const frames of sock) on(this.decode(frames));
      } catch { /* socket closed */ }
    })();
  }

  header(msgType: string): Msg['header'] {
    return { msg_id: crypto.randomUUID(), session: this.session, username: 'test', date: new Date().toISOString(), msg_type: msgType, version: '5.3' };
  }

  frames(msgType: string, content: unknown, key = this.key): { frames: Buffer[]; id: string } {
    const header = this.header(msgType);
    const parts = [header, {}, {}, content].map((o) => Buffer.from(JSON.stringify(o)));
    return { frames: [Buffer.from('<IDS|MSG>'), Buffer.from(sign(key, parts)), ...parts], id: header.msg_id };
  }

  /** Send a request; resolves with its reply. */
  request(channel: 'shell' | 'control', msgType: string, content: unknown, timeoutMs = 20000): Promise<Msg> {
    const { frames, id } = this.frames(msgType, content);
    return this.sendFrames(channel, frames, id, timeoutMs);
  }

  sendFrames(channel: 'shell' | 'control' | 'stdin', frames: Buffer[], id: string, timeoutMs = 20000): Promise<Msg> {
    const p = new Promise<Msg>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no reply to ${id} within ${timeoutMs} ms; kernel stderr:\n${this.stderr}`)), timeoutMs);
      this.replies.set(id, (m) => { clearTimeout(t); this.replies.delete(id); resolve(m); });
    });
    void this[channel].send(frames);
    return p;
  }

  /** Send raw frames that should get no reply (bad messages). */
  async sendRaw(channel: 'shell' | 'control', frames: Buffer[]): Promise<void> {
    await this[channel].send(frames);
  }

  async waitFor(pred: () => boolean, timeoutMs = 20000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out waiting; kernel stderr:\n${this.stderr}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, 50); });
    }
  }

  /** The iopub messages a request caused, up to and including its idle status. */
  async iopubFor(id: string): Promise<Msg[]> {
    const done = () => this.iopubMsgs.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'status' && m.content.execution_state === 'idle');
    await this.waitFor(done);
    return this.iopubMsgs.filter((m) => m.parent_header.msg_id === id);
  }

  /** Execute code: the reply and the iopub messages of that request. */
  async execute(code: string, extra: Record<string, unknown> = {}): Promise<{ reply: Msg; iopub: Msg[] }> {
    const { frames, id } = this.frames('execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true, ...extra });
    const reply = await this.sendFrames('shell', frames, id);
    return { reply, iopub: await this.iopubFor(id) };
  }

  async heartbeat(payload: string): Promise<string> {
    await this.hb.send(payload);
    const [r] = await this.hb.receive();
    return r.toString();
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode === null) {
      try { await this.request('control', 'shutdown_request', { restart: false }, 5000); } catch { /* already gone */ }
      const t = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
      await this.exited;
      clearTimeout(t);
    }
    for (const s of [this.shell, this.control, this.stdin, this.iopub, this.hb]) s.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
