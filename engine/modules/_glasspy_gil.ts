// ## _glasspy_gil: glasspy's own knobs on the modelled GIL (engine/vm/threads.ts)
//
// set_deterministic(n): drop the GIL every n eval-breaker checks when another thread waits,
// instead of after sys.getswitchinterval() seconds — reproducible switch points for tests
// and demos; set_deterministic(0) returns to real time.  switch_count(): GIL hand-overs so far.

import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyInt, newInt } from '../objects/int.js';
import { Py_None } from '../objects/singletons.js';
import { newBuiltin } from '../objects/descr.js';
import { raiseTypeError, raiseValueError } from '../objects/exceptions.js';
import { typeName } from '../objects/abstract.js';
import { gil, setDeterministic } from '../vm/threads.js';
import { defineModule } from './registry.js';

defineModule('_glasspy_gil', (m: PyModule) => {
  const md = m.md_dict;
  dictSetStr(md, 'set_deterministic', newBuiltin('set_deterministic', (_m, a) => {
    if (a.length !== 1) raiseTypeError(`set_deterministic() takes exactly one argument (${a.length} given)`);
    if (!(a[0] instanceof PyInt)) raiseTypeError(`'${typeName(a[0])}' object cannot be interpreted as an integer`);
    const n = Number(a[0].value);
    if (n < 0) raiseValueError('the number of checks must be non-negative');
    setDeterministic(n);
    return Py_None;
  }, '_glasspy_gil', '($module, checks, /)', 'Drop the GIL every `checks` eval-breaker checks (0: after the switch interval).'));
  dictSetStr(md, 'deterministic', newBuiltin('deterministic', () => newInt(gil.deterministic), '_glasspy_gil', '($module, /)',
    'The number of checks between switches, or 0 in real time.'));
  dictSetStr(md, 'switch_count', newBuiltin('switch_count', () => newInt(gil.switches), '_glasspy_gil', '($module, /)',
    'How many times the GIL has changed hands.'));
});
