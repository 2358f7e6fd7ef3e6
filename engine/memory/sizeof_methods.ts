// __sizeof__ methods of types whose files do not define one (loaded before the types are readied).
import { defineType } from '../objects/typeready.js';
import { PyByteArray_Type, PyGen_Type } from '../objects/typeobjects.js';
import { PyByteArray } from '../objects/bytesobject.js';
import { newInt } from '../objects/int.js';
import { bytearraySizeof, genSizeof } from './sizeof_core.js';
import type { PyObject } from '../objects/object.js';
import type { PyCode } from '../objects/code.js';

defineType(PyByteArray_Type, {
  methods: [{ name: '__sizeof__', fn: (s: PyObject) => newInt(bytearraySizeof(s as PyByteArray)), doc: 'Returns the size of the bytearray object in memory, in bytes.' }],
});
defineType(PyGen_Type, {
  methods: [{ name: '__sizeof__', fn: (s: PyObject) => newInt(genSizeof((s as unknown as { gi_frame: { f_code: PyCode } }).gi_frame.f_code)), doc: 'gen.__sizeof__() -> size of gen in memory, in bytes' }],
});
