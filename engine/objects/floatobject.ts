// ## float behaviour
//
// Models Objects/floatobject.c: arithmetic with int operands, Python's floor division and
// modulo signs (float_divmod), errors for division by zero and overflow in **, exact
// comparison with ints, hashing (_Py_HashDouble), repr, float(), round() and the methods.

import { PyObject, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_POWER, NB_TRUE_DIVIDE, NB_DIVMOD,
  Py_NE } from './object.js';
import { PyType } from './type.js';
import { PyFloat_Type } from './typeobjects.js';
import { PyFloat, newFloat } from './float.js';
import { PyInt, newInt, newIntBig } from './int.js';
import { PyStr, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { Py_NotImplemented, Py_True, Py_False, Py_None, newBool, compareResult } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseZeroDivision, raise, OverflowError, DeprecationWarning } from './exceptions.js';
import { typeName, index, call, reprString, warnHook } from './abstract.js';
import { callSpecial } from './typeobject.js';
import { floatRepr, formatFloat, doubleRound } from './numformat.js';
import { compareIntFloat, floatToInt, decimalDigitValue } from './longobject.js';
import { powDouble } from './floatpow.js';
import { bytesData } from './bytesbridge.js';
import { floatHashBig } from './hashexact.js';

/** The operand as a double, or null when the operation should return NotImplemented. */
function asDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (!Number.isFinite(v)) raise(OverflowError, 'int too large to convert to float');
    return v;
  }
  return null;
}

/**
 * PyFloat_AsDouble: a float or int directly, else __float__, else __index__; anything else
 * is "must be real number" (the C "d" argument format of math, _lsprof ...).
 */
export function floatAsDouble(o: PyObject): number {
  const v = asDouble(o);
  if (v !== null) return v;
  const f = callSpecial(o, '__float__', []);
  if (f !== null) return (f as PyFloat).value;
  const i = callSpecial(o, '__index__', []);
  if (i !== null) return Number((i as PyInt).value);
  raiseTypeError(`must be real number, not ${typeName(o)}`);
}

function binop(f: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = asDouble(a), y = asDouble(b);
    if (x === null || y === null) return Py_NotImplemented;
    return newFloat(f(x, y));
  };
}

export function floatMod(x: number, y: number): number {
  if (y === 0) raiseZeroDivision('float modulo');
  let m = x % y;
  if (m !== 0) { if ((y < 0) !== (m < 0)) m += y; } else m = y < 0 ? -0 : 0;
  return m;
}

export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raiseZeroDivision('float divmod()');
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) { mod += y; div -= 1; }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // A zero with the sign of the true quotient (copysign(0.0, x / y)).
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatPow(x: number, y: number): PyObject {
  if (x === 0 && y < 0) raiseZeroDivision('0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    // A negative base to a fractional power is complex in Python 3.
    return complexPowHook.fn(x, y);
  }
  if (x === 1 || y === 0) return newFloat(1);
  const r = powDouble(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(OverflowError, '(34, \'Numerical result out of range\')');
  return newFloat(r);
}
export const complexPowHook: { fn: (x: number, y: number) => PyObject } = { fn: () => { throw new Error('complex'); } };

/** _Py_HashDouble (exact value in hashexact.ts), as the JS number dicts and sets use. */
export function hashDouble(v: number): number {
  return Number(floatHashBig(v));
}

function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = (a as PyFloat).value;
  let c: number;
  if (b instanceof PyFloat) {
    const y = b.value;
    if (Number.isNaN(x) || Number.isNaN(y)) return op === Py_NE ? Py_True : Py_False;
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (b instanceof PyInt) {
    c = -compareIntFloat(b.value, x);
    if (Number.isNaN(c)) return op === Py_NE ? Py_True : Py_False;
  } else {
    return Py_NotImplemented;
  }
  return compareResult(c, op);
}

/** float(text): Python's accepted spellings (underscores between digits, inf/nan words). */
export function parseFloatText(text: string): number | null {
  const s = text.trim();
  const m = /^([+-]?)(?:(inf(?:inity)?)|(nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return sign * Infinity;
  if (m[3]) return NaN;
  const num = m[4].replace(/_/g, '');
  if (!/\d/.test(num.split(/[eE]/)[0])) return null;
  return sign * Number(num);
}

function floatNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('float() takes no keyword arguments');
  if (args.length > 1) raiseTypeError(`float expected at most 1 argument, got ${args.length}`);
  let v = 0;
  if (args.length) {
    const x = args[0];
    if (x instanceof PyFloat) v = x.value;
    else if (x instanceof PyInt) {
      v = Number(x.value);
      if (!Number.isFinite(v)) raise(OverflowError, 'int too large to convert to float');
    } else if (x instanceof PyStr || bytesData(x) !== null) {
      const text = x instanceof PyStr ? x.value : new TextDecoder('latin1').decode(bytesData(x)!);
      const r = parseFloatText(text.replace(/\p{Nd}/gu, (d) => String(decimalDigitValue(d.codePointAt(0)!))));
      if (r === null) raiseValueError(`could not convert string to float: ${reprString(x instanceof PyStr ? x : newStr(text))}`);
      v = r;
    } else {
      const r = callSpecial(x, '__float__', []);
      if (r !== null) {
        if (!(r instanceof PyFloat)) raiseTypeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
        if (r.ob_type !== PyFloat_Type) {
          warnHook.fn(DeprecationWarning, `${typeName(x)}.__float__ returned non-float (type ${typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
        }
        v = r.value;
      } else {
        const ix = callSpecial(x, '__index__', []);
        if (ix === null) raiseTypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
        v = Number((ix as PyInt).value);
      }
    }
  }
  return type === PyFloat_Type ? newFloat(v) : new PyFloat(v, type);
}

function asIntegerRatio(v: number): [bigint, bigint] {
  if (Number.isNaN(v)) raiseValueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(v)) raise(OverflowError, 'cannot convert Infinity to integer ratio');
  let m = v, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let num = BigInt(m), den = 1n << BigInt(e);
  // Reduce by powers of two.
  while (e > 0 && num % 2n === 0n) { num /= 2n; den /= 2n; e--; }
  return [num, den];
}

function floatHex(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const neg = v < 0;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(v));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  let e = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  let lead = '1';
  if (e === 0) { lead = '0'; e = -1022; } else e -= 1023;
  return `${neg ? '-' : ''}0x${lead}.${mant}p${e >= 0 ? '+' : ''}${e}`;
}

const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject, doc?: string) => ({ name, fn, doc });
const val = (o: PyObject) => (o as PyFloat).value;

defineType(PyFloat_Type, {
  doc: 'Convert a string or number to a floating point number, if possible.',
  basicsize: 24,
  slots: {
    // floatobject.c: float_pow — a modulus makes sense only for ints.
    nb_power3: (a, b, c) => {
      if (asDouble(a) === null || asDouble(b) === null) return Py_NotImplemented;
      if (c !== Py_None) raiseTypeError('pow() 3rd argument not allowed unless all arguments are integers');
      return floatPow(asDouble(a)!, asDouble(b)!);
    },
    tp_new: floatNew,
    tp_repr: (o) => floatRepr(val(o)),
    tp_hash: (o) => hashDouble(val(o)),
    tp_richcompare: richcompare,
    nb_bool: (o) => val(o) !== 0,
    nb_negative: (o) => newFloat(-val(o)),
    nb_positive: (o) => newFloat(val(o)),
    nb_absolute: (o) => newFloat(Math.abs(val(o))),
    nb_int: (o) => { const r = floatToInt(val(o)); return typeof r === 'number' ? newInt(r) : newIntBig(r); },
    nb_float: (o) => (o.ob_type === PyFloat_Type ? o : newFloat(val(o))),
  },
  nb: {
    [NB_ADD]: binop((a, b) => a + b),
    [NB_SUBTRACT]: binop((a, b) => a - b),
    [NB_MULTIPLY]: binop((a, b) => a * b),
    [NB_TRUE_DIVIDE]: binop((a, b) => { if (b === 0) raiseZeroDivision('float division by zero'); return a / b; }),
    [NB_FLOOR_DIVIDE]: binop((a, b) => { if (b === 0) raiseZeroDivision('float floor division by zero'); return floatDivmod(a, b)[0]; }),
    [NB_REMAINDER]: binop((a, b) => floatMod(a, b)),
    [NB_DIVMOD]: (a, b) => {
      const x = asDouble(a), y = asDouble(b);
      if (x === null || y === null) return Py_NotImplemented;
      const [q, r] = floatDivmod(x, y);
      return newTuple([newFloat(q), newFloat(r)]);
    },
    [NB_POWER]: (a, b) => {
      const x = asDouble(a), y = asDouble(b);
      if (x === null || y === null) return Py_NotImplemented;
      return floatPow(x, y);
    },
  },
  methods: [
    m('is_integer', (s) => newBool(Number.isInteger(val(s))), 'Return True if the float is an integer.'),
    m('as_integer_ratio', (s) => { const [n, d] = asIntegerRatio(val(s)); return newTuple([newIntBig(n), newIntBig(d)]); }),
    m('conjugate', (s) => newFloat(val(s))),
    m('hex', (s) => newStr(floatHex(val(s)))),
    m('__trunc__', (s) => { const r = floatToInt(val(s)); return typeof r === 'number' ? newInt(r) : newIntBig(r); }),
    m('__floor__', (s) => { const r = floatToInt(Math.floor(val(s))); return typeof r === 'number' ? newInt(r) : newIntBig(r); }),
    m('__ceil__', (s) => { const r = floatToInt(Math.ceil(val(s))); return typeof r === 'number' ? newInt(r) : newIntBig(r); }),
    m('__round__', (s, a) => {
      const x = val(s);
      if (a.length === 0 || a[0] === Py_None) {
        let r = Math.round(x);
        if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
        const i = floatToInt(r);
        return typeof i === 'number' ? newInt(i) : newIntBig(i);
      }
      return newFloat(doubleRound(x, Number(index(a[0]).value)));
    }),
    m('__getnewargs__', (s) => newTuple([newFloat(val(s))])),
    m('__format__', (s, a) => {
      if (!(a[0] instanceof PyStr)) raiseTypeError(`format() argument 2 must be str, not ${typeName(a[0])}`);
      return newStr(formatFloat(val(s), a[0].value));
    }),
    {
      name: '__getformat__', kind: 'class' as const, fn: (_cls: PyObject, a: PyObject[]) => {
        if (a.length !== 1) raiseTypeError(`float.__getformat__() takes exactly one argument (${a.length} given)`);
        if (!(a[0] instanceof PyStr)) raiseTypeError(`__getformat__() argument must be str, not ${typeName(a[0])}`);
        if (a[0].value !== 'double' && a[0].value !== 'float') raiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
        // JS numbers are IEEE 754 doubles; every platform Node runs on is little-endian.
        return newStr('IEEE, little-endian');
      },
      doc: 'You probably don\'t want to use this function.',
    },
    { name: 'fromhex', kind: 'class' as const, fn: (cls: PyObject, a: PyObject[]) => {
      if (a.length !== 1) raiseTypeError(`float.fromhex() takes exactly one argument (${a.length} given)`);
      if (!(a[0] instanceof PyStr)) raiseTypeError(`fromhex() argument must be str, not ${typeName(a[0])}`);
      const v = fromHex(a[0].value);
      return cls === PyFloat_Type ? newFloat(v) : call(cls, [newFloat(v)]);
    } },
  ],
  getsets: [
    { name: 'real', get: (s) => newFloat(val(s)) },
    { name: 'imag', get: () => newFloat(0) },
  ],
});

// Models Objects/floatobject.c: float_fromhex.  The hex digits form an exact integer M and
// the value is M * 2**e, rounded once, half to even, to the nearest double (subnormals
// included); a result beyond the largest double is an OverflowError, not inf.
function fromHex(text: string): number {
  const bad = () => raiseValueError('invalid hexadecimal floating-point string');
  const s = text.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu, '');
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(s);
  if (m === null || m[2] + (m[3] ?? '') === '') bad();
  const neg = m![1] === '-';
  const digits = m![2] + (m![3] ?? '');
  const mant = BigInt('0x' + digits);
  if (mant === 0n) return neg ? -0 : 0;
  // Exponents far outside the double range only matter through their sign.
  const pexp = m![4] === undefined ? 0n : BigInt(m![4]);
  const clamp = pexp > 1000000n ? 1000000 : pexp < -1000000n ? -1000000 : Number(pexp);
  const e = clamp - 4 * (m![3] ?? '').length;
  const bits = mant.toString(2).length;
  const top = bits - 1 + e;
  if (top > 1023) raise(OverflowError, 'hexadecimal value too large to represent as a float');
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - e;
  let q: bigint;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = mant >> sh;
    const rem = mant & ((1n << sh) - 1n), half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = mant << BigInt(-shift);
  }
  const v = Number(q) * 2 ** lsb;
  if (!Number.isFinite(v)) raise(OverflowError, 'hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

export { parseArgs };
