// ## Interpreter shutdown after the atexit functions (Python/pylifecycle.c, 3.11)
//
// Models what Py_FinalizeEx does once the non-daemon threads are joined and the atexit
// functions have run, as far as a Python program can see it: which finalizers (__del__,
// weakref callbacks) run, and in which order.
//   1. PyGC_Collect(): a full collection, with gc.callbacks, unless gc.disable() was called;
//   2. finalize_modules():
//      a. finalize_modules_delete_special: sys.last_*, sys.path, sys.argv ... become None and
//         sys.stdin/stdout/stderr get their __std*__ originals back;
//      b. every sys.modules value becomes None (in import order), then sys.modules is
//         emptied: a module nothing else holds is freed, and its namespace with it — by
//         reference counting, or by the next step if functions defined there keep it in a
//         cycle (so __main__'s objects usually go in the collector's order);
//      c. _PyGC_CollectNoFail: a full collection without callbacks, even if gc is disabled;
//      d. modules still alive (held from elsewhere) get their namespaces cleared as
//         _PyModule_ClearDict does, the last imported first;
//      e. another collection.
// CPython then wipes sys and builtins too; glasspy keeps them (the exit flushes sys.stdout
// through them), so an object only sys or builtins holds is never finalized here.

import { PyModule } from '../objects/module.js';
import { PyObject } from '../objects/object.js';
import { PyDict, dictSetStr, dictGetStr, dictItems, dictSetItem, dictClear } from '../objects/dict.js';
import { Py_None } from '../objects/singletons.js';
import { PyStr } from '../objects/str.js';
import { drainAll, DEAD } from '../memory/refcount.js';
import { collectGeneration, collectHook, gcState, NUM_GENERATIONS } from '../memory/gc.js';
import { interp } from './interp.js';

/** sys attributes finalize_modules_delete_special sets to None. */
const SYS_DELETES = [
  'path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback',
  'path_hooks', 'path_importer_cache', 'meta_path', '__interactivehook__',
];
const SYS_FILES = [['stdin', '__stdin__'], ['stdout', '__stdout__'], ['stderr', '__stderr__']];

/**
 * Interpreter shutdown clears a module's namespace as _PyModule_ClearDict does: names with a
 * single leading underscore become None first, then every other name but __builtins__, in
 * dict order; what that frees is freed at once (so __del__ methods run then, in that order).
 */
export function clearModuleDict(d: PyDict): void {
  const pass = (first: boolean) => {
    for (const [k, v] of dictItems(d)) {
      if (v === Py_None || !(k instanceof PyStr)) continue;
      const s = k.value;
      const single = s[0] === '_' && s[1] !== '_';
      if (first ? single : (s[0] !== '_' || s !== '__builtins__')) {
        dictSetStr(d, s, Py_None);
        drainAll();
      }
    }
  };
  pass(true);
  pass(false);
}

/** Steps 1-2 above (the caller has joined the threads and run the atexit functions). */
export function finalizeInterpreter(): void {
  // PyGC_Collect returns at once while gc is disabled.
  if (gcState.enabled) collectHook.run(NUM_GENERATIONS - 1);
  const sysd = interp.sys!.md_dict;
  for (const name of SYS_DELETES) if (dictGetStr(sysd, name) !== null) dictSetStr(sysd, name, Py_None);
  for (const [name, orig] of SYS_FILES) dictSetStr(sysd, name, dictGetStr(sysd, orig) ?? Py_None);
  drainAll();
  // finalize_remove_modules: the weak list is the modules in import order; a module still
  // alive after the collection below is one something else holds.
  const modules = interp.modules;
  const imported: PyModule[] = [];
  for (const [name, mod] of dictItems(modules)) {
    if (!(mod instanceof PyModule)) continue;
    imported.push(mod);
    dictSetItem(modules, name, Py_None);
    drainAll();
  }
  dictClear(modules);
  drainAll();
  collectGeneration(NUM_GENERATIONS - 1);
  for (let i = imported.length - 1; i >= 0; i--) {
    const mod = imported[i];
    if (!isAlive(mod) || mod === interp.sys || mod === interp.builtins) continue;
    clearModuleDict(mod.md_dict);
  }
  collectGeneration(NUM_GENERATIONS - 1);
}

function isAlive(o: PyObject): boolean {
  return o.ob_refcnt > 0 && o.ob_refcnt !== DEAD;
}
