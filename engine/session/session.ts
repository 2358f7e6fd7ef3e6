// ## An interactive session: IPython's InteractiveShell, for glasspy
//
// One __main__ namespace that cells run in, with IPython's interactive variables (`In`,
// `Out`, `_`, `__`, `___`, `_N`, `_i`, `_ii`, `_iii`, `_iN`), a display hook that turns
// the value of a cell's last expression into an execute_result bundle, a `display()`
// builtin, magics, help (`obj?`), completion, inspection and is_complete.  Nothing here
// knows about terminals or sockets: the kernel (over a worker, engine/host) and the REPL
// drive it through this API and receive display messages through `onDisplay`; stdout and
// stderr go through stdio.sink as for any program.

import { PyCF_MASK } from '../compiler/future.js';
import { Py_DECREF, disownHanded } from '../memory/refcount.js';
import * as path from 'node:path';
import { bootInterpreter } from '../interpreter.js';
import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr, dictGetStr, dictSetItem, dictDelStr, dictDelItem, dictClear, dictItems } from '../objects/dict.js';
import { PyStr, newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { PyList, newList } from '../objects/list.js';
import { listAppend, listClear } from '../objects/listobject.js';
import { PyTuple } from '../objects/tuple.js';
import { Py_None } from '../objects/singletons.js';
import { PyBaseException, SystemExit } from '../objects/exceptions.js';
import { isSubtype } from '../objects/type.js';
import { call, callMethod, strString, recursion } from '../objects/abstract.js';
import { newBuiltin } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { interp } from '../vm/interp.js';
import { tstate } from '../vm/tstate.js';
import { compileSource } from '../vm/compile.js';
import { Frame } from '../vm/frame.js';
import { runFrame } from '../vm/eval.js';
import { linecache, formatException } from '../vm/traceback.js';
import { internalErrorToPython } from '../vm/errors.js';
import type { PyCode } from '../objects/code.js';
import { compileCell } from './cell.js';
import { transformCell } from './transform.js';
import { formatObject, pyToJson, DisplayMessage, MimeBundle, Json } from './display.js';
import { structuredTraceback, exceptionName, exceptionValue } from './ultratb.js';
import { complete, CompleteResult } from './complete.js';
import { inspectObject, InspectResult, pinfoText } from './inspect.js';
import { isComplete, IsCompleteResult } from './iscomplete.js';
import { findMagic, MagicContext, MagicResult, usageError, isUsageError } from '../magics/registry.js';
import { magicHelp } from '../magics/help.js';
import '../magics/all.js';
import { stdio } from '../vm/stdio.js';
import { defineModule } from '../modules/registry.js';
import { newTuple } from '../objects/tuple.js';
import { jsonToPy } from './display.js';
import { fastLocalsToDict } from '../modules/builtins.js';

export interface ErrorInfo { ename: string; evalue: string; traceback: string[] }

export interface ExecuteOptions {
  silent?: boolean;
  storeHistory?: boolean;
  userExpressions?: Record<string, string>;
  /**
   * Run the code as this script file's module body (`glasspy -i FILE`): compiled in exec
   * mode under the file's name, with `__file__`, `sys.argv` and `sys.path[0]` set as
   * `python3 -i FILE ARGS` sets them; no result is displayed and nothing goes to history.
   */
  script?: { path: string; argv: string[] };
}

export interface ExecuteReply {
  status: 'ok' | 'error';
  /** The execution count of this cell (ipykernel's execution_count in the reply). */
  executionCount: number;
  error: ErrorInfo | null;
  /** Pager payloads (help for `obj?`), as ipykernel's execute_reply carries them. */
  payload: Json[];
  userExpressions: Record<string, Json>;
}

export interface SessionOptions {
  /** Receives display_data / execute_result messages. */
  onDisplay?: (msg: DisplayMessage) => void;
  /** Where cells' file names live (ipykernel: /tmp/ipykernel_PID). */
  cellDir?: string;
  /**
   * 'ipython' (the kernel, notebooks): cells are files `Cell In[n]` and tracebacks are
   * IPython's.  'python' (the terminal REPL): cells are `<stdin>` and tracebacks are
   * CPython's, as in `python3`'s interactive mode.
   */
  tracebackStyle?: 'ipython' | 'python';
}

export class Session {
  readonly main: PyModule;
  readonly ns: PyDict;
  /** The number the next stored cell gets (IPython's shell.execution_count). */
  executionCount = 1;
  private readonly inList: PyList;
  private readonly outDict: PyDict;
  /** What the user typed, per cell (IPython's input_hist_raw); In holds what ran. */
  private readonly rawHistory: string[] = [''];
  /** IPython's user_ns_hidden (who_ls skips names still bound to these objects). */
  private readonly hidden = new PyDict();
  private readonly dirHistory: PyList;
  private readonly cellNames = new Map<string, number>();
  private readonly cellDir: string;
  private onDisplay: (msg: DisplayMessage) => void;
  /** The count the display hook stamps on results of the running cell. */
  private runningCount = 0;
  private silent = false;
  private mimeBundleClass: PyObject | null = null;
  private readonly tracebackStyle: 'ipython' | 'python';
  /** The running cell's execute_reply payloads (the pager text of `obj?`, page() from magics). */
  private payload: Json[] = [];

  constructor(opts: SessionOptions = {}) {
    bootInterpreter();
    this.onDisplay = opts.onDisplay ?? (() => {});
    this.cellDir = opts.cellDir ?? `/tmp/ipykernel_${process.pid}`;
    this.tracebackStyle = opts.tracebackStyle ?? 'ipython';
    const sysd = interp.sys!.md_dict;
    dictSetStr(sysd, 'argv', newList([newStr('')]));
    const sp = dictGetStr(sysd, 'path') as PyList;
    if (!(sp.items[0] instanceof PyStr && sp.items[0].value === '')) sp.items.unshift(newStr(''));
    this.main = new PyModule('__main__');
    this.ns = this.main.md_dict;
    dictSetStr(this.ns, '__builtins__', interp.builtins!);
    dictSetStr(interp.modules, '__main__', this.main);
    this.inList = newList([newStr('')]);
    this.outDict = new PyDict();
    this.dirHistory = newList([newStr(process.cwd())]);
    this.initUserNs();
    for (const k of ['_i', '_ii', '_iii']) dictSetStr(this.ns, k, newStr(''));
    // One interpreter, so one set of hooks: they serve whichever session runs a cell.
    Session.current = this;
    if (!Session.hooksInstalled) {
      Session.hooksInstalled = true;
      this.installBuiltins();
      this.installDisplayModule();
    }
  }

  /** The session whose cell is running (or the last one made): the hooks' target. */
  static current: Session | null = null;
  private static hooksInstalled = false;

  /** InteractiveShell.init_user_ns: the history names, also recorded as hidden. */
  private initUserNs(): void {
    for (const [k, v] of [['_ih', this.inList], ['_oh', this.outDict], ['_dh', this.dirHistory], ['In', this.inList],
      ['Out', this.outDict]] as [string, PyObject][]) {
      dictSetStr(this.hidden, k, v);
      dictSetStr(this.ns, k, v);
    }
    for (const k of ['_', '__', '___']) dictSetStr(this.ns, k, newStr(''));
  }

  setDisplayHandler(fn: (msg: DisplayMessage) => void): void {
    this.onDisplay = fn;
  }

  /** "In[3]" for a cell's file name, null for anything else (ultratb's format_code_name). */
  cellName = (filename: string): string | null => {
    const n = this.cellNames.get(filename);
    return n === undefined ? null : `In[${n}]`;
  };

  // ## Running a cell (InteractiveShell.run_cell)

  execute(cell: string, opts: ExecuteOptions = {}): ExecuteReply {
    Session.current = this;
    const silent = opts.silent ?? false;
    const store = (opts.storeHistory ?? !silent) && !silent;
    const count = this.executionCount;
    this.silent = silent;
    this.runningCount = count;
    const payload: Json[] = [];
    this.payload = payload;
    let error: ErrorInfo | null = null;
    const t = transformCell(cell);
    const source = t.kind === 'code' ? t.source : cell;
    if (store) this.storeInput(count, source, cell);
    if (opts.script !== undefined) {
      const { path: file, argv } = opts.script;
      error = this.runGuarded(() => this.runScript(cell, file, argv));
    } else if (/^\s*(exit|quit)(\(\))?\s*$/.test(cell)) {
      // IPython's ZMQExitAutocall: ask the front end to close (jupyter console does).
      payload.push({ source: 'ask_exit', keepkernel: false });
    } else if (t.kind === 'help') {
      const text = this.help(t.name, t.detail);
      if (text !== null) payload.push({ source: 'page', data: { 'text/plain': text }, start: 0 });
      else stdio.sink.write(1, `Object \`${t.name}\` not found.\n`);
    } else if (source.trim() !== '') {
      const filename = this.tracebackStyle === 'python' ? '<stdin>' : this.cellFilename(source, count);
      error = this.runGuarded(() => {
        const c = compileCell(source, filename, this.futureFlags);
        this.futureFlags = c.futureFlags;
        if (c.body !== null) this.runCode(c.body);
        if (c.last !== null) this.runCode(c.last);
      });
    }
    this.flushStdio();
    const userExpressions: Record<string, Json> = {};
    for (const [name, expr] of Object.entries(opts.userExpressions ?? {})) userExpressions[name] = this.userExpression(expr);
    if (store) this.executionCount++;
    this.silent = false;
    return { status: error === null ? 'ok' : 'error', executionCount: store ? count : count - 1, error, payload, userExpressions };
  }

  /** Run fn; a Python exception (or a JS error turned into one) becomes the error report. */
  private runGuarded(fn: () => void): ErrorInfo | null {
    recursion.depth = 0;
    try {
      fn();
      return null;
    } catch (e) {
      tstate.frame = null;
      recursion.depth = 0;
      const exc = e instanceof PyBaseException ? e : internalErrorToPython(e, null);
      this.recordLastException(exc);
      if (isUsageError(exc)) {
        // InteractiveShell.show_usage_error: one line on stderr, no traceback; ipykernel's
        // reply still says error, with an empty traceback.
        const evalue = exceptionValue(exc);
        this.flushStdio();
        stdio.sink.write(2, `UsageError: ${evalue}\n`);
        return { ename: 'UsageError', evalue, traceback: [] };
      }
      return this.errorInfo(exc);
    }
  }

  errorInfo(exc: PyBaseException): ErrorInfo {
    let tb: string[];
    try {
      tb = this.tracebackStyle === 'python' ? [formatException(exc).replace(/\n$/, '')] : structuredTraceback(exc, this.cellName);
    } catch (e) {
      tb = [`${exceptionName(exc)}: ${exceptionValue(exc)} (the traceback could not be formatted: ${String(e)})`];
    }
    return { ename: exceptionName(exc), evalue: exceptionValue(exc), traceback: tb };
  }

  private recordLastException(exc: PyBaseException): void {
    const sysd = interp.sys!.md_dict;
    if (isSubtype(exc.ob_type, SystemExit)) return;
    dictSetStr(sysd, 'last_type', exc.ob_type);
    dictSetStr(sysd, 'last_value', exc);
    dictSetStr(sysd, 'last_traceback', exc.traceback ?? Py_None);
  }

  private runCode(code: PyCode): PyObject {
    const v = runFrame(new Frame(code, this.ns, interp.builtins!.md_dict, this.ns, null));
    // Magics inspect what they evaluate (%refcount counts it): the session holds it uncounted.
    disownHanded(v);
    return v;
  }

  private runScript(source: string, file: string, argv: string[]): void {
    const sysd = interp.sys!.md_dict;
    dictSetStr(sysd, 'argv', newList(argv.map((a) => newStr(a))));
    const sysPath = dictGetStr(sysd, 'path');
    if (sysPath instanceof PyList) {
      const p0 = newStr(path.dirname(file));
      p0.ob_refcnt++;
      sysPath.items.unshift(p0);
    }
    dictSetStr(this.ns, '__file__', newStr(file));
    this.runSource(source, 'exec', file);
  }

  /** Compile and run source in the namespace ('eval' returns its value). */
  runSource(source: string, mode: 'exec' | 'eval', filename = '<string>'): PyObject {
    const code = compileSource(source, filename, mode, 0, this.futureFlags);
    this.futureFlags |= code.unit.co_flags & PyCF_MASK;
    return this.runCode(code);
  }

  /**
   * The __future__ features the session's cells have switched on so far: as the REPL's and
   * IPython's compilers do, a cell's `from __future__ import annotations` stays in force for
   * the cells after it.
   */
  private futureFlags = 0;

  private cellFilename(source: string, count: number): string {
    // ipykernel names cells by a hash of their text in a per-process directory.
    let h = 0x811c9dc5;
    for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ count, 0x01000193) >>> 0;
    const filename = path.join(this.cellDir, `${h}.py`);
    this.cellNames.set(filename, count);
    linecache.set(filename, source.split(/(?<=\n)/));
    return filename;
  }

  private storeInput(count: number, source: string, raw: string): void {
    // HistoryManager.store_inputs: In gets the source as run, `_i00`/`_iN` what was typed.
    const typed = raw.replace(/\n+$/, '');
    this.rawHistory.push(typed);
    listAppend(this.inList, newStr(source)); // the list counts it, as In.append would
    const get = (k: string) => dictGetStr(this.ns, k) ?? newStr('');
    dictSetStr(this.ns, '_iii', get('_ii'));
    dictSetStr(this.ns, '_ii', get('_i'));
    dictSetStr(this.ns, '_i', get('_i00'));
    dictSetStr(this.ns, '_i00', newStr(typed));
    dictSetStr(this.ns, `_i${count}`, newStr(typed));
  }

  private flushStdio(): void {
    for (const name of ['stdout', 'stderr']) {
      const s = dictGetStr(interp.sys!.md_dict, name);
      if (s === null || s === Py_None) continue;
      try { callMethod(s, 'flush', []); } catch { /* a broken stream must not fail the cell */ }
    }
    stdio.sink.flush(1);
    stdio.sink.flush(2);
  }

  private userExpression(expr: string): Json {
    try {
      const v = this.runSource(expr, 'eval');
      const [data, metadata] = formatObject(v, () => {});
      return { status: 'ok', data, metadata };
    } catch (e) {
      const exc = e instanceof PyBaseException ? e : internalErrorToPython(e, null);
      return { status: 'error', ...this.errorInfo(exc) };
    }
  }

  // ## Display (IPython.core.displayhook.DisplayHook and display_functions.display)

  /** Report a formatter's exception on stderr and carry on, as IPython's formatters do. */
  private formatterError = (e: unknown): void => {
    if (e instanceof PyBaseException) stdio.sink.write(2, this.errorInfo(e).traceback.join('\n') + '\n');
  };

  private displayhook(v: PyObject): void {
    if (v === Py_None) return;
    const [data, metadata] = formatObject(v, this.formatterError);
    if (v !== this.outDict) {
      dictSetStr(this.ns, '___', dictGetStr(this.ns, '__') ?? newStr(''));
      dictSetStr(this.ns, '__', dictGetStr(this.ns, '_') ?? newStr(''));
      dictSetStr(this.ns, '_', v);
    }
    dictSetItem(this.outDict, newInt(this.runningCount), v);
    dictSetStr(this.ns, `_${this.runningCount}`, v);
    if (!this.silent) {
      this.flushStdio();
      this.onDisplay({ kind: 'execute_result', data, metadata, transient: {}, executionCount: this.runningCount });
    }
  }

  publish(data: MimeBundle, metadata: Record<string, Json> = {}, transient: Record<string, Json> = {}, update = false): void {
    this.flushStdio();
    this.onDisplay({ kind: update ? 'update_display_data' : 'display_data', data, metadata, transient });
  }

  private display(objs: PyObject[], raw: boolean, include: string[] | null, exclude: string[] | null,
    metadata: PyObject | null, displayId: string | null, update: boolean): void {
    const transient: Record<string, Json> = displayId === null ? {} : { display_id: displayId };
    const md = metadata === null || metadata === Py_None ? {} : (pyToJson(metadata) as Record<string, Json>);
    for (const o of objs) {
      if (raw) {
        this.publish(pyToJson(o) as MimeBundle, md, transient, update);
        continue;
      }
      if (o === Py_None && !update) continue;
      const [data, m] = formatObject(o, this.formatterError, include, exclude);
      this.publish(data, { ...m, ...md }, transient, update);
    }
  }

  private installBuiltins(): void {
    const b = interp.builtins!.md_dict;
    const strList = (o: PyObject | null): string[] | null =>
      o === null || o === Py_None ? null : (o as PyList | PyTuple).items.map((x) => strString(x));
    dictSetStr(b, 'display', newBuiltin('display', (_m, args, kw) => {
      const nkw = kw?.length ?? 0;
      const objs = args.slice(0, args.length - nkw);
      const [raw, include, exclude, metadata, displayId, update] = parseArgs('display', args.slice(args.length - nkw), kw,
        { names: ['raw', 'include', 'exclude', 'metadata', 'display_id', 'update'], required: 0, posonly: 0, kwonlyFrom: 0 });
      const id = displayId === null || displayId === Py_None ? null : strString(displayId);
      Session.current!.display(objs, raw !== null && raw !== Py_None && strString(raw) === 'True', strList(include), strList(exclude), metadata, id,
        update !== null && strString(update) === 'True');
      return Py_None;
    }, 'IPython.core.display_functions', '(*objs, include=None, exclude=None, metadata=None, display_id=None, raw=False, update=False)',
    'Display a Python object in all frontends.\n\nBy default all representations will be computed and sent to the frontends.\nFrontends can decide which representation is used and how.'));
    dictSetStr(interp.sys!.md_dict, 'displayhook', newBuiltin('displayhook', (_m, args) => {
      Session.current!.displayhook(args[0] ?? Py_None);
      return Py_None;
    }, 'sys', undefined, 'Print an object to sys.stdout and also save it in builtins._'));
    dictSetStr(b, '_run_line_magic', newBuiltin('_run_line_magic', (_m, args) =>
      Session.current!.runMagic('line', strString(args[0]), strString(args[1]), null)));
    dictSetStr(b, '_run_cell_magic', newBuiltin('_run_cell_magic', (_m, args) =>
      Session.current!.runMagic('cell', strString(args[0]), strString(args[1]), strString(args[2]))));
  }

  /** The native side of the IPython.display module (engine/modules/lib/IPython/display.py). */
  private installDisplayModule(): void {
    defineModule('_glasspy_display', (m) => {
      const d = m.md_dict;
      const json = (o: PyObject | undefined) => (o === undefined || o === Py_None ? {} : (pyToJson(o) as Record<string, Json>));
      dictSetStr(d, 'format', newBuiltin('format', (_m, args) => {
        const strList = (o: PyObject | undefined) => (o === undefined || o === Py_None ? null : (o as PyList).items.map((x) => strString(x)));
        const [data, md] = formatObject(args[0], Session.current!.formatterError, strList(args[1]), strList(args[2]));
        return newTuple([jsonToPy(data), jsonToPy(md)]);
      }, '_glasspy_display'));
      dictSetStr(d, 'publish', newBuiltin('publish', (_m, args) => {
        Session.current!.publish(json(args[0]) as MimeBundle, json(args[1]), json(args[2]), args[3] !== undefined && strString(args[3]) === 'True');
        return Py_None;
      }, '_glasspy_display'));
      dictSetStr(d, 'clear_output', newBuiltin('clear_output', (_m, args) => {
        Session.current!.flushStdio();
        Session.current!.onDisplay({ kind: 'clear_output', data: {}, metadata: {}, transient: {}, wait: args[0] !== undefined && strString(args[0]) === 'True' });
        return Py_None;
      }, '_glasspy_display'));
      dictSetStr(d, 'new_id', newBuiltin('new_id', () => newStr(crypto.randomUUID().replace(/-/g, '')), '_glasspy_display'));
    });
  }

  // ## Magics

  private magicContext(localNs: PyDict | null): MagicContext {
    return {
      namespace: this.ns,
      localNs,
      run: (source, mode) => this.runSource(source, mode, '<timed exec>'),
      write: (text) => {
        const out = dictGetStr(interp.sys!.md_dict, 'stdout');
        if (out !== null && out !== Py_None) callMethod(out, 'write', [newStr(text)]);
        else stdio.sink.write(1, text);
      },
      display: (data, metadata) => this.publish(data, metadata ?? {}),
      isExpression: (source) => {
        try { compileSource(source, '<string>', 'eval'); return true; } catch { return false; }
      },
      hidden: this.hidden,
      rawHistory: this.rawHistory,
      parsedHistory: this.inList,
      outputHistory: this.outDict,
      executionCount: this.runningCount,
      reset: () => this.reset(),
      flushOutput: () => this.flushOutput(),
      page: (text) => { this.payload.push({ source: 'page', data: { 'text/plain': text }, start: 0 }); },
      runCell: (source) => {
        const t = transformCell(source);
        if (t.kind !== 'code') return;
        const c = compileCell(t.source, this.cellFilename(t.source, this.runningCount), this.futureFlags);
        this.futureFlags = c.futureFlags;
        if (c.body !== null) this.runCode(c.body);
        if (c.last !== null) this.runCode(c.last);
      },
      withDisplayHandler: (handler, fn) => {
        const saved = this.onDisplay;
        this.onDisplay = handler;
        try { return fn(); } finally { this.onDisplay = saved; }
      },
    };
  }

  /** DisplayHook.flush: drop `_N`, empty Out, and release `_`, `__`, `___`. */
  private flushOutput(): void {
    for (let n = 1; n <= this.executionCount; n++) {
      dictDelStr(this.hidden, `_${n}`);
      dictDelStr(this.ns, `_${n}`);
    }
    dictClear(this.outDict);
    for (const k of ['_', '__', '___']) dictSetStr(this.ns, k, newStr(''));
  }

  /** InteractiveShell.reset(new_session=False): In survives, everything else starts over. */
  private reset(): void {
    dictClear(this.outDict);
    listClear(this.dirHistory); // _dh starts over with the current directory
    listAppend(this.dirHistory, newStr(process.cwd()));
    this.flushOutput();
    for (const [k] of dictItems(this.ns)) {
      if (!(k instanceof PyStr) || (k.value !== '__builtin__' && k.value !== '__builtins__' && k.value !== '__name__')) dictDelItem(this.ns, k);
    }
    dictClear(this.hidden);
    this.initUserNs();
  }

  private runMagic(kind: 'line' | 'cell', name: string, line: string, cell: string | null): PyObject {
    const m = findMagic(kind, name);
    if (m === null) {
      throw usageError(kind === 'line' ? `Line magic function \`%${name}\` not found.` : `Cell magic \`%%${name}\` not found.`);
    }
    // InteractiveShell.get_local_scope: the calling frame's locals, when it is not the cell's.
    // A function's fast locals are copied into a dict that lives for this one magic call.
    const caller = tstate.frame;
    let localNs: PyDict | null = null;
    let copied = false;
    if (caller !== null && caller.f_locals !== this.ns) {
      copied = caller.f_locals === null;
      localNs = caller.f_locals instanceof PyDict ? caller.f_locals : copied ? fastLocalsToDict(caller) : null;
      if (copied) localNs!.ob_refcnt++;
    }
    let r: MagicResult;
    try {
      r = m.run(line, cell, this.magicContext(localNs));
    } finally {
      if (copied) Py_DECREF(localNs!);
    }
    if (r instanceof PyObject) return r;
    return this.bundleObject(r.bundle);
  }

  /** A Python object whose display is the given bundle (for a magic's result). */
  private bundleObject(bundle: MimeBundle): PyObject {
    if (this.mimeBundleClass === null) {
      const d = new PyDict();
      dictSetStr(d, '__builtins__', interp.builtins!);
      dictSetStr(d, '__name__', newStr('glasspy.display'));
      runFrame(new Frame(compileSource(MIME_BUNDLE_CLASS, '<glasspy>', 'exec'), d, interp.builtins!.md_dict, d, null));
      this.mimeBundleClass = dictGetStr(d, 'MimeBundle');
      // This cache's references: the class, and the namespace its methods use as globals
      // (a function does not count its globals), or a safe point would free them.
      this.mimeBundleClass!.ob_refcnt++;
      d.ob_refcnt++;
    }
    const json = newStr(JSON.stringify(bundle));
    return call(this.mimeBundleClass!, [json]);
  }

  // ## Introspection

  complete(code: string, cursorPos: number): CompleteResult {
    return complete(this, code, cursorPos);
  }

  inspect(code: string, cursorPos: number, detailLevel: 0 | 1): InspectResult {
    return inspectObject(this, code, cursorPos, detailLevel);
  }

  isComplete(code: string): IsCompleteResult {
    return isComplete(code);
  }

  /** The pager text for `name?` / `name??`, or null when the name is not found. */
  help(name: string, detail: 0 | 1): string | null {
    if (name.startsWith('%')) return magicHelp(name);
    const obj = this.lookup(name);
    return obj === null ? null : pinfoText(this, obj, name, detail);
  }

  /** A dotted name's object in the namespace (no calls except attribute access), or null. */
  lookup(dotted: string): PyObject | null {
    const parts = dotted.split('.');
    let o = dictGetStr(this.ns, parts[0]) ?? dictGetStr(interp.builtins!.md_dict, parts[0]);
    for (let i = 1; o !== null && i < parts.length; i++) {
      try { o = o.ob_type.tp_getattro!(o, parts[i]); } catch { return null; }
    }
    return o;
  }
}

const MIME_BUNDLE_CLASS = `import json as _json
class MimeBundle:
    def __init__(self, data):
        self._data = _json.loads(data)
    def _repr_mimebundle_(self, include=None, exclude=None):
        return self._data
    def __repr__(self):
        return self._data.get('text/plain', '')
`;
