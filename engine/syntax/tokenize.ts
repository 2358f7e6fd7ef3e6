// ## The tokenizer
//
// Models Parser/tokenizer.c: one pass over the source producing NAME, NUMBER, STRING, OP,
// NEWLINE, INDENT, DEDENT and ENDMARKER tokens (plus COMMENT and NL for tools that want the
// whole text, such as syntax highlighting).  Indentation is tracked with a stack as CPython
// does, including its TabError and IndentationError rules; brackets suspend NEWLINE and
// indentation; a backslash joins lines.  Columns are in characters (UTF-16 units of the
// line); the parser converts them to UTF-8 byte offsets for the AST as CPython reports.

import { PySyntaxError, SyntaxErrorKind } from './errors.js';

export const enum Tok {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL, ERRORTOKEN,
}

export interface Token {
  type: Tok;
  value: string;
  /** 1-based line and 0-based column of the first character. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '//', '/=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
];

const isIdStart = (c: string) => /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c]/u.test(c);
const isIdChar = (c: string) => /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]/u.test(c);

const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;

export class Tokenizer {
  readonly lines: string[];
  private tokens: Token[] = [];
  private indents: number[] = [0];
  /** Alternate indentation measure (tabs as 1 column) to detect inconsistent tabs, as CPython. */
  private altIndents: number[] = [0];
  private parens: { ch: string; line: number; col: number }[] = [];
  /** An error detected at end of input (unclosed bracket), raised by the parser if it gets there. */
  eofError: PySyntaxError | null = null;

  constructor(readonly source: string, readonly filename: string, readonly keepTrivia = false) {
    let src = source;
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    src = src.replace(/\r\n?/g, '\n');
    this.lines = src.split(/(?<=\n)/);
    if (this.lines.length === 0) this.lines.push('');
  }

  error(msg: string, line: number, col: number, kind: SyntaxErrorKind = 'SyntaxError', endLine?: number, endCol?: number): never {
    const text = this.lines[line - 1] ?? null;
    throw new PySyntaxError(kind, msg, this.filename, line, col + 1, text, endLine ?? line, (endCol ?? col) + 1);
  }

  private push(type: Tok, value: string, line: number, col: number, endLine: number, endCol: number): void {
    this.tokens.push({ type, value, line, col, endLine, endCol });
  }

  tokenize(): Token[] {
    const lines = this.lines;
    let lineNo = 0;
    let contLine = false; // previous line ended with a backslash
    while (lineNo < lines.length) {
      let line = lines[lineNo];
      lineNo++;
      let pos = 0;
      // ## Indentation at the start of a logical line
      if (this.parens.length === 0 && !contLine) {
        let col = 0, alt = 0;
        while (pos < line.length) {
          const c = line[pos];
          if (c === ' ') { col++; alt++; } else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; } else if (c === '\f') { col = 0; alt = 0; } else break;
          pos++;
        }
        const rest = line.slice(pos);
        if (rest === '' || rest[0] === '#' || rest[0] === '\n' || (rest[0] === '\\' && rest[1] === '\n')) {
          // Blank or comment-only lines do not affect indentation.
          if (rest[0] === '#') {
            const end = rest.indexOf('\n') < 0 ? rest.length : rest.indexOf('\n');
            if (this.keepTrivia) this.push(Tok.COMMENT, rest.slice(0, end), lineNo, pos, lineNo, pos + end);
          }
          if (rest[0] === '\\') { contLine = true; continue; }
          if (this.keepTrivia && rest.length) this.push(Tok.NL, '\n', lineNo, line.length - 1, lineNo, line.length);
          continue;
        }
        const top = this.indents[this.indents.length - 1];
        if (col > top) {
          if (alt <= this.altIndents[this.altIndents.length - 1]) this.error('inconsistent use of tabs and spaces in indentation', lineNo, 0, 'TabError', lineNo, -1);
          this.indents.push(col);
          this.altIndents.push(alt);
          this.push(Tok.INDENT, line.slice(0, pos), lineNo, 0, lineNo, pos);
        } else {
          while (col < this.indents[this.indents.length - 1]) {
            this.indents.pop();
            this.altIndents.pop();
            this.push(Tok.DEDENT, '', lineNo, pos, lineNo, pos);
          }
          if (col !== this.indents[this.indents.length - 1]) {
            // CPython's tokenizer reports this at the end of the line (tok->cur = tok->inp), with no end.
            const whole = this.lines[lineNo - 1] ?? '';
            this.error('unindent does not match any outer indentation level', lineNo, whole.length - 1, 'IndentationError', lineNo, -2);
          }
          if (alt !== this.altIndents[this.altIndents.length - 1]) this.error('inconsistent use of tabs and spaces in indentation', lineNo, 0, 'TabError', lineNo, -1);
        }
      }
      contLine = false;
      // ## Tokens on the line
      while (pos < line.length) {
        const c = line[pos];
        if (c === ' ' || c === '\t' || c === '\f') { pos++; continue; }
        if (c === '#') {
          const end = line.indexOf('\n', pos) < 0 ? line.length : line.indexOf('\n', pos);
          if (this.keepTrivia) this.push(Tok.COMMENT, line.slice(pos, end), lineNo, pos, lineNo, end);
          pos = end;
          continue;
        }
        if (c === '\n') {
          if (this.parens.length) {
            if (this.keepTrivia) this.push(Tok.NL, '\n', lineNo, pos, lineNo, pos + 1);
          } else {
            this.push(Tok.NEWLINE, '\n', lineNo, pos, lineNo, pos + 1);
          }
          pos++;
          continue;
        }
        if (c === '\\') {
          if (line[pos + 1] === '\n' || pos + 1 === line.length) {
            if (lineNo >= lines.length) this.error('unexpected EOF while parsing', lineNo, pos);
            contLine = true;
            pos = line.length;
            break;
          }
          this.error('unexpected character after line continuation character', lineNo, pos + 1);
        }
        // Names and string prefixes
        const cp = line.codePointAt(pos)!;
        const ch = String.fromCodePoint(cp);
        if (isIdStart(ch)) {
          let end = pos + ch.length;
          while (end < line.length) {
            const cc = String.fromCodePoint(line.codePointAt(end)!);
            if (!isIdChar(cc)) break;
            end += cc.length;
          }
          const word = line.slice(pos, end);
          if ((line[end] === '"' || line[end] === "'") && STRING_PREFIX.test(word)) {
            const r = this.readString(lineNo, pos, end);
            lineNo = r.line;
            pos = r.col;
            line = lines[lineNo - 1];
            continue;
          }
          this.push(Tok.NAME, word.normalize('NFKC'), lineNo, pos, lineNo, end);
          pos = end;
          continue;
        }
        if (c === '"' || c === "'") {
          const r = this.readString(lineNo, pos, pos);
          lineNo = r.line;
          pos = r.col;
          line = lines[lineNo - 1];
          continue;
        }
        if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(line[pos + 1] ?? ''))) {
          pos = this.readNumber(line, lineNo, pos);
          continue;
        }
        // Operators, longest first
        let op: string | null = null;
        for (const o of OPERATORS) if (line.startsWith(o, pos)) { op = o; break; }
        if (op === null) {
          if (c === '!' ) this.error('invalid syntax', lineNo, pos);
          if (c === '$' || c === '?' || c === '`') this.error('invalid syntax', lineNo, pos);
          const cpv = line.codePointAt(pos)!;
          this.error(`invalid character '${String.fromCodePoint(cpv)}' (U+${cpv.toString(16).toUpperCase().padStart(4, '0')})`, lineNo, pos);
        }
        if (op === '(' || op === '[' || op === '{') {
          if (this.parens.length >= 200) this.error('too many nested parentheses', lineNo, pos);
          this.parens.push({ ch: op, line: lineNo, col: pos });
        } else if (op === ')' || op === ']' || op === '}') {
          const open = this.parens.pop();
          if (open === undefined) this.error(`unmatched '${op}'`, lineNo, pos);
          const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
          if (want !== op) {
            if (open.line !== lineNo) {
              this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.line}`, lineNo, pos);
            }
            this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`, lineNo, pos);
          }
        }
        this.push(Tok.OP, op, lineNo, pos, lineNo, pos + op.length);
        pos += op.length;
      }
    }
    // ## End of input
    if (this.parens.length) {
      // CPython reports an unclosed bracket only if the parser reaches the end of input
      // without an earlier error; keep it for the parser to raise then.
      const open = this.parens[this.parens.length - 1];
      try {
        this.error(`'${open.ch}' was never closed`, open.line, open.col);
      } catch (e) {
        const err = e as PySyntaxError;
        this.eofError = new PySyntaxError(err.kind, err.msg, err.filename, err.lineno, err.offset, err.text, err.lineno, 0);
      }
    }
    const lastLine = lines.length;
    const last = this.tokens[this.tokens.length - 1];
    if (last !== undefined && last.type !== Tok.NEWLINE && last.type !== Tok.DEDENT && last.type !== Tok.INDENT) {
      const l = lines[lastLine - 1];
      this.push(Tok.NEWLINE, '', last.endLine, last.endCol, last.endLine, last.endCol + 1);
      void l;
    }
    const endLine = lastLine + (lines[lastLine - 1]?.endsWith('\n') ? 1 : 0);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(Tok.DEDENT, '', endLine, 0, endLine, 0);
    }
    this.push(Tok.ENDMARKER, '', endLine, 0, endLine, 0);
    return this.tokens;
  }

  private readNumber(line: string, lineNo: number, start: number): number {
    const rest = line.slice(start);
    let m: RegExpExecArray | null;
    const bad = (msg: string, at: number) => this.error(msg, lineNo, at);
    if ((m = /^0[xX](?:_?[0-9a-fA-F])+/.exec(rest)) || (m = /^0[oO](?:_?[0-7])+/.exec(rest)) || (m = /^0[bB](?:_?[01])+/.exec(rest))) {
      const end = start + m[0].length;
      const nx = line[end] ?? '';
      if (/[0-9]/.test(nx)) {
        const kind = m[0][1].toLowerCase();
        bad(`invalid digit '${nx}' in ${kind === 'o' ? 'octal' : kind === 'b' ? 'binary' : 'hexadecimal'} literal`, end);
      }
      if (/[\p{L}_]/u.test(nx)) bad(`invalid ${m[0][1].toLowerCase() === 'x' ? 'hexadecimal' : m[0][1].toLowerCase() === 'o' ? 'octal' : 'binary'} literal`, end);
      this.push(Tok.NUMBER, m[0], lineNo, start, lineNo, end);
      return end;
    }
    if (/^0[xXoObB]/.test(rest)) {
      const k = rest[1].toLowerCase();
      // tokenizer.c: a decimal digit that the base does not allow is named in the error.
      const at = rest[2] === '_' ? 3 : 2;
      if (k !== 'x' && /[0-9]/.test(rest[at] ?? '')) bad(`invalid digit '${rest[at]}' in ${k === 'o' ? 'octal' : 'binary'} literal`, start + at);
      bad(`invalid ${k === 'x' ? 'hexadecimal' : k === 'o' ? 'octal' : 'binary'} literal`, start + 2);
    }
    const dec = /^(?:(?:[0-9](?:_?[0-9])*)?\.(?:[0-9](?:_?[0-9])*)?|[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/;
    m = dec.exec(rest);
    if (!m || m[0] === '.') bad('invalid decimal literal', start);
    let text = m![0];
    const end = start + text.length;
    const nx = line[end] ?? '';
    if (nx === '_' ) bad('invalid decimal literal', end);
    if (/[\p{L}]/u.test(nx) && !(/[eE]/.test(nx) && false)) {
      if (/^[0-9_]+$/.test(text) || /[eE.]/.test(text)) {
        // e.g. `1if x else y` is allowed by CPython with a warning; keywords after numbers are legal.
        const word = /^[A-Za-z_]+/.exec(line.slice(end))?.[0] ?? '';
        if (!['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'].includes(word)) bad('invalid decimal literal', end);
      }
    }
    if (/^0[0-9_]*[1-9]/.test(text) && !/[.eEjJ]/.test(text)) {
      this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', lineNo, start, 'SyntaxError', lineNo, start + 1);
    }
    text = m![0];
    this.push(Tok.NUMBER, text, lineNo, start, lineNo, end);
    return end;
  }

  /** A string literal starting at (lineNo, start) with its prefix up to `quoteAt`. */
  private readString(lineNo: number, start: number, quoteAt: number): { line: number; col: number } {
    let line = this.lines[lineNo - 1];
    const q = line[quoteAt];
    const triple = line.startsWith(q + q + q, quoteAt);
    const prefix = line.slice(start, quoteAt).toLowerCase();
    const raw = prefix.includes('r');
    let pos = quoteAt + (triple ? 3 : 1);
    let text = line.slice(start, pos);
    let curLine = lineNo;
    // A backslash before the end of the line continues a single-quoted string on the next one.
    let continued = false;
    for (;;) {
      if (pos >= line.length) {
        if (!triple && !continued) {
          this.error(`unterminated string literal (detected at line ${curLine})`, lineNo, start);
        }
        if (curLine >= this.lines.length) {
          this.error(`unterminated triple-quoted string literal (detected at line ${curLine})`, lineNo, start);
        }
        curLine++;
        line = this.lines[curLine - 1];
        pos = 0;
        continue;
      }
      const c = line[pos];
      continued = false;
      if (c === '\\') {
        if (pos + 1 < line.length) {
          text += c + line[pos + 1];
          continued = line[pos + 1] === '\n';
          pos += 2;
          continue;
        }
        text += c;
        pos++;
        continue;
      }
      if (c === '\n' && !triple) {
        this.error(`unterminated string literal (detected at line ${curLine})`, lineNo, start);
      }
      if (c === q && (!triple || line.startsWith(q + q + q, pos))) {
        const n = triple ? 3 : 1;
        text += line.slice(pos, pos + n);
        pos += n;
        break;
      }
      text += c;
      pos++;
    }
    void raw;
    this.push(Tok.STRING, text, lineNo, start, curLine, pos);
    return { line: curLine, col: pos };
  }
}

export function tokenize(source: string, filename = '<unknown>', keepTrivia = false): Token[] {
  return new Tokenizer(source, filename, keepTrivia).tokenize();
}
