// ## The re module, on top of JS RegExp
//
// Python's regular-expression syntax is translated to an equivalent JS (Unicode-mode)
// RegExp, and matching uses V8's engine.  The Python API (Pattern, Match, sub templates,
// findall's group rules, split with groups, pos/endpos) is implemented here with CPython's
// semantics and messages.  What JS cannot express raises re.error naming the construct; the
// README lists the differences (scoped inline flags, conditionals, atomic groups, \b on
// non-ASCII letters).

import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { newStaticType } from '../objects/typeobjects.js';
import { defineType, readyType } from '../objects/typeready.js';
import { PyDict, dictSetStr, dictSetItem } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseTypeError, raise, IndexError, ValueError, newExceptionArgs, Exception as ExceptionType, PyBaseException } from '../objects/exceptions.js';
import { typeName, reprString, call, index, strString } from '../objects/abstract.js';
import { addressHex } from '../memory/address.js';
import { Py_DECREF, countedFields } from '../memory/refcount.js';
import { defineModule } from './registry.js';
import { checkPattern } from './re_check.js';
import { PyStr as S } from '../objects/str.js';

export const I = 2, L = 4, M = 8, S_ = 16, U = 32, X = 64, A = 256;

let reError: PyType | null = null;
/** re.error(msg, pattern, pos): the message names the position, and the line and column
 * when the pattern has several lines (Lib/re/_constants.py error.__init__). */
function error(msg: string, pattern?: string, pos?: number): never {
  let text = msg;
  let lineno: PyObject = Py_None, colno: PyObject = Py_None;
  if (pattern !== undefined && pos !== undefined) {
    text = `${msg} at position ${pos}`;
    const before = pattern.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n');
    lineno = newInt(line);
    colno = newInt(col);
    if (pattern.includes('\n')) text = `${text} (line ${line}, column ${col})`;
  }
  const e = newExceptionArgs(reError!, [newStr(text)]);
  e.dict = new PyDict();
  e.dict.ob_refcnt++; // owned by the object (tp_dictoffset)
  dictSetStr(e.dict, 'msg', newStr(msg));
  dictSetStr(e.dict, 'pattern', pattern === undefined ? Py_None : newStr(pattern));
  dictSetStr(e.dict, 'pos', pos === undefined ? Py_None : newInt(pos));
  dictSetStr(e.dict, 'lineno', lineno);
  dictSetStr(e.dict, 'colno', colno);
  throw e;
}

// ## Translation

interface Compiled {
  re: RegExp; groups: number; names: Map<string, number>; flags: number;
  /** closeOrder[g]: when group g's ')' comes, counting ')'s of capturing groups (for lastindex). */
  closeOrder: number[];
}

/** Python pattern → JS source, with group names and count. */
function translate(pat: string, flags: number): Compiled {
  checkPattern(pat, flags, (msg, pos) => error(msg, pat, pos));
  // Leading global inline flags: (?aiLmsux)
  let src = pat;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (!m) break;
    for (const c of m[1]) flags |= { a: A, i: I, L, m: M, s: S_, u: U, x: X }[c as 'a'];
    src = src.slice(m[0].length);
  }
  if (flags & X) src = stripVerbose(src);
  let ascii = (flags & A) !== 0;
  // Scoped (?a:...) groups: the ASCII setting to restore when each open group closes.
  const asciiStack: [number, boolean][] = [];
  let out = '';
  let groups = 0;
  const names = new Map<string, number>();
  let inClass = false;
  // The open groups (0 for a non-capturing one) and the order in which groups close.
  const parens: number[] = [];
  const closeOrder: number[] = [];
  let closed = 0;
  // A set holding \W in Unicode mode is rewritten as a whole when it closes (see below).
  let classStart = 0, classNegated = false, classHasW = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) error('bad escape (end of pattern)', pat, i);
      i++;
      if (n === 'A' && !inClass) { out += '(?<![\\s\\S])'; continue; }
      if (n === 'Z' && !inClass) { out += '(?![\\s\\S])'; continue; }
      if (n === 'd') { out += ascii ? '\\d' : '\\p{Nd}'; continue; }
      if (n === 'D') { out += ascii ? '\\D' : '\\P{Nd}'; continue; }
      if (n === 'w') { out += ascii ? '\\w' : inClass ? '\\p{L}\\p{N}_\\p{Mn}' : '[\\p{L}\\p{N}_\\p{Mn}]'; continue; }
      if (n === 'W') {
        if (inClass && !ascii) { classHasW = true; continue; }
        out += ascii ? '\\W' : '[^\\p{L}\\p{N}_\\p{Mn}]';
        continue;
      }
      if (n === 's' || n === 'S' || n === 'b' || n === 'B' || n === 'n' || n === 't' || n === 'r' || n === 'f' || n === 'v') {
        out += '\\' + n;
        continue;
      }
      if (n === 'x') { out += '\\x' + src.slice(i + 1, i + 3); i += 2; continue; }
      if (n === 'u') { out += '\\u' + src.slice(i + 1, i + 5); i += 4; continue; }
      if (n === 'U') { out += `\\u{${parseInt(src.slice(i + 1, i + 9), 16).toString(16)}}`; i += 8; continue; }
      if (n === 'N') {
        error('\\N{...} escapes are not supported by glasspy\'s re yet', pat, i - 1);
      }
      if (n === '0') {
        let j = i + 1, oct = '';
        while (j < src.length && oct.length < 2 && /[0-7]/.test(src[j])) oct += src[j++];
        out += '\\x' + parseInt('0' + oct, 8).toString(16).padStart(2, '0');
        i = j - 1;
        continue;
      }
      if (/[1-9]/.test(n)) {
        let j = i + 1, num = n;
        while (j < src.length && /[0-9]/.test(src[j]) && num.length < 2) num += src[j++];
        if (inClass) { out += '\\x' + parseInt(num, 8).toString(16).padStart(2, '0'); i = j - 1; continue; }
        out += '\\' + num;
        i = j - 1;
        continue;
      }
      if (/[a-zA-Z]/.test(n)) error(`bad escape \\${n}`, pat, i - 1);
      out += '\\' + n;
      continue;
    }
    if (inClass) {
      if (c === ']' && (classHasW || out.length > classStart + (classNegated ? 2 : 1))) {
        inClass = false;
        if (classHasW) {
          // JS has no negated class inside a class: [R\W] is R or a non-word character,
          // [^R\W] a word character that is not in R.
          const body = out.slice(classStart + (classNegated ? 2 : 1));
          const word = '[\\p{L}\\p{N}_\\p{Mn}]', nonWord = '[^\\p{L}\\p{N}_\\p{Mn}]';
          out = out.slice(0, classStart);
          if (classNegated) out += body ? `(?:(?![${body}])${word})` : word;
          else out += body ? `(?:[${body}]|${nonWord})` : nonWord;
          classHasW = false;
          continue;
        }
      } else if (c === '[') { out += '\\['; continue; }
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = out.length;
      classNegated = src[i + 1] === '^';
      out += '[';
      if (src[i + 1] === '^') { out += '^'; i++; }
      if (src[i + 1] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (c === '(') {
      if (src[i + 1] === '?') {
        const rest = src.slice(i + 2);
        if (rest.startsWith('P<')) {
          const end = rest.indexOf('>');
          const name = rest.slice(2, end);
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) error(`bad character in group name '${name}'`, pat, i + 4);
          groups++;
          if (names.has(name)) error(`redefinition of group name '${name}' as group ${groups}; was group ${names.get(name)}`, pat, i + 4);
          names.set(name, groups);
          parens.push(groups);
          out += `(?<${name}>`;
          i += 2 + end;
          continue;
        }
        if (rest.startsWith('P=')) {
          const end = rest.indexOf(')');
          const name = rest.slice(2, end);
          if (!names.has(name)) error(`unknown group name '${name}'`, pat, i + 4);
          out += `\\k<${name}>`;
          i += 2 + end;
          continue;
        }
        if (rest.startsWith('#')) {
          i += 2 + rest.indexOf(')');
          continue;
        }
        if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!') || rest.startsWith('<=') || rest.startsWith('<!')) {
          parens.push(0);
          out += '(';
          continue;
        }
        if (rest.startsWith('>')) error('atomic groups (?>...) are not supported by glasspy\'s re', pat, i);
        if (rest.startsWith('(')) error('conditional groups (?(id)yes|no) are not supported by glasspy\'s re', pat, i);
        if (rest.startsWith('a:')) {
          // (?a:...): ASCII classes inside the group only.
          parens.push(0);
          asciiStack.push([parens.length, ascii]);
          ascii = true;
          out += '(?:';
          i += 3;
          continue;
        }
        if (/^[aiLmsux-]+:/.test(rest)) error('scoped inline flags (?flags:...) are not supported by glasspy\'s re', pat, i);
        if (/^[aiLmsux]+\)/.test(rest)) error('global flags not at the start of the expression', pat, i);
        error(`unknown extension ?${rest[0] ?? ''}`, pat, i + 1);
      }
      groups++;
      parens.push(groups);
      out += '(';
      continue;
    }
    if (c === ')') {
      if (asciiStack.length && asciiStack[asciiStack.length - 1][0] === parens.length) ascii = asciiStack.pop()![1];
      const g = parens.pop();
      if (g) closeOrder[g] = ++closed;
      out += ')';
      continue;
    }
    if (c === '$') {
      out += flags & M ? '$' : '(?=\\n?(?![\\s\\S]))';
      continue;
    }
    if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(src.slice(i));
      if (m && (m[1] !== '' || (m[2] !== undefined && m[3] !== ''))) {
        out += m[1] === '' ? `{0${m[2]}}` : m[0];
        i += m[0].length - 1;
        if (src[i + 1] === '+') error('possessive quantifiers are not supported by glasspy\'s re', pat, i + 1);
        continue;
      }
      out += '\\{';
      continue;
    }
    if (c === '}') { out += '\\}'; continue; }
    if ((c === '+' || c === '*' || c === '?') && src[i + 1] === '+') error('possessive quantifiers are not supported by glasspy\'s re', pat, i + 1);
    out += c;
  }
  if (inClass) error('unterminated character set', pat, src.lastIndexOf('['));
  let jsFlags = 'u';
  if (flags & I) jsFlags += 'i';
  if (flags & M) jsFlags += 'm';
  if (flags & S_) jsFlags += 's';
  let re: RegExp;
  try {
    re = new RegExp(out, jsFlags + 'g');
  } catch (e) {
    error(translateJsError((e as Error).message), pat);
  }
  if (!(flags & A)) flags |= U;
  return { re, groups, names, flags, closeOrder };
}

function translateJsError(m: string): string {
  if (/Unterminated group/.test(m)) return 'missing ), unterminated subpattern';
  if (/Unmatched '\)'/.test(m)) return 'unbalanced parenthesis';
  if (/Nothing to repeat/.test(m)) return 'nothing to repeat';
  if (/Invalid escape/.test(m)) return 'bad escape';
  return m.replace(/^Invalid regular expression: /, '');
}

/** re.VERBOSE: drop whitespace and #-comments outside character classes. */
function stripVerbose(src: string): string {
  let out = '', inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (/\s/.test(c)) continue;
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    out += c;
  }
  return out;
}

// ## Pattern and Match objects

export const PyPattern_Type = newStaticType('re.Pattern');
export const PyMatch_Type = newStaticType('re.Match');

class PyPattern extends PyObject {
  constructor(readonly pattern: PyStr, readonly c: Compiled) {
    super(PyPattern_Type);
    pattern.ob_refcnt++;
  }
}
countedFields(PyPattern, ['pattern']);

class PyMatch extends PyObject {
  constructor(
    readonly pat: PyPattern, readonly string: PyStr, readonly m: RegExpExecArray,
    readonly pos: number, readonly endpos: number, readonly cpIndex: (u: number) => number,
  ) {
    super(PyMatch_Type);
    pat.ob_refcnt++;
    string.ob_refcnt++;
  }
  /** [start, end] of group g in code points, or [-1, -1]. */
  span(g: number): [number, number] {
    if (g === 0) return [this.cpIndex(this.m.index), this.cpIndex(this.m.index + this.m[0].length)];
    const v = this.m[g];
    if (v === undefined) return [-1, -1];
    const idx = (this.m as unknown as { indices?: [number, number][] }).indices;
    if (idx && idx[g]) return [this.cpIndex(idx[g][0]), this.cpIndex(idx[g][1])];
    return [-1, -1];
  }
}
countedFields(PyMatch, ['pat', 'string']);

/**
 * Compiled patterns by flags and source, as re.py's _cache: the cache holds a counted
 * reference to each, so a pattern used by re.match() and dropped stays for the next call.
 */
const cache = new Map<string, PyPattern>();

function purgeCache(): void {
  const patterns = [...cache.values()];
  cache.clear();
  for (const c of patterns) Py_DECREF(c);
}

function compilePattern(p: PyObject, flags: number): PyPattern {
  if (p instanceof PyPattern) {
    if (flags !== 0) raise(valueError(), 'cannot process flags argument with a compiled pattern');
    return p;
  }
  if (!(p instanceof PyStr)) {
    if ((p as { data?: unknown }).data instanceof Uint8Array) error('bytes patterns are not supported by glasspy\'s re yet');
    raiseTypeError('first argument must be string or compiled pattern');
  }
  const key = `${flags}:${p.value}`;
  let c = cache.get(key);
  if (c === undefined) {
    const comp = translate(p.value, flags);
    comp.re = new RegExp(comp.re.source, comp.re.flags + 'd');
    c = new PyPattern(p, comp);
    if (cache.size > 512) purgeCache();
    c.ob_refcnt++;
    cache.set(key, c);
  }
  return c;
}

function valueError(): PyType { return ValueError; }

/** Code-unit ↔ code-point conversion for strings with astral characters. */
function indexers(s: string): { toCp: (u: number) => number; toUnit: (cp: number) => number } {
  if (!/[\uD800-\uDFFF]/.test(s)) return { toCp: (u) => u, toUnit: (c) => c };
  const unitToCp: number[] = [];
  const cpToUnit: number[] = [];
  let cp = 0;
  for (let u = 0; u < s.length; u++) {
    unitToCp[u] = cp;
    const code = s.charCodeAt(u);
    if (code >= 0xd800 && code < 0xdc00 && u + 1 < s.length) { unitToCp[u + 1] = cp; cpToUnit[cp] = u; u++; } else cpToUnit[cp] = u;
    cp++;
  }
  unitToCp[s.length] = cp;
  cpToUnit[cp] = s.length;
  return { toCp: (u) => unitToCp[u], toUnit: (c) => cpToUnit[Math.min(c, cp)] };
}

type Mode = 'search' | 'match' | 'fullmatch';

function execAt(pat: PyPattern, s: PyStr, pos: number, endpos: number, mode: Mode): PyMatch | null {
  const ix = indexers(s.value);
  const n = ix.toCp(s.value.length);
  if (pos < 0) pos = 0;
  if (endpos > n) endpos = n;
  if (endpos < pos) return null;
  const text = s.value.slice(0, ix.toUnit(endpos));
  const re = pat.c.re;
  let r: RegExpExecArray | null;
  if (mode === 'search') {
    re.lastIndex = ix.toUnit(pos);
    r = re.exec(text);
  } else {
    const sticky = stickyOf(pat, mode);
    sticky.lastIndex = ix.toUnit(pos);
    r = sticky.exec(text);
  }
  if (r === null) return null;
  return new PyMatch(pat, s, r, pos, endpos, ix.toCp);
}

const stickyCache = new WeakMap<PyPattern, Map<Mode, RegExp>>();
function stickyOf(pat: PyPattern, mode: Mode): RegExp {
  let m = stickyCache.get(pat);
  if (!m) { m = new Map(); stickyCache.set(pat, m); }
  let r = m.get(mode);
  if (!r) {
    const src = mode === 'fullmatch' ? `(?:${pat.c.re.source})(?![\\s\\S])` : pat.c.re.source;
    r = new RegExp(src, pat.c.re.flags.replace('g', '') + 'y');
    m.set(mode, r);
  }
  return r;
}

/** All non-overlapping matches, advancing past empty matches as CPython 3.7+ does. */
function allMatches(pat: PyPattern, s: PyStr, pos = 0, endpos = Number.MAX_SAFE_INTEGER, limit = 0): PyMatch[] {
  const out: PyMatch[] = [];
  const ix = indexers(s.value);
  const n = ix.toCp(s.value.length);
  const end = Math.min(endpos, n);
  const text = s.value.slice(0, ix.toUnit(end));
  const re = pat.c.re;
  re.lastIndex = ix.toUnit(Math.max(0, pos));
  for (;;) {
    if (limit && out.length >= limit) break;
    const r = re.exec(text);
    if (r === null) break;
    out.push(new PyMatch(pat, s, r, pos, end, ix.toCp));
    if (r[0].length === 0) {
      if (re.lastIndex >= text.length) break;
      const code = text.charCodeAt(re.lastIndex);
      re.lastIndex += code >= 0xd800 && code < 0xdc00 ? 2 : 1;
    }
  }
  return out;
}

function groupIndex(m: PyMatch, g: PyObject): number {
  if (g instanceof PyInt) {
    const i = Number(g.value);
    if (i < 0 || i > m.pat.c.groups) raise(IndexError, 'no such group');
    return i;
  }
  if (g instanceof PyStr) {
    const i = m.pat.c.names.get(g.value);
    if (i === undefined) raise(IndexError, 'no such group');
    return i;
  }
  raise(IndexError, 'no such group');
}

function groupValue(m: PyMatch, i: number, dflt: PyObject = Py_None): PyObject {
  const v = m.m[i];
  return v === undefined ? dflt : newStr(v);
}

/** A compiled replacement template: literal text and group numbers, in order. */
type Template = (string | number)[];

/** Models Lib/re/_parser.py parse_template(): \1, \g<1>, \g<name>, octal and the usual
 * escapes, with CPython's errors raised before any matching. */
function parseTemplate(pat: PyPattern, tpl: string): Template {
  const parts: Template = [];
  let lit = '';
  const addGroup = (index: number, pos: number) => {
    if (index > pat.c.groups) error(`invalid group reference ${index}`, tpl, pos);
    if (lit) { parts.push(lit); lit = ''; }
    parts.push(index);
  };
  for (let i = 0; i < tpl.length; i++) {
    const c = tpl[i];
    if (c !== '\\') { lit += c; continue; }
    const n = tpl[i + 1];
    if (n === undefined) error('bad escape (end of pattern)', tpl, tpl.length - 1);
    i++;
    if (n === 'g') {
      if (tpl[i + 1] !== '<') error('missing <', tpl, i + 1);
      const end = tpl.indexOf('>', i + 2);
      if (end < 0) {
        const name = tpl.slice(i + 2);
        if (!name) error('missing group name', tpl, i + 2);
        error('missing >, unterminated name', tpl, i + 2);
      }
      const name = tpl.slice(i + 2, end);
      if (!name) error('missing group name', tpl, i + 2);
      let index: number;
      if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
        const gi = pat.c.names.get(name);
        if (gi === undefined) raise(IndexError, `unknown group name '${name}'`);
        index = gi;
      } else {
        if (!/^[0-9]+$/.test(name)) error(`bad character in group name ${reprString(newStr(name))}`, tpl, i + 2);
        index = Number(name);
      }
      addGroup(index, i + 2);
      i = end;
      continue;
    }
    if (n === '0') {
      let j = i + 1;
      while (j < tpl.length && j - i <= 2 && /[0-7]/.test(tpl[j])) j++;
      lit += String.fromCharCode(parseInt(tpl.slice(i, j), 8) & 0xff);
      i = j - 1;
      continue;
    }
    if (/[0-9]/.test(n)) {
      const start = i - 1;
      let digits = n;
      if (/[0-9]/.test(tpl[i + 1] ?? '')) {
        digits += tpl[++i];
        if (/[0-7]/.test(n) && /[0-7]/.test(digits[1]) && /[0-7]/.test(tpl[i + 1] ?? '')) {
          digits += tpl[++i];
          const code = parseInt(digits, 8);
          if (code > 0o377) error(`octal escape value \\${digits} outside of range 0-0o377`, tpl, start);
          lit += String.fromCharCode(code);
          continue;
        }
      }
      addGroup(Number(digits), start + 1);
      continue;
    }
    const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (n in esc) { lit += esc[n]; continue; }
    if (/[A-Za-z]/.test(n)) error(`bad escape \\${n}`, tpl, i - 1);
    lit += '\\' + n;
  }
  if (lit) parts.push(lit);
  return parts;
}

function expandTemplate(m: PyMatch, parts: Template): string {
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : m.m[p] ?? '';
  return out;
}

function subn(pat: PyPattern, repl: PyObject, s: PyStr, count: number): [string, number] {
  const isFn = !(repl instanceof PyStr);
  if (isFn && repl.ob_type.tp_call === null) raiseTypeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  const template = isFn ? null : parseTemplate(pat, (repl as PyStr).value);
  const ms = allMatches(pat, s, 0, Number.MAX_SAFE_INTEGER, count);
  const ix = indexers(s.value);
  let out = '', last = 0;
  for (const m of ms) {
    const start = m.m.index;
    out += s.value.slice(last, start);
    if (isFn) {
      const r = call(repl, [m]);
      if (!(r instanceof PyStr)) raiseTypeError(`expected str instance, ${typeName(r)} found`);
      out += r.value;
    } else {
      out += expandTemplate(m, template!);
    }
    last = start + m.m[0].length;
  }
  out += s.value.slice(last);
  void ix;
  return [out, ms.length];
}

function split(pat: PyPattern, s: PyStr, maxsplit: number): PyObject[] {
  const out: PyObject[] = [];
  let last = 0;
  for (const m of allMatches(pat, s, 0, Number.MAX_SAFE_INTEGER, maxsplit)) {
    out.push(newStr(s.value.slice(last, m.m.index)));
    for (let g = 1; g <= pat.c.groups; g++) out.push(groupValue(m, g));
    last = m.m.index + m.m[0].length;
  }
  out.push(newStr(s.value.slice(last)));
  return out;
}

function findall(pat: PyPattern, s: PyStr, pos: number, endpos: number): PyObject {
  const g = pat.c.groups;
  return newList(allMatches(pat, s, pos, endpos).map((m) => {
    if (g === 0) return newStr(m.m[0]);
    if (g === 1) return newStr(m.m[1] ?? '');
    const items: PyObject[] = [];
    for (let i = 1; i <= g; i++) items.push(newStr(m.m[i] ?? ''));
    return newTuple(items);
  }));
}

function strArg(o: PyObject | null, what = 'string'): PyStr {
  if (!(o instanceof S)) {
    if (o !== null && (o as { data?: unknown }).data instanceof Uint8Array) raiseTypeError('cannot use a string pattern on a bytes-like object');
    raiseTypeError(`expected string or bytes-like object, got '${o === null ? 'NoneType' : typeName(o)}'`);
  }
  void what;
  return o;
}

function intArg(o: PyObject | null, dflt: number): number {
  return o === null ? dflt : Number(index(o).value);
}

function patternRepr(p: PyPattern): string {
  const flags = p.c.flags;
  const names: string[] = [];
  const add = (bit: number, n: string) => { if (flags & bit) names.push(n); };
  add(I, 're.IGNORECASE'); add(L, 're.LOCALE'); add(M, 're.MULTILINE'); add(S_, 're.DOTALL');
  add(X, 're.VERBOSE'); add(A, 're.ASCII');
  const pr = reprString(p.pattern);
  return names.length ? `re.compile(${pr}, ${names.join('|')})` : `re.compile(${pr})`;
}

const pm = (name: string, fn: NativeFn) => ({ name, fn });

defineType(PyPattern_Type, {
  slots: {
    tp_repr: (o) => patternRepr(o as PyPattern),
    tp_hash: (o) => (o as PyPattern).pattern.value.length ^ (o as PyPattern).c.flags,
  },
  methods: [
    pm('search', (o, a, k) => {
      const [s, pos, endpos] = parseArgs('search', a, k, { names: ['string', 'pos', 'endpos'], required: 1, posonly: 0 });
      return execAt(o as PyPattern, strArg(s), intArg(pos, 0), intArg(endpos, Number.MAX_SAFE_INTEGER), 'search') ?? Py_None;
    }),
    pm('match', (o, a, k) => {
      const [s, pos, endpos] = parseArgs('match', a, k, { names: ['string', 'pos', 'endpos'], required: 1, posonly: 0 });
      return execAt(o as PyPattern, strArg(s), intArg(pos, 0), intArg(endpos, Number.MAX_SAFE_INTEGER), 'match') ?? Py_None;
    }),
    pm('fullmatch', (o, a, k) => {
      const [s, pos, endpos] = parseArgs('fullmatch', a, k, { names: ['string', 'pos', 'endpos'], required: 1, posonly: 0 });
      return execAt(o as PyPattern, strArg(s), intArg(pos, 0), intArg(endpos, Number.MAX_SAFE_INTEGER), 'fullmatch') ?? Py_None;
    }),
    pm('findall', (o, a, k) => {
      const [s, pos, endpos] = parseArgs('findall', a, k, { names: ['string', 'pos', 'endpos'], required: 1, posonly: 0 });
      return findall(o as PyPattern, strArg(s), intArg(pos, 0), intArg(endpos, Number.MAX_SAFE_INTEGER));
    }),
    pm('finditer', (o, a, k) => {
      const [s, pos, endpos] = parseArgs('finditer', a, k, { names: ['string', 'pos', 'endpos'], required: 1, posonly: 0 });
      return call(iterType(), [newList(allMatches(o as PyPattern, strArg(s), intArg(pos, 0), intArg(endpos, Number.MAX_SAFE_INTEGER)))]);
    }),
    pm('sub', (o, a, k) => {
      const [repl, s, count] = parseArgs('sub', a, k, { names: ['repl', 'string', 'count'], required: 2, posonly: 0 });
      return newStr(subn(o as PyPattern, repl!, strArg(s), intArg(count, 0))[0]);
    }),
    pm('subn', (o, a, k) => {
      const [repl, s, count] = parseArgs('subn', a, k, { names: ['repl', 'string', 'count'], required: 2, posonly: 0 });
      const [r, n] = subn(o as PyPattern, repl!, strArg(s), intArg(count, 0));
      return newTuple([newStr(r), newInt(n)]);
    }),
    pm('split', (o, a, k) => {
      const [s, maxsplit] = parseArgs('split', a, k, { names: ['string', 'maxsplit'], required: 1, posonly: 0 });
      return newList(split(o as PyPattern, strArg(s), intArg(maxsplit, 0)));
    }),
  ],
  getsets: [
    { name: 'pattern', get: (o) => (o as PyPattern).pattern },
    { name: 'flags', get: (o) => newInt((o as PyPattern).c.flags) },
    { name: 'groups', get: (o) => newInt((o as PyPattern).c.groups) },
    { name: 'groupindex', get: (o) => {
      const d = new PyDict();
      for (const [k, v] of (o as PyPattern).c.names) dictSetItem(d, newStr(k), newInt(v));
      return d;
    } },
  ],
});

function iterType(): PyObject {
  return iterTypeRef.t!;
}
const iterTypeRef: { t: PyObject | null } = { t: null };

const mm = (o: PyObject) => o as PyMatch;

defineType(PyMatch_Type, {
  slots: {
    tp_repr: (o) => {
      const m = mm(o);
      const [s, e] = m.span(0);
      return `<re.Match object; span=(${s}, ${e}), match=${reprString(newStr(m.m[0]))}>`;
    },
    mp_subscript: (o, k) => groupValue(mm(o), groupIndex(mm(o), k)),
    nb_bool: () => true,
  },
  methods: [
    pm('group', (o, a) => {
      const m = mm(o);
      if (a.length === 0) return newStr(m.m[0]);
      if (a.length === 1) return groupValue(m, groupIndex(m, a[0]));
      return newTuple(a.map((g) => groupValue(m, groupIndex(m, g))));
    }),
    pm('groups', (o, a, k) => {
      const [dflt] = parseArgs('groups', a, k, { names: ['default'], required: 0, posonly: 0 });
      const m = mm(o);
      const out: PyObject[] = [];
      for (let i = 1; i <= m.pat.c.groups; i++) out.push(groupValue(m, i, dflt ?? Py_None));
      return newTuple(out);
    }),
    pm('groupdict', (o, a, k) => {
      const [dflt] = parseArgs('groupdict', a, k, { names: ['default'], required: 0, posonly: 0 });
      const m = mm(o);
      const d = new PyDict();
      for (const [name, i] of m.pat.c.names) dictSetItem(d, newStr(name), groupValue(m, i, dflt ?? Py_None));
      return d;
    }),
    pm('start', (o, a) => newInt(mm(o).span(a.length ? groupIndex(mm(o), a[0]) : 0)[0])),
    pm('end', (o, a) => newInt(mm(o).span(a.length ? groupIndex(mm(o), a[0]) : 0)[1])),
    pm('span', (o, a) => {
      const [s, e] = mm(o).span(a.length ? groupIndex(mm(o), a[0]) : 0);
      return newTuple([newInt(s), newInt(e)]);
    }),
    pm('expand', (o, a) => newStr(expandTemplate(mm(o), parseTemplate(mm(o).pat, strArg(a[0]).value)))),
  ],
  getsets: [
    { name: 'string', get: (o) => mm(o).string },
    { name: 're', get: (o) => mm(o).pat },
    { name: 'pos', get: (o) => newInt(mm(o).pos) },
    { name: 'endpos', get: (o) => newInt(mm(o).endpos) },
    { name: 'lastindex', get: (o) => { const g = lastIndex(mm(o)); return g < 0 ? Py_None : newInt(g); } },
    { name: 'lastgroup', get: (o) => {
      const m = mm(o), g = lastIndex(m);
      for (const [name, i] of m.pat.c.names) if (i === g) return newStr(name);
      return Py_None;
    } },
    { name: 'regs', get: (o) => {
      const m = mm(o), spans: PyObject[] = [];
      for (let g = 0; g <= m.pat.c.groups; g++) spans.push(newTuple(m.span(g).map((v) => newInt(v))));
      return newTuple(spans);
    } },
  ],
});

/** The group that closed last in the match (SRE sets lastindex as each group's end is marked):
 * the matched group ending furthest right, the later-closing one on a tie. */
function lastIndex(m: PyMatch): number {
  let best = -1, bestEnd = -1, bestOrder = -1;
  for (let g = 1; g <= m.pat.c.groups; g++) {
    const [, e] = m.span(g);
    const order = m.pat.c.closeOrder[g] ?? 0;
    if (e >= 0 && (e > bestEnd || (e === bestEnd && order > bestOrder))) { best = g; bestEnd = e; bestOrder = order; }
  }
  return best;
}

function escape(s: string): string {
  return s.replace(/[\\.^$*+?{}[\]|()\t\n\r\v\f #&~-]/g, (c) => '\\' + c);
}

// Registered as _re: the public module is re.py, which adds RegexFlag as CPython's re does.
defineModule('_re', (mod: PyModule) => {
  const d = mod.md_dict;
  readyType(PyPattern_Type);
  readyType(PyMatch_Type);
  reError = newStaticType('re.error', ExceptionType);
  reError.tp_hasdict = true;
  readyType(reError);
  iterTypeRef.t = iterFromListType();
  // The flag values; re.py (engine/modules/lib/re.py) wraps them in the RegexFlag enum.
  const flagVals: [string, number][] = [['TEMPLATE', 1], ['IGNORECASE', I], ['LOCALE', L], ['MULTILINE', M],
    ['DOTALL', S_], ['UNICODE', U], ['VERBOSE', X], ['DEBUG', 128], ['ASCII', A]];
  for (const [n, v] of flagVals) dictSetStr(d, `SRE_FLAG_${n}`, newInt(v));
  dictSetStr(d, 'error', reError);
  dictSetStr(d, 'Pattern', PyPattern_Type);
  dictSetStr(d, 'Match', PyMatch_Type);
  const f = (name: string, fn: NativeFn) => dictSetStr(d, name, newBuiltin(name, fn, 're'));
  const withPat = (name: string, method: string, names: string[], required: number) => f(name, (_m, a, k) => {
    const vals = parseArgs(name, a, k, { names: ['pattern', ...names, 'flags'], required, posonly: 0 });
    const flags = vals[vals.length - 1];
    const p = compilePattern(vals[0]!, flags === null ? 0 : Number(index(flags).value));
    const args = vals.slice(1, -1).filter((x): x is PyObject => x !== null);
    return call(PyPattern_Type.tp_dict ? (p.ob_type.tp_getattro!(p, method)) : Py_None, args);
  });
  withPat('search', 'search', ['string'], 2);
  withPat('match', 'match', ['string'], 2);
  withPat('fullmatch', 'fullmatch', ['string'], 2);
  withPat('findall', 'findall', ['string'], 2);
  withPat('finditer', 'finditer', ['string'], 2);
  withPat('split', 'split', ['string', 'maxsplit'], 2);
  withPat('sub', 'sub', ['repl', 'string', 'count'], 3);
  withPat('subn', 'subn', ['repl', 'string', 'count'], 3);
  f('compile', (_m, a, k) => {
    const [p, flags] = parseArgs('compile', a, k, { names: ['pattern', 'flags'], required: 1, posonly: 0 });
    return compilePattern(p!, flags === null ? 0 : Number(index(flags).value));
  });
  f('escape', (_m, a, k) => {
    const [p] = parseArgs('escape', a, k, { names: ['pattern'], required: 1, posonly: 0 });
    return newStr(escape(strArg(p).value));
  });
  f('purge', () => { purgeCache(); return Py_None; });
  void Py_True; void Py_False; void addressHex; void strString; void PyBaseException; void PyTuple;
});

/** finditer returns an iterator over the matches; a list iterator serves (same protocol). */
function iterFromListType(): PyObject {
  return iterListRef.fn();
}
export const iterListRef: { fn: () => PyObject } = {
  fn: () => newBuiltin('finditer_iter', (_m, a) => (a[0].ob_type.tp_iter!(a[0])), 're'),
};
