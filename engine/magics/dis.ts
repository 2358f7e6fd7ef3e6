// ## %dis and %%dis
//
// `%dis OBJ` shows the bytecode of a function, method, class (its methods), generator, code
// object or source string — OBJ is evaluated in the user namespace — exactly as
// `dis.dis(OBJ)` prints it; `%%dis` compiles the cell without running it and shows its
// bytecode, nested code objects included.  In the notebook the bundle also carries an HTML
// view: each source line beside its instructions, jump targets marked and linked.  The
// listing and the view come from engine/modules/lib/_glasspy_dis.py, on top of `dis`.

import { registerMagic, MagicContext, MagicResult } from './registry.js';
import { parseOptions } from './options.js';
import { call, getAttr } from '../objects/abstract.js';
import { importModule } from '../vm/import.js';
import { PyStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { compileSource } from '../vm/compile.js';
import { usageError } from './registry.js';
import type { PyObject } from '../objects/object.js';

const OPTIONS = `Options:
  --caches     show the inline CACHE entries (dis.dis(show_caches=True))
  --adaptive   show specialized instructions (dis.dis(adaptive=True); glasspy does not
               specialize yet, so the listing is the plain one)
  --depth N    how deep to recurse into nested code objects`;

const LINE_DOC = `Disassemble an object's bytecode, as dis.dis() does.

Usage:
  %dis [--caches] [--adaptive] [--depth N] OBJ

OBJ is any expression: a function, method, class, generator, code object, or a string of
source code.  The text is dis.dis's; in a notebook an HTML view shows each source line
beside its instructions and marks jump targets.

${OPTIONS}`;

const CELL_DOC = `Compile the cell and show its bytecode without running it.

Usage:
  %%dis [--caches] [--adaptive] [--depth N]
  code...

${OPTIONS}`;

function helper(name: string): PyObject {
  return getAttr(importModule('_glasspy_dis'), name);
}

function render(target: PyObject, line: string, positional: boolean, ctx: MagicContext): MagicResult {
  const { opts, args } = parseOptions(line, '', ['caches', 'adaptive', 'depth='], { posix: false });
  void ctx;
  const depthOpt = opts.get('depth');
  let depth: PyObject = Py_None;
  if (depthOpt !== undefined) {
    const n = Number(depthOpt);
    if (!Number.isInteger(n) || n < 0) throw usageError(`--depth expects a non-negative integer, got ${JSON.stringify(depthOpt)}`);
    depth = newInt(n);
  }
  if (positional && args.trim() === '') throw usageError('%dis needs an object to disassemble, e.g. %dis my_function');
  const obj = positional ? ctx.run(args, 'eval') : target;
  const argv = [obj, opts.has('caches') ? Py_True : Py_False, opts.has('adaptive') ? Py_True : Py_False, depth];
  const text = call(helper('listing'), argv);
  const html = call(helper('html'), argv);
  return { bundle: { 'text/plain': (text as PyStr).value.replace(/\n+$/, ''), 'text/html': (html as PyStr).value } };
}

registerMagic({ name: 'dis', kind: 'line', doc: LINE_DOC, run: (line, _cell, ctx) => render(Py_None, line, true, ctx) });
registerMagic({
  name: 'dis', kind: 'cell', doc: CELL_DOC,
  run: (line, cell, ctx) => {
    const code = compileSource(cell ?? '', `<cell-${ctx.executionCount}>`, 'exec');
    return render(code, line, false, ctx);
  },
});
