// ## Completion (complete_request)
//
// What IPython's completer offers, computed from the live namespace: names in scope
// (user names, builtins, keywords), attributes of live objects (`obj.pre`), keyword
// arguments of the function being called (`f(pre` → `pre=`), module names after `import`
// / `from`, names after `from mod import`, string keys of a dict (`d['pre`), and magics
// after `%`.  Positions are in code points, as the protocol says; JS strings are UTF-16.
// Only attribute lookups are done to find an object — no calls — so completing is safe.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Session } from './session.js';
import { PyObject } from '../objects/object.js';
import { PyStr } from '../objects/str.js';
import { PyDict, dictItems } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyType } from '../objects/type.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyCFunction } from '../objects/descr.js';
import { callMethod, iterableToArray } from '../objects/abstract.js';
import { interp } from '../vm/interp.js';
import { importModule, LIB_DIR } from '../vm/import.js';
import { nativeModules } from '../modules/registry.js';
import { magicNames } from '../magics/registry.js';
import { parameterNames } from './signature.js';
import { KEYWORDS as PARSER_KEYWORDS } from '../syntax/pyparser.js';

export interface CompletionItem { start: number; end: number; text: string; type: string; signature: string }
export interface CompleteResult {
  matches: string[];
  cursor_start: number;
  cursor_end: number;
  metadata: { _jupyter_types_experimental: CompletionItem[] };
}

/** Python's keywords, the parser's own list (keyword.kwlist order, already sorted). */
const KEYWORDS = [...PARSER_KEYWORDS];

/** The completion type IPython/jedi reports for an object. */
export function completionType(o: PyObject | null): string {
  if (o === null) return 'statement';
  if (o instanceof PyModule) return 'module';
  if (o instanceof PyType) return 'class';
  if (o instanceof PyFunction || o instanceof PyCFunction || o instanceof PyMethod) return 'function';
  return 'instance';
}

function dirOf(o: PyObject): string[] {
  try {
    return iterableToArray(callMethod(o, '__dir__', [])).filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value);
  } catch {
    return [];
  }
}

function moduleNames(): string[] {
  const names = new Set<string>(nativeModules.keys());
  for (const dir of [LIB_DIR, process.cwd()]) {
    let entries: fs.Dirent[] = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.isFile() && e.name.endsWith('.py')) names.add(e.name.slice(0, -3));
      else if (e.isDirectory() && fs.existsSync(path.join(dir, e.name, '__init__.py'))) names.add(e.name);
    }
  }
  for (const [k] of dictItems(interp.modules)) if (k instanceof PyStr && !k.value.includes('.')) names.add(k.value);
  return [...names].filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

function visible(names: Iterable<string>, prefix: string): string[] {
  const out = new Set<string>();
  for (const n of names) if (n.startsWith(prefix) && (prefix.startsWith('_') || !n.startsWith('_'))) out.add(n);
  return [...out].sort();
}

// Identifier characters as Python's (PEP 3131), not JS's ASCII-only \w.
const ID = '[\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]';
const ATTR_RE = new RegExp(`((?:${ID}+\\.)*${ID}+)\\.(${ID}*)$`, 'u');
const NAME_RE = new RegExp(`(${ID}*)$`, 'u');

export function complete(session: Session, code: string, cursorPos: number): CompleteResult {
  const cps = Array.from(code);
  const pos = Math.max(0, Math.min(cursorPos, cps.length));
  const before = cps.slice(0, pos).join('');
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const items: CompletionItem[] = [];
  let start = pos;
  const add = (texts: string[], type: (t: string) => string, from: number) => {
    start = from;
    for (const t of texts) items.push({ start: from, end: pos, text: t, type: type(t), signature: '' });
  };
  const len = (s: string) => Array.from(s).length;
  let m: RegExpExecArray | null;
  if ((m = /^\s*(%%?)(\w*)$/.exec(line)) !== null) {
    const kind = m[1] === '%%' ? 'cell' : 'line';
    const names = magicNames(kind).filter((n) => n.startsWith(m![2])).map((n) => m![1] + n);
    if (kind === 'line' && m[2] === '') names.push(...magicNames('cell').map((n) => `%%${n}`));
    add(names, () => 'magic', pos - len(m[1] + m[2]));
  } else if ((m = /^\s*from\s+([\w.]+)\s+import\s+(?:[\w\s,]*,\s*)?(\w*)$/.exec(line)) !== null) {
    let mod: PyObject | null = null;
    try { mod = importModule(m[1]); } catch { mod = null; }
    const names = mod === null ? [] : visible(dirOf(mod), m[2]);
    add(names, (n) => completionType(mod === null ? null : safeAttr(mod, n)), pos - len(m[2]));
  } else if ((m = /^\s*(?:import|from)\s+(?:[\w.]+\s*,\s*)*([\w]*)$/.exec(line)) !== null) {
    add(visible(moduleNames(), m[1]), () => 'module', pos - len(m[1]));
  } else if ((m = /([\w.]*\w)\[\s*(['"])([^'"\]]*)$/.exec(before)) !== null) {
    const obj = session.lookup(m[1]);
    const keys = obj instanceof PyDict ? dictItems(obj).map(([k]) => k).filter((k): k is PyStr => k instanceof PyStr).map((k) => k.value) : [];
    const quote = m[2];
    add(keys.filter((k) => k.startsWith(m![3])).sort().map((k) => k + quote), () => 'dict key', pos - len(m[3]));
  } else if ((m = ATTR_RE.exec(before)) !== null && !/^\d/.test(m[1])) {
    const obj = session.lookup(m[1]);
    if (obj !== null) add(visible(dirOf(obj), m[2]), (n) => completionType(safeAttr(obj, n)), pos - len(m[2]));
  } else {
    m = NAME_RE.exec(before)!;
    const prefix = m[1];
    const from = pos - len(prefix);
    if (/\d/.test(prefix[0] ?? '')) return result([], pos, pos);
    const params = callParams(session, before.slice(0, before.length - prefix.length));
    const kw = params.filter((p) => p.startsWith(prefix)).map((p) => `${p}=`);
    const names = visible([...userNames(session), ...builtinNames()], prefix);
    const kws = KEYWORDS.filter((k) => k.startsWith(prefix));
    add(kw, () => 'param', from);
    add(names, (n) => completionType(session.lookup(n)), from);
    add(kws.filter((k) => !names.includes(k)), () => 'keyword', from);
  }
  return result(items, start, pos);
}

function result(items: CompletionItem[], start: number, end: number): CompleteResult {
  return { matches: items.map((i) => i.text), cursor_start: start, cursor_end: end, metadata: { _jupyter_types_experimental: items } };
}

function safeAttr(o: PyObject, name: string): PyObject | null {
  try { return o.ob_type.tp_getattro!(o, name); } catch { return null; }
}

function userNames(session: Session): string[] {
  return dictItems(session.ns).map(([k]) => k).filter((k): k is PyStr => k instanceof PyStr).map((k) => k.value);
}

function builtinNames(): string[] {
  return dictItems(interp.builtins!.md_dict).map(([k]) => k).filter((k): k is PyStr => k instanceof PyStr).map((k) => k.value);
}

/** Parameter names of the call the cursor is inside (`f(a, ` → f's parameters). */
function callParams(session: Session, before: string): string[] {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') { if (depth === 0) return []; depth--; }
    else if (c === '(') {
      if (depth > 0) { depth--; continue; }
      const m = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\s*$/.exec(before.slice(0, i));
      if (m === null) return [];
      const f = session.lookup(m[1]);
      return f === null ? [] : parameterNames(f);
    } else if (c === '\n' && depth === 0 && !/[,(\\]\s*$/.test(before.slice(0, i))) {
      return [];
    }
  }
  return [];
}
