// ## function and bound-method objects

import { gcTrack } from '../memory/gcstate.js';
import { PyObject } from './object.js';
import { PyFunction_Type, PyMethod_Type } from './typeobjects.js';
import { PyCode } from './code.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { Py_None } from './singletons.js';

export class PyFunction extends PyObject {
  func_code: PyCode;
  func_globals: PyDict;
  func_builtins: PyDict;
  func_name: PyObject;
  func_qualname: PyObject;
  func_defaults: PyTuple | null;
  func_kwdefaults: PyDict | null;
  /** The tuple of cells MAKE_FUNCTION was given (CPython keeps that tuple object). */
  func_closure: PyTuple | null;
  func_doc: PyObject;
  func_module: PyObject;
  func_annotations: PyObject | null;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, name: PyObject, qualname: PyObject, module: PyObject) {
    super(PyFunction_Type);
    this.func_code = code;
    // func_new owns its globals and builtins: the functions of a module and its namespace
    // are a cycle, so a dead module's globals go by the collector, as in CPython.
    this.func_globals = globals;
    this.func_builtins = builtins;
    globals.ob_refcnt++;
    builtins.ob_refcnt++;
    // The names are counted: a generator keeps its function's names after the function is gone.
    this.func_name = name;
    this.func_qualname = qualname;
    name.ob_refcnt++;
    qualname.ob_refcnt++;
    code.ob_refcnt++;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_doc = Py_None;
    this.func_module = module;
    this.func_annotations = null;
    gcTrack(this);
  }
}

/** A function bound to an instance: `obj.method`. */
export class PyMethod extends PyObject {
  constructor(readonly im_func: PyObject, readonly im_self: PyObject) {
    super(PyMethod_Type);
    im_func.ob_refcnt++;
    im_self.ob_refcnt++;
    // method_new tracks it: a bound method stored on its own instance is a cycle.
    gcTrack(this);
  }
}
