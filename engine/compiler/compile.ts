// ## Code generation
//
// Models Python/compile.c (3.11): walk the AST of each scope and emit CPython 3.11's
// instruction sequences — the same opcodes, the same stack discipline, the same source
// locations, the same calling convention (PUSH_NULL / LOAD_METHOD, PRECALL, CALL,
// KW_NAMES).  Exception handling is emitted as CPython emits it, with SETUP_FINALLY /
// SETUP_CLEANUP / SETUP_WITH / POP_BLOCK pseudo-instructions; the assembler
// (engine/compiler/assemble.ts) turns them into the exception table after the CFG passes.
// Nested scopes (functions, lambdas, classes, comprehensions) become nested code objects.
//
// Locations follow compile.c's SET_LOC discipline: each statement sets the location,
// visiting an expression sets it for the expression and restores it afterwards, and
// artificial instructions have none (UNSET_LOC) until the line-number passes fill them in.

import type * as A from '../syntax/ast.js';
import { PySyntaxError } from '../syntax/errors.js';
import { opmap as O } from './opcode.js';
import {
  CodeUnit, CodeConst, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS,
  CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
} from './code.js';
import { SymbolTable, Scope, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, mangle } from './symtable.js';
import {
  Instr, Label, Loc, JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_NO_INTERRUPT,
  SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, endsBlock,
} from './instr.js';
import { assemble } from './assemble.js';
import { foldConstants, constKey, frozensetItems, constEqual } from './fold.js';
import { parseFuture, CO_FUTURE_ANNOTATIONS } from './future.js';
import { exprAsString, pyConstRepr } from './unparse.js';

type Expr = A.AST_expr;
type Stmt = A.AST_stmt;
type Mode = 'exec' | 'eval' | 'single';
type Located = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

const BINOP: Record<A.operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
const CMPOP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** compile.c's STACK_USE_GUIDELINE: longer displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

/** CPython's u_scope_type. */
type ScopeType = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

type FBlockKind = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER';
interface FBlock { kind: FBlockKind; block: Label | null; exit: Label | null; datum: unknown }

/** compile.c's pattern_context: the state of one case's pattern while it is compiled. */
interface PatternContext {
  /** Names captured so far, their values waiting on the stack in this order. */
  stores: string[];
  /** An irrefutable pattern is allowed here (a guarded or last case, or a sub-pattern). */
  allowIrrefutable: boolean;
  /** failPop[n]: the label that pops n items and then fails. */
  failPop: Label[];
  /** Items on the stack above the captures that a failure must pop. */
  onTop: number;
}

/** A `_` pattern (WILDCARD_CHECK). */
function isWildcard(p: A.AST_pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** One code object being built (compile.c: struct compiler_unit). */
class Unit {
  code: (Instr | Label)[] = [];
  consts: CodeConst[] = [];
  constIndex = new Map<string, number>();
  names: string[] = [];
  /** Parameters first, then other locals in the order code generation first uses them. */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  fblocks: FBlock[] = [];
  loc: Loc | null;
  labelCount = 0;
  /** The last instruction ended a block: the next one opens an implicit block. */
  needNewBlock = false;
  /** The current block holds a RETURN_VALUE (b_return). */
  blockHasReturn = false;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  constructor(readonly scope: Scope, readonly scopeType: ScopeType, readonly name: string, readonly qualname: string,
    readonly firstLine: number, readonly className: string | null) {
    this.loc = { lineno: firstLine, end_lineno: firstLine, col: 0, end_col: 0 };
  }
}

// Opcodes whose argument is a cell or free variable, renumbered when the unit is finished.
const DEREF_OPS = new Set<number>([O.MAKE_CELL, O.LOAD_CLOSURE, O.LOAD_DEREF, O.STORE_DEREF, O.DELETE_DEREF, O.LOAD_CLASSDEREF]);

export class Compiler {
  private st: SymbolTable;
  private u!: Unit;
  private stack: Unit[] = [];
  private interactive = false;

  /** Line of the module's last leading future statement; a later one is misplaced. */
  private futureLine = -1;

  /**
   * `futureFlags`: compile()'s flags & PyCF_MASK; the module's own future statements are
   * added to them, and they go into every co_flags (compute_code_flags).
   */
  constructor(readonly filename: string, readonly optimize: number, sourceLines: string[] | null, private futureFlags = 0) {
    this.st = new SymbolTable(filename, sourceLines);
  }

  /** PEP 563: annotations are compiled as their source text. */
  private get stringAnnotations(): boolean {
    return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  error(msg: string, n: Located): never {
    throw new PySyntaxError('SyntaxError', msg, this.filename, n.lineno, n.col_offset + 1, null, n.end_lineno ?? n.lineno, (n.end_col_offset ?? n.col_offset) + 1);
  }

  /** Models compile.c: compiler_mod(). */
  compileModule(mod: A.AST_mod, mode: Mode): CodeUnit {
    const ff = parseFuture(mod, this.filename);
    this.futureFlags |= ff.flags;
    this.futureLine = ff.lineno;
    mod = foldConstants(mod, this.optimize, this.stringAnnotations);
    const top = this.st.build(mod, this.stringAnnotations);
    this.u = new Unit(top, 'module', '<module>', '<module>', 1, null);
    // The module's RESUME is on line 0 (compiler_enter_scope), the body starts on line 1.
    this.u.loc = { lineno: 0, end_lineno: 1, col: 0, end_col: 0 };
    this.emit(O.RESUME, 0);
    this.u.loc = { lineno: 1, end_lineno: 1, col: 0, end_col: 0 };
    let addNone = true;
    if (mod._type === 'Expression') {
      this.expr(mod.body);
      addNone = false;
    } else if (mod._type === 'Interactive') {
      if (findAnn(mod.body)) this.emit(O.SETUP_ANNOTATIONS, 0);
      this.interactive = mode === 'single';
      this.stmts(mod.body);
    } else {
      this.interactive = mode === 'single';
      this.body((mod as A.Module).body);
    }
    return this.finish(this.u, 0, addNone);
  }

  /** Models compile.c: compiler_body() — module and class bodies, with their docstring. */
  private body(stmts: Stmt[]): void {
    if (this.u.scopeType === 'module' && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.emit(O.SETUP_ANNOTATIONS, 0);
    if (!stmts.length) return;
    let i = 0;
    if (this.optimize < 2) {
      const doc = docstring(stmts);
      if (doc !== null) {
        i = 1;
        this.expr((stmts[0] as A.Expr).value);
        this.u.loc = null;
        this.nameOp('__doc__', 'Store');
      }
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  // ## Emission

  private newLabel(): Label {
    return { id: this.u.labelCount++ };
  }

  /** compiler_use_next_block(). */
  private useLabel(l: Label): void {
    this.u.code.push(l);
    this.u.needNewBlock = false;
    this.u.blockHasReturn = false;
  }

  private emitAt(op: number, arg: number, target: Label | null, loc: Loc | null): void {
    const u = this.u;
    if (u.needNewBlock) this.useLabel(this.newLabel());
    u.code.push({ op, arg, target, loc });
    if (op === O.RETURN_VALUE) u.blockHasReturn = true;
    if (endsBlock(op)) u.needNewBlock = true;
  }

  private emit(op: number, arg = 0, target: Label | null = null): void {
    this.emitAt(op, arg, target, this.u.loc);
  }

  /** ADDOP_NOLINE / ADDOP_JUMP_NOLINE: an artificial instruction. */
  private emitNoLine(op: number, arg = 0, target: Label | null = null): void {
    this.emitAt(op, arg, target, null);
  }

  private jump(op: number, target: Label): void {
    this.emit(op, 0, target);
  }

  private setLoc(n: Located): void {
    this.u.loc = { lineno: n.lineno, end_lineno: n.end_lineno ?? n.lineno, col: n.col_offset, end_col: n.end_col_offset ?? n.col_offset };
  }

  /** compile.c: update_start_location_to_match_attr() — a multi-line attribute points at its name. */
  private matchAttrStart(attr: A.Attribute): void {
    const loc = this.u.loc;
    if (loc === null || attr.end_lineno == null || attr.end_col_offset == null) return;
    if (loc.lineno !== attr.end_lineno) {
      const l = { ...loc, lineno: attr.end_lineno };
      const len = [...attr.attr].length;
      if (len <= attr.end_col_offset) l.col = attr.end_col_offset - len;
      else { l.col = -1; l.end_col = -1; }
      l.end_lineno = Math.max(l.lineno, l.end_lineno);
      if (l.lineno === l.end_lineno) l.end_col = Math.max(l.col, l.end_col);
      this.u.loc = l;
    }
  }

  private addConst(c: CodeConst): number {
    const key = constKey(c);
    const i = this.u.constIndex.get(key);
    if (i !== undefined) return i;
    this.u.consts.push(c);
    this.u.constIndex.set(key, this.u.consts.length - 1);
    return this.u.consts.length - 1;
  }

  private loadConst(c: CodeConst): void {
    this.emit(O.LOAD_CONST, this.addConst(c));
  }

  private nameIndex(name: string): number {
    let i = this.u.names.indexOf(name);
    if (i < 0) { this.u.names.push(name); i = this.u.names.length - 1; }
    return i;
  }

  // ## Names

  private mangled(name: string): string {
    return mangle(this.u.className, name);
  }

  private varIndex(name: string): number {
    const u = this.u;
    let i = u.varnames.indexOf(name);
    if (i < 0) { u.varnames.push(name); i = u.varnames.length - 1; }
    return i;
  }

  /** Index of a cell (in cellvars) or free variable (after the cells), before fix_cell_offsets. */
  private derefIndex(name: string, preferCell: boolean): number {
    const u = this.u;
    const c = u.cellvars.indexOf(name), f = u.freevars.indexOf(name);
    if (preferCell && c >= 0) return c;
    if (f >= 0) return u.cellvars.length + f;
    if (c >= 0) return c;
    throw new Error(`no cell or free variable ${name}`);
  }

  private isFunctionBlock(): boolean {
    return this.u.scope.kind === 'function';
  }

  /** Models compile.c: compiler_nameop(). */
  private nameOp(rawName: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (rawName === '__debug__') {
      if (ctx === 'Store') this.error('cannot assign to __debug__', this.locNode());
      if (ctx === 'Del') this.error('cannot delete __debug__', this.locNode());
    }
    const name = this.mangled(rawName);
    const s = this.u.scope;
    const sc = s.scopes.get(name) ?? 0;
    const cellHere = this.u.cellvars.includes(name) && !(this.u.scopeType === 'class' && sc !== CELL && name !== '__class__');
    let kind: 'FAST' | 'DEREF' | 'GLOBAL' | 'NAME' = 'NAME';
    if (sc === FREE || sc === CELL || (cellHere && sc !== LOCAL)) kind = 'DEREF';
    else if (sc === LOCAL) kind = this.isFunctionBlock() ? 'FAST' : 'NAME';
    else if (sc === GLOBAL_IMPLICIT) kind = this.isFunctionBlock() ? 'GLOBAL' : 'NAME';
    else if (sc === GLOBAL_EXPLICIT) kind = 'GLOBAL';
    else if (sc === 0 && this.isFunctionBlock()) kind = 'GLOBAL';
    switch (kind) {
      case 'DEREF': {
        const i = this.derefIndex(name, sc !== FREE);
        if (ctx === 'Load') this.emit(s.kind === 'class' ? O.LOAD_CLASSDEREF : O.LOAD_DEREF, i);
        else this.emit(ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF, i);
        return;
      }
      case 'FAST':
        this.emit(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, this.varIndex(name));
        return;
      case 'GLOBAL': {
        const i = this.nameIndex(name);
        if (ctx === 'Load') this.emit(O.LOAD_GLOBAL, i << 1);
        else this.emit(ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, i);
        return;
      }
      case 'NAME':
        this.emit(ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, this.nameIndex(name));
        return;
    }
  }

  /** The current location as a node, for error messages. */
  private locNode(): Located {
    const l = this.u.loc;
    return l === null ? { lineno: 1, col_offset: 0 } : { lineno: l.lineno, col_offset: l.col, end_lineno: l.end_lineno, end_col_offset: l.end_col };
  }

  // ## Code objects

  /** Models compile.c: compiler_enter_scope() and compiler_set_qualname(). */
  private enterScope(node: unknown, scopeType: ScopeType, name: string, firstLine: number, className: string | null): Unit {
    const scope = this.st.scopeOf.get(node)!;
    const parent = this.u;
    let qualname = name;
    if (parent.scopeType !== 'module') {
      let forceGlobal = false;
      if (scopeType === 'function' || scopeType === 'class') {
        forceGlobal = parent.scope.scopes.get(mangle(parent.className, name)) === GLOBAL_EXPLICIT;
      }
      if (!forceGlobal) {
        qualname = parent.scopeType === 'function' || parent.scopeType === 'lambda'
          ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
      }
    }
    this.stack.push(parent);
    const u = new Unit(scope, scopeType, name, qualname, firstLine, className);
    for (const p of scope.params) if (!u.varnames.includes(p)) u.varnames.push(p);
    const cells = [...scope.scopes].filter(([, sc]) => sc === CELL).map(([n]) => n).sort();
    if (scope.kind === 'class' && scope.needsClassClosure) cells.push('__class__');
    u.cellvars = cells;
    const frees = [...scope.scopes].filter(([n, sc]) => sc === FREE || (scope.kind === 'class' && SymbolTable.isFreeClass(scope, n))).map(([n]) => n);
    // Free variables of children that pass through this scope.
    for (const n of scope.childFree) {
      if (!frees.includes(n) && !cells.includes(n) && scope.scopes.get(n) !== LOCAL && scope.scopes.get(n) !== GLOBAL_EXPLICIT && scope.kind !== 'module'
        && !(scope.kind === 'class' && n === '__class__') && this.isBoundAbove(scope, n)) frees.push(n);
    }
    u.freevars = frees.sort();
    this.u = u;
    this.emit(O.RESUME, 0);
    return u;
  }

  private isBoundAbove(scope: Scope, name: string): boolean {
    for (let s = scope.parent; s !== null; s = s.parent) {
      if (s.kind === 'function') {
        const sc = s.scopes.get(name);
        if (sc === LOCAL || sc === CELL || sc === FREE) return true;
      }
      if (s.kind === 'class' && name === '__class__') return true;
    }
    return false;
  }

  private leaveScope(addNone: boolean): CodeUnit {
    const u = this.u;
    const s = u.scope;
    let flags = 0;
    if (s.kind === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (s.isGenerator) flags |= CO_GENERATOR;
      if (s.hasVarargs) flags |= CO_VARARGS;
      if (s.hasVarkw) flags |= CO_VARKEYWORDS;
      if (s.nested) flags |= CO_NESTED;
    }
    const unit = this.finish(u, flags, addNone);
    this.u = this.stack.pop()!;
    return unit;
  }

  /** Models compile.c: assemble()'s set-up — the final `return None`, cell offsets, then the CFG passes. */
  private finish(u: Unit, flags: number, addNone: boolean): CodeUnit {
    if (!u.blockHasReturn) {
      u.loc = null;
      if (addNone) this.loadConst({ kind: 'None' });
      this.emit(O.RETURN_VALUE, 0);
    }
    // fix_cell_offsets(): cells that are parameters live in the parameter's slot; the
    // other cells and the free variables follow the locals.
    const nlocals = u.varnames.length;
    const fixed: number[] = [];
    let dropped = 0;
    u.cellvars.forEach((name, i) => {
      const v = u.varnames.indexOf(name);
      if (v >= 0) { fixed.push(v); dropped++; } else fixed.push(nlocals + i - dropped);
    });
    u.freevars.forEach((_, i) => fixed.push(nlocals + u.cellvars.length + i - dropped));
    for (const x of u.code) if ('op' in x && DEREF_OPS.has(x.op)) x.arg = fixed[x.arg];
    const consts = u.consts.slice();
    const asm = assemble({
      code: u.code, labelCount: u.labelCount, consts, firstLineno: u.firstLine,
      isGenerator: u.scope.kind === 'function' && u.scope.isGenerator,
      cellIndices: fixed.slice(0, u.cellvars.length).sort((a, b) => a - b), nfreevars: u.freevars.length,
    });
    const names: string[] = [], kinds: number[] = [];
    for (const v of u.varnames) { names.push(v); kinds.push(CO_FAST_LOCAL | (u.cellvars.includes(v) ? CO_FAST_CELL : 0)); }
    for (const c of u.cellvars) if (!u.varnames.includes(c)) { names.push(c); kinds.push(CO_FAST_CELL); }
    for (const f of u.freevars) { names.push(f); kinds.push(CO_FAST_FREE); }
    return {
      co_argcount: u.argcount, co_posonlyargcount: u.posonlyargcount, co_kwonlyargcount: u.kwonlyargcount,
      co_stacksize: asm.co_stacksize, co_flags: flags | this.futureFlags, co_firstlineno: u.firstLine,
      co_code: asm.co_code, co_consts: consts, co_names: u.names, co_localsplusnames: names,
      co_localspluskinds: Uint8Array.from(kinds), co_filename: this.filename, co_name: u.name, co_qualname: u.qualname,
      co_linetable: asm.co_linetable, co_exceptiontable: asm.co_exceptiontable,
    };
  }

  /** Models compile.c: compiler_make_closure() — the closure tuple, the code, MAKE_FUNCTION. */
  private makeClosure(unit: CodeUnit, flags: number): void {
    const frees = unit.co_localsplusnames.filter((_, i) => unit.co_localspluskinds[i] & CO_FAST_FREE);
    if (frees.length) {
      for (const name of frees) {
        const isCell = (this.u.scopeType === 'class' && name === '__class__') || this.u.scope.scopes.get(name) === CELL;
        this.emit(O.LOAD_CLOSURE, this.derefIndex(name, isCell));
      }
      flags |= 8;
      this.emit(O.BUILD_TUPLE, frees.length);
    }
    this.loadConst({ kind: 'code', code: unit });
    this.emit(O.MAKE_FUNCTION, flags);
  }

  // ## Statements

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  /** Models compile.c: compiler_visit_stmt(). */
  private stmt(s: Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete': for (const t of s.targets) this.expr(t); return;
      case 'Assign':
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(O.COPY, 1);
          this.expr(t);
        });
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) { this.expr(s.cause); n++; }
        }
        this.emit(O.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'TryStar':
        this.error("'except*' is not supported yet", s);
      // eslint-disable-next-line no-fallthrough
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': return;
      case 'Expr': return this.exprStmt(s.value);
      case 'Pass': this.emit(O.NOP); return;
      case 'Break': return this.breakStmt(s);
      case 'Continue': return this.continueStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Match': return this.matchStmt(s);
      default:
        this.error(`'${s._type}' is not supported yet`, s as A.Located);
    }
  }

  /** Models compile.c: compiler_visit_stmt_expr(). */
  private exprStmt(value: Expr): void {
    if (this.interactive && this.u.scopeType === 'module') {
      this.expr(value);
      this.emit(O.PRINT_EXPR);
      return;
    }
    if (value._type === 'Constant') {
      this.emit(O.NOP);
      return;
    }
    this.expr(value);
    this.u.loc = null;
    this.emit(O.POP_TOP);
  }

  /** Models compile.c: compiler_augassign(). */
  private augAssign(s: A.AugAssign): void {
    const e = s.target;
    const saved = this.u.loc;
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.expr(e.value);
        this.emit(O.COPY, 1);
        this.matchAttrStart(e);
        this.emit(O.LOAD_ATTR, this.nameIndex(this.mangled(e.attr)));
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(O.COPY, 2);
        this.emit(O.COPY, 2);
        this.emit(O.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Load');
        break;
      default:
        this.error(`'${e._type}' is an illegal expression for augmented assignment`, e as A.Located);
    }
    this.u.loc = saved;
    this.expr(s.value);
    this.emit(O.BINARY_OP, BINOP[s.op] + 13);
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.matchAttrStart(e);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_ATTR, this.nameIndex(this.mangled(e.attr)));
        return;
      case 'Subscript':
        this.emit(O.SWAP, 3);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_SUBSCR);
        return;
      case 'Name':
        this.nameOp(e.id, 'Store');
        return;
    }
  }

  /** Models compile.c: compiler_annassign(). */
  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.expr(t);
    }
    const annotated = this.u.scopeType === 'module' || this.u.scopeType === 'class';
    if (t._type === 'Name') {
      if (s.simple && annotated) {
        if (this.stringAnnotations) this.loadConst({ kind: 'str', value: exprAsString(s.annotation) });
        else this.expr(s.annotation);
        this.emit(O.LOAD_NAME, this.nameIndex('__annotations__'));
        this.loadConst({ kind: 'str', value: this.mangled(t.id) });
        this.emit(O.STORE_SUBSCR);
      }
    } else if (t._type === 'Attribute') {
      if (!s.value) this.checkAnnExpr(t.value);
    } else if (t._type === 'Subscript') {
      if (!s.value) { this.checkAnnExpr(t.value); this.checkAnnSubscr(t.slice); }
    }
    // check_annotation: a complex target's annotation is evaluated, unless it is a string now.
    if (!s.simple && annotated && !this.stringAnnotations) this.checkAnnExpr(s.annotation);
  }

  private checkAnnExpr(e: Expr): void {
    this.expr(e);
    this.emit(O.POP_TOP);
  }

  private checkAnnSubscr(e: Expr): void {
    if (e._type === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  // ## Pattern matching (PEP 634)
  //
  // Models compile.c (3.11): compiler_match() and compiler_pattern_*().  The subject stays on
  // the stack while a case's pattern is tried; every sub-pattern either falls through (match)
  // or jumps to one of the "fail_pop" labels, which pop however many items were on the stack
  // at that point — the extracted sub-subjects (`onTop`) and the captured values waiting to be
  // stored (`stores`).  Captures are kept on the stack, rotated under the items still in use,
  // and stored only once the whole pattern has matched, so a failed case binds nothing.

  /** Models compile.c: compiler_match() / compiler_match_inner(). */
  private matchStmt(s: A.Match): void {
    this.expr(s.subject);
    const end = this.newLabel();
    const cases = s.cases.length;
    const hasDefault = isWildcard(s.cases[cases - 1].pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i];
      this.setLoc(m.pattern);
      // The last case tried consumes the subject itself; the others work on a copy.
      const last = i === cases - hasDefault - 1;
      if (!last) this.emit(O.COPY, 1);
      // An irrefutable case must be guarded, or the last one.
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameOp(name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0], false);
      }
      if (!last) this.emit(O.POP_TOP);
      this.stmts(m.body);
      this.emitNoLine(JUMP, 0, end);
      // The clean-up after a failed pattern belongs to the pattern's line, not the body's.
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      // A trailing `case _:` needs no copy of the subject and no pattern code.
      const m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      this.emit(O.NOP);
      if (m.guard) this.jumpIf(m.guard, end, false);
      this.stmts(m.body);
    }
    this.useLabel(end);
  }

  /** Models compile.c: compiler_pattern(). */
  private pattern(p: A.AST_pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        if (v._type !== 'Constant' && v._type !== 'Attribute') this.error('patterns may only match literals and attribute lookups', this.locNode());
        this.expr(v);
        this.compareOp('Eq');
        this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(p.value);
        this.compareOp('Is');
        this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence': return this.patternSequence(p, pc);
      case 'MatchMapping': return this.patternMapping(p, pc);
      case 'MatchClass': return this.patternClass(p, pc);
      case 'MatchStar': return this.patternStoreName(p.name, pc);
      case 'MatchAs': return this.patternAs(p, pc);
      case 'MatchOr': return this.patternOr(p, pc);
    }
  }

  /** compiler_pattern_subpattern(): sub-patterns may be irrefutable. */
  private subpattern(p: A.AST_pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.newLabel());
  }

  /** jump_to_fail_pop(): on failure, pop the items on top and the captures waiting below them. */
  private jumpToFailPop(pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.emit(op, 0, pc.failPop[pops]);
  }

  /** emit_and_reset_fail_pop(): the ladder of POP_TOPs the failure jumps land on. */
  private emitAndResetFailPop(pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let k = pc.failPop.length - 1; k > 0; k--) {
      this.useLabel(pc.failPop[k]);
      this.emit(O.POP_TOP);
    }
    this.useLabel(pc.failPop[0]);
    pc.failPop = [];
  }

  /** pattern_helper_rotate(): 3.10's ROT_N as a run of SWAPs. */
  private patternRotate(count: number): void {
    while (count > 1) this.emit(O.SWAP, count--);
  }

  /** pattern_helper_store_name(): keep a capture on the stack, under the items in use. */
  private patternStoreName(name: string | null, pc: PatternContext): void {
    if (name === null) { this.emit(O.POP_TOP); return; }
    if (name === '__debug__') this.error('cannot assign to __debug__', this.locNode());
    if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, this.locNode());
    this.patternRotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  /** compiler_pattern_as(). */
  private patternAs(p: A.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name !== null) this.error(`name capture '${p.name}' makes remaining patterns unreachable`, this.locNode());
        this.error('wildcard makes remaining patterns unreachable', this.locNode());
      }
      this.patternStoreName(p.name, pc);
      return;
    }
    // Keep a copy of the subject to store once the inner pattern has matched.
    pc.onTop++;
    this.emit(O.COPY, 1);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.patternStoreName(p.name, pc);
  }

  /** compiler_pattern_sequence(). */
  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns, size = patterns.length;
    let star = -1, onlyWildcard = true, starWildcard = false;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (q._type === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern', this.locNode());
        starWildcard = q.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(q);
    }
    pc.onTop++;
    this.emit(O.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.emit(O.GET_LEN);
      this.loadConst({ kind: 'int', value: BigInt(size) });
      this.compareOp('Eq');
      this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.emit(O.GET_LEN);
      this.loadConst({ kind: 'int', value: BigInt(size - 1) });
      this.compareOp('GtE');
      this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      // [] / [_, _] / [_, *_]: nothing to extract.
      this.emit(O.POP_TOP);
    } else if (starWildcard) {
      this.sequenceSubscr(patterns, star, pc);
    } else {
      this.sequenceUnpack(patterns, pc);
    }
  }

  /** pattern_helper_sequence_unpack(): UNPACK_SEQUENCE / UNPACK_EX, then each item. */
  private sequenceUnpack(patterns: A.AST_pattern[], pc: PatternContext): void {
    const n = patterns.length;
    const star = patterns.findIndex((q) => q._type === 'MatchStar');
    if (star >= 0) {
      if (star >= 256 || n - star - 1 >= (0x7fffffff >> 8)) this.error('too many expressions in star-unpacking sequence pattern', this.locNode());
      this.emit(O.UNPACK_EX, star + ((n - star - 1) << 8));
    } else {
      this.emit(O.UNPACK_SEQUENCE, n);
    }
    pc.onTop += n;
    for (const q of patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
  }

  /**
   * pattern_helper_sequence_subscr(): with a `*_` the items are read by index (negative ones
   * computed from len(), since the subject need not support them) instead of unpacked.
   */
  private sequenceSubscr(patterns: A.AST_pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const q = patterns[i];
      if (isWildcard(q) || i === star) continue;
      this.emit(O.COPY, 1);
      if (i < star) {
        this.loadConst({ kind: 'int', value: BigInt(i) });
      } else {
        this.emit(O.GET_LEN);
        this.loadConst({ kind: 'int', value: BigInt(size - i) });
        this.emit(O.BINARY_OP, BINOP.Sub);
      }
      this.emit(O.BINARY_SUBSCR);
      this.subpattern(q, pc);
    }
    pc.onTop--;
    this.emit(O.POP_TOP);
  }

  /** compiler_pattern_class(). */
  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const nargs = p.patterns.length, nattrs = p.kwd_attrs.length;
    if (nattrs !== p.kwd_patterns.length) {
      this.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`, this.locNode());
    }
    if (nattrs) {
      // validate_kwd_attrs(): errors point at the sub-pattern (the names have no node).
      for (let i = 0; i < nattrs; i++) {
        const attr = p.kwd_attrs[i];
        this.setLoc(p.kwd_patterns[i]);
        if (attr === '__debug__') this.error('cannot assign to __debug__', this.locNode());
        for (let j = i + 1; j < nattrs; j++) {
          if (p.kwd_attrs[j] === attr) {
            this.setLoc(p.kwd_patterns[j]);
            this.error(`attribute name repeated in class pattern: ${attr}`, this.locNode());
          }
        }
      }
      this.setLoc(p);
    }
    this.expr(p.cls);
    this.loadConst({ kind: 'tuple', items: p.kwd_attrs.map((a) => ({ kind: 'str', value: a }) as A.PyConst) });
    this.emit(O.MATCH_CLASS, nargs);
    this.emit(O.COPY, 1);
    this.loadConst({ kind: 'None' });
    this.emit(O.IS_OP, 1);
    // On top: a tuple of the nargs + nattrs attributes (or None).
    pc.onTop++;
    this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    this.emit(O.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
      if (isWildcard(q)) { this.emit(O.POP_TOP); continue; }
      this.subpattern(q, pc);
    }
  }

  /** compiler_pattern_mapping(). */
  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const keys = p.keys, size = keys.length;
    if (size !== p.patterns.length) {
      this.error(`keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`, this.locNode());
    }
    const starTarget = p.rest;
    // The subject stays on top for the mapping and length checks.
    pc.onTop++;
    this.emit(O.MATCH_MAPPING);
    this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    if (!size && starTarget === null) {
      pc.onTop--;
      this.emit(O.POP_TOP);
      return;
    }
    if (size) {
      this.emit(O.GET_LEN);
      this.loadConst({ kind: 'int', value: BigInt(size) });
      this.compareOp('GtE');
      this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }
    // Keys are literals or dotted names; equal literal keys are a compile-time error.
    const seen: A.PyConst[] = [];
    for (const key of keys) {
      if (key._type === 'Constant') {
        if (seen.some((c) => constEqual(c, key.value))) this.error(`mapping pattern checks duplicate key (${pyConstRepr(key.value)})`, this.locNode());
        seen.push(key.value);
      } else if (key._type !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups', this.locNode());
      }
      this.expr(key);
    }
    this.emit(O.BUILD_TUPLE, size);
    this.emit(O.MATCH_KEYS);
    // Now the subject, the tuple of keys and the tuple of values (or None).
    pc.onTop += 2;
    this.emit(O.COPY, 1);
    this.loadConst({ kind: 'None' });
    this.emit(O.IS_OP, 1);
    this.jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    this.emit(O.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    pc.onTop -= 2;
    if (starTarget !== null) {
      // rest = dict(subject); then `del rest[key]` for each key matched.
      this.emit(O.BUILD_MAP, 0);
      this.emit(O.SWAP, 3);
      this.emit(O.DICT_UPDATE, 2);
      this.emit(O.UNPACK_SEQUENCE, size);
      for (let n = size; n > 0; n--) {
        this.emit(O.COPY, 1 + n);
        this.emit(O.SWAP, 2);
        this.emit(O.DELETE_SUBSCR);
      }
      this.patternStoreName(starTarget, pc);
    } else {
      this.emit(O.POP_TOP);
      this.emit(O.POP_TOP);
    }
  }

  /** compiler_pattern_or(): each alternative on its own copy; captures put in one order. */
  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const end = this.newLabel();
    const size = p.patterns.length;
    const old = { ...pc };
    // The names the first alternative binds, in its order; the others must bind the same.
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.emit(O.COPY, 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (control === null) {
        control = pc.stores;
      } else if (nstores !== control.length) {
        this.error('alternative patterns bind different names', this.locNode());
      } else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const istores = pc.stores.indexOf(control[icontrol]);
          if (istores < 0) this.error('alternative patterns bind different names', this.locNode());
          if (icontrol !== istores) {
            // Move the captures into control's order, on the stack and in the list alike.
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternRotate(icontrol + 1);
          }
        }
      }
      this.emit(JUMP, 0, end);
      this.emitAndResetFailPop(pc);
    }
    Object.assign(pc, old);
    // No alternative matched: pop the copy of the subject and fail.
    this.emit(O.POP_TOP);
    this.jumpToFailPop(pc, JUMP);
    this.useLabel(end);
    const names = control!;
    // Rotate each new capture under the other captures, the subject's copy, the items on
    // top and the earlier captures.
    const nrots = names.length + 1 + pc.onTop + pc.stores.length;
    for (const name of names) {
      this.patternRotate(nrots);
      if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, this.locNode());
      pc.stores.push(name);
    }
    this.emit(O.POP_TOP);
  }

  // ## Control flow

  /** Models compile.c: compiler_jump_if() — branch on a condition without building a bool. */
  private jumpIf(e: Expr, next: Label, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newLabel();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, cond2);
        this.jumpIf(e.values[n], next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newLabel(), next2 = this.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.emitNoLine(JUMP, 0, end);
        this.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case 'Compare': {
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newLabel();
          this.expr(e.left);
          for (let i = 0; i < n; i++) {
            this.expr(e.comparators[i]);
            this.emit(O.SWAP, 2);
            this.emit(O.COPY, 2);
            this.compareOp(e.ops[i]);
            this.jump(POP_JUMP_IF_FALSE, cleanup);
          }
          this.expr(e.comparators[n]);
          this.compareOp(e.ops[n]);
          this.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          const end = this.newLabel();
          this.emitNoLine(JUMP, 0, end);
          this.useLabel(cleanup);
          this.emit(O.POP_TOP);
          if (!cond) this.emitNoLine(JUMP, 0, next);
          this.useLabel(end);
          return;
        }
        break;
      }
    }
    this.expr(e);
    this.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private ifStmt(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      this.emitNoLine(JUMP, 0, end);
      this.useLabel(next);
      this.stmts(s.orelse);
    }
    this.useLabel(end);
  }

  private forStmt(s: A.For): void {
    const start = this.newLabel(), body = this.newLabel(), cleanup = this.newLabel(), end = this.newLabel();
    this.u.fblocks.push({ kind: 'FOR_LOOP', block: start, exit: end, datum: null });
    this.expr(s.iter);
    this.emit(O.GET_ITER);
    this.useLabel(start);
    this.jump(O.FOR_ITER, cleanup);
    this.useLabel(body);
    this.expr(s.target);
    this.stmts(s.body);
    this.u.loc = null;
    this.jump(JUMP, start);
    this.useLabel(cleanup);
    this.u.fblocks.pop();
    this.stmts(s.orelse);
    this.useLabel(end);
  }

  private whileStmt(s: A.While): void {
    const loop = this.newLabel(), body = this.newLabel(), anchor = this.newLabel(), end = this.newLabel();
    this.useLabel(loop);
    this.u.fblocks.push({ kind: 'WHILE_LOOP', block: loop, exit: end, datum: null });
    this.jumpIf(s.test, anchor, false);
    this.useLabel(body);
    this.stmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.u.fblocks.pop();
    this.useLabel(anchor);
    this.stmts(s.orelse);
    this.useLabel(end);
  }

  /** Models compile.c: compiler_unwind_fblock(). */
  private unwindFBlock(b: FBlock, preserveTos: boolean): void {
    switch (b.kind) {
      case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': return;
      case 'FOR_LOOP':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        return;
      case 'TRY_EXCEPT':
        this.emit(POP_BLOCK);
        return;
      case 'FINALLY_TRY':
        // This POP_BLOCK gets the line number of the unwinding statement.
        this.emit(POP_BLOCK);
        if (preserveTos) this.u.fblocks.push({ kind: 'POP_VALUE', block: null, exit: null, datum: null });
        this.stmts(b.datum as Stmt[]);
        if (preserveTos) this.u.fblocks.pop();
        // The finally body runs "after" the unwinding statement.
        this.u.loc = null;
        return;
      case 'FINALLY_END':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        return;
      case 'WITH':
        this.setLoc(b.datum as A.With);
        this.emit(POP_BLOCK);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.callExitWithNones();
        this.emit(O.POP_TOP);
        this.u.loc = null;
        return;
      case 'HANDLER_CLEANUP':
        if (b.datum) this.emit(POP_BLOCK);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        if (b.datum) {
          this.loadConst({ kind: 'None' });
          this.nameOp(b.datum as string, 'Store');
          this.nameOp(b.datum as string, 'Del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        return;
    }
  }

  /**
   * Models compile.c: compiler_unwind_fblock_stack() — unwind the blocks from the top,
   * stopping at the innermost loop when `toLoop`; returns that loop.
   */
  private unwindFBlockStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (fb.length === 0) return null;
    const top = fb[fb.length - 1];
    if (toLoop && (top.kind === 'WHILE_LOOP' || top.kind === 'FOR_LOOP')) return top;
    fb.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, toLoop);
    fb.push(top);
    return loop;
  }

  private breakStmt(s: A.Break): void {
    const saved = this.u.loc;
    this.emit(O.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) { this.u.loc = saved; this.error("'break' outside loop", s); }
    this.unwindFBlock(loop, false);
    this.jump(JUMP, loop.exit!);
  }

  private continueStmt(s: A.Continue): void {
    const saved = this.u.loc;
    this.emit(O.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) { this.u.loc = saved; this.error("'continue' not properly in loop", s); }
    this.jump(JUMP, loop.block!);
  }

  /** Models compile.c: compiler_return(). */
  private returnStmt(s: A.Return): void {
    const v = s.value;
    const preserve = v !== null && v._type !== 'Constant';
    if (!this.isFunctionBlock()) this.error("'return' outside function", s);
    if (preserve) {
      this.expr(v!);
    } else if (v !== null) {
      this.setLoc(v);
      this.emit(O.NOP);
    }
    if (v === null || v.lineno !== s.lineno) {
      this.setLoc(s);
      this.emit(O.NOP);
    }
    this.unwindFBlockStack(preserve, false);
    if (v === null) this.loadConst({ kind: 'None' });
    else if (!preserve) this.loadConst((v as A.Constant).value);
    this.emit(O.RETURN_VALUE);
  }

  /** Models compile.c: compiler_try_finally(). */
  private tryFinally(s: A.Try): void {
    const body = this.newLabel(), end = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.jump(SETUP_FINALLY, end);
    this.useLabel(body);
    this.u.fblocks.push({ kind: 'FINALLY_TRY', block: body, exit: end, datum: s.finalbody });
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    this.emitNoLine(POP_BLOCK);
    this.u.fblocks.pop();
    this.stmts(s.finalbody);
    this.emitNoLine(JUMP, 0, exit);
    this.useLabel(end);
    this.u.loc = null;
    this.jump(SETUP_CLEANUP, cleanup);
    this.emit(O.PUSH_EXC_INFO);
    this.u.fblocks.push({ kind: 'FINALLY_END', block: end, exit: null, datum: null });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    this.emit(O.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
  }

  /** Models compile.c: compiler_try_except(). */
  private tryExcept(s: A.Try): void {
    const body = this.newLabel(), except = this.newLabel(), end = this.newLabel(), cleanup = this.newLabel();
    this.jump(SETUP_FINALLY, except);
    this.useLabel(body);
    this.u.fblocks.push({ kind: 'TRY_EXCEPT', block: body, exit: null, datum: null });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.emitNoLine(POP_BLOCK);
    this.stmts(s.orelse);
    this.emitNoLine(JUMP, 0, end);
    this.useLabel(except);
    this.u.loc = null;
    this.jump(SETUP_CLEANUP, cleanup);
    this.emit(O.PUSH_EXC_INFO);
    this.u.fblocks.push({ kind: 'EXCEPTION_HANDLER', block: null, exit: null, datum: null });
    const n = s.handlers.length;
    s.handlers.forEach((h, i) => {
      this.setLoc(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last", h);
      const next = this.newLabel();
      if (h.type) {
        this.expr(h.type);
        this.emit(O.CHECK_EXC_MATCH);
        this.jump(POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = this.newLabel(), cleanupBody = this.newLabel();
        this.nameOp(h.name, 'Store');
        this.jump(SETUP_CLEANUP, cleanupEnd);
        this.useLabel(cleanupBody);
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, datum: h.name });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.u.loc = null;
        this.emit(POP_BLOCK);
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        this.loadConst({ kind: 'None' });
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.jump(JUMP, end);
        this.useLabel(cleanupEnd);
        this.u.loc = null;
        this.loadConst({ kind: 'None' });
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emit(O.RERAISE, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.emit(O.POP_TOP);
        this.useLabel(cleanupBody);
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, datum: null });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.u.loc = null;
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        this.jump(JUMP, end);
      }
      this.useLabel(next);
    });
    this.u.loc = null;
    this.u.fblocks.pop();
    this.emit(O.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(end);
  }

  private popExceptAndReraise(): void {
    this.emit(O.COPY, 3);
    this.emit(O.POP_EXCEPT);
    this.emit(O.RERAISE, 1);
  }

  private callExitWithNones(): void {
    this.loadConst({ kind: 'None' });
    this.loadConst({ kind: 'None' });
    this.loadConst({ kind: 'None' });
    this.emit(O.PRECALL, 2);
    this.emit(O.CALL, 2);
  }

  /** Models compile.c: compiler_with(). */
  private withStmt(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.expr(item.context_expr);
    this.emit(O.BEFORE_WITH);
    this.jump(SETUP_WITH, final);
    this.useLabel(block);
    this.u.fblocks.push({ kind: 'WITH', block, exit: final, datum: s });
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.emit(O.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    this.u.loc = null;
    this.emit(POP_BLOCK);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(O.POP_TOP);
    this.jump(JUMP, exit);
    this.useLabel(final);
    this.jump(SETUP_CLEANUP, cleanup);
    this.emit(O.PUSH_EXC_INFO);
    this.emit(O.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  /** Models compile.c: compiler_with_except_finish(). */
  private withExceptFinish(cleanup: Label): void {
    this.u.loc = null;
    const exit = this.newLabel();
    this.jump(POP_JUMP_IF_TRUE, exit);
    this.emit(O.RERAISE, 2);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
    this.emit(O.POP_TOP);
    this.emit(POP_BLOCK);
    this.emit(O.POP_EXCEPT);
    this.emit(O.POP_TOP);
    this.emit(O.POP_TOP);
  }

  private assertStmt(s: A.Assert): void {
    const t = s.test;
    if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value.kind === 'tuple' && t.value.items.length > 0)) {
      this.warnings.push({ category: 'SyntaxWarning', message: 'assertion is always true, perhaps remove parentheses?', lineno: s.lineno });
    }
    if (this.optimize > 0) return;
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.emit(O.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.expr(s.msg);
      this.emit(O.PRECALL, 0);
      this.emit(O.CALL, 0);
    }
    this.emit(O.RAISE_VARARGS, 1);
    this.useLabel(end);
  }

  /** Models compile.c: compiler_import() and compiler_import_as(). */
  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.loadConst({ kind: 'int', value: 0n });
      this.loadConst({ kind: 'None' });
      this.emit(O.IMPORT_NAME, this.nameIndex(a.name));
      if (a.asname) {
        const parts = a.name.split('.');
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(O.IMPORT_FROM, this.nameIndex(parts[i]));
            if (i === parts.length - 1) break;
            this.emit(O.SWAP, 2);
            this.emit(O.POP_TOP);
          }
          this.nameOp(a.asname, 'Store');
          this.emit(O.POP_TOP);
        } else {
          this.nameOp(a.asname, 'Store');
        }
      } else {
        this.nameOp(a.name.split('.')[0], 'Store');
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    if (s.lineno > this.futureLine && s.module === '__future__') {
      this.error('from __future__ imports must occur at the beginning of the file', s);
    }
    this.loadConst({ kind: 'int', value: BigInt(s.level ?? 0) });
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name } as A.PyConst)) });
    this.emit(O.IMPORT_NAME, this.nameIndex(s.module ?? ''));
    for (const [i, a] of s.names.entries()) {
      if (i === 0 && a.name.startsWith('*')) {
        this.emit(O.IMPORT_STAR);
        return;
      }
      this.emit(O.IMPORT_FROM, this.nameIndex(a.name));
      this.nameOp(a.asname ?? a.name, 'Store');
    }
    this.emit(O.POP_TOP);
  }

  // ## Functions and classes

  private decorators(decos: Expr[]): void {
    for (const d of decos) this.expr(d);
  }

  /** compile.c: compiler_apply_decorators() — each call at its decorator's location. */
  private applyDecorators(decos: Expr[]): void {
    const saved = this.u.loc;
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i] as A.Located);
      this.emit(O.PRECALL, 0);
      this.emit(O.CALL, 0);
    }
    this.u.loc = saved;
  }

  /** Models compile.c: compiler_default_arguments(); returns MAKE_FUNCTION flags. */
  private defaults(args: A.arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      this.emit(O.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const keys: A.PyConst[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push({ kind: 'str', value: this.mangled(a.arg) });
        this.expr(d);
      }
    });
    if (keys.length) {
      this.loadConst({ kind: 'tuple', items: keys });
      this.emit(O.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 2;
    }
    return flags;
  }

  /** Models compile.c: compiler_visit_annotations(). */
  private annotations(args: A.arguments, returns: Expr | null): number {
    let n = 0;
    const add = (name: string, ann: Expr | null | undefined) => {
      if (!ann) return;
      this.loadConst({ kind: 'str', value: this.mangled(name) });
      if (this.stringAnnotations) {
        this.loadConst({ kind: 'str', value: exprAsString(ann) });
      } else if (ann._type === 'Starred') {
        this.expr(ann.value);
        this.emit(O.UNPACK_SEQUENCE, 1);
      } else {
        this.expr(ann);
      }
      n += 2;
    };
    for (const a of args.args) add(a.arg, a.annotation);
    for (const a of args.posonlyargs) add(a.arg, a.annotation);
    if (args.vararg) add(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) add(a.arg, a.annotation);
    if (args.kwarg) add(args.kwarg.arg, args.kwarg.annotation);
    add('return', returns);
    if (!n) return 0;
    this.emit(O.BUILD_TUPLE, n);
    return 4;
  }

  private setArgCounts(u: Unit, args: A.arguments): void {
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    // varnames: positional, kw-only, *args, **kwargs (CPython's parameter layout).
    const order = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => this.mangled(a.arg));
    if (args.vararg) order.push(this.mangled(args.vararg.arg));
    if (args.kwarg) order.push(this.mangled(args.kwarg.arg));
    u.varnames = [...order, ...u.varnames.filter((v) => !order.includes(v))];
  }

  private classNameFor(): string | null {
    return this.u.scopeType === 'class' ? this.u.name : this.u.className;
  }

  /** Models compile.c: compiler_function(). */
  private functionDef(s: A.FunctionDef): void {
    this.decorators(s.decorator_list);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    let flags = this.defaults(s.args);
    flags |= this.annotations(s.args, s.returns);
    const u = this.enterScope(s, 'function', s.name, firstLine, this.classNameFor());
    const doc = this.optimize < 2 ? docstring(s.body) : null;
    this.addConst(doc !== null ? { kind: 'str', value: doc } : { kind: 'None' });
    this.setArgCounts(u, s.args);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]);
    const unit = this.leaveScope(true);
    this.makeClosure(unit, flags);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** Models compile.c: compiler_lambda(). */
  private lambda(e: A.Lambda): void {
    const flags = this.defaults(e.args);
    const u = this.enterScope(e, 'lambda', '<lambda>', e.lineno, this.classNameFor());
    this.addConst({ kind: 'None' });
    this.setArgCounts(u, e.args);
    this.expr(e.body);
    let unit: CodeUnit;
    if (u.scope.isGenerator) {
      unit = this.leaveScope(false);
    } else {
      this.emit(O.RETURN_VALUE);
      unit = this.leaveScope(true);
    }
    this.makeClosure(unit, flags);
  }

  /** Models compile.c: compiler_class(). */
  private classDef(s: A.ClassDef): void {
    this.decorators(s.decorator_list);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const u = this.enterScope(s, 'class', s.name, firstLine, s.name);
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst({ kind: 'str', value: u.qualname });
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    this.u.loc = null;
    if (u.scope.needsClassClosure) {
      this.emit(O.LOAD_CLOSURE, this.derefIndex('__class__', true));
      this.emit(O.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst({ kind: 'None' });
    }
    this.emit(O.RETURN_VALUE);
    const unit = this.leaveScope(true);
    this.emit(O.PUSH_NULL);
    this.emit(O.LOAD_BUILD_CLASS);
    this.makeClosure(unit, 0);
    this.loadConst({ kind: 'str', value: s.name });
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  // ## Expressions

  /** Models compile.c: compiler_visit_expr() — the location is the expression's, then restored. */
  expr(e: Expr): void {
    const saved = this.u.loc;
    this.setLoc(e as A.Located);
    this.exprInner(e);
    this.u.loc = saved;
  }

  private exprInner(e: Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(O.COPY, 1);
        this.expr(e.target);
        return;
      case 'BoolOp': {
        const end = this.newLabel();
        const op = e.op === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.expr(e.values[i]);
          this.jump(op, end);
          this.useLabel(this.newLabel());
        }
        this.expr(e.values[n]);
        this.useLabel(end);
        return;
      }
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.emit(O.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        this.emit(e.op === 'Not' ? O.UNARY_NOT : e.op === 'USub' ? O.UNARY_NEGATIVE : e.op === 'UAdd' ? O.UNARY_POSITIVE : O.UNARY_INVERT);
        return;
      case 'Lambda': return this.lambda(e);
      case 'IfExp': {
        const end = this.newLabel(), next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.emitNoLine(JUMP, 0, end);
        this.useLabel(next);
        this.expr(e.orelse);
        this.useLabel(end);
        return;
      }
      case 'Dict': return this.dict(e);
      case 'Set': return this.starunpack(e.elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false);
      case 'GeneratorExp': return this.comprehension(e, 'genexp', '<genexpr>', e.generators, e.elt, null);
      case 'ListComp': return this.comprehension(e, 'list', '<listcomp>', e.generators, e.elt, null);
      case 'SetComp': return this.comprehension(e, 'set', '<setcomp>', e.generators, e.elt, null);
      case 'DictComp': return this.comprehension(e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (!this.isFunctionBlock()) this.error("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        else this.loadConst({ kind: 'None' });
        this.emit(O.YIELD_VALUE);
        this.emit(O.RESUME, 1);
        return;
      case 'YieldFrom':
        if (!this.isFunctionBlock()) this.error("'yield' outside function", e);
        this.expr(e.value);
        this.emit(O.GET_YIELD_FROM_ITER);
        this.loadConst({ kind: 'None' });
        this.addYieldFrom();
        return;
      case 'Await':
        this.error("'await' is not supported yet", e);
      // eslint-disable-next-line no-fallthrough
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Constant': this.loadConst(e.value); return;
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': {
        this.expr(e.value);
        let arg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          arg |= 4;
        }
        this.emit(O.FORMAT_VALUE, arg);
        return;
      }
      case 'Attribute':
        this.expr(e.value);
        this.matchAttrStart(e);
        if (e.ctx === 'Store' && e.attr === '__debug__') this.error('cannot assign to __debug__', e);
        this.emit(e.ctx === 'Load' ? O.LOAD_ATTR : e.ctx === 'Store' ? O.STORE_ATTR : O.DELETE_ATTR, this.nameIndex(this.mangled(e.attr)));
        return;
      case 'Subscript':
        if (e.ctx === 'Load') this.checkSubscript(e.value, e.slice);
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(e.ctx === 'Load' ? O.BINARY_SUBSCR : e.ctx === 'Store' ? O.STORE_SUBSCR : O.DELETE_SUBSCR);
        return;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple', e);
        this.error("can't use starred expression here", e);
      // eslint-disable-next-line no-fallthrough
      case 'Slice': {
        let n = 2;
        if (e.lower) this.expr(e.lower); else this.loadConst({ kind: 'None' });
        if (e.upper) this.expr(e.upper); else this.loadConst({ kind: 'None' });
        if (e.step) { n++; this.expr(e.step); }
        this.emit(O.BUILD_SLICE, n);
        return;
      }
      case 'Name': return this.nameOp(e.id, e.ctx);
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpack(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
        for (const x of e.elts) this.expr(x);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpack(e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
        for (const x of e.elts) this.expr(x);
        return;
    }
  }

  /** Models compile.c: compiler_add_yield_from() — the SEND loop. */
  private addYieldFrom(): void {
    const start = this.newLabel(), resume = this.newLabel(), exit = this.newLabel();
    this.useLabel(start);
    this.jump(O.SEND, exit);
    this.useLabel(resume);
    this.emit(O.YIELD_VALUE);
    this.emit(O.RESUME, 2);
    this.jump(JUMP_NO_INTERRUPT, start);
    this.useLabel(exit);
  }

  private compareOp(op: A.cmpop): void {
    switch (op) {
      case 'Is': this.emit(O.IS_OP, 0); return;
      case 'IsNot': this.emit(O.IS_OP, 1); return;
      case 'In': this.emit(O.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(O.CONTAINS_OP, 1); return;
      default: this.emit(O.COMPARE_OP, CMPOP[op]);
    }
  }

  /** Models compile.c: compiler_compare(). */
  private compare(e: A.Compare): void {
    this.checkCompare(e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]);
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]);
      this.emit(O.SWAP, 2);
      this.emit(O.COPY, 2);
      this.compareOp(e.ops[i]);
      this.jump(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n]);
    this.compareOp(e.ops[n]);
    const end = this.newLabel();
    this.emitNoLine(JUMP, 0, end);
    this.useLabel(cleanup);
    this.emit(O.SWAP, 2);
    this.emit(O.POP_TOP);
    this.useLabel(end);
  }

  /** compile.c: check_compare() — `x is 1` draws a SyntaxWarning at compile time. */
  private checkCompare(e: A.Compare): void {
    // Only constants (after folding) other than None, True, False and Ellipsis (check_is_arg).
    const isLiteral = (x: Expr) => x._type === 'Constant' && !['None', 'bool', 'Ellipsis'].includes(x.value.kind);
    let left = e.left;
    for (const [i, op] of e.ops.entries()) {
      const right = e.comparators[i];
      if ((op === 'Is' || op === 'IsNot') && (isLiteral(left) || isLiteral(right))) {
        const text = op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
        this.warnings.push({ category: 'SyntaxWarning', message: text, lineno: this.u.loc?.lineno ?? e.lineno });
        return;
      }
      left = right;
    }
  }

  /** Compile-time warnings (SyntaxWarning), for the caller to report. */
  readonly warnings: { category: string; message: string; lineno: number }[] = [];

  /** Models compile.c: starunpack_helper() — list, tuple and set displays (and call arguments). */
  private starunpack(elts: Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => (x as A.Constant).value);
      if (tuple && !pushed) {
        this.loadConst({ kind: 'tuple', items });
      } else {
        this.emit(build, pushed);
        this.loadConst(add === O.SET_ADD ? { kind: 'frozenset', items: frozensetItems(items) } : { kind: 'tuple', items });
        this.emit(extend, 1);
        if (tuple) this.emit(O.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.expr(x);
      this.emit(tuple ? O.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) { this.emit(build, pushed); built = true; }
    elts.forEach((x, i) => {
      if (x._type === 'Starred') {
        if (!built) { this.emit(build, i + pushed); built = true; }
        this.expr(x.value);
        this.emit(extend, 1);
      } else {
        this.expr(x);
        if (built) this.emit(add, 1);
      }
    });
    if (tuple) this.emit(O.LIST_TO_TUPLE);
  }

  /** Models compile.c: assignment_helper() / unpack_helper(). */
  private assignmentHelper(elts: Expr[]): void {
    const star = elts.findIndex((x) => x._type === 'Starred');
    if (star >= 0) {
      if (elts.slice(star + 1).some((x) => x._type === 'Starred')) this.error('multiple starred expressions in assignment', this.locNode());
      if (star >= 256) this.error('too many expressions in star-unpacking assignment', this.locNode());
      this.emit(O.UNPACK_EX, star + ((elts.length - star - 1) << 8));
    } else {
      this.emit(O.UNPACK_SEQUENCE, elts.length);
    }
    for (const x of elts) this.expr(x._type === 'Starred' ? x.value : x);
  }

  /** Models compile.c: compiler_subdict(). */
  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end);
    if (n > 1 && !big && keys.every((k) => k !== null && k._type === 'Constant')) {
      for (let i = begin; i < end; i++) this.expr(e.values[i]);
      this.loadConst({ kind: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
      this.emit(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]);
      if (big) this.emit(O.MAP_ADD, 1);
    }
    if (!big) this.emit(O.BUILD_MAP, n);
  }

  /** Models compile.c: compiler_dict(). */
  private dict(e: A.Dict): void {
    const n = e.values.length;
    let haveDict = false, elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(O.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) { this.emit(O.BUILD_MAP, 0); haveDict = true; }
        this.expr(e.values[i]);
        this.emit(O.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(O.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(O.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(O.BUILD_MAP, 0);
  }

  // ## Calls

  private validateKeywords(keywords: A.keyword[]): void {
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      if (k.arg === '__debug__') this.error('cannot assign to __debug__', k);
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg === k.arg) {
          this.setLoc(other);
          this.error(`keyword argument repeated: ${k.arg}`, other);
        }
      }
    });
  }

  /** Models compile.c: compiler_call() with maybe_optimize_method_call(). */
  private call(e: A.Call): void {
    this.validateKeywords(e.keywords);
    const meth = e.func;
    if (meth._type === 'Attribute' && meth.ctx === 'Load'
      && !(meth.value._type === 'Name' && this.st.isImportedAtTop(meth.value.id))
      && e.args.length + e.keywords.length + (e.keywords.length ? 1 : 0) < STACK_USE_GUIDELINE
      && !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null)) {
      this.expr(meth.value);
      this.setLoc(meth);
      this.matchAttrStart(meth);
      this.emit(O.LOAD_METHOD, this.nameIndex(this.mangled(meth.attr)));
      for (const a of e.args) this.expr(a);
      if (e.keywords.length) {
        for (const k of e.keywords) this.expr(k.value);
        this.kwNames(e.keywords);
      }
      this.setLoc(e);
      this.matchAttrStart(meth);
      const n = e.args.length + e.keywords.length;
      this.emit(O.PRECALL, n);
      this.emit(O.CALL, n);
      return;
    }
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.emit(O.PUSH_NULL);
    this.setLoc(e);
    this.expr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  /** compile.c: check_caller() — `(1, 2)(3)` draws a SyntaxWarning. */
  private checkCaller(f: Expr): void {
    const callable = ['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue'];
    if (callable.includes(f._type)) this.warn(`'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
  }

  /** compile.c: check_subscripter() and check_index() — `[1, 2][3, 4]` and `5[0]` draw SyntaxWarnings. */
  private checkSubscript(value: Expr, slice: Expr): void {
    let warnSubscripter = ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value._type);
    if (value._type === 'Constant') warnSubscripter = ['None', 'Ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset'].includes(value.value.kind);
    if (warnSubscripter) {
      this.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    const index = inferType(slice);
    if (index === null || index === 'int' || index === 'bool') return;
    let warnIndex = ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
    if (value._type === 'Constant') warnIndex = ['str', 'bytes', 'tuple'].includes(value.value.kind);
    if (warnIndex) this.warn(`${inferType(value)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`);
  }

  private warn(message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.u.loc?.lineno ?? 1 });
  }

  private kwNames(keywords: A.keyword[]): void {
    this.emit(O.KW_NAMES, this.addConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg! } as A.PyConst)) }));
  }

  /** Models compile.c: compiler_subkwargs(). */
  private subkwargs(keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.expr(keywords[i].value);
      this.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => ({ kind: 'str', value: k.arg! } as A.PyConst)) });
      this.emit(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emitNoLine(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst({ kind: 'str', value: keywords[i].arg! });
      this.expr(keywords[i].value);
      if (big) this.emitNoLine(O.MAP_ADD, 1);
    }
    if (!big) this.emit(O.BUILD_MAP, n);
  }

  /** Models compile.c: compiler_call_helper(): `n` arguments already pushed (class name etc.). */
  private callHelper(n: number, args: Expr[], keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length, nkw = keywords.length;
    const exCall = nelts + nkw * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.expr(a);
      if (nkw) {
        for (const k of keywords) this.expr(k.value);
        this.kwNames(keywords);
      }
      this.emit(O.PRECALL, n + nelts + nkw);
      this.emit(O.CALL, n + nelts + nkw);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]._type === 'Starred') this.expr(args[0].value);
    else this.starunpack(args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    if (nkw) {
      let haveDict = false, nseen = 0;
      keywords.forEach((k, i) => {
        if (k.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.emit(O.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) { this.emit(O.BUILD_MAP, 0); haveDict = true; }
          this.expr(k.value);
          this.emit(O.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      });
      if (nseen) {
        this.subkwargs(keywords, nkw - nseen, nkw);
        if (haveDict) this.emit(O.DICT_MERGE, 1);
      }
    }
    this.emit(O.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  }

  /** Models compile.c: compiler_joined_str(). */
  private joinedStr(e: A.JoinedStr): void {
    if (e.values.length > STACK_USE_GUIDELINE) {
      this.loadConst({ kind: 'str', value: '' });
      this.emit(O.LOAD_METHOD, this.nameIndex('join'));
      this.emit(O.BUILD_LIST, 0);
      for (const v of e.values) {
        this.expr(v);
        this.emit(O.LIST_APPEND, 1);
      }
      this.emit(O.PRECALL, 1);
      this.emit(O.CALL, 1);
      return;
    }
    for (const v of e.values) this.expr(v);
    if (e.values.length !== 1) this.emit(O.BUILD_STRING, e.values.length);
  }

  // ## Comprehensions (compiler_comprehension): a nested function called with the first iterator

  private comprehension(e: Expr, type: 'genexp' | 'list' | 'set' | 'dict', name: string, gens: A.comprehension[], elt: Expr, val: Expr | null): void {
    const node = e as A.Located;
    this.enterScope(e, 'comprehension', name, node.lineno, this.classNameFor());
    this.setLoc(node);
    if (type !== 'genexp') this.emit(type === 'list' ? O.BUILD_LIST : type === 'set' ? O.BUILD_SET : O.BUILD_MAP, 0);
    this.comprehensionGenerator(gens, 0, 0, elt, val, type);
    if (type !== 'genexp') this.emit(O.RETURN_VALUE);
    const unit = this.leaveScope(true);
    this.makeClosure(unit, 0);
    this.expr(gens[0].iter);
    this.emit(O.GET_ITER);
    this.emit(O.PRECALL, 0);
    this.emit(O.CALL, 0);
  }

  /** Models compile.c: compiler_sync_comprehension_generator(). */
  private comprehensionGenerator(gens: A.comprehension[], index: number, depth: number, elt: Expr, val: Expr | null, type: string): void {
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel(), anchor = this.newLabel();
    const g = gens[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.u.varnames = ['.0', ...this.u.varnames.filter((v) => v !== '.0')];
      this.emit(O.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]` binds y without a loop.
      const it = g.iter;
      const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
        this.expr(elts[0]);
        start = null;
      }
      if (start !== null) {
        this.expr(it);
        this.emit(O.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useLabel(start);
      this.jump(O.FOR_ITER, anchor);
    }
    this.expr(g.target);
    for (const c of g.ifs) this.jumpIf(c, ifCleanup, false);
    if (++index < gens.length) this.comprehensionGenerator(gens, index, depth, elt, val, type);
    if (index >= gens.length) {
      switch (type) {
        case 'genexp':
          this.expr(elt);
          this.emit(O.YIELD_VALUE);
          this.emit(O.RESUME, 1);
          this.emit(O.POP_TOP);
          break;
        case 'list':
          this.expr(elt);
          this.emit(O.LIST_APPEND, depth + 1);
          break;
        case 'set':
          this.expr(elt);
          this.emit(O.SET_ADD, depth + 1);
          break;
        default:
          this.expr(elt);
          this.expr(val!);
          this.emit(O.MAP_ADD, depth + 1);
      }
    }
    this.useLabel(ifCleanup);
    if (start !== null) {
      this.jump(JUMP, start);
      this.useLabel(anchor);
    }
  }
}

/** compile.c: infer_type() — the type name of an expression whose type the syntax fixes. */
function inferType(e: Expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const k = e.value.kind;
      return k === 'None' ? 'NoneType' : k === 'Ellipsis' ? 'ellipsis' : k;
    }
    default: return null;
  }
}

/** compile.c: find_ann() — does a body hold annotated assignments (SETUP_ANNOTATIONS)? */
function findAnn(stmts: Stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With':
        if (findAnn(s.body)) return true;
        break;
      case 'Match':
        if (s.cases.some((m) => findAnn(m.body))) return true;
        break;
      case 'Try': case 'TryStar':
        if (s.handlers.some((h) => findAnn(h.body))) return true;
        if (findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
    }
  }
  return false;
}

function docstring(body: Stmt[]): string | null {
  const s = body[0];
  if (s && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.kind === 'str') return s.value.value.value;
  return null;
}

export interface CompileOptions {
  optimize?: number;
  /** Future-feature bits (PyCF_MASK) given to compile(); they only mark co_flags here. */
  futureFlags?: number;
  /** Receives compile-time warnings (e.g. SyntaxWarning for `x is 1`). */
  warn?: (category: string, message: string, lineno: number) => void;
}

export function compile(mod: A.AST_mod, filename: string, mode: Mode, opts: CompileOptions = {}, sourceLines: string[] | null = null): CodeUnit {
  const c = new Compiler(filename, opts.optimize ?? 0, sourceLines, opts.futureFlags ?? 0);
  const unit = c.compileModule(mod, mode);
  // CPython warns once per location.
  const seen = new Set<string>();
  for (const w of c.warnings) {
    const key = `${w.lineno}:${w.message}`;
    if (!seen.has(key)) { seen.add(key); opts.warn?.(w.category, w.message, w.lineno); }
  }
  return unit;
}

export { POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE };
