// ## Syntax errors of re patterns, as CPython's parser reports them
//
// glasspy translates Python patterns to V8 RegExp source (re.ts), and V8 reports malformed
// patterns in its own words and without positions.  This pass walks the original pattern the
// way Lib/re/_parser.py's _parse() does and raises CPython's re.error messages at CPython's
// positions: unbalanced parentheses, repeats of nothing, multiple repeats, min > max, bad
// character ranges, unterminated sets, and look-behinds that are not fixed-width.

export type RaiseReError = (msg: string, pos?: number) => never;

const VERBOSE = 64;

interface Width { lo: number; hi: number }

/** Check `pat`; `flags` are the compile flags plus any leading inline flags. */
export function checkPattern(pat: string, flags: number, fail: RaiseReError): void {
  new Checker(pat, (flags & VERBOSE) !== 0 || /^\(\?[aiLmsu]*x/.test(pat), fail).run();
}

class Checker {
  i = 0;
  constructor(readonly pat: string, readonly verbose: boolean, readonly fail: RaiseReError) {}

  run(): void {
    this.alternation(null);
    if (this.i < this.pat.length) this.fail('unbalanced parenthesis', this.i);
  }

  /** Skip whitespace and comments in verbose mode. */
  skip(): void {
    if (!this.verbose) return;
    for (;;) {
      const c = this.pat[this.i];
      if (c !== undefined && ' \t\n\r\v\f'.includes(c)) { this.i++; continue; }
      if (c === '#') { while (this.i < this.pat.length && this.pat[this.i] !== '\n') this.i++; continue; }
      return;
    }
  }

  /** branch ('|' branch)* up to a ')' (not consumed) or the end; the width of the whole. */
  alternation(groupStart: number | null): Width {
    let w = this.branch();
    for (;;) {
      this.skip();
      if (this.pat[this.i] !== '|') break;
      this.i++;
      const b = this.branch();
      w = { lo: Math.min(w.lo, b.lo), hi: Math.max(w.hi, b.hi) };
    }
    if (groupStart !== null && this.i >= this.pat.length) this.fail('missing ), unterminated subpattern', groupStart);
    return w;
  }

  branch(): Width {
    const w: Width = { lo: 0, hi: 0 };
    // 'none': nothing to repeat yet; 'at': an anchor (not repeatable); 'item'; 'repeat'.
    let last: 'none' | 'at' | 'item' | 'repeat' = 'none';
    let lastWidth: Width = { lo: 0, hi: 0 };
    for (;;) {
      this.skip();
      const start = this.i;
      const c = this.pat[this.i];
      if (c === undefined || c === '|' || c === ')') return w;
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.repeatBraces() !== null)) {
        if (last === 'none' || last === 'at') this.fail('nothing to repeat', start);
        if (last === 'repeat') this.fail('multiple repeat', start);
        let lo = 0, hi = Infinity;
        if (c === '{') {
          const [min, max, len] = this.repeatBraces()!;
          if (max !== null && min !== null && max < min) this.fail('min repeat greater than max repeat', start + 1);
          lo = min ?? 0; hi = max ?? Infinity;
          this.i += len;
        } else {
          this.i++;
          if (c === '+') lo = 1;
          if (c === '?') hi = 1;
        }
        if (this.pat[this.i] === '?' || this.pat[this.i] === '+') this.i++;  // lazy or possessive
        w.lo += lastWidth.lo * lo - lastWidth.lo;
        w.hi += (lastWidth.hi === 0 ? 0 : lastWidth.hi * hi) - lastWidth.hi;
        last = 'repeat';
        continue;
      }
      let item: Width = { lo: 1, hi: 1 };
      let kind: 'at' | 'item' = 'item';
      if (c === '\\') {
        const n = this.pat[this.i + 1];
        if (n === undefined) this.fail('bad escape (end of pattern)', this.i);
        this.i += 2;
        if ('AZbB'.includes(n)) { kind = 'at'; item = { lo: 0, hi: 0 }; }
        else if (/[1-9]/.test(n)) { item = { lo: 0, hi: Infinity }; while (/[0-9]/.test(this.pat[this.i] ?? '')) this.i++; }
      } else if (c === '[') {
        this.charClass();
      } else if (c === '(') {
        item = this.group();
      } else if (c === '^' || c === '$') {
        this.i++;
        kind = 'at';
        item = { lo: 0, hi: 0 };
      } else {
        this.i++;
      }
      w.lo += item.lo;
      w.hi += item.hi;
      lastWidth = item;
      last = kind;
    }
  }

  /** `{m}`, `{m,}`, `{,n}`, `{m,n}` at i: [min, max, length], or null for a literal brace. */
  repeatBraces(): [number | null, number | null, number] | null {
    const m = /^\{(\d*)(,(\d*))?\}/.exec(this.pat.slice(this.i));
    if (!m || (m[1] === '' && (m[2] === undefined || m[3] === ''))) return null;
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
    return [min, max, m[0].length];
  }

  charClass(): void {
    const open = this.i;
    this.i++;
    if (this.pat[this.i] === '^') this.i++;
    let first = true;
    for (;;) {
      const c = this.pat[this.i];
      if (c === undefined) this.fail('unterminated character set', open);
      if (c === ']' && !first) { this.i++; return; }
      first = false;
      const lo = this.classAtom();
      if (this.pat[this.i] === '-' && this.pat[this.i + 1] !== ']' && this.pat[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classAtom();
        if (lo.code !== null && hi.code !== null && hi.code < lo.code) {
          this.fail(`bad character range ${lo.text}-${hi.text}`, lo.start);
        }
      }
    }
  }

  /** One member of a set: its source text and code point (null for \d-style classes). */
  classAtom(): { text: string; code: number | null; start: number } {
    const start = this.i;
    const c = this.pat[this.i];
    if (c !== '\\') {
      const cp = this.pat.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return { text: String.fromCodePoint(cp), code: cp, start };
    }
    const n = this.pat[this.i + 1];
    if (n === undefined) this.fail('bad escape (end of pattern)', this.i);
    this.i += 2;
    const hex = (len: number): number | null => {
      const digits = this.pat.slice(this.i, this.i + len);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== len) return null;
      this.i += len;
      return parseInt(digits, 16);
    };
    let code: number | null = null;
    if (n === 'x') code = hex(2);
    else if (n === 'u') code = hex(4);
    else if (n === 'U') code = hex(8);
    else if (/[0-7]/.test(n)) {
      let j = this.i;
      while (j < this.pat.length && j - this.i < 2 && /[0-7]/.test(this.pat[j])) j++;
      code = parseInt(n + this.pat.slice(this.i, j), 8);
      this.i = j;
    } else if (!/[A-Za-z0-9]/.test(n)) code = n.codePointAt(0)!;
    else code = ({ n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, b: 8 } as Record<string, number>)[n] ?? null;
    return { text: this.pat.slice(start, this.i), code, start };
  }

  /** A parenthesised group at i; its width (zero for look-arounds). */
  group(): Width {
    const start = this.i;
    this.i++;
    let lookbehind = false, zeroWidth = false;
    if (this.pat[this.i] === '?') {
      const rest = this.pat.slice(this.i + 1);
      if (rest.startsWith('#')) {
        const end = this.pat.indexOf(')', this.i);
        if (end < 0) this.fail('missing ), unterminated comment', start);
        this.i = end + 1;
        return { lo: 0, hi: 0 };
      }
      if (rest.startsWith('P=')) {
        const end = this.pat.indexOf(')', this.i);
        this.i = end < 0 ? this.pat.length : end + 1;
        return { lo: 0, hi: Infinity };
      }
      if (rest.startsWith('P<')) {
        const end = this.pat.indexOf('>', this.i);
        this.i = end < 0 ? this.pat.length : end + 1;
      } else if (rest.startsWith('<=') || rest.startsWith('<!')) {
        lookbehind = zeroWidth = true;
        this.i += 3;
      } else if (rest.startsWith('=') || rest.startsWith('!')) {
        zeroWidth = true;
        this.i += 2;
      } else if (rest.startsWith(':') || rest.startsWith('>')) {
        this.i += 2;
      } else {
        // Inline flags and the rest are re.ts's to judge; skip to the end of the flags.
        const m = /^\?[aiLmsux-]*[:)]?/.exec(this.pat.slice(this.i));
        this.i += m ? m[0].length : 1;
        if (this.pat[this.i - 1] === ')') return { lo: 0, hi: 0 };
      }
    }
    const w = this.alternation(start);
    this.i++;  // the ')'
    if (lookbehind && w.lo !== w.hi) this.fail('look-behind requires fixed-width pattern');
    return zeroWidth ? { lo: 0, hi: 0 } : w;
  }
}
