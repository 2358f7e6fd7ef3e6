// ## Input history kept on disk across sessions
//
// IPython keeps history in ~/.ipython/profile_default/history.sqlite; glasspy appends one
// JSON line per stored cell ({session, line, source, output}) to
// $GLASSPY_HISTORY or $XDG_DATA_HOME/glasspy/history.jsonl (~/.local/share/...).
// Each process that opens the store is a new session numbered after the last one on
// disk.  Queries model HistoryManager.get_tail / get_range / search: entries are
// [session, line, input] or [session, line, [input, output]].

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface HistoryEntry { session: number; line: number; source: string; output: string | null }
export type HistoryTuple = [number, number, string | [string, string | null]];

export function defaultHistoryFile(): string {
  if (process.env.GLASSPY_HISTORY) return process.env.GLASSPY_HISTORY;
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'glasspy', 'history.jsonl');
}

/** fnmatch-style glob (`*`, `?`, `[...]`) as SQLite's GLOB, which IPython's search uses. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const j = glob.indexOf(']', i + 1);
      if (j < 0) { re += '\\['; continue; }
      const body = glob.slice(i + 1, j);
      re += `[${body.startsWith('^') ? `\\^${body.slice(1)}` : body}]`;
      i = j;
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export class HistoryStore {
  readonly session: number;
  private entries: HistoryEntry[] = [];

  constructor(readonly file: string = defaultHistoryFile()) {
    try {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const e = JSON.parse(line) as HistoryEntry;
          if (typeof e.session === 'number' && typeof e.line === 'number' && typeof e.source === 'string') this.entries.push(e);
        } catch { /* a damaged line is skipped */ }
      }
    } catch { /* no history yet */ }
    this.session = this.entries.reduce((m, e) => Math.max(m, e.session), 0) + 1;
  }

  store(line: number, source: string, output: string | null): void {
    const e: HistoryEntry = { session: this.session, line, source, output };
    this.entries.push(e);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.appendFileSync(this.file, `${JSON.stringify(e)}\n`);
    } catch { /* history is best effort, like IPython's when the database is locked */ }
  }

  private tuple(e: HistoryEntry, output: boolean): HistoryTuple {
    return [e.session, e.line, output ? [e.source, e.output] : e.source];
  }

  tail(n: number, output: boolean): HistoryTuple[] {
    return this.entries.slice(-Math.max(0, n)).map((e) => this.tuple(e, output));
  }

  /** Lines start <= line < stop of a session (0: this one, negative: counted back). */
  range(session: number, start: number, stop: number | null, output: boolean): HistoryTuple[] {
    const s = session <= 0 ? this.session + session : session;
    return this.entries.filter((e) => e.session === s && e.line >= start && (stop === null || e.line < stop)).map((e) => this.tuple(e, output));
  }

  search(pattern: string, n: number | null, unique: boolean, output: boolean): HistoryTuple[] {
    const re = globToRegExp(pattern);
    let hits = this.entries.filter((e) => re.test(e.source));
    if (unique) {
      const seen = new Set<string>();
      hits = hits.reverse().filter((e) => (seen.has(e.source) ? false : (seen.add(e.source), true))).reverse();
    }
    if (n !== null) hits = hits.slice(-n);
    return hits.map((e) => this.tuple(e, output));
  }
}
