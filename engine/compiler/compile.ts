// ## Code generation
//
// Models Python/compile.c (3.11): walk the AST of each scope and emit CPython 3.11's
// instruction sequences — the same opcodes, the same stack discipline, the same exception
// handling (pseudo SETUP_*/POP_BLOCK instructions that become the exception table), the
// same calling convention (PUSH_NULL / LOAD_METHOD, PRECALL, CALL, KW_NAMES).  Nested
// scopes (functions, lambdas, classes, comprehensions) become nested code objects.
//
// Exception handlers are tracked as the code is emitted: every instruction records the
// innermost active handler, and labels remember the handler stack and stack depth of the
// jumps that reach them, which is what CPython's label_exception_targets and stackdepth
// passes compute over the CFG.

import type * as A from '../syntax/ast.js';
import { PySyntaxError } from '../syntax/errors.js';
import { opmap as O } from './opcode.js';
import {
  CodeUnit, CodeConst, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS,
  CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
} from './code.js';
import { SymbolTable, Scope, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, mangle } from './symtable.js';
import { assemble, Instr, Label, Handler, Loc, JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_NO_INTERRUPT } from './assemble.js';
import { stackEffect } from './stackeffect.js';
import { foldConstants, constKey } from './fold.js';

type Expr = A.AST_expr;
type Stmt = A.AST_stmt;
type Mode = 'exec' | 'eval' | 'single';

const BINOP: Record<A.operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
const CMPOP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

type FBlockKind = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER';
interface FBlock { kind: FBlockKind; block: Label | null; exit: Label | null; datum: unknown }

/** One code object being built. */
class Unit {
  code: (Instr | Label)[] = [];
  consts: CodeConst[] = [];
  constIndex = new Map<string, number>();
  names: string[] = [];
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  fblocks: FBlock[] = [];
  handlers: Handler[] = [];
  depth = 0;
  maxDepth = 0;
  loc: Loc | null = null;
  labelCount = 0;
  /** After an unconditional jump/return/raise, code is unreachable until a label. */
  dead = false;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  constructor(readonly scope: Scope, readonly name: string, readonly qualname: string, readonly firstLine: number, readonly className: string | null) {}
}

export class Compiler {
  private st: SymbolTable;
  private u!: Unit;
  private stack: Unit[] = [];
  private interactive = false;

  constructor(readonly filename: string, readonly optimize: number, sourceLines: string[] | null) {
    this.st = new SymbolTable(filename, sourceLines);
  }

  error(msg: string, n: { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null }): never {
    throw new PySyntaxError('SyntaxError', msg, this.filename, n.lineno, n.col_offset + 1, null, n.end_lineno ?? n.lineno, (n.end_col_offset ?? n.col_offset) + 1);
  }

  compileModule(mod: A.AST_mod, mode: Mode): CodeUnit {
    mod = foldConstants(mod, this.optimize);
    const top = this.st.build(mod);
    this.u = new Unit(top, '<module>', '<module>', 1, null);
    this.emitResume(0);
    if (mod._type === 'Expression') {
      this.expr(mod.body);
      this.emit(O.RETURN_VALUE, 0);
    } else {
      const body = (mod as A.Module | A.Interactive).body;
      this.interactive = mode === 'single';
      if (mode === 'exec' && body.length) {
        const doc = docstring(body);
        if (doc !== null && this.optimize < 2) {
          this.setLoc(body[0] as A.Located);
          this.loadConst({ kind: 'str', value: doc });
          this.storeName('__doc__');
          this.stmts(body.slice(1));
        } else {
          this.stmts(doc !== null ? body.slice(1) : body);
        }
      } else {
        this.stmts(body);
      }
      this.u.loc = null;
      this.loadConst({ kind: 'None' });
      this.emit(O.RETURN_VALUE, 0);
    }
    return this.finish(this.u, 0);
  }

  // ## Emission

  private newLabel(): Label {
    return { id: this.u.labelCount++, offset: -1, handlers: null, depth: -1 };
  }

  private useLabel(l: Label): void {
    if (l.handlers !== null) this.u.handlers = l.handlers.slice();
    if (l.depth >= 0 && (this.u.dead || l.depth > this.u.depth)) this.u.depth = l.depth;
    else if (l.depth >= 0) this.u.depth = l.depth;
    this.u.dead = false;
    this.u.code.push(l);
  }

  private emit(op: number, arg: number, target: Label | null = null): void {
    const u = this.u;
    const ins: Instr = { op, arg, target, loc: u.loc, handler: u.handlers.length ? u.handlers[u.handlers.length - 1] : null, offset: 0 };
    u.code.push(ins);
    if (target !== null) {
      const jd = u.depth + stackEffect(op, arg, true);
      if (target.handlers === null) target.handlers = u.handlers.slice();
      if (jd > target.depth) target.depth = jd;
      if (jd > u.maxDepth) u.maxDepth = jd;
    }
    u.depth += stackEffect(op, arg, false);
    if (u.depth > u.maxDepth) u.maxDepth = u.depth;
    if (op === JUMP || op === JUMP_NO_INTERRUPT || op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE) u.dead = true;
  }

  private jump(op: number, target: Label): void {
    this.emit(op, 0, target);
  }

  /** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: a handler for what follows, until POP_BLOCK. */
  private setup(kind: 'FINALLY' | 'CLEANUP' | 'WITH', target: Label): void {
    const u = this.u;
    target.handlers = u.handlers.slice();
    const lasti = kind !== 'FINALLY';
    const depth = kind === 'WITH' ? u.depth - 1 : u.depth;
    target.depth = depth + (lasti ? 1 : 0) + 1;
    if (target.depth > u.maxDepth) u.maxDepth = target.depth;
    u.handlers.push({ label: target, depth, lasti });
  }

  private popBlock(): void {
    this.u.handlers.pop();
  }

  private setLoc(n: A.Located | { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null }): void {
    this.u.loc = { lineno: n.lineno, end_lineno: n.end_lineno ?? n.lineno, col: n.col_offset, end_col: n.end_col_offset ?? n.col_offset };
  }

  private emitResume(arg: number): void {
    this.emit(O.RESUME, arg);
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

  /** Index in localsplus of a local, cell or free variable. */
  private fastIndex(name: string): number {
    const u = this.u;
    let i = u.varnames.indexOf(name);
    if (i >= 0) return i;
    // Cells that are also parameters live in their parameter's slot; the others follow.
    const extraCells = u.cellvars.filter((c) => !u.varnames.includes(c));
    i = extraCells.indexOf(name);
    if (i >= 0) return u.varnames.length + i;
    i = u.freevars.indexOf(name);
    if (i >= 0) return u.varnames.length + extraCells.length + i;
    throw new Error(`no slot for ${name}`);
  }

  /** Models compile.c: compiler_nameop(). */
  private nameOp(rawName: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const name = this.mangled(rawName);
    const s = this.u.scope;
    const sc = s.scopes.get(name) ?? GLOBAL_IMPLICIT;
    const isCellInUnit = this.u.cellvars.includes(name) && !this.u.varnames.includes(name);
    let kind: 'FAST' | 'DEREF' | 'GLOBAL' | 'NAME';
    if (sc === FREE || sc === CELL || isCellInUnit) kind = 'DEREF';
    else if (sc === LOCAL && s.kind === 'function') kind = 'FAST';
    else if (sc === GLOBAL_EXPLICIT) kind = 'GLOBAL';
    else if (sc === GLOBAL_IMPLICIT && s.kind === 'function') kind = 'GLOBAL';
    else kind = 'NAME';
    if (kind === 'DEREF' && s.kind === 'class') {
      if (ctx === 'Load') { this.emit(O.LOAD_CLASSDEREF, this.fastIndex(name)); return; }
    }
    switch (kind) {
      case 'FAST': {
        const i = this.fastIndex(name);
        this.emit(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, i);
        return;
      }
      case 'DEREF': {
        const i = this.fastIndex(name);
        this.emit(ctx === 'Load' ? O.LOAD_DEREF : ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF, i);
        return;
      }
      case 'GLOBAL': {
        const i = this.nameIndex(name);
        if (ctx === 'Load') this.emit(O.LOAD_GLOBAL, i << 1);
        else this.emit(ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, i);
        return;
      }
      case 'NAME': {
        const i = this.nameIndex(name);
        this.emit(ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, i);
        return;
      }
    }
  }

  private storeName(name: string): void { this.nameOp(name, 'Store'); }

  // ## Code objects

  private enterScope(node: unknown, name: string, firstLine: number, className: string | null): Unit {
    const scope = this.st.scopeOf.get(node)!;
    const parentQual = this.u.qualname;
    let qualname = name;
    const ps = this.u.scope;
    if (ps.kind !== 'module') {
      const isGlobal = scope.kind !== 'class' && ps.scopes.get(name) === GLOBAL_EXPLICIT;
      if (!isGlobal) qualname = ps.kind === 'function' ? `${parentQual}.<locals>.${name}` : `${parentQual}.${name}`;
    }
    this.stack.push(this.u);
    const u = new Unit(scope, name, qualname, firstLine, className);
    // Locals: parameters first (in order), then other locals in first-seen order.
    for (const p of scope.params) if (!u.varnames.includes(p)) u.varnames.push(p);
    for (const [n, sc] of scope.scopes) {
      if ((sc === LOCAL || sc === CELL) && scope.kind === 'function' && !u.varnames.includes(n)) {
        if (sc === LOCAL) u.varnames.push(n);
      }
    }
    const cells = [...scope.scopes].filter(([, sc]) => sc === CELL).map(([n]) => n);
    if (scope.kind === 'class' && scope.needsClassClosure) cells.push('__class__');
    u.cellvars = cells.sort();
    const frees = [...scope.scopes].filter(([n, sc]) => sc === FREE || (scope.kind === 'class' && SymbolTable.isFreeClass(scope, n))).map(([n]) => n);
    // Free variables of children that pass through this scope.
    for (const n of scope.childFree) {
      if (!frees.includes(n) && !cells.includes(n) && scope.scopes.get(n) !== LOCAL && scope.scopes.get(n) !== GLOBAL_EXPLICIT && scope.kind !== 'module'
        && !(scope.kind === 'class' && n === '__class__') && this.isBoundAbove(scope, n)) frees.push(n);
    }
    u.freevars = frees.sort();
    this.u = u;
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

  private leaveScope(flags: number): CodeUnit {
    const u = this.u;
    const unit = this.finish(u, flags);
    this.u = this.stack.pop()!;
    return unit;
  }

  private finish(u: Unit, flags: number): CodeUnit {
    // Prefix: MAKE_CELL for cells, COPY_FREE_VARS for frees (3.11 puts them before RESUME).
    const prefix: Instr[] = [];
    const mk = (op: number, arg: number): Instr => ({ op, arg, target: null, loc: null, handler: null, offset: 0 });
    const extraCells = u.cellvars.filter((c) => !u.varnames.includes(c));
    u.cellvars.forEach((name) => {
      const i = u.varnames.indexOf(name);
      prefix.push(mk(O.MAKE_CELL, i >= 0 ? i : u.varnames.length + extraCells.indexOf(name)));
    });
    if (u.freevars.length) prefix.unshift(mk(O.COPY_FREE_VARS, u.freevars.length));
    if (u.scope.isGenerator && u.scope.kind === 'function') {
      prefix.push(mk(O.RETURN_GENERATOR, 0), mk(O.POP_TOP, 0));
      flags |= CO_GENERATOR;
    }
    const code = [...prefix, ...foldPushNull(u.code)];
    const firstLoc = u.code.find((x): x is Instr => 'op' in x && x.loc !== null)?.loc;
    for (const p of prefix) p.loc = firstLoc ? { lineno: u.firstLine, end_lineno: u.firstLine, col: -1, end_col: -1 } : null;
    const asm = assemble(code, u.firstLine);
    const names: string[] = [], kinds: number[] = [];
    for (const v of u.varnames) { names.push(v); kinds.push(CO_FAST_LOCAL | (u.cellvars.includes(v) ? CO_FAST_CELL : 0)); }
    for (const c of u.cellvars) if (!u.varnames.includes(c)) { names.push(c); kinds.push(CO_FAST_CELL); }
    for (const f of u.freevars) { names.push(f); kinds.push(CO_FAST_FREE); }
    return {
      co_argcount: u.argcount, co_posonlyargcount: u.posonlyargcount, co_kwonlyargcount: u.kwonlyargcount,
      co_stacksize: Math.max(u.maxDepth, 1) + 1, co_flags: flags, co_firstlineno: u.firstLine,
      co_code: asm.co_code, co_consts: u.consts, co_names: u.names, co_localsplusnames: names,
      co_localspluskinds: Uint8Array.from(kinds), co_filename: this.filename, co_name: u.name, co_qualname: u.qualname,
      co_linetable: asm.co_linetable, co_exceptiontable: asm.co_exceptiontable,
    };
  }

  /** Load the closure tuple and the code object, then MAKE_FUNCTION. */
  private makeClosure(unit: CodeUnit, flags: number): void {
    const frees = unit.co_localsplusnames.filter((_, i) => unit.co_localspluskinds[i] & CO_FAST_FREE);
    if (frees.length) {
      for (const name of frees) {
        // The closure cell comes from this scope's cell or free slot of the same name.
        let i: number;
        try { i = this.fastIndex(name); } catch { i = this.fastIndex(name); }
        this.emit(O.LOAD_CLOSURE, i);
      }
      this.emit(O.BUILD_TUPLE, frees.length);
      flags |= 8;
    }
    this.loadConst({ kind: 'code', code: unit });
    this.emit(O.MAKE_FUNCTION, flags);
  }

  // ## Statements

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'Expr': {
        const v = s.value;
        if (this.interactive && this.u.scope.kind === 'module') {
          this.expr(v);
          this.emit(O.PRINT_EXPR, 0);
          return;
        }
        if (v._type === 'Constant') {
          this.emit(O.NOP, 0);
          return;
        }
        this.expr(v);
        this.setLoc(s);
        this.emit(O.POP_TOP, 0);
        return;
      }
      case 'Assign': {
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(O.COPY, 1);
          this.assignTarget(t);
        });
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'Delete': for (const t of s.targets) this.deleteTarget(t); return;
      case 'Pass': this.emit(O.NOP, 0); return;
      case 'If': return this.ifStmt(s);
      case 'While': return this.whileStmt(s);
      case 'For': return this.forStmt(s);
      case 'Break': return this.breakStmt(s);
      case 'Continue': return this.continueStmt(s);
      case 'Return': return this.returnStmt(s);
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) { this.expr(s.exc); n = 1; if (s.cause) { this.expr(s.cause); n = 2; } }
        this.setLoc(s);
        this.emit(O.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'TryStar':
        this.error("'except*' is not supported yet", s);
      // eslint-disable-next-line no-fallthrough
      case 'With': return this.withStmt(s, 0);
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global': case 'Nonlocal': this.emit(O.NOP, 0); return;
      default:
        this.error(`'${s._type}' is not supported yet`, s as A.Located);
    }
  }

  private assignTarget(t: Expr): void {
    switch (t._type) {
      case 'Name': this.setLoc(t); this.nameOp(t.id, 'Store'); return;
      case 'Attribute':
        this.expr(t.value);
        this.setLoc(t);
        this.emit(O.STORE_ATTR, this.nameIndex(this.mangled(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.sliceExpr(t.slice);
        this.setLoc(t);
        this.emit(O.STORE_SUBSCR, 0);
        return;
      case 'Tuple': case 'List': return this.unpackAssign(t.elts, t);
      case 'Starred': this.error('starred assignment target must be in a list or tuple', t);
      // eslint-disable-next-line no-fallthrough
      default: this.error(`cannot assign to ${t._type}`, t as A.Located);
    }
  }

  private unpackAssign(elts: Expr[], node: A.Located): void {
    const star = elts.findIndex((e) => e._type === 'Starred');
    this.setLoc(node);
    if (star >= 0) {
      if (elts.slice(star + 1).some((e) => e._type === 'Starred')) this.error('multiple starred expressions in assignment', node);
      this.emit(O.UNPACK_EX, star | ((elts.length - star - 1) << 8));
    } else {
      this.emit(O.UNPACK_SEQUENCE, elts.length);
    }
    for (const e of elts) this.assignTarget(e._type === 'Starred' ? e.value : e);
  }

  private deleteTarget(t: Expr): void {
    this.setLoc(t);
    switch (t._type) {
      case 'Name': this.nameOp(t.id, 'Del'); return;
      case 'Attribute': this.expr(t.value); this.setLoc(t); this.emit(O.DELETE_ATTR, this.nameIndex(this.mangled(t.attr))); return;
      case 'Subscript': this.expr(t.value); this.sliceExpr(t.slice); this.setLoc(t); this.emit(O.DELETE_SUBSCR, 0); return;
      case 'Tuple': case 'List': for (const e of t.elts) this.deleteTarget(e); return;
      default: this.error('cannot delete expression', t as A.Located);
    }
  }

  private augAssign(s: A.AugAssign): void {
    const t = s.target;
    const op = BINOP[s.op] + 13;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Load');
        this.expr(s.value);
        this.setLoc(s);
        this.emit(O.BINARY_OP, op);
        this.setLoc(t);
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(O.COPY, 1);
        this.setLoc(t);
        this.emit(O.LOAD_ATTR, this.nameIndex(this.mangled(t.attr)));
        this.expr(s.value);
        this.setLoc(s);
        this.emit(O.BINARY_OP, op);
        this.setLoc(t);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_ATTR, this.nameIndex(this.mangled(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.sliceExpr(t.slice);
        this.emit(O.COPY, 2);
        this.emit(O.COPY, 2);
        this.setLoc(t);
        this.emit(O.BINARY_SUBSCR, 0);
        this.expr(s.value);
        this.setLoc(s);
        this.emit(O.BINARY_OP, op);
        this.setLoc(t);
        this.emit(O.SWAP, 3);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_SUBSCR, 0);
        return;
      default:
        this.error(`'${t._type}' is an illegal expression for augmented assignment`, t as A.Located);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.assignTarget(t);
    }
    if (t._type === 'Name') {
      if (s.simple && this.u.scope.kind !== 'function') {
        this.ensureAnnotations();
        this.setLoc(s);
        this.expr(s.annotation);
        this.nameOp('__annotations__', 'Load');
        this.loadConst({ kind: 'str', value: this.mangled(t.id) });
        this.emit(O.STORE_SUBSCR, 0);
      }
    } else if (t._type === 'Attribute') {
      if (!s.value) { this.expr(t.value); this.emit(O.POP_TOP, 0); }
    } else if (t._type === 'Subscript') {
      if (!s.value) { this.expr(t.value); this.emit(O.POP_TOP, 0); this.sliceExpr(t.slice); this.emit(O.POP_TOP, 0); }
    }
  }

  private annotationsSetUp = new WeakSet<Unit>();
  private ensureAnnotations(): void {
    if (this.annotationsSetUp.has(this.u)) return;
    this.annotationsSetUp.add(this.u);
    // SETUP_ANNOTATIONS must come first in the body: insert it after RESUME.
    const ins: Instr = { op: O.SETUP_ANNOTATIONS, arg: 0, target: null, loc: this.u.loc, handler: null, offset: 0 };
    const k = this.u.code.findIndex((x) => 'op' in x && x.op === O.RESUME);
    this.u.code.splice(k + 1, 0, ins);
  }

  // ## Control flow

  /** Models compile.c: compiler_jump_if() — branch on a condition without building a bool. */
  private jumpIf(e: Expr, target: Label, cond: boolean): void {
    if (e._type === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, target, !cond);
    if (e._type === 'BoolOp') {
      const isOr = e.op === 'Or';
      const next = this.newLabel();
      const sub = cond === isOr ? target : next;
      for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], sub, isOr);
      this.jumpIf(e.values[e.values.length - 1], target, cond);
      if (next !== sub) return;
      this.useLabel(next);
      return;
    }
    if (e._type === 'IfExp') {
      const end = this.newLabel(), next2 = this.newLabel();
      this.jumpIf(e.test, next2, false);
      this.jumpIf(e.body, target, cond);
      this.jump(JUMP, end);
      this.useLabel(next2);
      this.jumpIf(e.orelse, target, cond);
      this.useLabel(end);
      return;
    }
    if (e._type === 'Compare' && e.ops.length > 1) {
      const cleanup = this.newLabel();
      this.expr(e.left);
      const n = e.ops.length - 1;
      for (let i = 0; i < n; i++) {
        this.expr(e.comparators[i]);
        this.emit(O.SWAP, 2);
        this.emit(O.COPY, 2);
        this.setLoc(e);
        this.compareOp(e.ops[i]);
        this.jump(POP_JUMP_IF_FALSE, cleanup);
      }
      this.expr(e.comparators[n]);
      this.setLoc(e);
      this.compareOp(e.ops[n]);
      this.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
      const end = this.newLabel();
      this.jump(JUMP, end);
      this.useLabel(cleanup);
      this.emit(O.POP_TOP, 0);
      if (!cond) this.jump(JUMP, target);
      this.useLabel(end);
      return;
    }
    this.expr(e);
    this.setLoc(e as A.Located);
    // `x is None` / `x is not None` use the dedicated jumps.
    this.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
  }

  private ifStmt(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      if (!this.u.dead) { this.u.loc = null; this.jump(JUMP, end); }
      this.useLabel(next);
      this.stmts(s.orelse);
    }
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
    if (!this.u.dead) this.jumpIf(s.test, body, true);
    this.u.fblocks.pop();
    this.useLabel(anchor);
    this.stmts(s.orelse);
    this.useLabel(end);
  }

  private forStmt(s: A.For): void {
    const start = this.newLabel(), cleanup = this.newLabel(), end = this.newLabel();
    this.expr(s.iter);
    this.setLoc(s.iter as A.Located);
    this.emit(O.GET_ITER, 0);
    this.useLabel(start);
    this.setLoc(s);
    this.u.fblocks.push({ kind: 'FOR_LOOP', block: start, exit: end, datum: null });
    this.jump(O.FOR_ITER, cleanup);
    this.assignTarget(s.target);
    this.stmts(s.body);
    this.u.loc = null;
    if (!this.u.dead) this.jump(JUMP, start);
    this.useLabel(cleanup);
    this.u.fblocks.pop();
    this.stmts(s.orelse);
    this.useLabel(end);
  }

  private loopBlock(): FBlock | null {
    for (let i = this.u.fblocks.length - 1; i >= 0; i--) {
      const b = this.u.fblocks[i];
      if (b.kind === 'WHILE_LOOP' || b.kind === 'FOR_LOOP') return b;
      if (b.kind === 'EXCEPTION_HANDLER' && false) return null;
    }
    return null;
  }

  /** Emit the unwinding of fblocks above `stopAt` (exclusive), restoring emission state after. */
  private unwind(stopAt: FBlock | null, preserveTos: boolean, f: () => void): void {
    const saved = { handlers: this.u.handlers.slice(), depth: this.u.depth, fblocks: this.u.fblocks.slice() };
    const stack = this.u.fblocks;
    for (let i = stack.length - 1; i >= 0; i--) {
      const b = stack[i];
      if (b === stopAt) break;
      this.u.fblocks = stack.slice(0, i);
      this.unwindOne(b, preserveTos);
    }
    f();
    this.u.handlers = saved.handlers;
    this.u.fblocks = saved.fblocks;
    this.u.depth = saved.depth;
  }

  private unwindOne(b: FBlock, preserveTos: boolean): void {
    switch (b.kind) {
      case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': return;
      case 'FOR_LOOP':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP, 0);
        return;
      case 'TRY_EXCEPT':
        this.popBlock();
        return;
      case 'FINALLY_TRY': {
        this.popBlock();
        if (preserveTos) this.u.fblocks.push({ kind: 'POP_VALUE', block: null, exit: null, datum: null });
        const loc = this.u.loc;
        this.stmts(b.datum as Stmt[]);
        if (preserveTos) this.u.fblocks.pop();
        this.u.loc = loc;
        return;
      }
      case 'FINALLY_END':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP, 0);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.popBlock();
        this.emit(O.POP_EXCEPT, 0);
        return;
      case 'WITH':
        this.popBlock();
        if (preserveTos) this.emit(O.SWAP, 2);
        this.callExitWithNones();
        this.emit(O.POP_TOP, 0);
        return;
      case 'HANDLER_CLEANUP':
        if (b.datum) this.popBlock();
        if (preserveTos) this.emit(O.SWAP, 2);
        this.popBlock();
        this.emit(O.POP_EXCEPT, 0);
        if (b.datum) {
          this.loadConst({ kind: 'None' });
          this.nameOp(b.datum as string, 'Store');
          this.nameOp(b.datum as string, 'Del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP, 0);
        return;
    }
  }

  private breakStmt(s: A.Break): void {
    const loop = this.loopBlock();
    if (loop === null) this.error("'break' outside loop", s);
    this.emit(O.NOP, 0);
    this.unwind(loop, false, () => {
      this.unwindOne(loop, false);
      this.jump(JUMP, loop.exit!);
    });
    this.u.dead = true;
  }

  private continueStmt(s: A.Continue): void {
    const loop = this.loopBlock();
    if (loop === null) this.error("'continue' not properly in loop", s);
    this.emit(O.NOP, 0);
    this.unwind(loop, false, () => this.jump(JUMP, loop.block!));
    this.u.dead = true;
  }

  private returnStmt(s: A.Return): void {
    if (this.u.scope.kind !== 'function') this.error("'return' outside function", s);
    const v = s.value;
    const preserve = v !== null && v._type !== 'Constant';
    if (preserve) this.expr(v!);
    this.setLoc(s);
    if (!preserve && this.u.fblocks.length === 0) {
      this.loadConst(v === null ? { kind: 'None' } : (v as A.Constant).value);
      this.emit(O.RETURN_VALUE, 0);
      return;
    }
    this.unwind(null, preserve, () => {
      if (!preserve) this.loadConst(v === null ? { kind: 'None' } : (v as A.Constant).value);
      this.setLoc(s);
      this.emit(O.RETURN_VALUE, 0);
    });
    this.u.dead = true;
  }

  private tryExcept(s: A.Try): void {
    const body = this.newLabel(), except = this.newLabel(), end = this.newLabel(), cleanup = this.newLabel();
    this.setup('FINALLY', except);
    this.useLabel(body);
    this.u.fblocks.push({ kind: 'TRY_EXCEPT', block: body, exit: null, datum: null });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.u.loc = null;
    this.popBlock();
    this.emit(O.NOP, 0);
    this.stmts(s.orelse);
    this.u.loc = null;
    if (!this.u.dead) this.jump(JUMP, end);
    this.useLabel(except);
    this.setup('CLEANUP', cleanup);
    this.emit(O.PUSH_EXC_INFO, 0);
    this.u.fblocks.push({ kind: 'EXCEPTION_HANDLER', block: null, exit: null, datum: null });
    s.handlers.forEach((h, i) => {
      this.setLoc(h);
      if (!h.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      const next = this.newLabel();
      if (h.type) {
        this.expr(h.type);
        this.setLoc(h);
        this.emit(O.CHECK_EXC_MATCH, 0);
        this.jump(POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = this.newLabel(), cleanupBody = this.newLabel();
        this.nameOp(h.name, 'Store');
        this.setup('CLEANUP', cleanupEnd);
        this.useLabel(cleanupBody);
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, datum: h.name });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.u.loc = null;
        if (!this.u.dead) {
          this.popBlock();
          this.popBlock();
          this.emit(O.POP_EXCEPT, 0);
          this.loadConst({ kind: 'None' });
          this.nameOp(h.name, 'Store');
          this.nameOp(h.name, 'Del');
          this.jump(JUMP, end);
        }
        this.useLabel(cleanupEnd);
        this.u.loc = null;
        this.loadConst({ kind: 'None' });
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emit(O.RERAISE, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.emit(O.POP_TOP, 0);
        this.useLabel(cleanupBody);
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: cleanupBody, exit: null, datum: null });
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.u.loc = null;
        if (!this.u.dead) {
          this.popBlock();
          this.emit(O.POP_EXCEPT, 0);
          this.jump(JUMP, end);
        }
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
    this.emit(O.POP_EXCEPT, 0);
    this.emit(O.RERAISE, 1);
  }

  private tryFinally(s: A.Try): void {
    const body = this.newLabel(), end = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.setup('FINALLY', end);
    this.useLabel(body);
    this.u.fblocks.push({ kind: 'FINALLY_TRY', block: body, exit: end, datum: s.finalbody });
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    this.u.loc = null;
    this.u.fblocks.pop();
    if (!this.u.dead) {
      this.popBlock();
      this.emit(O.NOP, 0);
      this.stmts(s.finalbody);
      this.u.loc = null;
      if (!this.u.dead) this.jump(JUMP, exit);
    }
    this.useLabel(end);
    this.u.loc = null;
    this.setup('CLEANUP', cleanup);
    this.emit(O.PUSH_EXC_INFO, 0);
    this.u.fblocks.push({ kind: 'FINALLY_END', block: end, exit: null, datum: null });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    this.u.loc = null;
    if (!this.u.dead) this.emit(O.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
  }

  private callExitWithNones(): void {
    this.loadConst({ kind: 'None' });
    this.loadConst({ kind: 'None' });
    this.loadConst({ kind: 'None' });
    this.emit(O.PRECALL, 2);
    this.emit(O.CALL, 2);
  }

  private withStmt(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.expr(item.context_expr);
    this.setLoc(s);
    this.emit(O.BEFORE_WITH, 0);
    this.setup('WITH', final);
    this.useLabel(block);
    this.u.fblocks.push({ kind: 'WITH', block, exit: final, datum: s });
    if (item.optional_vars) this.assignTarget(item.optional_vars);
    else this.emit(O.POP_TOP, 0);
    if (pos + 1 < s.items.length) this.withStmt(s, pos + 1);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    if (!this.u.dead) {
      this.u.loc = null;
      this.popBlock();
      this.setLoc(s);
      this.callExitWithNones();
      this.emit(O.POP_TOP, 0);
      this.jump(JUMP, exit);
    } else {
      this.popBlock();
    }
    this.useLabel(final);
    this.setLoc(s);
    this.setup('CLEANUP', cleanup);
    this.emit(O.PUSH_EXC_INFO, 0);
    this.emit(O.WITH_EXCEPT_START, 0);
    // compiler_with_except_finish
    const exitOk = this.newLabel();
    this.jump(POP_JUMP_IF_TRUE, exitOk);
    this.emit(O.RERAISE, 2);
    const savedHandlers = this.u.handlers.slice();
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.u.handlers = savedHandlers;
    this.useLabel(exitOk);
    this.emit(O.POP_TOP, 0);
    this.popBlock();
    this.emit(O.POP_EXCEPT, 0);
    this.emit(O.POP_TOP, 0);
    this.emit(O.POP_TOP, 0);
    this.useLabel(exit);
  }

  private assertStmt(s: A.Assert): void {
    if (this.optimize > 0) return;
    if (s.test._type === 'Tuple' && s.test.elts.length > 0) {
      // CPython warns "assertion is always true"; the code is the same.
    }
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.setLoc(s);
    this.emit(O.LOAD_ASSERTION_ERROR, 0);
    if (s.msg) {
      this.expr(s.msg);
      this.setLoc(s);
      this.emit(O.PRECALL, 0);
      this.emit(O.CALL, 0);
    }
    this.emit(O.RAISE_VARARGS, 1);
    this.useLabel(end);
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.setLoc(a);
      this.loadConst({ kind: 'int', value: 0n });
      this.loadConst({ kind: 'None' });
      this.emit(O.IMPORT_NAME, this.nameIndex(a.name));
      if (a.asname) {
        const parts = a.name.split('.');
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(O.IMPORT_FROM, this.nameIndex(parts[i]));
            if (i < parts.length - 1) { this.emit(O.SWAP, 2); this.emit(O.POP_TOP, 0); }
          }
          this.storeName(a.asname);
          this.emit(O.POP_TOP, 0);
        } else {
          this.storeName(a.asname);
        }
      } else {
        this.storeName(a.name.split('.')[0]);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    this.loadConst({ kind: 'int', value: BigInt(s.level ?? 0) });
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name } as A.PyConst)) });
    this.emit(O.IMPORT_NAME, this.nameIndex(s.module ?? ''));
    if (s.names.length === 1 && s.names[0].name === '*') {
      this.emit(O.IMPORT_STAR, 0);
      return;
    }
    for (const a of s.names) {
      this.setLoc(a);
      this.emit(O.IMPORT_FROM, this.nameIndex(a.name));
      this.storeName(a.asname ?? a.name);
    }
    this.emit(O.POP_TOP, 0);
  }

  // ## Functions and classes

  /** 3.11 pushes decorators bare: CALL 0 then treats each as the "method" and the function as self. */
  private decorators(decos: Expr[]): void {
    for (const d of decos) {
      this.setLoc(d as A.Located);
      this.expr(d);
    }
  }

  private applyDecorators(decos: Expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i] as A.Located);
      this.emit(O.PRECALL, 0);
      this.emit(O.CALL, 0);
    }
  }

  /** Defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
  private defaults(args: A.arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      const allConst = args.defaults.every((d) => d._type === 'Constant');
      if (allConst) this.loadConst({ kind: 'tuple', items: args.defaults.map((d) => (d as A.Constant).value) });
      else {
        for (const d of args.defaults) this.expr(d);
        this.emit(O.BUILD_TUPLE, args.defaults.length);
      }
      flags |= 1;
    }
    const kw: [string, Expr][] = [];
    args.kwonlyargs.forEach((a, i) => { const d = args.kw_defaults[i]; if (d) kw.push([this.mangled(a.arg), d]); });
    if (kw.length) {
      for (const [name, d] of kw) {
        this.loadConst({ kind: 'str', value: name });
        this.expr(d);
      }
      this.emit(O.BUILD_MAP, kw.length);
      flags |= 2;
    }
    return flags;
  }

  private annotations(args: A.arguments, returns: Expr | null): number {
    const items: [string, Expr][] = [];
    const add = (a: A.arg | null) => { if (a && a.annotation) items.push([this.mangled(a.arg), a.annotation]); };
    for (const a of args.posonlyargs) add(a);
    for (const a of args.args) add(a);
    add(args.vararg);
    for (const a of args.kwonlyargs) add(a);
    add(args.kwarg);
    if (returns) items.push(['return', returns]);
    if (!items.length) return 0;
    for (const [name, e] of items) {
      this.loadConst({ kind: 'str', value: name });
      this.expr(e);
    }
    this.emit(O.BUILD_TUPLE, items.length * 2);
    return 4;
  }

  private functionBody(node: A.FunctionDef | A.Lambda, name: string, firstLine: number): CodeUnit {
    const u = this.enterScope(node, name, firstLine, this.u.scope.kind === 'class' ? this.u.name : this.u.className);
    const args = node.args;
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    // varnames order: positional, kw-only, *args, **kwargs (CPython's parameter layout).
    const order = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => this.mangled(a.arg));
    if (args.vararg) order.push(this.mangled(args.vararg.arg));
    if (args.kwarg) order.push(this.mangled(args.kwarg.arg));
    u.varnames = [...order, ...u.varnames.filter((v) => !order.includes(v))];
    if (node._type === 'Lambda') {
      this.addConst({ kind: 'None' });
      this.setLoc(node);
      this.emitResume(0);
      this.expr(node.body);
      this.setLoc(node.body as A.Located);
      this.emit(O.RETURN_VALUE, 0);
    } else {
      const doc = this.optimize < 2 ? docstring(node.body) : null;
      this.addConst(doc !== null ? { kind: 'str', value: doc } : { kind: 'None' });
      this.u.loc = { lineno: firstLine, end_lineno: firstLine, col: -1, end_col: -1 };
      this.setLoc(node);
      this.emitResume(0);
      this.stmts(doc !== null ? node.body.slice(1) : node.body);
      if (!this.u.dead) {
        this.u.loc = null;
        const last = node.body[node.body.length - 1] as A.Located | undefined;
        if (last) this.u.loc = { lineno: last.end_lineno ?? last.lineno, end_lineno: last.end_lineno ?? last.lineno, col: -1, end_col: -1 };
        this.loadConst({ kind: 'None' });
        this.emit(O.RETURN_VALUE, 0);
      }
    }
    let flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (args.vararg) flags |= CO_VARARGS;
    if (args.kwarg) flags |= CO_VARKEYWORDS;
    if (u.scope.nested) flags |= CO_NESTED;
    return this.leaveScope(flags);
  }

  private functionDef(s: A.FunctionDef): void {
    this.decorators(s.decorator_list);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.setLoc(s);
    let flags = this.defaults(s.args);
    flags |= this.annotations(s.args, s.returns);
    const unit = this.functionBody(s, s.name, firstLine);
    this.setLoc(s);
    this.makeClosure(unit, flags);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.storeName(s.name);
  }

  private classDef(s: A.ClassDef): void {
    this.decorators(s.decorator_list);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.setLoc(s);
    // The class body as a function.
    const u = this.enterScope(s, s.name, firstLine, s.name);
    this.setLoc(s);
    this.emitResume(0);
    this.nameOp('__name__', 'Load');
    this.storeName('__module__');
    this.loadConst({ kind: 'str', value: u.qualname });
    this.storeName('__qualname__');
    const doc = docstring(s.body);
    let body = s.body;
    if (doc !== null) {
      this.setLoc(s.body[0] as A.Located);
      if (this.optimize < 2) {
        this.loadConst({ kind: 'str', value: doc });
        this.storeName('__doc__');
      }
      body = s.body.slice(1);
    }
    this.stmts(body);
    this.u.loc = null;
    if (u.scope.needsClassClosure) {
      this.emit(O.LOAD_CLOSURE, this.fastIndex('__class__'));
      this.emit(O.COPY, 1);
      this.storeName('__classcell__');
      this.emit(O.RETURN_VALUE, 0);
    } else {
      this.loadConst({ kind: 'None' });
      this.emit(O.RETURN_VALUE, 0);
    }
    const unit = this.leaveScope(u.scope.nested ? CO_NESTED : 0);
    this.setLoc(s);
    this.emit(O.PUSH_NULL, 0);
    this.emit(O.LOAD_BUILD_CLASS, 0);
    this.makeClosure(unit, 0);
    this.loadConst({ kind: 'str', value: s.name });
    this.setLoc(s);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.storeName(s.name);
  }

  // ## Expressions

  expr(e: Expr): void {
    const loc = this.u.loc;
    this.setLoc(e as A.Located);
    this.exprInner(e);
    void loc;
  }

  private exprInner(e: Expr): void {
    switch (e._type) {
      case 'Constant': this.loadConst(e.value); return;
      case 'Name': this.nameOp(e.id, 'Load'); return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.setLoc(e);
        this.emit(O.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        this.setLoc(e);
        this.emit(e.op === 'Not' ? O.UNARY_NOT : e.op === 'USub' ? O.UNARY_NEGATIVE : e.op === 'UAdd' ? O.UNARY_POSITIVE : O.UNARY_INVERT, 0);
        return;
      case 'BoolOp': {
        const end = this.newLabel();
        const op = e.op === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]);
          this.setLoc(e);
          this.jump(op, end);
        }
        this.expr(e.values[e.values.length - 1]);
        this.useLabel(end);
        return;
      }
      case 'Compare': return this.compare(e);
      case 'IfExp': {
        const end = this.newLabel(), next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.u.loc = null;
        this.jump(JUMP, end);
        this.useLabel(next);
        this.expr(e.orelse);
        this.useLabel(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(O.COPY, 1);
        this.setLoc(e.target as A.Located);
        this.nameOp((e.target as A.Name).id, "Store");
        return;
      case 'Attribute':
        this.expr(e.value);
        this.setLoc(e);
        this.emit(O.LOAD_ATTR, this.nameIndex(this.mangled(e.attr)));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.sliceExpr(e.slice);
        this.setLoc(e);
        this.emit(O.BINARY_SUBSCR, 0);
        return;
      case 'Slice': return this.sliceExpr(e);
      case 'Call': return this.call(e);
      case 'List': return this.sequence(e.elts, 'list', e);
      case 'Tuple': return this.sequence(e.elts, 'tuple', e);
      case 'Set': return this.sequence(e.elts, 'set', e);
      case 'Dict': return this.dict(e);
      case 'ListComp': return this.comprehension(e, '<listcomp>', O.BUILD_LIST, [e.elt], e.generators);
      case 'SetComp': return this.comprehension(e, '<setcomp>', O.BUILD_SET, [e.elt], e.generators);
      case 'DictComp': return this.comprehension(e, '<dictcomp>', O.BUILD_MAP, [e.key, e.value], e.generators);
      case 'GeneratorExp': return this.comprehension(e, '<genexpr>', -1, [e.elt], e.generators);
      case 'Lambda': {
        let flags = this.defaults(e.args);
        const unit = this.functionBody(e, '<lambda>', e.lineno);
        this.setLoc(e);
        this.makeClosure(unit, flags);
        flags = 0;
        return;
      }
      case 'JoinedStr': {
        if (e.values.length === 1 && e.values[0]._type === 'FormattedValue') {
          this.expr(e.values[0]);
          return;
        }
        for (const v of e.values) this.expr(v);
        this.setLoc(e);
        if (e.values.length !== 1) this.emit(O.BUILD_STRING, e.values.length);
        if (e.values.length === 0) { this.u.code.pop(); this.u.depth--; this.loadConst({ kind: 'str', value: '' }); }
        return;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let arg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          arg |= 4;
        }
        this.setLoc(e);
        this.emit(O.FORMAT_VALUE, arg);
        return;
      }
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadConst({ kind: 'None' });
        this.setLoc(e);
        this.emit(O.YIELD_VALUE, 0);
        this.emitResume(1);
        return;
      case 'YieldFrom': {
        this.expr(e.value);
        this.setLoc(e);
        this.emit(O.GET_YIELD_FROM_ITER, 0);
        this.loadConst({ kind: 'None' });
        this.yieldFromLoop();
        return;
      }
      case 'Starred':
        this.error("can't use starred expression here", e);
      // eslint-disable-next-line no-fallthrough
      case 'Await':
        this.error("'await' is not supported yet", e);
    }
  }

  /** SEND loop of `yield from` (compiler_add_yield_from). */
  private yieldFromLoop(): void {
    const send = this.newLabel(), fail = this.newLabel(), exit = this.newLabel();
    this.useLabel(send);
    this.jump(O.SEND, exit);
    this.emit(O.YIELD_VALUE, 0);
    this.emitResume(2);
    this.jump(JUMP_NO_INTERRUPT, send);
    void fail;
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

  private compare(e: A.Compare): void {
    this.checkIsLiteral(e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]);
      this.setLoc(e);
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]);
      this.setLoc(e);
      this.emit(O.SWAP, 2);
      this.emit(O.COPY, 2);
      this.compareOp(e.ops[i]);
      this.jump(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n]);
    this.setLoc(e);
    this.compareOp(e.ops[n]);
    const end = this.newLabel();
    this.u.loc = null;
    this.jump(JUMP, end);
    this.useLabel(cleanup);
    this.emit(O.SWAP, 2);
    this.emit(O.POP_TOP, 0);
    this.useLabel(end);
  }

  /** compile.c: check_compare() — `x is 1` draws a SyntaxWarning at compile time. */
  private checkIsLiteral(e: A.Compare): void {
    // Only constants (after folding) other than None, True, False and Ellipsis (check_is_arg).
    const isLiteral = (x: Expr) => x._type === 'Constant' && !['None', 'bool', 'Ellipsis'].includes(x.value.kind);
    let left = e.left;
    e.ops.forEach((op, i) => {
      const right = e.comparators[i];
      if ((op === 'Is' || op === 'IsNot') && (isLiteral(left) || isLiteral(right))) {
        const text = op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
        this.warnings.push({ category: 'SyntaxWarning', message: text, lineno: e.lineno });
      }
      left = right;
    });
  }

  /** Compile-time warnings (SyntaxWarning), for the caller to report. */
  readonly warnings: { category: string; message: string; lineno: number }[] = [];

  private sliceExpr(e: Expr): void {
    if (e._type !== 'Slice') { this.expr(e); return; }
    let n = 2;
    if (e.lower) this.expr(e.lower); else this.loadConst({ kind: 'None' });
    if (e.upper) this.expr(e.upper); else this.loadConst({ kind: 'None' });
    if (e.step) { this.expr(e.step); n = 3; }
    this.setLoc(e);
    this.emit(O.BUILD_SLICE, n);
  }

  /** List, tuple and set displays (compiler_subscript / starunpack_helper). */
  private sequence(elts: Expr[], kind: 'list' | 'tuple' | 'set', node: A.Located): void {
    const hasStar = elts.some((x) => x._type === 'Starred');
    const build = kind === 'list' ? O.BUILD_LIST : kind === 'tuple' ? O.BUILD_TUPLE : O.BUILD_SET;
    const allConst = elts.length > 2 && elts.every((x) => x._type === 'Constant');
    if (allConst && kind !== 'tuple') {
      const items = elts.map((x) => (x as A.Constant).value);
      this.emit(kind === 'list' ? O.BUILD_LIST : O.BUILD_SET, 0);
      this.loadConst(kind === 'list' ? { kind: 'tuple', items } : { kind: 'frozenset', items });
      this.emit(kind === 'list' ? O.LIST_EXTEND : O.SET_UPDATE, 1);
      return;
    }
    if (!hasStar) {
      for (const x of elts) this.expr(x);
      this.setLoc(node);
      this.emit(build, elts.length);
      return;
    }
    // With starred items: build a list/set incrementally.
    const inner = kind === 'set' ? O.BUILD_SET : O.BUILD_LIST;
    const extend = kind === 'set' ? O.SET_UPDATE : O.LIST_EXTEND;
    const add = kind === 'set' ? O.SET_ADD : O.LIST_APPEND;
    let seen = 0, started = false;
    for (const x of elts) {
      if (x._type === 'Starred') {
        if (!started) { this.setLoc(node); this.emit(inner, seen); started = true; }
        this.expr(x.value);
        this.setLoc(node);
        this.emit(extend, 1);
      } else {
        this.expr(x);
        if (started) { this.setLoc(node); this.emit(add, 1); } else seen++;
      }
    }
    if (kind === 'tuple') this.emit(O.LIST_TO_TUPLE, 0);
  }

  private dict(e: A.Dict): void {
    const n = e.values.length;
    let have = false, elements = 0;
    const flushGroup = (start: number, end: number) => {
      const keys = e.keys.slice(start, end) as Expr[];
      const vals = e.values.slice(start, end);
      const constKeys = keys.length > 1 && keys.every((k) => k._type === 'Constant');
      if (constKeys) {
        for (const v of vals) this.expr(v);
        this.loadConst({ kind: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
        this.setLoc(e);
        this.emit(O.BUILD_CONST_KEY_MAP, keys.length);
      } else {
        for (let i = 0; i < keys.length; i++) { this.expr(keys[i]); this.expr(vals[i]); }
        this.setLoc(e);
        this.emit(O.BUILD_MAP, keys.length);
      }
    };
    let start = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          flushGroup(start, i);
          if (have) this.emit(O.DICT_UPDATE, 1);
          have = true;
          elements = 0;
        }
        if (!have) { this.setLoc(e); this.emit(O.BUILD_MAP, 0); have = true; }
        this.expr(e.values[i]);
        this.setLoc(e);
        this.emit(O.DICT_UPDATE, 1);
        start = i + 1;
      } else {
        if (elements === 16) {
          flushGroup(start, i);
          if (have) this.emit(O.DICT_UPDATE, 1);
          have = true;
          elements = 0;
          start = i;
        }
        elements++;
      }
    }
    if (elements) {
      flushGroup(start, n);
      if (have) this.emit(O.DICT_UPDATE, 1);
      have = true;
    }
    if (!have) { this.setLoc(e); this.emit(O.BUILD_MAP, 0); }
  }

  // ## Calls

  private call(e: A.Call): void {
    // obj.method(...) without * or ** → LOAD_METHOD (maybe_optimize_method_call)
    const simpleArgs = !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (e.func._type === 'Attribute' && simpleArgs && e.args.length + e.keywords.length < 254) {
      this.expr(e.func.value);
      this.setLoc(e.func);
      this.emit(O.LOAD_METHOD, this.nameIndex(this.mangled(e.func.attr)));
      for (const a of e.args) this.expr(a);
      for (const k of e.keywords) this.expr(k.value);
      this.setLoc(e);
      if (e.keywords.length) this.kwNames(e.keywords);
      const n = e.args.length + e.keywords.length;
      this.emit(O.PRECALL, n);
      this.emit(O.CALL, n);
      return;
    }
    this.setLoc(e);
    this.emit(O.PUSH_NULL, 0);
    this.expr(e.func);
    this.setLoc(e);
    this.callHelper(0, e.args, e.keywords);
  }

  private kwNames(keywords: A.keyword[]): void {
    this.emit(O.KW_NAMES, this.addConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg! } as A.PyConst)) }));
  }

  /** Models compiler_call_helper: `n` arguments already pushed (class name etc.). */
  private callHelper(n: number, args: Expr[], keywords: A.keyword[]): void {
    const node = this.u.loc;
    const hasStar = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    for (const k of keywords) {
      if (k.arg !== null && keywords.filter((x) => x.arg === k.arg).length > 1) this.error(`keyword argument repeated: ${k.arg}`, k);
    }
    if (!hasStar && n + args.length + keywords.length < 256) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      this.u.loc = node;
      if (keywords.length) this.kwNames(keywords);
      const total = n + args.length + keywords.length;
      this.emit(O.PRECALL, total);
      this.emit(O.CALL, total);
      return;
    }
    // f(*args, **kwargs): positional tuple, then a dict.
    if (n === 0 && args.length === 1 && args[0]._type === 'Starred' && true) {
      this.expr((args[0] as A.Starred).value);
    } else {
      let built = false, pending = n;
      for (const a of args) {
        if (a._type === 'Starred') {
          if (!built) { this.emit(O.BUILD_LIST, pending); built = true; }
          this.expr(a.value);
          this.u.loc = node;
          this.emit(O.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          this.u.loc = node;
          if (built) this.emit(O.LIST_APPEND, 1); else pending++;
        }
      }
      if (built) this.emit(O.LIST_TO_TUPLE, 0);
      else this.emit(O.BUILD_TUPLE, pending);
    }
    let flag = 0;
    if (keywords.length) {
      flag = 1;
      let have = false, group: A.keyword[] = [];
      const flushKw = () => {
        if (!group.length) return;
        for (const k of group) { this.loadConst({ kind: 'str', value: k.arg! }); this.expr(k.value); }
        this.emit(O.BUILD_MAP, group.length);
        if (have) this.emit(O.DICT_MERGE, 1);
        have = true;
        group = [];
      };
      for (const k of keywords) {
        if (k.arg === null) {
          flushKw();
          if (!have) { this.emit(O.BUILD_MAP, 0); have = true; }
          this.expr(k.value);
          this.u.loc = node;
          this.emit(O.DICT_MERGE, 1);
        } else {
          group.push(k);
        }
      }
      flushKw();
    }
    this.u.loc = node;
    this.emit(O.CALL_FUNCTION_EX, flag);
  }

  // ## Comprehensions (compiler_comprehension): a nested function called with the first iterator

  private comprehension(e: Expr, name: string, build: number, elts: Expr[], gens: A.comprehension[]): void {
    const isGen = build === -1;
    const outer = this.u.loc;
    const u = this.enterScope(e, name, (e as A.Located).lineno, this.u.scope.kind === 'class' ? this.u.name : this.u.className);
    u.argcount = 1;
    u.varnames = ['.0', ...u.varnames.filter((v) => v !== '.0')];
    this.setLoc(e as A.Located);
    this.emitResume(0);
    if (!isGen) this.emit(build, 0);
    this.comprehensionGenerator(gens, 0, elts, build, isGen, e as A.Located);
    this.setLoc(e as A.Located);
    if (isGen) this.loadConst({ kind: 'None' });
    this.emit(O.RETURN_VALUE, 0);
    let flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (u.scope.nested) flags |= CO_NESTED;
    const unit = this.leaveScope(flags);
    this.u.loc = outer;
    this.setLoc(e as A.Located);
    this.makeClosure(unit, 0);
    this.expr(gens[0].iter);
    this.setLoc(e as A.Located);
    this.emit(O.GET_ITER, 0);
    this.emit(O.PRECALL, 0);
    this.emit(O.CALL, 0);
  }

  private comprehensionGenerator(gens: A.comprehension[], i: number, elts: Expr[], build: number, isGen: boolean, node: A.Located): void {
    const g = gens[i];
    const start = this.newLabel(), ifCleanup = this.newLabel(), anchor = this.newLabel();
    if (i === 0) {
      this.emit(O.LOAD_FAST, 0);
    } else {
      this.expr(g.iter);
      this.setLoc(node);
      this.emit(O.GET_ITER, 0);
    }
    this.useLabel(start);
    this.setLoc(g.target as A.Located);
    this.jump(O.FOR_ITER, anchor);
    this.assignTarget(g.target);
    for (const c of g.ifs) this.jumpIf(c, ifCleanup, false);
    if (i + 1 < gens.length) {
      this.comprehensionGenerator(gens, i + 1, elts, build, isGen, node);
    } else {
      const depth = gens.length + 1;
      if (isGen) {
        this.expr(elts[0]);
        this.setLoc(node);
        this.emit(O.YIELD_VALUE, 0);
        this.emitResume(1);
        this.emit(O.POP_TOP, 0);
      } else if (build === O.BUILD_LIST) {
        this.expr(elts[0]);
        this.setLoc(node);
        this.emit(O.LIST_APPEND, depth);
      } else if (build === O.BUILD_SET) {
        this.expr(elts[0]);
        this.setLoc(node);
        this.emit(O.SET_ADD, depth);
      } else {
        this.expr(elts[0]);
        this.expr(elts[1]);
        this.setLoc(node);
        this.emit(O.MAP_ADD, depth);
      }
    }
    this.useLabel(ifCleanup);
    this.u.loc = null;
    this.jump(JUMP, start);
    this.useLabel(anchor);
  }
}

/** PUSH_NULL; LOAD_GLOBAL x  →  LOAD_GLOBAL (NULL + x), as 3.11's optimize_basic_block. */
function foldPushNull(code: (Instr | Label)[]): (Instr | Label)[] {
  const out: (Instr | Label)[] = [];
  for (let i = 0; i < code.length; i++) {
    const x = code[i], y = code[i + 1];
    if ('op' in x && x.op === O.PUSH_NULL && y !== undefined && 'op' in y && y.op === O.LOAD_GLOBAL && !(y.arg & 1)) {
      y.arg |= 1;
      continue;
    }
    out.push(x);
  }
  return out;
}

function docstring(body: Stmt[]): string | null {
  const s = body[0];
  if (s && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.kind === 'str') return s.value.value.value;
  return null;
}

export interface CompileOptions {
  optimize?: number;
  /** Receives compile-time warnings (e.g. SyntaxWarning for `x is 1`). */
  warn?: (category: string, message: string, lineno: number) => void;
}

export function compile(mod: A.AST_mod, filename: string, mode: Mode, opts: CompileOptions = {}, sourceLines: string[] | null = null): CodeUnit {
  const c = new Compiler(filename, opts.optimize ?? 0, sourceLines);
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
