// ## bytes and bytearray: the rest of the methods
//
// Models Objects/bytes_methods.c, Objects/stringlib (partition, split, transmogrify.h) and
// Python/pystrhex.c for the methods bytesobject.ts does not define: hex/fromhex, padding,
// partition, rsplit, splitlines, translate/maketrans, expandtabs, removeprefix/suffix,
// rindex, istitle, and bytearray's insert/remove.  Both types share one table; each result
// is built with the receiver's own kind (bytes or bytearray).

import { PyObject } from './object.js';
import { PyBytes_Type, PyByteArray_Type } from './typeobjects.js';
import { PyInt, newInt } from './int.js';
import { PyStr, newStr } from './str.js';
import { newList } from './list.js';
import { newTuple } from './tuple.js';
import { Py_None, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { MethodDef } from './descr.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError } from './exceptions.js';
import { typeName, index, asSsize, call, isTrue } from './abstract.js';
import { PyByteArray, dataOf, findSub, argBytes, WS, newB, newBA, raiseBufferError } from './bytesobject.js';

type Make = (u: Uint8Array) => PyObject;
const data = (s: PyObject) => dataOf(s)!;

/** A fill character argument: bytes or bytearray of length 1. */
function fillByte(o: PyObject | null, fname: string): number {
  if (o === null) return 0x20;
  const d = dataOf(o);
  if (d === null || d.length !== 1) {
    raiseTypeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeName(o)}`);
  }
  return d[0];
}

function pad(d: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + d.length + right).fill(fill);
  out.set(d, left);
  return out;
}

/** The sub-sequence argument of find/count/index: an int in range(256) or a bytes-like object. */
function subArg(o: PyObject): Uint8Array {
  if (o instanceof PyInt || (o.ob_type.nb_index !== null && dataOf(o) === null)) {
    const v = Number(index(o).value);
    if (!(v >= 0 && v <= 255)) raiseValueError('byte must be in range(0, 256)');
    return Uint8Array.of(v);
  }
  const d = dataOf(o);
  if (d === null) raiseTypeError(`argument should be integer or bytes-like object, not '${typeName(o)}'`);
  return d;
}

/** Start/end arguments, clamped like ADJUST_INDICES. */
function bounds(n: number, a: PyObject[], i: number): [number, number] {
  const norm = (o: PyObject | undefined, dflt: number) => {
    if (o === undefined || o === Py_None) return dflt;
    let v = asSsize(o, null);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [norm(a[i], 0), norm(a[i + 1], n)];
}

// Python/pystrhex.c: _Py_strhex_impl — groups of bytes_per_sep counted from the right when
// positive, from the left when negative.
export function hexOf(d: Uint8Array, sepArg: PyObject | null, perArg: PyObject | null): string {
  const hex = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  if (sepArg === null) return hex.join('');
  let sep: string;
  if (sepArg instanceof PyStr) sep = sepArg.value;
  else {
    const sd = dataOf(sepArg);
    if (sd === null) raiseTypeError(`sep must be str or bytes.`);
    sep = String.fromCharCode(...sd);
  }
  if ([...sep].length !== 1) raiseValueError('sep must be length 1.');
  if (sep.charCodeAt(0) > 127) raiseValueError('sep must be ASCII.');
  const per = perArg === null ? 1 : asSsize(perArg, null);
  if (per === 0 || hex.length === 0) return hex.join('');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(''));
  } else {
    for (let start = 0; start < hex.length; start += n) groups.push(hex.slice(start, start + n).join(''));
  }
  return groups.join(sep);
}

// Objects/bytesobject.c: _PyBytes_FromHex — pairs of hex digits, ASCII whitespace between
// pairs; the error names the position of the first character that does not fit.
function fromHex(a: PyObject[], fname: string): Uint8Array {
  if (a.length !== 1) raiseTypeError(`${fname}() takes exactly one argument (${a.length} given)`);
  if (!(a[0] instanceof PyStr)) raiseTypeError(`fromhex() argument must be str, not ${typeName(a[0])}`);
  const s = [...a[0].value];
  const out: number[] = [];
  const hexVal = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  let i = 0;
  const bad = (pos: number) => raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${pos}`);
  for (;;) {
    while (i < s.length && /^[ \t\n\r\v\f]$/.test(s[i])) i++;
    if (i >= s.length) break;
    const top = hexVal(s[i]);
    if (top < 0) bad(i);
    const bot = hexVal(s[i + 1]);
    if (bot < 0) bad(i + 1);
    out.push(top * 16 + bot);
    i += 2;
  }
  return Uint8Array.from(out);
}

function splitlines(d: Uint8Array, keep: boolean, make: Make): PyObject {
  const out: PyObject[] = [];
  let i = 0;
  while (i < d.length) {
    let j = i;
    while (j < d.length && d[j] !== 0x0a && d[j] !== 0x0d) j++;
    let eol = j;
    if (j < d.length) eol = d[j] === 0x0d && d[j + 1] === 0x0a ? j + 2 : j + 1;
    out.push(make(d.slice(i, keep ? eol : j)));
    i = eol;
  }
  return newList(out);
}

function rsplit(d: Uint8Array, sep: PyObject | null, max: number, make: Make): PyObject {
  const out: Uint8Array[] = [];
  if (sep === null || sep === Py_None) {
    let i = d.length;
    while (i > 0) {
      while (i > 0 && WS.has(d[i - 1])) i--;
      if (i <= 0) break;
      if (max >= 0 && out.length === max) { out.push(d.slice(0, i)); break; }
      let j = i;
      while (j > 0 && !WS.has(d[j - 1])) j--;
      out.push(d.slice(j, i));
      i = j;
    }
  } else {
    const sp = argBytes(sep);
    if (sp.length === 0) raiseValueError('empty separator');
    let end = d.length, f: number;
    while ((max < 0 || out.length < max) && (f = findSub(d, sp, 0, end, true)) >= 0) {
      out.push(d.slice(f + sp.length, end));
      end = f;
    }
    out.push(d.slice(0, end));
  }
  return newList(out.reverse().map(make));
}

function translate(d: Uint8Array, table: PyObject | null, del: PyObject | null, make: Make): PyObject {
  let t: Uint8Array | null = null;
  if (table !== null && table !== Py_None) {
    t = dataOf(table);
    if (t === null) raiseTypeError(`a bytes-like object is required, not '${typeName(table)}'`);
    if (t.length !== 256) raiseValueError('translation table must be 256 characters long');
  }
  const drop = new Set(del === null ? [] : argBytes(del));
  const out: number[] = [];
  for (const c of d) if (!drop.has(c)) out.push(t === null ? c : t[c]);
  return make(Uint8Array.from(out));
}

function expandTabs(d: Uint8Array, size: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 0x09) {
      if (size > 0) { const n = size - (col % size); for (let k = 0; k < n; k++) out.push(0x20); col += n; }
    } else {
      out.push(c);
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

function isTitle(d: Uint8Array): boolean {
  let cased = false, prev = false;
  for (const c of d) {
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (upper) { if (prev) return false; prev = cased = true; }
    else if (lower) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}

function sharedMethods(make: Make): MethodDef[] {
  const justify = (name: string, where: 'l' | 'r' | 'c'): MethodDef => ({
    name, fn: (s, a, k) => {
      const [w, f] = parseArgs(name, a, k, { names: ['width', 'fillchar'], required: 1 });
      const width = asSsize(w!, null), fill = fillByte(f, name), d = data(s);
      const marg = width - d.length;
      if (marg <= 0) return make(Uint8Array.from(d));
      if (where === 'l') return make(pad(d, 0, marg, fill));
      if (where === 'r') return make(pad(d, marg, 0, fill));
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return make(pad(d, left, marg - left, fill));
    },
  });
  const partition = (name: string, reverse: boolean): MethodDef => ({
    name, fn: (s, a) => {
      if (a.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${a.length} given)`);
      const d = data(s), sep = argBytes(a[0]);
      if (sep.length === 0) raiseValueError('empty separator');
      const f = findSub(d, sep, 0, d.length, reverse);
      if (f < 0) {
        const empty = make(new Uint8Array(0));
        return reverse ? newTuple([make(new Uint8Array(0)), empty, make(Uint8Array.from(d))])
          : newTuple([make(Uint8Array.from(d)), empty, make(new Uint8Array(0))]);
      }
      return newTuple([make(d.slice(0, f)), make(Uint8Array.from(sep)), make(d.slice(f + sep.length))]);
    },
  });
  return [
    {
      name: 'hex', fn: (s, a, k) => {
        const [sep, per] = parseArgs('hex', a, k, { names: ['sep', 'bytes_per_sep'], required: 0, posonly: 0 });
        return newStr(hexOf(data(s), sep, per));
      },
    },
    justify('ljust', 'l'), justify('rjust', 'r'), justify('center', 'c'),
    {
      name: 'zfill', fn: (s, a) => {
        if (a.length !== 1) raiseTypeError(`zfill() takes exactly one argument (${a.length} given)`);
        const d = data(s), width = asSsize(a[0], null);
        if (width <= d.length) return make(Uint8Array.from(d));
        const out = pad(d, width - d.length, 0, 0x30);
        if (d.length && (d[0] === 0x2b || d[0] === 0x2d)) { out[0] = d[0]; out[width - d.length] = 0x30; }
        return make(out);
      },
    },
    partition('partition', false), partition('rpartition', true),
    {
      name: 'rsplit', fn: (s, a, k) => {
        const [sep, maxsplit] = parseArgs('rsplit', a, k, { names: ['sep', 'maxsplit'], required: 0, posonly: 0 });
        return rsplit(data(s), sep, maxsplit === null ? -1 : asSsize(maxsplit, null), make);
      },
    },
    {
      name: 'splitlines', fn: (s, a, k) => {
        const [keep] = parseArgs('splitlines', a, k, { names: ['keepends'], required: 0, posonly: 0 });
        return splitlines(data(s), keep !== null && isTrue(keep), make);
      },
    },
    {
      name: 'translate', fn: (s, a, k) => {
        const [table, del] = parseArgs('translate', a, k, { names: ['table', 'delete'], required: 1, posonly: 1 });
        return translate(data(s), table, del, make);
      },
    },
    {
      name: 'expandtabs', fn: (s, a, k) => {
        const [size] = parseArgs('expandtabs', a, k, { names: ['tabsize'], required: 0, posonly: 0 });
        return make(expandTabs(data(s), size === null ? 8 : asSsize(size, null)));
      },
    },
    {
      name: 'removeprefix', fn: (s, a) => {
        const d = data(s), p = argBytes(a[0]);
        const has = p.length <= d.length && findSub(d, p, 0, p.length) === 0;
        return make(has ? d.slice(p.length) : Uint8Array.from(d));
      },
    },
    {
      name: 'removesuffix', fn: (s, a) => {
        const d = data(s), p = argBytes(a[0]);
        const has = p.length > 0 && p.length <= d.length && findSub(d, p, d.length - p.length, d.length) === d.length - p.length;
        return make(has ? d.slice(0, d.length - p.length) : Uint8Array.from(d));
      },
    },
    {
      name: 'rindex', fn: (s, a) => {
        const d = data(s);
        const [st, en] = bounds(d.length, a, 1);
        const r = findSub(d, subArg(a[0]), st, en, true);
        if (r < 0) raiseValueError('subsection not found');
        return newInt(r);
      },
    },
    { name: 'istitle', fn: (s) => newBool(isTitle(data(s))) },
    {
      name: 'maketrans', kind: 'static', fn: (_s, a) => {
        if (a.length !== 2) raiseTypeError(`maketrans expected 2 arguments, got ${a.length}`);
        const frm = argBytes(a[0]), to = argBytes(a[1]);
        if (frm.length !== to.length) raiseValueError('maketrans arguments must have same length');
        const t = new Uint8Array(256);
        for (let i = 0; i < 256; i++) t[i] = i;
        for (let i = 0; i < frm.length; i++) t[frm[i]] = to[i];
        return newB(t);
      },
    },
  ];
}

// find/count/index/rfind accept an int or a bytes-like object; their messages name both.
function findFamily(): MethodDef[] {
  const search = (name: string, reverse: boolean, raise: boolean): MethodDef => ({
    name, fn: (s, a) => {
      if (a.length < 1 || a.length > 3) raiseTypeError(`${name} expected ${a.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'}, got ${a.length}`);
      const d = data(s);
      const [st, en] = bounds(d.length, a, 1);
      const r = findSub(d, subArg(a[0]), st, en, reverse);
      if (r < 0 && raise) raiseValueError('subsection not found');
      return newInt(r);
    },
  });
  return [
    search('find', false, false), search('rfind', true, false), search('index', false, true),
    {
      name: 'count', fn: (s, a) => {
        if (a.length < 1 || a.length > 3) raiseTypeError(`count expected ${a.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'}, got ${a.length}`);
        const d = data(s), sub = subArg(a[0]);
        const [st, en] = bounds(d.length, a, 1);
        if (sub.length === 0) return newInt(st <= en ? en - st + 1 : 0);
        let c = 0, i = st;
        while ((i = findSub(d, sub, i, en)) >= 0) { c++; i += sub.length; }
        return newInt(c);
      },
    },
  ];
}

defineType(PyBytes_Type, {
  methods: [
    ...sharedMethods(newB), ...findFamily(),
    { name: '__getnewargs__', fn: (s) => newTuple([newB(Uint8Array.from(data(s)))]) },
    // bytes___bytes___impl: an exact bytes is its own bytes; a subclass gives a plain copy.
    { name: '__bytes__', fn: (s) => (s.ob_type === PyBytes_Type ? s : newB(Uint8Array.from(data(s)))), doc: 'Convert this value to exact type bytes.' },
    {
      name: 'fromhex', kind: 'class', fn: (cls, a) => {
        const b = newB(fromHex(a, 'fromhex'));
        return cls === PyBytes_Type ? b : call(cls, [b]);
      },
    },
  ],
});

function mutable(s: PyObject): PyByteArray {
  const b = s as PyByteArray;
  if (b.exports > 0) raiseBufferError();
  return b;
}

function byteValue(o: PyObject): number {
  const v = Number(index(o).value);
  if (!(v >= 0 && v <= 255)) raiseValueError('byte must be in range(0, 256)');
  return v;
}

defineType(PyByteArray_Type, {
  methods: [
    ...sharedMethods(newBA), ...findFamily(),
    {
      name: 'fromhex', kind: 'class', fn: (cls, a) => {
        const b = newBA(fromHex(a, 'fromhex'));
        return cls === PyByteArray_Type ? b : call(cls, [b]);
      },
    },
    {
      name: 'insert', fn: (s, a) => {
        if (a.length !== 2) raiseTypeError(`insert expected 2 arguments, got ${a.length}`);
        const b = mutable(s);
        let i = asSsize(a[0], null);
        const v = byteValue(a[1]);
        const n = b.length;
        if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
        const d = new Uint8Array(n + 1);
        d.set(b.view().subarray(0, i));
        d[i] = v;
        d.set(b.view().subarray(i), i + 1);
        b.data = d; b.length = n + 1;
        return Py_None;
      },
    },
    {
      name: 'remove', fn: (s, a) => {
        if (a.length !== 1) raiseTypeError(`bytearray.remove() takes exactly one argument (${a.length} given)`);
        const v = byteValue(a[0]);
        const b = s as PyByteArray;
        const i = b.view().indexOf(v);
        if (i < 0) raiseValueError('value not found in bytearray');
        mutable(s);
        const d = new Uint8Array(b.length - 1);
        d.set(b.view().subarray(0, i));
        d.set(b.view().subarray(i + 1), i);
        b.data = d; b.length -= 1;
        return Py_None;
      },
    },
  ],
});
