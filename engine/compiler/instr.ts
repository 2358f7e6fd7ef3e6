// ## Instructions as the code generator emits them
//
// Code generation appends `Instr`s and `Label`s to a flat list, as compile.c appends to its
// current basic block: real 3.11 opcodes plus the pseudo-instructions CPython's compiler
// uses (direction-free jumps, and the SETUP_* / POP_BLOCK markers that become the
// exception table).  engine/compiler/flowgraph.ts cuts the list into basic blocks.

import { opmap as O, hasjrel } from './opcode.js';

/** Pseudo-instructions (negative, as compile.c's virtual opcodes). */
export const JUMP = -1, POP_JUMP_IF_FALSE = -2, POP_JUMP_IF_TRUE = -3, POP_JUMP_IF_NONE = -4,
  POP_JUMP_IF_NOT_NONE = -5, JUMP_NO_INTERRUPT = -6,
  SETUP_FINALLY = -7, SETUP_CLEANUP = -8, SETUP_WITH = -9, POP_BLOCK = -10;

/** A source span; `null` for artificial instructions (CPython's UNSET_LOC / lineno -1). */
export interface Loc { lineno: number; end_lineno: number; col: number; end_col: number }

/** A basic block's start.  `id` orders blocks by creation, as CPython's b_list does. */
export interface Label { id: number }

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc | null;
}

const relativeJumps = new Set<number>(hasjrel);

export function isVirtualJump(op: number): boolean {
  return op <= JUMP && op >= JUMP_NO_INTERRUPT;
}

/** compile.c: is_jump() — virtual jumps and every opcode with a jump target. */
export function isJumpOp(op: number): boolean {
  return isVirtualJump(op) || relativeJumps.has(op);
}

export function isBlockPush(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

/** compile.c: is_end_of_basic_block() — the next instruction starts a new block. */
export function endsBlock(op: number): boolean {
  return isJumpOp(op) || op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE;
}
