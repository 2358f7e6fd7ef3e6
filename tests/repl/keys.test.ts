// Raw terminal input decoded into the REPL's key and paste events.
import { describe, it, expect } from 'vitest';
import { KeyParser, type InputEvent } from '../../repl/keys.js';

const names = (events: InputEvent[]) => events.map((e) => e.kind === 'paste' ? `paste:${e.text}`
  : `${e.ctrl ? 'C-' : ''}${e.meta ? 'M-' : ''}${e.shift ? 'S-' : ''}${e.name === 'text' ? JSON.stringify(e.text) : e.name}`);

describe('KeyParser', () => {
  it('groups typed text and decodes control keys', () => {
    const p = new KeyParser();
    expect(names(p.feed('abc\r\t\x7f\x01\x05\x0b\x15\x17\x03\x04\x12'))).toEqual(
      ['"abc"', 'return', 'tab', 'backspace', 'C-a', 'C-e', 'C-k', 'C-u', 'C-w', 'C-c', 'C-d', 'C-r']);
  });
  it('decodes arrows, Home/End and Delete in CSI and SS3 forms, with xterm modifiers', () => {
    const p = new KeyParser();
    expect(names(p.feed('\x1b[A\x1bOB\x1b[H\x1b[4~\x1b[3~\x1b[1;5C\x1b[1;3D\x1bOQ'))).toEqual(
      ['up', 'down', 'home', 'end', 'delete', 'C-right', 'M-left', 'f2']);
  });
  it('treats ESC + key as Alt: Alt-Enter, Alt-b/f, Alt-Backspace', () => {
    const p = new KeyParser();
    expect(names(p.feed('\x1b\r\x1bb\x1bf\x1b\x7f'))).toEqual(['M-return', 'M-b', 'M-f', 'M-backspace']);
  });
  it('delivers a bracketed paste as one event, even split across reads', () => {
    const p = new KeyParser();
    expect(names(p.feed('x\x1b[200~def f():\r\n    re'))).toEqual(['"x"']);
    expect(names(p.feed('turn 1\x1b[20'))).toEqual([]);
    expect(names(p.feed('1~y'))).toEqual(['paste:def f():\r\n    return 1', '"y"']);
  });
  it('waits for the rest of an escape sequence split between reads', () => {
    const p = new KeyParser();
    expect(names(p.feed('\x1b['))).toEqual([]);
    expect(names(p.feed('D'))).toEqual(['left']);
    expect(names(p.feed('\x1b'))).toEqual(['escape']);
  });
});
