// ## String and bytes literals, f-strings
//
// Models Parser/string_parser.c (3.11): prefixes, escape sequences, raw strings, bytes, and
// f-strings split into literal text and replacement fields `{expr!c:spec}` (with nested
// fields in the spec and the `=` debugging form).  Each field's expression is parsed by the
// main parser, positioned where its text sits in the file.

import type { Token } from './tokenize.js';
import type * as A from './ast.js';
import { NAMED_CHARS } from './unicodenames.js';

export interface StringPart {
  bytes: boolean;
  fstring: boolean;
  uprefix: boolean;
  /** Value of a plain (non-f) str literal. */
  text: string;
  bytesValue?: Uint8Array;
  /** For f-strings: literal strings and FormattedValue nodes, in order. */
  pieces?: (string | A.FormattedValue)[];
}

interface FieldParser {
  parseFStringExpr(src: string, line: number, col: number): A.AST_expr;
  raise(msg: string, line: number, col: number, endLine: number, endCol: number): never;
}

export function parseStringToken(t: Token, p: FieldParser): StringPart {
  const raw = t.value;
  let q = 0;
  while (raw[q] !== '"' && raw[q] !== "'") q++;
  const prefix = raw.slice(0, q).toLowerCase();
  const triple = raw.startsWith(raw[q].repeat(3), q) && raw.length >= q + 6;
  const qlen = triple ? 3 : 1;
  const body = raw.slice(q + qlen, raw.length - qlen);
  const isRaw = prefix.includes('r'), isBytes = prefix.includes('b'), isF = prefix.includes('f');
  if (isBytes) {
    const bytes: number[] = [];
    const decoded = isRaw ? body : decodeEscapes(body, true, t, p);
    // Only the source text must be ASCII: escapes (\x.., octal) may make any byte.
    for (const ch of body) if (ch.codePointAt(0)! > 0x7f) p.raise('bytes can only contain ASCII literal characters', t.line, t.col, t.endLine, t.endCol);
    for (const ch of decoded) bytes.push(ch.codePointAt(0)! & 0xff);
    return { bytes: true, fstring: false, uprefix: false, text: '', bytesValue: Uint8Array.from(bytes) };
  }
  if (!isF) {
    return { bytes: false, fstring: false, uprefix: prefix === 'u', text: isRaw ? body : decodeEscapes(body, false, t, p) };
  }
  const startCol = t.col + q + qlen;
  return { bytes: false, fstring: true, uprefix: false, text: '', pieces: parseFString(body, isRaw, t, startCol, p, 0) };
}

function decodeEscapes(s: string, bytes: boolean, t: Token, p: FieldParser): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') { out += c; continue; }
    const n = s[++i];
    switch (n) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        const h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) p.raise(`(${bytes ? 'value' : 'unicode'} error) ${bytes ? 'invalid \\x escape at position ' + (i - 1) : "'unicodeescape' codec can't decode bytes in position " + (i - 1) + '-' + (i + h.length) + ': truncated \\xXX escape'}`, t.line, t.col, t.endLine, t.endCol);
        out += String.fromCharCode(parseInt(h, 16));
        i += 2;
        break;
      }
      case 'u': case 'U': {
        if (bytes) { out += '\\' + n; break; }
        const len = n === 'u' ? 4 : 8;
        const h = s.slice(i + 1, i + 1 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) {
          p.raise(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + h.length}: truncated \\${n}${'X'.repeat(len)} escape`, t.line, t.col, t.endLine, t.endCol);
        }
        const cp = parseInt(h, 16);
        if (cp > 0x10ffff) p.raise(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + len}: illegal Unicode character`, t.line, t.col, t.endLine, t.endCol);
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case 'N': {
        if (bytes) { out += '\\N'; break; }
        const end = s.indexOf('}', i);
        if (s[i + 1] !== '{' || end < 0) p.raise(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i}: malformed \\N character escape`, t.line, t.col, t.endLine, t.endCol);
        const name = s.slice(i + 2, end).toUpperCase();
        const cp = NAMED_CHARS[name];
        if (cp === undefined) p.raise(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${end}: unknown Unicode character name`, t.line, t.col, t.endLine, t.endCol);
        out += String.fromCodePoint(cp);
        i = end;
        break;
      }
      default:
        if (n !== undefined && /[0-7]/.test(n)) {
          let oct = n;
          while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
          out += String.fromCharCode(parseInt(oct, 8) & (bytes ? 0xff : 0x1ff));
        } else {
          out += '\\' + (n ?? '');
        }
    }
  }
  return out;
}

/**
 * Split an f-string body into literals and FormattedValue nodes.  `body` is `full` (the
 * token's whole body, which starts at column `startCol` of the token's first line) from
 * offset `base` on: a format spec is parsed as a piece of its field's body.
 */
function parseFString(body: string, raw: boolean, t: Token, startCol: number, p: FieldParser, depth: number,
  full = body, base = 0): (string | A.FormattedValue)[] {
  if (depth > 2) p.raise('f-string: expressions nested too deeply', t.line, t.col, t.endLine, t.endCol);
  const out: (string | A.FormattedValue)[] = [];
  let lit = '';
  const pos = { lineno: t.line, col_offset: 0, end_lineno: t.endLine, end_col_offset: 0 };
  const emitLit = () => {
    if (lit !== '') out.push(raw ? lit : decodeEscapes(lit, false, t, p));
    lit = '';
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '{') {
      // Doubled braces are literal text only at the top level (fstring_find_literal).
      if (depth === 0 && body[i + 1] === '{') { lit += '{'; i += 2; continue; }
      emitLit();
      // Find the end of the expression: '!', ':', '=' or '}' at bracket depth 0, outside strings.
      let j = i + 1, d = 0, quote: string | null = null;
      for (; j < body.length; j++) {
        const ch = body[j];
        if (quote) { if (ch === quote) quote = null; continue; }
        if (ch === "'" || ch === '"') { quote = ch; continue; }
        if (ch === '[' || ch === '(' || ch === '{') d++;
        else if (ch === ']' || ch === ')' || ch === '}') { if (d === 0) break; d--; }
        else if (d === 0 && ch === '!' && body[j + 1] !== '=') break;
        else if (d === 0 && ch === ':') break;
        else if (d === 0 && ch === '=' && body[j + 1] !== '=' && !'=!<>'.includes(body[j - 1])) break;
        else if (ch === '#') p.raise("f-string expression part cannot include '#'", t.line, t.col, t.endLine, t.endCol);
        else if (ch === '\\') p.raise('f-string expression part cannot include a backslash', t.line, t.col, t.endLine, t.endCol);
      }
      if (j >= body.length) p.raise("f-string: expecting '}'", t.line, t.col, t.endLine, t.endCol);
      const exprText = body.slice(i + 1, j);
      if (exprText.trim() === '') p.raise('f-string: empty expression not allowed', t.endLine, t.endCol, t.endLine, t.endCol);
      const [exprLine, exprCol] = fieldStart(full, base + i, t.line, startCol);
      const value = p.parseFStringExpr(exprText, exprLine, exprCol);
      let conversion = -1;
      let format_spec: A.JoinedStr | null = null;
      let k = j;
      if (body[k] === '=') {
        // Debug form: the literal text "expr=" (whitespace kept), then repr unless a conversion/spec is given.
        let eq = '=';
        k++;
        while (body[k] === ' ') { eq += ' '; k++; }
        out.push(exprText + eq);
        if (body[k] !== '!' && body[k] !== ':') conversion = 114;
      }
      if (body[k] === '!') {
        const cv = body[k + 1];
        if (cv !== 's' && cv !== 'r' && cv !== 'a') {
          p.raise(cv === '}' || cv === undefined ? 'f-string: missing conversion character' : "f-string: invalid conversion character: expected 's', 'r', or 'a'", t.endLine, t.endCol, t.endLine, t.endCol);
        }
        conversion = cv.charCodeAt(0);
        k += 2;
      }
      if (body[k] === ':') {
        // The spec runs to the matching '}' and may hold nested fields.
        let m = k + 1, dd = 0;
        for (; m < body.length; m++) {
          if (body[m] === '{') dd++;
          else if (body[m] === '}') { if (dd === 0) break; dd--; }
        }
        const specPieces = parseFString(body.slice(k + 1, m), raw, t, startCol, p, depth + 1, full, base + k + 1);
        format_spec = { _type: 'JoinedStr', values: specPieces.map((x) => (typeof x === 'string' ? constant(x, pos) : x)) } as A.JoinedStr;
        Object.assign(format_spec, pos);
        k = m;
      }
      if (body[k] !== '}') p.raise("f-string: expecting '}'", t.line, t.col, t.endLine, t.endCol);
      const fv: A.FormattedValue = { _type: 'FormattedValue', value, conversion, format_spec, ...pos };
      out.push(fv);
      i = k + 1;
      continue;
    }
    if (c === '}') {
      if (body[i + 1] === '}') { lit += '}'; i += 2; continue; }
      p.raise("f-string: single '}' is not allowed", t.line, t.col, t.endLine, t.endCol);
    }
    if (c === '\\' && !raw && i + 1 < body.length) { lit += c + body[i + 1]; i += 2; continue; }
    lit += c;
    i++;
  }
  emitLit();
  return out;
}

// Models Parser/string_parser.c (3.11): fstring_find_expr_location() and the starting
// line/column fstring_compile_expr() gives the expression's parser.  The expression starts
// after the '{' at `brace` of the token's body: on the token's first line its column counts
// from the token's start; on a later line (a triple-quoted f-string) from that line's start.
function fieldStart(full: string, brace: number, line: number, startCol: number): [number, number] {
  let lines = 0;
  for (let j = 0; j < brace; j++) if (full[j] === '\n') lines++;
  if (lines === 0) return [line, startCol + brace + 1];
  return [line + lines, brace - full.lastIndexOf('\n', brace - 1)];
}

function constant(s: string, pos: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): A.Constant {
  return { _type: 'Constant', value: { kind: 'str', value: s }, kind: null, ...pos };
}
