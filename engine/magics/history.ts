// ## %history (alias of IPython's %hist)
//
// Models IPython.core.magics.history.HistoryMagics.history over the current session (glasspy
// keeps no history database, so there are no earlier sessions): by default every input as
// typed, `-t` as run (the In list), `-n` line numbers, `-o` outputs, `-p` `>>>` prompts,
// ranges like `4 6-8 2:5`, `-l [N]` the last N inputs before this one, `-g PATTERN` a
// glob search (with numbers), `-f FILE` to a file instead of the screen.

import * as fs from 'node:fs';
import { registerMagic, MagicContext, usageError } from './registry.js';
import { argSplit } from './options.js';
import { dictGetItem } from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { PyStr } from '../objects/str.js';
import { reprString, call } from '../objects/abstract.js';
import { newStr } from '../objects/str.js';
import { magicsHelper } from './pyhelper.js';
import { Py_None, Py_True } from '../objects/singletons.js';
import type { PyObject } from '../objects/object.js';

interface HistoryArgs {
  printNums: boolean; getOutput: boolean; pyprompts: boolean; raw: boolean; unique: boolean;
  filename: string | null; limit: number | null | undefined; pattern: string[] | null; range: string[];
}

function parseHistoryArgs(line: string): HistoryArgs {
  const argv = argSplit(line, false, true);
  const a: HistoryArgs = { printNums: false, getOutput: false, pyprompts: false, raw: true, unique: false,
    filename: null, limit: undefined, pattern: null, range: [] };
  const extras: string[] = [];
  const isOpt = (w: string) => /^-\D/.test(w);
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    if (!isOpt(w)) { a.range.push(w); continue; }
    const letters = w.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const c = letters[j];
      const rest = letters.slice(j + 1);
      if (c === 'n') a.printNums = true;
      else if (c === 'o') a.getOutput = true;
      else if (c === 'p') a.pyprompts = true;
      else if (c === 't') a.raw = false;
      else if (c === 'u') a.unique = true;
      else if (c === 'f') {
        const v = rest !== '' ? rest : argv[++i];
        if (v === undefined) throw usageError('argument -f: expected one argument');
        a.filename = v;
        break;
      } else if (c === 'l') {
        const v = rest !== '' ? rest : (i + 1 < argv.length && !isOpt(argv[i + 1]) ? argv[++i] : null);
        if (v !== null && !/^[+-]?\d+$/.test(v)) throw usageError(`argument -l: invalid int value: '${v}'`);
        a.limit = v === null ? null : Number(v);
        break;
      } else if (c === 'g') {
        a.pattern = rest !== '' ? [rest] : [];
        while (i + 1 < argv.length && !isOpt(argv[i + 1])) a.pattern.push(argv[++i]);
        break;
      } else {
        extras.push(w);
        break;
      }
    }
  }
  if (extras.length > 0) throw usageError(`unrecognized arguments: ${extras.join(' ')}`);
  return a;
}

const RANGE_RE = /^((~?\d+)\/)?(\d+)?(([-:])((~?\d+)\/)?(\d+))?$/;

/** IPython.core.history.extract_hist_ranges, current session only: [start, stop) pairs. */
function extractRanges(rangeStr: string): [number, number | null][] {
  if (rangeStr === '') return [[1, null]];
  const out: [number, number | null][] = [];
  for (const r of rangeStr.split(/\s+/).filter((x) => x !== '')) {
    const m = RANGE_RE.exec(r);
    if (m === null) continue;
    const sess = m[2] ?? '0';
    if (sess !== '0' || (m[7] ?? sess) !== '0') throw usageError(`glasspy keeps no history of earlier sessions: ${r}`);
    let start: number, end: number | null;
    if (m[3] !== undefined) {
      start = Number(m[3]);
      end = m[8] !== undefined ? Number(m[8]) : start + 1;
    } else {
      if (m[2] === undefined) continue;
      start = 1;
      end = null;
    }
    if (m[5] === '-' && end !== null) end += 1;
    out.push([start, end]);
  }
  return out;
}

/** fnmatch.fnmatch's glob (case-sensitive on posix). */
function globRegExp(pattern: string): RegExp {
  let re = '';
  for (const c of pattern) re += c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${re}$`);
}

function history(line: string, ctx: MagicContext): PyObject {
  const args = parseHistoryArgs(line);
  const inputs = args.raw ? [...ctx.rawHistory] : ctx.parsedHistory.items.map((s) => (s instanceof PyStr ? s.value : '').replace(/\n+$/, ''));
  const n = inputs.length;
  let printNums = args.printNums;
  let rangePattern: RegExp | null = null;
  const lines: number[] = [];
  if (args.pattern !== null && args.range.length === 0) {
    const re = globRegExp(args.pattern.length > 0 ? `*${args.pattern.join(' ')}*` : '*');
    const seen = new Set<string>();
    for (let i = 1; i < n; i++) {
      if (!re.test(inputs[i])) continue;
      if (args.unique && seen.has(inputs[i])) continue;
      seen.add(inputs[i]);
      lines.push(i);
    }
    if (typeof args.limit === 'number') lines.splice(0, Math.max(0, lines.length - args.limit));
    printNums = true;
  } else if (args.limit !== undefined) {
    // get_tail(include_latest=False): the last N inputs before this one.
    const count = args.limit ?? 10;
    for (let i = Math.max(1, n - 1 - count); i < n - 1; i++) lines.push(i);
  } else {
    if (args.pattern !== null && args.pattern.length > 0) {
      rangePattern = globRegExp(`*${args.pattern.join(' ')}*`);
      printNums = true;
    }
    for (const [start0, stop0] of extractRanges(args.range.join(' '))) {
      let start = start0, stop = stop0;
      if (start < 0) start += n;
      if (!stop || stop > n) stop = n;
      else if (stop < 0) stop += n;
      for (let i = start; i < stop; i++) lines.push(i);
    }
  }
  let out = '';
  for (const i of lines) {
    let inline = inputs[i] ?? '';
    if (rangePattern !== null && !rangePattern.test(inline)) continue;
    inline = expandTabs(inline, 4).trimEnd();
    const multiline = inline.includes('\n');
    if (printNums) out += `${String(i).padStart(4)}:${multiline ? '\n' : ' '}`;
    if (args.pyprompts) {
      out += '>>> ';
      if (multiline) inline = inline.split(/\r?\n/).join('\n... ') + '\n...';
    }
    out += `${inline}\n`;
    if (args.getOutput) {
      const v = dictGetItem(ctx.outputHistory, newInt(i));
      if (v !== null) out += `${reprString(v)}\n`;
    }
  }
  if (args.filename !== null) {
    if (fs.existsSync(args.filename)) {
      if (call(magicsHelper('confirm_overwrite'), [newStr(args.filename)]) !== Py_True) {
        ctx.write('Aborting.\n');
        return Py_None;
      }
      ctx.write('Overwriting file.\n');
    }
    fs.writeFileSync(args.filename, out);
  } else {
    ctx.write(out);
  }
  return Py_None;
}

/** str.expandtabs. */
function expandTabs(s: string, size: number): string {
  let out = '', col = 0;
  for (const c of s) {
    if (c === '\t') { const k = size - (col % size); out += ' '.repeat(k); col += k; }
    else { out += c; col = c === '\n' || c === '\r' ? 0 : col + 1; }
  }
  return out;
}

const DOC = `::

  %history [-n] [-o] [-p] [-t] [-f FILENAME] [-g [PATTERN ...]]
               [-l [LIMIT]] [-u]
               [range ...]

Print input history (_i<n> variables), with most recent last.

By default, input history is printed without line numbers so it can be
directly pasted into an editor. Use -n to show them.

By default, all input history from the current session is displayed.
Ranges of history can be indicated using the syntax:

\`\`4\`\`
    Line 4, current session
\`\`4-6\`\`
    Lines 4-6, current session

Multiple ranges can be entered, separated by spaces

positional arguments:
  range

options:
  -n                    print line numbers for each input. This feature is
                        only available if numbered prompts are in use.
  -o                    also print outputs for each input.
  -p                    print classic '>>>' python prompts before each input.
                        This is useful for making documentation, and in
                        conjunction with -o, for producing doctest-ready
                        output.
  -t                    print the 'translated' history, as IPython understands
                        it.
  -f FILENAME           FILENAME: instead of printing the output to the
                        screen, redirect it to the given file.
  -g <[PATTERN ...]>    treat the arg as a glob pattern to search for in
                        history (the current session's: glasspy keeps no
                        history database).
  -l <[LIMIT]>          get the last n lines. Specify n as a single arg, or
                        the default is the last 10 lines.
  -u                    when searching history using \`-g\`, show only unique
                        history.`;

registerMagic({ name: 'history', kind: 'line', owner: 'HistoryMagics', doc: DOC, run: (line, _cell, ctx) => history(line, ctx) });
registerMagic({ name: 'hist', kind: 'line', owner: 'HistoryMagics', doc: DOC, run: (line, _cell, ctx) => history(line, ctx) });
