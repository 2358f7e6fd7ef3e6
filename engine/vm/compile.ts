// ## Source to code object
//
// parse (engine/syntax) → compile (engine/compiler) → PyCode.  Syntax errors from either
// stage arrive as PySyntaxError data and leave here as Python SyntaxError objects.

import type { AST_mod } from '../syntax/ast.js';
import type { CodeUnit } from '../compiler/code.js';
import { PySyntaxError } from '../syntax/errors.js';
import { PyCode } from '../objects/code.js';
import * as fs from 'node:fs';
import { PyBaseException, newExceptionArgs, exceptionTypes, RecursionError, NotImplementedError, newException } from '../objects/exceptions.js';
import { CO_FUTURE_BARRY_AS_BDFL } from '../compiler/future.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newTuple } from '../objects/tuple.js';
import { Py_None } from '../objects/singletons.js';
import { dictSetStr } from '../objects/dict.js';
import { PyDict } from '../objects/dict.js';
import { stdio } from './stdio.js';
import { getSourceLine } from './traceback.js';
import { loadCachedCode, storeCachedCode } from './codecache.js';

export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * The front end: engine/frontend.ts installs glasspy's parser and compiler here at boot.
 * Keeping it a slot lets the VM be tested on code compiled elsewhere (tests/tools).
 */
export const frontEnd = {
  parse: null as ((source: string, filename: string, mode: CompileMode) => AST_mod) | null,
  compile: null as ((tree: AST_mod, filename: string, mode: CompileMode,
    opts: { optimize?: number; futureFlags?: number; warn?: (category: string, message: string, lineno: number) => void }) => CodeUnit) | null,
  /** Whole-pipeline override (source → CodeUnit), used by development tools only. */
  direct: null as ((source: string, filename: string, mode: CompileMode) => CodeUnit) | null,
};

export function compileSource(source: string, filename: string, mode: CompileMode, optimize = 0, futureFlags = 0): PyCode {
  try {
    if (frontEnd.direct !== null) return new PyCode(frontEnd.direct(source, filename, mode));
    const tree = frontEnd.parse!(source, filename, mode);
    const warn = (category: string, message: string, lineno: number) => {
      // warnings.showwarning's format: "file:line: Category: message" and the stripped source
      // line as linecache finds it: from the file on disk, so none for '<string>' and the like.
      const text = (getSourceLine(filename, lineno) ?? '').trim();
      stdio.sink.write(2, `${filename}:${lineno}: ${category}: ${message}\n${text ? `  ${text}\n` : ''}`);
    };
    const unit = frontEnd.compile!(tree, filename, mode, { optimize, futureFlags, warn });
    if (unit.co_flags & CO_FUTURE_BARRY_AS_BDFL) {
      throw newException(NotImplementedError, 'the barry_as_FLUFL __future__ feature is not supported yet');
    }
    return new PyCode(unit);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPython(e.text === null ? withProgramText(e) : e);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw newException(RecursionError, 'maximum recursion depth exceeded during compilation');
    }
    throw e;
  }
}

/**
 * Compile an imported module's source, through the compiled-module cache (codecache.ts):
 * a hit skips tokenizing, parsing and compiling, as a .pyc does for CPython.
 */
export function compileModuleSource(source: string, filename: string): PyCode {
  if (frontEnd.direct !== null) return compileSource(source, filename, 'exec');
  const cached = loadCachedCode(source, filename);
  if (cached !== null) return new PyCode(cached);
  const code = compileSource(source, filename, 'exec');
  storeCachedCode(source, filename, code.unit);
  return code;
}

/**
 * PyErr_ProgramTextObject: the compiler's and the symbol table's errors carry no text; CPython
 * reads the line from the file on disk, so there is none for '<string>', '<stdin>' or -c.
 */
function withProgramText(e: PySyntaxError): PySyntaxError {
  let text: string | null = null;
  try {
    const lines = fs.readFileSync(e.filename, 'utf8').split(/(?<=\n)/);
    text = e.lineno >= 1 && e.lineno <= lines.length ? lines[e.lineno - 1] : null;
  } catch {
    return e;
  }
  if (text === null) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset);
}

/** A Python SyntaxError (or IndentationError/TabError) with the attributes CPython sets. */
export function syntaxErrorToPython(e: PySyntaxError): PyBaseException {
  const t = exceptionTypes.get(e.kind)!;
  const details = newTuple([
    newStr(e.filename), newInt(e.lineno), newInt(e.offset), e.text === null ? Py_None : newStr(e.text),
    e.end_lineno === null ? Py_None : newInt(e.end_lineno), e.end_offset === null ? Py_None : newInt(e.end_offset),
  ]);
  const exc = newExceptionArgs(t, [newStr(e.msg), details]);
  const d = exc.dict = new PyDict();
  d.ob_refcnt++;
  dictSetStr(d, 'msg', newStr(e.msg));
  dictSetStr(d, 'filename', newStr(e.filename));
  dictSetStr(d, 'lineno', newInt(e.lineno));
  dictSetStr(d, 'offset', newInt(e.offset));
  dictSetStr(d, 'text', e.text === null ? Py_None : newStr(e.text));
  dictSetStr(d, 'end_lineno', e.end_lineno === null ? Py_None : newInt(e.end_lineno));
  dictSetStr(d, 'end_offset', e.end_offset === null ? Py_None : newInt(e.end_offset));
  dictSetStr(d, 'print_file_and_line', Py_None);
  return exc;
}
