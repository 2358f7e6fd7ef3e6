// ## module objects

import { PyObject } from './object.js';
import { gcTrack } from '../memory/gcstate.js';
import { PyModule_Type } from './typeobjects.js';
import { PyDict, dictSetStr, dictGetStr } from './dict.js';
import { newStr, PyStr } from './str.js';
import { Py_None } from './singletons.js';
import type { PyType } from './type.js';

export class PyModule extends PyObject {
  md_dict: PyDict;
  constructor(name: string, type: PyType = PyModule_Type) {
    super(type);
    this.md_dict = new PyDict();
    this.dict = this.md_dict;
    this.md_dict.ob_refcnt++; // the module owns its dict
    gcTrack(this); // module_traverse: its dict may hold it (a module importing itself)
    dictSetStr(this.md_dict, '__name__', newStr(name));
    dictSetStr(this.md_dict, '__doc__', Py_None);
    dictSetStr(this.md_dict, '__package__', Py_None);
    dictSetStr(this.md_dict, '__loader__', Py_None);
    dictSetStr(this.md_dict, '__spec__', Py_None);
  }
  get name(): string {
    const n = dictGetStr(this.md_dict, '__name__');
    return n instanceof PyStr ? n.value : "?";
  }
}
