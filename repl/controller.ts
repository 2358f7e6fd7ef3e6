// ## The REPL's behaviour, without the terminal
//
// The controller owns everything the REPL does between a key press and the screen: the
// input buffer, history walking and reverse search, completion, running a cell on the
// session host and collecting what it prints, `input()` prompts, Ctrl-C, and the status
// bar's figures.  The Ink view (view.ts) only draws `snapshot()` and forwards key events;
// tests drive a controller on a real session host with the same events.

import type { ExecuteReply, ExecuteOptions } from '../engine/session/session.js';
import type { CompleteResult } from '../engine/session/complete.js';
import type { IsCompleteResult } from '../engine/session/iscomplete.js';
import type { DisplayMessage } from '../engine/session/display.js';
import type { HostEvents } from '../engine/host/host.js';
import {
  EditorState, emptyEditor, editorText, editorFrom, reduceEditor, onFirstLine, onLastLine, isEmpty, nextLineIndent, type EditAction,
} from './editor.js';
import { History } from './history.js';
import type { InputEvent, KeyEvent } from './keys.js';

/** What the controller needs from the engine: the session host's API. */
export interface ReplEngine {
  execute(code: string, opts: ExecuteOptions, allowStdin: boolean): Promise<ExecuteReply>;
  complete(code: string, cursorPos: number): Promise<CompleteResult>;
  isComplete(code: string): Promise<IsCompleteResult>;
  interrupt(): void;
  inputReply(text: string): void;
}

export type TranscriptItem =
  | { kind: 'input'; text: string }
  | { kind: 'stdout' | 'stderr' | 'result' | 'error' | 'info'; text: string };

export interface Completion {
  items: { text: string; type: string; signature: string }[];
  start: number;
  end: number;
  selected: number;
}

export interface StatusFigures {
  wallMs: number | null;
  /** Python expressions' values from the engine, by label; an error text where not available. */
  figures: { label: string; value: string }[];
}

export interface ReplSnapshot {
  mode: 'edit' | 'running' | 'search' | 'input';
  editor: EditorState;
  transcript: readonly TranscriptItem[];
  completion: Completion | null;
  search: { query: string; match: string | null } | null;
  inputPrompt: string;
  inputLine: string;
  status: StatusFigures;
  statusVisible: boolean;
}

/** The figures the status bar asks the engine for after every run (user_expressions). */
export const STATUS_EXPRESSIONS: Record<string, string> = {
  heap: "'%.1f MiB in %d blocks' % (__import__('_glasspy_heap').bytes_in_use() / 1048576, __import__('sys').getallocatedblocks())",
  'gc count/threshold': "' '.join('%d/%d' % p for p in zip(__import__('gc').get_count(), __import__('gc').get_threshold()))",
  tracked: "'/'.join(str(len(__import__('gc').get_objects(g))) for g in range(3))",
};

/**
 * A controller and the engine it drives, wired both ways: `makeEngine` builds the session host
 * with the given events, which send the engine's stream output, displays and input() prompts
 * back to the controller.  (The host is made first and calls back only once code runs.)
 */
export function connectRepl<E extends ReplEngine>(
  makeEngine: (events: HostEvents) => E, history: History, onChange: () => void, opts: { statusBar: boolean },
): { host: E; ctl: ReplController } {
  let ctl!: ReplController;
  const host = makeEngine({
    stream: (name, text) => ctl.stream(name, text),
    display: (msg) => ctl.display(msg),
    inputRequest: (prompt) => ctl.inputRequest(prompt),
  });
  ctl = new ReplController(host, history, onChange, opts);
  return { host, ctl };
}

export class ReplController {
  private editor: EditorState = emptyEditor;
  private mode: ReplSnapshot['mode'] = 'edit';
  private readonly transcript: TranscriptItem[] = [];
  private completion: Completion | null = null;
  private searchQuery = '';
  private searchIndex = -1;
  /** History walk: the index shown and the text typed before the walk began. */
  private walkIndex = -1;
  private walkPrefix = '';
  private escapePending = false;
  /** Resolved when the mode leaves 'running' (the prompt or an input() line is back). */
  private modeWaiters: (() => void)[] = [];
  private inputPrompt = '';
  private inputLine = '';
  private partial = { stdout: '', stderr: '' };
  private status: StatusFigures = { wallMs: null, figures: [] };
  statusVisible: boolean;
  /** Set when the user asked to leave (Ctrl-D, exit()); the process exits with it. */
  exitCode: number | null = null;
  /** The cell being run, if any: key events keep flowing (Ctrl-C) while it runs. */
  running: Promise<void> | null = null;

  constructor(
    private readonly engine: ReplEngine,
    private readonly history: History,
    private readonly onChange: () => void,
    opts: { statusBar: boolean } = { statusBar: true },
  ) {
    this.statusVisible = opts.statusBar;
  }

  snapshot(): ReplSnapshot {
    const match = this.searchIndex >= 0 ? this.history.at(this.searchIndex) : null;
    return {
      mode: this.mode, editor: this.editor, transcript: this.transcript, completion: this.completion,
      search: this.mode === 'search' ? { query: this.searchQuery, match } : null,
      inputPrompt: this.inputPrompt, inputLine: this.inputLine, status: this.status, statusVisible: this.statusVisible,
    };
  }

  // ## Engine events (wired to the session host's callbacks)

  stream(name: 'stdout' | 'stderr', text: string): void {
    // Whole lines go to the transcript as they arrive; a partial line waits for its end
    // (or the end of the run), because the transcript is printed a line at a time.
    const buf = this.partial[name] + text;
    const cut = buf.lastIndexOf('\n');
    if (cut >= 0) this.transcript.push({ kind: name, text: buf.slice(0, cut) });
    this.partial[name] = buf.slice(cut + 1);
    this.onChange();
  }

  display(msg: DisplayMessage): void {
    if (msg.kind === 'clear_output') return;
    const plain = msg.data['text/plain'];
    if (typeof plain === 'string') this.transcript.push({ kind: msg.kind === 'execute_result' ? 'result' : 'stdout', text: plain });
    this.onChange();
  }

  inputRequest(prompt: string): void {
    this.flushPartial();
    this.setMode('input');
    this.inputPrompt = prompt;
    this.inputLine = '';
    this.onChange();
  }

  // ## Keys

  /**
   * Ctrl-C while code runs (or waits in input()) interrupts it at once, ahead of any keys
   * still queued; returns true when it did.  The terminal loop calls this before queueing.
   */
  urgent(ev: InputEvent): boolean {
    if (ev.kind !== 'key' || !isCtrl(ev, 'c') || (this.mode !== 'running' && this.mode !== 'input')) return false;
    this.mode = 'running';
    this.engine.interrupt();
    this.onChange();
    return true;
  }

  async handle(ev: InputEvent): Promise<void> {
    // Keys typed while a cell runs are kept for the next prompt (type-ahead), as a
    // terminal's line discipline keeps them for python3.
    while (this.mode === 'running') {
      if (ev.kind === 'key' && isCtrl(ev, 'c')) {
        this.engine.interrupt();
        return;
      }
      await new Promise<void>((resolve) => this.modeWaiters.push(resolve));
    }
    if (ev.kind === 'paste') {
      if (this.mode === 'edit') this.edit({ type: 'paste', text: ev.text });
      else if (this.mode === 'input') this.inputLine += ev.text.split(/\r?\n/)[0];
      this.onChange();
      return;
    }
    switch (this.mode) {
      case 'input': this.inputKey(ev); break;
      case 'search': this.searchKey(ev); break;
      case 'edit': await this.editKey(ev); break;
    }
    this.onChange();
  }

  private async editKey(ev: KeyEvent): Promise<void> {
    const escape = this.escapePending;
    this.escapePending = false;
    if (this.completion && this.completionKey(ev)) return;
    if (ev.name !== 'up' && ev.name !== 'down') this.walkIndex = -1;
    if (ev.name === 'text') return this.edit({ type: 'insert', text: ev.text });
    if (ev.name === 'return') {
      if (ev.meta || escape) return this.edit({ type: 'newline' });
      return this.enter();
    }
    if (ev.ctrl) {
      switch (ev.name) {
        case 'a': return this.edit({ type: 'home' });
        case 'e': return this.edit({ type: 'end' });
        case 'k': return this.edit({ type: 'killToEnd' });
        case 'u': return this.edit({ type: 'killToStart' });
        case 'w': return this.edit({ type: 'killWordBack' });
        case 'b': return this.edit({ type: 'left' });
        case 'f': return this.edit({ type: 'right' });
        case 'left': return this.edit({ type: 'wordLeft' });
        case 'right': return this.edit({ type: 'wordRight' });
        case 'r': this.mode = 'search'; this.searchQuery = ''; this.searchIndex = -1; return;
        case 't': this.statusVisible = !this.statusVisible; return;
        case 'c':
          // As CPython's REPL: the buffer is dropped and KeyboardInterrupt is shown.
          this.transcript.push({ kind: 'input', text: editorText(this.editor) });
          this.transcript.push({ kind: 'error', text: 'KeyboardInterrupt' });
          this.editor = emptyEditor;
          return;
        case 'd':
          if (isEmpty(this.editor)) this.exitCode = 0;
          else this.edit({ type: 'delete' });
          return;
        default: return;
      }
    }
    if (ev.meta) {
      switch (ev.name) {
        case 'b': case 'left': return this.edit({ type: 'wordLeft' });
        case 'f': case 'right': return this.edit({ type: 'wordRight' });
        case 'backspace': return this.edit({ type: 'killWordBack' });
        default: return;
      }
    }
    switch (ev.name) {
      case 'escape': this.escapePending = true; return;
      case 'backspace': return this.edit({ type: 'backspace' });
      case 'delete': return this.edit({ type: 'delete' });
      case 'left': return this.edit({ type: 'left' });
      case 'right': return this.edit({ type: 'right' });
      case 'home': return this.edit({ type: 'home' });
      case 'end': return this.edit({ type: 'end' });
      case 'f2': this.statusVisible = !this.statusVisible; return;
      case 'up': return onFirstLine(this.editor) ? this.walkHistory(-1) : this.edit({ type: 'up' });
      case 'down': return onLastLine(this.editor) ? this.walkHistory(1) : this.edit({ type: 'down' });
      case 'tab': return this.tab();
      default: return;
    }
  }

  private edit(a: EditAction): void {
    this.editor = reduceEditor(this.editor, a);
    this.completion = null;
  }

  /** Enter: run the cell if the engine says it is complete, else a new indented line. */
  private async enter(): Promise<void> {
    const text = editorText(this.editor);
    const lastLine = this.editor.lines[this.editor.lines.length - 1];
    // A blank line ends a block, as in CPython's REPL.
    const blankEnds = this.editor.lines.length > 1 && lastLine.trim() === '';
    if (!blankEnds && text.trim() !== '') {
      const verdict = await this.engine.isComplete(text);
      if (verdict.status === 'incomplete') {
        const cur = this.editor.lines[this.editor.row].slice(0, this.editor.col);
        const indent = this.editor.lines.length === 1 && verdict.indent !== undefined ? verdict.indent : nextLineIndent(cur);
        this.editor = reduceEditor(this.editor, { type: 'insert', text: '\n' + indent });
        return;
      }
    }
    this.running = this.run(text).finally(() => {
      this.running = null;
      this.onChange();
    });
  }

  /** Resolves when no cell is running (tests, and the exit path). */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  /** Runs a cell: the REPL's main job. */
  async run(text: string): Promise<void> {
    this.transcript.push({ kind: 'input', text });
    this.editor = emptyEditor;
    this.completion = null;
    if (text.trim() === '') return;
    this.history.add(text.replace(/\n+$/, ''));
    this.mode = 'running';
    this.onChange();
    await this.runAndShow(text, { silent: false, storeHistory: true });
  }

  /**
   * `glasspy -i FILE`: the script runs first, in the session's namespace, its output and any
   * traceback shown above the first prompt.
   */
  async runScript(source: string, path: string, argv: string[]): Promise<void> {
    this.mode = 'running';
    this.onChange();
    await this.runAndShow(source, { silent: false, storeHistory: false, script: { path, argv } });
  }

  private async runAndShow(text: string, opts: ExecuteOptions): Promise<void> {
    const started = performance.now();
    const reply = await this.engine.execute(text, opts, true);
    const wallMs = performance.now() - started;
    this.flushPartial();
    this.setMode('edit');
    if (reply.status === 'error' && reply.error !== null) {
      if (reply.error.ename === 'SystemExit') {
        // sys.exit("message") prints the message and exits with 1, as CPython does.
        this.exitCode = exitStatus(reply.error.evalue);
        if (this.exitCode === 1 && !/^-?\d+$/.test(reply.error.evalue)) this.transcript.push({ kind: 'stderr', text: reply.error.evalue });
      } else if (reply.error.traceback.length > 0) {
        // A UsageError has no traceback: its message is already on stderr, as in IPython.
        this.transcript.push({ kind: 'error', text: reply.error.traceback.join('\n') });
      }
    }
    for (const p of reply.payload) {
      // `exit` / `quit` typed as a cell ask the front end to close (IPython's ask_exit).
      if ((p as { source?: string }).source === 'ask_exit') this.exitCode = 0;
      const data = (p as { data?: Record<string, unknown> }).data;
      if (data && typeof data['text/plain'] === 'string') this.transcript.push({ kind: 'info', text: data['text/plain'] });
    }
    await this.refreshStatus(wallMs);
  }

  private setMode(mode: ReplSnapshot['mode']): void {
    this.mode = mode;
    if (mode === 'running') return;
    const waiters = this.modeWaiters;
    this.modeWaiters = [];
    for (const w of waiters) w();
  }

  private async refreshStatus(wallMs: number): Promise<void> {
    if (!this.statusVisible) {
      this.status = { wallMs, figures: [] };
      return;
    }
    const r = await this.engine.execute('', { silent: true, storeHistory: false, userExpressions: STATUS_EXPRESSIONS }, false);
    const figures: StatusFigures['figures'] = [];
    for (const [label, v] of Object.entries(r.userExpressions)) {
      const value = v as { status?: string; data?: Record<string, string>; ename?: string };
      // The expressions make strings; their repr's quotes are dropped.  A figure the engine
      // cannot give yet (an exception) shows as n/a rather than hiding the bar.
      const text = value.status === 'ok' ? (value.data?.['text/plain'] ?? '').replace(/^'(.*)'$/, '$1') : 'n/a';
      figures.push({ label, value: text });
    }
    this.status = { wallMs, figures };
  }

  private flushPartial(): void {
    for (const name of ['stdout', 'stderr'] as const) {
      if (this.partial[name] !== '') this.transcript.push({ kind: name, text: this.partial[name] });
      this.partial[name] = '';
    }
  }

  // ## History

  private walkHistory(direction: -1 | 1): void {
    const text = editorText(this.editor);
    if (this.walkIndex < 0) {
      if (direction === 1) return;
      this.walkIndex = this.history.length;
      this.walkPrefix = text;
    }
    const i = direction < 0
      ? this.history.previous(this.walkPrefix, this.walkIndex, text)
      : this.history.next(this.walkPrefix, this.walkIndex, text);
    if (i < 0) return;
    this.walkIndex = i;
    this.editor = editorFrom(i >= this.history.length ? this.walkPrefix : this.history.at(i));
  }

  private searchKey(ev: KeyEvent): void {
    if (ev.name === 'text') {
      this.searchQuery += ev.text;
      this.searchIndex = this.history.search(this.searchQuery, this.history.length);
    } else if (ev.name === 'backspace') {
      this.searchQuery = this.searchQuery.slice(0, -1);
      this.searchIndex = this.history.search(this.searchQuery, this.history.length);
    } else if (isCtrl(ev, 'r')) {
      const next = this.history.search(this.searchQuery, this.searchIndex < 0 ? this.history.length : this.searchIndex);
      if (next >= 0) this.searchIndex = next;
    } else if (isCtrl(ev, 'c') || isCtrl(ev, 'g') || ev.name === 'escape') {
      this.mode = 'edit';
    } else {
      // Any other key accepts the match and goes on editing it, as readline does.
      if (this.searchIndex >= 0) this.editor = editorFrom(this.history.at(this.searchIndex));
      this.mode = 'edit';
    }
  }

  // ## Completion

  private async tab(): Promise<void> {
    const line = this.editor.lines[this.editor.row];
    if (/^\s*$/.test(line.slice(0, this.editor.col))) return this.edit({ type: 'indent' });
    const text = editorText(this.editor);
    const offset = this.cursorOffset();
    const cursor = Array.from(text.slice(0, offset)).length;
    const r = await this.engine.complete(text, cursor);
    const items = r.metadata._jupyter_types_experimental.length
      ? r.metadata._jupyter_types_experimental.map((m) => ({ text: m.text, type: m.type, signature: m.signature }))
      : r.matches.map((m) => ({ text: m, type: '', signature: '' }));
    if (items.length === 0) return;
    const start = codePointsToUnits(text, r.cursor_start);
    const end = codePointsToUnits(text, r.cursor_end);
    if (items.length === 1) return this.replaceRange(start, end, items[0].text);
    const common = commonPrefix(items.map((m) => m.text));
    if (common.length > end - start) this.replaceRange(start, end, common);
    this.completion = { items, start, end: start + common.length > end ? start + common.length : end, selected: -1 };
  }

  /** Keys while the completion menu is open; true when the key was used by the menu. */
  private completionKey(ev: KeyEvent): boolean {
    const c = this.completion!;
    if (ev.name === 'tab' || ev.name === 'down') {
      c.selected = (c.selected + 1) % c.items.length;
      return true;
    }
    if (ev.name === 'up') {
      c.selected = (c.selected - 1 + c.items.length) % c.items.length;
      return true;
    }
    if (ev.name === 'return' && c.selected >= 0) {
      const chosen = c.items[c.selected].text;
      this.completion = null;
      this.replaceRange(c.start, c.end, chosen);
      return true;
    }
    if (ev.name === 'escape') {
      this.completion = null;
      return true;
    }
    this.completion = null;
    return false;
  }

  private replaceRange(start: number, end: number, text: string): void {
    const all = editorText(this.editor);
    const replaced = all.slice(0, start) + text + all.slice(end);
    const cursor = start + text.length;
    const before = replaced.slice(0, cursor).split('\n');
    const lines = replaced.split('\n');
    this.editor = { lines, row: before.length - 1, col: before[before.length - 1].length };
  }

  private cursorOffset(): number {
    let n = 0;
    for (let r = 0; r < this.editor.row; r++) n += this.editor.lines[r].length + 1;
    return n + this.editor.col;
  }

  // ## input()

  private inputKey(ev: KeyEvent): void {
    if (ev.name === 'text') this.inputLine += ev.text;
    else if (ev.name === 'backspace') this.inputLine = Array.from(this.inputLine).slice(0, -1).join('');
    else if (ev.name === 'return') {
      this.transcript.push({ kind: 'stdout', text: this.inputPrompt + this.inputLine });
      this.mode = 'running';
      this.engine.inputReply(this.inputLine);
    } else if (isCtrl(ev, 'c')) {
      this.mode = 'running';
      this.engine.interrupt();
    }
  }
}

function isCtrl(ev: KeyEvent, name: string): boolean {
  return ev.ctrl && ev.name === name;
}

/** The exit status `sys.exit(evalue)` asks for, as CPython's handling of SystemExit. */
function exitStatus(evalue: string): number {
  if (evalue === '' || evalue === 'None') return 0;
  return /^-?\d+$/.test(evalue) ? Number(evalue) & 0xff : 1;
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function codePointsToUnits(text: string, cp: number): number {
  return Array.from(text).slice(0, cp).join('').length;
}
