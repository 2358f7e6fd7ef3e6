// ## ZeroMQ transport for the Jupyter protocol
//
// The five sockets of a kernel (messaging spec, "Introduction"): shell, control and stdin
// are ROUTER, iopub is PUB (an XPUB here, see below), heartbeat is REP and echoes what it gets.  Addresses come from
// the connection file: tcp://ip:port, or ipc://ip-port as jupyter_client names ipc
// endpoints.  Messages are decoded and verified here; a bad one is logged and dropped.
// zeromq only allows one pending send per socket, so sends are chained per socket.
// Nothing here knows what a message means (kernel/handlers.ts does).
//
// ZeroMQ's "slow joiner": a SUB socket's subscription reaches the kernel a little after the
// client connects, and PUB drops what it sends before that.  A client that starts the kernel,
// asks for kernel_info on shell and executes at once (jupyter console does) can then miss the
// whole first cell on iopub — its busy/idle — and wait for ever.  So iopub is an XPUB that
// reads subscriptions, and iopub messages wait until the first subscriber is there (or
// SUBSCRIBER_WAIT_MS have passed, after which nobody is expected and they are sent as PUB would).

import { createRequire } from 'node:module';
import type * as Zmq from 'zeromq';
import { Message, Signer, decode, encode, newHeader, Header } from './wire.js';

export interface ConnectionInfo {
  transport: 'tcp' | 'ipc';
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: string;
  kernel_name?: string;
}

export type Channel = 'shell' | 'control' | 'stdin';
export type Log = (text: string) => void;

export function parseConnectionInfo(text: string): ConnectionInfo {
  const j = JSON.parse(text) as Partial<ConnectionInfo>;
  const transport = j.transport ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'ipc') throw new Error(`unsupported transport ${String(transport)}`);
  for (const k of ['shell_port', 'iopub_port', 'stdin_port', 'control_port', 'hb_port'] as const) {
    if (typeof j[k] !== 'number') throw new Error(`connection file has no ${k}`);
  }
  return {
    transport, ip: j.ip ?? '127.0.0.1', key: j.key ?? '', signature_scheme: j.signature_scheme ?? 'hmac-sha256',
    shell_port: j.shell_port!, iopub_port: j.iopub_port!, stdin_port: j.stdin_port!, control_port: j.control_port!, hb_port: j.hb_port!,
    kernel_name: j.kernel_name,
  };
}

function address(info: ConnectionInfo, port: number): string {
  return info.transport === 'ipc' ? `ipc://${info.ip}-${port}` : `tcp://${info.ip}:${port}`;
}

const SUBSCRIBER_WAIT_MS = 10_000;

export class Transport {
  readonly signer: Signer;
  readonly session = crypto.randomUUID();
  private readonly sendChains = new Map<Zmq.Socket, Promise<void>>();
  private closed = false;

  private constructor(
    private readonly sockets: { shell: Zmq.Router; control: Zmq.Router; stdin: Zmq.Router; iopub: Zmq.XPublisher; hb: Zmq.Reply },
    info: ConnectionInfo,
    private readonly log: Log,
  ) {
    this.signer = new Signer(info.key, info.signature_scheme);
    let open!: () => void;
    const subscribed = new Promise<void>((resolve) => { open = resolve; });
    this.openIopub = () => { this.iopubOpen = true; open(); };
    const timer = setTimeout(this.openIopub, SUBSCRIBER_WAIT_MS);
    timer.unref();
    this.sendChains.set(sockets.iopub, subscribed);
  }

  /** Lets iopub messages go: the first subscriber is there, the wait is over, or we close. */
  private readonly openIopub: () => void;
  private iopubOpen = false;

  private async watchSubscriptions(): Promise<void> {
    try {
      // A subscription message is the flag byte 1 followed by the topic prefix.
      for await (const [frame] of this.sockets.iopub) if (frame !== undefined && frame[0] === 1) this.openIopub();
    } catch (e) {
      if (!this.closed) this.log(`iopub subscriptions stopped: ${(e as Error).message}`);
    }
  }

  static async open(info: ConnectionInfo, log: Log): Promise<Transport> {
    // require, not import(): the bundle runs as a vm.Script, which has no dynamic-import hook.
    const zmq = createRequire(import.meta.url)('zeromq') as typeof Zmq;
    const sockets = {
      shell: new zmq.Router({ linger: 0 }), control: new zmq.Router({ linger: 0 }), stdin: new zmq.Router({ linger: 0 }),
      iopub: new zmq.XPublisher({ linger: 0 }), hb: new zmq.Reply({ linger: 0 }),
    };
    await Promise.all([
      sockets.shell.bind(address(info, info.shell_port)), sockets.control.bind(address(info, info.control_port)),
      sockets.stdin.bind(address(info, info.stdin_port)), sockets.iopub.bind(address(info, info.iopub_port)),
      sockets.hb.bind(address(info, info.hb_port)),
    ]);
    const t = new Transport(sockets, info, log);
    void t.heartbeat();
    void t.watchSubscriptions();
    return t;
  }

  private async heartbeat(): Promise<void> {
    const hb = this.sockets.hb;
    try {
      for await (const frames of hb) await hb.send(frames);
    } catch (e) {
      if (!this.closed) this.log(`heartbeat stopped: ${(e as Error).message}`);
    }
  }

  /** Deliver every valid message that arrives on a channel to handler. */
  listen(channel: Channel, handler: (msg: Message) => void): void {
    const sock = this.sockets[channel];
    void (async () => {
      try {
        for await (const frames of sock) {
          let msg: Message;
          try {
            msg = decode(frames, this.signer);
          } catch (e) {
            this.log(`dropped a bad message on ${channel}: ${(e as Error).message}`);
            continue;
          }
          try {
            handler(msg);
          } catch (e) {
            this.log(`error handling ${msg.header.msg_type} on ${channel}: ${(e as Error).stack ?? e}`);
          }
        }
      } catch (e) {
        if (!this.closed) this.log(`${channel} socket stopped: ${(e as Error).message}`);
      }
    })();
  }

  private sendFrames(sock: Zmq.Socket & Zmq.Writable, frames: Buffer[]): Promise<void> {
    const prev = this.sendChains.get(sock) ?? Promise.resolve();
    const next = prev.then(() => sock.send(frames)).catch((e: Error) => {
      if (!this.closed) this.log(`send failed: ${e.message}`);
    });
    this.sendChains.set(sock, next);
    return next;
  }

  /** A reply or request on a ROUTER channel, addressed to the parent's identities. */
  send(channel: Channel, msgType: string, content: unknown, parent: Message | null, metadata: Record<string, unknown> = {}): Promise<void> {
    const frames = encode({
      identities: parent?.identities ?? [], header: newHeader(msgType, this.session),
      parent_header: parent?.header ?? {}, metadata, content,
    }, this.signer);
    return this.sendFrames(this.sockets[channel], frames);
  }

  /** A message on iopub. */
  publish(msgType: string, content: unknown, parent: Partial<Header> | null): Promise<void> {
    const frames = encode({
      identities: [Buffer.from(`kernel.${this.session}.${msgType}`)], header: newHeader(msgType, this.session),
      parent_header: parent ?? {}, metadata: {}, content,
    }, this.signer);
    const sent = this.sendFrames(this.sockets.iopub, frames);
    // While iopub is held the message is queued in order; the kernel goes on meanwhile
    // (replies on shell do not wait for a subscriber that may never come).
    return this.iopubOpen ? sent : Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.openIopub();
    await Promise.all([...this.sendChains.values()]);
    for (const s of Object.values(this.sockets)) s.close();
  }
}
