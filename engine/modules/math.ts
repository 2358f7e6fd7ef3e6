// ## The math module
//
// Models Modules/mathmodule.c: the C library functions through JS Math (IEEE doubles, the
// same results on the common cases), CPython's domain and range errors, exact integer
// functions (factorial, gcd, lcm, comb, perm, isqrt) on bigints, and fsum's exact summation.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyFloat } from '../objects/float.js';
import { PyInt, newInt, newIntBig, intToBig } from '../objects/int.js';
import { newTuple } from '../objects/tuple.js';
import { Py_None, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError, raise, OverflowError } from '../objects/exceptions.js';
import { typeName, index, iterableToArray, call, binaryOp } from '../objects/abstract.js';
import { lookupSpecial } from '../objects/typeobject.js';
import { floatToInt } from '../objects/longobject.js';
import { defineModule } from './registry.js';

function toDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const v = Number(o.value);
    if (!Number.isFinite(v)) raise(OverflowError, 'int too large to convert to float');
    return v;
  }
  const f = lookupSpecial(o, '__float__');
  if (f !== null) return (call(f, []) as PyFloat).value;
  const i = lookupSpecial(o, '__index__');
  if (i !== null) return Number((call(i, []) as PyInt).value);
  raiseTypeError(`must be real number, not ${typeName(o)}`);
}

const domain = (): never => raiseValueError('math domain error');
const range = (): never => raise(OverflowError, 'math range error');

/** A one-argument float function with CPython's error classification (math_1). */
function f1(fn: (x: number) => number, canOverflow = true): NativeFn {
  return (_m, a) => {
    if (a.length !== 1) raiseTypeError(`math function takes exactly one argument (${a.length} given)`);
    const x = toDouble(a[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) { if (canOverflow) range(); else domain(); }
    return new PyFloat(r);
  };
}

function intOf(o: PyObject, fname: string): bigint {
  if (o instanceof PyFloat) raiseTypeError(`'float' object cannot be interpreted as an integer`);
  void fname;
  return intToBig(index(o));
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a; b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) raiseValueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** Shewchuk's exact summation (msum), as math.fsum. */
function fsum(values: number[]): number {
  const partials: number[] = [];
  let special = 0, inf = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) { if (Number.isNaN(x)) special = NaN; else inf += x; continue; }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special) || Number.isNaN(inf)) { if (Number.isNaN(inf)) raiseValueError('-inf + inf in fsum'); return NaN; }
  if (inf) return inf;
  let n = partials.length, hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi, y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2, x = hi + y, yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

defineModule('math', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn, doc?: string) => dictSetStr(d, name, newBuiltin(name, fn, 'math', undefined, doc));
  dictSetStr(d, 'pi', new PyFloat(Math.PI));
  dictSetStr(d, 'e', new PyFloat(Math.E));
  dictSetStr(d, 'tau', new PyFloat(2 * Math.PI));
  dictSetStr(d, 'inf', new PyFloat(Infinity));
  dictSetStr(d, 'nan', new PyFloat(NaN));
  f('sqrt', f1(Math.sqrt), 'Return the square root of x.');
  f('exp', f1(Math.exp)); f('expm1', f1(Math.expm1)); f('exp2', f1((x) => 2 ** x));
  f('sin', f1(Math.sin, false)); f('cos', f1(Math.cos, false)); f('tan', f1(Math.tan, false));
  f('asin', f1(Math.asin)); f('acos', f1(Math.acos)); f('atan', f1(Math.atan));
  f('sinh', f1(Math.sinh)); f('cosh', f1(Math.cosh)); f('tanh', f1(Math.tanh));
  f('asinh', f1(Math.asinh)); f('acosh', f1(Math.acosh)); f('atanh', f1((x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x))));
  f('fabs', f1(Math.abs)); f('cbrt', f1(Math.cbrt));
  f('log1p', f1((x) => (x <= -1 ? NaN : Math.log1p(x))));
  f('log2', (_m, a) => { const x = toDouble(a[0]); if (x <= 0) domain(); return new PyFloat(Math.log2(x)); });
  f('log10', (_m, a) => { const x = toDouble(a[0]); if (x <= 0) domain(); return new PyFloat(Math.log10(x)); });
  f('log', (_m, a) => {
    const lg = (o: PyObject) => {
      if (o instanceof PyInt && typeof o.value === 'bigint') {
        if (o.value <= 0n) domain();
        const s = o.value.toString(2);
        return Math.log(Number('0b' + s.slice(0, 60))) + (s.length - Math.min(60, s.length)) * Math.LN2;
      }
      const x = toDouble(o);
      if (x <= 0) domain();
      return Math.log(x);
    };
    const num = lg(a[0]);
    if (a.length > 1) {
      const den = lg(a[1]);
      if (den === 0) raise(zeroDivRef.t!, 'float division by zero');
      return new PyFloat(num / den);
    }
    return new PyFloat(num);
  });
  f('pow', (_m, a) => {
    const x = toDouble(a[0]), y = toDouble(a[1]);
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = x ** y;
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return new PyFloat(x === 1 || y === 0 ? 1 : r);
  });
  f('atan2', (_m, a) => new PyFloat(Math.atan2(toDouble(a[0]), toDouble(a[1]))));
  f('hypot', (_m, a) => new PyFloat(Math.hypot(...a.map(toDouble))));
  f('dist', (_m, a) => {
    const p = iterableToArray(a[0]).map(toDouble), q = iterableToArray(a[1]).map(toDouble);
    if (p.length !== q.length) raiseValueError('both points must have the same number of dimensions');
    return new PyFloat(Math.hypot(...p.map((x, i) => x - q[i])));
  });
  f('degrees', f1((x) => x * 180 / Math.PI));
  f('radians', f1((x) => x * Math.PI / 180));
  f('copysign', (_m, a) => {
    const x = toDouble(a[0]), y = toDouble(a[1]);
    const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false);
    return new PyFloat(neg ? -Math.abs(x) : Math.abs(x));
  });
  f('fmod', (_m, a) => {
    const x = toDouble(a[0]), y = toDouble(a[1]);
    if (y === 0 && !Number.isNaN(x)) domain();
    if (!Number.isFinite(x) && !Number.isNaN(x)) domain();
    return new PyFloat(x % y);
  });
  f('remainder', (_m, a) => {
    const x = toDouble(a[0]), y = toDouble(a[1]);
    if (y === 0 || !Number.isFinite(x)) domain();
    const n = Math.round(x / y);
    let r = x - n * y;
    if (Math.abs(x / y - Math.trunc(x / y)) === 0.5 && (Math.trunc(x / y) + (x / y > 0 ? 1 : -1)) % 2 === 0) r = x - (Math.trunc(x / y) + (x / y > 0 ? 1 : -1)) * y;
    return new PyFloat(r);
  });
  f('modf', (_m, a) => {
    const x = toDouble(a[0]);
    if (!Number.isFinite(x)) return newTuple([new PyFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), new PyFloat(x)]);
    const i = Math.trunc(x);
    return newTuple([new PyFloat(x - i === 0 && x < 0 ? -0 : x - i), new PyFloat(i)]);
  });
  f('frexp', (_m, a) => {
    let x = toDouble(a[0]);
    if (x === 0 || !Number.isFinite(x)) return newTuple([new PyFloat(x), newInt(0)]);
    let e = 0;
    const neg = x < 0;
    x = Math.abs(x);
    while (x >= 1) { x /= 2; e++; }
    while (x < 0.5) { x *= 2; e--; }
    return newTuple([new PyFloat(neg ? -x : x), newInt(e)]);
  });
  f('ldexp', (_m, a) => {
    const x = toDouble(a[0]);
    const e = Number(intOf(a[1], 'ldexp'));
    const r = x * 2 ** e;
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return new PyFloat(r);
  });
  f('isfinite', (_m, a) => newBool(Number.isFinite(toDouble(a[0]))));
  f('isinf', (_m, a) => { const x = toDouble(a[0]); return newBool(x === Infinity || x === -Infinity); });
  f('isnan', (_m, a) => newBool(Number.isNaN(toDouble(a[0]))));
  f('isclose', (_m, a, k) => {
    const [x0, y0, rt, at] = parseArgs('isclose', a, k, { names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, posonly: 2, kwonlyFrom: 2 });
    const x = toDouble(x0!), y = toDouble(y0!);
    const rel = rt === null ? 1e-9 : toDouble(rt), abs = at === null ? 0 : toDouble(at);
    if (rel < 0 || abs < 0) raiseValueError('tolerances must be non-negative');
    if (x === y) return newBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return newBool(false);
    const diff = Math.abs(y - x);
    return newBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
  });
  const rounding = (name: string, dunder: string, fn: (x: number) => number) => f(name, (_m, a) => {
    const o = a[0];
    if (o instanceof PyInt) return newIntBig(intToBig(o));
    if (!(o instanceof PyFloat)) {
      const meth = lookupSpecial(o, dunder);
      if (meth !== null) return call(meth, []);
    }
    const r = floatToInt(fn(toDouble(o)));
    return typeof r === 'number' ? newInt(r) : newIntBig(r);
  });
  rounding('floor', '__floor__', Math.floor);
  rounding('ceil', '__ceil__', Math.ceil);
  rounding('trunc', '__trunc__', Math.trunc);
  f('factorial', (_m, a) => {
    if (a[0] instanceof PyFloat) raiseTypeError("'float' object cannot be interpreted as an integer");
    const n = intOf(a[0], 'factorial');
    if (n < 0n) raiseValueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return newIntBig(r);
  });
  f('gcd', (_m, a) => newIntBig(a.map((x) => intOf(x, 'gcd')).reduce(gcd, 0n)));
  f('lcm', (_m, a) => newIntBig(a.map((x) => intOf(x, 'lcm')).reduce((p, q) => (p === 0n || q === 0n ? 0n : (p / gcd(p, q)) * q < 0n ? -((p / gcd(p, q)) * q) : (p / gcd(p, q)) * q), 1n)));
  f('isqrt', (_m, a) => newIntBig(isqrt(intOf(a[0], 'isqrt'))));
  f('comb', (_m, a) => {
    const n = intOf(a[0], 'comb'), k = intOf(a[1], 'comb');
    if (n < 0n) raiseValueError('n must be a non-negative integer');
    if (k < 0n) raiseValueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    const kk = k < n - k ? k : n - k;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return newIntBig(r);
  });
  f('perm', (_m, a) => {
    const n = intOf(a[0], 'perm'), k = a.length > 1 && a[1] !== Py_None ? intOf(a[1], 'perm') : n;
    if (n < 0n) raiseValueError('n must be a non-negative integer');
    if (k < 0n) raiseValueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    for (let i = n - k + 1n; i <= n; i++) r *= i;
    return newIntBig(r);
  });
  f('fsum', (_m, a) => new PyFloat(fsum(iterableToArray(a[0]).map(toDouble))));
  f('prod', (_m, a, k) => {
    const [it, start] = parseArgs('prod', a, k, { names: ['iterable', 'start'], required: 1, posonly: 1, kwonlyFrom: 1 });
    let acc: PyObject = start ?? newInt(1);
    for (const x of iterableToArray(it!)) acc = binaryOp(acc, x, 5);
    return acc;
  });
  f('nextafter', (_m, a) => {
    const x = toDouble(a[0]), y = toDouble(a[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return new PyFloat(NaN);
    if (x === y) return new PyFloat(y);
    if (x === 0) return new PyFloat(y > 0 ? 5e-324 : -5e-324);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    let bits = buf.getBigUint64(0);
    bits += (y > x) === (x > 0) ? 1n : -1n;
    buf.setBigUint64(0, bits);
    return new PyFloat(buf.getFloat64(0));
  });
  f('ulp', (_m, a) => {
    const x = Math.abs(toDouble(a[0]));
    if (!Number.isFinite(x)) return new PyFloat(x);
    if (x === Number.MAX_VALUE) return new PyFloat(2 ** 971);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
    return new PyFloat(buf.getFloat64(0) - x);
  });
  f('erf', f1(erf));
  f('erfc', f1((x) => 1 - erf(x)));
  f('gamma', f1((x) => { if (x <= 0 && Number.isInteger(x)) return NaN; return gamma(x); }));
  f('lgamma', f1((x) => { if (x <= 0 && Number.isInteger(x)) return Infinity; return Math.log(Math.abs(gamma(x))); }));
});

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 is too coarse; use the series / continued fraction like CPython's m_erf.
  const ERF_SERIES_CUTOFF = 1.5, ERF_SERIES_TERMS = 25;
  const ax = Math.abs(x);
  if (ax < ERF_SERIES_CUTOFF) {
    const x2 = x * x;
    let acc = 0, fk = ERF_SERIES_TERMS + 0.5;
    for (let i = 0; i < ERF_SERIES_TERMS; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
    return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
  }
  if (ax >= 30) return x > 0 ? 1 : -1;
  const x2 = ax * ax;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da; da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  const cf = p / q * ax * Math.exp(-x2) / Math.sqrt(Math.PI);
  return x > 0 ? 1 - cf : cf - 1;
}

function gamma(x: number): number {
  // Lanczos approximation (g = 7), with reflection for x < 0.5.
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (Number.isInteger(x) && x <= 23) { let r = 1; for (let i = 2; i < x; i++) r *= i; return r; }
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * t ** (x + 0.5) * Math.exp(-t) * a;
}

export const zeroDivRef: { t: import('../objects/type.js').PyType | null } = { t: null };
