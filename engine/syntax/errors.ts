// ## Syntax errors as data
//
// The tokenizer, parser and symbol table report problems by throwing PySyntaxError, a plain
// JS error carrying exactly the fields of Python's SyntaxError (msg, filename, lineno,
// offset, text, end_lineno, end_offset).  The VM converts it into a real Python
// SyntaxError / IndentationError / TabError object; nothing in engine/syntax or
// engine/compiler depends on the object model.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line, as Python's SyntaxError.lineno. */
    readonly lineno: number,
    /** 1-based column in characters (code points) of `text`, as Python's SyntaxError.offset. */
    readonly offset: number,
    /** The offending source line including its newline, or null. */
    readonly text: string | null,
    readonly end_lineno: number | null = null,
    readonly end_offset: number | null = null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}
