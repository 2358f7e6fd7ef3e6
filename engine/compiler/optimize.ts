// ## Peephole optimisation on the CFG
//
// Models Python/compile.c (3.11): optimize_cfg() and optimize_basic_block() — constant
// conditions become unconditional jumps or nothing, `x is None` tests become
// POP_JUMP_IF_(NOT_)NONE, tuples of constants become one constant, BUILD_TUPLE /
// UNPACK_SEQUENCE pairs become SWAPs, runs of SWAPs are minimised (swaptimize) or applied
// statically to the stores that follow, jumps to jumps are threaded, PUSH_NULL folds into
// LOAD_GLOBAL; then unreachable blocks and redundant jumps disappear.  Every rewrite keeps
// the code the same size or smaller, leaving NOPs that clean_basic_block removes.

import { opmap as O } from './opcode.js';
import type { CodeConst } from './code.js';
import { constKey } from './fold.js';
import { JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, isBlockPush } from './instr.js';
import {
  CFG, BasicBlock, CfgInstr, isJump, cleanBasicBlock, extendBlock, markReachable, eliminateEmptyBasicBlocks,
} from './flowgraph.js';

/** PyObject_IsTrue of a compile-time constant. */
function constIsTrue(c: CodeConst): boolean {
  switch (c.kind) {
    case 'None': return false;
    case 'Ellipsis': case 'code': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'tuple': case 'frozenset': return c.items.length > 0;
  }
}

/** Models compile.c: fold_tuple_on_constants() — LOAD_CONST ×n; BUILD_TUPLE n → LOAD_CONST. */
function foldTupleOnConstants(instrs: CfgInstr[], start: number, n: number, consts: CodeConst[]): void {
  for (let i = 0; i < n; i++) if (instrs[start + i].op !== O.LOAD_CONST) return;
  const items: TupleItem[] = [];
  for (let i = 0; i < n; i++) items.push(consts[instrs[start + i].arg] as TupleItem);
  const tuple: CodeConst = { kind: 'tuple', items };
  const key = constKey(tuple);
  let index = consts.findIndex((c) => constKey(c) === key);
  if (index < 0) { consts.push(tuple); index = consts.length - 1; }
  for (let i = 0; i < n; i++) instrs[start + i].op = O.NOP;
  instrs[start + n].op = O.LOAD_CONST;
  instrs[start + n].arg = index;
}
type TupleItem = Extract<CodeConst, { kind: 'tuple' }>['items'][number];

const VISITED = -1;

/**
 * Models compile.c: swaptimize() — replace a run of SWAPs and NOPs with the shortest run
 * of SWAPs that permutes the stack the same way (following each permutation cycle through
 * the top of the stack), written from the end of the run; returns the index of its end.
 */
function swaptimize(instrs: CfgInstr[], ix: number): number {
  let depth = instrs[ix].arg;
  let len = 0, more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === O.SWAP) { depth = Math.max(depth, instrs[ix + len].arg); more = true; }
    else if (op !== O.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.op === O.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.arg - 1];
      stack[ins.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[ix + current].op = O.SWAP;
        instrs[ix + current].arg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--].op = O.NOP;
  return ix + len - 1;
}

// Only instructions that cannot jump, raise or run arbitrary code, and only consume the
// top of the stack, may be reordered.
const swappable = (op: number) => op === O.STORE_FAST || op === O.POP_TOP;
const storesTo = (i: CfgInstr) => (i.op === O.STORE_FAST ? i.arg : -1);

function nextSwappableInstruction(instrs: CfgInstr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    if (lineno >= 0 && ins.lineno !== lineno) return -1;
    if (ins.op === O.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/**
 * Models compile.c: apply_static_swaps() — SWAP(n) followed by n swappable instructions
 * becomes those instructions reordered (SWAP 2; POP_TOP; STORE_FAST x → STORE_FAST x; POP_TOP).
 */
function applyStaticSwaps(instrs: CfgInstr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== O.SWAP) {
      if (swap.op === O.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(instrs, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]), storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = O.NOP;
    const t = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = t;
  }
}

/** Models compile.c: jump_thread() — retarget a jump whose target is itself a jump. */
function jumpThread(inst: CfgInstr, target: CfgInstr, op: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

const NOP_INSTR: CfgInstr = { op: O.NOP, arg: 0, target: null, except: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };

/** Models compile.c: optimize_basic_block(). */
function optimizeBasicBlock(bb: BasicBlock, consts: CodeConst[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.arg;
    const nextop = i + 1 < ins.length ? ins[i + 1].op : 0;
    let target = NOP_INSTR;
    if (isJump(inst) || isBlockPush(inst.op)) {
      inst.target = skipEmptyTarget(inst.target!);
      target = inst.target.instrs[0];
    }
    switch (inst.op) {
      case O.LOAD_CONST:
        switch (nextop) {
          case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts[oparg]);
            inst.op = O.NOP;
            if (isTrue === (nextop === POP_JUMP_IF_TRUE)) {
              ins[i + 1].op = JUMP;
              bb.nofallthrough = true;
            } else {
              ins[i + 1].op = O.NOP;
            }
            break;
          }
          case O.JUMP_IF_FALSE_OR_POP: case O.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constIsTrue(consts[oparg]);
            if (isTrue === (nextop === O.JUMP_IF_TRUE_OR_POP)) {
              ins[i + 1].op = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = O.NOP;
              ins[i + 1].op = O.NOP;
            }
            break;
          }
          case O.IS_OP: {
            const jumpOp = i + 2 < ins.length ? ins[i + 2].op : 0;
            if (consts[oparg].kind === 'None' && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = ins[i + 1].arg;
              inst.op = O.NOP;
              ins[i + 1].op = O.NOP;
              ins[i + 2].op = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      case O.BUILD_TUPLE:
        if (nextop === O.UNPACK_SEQUENCE && oparg === ins[i + 1].arg) {
          if (oparg === 1) { inst.op = O.NOP; ins[i + 1].op = O.NOP; continue; }
          if (oparg === 2 || oparg === 3) { inst.op = O.NOP; ins[i + 1].op = O.SWAP; continue; }
        }
        if (i >= oparg) foldTupleOnConstants(ins, i - oparg, oparg, consts);
        break;
      case O.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_FALSE: i -= +jumpThread(inst, target, POP_JUMP_IF_FALSE); break;
          case JUMP: case O.JUMP_IF_FALSE_OR_POP: i -= +jumpThread(inst, target, O.JUMP_IF_FALSE_OR_POP); break;
          case O.JUMP_IF_TRUE_OR_POP: case POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next!;
              i--;
            }
            break;
        }
        break;
      case O.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case POP_JUMP_IF_TRUE: i -= +jumpThread(inst, target, POP_JUMP_IF_TRUE); break;
          case JUMP: case O.JUMP_IF_TRUE_OR_POP: i -= +jumpThread(inst, target, O.JUMP_IF_TRUE_OR_POP); break;
          case O.JUMP_IF_FALSE_OR_POP: case POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next!;
              i--;
            }
            break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_NONE:
        if (target.op === JUMP) i -= +jumpThread(inst, target, inst.op);
        break;
      case POP_JUMP_IF_FALSE:
        if (target.op === JUMP) i -= +jumpThread(inst, target, POP_JUMP_IF_FALSE);
        break;
      case POP_JUMP_IF_TRUE:
        if (target.op === JUMP) i -= +jumpThread(inst, target, POP_JUMP_IF_TRUE);
        break;
      case JUMP:
        if (target.op === JUMP) i -= +jumpThread(inst, target, JUMP);
        break;
      case O.SWAP:
        if (oparg === 1) { inst.op = O.NOP; break; }
        i = swaptimize(ins, i);
        applyStaticSwaps(ins, i);
        break;
      case O.PUSH_NULL:
        // CPython tests the opcode's low bit rather than the oparg's, so this always folds.
        if (nextop === O.LOAD_GLOBAL) {
          inst.op = O.NOP;
          inst.arg = 0;
          ins[i + 1].arg |= 1;
        }
        break;
    }
  }
}

function skipEmptyTarget(b: BasicBlock): BasicBlock {
  while (b.instrs.length === 0) b = b.next!;
  return b;
}

/** Models compile.c: optimize_cfg(). `consts` may grow (folded tuples). */
export function optimizeCFG(cfg: CFG, consts: CodeConst[]): void {
  for (const b of cfg.layout()) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (const b of cfg.byList()) extendBlock(b);
  markReachable(cfg);
  for (const b of cfg.layout()) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(cfg);
  for (const b of cfg.layout()) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (const b of cfg.layout()) {
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1];
    if ((last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.op = O.NOP;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(cfg);
}

