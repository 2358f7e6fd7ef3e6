// ## Signatures for help, inspection and keyword completion
//
// Models what inspect.signature(obj) renders: `(a, b=1, /, c=2, *args, d, e=3, **kw)`
// from a function's code object, defaults and annotations; a bound method drops its first
// parameter; a class shows its __init__ without `self`; a builtin shows its
// __text_signature__ with `$module`/`$self` removed.  Builtins without one have none,
// as in CPython.

import { PyObject } from '../objects/object.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyCFunction, PyMethodDescr } from '../objects/descr.js';
import { PyType } from '../objects/type.js';
import { PyStr } from '../objects/str.js';
import { PyDict, dictGetStr } from '../objects/dict.js';
import { reprString } from '../objects/abstract.js';
import { typeLookup, typeQualName, typeModuleName } from '../objects/typeobject.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';

interface Param { name: string; kind: 'posonly' | 'normal' | 'varargs' | 'kwonly' | 'varkw'; default: string | null; annotation: string | null }

function annotationText(o: PyObject): string {
  if (o instanceof PyType) {
    const mod = typeModuleName(o);
    return mod === null || mod === 'builtins' ? typeQualName(o) : `${mod}.${typeQualName(o)}`;
  }
  if (o instanceof PyStr) return o.value;
  return reprString(o);
}

function functionParams(f: PyFunction): { params: Param[]; ret: string | null } {
  const u = f.func_code.unit;
  const names = u.co_localsplusnames;
  const defaults = f.func_defaults?.items ?? [];
  const ann = f.func_annotations instanceof PyDict ? f.func_annotations : null;
  const annOf = (n: string) => { const a = ann === null ? null : dictGetStr(ann, n); return a === null ? null : annotationText(a); };
  const params: Param[] = [];
  const firstDefault = u.co_argcount - defaults.length;
  for (let i = 0; i < u.co_argcount; i++) {
    params.push({ name: names[i], kind: i < u.co_posonlyargcount ? 'posonly' : 'normal',
      default: i >= firstDefault ? reprString(defaults[i - firstDefault]) : null, annotation: annOf(names[i]) });
  }
  let i = u.co_argcount + u.co_kwonlyargcount;
  if (u.co_flags & CO_VARARGS) params.push({ name: names[i++], kind: 'varargs', default: null, annotation: annOf(names[i - 1]) });
  for (let k = u.co_argcount; k < u.co_argcount + u.co_kwonlyargcount; k++) {
    const d = f.func_kwdefaults === null ? null : dictGetStr(f.func_kwdefaults, names[k]);
    params.push({ name: names[k], kind: 'kwonly', default: d === null ? null : reprString(d), annotation: annOf(names[k]) });
  }
  if (u.co_flags & CO_VARKEYWORDS) params.push({ name: names[i], kind: 'varkw', default: null, annotation: annOf(names[i]) });
  return { params, ret: annOf('return') };
}

function render(params: Param[], ret: string | null): string {
  const parts: string[] = [];
  let sawKwonlyMarker = false;
  params.forEach((p, i) => {
    if (p.kind === 'kwonly' && !sawKwonlyMarker && !params.some((q) => q.kind === 'varargs')) {
      parts.push('*');
      sawKwonlyMarker = true;
    }
    const ann = p.annotation === null ? '' : `: ${p.annotation}`;
    const def = p.default === null ? '' : p.annotation === null ? `=${p.default}` : ` = ${p.default}`;
    const star = p.kind === 'varargs' ? '*' : p.kind === 'varkw' ? '**' : '';
    parts.push(`${star}${p.name}${ann}${def}`);
    if (p.kind === 'posonly' && params[i + 1]?.kind !== 'posonly') parts.push('/');
  });
  return `(${parts.join(', ')})${ret === null ? '' : ` -> ${ret}`}`;
}

function paramsOf(o: PyObject): { params: Param[]; ret: string | null } | null {
  if (o instanceof PyFunction) return functionParams(o);
  if (o instanceof PyMethod) {
    const inner = paramsOf(o.im_func);
    return inner === null ? null : { params: inner.params.slice(1), ret: inner.ret };
  }
  if (o instanceof PyType) {
    const init = typeLookup(o, '__init__');
    if (init instanceof PyFunction) {
      const p = functionParams(init);
      return { params: p.params.slice(1), ret: null };
    }
    return null;
  }
  return null;
}

/** The signature text after the name, e.g. "(a, b=1)", or null when there is none. */
export function signatureOf(o: PyObject): string | null {
  const p = paramsOf(o);
  if (p !== null) return render(p.params, p.ret);
  const sig = o instanceof PyCFunction || o instanceof PyMethodDescr ? o.def.sig : undefined;
  if (sig === undefined) return null;
  return sig.replace(/^\(\$\w+(, )?/, '(').replace(/^\(\/, /, '(');
}

/** Parameters that can be passed by keyword, for completing `f(na` → `name=`. */
export function parameterNames(o: PyObject): string[] {
  const p = paramsOf(o);
  if (p !== null) return p.params.filter((q) => q.kind === 'normal' || q.kind === 'kwonly').map((q) => q.name);
  const sig = signatureOf(o);
  if (sig === null) return [];
  const inner = sig.slice(1, sig.indexOf(')'));
  const parts = inner.split(',').map((s) => s.trim());
  const slash = parts.indexOf('/');
  return parts.slice(slash + 1).filter((s) => /^\w/.test(s)).map((s) => s.split(/[=:]/)[0].trim());
}
