// ## Syntax highlighting from the engine's tokenizer
//
// The REPL colours its input with the same tokenizer that compiles it, so what is coloured
// as a keyword is what the parser treats as one.  Input being typed is often incomplete
// (an unterminated string, a stray character): the tokenizer stops with a SyntaxError, the
// text before the error is coloured from the tokens, an unterminated string runs to the
// end as a string, and tokenizing resumes after any other bad character.  The spans always
// cover the whole source, so concatenating their texts gives it back unchanged.

import { tokenize, Tok, type Token } from '../engine/syntax/tokenize.js';
import { PySyntaxError } from '../engine/syntax/errors.js';
import { KEYWORDS } from '../engine/syntax/pyparser.js';

export type SpanKind =
  | 'plain' | 'keyword' | 'builtin' | 'name' | 'definition' | 'number' | 'string'
  | 'fstring-field' | 'comment' | 'operator' | 'error';

export interface Span {
  text: string;
  kind: SpanKind;
}

export function highlight(source: string, builtins: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  highlightInto(source, builtins, out, 0);
  return mergeAdjacent(out);
}

/** Resumption after errors is bounded so pathological input cannot loop for long. */
const MAX_RESUMES = 50;

function highlightInto(source: string, builtins: ReadonlySet<string>, out: Span[], depth: number): void {
  let tokens: Token[];
  let stop = source.length;
  let rest: 'none' | 'string' | 'resume' = 'none';
  try {
    tokens = tokenize(source, '<input>', true);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    stop = Math.min(source.length, offsetOfError(source, e));
    rest = /unterminated|EOF/.test(e.msg) ? 'string' : 'resume';
    tokens = tokensBefore(source.slice(0, stop));
  }
  const starts = lineStarts(source);
  let pos = 0;
  let previous = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === Tok.ENDMARKER || t.type === Tok.DEDENT || t.type === Tok.INDENT) continue;
    const start = starts[t.line - 1] + t.col;
    const end = starts[t.endLine - 1] + t.endCol;
    if (start < pos || end > stop || end <= start) continue;
    if (start > pos) out.push({ text: source.slice(pos, start), kind: 'plain' });
    const text = source.slice(start, end);
    if (t.type === Tok.STRING && /^[a-zA-Z]*[fF]/.test(text)) pushFString(text, builtins, out, depth);
    else if (t.type === Tok.NAME && SOFT_KEYWORDS.has(t.value) && startsCompoundStatement(tokens, k)) out.push({ text, kind: 'keyword' });
    else out.push({ text, kind: kindOf(t, previous, builtins) });
    if (t.type === Tok.NAME || t.type === Tok.OP) previous = t.value;
    pos = end;
  }
  if (stop > pos) out.push({ text: source.slice(pos, stop), kind: 'plain' });
  if (stop >= source.length) return;
  if (rest === 'string') {
    out.push({ text: source.slice(stop), kind: 'string' });
  } else {
    out.push({ text: source[stop], kind: 'error' });
    if (depth < MAX_RESUMES) highlightInto(source.slice(stop + 1), builtins, out, depth + 1);
    else out.push({ text: source.slice(stop + 1), kind: 'plain' });
  }
}

/** Tokens of a prefix that tokenized cleanly up to an error; none if even that fails. */
function tokensBefore(prefix: string): Token[] {
  try {
    return tokenize(prefix, '<input>', true);
  } catch {
    return [];
  }
}

/** `match` and `case` are keywords only where they start a statement. */
const SOFT_KEYWORDS = new Set(['match', 'case']);

/**
 * The parser's rule for the soft keywords: the first token of a logical line, not followed by
 * an operator that would make it a name (`match = 1`, `case.x`), on a line that ends with ':'.
 */
function startsCompoundStatement(tokens: Token[], k: number): boolean {
  const prev = k > 0 ? tokens[k - 1] : null;
  if (prev !== null && prev.type !== Tok.NEWLINE && prev.type !== Tok.NL && prev.type !== Tok.INDENT && prev.type !== Tok.DEDENT) return false;
  const next = tokens[k + 1];
  if (next === undefined || (next.type === Tok.OP && /^(?:[=.:,;)\]}]|[-+*/%@&|^<>]=|\*\*=|\/\/=|<<=|>>=)$/.test(next.value))) return false;
  let last: Token | null = null;
  for (let j = k + 1; j < tokens.length; j++) {
    const u = tokens[j];
    if (u.type === Tok.NEWLINE || u.type === Tok.ENDMARKER) break;
    if (u.type !== Tok.COMMENT && u.type !== Tok.NL) last = u;
  }
  return last !== null && last.type === Tok.OP && last.value === ':';
}

function kindOf(t: Token, previous: string, builtins: ReadonlySet<string>): SpanKind {
  switch (t.type) {
    case Tok.NAME:
      if (KEYWORDS.has(t.value)) return 'keyword';
      if (previous === 'def' || previous === 'class') return 'definition';
      return builtins.has(t.value) ? 'builtin' : 'name';
    case Tok.NUMBER: return 'number';
    case Tok.STRING: return 'string';
    case Tok.COMMENT: return 'comment';
    case Tok.OP: return 'operator';
    case Tok.ERRORTOKEN: return 'error';
    default: return 'plain';
  }
}

// ## f-strings
//
// In 3.11 an f-string is one STRING token; its replacement fields are split out here so the
// expressions inside are coloured as code.  `{{` and `}}` are literal braces.  A field's
// conversion and format spec are coloured as part of the field.

function pushFString(text: string, builtins: ReadonlySet<string>, out: Span[], depth: number): void {
  let literalStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      i += 2;
      continue;
    }
    if (c !== '{') {
      i++;
      continue;
    }
    const close = matchingBrace(text, i);
    if (close < 0) break;
    if (i > literalStart) out.push({ text: text.slice(literalStart, i), kind: 'string' });
    const inner = text.slice(i + 1, close);
    const split = fieldExpressionEnd(inner);
    out.push({ text: '{', kind: 'fstring-field' });
    if (depth < MAX_RESUMES) highlightInto(inner.slice(0, split), builtins, out, depth + 1);
    else out.push({ text: inner.slice(0, split), kind: 'plain' });
    if (split < inner.length) out.push({ text: inner.slice(split), kind: 'fstring-field' });
    out.push({ text: '}', kind: 'fstring-field' });
    i = close + 1;
    literalStart = i;
  }
  if (literalStart < text.length) out.push({ text: text.slice(literalStart), kind: 'string' });
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Where a field's expression ends: at a top-level `!` (not `!=`) or `:`, or the end. */
function fieldExpressionEnd(inner: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === '!' && inner[i + 1] !== '=') return i;
    else if (depth === 0 && c === ':') return i;
  }
  return inner.length;
}

// ## Positions

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** SyntaxError.offset counts code points from 1; spans index UTF-16 units. */
function offsetOfError(source: string, e: PySyntaxError): number {
  const starts = lineStarts(source);
  const lineStart = starts[Math.min(e.lineno, starts.length) - 1] ?? 0;
  const line = source.slice(lineStart).split('\n')[0];
  const units = Array.from(line).slice(0, Math.max(0, e.offset - 1)).join('').length;
  return lineStart + units;
}

function mergeAdjacent(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === s.kind) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
