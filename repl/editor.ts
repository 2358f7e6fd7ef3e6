// ## The input buffer
//
// The REPL's editor is a pure reducer over an immutable state: the lines of the cell being
// typed and a cursor.  Ink components only translate key presses into actions and draw the
// state, so every editing rule (auto-indent, kill commands, paste) is tested here without a
// terminal.  Columns are UTF-16 indexes into the line; moves step over surrogate pairs so
// the cursor never sits inside a character.

export interface EditorState {
  readonly lines: readonly string[];
  readonly row: number;
  readonly col: number;
}

export type EditAction =
  | { type: 'insert'; text: string }
  | { type: 'newline' }
  | { type: 'paste'; text: string }
  | { type: 'indent' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' } | { type: 'right' } | { type: 'up' } | { type: 'down' }
  | { type: 'home' } | { type: 'end' }
  | { type: 'wordLeft' } | { type: 'wordRight' }
  | { type: 'killToEnd' } | { type: 'killToStart' } | { type: 'killWordBack' }
  | { type: 'set'; text: string };

/** One indentation level, as IPython and the Python style guide use. */
export const INDENT = '    ';

export const emptyEditor: EditorState = { lines: [''], row: 0, col: 0 };

export function editorText(s: EditorState): string {
  return s.lines.join('\n');
}

/** A state holding `text` with the cursor at its end. */
export function editorFrom(text: string): EditorState {
  const lines = normaliseNewlines(text).split('\n');
  return { lines, row: lines.length - 1, col: lines[lines.length - 1].length };
}

export function isEmpty(s: EditorState): boolean {
  return s.lines.length === 1 && s.lines[0] === '';
}

export function onFirstLine(s: EditorState): boolean {
  return s.row === 0;
}

export function onLastLine(s: EditorState): boolean {
  return s.row === s.lines.length - 1;
}

export function reduceEditor(s: EditorState, a: EditAction): EditorState {
  switch (a.type) {
    case 'insert': return insertText(s, a.text);
    case 'newline': return insertText(s, '\n' + nextLineIndent(s.lines[s.row].slice(0, s.col)));
    case 'paste': return insertText(s, stripPrompts(normaliseNewlines(a.text)));
    case 'indent': return insertText(s, INDENT.slice((s.col % INDENT.length)));
    case 'backspace': return backspace(s);
    case 'delete': return deleteForward(s);
    case 'left':
      if (s.col > 0) return { ...s, col: stepBack(s.lines[s.row], s.col) };
      return s.row > 0 ? { ...s, row: s.row - 1, col: s.lines[s.row - 1].length } : s;
    case 'right':
      if (s.col < s.lines[s.row].length) return { ...s, col: stepForward(s.lines[s.row], s.col) };
      return s.row < s.lines.length - 1 ? { ...s, row: s.row + 1, col: 0 } : s;
    case 'up':
      return s.row > 0 ? { ...s, row: s.row - 1, col: Math.min(s.col, s.lines[s.row - 1].length) } : s;
    case 'down':
      return s.row < s.lines.length - 1 ? { ...s, row: s.row + 1, col: Math.min(s.col, s.lines[s.row + 1].length) } : s;
    case 'home': {
      // First press goes to the first non-blank character, a second to column 0 (as most editors).
      const indent = leadingWhitespace(s.lines[s.row]).length;
      return { ...s, col: s.col === indent ? 0 : indent };
    }
    case 'end': return { ...s, col: s.lines[s.row].length };
    case 'wordLeft': return moveWordLeft(s);
    case 'wordRight': return moveWordRight(s);
    case 'killToEnd': {
      const line = s.lines[s.row];
      // At the end of a line Ctrl-K joins the next line, as readline does.
      if (s.col === line.length) return deleteForward(s);
      return replaceLine(s, line.slice(0, s.col), s.col);
    }
    case 'killToStart': return replaceLine(s, s.lines[s.row].slice(s.col), 0);
    case 'killWordBack': {
      const line = s.lines[s.row];
      const start = wordStartBefore(line, s.col);
      if (start === s.col) return backspace(s);
      return replaceLine(s, line.slice(0, start) + line.slice(s.col), start);
    }
    case 'set': return editorFrom(a.text);
  }
}

// ## Indentation rules
//
// After a line that opens a block (ends with ':' outside a comment) the next line is one
// level deeper; after a statement that ends a block's flow (return, pass, break, continue,
// raise) it is one level shallower; otherwise it keeps the current line's indentation.

const DEDENTERS = /^\s*(return|pass|break|continue|raise)\b/;

export function nextLineIndent(lineBeforeCursor: string): string {
  const indent = leadingWhitespace(lineBeforeCursor);
  const code = stripComment(lineBeforeCursor).trimEnd();
  if (code.endsWith(':')) return indent + INDENT;
  if (DEDENTERS.test(code)) return indent.slice(0, Math.max(0, indent.length - INDENT.length));
  return indent;
}

/** The line without a trailing `# comment` (a '#' inside a string literal does not count). */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

// ## Paste
//
// Code copied from a CPython or IPython session carries prompts.  When every non-blank
// line starts with `>>> ` or `... ` (or the text starts with `>>> `), the prompts are
// removed and lines without a prompt — the session's output — are dropped, as IPython's
// paste filter does.

const PROMPT = /^(>>>|\.\.\.)( |$)/;

export function stripPrompts(text: string): string {
  const lines = text.split('\n');
  if (!PROMPT.test(lines[0]) || !lines[0].startsWith('>>>')) return text;
  const kept = lines.filter((l) => PROMPT.test(l)).map((l) => l.replace(PROMPT, ''));
  return kept.join('\n');
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// ## Edits

function insertText(s: EditorState, text: string): EditorState {
  const line = s.lines[s.row];
  const pieces = (line.slice(0, s.col) + text + line.slice(s.col)).split('\n');
  const tailLength = line.length - s.col;
  const lines = [...s.lines.slice(0, s.row), ...pieces, ...s.lines.slice(s.row + 1)];
  const row = s.row + pieces.length - 1;
  return { lines, row, col: lines[row].length - tailLength };
}

function backspace(s: EditorState): EditorState {
  const line = s.lines[s.row];
  if (s.col === 0) {
    if (s.row === 0) return s;
    const prev = s.lines[s.row - 1];
    const lines = [...s.lines.slice(0, s.row - 1), prev + line, ...s.lines.slice(s.row + 1)];
    return { lines, row: s.row - 1, col: prev.length };
  }
  const before = line.slice(0, s.col);
  // In leading spaces, Backspace removes back to the previous indentation level.
  if (/^ +$/.test(before)) {
    const to = Math.floor((s.col - 1) / INDENT.length) * INDENT.length;
    return replaceLine(s, line.slice(0, to) + line.slice(s.col), to);
  }
  const to = stepBack(line, s.col);
  return replaceLine(s, line.slice(0, to) + line.slice(s.col), to);
}

function deleteForward(s: EditorState): EditorState {
  const line = s.lines[s.row];
  if (s.col < line.length) return replaceLine(s, line.slice(0, s.col) + line.slice(stepForward(line, s.col)), s.col);
  if (s.row === s.lines.length - 1) return s;
  const lines = [...s.lines.slice(0, s.row), line + s.lines[s.row + 1], ...s.lines.slice(s.row + 2)];
  return { lines, row: s.row, col: s.col };
}

function replaceLine(s: EditorState, line: string, col: number): EditorState {
  const lines = s.lines.slice();
  lines[s.row] = line;
  return { lines, row: s.row, col };
}

// ## Cursor movement

function stepBack(line: string, col: number): number {
  const c = line.charCodeAt(col - 1);
  return c >= 0xdc00 && c <= 0xdfff && col >= 2 ? col - 2 : col - 1;
}

function stepForward(line: string, col: number): number {
  const c = line.charCodeAt(col);
  return c >= 0xd800 && c <= 0xdbff && col + 1 < line.length ? col + 2 : col + 1;
}

const isWordChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);

function wordStartBefore(line: string, col: number): number {
  let i = col;
  while (i > 0 && !isWordChar(line[i - 1])) i--;
  while (i > 0 && isWordChar(line[i - 1])) i--;
  return i;
}

function moveWordLeft(s: EditorState): EditorState {
  if (s.col === 0) return reduceEditor(s, { type: 'left' });
  return { ...s, col: wordStartBefore(s.lines[s.row], s.col) };
}

function moveWordRight(s: EditorState): EditorState {
  const line = s.lines[s.row];
  if (s.col === line.length) return reduceEditor(s, { type: 'right' });
  let i = s.col;
  while (i < line.length && !isWordChar(line[i])) i++;
  while (i < line.length && isWordChar(line[i])) i++;
  return { ...s, col: i };
}
