// ## %%capture [--no-stderr] [--no-stdout] [--no-display] [output]
//
// Models IPython.core.magics.execution.ExecutionMagics.capture with
// IPython.utils.capture.capture_output: the cell runs as a cell (its last expression is
// displayed) while sys.stdout / sys.stderr are StringIOs and display messages are kept
// instead of published; the CapturedIO object (.stdout, .stderr, .outputs, .show()) is
// stored under `output` — unless the cell ends with `;`, which deletes that name instead.

import { registerMagic } from './registry.js';
import { parseFlags } from './options.js';
import { magicsHelper } from './pyhelper.js';
import { call } from '../objects/abstract.js';
import { newBuiltin } from '../objects/descr.js';
import { newStr } from '../objects/str.js';
import { newList } from '../objects/list.js';
import { dictSetStr, dictGetStr, dictDelStr } from '../objects/dict.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { endsWithSemicolon } from '../session/cell.js';
import type { DisplayMessage } from '../session/display.js';

const FLAGS = ['--no-stderr', '--no-stdout', '--no-display'];

const DOC = `::

  %capture [--no-stderr] [--no-stdout] [--no-display] [output]

run the cell, capturing stdout, stderr, and IPython's rich display() calls.

positional arguments:
  output        The name of the variable in which to store output. This is a
                utils.io.CapturedIO object with stdout/err attributes for the
                text of the captured output. CapturedOutput also has a show()
                method for displaying the output, and __call__ as well, so you
                can use that to quickly display the output. If unspecified,
                captured output is discarded.

options:
  --no-stderr   Don't capture stderr.
  --no-stdout   Don't capture stdout.
  --no-display  Don't capture IPython's rich display.`;

registerMagic({
  name: 'capture',
  kind: 'cell', owner: 'ExecutionMagics',
  doc: DOC,
  run: (line, cell, ctx) => {
    const { flags, positional } = parseFlags(line, FLAGS, 1);
    const output = positional.length === 1 ? positional[0] : null;
    const disp = !flags.has('--no-display');
    const body = cell ?? '';
    const messages: DisplayMessage[] = [];
    const run = newBuiltin('run', () => {
      if (disp) {
        ctx.withDisplayHandler((m) => {
          if (m.kind === 'clear_output') messages.length = 0;
          else messages.push(m);
        }, () => ctx.runCell(body));
      } else {
        ctx.runCell(body);
      }
      return newList(messages.map((m) => newStr(JSON.stringify({ data: m.data, metadata: m.metadata, transient: m.transient,
        update: m.kind === 'update_display_data' }))));
    });
    const io = call(magicsHelper('capture_cell'), [run, flags.has('--no-stdout') ? Py_False : Py_True,
      flags.has('--no-stderr') ? Py_False : Py_True, disp ? Py_True : Py_False]);
    if (endsWithSemicolon(body)) {
      if (output !== null && dictGetStr(ctx.namespace, output) !== null) dictDelStr(ctx.namespace, output);
    } else if (output !== null) {
      dictSetStr(ctx.namespace, output, io);
    }
    return Py_None;
  },
});
