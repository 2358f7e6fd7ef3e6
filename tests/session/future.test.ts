// A cell's `from __future__ import annotations` stays in force for the later cells, as in
// CPython's REPL and IPython (codeop.Compile remembers future statements); other sessions
// and compile(..., dont_inherit=True) are not affected.
import { describe, it, expect } from 'vitest';
import { Harness } from '../magics/harness.js';

describe('__future__ features across cells', () => {
  const h = new Harness();

  it('annotations are evaluated until a cell imports the feature, and strings after it', () => {
    expect(h.value('def f(x: int) -> None: pass\nf.__annotations__')).toBe("{'x': int, 'return': None}");
    // The cell's own future statement applies to its displayed last expression as well.
    expect(h.value('from __future__ import annotations\n(lambda a: 0).__code__.co_flags & 0x1000000')).toBe('16777216');
    expect(h.value('def g(x: int) -> Undefined: pass\ng.__annotations__')).toBe("{'x': 'int', 'return': 'Undefined'}");
    expect(h.value('hex(g.__code__.co_flags & 0x1000000)')).toBe("'0x1000000'");
    expect(h.value('compile("x: int", "s", "exec", dont_inherit=True).co_flags & 0x1000000')).toBe('0');
  });

  it('a misplaced future statement is a SyntaxError and the session goes on', () => {
    const r = h.run('x = 1\nfrom __future__ import division');
    expect(r.reply.status).toBe('error');
    expect(r.reply.error?.evalue).toContain('from __future__ imports must occur at the beginning of the file');
    expect(h.value('1 + 1')).toBe('2');
  });
});
