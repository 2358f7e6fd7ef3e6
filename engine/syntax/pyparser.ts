// ## The parser
//
// A recursive-descent parser for Python 3.11's grammar (Grammar/python.gram), producing the
// AST of engine/syntax/ast.ts with CPython's positions (UTF-8 byte columns).  Expressions
// follow the grammar's precedence levels one function each; assignment targets are parsed
// as expressions and then checked and switched to Store/Del context, which is what
// CPython's invalid_* rules effectively report on.

import { Tokenizer, Token, Tok } from './tokenize.js';
import { PySyntaxError } from './errors.js';
import type * as A from './ast.js';
import { parseStringToken, StringPart } from './strings.js';

type Expr = A.AST_expr;
type Stmt = A.AST_stmt;
type Pos = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const AUGOPS: Record<string, A.operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export class Parser {
  private toks: Token[];
  private i = 0;
  private tz: Tokenizer;
  private byteCols: (number[] | null)[] = [];

  constructor(readonly source: string, readonly filename: string) {
    this.tz = new Tokenizer(source, filename);
    this.toks = this.tz.tokenize();
  }

  // ## Token helpers

  private get tok(): Token { return this.toks[this.i]; }
  /** The current token's type (a method, so TS does not narrow it across advances). */
  private tt(): Tok { return this.toks[this.i].type; }
  private peek(n = 1): Token { return this.toks[Math.min(this.i + n, this.toks.length - 1)]; }
  private next(): Token { return this.toks[this.i++]; }
  /** The last significant token consumed (NEWLINE/INDENT/DEDENT end no node). */
  private get prev(): Token {
    let k = this.i - 1;
    while (k > 0 && (this.toks[k].type === Tok.NEWLINE || this.toks[k].type === Tok.INDENT || this.toks[k].type === Tok.DEDENT)) k--;
    return this.toks[k];
  }

  private isOp(v: string, t: Token = this.tok): boolean { return t.type === Tok.OP && t.value === v; }
  private isKw(v: string, t: Token = this.tok): boolean { return t.type === Tok.NAME && t.value === v; }
  private isName(t: Token = this.tok): boolean { return t.type === Tok.NAME && !KEYWORDS.has(t.value); }

  private eatOp(v: string): boolean {
    if (this.isOp(v)) { this.i++; return true; }
    return false;
  }
  private eatKw(v: string): boolean {
    if (this.isKw(v)) { this.i++; return true; }
    return false;
  }
  private expectOp(v: string, msg?: string): Token {
    if (!this.isOp(v)) {
      if (msg) this.errorAtPrevEnd(msg);
      this.syntaxError();
    }
    return this.next();
  }
  private expectKw(v: string): Token {
    if (!this.isKw(v)) this.syntaxError();
    return this.next();
  }
  private expectName(): string {
    if (!this.isName()) this.syntaxError();
    return this.next().value;
  }

  /** UTF-8 byte column of a character column on a line. */
  private bcol(line: number, col: number): number {
    const text = this.tz.lines[line - 1];
    if (text === undefined) return col;
    let cache = this.byteCols[line];
    if (cache === undefined) {
      if (/^[\x00-\x7f]*$/.test(text)) { this.byteCols[line] = null; return col; }
      cache = [0];
      let b = 0;
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
        cache.push(b);
      }
      this.byteCols[line] = cache;
    }
    if (cache === null) return col;
    return cache[Math.min(col, cache.length - 1)];
  }

  private startOf(t: Token): { lineno: number; col_offset: number } {
    return { lineno: t.line, col_offset: this.bcol(t.line, t.col) };
  }
  private posFrom(t: Token | { lineno: number; col_offset: number }, end: Token = this.prev): Pos {
    const s = 'type' in t ? this.startOf(t) : t;
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: end.endLine, end_col_offset: this.bcol(end.endLine, end.endCol) };
  }
  private posOf(n: { lineno: number; col_offset: number }, e: { end_lineno: number | null; end_col_offset: number | null }): Pos {
    return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: e.end_lineno!, end_col_offset: e.end_col_offset! };
  }

  // ## Errors

  private charCol(line: number, bcol: number): number {
    const text = this.tz.lines[line - 1] ?? '';
    return Buffer.from(text, 'utf8').subarray(0, bcol).toString('utf8').length;
  }

  syntaxError(msg = 'invalid syntax', t: Token = this.tok): never {
    if (this.tz.eofError !== null && (t.type === Tok.ENDMARKER || (t.type === Tok.NEWLINE && t.value === '') || t.type === Tok.DEDENT)) {
      throw this.tz.eofError;
    }
    if (msg.startsWith('invalid syntax')) this.unclosedBracketBefore(t);
    if (t.type === Tok.INDENT) this.raise('unexpected indent', t.line, t.endCol - 1, t.line, -2, 'IndentationError');
    if (t.type === Tok.DEDENT && msg === 'invalid syntax') this.raise('unindent does not match any outer indentation level', t.line, t.col, t.line, t.col, 'IndentationError');
    if (t.type === Tok.ENDMARKER || (t.type === Tok.NEWLINE && t.value === '')) {
      this.raise(msg === 'invalid syntax' ? 'invalid syntax' : msg, t.line, t.col, t.line, t.col);
    }
    this.raise(msg, t.line, t.col, t.endLine, t.endCol);
  }
  /**
   * CPython reports an error inside an unclosed bracket opened on an earlier line as the
   * unclosed bracket itself (pegen's _PyPegen_set_syntax_error).
   */
  private unclosedBracketBefore(t: Token): void {
    const stack: Token[] = [];
    for (const x of this.toks) {
      if (x === t) break;
      if (x.type !== Tok.OP) continue;
      if ('([{'.includes(x.value)) stack.push(x);
      else if (')]}'.includes(x.value)) stack.pop();
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && t.line > top.line) this.raise(`'${top.value}' was never closed`, top.line, top.col, top.line, -1);
  }

  private errorAtPrevEnd(msg: string): never {
    const p = this.prev;
    this.raise(msg, p.endLine, p.endCol, p.endLine, p.endCol);
  }
  raise(msg: string, line: number, col: number, endLine: number, endCol: number, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    const text = this.tz.lines[line - 1] ?? null;
    throw new PySyntaxError(kind, msg, this.filename, line, col + 1, text, endLine, endCol + 1);
  }
  private errorNode(msg: string, n: Pos | A.Located): never {
    const l = n.lineno, el = n.end_lineno ?? l;
    this.raise(msg, l, this.charCol(l, n.col_offset), el, this.charCol(el, n.end_col_offset ?? n.col_offset));
  }

  // ## Files

  parseFile(): A.Module {
    const body: Stmt[] = [];
    while (this.tt() !== Tok.ENDMARKER) {
      if (this.tt() === Tok.NEWLINE) { this.i++; continue; }
      body.push(...this.statement());
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  parseEval(): A.Expression {
    while (this.tt() === Tok.NEWLINE) this.i++;
    const e = this.starExpressions();
    while (this.tt() === Tok.NEWLINE) this.i++;
    if (this.tt() !== Tok.ENDMARKER) this.syntaxError();
    return { _type: 'Expression', body: e };
  }

  parseInteractive(): A.Interactive {
    const body: Stmt[] = [];
    while (this.tt() !== Tok.ENDMARKER) {
      if (this.tt() === Tok.NEWLINE) { this.i++; continue; }
      body.push(...this.statement());
    }
    return { _type: 'Interactive', body };
  }

  // ## Statements

  private statement(): Stmt[] {
    const t = this.tok;
    if (t.type === Tok.INDENT) this.syntaxError('invalid syntax', t);
    if (t.type === Tok.NAME) {
      switch (t.value) {
        case 'def': return [this.funcDef([], t)];
        case 'class': return [this.classDef([], t)];
        case 'if': return [this.ifStmt()];
        case 'while': return [this.whileStmt()];
        case 'for': return [this.forStmt()];
        case 'try': return [this.tryStmt()];
        case 'with': return [this.withStmt()];
        case 'async': this.raise("'async' is not supported yet", t.line, t.col, t.endLine, t.endCol);
        case 'match': {
          const m = this.matchStmt();
          if (m !== null) return [m];
          break;
        }
      }
    } else if (this.isOp('@')) {
      return [this.decorated()];
    }
    return this.simpleStmts();
  }

  private simpleStmts(): Stmt[] {
    const out: Stmt[] = [this.simpleStmt()];
    while (this.eatOp(';')) {
      if (this.tt() === Tok.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    if (this.tt() !== Tok.NEWLINE) {
      if (this.tt() === Tok.ENDMARKER) return out;
      this.syntaxError();
    }
    this.i++;
    return out;
  }

  private simpleStmt(): Stmt {
    const t = this.tok;
    if (t.type === Tok.NAME) {
      switch (t.value) {
        case 'pass': this.i++; return { _type: 'Pass', ...this.posFrom(t) } as A.Pass;
        case 'break': this.i++; return { _type: 'Break', ...this.posFrom(t) } as A.Break;
        case 'continue': this.i++; return { _type: 'Continue', ...this.posFrom(t) } as A.Continue;
        case 'return': {
          this.i++;
          const value = this.atStmtEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, ...this.posFrom(t) };
        }
        case 'raise': {
          this.i++;
          let exc: Expr | null = null, cause: Expr | null = null;
          if (!this.atStmtEnd()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return { _type: 'Raise', exc, cause, ...this.posFrom(t) };
        }
        case 'global': case 'nonlocal': {
          this.i++;
          const names = [this.expectName()];
          while (this.eatOp(',')) names.push(this.expectName());
          return { _type: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...this.posFrom(t) } as A.Global;
        }
        case 'del': {
          this.i++;
          const targets: Expr[] = [];
          do {
            if (this.atStmtEnd()) break;
            targets.push(this.toTarget(this.bitwiseOr(), 'Del'));
          } while (this.eatOp(','));
          if (!this.atStmtEnd()) this.syntaxError();
          return { _type: 'Delete', targets, ...this.posFrom(t) };
        }
        case 'assert': {
          this.i++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return { _type: 'Assert', test, msg, ...this.posFrom(t) };
        }
        case 'import': return this.importStmt();
        case 'from': return this.fromImport();
      }
    }
    return this.exprStmt();
  }

  private atStmtEnd(): boolean {
    const t = this.tok;
    return t.type === Tok.NEWLINE || t.type === Tok.ENDMARKER || this.isOp(';');
  }

  private exprStmt(): Stmt {
    const t = this.tok;
    const first = this.isOp('*') ? this.starExpressions() : (this.isKw('yield') ? this.yieldExpr() : this.starExpressions());
    // Annotated assignment
    if (this.isOp(':')) {
      this.i++;
      const target = this.toTarget(first, 'Store', true);
      if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
        this.errorNode(`only single target (not ${target._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, first as Pos);
      }
      const annotation = this.expression();
      let value: Expr | null = null;
      if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      const simple = first._type === 'Name' && !this.wasParenthesized(first) ? 1 : 0;
      return { _type: 'AnnAssign', target, annotation, value, simple, ...this.posFrom(t) };
    }
    const aug = this.tt() === Tok.OP ? AUGOPS[this.tok.value] : undefined;
    if (aug !== undefined) {
      this.i++;
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
        this.errorNode(`'${exprKindName(first)}' is an illegal expression for augmented assignment`, first as Pos);
      }
      const target = this.toTarget(first, 'Store');
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      return { _type: 'AugAssign', target, op: aug, value, ...this.posFrom(t) };
    }
    if (this.isOp('=')) {
      const targets: Expr[] = [first];
      let value: Expr = first;
      while (this.eatOp('=')) {
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        targets.push(value);
      }
      targets.pop();
      return {
        _type: 'Assign', targets: targets.map((x) => this.toTarget(x, 'Store', false, true)), value, type_comment: null, ...this.posFrom(t),
      };
    }
    if (!this.atStmtEnd()) this.invalidAfterExpression(first);
    if (first._type === 'Starred' ) this.errorNode("can't use starred expression here", first as Pos);
    return { _type: 'Expr', value: first, ...this.posOf(first as Pos, first as Pos) };
  }

  /** The common mistakes CPython names instead of "invalid syntax". */
  private invalidAfterExpression(first: Expr): never {
    const t = this.tok;
    if (first._type === 'Name' && first.id === 'print' && (t.type === Tok.STRING || t.type === Tok.NAME || t.type === Tok.NUMBER)) {
      this.errorNode('Missing parentheses in call to \'print\'. Did you mean print(...)?', { ...first as Pos, end_lineno: t.endLine, end_col_offset: this.lineEndCol(t) });
    }
    if (first._type === 'Name' && first.id === 'exec' && t.type === Tok.STRING) {
      this.errorNode('Missing parentheses in call to \'exec\'. Did you mean exec(...)?', { ...first as Pos, end_lineno: t.endLine, end_col_offset: this.lineEndCol(t) });
    }
    if ((t.type === Tok.NAME || t.type === Tok.NUMBER || t.type === Tok.STRING) && !KEYWORDS.has(t.value) && isExpressionEndingNode(first)
      && !startsWithSoftKeyword(first)) {
      this.raise('invalid syntax. Perhaps you forgot a comma?', ...this.spanChars(first as Pos, t));
    }
    this.syntaxError();
  }

  private lineEndCol(t: Token): number {
    const line = this.tz.lines[t.line - 1] ?? '';
    return this.bcol(t.line, line.replace(/\s+$/, '').length);
  }

  private spanChars(a: Pos, t: Token): [number, number, number, number] {
    return [a.lineno, this.charCol(a.lineno, a.col_offset), t.endLine, t.endCol];
  }

  private parenthesized = new WeakSet<object>();
  private wasParenthesized(e: Expr): boolean { return this.parenthesized.has(e); }

  private importStmt(): Stmt {
    const t = this.next();
    const names: A.alias[] = [];
    do {
      const s = this.tok;
      let name = this.expectName();
      while (this.eatOp('.')) name += '.' + this.expectName();
      const asname = this.eatKw('as') ? this.expectName() : null;
      names.push({ _type: 'alias', name, asname, ...this.posFrom(s) });
    } while (this.eatOp(','));
    return { _type: 'Import', names, ...this.posFrom(t) };
  }

  private fromImport(): Stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw('import')) {
      module = this.expectName();
      while (this.eatOp('.')) module += '.' + this.expectName();
    }
    this.expectKw('import');
    const names: A.alias[] = [];
    if (this.isOp('*')) {
      const s = this.next();
      names.push({ _type: 'alias', name: '*', asname: null, ...this.posFrom(s) });
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.isOp(')')) break;
        const s = this.tok;
        const name = this.expectName();
        const asname = this.eatKw('as') ? this.expectName() : null;
        names.push({ _type: 'alias', name, asname, ...this.posFrom(s) });
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      else if (this.prev.type === Tok.OP && this.prev.value === ',') {
        this.errorAtPrevEnd('trailing comma not allowed without surrounding parentheses');
      }
    }
    return { _type: 'ImportFrom', module, names, level, ...this.posFrom(t) };
  }

  // ## Blocks

  private block(what: string, line: number): Stmt[] {
    if (this.tt() === Tok.NEWLINE) {
      this.i++;
      if ((this.tt() as Tok) !== Tok.INDENT) {
        const t = this.tok;
        this.raise(`expected an indented block after ${what} on line ${line}`, t.line, t.col, t.line, t.endCol, 'IndentationError');
      }
      this.i++;
      const body: Stmt[] = [];
      while (this.tt() !== Tok.DEDENT && this.tt() !== Tok.ENDMARKER) {
        if (this.tt() === Tok.NEWLINE) { this.i++; continue; }
        body.push(...this.statement());
      }
      if (this.tt() === Tok.DEDENT) this.i++;
      return body;
    }
    return this.simpleStmts();
  }

  private colon(): void {
    if (!this.isOp(':')) this.errorAtPrevEnd("expected ':'");
    this.i++;
  }

  private ifStmt(): A.If {
    const t = this.next();
    const test = this.namedExpression();
    this.colon();
    const body = this.block("'if' statement", t.line);
    let orelse: Stmt[] = [];
    if (this.isKw('elif')) {
      const e = this.tok;
      const sub = this.ifStmt();
      Object.assign(sub, this.posFrom(e, this.prev));
      sub.lineno = e.line;
      sub.col_offset = this.bcol(e.line, e.col);
      orelse = [sub];
    } else if (this.isKw('else')) {
      const e = this.next();
      this.colon();
      orelse = this.block("'else' statement", e.line);
    }
    return { _type: 'If', test, body, orelse, ...this.posFrom(t) };
  }

  private whileStmt(): A.While {
    const t = this.next();
    const test = this.namedExpression();
    this.colon();
    const body = this.block("'while' statement", t.line);
    let orelse: Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      this.colon();
      orelse = this.block("'else' statement", e.line);
    }
    return { _type: 'While', test, body, orelse, ...this.posFrom(t) };
  }

  private forStmt(): A.For {
    const t = this.next();
    const target = this.toTarget(this.targetList(), 'Store');
    this.expectKw('in');
    const iter = this.starExpressions();
    this.colon();
    const body = this.block("'for' statement", t.line);
    let orelse: Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      this.colon();
      orelse = this.block("'else' statement", e.line);
    }
    return { _type: 'For', target, iter, body, orelse, type_comment: null, ...this.posFrom(t) };
  }

  /** for-loop and comprehension targets: star_targets, stopping before `in`. */
  private targetList(): Expr {
    const t = this.tok;
    const items: Expr[] = [];
    let trailing = false;
    for (;;) {
      if (this.isOp('*')) {
        const s = this.next();
        const v = this.bitwiseOr();
        items.push({ _type: 'Starred', value: v, ctx: 'Store', ...this.posFrom(s) });
      } else {
        items.push(this.bitwiseOr());
      }
      if (!this.isOp(',')) { trailing = false; break; }
      this.i++;
      trailing = true;
      if (this.isKw('in') || this.isOp('=')) break;
    }
    if (items.length === 1 && !trailing) return items[0];
    return { _type: 'Tuple', elts: items, ctx: 'Store', ...this.posFrom(t) };
  }

  private tryStmt(): Stmt {
    const t = this.next();
    this.colon();
    const body = this.block("'try' statement", t.line);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const e = this.next();
      const isStar = this.eatOp('*');
      if (star !== null && star !== isStar) this.raise("cannot have both 'except' and 'except*' on the same 'try'", e.line, e.col, e.endLine, e.endCol);
      star = isStar;
      let type: Expr | null = null, name: string | null = null;
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          const items = [type];
          while (this.eatOp(',')) { if (this.isOp(':') || this.isKw('as')) break; items.push(this.expression()); }
          this.errorNode('multiple exception types must be parenthesized', { ...type as Pos, end_lineno: this.prev.endLine, end_col_offset: this.bcol(this.prev.endLine, this.prev.endCol) });
        }
        if (this.eatKw('as')) name = this.expectName();
      } else if (isStar) {
        this.syntaxError('expected one or more exception types');
      }
      this.colon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", e.line);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...this.posFrom(e) });
    }
    let orelse: Stmt[] = [], finalbody: Stmt[] = [];
    if (this.isKw('else')) {
      const e = this.next();
      if (!handlers.length) this.syntaxError('invalid syntax', e);
      this.colon();
      orelse = this.block("'else' statement", e.line);
    }
    if (this.isKw('finally')) {
      const e = this.next();
      this.colon();
      finalbody = this.block("'finally' statement", e.line);
    }
    if (!handlers.length && !finalbody.length) this.syntaxError("expected 'except' or 'finally' block");
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.posFrom(t) } as A.Try;
  }

  private withStmt(): A.With {
    const t = this.next();
    const items: A.withitem[] = [];
    // Parenthesised with-items: `with (a as b, c as d):`
    let parenItems = false;
    if (this.isOp('(')) {
      const save = this.i;
      try {
        this.i++;
        const list: A.withitem[] = [];
        do {
          if (this.isOp(')')) break;
          list.push(this.withItem());
        } while (this.eatOp(','));
        this.expectOp(')');
        if (this.isOp(':')) { items.push(...list); parenItems = true; } else this.i = save;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.i = save;
      }
    }
    if (!parenItems) {
      do items.push(this.withItem()); while (this.eatOp(','));
    }
    this.colon();
    const body = this.block("'with' statement", t.line);
    return { _type: 'With', items, body, type_comment: null, ...this.posFrom(t) };
  }

  private withItem(): A.withitem {
    const context_expr = this.expression();
    let optional_vars: Expr | null = null;
    if (this.eatKw('as')) optional_vars = this.toTarget(this.starTarget(), 'Store');
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private starTarget(): Expr {
    if (this.isOp('*')) {
      const s = this.next();
      return { _type: 'Starred', value: this.bitwiseOr(), ctx: 'Store', ...this.posFrom(s) };
    }
    return this.primaryExpr();
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.isOp('@')) {
      this.i++;
      decorators.push(this.namedExpression());
      if (this.tt() !== Tok.NEWLINE) this.syntaxError();
      this.i++;
    }
    const t = this.tok;
    if (this.isKw('def')) return this.funcDef(decorators, t);
    if (this.isKw('class')) return this.classDef(decorators, t);
    if (this.isKw('async')) this.raise("'async' is not supported yet", t.line, t.col, t.endLine, t.endCol);
    this.syntaxError();
  }

  private funcDef(decorator_list: Expr[], t: Token): A.FunctionDef {
    this.expectKw('def');
    const name = this.expectName();
    this.expectOp('(', "expected '('");
    const args = this.parameters(')', true);
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.expression() : null;
    this.colon();
    const body = this.block(`function definition`, t.line);
    return { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...this.posFrom(t) };
  }

  private classDef(decorator_list: Expr[], t: Token): A.ClassDef {
    this.expectKw('class');
    const name = this.expectName();
    let bases: Expr[] = [], keywords: A.keyword[] = [];
    if (this.eatOp('(')) {
      [bases, keywords] = this.callArgs();
      this.expectOp(')');
    }
    this.colon();
    const body = this.block('class definition', t.line);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.posFrom(t) };
  }

  /** Parameters of def (annotations allowed) or lambda (not), up to `close`. */
  private parameters(close: string, annotations: boolean): A.arguments {
    const posonlyargs: A.arg[] = [], args: A.arg[] = [], kwonlyargs: A.arg[] = [];
    const defaults: Expr[] = [], kw_defaults: (Expr | null)[] = [];
    let vararg: A.arg | null = null, kwarg: A.arg | null = null;
    let seenStar = false, seenDefault = false;
    const param = (): A.arg => {
      const s = this.tok;
      const name = this.expectName();
      const annotation = annotations && this.eatOp(':') ? this.expression() : null;
      return { _type: 'arg', arg: name, annotation, type_comment: null, ...this.posFrom(s) };
    };
    while (!this.isOp(close)) {
      if (this.isOp('/')) {
        const s = this.next();
        if (seenStar || posonlyargs.length) this.raise('/ must be ahead of *', s.line, s.col, s.endLine, s.endCol);
        if (!args.length) this.raise('at least one argument must precede /', s.line, s.col, s.endLine, s.endCol);
        posonlyargs.push(...args.splice(0));
      } else if (this.isOp('*')) {
        const s = this.next();
        if (seenStar) this.raise('* argument may appear only once', s.line, s.col, s.endLine, s.endCol);
        seenStar = true;
        if (this.isOp(',') || this.isOp(close)) {
          if (this.isOp(close) || this.isOp(',') && (this.peek().type === Tok.OP && (this.peek().value === close || this.peek().value === '**'))) {
            this.raise('named arguments must follow bare *', s.line, s.col, s.endLine, s.endCol);
          }
        } else {
          vararg = param();
        }
      } else if (this.isOp('**')) {
        this.i++;
        kwarg = param();
        this.eatOp(',');
        if (!this.isOp(close)) this.syntaxError('arguments cannot follow var-keyword argument');
        break;
      } else {
        const p = param();
        if (this.eatOp('=')) {
          const d = this.expression();
          if (seenStar) kw_defaults.push(d);
          else { defaults.push(d); seenDefault = true; }
        } else if (seenStar) {
          kw_defaults.push(null);
        } else if (seenDefault) {
          this.raise('non-default argument follows default argument', p.lineno, this.charCol(p.lineno, p.col_offset), p.end_lineno!, this.charCol(p.end_lineno!, p.end_col_offset!));
        }
        (seenStar ? kwonlyargs : args).push(p);
      }
      if (!this.eatOp(',')) break;
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  // ## Match statements (PEP 634)
  //
  // `match`, `case` and `_` are soft keywords: pegen tries match_stmt first and falls back to
  // the other statements when it does not parse, so `match = 1` and `match(x)` stay what they
  // were.  Here the statement is committed to once `match SUBJECT :` NEWLINE is read; the
  // patterns follow Grammar/python.gram's rules one function each, and the invalid_* rules'
  // messages (invalid_match_stmt, invalid_case_block, invalid_as_pattern,
  // invalid_class_pattern, _PyPegen_ensure_real / _imaginary) are raised where they apply.

  /** match_stmt, or null (nothing consumed) when the line is not a match statement. */
  private matchStmt(): A.Match | null {
    const t = this.tok;
    const save = this.i;
    this.i++;
    let subject: Expr | null;
    try {
      subject = this.subjectExpr();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.i = save;
      return null;
    }
    if (subject === null) {
      // `match *x:` is neither a match statement nor `match * x` (pegen fails at the ':').
      if (this.isOp(':')) this.syntaxError();
      this.i = save;
      return null;
    }
    if (!this.isOp(':')) {
      if (this.tt() === Tok.NEWLINE) {
        // invalid_match_stmt is only tried when nothing else parses the line.
        const nl = this.tok;
        this.i = save;
        try {
          this.simpleStmts();
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
          this.raise("expected ':'", nl.line, nl.col, nl.line, nl.col);
        }
        this.i = save;
      }
      this.i = save;
      return null;
    }
    if (this.peek().type !== Tok.NEWLINE) { this.i = save; return null; }
    this.i += 2;
    if (this.tt() !== Tok.INDENT) {
      const n = this.tok;
      this.raise(`expected an indented block after 'match' statement on line ${t.line}`, n.line, n.col, n.line, n.endCol, 'IndentationError');
    }
    this.i++;
    const cases: A.match_case[] = [];
    while (this.tt() !== Tok.DEDENT && this.tt() !== Tok.ENDMARKER) {
      if (this.tt() === Tok.NEWLINE) { this.i++; continue; }
      if (!this.isKw('case')) this.syntaxError();
      cases.push(this.caseBlock());
    }
    if (this.tt() === Tok.DEDENT) this.i++;
    return { _type: 'Match', subject, cases, ...this.posFrom(t) };
  }

  /** subject_expr: a starred tuple without parentheses, or a named expression (null: a lone `*x`). */
  private subjectExpr(): Expr | null {
    const t = this.tok;
    const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
    if (!this.isOp(',')) return first._type === 'Starred' ? null : first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.tt() === Tok.NEWLINE) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.posFrom(t) };
  }

  private caseBlock(): A.match_case {
    const c = this.next();
    const pattern = this.patterns();
    const guard = this.eatKw('if') ? this.namedExpression() : null;
    if (!this.isOp(':')) {
      if (this.tt() === Tok.NEWLINE) { const nl = this.tok; this.raise("expected ':'", nl.line, nl.col, nl.line, nl.col); }
      this.syntaxError();
    }
    this.i++;
    const body = this.block("'case' statement", c.line);
    return { _type: 'match_case', pattern, guard, body };
  }

  /** patterns: an open sequence (`case a, *b:`) or one pattern. */
  private patterns(): A.AST_pattern {
    const t = this.tok;
    const first = this.maybeStarPattern();
    if (!this.isOp(',')) {
      // A star pattern outside brackets needs a comma after it.
      if (first._type === 'MatchStar') this.syntaxError();
      return first;
    }
    const items = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isKw('if')) break;
      items.push(this.maybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns: items, ...this.posFrom(t) };
  }

  private maybeStarPattern(): A.AST_pattern {
    if (!this.isOp('*')) return this.pattern();
    const s = this.next();
    if (this.isKw('_')) { this.i++; return { _type: 'MatchStar', name: null, ...this.posFrom(s) }; }
    const name = this.captureTarget();
    return { _type: 'MatchStar', name, ...this.posFrom(s) };
  }

  /** pattern_capture_target: a NAME other than `_`, not followed by '.', '(' or '='. */
  private captureTarget(): string {
    const n = this.tok;
    if (!this.isName() || n.value === '_' || this.isOp('.', this.peek()) || this.isOp('(', this.peek()) || this.isOp('=', this.peek())) {
      this.syntaxError();
    }
    this.i++;
    return n.value;
  }

  /** pattern: as_pattern | or_pattern. */
  private pattern(): A.AST_pattern {
    const t = this.tok;
    const p = this.orPattern();
    if (!this.isKw('as')) return p;
    this.i++;
    const n = this.tok;
    if (this.isKw('_')) this.raise("cannot use '_' as a target", n.line, n.col, n.endLine, n.endCol);
    if (!this.isName()) {
      // invalid_as_pattern: `or_pattern 'as' !NAME expression`.
      const save = this.i;
      let e: Expr | null = null;
      try { e = this.expression(); } catch (err) { if (!(err instanceof PySyntaxError)) throw err; }
      if (e !== null) this.errorNode('invalid pattern target', e as Pos);
      this.i = save;
      this.syntaxError();
    }
    const name = this.captureTarget();
    return { _type: 'MatchAs', pattern: p, name, ...this.posFrom(t) };
  }

  private orPattern(): A.AST_pattern {
    const t = this.tok;
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.eatOp('|')) patterns.push(this.closedPattern());
    return { _type: 'MatchOr', patterns, ...this.posFrom(t) };
  }

  private closedPattern(): A.AST_pattern {
    const t = this.tok;
    if (t.type === Tok.NUMBER || this.isOp('-')) {
      return { _type: 'MatchValue', value: this.numberLiteral(), ...this.posFrom(t) };
    }
    if (t.type === Tok.STRING) {
      return { _type: 'MatchValue', value: this.strings(), ...this.posFrom(t) };
    }
    if (t.type === Tok.NAME) {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.i++;
        const value: A.PyConst = t.value === 'None' ? { kind: 'None' } : { kind: 'bool', value: t.value === 'True' };
        return { _type: 'MatchSingleton', value, ...this.posFrom(t) };
      }
      if (t.value === '_') { this.i++; return { _type: 'MatchAs', pattern: null, name: null, ...this.posFrom(t) }; }
      if (!this.isName()) this.syntaxError();
      const cls = this.nameOrAttr();
      if (this.isOp('(')) return this.classPattern(t, cls);
      if (this.isOp('=')) this.syntaxError();
      if (cls._type === 'Attribute') return { _type: 'MatchValue', value: cls, ...this.posFrom(t) };
      return { _type: 'MatchAs', pattern: null, name: (cls as A.Name).id, ...this.posFrom(t) };
    }
    if (this.isOp('(')) {
      this.i++;
      if (this.eatOp(')')) return { _type: 'MatchSequence', patterns: [], ...this.posFrom(t) };
      const first = this.maybeStarPattern();
      if (this.isOp(')') && first._type !== 'MatchStar') { this.i++; return first; }
      if (!this.isOp(',')) this.syntaxError();
      const items = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        items.push(this.maybeStarPattern());
      }
      this.expectOp(')');
      return { _type: 'MatchSequence', patterns: items, ...this.posFrom(t) };
    }
    if (this.isOp('[')) {
      this.i++;
      const items: A.AST_pattern[] = [];
      while (!this.isOp(']')) {
        items.push(this.maybeStarPattern());
        if (!this.eatOp(',')) break;
      }
      this.expectOp(']');
      return { _type: 'MatchSequence', patterns: items, ...this.posFrom(t) };
    }
    if (this.isOp('{')) return this.mappingPattern();
    this.syntaxError();
  }

  /** signed_number, or complex_number (`-1.5+2j`); the caller checks what follows. */
  private numberLiteral(): Expr {
    const t = this.tok;
    const signed = (): Expr => {
      const s = this.tok;
      if (this.eatOp('-')) {
        if (this.tt() !== Tok.NUMBER) this.syntaxError();
        const n = this.next();
        const operand: Expr = { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.posFrom(n) };
        return { _type: 'UnaryOp', op: 'USub', operand, ...this.posFrom(s) };
      }
      if (this.tt() !== Tok.NUMBER) this.syntaxError();
      const n = this.next();
      return { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.posFrom(n) };
    };
    const real = signed();
    if (!this.isOp('+') && !this.isOp('-')) return real;
    const op = this.next().value === '+' ? 'Add' : 'Sub';
    if (this.tt() !== Tok.NUMBER) this.syntaxError();
    const num = (e: Expr): A.Constant => (e._type === 'UnaryOp' ? e.operand : e) as A.Constant;
    // _PyPegen_ensure_real / _PyPegen_ensure_imaginary.
    if (num(real).value.kind === 'complex') this.errorNode('real number required in complex literal', num(real) as Pos);
    const n = this.next();
    const imag: A.Constant = { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.posFrom(n) };
    if (imag.value.kind !== 'complex') this.errorNode('imaginary number required in complex literal', imag as Pos);
    return { _type: 'BinOp', left: real, op, right: imag, ...this.posFrom(t) };
  }

  /** name_or_attr: NAME ('.' NAME)*. */
  private nameOrAttr(): Expr {
    const t = this.next();
    let e: Expr = { _type: 'Name', id: t.value, ctx: 'Load', ...this.posFrom(t) };
    while (this.isOp('.')) {
      this.i++;
      const attr = this.expectName();
      e = { _type: 'Attribute', value: e, attr, ctx: 'Load', ...this.posFrom(t) };
    }
    return e;
  }

  private classPattern(t: Token, cls: Expr): A.MatchClass {
    this.expectOp('(');
    const patterns: A.AST_pattern[] = [], kwd_attrs: string[] = [], kwd_patterns: A.AST_pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', this.peek())) {
        kwd_attrs.push(this.next().value);
        this.i++;
        kwd_patterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwd_attrs.length) {
          // invalid_class_pattern: the run of positional patterns after the keywords.
          let last = p;
          while (this.isOp(',') && !(this.isName(this.peek()) && this.isOp('=', this.peek(2))) && !this.isOp(')', this.peek())) {
            this.i++;
            last = this.pattern();
          }
          this.errorNode('positional patterns follow keyword patterns', this.posOf(p, last));
        }
        patterns.push(p);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...this.posFrom(t) };
  }

  private mappingPattern(): A.MatchMapping {
    const t = this.next();
    const keys: Expr[] = [], patterns: A.AST_pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        rest = this.captureTarget();
        this.eatOp(',');
        break;
      }
      keys.push(this.mappingKey());
      this.expectOp(':');
      patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.posFrom(t) };
  }

  /** key_value_pattern's key: literal_expr | attr (a dotted name, never a bare one). */
  private mappingKey(): Expr {
    const t = this.tok;
    if (t.type === Tok.NUMBER || this.isOp('-')) return this.numberLiteral();
    if (t.type === Tok.STRING) return this.strings();
    if (t.type === Tok.NAME) {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.i++;
        const value: A.PyConst = t.value === 'None' ? { kind: 'None' } : { kind: 'bool', value: t.value === 'True' };
        return { _type: 'Constant', value, kind: null, ...this.posFrom(t) };
      }
      if (this.isName() && this.isOp('.', this.peek())) return this.nameOrAttr();
      // A bare name is no key: pegen fails on the token where it wanted the '.'.
      if (this.isName()) this.syntaxError('invalid syntax', this.peek());
    }
    this.syntaxError();
  }

  // ## Expressions

  starExpressions(): Expr {
    const t = this.tok;
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atExprListEnd()) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.posFrom(t) };
  }

  private atExprListEnd(): boolean {
    const t = this.tok;
    if (t.type === Tok.NEWLINE || t.type === Tok.ENDMARKER) return true;
    return t.type === Tok.OP && ['=', ')', ']', '}', ';', ':'].includes(t.value) || AUGOPS[t.value] !== undefined && t.type === Tok.OP;
  }

  private starExpression(): Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', ...this.posFrom(s) };
    }
    return this.expression();
  }

  namedExpression(): Expr {
    if (this.isName() && this.isOp(':=', this.peek())) {
      const s = this.next();
      const target: A.Name = { _type: 'Name', id: s.value, ctx: 'Store', ...this.posFrom(s, s) };
      this.i++;
      const value = this.expression();
      return { _type: 'NamedExpr', target, value, ...this.posFrom(s) };
    }
    const e = this.expression();
    if (this.isOp(':=')) {
      this.errorNode(`cannot use assignment expressions with ${exprKindName(e)}`, e as Pos);
    }
    return e;
  }

  expression(): Expr {
    if (this.isKw('lambda')) return this.lambdef();
    const t = this.tok;
    const body = this.disjunction();
    if (this.isKw('if')) {
      this.i++;
      const test = this.disjunction();
      if (!this.isKw('else')) {
        const p = this.prev;
        this.raise("expected 'else' after 'if' expression", t.line, t.col, p.endLine, p.endCol);
      }
      this.i++;
      const orelse = this.expression();
      return { _type: 'IfExp', test, body, orelse, ...this.posFrom(t) };
    }
    return body;
  }

  private lambdef(): Expr {
    const t = this.next();
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.posFrom(t) };
  }

  private disjunction(): Expr {
    const t = this.tok;
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return { _type: 'BoolOp', op: 'Or', values, ...this.posFrom(t) };
  }

  private conjunction(): Expr {
    const t = this.tok;
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { _type: 'BoolOp', op: 'And', values, ...this.posFrom(t) };
  }

  private inversion(): Expr {
    if (this.isKw('not')) {
      const t = this.next();
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: 'Not', operand, ...this.posFrom(t) };
    }
    return this.comparison();
  }

  private compareOp(): A.cmpop | null {
    const t = this.tok;
    if (t.type === Tok.OP) {
      const m: Record<string, A.cmpop> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
      if (m[t.value]) { this.i++; return m[t.value]; }
      return null;
    }
    if (this.isKw('in')) { this.i++; return 'In'; }
    if (this.isKw('not') && this.isKw('in', this.peek())) { this.i += 2; return 'NotIn'; }
    if (this.isKw('is')) {
      this.i++;
      if (this.eatKw('not')) return 'IsNot';
      return 'Is';
    }
    return null;
  }

  private comparison(): Expr {
    const t = this.tok;
    const left = this.bitwiseOr();
    const ops: A.cmpop[] = [], comparators: Expr[] = [];
    for (;;) {
      const op = this.compareOp();
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.posFrom(t) };
  }

  private binLevel(next: () => Expr, ops: Record<string, A.operator>): Expr {
    const t = this.tok;
    let left = next();
    for (;;) {
      const c = this.tok;
      if (c.type !== Tok.OP || ops[c.value] === undefined) return left;
      this.i++;
      const right = next();
      left = { _type: 'BinOp', left, op: ops[c.value], right, ...this.posFrom(t) };
    }
  }

  bitwiseOr(): Expr { return this.binLevel(() => this.bitwiseXor(), { '|': 'BitOr' }); }
  private bitwiseXor(): Expr { return this.binLevel(() => this.bitwiseAnd(), { '^': 'BitXor' }); }
  private bitwiseAnd(): Expr { return this.binLevel(() => this.shiftExpr(), { '&': 'BitAnd' }); }
  private shiftExpr(): Expr { return this.binLevel(() => this.sum(), { '<<': 'LShift', '>>': 'RShift' }); }
  private sum(): Expr { return this.binLevel(() => this.term(), { '+': 'Add', '-': 'Sub' }); }
  private term(): Expr {
    return this.binLevel(() => this.factor(), { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' });
  }

  private factor(): Expr {
    const t = this.tok;
    if (t.type === Tok.OP && (t.value === '+' || t.value === '-' || t.value === '~')) {
      this.i++;
      const operand = this.factor();
      const op: A.unaryop = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert';
      return { _type: 'UnaryOp', op, operand, ...this.posFrom(t) };
    }
    return this.power();
  }

  private power(): Expr {
    const t = this.tok;
    if (this.isKw('await')) this.raise("'await' is not supported yet", t.line, t.col, t.endLine, t.endCol);
    const base = this.primaryExpr();
    if (this.eatOp('**')) {
      const exp = this.factor();
      return { _type: 'BinOp', left: base, op: 'Pow', right: exp, ...this.posFrom(t) };
    }
    return base;
  }

  /** atom followed by .name, (args) and [slices] trailers. */
  primaryExpr(): Expr {
    const t = this.tok;
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.i++;
        const attr = this.expectName();
        e = { _type: 'Attribute', value: e, attr, ctx: 'Load', ...this.posFrom(t) };
      } else if (this.isOp('(')) {
        this.i++;
        const [args, keywords] = this.callArgs();
        this.expectOp(')');
        e = { _type: 'Call', func: e, args, keywords, ...this.posFrom(t) };
      } else if (this.isOp('[')) {
        this.i++;
        const slice = this.slices();
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: 'Load', ...this.posFrom(t) };
      } else {
        return e;
      }
    }
  }

  private slices(): Expr {
    const t = this.tok;
    const first = this.slice();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.posFrom(t) };
  }

  private slice(): Expr {
    const t = this.tok;
    if (this.isOp('*')) return this.starExpression();
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.namedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.expectOp(':');
    let upper: Expr | null = null, step: Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.posFrom(t) };
  }

  /** Call arguments (also class bases): positional, *args, keywords, **kwargs, or a sole generator. */
  private callArgs(): [Expr[], A.keyword[]] {
    const args: Expr[] = [], keywords: A.keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false;
    while (!this.isOp(')')) {
      const t = this.tok;
      if (this.isOp('*')) {
        this.i++;
        const value = this.expression();
        if (sawDoubleStar) this.errorNode('iterable argument unpacking follows keyword argument unpacking', this.posFrom(t) );
        args.push({ _type: 'Starred', value, ctx: 'Load', ...this.posFrom(t) });
      } else if (this.isOp('**')) {
        this.i++;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.posFrom(t) });
        sawDoubleStar = true;
      } else if (this.isName() && this.isOp('=', this.peek())) {
        const name = this.next().value;
        this.i++;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: name, value, ...this.posFrom(t) });
        sawKeyword = true;
      } else {
        const e = this.namedExpression();
        if (this.isOp('=')) {
          this.errorNode('expression cannot contain assignment, perhaps you meant "=="?', { ...e as Pos, end_lineno: this.tok.endLine, end_col_offset: this.bcol(this.tok.endLine, this.tok.endCol) });
        }
        if (this.isKw('for')) {
          const g = this.genexpFrom(e, t, false);
          if (args.length || keywords.length || this.isOp(',') && !this.isOp(')', this.peek())) {
            if (this.isOp(',') && this.isOp(')', this.peek())) { this.i++; } else {
              this.errorNode('Generator expression must be parenthesized', g as Pos);
            }
          }
          args.push(g);
          continue;
        }
        if (sawDoubleStar) this.errorNode('positional argument follows keyword argument unpacking', e as Pos);
        if (sawKeyword) this.errorNode('positional argument follows keyword argument', e as Pos);
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    return [args, keywords];
  }

  private genexpFrom(elt: Expr, start: Token, parens: boolean): Expr {
    const generators = this.comprehensionClauses();
    const pos = parens ? this.posFrom(start) : { ...this.posFrom(start), end_lineno: this.prev.endLine, end_col_offset: this.bcol(this.prev.endLine, this.prev.endCol) };
    if (!parens) {
      // A sole generator argument's position spans the call's parentheses (from '(' to ')').
      const open = this.toks[this.toks.indexOf(start) - 1];
      const close = this.tok;
      return { _type: 'GeneratorExp', elt, generators, ...this.posFrom(open, close) };
    }
    return { _type: 'GeneratorExp', elt, generators, ...pos };
  }

  private comprehensionClauses(): A.comprehension[] {
    const out: A.comprehension[] = [];
    while (this.isKw('for') || this.isKw('async')) {
      if (this.isKw('async')) this.raise("'async' is not supported yet", this.tok.line, this.tok.col, this.tok.endLine, this.tok.endCol);
      this.i++;
      const target = this.toTarget(this.targetList(), 'Store');
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.isKw('if')) {
        this.i++;
        ifs.push(this.disjunction());
      }
      out.push({ _type: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return out;
  }

  private yieldExpr(): Expr {
    const t = this.next();
    if (this.eatKw('from')) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.posFrom(t) };
    }
    const value = this.atYieldEnd() ? null : this.starExpressions();
    return { _type: 'Yield', value, ...this.posFrom(t) };
  }

  private atYieldEnd(): boolean {
    return this.atStmtEnd() || this.isOp(')') || this.isOp(']') || this.isOp('}') || this.isOp('=');
  }

  private atom(): Expr {
    const t = this.tok;
    switch (t.type) {
      case Tok.NAME: {
        if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
          this.i++;
          const value: A.PyConst = t.value === 'None' ? { kind: 'None' } : { kind: 'bool', value: t.value === 'True' };
          return { _type: 'Constant', value, kind: null, ...this.posFrom(t) };
        }
        if (t.value === 'yield') this.syntaxError();
        if (t.value === 'lambda') return this.lambdef();
        if (KEYWORDS.has(t.value)) this.syntaxError();
        this.i++;
        return { _type: 'Name', id: t.value, ctx: 'Load', ...this.posFrom(t) };
      }
      case Tok.NUMBER: {
        this.i++;
        return { _type: 'Constant', value: parseNumber(t.value), kind: null, ...this.posFrom(t) };
      }
      case Tok.STRING:
        return this.strings();
      case Tok.OP:
        if (t.value === '(') return this.parenAtom();
        if (t.value === '[') return this.listAtom();
        if (t.value === '{') return this.dictOrSetAtom();
        if (t.value === '...') {
          this.i++;
          return { _type: 'Constant', value: { kind: 'Ellipsis' }, kind: null, ...this.posFrom(t) };
        }
        break;
    }
    this.syntaxError();
  }

  private parenAtom(): Expr {
    const t = this.next();
    if (this.isOp(')')) {
      this.i++;
      return { _type: 'Tuple', elts: [], ctx: 'Load', ...this.posFrom(t) };
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      this.parenthesized.add(y);
      return y;
    }
    const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
    if (this.isKw('for')) {
      const generators = this.comprehensionClauses();
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.posFrom(t) };
    }
    if (this.isOp(')')) {
      this.i++;
      if (first._type === 'Starred') this.errorNode('cannot use starred expression here', first as Pos);
      this.parenthesized.add(first);
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
    }
    if (!this.isOp(')')) this.invalidInCollection(elts);
    this.i++;
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.posFrom(t) };
  }

  private invalidInCollection(elts: Expr[]): never {
    const t = this.tok;
    const last = elts[elts.length - 1];
    if ((t.type === Tok.NAME && !KEYWORDS.has(t.value)) || t.type === Tok.NUMBER || t.type === Tok.STRING) {
      if (isExpressionEndingNode(last) && !startsWithSoftKeyword(last)) this.raise('invalid syntax. Perhaps you forgot a comma?', ...this.spanChars(last as Pos, t));
    }
    this.syntaxError();
  }

  private listAtom(): Expr {
    const t = this.next();
    if (this.isOp(']')) {
      this.i++;
      return { _type: 'List', elts: [], ctx: 'Load', ...this.posFrom(t) };
    }
    const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
    if (this.isKw('for')) {
      const generators = this.comprehensionClauses();
      this.expectOp(']');
      return { _type: 'ListComp', elt: first, generators, ...this.posFrom(t) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
    }
    if (!this.isOp(']')) this.invalidInCollection(elts);
    this.i++;
    return { _type: 'List', elts, ctx: 'Load', ...this.posFrom(t) };
  }

  private dictOrSetAtom(): Expr {
    const t = this.next();
    if (this.isOp('}')) {
      this.i++;
      return { _type: 'Dict', keys: [], values: [], ...this.posFrom(t) };
    }
    if (this.isOp('**')) return this.dictRest(t, null, null);
    const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
    if (this.isOp(':')) {
      this.i++;
      const value = this.expression();
      if (this.isKw('for')) {
        const generators = this.comprehensionClauses();
        this.expectOp('}');
        return { _type: 'DictComp', key: first, value, generators, ...this.posFrom(t) };
      }
      return this.dictRest(t, first, value);
    }
    if (this.isKw('for')) {
      const generators = this.comprehensionClauses();
      this.expectOp('}');
      return { _type: 'SetComp', elt: first, generators, ...this.posFrom(t) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
    }
    if (!this.isOp('}')) this.invalidInCollection(elts);
    this.i++;
    return { _type: 'Set', elts, ...this.posFrom(t) };
  }

  private dictRest(t: Token, k: Expr | null, v: Expr | null): Expr {
    const keys: (Expr | null)[] = [], values: Expr[] = [];
    if (v !== null) { keys.push(k); values.push(v); if (!this.eatOp(',')) { this.expectOp('}'); return { _type: 'Dict', keys, values, ...this.posFrom(t) }; } }
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        keys.push(this.expression());
        if (!this.isOp(':')) this.syntaxError("':' expected after dictionary key");
        this.i++;
        values.push(this.expression());
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { _type: 'Dict', keys, values, ...this.posFrom(t) };
  }

  // ## String literals (implicit concatenation, f-strings)

  private strings(): Expr {
    const first = this.tok;
    const parts: StringPart[] = [];
    let anyBytes = false, anyStr = false, anyF = false, kind: string | null = null;
    const toks: Token[] = [];
    while (this.tt() === Tok.STRING) toks.push(this.next());
    for (const t of toks) {
      let p: StringPart;
      try {
        p = parseStringToken(t, this);
      } catch (e) {
        // pegen decodes the literals only after reading the token that ends them, and reports
        // a decoding error at that token (_PyPegen_raise_error with the last token fetched).
        if (e instanceof PySyntaxError && /^\((unicode|value) error\)/.test(e.msg)) {
          const la = this.tok;
          // pegen's NEWLINE token leaves the newline out, so it has no width.
          this.raise(e.msg, la.line, la.col, la.endLine, la.type === Tok.NEWLINE ? la.col : la.endCol);
        }
        throw e;
      }
      if (p.bytes) anyBytes = true; else anyStr = true;
      if (p.fstring) anyF = true;
      if (parts.length === 0 && p.uprefix) kind = 'u';
      parts.push(p);
    }
    if (anyBytes && anyStr) this.raise('cannot mix bytes and nonbytes literals', first.line, first.col, this.prev.endLine, this.prev.endCol);
    const pos = this.posFrom(first);
    if (anyBytes) {
      const total = parts.reduce((n, p) => n + (p.bytesValue?.length ?? 0), 0);
      const value = new Uint8Array(total);
      let off = 0;
      for (const p of parts) { value.set(p.bytesValue!, off); off += p.bytesValue!.length; }
      return { _type: 'Constant', value: { kind: 'bytes', value }, kind: null, ...pos };
    }
    if (!anyF) {
      return { _type: 'Constant', value: { kind: 'str', value: parts.map((p) => p.text).join('') }, kind, ...pos };
    }
    // Merge adjacent literal pieces, keep formatted values in order.
    const values: Expr[] = [];
    let buf = '';
    const flush = () => {
      if (buf !== '') values.push({ _type: 'Constant', value: { kind: 'str', value: buf }, kind: null, ...pos });
      buf = '';
    };
    const tokenPos = new Map<unknown, Pos>();
    parts.forEach((p, i) => {
      if (!p.fstring) { buf += p.text; return; }
      for (const piece of p.pieces!) {
        if (typeof piece === 'string') buf += piece;
        else { flush(); values.push(piece); tokenPos.set(piece, this.posFrom(toks[i], toks[i])); }
      }
    });
    flush();
    // CPython 3.11 gives the field nodes the whole literal's span; a format spec's JoinedStr
    // itself keeps the span of the string token it was written in.
    // In a format spec, the literal text after the last field takes the token's span
    // (string_parser.c flushes it in _PyPegen_FstringParser_Finish with the current token as
    // first and last); literal text before a field has the whole literal's span.
    const place = (n: Record<string, unknown>, tokSpan: Pos, trailingSpecText = false) => {
      if (n._type === 'FormattedValue' || n._type === 'Constant' || n._type === 'JoinedStr') {
        Object.assign(n, trailingSpecText ? tokSpan : pos);
      }
      if (n._type === 'FormattedValue' && n.format_spec) {
        const spec = n.format_spec as { values: Record<string, unknown>[] };
        const last = spec.values.length - 1;
        spec.values.forEach((v, i) => place(v, tokSpan, i === last && v._type === 'Constant'));
        Object.assign(spec, tokSpan);
      }
    };
    values.forEach((v) => place(v as unknown as Record<string, unknown>, tokenPos.get(v) ?? pos));
    return { _type: 'JoinedStr', values, ...pos };
  }

  /** Parse an expression found inside an f-string replacement field. */
  parseFStringExpr(src: string, line: number, col: number): Expr {
    const sub = new Parser(`(${src})`, this.filename);
    // Shift positions to where the text sits in the file (CPython 3.11 places them there too).
    let e: Expr;
    try {
      e = sub.starExpressionsForFString();
    } catch (err) {
      if (err instanceof PySyntaxError) {
        throw new PySyntaxError('SyntaxError', `f-string: ${err.msg}`, this.filename, line, col + 1, this.tz.lines[line - 1] ?? null, line, col + 1);
      }
      throw err;
    }
    shiftPositions(e, line, this.bcol(line, col) - 1);
    return e;
  }

  starExpressionsForFString(): Expr {
    this.expectOp('(');
    const e = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    this.expectOp(')');
    if (this.tt() === Tok.NEWLINE) this.i++;
    if (this.tt() !== Tok.ENDMARKER) this.syntaxError();
    return e;
  }

  // ## Targets

  /** Check an expression can be assigned/deleted and set its context (Store/Del). */
  toTarget(e: Expr, ctx: 'Store' | 'Del', annotated = false, assignment = false): Expr {
    switch (e._type) {
      case 'Name':
        if (e.id === '__debug__' && ctx === 'Store') this.errorNode('cannot assign to __debug__', e as Pos);
        return { ...e, ctx };
      case 'Attribute': case 'Subscript':
        return { ...e, ctx };
      case 'Tuple': case 'List':
        if (annotated) return e;
        return { ...e, elts: e.elts.map((x) => this.toTarget(x, ctx, false, assignment)), ctx } as Expr;
      case 'Starred':
        if (ctx === 'Del') this.errorNode('cannot delete starred', e as Pos);
        return { ...e, value: this.toTarget(e.value, ctx), ctx };
    }
    const what = exprKindName(e);
    const verb = ctx === 'Del' ? 'delete' : 'assign to';
    const singleton = e._type === 'Constant' && ['None', 'bool', 'Ellipsis'].includes(e.value.kind);
    if (assignment && !singleton && ['Constant', 'Compare', 'Call', 'BinOp', 'UnaryOp', 'BoolOp', 'Attribute', 'Subscript'].includes(e._type)) {
      this.errorNode(`cannot ${verb} ${what} here. Maybe you meant '==' instead of '='?`, e as Pos);
    }
    this.errorNode(`cannot ${verb} ${what}`, e as Pos);
  }
}

/** How CPython names an expression kind in "cannot assign to ..." messages (_PyPegen_get_expr_name). */
export function exprKindName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** Soft keywords: names except where the grammar reads them as keywords (match statements). */
const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

/**
 * Does the expression's text begin with a soft keyword?  invalid_expression's
 * `!(NAME STRING | SOFT_KEYWORD) disjunction expression` gives no "forgot a comma" hint then.
 */
function startsWithSoftKeyword(e: Expr): boolean {
  let n: Expr = e;
  for (;;) {
    const child: Expr | undefined = n._type === 'Attribute' || n._type === 'Subscript' ? n.value
      : n._type === 'Call' ? n.func : n._type === 'BinOp' || n._type === 'Compare' ? n.left : undefined;
    if (child === undefined || child.lineno !== n.lineno || child.col_offset !== n.col_offset) break;
    n = child;
  }
  return n._type === 'Name' && SOFT_KEYWORDS.has(n.id);
}

function isExpressionEndingNode(e: Expr): boolean {
  return ['Name', 'Constant', 'Attribute', 'Subscript', 'Call', 'List', 'Tuple', 'Dict', 'Set', 'JoinedStr'].includes(e._type);
}

function shiftPositions(node: unknown, line: number, byteColBase: number): void {
  if (Array.isArray(node)) { for (const x of node) shiftPositions(x, line, byteColBase); return; }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (typeof n._type !== 'string') return;
  if (typeof n.lineno === 'number') {
    if (n.lineno === 1) n.col_offset = (n.col_offset as number) + byteColBase;
    if (n.end_lineno === 1) n.end_col_offset = (n.end_col_offset as number) + byteColBase;
    n.lineno = (n.lineno as number) + line - 1;
    n.end_lineno = (n.end_lineno as number) + line - 1;
  }
  for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') shiftPositions(n[k], line, byteColBase);
}

function parseNumber(text: string): A.PyConst {
  const s = text.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  if (/^0[xX]/.test(s)) return { kind: 'int', value: BigInt(s) };
  if (/^0[oO]/.test(s)) return { kind: 'int', value: BigInt('0o' + s.slice(2)) };
  if (/^0[bB]/.test(s)) return { kind: 'int', value: BigInt('0b' + s.slice(2)) };
  if (/[.eE]/.test(s)) return { kind: 'float', value: Number(s) };
  return { kind: 'int', value: BigInt(s) };
}

export function parse(source: string, filename = '<unknown>', mode: 'exec' | 'eval' | 'single' = 'exec'): A.AST_mod {
  const p = new Parser(source, filename);
  if (mode === 'eval') return p.parseEval();
  if (mode === 'single') return p.parseInteractive();
  return p.parseFile();
}
