// The zero-count table (engine/objects/object.ts: newborns, engine/memory/refcount.ts):
// an object a native makes and never stores is freed at the next safe point, as CPython frees
// it when the C code drops its reference; one a native still holds while it calls Python is
// not.  Each program prints what CPython 3.11 prints (checked against python3 here).
import { describe, it, expect } from 'vitest';
import { sameAsCPython } from './cpython.js';

describe('objects natives make and drop', () => {
  it('are freed: the blocks go back to the pool', () => {
    // round() binds __round__, format() makes the spec str and gets __format__'s result,
    // sorted() iterates the dict through an iterator it never stores, getattr() with a
    // default makes an AttributeError it catches: all temporaries of the native.
    const out = sameAsCPython([
      'import sys',
      'def churn(n):',
      '    for i in range(n):',
      '        round(2.5, 1); format(7, "5d"); sorted({1: 2}); getattr(1, "nope", None)',
      'churn(100)',
      'b0 = sys.getallocatedblocks()',
      'churn(20000)',
      'grown = sys.getallocatedblocks() - b0',
      'print(grown < 100)',
    ].join('\n'));
    expect(out).toBe('True\n');
  });
});

describe('objects a native holds while it calls Python', () => {
  it('survive the safe points of the Python code it calls', () => {
    // sorted() holds its new list while the key function runs; the key function makes
    // enough objects for several safe points (and a collection).  Had the list been freed,
    // one of the lists made meanwhile would have taken its address.
    const out = sameAsCPython([
      'import gc, sys',
      'keep = []',
      'def key(x):',
      '    for _ in range(300): keep.append([])',
      '    gc.collect()',
      '    return -x',
      'r = sorted(range(20), key=key)',
      'print(r[:3], len(r), sys.getrefcount(r), id(r) not in {id(k) for k in keep})',
    ].join('\n'));
    expect(out).toBe('[19, 18, 17] 20 2 True\n');
  });

  it('survive a generator the native resumes', () => {
    // dict() makes its dict and holds it uncounted while it resumes the generator, whose
    // body makes objects each time (safe points at the generator's level).  Had the dict been
    // freed, one of the lists made meanwhile would have taken its address.
    const out = sameAsCPython([
      'import sys',
      'keep = []',
      'def pairs():',
      '    for k in range(500):',
      '        keep.append([object() for _ in range(3)])',
      '        yield k, [k] * 2',
      'd = dict(pairs())',
      'print(len(d), d[499], sys.getrefcount(d), id(d) not in {id(k) for k in keep})',
    ].join('\n'));
    expect(out).toBe('500 [499, 499] 2 True\n');
  });

  it('keep what a caught exception carries', () => {
    // getattr() with a default catches the AttributeError raised by Python code; the
    // exception and its message were made at the inner level.
    sameAsCPython([
      'class C:',
      '    def __getattr__(self, name):',
      '        raise AttributeError("no " + name * 3)',
      'print([getattr(C(), "ab", len(s)) for s in ("x", "yy")])',
      'try:',
      '    C().zz',
      'except AttributeError as e:',
      '    print(e, e.args)',
    ].join('\n'));
  });
});
