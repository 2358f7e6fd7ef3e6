// ## AST constant folding
//
// Models Python/ast_opt.c (3.11): fold unary and binary operations on constants (with
// CPython's size limits, so `'a' * 10**9` is left to run time), tuples of constants into
// constant tuples, and `x in [1, 2]` / `x in {1, 2}` into tuple / frozenset constants.

import type * as A from '../syntax/ast.js';
import type { CodeConst } from './code.js';

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
    case 'frozenset': return `z(${c.items.map(constKey).join('|')})`;
    case 'code': {
      let id = codeIds.get(c.code);
      if (id === undefined) { id = nextCodeId++; codeIds.set(c.code, id); }
      return `code${id}`;
    }
  }
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

function foldBin(op: A.operator, l: C, r: C): C | null {
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
        if (b < 0n) return null;
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
        const x = Number(a), y = Number(b);
        if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return null;
        return { kind: 'float', value: x / y };
      }
      default: return null;
    }
  }
  if (a !== null && b !== null && (typeof a === 'number' || typeof b === 'number')) {
    const x = Number(a), y = Number(b);
    if (typeof a === 'bigint' && !Number.isSafeInteger(x)) return null;
    if (typeof b === 'bigint' && !Number.isSafeInteger(y)) return null;
    let v: number;
    switch (op) {
      case 'Add': v = x + y; break;
      case 'Sub': v = x - y; break;
      case 'Mult': v = x * y; break;
      case 'Div': if (y === 0) return null; v = x / y; break;
      case 'FloorDiv': if (y === 0) return null; v = pyFloorDiv(x, y); break;
      case 'Mod': if (y === 0) return null; v = pyMod(x, y); break;
      case 'Pow': if (x < 0 && !Number.isInteger(y)) return null; if (x === 0 && y < 0) return null; v = x ** y; break;
      default: return null;
    }
    if (!Number.isFinite(v)) return null;
    return { kind: 'float', value: v };
  }
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

function foldUnary(op: A.unaryop, c: C): C | null {
  const n = numOf(c);
  if (op === 'Not') {
    return null;
  }
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
export function foldConstants<T>(node: T, optimize: number): T {
  codeIds = new WeakMap();
  void optimize;
  return fold(node) as T;
}

function fold(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fold);
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (typeof n._type !== 'string') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) out[k] = k === 'value' && n._type === 'Constant' ? v : fold(v);
  const e = out as unknown as Expr;
  switch (e._type) {
    case 'UnaryOp': {
      if (isConst(e.operand)) {
        const r = foldUnary(e.op, e.operand.value);
        if (r !== null) return mk(r, e);
      }
      return e;
    }
    case 'BinOp': {
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
      // `in` / `not in` against a list or set display of constants → tuple / frozenset.
      const last = e.comparators.length - 1;
      const op = e.ops[last];
      const right = e.comparators[last];
      if ((op === 'In' || op === 'NotIn') && (right._type === 'List' || right._type === 'Set') && right.elts.every(isConst)) {
        const items = right.elts.map((x) => (x as A.Constant).value);
        const c = mk(right._type === 'List' ? { kind: 'tuple', items } : { kind: 'frozenset', items }, right);
        return { ...e, comparators: [...e.comparators.slice(0, last), c] };
      }
      return e;
    }
    case 'Subscript': {
      if (isConst(e.value) && isConst(e.slice) && e.ctx === 'Load') {
        const v = e.value.value, s = e.slice.value;
        if ((v.kind === 'str' || v.kind === 'tuple') && s.kind === 'int') {
          const len = v.kind === 'str' ? [...v.value].length : v.items.length;
          let i = Number(s.value);
          if (i < 0) i += len;
          if (i >= 0 && i < len) {
            if (v.kind === 'str') {
              const ch = [...v.value][i];
              if (ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff) return mk({ kind: 'str', value: ch }, e);
            } else {
              return mk(v.items[i], e);
            }
          }
        }
      }
      return e;
    }
    default:
      return out;
  }
}
