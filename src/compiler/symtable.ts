// Scope analysis: which names in each scope are local, global, free (from an enclosing function) or cells
// (local, but captured by a nested function). Two passes, as CPython's symtable: collect what each scope
// binds, declares and uses; then resolve uses against enclosing function scopes.

import * as ast from './ast';
import { PySyntaxError } from './syntax_error';

export const enum Scope {
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export type BlockKind = 'module' | 'class' | 'function';

export class SymbolTable {
  readonly kind: BlockKind;
  readonly name: string;
  readonly node: ast.AST | null;
  readonly parent: SymbolTable | null;
  readonly children: SymbolTable[] = [];
  /** names bound in this scope (assignment, parameters, imports, def, class, for, with, except, del) */
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  /** resolved scope of every name this block mentions */
  readonly scopes = new Map<string, Scope>();
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  isLambda = false;
  /** a function in a class body that uses super() or __class__ */
  needsClassCell = false;
  /** a class body whose methods need __class__ */
  hasClassCell = false;
  /** names of cells and frees, in order */
  cellvars: string[] = [];
  freevars: string[] = [];
  /** comprehension iteration variables are bound here; walrus targets go to the enclosing function */
  hasAnnotations = false;

  constructor(kind: BlockKind, name: string, node: ast.AST | null, parent: SymbolTable | null) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.parent = parent;
    if (parent) parent.children.push(this);
  }

  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? (this.kind === 'function' ? Scope.GlobalImplicit : Scope.GlobalImplicit);
  }
}

export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Build the symbol tables for a module; returns the module table. Tables are found again by node. */
export function buildSymbolTables(mod: ast.Mod, filename: string): { top: SymbolTable; byNode: Map<ast.AST, SymbolTable> } {
  const byNode = new Map<ast.AST, SymbolTable>();
  const top = new SymbolTable('module', 'top', mod, null);
  byNode.set(mod, top);
  const b = new Builder(byNode, filename);
  b.visitMod(mod, top);
  analyze(top, new Set());
  return { top, byNode };
}

class Builder {
  private className: string | null = null;
  constructor(private byNode: Map<ast.AST, SymbolTable>, private filename: string) {}

  private err(msg: string, node: ast.Pos): never {
    const e = new PySyntaxError();
    e.kind = 'SyntaxError';
    e.msg = msg;
    e.filename = this.filename;
    e.lineno = node.lineno;
    e.offset = node.col_offset + 1;
    e.end_lineno = node.end_lineno;
    e.end_offset = node.end_col_offset + 1;
    e.text = null;
    throw e;
  }

  visitMod(mod: ast.Mod, st: SymbolTable): void {
    if (mod._type === 'Expression') this.expr(mod.body, st);
    else for (const s of mod.body) this.stmt(s, st);
  }

  private bind(st: SymbolTable, name: string, node?: ast.Pos): void {
    name = mangle(this.className, name);
    if (st.globals.has(name) || st.nonlocals.has(name)) {
      st.bound.add(name);
      return;
    }
    st.bound.add(name);
    void node;
  }

  private use(st: SymbolTable, name: string): void {
    st.used.add(mangle(this.className, name));
  }

  private stmts(body: ast.Stmt[], st: SymbolTable): void {
    for (const s of body) this.stmt(s, st);
  }

  private stmt(s: ast.Stmt, st: SymbolTable): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.bind(st, s.name, s);
        for (const d of s.decorator_list) this.expr(d, st);
        this.argDefaults(s.args, st);
        this.annotations(s.args, s.returns, st);
        const fn = new SymbolTable('function', s.name, s, st);
        this.byNode.set(s, fn);
        if (s._type === 'AsyncFunctionDef') fn.isCoroutine = true;
        this.params(s.args, fn);
        this.stmts(s.body, fn);
        break;
      }
      case 'ClassDef': {
        this.bind(st, s.name, s);
        for (const d of s.decorator_list) this.expr(d, st);
        for (const e of s.bases) this.expr(e, st);
        for (const k of s.keywords) this.expr(k.value, st);
        const cls = new SymbolTable('class', s.name, s, st);
        this.byNode.set(s, cls);
        const saved = this.className;
        this.className = s.name;
        this.stmts(s.body, cls);
        this.className = saved;
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value, st);
        break;
      case 'Delete':
        for (const t of s.targets) this.target(t, st);
        break;
      case 'Assign':
        this.expr(s.value, st);
        for (const t of s.targets) this.target(t, st);
        break;
      case 'AugAssign':
        this.expr(s.value, st);
        if (s.target._type === 'Name') {
          this.use(st, s.target.id);
          this.bind(st, s.target.id, s.target);
        } else {
          this.expr(s.target, st);
        }
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const name = mangle(this.className, s.target.id);
          if (st.globals.has(name) && s.simple) this.err(`annotated name '${s.target.id}' can't be global`, s.target);
          if (st.nonlocals.has(name) && s.simple) this.err(`annotated name '${s.target.id}' can't be nonlocal`, s.target);
          if (s.value) this.bind(st, s.target.id, s.target);
          else if (st.kind !== 'module' && st.kind !== 'class') this.bind(st, s.target.id, s.target);
        } else {
          this.expr(s.target, st);
        }
        if (st.kind !== 'function') this.expr(s.annotation, st);
        st.hasAnnotations = true;
        if (s.value) this.expr(s.value, st);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.iter, st);
        this.target(s.target, st);
        this.stmts(s.body, st);
        this.stmts(s.orelse, st);
        break;
      case 'While':
        this.expr(s.test, st);
        this.stmts(s.body, st);
        this.stmts(s.orelse, st);
        break;
      case 'If':
        this.expr(s.test, st);
        this.stmts(s.body, st);
        this.stmts(s.orelse, st);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr, st);
          if (item.optional_vars) this.target(item.optional_vars, st);
        }
        this.stmts(s.body, st);
        break;
      case 'Match':
        this.expr(s.subject, st);
        for (const c of s.cases) {
          this.pattern(c.pattern, st);
          if (c.guard) this.expr(c.guard, st);
          this.stmts(c.body, st);
        }
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc, st);
        if (s.cause) this.expr(s.cause, st);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body, st);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, st);
          if (h.name) this.bind(st, h.name, h);
          this.stmts(h.body, st);
        }
        this.stmts(s.orelse, st);
        this.stmts(s.finalbody, st);
        break;
      case 'Assert':
        this.expr(s.test, st);
        if (s.msg) this.expr(s.msg, st);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue;
          const stored = a.asname ?? (s._type === 'Import' ? a.name.split('.')[0] : a.name);
          this.bind(st, stored, a);
        }
        break;
      case 'Global':
        for (const n of s.names) {
          const name = mangle(this.className, n);
          if (st.params.includes(name)) this.err(`name '${n}' is parameter and global`, s);
          if (st.nonlocals.has(name)) this.err(`name '${n}' is nonlocal and global`, s);
          if (st.bound.has(name) || st.used.has(name)) {
            const what = st.bound.has(name) ? 'assigned to' : 'used';
            this.err(`name '${n}' is ${what} before global declaration`, s);
          }
          st.globals.add(name);
        }
        break;
      case 'Nonlocal':
        for (const n of s.names) {
          const name = mangle(this.className, n);
          if (st.kind === 'module') this.err('nonlocal declaration not allowed at module level', s);
          if (st.params.includes(name)) this.err(`name '${n}' is parameter and nonlocal`, s);
          if (st.globals.has(name)) this.err(`name '${n}' is nonlocal and global`, s);
          if (st.bound.has(name) || st.used.has(name)) {
            const what = st.bound.has(name) ? 'assigned to' : 'used';
            this.err(`name '${n}' is ${what} before nonlocal declaration`, s);
          }
          st.nonlocals.add(name);
        }
        break;
      case 'Expr':
        this.expr(s.value, st);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private argDefaults(a: ast.Arguments, st: SymbolTable): void {
    for (const d of a.defaults) this.expr(d, st);
    for (const d of a.kw_defaults) if (d) this.expr(d, st);
  }

  private annotations(a: ast.Arguments, returns: ast.Expr | null, st: SymbolTable): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) if (p.annotation) this.expr(p.annotation, st);
    if (returns) this.expr(returns, st);
  }

  private params(a: ast.Arguments, fn: SymbolTable): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      const name = mangle(this.className, p.arg);
      if (fn.params.includes(name)) this.err(`duplicate argument '${p.arg}' in function definition`, p);
      fn.params.push(name);
      fn.bound.add(name);
    }
  }

  private target(t: ast.Expr, st: SymbolTable): void {
    switch (t._type) {
      case 'Name':
        this.bind(st, t.id, t);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, st);
        break;
      case 'Starred':
        this.target(t.value, st);
        break;
      default:
        this.expr(t, st);
    }
  }

  private pattern(p: ast.Pattern, st: SymbolTable): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value, st);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q, st);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, st);
        for (const q of p.patterns) this.pattern(q, st);
        if (p.rest) this.bind(st, p.rest, p);
        break;
      case 'MatchClass':
        this.expr(p.cls, st);
        for (const q of p.patterns) this.pattern(q, st);
        for (const q of p.kwd_patterns) this.pattern(q, st);
        break;
      case 'MatchStar':
        if (p.name) this.bind(st, p.name, p);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, st);
        if (p.name) this.bind(st, p.name, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q, st);
        break;
    }
  }

  private comprehension(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, st: SymbolTable,
    name: string): void {
    // the first iterable is evaluated in the enclosing scope
    this.expr(node.generators[0].iter, st);
    const fn = new SymbolTable('function', name, node, st);
    fn.isComprehension = true;
    this.byNode.set(node, fn);
    if (node._type === 'GeneratorExp') fn.isGenerator = true;
    fn.params.push('.0');
    fn.bound.add('.0');
    node.generators.forEach((g, i) => {
      if (g.is_async) fn.isCoroutine = true;
      if (i > 0) this.expr(g.iter, fn);
      this.target(g.target, fn);
      for (const c of g.ifs) this.expr(c, fn);
    });
    if (node._type === 'DictComp') {
      this.expr(node.key, fn);
      this.expr(node.value, fn);
    } else {
      this.expr(node.elt, fn);
    }
    if (fn.isCoroutine && node._type !== 'GeneratorExp') st.isCoroutine = st.isCoroutine || false;
  }

  private expr(e: ast.Expr, st: SymbolTable): void {
    switch (e._type) {
      case 'Name':
        if (e.ctx._type === 'Load') {
          this.use(st, e.id);
          if (e.id === 'super' && st.kind === 'function') st.needsClassCell = true;
        } else {
          this.bind(st, e.id, e);
        }
        if (e.id === '__class__' && st.kind === 'function') st.needsClassCell = true;
        break;
      case 'NamedExpr': {
        this.expr(e.value, st);
        // the target binds in the nearest enclosing non-comprehension scope
        let scope = st;
        while (scope.isComprehension) {
          if (e.target._type === 'Name' && scope.bound.has(e.target.id) && scope.params.length === 1) {
            this.err(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.target);
          }
          scope = scope.parent!;
        }
        if (scope.kind === 'class' && st.isComprehension) {
          this.err('assignment expression within a comprehension cannot be used in a class body', e);
        }
        if (e.target._type === 'Name') {
          this.bind(scope, e.target.id, e.target);
          // inside the comprehension(s) the name refers to the enclosing scope's binding
          for (let c = st; c !== scope; c = c.parent!) {
            if (scope.kind === 'module') c.globals.add(e.target.id);
            else c.nonlocals.add(e.target.id);
            c.bound.add(e.target.id);
          }
        }
        break;
      }
      case 'Lambda': {
        this.argDefaults(e.args, st);
        const fn = new SymbolTable('function', 'lambda', e, st);
        fn.isLambda = true;
        this.byNode.set(e, fn);
        this.params(e.args, fn);
        this.expr(e.body, fn);
        break;
      }
      case 'ListComp':
        this.comprehension(e, st, 'listcomp');
        break;
      case 'SetComp':
        this.comprehension(e, st, 'setcomp');
        break;
      case 'DictComp':
        this.comprehension(e, st, 'dictcomp');
        break;
      case 'GeneratorExp':
        this.comprehension(e, st, 'genexpr');
        break;
      case 'Yield':
      case 'YieldFrom':
        if (st.kind !== 'function' || st.isComprehension) {
          if (st.isComprehension) this.err(`'yield' inside ${st.name === 'genexpr' ? 'generator expression' : st.name === 'listcomp' ? 'list comprehension' : st.name === 'setcomp' ? 'set comprehension' : 'dict comprehension'}`, e);
          this.err(`'yield' outside function`, e);
        }
        st.isGenerator = true;
        if (e.value) this.expr(e.value, st);
        break;
      case 'Await':
        if (st.isComprehension) st.isCoroutine = true;
        this.expr(e.value, st);
        break;
      default:
        for (const child of childExprs(e)) this.expr(child, st);
    }
  }
}

/** Direct sub-expressions of an expression node (for the generic walk). */
export function childExprs(e: ast.Expr): ast.Expr[] {
  switch (e._type) {
    case 'BoolOp': return e.values;
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return [...e.keys.filter((k): k is ast.Expr => k !== null), ...e.values];
    case 'Set': return e.elts;
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'List': return e.elts;
    case 'Tuple': return e.elts;
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is ast.Expr => x !== null);
    default: return [];
  }
}

/**
 * Resolve scopes. `enclosing` holds names bound in enclosing *function* scopes (visible to nested functions).
 * Returns the set of free names this block needs from outside.
 */
function analyze(st: SymbolTable, enclosing: Set<string>): Set<string> {
  const local = new Set<string>();
  for (const n of st.bound) if (!st.globals.has(n) && !st.nonlocals.has(n)) local.add(n);
  if (st.kind === 'module') {
    for (const n of [...st.bound, ...st.used]) st.scopes.set(n, st.globals.has(n) ? Scope.GlobalExplicit : Scope.GlobalImplicit);
  }
  // names visible to children: for functions, our locals plus what we see; classes pass through unchanged
  const childEnclosing = new Set(enclosing);
  if (st.kind === 'function') for (const n of local) childEnclosing.add(n);
  for (const n of st.globals) childEnclosing.delete(n);
  // a class offers its functions (at any depth) the implicit __class__ cell that super() reads
  if (st.kind === 'class') childEnclosing.add('__class__');
  const childFree = new Set<string>();
  for (const child of st.children) {
    const free = analyze(child, childEnclosing);
    for (const n of free) childFree.add(n);
  }
  if (st.kind === 'class' && childFree.has('__class__')) {
    st.hasClassCell = true;
    childFree.delete('__class__');
  }
  const free = new Set<string>();
  // nonlocal names must exist in an enclosing function
  for (const n of st.nonlocals) {
    if (!enclosing.has(n)) {
      const e = new PySyntaxError();
      e.kind = 'SyntaxError';
      e.msg = `no binding for nonlocal '${n}' found`;
      e.filename = '';
      e.lineno = (st.node as ast.Pos | null)?.lineno ?? 1;
      e.offset = 1;
      e.end_lineno = e.lineno;
      e.end_offset = 1;
      e.text = null;
      throw e;
    }
    st.scopes.set(n, Scope.Free);
    free.add(n);
  }
  if (st.kind !== 'module') {
    for (const n of st.globals) st.scopes.set(n, Scope.GlobalExplicit);
    for (const n of local) st.scopes.set(n, Scope.Local);
    for (const n of st.used) {
      if (st.scopes.has(n)) continue;
      if (enclosing.has(n)) {
        st.scopes.set(n, Scope.Free);
        free.add(n);
      } else {
        st.scopes.set(n, Scope.GlobalImplicit);
      }
    }
  }
  // children's free names: cells if we bind them (functions only), else they pass through us
  const cells: string[] = [];
  for (const n of childFree) {
    if (st.kind === 'function' && local.has(n)) {
      st.scopes.set(n, Scope.Cell);
      cells.push(n);
    } else if (st.kind !== 'module' && !st.globals.has(n)) {
      if (st.kind === 'class' && local.has(n)) {
        // a class binding does not satisfy a method's free name: it passes to the enclosing function
        free.add(n);
        if (!st.scopes.has(n) || st.scopes.get(n) === Scope.Local) {
          // keep Local for the class body itself; record that the free var must be available
        }
      } else {
        free.add(n);
        if (!st.scopes.has(n)) st.scopes.set(n, Scope.Free);
      }
    }
  }
  // (outside any class there is no cell: super() then fails at run time, as in CPython)
  if (st.kind === 'function' && st.needsClassCell && enclosing.has('__class__')) {
    free.add('__class__');
    st.scopes.set('__class__', Scope.Free);
  }
  if (st.kind === 'class' && st.hasClassCell) {
    free.delete('__class__');
    cells.push('__class__');
  }
  st.cellvars = cells.sort();
  st.freevars = [...free].filter((n) => n !== '__class__' || st.kind !== 'class').sort();
  // a class passes through free names it does not use itself
  if (st.kind === 'class') {
    st.freevars = [...free].sort();
  }
  return free;
}
