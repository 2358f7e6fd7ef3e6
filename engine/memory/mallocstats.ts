// ## sys._debugmallocstats() and sys.getallocatedblocks()
//
// Models Python/sysmodule.c: sys__debugmallocstats_impl — pymalloc's report, a blank line,
// then _PyObject_DebugTypeStats: the free lists of dict, float, list and tuple.

import { debugMallocStats, debugAllocatorStats, getAllocatedBlocks } from './obmalloc.js';
import { tupleFreelists, TUPLE_MAXSAVESIZE, floatPool } from './objalloc.js';
import { PyDict_Type, PyList_Type } from '../objects/typeobjects.js';

export function debugMallocStatsReport(): string {
  let out = debugMallocStats() + '\n';
  out += debugAllocatorStats('free PyDictObject', PyDict_Type.tp_freelist?.length ?? 0, 48);
  out += debugAllocatorStats('free PyFloatObject', floatPool.freelist.length, 24);
  out += debugAllocatorStats('free PyListObject', PyList_Type.tp_freelist?.length ?? 0, 40);
  for (let i = 1; i <= TUPLE_MAXSAVESIZE; i++) {
    out += debugAllocatorStats(`free ${i}-sized PyTupleObject`, tupleFreelists[i].length, 24 + 8 * i);
  }
  return out;
}

export { getAllocatedBlocks };
