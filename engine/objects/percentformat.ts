// ## printf-style formatting: str % args
//
// Models Objects/unicodeobject.c: PyUnicode_Format — %s %r %a %d %i %u %x %X %o %e %E %f %F
// %g %G %c %%, flags -+ #0, width and precision (or *), and %(key)s with a mapping.

import { PyObject } from './object.js';
import { PyStr } from './str.js';
import { PyInt } from './int.js';
import { PyFloat } from './float.js';
import { PyTuple } from './tuple.js';
import { raiseTypeError, raiseValueError, raise, OverflowError } from './exceptions.js';
import { strString, reprString, getItem, typeName, index, isIndexable } from './abstract.js';
import { newStr } from './str.js';
import { toFixed, toExp, toGeneral, floatRepr } from './numformat.js';
import { asciiOf } from '../vm/ascii.js';
import { bytesData } from './bytesbridge.js';
import { callSpecial, hasSpecial } from './typeobject.js';

function toNumber(o: PyObject, conv: string): number | bigint {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyFloat) {
    if ('xXoc'.includes(conv)) raiseTypeError(`%${conv} format: an integer is required, not float`);
    return o.value;
  }
  if ('xXo'.includes(conv)) {
    if (!isIndexable(o)) raiseTypeError(`%${conv} format: an integer is required, not ${typeName(o)}`);
    return index(o).value;
  }
  const r = callSpecial(o, hasSpecial(o, '__int__') ? '__int__' : '__index__', []);
  if (r === null) raiseTypeError(`%${conv} format: a real number is required, not ${typeName(o)}`);
  return (r as PyInt).value;
}

/** bytes % args: the same engine over latin-1 text, with %s/%b taking bytes-like objects. */
export function percentFormatBytes(fmt: Uint8Array, args: PyObject): Uint8Array {
  const text = Array.from(fmt, (b) => String.fromCharCode(b)).join('');
  const out = percentFormat(text, args, true);
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

export function percentFormat(fmt: string, args: PyObject, bytesMode = false): string {
  const isMapping = !(args instanceof PyTuple) && args.ob_type.mp_subscript !== null && !(args instanceof PyStr);
  const items = args instanceof PyTuple ? args.items : [args];
  let ai = 0;
  let usedMapping = false;
  const next = (): PyObject => {
    if (ai >= items.length) raiseTypeError('not enough arguments for format string');
    return items[ai++];
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') { out += c; continue; }
    i++;
    if (i >= fmt.length) raiseValueError('incomplete format');
    let arg: PyObject | null = null;
    if (fmt[i] === '(') {
      if (!isMapping) raiseTypeError('format requires a mapping');
      let depth = 1, j = i + 1;
      for (; j < fmt.length && depth; j++) { if (fmt[j] === '(') depth++; else if (fmt[j] === ')') depth--; }
      if (depth) raiseValueError('incomplete format key');
      arg = getItem(args, newStr(fmt.slice(i + 1, j - 1)));
      usedMapping = true;
      i = j;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i])) flags += fmt[i++];
    let width = -1, prec = -1;
    if (fmt[i] === '*') { width = Number(index(next()).value); i++; if (width < 0) { flags += '-'; width = -width; } }
    else { let w = ''; while (/[0-9]/.test(fmt[i] ?? '')) w += fmt[i++]; if (w) width = Number(w); }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') { prec = Number(index(next()).value); i++; }
      else { let p = ''; while (/[0-9]/.test(fmt[i] ?? '')) p += fmt[i++]; prec = p ? Number(p) : 0; }
    }
    while ('hlL'.includes(fmt[i] ?? '-')) i++;
    const conv = fmt[i];
    if (conv === undefined) raiseValueError('incomplete format');
    if (conv === '%') { out += '%'; continue; }
    const v = arg ?? next();
    let body: string, sign = '';
    const numeric = 'diuxXoeEfFgGc'.includes(conv);
    switch (conv) {
      case 's': case 'b': {
        if (bytesMode) {
          const data = bytesData(v);
          if (data === null) raiseTypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
          body = Array.from(data, (b) => String.fromCharCode(b)).join('');
        } else {
          if (conv === 'b') raiseValueError(`unsupported format character 'b' (0x62) at index ${i}`);
          body = strString(v);
        }
        if (prec >= 0) body = [...body].slice(0, prec).join('');
        break;
      }
      case 'r': body = bytesMode ? asciiOf(reprString(v)) : reprString(v); if (prec >= 0) body = [...body].slice(0, prec).join(''); break;
      case 'a': body = asciiOf(reprString(v)); if (prec >= 0) body = body.slice(0, prec); break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        let n = toNumber(v, conv);
        if (typeof n === 'number' && !Number.isInteger(n)) {
          if (!Number.isFinite(n)) raise(OverflowError, Number.isNaN(n) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
          n = Math.trunc(n);
        }
        const b = BigInt(n);
        const neg = b < 0n;
        const a = neg ? -b : b;
        const base = conv === 'x' || conv === 'X' ? 16 : conv === 'o' ? 8 : 10;
        body = a.toString(base);
        if (conv === 'X') body = body.toUpperCase();
        if (prec > body.length) body = body.padStart(prec, '0');
        if (flags.includes('#') && base !== 10) body = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + body;
        sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let x: number;
        if (v instanceof PyFloat) x = v.value;
        else if (v instanceof PyInt) x = Number(v.value);
        else {
          const r = callSpecial(v, '__float__', []);
          if (r === null) raiseTypeError(`must be real number, not ${typeName(v)}`);
          x = (r as PyFloat).value;
        }
        const p = prec < 0 ? 6 : prec;
        const neg = x < 0 || Object.is(x, -0);
        const ax = Math.abs(x);
        body = conv === 'e' || conv === 'E' ? toExp(ax, p, conv === 'E') : conv === 'f' || conv === 'F' ? toFixed(ax, p) : toGeneral(ax, p, conv === 'G', flags.includes('#'));
        if (conv === 'F') body = body.toUpperCase();
        // The alternate form keeps the decimal point even with no digits after it.
        if (flags.includes('#') && p === 0 && Number.isFinite(x) && !body.includes('.')) {
          body = /[eE]/.test(body) ? body.replace(/([eE])/, '.$1') : body + '.';
        }
        if (Number.isNaN(x)) { body = conv === conv.toUpperCase() ? 'NAN' : 'nan'; }
        sign = neg && !Number.isNaN(x) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        break;
      }
      case 'c': {
        if (v instanceof PyStr) {
          if ([...v.value].length !== 1) raiseTypeError('%c requires int or char');
          body = v.value;
        } else {
          const n = Number(toNumber(v, 'c'));
          if (n < 0 || n > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
          body = String.fromCodePoint(n);
        }
        break;
      }
      default:
        raiseValueError(`unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i}`);
    }
    const len = [...sign].length + [...body].length;
    if (width > len) {
      if (flags.includes('-')) body = sign + body + ' '.repeat(width - len);
      else if (flags.includes('0') && numeric) body = sign + '0'.repeat(width - len) + body;
      else body = ' '.repeat(width - len) + sign + body;
    } else body = sign + body;
    out += body;
  }
  if (!usedMapping && ai < items.length && !isMapping) raiseTypeError('not all arguments converted during string formatting');
  return out;
}
export { floatRepr };
