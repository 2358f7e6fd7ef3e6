// ## AST constant folding
//
// Models Python/ast_opt.c (3.11): fold unary and binary operations on constants (with
// CPython's size limits, so `'a' * 10**9` is left to run time), tuples of constants into
// constant tuples, and `x in [1, 2]` / `x in {1, 2}` into tuple / frozenset constants.

import type * as A from '../syntax/ast.js';
import type { CodeConst } from './code.js';
import { ratioToDouble, powDouble } from '../objects/floatpow.js';

type Expr = A.AST_expr;
type C = A.PyConst;

const MAX_INT_SIZE = 128;      // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

let codeIds = new WeakMap<object, number>();
let nextCodeId = 1;

/** A key identifying a constant for co_consts de-duplication (type and value, -0.0 apart). */
export function constKey(c: CodeConst): string {
  switch (c.kind) {
    case 'None': case 'Ellipsis': return c.kind;
    case 'bool': return `b${c.value}`;
    case 'int': return `i${c.value}`;
    case 'float': return `f${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'complex': return `c${Object.is(c.real, -0) ? '-0' : c.real},${Object.is(c.imag, -0) ? '-0' : c.imag}`;
    case 'str': return `s${c.value}`;
    case 'bytes': return `y${Array.from(c.value).join(',')}`;
    case 'tuple': return `t(${c.items.map(constKey).join('|')})`;
    case 'frozenset': return `z(${c.items.map(constKey).sort().join('|')})`;
    case 'code': {
      let id = codeIds.get(c.code);
      if (id === undefined) { id = nextCodeId++; codeIds.set(c.code, id); }
      return `code${id}`;
    }
  }
}

/** Python `==` between two constants (numbers compare across int, float, bool and complex). */
export function constEqual(a: C, b: C): boolean {
  const num = (c: C): [bigint | number, number] | null => {
    if (c.kind === 'bool') return [c.value ? 1n : 0n, 0];
    if (c.kind === 'int') return [c.value, 0];
    if (c.kind === 'float') return [c.value, 0];
    if (c.kind === 'complex') return [c.real, c.imag];
    return null;
  };
  const x = num(a), y = num(b);
  if (x !== null || y !== null) {
    if (x === null || y === null || x[1] !== y[1]) return false;
    const [p, q] = [x[0], y[0]];
    if (typeof p === 'bigint' && typeof q === 'bigint') return p === q;
    if (typeof p === 'number' && typeof q === 'number') return p === q;
    const f = (typeof p === 'number' ? p : q) as number, i = (typeof p === 'bigint' ? p : q) as bigint;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'None': case 'Ellipsis': return true;
    case 'str': return a.value === (b as typeof a).value;
    case 'bytes': { const v = (b as typeof a).value; return a.value.length === v.length && a.value.every((x, i) => x === v[i]); }
    case 'tuple': { const v = (b as typeof a).items; return a.items.length === v.length && a.items.every((x, i) => constEqual(x, v[i])); }
    case 'frozenset': { const v = (b as typeof a).items; return a.items.length === v.length && a.items.every((x) => v.some((y) => constEqual(x, y))); }
  }
  return false;
}

/** The items a frozenset built from `items` keeps: later duplicates (by ==) are dropped. */
export function frozensetItems(items: C[]): C[] {
  const out: C[] = [];
  for (const x of items) if (!out.some((y) => constEqual(x, y))) out.push(x);
  return out;
}

function isConst(e: Expr): e is A.Constant { return e._type === 'Constant'; }

function mk(value: C, pos: A.Located): A.Constant {
  return { _type: 'Constant', value, kind: null, lineno: pos.lineno, col_offset: pos.col_offset, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset };
}

function numOf(c: C): number | bigint | null {
  if (c.kind === 'int') return c.value;
  if (c.kind === 'bool') return c.value ? 1n : 0n;
  if (c.kind === 'float') return c.value;
  return null;
}

function pyFloorDiv(a: number, b: number): number {
  const m = pyMod(a, b);
  return (a - m) / b === Math.floor((a - m) / b) ? Math.round((a - m) / b) : Math.floor(a / b);
}
function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m === 0 ? (b < 0 ? -0 : 0) : m;
}
function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function bigMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}
function bitLen(v: bigint): number { return (v < 0n ? -v : v).toString(2).length; }

/** n / d as CPython's long_true_divide, or null where folding must not happen (overflow). */
function trueDivide(a: bigint, b: bigint): number | null {
  const x = Number(a), y = Number(b);
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x / y;
  const v = ratioToDouble(a < 0n ? -a : a, b < 0n ? -b : b);
  if (!Number.isFinite(v)) return null;
  return (a < 0n) !== (b < 0n) ? -v : v;
}

/**
 * x ** n for an integer n, as the runtime computes it (floatpow.ts: correctly rounded where
 * V8's `**` is not, e.g. 10 ** -5); null on overflow, and for huge exponents unless the
 * result is 0 (only then is V8's answer certainly CPython's).
 */
function floatPowInt(x: number, n: bigint): number | null {
  if (n > 1100n || n < -1100n) { const v = x ** Number(n); return Number.isFinite(v) && v !== 0 ? null : v; }
  const v = powDouble(x, Number(n));
  return Number.isFinite(v) ? v : null;
}

function foldBin(op: A.operator, l: C, r: C): C | null {
  // bool's own &, | and ^ return a bool (Objects/boolobject.c: bool_and etc.).
  if (l.kind === 'bool' && r.kind === 'bool') {
    if (op === 'BitAnd') return { kind: 'bool', value: l.value && r.value };
    if (op === 'BitOr') return { kind: 'bool', value: l.value || r.value };
    if (op === 'BitXor') return { kind: 'bool', value: l.value !== r.value };
  }
  const a = numOf(l), b = numOf(r);
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'Add': return { kind: 'int', value: a + b };
      case 'Sub': return { kind: 'int', value: a - b };
      case 'Mult': {
        if (a !== 0n && b !== 0n && bitLen(a) + bitLen(b) > MAX_INT_SIZE) return null;
        return { kind: 'int', value: a * b };
      }
      case 'FloorDiv': return b === 0n ? null : { kind: 'int', value: bigFloorDiv(a, b) };
      case 'Mod': return b === 0n ? null : { kind: 'int', value: bigMod(a, b) };
      case 'Pow': {
        if (b < 0n) {
          // int ** negative int is a float (0 ** -1 raises, so stays unfolded).
          if (a === 0n) return null;
          const v = floatPowInt(Number(a), b);
          return v === null ? null : { kind: 'float', value: v };
        }
        if (a !== 0n && b > 0n && bitLen(a) * Number(b) > MAX_INT_SIZE) return null;
        return { kind: 'int', value: a ** b };
      }
      case 'LShift': {
        if (b < 0n) return null;
        if (a !== 0n && bitLen(a) + Number(b) > MAX_INT_SIZE) return null;
        return { kind: 'int', value: a << b };
      }
      case 'RShift': return b < 0n ? null : { kind: 'int', value: a >> b };
      case 'BitAnd': return { kind: 'int', value: a & b };
      case 'BitOr': return { kind: 'int', value: a | b };
      case 'BitXor': return { kind: 'int', value: a ^ b };
      case 'Div': {
        if (b === 0n) return null;
        const v = trueDivide(a, b);
        return v === null ? null : { kind: 'float', value: v };
      }
      default: return null;
    }
  }
  if (a !== null && b !== null && (typeof a === 'number' || typeof b === 'number')) {
    // int operands convert to float correctly rounded (an int too large raises OverflowError).
    const x = Number(a), y = Number(b);
    if (!Number.isFinite(x) && typeof a === 'bigint') return null;
    if (!Number.isFinite(y) && typeof b === 'bigint') return null;
    let v: number | null;
    switch (op) {
      // Overflow to inf (or nan) is no error for +, -, * and /.
      case 'Add': return { kind: 'float', value: x + y };
      case 'Sub': return { kind: 'float', value: x - y };
      case 'Mult': return { kind: 'float', value: x * y };
      case 'Div': return y === 0 ? null : { kind: 'float', value: x / y };
      case 'FloorDiv': if (y === 0) return null; v = pyFloorDiv(x, y); break;
      case 'Mod': if (y === 0) return null; v = pyMod(x, y); break;
      case 'Pow':
        // A negative base to a fractional power is complex (floatobject.c: float_pow).
        if (x < 0 && !Number.isInteger(y)) return Number.isFinite(y) ? foldComplex('Pow', { kind: 'complex', real: x, imag: 0 }, { kind: 'float', value: y }) : null;
        if (x === 0 && y < 0) return null;
        v = Number.isInteger(y) && Math.abs(y) < 2 ** 31 ? floatPowInt(x, BigInt(y)) : x ** y;
        break;
      default: return null;
    }
    if (v === null || !Number.isFinite(v) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
    return { kind: 'float', value: v };
  }
  if (l.kind === 'complex' || r.kind === 'complex') return foldComplex(op, l, r);
  if (l.kind === 'str' && r.kind === 'str' && op === 'Add') {
    if (l.value.length + r.value.length > MAX_STR_SIZE) return null;
    return { kind: 'str', value: l.value + r.value };
  }
  if (l.kind === 'bytes' && r.kind === 'bytes' && op === 'Add') {
    if (l.value.length + r.value.length > MAX_STR_SIZE) return null;
    const out = new Uint8Array(l.value.length + r.value.length);
    out.set(l.value); out.set(r.value, l.value.length);
    return { kind: 'bytes', value: out };
  }
  if (op === 'Mult' && (l.kind === 'str' || l.kind === 'bytes' || l.kind === 'tuple') && typeof b === 'bigint') {
    const n = b < 0n ? 0 : Number(b);
    const len = l.kind === 'tuple' ? l.items.length : l.value.length;
    if (len * n > (l.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE)) return null;
    if (l.kind === 'str') return { kind: 'str', value: l.value.repeat(n) };
    if (l.kind === 'tuple') return { kind: 'tuple', items: Array.from({ length: n }, () => l.items).flat() };
    const out = new Uint8Array(len * n);
    for (let i = 0; i < n; i++) out.set(l.value, i * len);
    return { kind: 'bytes', value: out };
  }
  if (op === 'Add' && l.kind === 'tuple' && r.kind === 'tuple') {
    if (l.items.length + r.items.length > MAX_COLLECTION_SIZE) return null;
    return { kind: 'tuple', items: [...l.items, ...r.items] };
  }
  return null;
}

/** Truth value of a constant (PyObject_IsTrue). */
function isTrue(c: C): boolean {
  switch (c.kind) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': case 'bytes': return c.value.length > 0;
    case 'tuple': case 'frozenset': return c.items.length > 0;
  }
}

/** complex arithmetic on constants (Objects/complexobject.c: _Py_c_sum, _Py_c_diff, _Py_c_prod). */
function foldComplex(op: A.operator, l: C, rc: C): C | null {
  const parts = (c: C): [number, number] | null => {
    if (c.kind === 'complex') return [c.real, c.imag];
    const n = numOf(c);
    if (n === null) return null;
    const x = Number(n);
    return typeof n === 'bigint' && !Number.isSafeInteger(x) ? null : [x, 0];
  };
  const a = parts(l), b = parts(rc);
  if (a === null || b === null) return null;
  let r: [number, number] | null;
  switch (op) {
    case 'Add': r = [a[0] + b[0], a[1] + b[1]]; break;
    case 'Sub': r = [a[0] - b[0], a[1] - b[1]]; break;
    case 'Mult': r = cProd(a, b); break;
    case 'Div': r = cQuot(a, b); break;
    case 'Pow': {
      // complexobject.c: complex_pow() — small integer exponents by repeated squaring,
      // others through polar form (the libm functions may differ from glibc's in the last bit).
      const [br, bi] = b;
      if (a[0] === 0 && a[1] === 0 && (bi !== 0 || br < 0)) return null;
      if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) r = br >= 0 ? cPowu(a, br) : cQuot([1, 0], cPowu(a, -br));
      else r = cPow(a, b);
      if (r !== null && (!Number.isFinite(r[0]) || !Number.isFinite(r[1]))) return null;
      break;
    }
    default: return null;
  }
  return r === null ? null : { kind: 'complex', real: r[0], imag: r[1] };
}

type Cx = [number, number];

function cProd(a: Cx, b: Cx): Cx {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** complexobject.c: _Py_c_quot() — Smith's division; null for a zero divisor. */
function cQuot(a: Cx, b: Cx): Cx | null {
  const absR = Math.abs(b[0]), absI = Math.abs(b[1]);
  if (absR >= absI) {
    if (absR === 0) return null;
    const ratio = b[1] / b[0], denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = b[0] / b[1], denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** complexobject.c: _Py_c_pow() for a non-zero base. */
function cPow(a: Cx, b: Cx): Cx {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** complexobject.c: c_powu(). */
function cPowu(x: Cx, n: number): Cx {
  let r: Cx = [1, 0], p = x, mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

function foldUnary(op: A.unaryop, c: C): C | null {
  const n = numOf(c);
  if (op === 'Not') return { kind: 'bool', value: !isTrue(c) };
  if (n === null) {
    if (c.kind === 'complex' && op === 'USub') return { kind: 'complex', real: -c.real, imag: -c.imag };
    if (c.kind === 'complex' && op === 'UAdd') return c;
    return null;
  }
  if (op === 'USub') return typeof n === 'bigint' ? { kind: 'int', value: -n } : { kind: 'float', value: -n };
  if (op === 'UAdd') return typeof n === 'bigint' ? { kind: 'int', value: n } : { kind: 'float', value: n };
  if (op === 'Invert') return typeof n === 'bigint' ? { kind: 'int', value: ~n } : null;
  return null;
}

function countItems(c: C): number {
  return c.kind === 'tuple' || c.kind === 'frozenset' ? c.items.reduce((s, x) => s + countItems(x), 1) : 1;
}

/** Fold constants throughout the tree (a new tree; the input is not modified). */
export function foldConstants<T>(node: T, optimize: number, stringAnnotations = false): T {
  codeIds = new WeakMap();
  optimizeLevel = optimize;
  keepAnnotations = stringAnnotations;
  return fold(node) as T;
}

let optimizeLevel = 0;
/** Under `from __future__ import annotations` annotations keep their written form (astfold_arg). */
let keepAnnotations = false;

/**
 * Models ast_opt.c: fold_iter() — a list display iterated over (or tested with `in`)
 * becomes a tuple display, a constant one a tuple constant; a set of constants a frozenset.
 */
function foldIter(arg: Expr): Expr {
  if (arg._type === 'List') {
    if (arg.elts.some((x) => x._type === 'Starred')) return arg;
    if (arg.elts.every(isConst)) return mk({ kind: 'tuple', items: arg.elts.map((x) => (x as A.Constant).value) }, arg);
    return { ...arg, _type: 'Tuple' } as unknown as Expr;
  }
  if (arg._type === 'Set' && arg.elts.every(isConst)) {
    return mk({ kind: 'frozenset', items: frozensetItems(arg.elts.map((x) => (x as A.Constant).value)) }, arg);
  }
  return arg;
}

// ## printf-style formatting as an f-string
//
// Models ast_opt.c (3.11): optimize_format() — `'%s and %r' % (a, b)` with only %s, %r, %a
// (optionally with `-`, a width and a precision of at most two digits each) becomes the
// JoinedStr `f'{a!s} and {b!r}'` (`%5s` becoming `{a!s:>5}`).  The literal pieces have no source position.

const NOPOS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function parseLiteral(fmt: string[], pos: { i: number }): A.Constant | null {
  const start = pos.i;
  let text = '';
  while (pos.i < fmt.length) {
    if (fmt[pos.i] !== '%') { text += fmt[pos.i]; pos.i++; }
    else if (pos.i + 1 < fmt.length && fmt[pos.i + 1] === '%') { text += '%'; pos.i += 2; }
    else break;
  }
  if (pos.i === start) return null;
  return { _type: 'Constant', value: { kind: 'str', value: text }, kind: null, ...NOPOS } as A.Constant;
}

function parseFormat(fmt: string[], pos: { i: number }, arg: Expr): Expr | null {
  const MAXDIGITS = 3;
  let p = pos.i;
  let ch = '';
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  // The other flags (+, space, #, 0) mean nothing for strings and are dropped.
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') { ljust = true; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1, prec = -1;
  const isDigit = () => ch >= '0' && ch <= '9';
  if (isDigit()) {
    width = 0;
    let digits = 0;
    while (isDigit()) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit()) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.i = p;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  // str formats left-aligned by default, so `%5s` needs '>5' and `%-5s` just '5'.
  let spec = !ljust && width > 0 ? '>' : '';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += `.${prec}`;
  const a = arg as A.Located;
  return {
    _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0),
    format_spec: spec ? { _type: 'Constant', value: { kind: 'str', value: spec }, kind: null, ...NOPOS } : null,
    lineno: a.lineno, col_offset: a.col_offset, end_lineno: a.end_lineno, end_col_offset: a.end_col_offset,
  } as unknown as Expr;
}

function optimizeFormat(node: A.BinOp, fmtText: string, elts: Expr[]): Expr | null {
  const fmt = [...fmtText];
  const pos = { i: 0 };
  const values: Expr[] = [];
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) values.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return null;
    pos.i++;
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (fv === null) return null;
    values.push(fv);
  }
  if (cnt < elts.length) return null;
  return { _type: 'JoinedStr', values, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset } as unknown as Expr;
}

const INVERTED: Partial<Record<A.cmpop, A.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

function fold(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fold);
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (typeof n._type !== 'string') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    const keep = (k === 'value' && n._type === 'Constant')
      || (keepAnnotations && (k === 'annotation' || (k === 'returns' && n._type === 'FunctionDef')));
    out[k] = keep ? v : fold(v);
  }
  const e = out as unknown as Expr;
  switch (e._type) {
    case 'UnaryOp': {
      if (isConst(e.operand)) {
        const r = foldUnary(e.op, e.operand.value);
        if (r !== null) return mk(r, e);
      } else if (e.op === 'Not' && e.operand._type === 'Compare' && e.operand.ops.length === 1) {
        // `not a is b` → `a is not b` (and in / not in); the node becomes the comparison.
        const inv = INVERTED[e.operand.ops[0]];
        if (inv !== undefined) return { ...e.operand, ops: [inv] };
      }
      return e;
    }
    case 'Name':
      if (e.ctx === 'Load' && e.id === '__debug__') return mk({ kind: 'bool', value: optimizeLevel === 0 }, e);
      return e;
    case 'BinOp': {
      if (e.op === 'Mod' && isConst(e.left) && e.left.value.kind === 'str' && e.right._type === 'Tuple'
        && !e.right.elts.some((x) => x._type === 'Starred')) {
        return optimizeFormat(e, e.left.value.value, e.right.elts) ?? e;
      }
      if (isConst(e.left) && isConst(e.right)) {
        const r = foldBin(e.op, e.left.value, e.right.value);
        if (r !== null && countItems(r) <= MAX_TOTAL_ITEMS) return mk(r, e);
      }
      return e;
    }
    case 'Tuple': {
      if (e.ctx === 'Load' && e.elts.every(isConst)) return mk({ kind: 'tuple', items: e.elts.map((x) => (x as A.Constant).value) }, e);
      return e;
    }
    case 'Compare': {
      // ast_opt.c: fold_compare() — the last comparand of `in` / `not in` goes through fold_iter.
      const last = e.comparators.length - 1;
      const op = e.ops[last];
      if (op === 'In' || op === 'NotIn') {
        return { ...e, comparators: [...e.comparators.slice(0, last), foldIter(e.comparators[last])] };
      }
      return e;
    }
    case 'Subscript': {
      if (isConst(e.value) && isConst(e.slice) && e.ctx === 'Load') {
        const v = e.value.value, s = e.slice.value;
        if ((v.kind === 'str' || v.kind === 'tuple' || v.kind === 'bytes') && (s.kind === 'int' || s.kind === 'bool')) {
          const len = v.kind === 'str' ? [...v.value].length : v.kind === 'tuple' ? v.items.length : v.value.length;
          let i = s.kind === 'bool' ? (s.value ? 1 : 0) : Number(s.value);
          if (i < 0) i += len;
          if (i >= 0 && i < len) {
            if (v.kind === 'str') {
              const ch = [...v.value][i];
              if (ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff) return mk({ kind: 'str', value: ch }, e);
            } else if (v.kind === 'bytes') {
              return mk({ kind: 'int', value: BigInt(v.value[i]) }, e);
            } else {
              return mk(v.items[i], e);
            }
          }
        }
      }
      return e;
    }
    default: {
      const x = out as { _type: string; iter?: Expr };
      if ((x._type === 'For' || x._type === 'comprehension') && x.iter) x.iter = foldIter(x.iter);
      return out;
    }
  }
}
