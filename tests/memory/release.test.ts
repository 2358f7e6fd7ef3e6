// What deallocation will do once reference counting calls releaseAddress(o): the block goes
// back (to the type's free list or its pool), the next object of that size takes it, and
// the separately allocated parts (list items, dict keys) are freed with it.
import { describe, it, expect } from 'vitest';
import { bootInterpreter } from '../../engine/interpreter.js';
import { PyList } from '../../engine/objects/list.js';
import { PyTuple } from '../../engine/objects/tuple.js';
import { newFloat } from '../../engine/objects/float.js';
import { PyDict, dictSetStr } from '../../engine/objects/dict.js';
import { newInt } from '../../engine/objects/int.js';
import { addressOf, releaseAddress } from '../../engine/memory/address.js';
import { getAllocatedBlocks } from '../../engine/memory/obmalloc.js';

bootInterpreter();

describe('releaseAddress', () => {
  it('reuses a dead list through the list free list, and frees its item block', () => {
    const before = getAllocatedBlocks();
    const a = new PyList([newInt(1), newInt(2)]);
    const x = addressOf(a);
    expect(getAllocatedBlocks()).toBe(before + 2);
    releaseAddress(a);
    // The list object stays allocated on the free list; its item array is freed.
    expect(getAllocatedBlocks()).toBe(before + 1);
    const b = new PyList([]);
    expect(addressOf(b)).toBe(x);
  });

  it('gives a tuple without a free list back to its pool, most recent first', () => {
    const items = Array.from({ length: 25 }, (_, i) => newInt(i));
    const t1 = new PyTuple(items.slice()), t2 = new PyTuple(items.slice());
    const a1 = addressOf(t1), a2 = addressOf(t2);
    const before = getAllocatedBlocks();
    releaseAddress(t1);
    releaseAddress(t2);
    expect(getAllocatedBlocks()).toBe(before - 2);
    expect(addressOf(new PyTuple(items.slice()))).toBe(a2);
    expect(addressOf(new PyTuple(items.slice()))).toBe(a1);
  });

  it('keeps up to 100 floats on the float free list', () => {
    const fs = Array.from({ length: 120 }, (_, i) => newFloat(i));
    const addrs = fs.map(addressOf);
    const before = getAllocatedBlocks();
    for (const f of fs) releaseAddress(f);
    expect(getAllocatedBlocks()).toBe(before - 20);
    // The last float to fit on the free list is the first one reused.
    expect(addressOf(newFloat(0.5))).toBe(addrs[99]);
  });

  it('frees a dict\'s keys table with the dict', () => {
    const d = new PyDict();
    for (let i = 0; i < 10; i++) dictSetStr(d, `k${i}`, newInt(i));
    const before = getAllocatedBlocks();
    releaseAddress(d);
    expect(getAllocatedBlocks()).toBe(before - 1);
  });
});
