// ## Booting the interpreter
//
// Load every type's behaviour, make the types ready, connect the hooks that let low-level
// files reach higher-level ones without import cycles,
// then create `builtins` and `sys`.

import { initMainThread } from './vm/threads.js';
import './objects/typeobject.js';
import './objects/descrobject.js';
import './objects/super.js';
import './objects/fileio.js';
import './objects/types-all.js';
import './vm/gen.js';
import './vm/frameobject.js';
import './objects/exceptions_init.js';
import './modules/all.js';
import { readyAllTypes } from './objects/typeready.js';
import { connectHooks } from './hooks.js';
import { interp } from './vm/interp.js';
import { importModule } from './vm/import.js';
import { PyModule } from './objects/module.js';
import { installFrontEnd } from './frontend.js';
import { initMemory } from './memory/boot.js';
import { endBoot } from './memory/refcount.js';
import './memory/finalize.js';
import './memory/traverse.js';

let booted = false;

export function bootInterpreter(): void {
  if (booted) return;
  booted = true;
  readyAllTypes();
  initMemory();
  installFrontEnd();
  connectHooks();
  interp.builtins = importModule('builtins') as PyModule;
  interp.sys = importModule('sys') as PyModule;
  initMainThread();
  // Everything made so far (types, builtins, small ints, the sys module) is immortal.
  endBoot();
}
