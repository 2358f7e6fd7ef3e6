// ## The assembler
//
// Models Python/compile.c (3.11): assemble() — build the CFG from the emitted instructions,
// insert the prefix (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), run the passes in
// CPython's order (optimize_cfg, duplicate_exits_without_lineno, trim_unused_consts,
// propagate_line_numbers, guarantee_lineno_for_exits, stackdepth, label_exception_targets),
// then resolve jumps to their 3.11 direction-specific forms, compute offsets (iterating
// because EXTENDED_ARG prefixes change sizes) and encode the code, the location table
// (Objects/locations.md) and the exception table (Objects/exception_handling_notes.txt).

import { opmap as O, inlineCacheEntries } from './opcode.js';
import type { CodeConst } from './code.js';
import { Instr, Label, JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE } from './instr.js';
import {
  CFG, BasicBlock, CfgInstr, buildCFG, normalizeBasicBlock, extendBlock, duplicateExitsWithoutLineno, trimUnusedConsts,
  propagateLineNumbers, guaranteeLinenoForExits, stackDepth, labelExceptionTargets, convertExceptionHandlersToNops,
  cleanBasicBlock, isJump,
} from './flowgraph.js';
import { optimizeCFG } from './optimize.js';

export interface AssembleInput {
  code: (Instr | Label)[];
  /** Labels were numbered 0..labelCount-1; implicit blocks get numbers after. */
  labelCount: number;
  /** Trimmed and extended in place. */
  consts: CodeConst[];
  firstLineno: number;
  isGenerator: boolean;
  /** localsplus indices of cell variables, ascending (each gets a MAKE_CELL). */
  cellIndices: number[];
  nfreevars: number;
}

export interface Assembled {
  co_code: Uint8Array;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
  co_stacksize: number;
}

const HAVE_ARGUMENT = 90;

function instrSize(i: CfgInstr): number {
  const arg = i.op >= HAVE_ARGUMENT ? i.arg : 0;
  const ext = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return ext + 1 + (inlineCacheEntries[i.op] ?? 0);
}

function artificial(op: number, arg: number, lineno = -1): CfgInstr {
  return { op, arg, target: null, except: null, lineno, endLineno: lineno, col: -1, endCol: -1 };
}

/** Models compile.c: insert_prefix_instructions(). */
function insertPrefix(entry: BasicBlock, input: AssembleInput): void {
  const prefix: CfgInstr[] = [];
  if (input.nfreevars) prefix.push(artificial(O.COPY_FREE_VARS, input.nfreevars));
  for (const i of input.cellIndices) prefix.push(artificial(O.MAKE_CELL, i));
  if (input.isGenerator) {
    prefix.push(artificial(O.RETURN_GENERATOR, 0, input.firstLineno), artificial(O.POP_TOP, 0));
  }
  entry.instrs.unshift(...prefix);
}

export function assemble(input: AssembleInput): Assembled {
  const cfg = buildCFG(input.code, { next: input.labelCount });
  for (const b of cfg.byList()) normalizeBasicBlock(b);
  for (const b of cfg.byList()) extendBlock(b);
  insertPrefix(cfg.entry, input);
  optimizeCFG(cfg, input.consts);
  duplicateExitsWithoutLineno(cfg);
  trimUnusedConsts(cfg, input.consts);
  propagateLineNumbers(cfg);
  guaranteeLinenoForExits(cfg, input.firstLineno);
  const maxdepth = stackDepth(cfg, input.isGenerator);
  labelExceptionTargets(cfg);
  convertExceptionHandlersToNops(cfg);
  for (const b of cfg.layout()) cleanBasicBlock(b);
  normalizeJumps(cfg);
  assembleJumpOffsets(cfg);
  return {
    co_code: emitCode(cfg),
    co_linetable: encodeLocations(cfg, input.firstLineno),
    co_exceptiontable: encodeExceptionTable(cfg),
    co_stacksize: maxdepth,
  };
}

/** Models compile.c: normalize_jumps() — a jump to a block not yet laid out is forward. */
function normalizeJumps(cfg: CFG): void {
  for (const b of cfg.layout()) b.visited = false;
  for (const b of cfg.layout()) {
    b.visited = true;
    if (!b.instrs.length) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (!isJump(last)) continue;
    const fwd = !last.target!.visited;
    switch (last.op) {
      case JUMP: last.op = fwd ? O.JUMP_FORWARD : O.JUMP_BACKWARD; break;
      case JUMP_NO_INTERRUPT: last.op = fwd ? O.JUMP_FORWARD : O.JUMP_BACKWARD_NO_INTERRUPT; break;
      case POP_JUMP_IF_NOT_NONE: last.op = fwd ? O.POP_JUMP_FORWARD_IF_NOT_NONE : O.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
      case POP_JUMP_IF_NONE: last.op = fwd ? O.POP_JUMP_FORWARD_IF_NONE : O.POP_JUMP_BACKWARD_IF_NONE; break;
      case POP_JUMP_IF_FALSE: last.op = fwd ? O.POP_JUMP_FORWARD_IF_FALSE : O.POP_JUMP_BACKWARD_IF_FALSE; break;
      case POP_JUMP_IF_TRUE: last.op = fwd ? O.POP_JUMP_FORWARD_IF_TRUE : O.POP_JUMP_BACKWARD_IF_TRUE; break;
      case O.JUMP_IF_TRUE_OR_POP: case O.JUMP_IF_FALSE_OR_POP:
        if (!fwd) throw new Error('unexpected JUMP_IF_*_OR_POP jumping backwards');
        break;
    }
  }
}

/** Models compile.c: assemble_jump_offsets() — iterate until no EXTENDED_ARG appears. */
function assembleJumpOffsets(cfg: CFG): void {
  let changed = true;
  while (changed) {
    let total = 0;
    for (const b of cfg.layout()) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i);
    }
    changed = false;
    for (const b of cfg.layout()) {
      let pos = b.offset;
      for (const i of b.instrs) {
        const size = instrSize(i);
        pos += size;
        if (!isJump(i)) continue;
        const t = i.target!.offset;
        i.arg = t < pos ? pos - t : t - pos;
        if (instrSize(i) !== size) changed = true;
      }
    }
  }
}

function emitCode(cfg: CFG): Uint8Array {
  const out: number[] = [];
  for (const b of cfg.layout()) {
    for (const i of b.instrs) {
      const arg = i.op >= HAVE_ARGUMENT ? i.arg : 0;
      const caches = inlineCacheEntries[i.op] ?? 0;
      const ext = instrSize(i) - 1 - caches;
      for (let e = ext; e >= 1; e--) out.push(O.EXTENDED_ARG, (arg >> (8 * e)) & 0xff);
      out.push(i.op, arg & 0xff);
      for (let c = 0; c < caches; c++) out.push(O.CACHE, 0);
    }
  }
  return Uint8Array.from(out);
}

// ## Location table

function writeVarint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(64 | (v & 63));
    v >>= 6;
  }
  out.push(v);
}

function writeSVarint(out: number[], v: number): void {
  writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
}

/** Models compile.c: write_location_info_entry() — the shortest form for one entry. */
function encodeLocations(cfg: CFG, firstLineno: number): Uint8Array {
  const out: number[] = [];
  let line = firstLineno;
  const entry = (i: CfgInstr, len: number) => {
    const first = (code: number) => out.push(0x80 | (code << 3) | (len - 1));
    if (i.lineno < 0) { first(15); return; }
    const delta = i.lineno - line;
    const { col, endCol } = i;
    if (col < 0 || endCol < 0) {
      if (i.endLineno === i.lineno || i.endLineno === -1) {
        first(13);
        writeSVarint(out, delta);
        line = i.lineno;
        return;
      }
    } else if (i.endLineno === i.lineno) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        first(col >> 3);
        out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        first(10 + delta);
        out.push(col, endCol);
        line = i.lineno;
        return;
      }
    }
    first(14);
    writeSVarint(out, delta);
    writeVarint(out, i.endLineno - i.lineno);
    writeVarint(out, col + 1);
    writeVarint(out, endCol + 1);
    line = i.lineno;
  };
  for (const b of cfg.layout()) {
    for (const i of b.instrs) {
      let size = instrSize(i);
      while (size > 8) { entry(i, 8); size -= 8; }
      entry(i, size);
    }
  }
  return Uint8Array.from(out);
}

// ## Exception table

/** Big-endian groups of 6 bits, bit 6 = more follow; bit 7 marks an entry's first byte. */
function writeExceptionItem(out: number[], value: number, msb: number): void {
  for (const shift of [24, 18, 12, 6]) {
    if (value >= 1 << shift) {
      out.push(((value >> shift) & 0x3f) | 64 | msb);
      msb = 0;
    }
  }
  out.push((value & 0x3f) | msb);
}

/** Models compile.c: assemble_exception_table(). */
function encodeExceptionTable(cfg: CFG): Uint8Array {
  const out: number[] = [];
  const flush = (start: number, end: number, h: BasicBlock) => {
    const depth = h.startdepth - 1 - (h.preserveLasti ? 1 : 0);
    writeExceptionItem(out, start, 128);
    writeExceptionItem(out, end - start, 0);
    writeExceptionItem(out, h.offset, 0);
    writeExceptionItem(out, (depth << 1) | (h.preserveLasti ? 1 : 0), 0);
  };
  let handler: BasicBlock | null = null, start = -1, ioffset = 0;
  for (const b of cfg.layout()) {
    ioffset = b.offset;
    for (const i of b.instrs) {
      if (i.except !== handler) {
        if (handler !== null) flush(start, ioffset, handler);
        start = ioffset;
        handler = i.except;
      }
      ioffset += instrSize(i);
    }
  }
  if (handler !== null) flush(start, ioffset, handler);
  return Uint8Array.from(out);
}
