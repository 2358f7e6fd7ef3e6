// ## Pattern matching at run time (PEP 634)
//
// The work behind MATCH_CLASS and MATCH_KEYS, modelled on Python/ceval.c (3.11):
// match_class() and match_keys().  MATCH_MAPPING and MATCH_SEQUENCE only read the subject
// type's Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE (engine/objects/type.ts), which builtin
// types carry, classes inherit along their MRO, and abc.ABCMeta passes on to the classes
// registered with collections.abc.Mapping / Sequence (engine/modules/_glasspy_abc.ts).

import type { PyObject } from '../objects/object.js';
import { Py_EQ } from '../objects/object.js';
import { PyType, _Py_TPFLAGS_MATCH_SELF } from '../objects/type.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyStr } from '../objects/str.js';
import { ValueError, raise, raiseTypeError } from '../objects/exceptions.js';
import { getAttr, getAttrOpt, call, isInstance, hashObject, richCompareBool, reprString, typeName } from '../objects/abstract.js';
import { PyBaseObject_Type, PyTuple_Type, PyUnicode_Type } from '../objects/typeobjects.js';
import { Py_DECREF, releaseLater } from '../memory/refcount.js';


/** Models ceval.c: match_class_attr() — one attribute, each name at most once. */
function matchClassAttr(subject: PyObject, type: PyType, name: string, seen: Set<string>): PyObject | null {
  if (seen.has(name)) raiseTypeError(`${type.tp_name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  return getAttrOpt(subject, name);
}

/**
 * Models ceval.c: match_class().  `case cls(p1, p2, k=p3)`: is the subject an instance of cls,
 * and has it the attributes __match_args__ names for the positional sub-patterns and the
 * keyword ones?  Returns the tuple of those attributes, or null when the match fails.
 */
export function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyTuple | null {
  if (!(type instanceof PyType)) raiseTypeError('called match pattern must be a type');
  if (!isInstance(subject, type)) return null;
  const seen = new Set<string>();
  const attrs: PyObject[] = [];
  if (nargs) {
    let matchSelf = false;
    let matchArgs: PyObject[];
    const declared = getAttrOpt(type, '__match_args__');
    if (declared !== null) {
      if (declared.ob_type !== PyTuple_Type) {
        raiseTypeError(`${type.tp_name}.__match_args__ must be a tuple (got ${typeName(declared)})`);
      }
      matchArgs = (declared as PyTuple).items;
    } else {
      // The self-matching builtins (int, str, list ...) count only without __match_args__, so
      // a subclass that defines it matches by attributes again.
      matchArgs = [];
      matchSelf = (type.tp_flags & _Py_TPFLAGS_MATCH_SELF) !== 0;
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      raiseTypeError(`${type.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) {
      attrs.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (name.ob_type !== PyUnicode_Type) raiseTypeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        const attr = matchClassAttr(subject, type, (name as PyStr).value, seen);
        if (attr === null) return null;
        attrs.push(attr);
      }
    }
  }
  for (const name of kwargs.items) {
    const attr = matchClassAttr(subject, type, (name as PyStr).value, seen);
    if (attr === null) return null;
    attrs.push(attr);
  }
  return newTuple(attrs);
}

/**
 * Models ceval.c: match_keys().  `case {k1: p1, k2: p2}`: the values of the keys, read with
 * `map.get(key, sentinel)` so that a missing key neither raises nor is created (a
 * defaultdict's __missing__ is not called); null when a key is missing.
 */
export function matchKeys(map: PyObject, keys: PyTuple): PyTuple | null {
  const nkeys = keys.items.length;
  if (nkeys === 0) return newTuple([]);
  const get = getAttr(map, 'get');
  const dummy = call(PyBaseObject_Type, []);
  dummy.ob_refcnt++;
  try {
    const values: PyObject[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < nkeys; i++) {
      const key = keys.items[i];
      // The keys must differ (as a set of them would tell): dotted names can repeat a value.
      const h = hashObject(key);
      for (let j = 0; j < i; j++) {
        const other = keys.items[j];
        if (hashes[j] === h && (other === key || richCompareBool(other, key, Py_EQ))) {
          raise(ValueError, `mapping pattern checks duplicate key (${reprString(key)})`);
        }
      }
      hashes.push(h);
      const value = call(get, [key, dummy]);
      if (value === dummy) return null;
      values.push(value);
    }
    return newTuple(values);
  } finally {
    releaseLater(get);
    Py_DECREF(dummy);
  }
}
