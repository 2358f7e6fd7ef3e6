// ## Source lines coloured as in IPython's tracebacks
//
// IPython (through stack_data) colours traceback source with Pygments' Python lexer and
// the "default" style on a 256-colour terminal, and gives the tokens of the node being
// executed a yellow background.  This is a small lexer of its own producing the same
// token kinds for one line at a time (keywords, builtins, exceptions, numbers, operators,
// strings with escapes and f-string interpolations, comments, docstrings), with the
// escape codes Pygments' Terminal256Formatter writes for those kinds.

type Style = { fg?: number; bold?: boolean; italic?: boolean };

const KEYWORD: Style = { fg: 28, bold: true };
const OPERATOR: Style = { fg: 241 };
const NUMBER: Style = { fg: 241 };
const STRING: Style = { fg: 124 };
const DOCSTRING: Style = { fg: 124, italic: true };
const ESCAPE: Style = { fg: 130, bold: true };
const INTERPOL: Style = { fg: 132, bold: true };
const COMMENT: Style = { fg: 66, italic: true };
const BUILTIN: Style = { fg: 28 };
const EXCEPTION: Style = { fg: 167, bold: true };
const FUNCTION: Style = { fg: 21 };
const CLASS: Style = { fg: 21, bold: true };
const NAMESPACE: Style = { fg: 21, bold: true };
const OPERATOR_WORD: Style = { fg: 129, bold: true };
const DECORATOR: Style = { fg: 129 };
const WHITESPACE: Style = { fg: 250 };
const MAGIC_FUNCTION: Style = { fg: 21 };
const MAGIC_VARIABLE: Style = { fg: 18 };
const MAGIC_VARIABLES = new Set(['__annotations__', '__bases__', '__class__', '__closure__', '__code__', '__defaults__',
  '__dict__', '__doc__', '__file__', '__func__', '__globals__', '__kwdefaults__', '__module__', '__mro__', '__name__',
  '__objclass__', '__qualname__', '__self__', '__slots__', '__weakref__']);

const KEYWORDS = new Set(['assert', 'async', 'await', 'break', 'continue', 'del', 'elif', 'else', 'except', 'finally', 'for',
  'global', 'if', 'lambda', 'pass', 'raise', 'nonlocal', 'return', 'try', 'while', 'yield', 'as', 'with', 'def', 'class',
  'import', 'from', 'True', 'False', 'None']);
const OPERATOR_WORDS = new Set(['and', 'in', 'is', 'not', 'or']);
/** `match` and `case` are keywords only where they start a statement (Pygments' soft-keywords rule). */
const SOFT_KEYWORDS = new Set(['match', 'case']);
const NOT_SOFT_AFTER = /^[ \t]*(?:[:,;=^&|@~)\]}]|(?:\+|-|\*|\/|%|<<|>>|\*\*|\/\/)=|$)/;

function softKeywordAt(line: string, start: number, w: string): boolean {
  return /^[ \t]*$/.test(line.slice(0, start)) && !NOT_SOFT_AFTER.test(line.slice(start + w.length));
}
const BUILTINS = new Set(('__import__ abs aiter all anext any bin bool bytearray breakpoint bytes callable chr classmethod ' +
  'compile complex delattr dict dir divmod enumerate eval filter float format frozenset getattr globals hasattr hash hex id ' +
  'input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property ' +
  'range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip ' +
  'self Ellipsis NotImplemented cls').split(' '));
const EXCEPTIONS = new Set(('ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BufferError ' +
  'BytesWarning DeprecationWarning EncodingWarning EOFError EnvironmentError Exception ExceptionGroup FloatingPointError ' +
  'FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt ' +
  'LookupError MemoryError ModuleNotFoundError NameError NotImplementedError OSError OverflowError ' +
  'PendingDeprecationWarning RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration ' +
  'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError ' +
  'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning ' +
  'WindowsError ZeroDivisionError BlockingIOError ChildProcessError ConnectionError BrokenPipeError ConnectionAbortedError ' +
  'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError ' +
  'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split(' '));

interface Token { text: string; style: Style | null; start: number }

const NAME_RE = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/u;
// No j suffix: Pygments leaves an imaginary literal's `j` as a plain name.
const NUMBER_RE = /^(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?|\d[\d_]*\.)/;
const STRING_START = /^([rRuUbBfF]{0,2})('''|"""|'|")/;

function escapeEnd(s: string, i: number): number {
  const m = /^\\(?:N\{[^}]*\}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|x[\da-fA-F]{2}|[0-7]{1,3}|[\s\S])/.exec(s.slice(i));
  return m === null ? i + 1 : i + m[0].length;
}

/** Lex a string literal starting at `i`; returns the end index (exclusive). */
function lexString(line: string, i: number, out: Token[], docstring: boolean): number {
  const m = STRING_START.exec(line.slice(i))!;
  const prefix = m[1], quote = m[2];
  const raw = /[rR]/.test(prefix), fstr = /[fF]/.test(prefix);
  const style = docstring ? DOCSTRING : STRING;
  if (docstring) {
    const end = line.indexOf(quote, i + m[0].length);
    const stop = end < 0 ? line.length : end + quote.length;
    out.push({ text: line.slice(i, stop), style, start: i });
    return stop;
  }
  if (prefix) out.push({ text: prefix, style: STRING, start: i });
  let j = i + prefix.length;
  out.push({ text: quote, style, start: j });
  j += quote.length;
  let chunk = j;
  const flush = (to: number) => { if (to > chunk) out.push({ text: line.slice(chunk, to), style, start: chunk }); };
  while (j < line.length) {
    if (line.startsWith(quote, j)) {
      flush(j);
      out.push({ text: quote, style, start: j });
      return j + quote.length;
    }
    const c = line[j];
    if (c === '\\' && raw) {
      // In a raw string only a backslash before the quote (or another backslash) is an
      // escape; any other backslash is a string token of its own (Pygments' rawstring rules).
      flush(j);
      const pair = line[j + 1] === quote[0] || line[j + 1] === '\\';
      out.push({ text: line.slice(j, pair ? j + 2 : j + 1), style: pair ? ESCAPE : style, start: j });
      j = chunk = j + (pair ? 2 : 1);
    } else if (c === '\\' && !raw) {
      flush(j);
      const e = escapeEnd(line, j);
      out.push({ text: line.slice(j, e), style: ESCAPE, start: j });
      j = chunk = e;
    } else if (fstr && (line.startsWith('{{', j) || line.startsWith('}}', j))) {
      flush(j);
      out.push({ text: line.slice(j, j + 2), style: ESCAPE, start: j });
      j = chunk = j + 2;
    } else if (fstr && c === '{') {
      flush(j);
      out.push({ text: '{', style: INTERPOL, start: j });
      // The expression up to a top-level !, : or }, lexed as code; the rest is the interpolation's.
      // The expression, lexed as code, runs to a top-level `=}`/`=!`/`=:`, `!`, `:` or `}`;
      // then `=`, `!r` and the `:` or `}` form one interpolation token, a format spec is string.
      let depth = 0, k = j + 1;
      for (; k < line.length; k++) {
        const d = line[k];
        if ('([{'.includes(d)) depth++;
        else if (depth > 0 && ')]}'.includes(d)) depth--;
        else if (depth === 0 && (d === '}' || d === ':' || (d === '!' && line[k + 1] !== '=') ||
          (d === '=' && /^=\s*(?:![sraf])?[:}]/.test(line.slice(k)) && line[k - 1] !== '=' && line[k - 1] !== '!'))) break;
      }
      lexCode(line.slice(0, k), j + 1, out);
      const tail = /^(?:=\s*)?(?:![sraf])?[:}]/.exec(line.slice(k));
      if (tail === null) {
        j = chunk = k;
        continue;
      }
      out.push({ text: tail[0], style: INTERPOL, start: k });
      let end = k + tail[0].length;
      if (tail[0].endsWith(':')) {
        const close = line.indexOf('}', end);
        const stop = close < 0 ? line.length : close;
        if (stop > end) out.push({ text: line.slice(end, stop), style: STRING, start: end });
        if (close >= 0) out.push({ text: '}', style: INTERPOL, start: close });
        end = close < 0 ? line.length : close + 1;
      }
      j = chunk = end;
    } else if (!fstr && c === '%' && /^%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?[diouxXeEfFgGcrsa%]/.test(line.slice(j))) {
      flush(j);
      const mm = /^%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?[diouxXeEfFgGcrsa%]/.exec(line.slice(j))!;
      out.push({ text: mm[0], style: INTERPOL, start: j });
      j = chunk = j + mm[0].length;
    } else {
      j++;
    }
  }
  flush(j);
  return j;
}

/** Lex line[from:] as Python code into tokens. */
function lexCode(line: string, from: number, out: Token[]): void {
  let i = from;
  let prev: string | null = null;
  let afterDot = false;
  let importState: 'names' | 'from' | 'plain' | null = null;
  while (i < line.length) {
    const rest = line.slice(i);
    const c = line[i];
    let m: RegExpExecArray | null;
    if (/\s/.test(c)) {
      const w = /^\s+/.exec(rest)![0];
      out.push({ text: w, style: null, start: i });
      i += w.length;
      continue;
    }
    if (c === '#') {
      out.push({ text: rest, style: COMMENT, start: i });
      return;
    }
    if ((m = STRING_START.exec(rest)) !== null) {
      const stripped = line.slice(0, i).trim();
      const doc = stripped === '' && m[2].length === 3 && m[1] === '';
      i = lexString(line, i, out, doc);
      prev = 'string';
      afterDot = false;
      continue;
    }
    if (c === '@' && (m = /^@[\p{L}_]\w*/u.exec(rest)) !== null && (prev === null)) {
      out.push({ text: m[0], style: DECORATOR, start: i });
      i += m[0].length;
      prev = 'name';
      continue;
    }
    if ((m = /^yield\s+from\b/.exec(rest)) !== null) {
      out.push({ text: m[0], style: KEYWORD, start: i });
      i += m[0].length;
      prev = 'name';
      continue;
    }
    if ((m = NAME_RE.exec(rest)) !== null) {
      const w = m[0];
      let style: Style | null = null;
      const dunder = /^__\w+__$/.test(w);
      if (importState === 'names') style = w === 'as' ? KEYWORD : NAMESPACE;
      else if (importState === 'from') style = w === 'import' ? KEYWORD : NAMESPACE;
      else if (dunder && prev !== 'def' && prev !== 'class') style = MAGIC_VARIABLES.has(w) ? MAGIC_VARIABLE : MAGIC_FUNCTION;
      else if (afterDot) style = null;
      else if (prev === 'def') style = FUNCTION;
      else if (prev === 'class') style = CLASS;
      else if (KEYWORDS.has(w) || (SOFT_KEYWORDS.has(w) && softKeywordAt(line, i, w))) style = KEYWORD;
      else if (OPERATOR_WORDS.has(w)) style = OPERATOR_WORD;
      else if (BUILTINS.has(w)) style = BUILTIN;
      else if (EXCEPTIONS.has(w)) style = EXCEPTION;
      out.push({ text: w, style, start: i });
      i += w.length;
      // Pygments' import states: after `import`, dotted names (dots included), `as` aliases
      // and commas are module names; after `from` (even `raise X from e`) one dotted name
      // is, up to `import`, after which names are plain.
      if (importState === 'from' && w === 'import') importState = 'plain';
      else if (importState === null && w === 'import') importState = 'names';
      else if (importState === null && w === 'from') importState = 'from';
      else if (importState === 'from' && line[i] !== '.' && !/^\s+import\b/.test(line.slice(i))) importState = null;
      prev = w === 'def' || w === 'class' ? w : 'name';
      afterDot = false;
      continue;
    }
    if ((m = NUMBER_RE.exec(rest)) !== null && m[0] !== '' && m[0] !== '.') {
      out.push({ text: m[0], style: NUMBER, start: i });
      i += m[0].length;
      prev = 'number';
      afterDot = false;
      continue;
    }
    // Pygments takes only these as multi-character operators; `<=`, `**`, `+=` are two tokens.
    if ((m = /^(?:!=|==|<<|>>|:=|[-~+\/*%=<>&^|.@])/.exec(rest)) !== null) {
      const op = m[0];
      const inNames = importState === 'names' || importState === 'from';
      out.push({ text: op, style: op === '.' && inNames ? NAMESPACE : OPERATOR, start: i });
      i += op.length;
      afterDot = op === '.';
      if (!afterDot && importState !== 'names') importState = null;
      prev = 'op';
      continue;
    }
    if (c === ',' && importState === 'names') {
      out.push({ text: c, style: OPERATOR, start: i });
      i++;
      continue;
    }
    out.push({ text: c, style: null, start: i });
    i++;
    prev = 'punct';
    afterDot = false;
    if (importState !== 'plain') importState = null;
  }
}

function sgr(style: Style | null, bg: boolean): [string, string] {
  const on: string[] = [], off: string[] = [];
  if (style?.fg !== undefined) { on.push(`38;5;${style.fg}`); off.push('39'); }
  if (bg) { on.push('43'); off.push('49'); }
  if (style?.bold) on.push('01');
  if (style?.italic) on.push('03');
  if (style?.bold || style?.italic) off.push('00');
  return on.length ? [`\x1b[${on.join(';')}m`, `\x1b[${off.join(';')}m`] : ['', ''];
}

/**
 * One source line, coloured; `dedent` leading characters are removed (stack_data strips the
 * common indentation of the lines it shows); [hlStart, hlEnd) in characters of `line`
 * marks the executing node.
 */
export function highlightLine(line: string, dedent: number, hlStart = -1, hlEnd = -1): string {
  const tokens: Token[] = [];
  const doc = /^(\s*)('''|""")/.exec(line);
  if (doc !== null) {
    // Pygments' docstring rule: the indentation is a Whitespace token of its own.
    tokens.push({ text: doc[1], style: WHITESPACE, start: 0 });
    lexString(line, doc[1].length, tokens, true);
    const end = tokens[tokens.length - 1].start + tokens[tokens.length - 1].text.length;
    lexCode(line, end, tokens);
  } else {
    lexCode(line, 0, tokens);
  }
  let out = '';
  for (const t of tokens) {
    let text = t.text, start = t.start;
    if (start < dedent) {
      const cut = Math.min(text.length, dedent - start);
      text = text.slice(cut);
      start += cut;
      if (text === '' && t.style !== WHITESPACE) continue;
    }
    const bg = hlStart >= 0 && start >= hlStart && start + text.length <= hlEnd && text !== '';
    const [on, off] = sgr(t.style, bg);
    out += on + text + off;
  }
  return out;
}
