// ## Thread state
//
// What CPython keeps in PyThreadState for the running thread: the frame chain, the stack
// of exceptions being handled (exc_info records; generators push their own while they
// run), the recursion depth (shared with natives through abstract.ts), and the
// asynchronous interrupt flag the host sets for Ctrl-C.

import type { PyObject } from '../objects/object.js';
import type { Frame } from './frame.js';

export interface ExcInfo {
  /** The exception being handled, or null for none (CPython: Py_None). */
  value: PyObject | null;
  prev: ExcInfo | null;
}

export const tstate = {
  /** Innermost running frame (sys._getframe(0)). */
  frame: null as Frame | null,
  excInfo: { value: null, prev: null } as ExcInfo,
  /**
   * Set from outside (a SharedArrayBuffer cell written by the host, or a signal handler)
   * to raise KeyboardInterrupt at the next eval-breaker check.
   */
  interrupt: null as Int32Array | null,
  pendingInterrupt: false,
  /**
   * How many evaluation loops of this thread are open on the JS stack beyond a thread's own
   * slice (threads.ts): 0 while a thread other than the main one runs its bottom frames, so
   * it may give up the GIL by returning to the scheduler.
   */
  nested: 0,
};

/** sys.exc_info()'s exception: the topmost record holding one (_PyErr_GetTopmostException). */
export function topmostException(): PyObject | null {
  for (let e: ExcInfo | null = tstate.excInfo; e !== null; e = e.prev) if (e.value !== null) return e.value;
  return null;
}
