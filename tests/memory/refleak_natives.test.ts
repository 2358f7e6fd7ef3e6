// Refleak checks (glasspy --refleak's huntRefleak) of small programs whose leaks were found
// in conformance programs: each case is the smallest statement that leaked, so a regression
// names its cause.
import { describe, it, expect } from 'vitest';
import { huntRefleak } from '../../engine/vm/refleak.js';

function deltas(source: string): { blocks: number[]; refs: number[] } {
  const r = huntRefleak({ source, filename: '<string>', argv: [''], path0: '' }, 5);
  return { blocks: r.blocks, refs: r.refs };
}

const clean = { blocks: [0, 0, 0, 0], refs: [0, 0, 0, 0] };

describe('an instruction whose native raises releases its operands with the stack', () => {
  it('UNPACK_SEQUENCE: too many values', () => {
    expect(deltas('try:\n    a, b = [1, 2, 3]\nexcept ValueError:\n    pass\n')).toEqual(clean);
  });
  it('UNPACK_EX: not enough values', () => {
    expect(deltas('try:\n    a, *b, c = [[1]]\nexcept ValueError:\n    pass\n')).toEqual(clean);
  });
  it('SET_ADD: an unhashable item', () => {
    expect(deltas('try:\n    {x for x in [[1]]}\nexcept TypeError:\n    pass\n')).toEqual(clean);
  });
  it('MAP_ADD: an unhashable key', () => {
    expect(deltas('try:\n    {x: [2] for x in [[1]]}\nexcept TypeError:\n    pass\n')).toEqual(clean);
  });
  it('FORMAT_VALUE: a spec the value refuses', () => {
    expect(deltas('x = 5\ntry:\n    f"{x!r:.2f}"\nexcept ValueError:\n    pass\n')).toEqual(clean);
  });
});

describe('a native that stores an object counts it', () => {
  it('BaseException.add_note: the __notes__ list counts the note', () => {
    expect(deltas('e = ValueError("bad")\ne.add_note("first note")\n')).toEqual(clean);
  });
});
