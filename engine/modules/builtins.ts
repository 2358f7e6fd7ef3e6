// ## The builtins module
//
// Models Python/bltinmodule.c.  Each function is a thin layer over the abstract protocols
// (engine/objects/abstract.ts) with CPython's argument checking and messages; the builtin
// types (int, str, list ...) are the type objects themselves.

import { PyCF_MASK } from '../compiler/future.js';
import { PyObject, Py_LT, Py_GT, Py_EQ } from '../objects/object.js';
import { PyType, isSubtype } from '../objects/type.js';
import * as T from '../objects/typeobjects.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr, dictGetStr, dictItems } from '../objects/dict.js';
import { PyStr, newStr, strLength } from '../objects/str.js';
import { PyInt, newInt, newIntBig, intToBig } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList, newList } from '../objects/list.js';
import { PyCode } from '../objects/code.js';
import { PyFunction } from '../objects/function.js';
import { Py_None, Py_True, Py_False, Py_NotImplemented, Py_Ellipsis, newBool } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { parseArgs, oneArg } from '../objects/args.js';
import * as E from '../objects/exceptions.js';
import { raiseTypeError, raiseValueError, raise, PyBaseException } from '../objects/exceptions.js';
import {
  reprString, strString, isTrue, getAttr, getAttrOpt, setAttr, call, callMethod, getIter, iterNext,
  iterableToArray, richCompareBool, isInstance, isSubclass, length, index, absolute, power, binaryOp, typeName,
  formatObject, callMethodOnType,
} from '../objects/abstract.js';
import { callSpecial, typeNew, calculateMetaclass } from '../objects/typeobject.js';
import { addressOf } from '../memory/address.js';
import { releaseTemp, releaseLater } from '../memory/refcount.js';
import { asciiOf } from '../vm/ascii.js';
import { tstate } from '../vm/tstate.js';
import { interp } from '../vm/interp.js';
import { compileSource, CompileMode } from '../vm/compile.js';
import { runFrame } from '../vm/eval.js';
import { Frame } from '../vm/frame.js';
import { importModuleLevel } from '../vm/import.js';
import { genReturn } from '../vm/gen.js';
import { stopIterationSink } from '../objects/slots.js';
import { stdio, readLine } from '../vm/stdio.js';
import { openFile } from '../objects/fileio.js';
import { exactHash } from '../objects/hashexact.js';
import { PyCell } from '../objects/cell.js';
import { defineModule } from './registry.js';

const b = (name: string, fn: NativeFn, doc?: string, sig?: string) => newBuiltin(name, fn, 'builtins', sig, doc);

function builtin_abs(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return absolute(oneArg('abs', args, kw));
}

function builtin_all(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const arg = oneArg('all', args, kw);
  const it = getIter(arg);
  let r: PyObject = Py_True;
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    const ok = isTrue(x);
    releaseTemp(x);
    if (!ok) { r = Py_False; break; }
  }
  if (it !== arg) releaseLater(it);
  return r;
}

function builtin_any(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const arg = oneArg('any', args, kw);
  const it = getIter(arg);
  let r: PyObject = Py_False;
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    const ok = isTrue(x);
    releaseTemp(x);
    if (ok) { r = Py_True; break; }
  }
  if (it !== arg) releaseLater(it);
  return r;
}

function builtin_ascii(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return newStr(asciiOf(reprString(oneArg('ascii', args, kw))));
}

function radix(name: string, prefix: string, base: number) {
  return (_m: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const v = intToBig(index(oneArg(name, args, kw)));
    const neg = v < 0n;
    return newStr((neg ? '-' : '') + prefix + (neg ? -v : v).toString(base));
  };
}

function builtin_callable(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return newBool(oneArg('callable', args, kw).ob_type.tp_call !== null);
}

function builtin_chr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = oneArg('chr', args, kw);
  if (a instanceof PyFloat) raiseTypeError(`'float' object cannot be interpreted as an integer`);
  const v = index(a).value;
  if (typeof v !== 'number' || v < 0 || v > 0x10ffff) {
    if (typeof v !== 'number') raise(E.OverflowError, 'Python int too large to convert to C int');
    raiseValueError('chr() arg not in range(0x110000)');
  }
  return newStr(String.fromCodePoint(v));
}

function builtin_ord(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const a = oneArg('ord', args, kw);
  if (a instanceof PyStr) {
    const n = strLength(a);
    if (n !== 1) raiseTypeError(`ord() expected a character, but string of length ${n} found`);
    return newInt(a.value.codePointAt(0)!);
  }
  const bytes = (a as { data?: Uint8Array; length?: number }).data;
  if (bytes instanceof Uint8Array && (a.ob_type === T.PyBytes_Type || a.ob_type === T.PyByteArray_Type || isSubtype(a.ob_type, T.PyBytes_Type))) {
    const n = (a as unknown as { length: number }).length ?? bytes.length;
    if (n !== 1) raiseTypeError(`ord() expected a character, but string of length ${n} found`);
    return newInt(bytes[0]);
  }
  raiseTypeError(`ord() expected string of length 1, but ${typeName(a)} found`);
}

function builtin_delattr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [o, n] = parseArgs('delattr', args, kw, { names: ['obj', 'name'], required: 2 });
  if (!(n instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(n!)}'`);
  setAttr(o!, n.value, null);
  return Py_None;
}

function builtin_getattr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('getattr() takes no keyword arguments');
  if (args.length < 2 || args.length > 3) raiseTypeError(`getattr expected at least 2 arguments, got ${args.length}`);
  const [o, n, dflt] = args;
  if (!(n instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(n)}'`);
  if (dflt === undefined) return getAttr(o, n.value);
  const v = getAttrOpt(o, n.value);
  return v ?? dflt;
}

function builtin_setattr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [o, n, v] = parseArgs('setattr', args, kw, { names: ['obj', 'name', 'value'], required: 3 });
  if (!(n instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(n!)}'`);
  setAttr(o!, n.value, v!);
  return Py_None;
}

function builtin_hasattr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [o, n] = parseArgs('hasattr', args, kw, { names: ['obj', 'name'], required: 2 });
  if (!(n instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeName(n!)}'`);
  const v = getAttrOpt(o!, n.value);
  if (v === null) return Py_False;
  // builtin_hasattr_impl drops the attribute it looked up (a bound method made for it goes).
  releaseLater(v);
  return Py_True;
}

function builtin_dir(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('dir() takes no keyword arguments');
  if (args.length > 1) raiseTypeError(`dir expected at most 1 argument, got ${args.length}`);
  let names: PyObject[];
  if (args.length === 0) {
    const locals = currentLocals();
    names = iterableToArray(callMethod(locals, 'keys', []));
  } else {
    const r = callSpecial(args[0], '__dir__', []);
    if (r === null) raiseTypeError('object does not provide __dir__');
    names = iterableToArray(r);
  }
  const l = newList(names);
  callMethod(l, 'sort', []);
  return l;
}

function builtin_divmod(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [a, bb] = parseArgs('divmod', args, kw, { names: ['x', 'y'], required: 2 });
  return binaryOp(a!, bb!, 26 as number);
}

function builtin_format(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [v, spec] = parseArgs('format', args, kw, { names: ['value', 'format_spec'], required: 1 });
  if (spec !== null && !(spec instanceof PyStr)) raiseTypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  return newStr(formatObject(v!, spec === null ? '' : spec.value));
}

function builtin_hash(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  // exactHash raises for unhashable objects and calls a Python __hash__ once.
  return newIntBig(exactHash(oneArg('hash', args, kw)));
}

function builtin_id(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return newInt(addressOf(oneArg('id', args, kw)));
}

function builtin_isinstance(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [o, c] = parseArgs('isinstance', args, kw, { names: ['obj', 'class_or_tuple'], required: 2 });
  return newBool(isInstance(o!, c!));
}

function builtin_issubclass(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [o, c] = parseArgs('issubclass', args, kw, { names: ['cls', 'class_or_tuple'], required: 2 });
  return newBool(isSubclass(o!, c!));
}

function builtin_iter(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('iter() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) raiseTypeError(`iter expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  if (args.length === 1) return getIter(args[0]);
  if (args[0].ob_type.tp_call === null) raiseTypeError('iter(v, w): v must be callable');
  return call(T.PyCallIter_Type, args);
}

function builtin_len(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return newInt(length(oneArg('len', args, kw)));
}

function builtin_next(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('next() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) raiseTypeError(`next expected at least 1 argument, got ${args.length}`);
  const it = args[0];
  const f = it.ob_type.tp_iternext;
  if (f === null) raiseTypeError(`'${typeName(it)}' object is not an iterator`);
  genReturn.value = null;
  stopIterationSink.last = null;
  const v = f(it);
  if (v !== null) return v;
  if (args.length === 2) return args[1];
  if (stopIterationSink.last !== null) throw stopIterationSink.last;
  const rv = genReturn.value;
  genReturn.value = null;
  E.raiseStopIteration(rv === null || rv === Py_None ? null : rv);
}

/** min() and max(): Python/bltinmodule.c min_max(). */
function minmax(name: string, op: number) {
  return (_m: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    let key: PyObject | null = null, dflt: PyObject | null = null;
    for (let i = 0; i < nkw; i++) {
      const k = kwnames![i];
      if (k === 'key') key = args[npos + i];
      else if (k === 'default') dflt = args[npos + i];
      else raiseTypeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
    if (key === Py_None) key = null;
    if (npos === 0) raiseTypeError(`${name} expected at least 1 argument, got 0`);
    if (npos === 1) return minMaxIter(name, op, args[0], key, dflt);
    if (dflt !== null) raiseTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    // The arguments are borrowed: only the keys computed here are released.
    let best = args[0];
    let bestKey = key === null ? best : call(key, [best]);
    for (let i = 1; i < npos; i++) {
      const x = args[i];
      const k = key === null ? x : call(key, [x]);
      if (richCompareBool(k, bestKey, op)) {
        if (bestKey !== best) releaseTemp(bestKey);
        best = x; bestKey = k;
      } else if (k !== x) releaseTemp(k);
    }
    if (bestKey !== best) releaseTemp(bestKey);
    return best;
  };
}

/**
 * Models Python/bltinmodule.c: min_max() over one iterable.  Items are taken one at a time
 * and those that lose are dropped at once, so max() of a generator holds one item, not all.
 */
function minMaxIter(name: string, op: number, iterable: PyObject, key: PyObject | null, dflt: PyObject | null): PyObject {
  const it = getIter(iterable);
  let best: PyObject | null = null, bestKey: PyObject | null = null;
  for (let x = iterNext(it); x !== null; x = iterNext(it)) {
    const k = key === null ? x : call(key, [x]);
    if (best === null) { best = x; bestKey = k; continue; }
    if (richCompareBool(k, bestKey!, op)) {
      if (bestKey !== best) releaseTemp(bestKey!);
      releaseTemp(best);
      best = x; bestKey = k;
    } else {
      if (k !== x) releaseTemp(k);
      releaseTemp(x);
    }
  }
  if (it !== iterable) releaseLater(it);
  if (best === null) {
    if (dflt !== null) return dflt;
    raiseValueError(`${name}() arg is an empty sequence`);
  }
  if (bestKey !== best) releaseTemp(bestKey!);
  return best;
}

function builtin_pow(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [base, exp, mod] = parseArgs('pow', args, kw, { names: ['base', 'exp', 'mod'], required: 2, posonly: 0 });
  return power(base!, exp!, mod ?? Py_None);
}

function builtin_print(_m: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let sep: PyObject = Py_None, end: PyObject = Py_None, file: PyObject = Py_None, flush: PyObject = Py_False;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[npos + i];
    if (k === 'sep') sep = v;
    else if (k === 'end') end = v;
    else if (k === 'file') file = v;
    else if (k === 'flush') flush = v;
    else raiseTypeError(`'${k}' is an invalid keyword argument for print()`);
  }
  if (sep !== Py_None && !(sep instanceof PyStr)) raiseTypeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== Py_None && !(end instanceof PyStr)) raiseTypeError(`end must be None or a string, not ${typeName(end)}`);
  if (file === Py_None) {
    file = dictGetStr(interp.sys!.md_dict, 'stdout') ?? Py_None;
    if (file === Py_None) return Py_None;
  }
  const sepS = sep === Py_None ? ' ' : (sep as PyStr).value;
  const endS = end === Py_None ? '\n' : (end as PyStr).value;
  // The bound write method and what each call returns are dropped as builtin_print does.
  const write = getAttr(file, 'write');
  const put = (s: string) => {
    const arg = newStr(s);
    const r = call(write, [arg]);
    if (r !== arg) releaseLater(r);
    releaseLater(arg);
  };
  for (let i = 0; i < npos; i++) {
    if (i > 0) put(sepS);
    put(strString(args[i]));
  }
  put(endS);
  if (isTrue(flush)) releaseLater(callMethod(file, 'flush', []));
  releaseLater(write);
  return Py_None;
}

function builtin_repr(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return newStr(reprString(oneArg('repr', args, kw)));
}

function builtin_round(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [num, nd] = parseArgs('round', args, kw, { names: ['number', 'ndigits'], required: 1, posonly: 0 });
  const r = callSpecial(num!, '__round__', nd === null || nd === Py_None ? [] : [nd]);
  if (r === null) raiseTypeError(`type ${typeName(num!)} doesn't define __round__ method`);
  return r;
}

function builtin_sorted(_m: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  if (args.length - nkw !== 1) raiseTypeError(args.length - nkw === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${args.length - nkw}`);
  const l = newList(iterableToArray(args[0]));
  callMethod(l, 'sort', args.slice(1), kwnames);
  return l;
}

function builtin_sum(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [it, start] = parseArgs('sum', args, kw, { names: ['iterable', 'start'], required: 1, posonly: 1 });
  let acc: PyObject = start ?? newInt(0);
  if (acc instanceof PyStr) raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc.ob_type === T.PyBytes_Type) raiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc.ob_type === T.PyByteArray_Type) raiseTypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const iter = getIter(it!);
  // Integer and float fast paths, as CPython's: exact while results stay in range.  Each item
  // and each superseded partial sum is dropped as the loop moves on (the start value is the
  // caller's), so summing a generator holds one item at a time.
  let x: PyObject | null;
  try {
  while ((x = iterNext(iter)) !== null) {
    const prev = acc;
    if (acc instanceof PyInt && acc.ob_type === T.PyLong_Type && x instanceof PyInt && x.ob_type === T.PyLong_Type
      && typeof acc.value === 'number' && typeof x.value === 'number') {
      const r = acc.value + x.value;
      acc = Number.isSafeInteger(r) ? newInt(r) : newIntBig(BigInt(acc.value) + BigInt(x.value));
    } else if (acc instanceof PyFloat && acc.ob_type === T.PyFloat_Type && x instanceof PyFloat && x.ob_type === T.PyFloat_Type) {
      acc = newFloat(acc.value + x.value);
    } else {
      acc = binaryOp(acc, x, 0);
    }
    if (x !== acc) releaseTemp(x);
    if (prev !== acc && prev !== x && prev !== start) releaseTemp(prev);
  }
  return acc;
  } finally {
    // CPython's Py_DECREF(iter): an iterator sum() made (a set's, a dict's) holds its container.
    if (iter !== it) releaseLater(iter);
  }
}

function builtin_vars(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('vars() takes no keyword arguments');
  if (args.length === 0) return currentLocals();
  if (args.length > 1) raiseTypeError(`vars expected at most 1 argument, got ${args.length}`);
  const d = getAttrOpt(args[0], '__dict__');
  if (d === null) raiseTypeError('vars() argument must have __dict__ attribute');
  return d;
}

/** locals() of the calling frame: the mapping for module/class frames, a fresh dict for functions. */
export function currentLocals(): PyObject {
  const frame = tstate.frame;
  if (frame === null) return new PyDict();
  if (frame.f_locals !== null) return frame.f_locals;
  return fastLocalsToDict(frame);
}

export function fastLocalsToDict(frame: Frame): PyDict {
  const d = new PyDict();
  const u = frame.f_code.unit;
  for (let i = 0; i < u.co_localsplusnames.length; i++) {
    let v = frame.f[i];
    const kind = u.co_localspluskinds[i];
    if (v instanceof PyCell && (kind & 0xc0)) v = v.ob_ref;
    if (kind & 0x80 && !(u.co_flags & 0x0)) {
      // free variables appear in locals() of functions, as CPython's PyFrame_FastToLocals.
    }
    if (v !== null) dictSetStr(d, u.co_localsplusnames[i], v);
  }
  return d;
}

function builtin_globals(): PyObject {
  const frame = tstate.frame;
  return frame === null ? new PyDict() : frame.f_globals;
}

function builtin_locals(): PyObject {
  return currentLocals();
}

// ## compile, exec, eval

function sourceOf(o: PyObject, what: string): string {
  if (o instanceof PyStr) return o.value;
  const data = (o as { data?: Uint8Array }).data;
  if (data instanceof Uint8Array) return new TextDecoder().decode(data);
  raiseTypeError(`${what}() arg 1 must be a string, bytes or code object`);
}

// compile()'s flag bits (Include/cpython/compile.h, Include/cpython/code.h).
const PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
  PyCF_DONT_IMPLY_DEDENT = 0x200, PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
/** PyCF_MASK: the __future__ features' bits; PyCF_MASK_OBSOLETE: CO_NESTED. */
const PyCF_MASK_OBSOLETE = 0x10;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

function compileFilename(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  const data = (o as { data?: Uint8Array }).data;
  if (o.ob_type === T.PyBytes_Type && data instanceof Uint8Array) return new TextDecoder().decode(data);
  const path = callSpecial(o, '__fspath__', []);
  if (path === null) raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
  return compileFilename(path);
}

// Models Python/bltinmodule.c: builtin_compile_impl() — the checks in CPython's order.
function builtin_compile(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [src, filename, mode, flagsObj, dontInherit, optimizeObj] = parseArgs('compile', args, kw, {
    names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], required: 3, posonly: 0, kwonlyFrom: 6,
  });
  const fname = compileFilename(filename!);
  if (!(mode instanceof PyStr)) raiseTypeError(`compile() argument 'mode' must be str, not ${typeName(mode!)}`);
  let flags = flagsObj === null ? 0 : Number(index(flagsObj).value);
  const inherit = dontInherit === null || Number(index(dontInherit).value) === 0;
  const optimize = optimizeObj === null ? -1 : Number(index(optimizeObj).value);
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) raiseValueError('compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) raiseValueError('compile(): invalid optimize value');
  // PyEval_MergeCompilerFlags(): the calling code's __future__ features carry over.
  if (inherit && tstate.frame !== null) flags |= tstate.frame.f_code.unit.co_flags & PyCF_MASK;
  const m = mode.value;
  if (m === 'func_type') {
    if (!(flags & PyCF_ONLY_AST)) raiseValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (m !== 'exec' && m !== 'eval' && m !== 'single') {
    raiseValueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const isText = src instanceof PyStr || src!.ob_type === T.PyBytes_Type || src!.ob_type === T.PyByteArray_Type;
  if (!isText) raiseTypeError('compile() arg 1 must be a string, bytes or AST object');
  if (flags & PyCF_ONLY_AST) raise(E.NotImplementedError, 'compile(): PyCF_ONLY_AST needs the ast module, which glasspy does not have yet');
  const text = sourceOf(src!, 'compile');
  if (text.includes('\0')) raise(E.SyntaxError, 'source code string cannot contain null bytes');
  // optimize -1 is the interpreter's own level (sys.flags.optimize), 0 in glasspy.
  return compileSource(text, fname, m as CompileMode, Math.max(optimize, 0), flags & PyCF_MASK);
}

function evalOrExec(name: 'eval' | 'exec', args: PyObject[], kw: string[] | null): PyObject {
  const [src, g, l] = parseArgs(name, args, kw, { names: ['source', 'globals', 'locals'], required: 1, posonly: name === 'eval' ? 3 : 1 });
  let globals: PyObject | null = g === Py_None ? null : g;
  let locals: PyObject | null = l === Py_None ? null : l;
  if (globals !== null && !(globals instanceof PyDict)) {
    raiseTypeError(name === 'exec' ? `exec() globals must be a dict, not ${typeName(globals)}` : 'globals must be a dict');
  }
  const caller = tstate.frame;
  if (globals === null) {
    globals = caller ? caller.f_globals : new PyDict();
    if (locals === null) locals = caller ? currentLocals() : globals;
  } else if (locals === null) {
    locals = globals;
  }
  const gd = globals as PyDict;
  if (dictGetStr(gd, '__builtins__') === null) dictSetStr(gd, '__builtins__', interp.builtins!);
  let code: PyCode;
  if (src instanceof PyCode) code = src;
  else {
    let text = sourceOf(src!, name);
    if (name === 'eval') text = text.replace(/^[ \t]+/, '');
    // PyEval_MergeCompilerFlags: the caller's __future__ features apply to the string too.
    const inherited = caller !== null ? caller.f_code.unit.co_flags & PyCF_MASK : 0;
    code = compileSource(text, '<string>', name === 'eval' ? 'eval' : 'exec', 0, inherited);
  }
  const frame = new Frame(code, gd, builtinsFor(gd), locals, null);
  const r = runFrame(frame);
  return name === 'eval' ? r : Py_None;
}

function builtinsFor(globals: PyDict): PyDict {
  const bi = dictGetStr(globals, '__builtins__');
  if (bi instanceof PyModule) return bi.md_dict;
  if (bi instanceof PyDict) return bi;
  return interp.builtins!.md_dict;
}

// ## input

function builtin_input(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [prompt] = parseArgs('input', args, kw, { names: ['prompt'], required: 0 });
  const out = dictGetStr(interp.sys!.md_dict, 'stdout');
  if (stdio.source.prompt !== undefined) {
    if (out !== null) callMethod(out, 'flush', []);
    const answer = stdio.source.prompt(prompt === null ? '' : strString(prompt), false);
    if (answer === null) raise(E.EOFError, 'EOF when reading a line');
    return newStr(answer.endsWith('\n') ? answer.slice(0, -1) : answer);
  }
  if (prompt !== null && out !== null) {
    callMethod(out, 'write', [newStr(strString(prompt))]);
  }
  if (out !== null) callMethod(out, 'flush', []);
  const line = readLine();
  if (line === null) raise(E.EOFError, 'EOF when reading a line');
  return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
}

// ## __build_class__ (Python/bltinmodule.c: builtin___build_class__)

function builtin_build_class(_m: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 2) raiseTypeError('__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) raiseTypeError('__build_class__: func must be a function');
  const name = args[1];
  if (!(name instanceof PyStr)) raiseTypeError('__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);
  let meta: PyObject | null = null;
  const kwNames: string[] = [], kwVals: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else { kwNames.push(kwnames![i]); kwVals.push(args[npos + i]); }
  }
  let isClass = false;
  if (meta === null) {
    meta = bases.length ? bases[0].ob_type : T.PyType_Type;
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const prep = getAttrOpt(meta, '__prepare__');
  // One bases tuple for __prepare__ and the metaclass call, owned here until the class exists
  // (builtin___build_class__ releases it on every path).
  const basesTuple = newTuple(bases);
  let ns: PyObject | null = null;
  try {
    ns = prep === null ? new PyDict() : call(prep, [name, basesTuple, ...kwVals], kwNames.length ? kwNames : null);
    if (!(ns instanceof PyDict) && ns.ob_type.mp_subscript === null) {
      raiseTypeError(`${isClass ? (meta as PyType).shortName : '<metaclass>'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    }
    // Run the class body with the namespace as its locals.
    const frame = new Frame(func.func_code, func.func_globals, func.func_builtins, ns, func);
    const cell = runFrame(frame);
    if (bases !== origBases && bases.length !== origBases.length || bases.some((x, i) => x !== origBases[i])) {
      callMethod(ns, '__setitem__', [newStr('__orig_bases__'), newTuple(origBases)]);
    }
    const cls = call(meta, [name, basesTuple, ns, ...kwVals], kwNames.length ? kwNames : null);
    if (cell instanceof PyCell && cls instanceof PyType && cell.ob_ref !== cls) {
      if (cell.ob_ref === null) {
        raise(E.RuntimeError, `__class__ not set defining '${name.value}' as ${reprString(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      raiseTypeError(`__class__ set to ${reprString(cell.ob_ref)} defining '${name.value}' as ${reprString(cls)}`);
    }
    if (ns === cls) ns = null;
    return cls;
  } finally {
    // What builtin___build_class__ releases once the class exists (or failed to): the
    // namespace (the class copied what it keeps), the bases tuple and the __prepare__ method.
    if (ns !== null) releaseLater(ns);
    releaseLater(basesTuple);
    if (prep !== null) releaseLater(prep);
  }
}

/** PEP 560: bases that are not classes may supply __mro_entries__. */
function updateBases(bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i];
    if (base instanceof PyType) { if (out) out.push(base); continue; }
    const me = getAttrOpt(base, '__mro_entries__');
    if (me === null) { if (out) out.push(base); continue; }
    const r = call(me, [newTuple(bases)]);
    if (!(r instanceof PyTuple)) raiseTypeError('__mro_entries__ must return a tuple');
    if (out === null) out = bases.slice(0, i);
    out.push(...r.items);
  }
  return out ?? bases;
}

function builtin_import(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [name, globals, , fromlist, level] = parseArgs('__import__', args, kw, {
    names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1, posonly: 0,
  });
  if (!(name instanceof PyStr)) raiseTypeError(`__import__() argument 1 must be str, not ${typeName(name!)}`);
  const g = globals instanceof PyDict ? globals : null;
  return importModuleLevel(name.value, g, fromlist ?? Py_None, level === null ? 0 : (index(level).value as number));
}

function builtin_open(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return openFile(args, kw);
}

/** As CPython's site._Helper: help(...) is pydoc.help(...), imported on first use. */
function builtin_help(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  return call(getAttr(importModuleLevel('pydoc', null, Py_None, 0), 'help'), args, kw);
}

function builtin_breakpoint(): PyObject {
  raise(E.NotImplementedError, 'breakpoint() is not available in glasspy: there is no debugger yet');
}

function exitFn(name: string) {
  return newBuiltin(name, (_m, args) => {
    throw E.newExceptionArgs(E.SystemExit, args.length ? [args[0]] : []);
  }, 'builtins', undefined, `${name}(code=None) -> leave the interpreter`);
}

defineModule('builtins', (m) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
  const fns: [string, NativeFn, string?][] = [
    ['abs', builtin_abs, 'Return the absolute value of the argument.'],
    ['all', builtin_all, 'Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.'],
    ['any', builtin_any, 'Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.'],
    ['ascii', builtin_ascii, 'Return an ASCII-only representation of an object.'],
    ['bin', radix('bin', '0b', 2), "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"],
    ['breakpoint', builtin_breakpoint],
    ['callable', builtin_callable, 'Return whether the object is callable (i.e., some kind of function).'],
    ['chr', builtin_chr, 'Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.'],
    ['compile', builtin_compile, 'Compile source into a code object that can be executed by exec() or eval().'],
    ['delattr', builtin_delattr, "Deletes the named attribute from the given object."],
    ['dir', builtin_dir, "Show attributes of an object."],
    ['divmod', builtin_divmod, 'Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.'],
    ['eval', (_m, a, k) => evalOrExec('eval', a, k), 'Evaluate the given source in the context of globals and locals.'],
    ['exec', (_m, a, k) => evalOrExec('exec', a, k), 'Execute the given source in the context of globals and locals.'],
    ['format', builtin_format, 'Return value.__format__(format_spec)'],
    ['getattr', builtin_getattr, 'Get a named attribute from an object.'],
    ['globals', builtin_globals, "Return the dictionary containing the current scope's global variables."],
    ['hasattr', builtin_hasattr, 'Return whether the object has an attribute with the given name.'],
    ['hash', builtin_hash, 'Return the hash value for the given object.'],
    ['help', builtin_help],
    ['hex', radix('hex', '0x', 16), "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"],
    ['id', builtin_id, 'Return the identity of an object.'],
    ['input', builtin_input, 'Read a string from standard input.  The trailing newline is stripped.'],
    ['isinstance', builtin_isinstance, 'Return whether an object is an instance of a class or of a subclass thereof.'],
    ['issubclass', builtin_issubclass, "Return whether 'cls' is derived from another class or is the same class."],
    ['iter', builtin_iter, 'Get an iterator from an object.'],
    ['len', builtin_len, 'Return the number of items in a container.'],
    ['locals', builtin_locals, "Return a dictionary containing the current scope's local variables."],
    ['max', minmax('max', Py_GT), 'With a single iterable argument, return its biggest item.'],
    ['min', minmax('min', Py_LT), 'With a single iterable argument, return its smallest item.'],
    ['next', builtin_next, 'Return the next item from the iterator.'],
    ['oct', radix('oct', '0o', 8), "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"],
    ['open', builtin_open, 'Open file and return a stream.  Raise OSError upon failure.'],
    ['ord', builtin_ord, 'Return the Unicode code point for a one-character string.'],
    ['pow', builtin_pow, 'Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments'],
    ['print', builtin_print, 'Prints the values to a stream, or to sys.stdout by default.'],
    ['repr', builtin_repr, 'Return the canonical string representation of the object.'],
    ['round', builtin_round, 'Round a number to a given precision in decimal digits.'],
    ['setattr', builtin_setattr, "Sets the named attribute on the given object to the specified value."],
    ['sorted', builtin_sorted, 'Return a new list containing all items from the iterable in ascending order.'],
    ['sum', builtin_sum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"],
    ['vars', builtin_vars, 'Show vars.'],
    ['__build_class__', builtin_build_class, '__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class'],
    ['__import__', builtin_import, 'Import a module.'],
  ];
  for (const [name, fn, doc] of fns) dictSetStr(d, name, b(name, fn, doc));
  const types: [string, PyType][] = [
    ['bool', T.PyBool_Type], ['bytearray', T.PyByteArray_Type], ['bytes', T.PyBytes_Type],
    ['classmethod', T.PyClassMethod_Type], ['complex', T.PyComplex_Type], ['dict', T.PyDict_Type],
    ['enumerate', T.PyEnum_Type], ['filter', T.PyFilter_Type], ['float', T.PyFloat_Type],
    ['frozenset', T.PyFrozenSet_Type], ['property', T.PyProperty_Type], ['int', T.PyLong_Type],
    ['list', T.PyList_Type], ['map', T.PyMap_Type], ['memoryview', T.PyMemoryView_Type],
    ['object', T.PyBaseObject_Type], ['range', T.PyRange_Type], ['reversed', T.PyReversed_Type],
    ['set', T.PySet_Type], ['slice', T.PySlice_Type], ['staticmethod', T.PyStaticMethod_Type],
    ['str', T.PyUnicode_Type], ['super', T.PySuper_Type], ['tuple', T.PyTuple_Type], ['type', T.PyType_Type],
    ['zip', T.PyZip_Type],
  ];
  for (const [name, t] of types) dictSetStr(d, name, t);
  for (const [name, t] of E.exceptionTypes) dictSetStr(d, name, t);
  dictSetStr(d, 'EnvironmentError', E.OSError);
  dictSetStr(d, 'IOError', E.OSError);
  dictSetStr(d, 'None', Py_None);
  dictSetStr(d, 'Ellipsis', Py_Ellipsis);
  dictSetStr(d, 'NotImplemented', Py_NotImplemented);
  dictSetStr(d, 'True', Py_True);
  dictSetStr(d, 'False', Py_False);
  dictSetStr(d, '__debug__', Py_True);
  dictSetStr(d, 'exit', exitFn('exit'));
  dictSetStr(d, 'quit', exitFn('quit'));
  void stdio; void typeNew; void Py_EQ; void callMethodOnType; void dictItems; void PyBaseException; void PyList;
});
