// ## text/plain as IPython shows it: IPython.lib.pretty
//
// IPython formats a result's text/plain with its pretty printer, not plain repr(): a list,
// tuple, dict or set too long for 79 columns is broken after its commas (indented under
// the opening bracket), sets are sorted, classes show as `module.Name`, functions as
// `<function module.name(signature)>`, exceptions as calls `ValueError('x')`, and objects
// without their own __repr__ as `<module.Name at 0x...>`.
//
// The layout engine models IPython's PrettyPrinter (itself after Wadler's "prettier
// printer"): text and breakables are buffered; when the line would pass max_width, the
// outermost group that still has breakables is broken — every breakable of a broken group
// becomes a newline at the group's indentation.  Objects' own `_repr_pretty_` hooks are
// not supported (they get repr()).

import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, dictItems, dictGetStr } from '../objects/dict.js';
import { PyStr } from '../objects/str.js';
import { PyFunction } from '../objects/function.js';
import { PyCFunction } from '../objects/descr.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyModule } from '../objects/module.js';
import { Py_None, Py_True, Py_False, Py_Ellipsis, Py_NotImplemented } from '../objects/singletons.js';
import { reprString, iterableToArray, richCompareBool, Py_LT, strString } from '../objects/abstract.js';
import { typeQualName, typeModuleName } from '../objects/typeobject.js';
import { addressHex } from '../memory/address.js';
import {
  PyLong_Type, PyFloat_Type, PyUnicode_Type, PyTuple_Type, PyList_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type,
  PyType_Type, PyFunction_Type, PyCFunction_Type, PyMethod_Type, PyRange_Type, PyBytes_Type, PySlice_Type, PyBaseObject_Type,
} from '../objects/typeobjects.js';
import { BaseException } from '../objects/exceptions.js';
import { signatureOf } from './signature.js';

const MAX_WIDTH = 79;
const MAX_SEQ_LENGTH = 1000;

interface Group { depth: number; breakables: Breakable[]; wantBreak: boolean }
interface TextPiece { kind: 'text'; parts: string[]; width: number }
interface Breakable { kind: 'break'; sep: string; width: number; indentation: number; group: Group }

class PrettyPrinter {
  private out: string[] = [];
  private outputWidth = 0;
  private bufferWidth = 0;
  private buffer: (TextPiece | Breakable)[] = [];
  private groupStack: Group[];
  /** Groups by depth, for breaking the outermost first (IPython's GroupQueue). */
  private queue: Group[][] = [];
  indentation = 0;
  private stack: PyObject[] = [];

  constructor() {
    const root: Group = { depth: 0, breakables: [], wantBreak: false };
    this.groupStack = [root];
    this.enqueue(root);
  }

  private enqueue(g: Group): void {
    while (g.depth > this.queue.length - 1) this.queue.push([]);
    this.queue[g.depth].push(g);
  }

  private dequeue(): Group | null {
    for (const stack of this.queue) {
      const n = stack.length;
      for (let idx = 0; idx < n; idx++) {
        const g = stack[n - 1 - idx];
        if (g.breakables.length) {
          // IPython deletes stack[idx] — counted from the front although idx runs over
          // the reversed list; the same element is removed here so layouts agree.
          stack.splice(idx, 1);
          g.wantBreak = true;
          return g;
        }
      }
      for (const g of stack) g.wantBreak = true;
      stack.length = 0;
    }
    return null;
  }

  private removeGroup(g: Group): void {
    const stack = this.queue[g.depth];
    const i = stack === undefined ? -1 : stack.indexOf(g);
    if (i >= 0) stack.splice(i, 1);
  }

  private outputPiece(x: TextPiece | Breakable, width: number): number {
    if (x.kind === 'text') {
      for (const p of x.parts) this.out.push(p);
      return width + x.width;
    }
    x.group.breakables.shift();
    if (x.group.wantBreak) {
      this.out.push('\n', ' '.repeat(x.indentation));
      return x.indentation;
    }
    if (!x.group.breakables.length) this.removeGroup(x.group);
    this.out.push(x.sep);
    return width + x.width;
  }

  private breakOneGroup(g: Group): void {
    while (g.breakables.length) {
      const x = this.buffer.shift()!;
      this.outputWidth = this.outputPiece(x, this.outputWidth);
      this.bufferWidth -= x.width;
    }
    while (this.buffer.length && this.buffer[0].kind === 'text') {
      const x = this.buffer.shift()!;
      this.outputWidth = this.outputPiece(x, this.outputWidth);
      this.bufferWidth -= x.width;
    }
  }

  private breakOuterGroups(): void {
    while (MAX_WIDTH < this.outputWidth + this.bufferWidth) {
      const g = this.dequeue();
      if (g === null) return;
      this.breakOneGroup(g);
    }
  }

  text(s: string): void {
    const width = s.length;
    if (this.buffer.length) {
      let last = this.buffer[this.buffer.length - 1];
      if (last.kind !== 'text') {
        last = { kind: 'text', parts: [], width: 0 };
        this.buffer.push(last);
      }
      last.parts.push(s);
      last.width += width;
      this.bufferWidth += width;
      this.breakOuterGroups();
    } else {
      this.out.push(s);
      this.outputWidth += width;
    }
  }

  breakable(sep = ' '): void {
    const g = this.groupStack[this.groupStack.length - 1];
    if (g.wantBreak) {
      this.flush();
      this.out.push('\n', ' '.repeat(this.indentation));
      this.outputWidth = this.indentation;
      this.bufferWidth = 0;
    } else {
      const b: Breakable = { kind: 'break', sep, width: sep.length, indentation: this.indentation, group: g };
      g.breakables.push(b);
      this.buffer.push(b);
      this.bufferWidth += sep.length;
      this.breakOuterGroups();
    }
  }

  /** An explicit newline (multi-line reprs). */
  hardBreak(): void {
    const g = this.dequeue();
    if (g !== null) this.breakOneGroup(g);
    this.flush();
    this.out.push('\n', ' '.repeat(this.indentation));
    this.outputWidth = this.indentation;
    this.bufferWidth = 0;
  }

  beginGroup(indent = 0, open = ''): void {
    if (open) this.text(open);
    const g: Group = { depth: this.groupStack[this.groupStack.length - 1].depth + 1, breakables: [], wantBreak: false };
    this.groupStack.push(g);
    this.enqueue(g);
    this.indentation += indent;
  }

  endGroup(dedent = 0, close = ''): void {
    this.indentation -= dedent;
    const g = this.groupStack.pop()!;
    if (!g.breakables.length) this.removeGroup(g);
    if (close) this.text(close);
  }

  flush(): void {
    // IPython adds the returned running width to output_width here; kept for equal layouts.
    for (const x of this.buffer) this.outputWidth += this.outputPiece(x, this.outputWidth);
    this.buffer = [];
    this.bufferWidth = 0;
  }

  result(): string {
    this.flush();
    return this.out.join('');
  }

  // ## What to print for an object (RepresentationPrinter.pretty)

  pretty(o: PyObject): void {
    const cycle = this.stack.includes(o);
    this.stack.push(o);
    this.beginGroup();
    try {
      if (o === Py_None || o === Py_True || o === Py_False || o === Py_Ellipsis || o === Py_NotImplemented) return this.reprPrint(o);
      for (const cls of o.ob_type.tp_mro) {
        const printer = TYPE_PRINTERS.get(cls);
        if (printer !== undefined) return printer(this, o, cycle);
        if (cls !== PyBaseObject_Type && cls.tp_dict !== null && dictGetStr(cls.tp_dict, '__repr__') !== null) return this.reprPrint(o);
      }
      return this.defaultPrint(o, cycle);
    } finally {
      this.endGroup();
      this.stack.pop();
    }
  }

  reprPrint(o: PyObject): void {
    const lines = reprString(o).split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    this.beginGroup();
    lines.forEach((line, i) => {
      if (i) this.hardBreak();
      this.text(line);
    });
    this.endGroup();
  }

  private defaultPrint(o: PyObject, cycle: boolean): void {
    this.beginGroup(1, '<');
    this.pretty(o.ob_type);
    this.text(` at ${addressHex(o)}`);
    if (cycle) this.text(' ...');
    this.endGroup(1, '>');
  }

  sequence(items: PyObject[], open: string, close: string, oneTuple: boolean, cycle: boolean): void {
    if (cycle) return this.text(`${open}...${close}`);
    this.beginGroup(open.length, open);
    this.items(items, (x) => this.pretty(x));
    if (oneTuple) this.text(',');
    this.endGroup(open.length, close);
  }

  items<T>(xs: T[], each: (x: T) => void): void {
    for (let i = 0; i < xs.length; i++) {
      if (i >= MAX_SEQ_LENGTH) {
        this.text(',');
        this.breakable();
        this.text('...');
        return;
      }
      if (i) {
        this.text(',');
        this.breakable();
      }
      each(xs[i]);
    }
  }

  callExpression(name: string, args: PyObject[]): void {
    const prefix = `${name}(`;
    this.beginGroup(prefix.length, prefix);
    this.items(args, (x) => this.pretty(x));
    this.endGroup(prefix.length, ')');
  }

  exceptionPrint(o: PyObject): void {
    const t = o.ob_type;
    const mod = typeModuleName(t);
    const name = mod === null || mod === 'builtins' ? typeQualName(t) : `${mod}.${typeQualName(t)}`;
    this.callExpression(name, o instanceof PyBaseException ? o.args.items : []);
  }
}

type Printer = (p: PrettyPrinter, o: PyObject, cycle: boolean) => void;

/** IPython's _sorted_for_pprint: sorted, else sorted by str(), else as they come. */
function sortedForPrint(items: PyObject[]): PyObject[] {
  const sortBy = (lt: (a: PyObject, b: PyObject) => boolean) =>
    items.slice().sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
  try {
    return sortBy((a, b) => richCompareBool(a, b, Py_LT));
  } catch {
    try {
      return sortBy((a, b) => strString(a) < strString(b));
    } catch {
      return items;
    }
  }
}

const repr: Printer = (p, o) => p.reprPrint(o);

function setPrinter(open: string, close: string): Printer {
  return (p, o, cycle) => {
    if (cycle) return p.text(`${open}...${close}`);
    const items = iterableToArray(o);
    if (items.length === 0) return p.text(`${o.ob_type.tp_name}()`);
    p.beginGroup(open.length, open);
    p.items(items.length >= MAX_SEQ_LENGTH ? items : sortedForPrint(items), (x) => p.pretty(x));
    p.endGroup(open.length, close);
  };
}

const dictPrinter: Printer = (p, o, cycle) => {
  if (cycle) return p.text('{...}');
  p.beginGroup(1, '{');
  p.items(dictItems(o as PyDict), ([k, v]) => {
    p.pretty(k);
    p.text(': ');
    p.pretty(v);
  });
  p.endGroup(1, '}');
};

const typePrinter: Printer = (p, o) => {
  const t = o as PyType;
  // A metaclass with its own __repr__ is shown by it.
  const own = t.ob_type.tp_mro.find((m) => m.tp_dict !== null && dictGetStr(m.tp_dict, '__repr__') !== null);
  if (own !== undefined && own !== PyType_Type) return p.reprPrint(o);
  const mod = typeModuleName(t);
  const name = typeQualName(t);
  p.text(mod === null || mod === 'builtins' ? name : `${mod}.${name}`);
};

const functionPrinter: Printer = (p, o) => {
  let name: string, mod: string | null;
  if (o instanceof PyFunction) {
    name = o.func_qualname instanceof PyStr ? o.func_qualname.value : strString(o.func_name);
    mod = o.func_module instanceof PyStr ? o.func_module.value : null;
  } else {
    const f = o as PyCFunction;
    const self = f.self;
    name = self === null || self instanceof PyModule ? f.name : `${self instanceof PyType ? typeQualName(self) : typeQualName(self.ob_type)}.${f.name}`;
    mod = self === null || self instanceof PyModule ? f.module : null;
  }
  if (mod && mod !== 'builtins') name = `${mod}.${name}`;
  p.text(`<function ${name}${signatureOf(o) ?? ''}>`);
};

const TYPE_PRINTERS = new Map<PyType, Printer>([
  [PyLong_Type, repr], [PyFloat_Type, repr], [PyUnicode_Type, repr], [PyRange_Type, repr], [PyBytes_Type, repr],
  [PySlice_Type, repr], [PyMethod_Type, repr],
  [PyTuple_Type, (p, o, c) => p.sequence((o as PyTuple).items, '(', ')', (o as PyTuple).items.length === 1, c)],
  [PyList_Type, (p, o, c) => p.sequence((o as PyList).items, '[', ']', false, c)],
  [PyDict_Type, dictPrinter],
  [PySet_Type, setPrinter('{', '}')],
  [PyFrozenSet_Type, setPrinter('frozenset({', '})')],
  [PyType_Type, typePrinter],
  [PyFunction_Type, functionPrinter],
  [PyCFunction_Type, functionPrinter],
  [BaseException, (p, o) => p.exceptionPrint(o)],
]);

/** IPython's `pretty(obj)` with its defaults (79 columns, at most 1000 items). */
export function prettyText(o: PyObject): string {
  const p = new PrettyPrinter();
  p.pretty(o);
  return p.result();
}
