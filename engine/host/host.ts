// ## Running a session in a worker thread
//
// The main thread (the kernel's sockets, the REPL's terminal) stays free while a cell
// runs: heartbeat and control requests are answered, and an interrupt sets a flag in a
// SharedArrayBuffer that the eval loop checks at every backward jump and function entry
// (engine/vm/eval.ts, RESUME and JUMP_BACKWARD), so `while True: pass` stops with
// KeyboardInterrupt at once.  input() blocks the worker in Atomics.wait until
// inputReply() writes the answer.  If the worker dies (out of memory in V8, a crash), the
// request gets an error reply and a fresh worker starts.

import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ExecuteReply, ExecuteOptions } from '../session/session.js';
import type { CompleteResult } from '../session/complete.js';
import type { InspectResult } from '../session/inspect.js';
import type { IsCompleteResult } from '../session/iscomplete.js';
import type { DisplayMessage } from '../session/display.js';
import {
  HostRequest, HostReplyBody, WorkerMessage, WorkerData, CTL_INTERRUPT, CTL_INPUT_STATE, CTL_INPUT_LEN, CTL_SIZE, INPUT_BYTES,
} from './protocol.js';
import './worker.js';

export interface HostEvents {
  stream(name: 'stdout' | 'stderr', text: string): void;
  display(msg: DisplayMessage): void;
  inputRequest(prompt: string, password: boolean): void;
}

/** Loads the single-file bundle in the worker, with its V8 code cache, as bin/glasspy.js does. */
const BUNDLE_LOADER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path');
const { createRequire, Module } = require('node:module');
const file = workerData.bundle;
let cachedData;
try { cachedData = fs.readFileSync(file + '.cache'); } catch { cachedData = undefined; }
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, path.dirname(file));
`;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface HostOptions {
  /** V8 old-generation heap limit of the worker, in MiB (default: Node's). */
  maxHeapMb?: number;
  /** How the session names cells and formats tracebacks (default 'ipython'; the REPL's 'python'). */
  tracebackStyle?: 'ipython' | 'python';
}

interface Pending { resolve: (b: HostReplyBody) => void; type: HostRequest['type'] }

export class SessionHost {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly control = new SharedArrayBuffer(CTL_SIZE * 4);
  private readonly ctl = new Int32Array(this.control);
  private readonly input = new SharedArrayBuffer(INPUT_BYTES);
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private executing = false;
  private waitingInput = false;
  private stopping = false;
  /** Execute requests waiting for the worker to be ready, and an interrupt meant for them. */
  private queuedExecutes = 0;
  private interruptQueued = false;

  constructor(private readonly events: HostEvents, private readonly options: HostOptions = {}) {}

  /** Start the worker; resolves once its session is booted. */
  start(): Promise<void> {
    if (this.ready !== null) return this.ready;
    const here = fileURLToPath(import.meta.url);
    const data: WorkerData = { glasspyHost: true, control: this.control, input: this.input, tracebackStyle: this.options.tracebackStyle ?? 'ipython' };
    let worker: Worker;
    const opts = { resourceLimits: { stackSizeMb: 8, ...(this.options.maxHeapMb ? { maxOldGenerationSizeMb: this.options.maxHeapMb } : {}) } };
    if (here.endsWith('.cjs')) {
      data.bundle = here;
      worker = new Worker(BUNDLE_LOADER, { ...opts, eval: true, workerData: data });
    } else {
      worker = new Worker(new URL('./worker.js', import.meta.url), { ...opts, workerData: data });
    }
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') resolve();
        else this.onMessage(m);
      });
      worker.once('error', (e) => { reject(e); this.onExit(worker, e); });
      worker.once('exit', (code) => this.onExit(worker, new Error(`exit code ${code}`)));
    });
    return this.ready;
  }

  get busy(): boolean {
    return this.executing;
  }

  private onMessage(m: WorkerMessage): void {
    switch (m.type) {
      case 'stream': this.events.stream(m.name, m.text); break;
      case 'display': this.events.display(m.msg); break;
      case 'input_request':
        this.waitingInput = true;
        this.events.inputRequest(m.prompt, m.password);
        break;
      case 'reply': {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (p?.type === 'execute') this.executing = false;
        p?.resolve(m.body);
        break;
      }
      default: break;
    }
  }

  private onExit(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.ready = null;
    this.executing = false;
    this.waitingInput = false;
    const pending = [...this.pending.values()];
    this.pending.clear();
    if (this.stopping) return;
    const why = /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(`${(err as NodeJS.ErrnoException).code ?? ''} ${err.message}`)
      ? 'it ran out of memory' : `it stopped (${err.message})`;
    this.start().catch(() => {});
    for (const p of pending) p.resolve(workerLost(p.type, why));
  }

  private request<T extends HostReplyBody>(req: DistributiveOmit<HostRequest, 'id'>): Promise<T> {
    if (req.type === 'execute') this.queuedExecutes++;
    return this.start().then(() => new Promise<T>((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as (b: HostReplyBody) => void, type: req.type });
      let message = { ...req, id } as HostRequest;
      if (req.type === 'execute') {
        this.queuedExecutes--;
        this.executing = true;
        if (this.interruptQueued) message = { ...message, interrupted: true } as HostRequest;
        this.interruptQueued = false;
      }
      this.worker!.postMessage(message);
    }));
  }

  execute(code: string, opts: ExecuteOptions, allowStdin: boolean): Promise<ExecuteReply> {
    return this.request({ type: 'execute', code, opts, allowStdin });
  }

  complete(code: string, cursorPos: number): Promise<CompleteResult> {
    return this.request({ type: 'complete', code, cursorPos });
  }

  inspect(code: string, cursorPos: number, detailLevel: 0 | 1): Promise<InspectResult> {
    return this.request({ type: 'inspect', code, cursorPos, detailLevel });
  }

  isComplete(code: string): Promise<IsCompleteResult> {
    return this.request({ type: 'is_complete', code });
  }

  /** Raise KeyboardInterrupt in the running cell (a no-op when nothing runs). */
  interrupt(): void {
    if (!this.executing) {
      // A cell sent while the engine boots has not started: it will stop when it does.
      if (this.queuedExecutes > 0) this.interruptQueued = true;
      return;
    }
    Atomics.store(this.ctl, CTL_INTERRUPT, 1);
    Atomics.notify(this.ctl, CTL_INTERRUPT);
    if (this.waitingInput) {
      this.waitingInput = false;
      Atomics.store(this.ctl, CTL_INPUT_STATE, 2);
      Atomics.notify(this.ctl, CTL_INPUT_STATE);
    }
  }

  /** The answer to the last input request. */
  inputReply(text: string): void {
    if (!this.waitingInput) return;
    this.waitingInput = false;
    const bytes = Buffer.from(text, 'utf8');
    const n = Math.min(bytes.length, INPUT_BYTES);
    new Uint8Array(this.input).set(bytes.subarray(0, n));
    Atomics.store(this.ctl, CTL_INPUT_LEN, n);
    Atomics.store(this.ctl, CTL_INPUT_STATE, 1);
    Atomics.notify(this.ctl, CTL_INPUT_STATE);
  }

  /** A fresh session in a fresh worker. */
  async restart(): Promise<void> {
    await this.stop();
    this.stopping = false;
    await this.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    this.executing = false;
    for (const p of this.pending.values()) p.resolve(workerLost(p.type, 'the session was shut down'));
    this.pending.clear();
    if (w !== null) await w.terminate();
  }
}

function workerLost(type: HostRequest['type'], why: string): HostReplyBody {
  switch (type) {
    case 'execute':
      return {
        status: 'error', executionCount: 0, payload: [], userExpressions: {},
        error: { ename: 'KernelRestarted', evalue: `the glasspy engine was restarted: ${why}`,
          traceback: [`\x1b[0;31mKernelRestarted\x1b[0m: the glasspy engine was restarted because ${why}; the namespace is empty now.`] },
      };
    case 'complete': return { matches: [], cursor_start: 0, cursor_end: 0, metadata: { _jupyter_types_experimental: [] } };
    case 'inspect': return { status: 'ok', found: false, data: {}, metadata: {} };
    case 'is_complete': return { status: 'unknown' };
  }
}
