// ## Connecting the memory model at boot
//
// Once every builtin type exists: CPython's sizes for them, the free lists of float, list,
// dict and tuple, and the MemoryError the allocator raises.

import {
  staticTypes, PyFloat_Type, PyLong_Type, PyList_Type, PyDict_Type, PyTuple_Type, PyUnicode_Type, PySet_Type, PyFrozenSet_Type,
} from '../objects/typeobjects.js';
import { listGrowHook } from '../vm/eval.js';
import { containerTypes, listGrown } from './containers.js';
import { MemoryError, newException } from '../objects/exceptions.js';
import { applyBuiltinSizes } from './sizes.js';
import './sizeof_methods.js';
import { memoryErrorHook, heap } from './limit.js';
import { FREELIST_MAX, TUPLE_MAXFREELIST, tupleFreelists, floatPool, intPool } from './objalloc.js';
import { poisonTypes } from './poison.js';

export function initMemory(): void {
  applyBuiltinSizes(staticTypes);
  containerTypes.str = PyUnicode_Type;
  containerTypes.withParts = [PyList_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type];
  // LIST_APPEND grew the list by one item: list_resize's growth rule.
  listGrowHook.fn = (l) => listGrown(l, l.items.length - 1);
  floatPool.type = PyFloat_Type;
  intPool.type = PyLong_Type;
  poisonTypes.str = PyUnicode_Type;
  poisonTypes.int = PyLong_Type;
  poisonTypes.float = PyFloat_Type;
  PyList_Type.tp_freelist = [];
  PyList_Type.tp_freelist_max = FREELIST_MAX.list;
  PyDict_Type.tp_freelist = [];
  PyDict_Type.tp_freelist_max = FREELIST_MAX.dict;
  PyTuple_Type.tp_freelist = tupleFreelists[0];
  PyTuple_Type.tp_freelist_max = TUPLE_MAXFREELIST;
  // The exception object itself must not fail to allocate (CPython keeps preallocated ones).
  memoryErrorHook.raise = (msg) => {
    const saved = heap.limit;
    heap.limit = Infinity;
    let e;
    try { e = newException(MemoryError, msg); } finally { heap.limit = saved; }
    throw e;
  };
}
