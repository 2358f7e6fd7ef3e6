// ## code objects
//
// A PyCode holds the compiler's CodeUnit (the exact co_* data CPython has) plus what the
// evaluation loop wants pre-digested: opcodes and full opargs (EXTENDED_ARG folded in) as
// typed arrays indexed by code unit, constants as Python objects, names as interned strs,
// and the exception table parsed into parallel arrays.  Indexing by code unit keeps jump
// targets, exception-table offsets and f_lasti identical to CPython's.

import { PyObject } from './object.js';
import { traverseHooks, Visit } from '../memory/refcount.js';
import { PyCode_Type } from './typeobjects.js';
import { CodeUnit, CodeConst, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';
import { opmap } from '../compiler/opcode.js';
import { PyStr, internStr, newStr } from './str.js';
import { newIntBig } from './int.js';
import { newFloat } from './float.js';
import { newTuple } from './tuple.js';
import { Py_None, Py_True, Py_False, Py_Ellipsis } from './singletons.js';
import { constHooks } from './consthooks.js';
import type { GlobalCache } from '../vm/globalcache.js';
import type { AttrCache } from '../vm/attrcache.js';
import type { Frame } from '../vm/frame.js';

export class PyCode extends PyObject {
  unit: CodeUnit;
  consts: PyObject[];
  names: PyStr[];
  /** Names as JS strings, for the loop's dict fast paths. */
  namesJs: string[];
  ops: Uint8Array;
  opargs: Int32Array;
  nlocalsplus: number;
  nlocals: number;
  /** Indices in localsplus of cell variables that MAKE_CELL wraps, and of free variables. */
  ncellvars: number;
  nfreevars: number;
  // Exception table: handler ranges in code units.
  exStart: Int32Array;
  exEnd: Int32Array;
  exTarget: Int32Array;
  exDepth: Int32Array;
  exLasti: Uint8Array;
  /** Per code unit: [line, endLine, col, endCol]; decoded on first use (tracebacks). */
  private positions: Int32Array | null = null;
  /** LOAD_GLOBAL's inline caches (engine/vm/globalcache.ts); made on first use. */
  globalCache: GlobalCache | null = null;
  /** LOAD_ATTR/LOAD_METHOD/STORE_ATTR type-lookup caches (engine/vm/attrcache.ts). */
  attrCache: AttrCache | null = null;
  /**
   * A packed array of nulls as long as a frame's localsplus + value stack: each new frame
   * copies it (frame.ts), which V8 does in one allocation and keeps "packed" (an array made
   * by new Array(n) would be holey, and every stack access in the loop would check for holes).
   */
  readonly frameSlots: (PyObject | null)[];
  /** Finished frames of this code kept for the next call (engine/vm/frame.ts: releaseFrame). */
  readonly framePool: Frame[] = [];

  /** `consts` replaces the unit's constants (code.replace(co_consts=...) takes any objects). */
  constructor(unit: CodeUnit, consts: PyObject[] | null = null) {
    super(PyCode_Type);
    this.unit = unit;
    this.consts = consts ?? unit.co_consts.map(constToObject);
    for (const c of this.consts) c.ob_refcnt++; // co_consts owns its constants
    this.names = unit.co_names.map(internStr);
    this.namesJs = unit.co_names.slice();
    const n = unit.co_code.length >> 1;
    this.ops = new Uint8Array(n);
    this.opargs = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = unit.co_code[2 * i], arg = unit.co_code[2 * i + 1] | ext;
      this.ops[i] = op;
      this.opargs[i] = arg;
      ext = op === opmap.EXTENDED_ARG ? arg << 8 : 0;
    }
    this.nlocalsplus = unit.co_localsplusnames.length;
    const slots: (PyObject | null)[] = [];
    for (let i = this.nlocalsplus + unit.co_stacksize + 1; i > 0; i--) slots.push(null);
    this.frameSlots = slots;
    let nl = 0, nc = 0, nf = 0;
    for (const k of unit.co_localspluskinds) {
      if (k & CO_FAST_LOCAL) nl++;
      else if (k & CO_FAST_CELL) nc++;
      else if (k & CO_FAST_FREE) nf++;
    }
    this.nlocals = nl;
    this.ncellvars = nc;
    this.nfreevars = nf;
    const ex = parseExceptionTable(unit.co_exceptiontable);
    this.exStart = Int32Array.from(ex.map((e) => e[0]));
    this.exEnd = Int32Array.from(ex.map((e) => e[1]));
    this.exTarget = Int32Array.from(ex.map((e) => e[2]));
    this.exDepth = Int32Array.from(ex.map((e) => e[3]));
    this.exLasti = Uint8Array.from(ex.map((e) => e[4]));
  }

  get co_name(): string { return this.unit.co_name; }
  get co_qualname(): string { return this.unit.co_qualname; }
  get co_filename(): string { return this.unit.co_filename; }
  get co_flags(): number { return this.unit.co_flags; }

  /** The handler for an exception raised at code unit `lasti`, or -1 (entry index). */
  findHandler(lasti: number): number {
    const s = this.exStart, e = this.exEnd;
    for (let i = 0; i < s.length; i++) if (lasti >= s[i] && lasti < e[i]) return i;
    return -1;
  }

  /** [line, endLine, col, endCol] of the instruction at code unit `i` (-1 where unknown). */
  positionsAt(i: number): [number, number, number, number] {
    if (this.positions === null) this.positions = decodeLocations(this.unit);
    const p = this.positions;
    if (i < 0 || 4 * i >= p.length) return [-1, -1, -1, -1];
    return [p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]];
  }

  lineAt(i: number): number {
    return this.positionsAt(i)[0];
  }

  /** The location table's entries as (start, end, line) in bytes, line -1 for "no location"
   *  (co_lines()), with the running line each entry computes (co_lnotab needs it). */
  lineRanges(): LineRange[] {
    return decodeLineRanges(this.unit);
  }
}

export interface LineRange { start: number; end: number; line: number; computedLine: number }

/** A cursor over the location table: its bytes and the 6-bit varints of Objects/locations.md. */
class LocationCursor {
  i = 0;
  constructor(readonly t: ArrayLike<number>) {}
  get done(): boolean { return this.i >= this.t.length; }
  byte(): number { return this.t[this.i++]; }
  varint(): number {
    let shift = 0, v = 0, b: number;
    do {
      b = this.t[this.i++];
      v |= (b & 63) << shift;
      shift += 6;
    } while (b & 64);
    return v;
  }
  svarint(): number {
    const v = this.varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  }
}

// Models Objects/codeobject.c: _PyLineTable_NextAddressRange() over the 3.11 table — one
// range per entry; "no location" entries (code 15) have line -1 but keep the running line.
function decodeLineRanges(u: CodeUnit): LineRange[] {
  const r = new LocationCursor(u.co_linetable);
  const out: LineRange[] = [];
  let pc = 0, line = u.co_firstlineno;
  while (!r.done) {
    const first = r.byte();
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l: number;
    if (code === 15) {
      l = -1;
    } else if (code === 14) {
      line += r.svarint();
      r.varint(); r.varint(); r.varint();
      l = line;
    } else if (code === 13) {
      line += r.svarint();
      l = line;
    } else if (code >= 10) {
      line += code - 10;
      r.i += 2;
      l = line;
    } else {
      r.i += 1;
      l = line;
    }
    out.push({ start: 2 * pc, end: 2 * (pc + len), line: l, computedLine: line });
    pc += len;
  }
  return out;
}

function constToObject(c: CodeConst): PyObject {
  switch (c.kind) {
    case 'None': return Py_None;
    case 'bool': return c.value ? Py_True : Py_False;
    case 'int': return newIntBig(c.value);
    case 'float': return newFloat(c.value);
    case 'complex': return constHooks.complex(c.real, c.imag);
    case 'str': return internIfIdentifier(c.value);
    case 'bytes': return constHooks.bytes(c.value);
    case 'Ellipsis': return Py_Ellipsis;
    case 'tuple': return newTuple(c.items.map(constToObject));
    case 'frozenset': return constHooks.frozenset(c.items.map(constToObject));
    case 'code': return new PyCode(c.code);
  }
}

/** CPython interns constant strings that look like identifiers (all_name_chars). */
function internIfIdentifier(s: string): PyStr {
  return /^[A-Za-z0-9_]*$/.test(s) ? internStr(s) : newStr(s);
}

// Models Objects/exception_handling_notes.txt: entries are varint-encoded
// (start, length, target, depth<<1 | lasti), the first byte of each entry flagged by bit 7.
function parseExceptionTable(t: Uint8Array): [number, number, number, number, number][] {
  const out: [number, number, number, number, number][] = [];
  let i = 0;
  const varint = (): number => {
    let b = t[i++];
    let v = b & 63;
    while (b & 64) {
      b = t[i++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < t.length) {
    const start = varint();
    const len = varint();
    const target = varint();
    const dl = varint();
    out.push([start, start + len, target, dl >> 1, dl & 1]);
  }
  return out;
}

// Models Objects/locations.md: the 3.11 location table.  Each entry covers 1-8 code units
// and starts with a byte 1cccclll (code, length-1), followed by a code-specific payload.
function decodeLocations(u: CodeUnit): Int32Array {
  const n = u.co_code.length >> 1;
  const out = new Int32Array(4 * n).fill(-1);
  const r = new LocationCursor(u.co_linetable);
  let pc = 0, line = u.co_firstlineno;
  while (!r.done && pc < n) {
    const first = r.byte();
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += r.svarint();
      l = line;
      el = line + r.varint();
      c = r.varint() - 1;
      ec = r.varint() - 1;
    } else if (code === 13) {
      line += r.svarint();
      l = el = line;
    } else if (code === 10 || code === 11 || code === 12) {
      line += code - 10;
      l = el = line;
      c = r.byte();
      ec = r.byte();
    } else {
      // Short form: code is the column group, next byte holds column low bits and length.
      const second = r.byte();
      l = el = line;
      c = code * 8 + (second >> 4);
      ec = c + (second & 15);
    }
    for (let k = 0; k < len && pc < n; k++, pc++) {
      out[4 * pc] = l; out[4 * pc + 1] = el; out[4 * pc + 2] = c; out[4 * pc + 3] = ec;
    }
  }
  return out;
}

// A freed code object releases its constants (code_dealloc drops co_consts), nested code
// objects included; the cycle collector never sees code objects (they are not tracked).
traverseHooks.push((o: PyObject, visit: Visit): boolean => {
  if (!(o instanceof PyCode)) return false;
  const consts = o.consts;
  for (let i = 0; i < consts.length; i++) visit(consts[i]);
  return true;
});
