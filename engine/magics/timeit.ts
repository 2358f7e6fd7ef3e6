// ## %timeit and %%timeit
//
// Models IPython.core.magics.execution.ExecutionMagics.timeit.  Options are parsed with
// posix=False and strict=False and the statement is the line with the options cut out
// (preserve_non_opts).  Setup and statement are parsed (SyntaxErrors name `<unknown>`),
// compiled on their own (`<magic-timeit-setup>`, `<magic-timeit-stmt>`), then spliced
// into the AST of timeit's template, as TimeitTemplateFiller does, and compiled as
// `<magic-timeit>`: the user's lines keep their own line numbers.  The timing runs in
// Python (_glasspy_magics.run_timeit): `inner(_it, _timer)` is defined in the user
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
import { PyCode } from '../objects/code.js';
import { newFloat } from '../objects/float.js';
import { frontEnd, syntaxErrorToPython, CompileMode } from '../vm/compile.js';
import { PySyntaxError } from '../syntax/errors.js';
import type { AST_mod, AST_stmt, FunctionDef, For } from '../syntax/ast.js';

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

const TEMPLATE = 'def inner(_it, _timer):\n    setup\n    _t0 = _timer()\n    for _i in _it:\n        stmt\n    _t1 = _timer()\n    return _t1 - _t0\n';

function front<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPython(e);
    throw e;
  }
}

/** CachingCompiler.ast_parse: a module's statements, SyntaxErrors from '<unknown>'. */
function astParse(source: string): AST_stmt[] {
  return front(() => (frontEnd.parse!(source, '<unknown>', 'exec') as { body: AST_stmt[] }).body);
}

function compileAst(body: AST_stmt[], filename: string, mode: CompileMode = 'exec'): PyCode {
  const tree: AST_mod = { _type: 'Module', body, type_ignores: [] };
  return front(() => new PyCode(frontEnd.compile!(tree, filename, mode, {})));
}

/** The template's AST with setup and statement filled in (TimeitTemplateFiller). */
function fillTemplate(setup: AST_stmt[], stmt: AST_stmt[]): AST_stmt[] {
  const body = astParse(TEMPLATE);
  const inner = body[0] as FunctionDef;
  const loop = inner.body.find((n) => n._type === 'For') as For;
  loop.body = stmt;
  inner.body.splice(0, 1, ...setup);
  return body;
}

function timeitMagic(line: string, cell: string | null, ctx: MagicContext): PyObject {
  const { opts, args: stmt } = parseOptions(line, 'n:r:tcp:qo', [], { posix: false, strict: false, preserveNonOpts: true });
  if (stmt === '' && cell === null) return Py_None;
  const number = pyInt(optValue(opts, 'n') ?? '0');
  const repeat = pyInt(optValue(opts, 'r') ?? '7');
  const precision = pyInt(optValue(opts, 'p') ?? '3');
  // -c wins over -t, as the later assignment does in IPython.
  const timefunc = opts.has('c') ? 'c' : opts.has('t') ? 't' : '';
  const setup = astParse(cell === null ? 'pass' : transformed(stmt));
  const body = astParse(cell === null ? transformed(stmt) : transformed(cell));
  // Compile each on its own first, so errors point at the user's code, not the template.
  compileAst(setup, '<magic-timeit-setup>');
  compileAst(body, '<magic-timeit-stmt>');
  const tree = fillTemplate(setup, body);
  const t0 = process.cpuUsage();
  const code = compileAst(tree, '<magic-timeit>');
  const t = process.cpuUsage(t0);
  const tc = (t.user + t.system) / 1e6;
  const localNs = cell === null ? ctx.localNs : null;
  return call(magicsHelper('run_timeit'), [code, newFloat(tc), ctx.namespace, localNs ?? Py_None, newInt(number), newInt(repeat),
    newInt(precision), opts.has('q') ? Py_True : Py_False, opts.has('o') ? Py_True : Py_False, newStr(timefunc)]);
}

registerMagic({ name: 'timeit', kind: 'line', owner: 'ExecutionMagics', doc: DOC, run: (line, cell, ctx) => timeitMagic(line, null, ctx) });
registerMagic({ name: 'timeit', kind: 'cell', owner: 'ExecutionMagics', doc: DOC, run: (line, cell, ctx) => timeitMagic(line, cell ?? '', ctx) });
