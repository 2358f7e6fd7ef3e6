// ## The math module
//
// Models Modules/mathmodule.c: the C library functions through JS Math (IEEE doubles, the
// same results on the common cases), CPython's domain and range errors, exact integer
// functions (factorial, gcd, lcm, comb, perm, isqrt) on bigints, and fsum's exact summation.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyInt, newInt, newIntBig, intToBig } from '../objects/int.js';
import { newTuple } from '../objects/tuple.js';
import { Py_None, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError, raise, OverflowError } from '../objects/exceptions.js';
import { typeName, index, iterableToArray, binaryOp } from '../objects/abstract.js';
import { callSpecial } from '../objects/typeobject.js';
import { floatToInt } from '../objects/longobject.js';
import { defineModule } from './registry.js';
import { floatAsDouble } from '../objects/floatobject.js';

const domain = (): never => raiseValueError('math domain error');
const range = (): never => raise(OverflowError, 'math range error');

/** A one-argument float function with CPython's error classification (math_1). */
function f1(name: string, fn: (x: number) => number, canOverflow = true): NativeFn {
  return (_m, a) => {
    if (a.length !== 1) raiseTypeError(`math.${name}() takes exactly one argument (${a.length} given)`);
    const x = floatAsDouble(a[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) { if (canOverflow) range(); else domain(); }
    return newFloat(r);
  };
}

function checkArity(name: string, a: PyObject[], n: number): void {
  if (a.length === n) return;
  if (n === 1) raiseTypeError(`math.${name}() takes exactly one argument (${a.length} given)`);
  raiseTypeError(`${name} expected ${n} arguments, got ${a.length}`);
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
  // Positional arity of the fixed-arity functions, checked with CPython's messages.
  const arity: Record<string, number> = {
    pow: 2, atan2: 2, copysign: 2, fmod: 2, remainder: 2, dist: 2, nextafter: 2, ldexp: 2, comb: 2,
    frexp: 1, modf: 1, isfinite: 1, isinf: 1, isnan: 1, ulp: 1, floor: 1, ceil: 1, trunc: 1,
    factorial: 1, isqrt: 1, fsum: 1,
  };
  const f = (name: string, fn: NativeFn, doc?: string) => {
    const n = arity[name];
    const checked: NativeFn = n === undefined ? fn : (m, a, k) => { checkArity(name, a, n); return fn(m, a, k); };
    dictSetStr(d, name, newBuiltin(name, checked, 'math', undefined, doc));
  };
  dictSetStr(d, 'pi', newFloat(Math.PI));
  dictSetStr(d, 'e', newFloat(Math.E));
  dictSetStr(d, 'tau', newFloat(2 * Math.PI));
  dictSetStr(d, 'inf', newFloat(Infinity));
  dictSetStr(d, 'nan', newFloat(NaN));
  // One-argument functions; JS Math stands in for the C library (see README: differences).
  const oneArg: [string, (x: number) => number, boolean][] = [
    ['sqrt', Math.sqrt, true], ['exp', Math.exp, true], ['expm1', Math.expm1, true], ['exp2', (x) => 2 ** x, true],
    ['sin', Math.sin, false], ['cos', Math.cos, false], ['tan', Math.tan, false],
    ['asin', Math.asin, true], ['acos', Math.acos, true], ['atan', Math.atan, true],
    ['sinh', Math.sinh, true], ['cosh', Math.cosh, true], ['tanh', Math.tanh, true],
    ['asinh', Math.asinh, true], ['acosh', Math.acosh, true], ['atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), true],
    ['fabs', Math.abs, true], ['cbrt', cbrt, true],
    ['degrees', (x) => x * (180 / Math.PI), true], ['radians', (x) => x * (Math.PI / 180), true],
    ['erf', erf, true], ['erfc', erfc, true],
  ];
  for (const [name, fn, canOverflow] of oneArg) f(name, f1(name, fn, canOverflow));
  f('gamma', (_m, a) => {
    checkArity('gamma', a, 1);
    const x = floatAsDouble(a[0]);
    const [r, err] = tgamma(x);
    if (err === 'domain') domain();
    if (err === 'range') range();
    return newFloat(r);
  });
  f('lgamma', (_m, a) => {
    checkArity('lgamma', a, 1);
    const x = floatAsDouble(a[0]);
    const [r, err] = lgamma(x);
    if (err === 'domain') domain();
    if (err === 'range') range();
    return newFloat(r);
  });
  // The logarithms accept ints of any size (mathmodule.c loghelper()).
  f('log1p', f1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x))));
  f('log2', (_m, a) => { checkArity('log2', a, 1); return newFloat(logHelper(a[0], Math.log2)); });
  f('log10', (_m, a) => { checkArity('log10', a, 1); return newFloat(logHelper(a[0], Math.log10)); });
  f('log', (_m, a) => {
    if (a.length < 1) raiseTypeError(`log expected at least 1 argument, got ${a.length}`);
    if (a.length > 2) raiseTypeError(`log expected at most 2 arguments, got ${a.length}`);
    const num = logHelper(a[0], Math.log);
    if (a.length > 1) {
      const den = logHelper(a[1], Math.log);
      if (den === 0) raise(zeroDivRef.t!, 'float division by zero');
      return newFloat(num / den);
    }
    return newFloat(num);
  });
  f('pow', (_m, a) => {
    const x = floatAsDouble(a[0]), y = floatAsDouble(a[1]);
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = x ** y;
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return newFloat(x === 1 || y === 0 ? 1 : r);
  });
  f('atan2', (_m, a) => newFloat(Math.atan2(floatAsDouble(a[0]), floatAsDouble(a[1]))));
  f('hypot', (_m, a) => newFloat(vectorNorm(a.map(floatAsDouble))));
  f('dist', (_m, a) => {
    const p = iterableToArray(a[0]).map(floatAsDouble), q = iterableToArray(a[1]).map(floatAsDouble);
    if (p.length !== q.length) raiseValueError('both points must have the same number of dimensions');
    return newFloat(vectorNorm(p.map((x, i) => x - q[i])));
  });
  f('copysign', (_m, a) => {
    const x = floatAsDouble(a[0]), y = floatAsDouble(a[1]);
    const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false);
    return newFloat(neg ? -Math.abs(x) : Math.abs(x));
  });
  f('fmod', (_m, a) => {
    const x = floatAsDouble(a[0]), y = floatAsDouble(a[1]);
    if (y === 0 && !Number.isNaN(x)) domain();
    if (!Number.isFinite(x) && !Number.isNaN(x)) domain();
    return newFloat(x % y);
  });
  f('remainder', (_m, a) => {
    // Models mathmodule.c m_remainder(): IEEE 754 remainder, ties to the even quotient.
    const x = floatAsDouble(a[0]), y = floatAsDouble(a[1]);
    if (Number.isNaN(x)) return newFloat(x);
    if (Number.isNaN(y)) return newFloat(y);
    if (!Number.isFinite(x) || y === 0) domain();
    if (!Number.isFinite(y)) return newFloat(x);
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return newFloat((x < 0 || Object.is(x, -0) ? -1 : 1) * r);
  });
  f('modf', (_m, a) => {
    const x = floatAsDouble(a[0]);
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), newFloat(x)]);
    const i = Math.trunc(x);
    return newTuple([newFloat(x - i === 0 && x < 0 ? -0 : x - i), newFloat(i)]);
  });
  f('frexp', (_m, a) => {
    let x = floatAsDouble(a[0]);
    if (x === 0 || !Number.isFinite(x)) return newTuple([newFloat(x), newInt(0)]);
    let e = 0;
    const neg = x < 0;
    x = Math.abs(x);
    while (x >= 1) { x /= 2; e++; }
    while (x < 0.5) { x *= 2; e--; }
    return newTuple([newFloat(neg ? -x : x), newInt(e)]);
  });
  f('ldexp', (_m, a) => {
    const x = floatAsDouble(a[0]);
    const e = Number(intOf(a[1], 'ldexp'));
    const r = x * 2 ** e;
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return newFloat(r);
  });
  f('isfinite', (_m, a) => newBool(Number.isFinite(floatAsDouble(a[0]))));
  f('isinf', (_m, a) => { const x = floatAsDouble(a[0]); return newBool(x === Infinity || x === -Infinity); });
  f('isnan', (_m, a) => newBool(Number.isNaN(floatAsDouble(a[0]))));
  f('isclose', (_m, a, k) => {
    const [x0, y0, rt, at] = parseArgs('isclose', a, k, { names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, posonly: 2, kwonlyFrom: 2 });
    const x = floatAsDouble(x0!), y = floatAsDouble(y0!);
    const rel = rt === null ? 1e-9 : floatAsDouble(rt), abs = at === null ? 0 : floatAsDouble(at);
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
      const r = callSpecial(o, dunder, []);
      if (r !== null) return r;
      if (name === 'trunc') raiseTypeError(`type ${typeName(o)} doesn't define __trunc__ method`);
    }
    const r = floatToInt(fn(floatAsDouble(o)));
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
    if (a.length < 1) raiseTypeError(`perm expected at least 1 argument, got ${a.length}`);
    if (a.length > 2) raiseTypeError(`perm expected at most 2 arguments, got ${a.length}`);
    const n = intOf(a[0], 'perm'), k = a.length > 1 && a[1] !== Py_None ? intOf(a[1], 'perm') : n;
    if (n < 0n) raiseValueError('n must be a non-negative integer');
    if (k < 0n) raiseValueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    for (let i = n - k + 1n; i <= n; i++) r *= i;
    return newIntBig(r);
  });
  f('fsum', (_m, a) => newFloat(fsum(iterableToArray(a[0]).map(floatAsDouble))));
  f('prod', (_m, a, k) => {
    const [it, start] = parseArgs('prod', a, k, { names: ['iterable', 'start'], required: 1, posonly: 1, kwonlyFrom: 1 });
    let acc: PyObject = start ?? newInt(1);
    for (const x of iterableToArray(it!)) acc = binaryOp(acc, x, 5);
    return acc;
  });
  f('nextafter', (_m, a) => {
    const x = floatAsDouble(a[0]), y = floatAsDouble(a[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
    if (x === y) return newFloat(y);
    if (x === 0) return newFloat(y > 0 ? 5e-324 : -5e-324);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    let bits = buf.getBigUint64(0);
    bits += (y > x) === (x > 0) ? 1n : -1n;
    buf.setBigUint64(0, bits);
    return newFloat(buf.getFloat64(0));
  });
  f('ulp', (_m, a) => {
    const x = Math.abs(floatAsDouble(a[0]));
    if (!Number.isFinite(x)) return newFloat(x);
    if (x === Number.MAX_VALUE) return newFloat(2 ** 971);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
    return newFloat(buf.getFloat64(0) - x);
  });
});

// ## erf and erfc, correctly rounded
//
// The C library computes these (CPython 3.11 calls libm); glibc's results are within an ulp
// and nearly always the correctly rounded value, which is what is computed here: the Taylor
// series of erf in binary fixed point with enough guard bits to absorb the cancellation
// (about 1.44*x*x bits), then one rounding to the nearest double.

const piCache = new Map<number, bigint>();

/** pi * 2**p (Machin's formula, p + 32 working bits). */
function fixedPi(p: number): bigint {
  const hit = piCache.get(p);
  if (hit !== undefined) return hit;
  const w = BigInt(p + 32);
  const one = 1n << w;
  const arctanInv = (n: bigint) => {
    let term = one / n, sum = term, k = 1n, sign = -1n;
    const n2 = n * n;
    while (term !== 0n) {
      term /= n2;
      k += 2n;
      sum += sign * (term / k);
      sign = -sign;
    }
    return sum;
  };
  const pi = (16n * arctanInv(5n) - 4n * arctanInv(239n)) >> 32n;
  piCache.set(p, pi);
  return pi;
}

function isqrtBig(n: bigint): bigint {
  // Newton's iteration from a power of two above the root: decreases to floor(sqrt(n)).
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** The double nearest to n / 2**p (ties to even), subnormals included. */
function fixedToDouble(n: bigint, p: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  let m = neg ? -n : n;
  const len = m.toString(2).length;
  let shift = Math.max(len - 53, p - 1074);
  if (shift > 0) {
    const s = BigInt(shift);
    const q = m >> s;
    const rem = m - (q << s);
    const half = 1n << (s - 1n);
    m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
  } else {
    m <<= BigInt(-shift);
    shift = 0;
  }
  // m * 2**(shift - p), scaled in two steps so no intermediate power of two underflows.
  const e = shift - p;
  const half1 = Math.trunc(e / 2);
  const r = Number(m) * 2 ** half1 * 2 ** (e - half1);
  return neg ? -r : r;
}

/** erf(|x|) as a fixed-point number with p fraction bits (|x| finite, below 28). */
function erfFixed(ax: number): [bigint, number] {
  let exp2 = 0;
  { let t = ax; while (t < 1 && t > 0) { t *= 2; exp2--; } }
  const p = Math.ceil(1.45 * ax * ax) + 140 + Math.max(0, -exp2);
  // x exactly as X / 2**p
  let mant = ax, e = 0;
  while (!Number.isInteger(mant)) { mant *= 2; e--; }
  const X = BigInt(mant) << BigInt(p + e);
  const P = BigInt(p);
  const x2 = (X * X) >> P;
  let term = X, sum = 0n;
  for (let n = 0n; term !== 0n; n++) {
    sum += term / (2n * n + 1n);
    term = -((term * x2) >> P) / (n + 1n);
  }
  // times 2/sqrt(pi)
  const sqrtPi = isqrtBig(fixedPi(p) << P);
  return [((sum << 1n) << P) / sqrtPi, p];
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1;
  const [v, p] = erfFixed(ax);
  const r = fixedToDouble(v, p);
  return x < 0 ? -r : r;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x <= -6) return 2;
  if (x >= 27.3) return 0;
  const ax = Math.abs(x);
  const [v, p] = ax === 0 ? [0n, 64] : erfFixed(ax);
  const one = 1n << BigInt(p);
  return fixedToDouble(x < 0 ? one + v : one - v, p);
}

// ## Exact helpers modelled on Modules/mathmodule.c

/** x*y as an unevaluated sum hi+lo (Dekker's product; exact barring overflow). */
function twoProduct(x: number, y: number): [number, number] {
  const SPLIT = 134217729; // 2**27 + 1
  const hi = x * y;
  const xc = SPLIT * x, xh = xc - (xc - x), xl = x - xh;
  const yc = SPLIT * y, yh = yc - (yc - y), yl = y - yh;
  const lo = ((xh * yh - hi) + xh * yl + xl * yh) + xl * yl;
  return [hi, lo];
}

/** Models mathmodule.c vector_norm(): scaled, compensated sum of squares, one correction step. */
function vectorNorm(vec: number[]): number {
  let max = 0, foundNan = false;
  for (const v of vec) {
    const x = Math.abs(v);
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let maxE = 0;
  { let m = max; while (m >= 1) { m /= 2; maxE++; } while (m < 0.5) { m *= 2; maxE--; } }
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN));
  }
  const scale = 2 ** -maxE;
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (const v of vec) {
    const x = Math.abs(v) * scale;
    const [prHi, prLo] = twoProduct(x, x);
    const smHi = csum + prHi;
    const smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = twoProduct(-h, h);
  const smHi = csum + prHi;
  const smLo = (csum - smHi) + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** Cube root as the GNU C library computes it (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial
 * estimate on the mantissa, one rational (Halley) step, then the exponent restored. */
const CBRT_FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  let xm = Math.abs(x), xe = 0;
  while (xm >= 1) { xm /= 2; xe++; }
  while (xm < 0.5) { xm *= 2; xe--; }
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
  return (x > 0 ? ym : -ym) * 2 ** Math.trunc(xe / 3);
}

/** log of an int of any size or a float (mathmodule.c loghelper). */
function logHelper(o: PyObject, fn: (x: number) => number): number {
  if (o instanceof PyInt) {
    const v = intToBig(o);
    if (v <= 0n) domain();
    const asDouble = Number(v);
    if (Number.isFinite(asDouble)) return fn(asDouble);
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + log(2) * e
    const bits = v.toString(2).length;
    const shift = bits - 60;
    const m = Number(v >> BigInt(shift)) / 2 ** 60;
    return fn(m) + fn(2.0) * (shift + 60);
  }
  const x = floatAsDouble(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain();
  return fn(x);
}

// Lanczos approximation with CPython's coefficients (g = 6.024680040776729583740234375).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = (() => { const t = [1]; for (let i = 1; i < 23; i++) t.push(t[i - 1] * i); return t; })();

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length; --i >= 0;) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

/** sin(pi*x), exact at the integers and half-integers (mathmodule.c m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

type MathResult = [number, 'domain' | 'range' | null];

/** Models mathmodule.c m_tgamma(). */
function tgamma(x: number): MathResult {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? [x, null] : [NaN, 'domain'];
  if (x === 0) return [Object.is(x, -0) ? -Infinity : Infinity, 'domain'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'domain'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) { const r = 1.0 / x; return [r, Number.isFinite(r) ? null : 'range']; }
  if (absx > 200.0) return x < 0 ? [0.0 / sinpi(x), null] : [Infinity, 'range'];
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; } else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= y ** (absx - 0.5);
    else { const sqrtpow = y ** (absx / 2.0 - 0.25); r /= sqrtpow; r /= sqrtpow; }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= y ** (absx - 0.5);
    else { const sqrtpow = y ** (absx / 2.0 - 0.25); r *= sqrtpow; r *= sqrtpow; }
  }
  return [r, Number.isFinite(r) ? null : 'range'];
}

/** Models mathmodule.c m_lgamma(). */
function lgamma(x: number): MathResult {
  if (!Number.isFinite(x)) return [Number.isNaN(x) ? x : Infinity, null];
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? [Infinity, 'domain'] : [0.0, null];
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-Math.log(absx), null];
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return [r, Number.isFinite(r) ? null : 'range'];
}

export const zeroDivRef: { t: import('../objects/type.js').PyType | null } = { t: null };
