// The Python half of the magics: engine/modules/lib/_glasspy_magics.py, imported on first use.

import type { PyObject } from '../objects/object.js';
import { getAttr } from '../objects/abstract.js';
import { importModule } from '../vm/import.js';

export function magicsHelper(name: string): PyObject {
  return getAttr(importModule('_glasspy_magics'), name);
}
