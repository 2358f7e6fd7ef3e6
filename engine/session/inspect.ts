// ## Object help: inspect_request, `obj?` and `obj??`
//
// Models IPython.core.oinspect.Inspector.info / _format_fields: a block of "Title: value"
// fields with red titles padded to the longest title, a multi-line value starting on the
// line after its title.  Callables show Signature, Docstring (Source at detail level 1),
// File and Type; classes their Init signature; other objects Type, String form, Length
// and Docstring.  IPython colours source with Pygments; glasspy shows it plain.

import type { Session } from './session.js';
import { PyObject } from '../objects/object.js';
import { PyStr } from '../objects/str.js';
import { PyType } from '../objects/type.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyCFunction, PyMethodDescr } from '../objects/descr.js';
import { PyModule } from '../objects/module.js';
import { dictGetStr } from '../objects/dict.js';
import { getAttrOpt, reprString, strString, length } from '../objects/abstract.js';
import { typeQualName } from '../objects/typeobject.js';
import { getSourceLine } from '../vm/traceback.js';
import { signatureOf } from './signature.js';

export interface InspectResult { status: 'ok'; found: boolean; data: Record<string, string>; metadata: Record<string, never> }

const RED = '\x1b[0;31m', NORMAL = '\x1b[0m';

/** inspect.cleandoc: strip the common indentation of lines after the first, and blank edges. */
export function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const l of lines.slice(1)) {
    const s = l.trimStart();
    if (s) margin = Math.min(margin, l.length - s.length);
  }
  const out = [lines[0].trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length && !out[out.length - 1].trim()) out.pop();
  while (out.length && !out[0].trim()) out.shift();
  return out.join('\n');
}

function docOf(o: PyObject): string | null {
  try {
    const d = o instanceof PyFunction ? o.func_doc : getAttrOpt(o, '__doc__');
    return d instanceof PyStr ? cleandoc(d.value) : null;
  } catch {
    return null;
  }
}

function sourceOf(o: PyObject): { file: string; text: string } | null {
  const f = o instanceof PyMethod ? o.im_func : o;
  if (!(f instanceof PyFunction)) return null;
  const u = f.func_code.unit;
  const first = getSourceLine(u.co_filename, u.co_firstlineno);
  if (first === null) return null;
  // inspect.getblock: the def line, then every line indented deeper (or blank).
  const indent = first.length - first.trimStart().length;
  const lines = [first.replace(/\n$/, '')];
  let inHeader = !/:\s*(#.*)?$/.test(first.trimEnd());
  for (let n = u.co_firstlineno + 1; ; n++) {
    const l = getSourceLine(u.co_filename, n);
    if (l === null) break;
    const body = l.replace(/\n$/, '');
    if (body.trim() !== '' && body.length - body.trimStart().length <= indent && !inHeader) break;
    if (inHeader && /:\s*(#.*)?$/.test(body.trimEnd())) inHeader = false;
    lines.push(body);
  }
  while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
  return { file: u.co_filename, text: lines.join('\n') + '\n' };
}

function typeName(o: PyObject): string {
  return typeQualName(o.ob_type);
}

function formatFields(fields: [string, string][]): string {
  const width = Math.max(...fields.map(([t]) => t.length + 2));
  return fields.map(([title, content]) => {
    if (content.split('\n').length > 1) return `${RED}${title}:${NORMAL}\n${content}`;
    return `${RED}${title}:${NORMAL}${' '.repeat(width - title.length - 1)}${content}`;
  }).join('\n') + '\n';
}

/** The text IPython's pinfo shows for obj (detail 0: `obj?`, detail 1: `obj??`). */
export function pinfoText(_session: Session, obj: PyObject, name: string, detail: 0 | 1): string {
  const fields: [string, string][] = [];
  const doc = docOf(obj);
  const src = detail > 0 ? sourceOf(obj) : null;
  const fn = obj instanceof PyFunction ? obj : obj instanceof PyMethod && obj.im_func instanceof PyFunction ? obj.im_func : null;
  const shortName = name.split('.').pop()!;
  if (obj instanceof PyType) {
    const sig = signatureOf(obj);
    if (sig !== null) fields.push(['Init signature', `${shortName}${sig}`]);
    fields.push(['Docstring', doc ?? '<no docstring>']);
    fields.push(['Type', typeName(obj)]);
  } else if (fn !== null || obj instanceof PyCFunction || obj instanceof PyMethodDescr) {
    const sig = signatureOf(obj);
    if (sig !== null) fields.push(['Signature', `${shortName}${sig}`]);
    if (src !== null) fields.push(['Source', src.text.replace(/\n$/, '')]);
    else fields.push(['Docstring', doc ?? '<no docstring>']);
    if (fn !== null) fields.push(['File', fn.func_code.unit.co_filename]);
    fields.push(['Type', typeName(obj)]);
  } else {
    fields.push(['Type', typeName(obj)]);
    let form = '';
    try { form = strString(obj); } catch { form = reprString(obj); }
    if (form.length > 200) form = `${form.slice(0, 100)}<...>${form.slice(-100)}`;
    fields.push(['String form', form]);
    if (obj instanceof PyModule) {
      const file = dictGetStr(obj.md_dict, '__file__');
      if (file instanceof PyStr) fields.push(['File', file.value]);
    } else {
      try { fields.push(['Length', String(length(obj))]); } catch { /* no len() */ }
    }
    if (doc !== null) fields.push(['Docstring', doc]);
  }
  return formatFields(fields);
}

/** The dotted name under the cursor, or the function whose call the cursor is in. */
function nameAt(code: string, cursorPos: number): string | null {
  const cps = Array.from(code);
  const pos = Math.max(0, Math.min(cursorPos, cps.length));
  const isName = (c: string | undefined) => c !== undefined && /[\w.]/.test(c);
  let s = pos, e = pos;
  while (isName(cps[s - 1])) s--;
  while (isName(cps[e])) e++;
  const word = cps.slice(s, e).join('').replace(/^\.+|\.+$/g, '');
  if (/^[A-Za-z_][\w.]*$/.test(word)) return word;
  // Inside a call's parentheses: the callee.
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = cps[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth-- > 0) continue;
      const m = /([A-Za-z_][\w.]*)\s*$/.exec(cps.slice(0, i).join(''));
      return m === null ? null : m[1];
    }
  }
  return null;
}

export function inspectObject(session: Session, code: string, cursorPos: number, detail: 0 | 1): InspectResult {
  const name = nameAt(code, cursorPos);
  const obj = name === null ? null : session.lookup(name);
  if (name === null || obj === null) return { status: 'ok', found: false, data: {}, metadata: {} };
  return { status: 'ok', found: true, data: { 'text/plain': pinfoText(session, obj, name, detail) }, metadata: {} };
}
