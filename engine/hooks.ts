// ## Late bindings
//
// A few low-level files need functions defined in files that import them (the object model
// is one big cycle in CPython too).  Rather than import cycles that break at load time, they
// expose a hook object and this file, run once at boot, points each hook at the real thing.

import { constHooks } from './objects/consthooks.js';
import * as TO from './objects/typeobject.js';
import { genericGetAttrRef, methodDescrType, setAddHook } from './vm/eval.js';
import { PyMethodDescr_Type, PySet_Type, PyFrozenSet_Type, PyComplex_Type, PyBytes_Type } from './objects/typeobjects.js';
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

export function connectHooks(): void {
  genericGetAttrRef.fn = TO.genericGetAttr;
  methodDescrType.t = PyMethodDescr_Type;
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
  setAddHook.fn = (s, v) => { callMethod(s, 'add', [v]); };
  constHooks.complex = (re, im) => call(PyComplex_Type, [newFloat(re), newFloat(im)]);
  constHooks.bytes = (b) => call(PyBytes_Type, [newList(Array.from(b, (x) => newIntSmall(x)))]);
  constHooks.frozenset = (items) => call(PyFrozenSet_Type, [newList(items)]);
  setIterToArray(iterableToArray);
  void PySet_Type;
}

import { newInt } from './objects/int.js';
function newIntSmall(x: number) { return newInt(x); }
