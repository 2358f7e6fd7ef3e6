// ## int and bool behaviour
//
// Models Objects/longobject.c and Objects/boolobject.c: arithmetic with Python's floor
// division and modulo signs, arbitrary precision through bigint when a result leaves the
// safe-integer range, CPython's hash (modulo 2**61 - 1), comparisons with floats done
// exactly, int() parsing, and the int methods.

import { PyObject, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_POWER, NB_LSHIFT, NB_RSHIFT,
  NB_AND, NB_OR, NB_XOR, NB_TRUE_DIVIDE, NB_DIVMOD } from './object.js';
import { PyType, isSubtype } from './type.js';
import { PyLong_Type, PyBool_Type, PyFloat_Type } from './typeobjects.js';
import { PyInt, newInt, newIntBig, newIntAny, intToBig } from './int.js';
import { PyFloat, newFloat } from './float.js';
import { PyStr, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { Py_NotImplemented, Py_True, Py_False, Py_None, newBool, compareResult } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseZeroDivision, raiseOverflowError, raise, OverflowError, DeprecationWarning } from './exceptions.js';
import { typeName, index, getAttrOpt, call, asSsize, reprString, formatObject, warnHook } from './abstract.js';
import { callSpecial, hasSpecial } from './typeobject.js';
import { powDouble, ratioToDouble } from './floatpow.js';
import { floatRepr, formatInt, formatFloat, doubleRound } from './numformat.js';
import { bytesData, newBytes } from './bytesbridge.js';

const MOD61 = (1n << 61n) - 1n;
const isInt = (o: PyObject): o is PyInt => o instanceof PyInt;

/** CPython's hash of an integer: value modulo 2**61 - 1 with the sign kept, -1 → -2. */
export function hashInt(v: number | bigint): number {
  if (typeof v === 'number' && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v;
  const b = BigInt(v);
  let h = (b < 0n ? -b : b) % MOD61;
  if (b < 0n) h = -h;
  const n = Number(h);
  return n === -1 ? -2 : n;
}

function big(o: PyInt): bigint { return intToBig(o); }

export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
export function modBig(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

function add(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    return Number.isSafeInteger(r) ? newInt(r) : newIntBig(BigInt(x) + BigInt(y));
  }
  return newIntBig(big(a) + big(b));
}
function sub(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    return Number.isSafeInteger(r) ? newInt(r) : newIntBig(BigInt(x) - BigInt(y));
  }
  return newIntBig(big(a) - big(b));
}
function mul(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    if (Number.isSafeInteger(r)) return newInt(r === 0 ? 0 : r);
  }
  return newIntBig(big(a) * big(b));
}
function floordiv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (y === 0 || y === 0n) raiseZeroDivision('integer division or modulo by zero');
  if (typeof x === 'number' && typeof y === 'number') return newInt(Math.floor(x / y) === 0 ? 0 : exactFloorDiv(x, y));
  return newIntBig(floorDivBig(big(a), big(b)));
}
function exactFloorDiv(x: number, y: number): number {
  const q = Math.floor(x / y);
  // Doubles can misround x / y for large operands; check with a remainder.
  const r = x - q * y;
  if (Number.isSafeInteger(q * y) && ((y > 0 && r >= 0 && r < y) || (y < 0 && r <= 0 && r > y))) return q;
  return Number(floorDivBig(BigInt(x), BigInt(y)));
}
function mod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (y === 0 || y === 0n) raiseZeroDivision('integer division or modulo by zero');
  if (typeof x === 'number' && typeof y === 'number') {
    const m = x % y;
    return newInt(m !== 0 && (m < 0) !== (y < 0) ? m + y : m === 0 ? 0 : m);
  }
  return newIntBig(modBig(big(a), big(b)));
}
function divmod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  return newTuple([floordiv(a, b), mod(a, b)]);
}

/** int / int correctly rounded, subnormal results included (long_true_divide). */
export function trueDivInts(x: bigint, y: bigint): number {
  if (y === 0n) raiseZeroDivision('division by zero');
  const fx = Number(x), fy = Number(y);
  if (Math.abs(fx) <= 2 ** 53 && Math.abs(fy) <= 2 ** 53) return fx / fy;
  const v = ratioToDouble(x < 0n ? -x : x, y < 0n ? -y : y);
  if (!Number.isFinite(v)) raiseOverflowError('integer division result too large for a float');
  return (x < 0n) !== (y < 0n) ? -v : v;
}

function truediv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const x = a.value, y = b.value;
  if (y === 0 || y === 0n) raiseZeroDivision('division by zero');
  if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) <= 2 ** 53 && Math.abs(y) <= 2 ** 53) return newFloat(x / y);
  return newFloat(trueDivInts(big(a), big(b)));
}

function pow(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const e = big(b);
  if (e < 0n) {
    // long_pow hands a negative exponent to float_pow.
    const base = Number(big(a));
    if (!Number.isFinite(base)) raise(OverflowError, 'int too large to convert to float');
    if (base === 0) raiseZeroDivision('0.0 cannot be raised to a negative power');
    return newFloat(powDouble(base, Number(e)));
  }
  const x = a.value;
  if (typeof x === 'number' && e < 64n) {
    const r = x ** Number(e);
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return newIntBig(big(a) ** e);
}

function pow3(a: PyObject, b: PyObject, c: PyObject): PyObject {
  // longobject.c: long_pow leaves any non-int operand (the modulus included) to the other types.
  if (!isInt(a) || !isInt(b) || !isInt(c)) return Py_NotImplemented;
  let m = big(c);
  if (m === 0n) raiseValueError('pow() 3rd argument cannot be 0');
  let e = big(b), base = big(a);
  const negMod = m < 0n;
  if (negMod) m = -m;
  if (e < 0n) {
    base = modInverse(modBig(base, m), m);
    e = -e;
  }
  let r = 1n % m;
  base = modBig(base, m);
  while (e > 0n) {
    if (e & 1n) r = (r * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= m;
  return newIntBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = [a, 1n];
  let [g1, x1] = [m, 0n];
  while (g1 !== 0n) {
    const q = g / g1;
    [g, g1] = [g1, g - q * g1];
    [x, x1] = [x1, x - q * x1];
  }
  if (g !== 1n) raiseValueError('base is not invertible for the given modulus');
  return modBig(x, m);
}

function lshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const n = big(b);
  if (n < 0n) raiseValueError('negative shift count');
  if (n > 1n << 40n) raise(OverflowError, 'too many digits in integer');
  return newIntBig(big(a) << n);
}
function rshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
  const n = big(b);
  if (n < 0n) raiseValueError('negative shift count');
  return newIntBig(big(a) >> n);
}
function bitop(f: (x: bigint, y: bigint) => bigint, boolF: (x: boolean, y: boolean) => boolean) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isInt(a) || !isInt(b)) return Py_NotImplemented;
    if (a.ob_type === PyBool_Type && b.ob_type === PyBool_Type) return newBool(boolF(a === Py_True, b === Py_True));
    const x = a.value, y = b.value;
    if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) {
      return newInt(Number(f(BigInt(x), BigInt(y))));
    }
    return newIntBig(f(big(a), big(b)));
  };
}

/** Exact comparison of an int with a float (float_richcompare's int branch). */
export function compareIntFloat(i: number | bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  const fi = Math.trunc(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  const frac = f - fi;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}


function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(a)) return Py_NotImplemented;
  if (isInt(b)) {
    const x = a.value, y = b.value;
    const c = typeof x === 'number' && typeof y === 'number' ? (x < y ? -1 : x > y ? 1 : 0) : (big(a) < big(b) ? -1 : big(a) > big(b) ? 1 : 0);
    return compareResult(c, op);
  }
  return Py_NotImplemented;
}

// ## repr and int()

/** sys.get_int_max_str_digits(): the most decimal digits int <-> str converts (0: no limit). */
export const intMaxStrDigits = { value: 4300 };

export function intToString(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const limit = intMaxStrDigits.value;
  if (limit > 0 && s.length - (v < 0n ? 1 : 0) > limit) {
    raiseValueError(`Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function intRepr(o: PyObject): string {
  if (o.ob_type === PyBool_Type) return o === Py_True ? 'True' : 'False';
  return intToString((o as PyInt).value);
}

/** int(text, base): Python's literal rules (underscores, whitespace, prefixes with base 0). */
export function parseIntLiteral(text: string, base: number): bigint | null {
  let s = text.trim();
  if (s === '') return null;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') { neg = s[0] === '-'; s = s.slice(1); }
  let b = base;
  const pre = s.slice(0, 2).toLowerCase();
  if (b === 0) {
    if (pre === '0x') b = 16; else if (pre === '0o') b = 8; else if (pre === '0b') b = 2;
    else {
      b = 10;
      if (/^0+[_0]*[1-9]/.test(s.replace(/_/g, '')) && /^0/.test(s)) return null;
    }
    // A single underscore may follow the prefix, as in the literal 0x_ff.
    if (b !== 10) { s = s.slice(2); if (s.startsWith('_')) s = s.slice(1); }
  } else if ((b === 16 && pre === '0x') || (b === 8 && pre === '0o') || (b === 2 && pre === '0b')) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  // Unicode decimal digits count as digits.
  s = s.replace(/\p{Nd}/gu, (d) => String(decimalDigitValue(d.codePointAt(0)!)));
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  // longobject.c: the int_max_str_digits guard applies to bases that are not powers of two,
  // once the literal is known to be well formed.
  // The digits are counted up to the first one that does not belong, as CPython scans them.
  const limit = intMaxStrDigits.value;
  if ((b & (b - 1)) !== 0 && limit > 0 && s.length > limit) {
    let n = 0;
    for (const ch of s.toLowerCase()) { if (digits.indexOf(ch) < 0) break; n++; }
    if (n > limit) {
      raiseValueError(`Exceeds the limit (${limit} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
  let v = 0n;
  const B = BigInt(b);
  for (const ch of s.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

/** The value of a Unicode decimal digit (category Nd): Nd runs are whole blocks of ten starting at a zero. */
export function decimalDigitValue(cp: number): number {
  let z = cp;
  while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--;
  return (cp - z) % 10;
}

function intNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, baseObj] = parseArgs('int', args, kwnames, { names: ['x', 'base'], required: 0, posonly: 1 });
  let v: bigint | number;
  if (x === null) {
    if (baseObj !== null) raiseTypeError('int() missing string argument');
    v = 0;
  } else if (baseObj !== null) {
    const base = Number(index(baseObj).value);
    if (base !== 0 && (base < 2 || base > 36)) raiseValueError('int() base must be >= 2 and <= 36, or 0');
    const text = x instanceof PyStr ? x.value : bytesData(x) !== null ? new TextDecoder('latin1').decode(bytesData(x)!) : null;
    if (text === null) raiseTypeError("int() can't convert non-string with explicit base");
    const r = parseIntLiteral(text, base);
    if (r === null) raiseValueError(`invalid literal for int() with base ${base}: ${reprString(x instanceof PyStr ? x : newStr(text))}`);
    v = r;
  } else {
    v = toIntValue(x);
  }
  const r = typeof v === 'number' ? newInt(v) : newIntBig(v);
  if (type === PyLong_Type) return r;
  return new PyInt(r.value, type);
}

/** int(x) for one argument: __int__, __index__, __trunc__, or parse a str/bytes. */
export function toIntValue(x: PyObject): number | bigint {
  if (x instanceof PyInt) return x.value;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (x instanceof PyStr) {
    const r = parseIntLiteral(x.value, 10);
    if (r === null) raiseValueError(`invalid literal for int() with base 10: ${reprString(x)}`);
    return r;
  }
  const data = bytesData(x);
  if (data !== null) {
    const text = new TextDecoder('latin1').decode(data);
    const r = parseIntLiteral(text, 10);
    if (r === null) raiseValueError(`invalid literal for int() with base 10: ${reprString(x)}`);
    return r;
  }
  // Models Objects/abstract.c: PyNumber_Long — __int__, then __index__, then (deprecated) __trunc__.
  const r = callSpecial(x, '__int__', []);
  if (r !== null) {
    if (!(r instanceof PyInt)) raiseTypeError(`__int__ returned non-int (type ${typeName(r)})`);
    if (r.ob_type !== PyLong_Type) {
      warnHook.fn(DeprecationWarning, `__int__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    }
    return r.value;
  }
  if (hasSpecial(x, '__index__')) return index(x).value;
  if (hasSpecial(x, '__trunc__')) {
    warnHook.fn(DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
    const r = callSpecial(x, '__trunc__', [])!;
    if (r instanceof PyInt) return r.value;
    const ri = callSpecial(r, '__index__', []);
    if (ri === null) raiseTypeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
    return (ri as PyInt).value;
  }
  raiseTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

export function floatToInt(f: number): number | bigint {
  if (Number.isNaN(f)) raiseValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

function bitLength(v: bigint): number { return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length; }

function intSizeof(v: number | bigint): number {
  const b = BigInt(v);
  const n = b === 0n ? 0 : Math.ceil(bitLength(b) / 30);
  return 24 + 4 * Math.max(n, 1) - (b === 0n ? 0 : 0);
}

const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject, doc?: string) => ({ name, fn, doc });

defineType(PyLong_Type, {
  doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.",
  basicsize: 24,
  itemsize: 4,
  slots: {
    tp_new: intNew,
    tp_repr: intRepr,
    tp_hash: (o) => hashInt((o as PyInt).value),
    tp_richcompare: richcompare,
    nb_bool: (o) => (o as PyInt).value !== 0 && (o as PyInt).value !== 0n,
    nb_negative: (o) => { const v = (o as PyInt).value; return typeof v === 'number' ? newInt(-v) : newIntBig(-v); },
    nb_positive: (o) => (o.ob_type === PyLong_Type ? o : newIntAny((o as PyInt).value)),
    nb_absolute: (o) => { const v = (o as PyInt).value; return typeof v === 'number' ? newInt(Math.abs(v)) : newIntBig(v < 0n ? -v : v); },
    nb_invert: (o) => { const v = (o as PyInt).value; return typeof v === 'number' ? newInt(-v - 1) : newIntBig(~v); },
    nb_int: (o) => (o.ob_type === PyLong_Type ? o : newIntAny((o as PyInt).value)),
    nb_index: (o) => (o.ob_type === PyLong_Type ? o : newIntAny((o as PyInt).value)),
    nb_float: (o) => {
      const v = (o as PyInt).value;
      const f = Number(v);
      if (!Number.isFinite(f)) raiseOverflowError('int too large to convert to float');
      return newFloat(f);
    },
    nb_power3: pow3,
  },
  nb: {
    [NB_ADD]: add, [NB_SUBTRACT]: sub, [NB_MULTIPLY]: mul, [NB_FLOOR_DIVIDE]: floordiv, [NB_REMAINDER]: mod,
    [NB_POWER]: pow, [NB_LSHIFT]: lshift, [NB_RSHIFT]: rshift, [NB_TRUE_DIVIDE]: truediv, [NB_DIVMOD]: divmod,
    [NB_AND]: bitop((x, y) => x & y, (x, y) => x && y), [NB_OR]: bitop((x, y) => x | y, (x, y) => x || y),
    [NB_XOR]: bitop((x, y) => x ^ y, (x, y) => x !== y),
  },
  methods: [
    m('bit_length', (s) => newInt(bitLength(big(s as PyInt))), 'Number of bits necessary to represent self in binary.'),
    m('bit_count', (s) => { const v = big(s as PyInt); return newInt([...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length); }, 'Number of ones in the binary representation of the absolute value of self.'),
    m('conjugate', (s) => newIntAny((s as PyInt).value), 'Returns self, the complex conjugate of any int.'),
    m('as_integer_ratio', (s) => newTuple([newIntAny((s as PyInt).value), newInt(1)]), 'Return integer ratio.'),
    m('__trunc__', (s) => newIntAny((s as PyInt).value), 'Truncating an Integral returns itself.'),
    m('__floor__', (s) => newIntAny((s as PyInt).value), 'Flooring an Integral returns itself.'),
    m('__ceil__', (s) => newIntAny((s as PyInt).value), 'Ceiling of an Integral returns itself.'),
    m('__round__', (s, a) => {
      if (a.length === 0 || a[0] === Py_None) return newIntAny((s as PyInt).value);
      const nd = big(index(a[0]));
      if (nd >= 0n) return newIntAny((s as PyInt).value);
      const p = 10n ** -nd;
      const v = big(s as PyInt);
      let q = floorDivBig(v, p), r = v - q * p;
      if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
      r = 0n;
      return newIntBig(q * p + r);
    }, 'Rounding an Integral returns itself.'),
    m('__getnewargs__', (s) => newTuple([newIntAny((s as PyInt).value)])),
    m('__sizeof__', (s) => newInt(intSizeof((s as PyInt).value)), 'Returns size in memory, in bytes.'),
    m('__format__', (s, a) => {
      if (!(a[0] instanceof PyStr)) raiseTypeError(`format() argument 2 must be str, not ${typeName(a[0])}`);
      if (s.ob_type === PyBool_Type && a[0].value === '') return newStr(intRepr(s));
      return newStr(formatInt((s as PyInt).value, a[0].value));
    }),
    m('to_bytes', (s, a, k) => {
      const [length, byteorder, signed] = parseArgs('to_bytes', a, k, { names: ['length', 'byteorder', 'signed'], required: 0, posonly: 0, kwonlyFrom: 2 });
      const n = length === null ? 1 : asSsize(length, OverflowError);
      if (n < 0) raiseValueError('length argument must be non-negative');
      const order = byteOrder('to_bytes', byteorder);
      let v = big(s as PyInt);
      const isSigned = signed !== null && signed === Py_True;
      if (v < 0n && !isSigned) raiseOverflowError("can't convert negative int to unsigned");
      if (v < 0n) v += 1n << BigInt(8 * n);
      const out = new Uint8Array(n);
      for (let i = n - 1; i >= 0; i--) { out[i] = Number(v & 0xffn); v >>= 8n; }
      const limitOk = isSigned ? (big(s as PyInt) >= -(1n << BigInt(8 * n - 1)) && big(s as PyInt) < (1n << BigInt(8 * n - 1))) : v === 0n;
      if (!limitOk || v !== 0n && !isSigned) raiseOverflowError('int too big to convert');
      if (order === 'little') out.reverse();
      return newBytes(out);
    }, 'Return an array of bytes representing an integer.'),
    { name: 'from_bytes', kind: 'class' as const, fn: (cls: PyObject, a: PyObject[], k: string[] | null) => {
      const [bytes, byteorder, signed] = parseArgs('from_bytes', a, k, { names: ['bytes', 'byteorder', 'signed'], required: 1, posonly: 0, kwonlyFrom: 2 });
      // PyObject_Bytes: a buffer, __bytes__, or an iterable of ints — but never a str.
      if (bytes instanceof PyStr) raiseTypeError("cannot convert 'str' object to bytes");
      let data = bytesData(bytes!);
      if (data === null) {
        const conv = callSpecial(bytes!, '__bytes__', []);
        data = conv !== null ? bytesData(conv) : null;
        if (data === null) data = Uint8Array.from(iterToInts(bytes!));
      }
      const order = byteOrder('from_bytes', byteorder);
      const arr = order === 'little' ? Array.from(data).reverse() : Array.from(data);
      let v = 0n;
      for (const x of arr) v = (v << 8n) | BigInt(x);
      if (signed === Py_True && arr.length && arr[0] & 0x80) v -= 1n << BigInt(8 * arr.length);
      const r = newIntBig(v);
      return cls === PyLong_Type ? r : call(cls, [r]);
    }, doc: 'Return the integer represented by the given array of bytes.' },
  ],
  getsets: [
    { name: 'real', get: (s) => newIntAny((s as PyInt).value) },
    { name: 'imag', get: () => newInt(0) },
    { name: 'numerator', get: (s) => newIntAny((s as PyInt).value) },
    { name: 'denominator', get: () => newInt(1) },
  ],
});

/** The byteorder argument of to_bytes/from_bytes: 'big' (the default) or 'little'. */
function byteOrder(fname: string, o: PyObject | null): string {
  if (o === null) return 'big';
  if (!(o instanceof PyStr)) raiseTypeError(`${fname}() argument 'byteorder' must be str, not ${typeName(o)}`);
  if (o.value !== 'big' && o.value !== 'little') raiseValueError("byteorder must be either 'little' or 'big'");
  return o.value;
}

let iterToInts: (o: PyObject) => number[] = () => [];
export function setIterToInts(f: (o: PyObject) => number[]): void { iterToInts = f; }

defineType(PyBool_Type, {
  doc: 'bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.',
  slots: {
    tp_new: (_t, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('bool() takes no keyword arguments');
      if (args.length > 1) raiseTypeError(`bool expected at most 1 argument, got ${args.length}`);
      return args.length === 0 ? Py_False : newBool(isTrueRef.fn(args[0]));
    },
    tp_repr: intRepr,
  },
});
export const isTrueRef: { fn: (o: PyObject) => boolean } = { fn: () => false };

export { PyFloat_Type, isSubtype, getAttrOpt, floatRepr, formatFloat, doubleRound, formatObject };
