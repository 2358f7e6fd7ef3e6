// Drives a real glasspy Session for the magics tests: stdout/stderr are collected from
// stdio.sink per cell, display messages from onDisplay, and stdin is at EOF (input()
// raises EOFError) so nothing waits for a terminal.  Use one Harness per test file: the
// session's sys.displayhook is process-wide, so the last Session made receives results.
import { Session } from '../../engine/session/session.js';
import { stdio } from '../../engine/vm/stdio.js';
import type { DisplayMessage } from '../../engine/session/display.js';
import type { ExecuteReply } from '../../engine/session/session.js';

export interface CellRun {
  stdout: string;
  stderr: string;
  displays: DisplayMessage[];
  reply: ExecuteReply;
}

export class Harness {
  readonly session: Session;
  private out = '';
  private err = '';
  private displays: DisplayMessage[] = [];
  /** What input() reads: EOF unless a test says otherwise. */
  readLine: () => string | null = () => null;

  constructor() {
    this.install();
    this.session = new Session({ onDisplay: (m) => this.displays.push(m) });
  }

  private install(): void {
    stdio.sink = {
      write: (fd, text) => { if (fd === 1) this.out += text; else this.err += text; },
      flush: () => {},
      isatty: () => false,
    };
    stdio.source = { readLine: () => this.readLine() };
  }

  run(cell: string): CellRun {
    this.install();
    this.out = '';
    this.err = '';
    this.displays = [];
    const reply = this.session.execute(cell);
    return { stdout: this.out, stderr: this.err, displays: this.displays, reply };
  }

  /** The text/plain of the cell's execute_result (its value), or null. */
  value(cell: string): string | null {
    const r = this.run(cell);
    if (r.reply.status !== 'ok') throw new Error(`${cell}: ${r.reply.error?.ename}: ${r.reply.error?.evalue}\n${r.stderr}`);
    const res = r.displays.find((d) => d.kind === 'execute_result');
    return res === undefined ? null : (res.data['text/plain'] as string);
  }
}
