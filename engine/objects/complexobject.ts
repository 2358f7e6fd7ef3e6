// ## complex
//
// Models Objects/complexobject.c for construction, repr, arithmetic, abs, hashing and
// comparison for equality.

import { PyObject, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_POWER, Py_EQ, Py_NE } from './object.js';
import { PyType } from './type.js';
import { PyComplex_Type } from './typeobjects.js';
import { PyFloat } from './float.js';
import { PyInt } from './int.js';
import { PyStr, newStr } from './str.js';
import { Py_NotImplemented, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseValueError, raiseZeroDivision, raise, OverflowError } from './exceptions.js';
import { typeName, call } from './abstract.js';
import { lookupSpecial } from './typeobject.js';
import { floatRepr, formatFloat } from './numformat.js';
import { hashDouble, complexPowHook, parseFloatText } from './floatobject.js';

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number, type: PyType = PyComplex_Type) { super(type); }
}

function parts(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (!Number.isFinite(v)) raise(OverflowError, 'int too large to convert to float');
    return [v, 0];
  }
  return null;
}

function fmtPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  const imS = fmtPart(im);
  if (re === 0 && !Object.is(re, -0)) return `${imS}j`;
  const reS = fmtPart(re);
  const sign = im < 0 || Object.is(im, -0) || (Number.isNaN(im) && false) ? '' : '+';
  return `(${reS}${sign}${imS}j)`;
}

function div(a: number, b: number, c: number, d: number): [number, number] {
  if (c === 0 && d === 0) raiseZeroDivision('complex division by zero');
  const absC = Math.abs(c), absD = Math.abs(d);
  if (absC >= absD) {
    const ratio = d / c, denom = c + d * ratio;
    return [(a + b * ratio) / denom, (b - a * ratio) / denom];
  }
  const ratio = c / d, denom = c * ratio + d;
  return [(a * ratio + b) / denom, (b * ratio - a) / denom];
}

function cpow(a: number, b: number, c: number, d: number): [number, number] {
  if (c === 0 && d === 0) return [1, 0];
  if (a === 0 && b === 0) {
    if (d !== 0 || c < 0) raiseZeroDivision('0.0 to a negative or complex power');
    return [0, 0];
  }
  if (d === 0 && Number.isInteger(c) && Math.abs(c) <= 100) {
    // Repeated multiplication, as CPython's c_powi for small integer exponents.
    let rr = 1, ri = 0, br = a, bi = b;
    let n = Math.abs(c);
    while (n) {
      if (n & 1) [rr, ri] = [rr * br - ri * bi, rr * bi + ri * br];
      [br, bi] = [br * br - bi * bi, 2 * br * bi];
      n >>= 1;
    }
    return c < 0 ? div(1, 0, rr, ri) : [rr, ri];
  }
  const vabs = Math.hypot(a, b);
  let len = vabs ** c;
  const at = Math.atan2(b, a);
  let phase = at * c;
  if (d !== 0) { len /= Math.exp(at * d); phase += d * Math.log(vabs); }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

const bin = (f: (a: number, b: number, c: number, d: number) => [number, number]) => (x: PyObject, y: PyObject): PyObject => {
  const p = parts(x), q = parts(y);
  if (p === null || q === null) return Py_NotImplemented;
  const [r, i] = f(p[0], p[1], q[0], q[1]);
  return new PyComplex(r, i);
};

complexPowHook.fn = (x, y) => { const [r, i] = cpow(x, 0, y, 0); return new PyComplex(r, i); };

function parseComplex(s: string): [number, number] | null {
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  const num = '(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf(?:inity)?|nan';
  let m = new RegExp(`^([+-]?(?:${num}))?(?:([+-](?:${num})?)[jJ])$`, 'i').exec(t);
  if (m && m[1] !== undefined) return [parseFloatText(m[1])!, m[2] === '+' ? 1 : m[2] === '-' ? -1 : parseFloatText(m[2])!];
  m = new RegExp(`^([+-]?(?:${num})?)[jJ]$`, 'i').exec(t);
  if (m) return [0, m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : parseFloatText(m[1])!];
  const f = parseFloatText(t);
  return f === null ? null : [f, 0];
}

defineType(PyComplex_Type, {
  doc: 'Create a complex number from a real part and an optional imaginary part.',
  basicsize: 32,
  slots: {
    tp_new: (type, args) => {
      if (args.length === 0) return new PyComplex(0, 0, type);
      if (args[0] instanceof PyStr) {
        if (args.length > 1) raiseTypeError("complex() can't take second arg if first is a string");
        const r = parseComplex(args[0].value);
        if (r === null) raiseValueError('complex() arg is a malformed string');
        return new PyComplex(r[0], r[1], type);
      }
      const conv = (o: PyObject): [number, number] => {
        const p = parts(o);
        if (p !== null) return p;
        const f = lookupSpecial(o, '__complex__') ?? lookupSpecial(o, '__float__');
        if (f === null) raiseTypeError(`complex() first argument must be a string or a number, not '${typeName(o)}'`);
        const r = parts(call(f, []));
        if (r === null) raiseTypeError('__complex__ returned non-complex');
        return r;
      };
      const [a, b] = conv(args[0]);
      const [c, d] = args.length > 1 ? conv(args[1]) : [0, 0];
      return new PyComplex(a - d, b + c, type);
    },
    tp_repr: (o) => complexRepr((o as PyComplex).real, (o as PyComplex).imag),
    tp_hash: (o) => {
      const c = o as PyComplex;
      let h = hashDouble(c.real) + 1000003 * hashDouble(c.imag);
      h = Number(BigInt.asIntN(64, BigInt(h)));
      return h === -1 ? -2 : h;
    },
    tp_richcompare: (a, b, op) => {
      if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
      const p = parts(a), q = parts(b);
      if (p === null || q === null) return Py_NotImplemented;
      const eq = p[0] === q[0] && p[1] === q[1];
      return newBool(op === Py_EQ ? eq : !eq);
    },
    nb_bool: (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0,
    nb_negative: (o) => new PyComplex(-(o as PyComplex).real, -(o as PyComplex).imag),
    nb_positive: (o) => new PyComplex((o as PyComplex).real, (o as PyComplex).imag),
    nb_absolute: (o) => {
      const v = Math.hypot((o as PyComplex).real, (o as PyComplex).imag);
      if (!Number.isFinite(v) && Number.isFinite((o as PyComplex).real) && Number.isFinite((o as PyComplex).imag)) raise(OverflowError, 'absolute value too large');
      return new PyFloat(v);
    },
  },
  nb: {
    [NB_ADD]: bin((a, b, c, d) => [a + c, b + d]),
    [NB_SUBTRACT]: bin((a, b, c, d) => [a - c, b - d]),
    [NB_MULTIPLY]: bin((a, b, c, d) => [a * c - b * d, a * d + b * c]),
    [NB_TRUE_DIVIDE]: bin(div),
    [NB_POWER]: bin(cpow),
  },
  methods: [
    { name: 'conjugate', fn: (s) => new PyComplex((s as PyComplex).real, -(s as PyComplex).imag) },
    { name: '__format__', fn: (s, a) => {
      const spec = (a[0] as PyStr).value;
      const c = s as PyComplex;
      if (spec === '') return newStr(complexRepr(c.real, c.imag));
      return newStr(`${formatFloat(c.real, spec)}${c.imag >= 0 ? '+' : ''}${formatFloat(c.imag, spec)}j`);
    } },
  ],
  getsets: [
    { name: 'real', get: (s) => new PyFloat((s as PyComplex).real) },
    { name: 'imag', get: (s) => new PyFloat((s as PyComplex).imag) },
  ],
});
