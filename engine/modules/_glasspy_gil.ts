// ## _glasspy_gil: glasspy's own knobs on the modelled GIL (engine/vm/threads.ts)
//
// set_deterministic(n): instead of after sys.getswitchinterval() seconds, the holder drops
// the GIL once it has executed n instructions while another thread waited — at the next
// eval-breaker check (where CPython 3.11 can switch), or with anywhere=True before any
// instruction (a teaching mode: what a switch between the load and the store of
// `counter += 1` does).  Switch points are then the same every run, for tests and demos;
// set_deterministic(0) returns to real time.  switch_count(): GIL hand-overs so far.

import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { PyInt, newInt } from '../objects/int.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { newBuiltin } from '../objects/descr.js';
import { parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError } from '../objects/exceptions.js';
import { typeName, isTrue } from '../objects/abstract.js';
import { gil, setDeterministic } from '../vm/threads.js';
import { defineModule } from './registry.js';

defineModule('_glasspy_gil', (m: PyModule) => {
  const md = m.md_dict;
  dictSetStr(md, 'set_deterministic', newBuiltin('set_deterministic', (_m, a, k) => {
    const [n, anywhere] = parseArgs('set_deterministic', a, k, { names: ['instructions', 'anywhere'], required: 1, posonly: 1 });
    if (!(n instanceof PyInt)) raiseTypeError(`'${typeName(n!)}' object cannot be interpreted as an integer`);
    const count = Number(n.value);
    if (count < 0) raiseValueError('the number of instructions must be non-negative');
    setDeterministic(count, anywhere !== null && isTrue(anywhere));
    return Py_None;
  }, '_glasspy_gil', '($module, instructions, /, anywhere=False)',
  'Drop the GIL after `instructions` instructions run while another thread waits\n' +
  '(0: after the switch interval, in real time).  The switch happens at the next\n' +
  'eval-breaker check, as CPython 3.11 places them; anywhere=True switches before\n' +
  'any instruction instead.'));
  dictSetStr(md, 'deterministic', newBuiltin('deterministic', () => newInt(gil.deterministic), '_glasspy_gil', '($module, /)',
    'The number of instructions between switches, or 0 in real time.'));
  dictSetStr(md, 'anywhere', newBuiltin('anywhere', () => (gil.anywhere ? Py_True : Py_False), '_glasspy_gil', '($module, /)',
    'True when the deterministic mode may switch before any instruction.'));
  dictSetStr(md, 'switch_count', newBuiltin('switch_count', () => newInt(gil.switches), '_glasspy_gil', '($module, /)',
    'How many times the GIL has changed hands.'));
});
