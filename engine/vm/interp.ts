// ## Interpreter state
//
// What CPython keeps in PyInterpreterState: sys.modules, the builtins dict, and the sys
// module's own dict (sys.path, sys.argv ... live there and are read back from it, so user
// code that rebinds sys.path is honoured).

import { PyDict, dictGetStr } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import type { PyObject } from '../objects/object.js';

export const interp = {
  modules: new PyDict(),
  builtins: null as PyModule | null,
  sys: null as PyModule | null,
};

export function builtinsDict(): PyDict {
  return interp.builtins!.md_dict;
}

export function sysAttr(name: string): PyObject | null {
  return interp.sys === null ? null : dictGetStr(interp.sys.md_dict, name);
}
