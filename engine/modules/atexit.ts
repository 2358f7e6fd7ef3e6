// ## atexit: functions run at normal interpreter exit (Modules/atexitmodule.c)
//
// register() appends (func, args, kwargs); at exit (vm/run.ts, after __main__ has run and
// before its namespace is cleared, as Py_FinalizeEx calls _PyAtExit_Call) they run last
// registered first.  An exception in one is reported as "Exception ignored in atexit
// callback: <func>" with its traceback, and the others still run.  unregister() empties the
// matching slots (compared with ==) without renumbering, so _ncallbacks() counts them still.

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { raiseTypeError, PyBaseException } from '../objects/exceptions.js';
import { call, richCompareBool } from '../objects/abstract.js';
import { Py_EQ } from '../objects/object.js';
import { Py_INCREF, Py_DECREF } from '../memory/refcount.js';
import { writeUnraisable } from '../memory/finalize.js';
import { defineModule } from './registry.js';

interface ExitCallback { func: PyObject; args: PyObject[]; kwnames: string[] | null }

let callbacks: (ExitCallback | null)[] = [];

function release(cb: ExitCallback): void {
  Py_DECREF(cb.func);
  for (const a of cb.args) Py_DECREF(a);
}

/** atexit_callfuncs: run and forget every registered function, newest first. */
export function runExitFuncs(): void {
  const registered = callbacks;
  callbacks = [];
  for (let i = registered.length - 1; i >= 0; i--) {
    const cb = registered[i];
    if (cb === null) continue;
    try {
      call(cb.func, cb.args, cb.kwnames);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(e, cb.func, 'in atexit callback');
    }
  }
  for (const cb of registered) if (cb !== null) release(cb);
}

defineModule('atexit', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn, doc: string) => dictSetStr(d, name, newBuiltin(name, fn, 'atexit', undefined, doc));
  dictSetStr(d, '__doc__', newStr('allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n'));
  f('register', (_m, a, k) => {
    const npos = a.length - (k === null ? 0 : k.length);
    if (npos < 1) raiseTypeError('register() takes at least 1 argument (0 given)');
    const func = a[0];
    if (func.ob_type.tp_call === null) raiseTypeError('the first argument must be callable');
    const cb: ExitCallback = { func, args: a.slice(1), kwnames: k !== null && k.length ? k.slice() : null };
    Py_INCREF(func);
    for (const x of cb.args) Py_INCREF(x);
    callbacks.push(cb);
    return func;
  }, 'register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.');
  f('unregister', (_m, a) => {
    if (a.length !== 1) raiseTypeError(`atexit.unregister() takes exactly one argument (${a.length} given)`);
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i];
      if (cb !== null && richCompareBool(cb.func, a[0], Py_EQ)) {
        callbacks[i] = null;
        release(cb);
      }
    }
    return Py_None;
  }, 'unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered');
  f('_run_exitfuncs', () => { runExitFuncs(); return Py_None; }, '_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.');
  f('_clear', () => {
    const old = callbacks;
    callbacks = [];
    for (const cb of old) if (cb !== null) release(cb);
    return Py_None;
  }, '_clear() -> None\n\nClear the list of previously registered exit functions.');
  f('_ncallbacks', () => newInt(callbacks.length), '_ncallbacks() -> int\n\nReturn the number of registered exit functions.');
});
