// ## Standard streams, as the host provides them
//
// The engine never touches process.stdout directly: sys.stdout/sys.stderr write through
// `stdio.sink`, which the host sets (the CLI writes to file descriptors, the kernel turns
// writes into `stream` messages, the REPL into transcript lines).  stdin lines come from
// `stdio.source`.  By default both use the process's own descriptors synchronously, which is
// what `glasspy script.py` needs.

import * as fs from 'node:fs';
import { blockingIO, syscall } from './blockingio.js';

export interface StdioSink {
  write(fd: 1 | 2, text: string): void;
  flush(fd: 1 | 2): void;
  isatty(fd: 0 | 1 | 2): boolean;
  /** Called before the program blocks (time.sleep), so a host can send what is waiting. */
  beforeBlock?(): void;
}

export interface StdinSource {
  /** The next line including its newline, '' or a line without newline at EOF, null at EOF. */
  readLine(): string | null;
  /**
   * A host that shows prompts itself (the kernel's input_request carries the prompt and
   * whether to hide the answer) reads a line here instead; input() and getpass use it.
   */
  prompt?(prompt: string, password: boolean): string | null;
}

const pending: [string[], string[]] = [[], []];
let pendingBytes = 0;

/** One flush of a standard stream: a write system call (the GIL released around it). */
function writeFd(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  syscall(() => {
    let off = 0;
    while (off < buf.length) {
      try {
        off += fs.writeSync(fd, buf, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
    }
  });
}

/** Block-buffered stdout (as CPython's when not a terminal), unbuffered stderr. */
export const processSink: StdioSink = {
  write(fd, text) {
    if (fd === 2) { processSink.flush(1); writeFd(2, text); return; }
    pending[0].push(text);
    pendingBytes += text.length;
    if (pendingBytes > 8192 || (ttyOut && text.includes('\n'))) processSink.flush(1);
  },
  flush(fd) {
    if (fd === 1 && pending[0].length) {
      const s = pending[0].join('');
      pending[0] = [];
      pendingBytes = 0;
      writeFd(1, s);
    }
  },
  isatty(fd) {
    try { return (fs.fstatSync(fd).isCharacterDevice()); } catch { return false; }
  },
};
const ttyOut = (() => { try { return fs.fstatSync(1).isCharacterDevice(); } catch { return false; } })();

let stdinBuf = Buffer.alloc(0);
let stdinEof = false;

/** Reads fd 0 synchronously, a chunk at a time, splitting lines itself. */
export const processSource: StdinSource = {
  readLine() {
    for (;;) {
      const nl = stdinBuf.indexOf(10);
      if (nl >= 0) {
        const line = stdinBuf.subarray(0, nl + 1).toString('utf8');
        stdinBuf = stdinBuf.subarray(nl + 1);
        return line;
      }
      if (stdinEof) {
        if (stdinBuf.length === 0) return null;
        const rest = stdinBuf.toString('utf8');
        stdinBuf = Buffer.alloc(0);
        return rest;
      }
      const chunk = Buffer.alloc(65536);
      let n = 0;
      try {
        n = readStdin(chunk);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) stdinEof = true;
      else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
    }
  },
};

/**
 * One read system call on fd 0.  A terminal or a pipe may make it wait: while other threads
 * exist, glasspy reads through a non-blocking descriptor of the same stdin and lets them run
 * between looks (CPython's reader has dropped the GIL while it waits), otherwise it blocks.
 */
function readStdin(chunk: Buffer): number {
  // blockingIO.start() is -1 when no other thread exists.
  const poll = blockingIO.start() >= 0 ? pollDescriptor() : null;
  if (poll !== null) {
    for (;;) {
      try {
        return fs.readSync(poll, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      }
      if (!blockingIO.wait(POLL_MS)) break;
    }
  }
  return syscall(() => fs.readSync(0, chunk, 0, chunk.length, null));
}

/** How long the other threads run between looks at stdin (ms). */
const POLL_MS = 10;

let pollFd: number | null | undefined;

/** A second, non-blocking open of stdin when it is a terminal or a pipe (null otherwise). */
function pollDescriptor(): number | null {
  if (pollFd !== undefined) return pollFd;
  pollFd = null;
  try {
    const st = fs.fstatSync(0);
    // Reopening /proc/self/fd/0 gives a terminal or a pipe a new open file description, so
    // O_NONBLOCK does not change fd 0 for the processes sharing it.
    if (st.isFIFO() || st.isCharacterDevice()) {
      pollFd = fs.openSync('/proc/self/fd/0', fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
    }
  } catch {
    pollFd = null;
  }
  return pollFd;
}

export const stdio = { sink: processSink as StdioSink, source: processSource as StdinSource };

export function readLine(): string | null {
  return stdio.source.readLine();
}
