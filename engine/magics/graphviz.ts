// ## Graphviz layout, synchronously
//
// Reference graphs (%gc graph) are laid out by Graphviz itself, compiled to WebAssembly
// (@hpcc-js/wasm-graphviz) rather than by a hand-written layout.  Its API is asynchronous
// (the wasm module is instantiated with a promise) while a magic runs synchronously inside
// a cell, so the layout runs in a helper worker thread: the caller writes the DOT text into
// shared memory and blocks in Atomics.wait until the worker has written the SVG back.  The
// worker is started on first use and does not keep the process alive.

import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const BUFFER_BYTES = 16 << 20;
/** Control cells: state (0 idle, 1 request, 2 done, 3 failed), then the byte length. */
const STATE = 0, LENGTH = 1;
const TIMEOUT_MS = 60_000;

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const ctl = new Int32Array(workerData.control);
const bytes = new Uint8Array(workerData.buffer);
import(workerData.module).then(({ Graphviz }) => Graphviz.load()).then((gv) => serve(gv), (e) => serve(null, e));
function serve(gv, loadError) {
  for (;;) {
    Atomics.wait(ctl, 0, 0);
    if (Atomics.load(ctl, 0) !== 1) continue;
    let out, state = 2;
    try {
      if (gv === null) throw loadError;
      const dot = Buffer.from(bytes.subarray(0, Atomics.load(ctl, 1))).toString('utf8');
      out = Buffer.from(gv.dot(dot), 'utf8');
    } catch (e) {
      out = Buffer.from(String(e && e.message || e), 'utf8');
      state = 3;
    }
    if (out.length > bytes.length) { out = Buffer.from('the SVG is too large', 'utf8'); state = 3; }
    bytes.set(out);
    Atomics.store(ctl, 1, out.length);
    Atomics.store(ctl, 0, state);
    Atomics.notify(ctl, 0);
  }
}`;

let worker: { ctl: Int32Array; bytes: Uint8Array } | null = null;

function start(): { ctl: Int32Array; bytes: Uint8Array } {
  if (worker !== null) return worker;
  const control = new SharedArrayBuffer(8);
  const buffer = new SharedArrayBuffer(BUFFER_BYTES);
  const module = pathToFileURL(createRequire(import.meta.url).resolve('@hpcc-js/wasm-graphviz')).href;
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { control, buffer, module } });
  w.unref();
  worker = { ctl: new Int32Array(control), bytes: new Uint8Array(buffer) };
  return worker;
}

/** Lays out a DOT graph and returns Graphviz's SVG; throws Error with Graphviz's message. */
export function renderSvg(dot: string): string {
  const { ctl, bytes } = start();
  const input = Buffer.from(dot, 'utf8');
  if (input.length > bytes.length) throw new Error('the graph is too large to lay out');
  bytes.set(input);
  Atomics.store(ctl, LENGTH, input.length);
  Atomics.store(ctl, STATE, 1);
  Atomics.notify(ctl, STATE);
  const end = Date.now() + TIMEOUT_MS;
  while (Atomics.load(ctl, STATE) === 1) {
    if (Atomics.wait(ctl, STATE, 1, Math.max(1, end - Date.now())) === 'timed-out') {
      throw new Error('Graphviz did not answer in time');
    }
  }
  const state = Atomics.load(ctl, STATE);
  const text = Buffer.from(bytes.subarray(0, Atomics.load(ctl, LENGTH))).toString('utf8');
  Atomics.store(ctl, STATE, 0);
  if (state !== 2) throw new Error(`Graphviz could not lay out the graph: ${text}`);
  return text;
}

/** A DOT string literal. */
export function dotString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}
