// ## marshal: Python values to bytes and back, in CPython's format (version 4)
//
// Models Python/marshal.c (3.11): w_object()/r_object() for None, bools, StopIteration,
// Ellipsis, int, float, complex, bytes, str, tuple, list, dict, set and frozenset.  Code
// objects are not written (ValueError, as for any unmarshallable object) nor read
// (NotImplementedError).
//
// One difference in the bytes written: CPython flags an object for back-reference
// (FLAG_REF) when its reference count is above one, which glasspy does not track yet, so
// dumps() never writes references.  The data reads back the same in both; loads() reads
// references written by CPython.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyInt, newInt, newIntBig, intToBig } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complexobject.js';
import { PyStr, newStr, internStr } from '../objects/str.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList, newList } from '../objects/list.js';
import { PyDict, dictSetStr, dictSetItem, dictItems } from '../objects/dict.js';
import { PySet, setAdd, setItems } from '../objects/setobject.js';
import { PyBytes } from '../objects/bytesobject.js';
import { bytesData, newBytes } from '../objects/bytesbridge.js';
import { Py_None, Py_True, Py_False, Py_Ellipsis } from '../objects/singletons.js';
import {
  PyLong_Type, PyBool_Type, PyFloat_Type, PyComplex_Type, PyUnicode_Type, PyTuple_Type, PyList_Type,
  PyDict_Type, PySet_Type, PyFrozenSet_Type, PyBytes_Type,
} from '../objects/typeobjects.js';
import { raise, raiseTypeError, raiseValueError, EOFError, NotImplementedError, StopIteration } from '../objects/exceptions.js';
import { call, index, typeName, getAttr } from '../objects/abstract.js';
import { parseArgs } from '../objects/args.js';
import { decodeBytes, encodeStr } from '../objects/codecs.js';
import { newBuiltin } from '../objects/descr.js';
import { defineModule } from './registry.js';

const MARSHAL_VERSION = 4;
const MAX_DEPTH = 2000;
const FLAG_REF = 0x80;
const T = (c: string) => c.charCodeAt(0);
const TYPE_NULL = T('0'), TYPE_NONE = T('N'), TYPE_FALSE = T('F'), TYPE_TRUE = T('T'), TYPE_STOPITER = T('S');
const TYPE_ELLIPSIS = T('.'), TYPE_INT = T('i'), TYPE_INT64 = T('I'), TYPE_FLOAT = T('f'), TYPE_BINARY_FLOAT = T('g');
const TYPE_COMPLEX = T('x'), TYPE_BINARY_COMPLEX = T('y'), TYPE_LONG = T('l'), TYPE_STRING = T('s');
const TYPE_INTERNED = T('t'), TYPE_REF = T('r'), TYPE_TUPLE = T('('), TYPE_LIST = T('['), TYPE_DICT = T('{');
const TYPE_CODE = T('c'), TYPE_UNICODE = T('u'), TYPE_UNKNOWN = T('?'), TYPE_SET = T('<'), TYPE_FROZENSET = T('>');
const TYPE_ASCII = T('a'), TYPE_ASCII_INTERNED = T('A'), TYPE_SMALL_TUPLE = T(')'), TYPE_SHORT_ASCII = T('z');
const TYPE_SHORT_ASCII_INTERNED = T('Z');

// ## Writing

class Writer {
  bytes: number[] = [];
  depth = 0;
  unmarshallable = false;
  nested = false;
  constructor(readonly version: number) {}

  byte(b: number): void { this.bytes.push(b & 0xff); }
  long32(x: number): void { for (let i = 0; i < 4; i++) this.byte(x >>> (8 * i)); }
  raw(d: Uint8Array): void { for (const b of d) this.bytes.push(b); }
  double(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.raw(b);
  }
  pstring(d: Uint8Array): void {
    this.long32(d.length);
    this.raw(d);
  }
}

/** w_PyLong: the magnitude in 15-bit digits, the signed digit count first. */
function writeLong(w: Writer, v: bigint): void {
  w.byte(TYPE_LONG);
  const neg = v < 0n;
  let m = neg ? -v : v;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0x7fffn));
    m >>= 15n;
  }
  w.long32(neg ? -digits.length : digits.length);
  for (const d of digits) { w.byte(d); w.byte(d >> 8); }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function isInterned(s: PyStr): boolean {
  return internStr(s.value) === s;
}

function writeObject(w: Writer, v: PyObject): void {
  if (++w.depth > MAX_DEPTH) {
    w.nested = true;
  } else if (v === Py_None) w.byte(TYPE_NONE);
  else if (v === StopIteration) w.byte(TYPE_STOPITER);
  else if (v === Py_Ellipsis) w.byte(TYPE_ELLIPSIS);
  else if (v === Py_False) w.byte(TYPE_FALSE);
  else if (v === Py_True) w.byte(TYPE_TRUE);
  else writeComplexObject(w, v);
  w.depth--;
}

function writeComplexObject(w: Writer, v: PyObject): void {
  const t = v.ob_type;
  if (t === PyLong_Type) {
    const x = intToBig(v as PyInt);
    // Fits in 32 bits: TYPE_INT, else the digits.
    if (x >= -(2n ** 31n) && x < 2n ** 31n) {
      w.byte(TYPE_INT);
      w.long32(Number(x));
    } else writeLong(w, x);
  } else if (t === PyFloat_Type) {
    w.byte(TYPE_BINARY_FLOAT);
    w.double((v as PyFloat).value);
  } else if (t === PyComplex_Type) {
    w.byte(TYPE_BINARY_COMPLEX);
    w.double((v as PyComplex).real);
    w.double((v as PyComplex).imag);
  } else if (t === PyBytes_Type) {
    w.byte(TYPE_STRING);
    w.pstring((v as PyBytes).data);
  } else if (t === PyUnicode_Type) {
    const s = v as PyStr;
    const interned = isInterned(s);
    if (w.version >= 4 && isAscii(s.value)) {
      const d = Uint8Array.from(s.value, (c) => c.charCodeAt(0));
      if (d.length < 256) {
        w.byte(interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII);
        w.byte(d.length);
        w.raw(d);
      } else {
        w.byte(interned ? TYPE_ASCII_INTERNED : TYPE_ASCII);
        w.pstring(d);
      }
    } else {
      w.byte(interned && w.version >= 1 ? TYPE_INTERNED : TYPE_UNICODE);
      w.pstring(encodeStr(s.value, 'utf-8', 'surrogatepass'));
    }
  } else if (t === PyTuple_Type) {
    const items = (v as PyTuple).items;
    if (w.version >= 4 && items.length < 256) {
      w.byte(TYPE_SMALL_TUPLE);
      w.byte(items.length);
    } else {
      w.byte(TYPE_TUPLE);
      w.long32(items.length);
    }
    for (const it of items) writeObject(w, it);
  } else if (t === PyList_Type) {
    const items = (v as PyList).items;
    w.byte(TYPE_LIST);
    w.long32(items.length);
    for (const it of items.slice()) writeObject(w, it);
  } else if (t === PyDict_Type) {
    w.byte(TYPE_DICT);
    for (const [k, val] of dictItems(v as PyDict)) {
      writeObject(w, k);
      writeObject(w, val);
    }
    w.byte(TYPE_NULL);
  } else if (t === PySet_Type || t === PyFrozenSet_Type) {
    w.byte(t === PyFrozenSet_Type ? TYPE_FROZENSET : TYPE_SET);
    const items = setItems(v as PySet);
    w.long32(items.length);
    // bpo-37596: elements in the order of their own marshalled bytes, for reproducible output.
    const encoded = items.map((it) => {
      const sub = new Writer(w.version);
      sub.depth = w.depth;
      writeObject(sub, it);
      if (sub.unmarshallable) w.unmarshallable = true;
      if (sub.nested) w.nested = true;
      return sub.bytes;
    });
    encoded.sort(compareBytes);
    for (const e of encoded) for (const b of e) w.bytes.push(b);
  } else {
    const d = bytesData(v);
    if (d !== null) {
      w.byte(TYPE_STRING);
      w.pstring(d);
    } else {
      if (t.tp_name === 'code') raise(NotImplementedError, 'glasspy: marshal cannot write code objects yet');
      w.byte(TYPE_UNKNOWN);
      w.unmarshallable = true;
    }
  }
}

function compareBytes(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function dumpsBytes(value: PyObject, version: number): Uint8Array {
  const w = new Writer(version);
  writeObject(w, value);
  if (w.nested) raiseValueError('object too deeply nested to marshal');
  if (w.unmarshallable) raiseValueError('unmarshallable object');
  return Uint8Array.from(w.bytes);
}

// ## Reading

class Reader {
  pos = 0;
  depth = 0;
  refs: (PyObject | null)[] = [];
  constructor(readonly data: Uint8Array) {}

  need(n: number): number {
    if (this.pos + n > this.data.length) raise(EOFError, 'marshal data too short');
    const p = this.pos;
    this.pos += n;
    return p;
  }
  byte(): number { return this.data[this.need(1)]; }
  long32(): number {
    const p = this.need(4);
    const d = this.data;
    return d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
  }
  bytes(n: number): Uint8Array {
    if (n < 0) raiseValueError('bad marshal data (bytes object size out of range)');
    const p = this.need(n);
    return this.data.slice(p, p + n);
  }
  double(): number {
    const p = this.need(8);
    return new DataView(this.data.buffer, this.data.byteOffset + p, 8).getFloat64(0, true);
  }
}

/**
 * UTF-8 where encoded surrogates stand for themselves (the 'surrogatepass' handler, as
 * marshal writes lone surrogates).  Malformed data raises the codec's UnicodeDecodeError.
 */
function decodeSurrogatePass(d: Uint8Array): string {
  let out = '';
  for (let i = 0; i < d.length;) {
    const b = d[i];
    let c = -1, n = 0;
    if (b < 0x80) { c = b; n = 1; }
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < d.length && (d[i + 1] & 0xc0) === 0x80) { c = ((b & 31) << 6) | (d[i + 1] & 63); n = 2; }
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < d.length && (d[i + 1] & 0xc0) === 0x80 && (d[i + 2] & 0xc0) === 0x80) {
      c = ((b & 15) << 12) | ((d[i + 1] & 63) << 6) | (d[i + 2] & 63);
      n = c >= 0x800 ? 3 : 0;
    } else if (b >= 0xf0 && b < 0xf5 && i + 3 < d.length && (d[i + 1] & 0xc0) === 0x80 && (d[i + 2] & 0xc0) === 0x80 && (d[i + 3] & 0xc0) === 0x80) {
      c = ((b & 7) << 18) | ((d[i + 1] & 63) << 12) | ((d[i + 2] & 63) << 6) | (d[i + 3] & 63);
      n = c >= 0x10000 && c <= 0x10ffff ? 4 : 0;
    }
    if (n === 0) return decodeBytes(d, 'utf-8', 'strict');
    out += String.fromCodePoint(c);
    i += n;
  }
  return out;
}

function readObject(r: Reader): PyObject {
  if (++r.depth > MAX_DEPTH) {
    r.depth--;
    raiseValueError('recursion limit exceeded');
  }
  try {
    return readTyped(r);
  } finally {
    r.depth--;
  }
}

function readTyped(r: Reader): PyObject {
  if (r.pos >= r.data.length) raise(EOFError, 'EOF read where object expected');
  const code = r.byte();
  const flag = (code & FLAG_REF) !== 0;
  const type = code & ~FLAG_REF;
  // A flagged container is registered before its items are read, so they may refer to it.
  let refIndex = -1;
  const reserve = (): void => {
    if (flag) { refIndex = r.refs.length; r.refs.push(null); }
  };
  const done = (v: PyObject): PyObject => {
    if (flag) {
      if (refIndex >= 0) r.refs[refIndex] = v;
      else r.refs.push(v);
    }
    return v;
  };
  switch (type) {
    case TYPE_NULL: raiseTypeError('NULL object in marshal data for object');
    case TYPE_NONE: return Py_None;
    case TYPE_STOPITER: return StopIteration;
    case TYPE_ELLIPSIS: return Py_Ellipsis;
    case TYPE_FALSE: return Py_False;
    case TYPE_TRUE: return Py_True;
    case TYPE_INT: return done(newInt(r.long32()));
    case TYPE_INT64: {
      const lo = BigInt(r.long32() >>> 0), hi = BigInt(r.long32());
      return done(newIntBig((hi << 32n) | lo));
    }
    case TYPE_LONG: {
      const n = r.long32();
      if (n < -0x7fffffff || n > 0x7fffffff) raiseValueError('bad marshal data (long size out of range)');
      const size = Math.abs(n);
      let v = 0n;
      for (let i = 0; i < size; i++) {
        const p = r.need(2);
        const d = r.data[p] | (r.data[p + 1] << 8);
        if (d > 0x7fff) raiseValueError('bad marshal data (digit out of range in long)');
        if (d === 0 && i === size - 1) raiseValueError('bad marshal data (unnormalized long data)');
        v |= BigInt(d) << BigInt(15 * i);
      }
      return done(newIntBig(n < 0 ? -v : v));
    }
    case TYPE_FLOAT: {
      const n = r.byte();
      return done(newFloat(Number(String.fromCharCode(...r.bytes(n)))));
    }
    case TYPE_BINARY_FLOAT: return done(newFloat(r.double()));
    case TYPE_COMPLEX: {
      const re = Number(String.fromCharCode(...r.bytes(r.byte())));
      const im = Number(String.fromCharCode(...r.bytes(r.byte())));
      return done(new PyComplex(re, im));
    }
    case TYPE_BINARY_COMPLEX: {
      const re = r.double(), im = r.double();
      return done(new PyComplex(re, im));
    }
    case TYPE_STRING: return done(newBytes(r.bytes(r.long32())));
    case TYPE_ASCII_INTERNED: case TYPE_ASCII: case TYPE_SHORT_ASCII_INTERNED: case TYPE_SHORT_ASCII: {
      const short = type === TYPE_SHORT_ASCII || type === TYPE_SHORT_ASCII_INTERNED;
      const d = r.bytes(short ? r.byte() : r.long32());
      const s = String.fromCharCode(...d);
      return done(type === TYPE_ASCII_INTERNED || type === TYPE_SHORT_ASCII_INTERNED ? internStr(s) : newStr(s));
    }
    case TYPE_INTERNED: case TYPE_UNICODE: {
      const s = decodeSurrogatePass(r.bytes(r.long32()));
      return done(type === TYPE_INTERNED ? internStr(s) : newStr(s));
    }
    case TYPE_SMALL_TUPLE: case TYPE_TUPLE: {
      const n = type === TYPE_SMALL_TUPLE ? r.byte() : r.long32();
      if (n < 0) raiseValueError('bad marshal data (tuple size out of range)');
      reserve();
      const items: PyObject[] = [];
      for (let i = 0; i < n; i++) items.push(readObject(r));
      return done(newTuple(items));
    }
    case TYPE_LIST: {
      const n = r.long32();
      if (n < 0) raiseValueError('bad marshal data (list size out of range)');
      const l = newList([]);
      done(l);
      // The list owns a reference to each item (PyList_SET_ITEM takes the new reference).
      for (let i = 0; i < n; i++) {
        const v = readObject(r);
        v.ob_refcnt++;
        l.items.push(v);
      }
      return l;
    }
    case TYPE_DICT: {
      const d = new PyDict();
      done(d);
      for (;;) {
        if (r.pos < r.data.length && r.data[r.pos] === TYPE_NULL) { r.pos++; break; }
        const k = readObject(r);
        const v = readObject(r);
        dictSetItem(d, k, v);
      }
      return d;
    }
    case TYPE_SET: case TYPE_FROZENSET: {
      const n = r.long32();
      if (n < 0) raiseValueError('bad marshal data (set size out of range)');
      const s = new PySet(type === TYPE_SET ? PySet_Type : PyFrozenSet_Type);
      if (type === TYPE_SET) done(s);
      else reserve();
      for (let i = 0; i < n; i++) setAdd(s, readObject(r));
      return type === TYPE_SET ? s : done(s);
    }
    case TYPE_REF: {
      const n = r.long32();
      if (n < 0 || n >= r.refs.length) raiseValueError('bad marshal data (invalid reference)');
      const v = r.refs[n];
      if (v === null) raiseValueError('bad marshal data (invalid reference)');
      return v;
    }
    case TYPE_CODE:
      raise(NotImplementedError, 'glasspy: marshal cannot read code objects yet');
    case TYPE_UNKNOWN:
    default:
      raiseValueError('bad marshal data (unknown type code)');
  }
}

// ## The module functions

function versionArg(o: PyObject | null): number {
  if (o === null) return MARSHAL_VERSION;
  if (o instanceof PyFloat) raiseTypeError("'float' object cannot be interpreted as an integer");
  return Number(index(o).value);
}

function marshal_dumps(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [value, version] = parseArgs('dumps', args, kw, { names: ['value', 'version'], required: 1 });
  return newBytes(dumpsBytes(value!, versionArg(version)));
}

function marshal_dump(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [value, file, version] = parseArgs('dump', args, kw, { names: ['value', 'file', 'version'], required: 2 });
  const data = newBytes(dumpsBytes(value!, versionArg(version)));
  call(getAttr(file!, 'write'), [data]);
  return Py_None;
}

function marshal_loads(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [bytes] = parseArgs('loads', args, kw, { names: ['bytes'], required: 1 });
  const d = bytesData(bytes!);
  if (d === null) raiseTypeError(`a bytes-like object is required, not '${typeName(bytes!)}'`);
  return readObject(new Reader(d));
}

function marshal_load(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [file] = parseArgs('load', args, kw, { names: ['file'], required: 1 });
  // CPython reads exactly the bytes of one value; read what is there, then seek back to
  // just after the value when the file can seek.
  let start: PyObject | null = null;
  try {
    start = call(getAttr(file!, 'tell'), []);
  } catch {
    start = null;
  }
  const data = call(getAttr(file!, 'read'), []);
  const d = bytesData(data);
  if (!(data instanceof PyBytes) || d === null) raiseTypeError(`file.read() returned not bytes but ${typeName(data)}`);
  const r = new Reader(d);
  const v = readObject(r);
  if (r.pos < d.length && start instanceof PyInt) {
    call(getAttr(file!, 'seek'), [newIntBig(intToBig(start) + BigInt(r.pos))]);
  }
  return v;
}

defineModule('marshal', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr('This module contains functions that can read and write Python values in\n'
    + 'a binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n'));
  dictSetStr(d, 'version', newInt(MARSHAL_VERSION));
  const fns: [string, (m: PyObject, a: PyObject[], k: string[] | null) => PyObject, string][] = [
    ['dumps', marshal_dumps, 'Return the bytes object that would be written to a file by dump(value, file).'],
    ['dump', marshal_dump, 'Write the value on the open file.'],
    ['loads', marshal_loads, 'Convert the bytes-like object to a value.'],
    ['load', marshal_load, 'Read one value from the open file and return it.'],
  ];
  for (const [name, fn, doc] of fns) dictSetStr(d, name, newBuiltin(name, fn, 'marshal', undefined, doc));
  void PyBool_Type;
});
