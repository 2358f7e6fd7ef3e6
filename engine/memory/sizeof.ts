// ## sys.getsizeof
//
// Calls the object's __sizeof__ (so user overrides count; the builtin ones are in
// sizeof_core.ts and containers.ts) and adds the pre-header: PyGC_Head for GC types and
// the managed-dict pointers of 3.11 instances.

import { releaseLater } from './refcount.js';
import { PyObject } from '../objects/object.js';
import { PyInt, newInt } from '../objects/int.js';
import { parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError, PyBaseException, TypeError } from '../objects/exceptions.js';
import { call } from '../objects/abstract.js';
import { isSubtype } from '../objects/type.js';
import { lookupSpecial } from '../objects/typeobject.js';
import { preHeaderSize } from './sizes.js';

/** sys.getsizeof(object[, default]). */
export function sysGetsizeof(args: PyObject[], kw: string[] | null): PyObject {
  const [o, dflt] = parseArgs('getsizeof', args, kw, { names: ['object', 'default'], required: 1, posonly: 0 });
  const obj = o!;
  const meth = lookupSpecial(obj, '__sizeof__');
  if (meth === null) {
    if (dflt !== null) return dflt;
    raiseTypeError(`Type ${obj.ob_type.tp_name} doesn't define __sizeof__`);
  }
  let res: PyObject;
  try {
    res = call(meth, []);
    if (!(res instanceof PyInt)) raiseTypeError('an integer is required');
  } catch (e) {
    if (dflt !== null && e instanceof PyBaseException && isSubtype(e.ob_type, TypeError)) return dflt;
    throw e;
  } finally {
    releaseLater(meth);
  }
  const v = res.value;
  if (v < 0) raiseValueError('__sizeof__() should return >= 0');
  return newInt(Number(v) + preHeaderSize(obj.ob_type));
}
