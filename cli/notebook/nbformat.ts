// ## nbformat 4 on disk
//
// Reads and writes .ipynb files the way Jupyter's `nbformat` package does, so a notebook
// run by glasspy diffs cleanly against one saved by JupyterLab or `jupyter execute`:
// multi-line strings are stored as lists of lines (source, stream text, text-like mime
// data), keys are sorted, the indent is one space, non-ASCII is written as is, and the
// file ends with a newline.  Models nbformat/v4/nbjson.py and rwbase.py.

export interface Output {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  [field: string]: unknown;
}

export interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  source: string;
  metadata: Record<string, unknown>;
  outputs?: Output[];
  execution_count?: number | null;
  [field: string]: unknown;
}

export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

/** A notebook file that cannot be run: the message is shown to the user as is. */
export class NotebookFormatError extends Error {}

export function readNotebook(text: string, where: string): Notebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new NotebookFormatError(`${where} is not a notebook: invalid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) throw new NotebookFormatError(`${where} is not a notebook: the top level is not a JSON object`);
  if (raw.nbformat !== 4) {
    const v = raw.nbformat === undefined ? 'no nbformat field' : `nbformat ${JSON.stringify(raw.nbformat)}`;
    throw new NotebookFormatError(`${where}: only nbformat 4 notebooks can be run (this one has ${v})`);
  }
  if (!Array.isArray(raw.cells)) throw new NotebookFormatError(`${where}: the notebook has no "cells" list`);
  const cells = raw.cells.map((c, i) => readCell(c, `${where}: cell ${i + 1}`));
  return {
    ...raw,
    nbformat: 4,
    nbformat_minor: typeof raw.nbformat_minor === 'number' ? raw.nbformat_minor : 0,
    metadata: isObject(raw.metadata) ? raw.metadata : {},
    cells,
  };
}

function readCell(c: unknown, where: string): Cell {
  if (!isObject(c)) throw new NotebookFormatError(`${where} is not a JSON object`);
  const type = c.cell_type;
  if (type !== 'code' && type !== 'markdown' && type !== 'raw') {
    throw new NotebookFormatError(`${where} has an unknown cell_type ${JSON.stringify(type)}`);
  }
  const source = joinLines(c.source);
  if (source === null) throw new NotebookFormatError(`${where}: "source" must be a string or a list of strings`);
  const cell: Cell = { ...c, cell_type: type, source, metadata: isObject(c.metadata) ? c.metadata : {} };
  if (type === 'code') {
    cell.outputs = Array.isArray(c.outputs) ? (c.outputs as Output[]).map(rejoinOutput) : [];
    cell.execution_count = typeof c.execution_count === 'number' ? c.execution_count : null;
  }
  return cell;
}

function rejoinOutput(o: Output): Output {
  const out: Output = { ...o };
  if (o.output_type === 'stream') {
    const text = joinLines(o.text);
    if (text !== null) out.text = text;
  } else if ((o.output_type === 'display_data' || o.output_type === 'execute_result') && isObject(o.data)) {
    const data: Record<string, unknown> = {};
    for (const [mime, v] of Object.entries(o.data)) data[mime] = isJsonMime(mime) ? v : (joinLines(v) ?? v);
    out.data = data;
  }
  return out;
}

/** The file's text: nbformat's `writes` plus the trailing newline its `write` adds. */
export function writeNotebook(nb: Notebook): string {
  const disk = {
    ...nb,
    cells: nb.cells.map((c) => {
      const cell: Record<string, unknown> = { ...c, source: splitLines(c.source) };
      if (c.cell_type === 'code') cell.outputs = (c.outputs ?? []).map(splitOutput);
      return cell;
    }),
  };
  return JSON.stringify(sortKeys(disk), null, 1) + '\n';
}

function splitOutput(o: Output): Output {
  const out: Output = { ...o };
  if (o.output_type === 'stream' && typeof o.text === 'string') out.text = splitLines(o.text);
  else if ((o.output_type === 'display_data' || o.output_type === 'execute_result') && isObject(o.data)) {
    const data: Record<string, unknown> = {};
    for (const [mime, v] of Object.entries(o.data)) {
      const lineBased = mime.startsWith('text/') || mime === 'application/javascript' || mime === 'image/svg+xml';
      data[mime] = typeof v === 'string' && lineBased ? splitLines(v) : v;
    }
    out.data = data;
  }
  return out;
}

// ## Line splitting as Python's str.splitlines(keepends=True)

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    const end = m.index! + m[0].length;
    lines.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function joinLines(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((l) => typeof l === 'string')) return v.join('');
  return null;
}

function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Python's json.dumps(sort_keys=True) orders keys by code point. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort(byCodePoint)) out[k] = sortKeys(v[k]);
  return out;
}

function byCodePoint(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
