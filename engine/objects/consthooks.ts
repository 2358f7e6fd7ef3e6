// ## Constructors the code loader needs from types defined elsewhere
//
// Code constants include complex numbers, bytes and frozensets, whose types live in files
// that load after code.ts; engine/objects/init.ts points these at the real constructors.

import type { PyObject } from './object.js';

export const constHooks = {
  complex: (_re: number, _im: number): PyObject => { throw new Error('complex constants: complex type not initialised'); },
  bytes: (_b: Uint8Array): PyObject => { throw new Error('bytes constants: bytes type not initialised'); },
  frozenset: (_items: PyObject[]): PyObject => { throw new Error('frozenset constants: frozenset type not initialised'); },
};
