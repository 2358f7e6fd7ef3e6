// In/_ih and _dh are Python lists the session appends to from TypeScript: they must count
// what they hold like list.append, or the zero-count table frees the strings while In still
// shows them (In[1] read back a dead str before this was fixed).
import { describe, it, expect } from 'vitest';
import { Harness } from '../magics/harness.js';

describe('the session\'s history lists own their items', () => {
  const h = new Harness();

  it('In keeps every cell\'s source while freed blocks are reused', () => {
    h.run('a = 1');
    h.run('b = [x * x for x in range(100)]');
    expect(h.value('In[1]')).toBe("'a = 1'");
    expect(h.value('In[2]')).toBe("'b = [x * x for x in range(100)]'");
    // Freed strs' blocks are reused by the next allocations: churn, then read In again.
    h.run('junk = [str(i) * 3 for i in range(2000)]; del junk');
    expect(h.value('In[1], In[2][:5]')).toBe("('a = 1', 'b = [')");
    expect(h.value('In is _ih')).toBe('True');
  });

  it('%reset leaves _dh with the current directory, counted', () => {
    h.run('%reset -f');
    expect(h.value('import os, sys; _dh[-1] == os.getcwd(), len(_dh), sys.getrefcount(_dh[0])')).toBe('(True, 1, 2)');
  });
});
