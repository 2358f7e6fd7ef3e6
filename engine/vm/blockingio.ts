// ## Blocking I/O calls, as the GIL sees them
//
// CPython releases the GIL around the system calls of its I/O (Py_BEGIN_ALLOW_THREADS in
// _Py_read, _Py_write, FileIO's open and close, PyOS_Readline).  The natives that model
// those calls (objects/fileio.ts, vm/stdio.ts) report them here; engine/vm/threads.ts fills
// in what happens (a waiting thread may take the GIL).  A leaf module, so the object layer
// needs no import of the scheduler.

export const blockingIO = {
  /** A blocking call begins: returns the token to hand to done(). */
  start: (): number => -1,
  /**
   * The call that began at `start` returned.  `syscall`: CPython would have made a system
   * call here too (false for a write our write-through files make but CPython's buffer would
   * have kept).
   */
  done: (start: number, syscall: boolean): void => { void start; void syscall; },
  /**
   * A read from a terminal or a pipe would block: let the other threads run for about `ms`
   * (they have the GIL while this thread waits).  False when no other thread could run.
   */
  wait: (ms: number): boolean => { void ms; return false; },
};

/** Run the blocking call `io` between start() and done(). */
export function syscall<T>(io: () => T, real = true): T {
  const start = blockingIO.start();
  try {
    return io();
  } finally {
    blockingIO.done(start, real);
  }
}
