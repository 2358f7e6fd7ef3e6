// ## Behaviour of the exception types
//
// Models Objects/exceptions.c: BaseException's new/init/str/repr and attributes (args,
// __traceback__, __cause__, __context__, __suppress_context__, add_note/__notes__,
// with_traceback), and the per-type differences: KeyError's str is the repr of the key,
// StopIteration.value, SystemExit.code, OSError's errno/strerror/filename and str,
// ImportError.name/path, NameError.name, AttributeError.name/obj, SyntaxError's fields and
// str, UnicodeError's fields.

import { Py_XSETREF } from '../memory/refcount.js';
import { listResize } from '../memory/containers.js';
import { PyObject } from './object.js';
import { PyType, isSubtype } from './type.js';
import { defineType } from './typeready.js';
import * as E from './exceptions.js';
import { PyBaseException, raiseTypeError } from './exceptions.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyStr, newStr } from './str.js';
import { PyInt, newInt } from './int.js';
import { PyDict, dictGetStr, dictSetStr } from './dict.js';
import { newList, PyList } from './list.js';
import { Py_None, Py_True, Py_False } from './singletons.js';
import { reprString, strString, typeName, isTrue, callMethod } from './abstract.js';
import { typeQualName } from './typeobject.js';

const exc = (o: PyObject) => o as PyBaseException;

function attr(o: PyObject, name: string): PyObject {
  return (o.dict !== null ? dictGetStr(o.dict, name) : null) ?? Py_None;
}
function setAttrD(o: PyObject, name: string, v: PyObject): void {
  if (o.dict === null) { o.dict = new PyDict(); o.dict.ob_refcnt++; }
  dictSetStr(o.dict, name, v);
}

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames === null ? args : args.slice(0, args.length - kwnames.length);
}

function baseNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const e = new PyBaseException(type, newTuple(positional(args, kwnames).slice()));
  return e;
}

function baseInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length && self.ob_type.tp_init === baseInit) {
    raiseTypeError(`${self.ob_type.shortName}() takes no keyword arguments`);
  }
  exc(self).args = Py_XSETREF(exc(self).args, newTuple(positional(args, kwnames).slice()));
}

function baseStr(self: PyObject): string {
  const a = exc(self).args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return strString(a[0]);
  return reprString(exc(self).args);
}

function baseRepr(self: PyObject): string {
  const a = exc(self).args;
  const name = self.ob_type.tp_flags & (1 << 9) ? typeQualName(self.ob_type) : self.ob_type.shortName;
  if (a.items.length === 1) return `${name}(${reprString(a.items[0])})`;
  return `${name}${reprString(a)}`;
}

defineType(E.BaseException, {
  hasdict: true,
  doc: 'Common base class for all exceptions',
  slots: { tp_new: baseNew, tp_init: baseInit, tp_str: baseStr, tp_repr: baseRepr },
  methods: [
    { name: 'with_traceback', fn: (s, a) => { exc(s).traceback = Py_XSETREF(exc(s).traceback, a[0] === Py_None ? null : a[0]); return s; },
      doc: 'Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.' },
    { name: 'add_note', fn: (s, a) => {
      if (!(a[0] instanceof PyStr)) raiseTypeError(`note must be a str, not '${typeName(a[0])}'`);
      let notes = s.dict !== null ? dictGetStr(s.dict, '__notes__') : null;
      if (notes === null) { notes = newList([]); setAttrD(s, '__notes__', notes); }
      if (!(notes instanceof PyList)) raiseTypeError('Cannot add note: __notes__ is not a list');
      // PyList_Append: the list grows as list.append grows it and counts its item.
      listResize(notes, notes.items.length + 1);
      a[0].ob_refcnt++;
      notes.items.push(a[0]);
      return Py_None;
    }, doc: 'Exception.add_note(note) --\n    add a note to the exception' },
    { name: '__reduce__', fn: (s) => newTuple(s.dict !== null && s.dict.used ? [s.ob_type, exc(s).args, s.dict] : [s.ob_type, exc(s).args]) },
    { name: '__setstate__', fn: () => Py_None },
  ],
  getsets: [
    { name: 'args', get: (s) => exc(s).args, set: (s, v) => {
      if (v === null) raiseTypeError('args may not be deleted');
      exc(s).args = Py_XSETREF(exc(s).args, v instanceof PyTuple ? v : newTuple(iterToArr(v)));
    } },
    { name: '__traceback__', get: (s) => exc(s).traceback ?? Py_None, set: (s, v) => {
      if (v === null) raiseTypeError('__traceback__ may not be deleted');
      if (v !== Py_None && v.ob_type.tp_name !== 'traceback') raiseTypeError('__traceback__ must be a traceback or None');
      exc(s).traceback = Py_XSETREF(exc(s).traceback, v === Py_None ? null : v);
    } },
    { name: '__cause__', get: (s) => exc(s).cause ?? Py_None, set: (s, v) => {
      if (v === null) raiseTypeError('__cause__ may not be deleted');
      if (v !== Py_None && !(v instanceof PyBaseException)) raiseTypeError('exception cause must be None or derive from BaseException');
      exc(s).cause = Py_XSETREF(exc(s).cause, v === Py_None ? null : v);
      exc(s).suppress_context = true;
    } },
    { name: '__context__', get: (s) => exc(s).context ?? Py_None, set: (s, v) => {
      if (v === null) raiseTypeError('__context__ may not be deleted');
      if (v !== Py_None && !(v instanceof PyBaseException)) raiseTypeError('exception context must be None or derive from BaseException');
      exc(s).context = Py_XSETREF(exc(s).context, v === Py_None ? null : v);
    } },
    { name: '__suppress_context__', get: (s) => (exc(s).suppress_context ? Py_True : Py_False), set: (s, v) => {
      exc(s).suppress_context = v !== null && isTrue(v);
    } },
  ],
});

let iterToArr: (o: PyObject) => PyObject[] = () => [];
export function setIterToArray(f: (o: PyObject) => PyObject[]): void { iterToArr = f; }

// ## Per-type behaviour

/**
 * An attribute that natively raised exceptions (which skip __init__) derive from args:
 * StopIteration.value and SystemExit.code.
 */
function argsAttr(name: string) {
  return {
    name,
    get: (s: PyObject) => {
      const v = s.dict !== null ? dictGetStr(s.dict, name) : null;
      if (v !== null) return v;
      const a = exc(s).args.items;
      return a.length === 0 ? Py_None : name === 'code' && a.length > 1 ? exc(s).args : a[0];
    },
    set: (s: PyObject, v: PyObject | null) => setAttrD(s, name, v ?? Py_None),
  };
}

/** An attribute stored in the instance dict, with a getter/setter pair. */
function dictAttr(name: string) {
  return { name, get: (s: PyObject) => attr(s, name), set: (s: PyObject, v: PyObject | null) => setAttrD(s, name, v ?? Py_None) };
}

defineType(E.StopIteration, {
  slots: {
    tp_init: (s, a, k) => { baseInit(s, a, k); setAttrD(s, 'value', a.length ? a[0] : Py_None); },
  },
  getsets: [argsAttr('value')],
});

defineType(E.SystemExit, {
  slots: {
    tp_init: (s, a, k) => {
      baseInit(s, a, k);
      setAttrD(s, 'code', a.length === 0 ? Py_None : a.length === 1 ? a[0] : newTuple(a.slice()));
    },
  },
  getsets: [argsAttr('code')],
});

defineType(E.KeyError, {
  slots: {
    tp_str: (s) => {
      const a = exc(s).args.items;
      return a.length === 1 ? reprString(a[0]) : baseStr(s);
    },
  },
});

function kwInit(names: string[]) {
  return (s: PyObject, a: PyObject[], k: string[] | null) => {
    const npos = a.length - (k?.length ?? 0);
    exc(s).args = Py_XSETREF(exc(s).args, newTuple(a.slice(0, npos)));
    for (const n of names) setAttrD(s, n, Py_None);
    for (let i = 0; i < (k?.length ?? 0); i++) {
      const name = k![i];
      if (!names.includes(name)) raiseTypeError(`'${name}' is an invalid keyword argument for ${s.ob_type.shortName}()`);
      setAttrD(s, name, a[npos + i]);
    }
  };
}

defineType(E.ImportError, {
  slots: {
    tp_init: (s, a, k) => {
      kwInit(['name', 'path'])(s, a, k);
      setAttrD(s, 'msg', exc(s).args.items.length === 1 ? exc(s).args.items[0] : Py_None);
    },
    tp_str: (s) => {
      const m = attr(s, 'msg');
      return m !== Py_None ? strString(m) : baseStr(s);
    },
  },
  getsets: [dictAttr('name'), dictAttr('path'), dictAttr('msg')],
});

defineType(E.NameError, {
  slots: { tp_init: kwInit(['name']) },
  getsets: [dictAttr('name')],
});

defineType(E.AttributeError, {
  slots: { tp_init: kwInit(['name', 'obj']) },
  getsets: [dictAttr('name'), dictAttr('obj')],
});

const ERRNO_TYPES: [number, PyType][] = [
  [11, E.BlockingIOError], [10, E.ChildProcessError], [32, E.BrokenPipeError], [103, E.ConnectionAbortedError],
  [111, E.ConnectionRefusedError], [104, E.ConnectionResetError], [17, E.FileExistsError], [2, E.FileNotFoundError],
  [4, E.InterruptedError], [21, E.IsADirectoryError], [20, E.NotADirectoryError], [13, E.PermissionError],
  [1, E.PermissionError], [3, E.ProcessLookupError], [110, E.TimeoutError],
];

defineType(E.OSError, {
  slots: {
    tp_new: (type, a, k) => {
      // OSError(errno, ...) picks the matching subclass, as CPython's oserror_new.
      let t = type;
      if (type === E.OSError && a.length >= 2 && a[0] instanceof PyInt) {
        const found = ERRNO_TYPES.find(([n]) => n === Number(a[0] instanceof PyInt ? a[0].value : -1));
        if (found) t = found[1];
      }
      return baseNew(t, a, k);
    },
    tp_init: (s, a, k) => {
      baseInit(s, a, k);
      const n = a.length;
      setAttrD(s, 'errno', n >= 2 ? a[0] : Py_None);
      setAttrD(s, 'strerror', n >= 2 ? a[1] : Py_None);
      setAttrD(s, 'filename', n >= 3 ? a[2] : Py_None);
      setAttrD(s, 'filename2', n >= 5 ? a[4] : Py_None);
      if (n >= 3 && n <= 5) exc(s).args = Py_XSETREF(exc(s).args, newTuple(a.slice(0, 2)));
    },
    tp_str: (s) => {
      const errno = attr(s, 'errno'), strerror = attr(s, 'strerror'), fn = attr(s, 'filename'), fn2 = attr(s, 'filename2');
      if (fn !== Py_None) {
        if (fn2 !== Py_None) return `[Errno ${strString(errno)}] ${strString(strerror)}: ${reprString(fn)} -> ${reprString(fn2)}`;
        return `[Errno ${strString(errno)}] ${strString(strerror)}: ${reprString(fn)}`;
      }
      if (errno !== Py_None && strerror !== Py_None) return `[Errno ${strString(errno)}] ${strString(strerror)}`;
      return baseStr(s);
    },
  },
  getsets: [dictAttr('errno'), dictAttr('strerror'), dictAttr('filename'), dictAttr('filename2')],
});

defineType(E.SyntaxError, {
  slots: {
    tp_init: (s, a, k) => {
      baseInit(s, a, k);
      for (const n of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']) setAttrD(s, n, Py_None);
      if (a.length >= 1) setAttrD(s, 'msg', a[0]);
      if (a.length === 2) {
        const info = iterToArr(a[1]);
        if (info.length < 4 || info.length > 6) raiseTypeError('function takes at least 4 arguments (' + info.length + ' given)');
        const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
        info.forEach((v, i) => setAttrD(s, names[i], v));
      }
    },
    tp_str: (s) => {
      const msg = attr(s, 'msg'), fn = attr(s, 'filename'), ln = attr(s, 'lineno');
      const m = msg === Py_None ? baseStr(s) : strString(msg);
      const file = fn instanceof PyStr ? fn.value.split('/').pop()! : null;
      const line = ln instanceof PyInt ? String(ln.value) : null;
      if (file !== null && line !== null) return `${m} (${file}, line ${line})`;
      if (file !== null) return `${m} (${file})`;
      if (line !== null) return `${m} (line ${line})`;
      return m;
    },
  },
  getsets: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'].map(dictAttr),
});

defineType(E.UnicodeDecodeError, {
  slots: {
    tp_init: (s, a, k) => {
      baseInit(s, a, k);
      ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => setAttrD(s, n, a[i] ?? Py_None));
    },
    tp_str: (s) => {
      const obj = attr(s, 'object'), start = attr(s, 'start'), end = attr(s, 'end');
      const st = start instanceof PyInt ? Number(start.value) : 0, en = end instanceof PyInt ? Number(end.value) : 0;
      const data = (obj as { data?: Uint8Array }).data;
      const enc = strString(attr(s, 'encoding')), reason = strString(attr(s, 'reason'));
      if (data instanceof Uint8Array && en === st + 1) {
        return `'${enc}' codec can't decode byte 0x${data[st].toString(16).padStart(2, '0')} in position ${st}: ${reason}`;
      }
      return `'${enc}' codec can't decode bytes in position ${st}-${en - 1}: ${reason}`;
    },
  },
  getsets: ['encoding', 'object', 'start', 'end', 'reason'].map(dictAttr),
});

defineType(E.UnicodeEncodeError, {
  slots: {
    tp_init: (s, a, k) => {
      baseInit(s, a, k);
      ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => setAttrD(s, n, a[i] ?? Py_None));
    },
    tp_str: (s) => {
      const obj = attr(s, 'object'), start = attr(s, 'start'), end = attr(s, 'end');
      const st = start instanceof PyInt ? Number(start.value) : 0, en = end instanceof PyInt ? Number(end.value) : 0;
      const enc = strString(attr(s, 'encoding')), reason = strString(attr(s, 'reason'));
      if (obj instanceof PyStr && en === st + 1) {
        const c = [...obj.value][st].codePointAt(0)!;
        const esc = c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
        return `'${enc}' codec can't encode character '${esc}' in position ${st}: ${reason}`;
      }
      return `'${enc}' codec can't encode characters in position ${st}-${en - 1}: ${reason}`;
    },
  },
  getsets: ['encoding', 'object', 'start', 'end', 'reason'].map(dictAttr),
});

export { isSubtype, newInt, newStr, callMethod };
