// ## types.GenericAlias: list[int], dict[str, int] (PEP 585)
//
// Models Objects/genericaliasobject.c (3.11).  A GenericAlias remembers an origin class and
// a tuple of arguments; it forwards every attribute except a short list of its own to the
// origin, calls the origin when called (tagging the result with __orig_class__), and is
// refused by isinstance()/issubclass().  The builtin containers' __class_getitem__ builds one.

import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyType, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, isSubtype } from './type.js';
import {
  newStaticType, PyBaseObject_Type, PyList_Type, PyDict_Type, PyTuple_Type, PySet_Type, PyFrozenSet_Type,
  PyEnum_Type, PyDictProxy_Type,
} from './typeobjects.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyStr, newStr } from './str.js';
import { newList } from './list.js';
import { dictGetStr } from './dict.js';
import { Py_None, Py_NotImplemented, Py_Ellipsis, Py_False, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { MethodDef } from './descr.js';
import { raiseTypeError, raise, NotImplementedError, PyBaseException, AttributeError, TypeError, BaseExceptionGroup } from './exceptions.js';
import {
  call, getAttrOpt, getAttr, setAttr, reprString, strString, richCompareBool, richCompare, hashObject, iterableToArray, isTrue,
} from './abstract.js';
import { genericGetAttr } from './typeobject.js';
import { builtinsDict } from '../vm/interp.js';
import { Py_DECREF, releaseTemp, traverseHooks, Visit } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';

export const PyGenericAlias_Type = newStaticType('types.GenericAlias', PyBaseObject_Type, Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC);
const PyGenericAliasIter_Type = newStaticType('generic_alias_iterator', PyBaseObject_Type, Py_TPFLAGS_HAVE_GC);

export class PyGenericAlias extends PyObject {
  /** The type variables among the arguments, computed on first use (_Py_make_parameters). */
  parameters: PyTuple | null = null;
  constructor(type: PyType, readonly origin: PyObject, readonly args: PyTuple, readonly starred: boolean) {
    super(type);
    // The alias owns its origin and arguments (ga_new's Py_INCREFs); gc-tracked as in CPython.
    origin.ob_refcnt++;
    args.ob_refcnt++;
    gcTrack(this);
  }
}

/** Py_GenericAlias(origin, args): a non-tuple argument becomes a 1-tuple. */
export function newGenericAlias(origin: PyObject, args: PyObject, type: PyType = PyGenericAlias_Type, starred = false): PyGenericAlias {
  return new PyGenericAlias(type, origin, args instanceof PyTuple ? args : newTuple([args]), starred);
}

const GA = (o: PyObject) => o as PyGenericAlias;

/** ga_repr_item: '...' for Ellipsis, then as reprTypeArgument. */
function reprItem(p: PyObject): string {
  return p === Py_Ellipsis ? '...' : reprTypeArgument(p);
}

/**
 * How generic aliases and unions show an argument: repr() for aliases (what has __origin__
 * and __args__), `qualname` for builtins, `module.qualname` for other classes and functions.
 */
export function reprTypeArgument(p: PyObject): string {
  // Every attribute looked up is the caller's to release (a class's __qualname__ is made anew).
  const got = (name: string) => {
    const v = getAttrOpt(p, name);
    if (v !== null) taken.push(v);
    return v;
  };
  const taken: PyObject[] = [];
  try {
    if (got('__origin__') !== null && got('__args__') !== null) return reprString(p);
    const qualname = got('__qualname__');
    if (qualname === null) return reprString(p);
    const module = got('__module__');
    if (module === null || module === Py_None) return reprString(p);
    if (module instanceof PyStr && module.value === 'builtins') return strString(qualname);
    return `${strString(module)}.${strString(qualname)}`;
  } finally {
    for (const v of taken) releaseTemp(v);
  }
}

function ga_repr(self: PyObject): string {
  const a = GA(self);
  const items = a.args.items.length === 0 ? '()' : a.args.items.map(reprItem).join(', ');
  return `${a.starred ? '*' : ''}${reprItem(a.origin)}[${items}]`;
}

// ga_getattro: only these names are the alias's own; everything else is the origin's.
const ATTR_EXCEPTIONS = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function ga_getattro(self: PyObject, name: string): PyObject {
  if (!ATTR_EXCEPTIONS.has(name)) return getAttr(GA(self).origin, name);
  return genericGetAttr(self, name);
}

function parametersOf(a: PyGenericAlias): PyTuple {
  if (a.parameters === null) { a.parameters = makeParameters(a.args); a.parameters.ob_refcnt++; }
  return a.parameters;
}

/** _Py_make_parameters: the arguments with __typing_subst__, and the __parameters__ of the others. */
export function makeParameters(args: PyTuple): PyTuple {
  const out: PyObject[] = [];
  const add = (t: PyObject) => { if (!out.includes(t)) out.push(t); };
  for (const t of args.items) {
    if (t instanceof PyType) continue;
    if (getAttrOpt(t, '__typing_subst__') !== null) { add(t); continue; }
    const sub = getAttrOpt(t, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) add(p);
  }
  return newTuple(out);
}

function ga_getitem(self: PyObject, _item: PyObject): PyObject {
  const a = GA(self);
  if (parametersOf(a).items.length === 0) raiseTypeError(`${ga_repr(self)} is not a generic class`);
  raise(NotImplementedError, 'substituting type parameters into a GenericAlias is not supported yet');
}

function ga_call(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const obj = call(GA(self).origin, args, kw);
  try {
    setAttr(obj, '__orig_class__', self);
  } catch (e) {
    // Objects without a __dict__ (or immutable ones) simply are not tagged.
    if (!(e instanceof PyBaseException && (isSubtype(e.ob_type, AttributeError) || isSubtype(e.ob_type, TypeError)))) throw e;
  }
  return obj;
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyGenericAlias) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
  let eq: PyObject;
  const x = GA(a);
  if (x.starred !== b.starred) eq = Py_False;
  else if (!richCompareBool(x.origin, b.origin, Py_EQ)) eq = Py_False;
  else eq = richCompare(x.args, b.args, Py_EQ);
  return op === Py_EQ ? eq : newBool(!isTrue(eq));
}

function ga_new(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length) raiseTypeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) raiseTypeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return newGenericAlias(args[0], args[1], type);
}

class GenericAliasIter extends PyObject {
  constructor(public obj: PyGenericAlias | null) {
    super(PyGenericAliasIter_Type);
    if (obj !== null) obj.ob_refcnt++;
    gcTrack(this);
  }
}

const method = (name: string, fn: MethodDef['fn'], doc?: string): MethodDef => ({ name, fn, doc });

defineType(PyGenericAlias_Type, {
  doc: 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).',
  slots: {
    tp_new: ga_new,
    tp_repr: ga_repr,
    tp_getattro: ga_getattro,
    tp_call: ga_call,
    tp_richcompare: ga_richcompare,
    tp_hash: (self) => hashObject(GA(self).origin) ^ hashObject(GA(self).args),
    tp_iter: (self) => new GenericAliasIter(GA(self)),
    mp_subscript: ga_getitem,
  },
  methods: [
    method('__mro_entries__', (self) => newTuple([GA(self).origin])),
    method('__instancecheck__', () => raiseTypeError('isinstance() argument 2 cannot be a parameterized generic')),
    method('__subclasscheck__', () => raiseTypeError('issubclass() argument 2 cannot be a parameterized generic')),
    method('__reduce__', (self) => {
      const a = GA(self);
      if (a.starred) {
        // A starred alias is rebuilt as next(iter(origin[args])).
        const plain = newGenericAlias(a.origin, a.args);
        return newTuple([dictGetStr(builtinsDict(), 'next')!, newTuple([new GenericAliasIter(plain)])]);
      }
      return newTuple([self.ob_type, newTuple([a.origin, a.args])]);
    }),
    method('__dir__', (self) => {
      // ga_dir: the origin's names, then the alias's own ones it lacks.
      const names = iterableToArray(call(dictGetStr(builtinsDict(), 'dir')!, [GA(self).origin]));
      const have = new Set(names.map((n) => (n instanceof PyStr ? n.value : '')));
      for (const n of ATTR_EXCEPTIONS) if (!have.has(n)) names.push(newStr(n));
      return newList(names);
    }),
  ],
  getsets: [
    { name: '__origin__', get: (self) => GA(self).origin },
    { name: '__args__', get: (self) => GA(self).args },
    { name: '__unpacked__', get: (self) => newBool(GA(self).starred) },
    { name: '__parameters__', get: (self) => parametersOf(GA(self)), doc: 'Type variables in the GenericAlias.' },
    {
      name: '__typing_unpacked_tuple_args__',
      get: (self) => (GA(self).starred && GA(self).origin === PyTuple_Type ? GA(self).args : Py_None),
    },
  ],
});

traverseHooks.push((o: PyObject, visit: Visit): boolean => {
  if (o instanceof PyGenericAlias) {
    visit(o.origin);
    visit(o.args);
    if (o.parameters !== null) visit(o.parameters);
    return true;
  }
  if (o instanceof GenericAliasIter) { if (o.obj !== null) visit(o.obj); return true; }
  return false;
});

// Iterating an alias yields it once, starred: `*tuple[int, str]` inside a subscript.
defineType(PyGenericAliasIter_Type, {
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as GenericAliasIter;
      if (it.obj === null) return null;
      const a = it.obj;
      it.obj = null;
      const starred = newGenericAlias(a.origin, a.args, PyGenericAlias_Type, true);
      Py_DECREF(a);
      return starred;
    },
  },
  methods: [
    method('__reduce__', (s) => {
      const it = s as GenericAliasIter;
      const iterFn = dictGetStr(builtinsDict(), 'iter')!;
      return newTuple([iterFn, newTuple([it.obj === null ? newTuple([]) : newTuple([it.obj])])]);
    }),
  ],
});

// The builtin generic containers: cls[args] is GenericAlias(cls, args) (Py_GenericAlias).
const classGetItem: MethodDef = {
  name: '__class_getitem__', fn: (cls, args) => {
    if (args.length !== 1) raiseTypeError(`__class_getitem__() takes exactly one argument (${args.length} given)`);
    return newGenericAlias(cls, args[0]);
  },
  doc: 'See PEP 585', kind: 'class',
};
for (const t of [PyList_Type, PyDict_Type, PyTuple_Type, PySet_Type, PyFrozenSet_Type, PyEnum_Type, PyDictProxy_Type, BaseExceptionGroup]) {
  defineType(t, { methods: [classGetItem] });
}
