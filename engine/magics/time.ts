// ## %time and %%time
//
// Models IPython.core.magics.execution.ExecutionMagics.time: run the statement or cell
// once in the user namespace, print CPU (user, sys, total) and wall time with
// _format_time's units, and return an expression's value.

import { registerMagic, MagicContext } from './registry.js';
import { Py_None } from '../objects/singletons.js';
import type { PyObject } from '../objects/object.js';

/** IPython.core.magics.execution._format_time. */
export function formatTime(timespan: number, precision = 3): string {
  if (timespan >= 60) {
    const parts: [string, number][] = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
    const out: string[] = [];
    let left = timespan;
    for (const [suffix, len] of parts) {
      const value = Math.floor(left / len);
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
function formatG(x: number, precision: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= precision) {
    const [m, e] = x.toExponential(precision - 1).split('e');
    const mant = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    const en = Number(e);
    return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, precision - 1 - exp));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function timeIt(source: string, ctx: MagicContext): PyObject {
  const expr = ctx.isExpression(source);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let result: PyObject = Py_None;
  try {
    result = ctx.run(source, expr ? 'eval' : 'exec');
  } finally {
    const wall = (performance.now() - wall0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const user = cpu.user / 1e6, sys = cpu.system / 1e6;
    ctx.write(`CPU times: user ${formatTime(user)}, sys: ${formatTime(sys)}, total: ${formatTime(user + sys)}\nWall time: ${formatTime(wall)}\n`);
  }
  return result;
}

registerMagic({
  name: 'time',
  kind: 'line',
  doc: 'Time execution of a Python statement or expression.',
  run: (line, _cell, ctx) => timeIt(line, ctx),
});
registerMagic({
  name: 'time',
  kind: 'cell',
  doc: 'Time execution of a Python statement or expression.',
  run: (line, cell, ctx) => {
    void line;
    return timeIt(cell ?? '', ctx);
  },
});
