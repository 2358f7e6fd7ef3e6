// ## Expressions back to source text: annotations under `from __future__ import annotations`
//
// Models Python/ast_unparse.c (3.11), which the compiler uses to turn each annotation into
// the string stored in __annotations__ (PEP 563).  It is not ast.unparse(): the spacing and
// the parentheses are the C unparser's (`-x ** (-y)`, `lambda*, k=1: k`, `1 .real`), driven
// by operator priorities, and constants are written with repr() (inf as 1e309).

import type * as A from '../syntax/ast.js';
import { floatRepr } from '../objects/numformat.js';
import { complexRepr } from '../objects/complexobject.js';
import { strRepr } from '../objects/unicodeobject.js';
import { bytesRepr } from '../objects/bytesobject.js';

type Expr = A.AST_expr;

// Priority levels, lowest first (ast_unparse.c's PR_* enum).
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
  PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
  PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

const BINOPS: Record<A.operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const UNARYOPS: Record<A.unaryop, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};
const CMPOPS: Record<A.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: the text of an annotation. */
export function exprAsString(e: Expr): string {
  return unparse(e, PR_TEST);
}

const paren = (cond: boolean, s: string) => (cond ? `(${s})` : s);

/** append_repr: floats and complex numbers spell infinity as 1e309 so the text parses back. */
function constRepr(c: A.PyConst): string {
  return pyConstRepr(c, true);
}

/** repr() of a constant (for error messages); `asSource` spells infinity as 1e309. */
export function pyConstRepr(c: A.PyConst, asSource = false): string {
  const inf = (t: string) => (asSource ? t.replace(/inf/g, '1e309') : t);
  switch (c.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return inf(floatRepr(c.value));
    case 'complex': return inf(complexRepr(c.real, c.imag));
    case 'str': return strRepr(c.value);
    case 'bytes': return bytesRepr(c.value);
    case 'tuple': return `(${c.items.map((x) => pyConstRepr(x, asSource)).join(', ')}${c.items.length === 1 ? ',' : ''})`;
    case 'frozenset': return `frozenset({${c.items.map((x) => pyConstRepr(x, asSource)).join(', ')}})`;
  }
}

function unparse(e: Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, `${positional ? 'lambda ' : 'lambda'}${argsText(e.args)}: ${unparse(e.body, PR_TEST)}`);
    }
    case 'IfExp':
      return paren(level > PR_TEST,
        `${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`);
    case 'Dict':
      return `{${e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? `${unparse(k, PR_TEST)}: ${unparse(v, PR_TEST)}` : `**${unparse(v, PR_EXPR)}`;
      }).join(', ')}}`;
    case 'Set': return `{${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}}`;
    case 'GeneratorExp': return `(${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp': return `[${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp': return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield': return e.value ? `(yield ${unparse(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Await': return paren(level > PR_AWAIT, `await ${unparse(e.value, PR_ATOM)}`);
    case 'Compare':
      return paren(level > PR_CMP,
        unparse(e.left, PR_CMP + 1) + e.ops.map((op, i) => CMPOPS[op] + unparse(e.comparators[i], PR_CMP + 1)).join(''));
    case 'Call': {
      const func = unparse(e.func, PR_ATOM);
      // A lone generator expression argument keeps its own parentheses only.
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return func + unparse(e.args[0], PR_TEST);
      const parts = e.args.map((a) => unparse(a, PR_TEST));
      for (const k of e.keywords) parts.push(`${k.arg === null ? '**' : `${k.arg}=`}${unparse(k.value, PR_TEST)}`);
      return `${func}(${parts.join(', ')})`;
    }
    case 'Constant':
      if (e.value.kind === 'Ellipsis') return '...';
      return (e.kind ?? '') + constRepr(e.value);
    case 'JoinedStr': return 'f' + strRepr(fstringBody(e.values, false));
    case 'FormattedValue': return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: an int literal needs a space before the dot.
      const dot = v._type === 'Constant' && v.value.kind === 'int' ? ' .' : '.';
      return unparse(v, PR_ATOM) + dot + e.attr;
    }
    case 'Subscript': return `${unparse(e.value, PR_ATOM)}[${unparse(e.slice, PR_TUPLE)}]`;
    case 'Starred': return `*${unparse(e.value, PR_EXPR)}`;
    case 'Slice':
      return (e.lower ? unparse(e.lower, PR_TEST) : '') + ':' + (e.upper ? unparse(e.upper, PR_TEST) : '')
        + (e.step ? ':' + unparse(e.step, PR_TEST) : '');
    case 'Name': return e.id;
    case 'List': return `[${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${unparse(e.target, PR_ATOM)}:=${unparse(e.value, PR_ATOM)}`);
  }
}

function comprehensions(gens: A.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += `${g.is_async ? ' async for ' : ' for '}${unparse(g.target, PR_TUPLE)} in ${unparse(g.iter, PR_TEST + 1)}`;
    for (const c of g.ifs) s += ` if ${unparse(c, PR_TEST + 1)}`;
  }
  return s;
}

function argText(a: A.arg): string {
  return a.annotation ? `${a.arg}: ${unparse(a.annotation, PR_TEST)}` : a.arg;
}

/** append_ast_args: a lambda's parameter list. */
function argsText(args: A.arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const nDefaults = args.defaults.length;
  positional.forEach((a, i) => {
    let s = argText(a);
    const di = i - positional.length + nDefaults;
    if (di >= 0) s += '=' + unparse(args.defaults[di], PR_TEST);
    if (args.posonlyargs.length && i + 1 === args.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (args.vararg || args.kwonlyargs.length) parts.push('*' + (args.vararg ? argText(args.vararg) : ''));
  const nKw = args.kw_defaults.length;
  args.kwonlyargs.forEach((a, i) => {
    let s = argText(a);
    const di = i - args.kwonlyargs.length + nKw;
    const d = di >= 0 ? args.kw_defaults[di] : null;
    if (d) s += '=' + unparse(d, PR_TEST);
    parts.push(s);
  });
  if (args.kwarg) parts.push('**' + argText(args.kwarg));
  return parts.join(', ');
}

/** build_fstring_body: literal parts with their braces doubled, replacement fields as written. */
function fstringBody(values: Expr[], isFormatSpec: boolean): string {
  let s = '';
  for (const v of values) {
    if (v._type === 'Constant' && v.value.kind === 'str') s += v.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v._type === 'JoinedStr') s += isFormatSpec ? fstringBody(v.values, true) : 'f' + strRepr(fstringBody(v.values, false));
    else s += formattedValue(v as A.FormattedValue);
  }
  return s;
}

function formattedValue(e: A.FormattedValue): string {
  // PR_TEST + 1 puts a lambda (whose ':' would end the field) in parentheses.
  const text = unparse(e.value, PR_TEST + 1);
  let s = (text.startsWith('{') ? '{ ' : '{') + text;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) {
    const spec = e.format_spec;
    s += ':' + (spec._type === 'JoinedStr' ? fstringBody(spec.values, true) : fstringBody([spec], true));
  }
  return s + '}';
}
