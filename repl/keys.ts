// ## Terminal input → key events
//
// The REPL reads the raw terminal itself instead of through Ink's useInput because it needs
// what useInput does not give: bracketed paste (`ESC [200~ … ESC [201~`, so pasted code
// lands as one edit instead of being run line by line), Alt/Esc-Enter, and word-motion
// sequences of the common terminals (xterm, VTE, tmux, the Linux console).  The parser is
// stateful only across a paste or an escape sequence split between reads.

export interface KeyEvent {
  kind: 'key';
  /** 'return', 'tab', 'backspace', 'delete', 'up', 'down', 'left', 'right', 'home', 'end',
   *  'escape', a letter for Ctrl/Alt combinations, or 'text' for typed characters. */
  name: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  /** The characters typed, for name 'text'. */
  text: string;
}

export interface PasteEvent {
  kind: 'paste';
  text: string;
}

export type InputEvent = KeyEvent | PasteEvent;

/** Terminal modes the REPL switches on while it runs: bracketed paste. */
export const ENABLE_BRACKETED_PASTE = '\x1b[?2004h';
export const DISABLE_BRACKETED_PASTE = '\x1b[?2004l';

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

const key = (name: string, mods: Partial<KeyEvent> = {}): KeyEvent =>
  ({ kind: 'key', name, ctrl: false, meta: false, shift: false, text: '', ...mods });

/** CSI / SS3 final sequences without modifiers. */
const SEQUENCES: Record<string, KeyEvent> = {
  '[A': key('up'), '[B': key('down'), '[C': key('right'), '[D': key('left'),
  'OA': key('up'), 'OB': key('down'), 'OC': key('right'), 'OD': key('left'),
  '[H': key('home'), '[F': key('end'), 'OH': key('home'), 'OF': key('end'),
  '[1~': key('home'), '[4~': key('end'), '[7~': key('home'), '[8~': key('end'),
  '[3~': key('delete'), '[2~': key('insert'), '[5~': key('pageup'), '[6~': key('pagedown'),
  '[Z': key('tab', { shift: true }),
  'OQ': key('f2'), '[12~': key('f2'),
};

const ARROWS: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };

export class KeyParser {
  private pending = '';
  private paste: string | null = null;

  /** Events for one chunk read from the terminal. */
  feed(chunk: string): InputEvent[] {
    const out: InputEvent[] = [];
    let s = this.pending + chunk;
    this.pending = '';
    while (s.length) {
      if (this.paste !== null) {
        const end = s.indexOf(PASTE_END);
        if (end < 0) {
          // Keep a possible partial end marker for the next read.
          const keep = partialSuffix(s, PASTE_END);
          this.paste += s.slice(0, s.length - keep);
          this.pending = s.slice(s.length - keep);
          return out;
        }
        out.push({ kind: 'paste', text: this.paste + s.slice(0, end) });
        this.paste = null;
        s = s.slice(end + PASTE_END.length);
        continue;
      }
      if (s.startsWith(PASTE_START)) {
        this.paste = '';
        s = s.slice(PASTE_START.length);
        continue;
      }
      if (s[0] === '\x1b') {
        const used = this.escape(s, out);
        if (used === 0) {
          this.pending = s;
          return out;
        }
        s = s.slice(used);
        continue;
      }
      const c = s.charCodeAt(0);
      if (c === 0x0d || c === 0x0a) out.push(key('return'));
      else if (c === 0x09) out.push(key('tab'));
      else if (c === 0x7f || c === 0x08) out.push(key('backspace'));
      else if (c < 0x20) out.push(key(String.fromCharCode(c + 0x60), { ctrl: true }));
      else {
        let end = 1;
        while (end < s.length && s.charCodeAt(end) >= 0x20 && s[end] !== '\x7f' && s[end] !== '\x1b') end++;
        out.push(key('text', { text: s.slice(0, end) }));
        s = s.slice(end);
        continue;
      }
      s = s.slice(1);
    }
    return out;
  }

  /**
   * Parses an escape sequence at the start of `s`; returns the characters used, or 0 when
   * the sequence may continue in the next read.
   */
  private escape(s: string, out: InputEvent[]): number {
    if (s.length === 1) {
      out.push(key('escape'));
      return 1;
    }
    const second = s[1];
    if (second === '[' || second === 'O') {
      const m = /^\x1b([[O])([0-9;]*)([A-Za-z~])/.exec(s);
      if (!m) {
        if (/^\x1b[[O][0-9;]*$/.test(s)) return 0;
        out.push(key('escape'));
        return 1;
      }
      const [whole, intro, params, final] = m;
      const plain = SEQUENCES[intro + params + final] ?? SEQUENCES[intro + final];
      const mod = /;(\d+)$/.exec(params);
      if (mod && ARROWS[final]) {
        // xterm modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
        const bits = Number(mod[1]) - 1;
        out.push(key(ARROWS[final], { shift: !!(bits & 1), meta: !!(bits & 2), ctrl: !!(bits & 4) }));
      } else if (plain) {
        out.push({ ...plain });
      }
      return whole.length;
    }
    // ESC followed by a key: Alt+key (terminals send Meta as an ESC prefix).
    if (second === '\r' || second === '\n') out.push(key('return', { meta: true }));
    else if (second === '\x7f' || second === '\x08') out.push(key('backspace', { meta: true }));
    else if (second === '\x1b') {
      out.push(key('escape'));
      return 1;
    } else out.push(key(second.toLowerCase(), { meta: true, shift: second !== second.toLowerCase() }));
    return 2;
  }
}

/** Length of the longest suffix of `s` that is a proper prefix of `marker`. */
function partialSuffix(s: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, s.length); n > 0; n--) {
    if (marker.startsWith(s.slice(s.length - n))) return n;
  }
  return 0;
}
