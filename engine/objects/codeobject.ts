// ## code objects as Python sees them
//
// Models Objects/codeobject.c (3.11): the co_* attributes, co_lines(), co_positions(),
// co_lnotab, replace(), and comparison/hashing.  The data is the compiler's CodeUnit
// (engine/objects/code.ts); this file only presents it.

import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyCode_Type, PyBool_Type, PyLong_Type, PyUnicode_Type, PyFloat_Type, PyComplex_Type, PyBytes_Type, PyFrozenSet_Type } from './typeobjects.js';
import { PyCode } from './code.js';
import { CodeUnit, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { opname, opmap, inlineCacheEntries, specializations } from '../compiler/opcode.js';
import { PyStr, newStr, internStr } from './str.js';
import { PyTuple, newTuple } from './tuple.js';
import { newInt } from './int.js';
import { PyFloat } from './float.js';
import { PyComplex } from './complexobject.js';
import { PyBytes } from './bytesobject.js';
import { newList } from './list.js';
import { setItems, PySet } from './setobject.js';
import { constHooks } from './consthooks.js';
import { Py_None, Py_NotImplemented, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { raise, raiseTypeError, raiseValueError, SystemError, IndexError } from './exceptions.js';
import { getIter, richCompareBool, index, typeName } from './abstract.js';
import { tupleHash } from './listobject.js';
import { addressHex } from '../memory/address.js';
import { NativeFn } from './descr.js';

const m = (name: string, fn: NativeFn, doc?: string) => ({ name, fn, doc });
const C = (s: PyObject) => s as PyCode;
const strs = (a: string[]) => newTuple(a.map((x) => newStr(x)));
const optInt = (n: number) => (n < 0 ? Py_None : newInt(n));

/** co_varnames are the names whose kind has the LOCAL bit (cells that are also arguments included). */
function localsOfKind(c: PyCode, bit: number): string[] {
  const out: string[] = [];
  const names = c.unit.co_localsplusnames, kinds = c.unit.co_localspluskinds;
  for (let i = 0; i < names.length; i++) if (kinds[i] & bit) out.push(names[i]);
  return out;
}

/** The opcode a specialised instruction came from (_PyOpcode_Deopt); glasspy never writes them, but code.replace() may. */
const deopt: number[] = (() => {
  const d = Array.from({ length: 256 }, (_, i) => i);
  const empty = opname.map((n, i) => (n.startsWith('<') ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  for (const [base, family] of Object.entries(specializations)) {
    for (let j = 0; j < family.length; j++, k++) if (k < empty.length) d[empty[k]] = opmap[base as keyof typeof opmap];
  }
  return d;
})();

// Models Objects/codeobject.c: decode_linetable()/emit_delta() — the pre-3.10 line table
// (pairs of byte and line increments) computed from the location table.
function lnotab(c: PyCode): Uint8Array {
  const out: number[] = [];
  let codeOffset = 0, line = c.unit.co_firstlineno;
  const pair = (a: number, b: number) => out.push(a & 255, b & 255);
  for (const r of c.lineRanges()) {
    if (r.computedLine === line) continue;
    let bdelta = r.start - codeOffset, ldelta = r.computedLine - line;
    while (bdelta > 255) { pair(255, 0); bdelta -= 255; }
    while (ldelta > 127) { pair(bdelta, 127); bdelta = 0; ldelta -= 127; }
    while (ldelta < -128) { pair(bdelta, -128); bdelta = 0; ldelta += 128; }
    pair(bdelta, ldelta);
    codeOffset = r.start;
    line = r.computedLine;
  }
  return Uint8Array.from(out);
}

function code_co_lines(s: PyObject): PyObject {
  const items = C(s).lineRanges().map((r) => newTuple([newInt(r.start), newInt(r.end), optInt(r.line)]));
  return getIter(newList(items));
}

function code_co_positions(s: PyObject): PyObject {
  const c = C(s);
  const n = c.unit.co_code.length >> 1;
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const [l, el, col, ecol] = c.positionsAt(i);
    items.push(newTuple([optInt(l), optInt(el), optInt(col), optInt(ecol)]));
  }
  return getIter(newList(items));
}

function code_varname_from_oparg(s: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 1) raiseTypeError(`_varname_from_oparg() takes exactly one argument (${args.length} given)`);
  const i = Number(index(args[0]).value);
  const names = C(s).unit.co_localsplusnames;
  if (i < 0 || i >= names.length) raise(IndexError, 'tuple index out of range');
  return internStr(names[i]);
}

// ## making code objects: code() and replace()

/** What PyCode_NewWithPosOnlyArgs() takes. */
interface CodeFields {
  argcount: number; posonly: number; kwonly: number; nlocals: number; stacksize: number; flags: number;
  code: Uint8Array; consts: PyObject[]; names: PyObject[]; varnames: PyObject[]; freevars: PyObject[]; cellvars: PyObject[];
  filename: string; name: string; qualname: string; firstlineno: number; linetable: Uint8Array; exceptiontable: Uint8Array;
}

/** Models intern_strings(): every name in a names tuple must be a str. */
function internNames(t: PyObject[]): string[] {
  return t.map((x) => {
    if (!(x instanceof PyStr) || x.ob_type !== PyUnicode_Type) raise(SystemError, 'non-string found in code slot');
    return (x as PyStr).value;
  });
}

// Models Objects/codeobject.c: PyCode_NewWithPosOnlyArgs() and _PyCode_Validate() — the
// checks in CPython's order, then the names merged into localsplus (a cell that is also an
// argument shares the argument's slot).
function newCode(f: CodeFields, template: CodeUnit): PyCode {
  const names = internNames(f.names), varnames = internNames(f.varnames);
  const freevars = internNames(f.freevars), cellvars = internNames(f.cellvars);
  if (f.argcount < f.posonly || f.posonly < 0 || f.kwonly < 0 || f.stacksize < 0 || f.flags < 0) {
    // PyErr_BadInternalCall() names its C source line.
    raise(SystemError, 'Objects/codeobject.c:250: bad argument to internal function');
  }
  if (f.code.length % 2 !== 0) raiseValueError('code: co_code is malformed');
  const nplain = varnames.length - f.argcount - f.kwonly - (f.flags & CO_VARARGS ? 1 : 0) - (f.flags & CO_VARKEYWORDS ? 1 : 0);
  if (nplain < 0) raiseValueError('code: co_varnames is too small');
  if (f.nlocals !== varnames.length) raiseValueError('code: co_nlocals != len(co_varnames)');
  const lpNames = varnames.slice();
  const lpKinds = varnames.map(() => CO_FAST_LOCAL);
  for (const name of cellvars) {
    const j = varnames.indexOf(name);
    if (j >= 0) lpKinds[j] = CO_FAST_LOCAL | CO_FAST_CELL;
    else { lpNames.push(name); lpKinds.push(CO_FAST_CELL); }
  }
  for (const name of freevars) { lpNames.push(name); lpKinds.push(CO_FAST_FREE); }
  // The unit's own co_consts stay the template's: PyCode takes the objects given here.
  const unit: CodeUnit = {
    ...template,
    co_argcount: f.argcount, co_posonlyargcount: f.posonly, co_kwonlyargcount: f.kwonly, co_stacksize: f.stacksize,
    co_flags: f.flags, co_firstlineno: f.firstlineno, co_code: f.code, co_names: names,
    co_localsplusnames: lpNames, co_localspluskinds: Uint8Array.from(lpKinds),
    co_filename: f.filename, co_name: f.name, co_qualname: f.qualname,
    co_linetable: f.linetable, co_exceptiontable: f.exceptiontable,
  };
  return new PyCode(unit, f.consts);
}

const REPLACE_FIELDS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
  'co_firstlineno', 'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
  'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable',
];
const INT_FIELDS = new Set(['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno']);
const BYTES_FIELDS = new Set(['co_code', 'co_linetable', 'co_exceptiontable']);
const STR_FIELDS = new Set(['co_filename', 'co_name', 'co_qualname']);

/** _PyArg_BadArgument() names None as "None", other objects by their type. */
const argTypeName = (o: PyObject) => (o === Py_None ? 'None' : typeName(o));
const asInt = (o: PyObject) => Number(index(o).value);
const strObjs = (a: string[]) => a.map((x) => newStr(x));

// Models Objects/codeobject.c: code_replace_impl() (argument checks from its Argument Clinic glue).
function code_replace(s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const c = C(s);
  const nkw = kw === null ? 0 : kw.length;
  if (args.length > nkw) raiseTypeError('replace() takes no positional arguments');
  const given = new Map<string, PyObject>();
  const npos = args.length - nkw;
  for (let k = 0; k < nkw; k++) {
    const name = kw![k];
    if (!REPLACE_FIELDS.includes(name)) raiseTypeError(`'${name}' is an invalid keyword argument for replace()`);
    const v = args[npos + k];
    if (INT_FIELDS.has(name)) asInt(v);
    else if (BYTES_FIELDS.has(name)) {
      if (!(v instanceof PyBytes)) raiseTypeError(`replace() argument '${name}' must be bytes, not ${argTypeName(v)}`);
    } else if (STR_FIELDS.has(name)) {
      if (!(v instanceof PyStr)) raiseTypeError(`replace() argument '${name}' must be str, not ${argTypeName(v)}`);
    } else if (!(v instanceof PyTuple)) {
      raiseTypeError(`replace() argument '${name}' must be tuple, not ${argTypeName(v)}`);
    }
    given.set(name, v);
  }
  const u = c.unit;
  const int = (name: string, cur: number): number => {
    const v = given.get(name);
    return v === undefined ? cur : asInt(v);
  };
  const f = {
    argcount: int('co_argcount', u.co_argcount), posonly: int('co_posonlyargcount', u.co_posonlyargcount),
    kwonly: int('co_kwonlyargcount', u.co_kwonlyargcount), nlocals: int('co_nlocals', c.nlocals),
    stacksize: int('co_stacksize', u.co_stacksize), flags: int('co_flags', u.co_flags), firstlineno: int('co_firstlineno', u.co_firstlineno),
  };
  const checks: [string, number][] = [['co_argcount', f.argcount], ['co_posonlyargcount', f.posonly], ['co_kwonlyargcount', f.kwonly],
    ['co_firstlineno', f.firstlineno], ['co_stacksize', f.stacksize], ['co_flags', f.flags]];
  for (const [name, v] of checks) if (v < 0) raiseValueError(`${name} must be a positive integer`);
  const tup = (name: string, cur: () => PyObject[]): PyObject[] => (given.get(name) as PyTuple | undefined)?.items.slice() ?? cur();
  const byt = (name: string, cur: Uint8Array): Uint8Array => (given.get(name) as PyBytes | undefined)?.data ?? cur;
  const str = (name: string, cur: string): string => (given.get(name) as PyStr | undefined)?.value ?? cur;
  return newCode({
    ...f,
    code: byt('co_code', u.co_code), consts: tup('co_consts', () => c.consts.slice()),
    names: tup('co_names', () => c.names.slice()), varnames: tup('co_varnames', () => strObjs(localsOfKind(c, CO_FAST_LOCAL))),
    freevars: tup('co_freevars', () => strObjs(localsOfKind(c, CO_FAST_FREE))),
    cellvars: tup('co_cellvars', () => strObjs(localsOfKind(c, CO_FAST_CELL))),
    filename: str('co_filename', u.co_filename), name: str('co_name', u.co_name), qualname: str('co_qualname', u.co_qualname),
    linetable: byt('co_linetable', u.co_linetable), exceptiontable: byt('co_exceptiontable', u.co_exceptiontable),
  }, u);
}

/** A code object's template for code(): no constants of its own (PyCode takes the given objects). */
const emptyUnit: CodeUnit = {
  co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_stacksize: 0, co_flags: 0, co_firstlineno: 1,
  co_code: new Uint8Array(0), co_consts: [], co_names: [], co_localsplusnames: [], co_localspluskinds: new Uint8Array(0),
  co_filename: '', co_name: '', co_qualname: '', co_linetable: new Uint8Array(0), co_exceptiontable: new Uint8Array(0),
};

// Models Objects/codeobject.c: code_new_impl() — code(argcount, posonlyargcount, kwonlyargcount,
// nlocals, stacksize, flags, codestring, constants, names, varnames, filename, name, qualname,
// firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /).
function code_new(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('code() takes no keyword arguments');
  if (args.length < 16) raiseTypeError(`code expected at least 16 arguments, got ${args.length}`);
  if (args.length > 18) raiseTypeError(`code expected at most 18 arguments, got ${args.length}`);
  const arg = (i: number, want: 'bytes' | 'tuple' | 'str'): PyObject => {
    const v = args[i];
    const ok = want === 'bytes' ? v instanceof PyBytes : want === 'tuple' ? v instanceof PyTuple : v instanceof PyStr;
    if (!ok) raiseTypeError(`code() argument ${i + 1} must be ${want}, not ${argTypeName(v)}`);
    return v;
  };
  const ints = args.slice(0, 6).map(asInt);
  const code = (arg(6, 'bytes') as PyBytes).data;
  const consts = (arg(7, 'tuple') as PyTuple).items.slice();
  const names = arg(8, 'tuple') as PyTuple, varnames = arg(9, 'tuple') as PyTuple;
  const filename = (arg(10, 'str') as PyStr).value, name = (arg(11, 'str') as PyStr).value, qualname = (arg(12, 'str') as PyStr).value;
  const firstlineno = asInt(args[13]);
  const linetable = (arg(14, 'bytes') as PyBytes).data, exceptiontable = (arg(15, 'bytes') as PyBytes).data;
  const freevars = args.length > 16 ? arg(16, 'tuple') as PyTuple : newTuple([]);
  const cellvars = args.length > 17 ? arg(17, 'tuple') as PyTuple : newTuple([]);
  const [argcount, posonly, kwonly, nlocals, stacksize, flags] = ints;
  if (argcount < 0) raiseValueError('code: argcount must not be negative');
  if (posonly < 0) raiseValueError('code: posonlyargcount must not be negative');
  if (kwonly < 0) raiseValueError('code: kwonlyargcount must not be negative');
  if (nlocals < 0) raiseValueError('code: nlocals must not be negative');
  // validate_and_copy_tuple(): str subclasses become plain str.
  const copy = (t: PyTuple): PyObject[] => t.items.map((x) => {
    if (!(x instanceof PyStr)) raiseTypeError(`name tuples must contain only strings, not '${typeName(x)}'`);
    return x.ob_type === PyUnicode_Type ? x : newStr(x.value);
  });
  const [n, v, fv, cv] = [copy(names), copy(varnames), copy(freevars), copy(cellvars)];
  return newCode({
    argcount, posonly, kwonly, nlocals, stacksize, flags, code, consts, names: n, varnames: v,
    freevars: fv, cellvars: cv, filename, name, qualname, firstlineno, linetable, exceptiontable,
  }, emptyUnit);
}

// ## comparison and hashing

// Models Objects/codeobject.c: _PyCode_ConstantKey() — constants compare equal only if they
// are the same type and value (1 != 1.0 != True, 0.0 != -0.0), tuples and frozensets item by item.
function constantsEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a instanceof PyCode || b instanceof PyCode) return a instanceof PyCode && b instanceof PyCode && codesEqual(a, b);
  const ta = a.ob_type, tb = b.ob_type;
  if (a instanceof PyTuple) {
    if (!(b instanceof PyTuple) || ta !== tb || a.items.length !== b.items.length) return false;
    return a.items.every((x, i) => constantsEqual(x, b.items[i]));
  }
  if (ta === PyFrozenSet_Type) {
    if (tb !== PyFrozenSet_Type) return false;
    const xs = setItems(a as PySet), ys = setItems(b as PySet);
    return xs.length === ys.length && xs.every((x) => ys.some((y) => constantsEqual(x, y)));
  }
  if (ta !== tb) return false;
  if (ta === PyFloat_Type) {
    const x = (a as PyFloat).value, y = (b as PyFloat).value;
    return x === y && Object.is(x, y);
  }
  if (ta === PyComplex_Type) {
    const x = a as PyComplex, y = b as PyComplex;
    return x.real === y.real && x.imag === y.imag && Object.is(x.real, y.real) && Object.is(x.imag, y.imag);
  }
  if (ta === PyLong_Type || ta === PyBool_Type || ta === PyUnicode_Type || ta === PyBytes_Type) return richCompareBool(a, b, Py_EQ);
  return false;
}

/** The code units with specialisations undone and inline caches skipped. */
function sameInstructions(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 2) {
    const op = deopt[a[i]];
    if (op !== deopt[b[i]] || a[i + 1] !== b[i + 1]) return false;
    i += 2 * inlineCacheEntries[op];
  }
  return true;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameStrs = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// Models Objects/codeobject.c: code_richcompare().
function codesEqual(a: PyCode, b: PyCode): boolean {
  const x = a.unit, y = b.unit;
  return x.co_name === y.co_name && x.co_argcount === y.co_argcount && x.co_posonlyargcount === y.co_posonlyargcount
    && x.co_kwonlyargcount === y.co_kwonlyargcount && x.co_flags === y.co_flags && x.co_firstlineno === y.co_firstlineno
    && sameInstructions(x.co_code, y.co_code)
    && a.consts.length === b.consts.length && a.consts.every((k, i) => constantsEqual(k, b.consts[i]))
    && sameStrs(x.co_names, y.co_names) && sameStrs(x.co_localsplusnames, y.co_localsplusnames)
    && sameBytes(x.co_linetable, y.co_linetable) && sameBytes(x.co_exceptiontable, y.co_exceptiontable);
}

// Models Objects/codeobject.c: code_hash() — combines the fields equality looks at (constants
// only by count: equal codes still hash equal, and no constant's hash can fail).
function codeHash(c: PyCode): number {
  const u = c.unit;
  const parts: PyObject[] = [
    newStr(u.co_name), constHooks.bytes(u.co_code), newInt(c.consts.length), newTuple(u.co_names.map((n) => newStr(n))),
    newTuple(u.co_localsplusnames.map((n) => newStr(n))), newInt(u.co_argcount), newInt(u.co_posonlyargcount),
    newInt(u.co_kwonlyargcount), newInt(u.co_flags),
  ];
  return tupleHash(parts);
}

defineType(PyCode_Type, {
  doc: 'Create a code object.  Not for the faint of heart.',
  slots: {
    tp_repr: (s) => {
      const c = C(s);
      return `<code object ${c.co_name} at ${addressHex(c)}, file "${c.co_filename}", line ${c.unit.co_firstlineno}>`;
    },
    tp_hash: (s) => codeHash(C(s)),
    tp_new: code_new,
    tp_richcompare: (a, b, op) => {
      if ((op !== Py_EQ && op !== Py_NE) || !(b instanceof PyCode)) return Py_NotImplemented;
      const eq = codesEqual(C(a), b);
      return newBool(op === Py_EQ ? eq : !eq);
    },
  },
  getsets: [
    { name: 'co_argcount', get: (s) => newInt(C(s).unit.co_argcount) },
    { name: 'co_posonlyargcount', get: (s) => newInt(C(s).unit.co_posonlyargcount) },
    { name: 'co_kwonlyargcount', get: (s) => newInt(C(s).unit.co_kwonlyargcount) },
    { name: 'co_stacksize', get: (s) => newInt(C(s).unit.co_stacksize) },
    { name: 'co_flags', get: (s) => newInt(C(s).unit.co_flags) },
    { name: 'co_firstlineno', get: (s) => newInt(C(s).unit.co_firstlineno) },
    { name: 'co_nlocals', get: (s) => newInt(C(s).nlocals) },
    { name: 'co_name', get: (s) => internStr(C(s).co_name) },
    { name: 'co_qualname', get: (s) => internStr(C(s).co_qualname) },
    { name: 'co_filename', get: (s) => newStr(C(s).co_filename) },
    { name: 'co_consts', get: (s) => newTuple(C(s).consts.slice()) },
    { name: 'co_names', get: (s) => newTuple(C(s).names.slice()) },
    { name: 'co_varnames', get: (s) => strs(localsOfKind(C(s), CO_FAST_LOCAL)) },
    { name: 'co_cellvars', get: (s) => strs(localsOfKind(C(s), CO_FAST_CELL)) },
    { name: 'co_freevars', get: (s) => strs(localsOfKind(C(s), CO_FAST_FREE)) },
    { name: 'co_code', get: (s) => constHooks.bytes(C(s).unit.co_code) },
    // The VM does not specialise instructions, so the adaptive code is the code itself.
    { name: '_co_code_adaptive', get: (s) => constHooks.bytes(C(s).unit.co_code) },
    { name: 'co_linetable', get: (s) => constHooks.bytes(C(s).unit.co_linetable) },
    { name: 'co_exceptiontable', get: (s) => constHooks.bytes(C(s).unit.co_exceptiontable) },
    { name: 'co_lnotab', get: (s) => constHooks.bytes(lnotab(C(s))) },
  ],
  methods: [
    m('co_lines', code_co_lines),
    m('co_positions', code_co_positions),
    m('_varname_from_oparg', code_varname_from_oparg, '(WARNING: this function is likely to be removed in the future!)\n\nReturn the local variable name for the given oparg.'),
    m('replace', code_replace, 'Return a copy of the code object with new values for the specified fields.'),
  ],
});
