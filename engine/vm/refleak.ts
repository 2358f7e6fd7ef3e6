// ## Refleak check mode: `glasspy --refleak[=N] FILE.py`
//
// Models Lib/test/libregrtest/refleak.py (regrtest -R): the program runs N times in one
// interpreter (default 4: one warm-up, three measured), each time as a fresh __main__ that is
// cleared and dropped afterwards, followed by a full collection.  After each run the number
// of allocated blocks (sys.getallocatedblocks) and the total reference count
// (sys.gettotalrefcount, memory/totalrefs.ts) are read; the differences from the previous
// run are the deltas.  As regrtest decides, the program leaks when every measured delta of
// one measure is at least 1 — a warm-up cache (interned strings, imported modules, method
// caches) shows in the first run only, and noise such as [0, 1, 0] or [8, -8, 1] is not a leak.

import * as fs from 'node:fs';
import { PyModule } from '../objects/module.js';
import { dictSetStr, dictDelStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newList, PyList } from '../objects/list.js';
import { dictGetStr } from '../objects/dict.js';
import { bootInterpreter } from '../interpreter.js';
import { interp } from './interp.js';
import { compileSource } from './compile.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';
import { linecache } from './traceback.js';
import { drainAll, Py_DECREF, Py_INCREF } from '../memory/refcount.js';
import { PyCode } from '../objects/code.js';
import { collectGeneration } from '../memory/gc.js';
import { getAllocatedBlocks } from '../memory/mallocstats.js';
import { totalRefCount } from '../memory/totalrefs.js';
import { RunOptions, clearModuleDict, holdArenaConstants, flushStreams, handleUncaught, waitForThreadShutdown } from './run.js';
import { runExitFuncs } from '../modules/atexit.js';
import { stdio, type StdinSource } from './stdio.js';
import type { PyObject } from '../objects/object.js';
import { getAttr, setAttr, callMethod, isTrue } from '../objects/abstract.js';
import { PyBaseException } from '../objects/exceptions.js';
import { Py_None, Py_False } from '../objects/singletons.js';

export interface RefleakResult { status: number; blocks: number[]; refs: number[]; leaked: boolean }

/** Run the program `runs` times (the first a warm-up) and report the deltas on stderr. */
export function runRefleak(opts: RunOptions, runs: number): number {
  const r = huntRefleak(opts, runs, true);
  const measured = (d: number[]) => `[${d.join(', ')}]`;
  const name = opts.filename;
  let report = `refleak: ${name}: memory blocks ${measured(r.blocks)}, references ${measured(r.refs)}\n`;
  if (r.leaked) {
    if (r.blocks.every((d) => d >= 1)) report += `${name} leaked ${measured(r.blocks)} memory blocks, sum=${r.blocks.reduce((a, b) => a + b, 0)}\n`;
    if (r.refs.every((d) => d >= 1)) report += `${name} leaked ${measured(r.refs)} references, sum=${r.refs.reduce((a, b) => a + b, 0)}\n`;
  }
  fs.writeSync(2, report);
  return r.leaked ? 1 : r.status;
}

let pathSet = false;

/**
 * `replayStdin`: the command's standard input (a pipe or a file) is read whole and given to
 * every run; an embedder (a test calling this in-process) keeps its own stdin untouched.
 */
export function huntRefleak(opts: RunOptions, runs: number, replayStdin = false): RefleakResult {
  bootInterpreter();
  const sysd = interp.sys!.md_dict;
  dictSetStr(sysd, 'argv', newList(opts.argv.map((a) => newStr(a))));
  const sp = dictGetStr(sysd, 'path') as PyList;
  const p0 = newStr(opts.path0);
  p0.ob_refcnt++;
  // sys.path[0] is the script's directory; a later program of a batch (--each) replaces it.
  if (pathSet) Py_DECREF(sp.items.shift()!);
  sp.items.unshift(p0);
  pathSet = true;
  if (opts.filename === '<string>') linecache.set('<string>', opts.source.split(/(?<=\n)/));
  // Every run reads the same stdin: a pipe or file is read whole once and replayed, so a
  // program fed by a .stdin file sees its input in each run, as in its single run.
  // (--each: the programs of a batch share the process's stdin, read once.)
  const replay = !replayStdin || stdio.sink.isatty(0) ? null : (stdinLines ??= readAllStdin());
  const source = stdio.source;
  let status = 0;
  let blocksBefore = 0, refsBefore = 0;
  const blocks: number[] = [], refs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (replay !== null) stdio.source = replaySource(replay);
    status = runOnce(opts);
    collectGeneration(2);
    drainAll();
    const b = getAllocatedBlocks(), rc = totalRefCount();
    if (i > 0) { blocks.push(b - blocksBefore); refs.push(rc - refsBefore); }
    blocksBefore = b;
    refsBefore = rc;
  }
  stdio.source = source;
  const leaked = runs > 1 && (blocks.every((d) => d >= 1) || refs.every((d) => d >= 1));
  return { status, blocks, refs, leaked };
}

let stdinLines: string[] | null = null;

/** Every line the process's stdin holds, read to its end. */
function readAllStdin(): string[] {
  const lines: string[] = [];
  for (let line = stdio.source.readLine(); line !== null; line = stdio.source.readLine()) lines.push(line);
  return lines;
}

/** A stdin that gives these lines, then end-of-file. */
function replaySource(lines: readonly string[]): StdinSource {
  let next = 0;
  return { readLine: () => (next < lines.length ? lines[next++] : null) };
}

/**
 * threading._main_thread's _tstate_lock, held (counted) across _shutdown(), or null when
 * threading is not imported or the main thread is already stopped.
 */
function mainThreadLock(): PyObject | null {
  const threading = dictGetStr(interp.modules, 'threading');
  if (threading === null) return null;
  try {
    const main = getAttr(threading, '_main_thread');
    const lock = getAttr(main, '_tstate_lock');
    if (lock === Py_None || isTrue(getAttr(main, '_is_stopped'))) return null;
    Py_INCREF(lock);
    return lock;
  } catch (e) {
    if (e instanceof PyBaseException) return null;
    throw e;
  }
}

/**
 * threading._shutdown() stops the main thread (and returns at once once it is stopped), so
 * without this only the first run would wait for its non-daemon threads and the later ones
 * would be measured while theirs still run.  The next run starts with the main thread as a
 * new program's: its lock held again, not stopped.
 */
function reviveMainThread(lock: PyObject): void {
  const threading = dictGetStr(interp.modules, 'threading')!;
  try {
    const main = getAttr(threading, '_main_thread');
    callMethod(lock, 'acquire', []);
    setAttr(main, '_tstate_lock', lock);
    setAttr(main, '_is_stopped', Py_False);
  } finally {
    Py_DECREF(lock);
  }
}

/** One run as runMain does it, then __main__ is cleared and dropped and the script's constants released. */
function runOnce(opts: RunOptions): number {
  const main = new PyModule('__main__');
  dictSetStr(main.md_dict, '__builtins__', interp.builtins!);
  if (opts.filename !== '<string>') dictSetStr(main.md_dict, '__file__', newStr(opts.filename));
  dictSetStr(interp.modules, '__main__', main);
  let status = 0;
  let held: Set<PyObject> | null = null;
  let code: PyCode | null = null;
  try {
    code = compileSource(opts.source, opts.filename, 'exec');
    // The runner owns the compiled code (Py_DECREF'd with the arena's constants below).
    code.ob_refcnt++;
    held = new Set([code]);
    holdArenaConstants(code, held);
    runFrame(new Frame(code!, main.md_dict, interp.builtins!.md_dict, main.md_dict, null));
  } catch (e) {
    status = handleUncaught(e);
  }
  // Each run is a whole program's life: its threads are joined and its atexit functions run
  // (and released) before __main__ is torn down, as at Py_FinalizeEx.
  const mainLock = mainThreadLock();
  waitForThreadShutdown();
  runExitFuncs();
  if (mainLock !== null) reviveMainThread(mainLock);
  try {
    clearModuleDict(main.md_dict);
  } catch (e) {
    status = handleUncaught(e);
  }
  status = flushStreams(status);
  dictDelStr(interp.modules, '__main__');
  // The AST arena's references go with the arena (pyrun_file frees it after the run).
  if (held !== null) for (const c of held) Py_DECREF(c);
  drainAll();
  return status;
}

