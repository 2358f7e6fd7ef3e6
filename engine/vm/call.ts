// ## Calling Python functions
//
// Models Python/ceval.c: initialize_locals() — binding positional and keyword arguments,
// defaults, *args and **kwargs into a new frame's fast locals, with CPython's TypeErrors.
// callFunction() is the entry from native code (a sort key, a __repr__ ...): it runs the new
// frame in a nested evaluation loop.  Calls made by bytecode do not come here: the loop
// pushes the frame and keeps going (eval.ts).

import { Py_DECREF } from '../memory/refcount.js';
import { PyObject } from '../objects/object.js';
import { PyFunction } from '../objects/function.js';
import { PyDict, dictSetStr, dictGetStr } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { PyStr } from '../objects/str.js';
import { raiseTypeError } from '../objects/exceptions.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { Frame, clearFrame, newFunctionFrame, FRAME_CREATED } from './frame.js';
import { runFrame } from './eval.js';

export function callFunction(fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const frame = makeFrame(fn, args, args.length - (kwnames === null ? 0 : kwnames.length), kwnames);
  try {
    return runFrame(frame);
  } catch (e) {
    // RecursionError before the frame started: it never runs, its locals and function go.
    if (frame.state === FRAME_CREATED) clearFrame(frame);
    throw e;
  }
}

/**
 * A frame for `fn` with its arguments bound: args[0..npos) positional, then keyword values.
 * The caller keeps its references to `args`; the frame's locals count their own.
 */
export function makeFrame(fn: PyFunction, args: PyObject[], npos: number, kwnames: string[] | null): Frame {
  const frame = newFunctionFrame(fn);
  const u = fn.func_code.unit;
  const f = frame.f;
  const argcount = u.co_argcount;
  const flags = u.co_flags;
  // Fast path: exact positional arity, no keywords, no * or **.
  if (kwnames === null && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && u.co_kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) { const a = args[i]; a.ob_refcnt++; f[i] = a; }
    return frame;
  }
  try {
    bindArguments(fn, f, args, npos, kwnames);
  } catch (e) {
    // The frame never runs (a missing or unexpected argument): what was bound so far, the
    // *args tuple and **kwargs dict made for it, and the function go with it.
    for (let i = 0; i < f.length; i++) { const v = f[i]; if (v !== null) v.ob_refcnt++; }
    clearFrame(frame);
    throw e;
  }
  for (let i = 0; i < f.length; i++) { const v = f[i]; if (v !== null) v.ob_refcnt++; }
  return frame;
}

/**
 * CALL's fast path: positional arguments taken straight from the caller's stack — their
 * references move into the new frame (the caller nulls the slots without releasing them).
 */
export function makeFrameFromStack(fn: PyFunction, stack: (PyObject | null)[], base: number, n: number): Frame {
  const u = fn.func_code.unit;
  if (n === u.co_argcount && (u.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && u.co_kwonlyargcount === 0) {
    const frame = newFunctionFrame(fn);
    const f = frame.f;
    for (let i = 0; i < n; i++) f[i] = stack[base + i];
    return frame;
  }
  const frame = makeFrame(fn, stack.slice(base, base + n) as PyObject[], n, null);
  for (let i = base; i < base + n; i++) Py_DECREF(stack[i]!);
  return frame;
}

/**
 * The frame of `init` for `Class(args)`: the new instance first, then the positional
 * arguments read from the caller's stack, which keeps its own references (CPython's
 * type_call passes them on from its argument tuple).
 */
export function makeInitFrame(init: PyFunction, self: PyObject, stack: (PyObject | null)[], base: number, n: number): Frame {
  const u = init.func_code.unit;
  if (n + 1 === u.co_argcount && (u.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && u.co_kwonlyargcount === 0) {
    const frame = newFunctionFrame(init);
    const f = frame.f;
    self.ob_refcnt++;
    f[0] = self;
    for (let i = 0; i < n; i++) { const a = stack[base + i]!; a.ob_refcnt++; f[i + 1] = a; }
    return frame;
  }
  const args = [self];
  for (let i = 0; i < n; i++) args.push(stack[base + i]!);
  return makeFrame(init, args, n + 1, null);
}

function qualname(fn: PyFunction): string {
  return fn.func_qualname instanceof PyStr ? fn.func_qualname.value : fn.func_code.co_qualname;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function bindArguments(fn: PyFunction, f: (PyObject | null)[], args: PyObject[], npos: number, kwnames: string[] | null): void {
  const u = fn.func_code.unit;
  const argcount = u.co_argcount, kwonly = u.co_kwonlyargcount, posonly = u.co_posonlyargcount;
  const names = u.co_localsplusnames;
  const total = argcount + kwonly;
  const hasVarargs = (u.co_flags & CO_VARARGS) !== 0, hasKwargs = (u.co_flags & CO_VARKEYWORDS) !== 0;
  let kwdict: PyDict | null = null;
  if (hasKwargs) {
    kwdict = new PyDict();
    f[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) f[i] = args[i];
  if (hasVarargs) f[total] = newTuple(args.slice(n, npos));
  else if (npos > argcount) tooManyPositional(fn, npos, args, kwnames);

  if (kwnames !== null) {
    const posonlyAsKw: string[] = [];
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const value = args[npos + k];
      let j = -1;
      for (let i = posonly; i < total; i++) if (names[i] === name) { j = i; break; }
      if (j < 0) {
        if (kwdict === null) {
          if (names.slice(0, posonly).includes(name)) { posonlyAsKw.push(name); continue; }
          raiseTypeError(`${qualname(fn)}() got an unexpected keyword argument '${name}'`);
        }
        dictSetStr(kwdict, name, value);
        continue;
      }
      if (f[j] !== null) raiseTypeError(`${qualname(fn)}() got multiple values for argument '${name}'`);
      f[j] = value;
    }
    if (posonlyAsKw.length) {
      raiseTypeError(`${qualname(fn)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }

  // Defaults for the trailing positional parameters, then the keyword-only ones.
  if (npos < argcount) {
    const defaults = fn.func_defaults?.items ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (f[i] !== null) continue;
      if (i >= firstDefault) f[i] = defaults[i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length) {
      raiseTypeError(`${qualname(fn)}() missing ${plural(missing.length, 'required positional argument')}: ${listNames(missing)}`);
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (f[i] !== null) continue;
      const d = fn.func_kwdefaults !== null ? dictGetStr(fn.func_kwdefaults, names[i]) : null;
      if (d !== null) f[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) {
      raiseTypeError(`${qualname(fn)}() missing ${plural(missing.length, 'required keyword-only argument')}: ${listNames(missing)}`);
    }
  }
}

function tooManyPositional(fn: PyFunction, npos: number, args: PyObject[], kwnames: string[] | null): never {
  const u = fn.func_code.unit;
  const argcount = u.co_argcount;
  const ndefaults = fn.func_defaults?.items.length ?? 0;
  const names = u.co_localsplusnames;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const i = names.indexOf(k);
      if (i >= argcount && i < argcount + u.co_kwonlyargcount) kwonlyGiven++;
    }
  }
  void args;
  const takes = ndefaults ? `from ${argcount - ndefaults} to ${argcount}` : `${argcount}`;
  const sig = ndefaults || argcount !== 1 ? `${takes} positional arguments` : `${takes} positional argument`;
  if (kwonlyGiven) {
    raiseTypeError(`${qualname(fn)}() takes ${sig} but ${plural(npos, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`);
  }
  raiseTypeError(`${qualname(fn)}() takes ${sig} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
}
