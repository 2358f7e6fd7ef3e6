// ## Finalizers at deallocation (PEP 442)
//
// PyObject_CallFinalizerFromDealloc: a type's tp_finalize (a class's __del__, a generator's
// close()) runs once per object, when its count reaches 0 (or when the cycle collector finds
// it unreachable).  An exception in it is "unraisable": PyErr_WriteUnraisable prints
// "Exception ignored in: <repr>" and the traceback on sys.stderr, and deallocation goes on.

import { PyObject } from '../objects/object.js';
import { PyBaseException } from '../objects/exceptions.js';
import { typeLookup } from '../objects/typeobject.js';
import { reprString, callMethod } from '../objects/abstract.js';
import { dictGetStr } from '../objects/dict.js';
import { newStr } from '../objects/str.js';
import { Py_None } from '../objects/singletons.js';
import { interp } from '../vm/interp.js';
import { formatException } from '../vm/traceback.js';
import { stdio } from '../vm/stdio.js';
import { deallocHooks, releaseLater } from './refcount.js';

/**
 * PyErr_WriteUnraisable(obj): "Exception ignored in: ..." and the traceback, on sys.stderr;
 * `where` gives _PyErr_WriteUnraisableMsg's wording ("in atexit callback").
 */
export function writeUnraisable(e: PyBaseException, obj: PyObject | null, where = 'in'): void {
  const head = obj === null ? `Exception ignored ${where}: None\n` : `Exception ignored ${where}: ${safeRepr(obj)}\n`;
  writeSysStderr(head + formatException(e));
}

/** PySys_WriteStderr: to sys.stderr (so redirect_stderr captures it), else the process's fd 2. */
export function writeSysStderr(text: string): void {
  const err = interp.sys === null ? null : dictGetStr(interp.sys.md_dict, 'stderr');
  try {
    if (err !== null && err !== Py_None) {
      // PyFile_WriteString: the bound write() and its result are dropped.
      releaseLater(callMethod(err, 'write', [newStr(text)]));
      return;
    }
  } catch (e2) {
    if (!(e2 instanceof PyBaseException)) throw e2;
    releaseLater(e2);
  }
  stdio.sink.write(2, text);
}

function safeRepr(o: PyObject): string {
  try {
    return reprString(o);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `<object repr() failed>`;
  }
}

deallocHooks.hasFinalizer = (o: PyObject): boolean => o.ob_type.tp_finalize !== null;

deallocHooks.finalize = (o: PyObject): void => {
  const fin = o.ob_type.tp_finalize!;
  try {
    fin(o);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    // slot_tp_finalize reports the __del__ function; other finalizers report the object.
    const del = typeLookup(o.ob_type, '__del__');
    writeUnraisable(e, del ?? o);
  }
};
