// ## Running a program as `python3 FILE` / `python3 -c CODE` does
//
// Models Modules/main.c and Python/pythonrun.c: set up sys.argv and sys.path[0], run the
// code as __main__, and turn the outcome into an exit status — SystemExit's code, 1 after
// printing an uncaught exception through sys.excepthook, 0 otherwise.

import { releaseLater } from '../memory/refcount.js';
import { PyCode } from '../objects/code.js';
import { PyTuple } from '../objects/tuple.js';
import { PyFrozenSet_Type } from '../objects/typeobjects.js';
import type { PySet } from '../objects/setobject.js';
import * as path from 'node:path';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr, dictGetStr } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyInt } from '../objects/int.js';
import { PyList, newList } from '../objects/list.js';
import { Py_None } from '../objects/singletons.js';
import { PyBaseException, SystemExit } from '../objects/exceptions.js';
import { isSubtype } from '../objects/type.js';
import { call, strString } from '../objects/abstract.js';
import { bootInterpreter } from '../interpreter.js';
import { interp } from './interp.js';
import { compileSource } from './compile.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';
import { stdio } from './stdio.js';
import { formatException, linecache } from './traceback.js';
import { internalErrorToPython } from './errors.js';
import { runExitFuncs } from '../modules/atexit.js';
import { writeUnraisable } from '../memory/finalize.js';
import { finalizeInterpreter, clearModuleDict } from './shutdown.js';

export { clearModuleDict };

export interface RunOptions {
  /** Source text to run. */
  source: string;
  /** File name shown in tracebacks ('<string>' for -c). */
  filename: string;
  /** sys.argv. */
  argv: string[];
  /** sys.path[0]: the script's directory, or '' for -c. */
  path0: string;
}

export function runMain(opts: RunOptions): number {
  bootInterpreter();
  const sysd = interp.sys!.md_dict;
  dictSetStr(sysd, 'argv', newList(opts.argv.map((a) => newStr(a))));
  const sp = dictGetStr(sysd, 'path') as PyList;
  const p0 = newStr(opts.path0);
  p0.ob_refcnt++;
  sp.items.unshift(p0);
  const main = new PyModule('__main__');
  dictSetStr(main.md_dict, '__builtins__', interp.builtins!);
  if (opts.filename !== '<string>') dictSetStr(main.md_dict, '__file__', newStr(opts.filename));
  dictSetStr(interp.modules, '__main__', main);
  if (opts.filename === '<string>') linecache.set('<string>', opts.source.split(/(?<=\n)/));
  let status = 0;
  try {
    const code = compileSource(opts.source, opts.filename, 'exec');
    holdArenaConstants(code, new Set());
    runFrame(new Frame(code, main.md_dict, interp.builtins!.md_dict, main.md_dict, null));
  } catch (e) {
    status = handleUncaught(e);
  }
  // Py_FinalizeEx: wait for non-daemon threads, then atexit functions, then collect and
  // tear modules down (shutdown.ts).
  waitForThreadShutdown();
  runExitFuncs();
  try {
    finalizeInterpreter();
  } catch (e) {
    status = handleUncaught(e);
  }
  status = flushStreams(status);
  return status;
}

/**
 * Py_FinalizeEx's wait_for_thread_shutdown: if threading was imported, its _shutdown() joins
 * the non-daemon threads; daemon threads are never run again.
 */
export function waitForThreadShutdown(): void {
  const threading = dictGetStr(interp.modules, 'threading');
  if (threading === null) return;
  try {
    call(threading.ob_type.tp_getattro!(threading, '_shutdown'), []);
  } catch (e) {
    if (e instanceof PyBaseException) writeUnraisable(e, null);
    else throw e;
  }
}

/**
 * pyrun_file frees the script's AST arena only after __main__ has run, and the arena holds a
 * reference to every constant of the script: sys.getrefcount of a literal bound in the script
 * is one higher than in an imported module.  Model that reference.  The items of a folded
 * tuple or frozenset constant were constants of the arena too (the AST optimizer adds each
 * constant it makes), so the collector sees the inner tuple of (1, (2, 3)) held from outside.
 */
export function holdArenaConstants(code: PyCode, seen: Set<PyObject>): void {
  for (const c of code.consts) {
    if (c instanceof PyCode) holdArenaConstants(c, seen);
    else holdConstant(c, seen);
  }
}

function holdConstant(c: PyObject, seen: Set<PyObject>): void {
  if (seen.has(c)) return;
  seen.add(c);
  c.ob_refcnt++;
  if (c instanceof PyTuple) for (const x of c.items) holdConstant(x, seen);
  else if (c.ob_type === PyFrozenSet_Type) for (const k of (c as PySet).keys) if (k !== null && typeof k.ob_refcnt === 'number') holdConstant(k, seen);
}

/** Exit status for SystemExit(code), printing the code when it is not an int (handle_system_exit). */
function systemExitStatus(exc: PyBaseException): number {
  const args = exc.args.items;
  const code: PyObject = args.length === 0 ? Py_None : args.length === 1 ? args[0] : exc.args;
  if (code === Py_None) return 0;
  if (code instanceof PyInt) return Number(BigInt.asIntN(32, BigInt(code.value))) & 0xff;
  stdio.sink.flush(1);
  writeStderr(strString(code) + '\n');
  return 1;
}

export function handleUncaught(e: unknown): number {
  const exc = e instanceof PyBaseException ? e : internalErrorToPython(e, null);
  // PyErr_Print drops the exception it fetched once it is reported (a SyntaxError from the
  // compiler, which no frame ever held, was never freed).
  try {
    if (isSubtype(exc.ob_type, SystemExit)) return systemExitStatus(exc);
    // PyErr_Print keeps the exception in sys.last_type/last_value/last_traceback, which
    // hold it (and the frames of its traceback) until shutdown sets them to None.
    const sysd = interp.sys!.md_dict;
    dictSetStr(sysd, 'last_type', exc.ob_type);
    dictSetStr(sysd, 'last_value', exc);
    dictSetStr(sysd, 'last_traceback', exc.traceback ?? Py_None);
    const hook = dictGetStr(interp.sys!.md_dict, 'excepthook');
    try {
      if (hook === null || hook === Py_None) throw exc;
      releaseLater(call(hook, [exc.ob_type, exc, exc.traceback ?? Py_None]));
    } catch (e2) {
      writeStderr(formatException(e2 instanceof PyBaseException ? e2 : exc));
      if (e2 !== exc && e2 instanceof PyBaseException) releaseLater(e2);
    }
    return 1;
  } finally {
    releaseLater(exc);
  }
}

function writeStderr(s: string): void {
  const err = dictGetStr(interp.sys!.md_dict, 'stderr');
  if (err !== null && err !== Py_None) {
    try {
      const write = err.ob_type.tp_getattro!(err, 'write');
      const arg = newStr(s);
      const r = call(write, [arg]);
      if (r !== arg) releaseLater(r);
      releaseLater(arg);
      releaseLater(write);
      return;
    } catch { /* fall through to the raw stream */ }
  }
  stdio.sink.write(2, s);
}

/** Flush sys.stdout/sys.stderr at exit; a failing flush is reported like CPython's. */
export function flushStreams(status: number): number {
  for (const name of ['stdout', 'stderr']) {
    const s = dictGetStr(interp.sys!.md_dict, name);
    if (s === null || s === Py_None) continue;
    try {
      const flush = s.ob_type.tp_getattro!(s, 'flush');
      releaseLater(call(flush, []));
      releaseLater(flush);
    } catch { /* ignore */ }
  }
  stdio.sink.flush(1);
  return status;
}

export { path, PyStr };
