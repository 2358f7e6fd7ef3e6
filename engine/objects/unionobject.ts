// ## types.UnionType: int | None, list[int] | str (PEP 604)
//
// Models Objects/unionobject.c (3.11).  `X | Y` on classes, None, generic aliases and unions
// builds one: its arguments flattened (a union inside a union contributes its own arguments),
// None stored as NoneType, duplicates dropped (by identity; generic aliases by ==), and a
// single remaining argument returned as it is (`int | int` is `int`).  isinstance() and
// issubclass() accept a union as they accept a tuple (abstract.ts unionTypeRef).

import { PyObject, Py_EQ, Py_NE, NB_OR } from './object.js';
import { PyType, Py_TPFLAGS_HAVE_GC, isSubtype } from './type.js';
import { newStaticType, PyBaseObject_Type, PyType_Type, PyNone_Type, PyFrozenSet_Type } from './typeobjects.js';
import { PyTuple, newTuple } from './tuple.js';
import { Py_None, Py_NotImplemented } from './singletons.js';
import { defineType } from './typeready.js';
import { raiseTypeError, raise, NotImplementedError } from './exceptions.js';
import { getAttr, reprString, richCompareBool, richCompare, hashObject, call, unionTypeRef } from './abstract.js';
import { genericGetAttr } from './typeobject.js';
import { PyGenericAlias_Type, reprTypeArgument, makeParameters } from './genericaliasobject.js';
import { releaseTemp, traverseHooks, Visit } from '../memory/refcount.js';
import { gcTrack } from '../memory/gcstate.js';

export const PyUnion_Type = newStaticType('types.UnionType', PyBaseObject_Type, Py_TPFLAGS_HAVE_GC);
unionTypeRef.type = PyUnion_Type;

export class PyUnion extends PyObject {
  /** The type variables among the arguments, computed on first use. */
  parameters: PyTuple | null = null;
  constructor(readonly args: PyTuple) {
    super(PyUnion_Type);
    args.ob_refcnt++; // the union owns its arguments' tuple
    gcTrack(this);
  }
}

const isGenericAlias = (o: PyObject) => o.ob_type === PyGenericAlias_Type || isSubtype(o.ob_type, PyGenericAlias_Type);

/** is_unionable: what may stand on either side of `|`. */
function isUnionable(o: PyObject): boolean {
  return o === Py_None || o instanceof PyType || isGenericAlias(o) || o instanceof PyUnion;
}

/** flatten_args + dedup_and_flatten_args. */
function unionArgs(operands: PyObject[]): PyObject[] {
  const flat: PyObject[] = [];
  for (const o of operands) {
    if (o instanceof PyUnion) flat.push(...o.args.items);
    else flat.push(o === Py_None ? PyNone_Type : o);
  }
  const out: PyObject[] = [];
  for (const a of flat) {
    const dup = out.some((b) => (isGenericAlias(a) && isGenericAlias(b) ? richCompareBool(a, b, Py_EQ) : a === b));
    if (!dup) out.push(a);
  }
  return out;
}

/** _Py_union_type_or: the nb_or of type, GenericAlias and UnionType. */
export function unionTypeOr(self: PyObject, other: PyObject): PyObject {
  if (!isUnionable(self) || !isUnionable(other)) return Py_NotImplemented;
  const args = unionArgs([self, other]);
  if (args.length === 1) return args[0];
  return new PyUnion(newTuple(args));
}

const U = (o: PyObject) => o as PyUnion;

function unionRepr(self: PyObject): string {
  return U(self).args.items.map((p) => (p === PyNone_Type ? 'None' : reprTypeArgument(p))).join(' | ');
}

/** A frozenset of the arguments, for == and hash() (CPython builds one for each as well). */
function withArgSet<T>(u: PyUnion, use: (s: PyObject) => T): T {
  const s = call(PyFrozenSet_Type, [u.args]);
  try {
    return use(s);
  } finally {
    releaseTemp(s);
  }
}

function unionRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyUnion) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
  return withArgSet(U(a), (x) => withArgSet(b, (y) => richCompare(x, y, op)));
}

function unionGetItem(self: PyObject, _item: PyObject): PyObject {
  const u = U(self);
  if (u.parameters === null) { u.parameters = makeParameters(u.args); u.parameters.ob_refcnt++; }
  if (u.parameters.items.length === 0) raiseTypeError(`${reprString(self)} is not a generic class`);
  raise(NotImplementedError, 'substituting type parameters into a union is not supported yet');
}

// union_getattro: __module__ is the class's ('types'), as the typing module expects.
function unionGetAttro(self: PyObject, name: string): PyObject {
  if (name === '__module__') return getAttr(self.ob_type, name);
  return genericGetAttr(self, name);
}

defineType(PyUnion_Type, {
  doc: 'Represent a PEP 604 union type\n\nE.g. for int | str',
  slots: {
    tp_repr: unionRepr,
    tp_getattro: unionGetAttro,
    tp_richcompare: unionRichCompare,
    tp_hash: (self) => withArgSet(U(self), hashObject),
    mp_subscript: unionGetItem,
  },
  nb: { [NB_OR]: unionTypeOr },
  getsets: [
    { name: '__args__', get: (self) => U(self).args },
    {
      name: '__parameters__',
      get: (self) => {
        const u = U(self);
        if (u.parameters === null) { u.parameters = makeParameters(u.args); u.parameters.ob_refcnt++; }
        return u.parameters;
      },
      doc: 'Type variables in the types.UnionType.',
    },
  ],
});

// `int | str`, `list[int] | None`: type and GenericAlias share the union's nb_or.
defineType(PyType_Type, { nb: { [NB_OR]: unionTypeOr } });
defineType(PyGenericAlias_Type, { nb: { [NB_OR]: unionTypeOr } });

traverseHooks.push((o: PyObject, visit: Visit): boolean => {
  if (!(o instanceof PyUnion)) return false;
  visit(o.args);
  if (o.parameters !== null) visit(o.parameters);
  return true;
});
