// ## Printing exceptions
//
// Models Python/pythonrun.c: print_exception_recursive() / print_exception() and
// Python/traceback.c (3.11): tb_displayline() with its caret lines — `^^^^` under the failing
// expression, `~~~^^^` when a binary operation or subscript can be split into operands and
// operator — and Python/suggestions.c for "Did you mean" hints.  The C versions are what
// `python3 script.py` prints, so their quirks are reproduced here rather than traceback.py's.

import * as fs from 'node:fs';
import { PyObject } from '../objects/object.js';
import { PyType, isSubtype } from '../objects/type.js';
import { PyBaseException, SyntaxError, NameError, AttributeError, ImportError } from '../objects/exceptions.js';
import { PyStr } from '../objects/str.js';
import { PyInt } from '../objects/int.js';
import { PyDict, dictGetStr, dictItems } from '../objects/dict.js';
import { Py_None } from '../objects/singletons.js';
import { strString, getAttrOpt, typeName, iterableToArray, callMethod } from '../objects/abstract.js';
import { typeModuleName, typeQualName } from '../objects/typeobject.js';
import { PyTraceBack, Frame } from './frame.js';
import { frontEnd } from './compile.js';
import { builtinsDict } from './interp.js';

/** Source lines by file name, for tracebacks (linecache). Cells register their text here. */
export const linecache = new Map<string, string[]>();

export function getSourceLine(filename: string, lineno: number): string | null {
  let lines = linecache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/(?<=\n)/);
    } catch {
      return null;
    }
    linecache.set(filename, lines);
  }
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
}

/** The whole report for an uncaught exception, as sys.excepthook prints it. */
export function formatException(exc: PyObject): string {
  const out: string[] = [];
  const seen = new Set<PyObject>();
  formatRecursive(exc, out, seen);
  return out.join('');
}

/** The lines after the traceback: "Type: message" (with any hint and notes), or a
 * SyntaxError's location lines and message, one string per line as traceback.py yields. */
export function formatExceptionOnly(exc: PyObject): string[] {
  const out: string[] = [];
  const tb = exc instanceof PyBaseException ? exc.traceback : null;
  if (exc instanceof PyBaseException && isSubtype(exc.ob_type, SyntaxError)) formatSyntaxErrorBody(exc, out);
  out.push(exceptionLine(exc, tb));
  const notes = exc.dict !== null ? dictGetStr(exc.dict, '__notes__') : null;
  if (notes !== null) {
    for (const n of iterableToArray(notes)) out.push(`${n instanceof PyStr ? n.value : strString(n)}\n`);
  }
  return out;
}

function formatRecursive(exc: PyObject, out: string[], seen: Set<PyObject>): void {
  seen.add(exc);
  if (exc instanceof PyBaseException) {
    const cause = exc.cause;
    const context = exc.context;
    if (cause !== null && cause !== Py_None && !seen.has(cause)) {
      formatRecursive(cause, out, seen);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (context !== null && !exc.suppress_context && !seen.has(context)) {
      formatRecursive(context, out, seen);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  formatOne(exc, out);
}

function formatOne(exc: PyObject, out: string[]): void {
  const tb = exc instanceof PyBaseException ? exc.traceback : null;
  if (tb instanceof PyTraceBack) {
    out.push('Traceback (most recent call last):\n');
    formatTraceback(tb, out);
  }
  if (exc instanceof PyBaseException && isSubtype(exc.ob_type, SyntaxError)) formatSyntaxErrorBody(exc, out);
  out.push(exceptionLine(exc, tb));
  const notes = exc.dict !== null ? dictGetStr(exc.dict, '__notes__') : null;
  if (notes !== null) {
    for (const n of iterableToArray(notes)) out.push(`${n instanceof PyStr ? n.value : strString(n)}\n`);
  }
}

/** "TypeName: message" with the module prefix CPython adds for non-builtin exceptions. */
function exceptionLine(exc: PyObject, tb: PyObject | null): string {
  const t = exc.ob_type;
  const mod = typeModuleName(t);
  let name = typeQualName(t);
  if (mod !== null && mod !== 'builtins' && mod !== '__main__') name = `${mod}.${name}`;
  let msg: string;
  try {
    msg = isSubtype(t, SyntaxError) ? syntaxErrorMsg(exc) : strString(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const hint = suggestionFor(exc, tb);
  const line = msg === '' ? name : `${name}: ${msg}`;
  return `${line}${hint}\n`;
}

function syntaxErrorMsg(exc: PyObject): string {
  const m = exc.dict !== null ? dictGetStr(exc.dict, 'msg') : null;
  return m instanceof PyStr ? m.value : strString(exc);
}

function formatTraceback(tb: PyTraceBack, out: string[]): void {
  // CPython collapses runs of the same line: "[Previous line repeated N more times]".
  let lastFile: string | null = null, lastLine = -1, lastName: string | null = null, count = 0;
  const flushRepeat = () => {
    if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`);
  };
  for (let t: PyTraceBack | null = tb; t !== null; t = t.tb_next) {
    const code = t.tb_frame.f_code;
    const [line] = code.positionsAt(t.tb_lasti);
    const file = code.co_filename, name = code.co_name;
    if (file === lastFile && line === lastLine && name === lastName) {
      count++;
      if (count > 3) continue;
    } else {
      flushRepeat();
      lastFile = file; lastLine = line; lastName = name; count = 1;
    }
    out.push(formatFrameLine(t.tb_frame, t.tb_lasti));
  }
  flushRepeat();
}

/** One frame: the File line, the source line, and the caret line when it adds information. */
export function formatFrameLine(frame: Frame, lasti: number): string {
  const code = frame.f_code;
  const [lineno, endLine, col, endCol] = code.positionsAt(lasti);
  let s = `  File "${code.co_filename}", line ${lineno}, in ${code.co_name}\n`;
  const src = getSourceLine(code.co_filename, lineno);
  if (src === null) return s;
  const line = src.replace(/\r?\n$/, '');
  const stripped = line.replace(/^[ \t\f]+/, '');
  if (stripped === '') return s;
  s += `    ${stripped.trimEnd()}\n`;
  if (col < 0 || endCol < 0) return s;
  const indent = line.length - stripped.length;
  const startOff = byteToChar(line, col);
  let endOff = endLine === lineno ? byteToChar(line, endCol) : line.trimEnd().length;
  if (endOff < startOff) return s;
  let anchors: [number, number] | null = null;
  if (endLine === lineno) anchors = caretAnchors(line.slice(startOff, endOff));
  endOff = Math.min(endOff, line.trimEnd().length);
  const lineLen = line.trimEnd().length - indent;
  if (endOff - startOff >= lineLen && anchors === null) return s;
  let carets = ' '.repeat(4 + startOff - indent);
  if (anchors !== null) {
    const [l, r] = anchors;
    carets += '~'.repeat(l) + '^'.repeat(r - l) + '~'.repeat(endOff - startOff - r);
  } else {
    carets += '^'.repeat(endOff - startOff);
  }
  return `${s}${carets}\n`;
}

function byteToChar(line: string, byteOff: number): number {
  const buf = Buffer.from(line, 'utf8');
  return buf.subarray(0, byteOff).toString('utf8').length;
}

/** Models Python/traceback.c: extract_anchors_from_line() — split a BinOp or Subscript. */
function caretAnchors(segment: string): [number, number] | null {
  let tree;
  try {
    tree = parseSegment(segment);
  } catch {
    // The segment may be only part of a multi-line construct; CPython wraps it in parens then.
    try {
      tree = parseSegment(`(\n${segment}\n)`);
      const st = (tree as { body: { _type: string; value: Record<string, unknown> }[] }).body;
      if (st.length !== 1 || st[0]._type !== 'Expr') return null;
      return anchorsOf(st[0].value, segment, 2);
    } catch {
      return null;
    }
  }
  const body = (tree as { body: { _type: string; value: Record<string, unknown> }[] }).body;
  if (body.length !== 1 || body[0]._type !== 'Expr') return null;
  return anchorsOf(body[0].value, segment, 1);
}

function parseSegment(src: string): unknown {
  if (frontEnd.parse === null) throw new Error('no parser');
  return frontEnd.parse(src, '<string>', 'exec');
}

function anchorsOf(expr: Record<string, unknown>, segment: string, firstLine: number): [number, number] | null {
  const bytes = Buffer.from(segment, 'utf8');
  const toChar = (b: number) => bytes.subarray(0, b).toString('utf8').length;
  const colOf = (n: Record<string, unknown>, field: 'col_offset' | 'end_col_offset', lineField: 'lineno' | 'end_lineno') =>
    (n[lineField] as number) === firstLine ? (n[field] as number) : -1;
  if (expr._type === 'BinOp') {
    const left = expr.left as Record<string, unknown>, right = expr.right as Record<string, unknown>;
    const from = colOf(left, 'end_col_offset', 'end_lineno'), to = colOf(right, 'col_offset', 'lineno');
    if (from < 0 || to < 0) return null;
    for (let i = from; i < to; i++) {
      const c = bytes[i];
      if (c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0a) continue;
      let r = i + 1;
      if (i + 1 < to && !(bytes[i + 1] === 0x20 || bytes[i + 1] === 0x09 || bytes[i + 1] === 0x0c || bytes[i + 1] === 0x0a)) r++;
      // A ')' closing the left operand is skipped over, as the C loop keeps going past it.
      if (i + 1 < to && c === 0x29) continue;
      return [toChar(i), toChar(r)];
    }
    return null;
  }
  if (expr._type === 'Subscript') {
    const value = expr.value as Record<string, unknown>, slice = expr.slice as Record<string, unknown>;
    const l = colOf(value, 'end_col_offset', 'end_lineno'), r = colOf(slice, 'end_col_offset', 'end_lineno');
    if (l < 0 || r < 0) return null;
    return [toChar(l), toChar(r + 1)];
  }
  return null;
}

// ## SyntaxError's own location block (pythonrun.c: print_error_text)

function formatSyntaxErrorBody(exc: PyBaseException, out: string[]): void {
  const d = exc.dict;
  if (d === null) return;
  const fn = dictGetStr(d, 'filename'), ln = dictGetStr(d, 'lineno'), text = dictGetStr(d, 'text');
  const off = dictGetStr(d, 'offset'), endOff = dictGetStr(d, 'end_offset'), endLn = dictGetStr(d, 'end_lineno');
  const filename = fn instanceof PyStr ? fn.value : '<string>';
  const lineno = ln instanceof PyInt ? Number(ln.value) : 0;
  out.push(`  File "${filename}", line ${lineno}\n`);
  if (!(text instanceof PyStr)) return;
  let offset = off instanceof PyInt ? Number(off.value) : -1;
  let end = endOff instanceof PyInt ? Number(endOff.value) : -1;
  const endLine = endLn instanceof PyInt ? Number(endLn.value) : lineno;
  let t = text.value;
  // Only the first line of a multi-line text is shown.
  const nl = t.indexOf('\n');
  if (nl >= 0 && nl < t.length - 1) t = t.slice(0, nl + 1);
  const lstripped = t.replace(/^[ \t\f]+/, '');
  const removed = t.length - lstripped.length;
  const shown = lstripped.replace(/[\r\n]+$/, '');
  out.push(`    ${shown}\n`);
  if (offset < 1) return;
  // A range running onto later lines is drawn to the end of this one; no end column (None or
  // -1) is one caret, as pythonrun.c's print_error_text draws it.
  if (endLine > lineno) end = t.replace(/[\r\n]+$/, '').length + 1;
  offset -= removed;
  end -= removed;
  // A caret left of the stripped text is not drawn (e.g. "unexpected indent").
  if (offset < 1) return;
  // An offset past the text points just after it.
  if (offset > shown.length + 1) offset = shown.length + 1;
  if (end <= offset) end = offset + 1;
  const maxEnd = shown.length + 1;
  if (end > maxEnd + 1) end = maxEnd + 1;
  out.push(`    ${' '.repeat(offset - 1)}${'^'.repeat(Math.max(1, end - offset))}\n`);
}

// ## "Did you mean" (Python/suggestions.c)

const MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** Levenshtein distance with CPython's costs, giving up above maxCost. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre); b = b.slice(pre);
  let suf = 0;
  while (suf < a.length && suf < b.length && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  a = a.slice(0, a.length - suf); b = b.slice(0, b.length - suf);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (Math.abs(a.length - b.length) * MOVE_COST > maxCost) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function bestSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS || name.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestTotal = Number.MAX_SAFE_INTEGER;
  for (const c of candidates) {
    if (c === name) continue;
    if (c.length > MAX_STRING_SIZE) continue;
    // No more than a third of the characters involved may change.
    const maxDist = Math.min(bestTotal - 1, Math.floor((name.length + c.length + 3) * MOVE_COST / 6));
    const d = levenshtein(name, c, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestTotal) {
      best = c;
      bestTotal = d;
    }
  }
  return best;
}

function suggestionFor(exc: PyObject, tb: PyObject | null): string {
  if (!(exc instanceof PyBaseException)) return '';
  const t: PyType = exc.ob_type;
  try {
    if (isSubtype(t, NameError)) {
      const name = (exc as PyBaseException & { nameErrorName?: string }).nameErrorName;
      if (name === undefined || !(tb instanceof PyTraceBack)) return '';
      let last = tb;
      while (last.tb_next !== null) last = last.tb_next;
      const frame = last.tb_frame;
      const locals = frame.f_locals instanceof PyDict ? keysOf(frame.f_locals) : frame.f_code.unit.co_localsplusnames.slice();
      let s = bestSuggestion(locals, name);
      if (s === null) s = bestSuggestion(keysOf(frame.f_globals), name);
      if (s === null) s = bestSuggestion(keysOf(frame.f_builtins), name);
      return s === null ? '' : `. Did you mean: '${s}'?`;
    }
    if (isSubtype(t, AttributeError)) {
      const info = exc as PyBaseException & { attrName?: string; attrObj?: PyObject };
      if (info.attrName === undefined || info.attrObj === undefined) return '';
      const dir = iterableToArray(callMethod(info.attrObj, '__dir__', []))
        .filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value).sort();
      const s = bestSuggestion(dir, info.attrName);
      return s === null ? '' : `. Did you mean: '${s}'?`;
    }
    if (isSubtype(t, ImportError)) return '';
  } catch {
    return '';
  }
  return '';
}

function keysOf(d: PyDict): string[] {
  return dictItems(d).map(([k]) => k).filter((k): k is PyStr => k instanceof PyStr).map((k) => k.value);
}

export { getAttrOpt, typeName, builtinsDict };
