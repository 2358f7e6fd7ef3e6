// ## Late bindings
//
// A few low-level files need functions defined in files that import them (the object model
// is one big cycle in CPython too).  Rather than import cycles that break at load time, they
// expose a hook object and this file, run once at boot, points each hook at the real thing.

import { constHooks } from './objects/consthooks.js';
import * as TO from './objects/typeobject.js';
import { setAddHook } from './vm/eval.js';
import { PySet_Type, PyFrozenSet_Type, PyComplex_Type, PyBytes_Type } from './objects/typeobjects.js';
import { iterableToArray, getIter, callMethod, getAttrOpt, call } from './objects/abstract.js';
import { newExceptionArgs, KeyError, ValueError, NameError, BaseException, RecursionError } from './objects/exceptions.js';
import { tstate } from './vm/tstate.js';
import { PyNameErrorRef, sysHook } from './vm/ops.js';
import { excBase } from './vm/gen.js';
import { recursionErrorRef } from './modules/sys.js';
import { setStrFactory } from './objects/slots.js';
import { newStr } from './objects/str.js';
import { moduleLookupHook, ellipsisRef } from './objects/descrobject.js';
import { interp } from './vm/interp.js';
import { dictGetStr } from './objects/dict.js';
import { Py_Ellipsis, Py_None } from './objects/singletons.js';
import { newFloat } from './objects/float.js';
import { newList } from './objects/list.js';
import { setIterToArray } from './objects/exceptions_init.js';

import { newStrRef, setListFactory, PySet, setAdd } from './objects/setobject.js';
import { setDictStrFactory, setTypeRef, mappingProxyRef } from './objects/dictobject.js';
import { isTrueRef, setIterToInts } from './objects/longobject.js';
import { memoryErrorRef } from './objects/unicodeobject.js';
import { PyComplex } from './objects/complexobject.js';
import { PyBytes } from './objects/bytesobject.js';
import { PyMappingProxy } from './objects/typeobject.js';
import { MemoryError } from './objects/exceptions.js';
import { isTrue, index, warnHook } from './objects/abstract.js';
import { importModule } from './vm/import.js';
import { newInt as newInt2 } from './objects/int.js';

import { toIndexHook } from './objects/typeready.js';

import { zeroDivRef } from './modules/math.js';
import { ZeroDivisionError } from './objects/exceptions.js';

export function connectHooks(): void {
  zeroDivRef.t = ZeroDivisionError;
  toIndexHook.fn = (o) => Number(index(o).value);
  warnHook.fn = (category, message) => { callMethod(importModule('warnings'), 'warn', [newStr(message), category]); };
  newStrRef.fn = newStr;
  setListFactory(newList);
  setDictStrFactory(newStr);
  setTypeRef.t = PySet_Type;
  mappingProxyRef.make = (d) => new PyMappingProxy(d);
  isTrueRef.fn = isTrue;
  memoryErrorRef.t = MemoryError;
  setIterToInts((o) => iterableToArray(o).map((x) => Number(index(x).value)));
  void newInt2;
  TO.iterToArrayHook.fn = iterableToArray;
  TO.keyErrorHook.fn = (k) => newExceptionArgs(KeyError, [k]);
  TO.iterHook.fn = getIter;
  TO.callMethodHook.fn = (o, name) => callMethod(o, name, []);
  TO.lookupAttrOptHook.fn = getAttrOpt;
  TO.currentGlobalsHook.fn = () => tstate.frame?.f_globals ?? null;
  TO.valueErrorRef.t = ValueError;
  PyNameErrorRef.t = NameError;
  excBase.t = BaseException;
  recursionErrorRef.t = RecursionError;
  setStrFactory(newStr);
  ellipsisRef.v = Py_Ellipsis;
  moduleLookupHook.fn = (name) => dictGetStr(interp.modules, name) ?? Py_None;
  sysHook.displayhook = () => (interp.sys ? dictGetStr(interp.sys.md_dict, 'displayhook') : null);
  setAddHook.fn = (s, v) => { setAdd(s as PySet, v); };
  constHooks.complex = (re, im) => new PyComplex(re, im);
  constHooks.bytes = (b) => new PyBytes(Uint8Array.from(b));
  // The compiler's constant merging (merge_consts_recursive) rebuilds every frozenset constant
  // from the first one's iteration order, which reorders colliding entries; do the same.
  constHooks.frozenset = (items) =>
    call(PyFrozenSet_Type, [newList(iterableToArray(call(PyFrozenSet_Type, [newList(items)])))]);
  void PyComplex_Type; void PyBytes_Type; void newFloat; void newIntSmall;
  setIterToArray(iterableToArray);
  void PySet_Type;
}

import { newInt } from './objects/int.js';
function newIntSmall(x: number) { return newInt(x); }
