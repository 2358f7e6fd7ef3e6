// ## Exceptions: the 3.11 hierarchy and how natives raise
//
// A Python exception is a PyBaseException object; natives raise it by throwing the object
// itself (a JS `throw` of a non-Error value captures no JS stack, so it is cheap).  The
// evaluation loop catches it and unwinds through the exception table.  Type-specific
// attributes (StopIteration.value, OSError.errno, SyntaxError.lineno ...) live in the
// instance __dict__, set by each type's __init__ (exceptions_init.ts).

import { PyObject } from './object.js';
import { gcTrack } from '../memory/gcstate.js';
import { PyType, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_HAVE_GC } from './type.js';
import { newStaticType, PyBaseObject_Type } from './typeobjects.js';
import { PyTuple, newTuple } from './tuple.js';
import { newStr } from './str.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  traceback: PyObject | null;
  cause: PyObject | null;
  context: PyObject | null;
  suppress_context: boolean;
  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
    args.ob_refcnt++;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppress_context = false;
    // BaseException_new tracks it: an exception kept in a local of a frame its traceback
    // holds is the classic cycle.
    gcTrack(this);
  }
}

const EXC_FLAGS = Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_HAVE_GC;

/** name -> type, for the builtins module. */
export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = newStaticType(name, base ?? PyBaseObject_Type, EXC_FLAGS);
  t.tp_hasdict = true;
  t.tp_basicsize = 64;
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc('BaseException', null);
export const BaseExceptionGroup = exc('BaseExceptionGroup', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const SystemExit = exc('SystemExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const FloatingPointError = exc('FloatingPointError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const BufferError = exc('BufferError', Exception);
export const EOFError = exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
export const BlockingIOError = exc('BlockingIOError', OSError);
export const ChildProcessError = exc('ChildProcessError', OSError);
export const ConnectionError = exc('ConnectionError', OSError);
export const BrokenPipeError = exc('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = exc('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = exc('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = exc('ConnectionResetError', ConnectionError);
export const FileExistsError = exc('FileExistsError', OSError);
export const FileNotFoundError = exc('FileNotFoundError', OSError);
export const InterruptedError = exc('InterruptedError', OSError);
export const IsADirectoryError = exc('IsADirectoryError', OSError);
export const NotADirectoryError = exc('NotADirectoryError', OSError);
export const PermissionError = exc('PermissionError', OSError);
export const ProcessLookupError = exc('ProcessLookupError', OSError);
export const TimeoutError = exc('TimeoutError', OSError);
export const ReferenceError = exc('ReferenceError', Exception);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
export const StopAsyncIteration = exc('StopAsyncIteration', Exception);
export const StopIteration = exc('StopIteration', Exception);
export const SyntaxError = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxError);
export const TabError = exc('TabError', IndentationError);
export const SystemError = exc('SystemError', Exception);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const UnicodeDecodeError = exc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exc('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = exc('UnicodeTranslateError', UnicodeError);
export const Warning = exc('Warning', Exception);
export const BytesWarning = exc('BytesWarning', Warning);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const EncodingWarning = exc('EncodingWarning', Warning);
export const FutureWarning = exc('FutureWarning', Warning);
export const ImportWarning = exc('ImportWarning', Warning);
export const PendingDeprecationWarning = exc('PendingDeprecationWarning', Warning);
export const ResourceWarning = exc('ResourceWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const SyntaxWarning = exc('SyntaxWarning', Warning);
export const UnicodeWarning = exc('UnicodeWarning', Warning);
export const UserWarning = exc('UserWarning', Warning);
export const ExceptionGroup = exc('ExceptionGroup', BaseExceptionGroup);
ExceptionGroup.tp_bases = [BaseExceptionGroup, Exception];

/** A new exception instance with one str argument (or none when msg is null). */
export function newException(type: PyType, msg: string | null): PyBaseException {
  return new PyBaseException(type, msg === null ? newTuple([]) : newTuple([newStr(msg)]));
}

/** A new exception instance with arbitrary args. */
export function newExceptionArgs(type: PyType, args: PyObject[]): PyBaseException {
  return new PyBaseException(type, newTuple(args));
}

/** Raise `type(msg)` from native code. */
export function raise(type: PyType, msg: string | null = null): never {
  throw newException(type, msg);
}

export function raiseTypeError(msg: string): never { throw newException(TypeError, msg); }
export function raiseValueError(msg: string): never { throw newException(ValueError, msg); }
export function raiseIndexError(msg: string): never { throw newException(IndexError, msg); }
export function raiseOverflowError(msg: string): never { throw newException(OverflowError, msg); }
export function raiseZeroDivision(msg: string): never { throw newException(ZeroDivisionError, msg); }
export function raiseKeyError(key: PyObject): never { throw newExceptionArgs(KeyError, [key]); }
export function raiseStopIteration(value: PyObject | null): never {
  const e = value === null ? newExceptionArgs(StopIteration, []) : newExceptionArgs(StopIteration, [value]);
  throw e;
}

/** Is `e` (a thrown JS value) a Python exception whose type is `t` or a subclass? */
export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}
