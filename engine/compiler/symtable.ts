// ## The symbol table
//
// Models Python/symtable.c: one pass collects, per scope, the names bound, used and
// declared global/nonlocal; analysis then decides each name's scope — LOCAL, CELL (local
// and captured by an inner function), FREE (captured from an enclosing function),
// GLOBAL_EXPLICIT / GLOBAL_IMPLICIT — following LEGB, with class scopes skipped when inner
// functions resolve names, the implicit __class__ cell for super(), and comprehensions as
// their own function scopes.

import type * as A from '../syntax/ast.js';
import { PySyntaxError } from '../syntax/errors.js';

export const LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

export type ScopeKind = 'module' | 'class' | 'function';

const DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 32, DEF_COMP_ITER = 64, DEF_IMPORT = 128;

export class Scope {
  /** name -> DEF_* flags, in first-seen order (CPython's ste_symbols dict order). */
  symbols = new Map<string, number>();
  /** name -> LOCAL, GLOBAL_EXPLICIT/IMPLICIT, FREE or CELL, filled by analysis. */
  scopes = new Map<string, number>();
  children: Scope[] = [];
  params: string[] = [];
  isGenerator = false;
  hasVarargs = false;
  hasVarkw = false;
  /** A method that uses super() or __class__ needs the class's __class__ cell. */
  needsClassClosure = false;
  /** Comprehension scopes (list/set/dict comps and generator expressions). */
  comprehension = false;
  nested = false;
  childFree = new Set<string>();

  constructor(readonly name: string, readonly kind: ScopeKind, readonly node: unknown, readonly lineno: number, readonly parent: Scope | null) {
    this.nested = parent !== null && (parent.kind === 'function' || parent.nested);
  }

  add(name: string, flag: number): void {
    this.symbols.set(name, (this.symbols.get(name) ?? 0) | flag);
  }

  scopeOf(name: string): number {
    return this.scopes.get(name) ?? (this.kind === 'module' ? GLOBAL_IMPLICIT : GLOBAL_IMPLICIT);
  }
}

/** Private name mangling inside classes: __x -> _Class__x. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

export class SymbolTable {
  top: Scope;
  private cur: Scope;
  private className: string | null = null;
  /** Scope for each AST node that opens one (functions, lambdas, classes, comprehensions). */
  readonly scopeOf = new Map<unknown, Scope>();

  constructor(readonly filename: string, readonly sourceLines: string[] | null) {
    this.top = new Scope('top', 'module', null, 1, null);
    this.cur = this.top;
  }

  error(msg: string, n: { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null }): never {
    const text = this.sourceLines?.[n.lineno - 1] ?? null;
    throw new PySyntaxError('SyntaxError', msg, this.filename, n.lineno, n.col_offset + 1, text, n.end_lineno ?? n.lineno, (n.end_col_offset ?? n.col_offset) + 1);
  }

  /** `from __future__ import annotations`: annotations are text, never evaluated. */
  private stringAnnotations = false;

  build(mod: A.AST_mod, stringAnnotations = false): Scope {
    this.stringAnnotations = stringAnnotations;
    this.scopeOf.set(mod, this.top);
    if (mod._type === 'Expression') this.visitExpr(mod.body);
    else if (mod._type === 'Module' || mod._type === 'Interactive') this.visitStmts(mod.body);
    this.analyze(this.top, new Set(), new Set(), new Set());
    return this.top;
  }

  private enter(name: string, kind: ScopeKind, node: unknown, lineno: number): Scope {
    const s = new Scope(name, kind, node, lineno, this.cur);
    this.cur.children.push(s);
    this.scopeOf.set(node, s);
    this.cur = s;
    return s;
  }
  private leave(): void { this.cur = this.cur.parent!; }

  private def(name: string, flag: number, node: A.Located): void {
    const n = mangle(this.className, name);
    const old = this.cur.symbols.get(n) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, node);
    this.cur.add(n, flag);
  }

  private use(name: string): void {
    this.cur.add(mangle(this.className, name), USE);
  }

  // ## Statements

  private visitStmts(body: A.AST_stmt[]): void { for (const s of body) this.visitStmt(s); }

  private visitStmt(s: A.AST_stmt): void {
    switch (s._type) {
      case 'FunctionDef': {
        this.def(s.name, DEF_LOCAL, s);
        this.visitArgsDefaults(s.args);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.visitAnnotations(s.args, s.returns);
        const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        const sc = this.enter(s.name, 'function', s, firstLine);
        this.visitParams(s.args, sc);
        const saved = this.className;
        this.visitStmts(s.body);
        this.className = saved;
        this.leave();
        break;
      }
      case 'ClassDef': {
        this.def(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enter(s.name, 'class', s, firstLine);
        const saved = this.className;
        this.className = s.name;
        this.visitStmts(s.body);
        this.className = saved;
        this.leave();
        break;
      }
      case 'Return':
        if (this.cur.kind !== 'function') this.error("'return' outside function", s);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'Delete': for (const t of s.targets) this.visitExpr(t); break;
      case 'Assign':
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const n = mangle(this.className, s.target.id);
          const f = this.cur.symbols.get(n) ?? 0;
          if (f & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            this.error(`annotated name '${s.target.id}' can't be ${f & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.def(s.target.id, DEF_LOCAL, s);
          else if (s.value) this.visitExpr(s.target);
        } else {
          this.visitExpr(s.target);
        }
        if (this.stringAnnotations) this.checkStringAnnotation(s.annotation);
        else if (this.cur.kind !== 'function' || !s.simple) this.visitExpr(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'With':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case 'Try': case 'TryStar':
        this.visitStmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.def(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.orelse);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.error('import * only allowed at module level', s);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.def(stored, DEF_LOCAL | DEF_IMPORT, a);
        }
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        for (const name of s.names) {
          const n = mangle(this.className, name);
          const f = this.cur.symbols.get(n) ?? 0;
          if (f & (DEF_PARAM | DEF_LOCAL | USE)) {
            const kind = isGlobal ? 'global' : 'nonlocal';
            if (f & DEF_PARAM) this.error(`name '${name}' is parameter and ${kind}`, s);
            if (f & DEF_LOCAL) this.error(`name '${name}' is assigned to before ${kind} declaration`, s);
            this.error(`name '${name}' is used prior to ${kind} declaration`, s);
          }
          if (!isGlobal) {
            if (this.cur.kind === 'module') this.error('nonlocal declaration not allowed at module level', s);
            if (f & DEF_GLOBAL) this.error(`name '${name}' is nonlocal and global`, s);
          } else if (f & DEF_NONLOCAL) {
            this.error(`name '${name}' is nonlocal and global`, s);
          }
          this.cur.add(n, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
          // symtable.c records every global declaration in the module's own symbols too
          // (st_global), so the module binds such names with STORE_GLOBAL.
          if (isGlobal) this.top.add(n, DEF_GLOBAL);
          (this.cur as Scope & { declNodes?: Map<string, A.Located> }).declNodes ??= new Map();
          (this.cur as Scope & { declNodes?: Map<string, A.Located> }).declNodes!.set(n, s);
        }
        break;
      }
      case 'Expr': this.visitExpr(s.value); break;
      case 'Pass': case 'Break': case 'Continue': break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
      case 'AsyncFunctionDef': case 'AsyncFor': case 'AsyncWith':
        this.error(`'${s._type}' is not supported yet`, s);
    }
  }

  /** symtable.c: symtable_visit_pattern() — captures bind in the enclosing scope. */
  private visitPattern(p: A.AST_pattern): void {
    switch (p._type) {
      case 'MatchValue': this.visitExpr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) this.visitPattern(q); break;
      case 'MatchStar': if (p.name !== null) this.def(p.name, DEF_LOCAL, p); break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.def(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.def(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
    }
  }

  private visitArgsDefaults(a: A.arguments): void {
    for (const d of a.defaults) this.visitExpr(d);
    for (const d of a.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitAnnotations(a: A.arguments, returns: A.AST_expr | null): void {
    const visit = (e: A.AST_expr) => (this.stringAnnotations ? this.checkStringAnnotation(e) : this.visitExpr(e));
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (p.annotation) visit(p.annotation);
    }
    if (returns) visit(returns);
  }

  /**
   * Under PEP 563 CPython gives annotations a block of their own (AnnotationBlock) whose names
   * bind nothing outside it, and refuses what could only run if they were evaluated.  Lambda
   * bodies and comprehensions past their first iterable are blocks of their own, not checked.
   */
  private checkStringAnnotation(e: A.AST_expr): void {
    const refuse = (what: string, n: A.Located) => this.error(`'${what}' can not be used within an annotation`, n);
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) { x.forEach(walk); return; }
      if (x === null || typeof x !== 'object') return;
      const n = x as A.AST_expr;
      switch (n._type) {
        case 'NamedExpr': refuse('named expression', n); break;
        case 'Yield': case 'YieldFrom': refuse('yield expression', n); break;
        case 'Await': refuse('await expression', n); break;
        case 'Lambda': walk(n.args.defaults); walk(n.args.kw_defaults); return;
        case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': walk(n.generators[0].iter); return;
        case 'Constant': return;
      }
      for (const [k, v] of Object.entries(n)) if (k !== '_type') walk(v);
    };
    walk(e);
  }

  private visitParams(a: A.arguments, sc: Scope): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) { this.def(p.arg, DEF_PARAM, p); sc.params.push(mangle(this.className, p.arg)); }
    if (a.vararg) { this.def(a.vararg.arg, DEF_PARAM, a.vararg); sc.hasVarargs = true; }
    if (a.kwarg) { this.def(a.kwarg.arg, DEF_PARAM, a.kwarg); sc.hasVarkw = true; }
  }

  // ## Expressions

  private visitExpr(e: A.AST_expr): void {
    switch (e._type) {
      case 'Name':
        if (e.ctx === 'Load') {
          this.use(e.id);
          // super() and __class__ inside a method need the class cell.
          if (e.id === 'super' || e.id === '__class__') this.markClassClosure();
        } else {
          this.def(e.id, DEF_LOCAL, e);
        }
        break;
      case 'NamedExpr': {
        if (this.cur.comprehension) {
          // The target binds in the nearest enclosing non-comprehension scope.
          let s: Scope = this.cur;
          while (s.comprehension) {
            s.add((e.target as A.Name).id, USE);
            s = s.parent!;
          }
          if (s.kind === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
          // At module level the target is an explicit global (symtable_extend_namedexpr_scope).
          s.add((e.target as A.Name).id, s.kind === 'module' ? DEF_GLOBAL : DEF_LOCAL);
          this.visitExpr(e.value);
          break;
        }
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      }
      case 'BoolOp': for (const v of e.values) this.visitExpr(v); break;
      case 'BinOp': this.visitExpr(e.left); this.visitExpr(e.right); break;
      case 'UnaryOp': this.visitExpr(e.operand); break;
      case 'Lambda': {
        this.visitArgsDefaults(e.args);
        const sc = this.enter('lambda', 'function', e, e.lineno);
        this.visitParams(e.args, sc);
        this.visitExpr(e.body);
        this.leave();
        break;
      }
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); this.visitExpr(e.orelse); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case 'Set': case 'List': case 'Tuple': for (const x of e.elts) this.visitExpr(x); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        this.comprehension(e, e._type === 'ListComp' ? 'listcomp' : e._type === 'SetComp' ? 'setcomp' : 'genexpr', [e.elt], e.generators);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', [e.key, e.value], e.generators);
        break;
      case 'Yield': case 'YieldFrom': {
        if (this.cur.kind !== 'function') this.error("'yield' outside function", e);
        if (this.cur.comprehension) {
          this.error(`'yield' inside ${this.cur.name === 'genexpr' ? 'generator expression' : this.cur.name.replace('comp', ' comprehension')}`, e);
        }
        this.cur.isGenerator = true;
        if (e.value) this.visitExpr(e.value);
        break;
      }
      case 'Await': this.error("'await' is not supported yet", e);
      // eslint-disable-next-line no-fallthrough
      case 'Compare':
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case 'Call':
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr': for (const v of e.values) this.visitExpr(v); break;
      case 'Constant': break;
      case 'Attribute': this.visitExpr(e.value); break;
      case 'Subscript': this.visitExpr(e.value); this.visitExpr(e.slice); break;
      case 'Starred': this.visitExpr(e.value); break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
    }
  }

  private markClassClosure(): void {
    // Find the enclosing function directly inside a class.
    let s: Scope | null = this.cur;
    while (s !== null && s.kind === 'function' && s.parent !== null && s.parent.kind !== 'class') s = s.parent;
    if (s !== null && s.kind === 'function' && s.parent?.kind === 'class') {
      this.cur.add('__class__', USE);
    }
  }

  private comprehension(e: A.AST_expr, name: string, elts: A.AST_expr[], gens: A.comprehension[]): void {
    // The first iterable is evaluated in the enclosing scope.
    this.visitExpr(gens[0].iter);
    const sc = this.enter(name, 'function', e, e.lineno);
    sc.comprehension = true;
    if (name === 'genexpr') sc.isGenerator = true;
    sc.add('.0', DEF_PARAM);
    sc.params.push('.0');
    gens.forEach((g, i) => {
      this.visitCompTarget(g.target);
      if (i > 0) this.visitExpr(g.iter);
      for (const c of g.ifs) this.visitExpr(c);
    });
    for (const x of elts) this.visitExpr(x);
    this.leave();
    void DEF_COMP_ITER;
  }

  private visitCompTarget(t: A.AST_expr): void {
    this.visitExpr(t);
  }

  // ## Analysis (symtable.c: analyze_block / analyze_name)

  private analyze(s: Scope, bound: Set<string>, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newBound = new Set<string>(), newGlobal = new Set<string>(global);
    const newFree = new Set<string>();
    if (s.kind === 'class') {
      // Names bound in a class are not visible to nested functions.
      for (const x of bound) newBound.add(x);
    }
    for (const [name, flags] of s.symbols) {
      const decl = (s as Scope & { declNodes?: Map<string, A.Located> }).declNodes?.get(name);
      if (flags & DEF_GLOBAL) {
        s.scopes.set(name, GLOBAL_EXPLICIT);
        newGlobal.add(name);
      } else if (flags & DEF_NONLOCAL) {
        if (!bound.has(name)) {
          this.error(`no binding for nonlocal '${name}' found`, decl ?? { lineno: s.lineno, col_offset: 0 });
        }
        s.scopes.set(name, FREE);
        free.add(name);
      } else if (flags & (DEF_LOCAL | DEF_PARAM)) {
        s.scopes.set(name, LOCAL);
        local.add(name);
        newGlobal.delete(name);
      } else if (s.kind !== 'module' && bound.has(name)) {
        s.scopes.set(name, FREE);
        free.add(name);
      } else if (global.has(name)) {
        s.scopes.set(name, GLOBAL_IMPLICIT);
      } else {
        if (s.nested && !(s.kind === 'class' && false)) { /* implicit global */ }
        s.scopes.set(name, GLOBAL_IMPLICIT);
      }
    }
    if (s.kind === 'function') {
      for (const x of local) newBound.add(x);
      for (const x of bound) newBound.add(x);
    } else if (s.kind === 'module') {
      // Module-level names are globals, not closure bindings.
    }
    if (s.kind === 'class') {
      // Methods see __class__ as a binding of the class scope.
      newBound.add('__class__');
    }
    const allChildFree = new Set<string>();
    for (const c of s.children) {
      const childFree = new Set<string>();
      this.analyze(c, newBound, childFree, newGlobal);
      for (const x of childFree) allChildFree.add(x);
    }
    // Names free in children: local here → CELL; otherwise free here too (passed through).
    for (const name of allChildFree) {
      const sc = s.scopes.get(name);
      if (s.kind === 'class' && name === '__class__') {
        s.needsClassClosure = true;
        continue;
      }
      if (sc === LOCAL && s.kind === 'function') {
        s.scopes.set(name, CELL);
      } else if (sc === LOCAL && s.kind === 'class') {
        // A class-local name with the same spelling as an enclosing binding: the method refers
        // to the enclosing one; the class keeps DEF_FREE_CLASS so it loads via LOAD_CLASSDEREF.
        s.symbols.set(name, (s.symbols.get(name) ?? 0) | DEF_FREE_CLASS);
        newFree.add(name);
      } else if (sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && !bound.has(name))) {
        // stays global
      } else if (s.kind !== 'module') {
        if (sc === undefined || sc === GLOBAL_IMPLICIT) {
          if (s.kind === 'class') s.symbols.set(name, (s.symbols.get(name) ?? 0) | DEF_FREE_CLASS);
          s.scopes.set(name, sc === undefined && s.kind === 'function' ? FREE : s.kind === 'class' && sc !== undefined ? sc : FREE);
          if (s.kind === 'class' && sc !== undefined) newFree.add(name);
        }
        if (s.scopes.get(name) === FREE || s.kind === 'class') newFree.add(name);
      }
    }
    for (const x of newFree) free.add(x);
    for (const [name, sc] of s.scopes) if (sc === FREE) free.add(name);
    s.childFree = allChildFree;
  }

  /** Does the class scope pass `name` to methods as a free variable (needs LOAD_CLASSDEREF)? */
  /** symtable.c's DEF_IMPORT on the module scope: obj.m() is then not a method call (compile.c: is_import_originated). */
  isImportedAtTop(name: string): boolean {
    return ((this.top.symbols.get(name) ?? 0) & DEF_IMPORT) !== 0;
  }

  static isFreeClass(s: Scope, name: string): boolean {
    return ((s.symbols.get(name) ?? 0) & DEF_FREE_CLASS) !== 0;
  }
}
