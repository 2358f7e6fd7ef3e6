// ## Compiled code, before it becomes a Python object
//
// The compiler knows nothing of the VM's object model: it produces `CodeUnit`s, plain data
// with exactly the fields of CPython 3.11's code object.  The VM turns a CodeUnit into a
// `code` object (engine/objects/code.ts), converting constants into Python objects then.
// This keeps the compiler testable on its own and the object model free to change.

import type { PyConst } from '../syntax/ast.js';

export type CodeConst = PyConst | { kind: 'code'; code: CodeUnit };

/** Kinds of a "fast" slot in co_localsplusnames, as Include/internal/pycore_code.h. */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags bits, as Include/cpython/code.h. */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export interface CodeUnit {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  /** 3.11 wordcode: (opcode, oparg) byte pairs with inline CACHE units and EXTENDED_ARG. */
  co_code: Uint8Array;
  co_consts: CodeConst[];
  co_names: string[];
  /** Locals, then cells, then free variables, each with a kind byte in co_localspluskinds. */
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  /** The 3.11 location table (Objects/locations.md). */
  co_linetable: Uint8Array;
  /** The 3.11 exception table (Objects/exception_handling_notes.txt). */
  co_exceptiontable: Uint8Array;
}
