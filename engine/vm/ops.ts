// ## The longer instructions
//
// Bodies of instructions too long to sit inline in the evaluation loop: function creation,
// unpacking, f-string formatting, exception matching, the container-building helpers,
// calls with * and **, class creation, raise, and yield-from's send.

import { PyObject } from '../objects/object.js';
import { Py_DECREF, releaseTemp, releaseLater } from '../memory/refcount.js';
import { PyType, isSubtype } from '../objects/type.js';
import { PyFunction } from '../objects/function.js';
import { PyCode } from '../objects/code.js';
import { PyDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictItems } from '../objects/dict.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList, newList } from '../objects/list.js';
import { PyStr, newStr } from '../objects/str.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { PySet_Type, PySlice_Type, PyTuple_Type, PyList_Type, PyDict_Type, PyBaseObject_Type } from '../objects/typeobjects.js';
import {
  PyBaseException, raiseTypeError, raiseValueError, raise, BaseException, KeyError, newExceptionArgs, StopIteration,
  TypeError as TypeErrorType, SystemError,
} from '../objects/exceptions.js';
import {
  call, callMethod, getIter, iterNext, iterableToArray, typeName, strString, reprString, formatObject,
  getAttr, getAttrOpt, stopIterationValue, setItem, isTrue,
} from '../objects/abstract.js';
import { stopIterationSink } from '../objects/slots.js';
import { Frame } from './frame.js';
import { tstate } from './tstate.js';
import { genSend, PyGen, genReturn } from './gen.js';
import { importModuleLevel, importFromModule, importAll } from './import.js';
import { asciiOf } from './ascii.js';
import { listExtended } from '../memory/containers.js';

export function newBoolIs(b: boolean): PyObject {
  return b ? Py_True : Py_False;
}

/** MAKE_FUNCTION: name and qualname from the code object, module from the globals. */
export function makeFunction(
  code: PyCode, globals: PyDict, builtins: PyDict, closure: PyObject | null, annotations: PyObject | null,
  kwdefaults: PyObject | null, defaults: PyObject | null,
): PyFunction {
  const modname = dictGetStr(globals, '__name__') ?? Py_None;
  const fn = new PyFunction(code, globals, builtins, newStr(code.co_name), newStr(code.co_qualname), modname);
  const c0 = code.consts.length ? code.consts[0] : null;
  fn.func_doc = c0 instanceof PyStr ? c0 : Py_None;
  if (closure !== null) {
    // The function keeps the tuple itself (which owns the cells), as func_new does.
    closure.ob_refcnt++;
    fn.func_closure = closure as PyTuple;
  }
  if (annotations !== null) {
    // 3.11 passes annotations as a flat tuple (name, value, name, value ...).
    if (annotations instanceof PyTuple) {
      const d = new PyDict();
      const it = annotations.items;
      for (let i = 0; i + 1 < it.length; i += 2) dictSetItem(d, it[i], it[i + 1]);
      fn.func_annotations = d;
    } else {
      fn.func_annotations = annotations;
    }
    fn.func_annotations.ob_refcnt++;
  }
  if (kwdefaults !== null) { kwdefaults.ob_refcnt++; fn.func_kwdefaults = kwdefaults as PyDict; }
  if (defaults !== null) { defaults.ob_refcnt++; fn.func_defaults = defaults as PyTuple; }
  return fn;
}

function notIterableForUnpack(seq: PyObject): never {
  raiseTypeError(`cannot unpack non-iterable ${typeName(seq)} object`);
}

export function unpackSequence(seq: PyObject, n: number): PyObject[] {
  // Only the exact types: a subclass may define __iter__ (UNPACK_SEQUENCE_LIST/TUPLE check exactly).
  if (seq.ob_type === PyTuple_Type || seq.ob_type === PyList_Type) {
    const items = (seq as PyTuple | PyList).items;
    if (items.length === n) return items;
    if (items.length < n) raiseValueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    raiseValueError(`too many values to unpack (expected ${n})`);
  }
  if (seq.ob_type.tp_iter === null && !seq.ob_type.sq_item) notIterableForUnpack(seq);
  const it = getIter(seq);
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === null) raiseValueError(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (iterNext(it) !== null) raiseValueError(`too many values to unpack (expected ${n})`);
  return out;
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackEx(seq: PyObject, before: number, after: number): PyObject[] {
  if (seq.ob_type.tp_iter === null && !seq.ob_type.sq_item) notIterableForUnpack(seq);
  const all = iterableToArray(seq);
  if (all.length < before + after) {
    raiseValueError(`not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
  }
  const out = all.slice(0, before);
  out.push(newList(all.slice(before, all.length - after)));
  for (let i = all.length - after; i < all.length; i++) out.push(all[i]);
  return out;
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii, then format(value, spec). */
export function formatValue(v: PyObject, conversion: number, spec: PyObject | null): PyObject {
  if (conversion === 1) v = newStr(strString(v));
  else if (conversion === 2) v = newStr(reprString(v));
  else if (conversion === 3) v = newStr(asciiOf(reprString(v)));
  const s = spec === null ? '' : (spec as PyStr).value;
  if (s === '' && v instanceof PyStr && v.ob_type.tp_name === 'str') return v;
  return newStr(formatObject(v, s));
}

export function checkExceptClass(cls: PyObject): void {
  const ok = (c: PyObject) => c instanceof PyType && isSubtype(c, BaseException);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) {
      if (!ok(c)) raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
    }
  } else if (!ok(cls)) {
    raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

/** PyErr_GivenExceptionMatches. */
export function exceptionMatches(exc: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatches(exc, c));
  const et = exc instanceof PyType ? exc : exc.ob_type;
  return cls instanceof PyType && isSubtype(et, cls);
}

export function listExtend(l: PyList, it: PyObject): void {
  if (it.ob_type.tp_iter === null && !it.ob_type.sq_item) {
    raiseTypeError(`Value after * must be an iterable, not ${typeName(it)}`);
  }
  const old = l.items.length;
  const src = iterableToArray(it);
  // The list owns a reference to each item it takes (list_extend's Py_INCREF).
  for (const x of src) { x.ob_refcnt++; l.items.push(x); }
  listExtended(l, old, it instanceof PyList || it instanceof PyTuple ? -1 : it.ob_type.mp_length !== null ? src.length : 8);
}

/** set.add for SET_ADD and BUILD_SET, filled once the set type is defined (load order). */
export const setAddHook: { fn: (s: PyObject, v: PyObject) => void } = { fn: () => { throw new Error('set'); } };

/** BUILD_SET: a new set of `items`; a key that cannot be hashed frees the partial set. */
export function buildSet(items: PyObject[]): PyObject {
  const s = call(PySet_Type, []);
  try {
    for (const x of items) setAddHook.fn(s, x);
  } catch (e) {
    releaseTemp(s);
    throw e;
  }
  return s;
}

export function setUpdate(s: PyObject, it: PyObject): void {
  callMethod(s, 'update', [it]);
}

/**
 * dict_merge()'s fast path: a dict, or a dict subclass that keeps dict's __iter__, is read
 * directly (its own keys() and __getitem__ are not called, as in CPython).
 */
function readsAsDict(o: PyObject): o is PyDict {
  return o instanceof PyDict && (o.ob_type === PyDict_Type || o.ob_type.tp_iter === PyDict_Type.tp_iter);
}

export function dictUpdate(d: PyDict, other: PyObject): void {
  if (readsAsDict(other)) {
    for (const [k, v] of dictItems(other)) dictSetItem(d, k, v);
    return;
  }
  const keys = getAttrOpt(other, 'keys');
  if (keys === null) raiseTypeError(`'${typeName(other)}' object is not a mapping`);
  for (const k of iterableToArray(call(keys, []))) dictSetItem(d, k, callMethod(other, '__getitem__', [k]));
}

/** DICT_MERGE for f(**m): like update, but duplicate keys are an error naming the function. */
export function dictMerge(d: PyDict, other: PyObject, func: PyObject): void {
  const pairs: [PyObject, PyObject][] = [];
  if (readsAsDict(other)) {
    pairs.push(...dictItems(other));
  } else {
    const keys = getAttrOpt(other, 'keys');
    if (keys === null) raiseTypeError(`${funcDesc(func)} argument after ** must be a mapping, not ${typeName(other)}`);
    for (const k of iterableToArray(call(keys, []))) pairs.push([k, callMethod(other, '__getitem__', [k])]);
  }
  for (const [k, v] of pairs) {
    if (!(k instanceof PyStr)) raiseTypeError('keywords must be strings');
    if (dictGetItem(d, k) !== null) raiseTypeError(`${funcDesc(func)} got multiple values for keyword argument '${k.value}'`);
    dictSetItem(d, k, v);
  }
}

/** "f()" / "A.f()" as CPython's _PyObject_FunctionStr names a callable in errors. */
export function funcDesc(func: PyObject): string {
  const qn = getAttrOpt(func, '__qualname__');
  if (qn instanceof PyStr) {
    const mod = getAttrOpt(func, '__module__');
    if (mod instanceof PyStr && mod.value !== 'builtins') return `${mod.value}.${qn.value}()`;
    return `${qn.value}()`;
  }
  return `${typeName(func)} object`;
}

export function buildSlice(start: PyObject, stop: PyObject, step: PyObject | null): PyObject {
  return call(PySlice_Type, step === null ? [start, stop] : [start, stop, step]);
}

/** CALL_FUNCTION_EX: f(*args, **kwargs). */
export function callWithStar(fn: PyObject, callargs: PyObject, kwargs: PyObject | null): PyObject {
  const a = starArgs(fn, callargs, kwargs);
  return call(fn, a.args, a.kwnames);
}

/** CALL_FUNCTION_EX's arguments: the * iterable and the ** mapping as a vector call's. */
export function starArgs(fn: PyObject, callargs: PyObject, kwargs: PyObject | null): { args: PyObject[]; kwnames: string[] | null } {
  let args: PyObject[];
  if (callargs instanceof PyTuple) args = callargs.items.slice();
  else {
    if (callargs.ob_type.tp_iter === null && !callargs.ob_type.sq_item) {
      raiseTypeError(`${funcDesc(fn)} argument after * must be an iterable, not ${typeName(callargs)}`);
    }
    args = iterableToArray(callargs);
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.used === 0)) return { args, kwnames: null };
  let d: PyDict;
  if (kwargs instanceof PyDict && kwargs.ob_type === PyDict_Type) d = kwargs;
  else {
    d = new PyDict();
    dictMerge(d, kwargs, fn);
  }
  const kwnames: string[] = [];
  for (const [k, v] of dictItems(d)) {
    if (!(k instanceof PyStr)) raiseTypeError(`keywords must be strings`);
    kwnames.push(k.value);
    args.push(v);
  }
  return { args, kwnames };
}

export function loadBuildClass(frame: Frame): PyObject {
  const bc = dictGetStr(frame.f_builtins, '__build_class__');
  if (bc === null) raise(PyNameErrorRef.t!, '__build_class__ not found');
  return bc;
}
export const PyNameErrorRef: { t: PyType | null } = { t: null };

export function setupAnnotations(frame: Frame): void {
  const locals = frame.f_locals;
  if (locals === null) raise(SystemError, 'no locals found when setting up annotations');
  if (locals instanceof PyDict) {
    if (dictGetStr(locals, '__annotations__') === null) dictSetStr(locals, '__annotations__', new PyDict());
    return;
  }
  try {
    callMethod(locals, '__getitem__', [newStr('__annotations__')]);
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.ob_type, KeyError))) throw e;
    releaseLater(e);
    setItem(locals, newStr('__annotations__'), new PyDict());
  }
}

/** RAISE_VARARGS 1/2: instantiate classes, attach the cause, validate types. */
export function raiseFromStatement(exc: PyObject, cause: PyObject | null): PyBaseException {
  let value: PyObject;
  if (exc instanceof PyType) {
    if (!isSubtype(exc, BaseException)) raiseTypeError('exceptions must derive from BaseException');
    value = call(exc, []);
    if (!(value instanceof PyBaseException)) {
      raiseTypeError(`calling ${reprString(exc)} should have returned an instance of BaseException, not ${typeName(value)}`);
    }
  } else if (exc instanceof PyBaseException) {
    value = exc;
  } else {
    raiseTypeError('exceptions must derive from BaseException');
  }
  const v = value as PyBaseException;
  if (cause !== null) {
    let c: PyObject | null;
    if (cause instanceof PyType && isSubtype(cause, BaseException)) c = call(cause, []);
    else if (cause instanceof PyBaseException) c = cause;
    else if (cause === Py_None) c = null;
    else raiseTypeError('exception causes must derive from BaseException');
    if (c !== null) c.ob_refcnt++;
    const oldCause = v.cause;
    v.cause = c;
    if (oldCause !== null) Py_DECREF(oldCause);
    v.suppress_context = true;
  }
  return v;
}

export function printExpr(v: PyObject): void {
  const hook = sysHook.displayhook();
  if (hook === null) raise(SystemError, 'lost sys.displayhook');
  call(hook, [v]);
}
export const sysHook: { displayhook: () => PyObject | null } = { displayhook: () => null };

/** SEND: drive the iterator of a `yield from`. */
export function sendToIter(receiver: PyObject, v: PyObject): { value: PyObject; done: boolean } {
  if (receiver instanceof PyGen) return genSend(receiver, v);
  try {
    if (v === Py_None && receiver.ob_type.tp_iternext !== null) {
      stopIterationSink.last = null;
      genReturn.value = null;
      const r = receiver.ob_type.tp_iternext(receiver);
      if (r !== null) return { value: r, done: false };
      const stop = stopIterationSink.last as PyBaseException | null;
      return { value: stop !== null ? stopIterationValue(stop) : genReturn.value ?? Py_None, done: true };
    }
    return { value: callMethod(receiver, 'send', [v]), done: false };
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.ob_type, StopIteration)) {
      // The caller stores the value before the next safe point frees the exception.
      releaseLater(e);
      return { value: stopIterationValue(e), done: true };
    }
    throw e;
  }
}

export function importName(frame: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  return importModuleLevel(name, frame.f_globals, fromlist, Number((level as PyObject & { value: number }).value));
}
export function importFrom(mod: PyObject, name: string): PyObject {
  return importFromModule(mod, name);
}
export function importStar(frame: Frame, mod: PyObject): void {
  importAll(frame, mod);
}

// ## except* (exception groups)

export function checkEgMatch(exc: PyObject, cls: PyObject): [PyObject, PyObject] {
  void exc; void cls;
  raise(SystemError, "'except*' is not supported yet");
}
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  void orig; void excs;
  raise(SystemError, "'except*' is not supported yet");
}

export { tstate, newTuple, newExceptionArgs, TypeErrorType, isTrue, getAttr, PyBaseObject_Type };
