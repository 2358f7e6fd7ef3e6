// Syntax highlighting of REPL input from the engine's tokenizer.
import { describe, it, expect } from 'vitest';
import { highlight, type Span } from '../../repl/highlight.js';

const builtins = new Set(['print', 'len', 'range']);
const kinds = (spans: Span[]) => spans.filter((s) => s.kind !== 'plain').map((s) => `${s.kind}:${s.text}`);

describe('highlight', () => {
  it('colours keywords, builtins, definitions, numbers, strings, comments and operators', () => {
    const src = 'def f(n):\n    return len(range(n)) + 0x1F  # count\nprint("ok")';
    const spans = highlight(src, builtins);
    expect(spans.map((s) => s.text).join('')).toBe(src);
    expect(kinds(spans)).toEqual([
      'keyword:def', 'definition:f', 'operator:(', 'name:n', 'operator:):',
      'keyword:return', 'builtin:len', 'operator:(', 'builtin:range', 'operator:(', 'name:n', 'operator:))',
      'operator:+', 'number:0x1F', 'comment:# count', 'builtin:print', 'operator:(', 'string:"ok"', 'operator:)',
    ]);
  });
  it('colours match and case as keywords only where they start a statement', () => {
    const src = 'match point:\n    case (0, y):\n        match = case(1)\nmatch.x';
    const kw = highlight(src, builtins).filter((s) => s.kind === 'keyword').map((s) => s.text);
    expect(kw).toEqual(['match', 'case']);
  });
  it('splits f-strings into literal parts and coloured replacement fields', () => {
    const spans = highlight('f"a{len(x)!r:>{w}}b{{c}}"', builtins);
    expect(kinds(spans)).toEqual([
      'string:f"a', 'fstring-field:{', 'builtin:len', 'operator:(', 'name:x', 'operator:)',
      'fstring-field:!r:>{w}}', 'string:b{{c}}"',
    ]);
  });
  it('keeps colouring incomplete input: an unterminated string runs to the end', () => {
    const src = 'x = 1\ns = """abc\nde';
    const spans = highlight(src, builtins);
    expect(spans.map((s) => s.text).join('')).toBe(src);
    expect(kinds(spans)).toEqual(['name:x', 'operator:=', 'number:1', 'name:s', 'operator:=', 'string:"""abc\nde']);
  });
  it('marks a character the tokenizer rejects and resumes after it', () => {
    const spans = highlight('a $ b', builtins);
    expect(spans.map((s) => s.text).join('')).toBe('a $ b');
    expect(kinds(spans)).toEqual(['name:a', 'error:$', 'name:b']);
  });
});
