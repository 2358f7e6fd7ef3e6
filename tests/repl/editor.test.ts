// The REPL's input buffer: editing rules a user relies on, checked on the pure reducer.
import { describe, it, expect } from 'vitest';
import { reduceEditor, editorFrom, editorText, emptyEditor, nextLineIndent, stripPrompts, type EditAction, type EditorState } from '../../repl/editor.js';

const run = (s: EditorState, ...actions: EditAction[]) => actions.reduce(reduceEditor, s);
const type = (s: EditorState, text: string) => reduceEditor(s, { type: 'insert', text });

describe('auto-indent', () => {
  it('indents one level after a colon and keeps the level after a plain statement', () => {
    let s = type(emptyEditor, 'def f(x):');
    s = run(s, { type: 'newline' });
    expect(s.lines).toEqual(['def f(x):', '    ']);
    s = type(s, 'y = x');
    s = run(s, { type: 'newline' });
    expect(s.lines[2]).toBe('    ');
    expect([s.row, s.col]).toEqual([2, 4]);
  });
  it('dedents after return, pass, break, continue and raise', () => {
    for (const kw of ['return x', 'pass', 'break', 'continue', 'raise ValueError']) {
      expect(nextLineIndent('        ' + kw)).toBe('    ');
    }
    expect(nextLineIndent('    returned = 1')).toBe('    ');
  });
  it('ignores a colon inside a comment or a string', () => {
    expect(nextLineIndent('x = 1  # note:')).toBe('');
    expect(nextLineIndent('if s == ":":  # yes')).toBe('    ');
    expect(nextLineIndent('d = {"a:": 1}')).toBe('');
  });
});

describe('editing keys', () => {
  it('backspace in leading spaces removes one indentation level', () => {
    const s = run(editorFrom('if x:\n        '), { type: 'backspace' });
    expect(s.lines[1]).toBe('    ');
    expect(run(editorFrom('if x:\n      '), { type: 'backspace' }).lines[1]).toBe('    ');
  });
  it('backspace at a line start joins it to the previous line', () => {
    const s = run(editorFrom('ab\ncd'), { type: 'home' }, { type: 'home' }, { type: 'backspace' });
    expect(editorText(s)).toBe('abcd');
    expect([s.row, s.col]).toEqual([0, 2]);
  });
  it('Ctrl-K kills to the end of the line, and joins lines at the end', () => {
    let s = run(editorFrom('hello world'), { type: 'wordLeft' }, { type: 'killToEnd' });
    expect(editorText(s)).toBe('hello ');
    s = run(editorFrom('a\nb'), { type: 'up' }, { type: 'end' }, { type: 'killToEnd' });
    expect(editorText(s)).toBe('ab');
  });
  it('Ctrl-U kills to the start and Ctrl-W the previous word', () => {
    expect(editorText(run(editorFrom('x = foo_bar'), { type: 'killWordBack' }))).toBe('x = ');
    expect(editorText(run(editorFrom('x = foo(bar, '), { type: 'killWordBack' }))).toBe('x = foo(');
    const s = run(editorFrom('abc def'), { type: 'left' }, { type: 'left' }, { type: 'killToStart' });
    expect(editorText(s)).toBe('ef');
    expect(s.col).toBe(0);
  });
  it('Home goes to the first non-blank character, then to column 0', () => {
    let s = run(editorFrom('    x = 1'), { type: 'home' });
    expect(s.col).toBe(4);
    s = run(s, { type: 'home' });
    expect(s.col).toBe(0);
  });
  it('word jumps and vertical moves clamp the column', () => {
    let s = run(editorFrom('alpha beta gamma'), { type: 'home' }, { type: 'wordRight' }, { type: 'wordRight' });
    expect(s.col).toBe(10);
    s = run(editorFrom('a long first line\nab'), { type: 'up' });
    expect([s.row, s.col]).toEqual([0, 2]);
    s = run(editorFrom('a long first line\nab'), { type: 'up' }, { type: 'end' }, { type: 'down' });
    expect([s.row, s.col]).toEqual([1, 2]);
  });
  it('left and right step over a character outside the BMP in one move', () => {
    let s = run(editorFrom('x😀y'), { type: 'left' }, { type: 'left' });
    expect(s.col).toBe(1);
    s = run(s, { type: 'delete' });
    expect(editorText(s)).toBe('xy');
  });
  it('Tab in leading whitespace indents to the next level', () => {
    expect(editorText(run(editorFrom('  '), { type: 'indent' }))).toBe('    ');
    expect(editorText(run(emptyEditor, { type: 'indent' }))).toBe('    ');
  });
});

describe('paste', () => {
  it('inserts pasted code as one buffer without auto-indenting it', () => {
    const s = run(emptyEditor, { type: 'paste', text: 'def f():\r\n    return 1\r\n' });
    expect(s.lines).toEqual(['def f():', '    return 1', '']);
  });
  it('strips >>> and ... prompts and drops the transcript output', () => {
    const transcript = '>>> def f():\n...     return 1\n...\n>>> f()\n1';
    expect(stripPrompts(transcript)).toBe('def f():\n    return 1\n\nf()');
    expect(stripPrompts('x = 1\n>>> y')).toBe('x = 1\n>>> y');
  });
});
