// ## str behaviour
//
// Models Objects/unicodeobject.c: repr with CPython's quoting and escapes, hashing
// (SipHash-1-3), comparison by code point, indexing and slicing by code point, and the str
// methods, plus str.format (strformat.ts) and % formatting (percentformat.ts).

import { countedFields } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT } from './object.js';
import { PyType } from './type.js';
import { PyUnicode_Type, PyUnicodeIter_Type, PySlice_Type, PyTuple_Type, newStaticType } from './typeobjects.js';
import { PyStr, newStr, strLength, compareStr } from './str.js';
import { PyInt, newInt } from './int.js';
import { PyTuple, newTuple } from './tuple.js';
import { newList } from './list.js';
import { PyDict, dictGetItem } from './dict.js';
import { Py_NotImplemented, Py_None, Py_True, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, LookupError } from './exceptions.js';
import { typeName, index, iterableToArray, asSsize, strString, reprString, getItem, isIndexable, callMethodOnType } from './abstract.js';
import { hashString } from './strhash.js';
import { sliceIndicesOf } from './sliceobject.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { formatStr } from './numformat.js';
import { strFormat } from './strformat.js';
import { percentFormat } from './percentformat.js';
import { bytesData, newBytes } from './bytesbridge.js';
import { isPrintable } from './unicodeprint.js';
import { CASEFOLD_EXCEPTIONS, TITLECASE_EXCEPTIONS } from './unicodecase.js';
import { isSubtype } from './type.js';
import { gcTrack } from '../memory/gcstate.js';
import { unicodeSizeof } from '../memory/sizeof_core.js';
import { ensureAllocatable } from '../memory/limit.js';

const S = (o: PyObject) => (o as PyStr).value;

/** Code points of a str (cached for astral strings by strLength). */
export function codePoints(s: PyStr): string[] {
  strLength(s);
  return s.cps === null ? s.value.split('') : s.cps.map((c) => String.fromCodePoint(c));
}

/** repr(str): quotes chosen as CPython does, escapes for non-printable characters. */
export function strRepr(v: string): string {
  const hasSingle = v.includes("'"), hasDouble = v.includes('"');
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = q;
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (!isPrintable(c)) {
      out += c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyStr)) return Py_NotImplemented;
  const x = S(a), y = S(b);
  if (op === Py_EQ) return newBool(x === y);
  if (op === Py_NE) return newBool(x !== y);
  const c = compareStr(a as PyStr, b);
  return newBool(op === Py_LT ? c < 0 : op === Py_LE ? c <= 0 : op === Py_GT ? c > 0 : c >= 0);
}

function subscript(o: PyObject, key: PyObject): PyObject {
  const s = o as PyStr;
  const n = strLength(s);
  if (key.ob_type === PySlice_Type) {
    const [start, stop, step, len] = sliceIndicesOf(key, n);
    if (s.cps === null) {
      if (step === 1) return newStr(s.value.slice(start, stop));
      let r = '';
      for (let i = 0, j = start; i < len; i++, j += step) r += s.value[j];
      return newStr(r);
    }
    let r = '';
    for (let i = 0, j = start; i < len; i++, j += step) r += String.fromCodePoint(s.cps[j]);
    return newStr(r);
  }
  if (!isIndexable(key)) raiseTypeError(`string indices must be integers, not '${typeName(key)}'`);
  let i = asSsize(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raiseIndexError('string index out of range');
  return newStr(s.cps === null ? s.value[i] : String.fromCodePoint(s.cps[i]));
}

class StrIter extends PyObject {
  i = 0;
  constructor(readonly s: PyStr, t: PyType) { super(t); s.ob_refcnt++; gcTrack(this); }
}
countedFields(StrIter, ['s']);
export const PyStrIter_Type = newStaticType('str_iterator');

function argStr(o: PyObject | null | undefined, fname: string, what = 'argument'): string {
  if (o instanceof PyStr) return o.value;
  raiseTypeError(`${fname}() ${what} must be str, not ${o === null || o === undefined ? 'NoneType' : typeName(o)}`);
}

// str.isspace(): bidirectional class WS, B or S, or category Zs.  Every such character is
// in the BMP, so scanning UTF-16 code units is exact (a surrogate is never a space).
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
const isSpace = (c: string) => c.length === 1 && isSpaceCode(c.charCodeAt(0));

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      let e = n;
      while (e > i && isSpaceCode(s.charCodeAt(e - 1))) e--;
      out.push(s.slice(i, e));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length === max) {
      // The unsplit remainder keeps its leading whitespace, as CPython's rsplit does.
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceCode(s.charCodeAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** Start/end arguments in code points, clamped as CPython's ADJUST_INDICES. */
function bounds(s: PyStr, a: (PyObject | null | undefined)[]): [number, number] {
  const n = strLength(s);
  const f = (o: PyObject | null | undefined, d: number) => {
    if (o === undefined || o === null || o === Py_None) return d;
    let v = asSsize(index(o), null);
    if (v < 0) { v += n; if (v < 0) v = 0; } else if (v > n) v = n;
    return v;
  };
  return [f(a[0], 0), f(a[1], n)];
}

function cpSlice(s: PyStr, start: number, end: number): string {
  return s.cps === null ? s.value.slice(start, end) : s.cps.slice(start, end).map((c) => String.fromCodePoint(c)).join('');
}
function cpIndexOf(s: PyStr, unitIndex: number): number {
  return s.cps === null ? unitIndex : [...s.value.slice(0, unitIndex)].length;
}
function unitIndexOf(s: PyStr, cp: number): number {
  return s.cps === null ? cp : s.cps.slice(0, cp).reduce((n, c) => n + (c > 0xffff ? 2 : 1), 0);
}

function find(s: PyStr, sub: string, a: (PyObject | null | undefined)[], reverse: boolean): number {
  const n = strLength(s);
  const [start, end] = bounds(s, a);
  // A start beyond the end finds nothing, not even '' (ADJUST_INDICES then start > len).
  const rawStart = a[0] === undefined || a[0] === null || a[0] === Py_None ? 0 : asSsize(index(a[0]), null);
  if (rawStart > n) return -1;
  if (end - start < [...sub].length) return start <= end && sub === '' ? (reverse ? end : start) : -1;
  const us = unitIndexOf(s, start), ue = unitIndexOf(s, end);
  const hay = s.value.slice(0, ue);
  const i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub, us);
  if (i < 0 || i < us || i + sub.length > ue) return -1;
  return cpIndexOf(s, i);
}

function caseMap(s: string, f: (c: string) => string): string {
  return f(s);
}

// ## Case mappings (unicodeobject.c: do_title, do_capitalize, do_swapcase, do_casefold)
//
// JS gives the full upper and lower mappings, including the final-sigma rule when a whole
// string is lowered; title case and case folding come from tables generated from CPython's
// Unicode database (unicodecase.ts).  "Cased", "Uppercase" and "Lowercase" are the Unicode
// derived properties CPython's flags are built from.

const CASED = /\p{Cased}/u, UPPER = /\p{Uppercase}/u, LOWER = /\p{Lowercase}/u;

/** Lowercase `chars[i]`, with Greek capital sigma becoming final sigma at the end of a word. */
function lowerAt(chars: string[], i: number): string {
  const ch = chars[i];
  if (ch !== 'Σ') return ch.toLowerCase();
  // Models unicodeobject.c: handle_capital_sigma (cased before, no cased letter after,
  // skipping case-ignorable characters both ways).
  const ignorable = /\p{Case_Ignorable}/u;
  let j = i - 1;
  while (j >= 0 && ignorable.test(chars[j])) j--;
  const before = j >= 0 && CASED.test(chars[j]);
  let k = i + 1;
  while (k < chars.length && ignorable.test(chars[k])) k++;
  const after = k < chars.length && CASED.test(chars[k]);
  return before && !after ? 'ς' : 'σ';
}

function title(s: string): string {
  const chars = [...s];
  let out = '', prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    out += prevCased ? lowerAt(chars, i) : titleChar(chars[i]);
    prevCased = CASED.test(chars[i]);
  }
  return out;
}
function titleChar(ch: string): string {
  return TITLECASE_EXCEPTIONS[ch.codePointAt(0)!] ?? ch.toUpperCase();
}
function capitalize(s: string): string {
  const chars = [...s];
  let out = chars.length ? titleChar(chars[0]) : '';
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}
function swapcase(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    out += UPPER.test(ch) ? lowerAt(chars, i) : LOWER.test(ch) ? ch.toUpperCase() : ch;
  }
  return out;
}
function casefold(s: string): string {
  let out = '';
  for (const ch of s) out += CASEFOLD_EXCEPTIONS[ch.codePointAt(0)!] ?? ch.toLowerCase();
  return out;
}

const TITLE = /\p{Lt}/u;
// unicodeobject.c: unicode_islower_impl / unicode_isupper_impl / unicode_istitle_impl.
function isLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}
function isUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}
function isTitle(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

function expandTabs(s: string, size: number): string {
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (size > 0) { const n = size - (col % size); out += ' '.repeat(n); col += n; }
    } else if (ch === '\n' || ch === '\r') { out += ch; col = 0; } else { out += ch; col++; }
  }
  return out;
}

function splitlines(s: string, keep: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function translate(s: string, table: PyObject): string {
  let out = '';
  for (const ch of s) {
    let r: PyObject;
    try {
      r = getItem(table, newInt(ch.codePointAt(0)!));
    } catch (e) {
      // unicodeobject.c: charmaptranslate_lookup leaves the character alone on LookupError.
      if (e instanceof PyObject && isSubtype(e.ob_type, LookupError)) { out += ch; continue; }
      throw e;
    }
    if (r === Py_None) continue;
    if (r instanceof PyInt) {
      const v = Number(r.value);
      if (!(v >= 0 && v <= 0x10ffff)) raiseValueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    }
    else if (r instanceof PyStr) out += r.value;
    else raiseTypeError('character mapping must return integer, None or str');
  }
  return out;
}

function pad(s: PyStr, width: number, fill: string, where: 'l' | 'r' | 'c'): string {
  const n = strLength(s);
  if (width <= n) return s.value;
  const total = width - n;
  if (where === 'l') return s.value + fill.repeat(total);
  if (where === 'r') return fill.repeat(total) + s.value;
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s.value + fill.repeat(total - left);
}

function fillChar(o: PyObject | undefined, fname: string): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr) || strLength(o) !== 1) raiseTypeError(`The fill character must be exactly one character long`);
  void fname;
  return o.value;
}

function isId(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

type Fn = (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject;
const m = (name: string, fn: Fn, doc?: string) => ({ name, fn, doc });
const pred = (name: string, test: (s: string) => boolean) => m(name, (s) => newBool(S(s).length > 0 && test(S(s))));

defineType(PyUnicode_Type, {
  doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object.",
  basicsize: 49,
  sequence: true,
  slots: {
    tp_new: (type, args, kw) => {
      const [obj, encoding, errors] = parseArgs('str', args, kw, { names: ['object', 'encoding', 'errors'], required: 0, posonly: 0 });
      let v: string;
      if (obj === null) v = '';
      else if (encoding === null && errors === null) v = strString(obj);
      else {
        const data = bytesData(obj);
        if (data === null) raiseTypeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
        v = decodeBytes(data, encoding === null ? 'utf-8' : argStr(encoding, 'str', 'argument \'encoding\''), errors === null ? 'strict' : argStr(errors, 'str'));
      }
      if (type === PyUnicode_Type) return obj instanceof PyStr && obj.ob_type === PyUnicode_Type && encoding === null ? obj : newStr(v);
      return new PyStr(v, type);
    },
    tp_repr: (o) => strRepr(S(o)),
    tp_str: (o) => S(o),
    tp_hash: (o) => { const s = o as PyStr; if (s.hash === -1) s.hash = hashString(s.value); return s.hash; },
    tp_richcompare: richcompare,
    mp_length: (o) => strLength(o as PyStr),
    mp_subscript: subscript,
    sq_contains: (o, x) => {
      if (!(x instanceof PyStr)) raiseTypeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
      return S(o).includes(x.value);
    },
    sq_concat: (a, b) => {
      if (!(b instanceof PyStr)) raiseTypeError(`can only concatenate str (not "${typeName(b)}") to str`);
      return newStr(S(a) + b.value);
    },
    sq_repeat: (a, n) => {
      if (n <= 0) return newStr('');
      ensureAllocatable(S(a).length * n);
      if (S(a).length * n > 2 ** 29) raise(memoryErrorRef.t!, null);
      return newStr(S(a).repeat(n));
    },
    tp_iter: (o) => new StrIter(o as PyStr, strLength(o as PyStr) === (o as PyStr).value.length && /^[\x00-\x7f]*$/.test(S(o)) ? PyUnicodeIter_Type : PyStrIter_Type),
  },
  nb: {
    6: (a, b) => (a instanceof PyStr ? newStr(percentFormat(S(a), b)) : Py_NotImplemented),
  },
  methods: [
    m('join', (s, a) => {
      const items = iterableToArray(a[0]);
      return newStr(items.map((x, i) => {
        if (!(x instanceof PyStr)) raiseTypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
        return x.value;
      }).join(S(s)));
    }),
    m('split', (s, a, k) => {
      const [sep, maxsplit] = parseArgs('split', a, k, { names: ['sep', 'maxsplit'], required: 0, posonly: 0 });
      const max = maxsplit === null ? -1 : Number(index(maxsplit).value);
      if (sep === null || sep === Py_None) return newList(splitWhitespace(S(s), max).map(newStr));
      if (!(sep instanceof PyStr)) raiseTypeError(`must be str or None, not ${typeName(sep)}`);
      const sp = sep.value;
      if (sp === '') raiseValueError('empty separator');
      const parts = S(s).split(sp);
      if (max >= 0 && parts.length > max + 1) parts.splice(max, parts.length - max, parts.slice(max).join(sp));
      return newList(parts.map(newStr));
    }),
    m('rsplit', (s, a, k) => {
      const [sep, maxsplit] = parseArgs('rsplit', a, k, { names: ['sep', 'maxsplit'], required: 0, posonly: 0 });
      const max = maxsplit === null ? -1 : Number(index(maxsplit).value);
      if (sep === null || sep === Py_None) return newList(rsplitWhitespace(S(s), max).map(newStr));
      if (!(sep instanceof PyStr)) raiseTypeError(`must be str or None, not ${typeName(sep)}`);
      const sp = sep.value;
      if (sp === '') raiseValueError('empty separator');
      const parts = S(s).split(sp);
      if (max >= 0 && parts.length > max + 1) {
        const head = parts.slice(0, parts.length - max).join(sp);
        return newList([head, ...parts.slice(parts.length - max)].map(newStr));
      }
      return newList(parts.map(newStr));
    }),
    m('splitlines', (s, a, k) => {
      const [keep] = parseArgs('splitlines', a, k, { names: ['keepends'], required: 0, posonly: 0 });
      return newList(splitlines(S(s), keep !== null && keep === Py_True || (keep instanceof PyInt && keep.value !== 0)).map(newStr));
    }),
    m('strip', (s, a) => newStr(stripChars(S(s), a[0], true, true))),
    m('lstrip', (s, a) => newStr(stripChars(S(s), a[0], true, false))),
    m('rstrip', (s, a) => newStr(stripChars(S(s), a[0], false, true))),
    m('upper', (s) => newStr(caseMap(S(s), (x) => x.toUpperCase()))),
    m('lower', (s) => newStr(caseMap(S(s), (x) => x.toLowerCase()))),
    m('casefold', (s) => newStr(casefold(S(s)))),
    m('swapcase', (s) => newStr(swapcase(S(s)))),
    m('capitalize', (s) => newStr(capitalize(S(s)))),
    m('title', (s) => newStr(title(S(s)))),
    m('replace', (s, a, k) => {
      const [old, nw, count] = parseArgs('replace', a, k, { names: ['old', 'new', 'count'], required: 2 });
      const o = argStr(old, 'replace', 'argument 1'), n = argStr(nw, 'replace', 'argument 2');
      let c = count === null ? -1 : Number(index(count).value);
      if (c < 0) {
        if (o === '') return newStr(n + [...S(s)].join(n) + (S(s).length ? n : ''));
        return newStr(S(s).split(o).join(n));
      }
      let out = '', rest = S(s);
      if (o === '') {
        const cs = [...rest];
        let i = 0;
        while (c > 0 && i <= cs.length) { out += n + (cs[i] ?? ''); i++; c--; }
        return newStr(out + cs.slice(i).join(''));
      }
      while (c > 0) {
        const i = rest.indexOf(o);
        if (i < 0) break;
        out += rest.slice(0, i) + n;
        rest = rest.slice(i + o.length);
        c--;
      }
      return newStr(out + rest);
    }),
    m('find', (s, a) => newInt(find(s as PyStr, argStr(a[0], 'find'), a.slice(1), false))),
    m('rfind', (s, a) => newInt(find(s as PyStr, argStr(a[0], 'rfind'), a.slice(1), true))),
    m('index', (s, a) => { const r = find(s as PyStr, argStr(a[0], 'index'), a.slice(1), false); if (r < 0) raiseValueError('substring not found'); return newInt(r); }),
    m('rindex', (s, a) => { const r = find(s as PyStr, argStr(a[0], 'rindex'), a.slice(1), true); if (r < 0) raiseValueError('substring not found'); return newInt(r); }),
    m('count', (s, a) => {
      const sub = argStr(a[0], 'count');
      const [st, en] = bounds(s as PyStr, a.slice(1));
      const hay = cpSlice(s as PyStr, st, en);
      if (sub === '') return newInt(st > en ? 0 : [...hay].length + 1);
      return newInt(hay.split(sub).length - 1);
    }),
    m('startswith', (s, a) => {
      const [st, en] = bounds(s as PyStr, a.slice(1));
      const hay = cpSlice(s as PyStr, st, en);
      const pre = a[0] instanceof PyTuple ? a[0].items : [a[0]];
      if (st > strLength(s as PyStr)) return newBool(false);
      return newBool(pre.some((p) => {
        if (!(p instanceof PyStr)) raiseTypeError(`startswith first arg must be str or a tuple of str, not ${typeName(p)}`);
        return hay.startsWith(p.value);
      }));
    }),
    m('endswith', (s, a) => {
      const [st, en] = bounds(s as PyStr, a.slice(1));
      const hay = cpSlice(s as PyStr, st, en);
      const suf = a[0] instanceof PyTuple ? a[0].items : [a[0]];
      if (st > strLength(s as PyStr)) return newBool(false);
      return newBool(suf.some((p) => {
        if (!(p instanceof PyStr)) raiseTypeError(`endswith first arg must be str or a tuple of str, not ${typeName(p)}`);
        return hay.endsWith(p.value);
      }));
    }),
    m('removeprefix', (s, a) => { const p = argStr(a[0], 'removeprefix'); return newStr(S(s).startsWith(p) ? S(s).slice(p.length) : S(s)); }),
    m('removesuffix', (s, a) => { const p = argStr(a[0], 'removesuffix'); return newStr(p && S(s).endsWith(p) ? S(s).slice(0, -p.length) : S(s)); }),
    m('partition', (s, a) => {
      const sep = argStr(a[0], 'partition');
      if (sep === '') raiseValueError('empty separator');
      const i = S(s).indexOf(sep);
      return i < 0 ? newTuple([newStr(S(s)), newStr(''), newStr('')]) : newTuple([newStr(S(s).slice(0, i)), newStr(sep), newStr(S(s).slice(i + sep.length))]);
    }),
    m('rpartition', (s, a) => {
      const sep = argStr(a[0], 'rpartition');
      if (sep === '') raiseValueError('empty separator');
      const i = S(s).lastIndexOf(sep);
      return i < 0 ? newTuple([newStr(''), newStr(''), newStr(S(s))]) : newTuple([newStr(S(s).slice(0, i)), newStr(sep), newStr(S(s).slice(i + sep.length))]);
    }),
    m('center', (s, a) => newStr(pad(s as PyStr, Number(index(a[0]).value), fillChar(a[1], 'center'), 'c'))),
    m('ljust', (s, a) => newStr(pad(s as PyStr, Number(index(a[0]).value), fillChar(a[1], 'ljust'), 'l'))),
    m('rjust', (s, a) => newStr(pad(s as PyStr, Number(index(a[0]).value), fillChar(a[1], 'rjust'), 'r'))),
    m('zfill', (s, a) => {
      const w = Number(index(a[0]).value);
      const v = S(s);
      const n = strLength(s as PyStr);
      if (w <= n) return newStr(v);
      const sign = v[0] === '+' || v[0] === '-' ? v[0] : '';
      return newStr(sign + '0'.repeat(w - n) + v.slice(sign.length));
    }),
    m('expandtabs', (s, a, k) => {
      const [ts] = parseArgs('expandtabs', a, k, { names: ['tabsize'], required: 0, posonly: 0 });
      return newStr(expandTabs(S(s), ts === null ? 8 : Number(index(ts).value)));
    }),
    m('encode', (s, a, k) => {
      const [enc, err] = parseArgs('encode', a, k, { names: ['encoding', 'errors'], required: 0, posonly: 0 });
      return newBytes(encodeStr(S(s), enc === null ? 'utf-8' : argStr(enc, 'encode', "argument 'encoding'"), err === null ? 'strict' : argStr(err, 'encode')));
    }),
    m('format', (s, a, k) => newStr(strFormat(S(s), a, k, null))),
    m('format_map', (s, a) => newStr(strFormat(S(s), [], null, a[0]))),
    m('translate', (s, a) => newStr(translate(S(s), a[0]))),
    { name: 'maketrans', kind: 'static' as const, fn: (_s: PyObject, a: PyObject[]) => {
      const d = new PyDict();
      const set = (k: PyObject, v: PyObject) => callMethodOnType(d, '__setitem__', [k, v]);
      if (a.length === 1) {
        if (!(a[0] instanceof PyDict)) raiseTypeError('if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of iterableToArray(callMethodOnType(a[0], 'items', [])).map((t) => (t as PyTuple).items)) {
          if (k instanceof PyStr) {
            if (strLength(k) !== 1) raiseValueError('string keys in translate table must be of length 1');
            set(newInt(k.value.codePointAt(0)!), v);
          } else set(k, v);
        }
        return d;
      }
      const x = [...argStr(a[0], 'maketrans')], y = [...argStr(a[1], 'maketrans')];
      if (x.length !== y.length) raiseValueError('the first two maketrans arguments must have equal length');
      x.forEach((c, i) => set(newInt(c.codePointAt(0)!), newInt(y[i].codePointAt(0)!)));
      if (a.length > 2) for (const c of argStr(a[2], 'maketrans')) set(newInt(c.codePointAt(0)!), Py_None);
      return d;
    } },
    pred('isalpha', (s) => /^[\p{L}]+$/u.test(s)),
    pred('isdigit', (s) => /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u.test(s)),
    pred('isdecimal', (s) => /^\p{Nd}+$/u.test(s)),
    pred('isnumeric', (s) => /^[\p{N}\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6]+$/u.test(s)),
    pred('isalnum', (s) => /^[\p{L}\p{N}]+$/u.test(s)),
    pred('isspace', (s) => [...s].every(isSpace)),
    m('islower', (s) => newBool(isLower(S(s)))),
    m('isupper', (s) => newBool(isUpper(S(s)))),
    m('istitle', (s) => newBool(isTitle(S(s)))),
    m('isascii', (s) => newBool(/^[\x00-\x7f]*$/.test(S(s)))),
    m('isidentifier', (s) => newBool(isId(S(s)))),
    m('isprintable', (s) => newBool([...S(s)].every((c) => isPrintable(c.codePointAt(0)!)))),
    m('__format__', (s, a) => {
      if (!(a[0] instanceof PyStr)) raiseTypeError(`format() argument 2 must be str, not ${typeName(a[0])}`);
      return newStr(formatStr(S(s), a[0].value));
    }),
    m('__getnewargs__', (s) => newTuple([newStr(S(s))])),
    m('__sizeof__', (s) => newInt(unicodeSizeof(s as PyStr)), 'Return the size of the string in memory, in bytes.'),
  ],
});

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  let test: (c: string) => boolean;
  if (chars === undefined || chars === Py_None) test = isSpace;
  else {
    const set = new Set([...argStr(chars, 'strip', 'arg')]);
    test = (c) => set.has(c);
  }
  const cs = [...s];
  let i = 0, j = cs.length;
  if (left) while (i < j && test(cs[i])) i++;
  if (right) while (j > i && test(cs[j - 1])) j--;
  return cs.slice(i, j).join('');
}

for (const t of [PyUnicodeIter_Type, PyStrIter_Type]) {
  defineType(t, {
    slots: {
      tp_iter: (s) => s,
      tp_iternext: (s) => {
        const it = s as StrIter;
        const str = it.s;
        if (str.cps === null) return it.i < str.value.length ? newStr(str.value[it.i++]) : null;
        return it.i < str.cps.length ? newStr(String.fromCodePoint(str.cps[it.i++])) : null;
      },
    },
  });
}

export const memoryErrorRef: { t: PyType | null } = { t: null };
export { dictGetItem, reprString, LookupError, PyTuple_Type };
