// ## str.format and str.format_map
//
// Models Objects/stringlib/unicode_format.h: literal text with {{ }}, replacement fields
// {field_name!conversion:format_spec} where the field name is an index or keyword followed
// by .attr and [key] parts, nested fields inside the spec, and automatic numbering.

import { PyObject } from './object.js';
import { PyStr, newStr } from './str.js';
import { newInt } from './int.js';
import { raiseValueError, raiseIndexError, raiseKeyError, raise, KeyError, IndexError } from './exceptions.js';
import { getAttr, getItem, reprString, strString, formatObject } from './abstract.js';
import { asciiOf } from '../vm/ascii.js';

export function strFormat(fmt: string, args: PyObject[], kwnames: string[] | null, mapping: PyObject | null): string {
  const npos = args.length - (kwnames?.length ?? 0);
  const positional = args.slice(0, npos);
  const kw = new Map<string, PyObject>();
  kwnames?.forEach((k, i) => kw.set(k, args[npos + i]));
  const state = { auto: 0, mode: '' as '' | 'auto' | 'manual' };

  const lookup = (first: string): PyObject => {
    if (first === '' || /^\d+$/.test(first)) {
      let i: number;
      if (first === '') {
        if (state.mode === 'manual') raiseValueError('cannot switch from manual field specification to automatic field numbering');
        state.mode = 'auto';
        i = state.auto++;
      } else {
        if (state.mode === 'auto') raiseValueError('cannot switch from automatic field numbering to manual field specification');
        state.mode = 'manual';
        i = Number(first);
      }
      if (mapping !== null) raiseValueError('Format string contains positional fields');
      if (i >= positional.length) raiseIndexError(`Replacement index ${i} out of range for positional args tuple`);
      return positional[i];
    }
    if (mapping !== null) return getItem(mapping, newStr(first));
    const v = kw.get(first);
    if (v === undefined) raiseKeyError(newStr(first));
    return v;
  };

  const field = (spec: string, level: number): string => {
    // Split name, conversion, format spec (brackets may contain ':' or '!').
    let i = 0, depth = 0;
    while (i < spec.length) {
      const c = spec[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (depth === 0 && (c === '!' || c === ':')) break;
      i++;
    }
    const name = spec.slice(0, i);
    let conv: string | null = null;
    let fspec = '';
    if (spec[i] === '!') {
      conv = spec[i + 1] ?? '';
      if (spec.length > i + 2 && spec[i + 2] !== ':') raiseValueError('expected \':\' after conversion specifier');
      if (conv === '' || spec[i + 1] === ':') raiseValueError('end of string while looking for conversion specifier');
      i += 2;
    }
    if (spec[i] === ':') fspec = spec.slice(i + 1);
    // The name: first part, then .attr / [key] accessors.
    const m = /^([^.[]*)(.*)$/.exec(name)!;
    let obj = lookup(m[1]);
    let rest = m[2];
    while (rest) {
      if (rest[0] === '.') {
        const a = /^\.([^.[]*)/.exec(rest)!;
        if (a[1] === '') raiseValueError('Empty attribute in format string');
        obj = getAttr(obj, a[1]);
        rest = rest.slice(a[0].length);
      } else if (rest[0] === '[') {
        const end = rest.indexOf(']');
        if (end < 0) raiseValueError("Missing ']' in format string");
        const key = rest.slice(1, end);
        obj = getItem(obj, /^\d+$/.test(key) ? newInt(Number(key)) : newStr(key));
        rest = rest.slice(end + 1);
      } else {
        raiseValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    }
    if (conv === 'r') obj = newStr(reprString(obj));
    else if (conv === 's') obj = newStr(strString(obj));
    else if (conv === 'a') obj = newStr(asciiOf(reprString(obj)));
    else if (conv !== null) raiseValueError(`Unknown conversion specifier ${conv}`);
    // Nested fields in the spec are expanded first.
    const expanded = fspec.includes('{') ? render(fspec, level + 1) : fspec;
    return formatObject(obj, expanded);
  };

  const render = (s: string, level: number): string => {
    // string_format.h: build_string — a spec may nest fields one level deep, no more.
    if (level > 1) raiseValueError('Max string recursion exceeded');
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '{') {
        if (s[i + 1] === '{') { out += '{'; i++; continue; }
        let depth = 1, j = i + 1;
        for (; j < s.length; j++) {
          if (s[j] === '{') depth++;
          else if (s[j] === '}') { depth--; if (depth === 0) break; }
        }
        if (j >= s.length) raiseValueError("Single '{' encountered in format string");
        out += field(s.slice(i + 1, j), level);
        i = j;
      } else if (c === '}') {
        if (s[i + 1] === '}') { out += '}'; i++; continue; }
        raiseValueError("Single '}' encountered in format string");
      } else out += c;
    }
    return out;
  };
  return render(fmt, 0);
}
export { PyStr, raise, KeyError, IndexError };
