// ## _random: the Mersenne Twister core of the random module
//
// Models Modules/_randommodule.c: MT19937 (genrand_uint32), seeding from an int through
// init_by_array on its 32-bit little-endian words (so random.seed(42) gives CPython's
// sequence), random() from two draws (53 bits), getrandbits(k), getstate()/setstate().

import * as crypto from 'node:crypto';
import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { newStaticType, PyBaseObject_Type } from '../objects/typeobjects.js';
import { Py_TPFLAGS_BASETYPE } from '../objects/type.js';
import { defineType, readyType } from '../objects/typeready.js';
import { dictSetStr } from '../objects/dict.js';
import { PyInt, newInt, newIntBig, intToBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { Py_None } from '../objects/singletons.js';
import { raiseTypeError, raiseValueError } from '../objects/exceptions.js';
import { typeName, iterableToArray, index } from '../objects/abstract.js';
import { exactHash } from '../objects/hashexact.js';
import { PyBytes } from '../objects/bytesobject.js';
import { newBuiltin } from '../objects/descr.js';
import { defineModule } from './registry.js';

const N = 624, M = 397;

class PyRandom extends PyObject {
  mt = new Uint32Array(N);
  mti = N + 1;
  constructor(type: PyType) { super(type); }
}

function initGenrand(r: PyRandom, s: number): void {
  const mt = r.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  r.mti = N;
}

function initByArray(r: PyRandom, key: number[]): void {
  initGenrand(r, 19650218);
  const mt = r.mt;
  let i = 1, j = 0;
  let k = N > key.length ? N : key.length;
  for (; k; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++; j++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (k = N - 1; k; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000;
}

function genrand(r: PyRandom): number {
  const mt = r.mt;
  let y: number;
  if (r.mti >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    r.mti = 0;
  }
  y = mt[r.mti++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function seed(r: PyRandom, arg: PyObject | null): void {
  let n: bigint;
  if (arg === null || arg === Py_None) {
    const b = crypto.randomBytes(N * 4);
    initByArray(r, Array.from(new Uint32Array(b.buffer, b.byteOffset, N)));
    return;
  }
  // An int seeds by its absolute value; anything else by its hash taken as a size_t.
  if (arg instanceof PyInt) n = intToBig(arg);
  else n = BigInt.asUintN(64, exactHash(arg));
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) { key.push(Number(n & 0xffffffffn)); n >>= 32n; }
  if (key.length === 0) key.push(0);
  initByArray(r, key);
}

const R = (o: PyObject) => o as PyRandom;

export const PyRandom_Type = newStaticType('_random.Random', PyBaseObject_Type, Py_TPFLAGS_BASETYPE);
defineType(PyRandom_Type, {
  hasdict: true,
  slots: {
    tp_new: (type, args) => {
      const r = new PyRandom(type);
      seed(r, args.length ? args[0] : null);
      return r;
    },
    tp_init: () => {},
  },
  methods: [
    { name: 'seed', fn: (s, a) => {
      seed(R(s), a.length ? a[0] : null);
      return Py_None;
    } },
    { name: 'random', fn: (s) => {
      const a = genrand(R(s)) >>> 5, b = genrand(R(s)) >>> 6;
      return newFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
    } },
    { name: 'getrandbits', fn: (s, a) => {
      const k = Number(index(a[0]).value);
      if (k < 0) raiseValueError('number of bits must be non-negative');
      if (k === 0) return newInt(0);
      if (k <= 32) return newInt(genrand(R(s)) >>> (32 - k));
      let result = 0n;
      let shift = 0n;
      for (let left = k; left > 0; left -= 32) {
        let r = genrand(R(s));
        if (left < 32) r >>>= 32 - left;
        result |= BigInt(r) << shift;
        shift += 32n;
      }
      return newIntBig(result);
    } },
    { name: 'getstate', fn: (s) => {
      const r = R(s);
      return newTuple([...Array.from(r.mt, (x) => newInt(x)), newInt(r.mti)]);
    } },
    { name: 'setstate', fn: (s, a) => {
      if (!(a[0] instanceof PyTuple)) raiseTypeError('state vector must be a tuple');
      const items = iterableToArray(a[0]);
      if (items.length !== N + 1) raiseValueError('state vector is the wrong size');
      const r = R(s);
      items.slice(0, N).forEach((x, i) => { r.mt[i] = Number(index(x).value) >>> 0; });
      r.mti = Number(index(items[N]).value);
      return Py_None;
    } },
  ],
});

defineModule('_random', (m: PyModule) => {
  readyType(PyRandom_Type);
  dictSetStr(m.md_dict, 'Random', PyRandom_Type);
  // random.seed(str/bytes) hashes with SHA-512 (CPython's random.py uses hashlib's).
  dictSetStr(m.md_dict, '_sha512', newBuiltin('_sha512', (_m, a) => {
    const data = a[0] instanceof PyBytes ? a[0].data : null;
    if (data === null) raiseTypeError('_sha512() argument must be bytes');
    return new PyBytes(new Uint8Array(crypto.createHash('sha512').update(data).digest()));
  }, '_random'));
  void typeName;
});
