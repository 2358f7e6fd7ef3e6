// ## _glasspy_abc: the type flags abc's ABCMeta sets for pattern matching
//
// Not a CPython module.  CPython's ABCMeta is C code (Modules/_abc.c) that also sets the
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING flags `match` reads: a class body's
// `__abc_tpflags__` (collections.abc.Sequence and Mapping have one) becomes the class's flag
// (_abc__abc_init), and `register()` passes an ABC's flag on to the registered class and its
// subclasses (_abc__abc_register).  glasspy's abc module is Python, so it asks this module
// for those two steps, and for the membership test of its caches (sets of weak references to
// classes, as _abc.c keeps them), which every isinstance() against an ABC makes.

import { defineModule } from './registry.js';
import { PyModule } from '../objects/module.js';
import type { PyObject } from '../objects/object.js';
import { dictSetStr, dictGetStr, dictDelStr } from '../objects/dict.js';
import { PyInt, intToBig } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newBuiltin } from '../objects/descr.js';
import { Py_None, Py_True, Py_False } from '../objects/singletons.js';
import { raiseTypeError } from '../objects/exceptions.js';
import { PyType, COLLECTION_FLAGS, Py_TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { PyLong_Type } from '../objects/typeobjects.js';
import { PySet, setContains } from '../objects/setobject.js';
import { weaklists } from '../memory/weaklists.js';

function arity(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) raiseTypeError(`${name}() takes exactly ${n} argument${n === 1 ? '' : 's'} (${args.length} given)`);
}

/** Models _abc__abc_init's flag part: `__abc_tpflags__` in the class dict becomes tp_flags. */
function initFlags(cls: PyObject): PyObject {
  if (!(cls instanceof PyType) || cls.tp_dict === null) return Py_None;
  const flags = dictGetStr(cls.tp_dict, '__abc_tpflags__');
  if (flags === null) return Py_None;
  if (flags instanceof PyInt && flags.ob_type === PyLong_Type) {
    const val = Number(BigInt.asIntN(64, intToBig(flags)) & BigInt(COLLECTION_FLAGS));
    if (val === COLLECTION_FLAGS) raiseTypeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    cls.tp_flags |= val;
  }
  dictDelStr(cls.tp_dict, '__abc_tpflags__');
  return Py_None;
}

/** Models _abc.c: set_collection_flag_recursive() — static (immutable) types keep theirs. */
function setCollectionFlagRecursive(child: PyType, flag: number): void {
  if (!(child.tp_flags & Py_TPFLAGS_HEAPTYPE) || (child.tp_flags & COLLECTION_FLAGS) === flag) return;
  child.tp_flags = (child.tp_flags & ~COLLECTION_FLAGS) | flag;
  for (const grandchild of child.tp_subclasses) setCollectionFlagRecursive(grandchild, flag);
}

/** Models _abc__abc_register's flag part: the ABC's collection flag goes to the subclass. */
function registerFlags(abc: PyObject, subclass: PyObject): PyObject {
  if (abc instanceof PyType && subclass instanceof PyType) {
    const flag = abc.tp_flags & COLLECTION_FLAGS;
    if (flag) setCollectionFlagRecursive(subclass, flag);
  }
  return Py_None;
}

/**
 * Models _abc.c: _in_weak_set() — is a weak reference to `obj` in the set `s`?  _abc.c makes
 * a weak reference to look it up with; any existing one does as well (weak references to
 * the same live object hash and compare equal), and an object with none is in no such set,
 * so the common miss costs no allocation.
 */
function inWeakSet(s: PyObject, obj: PyObject): boolean {
  if (!(s instanceof PySet) || s.used === 0) return false;
  const refs = weaklists.get(obj);
  return refs !== undefined && setContains(s, refs[0]);
}

defineModule('_glasspy_abc', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr("The pattern-matching type flags of abc.ABCMeta (not a CPython module)."));
  dictSetStr(d, 'init_flags', newBuiltin('init_flags', (_s, args) => { arity('init_flags', args, 1); return initFlags(args[0]); }, '_glasspy_abc', 'init_flags(cls, /)',
    "Set cls's Py_TPFLAGS_SEQUENCE/MAPPING from __abc_tpflags__ in its namespace, and remove that entry."));
  dictSetStr(d, 'register_flags', newBuiltin('register_flags', (_s, args) => { arity('register_flags', args, 2); return registerFlags(args[0], args[1]); }, '_glasspy_abc',
    'register_flags(abc, subclass, /)', "Give subclass (and its subclasses) abc's Py_TPFLAGS_SEQUENCE/MAPPING flag."));
  dictSetStr(d, 'in_weak_set', newBuiltin('in_weak_set', (_s, args) => { arity('in_weak_set', args, 2); return inWeakSet(args[0], args[1]) ? Py_True : Py_False; }, '_glasspy_abc',
    'in_weak_set(set, obj, /)', 'Whether set (of weak references) holds a weak reference to obj.'));
});
