// ## The assembler
//
// Models the back half of Python/compile.c (3.11): resolve pseudo jumps to the
// direction-specific 3.11 opcodes, compute jump offsets (iterating because EXTENDED_ARG
// prefixes change instruction sizes), lay out inline CACHE units, and encode the location
// table (Objects/locations.md) and the exception table (Objects/exception_handling_notes.txt).

import { opmap as O, inlineCacheEntries } from './opcode.js';

/** Pseudo jumps, resolved to forward/backward forms here. */
export const JUMP = -1, POP_JUMP_IF_FALSE = -2, POP_JUMP_IF_TRUE = -3, POP_JUMP_IF_NONE = -4, POP_JUMP_IF_NOT_NONE = -5,
  JUMP_NO_INTERRUPT = -6;

export interface Label { id: number; offset: number; handlers: Handler[] | null; depth: number }

export interface Handler { label: Label; depth: number; lasti: boolean }

export interface Loc { lineno: number; end_lineno: number; col: number; end_col: number }

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Loc | null;
  handler: Handler | null;
  /** Code-unit offset, set by the assembler. */
  offset: number;
}

function isJump(i: Instr): boolean { return i.target !== null; }

function resolvedOp(i: Instr, backward: boolean): number {
  switch (i.op) {
    case JUMP: return backward ? O.JUMP_BACKWARD : O.JUMP_FORWARD;
    case JUMP_NO_INTERRUPT: return backward ? O.JUMP_BACKWARD_NO_INTERRUPT : O.JUMP_FORWARD;
    case POP_JUMP_IF_FALSE: return backward ? O.POP_JUMP_BACKWARD_IF_FALSE : O.POP_JUMP_FORWARD_IF_FALSE;
    case POP_JUMP_IF_TRUE: return backward ? O.POP_JUMP_BACKWARD_IF_TRUE : O.POP_JUMP_FORWARD_IF_TRUE;
    case POP_JUMP_IF_NONE: return backward ? O.POP_JUMP_BACKWARD_IF_NONE : O.POP_JUMP_FORWARD_IF_NONE;
    case POP_JUMP_IF_NOT_NONE: return backward ? O.POP_JUMP_BACKWARD_IF_NOT_NONE : O.POP_JUMP_FORWARD_IF_NOT_NONE;
    default: return i.op;
  }
}

function extSize(arg: number): number {
  return arg > 0xffffff ? 4 : arg > 0xffff ? 3 : arg > 0xff ? 2 : 1;
}

/** Lay out `code` (labels are positions in it) and return the encoded tables. */
export function assemble(code: (Instr | Label)[], firstLine: number): { co_code: Uint8Array; co_linetable: Uint8Array; co_exceptiontable: Uint8Array } {
  const instrs: Instr[] = [];
  const labelAt: Label[] = [];
  for (const x of code) {
    if ('id' in x) labelAt.push(x);
    else instrs.push(x);
  }
  // Iterate offsets to a fixed point: jump args depend on offsets, sizes on args.
  const sizes = instrs.map(() => 1);
  for (let pass = 0; pass < 10; pass++) {
    let off = 0;
    let k = 0;
    for (const x of code) {
      if ('id' in x) { x.offset = off; continue; }
      x.offset = off + sizes[k] - 1;
      off += sizes[k] + (inlineCacheEntries[resolvedOp(x, false) < 0 ? 0 : resolvedOp(x, false)] ?? 0);
      k++;
    }
    let changed = false;
    k = 0;
    for (const x of instrs) {
      let arg = x.arg;
      if (isJump(x)) {
        const t = x.target!.offset;
        const next = x.offset + 1;
        arg = t >= next ? t - next : next - t;
      }
      const s = extSize(arg);
      if (s !== sizes[k]) { sizes[k] = s; changed = true; }
      k++;
    }
    if (!changed) break;
  }
  // Emit.
  const bytes: number[] = [];
  const locs: (Loc | null)[] = [];
  let k = 0;
  for (const x of instrs) {
    let arg = x.arg;
    let op = x.op;
    if (isJump(x)) {
      const t = x.target!.offset;
      const next = x.offset + 1;
      const backward = t < next;
      op = resolvedOp(x, backward);
      arg = backward ? next - t : t - next;
      if (op === O.FOR_ITER || op === O.SEND || op === O.JUMP_IF_FALSE_OR_POP || op === O.JUMP_IF_TRUE_OR_POP) {
        if (backward) throw new Error(`${op} cannot jump backward`);
      }
    }
    const s = sizes[k++];
    for (let e = s - 1; e >= 1; e--) {
      bytes.push(O.EXTENDED_ARG, (arg >> (8 * e)) & 0xff);
      locs.push(x.loc);
    }
    bytes.push(op, arg & 0xff);
    locs.push(x.loc);
    const nc = inlineCacheEntries[op] ?? 0;
    for (let c = 0; c < nc; c++) {
      bytes.push(O.CACHE, 0);
      locs.push(x.loc);
    }
  }
  void labelAt;
  return {
    co_code: Uint8Array.from(bytes),
    co_linetable: encodeLocations(locs, firstLine),
    co_exceptiontable: encodeExceptionTable(instrs, sizes),
  };
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

function sameLoc(a: Loc | null, b: Loc | null): boolean {
  if (a === null || b === null) return a === b;
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col === b.col && a.end_col === b.end_col;
}

/** Models compile.c: write_location_info_entry() — choose the shortest of the 3.11 forms. */
function encodeLocations(locs: (Loc | null)[], firstLine: number): Uint8Array {
  const out: number[] = [];
  let line = firstLine;
  let i = 0;
  while (i < locs.length) {
    let j = i + 1;
    while (j < locs.length && j - i < 8 && sameLoc(locs[j], locs[i])) j++;
    const len = j - i;
    const loc = locs[i];
    if (loc === null || loc.lineno < 0) {
      out.push(0x80 | (15 << 3) | (len - 1));
    } else {
      const delta = loc.lineno - line;
      const { col, end_col, end_lineno } = loc;
      if (col < 0 || end_col < 0) {
        out.push(0x80 | (13 << 3) | (len - 1));
        writeSVarint(out, delta);
      } else if (end_lineno === loc.lineno && delta === 0 && col < 80 && end_col - col < 16 && end_col >= col) {
        const group = col >> 3;
        out.push(0x80 | (group << 3) | (len - 1));
        out.push(((col & 7) << 4) | (end_col - col));
      } else if (end_lineno === loc.lineno && delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
        out.push(0x80 | ((10 + delta) << 3) | (len - 1));
        out.push(col, end_col);
      } else {
        out.push(0x80 | (14 << 3) | (len - 1));
        writeSVarint(out, delta);
        writeVarint(out, end_lineno - loc.lineno);
        writeVarint(out, col + 1);
        writeVarint(out, end_col + 1);
      }
      line = loc.lineno;
    }
    i = j;
  }
  return Uint8Array.from(out);
}

// ## Exception table

function writeExVarint(out: number[], v: number, first: boolean): void {
  // Big-endian groups of 6 bits; bit 6 = continuation; bit 7 marks an entry's first byte.
  const groups: number[] = [];
  do { groups.unshift(v & 63); v >>= 6; } while (v > 0);
  groups.forEach((g, k) => {
    let b = g;
    if (k < groups.length - 1) b |= 64;
    if (first && k === 0) b |= 128;
    out.push(b);
  });
}

function encodeExceptionTable(instrs: Instr[], sizes: number[]): Uint8Array {
  const out: number[] = [];
  let cur: Handler | null = null, start = 0;
  let end = 0;
  const flush = () => {
    if (cur !== null && end > start) {
      writeExVarint(out, start, true);
      writeExVarint(out, end - start, false);
      writeExVarint(out, cur.label.offset, false);
      writeExVarint(out, (cur.depth << 1) | (cur.lasti ? 1 : 0), false);
    }
  };
  instrs.forEach((x, k) => {
    const first = x.offset - (sizes[k] - 1);
    const next = x.offset + 1 + (inlineCacheEntries[x.op < 0 ? 0 : x.op] ?? 0);
    const h = x.handler;
    if (h !== cur) {
      if (!(h !== null && cur !== null && h.label === cur.label && h.depth === cur.depth && h.lasti === cur.lasti)) {
        flush();
        cur = h;
        start = first;
      }
    }
    end = next;
  });
  flush();
  return Uint8Array.from(out);
}
