// ## Future statements
//
// Models Python/future.c (3.11): the `from __future__ import ...` statements at the top of a
// module (after its docstring) switch compiler features on.  In 3.11 only two change code
// generation — `annotations` (PEP 563: annotations compiled as strings) and `barry_as_FLUFL`;
// the others are accepted and do nothing.  The flags land in every code object's co_flags.

import type * as A from '../syntax/ast.js';
import { PySyntaxError } from '../syntax/errors.js';

export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_MASK: the future bits compile() accepts and passes on. */
export const PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
  | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP
  | CO_FUTURE_ANNOTATIONS;

/** Features that are mandatory in 3.11: importing them is allowed and changes nothing. */
const ALWAYS_ON = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'generator_stop',
]);

export interface FutureFeatures {
  flags: number;
  /** Line of the last future statement (ff_lineno); a later one is misplaced.  -1: none. */
  lineno: number;
}

function isDocstring(s: A.AST_stmt): boolean {
  return s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.kind === 'str';
}

/** future_parse: the leading future statements of a module or interactive input. */
export function parseFuture(mod: A.AST_mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lineno: -1 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  let i = body.length && isDocstring(body[0]) ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) checkFeature(ff, a.name, s, filename);
    ff.lineno = s.lineno;
  }
  return ff;
}

function checkFeature(ff: FutureFeatures, name: string, s: A.ImportFrom, filename: string): void {
  if (ALWAYS_ON.has(name)) return;
  if (name === 'barry_as_FLUFL') { ff.flags |= CO_FUTURE_BARRY_AS_BDFL; return; }
  if (name === 'annotations') { ff.flags |= CO_FUTURE_ANNOTATIONS; return; }
  // PyErr_SyntaxLocationObject(filename, lineno, col_offset + 1): a position, no end column.
  const msg = name === 'braces' ? 'not a chance' : `future feature ${name} is not defined`;
  throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, null, s.lineno, null);
}
