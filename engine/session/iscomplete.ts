// ## is_complete_request: is this cell ready to run?
//
// Models IPython.core.inputtransformer2.TransformerManager.check_complete with glasspy's
// own parser: 'incomplete' (with the indentation the next line wants) when the text ends
// inside a bracket, a triple-quoted string, after a backslash, after a block opener `:`,
// or inside an indented block that no blank line has closed yet; 'invalid' for a syntax
// error before the end; 'complete' otherwise.

import { frontEnd } from '../vm/compile.js';
import { PySyntaxError } from '../syntax/errors.js';
import { transformCell } from './transform.js';

export interface IsCompleteResult { status: 'complete' | 'incomplete' | 'invalid' | 'unknown'; indent?: string }

const AT_EOF = /unexpected EOF|was never closed|unterminated triple-quoted|expected an indented block|unexpected end of input|EOF while scanning/;

function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

export function isComplete(code: string): IsCompleteResult {
  if (code.trim() === '') return { status: 'complete' };
  const t = transformCell(code);
  const source = t.kind === 'code' ? t.source : 'pass';
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const endsBlank = lines.length > 1 && lines[lines.length - 1].trim() === '';
  const content = lines.filter((l) => l.trim() !== '');
  const last = content[content.length - 1] ?? '';
  const lastCode = last.replace(/#.*$/, '').trimEnd();
  if (lastCode.endsWith('\\') && !endsBlank) return { status: 'incomplete', indent: indentOf(last) };
  try {
    frontEnd.parse!(source.endsWith('\n') ? source : `${source}\n`, '<input>', 'exec');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return { status: 'unknown' };
    const atEnd = AT_EOF.test(e.msg) || e.lineno > content.length + (endsBlank ? 1 : 0);
    if (!atEnd || endsBlank && !/never closed|triple-quoted/.test(e.msg)) return { status: 'invalid' };
    if (lastCode.endsWith(':')) return { status: 'incomplete', indent: `${indentOf(last)}    ` };
    return { status: 'incomplete', indent: /never closed|triple-quoted/.test(e.msg) ? '' : indentOf(last) };
  }
  if (t.kind === 'code' && code.trimStart().startsWith('%%')) return { status: endsBlank ? 'complete' : 'incomplete', indent: '' };
  if (content.length > 1 && /^[ \t]/.test(last) && !endsBlank) return { status: 'incomplete', indent: indentOf(last) };
  return { status: 'complete' };
}
