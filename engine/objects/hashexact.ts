// ## Exact hash values for hash()
//
// Slot hashes are JS numbers, exact only below 2**53; that is enough for dicts and sets,
// which only mix the value.  hash() shows the value itself, so for the builtin types whose
// hashes are routinely large (int, float, str, bytes, tuple) it recomputes it exactly.

import type { PyObject } from './object.js';
import { PyInt } from './int.js';
import { PyFloat } from './float.js';
import { PyStr } from './str.js';
import { PyTuple } from './tuple.js';
import { PyBytes } from './bytesobject.js';
import { bytesData } from './bytesbridge.js';
import { PySet, setItems } from './setobject.js';
import { PyMemoryView_Type, PyLong_Type, PyFloat_Type, PyUnicode_Type, PyTuple_Type, PyBytes_Type, PyBool_Type, PyFrozenSet_Type } from './typeobjects.js';
import { hashStringBig, siphash13Big } from './strhash.js';
import { hashObject, unionTypeRef } from './abstract.js';
import { pythonHashResult } from './slots.js';

const MOD = (1n << 61n) - 1n;

export function intHashBig(v: bigint): bigint {
  let h = (v < 0n ? -v : v) % MOD;
  if (v < 0n) h = -h;
  return h === -1n ? -2n : h;
}

export function floatHashBig(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v)) return intHashBig(BigInt(v));
  let m = Math.abs(v), e = 0;
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MOD) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.trunc(m);
    m -= y;
    x += BigInt(y);
    if (x >= MOD) x -= MOD;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MOD) | (x >> BigInt(61 - ee));
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

/** A subclass that keeps its builtin base's hash slot hashes as that base: `class T(tuple)`. */
function hashingType(o: PyObject): PyObject['ob_type'] {
  const t = o.ob_type;
  if (t === PyLong_Type || t === PyFloat_Type || t === PyUnicode_Type || t === PyTuple_Type || t === PyBytes_Type) return t;
  if (o instanceof PyInt && t.tp_hash === PyLong_Type.tp_hash) return PyLong_Type;
  if (o instanceof PyFloat && t.tp_hash === PyFloat_Type.tp_hash) return PyFloat_Type;
  if (o instanceof PyStr && t.tp_hash === PyUnicode_Type.tp_hash) return PyUnicode_Type;
  if (o instanceof PyTuple && t.tp_hash === PyTuple_Type.tp_hash) return PyTuple_Type;
  if (o instanceof PyBytes && t.tp_hash === PyBytes_Type.tp_hash) return PyBytes_Type;
  return t;
}

export function exactHash(o: PyObject): bigint {
  const t = hashingType(o);
  if (t === PyLong_Type || t === PyBool_Type) return intHashBig(BigInt((o as PyInt).value));
  if (t === PyFloat_Type) return floatHashBig((o as PyFloat).value);
  if (t === PyUnicode_Type) {
    const str = o as PyStr;
    if (str.hashBig === null) str.hashBig = hashStringBig(str.value);
    return str.hashBig;
  }
  if (t === PyBytes_Type) {
    const d = (o as PyBytes).data;
    return d.length === 0 ? 0n : siphash13Big(d);
  }
  if (t === PyTuple_Type) {
    const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
    const M = (1n << 64n) - 1n;
    const items = (o as PyTuple).items;
    let acc = P5;
    for (const x of items) {
      const lane = BigInt.asUintN(64, exactHash(x));
      acc = (acc + lane * P2) & M;
      acc = ((acc << 31n) | (acc >> 33n)) & M;
      acc = (acc * P1) & M;
    }
    acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
    if (acc === M) return 1546275796n;
    const r = BigInt.asIntN(64, acc);
    return r === -1n ? -2n : r;
  }
  if (o instanceof PySet && t.tp_hash === PyFrozenSet_Type.tp_hash) return frozensetHash(setItems(o));
  // union_hash: the hash of frozenset(__args__).
  if (t === unionTypeRef.type) return frozensetHash((o as unknown as { args: PyTuple }).args.items);
  // memory_hash: a read-only byte view hashes as the bytes it shows (the slot raises first).
  if (t === PyMemoryView_Type) {
    t.tp_hash!(o);
    const d = bytesData(o)!;
    return d.length === 0 ? 0n : siphash13Big(d);
  }
  // Models typeobject.c slot_tp_hash(): a result that fits Py_hash_t is kept as is (-1 becomes
  // -2); a bigger int is hashed as an int.
  const r = pythonHashResult(o);
  if (r !== null) {
    const v = BigInt(r.value);
    if (v >= -(1n << 63n) && v < (1n << 63n)) return v === -1n ? -2n : v;
    return intHashBig(v);
  }
  return BigInt(hashObject(o));
}

/** Models setobject.c frozenset_hash(): shuffled element hashes xor-ed together (order does
 * not matter), the size mixed in, then dispersed; all in unsigned 64-bit arithmetic. */
function frozensetHash(items: readonly PyObject[]): bigint {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (const x of items) hash ^= shuffle(BigInt.asUintN(64, exactHash(x)));
  hash ^= ((BigInt(items.length) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  if (hash === M) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}
