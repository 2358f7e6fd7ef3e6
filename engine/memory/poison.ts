// ## Poisoning freed ints, floats and strs (a debugging aid, off by default)
//
// A reference-counting bug that drops a reference too many (or stores one without counting
// it) leaves a holder pointing at a freed object.  For most types that is visible at once;
// for exact ints, floats and strs it is not: the dead object keeps its value, so reading it
// still "works" until its JS object or block is reused and another value shows through,
// far from the cause.  With GLASSPY_POISON_FREED=1 in the environment at start-up, freeAtom
// overwrites the value of every int, float and str it frees with a marker and never pools
// the object for reuse, so a later read prints the marker where the bug is:
// '<freed str>' for a str, 3735928559 (0xDEADBEEF) for an int or a float.
//
// Read once, as a module-level constant, so the free path pays one predictable branch on a
// constant when it is off.

export const POISON_FREED: boolean =
  typeof process !== 'undefined' && process.env !== undefined && process.env.GLASSPY_POISON_FREED === '1';

export const FREED_STR = '<freed str>';
export const FREED_NUMBER = 0xDEADBEEF;

/** The str, int and float types, set at boot (boot.ts): poison.ts imports no object module. */
export const poisonTypes = { str: null as object | null, int: null as object | null, float: null as object | null };

interface AtomFields { value: unknown; hash?: number; hashBig?: bigint | null; cps?: number[] | null; cplen?: number }

/** Overwrites a dying exact int, float or str's value with the marker (see above). */
export function poisonAtom(o: object, isStr: boolean): void {
  const a = o as AtomFields;
  if (isStr) {
    a.value = FREED_STR;
    a.hash = -1;
    a.hashBig = null;
    a.cps = null;
    a.cplen = -1;
  } else {
    a.value = typeof a.value === 'bigint' ? BigInt(FREED_NUMBER) : FREED_NUMBER;
  }
}

/**
 * objectFree's part: an exact str freed outside freeAtom, or an instance of a subclass of
 * str, int or float (their values are read the same way).
 */
export function poisonObject(o: { ob_type: { tp_base: unknown } }): void {
  for (let t = o.ob_type as { tp_base: unknown } | null; t !== null; t = t.tp_base as { tp_base: unknown } | null) {
    if (t === poisonTypes.str) { poisonAtom(o, true); return; }
    if (t === poisonTypes.int || t === poisonTypes.float) { poisonAtom(o, false); return; }
  }
}
