// ## Method resolution order
//
// Models Objects/typeobject.c: mro_implementation() — C3 linearisation of the bases' MROs.

import { PyType } from './type.js';
import { raiseTypeError } from './exceptions.js';

export function computeMro(t: PyType): PyType[] {
  const bases = t.tp_bases;
  if (bases.length === 0) return [t];
  if (bases.length === 1) return [t, ...(bases[0].tp_mro.length ? bases[0].tp_mro : computeMro(bases[0]))];
  const seqs: PyType[][] = bases.map((b) => b.tp_mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length);
    if (!live.length) return out;
    let head: PyType | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((o) => o.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (head === null) {
      // CPython lists the bases still in conflict, in order, without duplicates.
      const names: string[] = [];
      for (const s of live) if (!names.includes(s[0].shortName)) names.push(s[0].shortName);
      raiseTypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}
