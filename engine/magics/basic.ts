// ## %magic: the magic system's overview and every magic's docstring
//
// Models IPython.core.magics.basic.BasicMagics.magic: an introduction, then for each line
// magic and then each cell magic `%name:` / `%%name:` followed by its docstring indented
// by four spaces (`-brief`: only the first line of each).  The introduction is glasspy's.

import { registerMagic, magicNames, findMagic } from './registry.js';
import { Py_None } from '../objects/singletons.js';

const INTRO = `
IPython's 'magic' functions
===========================

The magic function system provides a series of functions which allow you to
control the behavior of the interpreter itself, plus a lot of system-type
features. There are two kinds of magics, line-oriented and cell-oriented.

Line magics are prefixed with the % character and work much like OS
command-line calls: they get as an argument the rest of the line, where
arguments are passed without parentheses or quotes.  For example, this will
time the given statement::

        %timeit range(1000)

Cell magics are prefixed with a double %%, and they are functions that get as
an argument not only the rest of the line, but also the lines below it in a
separate argument.  These magics are called with two arguments: the rest of the
call line and the body of the cell, consisting of the lines below the first.
For example::

        %%timeit x = numpy.random.randn((100, 100))
        numpy.linalg.svd(x)

will time the execution of the numpy svd routine, running the assignment of x
as part of the setup phase, which is not timed.

Automagic is off in glasspy: the % prefix is always needed, so \`timeit x\` is
Python and \`%timeit x\` is the magic.

You can get help on any magic with \`%name?\`; \`%lsmagic\` lists them all.

Magic functions and their docstrings follow.
`;

function magicDocs(brief: boolean): string {
  let out = '';
  for (const kind of ['line', 'cell'] as const) {
    for (const name of magicNames(kind)) {
      let doc = findMagic(kind, name)!.doc;
      if (brief) doc = doc.split('\n')[0];
      const body = doc.split('\n').map((l) => (l === '' ? '' : `    ${l}`)).join('\n');
      out += `${kind === 'line' ? '%' : '%%'}${name}:\n${body}\n`;
    }
  }
  return out;
}

registerMagic({
  name: 'magic',
  kind: 'line', owner: 'BasicMagics',
  doc: 'Print information about the magic function system.\n\nSupported formats: -brief',
  run: (line, _cell, ctx) => {
    const mode = (line.split(/\s+/).filter((w) => w !== '')[0] ?? '').slice(1);
    ctx.write(`${INTRO}\n${magicDocs(mode === 'brief')}`);
    return Py_None;
  },
});
