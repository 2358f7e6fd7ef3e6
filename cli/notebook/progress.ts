// ## Progress of a headless notebook run
//
// On a terminal the run shows one line that is redrawn in place: a bar, "cell i of N" and
// the first line of the cell's source.  When stderr is not a terminal (CI logs, pipes) each
// code cell gets one plain line instead, so logs stay readable.  `--quiet` shows nothing
// but errors and the summary.

export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
  columns: number;
}

export interface CellReport {
  index: number;
  ok: boolean;
  seconds: number;
}

const BAR_WIDTH = 24;

export class Progress {
  private lineOpen = false;
  private readonly started = Date.now();

  constructor(private readonly out: ProgressSink, private readonly total: number, private readonly quiet: boolean) {}

  /** Before a code cell runs: `index` counts code cells from 1. */
  cellStarting(index: number, source: string): void {
    if (this.quiet) return;
    const label = `cell ${index} of ${this.total}`;
    const first = firstLine(source);
    if (!this.out.isTTY) {
      this.out.write(`[glasspy] ${label}: ${first}\n`);
      return;
    }
    const done = Math.round((BAR_WIDTH * (index - 1)) / Math.max(1, this.total));
    const bar = '█'.repeat(done) + '░'.repeat(BAR_WIDTH - done);
    const room = Math.max(0, this.out.columns - BAR_WIDTH - label.length - 5);
    this.out.write(`\r\x1b[2K${bar} ${label}  ${clip(first, room)}`);
    this.lineOpen = true;
  }

  /** A message that must not be overwritten by the bar (an error, a timeout). */
  message(text: string): void {
    this.closeLine();
    this.out.write(text.endsWith('\n') ? text : text + '\n');
  }

  finish(cells: CellReport[], wrote: string | null): void {
    this.closeLine();
    const failed = cells.filter((c) => !c.ok).length;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(2);
    const ran = `${cells.length} of ${this.total} code cell${this.total === 1 ? '' : 's'}`;
    const errors = failed === 0 ? 'no errors' : `${failed} error${failed === 1 ? '' : 's'}`;
    this.out.write(`[glasspy] ran ${ran} in ${seconds} s, ${errors}${wrote ? `; wrote ${wrote}` : ''}\n`);
  }

  private closeLine(): void {
    if (this.lineOpen) this.out.write('\r\x1b[2K');
    this.lineOpen = false;
  }
}

function firstLine(source: string): string {
  const line = source.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

function clip(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return width <= 1 ? '' : chars.slice(0, width - 1).join('') + '…';
}
