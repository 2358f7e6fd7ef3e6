// Refleak checks (glasspy --refleak's huntRefleak) of small programs whose leaks were found
// in conformance programs: each case is the smallest statement that leaked, so a regression
// names its cause.
import { describe, it, expect } from 'vitest';
import { sameAsCPython } from './cpython.js';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { huntRefleak } from '../../engine/vm/refleak.js';


// Each program runs from a file, as `glasspy --refleak FILE.py` runs it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refleak-'));
let nfile = 0;

function deltas(source: string): { blocks: number[]; refs: number[] } {
  const filename = path.join(dir, `prog${nfile++}.py`);
  fs.writeFileSync(filename, source);
  const r = huntRefleak({ source, filename, argv: [filename], path0: dir }, 5);
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

describe("a trace hook's frame.f_locals and f_trace belong to the frame", () => {
  const hook = [
    'import sys',
    'def tr(frame, event, arg):',
    '    if event == "line" and frame.f_code.co_name == "f":',
    '        loc = frame.f_locals',
    '        if frame.f_lineno == 9: loc["x"] = 100',
    '    return tr',
    'def f():',
    '    x = 1',
    '    return x',
    'sys.settrace(tr)',
    'f()',
    'sys.settrace(None)',
    '',
  ].join('\n');
  it('the dict and the values written back are released with the frame', () => {
    expect(deltas(hook)).toEqual(clean);
  });
  it('the dict lives as long as the frame: every event sees the same one', () => {
    // Each hook drops its f_locals, then makes a dict: a freed f_locals block would be reused.
    const code = [
      'import sys',
      'ids, junk = [], []',
      'def tr(frame, event, arg):',
      '    if frame.f_code.co_name == "f":',
      '        ids.append(id(frame.f_locals))',
      '        junk.append({})',
      '    return tr',
      'def f():',
      '    x = 1',
      '    y = 2',
      '    return x + y',
      'sys.settrace(tr)',
      'f()',
      'sys.settrace(None)',
      'print(len(ids), len(set(ids)), ids[0] in {id(j) for j in junk})',
    ].join('\n');
    expect(sameAsCPython(code)).toBe('5 1 False\n');
  });
  it('a local trace function made for the frame is released with it', () => {
    expect(deltas([
      'import sys',
      'def tr(frame, event, arg):',
      '    return lambda frame, event, arg: None',
      'def f():',
      '    return 1',
      'sys.settrace(tr)',
      'f()',
      'sys.settrace(None)',
      '',
    ].join('\n'))).toEqual(clean);
  });
});

describe('a bound builtin method owns its self', () => {
  it('method-wrapper: [1].__imul__(3) returns a live list, and nothing leaks', () => {
    expect(deltas('x = [1].__imul__(3)\ny = [1, 2].__iadd__([3])\n')).toEqual(clean);
  });
  it('builtin_function_or_method and method-wrapper count their self (sys.getrefcount)', () => {
    const code = [
      'import sys',
      'm = [1, 2].copy',
      'print(sys.getrefcount(m.__self__), m())',
      'x = [1]',
      'w = x.__imul__',
      'print(sys.getrefcount(x))',
      'del w',
      'print(sys.getrefcount(x), [1].__imul__(3), sys.getrefcount([5].__iadd__([6])))',
    ].join('\n');
    sameAsCPython(code);
  });
});

describe('list.extend and LIST_EXTEND count the items they take', () => {
  it('sys.getrefcount after [0, *r], (0, *r) and x.extend(r), and after the lists go', () => {
    const code = [
      'import sys',
      'd = {}',
      'r = [d]',
      'x = [0, *r]',
      't = (0, *r)',
      'y = [0]',
      'y.extend(r)',
      'print(sys.getrefcount(d))',
      'x = t = y = None',
      'print(sys.getrefcount(d))',
    ].join('\n');
    sameAsCPython(code);
  });
  it('an instance dict passed on through f(0, *args) stays alive (copy.copy of a list subclass)', () => {
    expect(deltas([
      'import copy',
      'class Base(list):',
      '    pass',
      'b = Base([1])',
      'b.attr = "kept"',
      'c = copy.copy(b)',
      'b.__dict__["more"] = 1',
      '',
    ].join('\n'))).toEqual(clean);
  });
});

describe('IMPORT_NAME releases its fromlist when the import fails', () => {
  it('from a missing module', () => {
    expect(deltas('try:\n    from nosuchmod_xyz import x\nexcept ImportError:\n    pass\n')).toEqual(clean);
  });
});
