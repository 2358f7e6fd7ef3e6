// ## Argument parsing for natives
//
// What Argument Clinic generates for CPython's builtins: bind positional and keyword
// arguments to named parameters and raise CPython's TypeErrors when they do not fit.

import { PyObject } from './object.js';
import { raiseTypeError } from './exceptions.js';

export interface ArgSpec {
  /** Parameter names in order.  The first `posonly` cannot be given by keyword. */
  names: readonly string[];
  /** How many leading parameters are required. */
  required: number;
  /** Leading positional-only parameters (CPython's `/`); default: all of them. */
  posonly?: number;
  /** Parameters from this index on are keyword-only (CPython's `*`). */
  kwonlyFrom?: number;
}

/**
 * Bind `args` (positional then keyword values named by kwnames) to `spec.names`; absent
 * optional parameters come back as null.  `fname` is the name in messages, e.g. 'split'.
 */
export function parseArgs(fname: string, args: PyObject[], kwnames: string[] | null, spec: ArgSpec): (PyObject | null)[] {
  const n = spec.names.length;
  const posonly = spec.posonly ?? n;
  const kwonlyFrom = spec.kwonlyFrom ?? n;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | null)[] = new Array(n).fill(null);
  if (npos > kwonlyFrom) {
    if (nkw === 0 && kwonlyFrom === n && posonly === n) {
      if (spec.required === n) {
        raiseTypeError(n === 1 ? `${fname}() takes exactly one argument (${npos} given)` : `${fname} expected ${n} arguments, got ${npos}`);
      }
      raiseTypeError(`${fname} expected at most ${kwonlyFrom} argument${kwonlyFrom === 1 ? '' : 's'}, got ${npos}`);
    }
    if (kwonlyFrom === 0) raiseTypeError(`${fname}() takes no positional arguments`);
    raiseTypeError(`${fname}() takes at most ${kwonlyFrom} positional argument${kwonlyFrom === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (nkw) {
    if (posonly === n && spec.kwonlyFrom === undefined) raiseTypeError(`${fname}() takes no keyword arguments`);
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const i = spec.names.indexOf(name);
      if (i < 0 || i < posonly) {
        raiseTypeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[i] !== null) {
        raiseTypeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
      }
      out[i] = args[npos + k];
    }
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === null) {
      if (i < posonly && nkw === 0) {
        if (spec.required === n && n === 1) raiseTypeError(`${fname}() takes exactly one argument (${npos} given)`);
        raiseTypeError(`${fname} expected ${spec.required === n ? '' : 'at least '}${spec.required} argument${spec.required === 1 ? '' : 's'}, got ${npos}`);
      }
      raiseTypeError(`${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** For natives with no parameters: `raise TypeError` if anything was passed. */
export function noArgs(fname: string, args: PyObject[]): void {
  if (args.length) raiseTypeError(`${fname}() takes no arguments (${args.length} given)`);
}

/** For natives taking exactly one positional argument (METH_O). */
export function oneArg(fname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length) raiseTypeError(`${fname}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
