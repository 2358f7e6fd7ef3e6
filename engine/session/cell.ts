// ## A cell's source to code objects, the way IPython runs a cell
//
// IPython's InteractiveShell.run_ast_nodes compiles every statement of a cell in 'exec'
// mode except the last, which — when it is an expression statement — is compiled as
// 'single' (an ast.Interactive), so its value goes through sys.displayhook.  A trailing
// `;` (ignoring comments and whitespace) suppresses that display, as DisplayHook.quiet does.

import type { AST_mod, AST_stmt } from '../syntax/ast.js';
import { frontEnd, syntaxErrorToPython } from '../vm/compile.js';
import { PySyntaxError } from '../syntax/errors.js';
import { PyCode } from '../objects/code.js';
import { tokenize, Tok } from '../syntax/tokenize.js';
import { PyCF_MASK } from '../compiler/future.js';

export interface CompiledCell {
  /** Everything except a displayed last expression; null when the cell is only that. */
  body: PyCode | null;
  /** The last expression statement, compiled in 'single' mode; null when none is shown. */
  last: PyCode | null;
  /** The __future__ features in force after this cell (the session's, plus the cell's own). */
  futureFlags: number;
}

function compileTree(tree: AST_mod, filename: string, mode: 'exec' | 'single', futureFlags: number): PyCode {
  return new PyCode(frontEnd.compile!(tree, filename, mode, { futureFlags }));
}

/**
 * Parse and compile a cell with the session's __future__ features; SyntaxErrors leave as
 * Python SyntaxError objects.
 */
export function compileCell(source: string, filename: string, futureFlags = 0): CompiledCell {
  try {
    const tree = frontEnd.parse!(source, filename, 'exec') as { _type: 'Module'; body: AST_stmt[] };
    const body = tree.body;
    const lastStmt = body.length ? body[body.length - 1] : null;
    if (lastStmt === null || lastStmt._type !== 'Expr' || endsWithSemicolon(source)) {
      const code = compileTree({ _type: 'Module', body, type_ignores: [] }, filename, 'exec', futureFlags);
      return { body: code, last: null, futureFlags: futureFlags | (code.unit.co_flags & PyCF_MASK) };
    }
    const head = body.slice(0, -1);
    const headCode = head.length ? compileTree({ _type: 'Module', body: head, type_ignores: [] }, filename, 'exec', futureFlags) : null;
    // The head's own future statements apply to the last expression, as IPython compiles it after them.
    if (headCode !== null) futureFlags |= headCode.unit.co_flags & PyCF_MASK;
    return { body: headCode, last: compileTree({ _type: 'Interactive', body: [lastStmt] }, filename, 'single', futureFlags), futureFlags };
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPython(e);
    throw e;
  }
}

/** Models IPython.core.displayhook.DisplayHook.semicolon_at_end_of_expression. */
export function endsWithSemicolon(source: string): boolean {
  try {
    const toks = tokenize(source, '<cell>', true);
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i];
      if (t.type === Tok.COMMENT || t.type === Tok.NL || t.type === Tok.NEWLINE || t.type === Tok.INDENT ||
        t.type === Tok.DEDENT || t.type === Tok.ENDMARKER) continue;
      return t.type === Tok.OP && t.value === ';';
    }
    return false;
  } catch {
    // Fall back to the text: strip comments line by line.
  }
  const lines = source.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l !== '');
  return lines.length > 0 && lines[lines.length - 1].endsWith(';');
}
