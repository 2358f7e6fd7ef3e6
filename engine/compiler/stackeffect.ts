// ## Stack effects
//
// Models Python/compile.c (3.11): stack_effect() — how many values each instruction pushes
// minus pops, on the fall-through path or when it jumps.  Used for co_stacksize and to know
// the stack depth at exception handlers.

import { opmap as O } from './opcode.js';
import {
  JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_NO_INTERRUPT, SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK,
} from './instr.js';

export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case JUMP: case JUMP_NO_INTERRUPT: case POP_BLOCK: return 0;
    // Handlers: nothing on the normal path; at the handler the exception (and for
    // SETUP_CLEANUP the saved lasti; SETUP_WITH starts below __enter__'s result).
    case SETUP_FINALLY: case SETUP_WITH: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: return -1;
    case O.NOP: case O.EXTENDED_ARG: case O.RESUME: case O.CACHE: return 0;
    case O.POP_TOP: return -1;
    case O.PUSH_NULL: return 1;
    case O.SWAP: return 0;
    case O.COPY: return 1;
    case O.UNARY_POSITIVE: case O.UNARY_NEGATIVE: case O.UNARY_NOT: case O.UNARY_INVERT: return 0;
    case O.SET_ADD: case O.LIST_APPEND: return -1;
    case O.MAP_ADD: return -2;
    case O.BINARY_SUBSCR: return -1;
    case O.STORE_SUBSCR: return -3;
    case O.DELETE_SUBSCR: return -2;
    case O.GET_ITER: return 0;
    case O.PRINT_EXPR: return -1;
    case O.LOAD_BUILD_CLASS: return 1;
    case O.RETURN_VALUE: return -1;
    case O.IMPORT_STAR: return -1;
    case O.SETUP_ANNOTATIONS: return 0;
    case O.ASYNC_GEN_WRAP: case O.YIELD_VALUE: return 0;
    case O.POP_EXCEPT: return -1;
    case O.STORE_NAME: return -1;
    case O.DELETE_NAME: return 0;
    case O.UNPACK_SEQUENCE: return arg - 1;
    case O.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case O.FOR_ITER: return jump ? -1 : 1;
    case O.SEND: return jump ? -1 : 0;
    case O.STORE_ATTR: return -2;
    case O.DELETE_ATTR: return -1;
    case O.STORE_GLOBAL: return -1;
    case O.DELETE_GLOBAL: return 0;
    case O.LOAD_CONST: return 1;
    case O.LOAD_NAME: return 1;
    case O.BUILD_TUPLE: case O.BUILD_LIST: case O.BUILD_SET: case O.BUILD_STRING: return 1 - arg;
    case O.BUILD_MAP: return 1 - 2 * arg;
    case O.BUILD_CONST_KEY_MAP: return -arg;
    case O.LOAD_ATTR: return 0;
    case O.COMPARE_OP: case O.IS_OP: case O.CONTAINS_OP: return -1;
    case O.CHECK_EXC_MATCH: return 0;
    case O.CHECK_EG_MATCH: return 0;
    case O.IMPORT_NAME: return -1;
    case O.IMPORT_FROM: return 1;
    case O.JUMP_FORWARD: case O.JUMP_BACKWARD: case O.JUMP_BACKWARD_NO_INTERRUPT: return 0;
    case O.JUMP_IF_TRUE_OR_POP: case O.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_FORWARD_IF_TRUE: return -1;
    case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_FORWARD_IF_NOT_NONE: return -1;
    case O.POP_JUMP_BACKWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_TRUE: return -1;
    case O.POP_JUMP_BACKWARD_IF_NONE: case O.POP_JUMP_BACKWARD_IF_NOT_NONE: return -1;
    case O.LOAD_GLOBAL: return (arg & 1) + 1;
    case O.LOAD_FAST: return 1;
    case O.STORE_FAST: return -1;
    case O.DELETE_FAST: return 0;
    case O.RETURN_GENERATOR: return 0;
    case O.RAISE_VARARGS: return -arg;
    case O.PRECALL: return -arg;
    case O.KW_NAMES: return 0;
    case O.CALL: return -1;
    case O.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case O.MAKE_FUNCTION: return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case O.BUILD_SLICE: return arg === 3 ? -2 : -1;
    case O.MAKE_CELL: case O.COPY_FREE_VARS: return 0;
    case O.LOAD_CLOSURE: return 1;
    case O.LOAD_DEREF: case O.LOAD_CLASSDEREF: return 1;
    case O.STORE_DEREF: return -1;
    case O.DELETE_DEREF: return 0;
    case O.GET_AWAITABLE: return 0;
    case O.BEFORE_ASYNC_WITH: case O.BEFORE_WITH: return 1;
    case O.GET_AITER: return 0;
    case O.GET_ANEXT: return 1;
    case O.GET_YIELD_FROM_ITER: return 0;
    case O.END_ASYNC_FOR: return -2;
    case O.FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case O.LOAD_METHOD: return 1;
    case O.LOAD_ASSERTION_ERROR: return 1;
    case O.LIST_TO_TUPLE: return 0;
    case O.LIST_EXTEND: case O.SET_UPDATE: case O.DICT_MERGE: case O.DICT_UPDATE: return -1;
    case O.MATCH_CLASS: return -2;
    case O.GET_LEN: case O.MATCH_MAPPING: case O.MATCH_SEQUENCE: case O.MATCH_KEYS: return 1;
    case O.COPY_FREE_VARS: return 0;
    case O.PUSH_EXC_INFO: return 1;
    case O.WITH_EXCEPT_START: return 1;
    case O.RERAISE: return -1;
    case O.BINARY_OP: return -1;
    case O.PREP_RERAISE_STAR: return -1;
    default: throw new Error(`stack effect of opcode ${op} unknown`);
  }
}
