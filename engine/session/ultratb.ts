// ## Tracebacks as IPython shows them in a notebook
//
// Models IPython/core/ultratb.py (8.x, the "Context" mode ipykernel uses, Linux colour
// scheme): a red rule, "Name ... Traceback (most recent call last)" right-aligned to 75
// columns, then one entry per frame — `Cell In[n], line L` for cells, `File path:L` for
// files, `, in name(args)` for functions — with up to two lines of context either side,
// the current line marked `---->`, and the final "Name: message" line.  The result is
// the list of strings the `error` message's `traceback` field carries.  Source lines are
// coloured as Pygments colours them for IPython (engine/session/highlight.ts).

import { PyObject } from '../objects/object.js';
import { PyBaseException, SyntaxError, SystemExit } from '../objects/exceptions.js';
import { isSubtype } from '../objects/type.js';
import { PyStr } from '../objects/str.js';
import { PyInt } from '../objects/int.js';
import { dictGetStr } from '../objects/dict.js';
import { Py_None } from '../objects/singletons.js';
import { strString } from '../objects/abstract.js';
import { PyTraceBack } from '../vm/frame.js';
import { getSourceLine, linecache } from '../vm/traceback.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import type { PyCode } from '../objects/code.js';
import { highlightLine } from './highlight.js';
import { opmap } from '../compiler/opcode.js';

const RAISE_VARARGS = opmap.RAISE_VARARGS, RERAISE = opmap.RERAISE;

const C = {
  Normal: '\x1b[0m',
  topline: '\x1b[0;31m',
  excName: '\x1b[0;31m',
  filenameEm: '\x1b[0;32m',
  lineno: '\x1b[1;32m',
  linenoEm: '\x1b[0;32m',
  vName: '\x1b[0;36m',
  valEm: '\x1b[0;34m',
  normalEm: '\x1b[0;36m',
  line: '\x1b[0;31m',
  caret: '\x1b[0m',
};
const WIDTH = 75;
const NUMBERS_WIDTH = 7;
const BEFORE = 2, AFTER = 2;

/** Maps a code object's file name to the cell label it shows ("In[3]"), or null for files. */
export type CellNamer = (filename: string) => string | null;

export function exceptionName(exc: PyObject): string {
  return exc.ob_type.tp_name.split('.').pop()!;
}

export function exceptionValue(exc: PyObject): string {
  try {
    return strString(exc);
  } catch {
    return '<unprintable exception>';
  }
}

function formatFilename(file: string, lineno: number | null, nameColor: string, after: string, cellName: CellNamer): string {
  const cell = cellName(file);
  if (cell !== null) return `Cell ${nameColor}${cell}${lineno === null ? '' : `, line ${lineno}`}${after}`;
  return `File ${nameColor}${file}${lineno === null ? '' : `:${lineno}`}${after}`;
}

/** inspect.formatargvalues with IPython's nullrepr: the parameter names only. */
function argNames(code: PyCode): string {
  const u = code.unit;
  const n = u.co_argcount + u.co_kwonlyargcount;
  const names = u.co_localsplusnames;
  const parts = names.slice(0, n);
  let i = n;
  if (u.co_flags & CO_VARARGS) parts.push(`*${names[i++]}`);
  if (u.co_flags & CO_VARKEYWORDS) parts.push(`**${names[i++]}`);
  return `(${parts.join(', ')})`;
}

/** The last line a code object covers: the end of its scope for context lines. */
function scopeLines(code: PyCode, file: string): [number, number] {
  const lines = linecache.get(file);
  const total = lines?.length ?? Number.MAX_SAFE_INTEGER;
  // A module, and a lambda or comprehension (stack_data takes the enclosing scope's lines).
  if (code.unit.co_name.startsWith('<')) return [1, total];
  let last = code.unit.co_firstlineno;
  const n = code.ops.length;
  for (let i = 0; i < n; i++) {
    const [, end] = code.positionsAt(i);
    if (end > last) last = end;
  }
  return [code.unit.co_firstlineno, Math.min(last, total)];
}

function formatRecord(tb: PyTraceBack, cellName: CellNamer): string {
  const code = tb.tb_frame.f_code;
  const file = code.unit.co_filename;
  const [lineno] = code.positionsAt(tb.tb_lasti);
  const link = formatFilename(file, lineno, C.filenameEm, C.Normal, cellName);
  const func = code.unit.co_name === '<module>' ? '<module>' : code.unit.co_qualname;
  const call = func === '<module>' ? '' : `in ${C.vName}${func}${C.valEm}${argNames(code)}${C.Normal}`;
  let out = `${link}${call ? ', ' : ''}${call}\n`;
  const [first, last] = scopeLines(code, file);
  let from = Math.max(first, lineno - BEFORE);
  const to = Math.min(last, lineno + AFTER);
  // stack_data counts a decorated def's decorators and def line as one piece of context.
  if (/^\s*(async\s+)?(def|class)\b/.test(getSourceLine(file, from) ?? '')) {
    while (from > first && /^\s*@/.test(getSourceLine(file, from - 1) ?? '')) from--;
  }
  const shown: [number, string][] = [];
  for (let l = from; l <= to; l++) {
    const src = getSourceLine(file, l);
    if (src !== null) shown.push([l, src.replace(/\r?\n$/, '').trimEnd()]);
  }
  // stack_data shows the lines without the indentation they all share.
  const indents = shown.filter(([, t]) => t.trim() !== '').map(([, t]) => /^[ \t]*/.exec(t)![0].length);
  const dedent = indents.length ? Math.min(...indents) : 0;
  const [, endLine, col, endCol] = code.positionsAt(tb.tb_lasti);
  for (const [l, text] of shown) {
    let num: string, color: string;
    let hl: [number, number] = [-1, -1];
    if (l === lineno) {
      const pad = NUMBERS_WIDTH - String(l).length;
      num = (pad >= 2 ? '-'.repeat(pad - 2) + '> ' : pad === 1 ? '>' : '') + String(l);
      color = C.linenoEm;
      // `executing` does not identify the node of a raise, so IPython marks nothing then.
      const op = code.ops[tb.tb_lasti];
      if (endLine === lineno && col >= 0 && endCol >= col && op !== RAISE_VARARGS && op !== RERAISE) {
        hl = [byteToChar(text, col), byteToChar(text, endCol)];
      }
    } else {
      num = String(l).padStart(NUMBERS_WIDTH);
      color = C.lineno;
    }
    out += `${color}${num}${C.Normal} ${highlightLine(text, dedent, hl[0], hl[1])}\n`;
  }
  return out;
}

function byteToChar(line: string, byteOff: number): number {
  return Buffer.from(line, 'utf8').subarray(0, byteOff).toString('utf8').length;
}

function formatSyntaxError(exc: PyBaseException, cellName: CellNamer): string {
  const d = exc.dict;
  const get = (k: string) => (d === null ? null : dictGetStr(d, k));
  const fn = get('filename'), ln = get('lineno'), text = get('text'), off = get('offset'), msg = get('msg');
  let s = '';
  if (fn instanceof PyStr) {
    const lineno = ln instanceof PyInt ? Number(ln.value) : null;
    s += `${C.normalEm}  ${formatFilename(fn.value, lineno, C.filenameEm, C.normalEm, cellName)}${C.Normal}\n`;
  }
  if (text instanceof PyStr) {
    const t = text.value;
    let i = 0;
    while (i < t.length && /\s/.test(t[i])) i++;
    s += `${C.line}    ${t.trim()}${C.Normal}\n`;
    if (off instanceof PyInt) {
      let caret = '    ';
      for (const c of t.slice(i, Number(off.value) - 1)) caret += /\s/.test(c) ? c : ' ';
      s += `${C.caret}${caret}^${C.Normal}\n`;
    }
  }
  const m = msg instanceof PyStr ? msg.value : exceptionValue(exc);
  s += `${C.excName}${exceptionName(exc)}${C.Normal}${C.excName}:${C.Normal} ${m}\n`;
  return s;
}

function formatOne(exc: PyBaseException, cellName: CellNamer, first: boolean): string[] {
  const name = exceptionName(exc);
  if (isSubtype(exc.ob_type, SyntaxError)) return [formatSyntaxError(exc, cellName)];
  // The red rule heads the whole report, not each exception of a chain.
  const out = first ? [`${C.topline}${'-'.repeat(WIDTH)}${C.Normal}`] : [];
  out.push(`${C.excName}${name}${C.Normal}${'Traceback (most recent call last)'.padStart(WIDTH - name.length)}`);
  // stack_data collapses a run of frames at the same place (deep recursion) into the
  // first and last with a "skipping similar frames" line between.
  const tbs: PyTraceBack[] = [];
  for (let t = exc.traceback instanceof PyTraceBack ? exc.traceback : null; t !== null; t = t.tb_next) tbs.push(t);
  const key = (t: PyTraceBack) => `${t.tb_frame.f_code.unit.co_filename}\0${t.tb_frame.f_code.positionsAt(t.tb_lasti)[0]}\0${t.tb_frame.f_code.unit.co_name}`;
  for (let i = 0; i < tbs.length;) {
    let j = i + 1;
    while (j < tbs.length && key(tbs[j]) === key(tbs[i])) j++;
    const run = j - i;
    out.push(formatRecord(tbs[i], cellName));
    if (run > 2) {
      const code = tbs[i].tb_frame.f_code;
      out.push(`    ${C.excName}[... skipping similar frames: ${code.unit.co_qualname} at line ${code.positionsAt(tbs[i].tb_lasti)[0]} (${run - 2} times)]${C.Normal}\n`);
    }
    if (run > 1) out.push(formatRecord(tbs[j - 1], cellName));
    i = j;
  }
  let last = `${C.excName}${name}${C.Normal}: ${exceptionValue(exc)}`;
  const notes = exc.dict !== null ? dictGetStr(exc.dict, '__notes__') : null;
  if (notes !== null && notes !== Py_None) {
    try {
      for (const n of (notes as { items?: PyObject[] }).items ?? []) last += `\n${n instanceof PyStr ? n.value : strString(n)}`;
    } catch { /* notes that cannot be shown are left out, as IPython does */ }
  }
  out.push(last);
  return out;
}

/** The `traceback` list of an error message for `exc`, chained exceptions first. */
export function structuredTraceback(exc: PyBaseException, cellName: CellNamer): string[] {
  if (isSubtype(exc.ob_type, SystemExit)) {
    return ['An exception has occurred, use %tb to see the full traceback.\n',
      `${C.excName}SystemExit${C.Normal}${C.excName}:${C.Normal} ${exceptionValue(exc)}\n`];
  }
  const chain: PyBaseException[][] = [];
  const messages: string[] = [];
  const seen = new Set<PyObject>();
  let cur: PyBaseException | null = exc;
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur);
    chain.push([cur]);
    const cause: PyObject | null = cur.cause, context: PyObject | null = cur.context;
    if (cause instanceof PyBaseException && cause !== Py_None) {
      messages.push('\nThe above exception was the direct cause of the following exception:\n');
      cur = cause;
    } else if (context instanceof PyBaseException && !cur.suppress_context) {
      messages.push('\nDuring handling of the above exception, another exception occurred:\n');
      cur = context;
    } else {
      cur = null;
    }
  }
  if (cur !== null) messages.pop();
  // Oldest first: exception, the message linking it to the next, the next exception ...
  const excs = chain.map((c) => c[0]).reverse();
  messages.reverse();
  const out: string[] = [];
  excs.forEach((e, i) => {
    if (i > 0) out.push(messages[i - 1]);
    out.push(...formatOne(e, cellName, i === 0));
  });
  return out;
}
