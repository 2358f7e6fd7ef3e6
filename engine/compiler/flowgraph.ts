// ## The control flow graph
//
// Models the CFG half of Python/compile.c (3.11): the emitted instruction list is cut into
// basic blocks (a new block at every label and after every jump, return or raise), laid
// out in emission order through `next` (b_next), and remembered in creation order (b_list,
// which several passes walk newest first).  The passes here are the ones assemble() runs
// around optimize_cfg (engine/compiler/optimize.ts): normalisation, reachability,
// line-number propagation, exit duplication, constant trimming, stack depth and the
// exception-handler labelling.

import { opmap as O } from './opcode.js';
import {
  Instr, Label, Loc, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SETUP_WITH, SETUP_CLEANUP, isJumpOp, isBlockPush, endsBlock } from './instr.js';
import { stackEffect } from './stackeffect.js';

/** An instruction inside the CFG (compile.c: struct instr). lineno -1 = no location. */
export interface CfgInstr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  /** The innermost exception handler, set by labelExceptionTargets. */
  except: BasicBlock | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export class BasicBlock {
  instrs: CfgInstr[] = [];
  next: BasicBlock | null = null;
  predecessors = 0;
  startdepth = -Infinity;
  offset = 0;
  nofallthrough = false;
  exit = false;
  preserveLasti = false;
  visited = false;
  /** Set when a RETURN_VALUE is added (b_return). */
  hasReturn = false;
  exceptStack: (BasicBlock | null)[] | null = null;
  constructor(readonly id: number) {}
}

export class CFG {
  entry: BasicBlock;
  /** Every block, oldest first; CPython's b_list is this list reversed. */
  blocks: BasicBlock[] = [];
  constructor() {
    this.entry = new BasicBlock(-1);
    this.blocks.push(this.entry);
  }

  /** A new block, newer than every other (compiler_new_block). */
  newBlock(): BasicBlock {
    const b = new BasicBlock(Math.max(...this.blocks.map((x) => x.id)) + 1);
    this.blocks.push(b);
    return b;
  }

  /** Blocks newest first (CPython walks u_blocks through b_list). */
  byList(): BasicBlock[] {
    return this.blocks.slice().reverse();
  }

  /** Blocks in layout order (b_next from the entry). */
  *layout(): Generator<BasicBlock> {
    for (let b: BasicBlock | null = this.entry; b !== null; b = b.next) yield b;
  }
}

export function locOf(loc: Loc | null): Pick<CfgInstr, 'lineno' | 'endLineno' | 'col' | 'endCol'> {
  return loc === null ? { lineno: -1, endLineno: -1, col: -1, endCol: -1 }
    : { lineno: loc.lineno, endLineno: loc.end_lineno, col: loc.col, endCol: loc.end_col };
}

/** COPY_INSTR_LOC(from, to). */
export function copyLoc(from: CfgInstr, to: CfgInstr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

export function isJump(i: CfgInstr): boolean { return isJumpOp(i.op); }

function lastOf(b: BasicBlock): CfgInstr | null {
  return b.instrs.length ? b.instrs[b.instrs.length - 1] : null;
}

/**
 * Cut the emitted list into blocks.  Labels ids count from 0 per code unit and the entry
 * block is older than all of them.  The code generator already opens an implicit block
 * (with a label of its own) after every block-ending instruction, as compile.c's
 * compiler_use_new_implicit_block_if_needed does; should a list lack one, a block is made
 * here, numbered after all labels.
 */
export function buildCFG(code: (Instr | Label)[], implicitIds: { next: number }): CFG {
  const cfg = new CFG();
  const byLabel = new Map<number, BasicBlock>();
  const blockFor = (l: Label): BasicBlock => {
    let b = byLabel.get(l.id);
    if (b === undefined) {
      b = new BasicBlock(l.id);
      cfg.blocks.push(b);
      byLabel.set(l.id, b);
    }
    return b;
  };
  let cur = cfg.entry;
  let needNew = false;
  for (const x of code) {
    if (!('op' in x)) {
      const b = blockFor(x);
      cur.next = b;
      cur = b;
      needNew = false;
      continue;
    }
    if (needNew) {
      const b = blockFor({ id: implicitIds.next++ });
      cur.next = b;
      cur = b;
      needNew = false;
    }
    cur.instrs.push({ op: x.op, arg: x.arg, target: x.target === null ? null : blockFor(x.target), except: null, ...locOf(x.loc) });
    if (x.op === O.RETURN_VALUE) cur.hasReturn = true;
    if (endsBlock(x.op)) needNew = true;
  }
  cfg.blocks.sort((a, b) => a.id - b.id);
  return cfg;
}

/** Skip over empty blocks to the block that really follows. */
export function skipEmpty(b: BasicBlock): BasicBlock {
  while (b.instrs.length === 0 && b.next !== null) b = b.next;
  return b;
}

/** Models compile.c: normalize_basic_block() — mark exits and blocks without fall-through. */
export function normalizeBasicBlock(b: BasicBlock): void {
  b.instrs.forEach((i, k) => {
    if (i.op === O.RETURN_VALUE || i.op === O.RAISE_VARARGS || i.op === O.RERAISE) {
      b.exit = true;
      b.nofallthrough = true;
      return;
    }
    if (i.op === JUMP || i.op === JUMP_NO_INTERRUPT) b.nofallthrough = true;
    else if (!CHECKED_JUMPS.has(i.op)) return;
    if (k !== b.instrs.length - 1) throw new Error('malformed control flow graph');
    i.target = skipEmpty(i.target!);
  });
}

// Conditional jumps that must end their block (normalize_basic_block's list).
const CHECKED_JUMPS = new Set<number>([POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
  O.JUMP_IF_FALSE_OR_POP, O.JUMP_IF_TRUE_OR_POP, O.FOR_ITER]);

/** Models compile.c: mark_reachable() — count predecessors from the entry. */
export function markReachable(cfg: CFG): void {
  const stack: BasicBlock[] = [cfg.entry];
  cfg.entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJump(i) || isBlockPush(i.op)) {
        const t = i.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** Models compile.c: eliminate_empty_basic_blocks(). */
export function eliminateEmptyBasicBlocks(cfg: CFG): void {
  for (const b of cfg.layout()) {
    let next = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (const b of cfg.layout()) {
    const last = lastOf(b);
    if (last !== null && isJump(last)) last.target = skipEmpty(last.target!);
  }
}

/** Models compile.c: clean_basic_block() — drop NOPs that carry no line of their own. */
export function cleanBasicBlock(b: BasicBlock): void {
  const out: CfgInstr[] = [];
  let prevLineno = -1;
  const n = b.instrs.length;
  for (let src = 0; src < n; src++) {
    const ins = b.instrs[src];
    const lineno = ins.lineno;
    if (ins.op === O.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextIns = b.instrs[src + 1];
        if (nextIns.lineno === lineno) continue;
        if (nextIns.lineno < 0) { copyLoc(ins, nextIns); continue; }
      } else {
        let next = b.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && lineno === next.instrs[0].lineno) continue;
      }
    }
    out.push(ins);
    prevLineno = lineno;
  }
  b.instrs = out;
}

function hasLineno(b: BasicBlock): boolean {
  return b.instrs.some((i) => i.lineno > 0);
}

const MAX_COPY_SIZE = 4;

/**
 * Models compile.c: extend_block() — a block ending in an unconditional jump to a small
 * exit block without line numbers (an implicit `return None`) gets a copy of that block.
 */
export function extendBlock(b: BasicBlock): void {
  const last = lastOf(b);
  if (last === null || (last.op !== JUMP && last.op !== O.JUMP_FORWARD && last.op !== O.JUMP_BACKWARD)) return;
  const t = last.target!;
  if (t.exit && t.instrs.length <= MAX_COPY_SIZE && !hasLineno(t)) {
    last.op = O.NOP;
    for (const i of t.instrs) b.instrs.push({ ...i });
    b.exit = true;
  }
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  return b.exit && b.instrs.every((i) => i.lineno < 0);
}

/**
 * Models compile.c: duplicate_exits_without_lineno() — an exit block without a line number
 * that several jumps reach is copied per jump, so each copy can take its jumper's line.
 */
export function duplicateExitsWithoutLineno(cfg: CFG): void {
  for (const b of cfg.byList()) {
    const last = lastOf(b);
    if (last === null || !isJump(last)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = cfg.newBlock();
      copy.instrs = target.instrs.map((i) => ({ ...i }));
      copy.exit = target.exit;
      copy.nofallthrough = true;
      copyLoc(last, copy.instrs[0]);
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (const b of cfg.byList()) {
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (const b of cfg.byList()) {
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      copyLoc(b.instrs[b.instrs.length - 1], b.next.instrs[0]);
    }
  }
}

/**
 * Models compile.c: propagate_line_numbers() — instructions without a location take their
 * predecessor's within a block, and a block with a single predecessor inherits its line.
 */
export function propagateLineNumbers(cfg: CFG): void {
  for (const b of cfg.layout()) {
    if (b.instrs.length === 0) continue;
    const prev: CfgInstr = { op: 0, arg: 0, target: null, except: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const i of b.instrs) {
      if (i.lineno < 0) copyLoc(prev, i);
      else copyLoc(i, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].lineno < 0) copyLoc(prev, b.next!.instrs[0]);
    }
    const last = b.instrs[b.instrs.length - 1];
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].lineno < 0) copyLoc(prev, t.instrs[0]);
    }
  }
}

/** Models compile.c: guarantee_lineno_for_exits() — a return never ends up without a line. */
export function guaranteeLinenoForExits(cfg: CFG, firstLineno: number): void {
  let lineno = firstLineno;
  for (const b of cfg.layout()) {
    const last = lastOf(b);
    if (last === null) continue;
    if (last.lineno < 0) {
      if (last.op === O.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}

/** Models compile.c: stackdepth() — the deepest stack on any path; sets b_startdepth. */
export function stackDepth(cfg: CFG, isGenerator: boolean): number {
  for (const b of cfg.blocks) b.startdepth = -Infinity;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(cfg.entry, isGenerator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const i of b.instrs) {
      const newDepth = depth + stackEffect(i.op, i.arg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(i) || isBlockPush(i.op)) {
        const targetDepth = depth + stackEffect(i.op, i.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(i.target!, targetDepth);
      }
      depth = newDepth;
      if (i.op === JUMP_NO_INTERRUPT || i.op === JUMP || i.op === O.RETURN_VALUE || i.op === O.RAISE_VARARGS || i.op === O.RERAISE) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/**
 * Models compile.c: label_exception_targets() — walk the graph carrying the stack of
 * active handlers (pushed by SETUP_*, popped by POP_BLOCK) and record on every instruction
 * the handler an exception there goes to.
 */
export function labelExceptionTargets(cfg: CFG): void {
  for (const b of cfg.layout()) b.visited = false;
  const todo: BasicBlock[] = [cfg.entry];
  cfg.entry.visited = true;
  cfg.entry.exceptStack = [null];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: (BasicBlock | null)[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack[stack.length - 1];
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          t.visited = true;
          todo.push(t);
        }
        if (i.op === SETUP_WITH || i.op === SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (i.op === POP_BLOCK) {
        stack!.pop();
        handler = stack![stack!.length - 1];
      } else if (isJump(i)) {
        i.except = handler;
        const t = i.target!;
        if (!t.visited) {
          if (!b.nofallthrough) t.exceptStack = stack!.slice();
          else { t.exceptStack = stack; stack = null; }
          t.visited = true;
          todo.push(t);
        }
      } else {
        i.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = stack;
      b.next!.visited = true;
      todo.push(b.next!);
    }
  }
}

/** Models compile.c: convert_exception_handlers_to_nops(). */
export function convertExceptionHandlersToNops(cfg: CFG): void {
  for (const b of cfg.layout()) {
    for (const i of b.instrs) if (isBlockPush(i.op) || i.op === POP_BLOCK) i.op = O.NOP;
  }
}

/** Models compile.c: trim_unused_consts() — drop constants after the last one used. */
export function trimUnusedConsts<T>(cfg: CFG, consts: T[]): void {
  let max = 0;
  for (const b of cfg.layout()) {
    for (const i of b.instrs) if ((i.op === O.LOAD_CONST || i.op === O.KW_NAMES) && i.arg > max) max = i.arg;
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}
