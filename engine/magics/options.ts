// ## Magic arguments: IPython's Magics.parse_options
//
// Models IPython.core.magic.Magics.parse_options: the argument string is split the way
// shlex does (IPython.utils._process_common.arg_split: whitespace_split, no comment
// characters, POSIX or not), then handed to getopt.getopt (not gnu_getopt: option
// processing stops at the first argument that is not an option).  A getopt error becomes
// a UsageError whose text is getopt's message followed by ` ( allowed: "OPTSTR" LONGOPTS)`.
// Options given more than once collect their values in a list, as IPython's Struct does.

import { usageError } from './registry.js';
import { raiseValueError } from '../objects/exceptions.js';

export interface ParseOptionsConfig {
  /** 'string' (default): the non-option arguments joined by spaces; 'list': as a list. */
  mode?: 'string' | 'list';
  /** Every option's values in a list, even when given once. */
  listAll?: boolean;
  /** shlex's POSIX rules (quotes removed, backslash escapes); IPython's default on posix. */
  posix?: boolean;
  /** An unclosed quote raises ValueError (true) or ends the last word (false). */
  strict?: boolean;
  /** Return the original argument string with the options cut out (for %timeit's statement). */
  preserveNonOpts?: boolean;
}

export type OptionValue = string | string[];

export interface ParsedOptions {
  opts: Map<string, OptionValue>;
  args: string;
  argList: string[];
}

// ## shlex.shlex(s, posix).split with whitespace_split=True and commenters=''

const WHITESPACE = ' \t\r\n';
const QUOTES = '\'"';

/** Models Lib/shlex.py: shlex.read_token for whitespace-split words. */
export function argSplit(s: string, posix: boolean, strict: boolean): string[] {
  const tokens: string[] = [];
  let i = 0;
  for (;;) {
    let state: string | null = ' ';
    let token = '';
    let quoted = false;
    let escapedState = ' ';
    let unclosed = false;
    for (;;) {
      const c = i < s.length ? s[i++] : '';
      if (state === ' ') {
        if (c === '') { state = null; break; }
        if (WHITESPACE.includes(c)) {
          if (token !== '' || (posix && quoted)) break;
          continue;
        }
        if (posix && c === '\\') { escapedState = 'a'; state = c; continue; }
        if (QUOTES.includes(c)) {
          if (!posix) token = c;
          state = c;
          continue;
        }
        token = c;
        state = 'a';
      } else if (state !== null && QUOTES.includes(state)) {
        quoted = true;
        if (c === '') {
          unclosed = true;
          break;
        }
        if (c === state) {
          if (!posix) { token += c; state = ' '; break; }
          state = 'a';
        } else if (posix && c === '\\' && state === '"') {
          escapedState = state;
          state = c;
        } else {
          token += c;
        }
      } else if (state === '\\') {
        if (c === '') raiseValueError('No escaped character');
        // Inside quotes only the quote itself or the backslash may be escaped.
        if (QUOTES.includes(escapedState) && c !== state && c !== escapedState) token += state;
        token += c;
        state = escapedState;
      } else if (state === 'a') {
        if (c === '') { state = null; break; }
        if (WHITESPACE.includes(c)) {
          state = ' ';
          if (token !== '' || (posix && quoted)) break;
          continue;
        }
        if (posix && QUOTES.includes(c)) { state = c; continue; }
        if (posix && c === '\\') { escapedState = 'a'; state = c; continue; }
        token += c;
      }
    }
    if (unclosed) {
      if (strict) raiseValueError('No closing quotation');
      // arg_split(strict=False): what was read so far is the last word.
      tokens.push(token);
      return tokens;
    }
    // get_token's end: '' is EOF for non-POSIX, None (an unquoted empty word) for POSIX.
    if (posix ? token === '' && !quoted : token === '') {
      if (state === null) return tokens;
      continue;
    }
    tokens.push(token);
    if (state === null) return tokens;
  }
}

// ## getopt.getopt

class GetoptError {
  constructor(readonly msg: string) {}
}

function shortHasArg(opt: string, shortopts: string): boolean {
  for (let i = 0; i < shortopts.length; i++) {
    if (opt === shortopts[i] && opt !== ':') return shortopts.startsWith(':', i + 1);
  }
  throw new GetoptError(`option -${opt} not recognized`);
}

function longHasArgs(opt: string, longopts: string[]): [boolean, string] {
  const possibilities = longopts.filter((o) => o.startsWith(opt));
  if (possibilities.length === 0) throw new GetoptError(`option --${opt} not recognized`);
  if (possibilities.includes(opt)) return [false, opt];
  if (possibilities.includes(`${opt}=`)) return [true, opt];
  if (possibilities.length > 1) throw new GetoptError(`option --${opt} not a unique prefix`);
  const unique = possibilities[0];
  return unique.endsWith('=') ? [true, unique.slice(0, -1)] : [false, unique];
}

/** Models Lib/getopt.py: getopt.getopt. */
export function getopt(argv: string[], shortopts: string, longopts: string[]): [[string, string][], string[]] {
  const opts: [string, string][] = [];
  let args = argv.slice();
  while (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') {
    if (args[0] === '--') { args = args.slice(1); break; }
    if (args[0].startsWith('--')) {
      let opt = args[0].slice(2);
      args = args.slice(1);
      let optarg: string | null = null;
      const eq = opt.indexOf('=');
      if (eq >= 0) { optarg = opt.slice(eq + 1); opt = opt.slice(0, eq); }
      const [hasArg, full] = longHasArgs(opt, longopts);
      if (hasArg) {
        if (optarg === null) {
          if (args.length === 0) throw new GetoptError(`option --${full} requires argument`);
          optarg = args[0];
          args = args.slice(1);
        }
      } else if (optarg !== null) {
        throw new GetoptError(`option --${full} must not have an argument`);
      }
      opts.push([`--${full}`, optarg ?? '']);
    } else {
      let optstring = args[0].slice(1);
      args = args.slice(1);
      while (optstring !== '') {
        const opt = optstring[0];
        optstring = optstring.slice(1);
        let optarg = '';
        if (shortHasArg(opt, shortopts)) {
          if (optstring === '') {
            if (args.length === 0) throw new GetoptError(`option -${opt} requires argument`);
            optstring = args[0];
            args = args.slice(1);
          }
          optarg = optstring;
          optstring = '';
        }
        opts.push([`-${opt}`, optarg]);
      }
    }
  }
  return [opts, args];
}

// ## parse_options

export function parseOptions(argStr: string, optStr: string, longOpts: string[] = [], cfg: ParseOptionsConfig = {}): ParsedOptions {
  // IPython prepends the magic's default options (options_table, empty here) and a space.
  argStr = ` ${argStr}`;
  const posix = cfg.posix ?? true;
  const strict = cfg.strict ?? true;
  const opts = new Map<string, OptionValue>();
  let remainder = argStr;
  let args = argStr.split(/\s+/).filter((w) => w !== '');
  if (args.length >= 1) {
    const argv = argSplit(argStr, posix, strict);
    let parsed: [[string, string][], string[]];
    try {
      parsed = getopt(argv, optStr, longOpts);
    } catch (e) {
      if (e instanceof GetoptError) throw usageError(`${e.msg} ( allowed: "${optStr}" ${longOpts.join(' ')})`);
      throw e;
    }
    args = parsed[1];
    for (const [o, a] of parsed[0]) {
      if (cfg.preserveNonOpts) remainder = remainder.replace(o, '').replace(a, '');
      const key = o.startsWith('--') ? o.slice(2) : o.slice(1);
      const prev = opts.get(key);
      if (prev === undefined) opts.set(key, cfg.listAll ? [a] : a);
      else if (Array.isArray(prev)) prev.push(a);
      else opts.set(key, [prev, a]);
    }
  }
  const str = cfg.preserveNonOpts ? remainder.trimStart() : args.join(' ');
  return { opts, args: str, argList: args };
}

/** An option's value (the last one when given more than once), or null. */
export function optValue(opts: Map<string, OptionValue>, key: string): string | null {
  const v = opts.get(key);
  if (v === undefined) return null;
  return Array.isArray(v) ? v[v.length - 1] : v;
}

// ## magic_arguments (argparse) for magics that only take flags and positionals

/**
 * Models what IPython's magic_arguments parsers do for `%%capture`-like signatures:
 * long flags (a unique prefix will do, as argparse allows), up to maxPositional
 * positionals, and argparse's errors as UsageErrors.
 */
export function parseFlags(line: string, flags: string[], maxPositional: number): { flags: Set<string>; positional: string[] } {
  const given = new Set<string>();
  const positional: string[] = [];
  const extras: string[] = [];
  for (const w of argSplit(line, false, true)) {
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      const matches = flags.includes(w) ? [w] : w.startsWith('--') ? flags.filter((f) => f.startsWith(w)) : [];
      if (matches.length > 1) throw usageError(`ambiguous option: ${w} could match ${matches.join(', ')}`);
      if (matches.length === 1) given.add(matches[0]);
      else extras.push(w);
    } else if (positional.length < maxPositional) {
      positional.push(w);
    } else {
      extras.push(w);
    }
  }
  if (extras.length > 0) throw usageError(`unrecognized arguments: ${extras.join(' ')}`);
  return { flags: given, positional };
}
