// ## %timeit and %%timeit
//
// Models IPython.core.magics.execution.ExecutionMagics.timeit.  Options are parsed with
// posix=False and strict=False and the statement is the line with the options cut out
// (preserve_non_opts).  The timing itself runs in Python (_glasspy_magics.run_timeit):
// the statement is compiled into an `inner(_it, _timer)` function defined in the user
// namespace, timed 10**k loops at a time until one run takes at least 0.2 s, then
// repeated 7 times; the result prints as IPython's TimeitResult does.

import { registerMagic, MagicContext } from './registry.js';
import { parseOptions, optValue } from './options.js';
import { magicsHelper } from './pyhelper.js';
import { transformCell } from '../session/transform.js';
import { call } from '../objects/abstract.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import type { PyObject } from '../objects/object.js';
import { raiseValueError } from '../objects/exceptions.js';

const DOC = `Time execution of a Python statement or expression

Usage, in line mode:
  %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement
or in cell mode:
  %%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code
  code
  code...

Time execution of a Python statement or expression using the timeit
module.  This function can be used both as a line and cell magic:

- In line mode you can time a single-line statement (though multiple
  ones can be chained with using semicolons).

- In cell mode, the statement in the first line is used as setup code
  (executed but not timed) and the body of the cell is timed.  The cell
  body has access to any variables created in the setup code.

Options:
-n<N>: execute the given statement <N> times in a loop. If <N> is not
provided, <N> is determined so as to get sufficient accuracy.

-r<R>: number of repeats <R>, each consisting of <N> loops, and take the
best result.
Default: 7

-t: use time.time to measure the time, which is the default on Unix.
This function measures wall time.

-c: use time.clock to measure the time, which is the default on
Windows and measures wall time. On Unix, resource.getrusage is used
instead and returns the CPU user time.

-p<P>: use a precision of <P> digits to display the timing result.
Default: 3

-q: Quiet, do not print result.

-o: return a TimeitResult that can be stored in a variable to inspect
    the result in more details.`;

/** int(s) as Python parses it (surrounding whitespace, underscores), else ValueError. */
function pyInt(s: string): number {
  const t = s.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) raiseValueError(`invalid literal for int() with base 10: '${s}'`);
  return Number(t.replace(/_/g, ''));
}

function transformed(source: string): string {
  const t = transformCell(source);
  return t.kind === 'code' ? t.source : source;
}

function timeitMagic(line: string, cell: string | null, ctx: MagicContext): PyObject {
  const { opts, args: stmt } = parseOptions(line, 'n:r:tcp:qo', [], { posix: false, strict: false, preserveNonOpts: true });
  if (stmt === '' && cell === null) return Py_None;
  const number = pyInt(optValue(opts, 'n') ?? '0');
  const repeat = pyInt(optValue(opts, 'r') ?? '7');
  const precision = pyInt(optValue(opts, 'p') ?? '3');
  // -c wins over -t, as the later assignment does in IPython.
  const timefunc = opts.has('c') ? 'c' : opts.has('t') ? 't' : '';
  const setup = cell === null ? 'pass' : transformed(stmt);
  const body = cell === null ? transformed(stmt) : transformed(cell);
  return call(magicsHelper('run_timeit'), [newStr(setup), newStr(body), ctx.namespace, newInt(number), newInt(repeat),
    newInt(precision), opts.has('q') ? Py_True : Py_False, opts.has('o') ? Py_True : Py_False, newStr(timefunc)]);
}

registerMagic({ name: 'timeit', kind: 'line', doc: DOC, run: (line, cell, ctx) => timeitMagic(line, null, ctx) });
registerMagic({ name: 'timeit', kind: 'cell', doc: DOC, run: (line, cell, ctx) => timeitMagic(line, cell ?? '', ctx) });
