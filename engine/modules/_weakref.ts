// ## _weakref: the native core of the weakref module (Modules/_weakref.c)
//
// ref (weakref.ReferenceType), proxy(), the proxy types, getweakrefcount(), getweakrefs()
// and _remove_dead_weakref() over engine/objects/weakrefobject.ts.  weakref.py builds
// WeakValueDictionary, WeakKeyDictionary, WeakMethod and finalize on these.

import type { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict, dictSetStr, dictGetItem, dictDelItem } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin, NativeFn } from '../objects/descr.js';
import { raiseTypeError } from '../objects/exceptions.js';
import { typeName } from '../objects/abstract.js';
import { defineModule } from './registry.js';
import {
  PyWeakref_RefType, PyWeakref_ProxyType, PyWeakref_CallableProxyType, newProxy, isWeakref,
} from '../objects/weakrefobject.js';
import { weakrefsOf } from '../memory/weaklists.js';

function unpackArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length < min) raiseTypeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) raiseTypeError(`${name} expected at most ${max} arguments, got ${args.length}`);
  return args;
}

function exactlyOne(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`_weakref.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

defineModule('_weakref', (m: PyModule) => {
  const d = m.md_dict;
  const f = (name: string, fn: NativeFn, sig: string, doc: string) => dictSetStr(d, name, newBuiltin(name, fn, '_weakref', sig, doc));
  dictSetStr(d, '__doc__', newStr('Weak-reference support module.'));
  dictSetStr(d, 'ref', PyWeakref_RefType);
  dictSetStr(d, 'ReferenceType', PyWeakref_RefType);
  dictSetStr(d, 'ProxyType', PyWeakref_ProxyType);
  dictSetStr(d, 'CallableProxyType', PyWeakref_CallableProxyType);
  f('getweakrefcount', (_m, a, k) => {
    const ob = exactlyOne('getweakrefcount', a, k);
    return newInt(ob.ob_type.tp_weakrefable ? weakrefsOf(ob).length : 0);
  }, '($module, object, /)', 'Return the number of weak references to \'object\'.');
  f('getweakrefs', (_m, a, k) => {
    const ob = exactlyOne('getweakrefs', a, k);
    return newList(ob.ob_type.tp_weakrefable ? weakrefsOf(ob).slice() : []);
  }, '($module, object, /)', 'Return a list of all weak reference objects pointing to \'object\'.');
  f('proxy', (_m, a, k) => {
    const [ob, cb] = unpackArgs('proxy', a, k, 1, 2);
    return newProxy(ob, cb ?? null);
  }, '($module, object, callback=None, /)', 'Create a proxy object that weakly references \'object\'.\n\n\'callback\', if given, is called with a reference to the\nproxy when \'object\' is about to be finalized.');
  f('_remove_dead_weakref', (_m, a, k) => {
    if (k !== null && k.length) raiseTypeError('_remove_dead_weakref() takes no keyword arguments');
    if (a.length !== 2) raiseTypeError(`_remove_dead_weakref expected 2 arguments, got ${a.length}`);
    const [dct, key] = a;
    if (!(dct instanceof PyDict)) raiseTypeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(dct)}`);
    // _PyDict_DelItemIf: delete the entry only if its value is a dead weak reference; a
    // missing key is not an error.
    const v = dictGetItem(dct, key);
    if (v === null) return Py_None;
    if (!isWeakref(v)) raiseTypeError('not a weakref');
    if (v.wr_object === null) dictDelItem(dct, key);
    return Py_None;
  }, '($module, dct, key, /)', 'Atomically remove key from dict if it points to a dead weakref.');
});
