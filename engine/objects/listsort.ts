// ## list.sort: CPython 3.11's timsort
//
// Models Objects/listobject.c (3.11): list_sort_impl() with count_run, binarysort, the
// powersort merge policy (found_new_run / powerloop), galloping merges (merge_lo, merge_hi,
// gallop_left, gallop_right) and the pre-sort check that picks a type-specialised "<".
// The point of following CPython step for step is that the sequence of `<` calls is the
// same: a class whose __lt__ prints shows the same lines as under CPython, and sorting
// nearly-ordered data costs as few comparisons.  Keys and values move in lockstep; when
// there is no key function the keys are the values (`vals` is null).

import { PyObject, Py_LT, Py_EQ } from './object.js';
import { PyTuple_Type, PyLong_Type, PyFloat_Type, PyUnicode_Type } from './typeobjects.js';
import { PyTuple } from './tuple.js';
import { PyInt } from './int.js';
import { PyFloat } from './float.js';
import { PyStr, strLength, compareStr } from './str.js';
import { Py_True, Py_False, Py_NotImplemented } from './singletons.js';
import { richCompareBool, isTrue } from './abstract.js';
import type { RichCmpFunc } from './object.js';

type LessThan = (a: PyObject, b: PyObject) => boolean;

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

const safeLt: LessThan = (a, b) => richCompareBool(a, b, Py_LT);

/** The pre-sort check: one "<" for the whole sort, specialised when every key allows it. */
function chooseLessThan(keys: PyObject[]): LessThan {
  let inTuples = keys[0].ob_type === PyTuple_Type && (keys[0] as PyTuple).items.length > 0;
  const first = inTuples ? (keys[0] as PyTuple).items[0] : keys[0];
  const keyType = first.ob_type;
  let sameType = true;
  let simpleStrings = true;
  for (const k of keys) {
    if (inTuples && !(k.ob_type === PyTuple_Type && (k as PyTuple).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTuple).items[0] : k;
    if (key.ob_type !== keyType) {
      sameType = false;
      if (!inTuples) break;
    } else if (keyType === PyUnicode_Type && simpleStrings) {
      strLength(key as PyStr);
      // JS `<` orders UTF-16 units; that is code-point order unless surrogates are present.
      if ((key as PyStr).cps !== null) simpleStrings = false;
    }
  }
  let lt: LessThan = safeLt;
  if (sameType) {
    if (keyType === PyUnicode_Type && simpleStrings) lt = (a, b) => (a as PyStr).value < (b as PyStr).value;
    else if (keyType === PyLong_Type) lt = (a, b) => (a as PyInt).value < (b as PyInt).value;
    else if (keyType === PyFloat_Type) lt = (a, b) => (a as PyFloat).value < (b as PyFloat).value;
    else if (keyType.tp_richcompare !== null) lt = sameTypeLt(keyType.tp_richcompare);
  }
  if (!inTuples) return lt;
  // unsafe_tuple_compare: the first unequal position decides; position 0 uses the
  // specialised "<" of the first elements (unless those are tuples themselves).
  const elemLt = keyType === PyTuple_Type ? safeLt : lt;
  return (a, b) => {
    const v = (a as PyTuple).items, w = (b as PyTuple).items;
    const n = Math.min(v.length, w.length);
    let i = 0;
    for (; i < n; i++) if (!exactEq(v[i], w[i])) break;
    if (i >= n) return v.length < w.length;
    return i === 0 ? elemLt(v[0], w[0]) : exactLt(v[i], w[i]);
  };
}

/**
 * PyObject_RichCompareBool(a, b, Py_EQ) with the answer of int_richcompare and
 * unicode_compare_eq computed here for two exact ints held as numbers or two exact strs (their
 * slots give the same answer; no Python code can run for them).
 */
function exactEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = a.ob_type;
  if (t === b.ob_type) {
    if (t === PyUnicode_Type) return (a as PyStr).value === (b as PyStr).value;
    if (t === PyLong_Type) {
      const x = (a as PyInt).value, y = (b as PyInt).value;
      if (typeof x === 'number' && typeof y === 'number') return x === y;
    }
  }
  return richCompareBool(a, b, Py_EQ);
}

/** The same for Py_LT (strs in code-point order, as unicode_compare). */
function exactLt(a: PyObject, b: PyObject): boolean {
  const t = a.ob_type;
  if (t === b.ob_type) {
    if (t === PyUnicode_Type) return compareStr(a as PyStr, b as PyStr) < 0;
    if (t === PyLong_Type) {
      const x = (a as PyInt).value, y = (b as PyInt).value;
      if (typeof x === 'number' && typeof y === 'number') return x < y;
    }
  }
  return richCompareBool(a, b, Py_LT);
}

/** unsafe_object_compare: call the type's tp_richcompare directly while the types agree. */
function sameTypeLt(cmp: RichCmpFunc): LessThan {
  return (a, b) => {
    if (a.ob_type.tp_richcompare !== cmp) return richCompareBool(a, b, Py_LT);
    const r = cmp(a, b, Py_LT);
    if (r === Py_NotImplemented) return richCompareBool(a, b, Py_LT);
    if (r === Py_True) return true;
    if (r === Py_False) return false;
    return isTrue(r);
  };
}

interface Run { base: number; len: number; power: number }

class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  /** Temporary storage for merges (keys, and values when sorting by key). */
  tk: PyObject[] = [];
  tv: PyObject[] = [];
  constructor(readonly keys: PyObject[], readonly vals: PyObject[] | null, readonly lt: LessThan) {}

  private reverse(lo: number, hi: number): void {
    const k = this.keys, v = this.vals;
    for (hi--; lo < hi; lo++, hi--) {
      const t = k[lo]; k[lo] = k[hi]; k[hi] = t;
      if (v !== null) { const u = v[lo]; v[lo] = v[hi]; v[hi] = u; }
    }
  }

  /** Length of the run starting at lo (descending runs are strictly descending). */
  private countRun(lo: number, hi: number): number {
    const k = this.keys, lt = this.lt;
    if (lo + 1 === hi) return 1;
    let n = 2;
    let i = lo + 1;
    if (lt(k[i], k[i - 1])) {
      for (i++; i < hi; i++, n++) if (!lt(k[i], k[i - 1])) break;
      this.reverse(lo, lo + n);
    } else {
      for (i++; i < hi; i++, n++) if (lt(k[i], k[i - 1])) break;
    }
    return n;
  }

  /** Stable binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
  private binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys, v = this.vals, lt = this.lt;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo, r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, k[p])) r = p; else l = p + 1;
      } while (l < r);
      for (let m = start; m > l; m--) k[m] = k[m - 1];
      k[l] = pivot;
      if (v !== null) {
        const vp = v[start];
        for (let m = start; m > l; m--) v[m] = v[m - 1];
        v[l] = vp;
      }
    }
  }

  /** Leftmost position in a[base, base+n) where key belongs (a[k-1] < key <= a[k]). */
  private gallopLeft(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(a[base + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[base + hint + ofs], key)) { lastofs = ofs; ofs = (ofs << 1) + 1; } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m], key)) lastofs = m + 1; else ofs = m;
    }
    return ofs;
  }

  /** Rightmost position in a[base, base+n) where key belongs (a[k-1] <= key < a[k]). */
  private gallopRight(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(key, a[base + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint - ofs])) { lastofs = ofs; ofs = (ofs << 1) + 1; } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m])) ofs = m; else lastofs = m + 1;
    }
    return ofs;
  }

  /** Copy n keys (and values) from one array position to another. */
  private move(dk: PyObject[], dv: PyObject[] | null, d: number, sk: PyObject[], sv: PyObject[] | null, s: number, n: number): void {
    if (d < s || dk !== sk) {
      for (let i = 0; i < n; i++) dk[d + i] = sk[s + i];
      if (dv !== null && sv !== null) for (let i = 0; i < n; i++) dv[d + i] = sv[s + i];
    } else {
      for (let i = n - 1; i >= 0; i--) dk[d + i] = sk[s + i];
      if (dv !== null && sv !== null) for (let i = n - 1; i >= 0; i--) dv[d + i] = sv[s + i];
    }
  }

  /** merge_lo: merge runs a = [pa, pa+na) and b = [pb, pb+nb) with na <= nb, via a temp copy of a. */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const k = this.keys, v = this.vals, lt = this.lt;
    const tk = this.tk, tv = v !== null ? this.tv : null;
    this.move(tk, tv, 0, k, v, pa, na);
    let dest = pa, a = 0, b = pb;
    const copy = (fromTemp: boolean, from: number) => {
      k[dest] = fromTemp ? tk[from] : k[from];
      if (v !== null) v[dest] = fromTemp ? tv![from] : v[from];
      dest++;
    };
    copy(false, b++);
    nb--;
    let minGallop = this.minGallop;
    try {
      if (nb === 0) return;
      if (na === 1) { this.copyB(dest, b, nb, a); na = 0; return; }
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (lt(k[b], tk[a])) {
            copy(false, b++);
            bcount++; acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            copy(true, a++);
            acount++; bcount = 0;
            if (--na === 1) { this.copyB(dest, b, nb, a); na = 0; return; }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let n = this.gallopRight(k[b], tk, a, na, 0);
          acount = n;
          if (n) {
            this.move(k, v, dest, tk, tv, a, n);
            dest += n; a += n; na -= n;
            if (na === 1) { this.copyB(dest, b, nb, a); na = 0; return; }
            if (na === 0) return;
          }
          copy(false, b++);
          if (--nb === 0) return;
          n = this.gallopLeft(tk[a], k, b, nb, 0);
          bcount = n;
          if (n) {
            this.move(k, v, dest, k, v, b, n);
            dest += n; b += n; nb -= n;
            if (nb === 0) return;
          }
          copy(true, a++);
          if (--na === 1) { this.copyB(dest, b, nb, a); na = 0; return; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // On success or on an exception from "<", what is left of a goes back in place, so the
      // list stays a permutation of its input.
      if (na > 0) this.move(k, v, dest, tk, tv, a, na);
    }
  }

  /** merge_lo's CopyB: the rest of b, then the last element of a (which belongs at the end). */
  private copyB(dest: number, b: number, nb: number, a: number): void {
    const k = this.keys, v = this.vals;
    this.move(k, v, dest, k, v, b, nb);
    k[dest + nb] = this.tk[a];
    if (v !== null) v[dest + nb] = this.tv[a];
  }

  /** merge_hi: merge runs a = [pa, pa+na) and b = [pb, pb+nb) with na >= nb, from the right. */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const k = this.keys, v = this.vals, lt = this.lt;
    const tk = this.tk, tv = v !== null ? this.tv : null;
    this.move(tk, tv, 0, k, v, pb, nb);
    let dest = pb + nb - 1, a = pa + na - 1, b = nb - 1;
    const copy = (fromTemp: boolean, from: number) => {
      k[dest] = fromTemp ? tk[from] : k[from];
      if (v !== null) v[dest] = fromTemp ? tv![from] : v[from];
      dest--;
    };
    copy(false, a--);
    na--;
    let minGallop = this.minGallop;
    try {
      if (na === 0) return;
      if (nb === 1) { this.copyA(dest, a, na, b); nb = 0; return; }
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (lt(tk[b], k[a])) {
            copy(false, a--);
            acount++; bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            copy(true, b--);
            bcount++; acount = 0;
            if (--nb === 1) { this.copyA(dest, a, na, b); nb = 0; return; }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let n = this.gallopRight(tk[b], k, pa, na, na - 1);
          n = na - n;
          acount = n;
          if (n) {
            dest -= n; a -= n;
            this.move(k, v, dest + 1, k, v, a + 1, n);
            na -= n;
            if (na === 0) return;
          }
          copy(true, b--);
          if (--nb === 1) { this.copyA(dest, a, na, b); nb = 0; return; }
          n = this.gallopLeft(k[a], tk, 0, nb, nb - 1);
          n = nb - n;
          bcount = n;
          if (n) {
            dest -= n; b -= n;
            this.move(k, v, dest + 1, tk, tv, b + 1, n);
            nb -= n;
            if (nb === 1) { this.copyA(dest, a, na, b); nb = 0; return; }
            if (nb === 0) return;
          }
          copy(false, a--);
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (nb > 0) this.move(k, v, dest - (nb - 1), tk, tv, 0, nb);
    }
  }

  /** merge_hi's CopyA: the rest of a slides right, then the first element of b goes in front. */
  private copyA(dest: number, a: number, na: number, b: number): void {
    const k = this.keys, v = this.vals;
    this.move(k, v, dest + 1 - na, k, v, a + 1 - na, na);
    const d = dest - na;
    k[d] = this.tk[b];
    if (v !== null) v[d] = this.tv[b];
  }

  /** merge_at: merge pending runs i and i+1. */
  private mergeAt(i: number): void {
    const p = this.pending;
    let pa = p[i].base, na = p[i].len;
    const pb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    p.splice(i + 1, 1);
    const k = this.keys;
    const skip = this.gallopRight(k[pb], k, pa, na, 0);
    pa += skip;
    na -= skip;
    if (na === 0) return;
    nb = this.gallopLeft(k[pa + na - 1], k, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb); else this.mergeHi(pa, na, pb, nb);
  }

  /** found_new_run: the powersort policy merges runs whose power exceeds the new one's. */
  private foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, this.keys.length);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
  }

  private forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }

  sort(): void {
    const total = this.keys.length;
    let lo = 0, remaining = total;
    const minrun = computeMinrun(remaining);
    do {
      let n = this.countRun(lo, lo + remaining);
      if (n < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + n);
        n = force;
      }
      this.foundNewRun(n);
      this.pending.push({ base: lo, len: n, power: 0 });
      lo += n;
      remaining -= n;
    } while (remaining);
    this.forceCollapse();
  }
}

/** Depth of the boundary between two adjacent runs in the powersort merge tree. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) { a -= n; b -= n; } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** merge_compute_minrun: a run length near 32..64 such that n/minrun is just under a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) { r |= n & 1; n >>= 1; }
  return n + r;
}

/**
 * Sort `keys` in place (and `vals` in lockstep when given), stably, calling only `<`.  An
 * exception from a comparison propagates with both arrays still permutations of the input.
 */
export function timsort(keys: PyObject[], vals: PyObject[] | null): void {
  if (keys.length < 2) return;
  new MergeState(keys, vals, chooseLessThan(keys)).sort();
}
