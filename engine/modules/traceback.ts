// ## _traceback: the native half of the traceback module
//
// traceback.py (engine/modules/lib/traceback.py) holds the Python API — FrameSummary,
// StackSummary, TracebackException and the format_*/print_* functions — as in CPython.  The
// text of one frame entry (with CPython 3.11's caret lines) and of an exception's final lines
// comes from here, so it is the same text the interpreter prints for uncaught exceptions.

import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { newList } from '../objects/list.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { raiseTypeError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { formatExceptionOnly, formatFrameLine, getSourceLine } from '../vm/traceback.js';
import { Frame, PyTraceBack } from '../vm/frame.js';
import { defineModule } from './registry.js';

defineModule('_traceback', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn) => dictSetStr(d, name, newBuiltin(name, fn, '_traceback'));
  // frame_entry(tb_or_frame): '  File "...", line N, in name\n    source\n    ^^^^\n' at a
  // traceback entry's instruction, or at a frame's current one.
  f('frame_entry', (_m, a) => {
    const x = a[0];
    if (x instanceof PyTraceBack) return newStr(formatFrameLine(x.tb_frame, x.tb_lasti));
    if (!(x instanceof Frame)) raiseTypeError('frame_entry() argument must be a traceback or a frame');
    return newStr(formatFrameLine(x, x.lasti));
  });
  // exception_only(exc): the final lines of a report, one string per line.
  f('exception_only', (_m, a) => newList(formatExceptionOnly(a[0]).map((s) => newStr(s))));
  // getline(filename, lineno): a source line with its newline, or '' (as linecache.getline).
  f('getline', (_m, a) => {
    if (!(a[0] instanceof PyStr)) return newStr('');
    return newStr(getSourceLine(a[0].value, Number(index(a[1]).value)) ?? '');
  });
});
