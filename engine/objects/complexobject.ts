// ## complex
//
// Models Objects/complexobject.c for construction, repr, arithmetic, abs, hashing and
// comparison for equality.

import { PyObject, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_POWER, Py_EQ, Py_NE } from './object.js';
import { PyType } from './type.js';
import { PyComplex_Type, PyFloat_Type } from './typeobjects.js';
import { PyFloat, newFloat } from './float.js';
import { PyInt, newInt } from './int.js';
import { PyStr, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { Py_NotImplemented, Py_None, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raiseValueError, raiseZeroDivision, raise, OverflowError } from './exceptions.js';
import { typeName, call } from './abstract.js';
import { callSpecial } from './typeobject.js';
import { floatRepr, formatFloat, parseSpec } from './numformat.js';
import { hashDouble, complexPowHook, parseFloatText } from './floatobject.js';
import { libmHypot } from './floatpow.js';

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
    // complex_pow reports c_quot's division by zero (EDOM) as a power error.
    if (c < 0 && rr === 0 && ri === 0) raiseZeroDivision('0.0 to a negative or complex power');
    return c < 0 ? div(1, 0, rr, ri) : [rr, ri];
  }
  const vabs = libmHypot(a, b);
  let len = vabs ** c;
  const at = Math.atan2(b, a);
  let phase = at * c;
  if (d !== 0) { len /= Math.exp(at * d); phase += d * Math.log(vabs); }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** complex_pow: an infinite part in the result is ERANGE, reported as OverflowError (_Py_ADJUST_ERANGE2). */
function cpowChecked(a: number, b: number, c: number, d: number): [number, number] {
  const r = cpow(a, b, c, d);
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) raise(OverflowError, 'complex exponentiation');
  return r;
}

const bin = (f: (a: number, b: number, c: number, d: number) => [number, number]) => (x: PyObject, y: PyObject): PyObject => {
  const p = parts(x), q = parts(y);
  if (p === null || q === null) return Py_NotImplemented;
  const [r, i] = f(p[0], p[1], q[0], q[1]);
  return new PyComplex(r, i);
};

complexPowHook.fn = (x, y) => { const [r, i] = cpowChecked(x, 0, y, 0); return new PyComplex(r, i); };

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

/** float(o) for complex(): PyNumber_Float, which also accepts __index__. */
function toDouble(o: PyObject): number {
  const p = parts(o);
  if (p !== null) return p[0];
  const f = call(PyFloat_Type, [o]);
  return (f as PyFloat).value;
}

/** A type with __float__ or __index__ (or a complex) counts as a number for complex(). */
function isNumberLike(o: PyObject): boolean {
  return o instanceof PyComplex || o instanceof PyInt || o instanceof PyFloat || o.ob_type.nb_float !== null || o.ob_type.nb_index !== null;
}

// Models Objects/complexobject.c: complex_new_impl.  The real and imaginary arguments may
// themselves be complex: complex(a, b) is a + b*1j, computed part by part so that signed
// zeros survive (complex(0, -0.0) is -0j, not 0j).
function complex_new(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length, npos = args.length - nkw;
  if (args.length > 2) raiseTypeError(`complex() takes at most 2 arguments (${args.length} given)`);
  let r: PyObject | null = npos > 0 ? args[0] : null, i: PyObject | null = npos > 1 ? args[1] : null;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k], v = args[npos + k];
    if (name === 'real') {
      if (npos >= 1) raiseTypeError("argument for complex() given by name ('real') and position (1)");
      r = v;
    } else if (name === 'imag') {
      if (npos >= 2) raiseTypeError("argument for complex() given by name ('imag') and position (2)");
      i = v;
    } else {
      raiseTypeError(`'${name}' is an invalid keyword argument for complex()`);
    }
  }
  if (r === null) r = newInt(0);
  if (r.ob_type === PyComplex_Type && i === null && type === PyComplex_Type) return r;
  if (r instanceof PyStr) {
    if (i !== null) raiseTypeError("complex() can't take second arg if first is a string");
    const p = parseComplex(r.value);
    if (p === null) raiseValueError('complex() arg is a malformed string');
    return new PyComplex(p[0], p[1], type);
  }
  if (i !== null && i instanceof PyStr) raiseTypeError("complex() second arg can't be a string");
  const c = callSpecial(r, '__complex__', []);
  if (c !== null) {
    if (!(c instanceof PyComplex)) raiseTypeError(`__complex__ returned non-complex (type ${typeName(c)})`);
    r = c;
  }
  if (!isNumberLike(r)) raiseTypeError(`complex() first argument must be a string or a number, not '${typeName(r)}'`);
  if (i !== null && !isNumberLike(i)) raiseTypeError(`complex() second argument must be a number, not '${typeName(i)}'`);
  let crReal: number, crImag = 0, ciReal: number, ciImag = 0;
  const crIsComplex = r instanceof PyComplex;
  if (r instanceof PyComplex) { crReal = r.real; crImag = r.imag; } else crReal = toDouble(r);
  let ciIsComplex = false;
  if (i === null) ciReal = crImag;
  else if (i instanceof PyComplex) { ciReal = i.real; ciImag = i.imag; ciIsComplex = true; }
  else ciReal = toDouble(i);
  if (ciIsComplex) crReal -= ciImag;
  if (crIsComplex && i !== null) ciReal += crImag;
  return new PyComplex(crReal, ciReal, type);
}

// Models Python/formatter_unicode.c: format_complex_internal.  Each part is formatted as a
// float; the imaginary part always carries a sign unless the real part is left out, and
// the whole is padded as one field (right-aligned by default).
function complexFormat(re: number, im: number, specStr: string): string {
  if (specStr === '') return complexRepr(re, im);
  const spec = parseSpec(specStr, null, 'complex');
  if (spec.type !== null && !'eEfFgGn'.includes(spec.type)) {
    raiseValueError(`Unknown format code '${spec.type}' for object of type 'complex'`);
  }
  if (spec.fill === '0') raiseValueError('Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') raiseValueError("'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type, prec = spec.precision, defaultPrec = 6, skipRe = false, parens = false;
  if (type === null) {
    type = 'r';
    defaultPrec = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true; else parens = true;
  }
  if (type === 'n') type = 'g';
  if (prec < 0) prec = defaultPrec; else if (type === 'r') type = 'g';
  const part = (x: number, sign: string | null): string => {
    if (type === 'r') {
      const body = fmtPart(Math.abs(x));
      const neg = x < 0 || Object.is(x, -0);
      return (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + body;
    }
    return formatFloat(x, `${sign ?? ''}${spec.alt ? '#' : ''}${spec.grouping ?? ''}.${prec}${type}`);
  };
  const body = (parens ? '(' : '') + (skipRe ? '' : part(re, spec.sign)) + part(im, skipRe ? spec.sign : '+') + 'j' + (parens ? ')' : '');
  const len = [...body].length;
  const n = spec.width > len ? spec.width - len : 0;
  switch (spec.align ?? '>') {
    case '<': return body + spec.fill.repeat(n);
    case '^': return spec.fill.repeat(Math.floor(n / 2)) + body + spec.fill.repeat(n - Math.floor(n / 2));
    default: return spec.fill.repeat(n) + body;
  }
}

defineType(PyComplex_Type, {
  doc: 'Create a complex number from a real part and an optional imaginary part.',
  basicsize: 32,
  slots: {
    tp_new: complex_new,
    // complexobject.c: complex_pow refuses a modulus.
    nb_power3: (a, b, c) => {
      const p = parts(a), q = parts(b);
      if (p === null || q === null) return Py_NotImplemented;
      if (c !== Py_None) raiseValueError('complex modulo');
      const [r, i] = cpowChecked(p[0], p[1], q[0], q[1]);
      return new PyComplex(r, i);
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
      const v = libmHypot((o as PyComplex).real, (o as PyComplex).imag);
      if (!Number.isFinite(v) && Number.isFinite((o as PyComplex).real) && Number.isFinite((o as PyComplex).imag)) raise(OverflowError, 'absolute value too large');
      return newFloat(v);
    },
  },
  nb: {
    [NB_ADD]: bin((a, b, c, d) => [a + c, b + d]),
    [NB_SUBTRACT]: bin((a, b, c, d) => [a - c, b - d]),
    [NB_MULTIPLY]: bin((a, b, c, d) => [a * c - b * d, a * d + b * c]),
    [NB_TRUE_DIVIDE]: bin(div),
    [NB_POWER]: bin(cpowChecked),
  },
  methods: [
    { name: 'conjugate', fn: (s) => new PyComplex((s as PyComplex).real, -(s as PyComplex).imag) },
    { name: '__complex__', fn: (s) => (s.ob_type === PyComplex_Type ? s : new PyComplex((s as PyComplex).real, (s as PyComplex).imag)), doc: 'Convert this value to exact type complex.' },
    { name: '__getnewargs__', fn: (s) => newTuple([newFloat((s as PyComplex).real), newFloat((s as PyComplex).imag)]) },
    { name: '__format__', fn: (s, a) => {
      if (!(a[0] instanceof PyStr)) raiseTypeError(`__format__() argument must be str, not ${typeName(a[0])}`);
      return newStr(complexFormat((s as PyComplex).real, (s as PyComplex).imag, a[0].value));
    } },
  ],
  getsets: [
    { name: 'real', get: (s) => newFloat((s as PyComplex).real) },
    { name: 'imag', get: (s) => newFloat((s as PyComplex).imag) },
  ],
});
