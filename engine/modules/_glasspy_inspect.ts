// ## _glasspy_inspect: what inspect.py needs from the engine
//
// block_end(lines): how many of `lines` (a def, class or lambda at their top, decorators
// included) make up that block — the job of CPython's inspect.BlockFinder, which needs a
// tokenizer.  glasspy has no `tokenize` module, so the block finder runs here on the
// engine's own tokenizer (engine/syntax/tokenize.ts).
//
// cell_lines(filename): the source of a kernel cell (engine/session names each cell by a
// file that does not exist on disk and keeps its lines on the engine's side; IPython puts
// them in Python's linecache), or None, so inspect.getsource works on what a cell defined.

import { PyModule } from '../objects/module.js';
import { PyObject } from '../objects/object.js';
import { dictSetStr } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { newInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { PyStr, newStr } from '../objects/str.js';
import { Py_None } from '../objects/singletons.js';
import { linecache } from '../vm/traceback.js';
import { newBuiltin } from '../objects/descr.js';
import { raiseTypeError } from '../objects/exceptions.js';
import { Tok, Token, tokenize } from '../syntax/tokenize.js';
import { PySyntaxError } from '../syntax/errors.js';
import { defineModule } from './registry.js';

/**
 * Tokens of `source`, up to the first line the tokenizer rejects (CPython's BlockFinder
 * stops at an IndentationError too, and a block never needs the text after its end).
 */
function tokensUpToError(source: string): Token[] {
  let lines = source.split(/(?<=\n)/);
  for (;;) {
    try {
      return tokenize(lines.join(''), '<inspect>', true);
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e.lineno <= 1 || e.lineno > lines.length) return [];
      lines = lines.slice(0, e.lineno - 1);
    }
  }
}

// Models Lib/inspect.py: BlockFinder.tokeneater() — skips decorators, starts at the first
// def/class/lambda, and ends at the DEDENT matching the body's INDENT (a lambda at its
// NEWLINE); comments indented at least as far as the body count as part of it.
function blockEnd(lines: string[]): number {
  // Our tokenizer, unlike the tokenize module, rejects an indented first line, so an
  // indented block (a method) is tokenized under an `if 1:` line, which the block finder
  // skips like any text before the def; line numbers are then one too high.
  const indented = /^[ \t]/.test(lines[0] ?? '');
  const tokens = tokensUpToError((indented ? 'if 1:\n' : '') + lines.join(''));
  const shift = indented ? 1 : 0;
  let indent = 0;
  let islambda = false;
  let started = false;
  let passline = false;
  let indecorator = false;
  let last = 1;
  let bodyCol0: number | null = null;
  let prev: Token | null = null;
  for (const t of tokens) {
    // Our tokenizer ends every source with a NEWLINE; the tokenize module does only when
    // the last line has text (after a blank line that NEWLINE would extend the block).
    const endOfInput = t.type === Tok.NEWLINE && t.value === '' && prev !== null && (prev.type === Tok.NL || prev.type === Tok.NEWLINE);
    prev = t;
    if (endOfInput) continue;
    if (!started && !indecorator) {
      if (t.type === Tok.OP && t.value === '@') indecorator = true;
      else if (t.type === Tok.NAME && (t.value === 'def' || t.value === 'class' || t.value === 'lambda')) {
        if (t.value === 'lambda') islambda = true;
        started = true;
      }
      passline = true;
    } else if (t.type === Tok.NEWLINE) {
      passline = false;
      last = t.line - shift;
      if (islambda) break;
      if (indecorator) indecorator = false;
    } else if (passline) {
      // the rest of a line already accounted for
    } else if (t.type === Tok.INDENT) {
      if (bodyCol0 === null && started) bodyCol0 = t.endCol;
      indent++;
      passline = true;
    } else if (t.type === Tok.DEDENT) {
      indent--;
      if (indent <= 0) break;
    } else if (t.type === Tok.COMMENT) {
      if (bodyCol0 !== null && t.col >= bodyCol0) last = t.line - shift;
    } else if (indent === 0 && t.type !== Tok.NL) {
      break;
    }
  }
  return last;
}

defineModule('_glasspy_inspect', (m: PyModule) => {
  dictSetStr(m.md_dict, 'block_end', newBuiltin('block_end', (_m, args: PyObject[]) => {
    const seq = args[0];
    if (args.length !== 1 || !(seq instanceof PyList || seq instanceof PyTuple)) {
      raiseTypeError('block_end() takes one list of str');
    }
    const lines = seq.items.map((o) => {
      if (!(o instanceof PyStr)) raiseTypeError('block_end() takes one list of str');
      return o.value;
    });
    return newInt(blockEnd(lines));
  }, '_glasspy_inspect', '($module, lines, /)',
  'The number of lines at the top of `lines` that make up the def, class or lambda there.'));
  dictSetStr(m.md_dict, 'cell_lines', newBuiltin('cell_lines', (_m, args: PyObject[]) => {
    const name = args[0];
    if (args.length !== 1 || !(name instanceof PyStr)) raiseTypeError('cell_lines() takes one str');
    const lines = linecache.get(name.value);
    // Only cells: a file's lines are read by linecache.py itself; <stdin> and <string>
    // name no one source, as in CPython.
    if (lines === undefined || name.value.startsWith('<') || !name.value.endsWith('.py')) return Py_None;
    return newList(lines.map(newStr));
  }, '_glasspy_inspect', '($module, filename, /)', "The lines of a session cell's source, or None."));
});
