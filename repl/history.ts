// ## Input history
//
// Every cell the user runs, oldest first, shared by all REPL sessions through a file in the
// user's data directory (one JSON string per line, so multi-line cells survive and a
// half-written last line from a crashed session is simply skipped).  Up/Down walk the
// entries that start with what was typed before the walk began (prompt_toolkit's and
// IPython's behaviour); Ctrl-R searches backwards for a substring.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Entries kept in the file; older ones are dropped when the file is rewritten. */
const MAX_ENTRIES = 10_000;

export function defaultHistoryFile(): string {
  const data = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(data, 'glasspy', 'repl_history');
}

export class History {
  private readonly entries: string[];
  /** The file ends in a torn line (a crash mid-write): start the next entry on a new line. */
  private tornTail: boolean;

  /** `file` null keeps history in memory only (tests, `--no-history`). */
  constructor(private readonly file: string | null) {
    const loaded = file === null ? { entries: [], torn: false } : readEntries(file);
    this.entries = loaded.entries;
    this.tornTail = loaded.torn;
  }

  get length(): number {
    return this.entries.length;
  }

  at(i: number): string {
    return this.entries[i];
  }

  /** Records a run cell; a repeat of the previous entry is not stored twice. */
  add(entry: string): void {
    if (entry.trim() === '' || this.entries[this.entries.length - 1] === entry) return;
    this.entries.push(entry);
    if (this.file === null) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      if (this.entries.length > MAX_ENTRIES * 1.1) {
        this.entries.splice(0, this.entries.length - MAX_ENTRIES);
        fs.writeFileSync(this.file, this.entries.map((e) => JSON.stringify(e) + '\n').join(''));
      } else {
        fs.appendFileSync(this.file, (this.tornTail ? '\n' : '') + JSON.stringify(entry) + '\n');
      }
      this.tornTail = false;
    } catch {
      // History is a convenience: an unwritable data directory must not stop the REPL.
    }
  }

  /**
   * The index of the nearest entry before `from` (exclusive) that starts with `prefix` and
   * differs from `current`, or -1.
   */
  previous(prefix: string, from: number, current: string): number {
    for (let i = Math.min(from, this.entries.length) - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.startsWith(prefix) && e !== current) return i;
    }
    return -1;
  }

  /** As `previous`, walking forwards; `length` means "back to what was typed". */
  next(prefix: string, from: number, current: string): number {
    for (let i = from + 1; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (e.startsWith(prefix) && e !== current) return i;
    }
    return this.entries.length;
  }

  /** Reverse incremental search: the nearest entry before `from` containing `query`, or -1. */
  search(query: string, from: number): number {
    if (query === '') return -1;
    for (let i = Math.min(from, this.entries.length) - 1; i >= 0; i--) {
      if (this.entries[i].includes(query)) return i;
    }
    return -1;
  }
}

function readEntries(file: string): { entries: string[]; torn: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { entries: [], torn: false };
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v === 'string') out.push(v);
    } catch {
      // A line cut short by a crash: skip it, keep the rest.
    }
  }
  return { entries: out.slice(-MAX_ENTRIES), torn: text !== '' && !text.endsWith('\n') };
}
