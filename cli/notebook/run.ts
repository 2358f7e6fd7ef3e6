// ## Headless notebook runs: `glasspy NOTEBOOK.ipynb`
//
// Executes a notebook's code cells in order on one session, as `jupyter execute` (nbclient)
// does, but with the engine in this process (in a worker thread, so a per-cell timeout can
// interrupt a cell) instead of a kernel behind sockets.  Outputs are stored as nbclient
// stores them — stream, display_data, execute_result with its count, error with the
// traceback — except that consecutive writes to the same stream are kept as one output,
// as a notebook front end shows them.  Without `--allow-errors` the run stops at the first
// failing cell (one tagged `raises-exception` may fail) and nothing is written, as with
// nbclient; the output file is written to a temporary name and renamed, so it is never
// left half-written.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { SessionHost } from '../../engine/host/host.js';
import type { DisplayMessage } from '../../engine/session/display.js';
import { readNotebook, writeNotebook, NotebookFormatError, type Notebook, type Cell, type Output } from './nbformat.js';
import { Progress, type CellReport } from './progress.js';
import { PYTHON_VERSION } from '../../engine/version.js';

export interface NotebookRunOptions {
  file: string;
  /** Where to write the executed notebook; null runs without writing. */
  output: string | null;
  allowErrors: boolean;
  /** Seconds a cell may run before it is interrupted; null for no limit. */
  timeout: number | null;
  quiet: boolean;
}

export const NOTEBOOK_USAGE = `usage: glasspy NOTEBOOK.ipynb [-o OUT.ipynb | --inplace] [--allow-errors] [--timeout SECONDS] [--quiet]

Execute a notebook's code cells in order and write the outputs, as \`jupyter execute\` does.

options:
  -o, --output OUT.ipynb  write the executed notebook to OUT.ipynb
  --inplace               write the executed notebook back to NOTEBOOK.ipynb
  --allow-errors          keep going after a cell raises; its error is stored as its output
  --timeout SECONDS       interrupt a cell that runs longer than this (default: no limit)
  --quiet                 show only errors and the summary
`;

/** Parses the arguments after the notebook's name; a string is a usage error. */
export function parseNotebookArgs(file: string, args: string[]): NotebookRunOptions | string {
  const opts: NotebookRunOptions = { file, output: null, allowErrors: false, timeout: null, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | null => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[++i] ?? null));
    if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      const v = value();
      if (v === null) return `argument ${a}: expected a file name`;
      opts.output = v;
    } else if (a === '--inplace') opts.output = file;
    else if (a === '--allow-errors') opts.allowErrors = true;
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const v = value();
      const n = v === null ? NaN : Number(v);
      if (!(n > 0)) return `argument --timeout: expected a positive number of seconds, got ${v === null ? 'nothing' : JSON.stringify(v)}`;
      opts.timeout = n;
    } else return `unrecognized argument: ${a}`;
  }
  return opts;
}

/** Runs the notebook; resolves to the process exit status. */
export async function runNotebook(opts: NotebookRunOptions, stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  const progress = (total: number) => new Progress({ write: (t) => stderr.write(t), isTTY: !!stderr.isTTY, columns: stderr.columns ?? 80 }, total, opts.quiet);
  let text: string;
  try {
    text = fs.readFileSync(opts.file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EISDIR' ? 'Is a directory' : err.message;
    stderr.write(`glasspy: can't open notebook '${opts.file}': ${why}\n`);
    return 2;
  }
  let nb: Notebook;
  try {
    nb = readNotebook(text, opts.file);
  } catch (e) {
    if (!(e instanceof NotebookFormatError)) throw e;
    stderr.write(`glasspy: ${e.message}\n`);
    return 1;
  }

  const codeCells = nb.cells.filter((c) => c.cell_type === 'code');
  const shown = progress(codeCells.length);
  const collector = new OutputCollector();
  const host = new SessionHost({
    stream: (name, t) => collector.stream(name, t),
    display: (msg) => collector.display(msg),
    // Cells run with allow_stdin false (nobody is there to answer), so input() raises in
    // the cell as under nbclient; an input request cannot arrive, but must not hang if it does.
    inputRequest: () => host.inputReply(''),
  });
  const reports: CellReport[] = [];
  let status = 0;
  try {
    await host.start();
    nb.metadata.language_info = {
      codemirror_mode: { name: 'ipython', version: 3 }, file_extension: '.py', mimetype: 'text/x-python',
      name: 'python', nbconvert_exporter: 'python', pygments_lexer: 'ipython3', version: PYTHON_VERSION,
    };
    for (const cell of codeCells) {
      const index = reports.length + 1;
      shown.cellStarting(index, cell.source);
      const started = Date.now();
      const { ok, timedOut } = await runCell(host, cell, collector, opts.timeout);
      reports.push({ index, ok, seconds: (Date.now() - started) / 1000 });
      if (ok) continue;
      const allowed = opts.allowErrors || hasTag(cell, 'raises-exception');
      if (timedOut) shown.message(`glasspy: cell ${index} timed out after ${opts.timeout} s and was interrupted`);
      if (allowed) continue;
      shown.message(`glasspy: cell ${index} of ${codeCells.length} raised an error; stopping (use --allow-errors to continue)\n`
        + cellErrorText(cell, !!stderr.isTTY));
      status = 1;
      break;
    }
  } finally {
    await host.stop();
  }
  const wrote = status === 0 && opts.output !== null ? opts.output : null;
  if (wrote !== null) {
    try {
      writeAtomically(wrote, writeNotebook(nb));
    } catch (e) {
      shown.message(`glasspy: can't write '${wrote}': ${(e as Error).message}`);
      shown.finish(reports, null);
      return 1;
    }
  }
  shown.finish(reports, wrote);
  return status;
}

async function runCell(host: SessionHost, cell: Cell, collector: OutputCollector, timeout: number | null) {
  collector.begin();
  let timedOut = false;
  const timer = timeout === null ? null : setTimeout(() => { timedOut = true; host.interrupt(); }, timeout * 1000);
  const reply = await host.execute(cell.source, { silent: false, storeHistory: true }, false);
  if (timer !== null) clearTimeout(timer);
  const outputs = collector.end();
  if (reply.status === 'error' && reply.error !== null) {
    outputs.push({ output_type: 'error', ename: reply.error.ename, evalue: reply.error.evalue, traceback: reply.error.traceback });
  }
  for (const p of reply.payload) {
    // `obj?` help goes to the pager in a front end; a stored notebook keeps it as text.
    const data = (p as { data?: Record<string, unknown> }).data;
    if (data && typeof data['text/plain'] === 'string') outputs.push({ output_type: 'stream', name: 'stdout', text: data['text/plain'] + '\n' });
  }
  cell.outputs = outputs;
  cell.execution_count = reply.executionCount;
  return { ok: reply.status === 'ok', timedOut };
}

/** Gathers one cell's outputs as nbformat output objects. */
class OutputCollector {
  private outputs: Output[] = [];
  private clearPending = false;

  begin(): void {
    this.outputs = [];
    this.clearPending = false;
  }

  end(): Output[] {
    return this.outputs;
  }

  stream(name: 'stdout' | 'stderr', text: string): void {
    this.applyPendingClear();
    const last = this.outputs[this.outputs.length - 1];
    if (last && last.output_type === 'stream' && last.name === name) last.text = (last.text as string) + text;
    else this.outputs.push({ output_type: 'stream', name, text });
  }

  display(msg: DisplayMessage): void {
    if (msg.kind === 'clear_output') {
      if (msg.wait) this.clearPending = true;
      else this.outputs = [];
      return;
    }
    const displayId = typeof msg.transient.display_id === 'string' ? msg.transient.display_id : null;
    if (msg.kind === 'update_display_data') {
      for (const o of this.outputs) {
        if (o.display_id === displayId) Object.assign(o, { data: msg.data, metadata: msg.metadata });
      }
      return;
    }
    this.applyPendingClear();
    const out: Output = msg.kind === 'execute_result'
      ? { output_type: 'execute_result', execution_count: msg.executionCount ?? null, data: msg.data, metadata: msg.metadata }
      : { output_type: 'display_data', data: msg.data, metadata: msg.metadata };
    // The display id is transient: used for updates while running, never written to disk.
    if (displayId !== null) Object.defineProperty(out, 'display_id', { value: displayId, enumerable: false });
    this.outputs.push(out);
  }

  private applyPendingClear(): void {
    if (this.clearPending) this.outputs = [];
    this.clearPending = false;
  }
}

function hasTag(cell: Cell, tag: string): boolean {
  const tags = cell.metadata.tags;
  return Array.isArray(tags) && tags.includes(tag);
}

function cellErrorText(cell: Cell, colour: boolean): string {
  const err = (cell.outputs ?? []).find((o) => o.output_type === 'error');
  if (!err) return '';
  const tb = (err.traceback as string[]).join('\n');
  return (colour ? tb : tb.replace(/\x1b\[[0-9;]*m/g, '')) + '\n';
}

function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* it was never created */ }
    throw e;
  }
}
