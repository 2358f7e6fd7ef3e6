// ## Colour for the magics' text in the terminal
//
// The magics return plain text (the notebook's text/plain); the REPL adds colour by
// recognising the shape of each kind of answer, never by changing a character, so what is
// copied from the terminal is exactly the magic's text.  Recognised shapes:
//   - tables (engine/magics/table.ts): title and header bold, the rule dim;
//   - dis.dis listings (%dis): line numbers magenta, jump-target marks red, opnames bold,
//     argument descriptions in parentheses green;
//   - reference trees (%gc graph): the tree drawing dim, cycles red;
//   - tracemalloc statistics (%tracemalloc top/diff, %%tracemalloc): the header bold, the
//     site magenta as in tracebacks, the size bold, growth red and shrinking green;
//   - the timing line of %timeit and %time (printed on stdout): the figure bold, the
//     explanation dim.
// Anything else is returned unchanged.

const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RED = '\x1b[31m';
const GREEN = '\x1b[32m';
const MAGENTA = '\x1b[35m';
const BOLD_BLUE = '\x1b[1;34m';
const BOLD_RED = '\x1b[1;31m';

const paint = (sgr: string, s: string) => (s === '' ? s : sgr + s + RESET);

// One instruction line of dis.dis: [line] [-->] [>>] offset OPNAME [arg] [(argrepr)].
const DIS_LINE = /^( *)(\d*)( +)(-->)?( *)(>>)?( *)(\d+) ([A-Z][A-Z0-9_]*)( *)(\d*)( *)(\(.*\))?$/;
const DIS_HEADER = /^Disassembly of .*:$/;

function looksLikeDis(lines: string[]): boolean {
  let instructions = 0;
  for (const l of lines) {
    if (l === '' || DIS_HEADER.test(l)) continue;
    if (!DIS_LINE.test(l)) return false;
    instructions++;
  }
  return instructions > 0;
}

export function colourDis(text: string): string {
  return text.split('\n').map((l) => {
    if (DIS_HEADER.test(l)) return paint(BOLD, l);
    const m = DIS_LINE.exec(l);
    if (m === null) return l;
    const [, indent, lineno, gap1, current, gap2, target, gap3, offset, op, gap4, arg, gap5, argrepr] = m;
    return indent + paint(MAGENTA, lineno) + gap1 + paint(BOLD_RED, current ?? '') + gap2 + paint(BOLD_RED, target ?? '') + gap3
      + paint(DIM, offset) + ' ' + paint(BOLD_BLUE, op) + gap4 + arg + gap5 + paint(GREEN, argrepr ?? '');
  }).join('\n');
}

const TREE_LINE = /^((?:│   |    )*)(├── |└── )(.*)$/;

function looksLikeTree(lines: string[]): boolean {
  return lines.length > 1 && lines.slice(1).every((l) => TREE_LINE.test(l));
}

export function colourTree(text: string): string {
  const lines = text.split('\n');
  return lines.map((l, i) => {
    if (i === 0) {
      const root = /^(.*?)(   \(referrers\))?$/.exec(l)!;
      return paint(BOLD, root[1]) + paint(DIM, root[2] ?? '');
    }
    const m = TREE_LINE.exec(l)!;
    const body = m[3].replace(/^(\S*) ([→←]) /, (_s, label: string, arrow: string) => `${paint(GREEN, label)} ${paint(DIM, arrow)} `)
      .replace(/  ↻ cycle/, `  ${paint(BOLD_RED, '↻ cycle')}`)
      .replace(/  \(shown above\)$/, paint(DIM, '  (shown above)'));
    return paint(DIM, m[1] + m[2]) + body;
  }).join('\n');
}

const STAT_HEADER = /^(Top \d+ of \d+( differences| \(.*\))?|traced memory: .*|lines of the cell that allocated the most:)$/;
const STAT_LINE = /^( *)(#\d+: |line \d+: )?(.*?:\d+: )?(size=[^,]+)(, count=.*)$/;

function looksLikeStatistics(lines: string[]): boolean {
  return STAT_HEADER.test(lines[0]) && lines.slice(1).some((l) => STAT_LINE.test(l));
}

export function colourStatistics(text: string): string {
  return text.split('\n').map((l) => {
    if (STAT_HEADER.test(l)) return paint(BOLD, l);
    const m = STAT_LINE.exec(l);
    if (m === null) return l;
    const size = m[4].replace(/\((\+[^)]*)\)/, (_s, d: string) => `(${paint(RED, d)})`).replace(/\((-[^)]*)\)/, (_s, d: string) => `(${paint(GREEN, d)})`);
    return m[1] + paint(DIM, m[2] ?? '') + paint(MAGENTA, m[3] ?? '') + BOLD + size.replace(/\x1b\[0m/g, RESET + BOLD) + RESET + m[5];
  }).join('\n');
}

/** Magics' tables: the title and header in bold, the rule of dashes dimmed. */
export function colourTable(text: string): string {
  const lines = text.split('\n');
  const rule = lines.findIndex((l) => /^-+( +-+)*$/.test(l));
  if (rule < 1) return text;
  return lines.map((l, i) => (i < rule ? `${BOLD}${l}${RESET}` : i === rule ? DIM + l + RESET : l)).join('\n');
}

/** A result (a magic's text/plain or a value's repr) with colour where its shape is known. */
export function colourResult(text: string): string {
  const lines = text.split('\n');
  if (looksLikeDis(lines)) return colourDis(text);
  if (looksLikeTree(lines)) return colourTree(text);
  if (looksLikeStatistics(lines)) return colourStatistics(text);
  return colourTable(text);
}

// IPython's TimeitResult line and %time's two lines.
const TIMEIT_LINE = /^(\S+ \S+ ± \S+ \S+)( per loop \(mean ± std\. dev\. of .*\))$/;
const TIME_LINE = /^(CPU times: |Wall time: )(.*)$/;

/** stdout lines: only the timing lines of %timeit and %time are coloured. */
export function colourOutput(text: string): string {
  return text.split('\n').map((l) => {
    const t = TIMEIT_LINE.exec(l);
    if (t !== null) return paint(BOLD, t[1]) + paint(DIM, t[2]);
    const w = TIME_LINE.exec(l);
    if (w !== null) return paint(DIM, w[1]) + paint(BOLD, w[2]);
    return l;
  }).join('\n');
}

const PSTATS_TITLE = /^( +\d+ function calls.* in [\d.]+ seconds)$/;
const PSTATS_HEADER = /^( +ncalls +tottime +percall +cumtime +percall +filename:lineno\(function\))$/;

/**
 * Pager text (%prun's pstats table, `obj?` and `%name?` help): the pstats title and column
 * header bold; help pages arrive with IPython's own colour and are left as they are.
 */
export function colourPage(text: string): string {
  return text.split('\n').map((l) => (PSTATS_TITLE.test(l) || PSTATS_HEADER.test(l) ? paint(BOLD, l) : l)).join('\n');
}
