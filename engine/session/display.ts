// ## Rich display: objects to MIME bundles
//
// Models IPython.core.formatters.DisplayFormatter.format: `text/plain` is always the repr;
// an object's `_repr_mimebundle_(include, exclude)` and `_repr_html_`, `_repr_svg_` ...
// methods add richer representations.  A method may return the data alone or a
// (data, metadata) tuple.  Bundles are plain JSON so they can cross a thread or a socket.

import { PyObject } from '../objects/object.js';
import { PyStr, newStr } from '../objects/str.js';
import { PyInt, newInt } from '../objects/int.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, dictItems, dictSetStr } from '../objects/dict.js';
import { PyBytes } from '../objects/bytesobject.js';
import { PyType } from '../objects/type.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { getAttrOpt, call, reprString } from '../objects/abstract.js';
import { PyBaseException } from '../objects/exceptions.js';
import { prettyText } from './pretty.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type MimeBundle = Record<string, Json>;

export interface DisplayMessage {
  kind: 'display_data' | 'execute_result' | 'update_display_data' | 'clear_output';
  data: MimeBundle;
  metadata: Record<string, Json>;
  transient: Record<string, Json>;
  executionCount?: number;
  wait?: boolean;
}

/** A Python value as JSON (dicts with str keys, lists, tuples, numbers, strings, None). */
export function pyToJson(o: PyObject): Json {
  if (o === Py_None) return null;
  if (o === Py_True) return true;
  if (o === Py_False) return false;
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyFloat) return Number.isFinite(o.value) ? o.value : null;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.map(pyToJson);
  if (o instanceof PyDict) {
    const out: Record<string, Json> = {};
    for (const [k, v] of dictItems(o)) out[k instanceof PyStr ? k.value : reprString(k)] = pyToJson(v);
    return out;
  }
  if (o instanceof PyBytes) return Buffer.from(o.data).toString('base64');
  return reprString(o);
}

/** The `_repr_*_` methods IPython's formatters look for, with the MIME type each fills. */
const REPR_METHODS: [string, string, 'text' | 'b64' | 'json'][] = [
  ['text/html', '_repr_html_', 'text'],
  ['text/markdown', '_repr_markdown_', 'text'],
  ['image/svg+xml', '_repr_svg_', 'text'],
  ['image/png', '_repr_png_', 'b64'],
  ['image/jpeg', '_repr_jpeg_', 'b64'],
  ['text/latex', '_repr_latex_', 'text'],
  ['application/json', '_repr_json_', 'json'],
  ['application/javascript', '_repr_javascript_', 'text'],
  ['application/pdf', '_repr_pdf_', 'b64'],
];

/** IPython's _get_real_method: bound methods of instances only, never of classes. */
function realMethod(o: PyObject, name: string): PyObject | null {
  if (o instanceof PyType) return null;
  try {
    return getAttrOpt(o, name);
  } catch {
    return null;
  }
}

function splitDataMetadata(r: PyObject): [PyObject, PyObject | null] {
  if (r instanceof PyTuple && r.items.length === 2) return [r.items[0], r.items[1]];
  return [r, null];
}

/** Warn like IPython's formatters do when a repr method raises, and carry on without it. */
function reportFormatterError(e: unknown, onError: (e: unknown) => void): void {
  if (e instanceof PyBaseException) onError(e);
  else throw e;
}

/**
 * Format an object for display: [data, metadata].  Exceptions from `_repr_*_` methods are
 * handed to onError (IPython prints them and skips that format); repr() errors propagate.
 */
export function formatObject(o: PyObject, onError: (e: unknown) => void, include: string[] | null = null, exclude: string[] | null = null): [MimeBundle, Record<string, Json>] {
  const data: MimeBundle = {};
  const md: Record<string, Json> = {};
  const wanted = (mime: string) => (include === null || include.includes(mime)) && (exclude === null || !exclude.includes(mime));
  const mb = realMethod(o, '_repr_mimebundle_');
  if (mb !== null) {
    try {
      const inc = include === null ? Py_None : listOfStr(include);
      const exc = exclude === null ? Py_None : listOfStr(exclude);
      const r = call(mb, [inc, exc]);
      if (r !== Py_None) {
        const [d, m] = splitDataMetadata(r);
        const dj = pyToJson(d), mj = m === null ? null : pyToJson(m);
        if (dj !== null && typeof dj === 'object' && !Array.isArray(dj)) for (const k of Object.keys(dj)) if (wanted(k)) data[k] = dj[k];
        if (mj !== null && typeof mj === 'object' && !Array.isArray(mj)) Object.assign(md, mj);
      }
    } catch (e) {
      reportFormatterError(e, onError);
    }
  }
  for (const [mime, name, kind] of REPR_METHODS) {
    if (mime in data || !wanted(mime)) continue;
    const m = realMethod(o, name);
    if (m === null) continue;
    try {
      const [d, meta] = splitDataMetadata(call(m, []));
      if (d === Py_None) continue;
      if (kind === 'b64') data[mime] = d instanceof PyBytes ? Buffer.from(d.data).toString('base64') : (pyToJson(d) as string);
      else if (kind === 'json') data[mime] = pyToJson(d);
      else data[mime] = d instanceof PyStr ? d.value : reprString(d);
      if (meta !== null) md[mime] = pyToJson(meta);
    } catch (e) {
      reportFormatterError(e, onError);
    }
  }
  if (!('text/plain' in data) && wanted('text/plain')) data['text/plain'] = prettyText(o);
  return [data, md];
}

function listOfStr(items: string[]): PyObject {
  return new PyList(items.map((s) => newStr(s)));
}

/** JSON back to Python values (dict, list, str, int, float, bool, None). */
export function jsonToPy(j: Json): PyObject {
  if (j === null) return Py_None;
  if (j === true) return Py_True;
  if (j === false) return Py_False;
  if (typeof j === 'string') return newStr(j);
  if (typeof j === 'number') return Number.isInteger(j) ? newInt(j) : newFloat(j);
  if (Array.isArray(j)) return new PyList(j.map(jsonToPy));
  const d = new PyDict();
  for (const [k, v] of Object.entries(j)) dictSetStr(d, k, jsonToPy(v));
  return d;
}
