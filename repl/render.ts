// ## Text for the terminal
//
// Pure functions from the controller's state to ANSI-coloured strings: the highlighted
// input with its prompts and cursor, transcript items, the completion menu, the status
// bar.  The Ink view puts these strings in <Text> elements; keeping them here means their
// layout is unit-tested without a terminal.

import { highlight, type Span, type SpanKind } from './highlight.js';
import type { EditorState } from './editor.js';
import type { Completion, StatusFigures, TranscriptItem } from './controller.js';
import { colourResult, colourOutput, colourPage } from './magicstyle.js';

export { colourTable } from './magicstyle.js';

export const PS1 = '>>> ';
export const PS2 = '... ';

const SGR: Record<SpanKind, string> = {
  plain: '', name: '', operator: '',
  keyword: '\x1b[1;35m', builtin: '\x1b[36m', definition: '\x1b[1;34m', number: '\x1b[33m',
  string: '\x1b[32m', 'fstring-field': '\x1b[1;32m', comment: '\x1b[90m', error: '\x1b[41m',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const INVERSE = '\x1b[7m';

function paint(spans: Span[]): string {
  return spans.map((s) => (SGR[s.kind] ? SGR[s.kind] + s.text + RESET : s.text)).join('');
}

/** Highlighted lines of `text`, each prefixed with its prompt. */
export function renderCode(text: string, builtins: ReadonlySet<string>): string {
  const lines = paint(highlight(text, builtins)).split('\n');
  // A colour that spans a line break (a triple-quoted string) is restarted on each line.
  return lines.map((l, i) => (i === 0 ? PS1 : PS2) + l + RESET).join('\n');
}

/**
 * The buffer being edited, with the cursor drawn as an inverse cell.  A buffer taller than
 * `maxRows` terminal rows (at `columns` wide) is shown as a window around the cursor, with a
 * dim line saying how many lines are out of sight above and below: the live area must stay
 * shorter than the terminal, or Ink clears the screen and reprints the whole transcript on
 * every key.
 */
export function renderEditor(s: EditorState, builtins: ReadonlySet<string>, maxRows = Infinity, columns = Infinity): string {
  const lines = renderEditorLines(s, builtins);
  const heights = lines.map((l) => visualRows(l, columns));
  if (heights.reduce((a, b) => a + b, 0) <= maxRows) return lines.join('\n');
  // Grow a window from the cursor's line, downwards first, leaving a row for each marker.
  const room = Math.max(1, maxRows - 2);
  let first = s.row, last = s.row, used = heights[s.row];
  for (let grew = true; grew;) {
    grew = false;
    if (last + 1 < lines.length && used + heights[last + 1] <= room) { used += heights[++last]; grew = true; }
    if (first > 0 && used + heights[first - 1] <= room) { used += heights[--first]; grew = true; }
  }
  // A window at the top or bottom of the buffer needs one marker: its row holds a line.
  if (first === 0) while (last + 1 < lines.length && used + heights[last + 1] <= maxRows - 1) used += heights[++last];
  if (last === lines.length - 1) while (first > 0 && used + heights[first - 1] <= maxRows - 1) used += heights[--first];
  const shown = lines.slice(first, last + 1);
  if (first > 0) shown.unshift(`${DIM}${PS2}⋮ ${first} more line${first === 1 ? '' : 's'} above${RESET}`);
  const below = lines.length - 1 - last;
  if (below > 0) shown.push(`${DIM}${PS2}⋮ ${below} more line${below === 1 ? '' : 's'} below${RESET}`);
  return shown.join('\n');
}

/** Terminal rows a line of text takes at `columns` wide (colour codes take none). */
export function visualRows(line: string, columns: number): number {
  const width = Array.from(line.replace(/\x1b\[[0-9;]*m/g, '')).length;
  return Math.max(1, Math.ceil(width / columns));
}

function renderEditorLines(s: EditorState, builtins: ReadonlySet<string>): string[] {
  const spans = highlight(s.lines.join('\n'), builtins);
  // Split the spans at the cursor so the cursor cell can be drawn inverse.
  let offset = 0;
  for (let r = 0; r < s.row; r++) offset += s.lines[r].length + 1;
  offset += s.col;
  const out: string[] = [];
  let pos = 0;
  let drawn = false;
  for (const span of spans) {
    const end = pos + span.text.length;
    if (!drawn && offset >= pos && offset < end) {
      const at = offset - pos;
      const ch = span.text.codePointAt(at)!;
      const chText = String.fromCodePoint(ch);
      const before = span.text.slice(0, at);
      const after = span.text.slice(at + chText.length);
      if (before) out.push(paint([{ text: before, kind: span.kind }]));
      out.push(chText === '\n' ? INVERSE + ' ' + RESET + '\n' : INVERSE + chText + RESET);
      if (after) out.push(paint([{ text: after, kind: span.kind }]));
      drawn = true;
    } else {
      out.push(paint([span]));
    }
    pos = end;
  }
  if (!drawn) out.push(INVERSE + ' ' + RESET);
  return out.join('').split('\n').map((l, i) => (i === 0 ? PS1 : PS2) + l);
}

export function renderItem(item: TranscriptItem, builtins: ReadonlySet<string>): string {
  switch (item.kind) {
    case 'input': return renderCode(item.text, builtins);
    case 'stderr': return '\x1b[31m' + item.text + RESET;
    case 'error': return colourTraceback(item.text);
    case 'info': return colourPage(item.text);
    case 'result': return colourResult(item.text);
    case 'stdout': return colourOutput(item.text);
  }
}

/**
 * CPython's traceback text with colour: file names and line numbers stand out, the
 * exception line is red.  The words are exactly CPython's; only colour is added.
 */
export function colourTraceback(text: string): string {
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines.map((l, i) => {
    const frame = /^(  File )"(.*)", line (\d+)(, in (.*))?$/.exec(l);
    if (frame) {
      return `${frame[1]}\x1b[35m"${frame[2]}"${RESET}, line \x1b[35m${frame[3]}${RESET}` + (frame[4] ? `, in \x1b[35m${frame[5]}${RESET}` : '');
    }
    if (i === last) {
      const m = /^([A-Za-z_][\w.]*)(:.*)?$/.exec(l);
      if (m) return `\x1b[1;31m${m[1]}${RESET}` + (m[2] ? `\x1b[31m${m[2]}${RESET}` : '');
    }
    if (/^ +[~^]+ *$/.test(l)) return `\x1b[31m${l}${RESET}`;
    return l;
  }).join('\n');
}

/** Up to `rows` menu lines around the selection: candidate, its kind, its signature. */
export function renderCompletion(c: Completion, rows = 8): string {
  const first = Math.max(0, Math.min(c.selected - rows + 1, c.items.length - rows));
  const shown = c.items.slice(Math.max(0, first), Math.max(0, first) + rows);
  const width = Math.max(...shown.map((m) => Array.from(m.text).length));
  const lines = shown.map((m, i) => {
    const index = Math.max(0, first) + i;
    const label = m.text.padEnd(width) + '  ' + DIM + (m.type + (m.signature ? ' ' + m.signature : '')) + RESET;
    return index === c.selected ? INVERSE + m.text.padEnd(width) + RESET + '  ' + DIM + m.type + RESET : label;
  });
  if (c.items.length > shown.length) lines.push(DIM + `(${c.items.length} completions)` + RESET);
  return lines.join('\n');
}

export function renderStatus(s: StatusFigures): string {
  const parts: string[] = [];
  if (s.wallMs !== null) parts.push(`last run ${formatMs(s.wallMs)}`);
  for (const f of s.figures) parts.push(`${f.label} ${f.value}`);
  parts.push('F2/Ctrl-T hide');
  return DIM + INVERSE + ' ' + parts.join('  │  ') + ' ' + RESET;
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
