// ## Struct sequences (sys.version_info, sys.float_info, time.struct_time ...)
//
// Models Objects/structseq.c: a tuple subclass whose items also have names, printed as
// `name(field=value, ...)`.

import { PyObject } from './object.js';
import { PyType, Py_TPFLAGS_TUPLE_SUBCLASS } from './type.js';
import { newStaticType, PyTuple_Type } from './typeobjects.js';
import { PyTuple } from './tuple.js';
import { defineType, readyType } from './typeready.js';
import { reprString, iterableToArray } from './abstract.js';
import { raiseTypeError } from './exceptions.js';
import { newInt } from './int.js';

export function newStructSeqType(name: string, fields: string[], nVisible = fields.length): PyType {
  const t = newStaticType(name, PyTuple_Type, Py_TPFLAGS_TUPLE_SUBCLASS);
  const short = name;
  defineType(t, {
    slots: {
      tp_repr: (o) => {
        const items = (o as PyTuple).items;
        return `${short}(${fields.slice(0, nVisible).map((f, i) => `${f}=${reprString(items[i])}`).join(', ')})`;
      },
      tp_new: (type, args) => {
        const seq = iterableToArray(args[0]);
        if (seq.length < nVisible) raiseTypeError(`${name}() takes an at least ${nVisible}-sequence (${seq.length}-sequence given)`);
        return new PyTuple(seq, type);
      },
    },
    getsets: fields.map((f, i) => ({ name: f, get: (o: PyObject) => (o as PyTuple).items[i] })),
    attrs: {
      n_sequence_fields: newInt(nVisible),
      n_fields: newInt(fields.length),
      n_unnamed_fields: newInt(0),
    },
  });
  readyType(t);
  return t;
}

export function newStructSeq(t: PyType, values: PyObject[]): PyTuple {
  return new PyTuple(values, t);
}
