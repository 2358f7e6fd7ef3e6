// ## `%name?` and `%%name?`: a magic's docstring in the pager
//
// IPython's Inspector shows a magic as its bound method: a `Docstring:` field with the
// magic's docstring (and the `File:` it lives in, which for glasspy would be a TypeScript
// file, so it is left out).  `%name?` looks for a line magic first, then a cell magic;
// `%%name?` only for a cell magic, as IPython's find_magic / find_cell_magic do.

import { findMagic } from './registry.js';

const RED = '\x1b[0;31m', NORMAL = '\x1b[0m';

/** The pager text for `%name?`, or null when no such magic exists. */
export function magicHelp(spec: string): string | null {
  const cell = spec.startsWith('%%');
  const name = spec.replace(/^%+/, '');
  const m = cell ? findMagic('cell', name) : findMagic('line', name) ?? findMagic('cell', name);
  if (m === null) return null;
  const doc = m.doc.replace(/\n+$/, '');
  return doc.includes('\n') ? `${RED}Docstring:${NORMAL}\n${doc}\n` : `${RED}Docstring:${NORMAL} ${doc}\n`;
}
