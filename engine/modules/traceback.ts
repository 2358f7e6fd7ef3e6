// ## The traceback module
//
// The functions programs use to print or format exceptions and stacks, producing the same
// text as the interpreter's own exception printer (engine/vm/traceback.ts).

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr, dictGetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newList } from '../objects/list.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { PyBaseException } from '../objects/exceptions.js';
import { call, getAttr, index } from '../objects/abstract.js';
import { formatException, formatFrameLine } from '../vm/traceback.js';
import { topmostException, tstate } from '../vm/tstate.js';
import { PyTraceBack, Frame } from '../vm/frame.js';
import { interp } from '../vm/interp.js';
import { defineModule } from './registry.js';

function excFromArgs(args: PyObject[]): PyObject | null {
  // 3.10+: format_exception(exc) or the old (type, value, tb) form.
  if (args.length === 0) return topmostException();
  const v = args.length >= 2 ? args[1] : args[0];
  return v === Py_None ? null : v;
}

function splitLines(text: string): PyObject {
  return newList(text.split(/(?<=\n)/).filter((s) => s !== '').map((s) => newStr(s)));
}

function write(file: PyObject | null, text: string): void {
  const f = file ?? dictGetStr(interp.sys!.md_dict, 'stderr');
  if (f !== null && f !== Py_None) call(getAttr(f, 'write'), [newStr(text)]);
}

function tbLines(tb: PyObject | null): string {
  let s = '';
  for (let t = tb instanceof PyTraceBack ? tb : null; t !== null; t = t.tb_next) s += formatFrameLine(t.tb_frame, t.tb_lasti);
  return s;
}

function stackLines(f: Frame | null, limit: number): string {
  const frames: Frame[] = [];
  for (let x = f; x !== null; x = x.f_back) frames.unshift(x);
  const chosen = limit >= 0 ? frames.slice(-limit) : frames;
  return chosen.map((fr) => formatFrameLine(fr, fr.lasti)).join('');
}

function kwArg(args: PyObject[], kwnames: string[] | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const npos = args.length - kwnames.length;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[npos + i];
}

defineModule('traceback', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn) => dictSetStr(d, name, newBuiltin(name, fn, 'traceback'));
  const pos = (a: PyObject[], k: string[] | null) => a.slice(0, a.length - (k?.length ?? 0));
  f('format_exc', () => {
    const e = topmostException();
    return newStr(e === null ? 'NoneType: None\n' : formatException(e));
  });
  f('print_exc', (_m, a, k) => {
    const e = topmostException();
    write(kwArg(a, k, 'file'), e === null ? 'NoneType: None\n' : formatException(e));
    return Py_None;
  });
  f('format_exception', (_m, a, k) => {
    const e = excFromArgs(pos(a, k));
    return e === null ? newList([newStr('NoneType: None\n')]) : splitLines(formatException(e));
  });
  f('print_exception', (_m, a, k) => {
    const e = excFromArgs(pos(a, k));
    write(kwArg(a, k, 'file'), e === null ? 'NoneType: None\n' : formatException(e));
    return Py_None;
  });
  f('format_exception_only', (_m, a, k) => {
    const e = excFromArgs(pos(a, k));
    if (!(e instanceof PyBaseException)) return newList([newStr('NoneType: None\n')]);
    const saved = e.traceback;
    const cause = e.cause, ctx = e.context;
    e.traceback = null; e.cause = null; e.context = null;
    try {
      return splitLines(formatException(e));
    } finally {
      e.traceback = saved; e.cause = cause; e.context = ctx;
    }
  });
  f('format_tb', (_m, a) => splitLines(tbLines(a[0] ?? null)));
  f('print_tb', (_m, a, k) => { write(kwArg(a, k, 'file'), tbLines(a[0] ?? null)); return Py_None; });
  f('format_stack', (_m, a, k) => {
    const fr = a.length && a[0] !== Py_None ? (a[0] as Frame) : tstate.frame;
    const lim = kwArg(a, k, 'limit');
    return splitLines(stackLines(fr, lim === null || lim === Py_None ? -1 : Number(index(lim).value)));
  });
  f('print_stack', (_m, a, k) => {
    const fr = a.length && a[0] !== Py_None ? (a[0] as Frame) : tstate.frame;
    write(kwArg(a, k, 'file'), stackLines(fr, -1));
    return Py_None;
  });
});
