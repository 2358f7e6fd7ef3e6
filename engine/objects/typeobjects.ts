// ## The static type objects
//
// All builtin type objects are created here, before any behaviour is attached, so that any
// module can refer to any type without import cycles at load time.  Each type's own file
// (int.ts, list.ts ...) then fills the slots and declares the methods with defineType(),
// and readyAllTypes() (typeready.ts) builds MROs, inherits slots and fills the dicts.

import { PyType, Py_TPFLAGS_SEQUENCE as SEQ, Py_TPFLAGS_MAPPING as MAP, _Py_TPFLAGS_MATCH_SELF as SELF, Py_TPFLAGS_BASETYPE as BASE, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS,
  Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS,
  Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_HAVE_GC as GC } from './type.js';

/** Every static type, in creation order; readyAllTypes() walks this. */
export const staticTypes: PyType[] = [];

export const PyBaseObject_Type = new PyType(null, 'object', null, BASE);
export const PyType_Type = new PyType(null, 'type', PyBaseObject_Type, BASE | GC | Py_TPFLAGS_TYPE_SUBCLASS);
PyBaseObject_Type.ob_type = PyType_Type;
PyType_Type.ob_type = PyType_Type;
staticTypes.push(PyBaseObject_Type, PyType_Type);

/** Create a static (non-heap) type; `module` prefixes tp_name as CPython's "module.Name". */
export function newStaticType(name: string, base: PyType = PyBaseObject_Type, flags = 0): PyType {
  const t = new PyType(PyType_Type, name, base, flags);
  staticTypes.push(t);
  return t;
}

export const PyLong_Type = newStaticType('int', PyBaseObject_Type, BASE | SELF | Py_TPFLAGS_LONG_SUBCLASS);
export const PyBool_Type = newStaticType('bool', PyLong_Type, Py_TPFLAGS_LONG_SUBCLASS);
export const PyFloat_Type = newStaticType('float', PyBaseObject_Type, BASE | SELF);
export const PyComplex_Type = newStaticType('complex', PyBaseObject_Type, BASE);
export const PyUnicode_Type = newStaticType('str', PyBaseObject_Type, BASE | SELF | Py_TPFLAGS_UNICODE_SUBCLASS);
export const PyBytes_Type = newStaticType('bytes', PyBaseObject_Type, BASE | SELF | Py_TPFLAGS_BYTES_SUBCLASS);
export const PyByteArray_Type = newStaticType('bytearray', PyBaseObject_Type, BASE | SELF);
export const PyMemoryView_Type = newStaticType('memoryview', PyBaseObject_Type, GC | SEQ);
export const PyTuple_Type = newStaticType('tuple', PyBaseObject_Type, BASE | GC | SEQ | SELF | Py_TPFLAGS_TUPLE_SUBCLASS);
export const PyList_Type = newStaticType('list', PyBaseObject_Type, BASE | GC | SEQ | SELF | Py_TPFLAGS_LIST_SUBCLASS);
export const PyDict_Type = newStaticType('dict', PyBaseObject_Type, BASE | GC | MAP | SELF | Py_TPFLAGS_DICT_SUBCLASS);
export const PySet_Type = newStaticType('set', PyBaseObject_Type, BASE | GC | SELF);
export const PyFrozenSet_Type = newStaticType('frozenset', PyBaseObject_Type, BASE | GC | SELF);
export const PyRange_Type = newStaticType('range', PyBaseObject_Type, SEQ);
export const PySlice_Type = newStaticType('slice', PyBaseObject_Type, GC);
export const PyNone_Type = newStaticType('NoneType');
export const PyNotImplemented_Type = newStaticType('NotImplementedType');
export const PyEllipsis_Type = newStaticType('ellipsis');

export const PyFunction_Type = newStaticType('function', PyBaseObject_Type, GC);
export const PyMethod_Type = newStaticType('method', PyBaseObject_Type, GC);
export const PyCFunction_Type = newStaticType('builtin_function_or_method', PyBaseObject_Type, GC);
export const PyMethodDescr_Type = newStaticType('method_descriptor', PyBaseObject_Type, GC);
export const PyClassMethodDescr_Type = newStaticType('classmethod_descriptor', PyBaseObject_Type, GC);
export const PyWrapperDescr_Type = newStaticType('wrapper_descriptor', PyBaseObject_Type, GC);
export const PyMethodWrapper_Type = newStaticType('method-wrapper', PyBaseObject_Type, GC);
export const PyGetSetDescr_Type = newStaticType('getset_descriptor', PyBaseObject_Type, GC);
export const PyMemberDescr_Type = newStaticType('member_descriptor', PyBaseObject_Type, GC);
export const PyClassMethod_Type = newStaticType('classmethod', PyBaseObject_Type, BASE | GC);
export const PyStaticMethod_Type = newStaticType('staticmethod', PyBaseObject_Type, BASE | GC);
export const PyProperty_Type = newStaticType('property', PyBaseObject_Type, BASE | GC);
export const PySuper_Type = newStaticType('super', PyBaseObject_Type, BASE | GC);
export const PyDictProxy_Type = newStaticType('mappingproxy', PyBaseObject_Type, GC | MAP);

export const PyCode_Type = newStaticType('code');
export const PyCell_Type = newStaticType('cell', PyBaseObject_Type, GC);
export const PyModule_Type = newStaticType('module', PyBaseObject_Type, BASE | GC);
export const PyFrame_Type = newStaticType('frame', PyBaseObject_Type, GC);
export const PyTraceBack_Type = newStaticType('traceback', PyBaseObject_Type, GC);
export const PyGen_Type = newStaticType('generator', PyBaseObject_Type, GC);

// Iterators and views: each container's file gives them behaviour.
export const PySeqIter_Type = newStaticType('iterator', PyBaseObject_Type, GC);
export const PyCallIter_Type = newStaticType('callable_iterator', PyBaseObject_Type, GC);
export const PyListIter_Type = newStaticType('list_iterator', PyBaseObject_Type, GC);
export const PyListRevIter_Type = newStaticType('list_reverseiterator', PyBaseObject_Type, GC);
export const PyTupleIter_Type = newStaticType('tuple_iterator', PyBaseObject_Type, GC);
export const PyUnicodeIter_Type = newStaticType('str_ascii_iterator', PyBaseObject_Type, GC);
export const PyBytesIter_Type = newStaticType('bytes_iterator', PyBaseObject_Type, GC);
export const PyByteArrayIter_Type = newStaticType('bytearray_iterator', PyBaseObject_Type, GC);
export const PyRangeIter_Type = newStaticType('range_iterator');
export const PyLongRangeIter_Type = newStaticType('longrange_iterator');
export const PySetIter_Type = newStaticType('set_iterator', PyBaseObject_Type, GC);
export const PyDictKeys_Type = newStaticType('dict_keys', PyBaseObject_Type, GC);
export const PyDictValues_Type = newStaticType('dict_values', PyBaseObject_Type, GC);
export const PyDictItems_Type = newStaticType('dict_items', PyBaseObject_Type, GC);
export const PyDictIterKey_Type = newStaticType('dict_keyiterator', PyBaseObject_Type, GC);
export const PyDictIterValue_Type = newStaticType('dict_valueiterator', PyBaseObject_Type, GC);
export const PyDictIterItem_Type = newStaticType('dict_itemiterator', PyBaseObject_Type, GC);
export const PyDictRevIterKey_Type = newStaticType('dict_reversekeyiterator', PyBaseObject_Type, GC);
export const PyDictRevIterValue_Type = newStaticType('dict_reversevalueiterator', PyBaseObject_Type, GC);
export const PyDictRevIterItem_Type = newStaticType('dict_reverseitemiterator', PyBaseObject_Type, GC);
export const PyEnum_Type = newStaticType('enumerate', PyBaseObject_Type, BASE | GC);
export const PyReversed_Type = newStaticType('reversed', PyBaseObject_Type, BASE | GC);
export const PyZip_Type = newStaticType('zip', PyBaseObject_Type, BASE | GC);
export const PyMap_Type = newStaticType('map', PyBaseObject_Type, BASE | GC);
export const PyFilter_Type = newStaticType('filter', PyBaseObject_Type, BASE | GC);
