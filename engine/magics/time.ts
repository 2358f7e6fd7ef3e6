// ## %time and %%time
//
// Models IPython.core.magics.execution.ExecutionMagics.time: the statement or cell
// (magics transformed) is parsed, then a lone expression is evaluated ('<timed eval>'),
// anything else executed ('<timed exec>') — a cell whose last statement is an expression
// has that expression evaluated after the rest, so its value is the magic's result.
// CPU (user, sys, total) and wall time print with _format_time's units; compile and
// parse times print when they exceed 0.1 s.  If the code raises, no times are printed.
// Inside a function the code runs with the function's locals (a snapshot), as local_ns.

import { registerMagic, MagicContext, usageError } from './registry.js';
import { Py_None } from '../objects/singletons.js';
import type { PyObject } from '../objects/object.js';
import { PyCode } from '../objects/code.js';
import { frontEnd, syntaxErrorToPython } from '../vm/compile.js';
import { PySyntaxError } from '../syntax/errors.js';
import { Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';
import { interp } from '../vm/interp.js';
import { transformCell } from '../session/transform.js';
import type { AST_mod, AST_stmt, AST_expr } from '../syntax/ast.js';

/** IPython.core.magics.execution._format_time. */
export function formatTime(timespan: number, precision = 3): string {
  if (timespan >= 60) {
    const parts: [string, number][] = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
    const out: string[] = [];
    let left = timespan;
    for (const [suffix, len] of parts) {
      const value = Math.trunc(left / len);
      if (value > 0) {
        left %= len;
        out.push(`${value}${suffix}`);
      }
      if (left < 1) break;
    }
    return out.join(' ');
  }
  const units = ['s', 'ms', '\u00b5s', 'ns'];
  const scaling = [1, 1e3, 1e6, 1e9];
  const order = timespan > 0 ? Math.min(-Math.floor(Math.floor(Math.log10(timespan)) / 3), 3) : 3;
  return `${formatG(timespan * scaling[order], precision)} ${units[order]}`;
}

/** Python's '%.*g'. */
export function formatG(x: number, precision: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const p = Math.max(precision, 1);
  // The exponent after rounding to p digits decides between fixed and scientific notation.
  const [m, e] = x.toExponential(p - 1).split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= p) {
    const mant = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, p - 1 - exp));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function compileTree(tree: AST_mod, filename: string, mode: 'exec' | 'eval'): PyCode {
  try {
    return new PyCode(frontEnd.compile!(tree, filename, mode, {}));
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPython(e);
    throw e;
  }
}

function parse(source: string): AST_stmt[] {
  try {
    return (frontEnd.parse!(source, '<unknown>', 'exec') as { body: AST_stmt[] }).body;
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPython(e);
    throw e;
  }
}

function timeIt(source: string, ctx: MagicContext): PyObject {
  const t = transformCell(source);
  const expr = t.kind === 'code' ? t.source : source;
  const run = (code: PyCode) => runFrame(new Frame(code, ctx.namespace, interp.builtins!.md_dict, ctx.localNs ?? ctx.namespace, null));
  const tp0 = process.cpuUsage();
  let body = parse(expr);
  const tp = cpuSeconds(process.cpuUsage(tp0));
  let mode: 'eval' | 'exec' = 'exec';
  let last: AST_expr | null = null;
  if (body.length === 1 && body[0]._type === 'Expr') {
    mode = 'eval';
    last = (body[0] as { value: AST_expr }).value;
  } else if (body.length > 1 && body[body.length - 1]._type === 'Expr') {
    last = (body[body.length - 1] as { value: AST_expr }).value;
    body = body.slice(0, -1);
  }
  const filename = mode === 'eval' ? '<timed eval>' : '<timed exec>';
  const tc0 = process.cpuUsage();
  const code = mode === 'eval' ? compileTree({ _type: 'Expression', body: last! }, filename, 'eval')
    : compileTree({ _type: 'Module', body, type_ignores: [] }, filename, 'exec');
  const tc = cpuSeconds(process.cpuUsage(tc0));
  const wall0 = performance.timeOrigin + performance.now();
  const cpu0 = process.cpuUsage();
  let out: PyObject = run(code);
  if (mode === 'exec') {
    out = Py_None;
    if (last !== null) out = run(compileTree({ _type: 'Expression', body: last }, filename, 'eval'));
  }
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.timeOrigin + performance.now() - wall0) / 1000;
  const user = cpu.user / 1e6, sys = cpu.system / 1e6;
  let text = `CPU times: user ${formatTime(user)}, sys: ${formatTime(sys)}, total: ${formatTime(user + sys)}\nWall time: ${formatTime(wall)}\n`;
  if (tc > 0.1) text += `Compiler : ${formatTime(tc)}\n`;
  if (tp > 0.1) text += `Parser   : ${formatTime(tp)}\n`;
  ctx.write(text);
  return out;
}

function cpuSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

const DOC = `Time execution of a Python statement or expression.

The CPU and wall clock times are printed, and the value of the
expression (if any) is returned.  Note that under Win32, system time
is always reported as 0, since it can not be measured.

This function can be used both as a line and cell magic:

- In line mode you can time a single-line statement (though multiple
  ones can be chained with using semicolons).

- In cell mode, you can time the cell body (a directly
  following statement raises an error).

This function provides very basic timing functionality.  Use the timeit
magic for more control over the measurement.`;

registerMagic({ name: 'time', kind: 'line', owner: 'ExecutionMagics', doc: DOC, run: (line, _cell, ctx) => timeIt(line, ctx) });
registerMagic({
  name: 'time',
  kind: 'cell', owner: 'ExecutionMagics',
  doc: DOC,
  run: (line, cell, ctx) => {
    if (line.trim() !== '' && (cell ?? '') !== '') throw usageError("Can't use statement directly after '%%time'!");
    return timeIt(cell !== null && cell !== '' ? cell : line, ctx);
  },
});
