// The kernel's traceback colouring (IPython's Pygments styles): the soft keywords `match` and
// `case` are keywords where Pygments' PythonLexer says so (recorded from Pygments 2.14).
import { describe, it, expect } from 'vitest';
import { highlightLine } from '../../engine/session/highlight.js';

const KEYWORD_ON = '\x1b[38;5;28;01m';
const isKeyword = (line: string, word: string) => highlightLine(line, 0).includes(`${KEYWORD_ON}${word}`);

describe('soft keywords in traceback source lines', () => {
  it('colours match and case at the start of a statement', () => {
    expect(isKeyword('match x:', 'match')).toBe(true);
    expect(isKeyword('    case [a, b]:', 'case')).toBe(true);
    expect(isKeyword('match(x)', 'match')).toBe(true);
    expect(isKeyword('case.x = 2', 'case')).toBe(true);
  });
  it('leaves them as names where they are assigned or stand alone', () => {
    expect(isKeyword('match = 1', 'match')).toBe(false);
    expect(isKeyword('x = match', 'match')).toBe(false);
    expect(isKeyword('match', 'match')).toBe(false);
    expect(isKeyword('case += 1', 'case')).toBe(false);
  });
});
