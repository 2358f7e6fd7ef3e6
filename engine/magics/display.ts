// ## %%html, %%svg, %%markdown, %%javascript, %%latex
//
// Models IPython.core.magics.display.DisplayMagics: the cell body is displayed (a
// display_data message, not a result) as the matching IPython.display object would be —
// its MIME type plus a text/plain of `<IPython.core.display.NAME object>`.

import { registerMagic } from './registry.js';
import { parseFlags } from './options.js';
import { svgElement } from './svg.js';
import { Py_None } from '../objects/singletons.js';
import type { MimeBundle, Json } from '../session/display.js';

function displayCell(name: string, mime: string, flags: string[], map: (cell: string) => string, doc: string): void {
  registerMagic({
    name,
    kind: 'cell', owner: 'DisplayMagics',
    doc,
    run: (line, cell, ctx) => {
      const given = parseFlags(line, flags, 0).flags;
      const cls = { 'text/html': 'HTML', 'image/svg+xml': 'SVG', 'text/markdown': 'Markdown', 'application/javascript': 'Javascript', 'text/latex': 'Latex' }[mime];
      const bundle: MimeBundle = { 'text/plain': `<IPython.core.display.${cls} object>`, [mime]: map(cell ?? '') };
      const metadata: Record<string, Json> = given.has('--isolated') ? { 'text/html': { isolated: true } } : {};
      ctx.display(bundle, metadata);
      return Py_None;
    },
  });
}

displayCell('html', 'text/html', ['--isolated'], (c) => c, `::

  %html [--isolated]

Render the cell as a block of HTML

options:
  --isolated  Annotate the cell as 'isolated'. Isolated cells are rendered
              inside their own <iframe> tag`);
displayCell('svg', 'image/svg+xml', [], svgElement, 'Render the cell as an SVG literal');
displayCell('markdown', 'text/markdown', [], (c) => c, 'Render the cell as Markdown text block');
displayCell('javascript', 'application/javascript', [], (c) => c, 'Run the cell block of Javascript code');
displayCell('latex', 'text/latex', [], (c) => c, `Render the cell as a block of LaTeX

The subset of LaTeX which is supported depends on the implementation in
the client.  In the Jupyter Notebook, this magic only renders the subset
of LaTeX defined by MathJax
[here](https://docs.mathjax.org/en/v2.5-latest/tex.html).`);
