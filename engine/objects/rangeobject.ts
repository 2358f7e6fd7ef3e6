// ## range and the builtin iterator types (enumerate, zip, map, filter, reversed,
// the sequence iterator and the callable iterator)
//
// Models Objects/rangeobject.c, Objects/enumobject.c, Objects/iterobject.c and the
// map/filter/zip parts of Python/bltinmodule.c.

import { gcTrack } from '../memory/gcstate.js';
import { countedFields } from '../memory/refcount.js';
import { releaseTemp, releaseLater, Py_DECREF } from '../memory/refcount.js';
import { PyObject, Py_EQ, Py_NE } from './object.js';
import { PyType } from './type.js';
import {
  PyRange_Type, PyRangeIter_Type, PyLongRangeIter_Type, PyEnum_Type, PyZip_Type, PyMap_Type, PyFilter_Type,
  PyReversed_Type, PySeqIter_Type, PyCallIter_Type, PySlice_Type, PyDict_Type,
} from './typeobjects.js';
import { PyInt, newInt, newIntBig, newIntOwned, intToBig } from './int.js';
import { newTuple, PyTuple } from './tuple.js';
import { Py_NotImplemented, Py_None, newBool } from './singletons.js';
import { defineType } from './typeready.js';
import { parseArgs } from './args.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, OverflowError, PyBaseException, StopIteration } from './exceptions.js';
import {
  typeName, index, getIter, iterNext, call, isTrue, richCompareBool, length, getItem, seqIterFactory, reprString,
} from './abstract.js';
import { lookupSpecial } from './typeobject.js';
import { sliceIndicesOf } from './sliceobject.js';
import { hashInt } from './longobject.js';
import { tupleHash } from './listobject.js';
import { isSubtype } from './type.js';

export class PyRange extends PyObject {
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint, readonly len: bigint) { super(PyRange_Type); }
}

function rangeLen(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n ? start >= stop : start <= stop) return 0n;
  const span = step > 0n ? stop - start - 1n : start - stop - 1n;
  return span / (step > 0n ? step : -step) + 1n;
}

export function newRange(start: bigint, stop: bigint, step: bigint): PyRange {
  return new PyRange(start, stop, step, rangeLen(start, stop, step));
}

const R = (o: PyObject) => o as PyRange;

function toBig(o: PyObject): bigint {
  return intToBig(index(o));
}

class RangeIter extends PyObject {
  constructor(public next: number, readonly stop: number, readonly step: number, public left: number) { super(PyRangeIter_Type); }
}
class LongRangeIter extends PyObject {
  constructor(public next: bigint, readonly step: bigint, public left: bigint) { super(PyLongRangeIter_Type); }
}

function rangeItem(r: PyRange, i: bigint): PyObject {
  return newIntBig(r.start + i * r.step);
}

function rangeIter(r: PyRange, reverse: boolean): PyObject {
  const start = reverse ? r.start + (r.len - 1n) * r.step : r.start;
  const step = reverse ? -r.step : r.step;
  const lim = 2n ** 53n;
  if (r.len < lim && start < lim && start > -lim && start + r.len * step < lim && start + r.len * step > -lim) {
    return new RangeIter(Number(start), 0, Number(step), Number(r.len));
  }
  return new LongRangeIter(start, step, r.len);
}

defineType(PyRange_Type, {
  doc: 'range(stop) -> range object\nrange(start, stop[, step]) -> range object',
  basicsize: 48,
  sequence: true,
  slots: {
    tp_new: (_t, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('range() takes no keyword arguments');
      if (args.length < 1 || args.length > 3) raiseTypeError(args.length ? `range expected at most 3 arguments, got ${args.length}` : 'range expected at least 1 argument, got 0');
      const v = args.map((a) => {
        if (!(a instanceof PyInt) && a.ob_type.nb_index === null) raiseTypeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
        return toBig(a);
      });
      const [start, stop, step] = v.length === 1 ? [0n, v[0], 1n] : [v[0], v[1], v[2] ?? 1n];
      if (step === 0n) raiseValueError('range() arg 3 must not be zero');
      return newRange(start, stop, step);
    },
    tp_repr: (o) => {
      const r = R(o);
      return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    tp_hash: (o) => {
      const r = R(o);
      if (r.len === 0n) return tupleHash([newInt(0), Py_None, Py_None]);
      if (r.len === 1n) return tupleHash([newInt(1), newIntBig(r.start), Py_None]);
      return tupleHash([newIntBig(r.len), newIntBig(r.start), newIntBig(r.step)]);
    },
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyRange) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
      const x = R(a);
      let eq: boolean;
      if (x.len !== b.len) eq = false;
      else if (x.len === 0n) eq = true;
      else if (x.start !== b.start) eq = false;
      else eq = x.len === 1n || x.step === b.step;
      return newBool(op === Py_EQ ? eq : !eq);
    },
    mp_length: (o) => {
      const n = R(o).len;
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
      return Number(n);
    },
    nb_bool: (o) => R(o).len > 0n,
    mp_subscript: (o, k) => {
      const r = R(o);
      if (k.ob_type === PySlice_Type) {
        const [start, stop, step, len] = sliceIndicesOf(k, Number(r.len));
        const s = r.start + BigInt(start) * r.step, st = r.step * BigInt(step);
        return new PyRange(s, r.start + BigInt(stop) * r.step, st, BigInt(len));
      }
      if (!(k instanceof PyInt) && k.ob_type.nb_index === null) raiseTypeError(`range indices must be integers or slices, not ${typeName(k)}`);
      let i = toBig(k);
      if (i < 0n) i += r.len;
      if (i < 0n || i >= r.len) raiseIndexError('range object index out of range');
      return rangeItem(r, i);
    },
    sq_contains: (o, x) => {
      const r = R(o);
      if (x.ob_type.tp_name === 'int' || x.ob_type.tp_name === 'bool') {
        const v = intToBig(x as PyInt);
        if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
        return (v - r.start) % r.step === 0n;
      }
      for (let i = 0n; i < r.len; i++) if (richCompareBool(rangeItem(r, i), x, Py_EQ)) return true;
      return false;
    },
    tp_iter: (o) => rangeIter(R(o), false),
  },
  methods: [
    { name: 'count', fn: (s, a) => newInt(PyRange_Type.sq_contains!(s, a[0]) ? 1 : 0) },
    { name: 'index', fn: (s, a) => {
      const r = R(s);
      if (a[0] instanceof PyInt) {
        const v = intToBig(a[0]);
        const inRange = r.step > 0n ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
        if (inRange && (v - r.start) % r.step === 0n) return newIntBig((v - r.start) / r.step);
      } else {
        for (let i = 0n; i < r.len; i++) if (richCompareBool(rangeItem(r, i), a[0], Py_EQ)) return newIntBig(i);
      }
      raiseValueError(`${reprString(a[0])} is not in range`);
    } },
    { name: '__reversed__', fn: (s) => rangeIter(R(s), true) },
  ],
  getsets: [
    { name: 'start', get: (s) => newIntBig(R(s).start) },
    { name: 'stop', get: (s) => newIntBig(R(s).stop) },
    { name: 'step', get: (s) => newIntBig(R(s).step) },
  ],
});

defineType(PyRangeIter_Type, {
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as RangeIter;
      if (it.left <= 0) return null;
      it.left--;
      const v = it.next;
      it.next += it.step;
      // Not recorded in the zero-count table (a store per item of every `for i in range(n)`):
      // the loop counts it at once, and a native taking items releases them (releaseTemp).
      return newIntOwned(v);
    },
  },
  methods: [{ name: '__length_hint__', fn: (s) => newInt((s as RangeIter).left) }],
});
defineType(PyLongRangeIter_Type, {
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as LongRangeIter;
      if (it.left <= 0n) return null;
      it.left--;
      const v = it.next;
      it.next += it.step;
      return newIntBig(v);
    },
  },
});

// ## enumerate

/**
 * A tuple made with the iterator, as enum_new's en_result and zip_new's result: CPython
 * refills it for the next item when nothing else holds it.  glasspy always hands out a new
 * tuple (a native may hold a yielded one without counting it), so this one keeps its Nones;
 * it is still the object CPython allocates, and part of the iterator's garbage.
 */
function resultTuple(n: number): PyTuple {
  const t = newTuple(new Array<PyObject>(n).fill(Py_None));
  t.ob_refcnt++;
  return t;
}

class Enumerate extends PyObject {
  readonly result: PyTuple;
  constructor(readonly it: PyObject, public count: number | bigint, type: PyType) {
    super(type);
    it.ob_refcnt++;
    this.result = resultTuple(2);
    gcTrack(this);
  }
}
countedFields(Enumerate, ['it', 'result']);
defineType(PyEnum_Type, {
  doc: 'Return an enumerate object.',
  slots: {
    tp_new: (type, args, kw) => {
      const [iterable, start] = parseArgs('enumerate', args, kw, { names: ['iterable', 'start'], required: 1, posonly: 0 });
      let c: number | bigint = 0;
      if (start !== null) {
        if (!(start instanceof PyInt) && start.ob_type.nb_index === null) raiseTypeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
        c = index(start).value;
      }
      return new Enumerate(getIter(iterable!), c, type);
    },
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const e = s as Enumerate;
      const x = iterNext(e.it);
      if (x === null) return null;
      const i = e.count;
      e.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
      return newTuple([typeof i === 'number' ? newInt(i) : newIntBig(i), x]);
    },
  },
});

// ## zip

class Zip extends PyObject {
  /** ittuple: the iterators, in a tuple as zip_new keeps them. */
  readonly ittuple: PyTuple;
  readonly result: PyTuple;
  constructor(its: PyObject[], readonly strict: boolean, type: PyType) {
    super(type);
    this.ittuple = newTuple(its);
    this.ittuple.ob_refcnt++;
    this.result = resultTuple(its.length);
    gcTrack(this);
  }
}
countedFields(Zip, ['ittuple', 'result']);
defineType(PyZip_Type, {
  doc: 'zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.',
  slots: {
    tp_new: (type, args, kw) => {
      const nkw = kw?.length ?? 0;
      let strict = false;
      for (let i = 0; i < nkw; i++) {
        if (kw![i] !== 'strict') raiseTypeError(`zip() got an unexpected keyword argument '${kw![i]}'`);
        strict = isTrue(args[args.length - nkw + i]);
      }
      const its = args.slice(0, args.length - nkw).map((a, i) => {
        if (a.ob_type.tp_iter === null && !a.ob_type.sq_item) raiseTypeError(`zip argument #${i + 1} must support iteration`);
        return getIter(a);
      });
      return new Zip(its, strict, type);
    },
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const z = s as Zip;
      const its = z.ittuple.items;
      if (its.length === 0) return null;
      const out: PyObject[] = [];
      for (let i = 0; i < its.length; i++) {
        const x = iterNext(its[i]);
        if (x === null) {
          if (z.strict) {
            if (i > 0) raiseValueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? `s 1-${i}` : ' 1'}`);
            for (let j = 1; j < its.length; j++) {
              if (iterNext(its[j]) !== null) raiseValueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`);
            }
          }
          return null;
        }
        out.push(x);
      }
      return newTuple(out);
    },
  },
});

// ## map and filter

class MapObj extends PyObject {
  /** The iterators, in a tuple as map_new keeps them. */
  readonly iters: PyTuple;
  constructor(readonly fn: PyObject, its: PyObject[], type: PyType) {
    super(type);
    fn.ob_refcnt++;
    this.iters = newTuple(its);
    this.iters.ob_refcnt++;
    gcTrack(this);
  }
}
countedFields(MapObj, ['iters', 'fn']);
defineType(PyMap_Type, {
  doc: 'map(func, *iterables) --> map object',
  slots: {
    tp_new: (type, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('map() takes no keyword arguments');
      if (args.length < 2) raiseTypeError('map() must have at least two arguments.');
      return new MapObj(args[0], args.slice(1).map((a) => getIter(a)), type);
    },
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const mo = s as MapObj;
      const xs: PyObject[] = [];
      for (const it of mo.iters.items) {
        const x = iterNext(it);
        if (x === null) return null;
        xs.push(x);
      }
      // map_next drops its argument tuple once the call returns.
      const r = call(mo.fn, xs);
      for (let i = 0; i < xs.length; i++) if (xs[i] !== r) releaseTemp(xs[i]);
      return r;
    },
  },
});

class FilterObj extends PyObject {
  constructor(readonly fn: PyObject, readonly it: PyObject, type: PyType) { super(type); fn.ob_refcnt++; it.ob_refcnt++; gcTrack(this); }
}
countedFields(FilterObj, ['fn', 'it']);
defineType(PyFilter_Type, {
  doc: 'filter(function or None, iterable) --> filter object',
  slots: {
    tp_new: (type, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('filter() takes no keyword arguments');
      if (args.length !== 2) raiseTypeError(`filter expected 2 arguments, got ${args.length}`);
      return new FilterObj(args[0], getIter(args[1]), type);
    },
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const f = s as FilterObj;
      for (;;) {
        const x = iterNext(f.it);
        if (x === null) return null;
        let ok: boolean;
        if (f.fn === Py_None || f.fn.ob_type.tp_name === 'bool') ok = isTrue(x);
        else {
          const r = call(f.fn, [x]);
          ok = isTrue(r);
          if (r !== x) releaseTemp(r);
        }
        if (ok) return x;
        releaseTemp(x);
      }
    },
  },
});

// ## reversed and the sequence iterator

class SeqIter extends PyObject {
  constructor(readonly seq: PyObject | null, public i: number, type: PyType) { super(type); if (seq !== null) seq.ob_refcnt++; gcTrack(this); }
}
countedFields(SeqIter, ['seq']);
defineType(PyReversed_Type, {
  doc: 'Return a reverse iterator over the values of the given sequence.',
  slots: {
    tp_new: (type, args, kw) => {
      if (kw !== null && kw.length) raiseTypeError('reversed() takes no keyword arguments');
      if (args.length !== 1) raiseTypeError(`reversed expected 1 argument, got ${args.length}`);
      const seq = args[0];
      const rev = lookupSpecial(seq, '__reversed__');
      if (rev !== null && rev !== Py_None) {
        try {
          return call(rev, []);
        } finally {
          releaseLater(rev);
        }
      }
      // PySequence_Check: indexable by int and not a dict; then the length must exist.
      if (rev === Py_None || !seq.ob_type.sq_item || isSubtype(seq.ob_type, PyDict_Type)) {
        raiseTypeError(`'${typeName(seq)}' object is not reversible`);
      }
      return new SeqIter(seq, length(seq) - 1, type);
    },
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as SeqIter;
      if (it.seq === null || it.i < 0) return null;
      try {
        return getItem(it.seq, newInt(it.i--));
      } catch (e) {
        if (e instanceof PyBaseException && (e.ob_type.tp_name === 'IndexError' || isSubtype(e.ob_type, StopIteration))) {
          // The end of the sequence: the exception is cleared (freed with its traceback).
          releaseLater(e);
          it.i = -1;
          return null;
        }
        throw e;
      }
    },
  },
  methods: [{
    name: '__length_hint__', doc: 'Private method returning an estimate of len(list(it)).', fn: (s) => {
      // enumobject.c: reversed_len — what is left, or 0 once the sequence has shrunk below it.
      const it = s as SeqIter;
      if (it.seq === null || it.i < 0) return newInt(0);
      const position = it.i + 1;
      return newInt(length(it.seq) < position ? 0 : position);
    },
  }],
});

defineType(PySeqIter_Type, {
  slots: {
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const it = s as SeqIter;
      if (it.seq === null) return null;
      try {
        return getItem(it.seq, newInt(it.i++));
      } catch (e) {
        if (e instanceof PyBaseException && (e.ob_type.tp_name === 'IndexError' || isSubtype(e.ob_type, StopIteration))) {
          // iterobject.c: iter_iternext clears the exception and Py_CLEARs it_seq.
          releaseLater(e);
          const seq = it.seq;
          (it as { seq: PyObject | null }).seq = null;
          Py_DECREF(seq);
          return null;
        }
        throw e;
      }
    },
  },
});
seqIterFactory.make = (seq) => new SeqIter(seq, 0, PySeqIter_Type);

class CallIter extends PyObject {
  done = false;
  constructor(readonly fn: PyObject, readonly sentinel: PyObject) { super(PyCallIter_Type); fn.ob_refcnt++; sentinel.ob_refcnt++; gcTrack(this); }
}
countedFields(CallIter, ['fn', 'sentinel']);
defineType(PyCallIter_Type, {
  slots: {
    tp_new: (_t, args) => new CallIter(args[0], args[1]),
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const c = s as CallIter;
      if (c.done) return null;
      let v: PyObject;
      try {
        v = call(c.fn, []);
      } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.ob_type, StopIteration)) { releaseLater(e); c.done = true; return null; }
        throw e;
      }
      if (richCompareBool(v, c.sentinel, Py_EQ)) { c.done = true; return null; }
      return v;
    },
  },
});

export { hashInt, PyTuple };
