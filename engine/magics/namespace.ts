// ## %who, %who_ls, %whos, %xdel, %reset
//
// Models IPython.core.magics.namespace.NamespaceMagics.  The listings skip names that
// start with `_` and names still bound to what the session itself put there (In, Out:
// IPython's user_ns_hidden).  The tables are printed by _glasspy_magics.py.

import { registerMagic, MagicContext } from './registry.js';
import { parseOptions } from './options.js';
import { magicsHelper } from './pyhelper.js';
import { call } from '../objects/abstract.js';
import { newStr } from '../objects/str.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { dictGetStr } from '../objects/dict.js';
import type { PyObject } from '../objects/object.js';
import type { PyList } from '../objects/list.js';

const nsArgs = (ctx: MagicContext, line: string): PyObject[] => [ctx.namespace, ctx.hidden, newStr(line)];

registerMagic({
  name: 'who_ls',
  kind: 'line', owner: 'NamespaceMagics',
  doc: `Return a sorted list of all interactive variables.

If arguments are given, only variables of types matching these
arguments are returned.`,
  run: (line, _cell, ctx) => call(magicsHelper('who_ls'), nsArgs(ctx, line)),
});

registerMagic({
  name: 'who',
  kind: 'line', owner: 'NamespaceMagics',
  doc: `Print all interactive variables, with some minimal formatting.

If any arguments are given, only variables whose type matches one of
these are printed.  For example::

  %who function str

will only list functions and strings, excluding all other types of
variables.  To find the proper type names, simply use type(var) at a
command line to see how python prints type names.  For example:

::

  In [1]: type('hello')\\
  Out[1]: <type 'str'>

indicates that the type name for strings is 'str'.

\`\`%who\`\` always excludes executed names loaded through your configuration
file and things which are internal to IPython.

This is deliberate, as typically you may load many modules and the
purpose of %who is to show you only what you've manually defined.`,
  run: (line, _cell, ctx) => { call(magicsHelper('who'), nsArgs(ctx, line)); return Py_None; },
});

registerMagic({
  name: 'whos',
  kind: 'line', owner: 'NamespaceMagics',
  doc: `Like %who, but gives some extra information about each variable.

The same type filtering of %who can be applied here.

For all variables, the type is printed. Additionally it prints:

  - For {},[],(): their length.

  - For numpy arrays, a summary with shape, number of
    elements, typecode and size in memory.

  - Everything else: a string representation, snipping their middle if
    too long.`,
  run: (line, _cell, ctx) => { call(magicsHelper('whos'), nsArgs(ctx, line)); return Py_None; },
});

registerMagic({
  name: 'xdel',
  kind: 'line', owner: 'NamespaceMagics',
  doc: `Delete a variable, trying to clear it from anywhere that
IPython's machinery has references to it. By default, this uses
the identity of the named object in the user namespace to remove
references held under other names. The object is also removed
from the output history.

Options
  -n : Delete the specified name from all namespaces, without
  checking their identity.`,
  run: (line, _cell, ctx) => {
    const { opts, args } = parseOptions(line, 'n');
    call(magicsHelper('xdel'), [ctx.namespace, ctx.hidden, ctx.outputHistory, newStr(args), opts.has('n') ? Py_True : Py_False]);
    return Py_None;
  },
});

// ## %reset (NamespaceMagics.reset)

function reset(line: string, ctx: MagicContext): PyObject {
  const { opts, argList } = parseOptions(line, 'sf', ['aggressive'], { mode: 'list' });
  if (!opts.has('f')) {
    // ask_yes_no reads input(): at EOF the answer is the default, no; a front end with no
    // stdin at all means yes, as with ipykernel's StdinNotImplementedError.
    const ans = call(magicsHelper('confirm_reset'), []);
    if (ans !== Py_True) {
      ctx.write('Nothing done.\n');
      return Py_None;
    }
  }
  if (opts.has('s')) call(magicsHelper('soft_reset'), [ctx.namespace, ctx.hidden]);
  else if (argList.length === 0) {
    ctx.reset();
    // InteractiveShell.reset(aggressive=True) culls sys.modules against a snapshot that
    // IPython never takes, so all it does is say so.
    if (opts.has('aggressive')) ctx.write('Cannot restore sys.module, no snapshot\n');
  }
  for (const t of argList) {
    const target = t.toLowerCase();
    if (target === 'out') {
      ctx.write(`Flushing output cache (${ctx.outputHistory.used} entries)\n`);
      ctx.flushOutput();
    } else if (target === 'in') {
      ctx.write('Flushing input history\n');
      flushInput(ctx);
    } else if (target === 'array') {
      ctx.write('reset array only works if Numpy is available.\n');
    } else if (target === 'dhist') {
      ctx.write('Flushing directory history\n');
      const dh = dictGetStr(ctx.namespace, '_dh') as PyList | null;
      if (dh !== null) dh.items.length = 0;
    } else {
      ctx.write(`Don't know how to reset  ${t.toLowerCase()}, please run \`%reset?\` for details\n`);
    }
  }
  call(magicsHelper('collect'), []);
  return Py_None;
}

/** `%reset in`: drop `_iN`, blank `_i`/`_ii`/`_iii`, and blank every stored input (keeping their count). */
function flushInput(ctx: MagicContext): void {
  const pc = ctx.executionCount;
  ctx.run(`for _n in range(1, ${pc + 1}):\n    globals().pop('_i' + repr(_n), None)\ndel _n\n_i = _ii = _iii = _i00 = ''\n`, 'exec');
  const raw = ctx.rawHistory as string[];
  raw.length = 0;
  ctx.parsedHistory.items.length = 0;
  for (let i = 0; i < pc + 1; i++) {
    raw.push('');
    ctx.parsedHistory.items.push(newStr(''));
  }
}

registerMagic({
  name: 'reset',
  kind: 'line', owner: 'NamespaceMagics',
  doc: `Resets the namespace by removing all names defined by the user, if
called without arguments, or by removing some types of objects, such
as everything currently in IPython's In[] and Out[] containers (see
the parameters for details).

Parameters
----------
-f
    force reset without asking for confirmation.
-s
    'Soft' reset: Only clears your namespace, leaving history intact.
    References to objects may be kept. By default (without this option),
    we do a 'hard' reset, giving you a new session and removing all
    references to objects from the current session.
--aggressive
    Try to aggressively remove modules from sys.modules ; this
    may allow you to reimport Python modules that have been updated and
    pick up changes, but can have unintended consequences.

in
    reset input history
out
    reset output history
dhist
    reset directory history
array
    reset only variables that are NumPy arrays`,
  run: (line, _cell, ctx) => reset(line, ctx),
});
