// ## Correctly rounded powers and rounding of doubles
//
// CPython computes float ** float with the C library's pow(), which on glibc is accurate to
// about half an ulp — in practice the correctly rounded result.  V8's Math.pow is not: for
// 10 ** -22 or 1.1 ** 7 it can be one ulp off, and that shows in every repr.  For integer
// exponents we compute the exact rational power with BigInts and round it once; other
// exponents use Math.pow.  round(x, n) with n < 0 is likewise done exactly, as CPython's
// double_round does through its decimal expansion.

/** x = mant * 2**exp with mant a non-negative BigInt (x finite). */
function decompose(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (biased === 0) return [frac, -1074];
  return [frac | (1n << 52n), biased - 1075];
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** The double nearest to p / q (p >= 0, q > 0), ties to even; Infinity when too large. */
export function ratioToDouble(p: bigint, q: bigint): number {
  if (p === 0n) return 0;
  // Choose k so that floor(p * 2**k / q) has 53 bits, but never a last bit below 2**-1074.
  let k = 53 - (bitLength(p) - bitLength(q));
  for (;;) {
    const kk = Math.min(k, 1074);
    const num = kk >= 0 ? p << BigInt(kk) : p, den = kk >= 0 ? q : q << BigInt(-kk);
    let m = num / den;
    if (kk === k && m >= 1n << 53n) { k--; continue; }
    if (kk === k && m < 1n << 52n) { k++; continue; }
    const rem = num - m * den;
    if (2n * rem > den || (2n * rem === den && (m & 1n) === 1n)) m += 1n;
    if (-kk > 971) return Infinity;
    return Number(m) * 2 ** -kk;
  }
}

/** x ** y as CPython's float_pow computes it (finite x and y, the special cases done by the caller). */
export function powDouble(x: number, y: number): number {
  if (!Number.isInteger(y) || !Number.isFinite(x) || x === 0 || Math.abs(y) > 1100) return x ** y;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  const n = Math.abs(y);
  const [mant, exp] = decompose(x);
  const neg = x < 0 && n % 2 === 1;
  const mp = mant ** BigInt(n);
  const e = exp * n;
  let r: number;
  if (y > 0) r = e >= 0 ? ratioToDouble(mp << BigInt(e), 1n) : ratioToDouble(mp, 1n << BigInt(-e));
  else r = e >= 0 ? ratioToDouble(1n, mp << BigInt(e)) : ratioToDouble(1n << BigInt(-e), mp);
  return neg ? -r : r;
}

/**
 * round(x, n) for n < 0: x rounded to a multiple of 10**-n, ties to even, computed exactly.
 * Returns Infinity when the rounded value does not fit a double.
 */
export function roundToTens(x: number, k: number): number {
  const [mant, exp] = decompose(x);
  const p = 10n ** BigInt(k);
  const num = exp >= 0 ? mant << BigInt(exp) : mant;
  const den = exp >= 0 ? p : p << BigInt(-exp);
  let q = num / den;
  const rem = num - q * den;
  if (2n * rem > den || (2n * rem === den && (q & 1n) === 1n)) q += 1n;
  const v = Number(q * p);
  return x < 0 ? -v : v;
}

// Models glibc 2.35+ sysdeps/ieee754/dbl-64/e_hypot.c (the non-FMA kernel, as built for
// x86-64), which CPython's abs(complex) calls: one square root refined by a correction term.
// It is not always correctly rounded, so matching CPython means following it step by step.
const HYPOT_SCALE = 2 ** -600, HYPOT_LARGE = 2 ** 511, HYPOT_TINY = 2 ** -511, HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay), t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** The C library's hypot(x, y). */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return (Math.abs(x) === Infinity || Math.abs(y) === Infinity) ? Infinity : x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
