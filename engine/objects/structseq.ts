// ## Struct sequences (sys.version_info, sys.float_info, time.struct_time ...)
//
// Models Objects/structseq.c: a tuple subclass whose items also have names, printed as
// `name(field=value, ...)`.

import { PyObject } from './object.js';
import { PyType, Py_TPFLAGS_TUPLE_SUBCLASS } from './type.js';
import { newStaticType, PyTuple_Type } from './typeobjects.js';
import { PyTuple, newTuple } from './tuple.js';
import { newStr } from './str.js';
import { defineType, readyType } from './typeready.js';
import { reprString, iterableToArray } from './abstract.js';
import { raiseTypeError } from './exceptions.js';
import { newInt } from './int.js';
import { Py_None } from './singletons.js';

// Fields past n_sequence_fields (struct_time's tm_zone, tm_gmtoff) are attributes only: they
// are not tuple items, so len() and iteration see the sequence part (structseq.c keeps them
// in the item array past ob_size).  Here they are the object's `slots`, which hold counted
// references that deallocation releases (memory/traverse.ts), as for __slots__ members.
function setExtraFields(o: PyObject, extra: PyObject[]): void {
  for (const v of extra) v.ob_refcnt++;
  o.slots = extra;
}
const visibleCount = new Map<PyType, number>();

export function newStructSeqType(name: string, fields: string[], nVisible = fields.length): PyType {
  const t = newStaticType(name, PyTuple_Type, Py_TPFLAGS_TUPLE_SUBCLASS);
  const short = name;
  visibleCount.set(t, nVisible);
  defineType(t, {
    slots: {
      tp_repr: (o) => {
        const items = (o as PyTuple).items;
        return `${short}(${fields.slice(0, nVisible).map((f, i) => `${f}=${reprString(items[i])}`).join(', ')})`;
      },
      tp_new: (type, args) => {
        const seq = iterableToArray(args[0]);
        if (seq.length < nVisible) raiseTypeError(`${name}() takes an at least ${nVisible}-sequence (${seq.length}-sequence given)`);
        if (seq.length > fields.length) raiseTypeError(`${name}() takes an at most ${fields.length}-sequence (${seq.length}-sequence given)`);
        const extra = fields.slice(nVisible).map((_, i) => seq[nVisible + i] ?? Py_None);
        const o = new PyTuple(seq.slice(0, nVisible), type);
        if (extra.length) setExtraFields(o, extra);
        return o;
      },
    },
    getsets: fields.map((f, i) => ({
      name: f,
      get: (o: PyObject) => (i < nVisible ? (o as PyTuple).items[i] : o.slots?.[i - nVisible] ?? Py_None),
    })),
    attrs: {
      n_sequence_fields: newInt(nVisible),
      n_fields: newInt(fields.length),
      n_unnamed_fields: newInt(0),
      // The named sequence fields, so `case time.struct_time(year, month):` reads attributes.
      __match_args__: newTuple(fields.slice(0, nVisible).map((f) => newStr(f))),
    },
  });
  readyType(t);
  return t;
}

export function newStructSeq(t: PyType, values: PyObject[]): PyTuple {
  const n = visibleCount.get(t) ?? values.length;
  const o = new PyTuple(values.slice(0, n), t);
  if (values.length > n) setExtraFields(o, values.slice(n));
  return o;
}
