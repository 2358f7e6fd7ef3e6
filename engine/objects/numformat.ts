// ## Number formatting: float repr and the format-spec mini-language
//
// Models Python/pystrtod.c (PyOS_double_to_string with 'r' and the e/f/g/% types),
// Objects/floatobject.c: float_repr and double_round, and Python/formatter_unicode.c: the
// format-spec mini-language `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
// for int, float and str, with CPython's error messages.

import { raiseValueError, raiseTypeError, raise, OverflowError } from './exceptions.js';
import { roundToTens } from './floatpow.js';

/** Shortest round-trip digits and decimal exponent of a finite, non-zero |x|. */
function shortest(x: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(x).toExponential().split('e');
  return { digits: mant.replace('.', ''), exp: Number(e) };
}

/** repr(float): shortest round trip, fixed notation for 1e-4 <= |x| < 1e16, else scientific. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortest(x);
  if (exp >= -4 && exp < 16) return sign + fixedFromDigits(digits, exp, true);
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Digits d1d2d3... with decimal exponent `exp` as fixed notation (always a '.' when addDot). */
function fixedFromDigits(digits: string, exp: number, addDot: boolean): string {
  let s: string;
  if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (exp + 1 >= digits.length) s = digits + '0'.repeat(exp + 1 - digits.length) + (addDot ? '.0' : '');
  else s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return s;
}

// ## Correctly rounded fixed/scientific formatting (exact decimal expansion of a double)

/** The exact decimal expansion of a finite double: digits (no leading zeros) and exponent. */
function exactDecimal(x: number): { digits: string; exp: number } {
  x = Math.abs(x);
  if (x === 0) return { digits: '0', exp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else { mant |= 1n << 52n; e2 = bexp - 1075; }
  let num: bigint, scale10 = 0;
  if (e2 >= 0) num = mant << BigInt(e2);
  else { num = mant * 5n ** BigInt(-e2); scale10 = e2; }
  const s = num.toString();
  return { digits: s.replace(/0+$/, '') || '0', exp: s.length - 1 + scale10 };
}

/** Round digit string (value d.ddd × 10^exp) to `n` significant digits, half-even on exact ties. */
function roundDigits(digits: string, exp: number, n: number): { digits: string; exp: number } {
  if (n <= 0) {
    // Rounding to before the first digit: result is 0 or 10^(exp+1).
    if (n === 0) {
      const first = Number(digits[0]);
      const rest = digits.slice(1).replace(/0+$/, '');
      if (first > 5 || (first === 5 && rest.length > 0)) return { digits: '1', exp: exp + 1 };
      return { digits: '0', exp: exp + 1 };
    }
    return { digits: '0', exp: exp + 1 };
  }
  if (digits.length <= n) return { digits: digits.padEnd(n, '0'), exp };
  const keep = digits.slice(0, n);
  const next = Number(digits[n]);
  const rest = digits.slice(n + 1).replace(/0+$/, '');
  let up = next > 5 || (next === 5 && (rest.length > 0 || Number(keep[keep.length - 1]) % 2 === 1));
  if (next < 5) up = false;
  if (!up) return { digits: keep, exp };
  const inc = (BigInt(keep) + 1n).toString();
  if (inc.length > keep.length) return { digits: inc.slice(0, n), exp: exp + 1 };
  return { digits: inc, exp };
}

/** '%.{prec}f' exactly as C's printf (correctly rounded). */
export function toFixed(x: number, prec: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const neg = x < 0 || Object.is(x, -0);
  const { digits, exp } = exactDecimal(x);
  if (digits === '0') return (neg ? '-' : '') + (prec > 0 ? '0.' + '0'.repeat(prec) : '0');
  const sig = exp + 1 + prec;
  const r = roundDigits(digits, exp, sig);
  let intPart: string, frac: string;
  const all = r.digits === '0' ? '' : r.digits;
  const e = r.exp;
  if (all === '') { intPart = '0'; frac = '0'.repeat(prec); }
  else if (e >= 0) {
    const padded = all.padEnd(e + 1 + prec, '0');
    intPart = padded.slice(0, e + 1);
    frac = padded.slice(e + 1, e + 1 + prec);
  } else {
    intPart = '0';
    frac = ('0'.repeat(-e - 1) + all).padEnd(prec, '0').slice(0, prec);
  }
  return (neg ? '-' : '') + intPart + (prec > 0 ? '.' + frac : '');
}

/** '%.{prec}e' as C's printf. */
export function toExp(x: number, prec: number, upper = false): string {
  if (!Number.isFinite(x)) return nonFinite(x, upper);
  const neg = x < 0 || Object.is(x, -0);
  let { digits, exp } = exactDecimal(x);
  if (digits === '0') { digits = '0'; exp = 0; }
  const r = digits === '0' ? { digits: '0'.repeat(prec + 1), exp: 0 } : roundDigits(digits, exp, prec + 1);
  const mant = r.digits.length > 1 ? `${r.digits[0]}.${r.digits.slice(1)}` : r.digits;
  const es = `${r.exp < 0 ? '-' : '+'}${String(Math.abs(r.exp)).padStart(2, '0')}`;
  return `${neg ? '-' : ''}${mant}${upper ? 'E' : 'e'}${es}`;
}

function nonFinite(x: number, upper = false): string {
  const s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  return upper ? s.toUpperCase() : s;
}

/** '%g' with precision p (p significant digits, trailing zeros removed unless alt). */
export function toGeneral(x: number, p: number, upper = false, alt = false): string {
  if (!Number.isFinite(x)) return nonFinite(x, upper);
  if (p === 0) p = 1;
  const neg = x < 0 || Object.is(x, -0);
  let exp: number;
  if (x === 0) exp = 0;
  else {
    const { digits, exp: e } = exactDecimal(x);
    exp = roundDigits(digits, e, p).exp;
  }
  let s: string;
  if (exp >= -4 && exp < p) {
    s = toFixed(Math.abs(x), p - 1 - exp);
  } else {
    s = toExp(Math.abs(x), p - 1, upper);
  }
  if (!alt) {
    const m = /^([^eE]*?)(\.?0*)([eE].*)?$/.exec(s);
    if (m && s.includes('.')) {
      const [mant, expPart] = s.split(/(?=[eE])/);
      let mm = mant.replace(/0+$/, '');
      if (mm.endsWith('.')) mm = mm.slice(0, -1);
      s = mm + (expPart ?? '');
    }
  } else if (!s.includes('.')) {
    const [mant, expPart] = s.split(/(?=[eE])/);
    s = mant + '.' + (expPart ?? '');
  }
  return (neg ? '-' : '') + s;
}

/** Python's round(x, n) for floats: correctly rounded via the decimal expansion (double_round). */
export function doubleRound(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 22 + 308) return x;
  if (n < -308) return 0 * x;
  if (n >= 0) return Number(toFixed(x, n));
  const v = roundToTens(x, -n);
  if (!Number.isFinite(v)) raise(OverflowError, 'rounded value too large to represent');
  return v === 0 ? 0 * x : v;
}

// ## The format-spec mini-language

export interface Spec {
  fill: string; align: string | null; sign: string | null; z: boolean; alt: boolean; zero: boolean;
  width: number; grouping: string | null; precision: number; type: string | null;
}

/** Parse a format spec; `owner` names the formatted type in the 'Invalid format specifier' error. */
export function parseSpec(spec: string, defaultType: string | null, owner = ''): Spec {
  const r: Spec = { fill: ' ', align: null, sign: null, z: false, alt: false, zero: false, width: -1, grouping: null, precision: -1, type: defaultType };
  let i = 0;
  const cps = [...spec];
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (cps.length >= 2 && isAlign(cps[1])) { r.fill = cps[0]; r.align = cps[1]; i = 2; }
  else if (isAlign(cps[0])) { r.align = cps[0]; i = 1; }
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') r.sign = cps[i++];
  if (cps[i] === 'z') { r.z = true; i++; }
  if (cps[i] === '#') { r.alt = true; i++; }
  if (cps[i] === '0') {
    r.zero = true;
    if (r.align === null) { r.fill = '0'; r.align = '='; }
    i++;
  }
  let w = '';
  while (i < cps.length && /[0-9]/.test(cps[i])) w += cps[i++];
  if (w) r.width = Number(w);
  if (cps[i] === ',' || cps[i] === '_') {
    r.grouping = cps[i++];
    if (cps[i] === ',' || cps[i] === '_') raiseValueError('Cannot specify both \',\' and \'_\'.');
  }
  if (cps[i] === '.') {
    i++;
    let p = '';
    while (i < cps.length && /[0-9]/.test(cps[i])) p += cps[i++];
    if (!p) raiseValueError('Format specifier missing precision');
    r.precision = Number(p);
  }
  if (i < cps.length - 1) raiseValueError(owner ? `Invalid format specifier '${spec}' for object of type '${owner}'` : 'Invalid format specifier');
  if (i === cps.length - 1) r.type = cps[i];
  if (r.grouping !== null && r.type !== null && !'deEfFgG%bxXon'.includes(r.type)) {
    // CPython: "Cannot specify ',' with 's'."
    raiseValueError(`Cannot specify '${r.grouping}' with '${r.type}'.`);
  }
  return r;
}

function group(intDigits: string, sep: string, every: number): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % every === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** Pad `body` (sign separate) to the spec's width with fill/alignment. */
function pad(sign: string, prefix: string, body: string, spec: Spec, defaultAlign: string): string {
  const align = spec.align ?? defaultAlign;
  const len = [...sign].length + [...prefix].length + [...body].length;
  const n = spec.width > len ? spec.width - len : 0;
  if (n === 0) return sign + prefix + body;
  const fill = spec.fill;
  switch (align) {
    case '<': return sign + prefix + body + fill.repeat(n);
    case '^': return fill.repeat(Math.floor(n / 2)) + sign + prefix + body + fill.repeat(n - Math.floor(n / 2));
    case '=': return sign + prefix + fill.repeat(n) + body;
    default: return fill.repeat(n) + sign + prefix + body;
  }
}

/** When zero-padding with grouping, the padding zeros are grouped too (CPython does this). */
function zeroPadGrouped(sign: string, prefix: string, digits: string, frac: string, spec: Spec, every: number): string | null {
  if (!(spec.fill === '0' && spec.align === '=' && spec.grouping)) return null;
  const sep = spec.grouping;
  let d = digits;
  for (;;) {
    const s = group(d, sep, every) + frac;
    if ([...sign].length + prefix.length + s.length >= spec.width) return sign + prefix + s;
    d = '0' + d;
  }
}

export function formatInt(v: number | bigint, specStr: string): string {
  if (specStr === '') return String(v);
  const spec = parseSpec(specStr, 'd', 'int');
  const t = spec.type!;
  if ('eEfFgG%'.includes(t)) return formatFloat(Number(v), specStr);
  if (!'bcdoxXn'.includes(t)) raiseValueError(`Unknown format code '${t}' for object of type 'int'`);
  if (spec.precision >= 0) raiseValueError('Precision not allowed in integer format specifier');
  if (spec.z) raiseValueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (spec.sign) raiseValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // formatter_unicode.c: the value goes through a C long first, then the code point check.
    if (BigInt(v) >= 1n << 63n || BigInt(v) < -(1n << 63n)) raise(OverflowError, 'Python int too large to convert to C long');
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
    return pad('', '', String.fromCodePoint(n), spec, '<');
  }
  if (!'bdoxXn'.includes(t)) raiseValueError(`Unknown format code '${t}' for object of type 'int'`);
  if (t === 'n' && spec.grouping) raiseValueError("Cannot specify ',' with 'n'.");
  const b = BigInt(v);
  const neg = b < 0n;
  const a = neg ? -b : b;
  const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = a.toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = spec.alt ? (t === 'b' ? '0b' : t === 'o' ? '0o' : t === 'x' ? '0x' : t === 'X' ? '0X' : '') : '';
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const every = base === 10 ? 3 : 4;
  if (spec.grouping && base !== 10 && spec.grouping === ',') raiseValueError(`Cannot specify ',' with '${t}'.`);
  const z = zeroPadGrouped(sign, prefix, digits, '', spec, every);
  if (z !== null) return z;
  if (spec.grouping) digits = group(digits, spec.grouping, every);
  return pad(sign, prefix, digits, spec, '>');
}

export function formatFloat(x: number, specStr: string): string {
  if (specStr === '') return floatRepr(x);
  const spec = parseSpec(specStr, null, 'float');
  let t = spec.type;
  if (t !== null && !'eEfFgGn%'.includes(t)) raiseValueError(`Unknown format code '${t}' for object of type 'float'`);
  const neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  const p = spec.precision;
  if (t === null) {
    if (p < 0) {
      body = floatRepr(a);
    } else {
      // No type but a precision: like 'g', except that the switch to exponent notation
      // happens one digit earlier and fixed notation keeps a '.0' (PyOS_double_to_string 'r').
      body = noTypeWithPrecision(a, p, spec.alt);
    }
  } else {
    const prec = p < 0 ? 6 : p;
    switch (t) {
      case 'e': case 'E': body = toExp(a, prec, t === 'E'); if (spec.alt && prec === 0) body = body.replace(/([eE])/, '.$1'); break;
      case 'f': case 'F': body = toFixed(a, prec); if (t === 'F') body = body.toUpperCase(); if (spec.alt && prec === 0 && Number.isFinite(a)) body += '.'; break;
      case 'g': case 'G': case 'n': body = toGeneral(a, p < 0 ? 6 : p, t === 'G', spec.alt); break;
      case '%': body = toFixed(a * 100, prec) + '%'; if (!Number.isFinite(a)) body = nonFinite(a) + '%'; break;
      default: body = floatRepr(a);
    }
  }
  if (spec.z && neg && /^[0.%eE+-]*$/.test(body.replace(/[eE][+-]\d+/, ''))) {
    a = 0;
  }
  const sign = neg && !(spec.z && Number(body.replace('%', '')) === 0) ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  if (Number.isFinite(x)) {
    const m = /^(\d*)(.*)$/.exec(body)!;
    const z = zeroPadGrouped(sign, '', m[1], m[2], spec, 3);
    if (z !== null) return z;
    if (spec.grouping) body = group(m[1], spec.grouping, 3) + m[2];
  }
  void t;
  t = null;
  return pad(sign, '', body, spec, '>');
}

function noTypeWithPrecision(a: number, p: number, alt: boolean): string {
  if (!Number.isFinite(a)) return nonFinite(a);
  if (p === 0) p = 1;
  let exp = 0;
  if (a !== 0) {
    const { digits, exp: e } = exactDecimal(a);
    exp = roundDigits(digits, e, p).exp;
  }
  if (exp >= -4 && exp < p - 1) {
    let s = toFixed(a, p - 1 - exp);
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '');
    if (s.endsWith('.')) s += '0';
    if (!s.includes('.')) s += '.0';
    return s;
  }
  let s = toExp(a, p - 1);
  if (!alt) s = s.replace(/\.?0+e/, 'e');
  return s;
}

export function formatStr(s: string, specStr: string): string {
  if (specStr === '') return s;
  const spec = parseSpec(specStr, 's', 'str');
  if (spec.type !== 's') raiseValueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.z) raiseValueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.sign) raiseValueError('Sign not allowed in string format specifier');
  if (spec.alt) raiseValueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') raiseValueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (spec.precision >= 0) body = [...s].slice(0, spec.precision).join('');
  return pad('', '', body, spec, '<');
}

export { raiseTypeError };
