// ## JS errors that are not Python exceptions
//
// Nothing may reach a user as a JS exception.  A JS stack overflow (a native recursing
// without bound, e.g. repr of a deeply nested list) becomes RecursionError, an allocation
// failure MemoryError; anything else is a bug in glasspy and becomes SystemError naming
// the opcode and line being executed, so the session survives and the report is useful.

import { PyBaseException, newException, RecursionError, MemoryError, SystemError } from '../objects/exceptions.js';
import { opname } from '../compiler/opcode.js';
import type { Frame } from './frame.js';

export function internalErrorToPython(err: unknown, frame: Frame | null): PyBaseException {
  if (err instanceof PyBaseException) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return newException(RecursionError, 'maximum recursion depth exceeded');
  }
  if (err instanceof RangeError && /(Invalid array length|Array buffer allocation failed|Invalid string length|out of memory)/i.test(err.message)) {
    return newException(MemoryError, null);
  }
  const msg = err instanceof Error ? err.message : String(err);
  let where = '';
  if (frame !== null) {
    const code = frame.f_code;
    const i = Math.max(frame.lasti, 0);
    where = ` (executing ${opname[code.ops[i]]} at offset ${2 * i}, line ${code.lineAt(i)} of ${code.co_filename})`;
  }
  const e = newException(SystemError, `internal error in glasspy: ${msg}${where}`);
  if (process.env.GLASSPY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return e;
}
