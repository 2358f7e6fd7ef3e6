// ## The worker side of a session host
//
// Runs in a worker_thread: boots the engine, makes a Session, points the eval loop's
// interrupt flag (tstate.interrupt) at the shared control buffer, and serves requests.
// Output is batched: a stream message goes out when 50 ms have passed since the last one
// or 64 KiB are waiting, and always before a display, an input request and a reply — so a
// long cell streams while it runs without one message per print().  input() and getpass
// post an input_request and block in Atomics.wait until the host writes the answer.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Session } from '../session/session.js';
import { tstate } from '../vm/tstate.js';
import { stdio, StdioSink, StdinSource } from '../vm/stdio.js';
import { newException, KeyboardInterrupt, NotImplementedError } from '../objects/exceptions.js';
import {
  HostRequest, HostReplyBody, WorkerMessage, WorkerData, CTL_INTERRUPT, CTL_INPUT_STATE, CTL_INPUT_LEN,
} from './protocol.js';
import { internalErrorToPython } from '../vm/errors.js';
import { runBackground, otherThreads } from '../vm/threads.js';

function emptyReply(type: HostRequest['type']): HostReplyBody {
  switch (type) {
    case 'execute': return { status: 'ok', executionCount: 0, error: null, payload: [], userExpressions: {} };
    case 'complete': return { matches: [], cursor_start: 0, cursor_end: 0, metadata: { _jupyter_types_experimental: [] } };
    case 'inspect': return { status: 'ok', found: false, data: {}, metadata: {} };
    case 'is_complete': return { status: 'unknown' };
  }
}

const BATCH_MS = 50;
const BATCH_BYTES = 64 * 1024;
/** How long threads left running by a cell run between requests at a time (ms). */
const BACKGROUND_MS = 20;

export function startWorker(data: WorkerData): void {
  const port = parentPort!;
  const post = (m: WorkerMessage) => port.postMessage(m);
  const control = new Int32Array(data.control);
  const inputBytes = new Uint8Array(data.input);
  tstate.interrupt = new Int32Array(data.control, CTL_INTERRUPT * 4, 1);

  let chunks: { name: 'stdout' | 'stderr'; text: string }[] = [];
  let pendingBytes = 0;
  let lastPost = 0;
  const flush = () => {
    for (const c of chunks) post({ type: 'stream', name: c.name, text: c.text });
    chunks = [];
    pendingBytes = 0;
    lastPost = Date.now();
  };
  const sink: StdioSink = {
    write(fd, text) {
      if (text === '') return;
      const name = fd === 1 ? 'stdout' : 'stderr';
      const last = chunks[chunks.length - 1];
      if (last !== undefined && last.name === name) last.text += text;
      else chunks.push({ name, text });
      pendingBytes += text.length;
      // On time, whole lines go out (print() writes the text and the newline separately).
      if (pendingBytes >= BATCH_BYTES || (text.endsWith('\n') && Date.now() - lastPost >= BATCH_MS)) flush();
    },
    beforeBlock() {
      if (chunks.length) flush();
    },
    flush() {
      if (chunks.length) flush();
    },
    isatty() {
      return false;
    },
  };
  // While input() waits for the front end, the thread calling it has dropped the GIL: other
  // threads run, in short stretches between looks at the answer cell.
  const waitForInput = () => {
    while (Atomics.load(control, CTL_INPUT_STATE) === 0) {
      let next = -1;
      if (otherThreads().length > 0) {
        try {
          next = runBackground(BACKGROUND_MS, 'io');
        } catch (e) {
          stdio.sink.write(2, `[glasspy] threads during input(): ${String(e)}\n`);
        }
        flush();
      }
      if (next === 0) continue;
      Atomics.wait(control, CTL_INPUT_STATE, 0, next > 0 ? Math.min(next, 1000) : undefined);
    }
  };
  let allowStdin = false;
  const source: StdinSource = {
    readLine() {
      return this.prompt!('', false);
    },
    prompt(prompt, password) {
      if (!allowStdin) throw newException(NotImplementedError, 'raw_input was called, but this frontend does not support stdin.');
      flush();
      Atomics.store(control, CTL_INPUT_STATE, 0);
      post({ type: 'input_request', prompt, password });
      waitForInput();
      const state = Atomics.load(control, CTL_INPUT_STATE);
      if (state === 2) {
        Atomics.store(control, CTL_INTERRUPT, 0);
        throw newException(KeyboardInterrupt, 'Interrupted by user');
      }
      const len = Atomics.load(control, CTL_INPUT_LEN);
      return Buffer.from(inputBytes.subarray(0, len)).toString('utf8') + '\n';
    },
  };
  stdio.sink = sink;
  stdio.source = source;
  const session = new Session({ onDisplay: (msg) => { flush(); post({ type: 'display', msg }); }, tracebackStyle: data.tracebackStyle });

  port.on('message', (req: HostRequest) => {
    let body: HostReplyBody;
    try {
      switch (req.type) {
        case 'execute':
          allowStdin = req.allowStdin;
          // An interrupt that came while the request waited (the engine was still booting)
          // applies to this cell: it stops at its first instruction.
          Atomics.store(control, CTL_INTERRUPT, req.type === 'execute' && req.interrupted ? 1 : 0);
          body = session.execute(req.code, req.opts);
          break;
        case 'complete': body = session.complete(req.code, req.cursorPos); break;
        case 'inspect': body = session.inspect(req.code, req.cursorPos, req.detailLevel); break;
        case 'is_complete': body = session.isComplete(req.code); break;
      }
    } catch (e) {
      // A Python exception escaping introspection (a __repr__ that raises while inspecting,
      // say) must not take the session down: the request gets an empty answer.
      const exc = internalErrorToPython(e, null);
      stdio.sink.write(2, `[glasspy] ${req.type} failed: ${session.errorInfo(exc).evalue}\n`);
      body = emptyReply(req.type);
    } finally {
      allowStdin = false;
    }
    flush();
    post({ type: 'reply', id: req.id, body });
    scheduleThreads();
  });

  // Threads a cell started keep running after it, in turns with the requests: a short
  // stretch at a time, or when a sleeping one's timer is due.
  let threadTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleThreads = (wait = 0) => {
    if (threadTimer !== null || wait < 0) return;
    threadTimer = setTimeout(() => {
      threadTimer = null;
      let next = -1;
      try {
        next = runBackground(BACKGROUND_MS);
      } catch (e) {
        stdio.sink.write(2, `[glasspy] background threads: ${String(e)}\n`);
      }
      flush();
      scheduleThreads(next);
    }, wait);
  };
  post({ type: 'ready' });
}

if (!isMainThread && (workerData as WorkerData | undefined)?.glasspyHost === true) startWorker(workerData as WorkerData);
