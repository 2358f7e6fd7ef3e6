// ## _opcode: the compiler's opcode table, for the `opcode` and `dis` modules
//
// Models Modules/_opcode.c (3.11): stack_effect() and get_specialization_stats().  CPython's
// Lib/opcode.py writes the opcode table out in Python; glasspy's compiler already has it
// (engine/compiler/opcode.ts, generated from CPython's), so this module also hands that
// table to engine/modules/lib/opcode.py as private attributes (`_opname`, `_opmap`, ...):
// one source of truth for the compiler, the VM and `dis`.

import { PyObject } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { PyDict, newDict, dictSetStr } from '../objects/dict.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { raiseValueError, raiseTypeError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { parseArgs } from '../objects/args.js';
import { newBuiltin } from '../objects/descr.js';
import { defineModule } from './registry.js';
import * as opcode from '../compiler/opcode.js';
import { stackEffect } from '../compiler/stackeffect.js';
import {
  SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
} from '../compiler/instr.js';

const ints = (a: readonly number[]) => newList(a.map((x) => newInt(x)));
const strs = (a: readonly string[]) => newList(a.map((x) => newStr(x)));

/** compile.c (3.11) numbers its pseudo-instructions -1 .. -10; glasspy's differ (instr.ts). */
const pseudo = [SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE];

/** CPython's PY_INVALID_STACK_EFFECT (null): unused opcode numbers have no effect. */
function effectOrNull(op: number, arg: number, jump: boolean): number | null {
  if (op < 0 && op >= -pseudo.length) op = pseudo[-op - 1];
  else if (op < 0 || op > 255 || opcode.opname[op].startsWith('<')) return null;
  try {
    return stackEffect(op, arg, jump);
  } catch {
    return null;
  }
}

// Models Modules/_opcode.c: _opcode_stack_effect_impl() and compile.c's
// PyCompile_OpcodeStackEffectWithJump(): jump=None means the larger of the two paths.
function opcode_stack_effect(_m: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (args.length - (kw === null ? 0 : kw.length) < 1) {
    raiseTypeError(`stack_effect() takes at least 1 positional argument (${args.length - (kw === null ? 0 : kw.length)} given)`);
  }
  const [opObj, opargObj, jumpObj] = parseArgs('stack_effect', args, kw, {
    names: ['opcode', 'oparg', 'jump'], required: 1, posonly: 2, kwonlyFrom: 2,
  });
  const op = Number(index(opObj!).value);
  let oparg = 0;
  if (op >= opcode.HAVE_ARGUMENT) {
    if (opargObj === null || opargObj === Py_None) {
      raiseValueError('stack_effect: opcode requires oparg but oparg was not specified');
    }
    oparg = Number(index(opargObj).value);
  } else if (opargObj !== null && opargObj !== Py_None) {
    raiseValueError('stack_effect: opcode does not permit oparg but oparg was specified');
  }
  let effect: number | null;
  if (jumpObj === null || jumpObj === Py_None) {
    const a = effectOrNull(op, oparg, true), b = effectOrNull(op, oparg, false);
    effect = a === null || b === null ? null : Math.max(a, b);
  } else if (jumpObj === Py_True || jumpObj === Py_False) {
    effect = effectOrNull(op, oparg, jumpObj === Py_True);
  } else {
    raiseValueError('stack_effect: jump must be False, True or None');
  }
  if (effect === null) raiseValueError('invalid opcode or oparg');
  return newInt(effect);
}

function cacheFormat(): PyDict {
  const d = newDict();
  for (const [family, fields] of Object.entries(opcode.cacheFormat)) {
    const f = newDict();
    for (const [name, size] of fields) dictSetStr(f, name, newInt(size));
    dictSetStr(d, family, f);
  }
  return d;
}

defineModule('_opcode', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr('Opcode support module.'));
  dictSetStr(d, 'stack_effect', newBuiltin('stack_effect', opcode_stack_effect, '_opcode',
    '($module, opcode, oparg=None, /, *, jump=None)', 'Compute the stack effect of the opcode.'));
  // Built without Py_STATS, CPython's get_specialization_stats() returns None; glasspy does not specialise.
  dictSetStr(d, 'get_specialization_stats', newBuiltin('get_specialization_stats', () => Py_None, '_opcode',
    '($module, /)', 'Return the specialization stats'));
  dictSetStr(d, '_opname', strs(opcode.opname));
  const opmap = newDict();
  for (const [name, code] of Object.entries(opcode.opmap)) dictSetStr(opmap, name, newInt(code));
  dictSetStr(d, '_opmap', opmap);
  for (const k of ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs'] as const) {
    dictSetStr(d, `_${k}`, ints(opcode[k]));
  }
  dictSetStr(d, '_HAVE_ARGUMENT', newInt(opcode.HAVE_ARGUMENT));
  dictSetStr(d, '_EXTENDED_ARG', newInt(opcode.EXTENDED_ARG));
  dictSetStr(d, '_cmp_op', newTuple(opcode.cmp_op.map((s) => newStr(s))));
  dictSetStr(d, '_nb_ops', newList(opcode.nbOps.map(([a, b]) => newTuple([newStr(a), newStr(b)]))));
  const spec = newDict();
  for (const [base, family] of Object.entries(opcode.specializations)) dictSetStr(spec, base, strs(family));
  dictSetStr(d, '_specializations', spec);
  dictSetStr(d, '_cache_format', cacheFormat());
});
