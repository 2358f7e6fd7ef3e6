// ## _glasspy_heap: the allocator model's totals for glasspy's own front ends
//
// Not a CPython module: the REPL's status bar asks it, through a user expression, how many
// bytes the program's objects occupy — pymalloc's blocks in use plus the modelled malloc's
// chunks — figures CPython exposes only as sys._debugmallocstats() text.

import { defineModule } from './registry.js';
import { PyModule } from '../objects/module.js';
import { dictSetStr } from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newBuiltin } from '../objects/descr.js';
import { heapSnapshot } from '../memory/obmalloc.js';
import { sysAllocatedBytes } from '../memory/sysmalloc.js';

function smallBytesInUse(): number {
  let n = 0;
  for (const a of heapSnapshot()) for (const p of a.pools) if (p.szidx >= 0) n += p.used * (p.szidx + 1) * 16;
  return n;
}

defineModule('_glasspy_heap', (m: PyModule) => {
  const d = m.md_dict;
  dictSetStr(d, '__doc__', newStr("glasspy's allocator model: bytes in use (not a CPython module)."));
  dictSetStr(d, 'bytes_in_use', newBuiltin('bytes_in_use', () => newInt(smallBytesInUse() + sysAllocatedBytes()), '_glasspy_heap',
    undefined, 'Bytes in blocks the program holds: pymalloc blocks in use plus malloc chunks.'));
});
