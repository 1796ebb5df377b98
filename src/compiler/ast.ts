// The Python 3.11 abstract syntax tree as plain JS objects: `{ _type: 'BinOp', left, op, right,
// lineno, col_offset, end_lineno, end_col_offset }`, with exactly the field names of Python's `ast`
// module. Optional fields that are absent are null; list fields are arrays. Columns are UTF-8 byte
// offsets, as CPython reports them.
//
// `dump` renders a tree exactly as Python's `ast.dump(node, include_attributes=...)` does.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- constants ----

/** The value of `...`. */
export const ELLIPSIS: { readonly _ellipsis: true } = Object.freeze({ _ellipsis: true as const });
export type Ellipsis = typeof ELLIPSIS;

/** A pure imaginary literal such as `3j`. */
export interface Complex {
  imag: number;
}

export type ConstantValue = string | bigint | number | Complex | Uint8Array | boolean | null | Ellipsis;

// ---- modules ----

export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: Stmt[] }
export interface Expression { _type: 'Expression'; body: Expr }
export type Mod = Module | Interactive | Expression;

export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }

// ---- statements ----

interface FunctionDefBase extends Pos {
  name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
  type_comment: string | null;
}
export interface FunctionDef extends FunctionDefBase { _type: 'FunctionDef' }
export interface AsyncFunctionDef extends FunctionDefBase { _type: 'AsyncFunctionDef' }
export interface ClassDef extends Pos {
  _type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { _type: 'Return'; value: Expr | null }
export interface Delete extends Pos { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number;
}
interface ForBase extends Pos { target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
export interface For extends ForBase { _type: 'For' }
export interface AsyncFor extends ForBase { _type: 'AsyncFor' }
export interface While extends Pos { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
interface WithBase extends Pos { items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface With extends WithBase { _type: 'With' }
export interface AsyncWith extends WithBase { _type: 'AsyncWith' }
export interface Match extends Pos { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
interface TryBase extends Pos { body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Try extends TryBase { _type: 'Try' }
export interface TryStar extends TryBase { _type: 'TryStar' }
export interface Assert extends Pos { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { _type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { _type: 'Expr'; value: Expr }
export interface Pass extends Pos { _type: 'Pass' }
export interface Break extends Pos { _type: 'Break' }
export interface Continue extends Pos { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For
  | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----

export interface BoolOp extends Pos { _type: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Pos { _type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Pos { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { _type: 'Await'; value: Expr }
export interface Yield extends Pos { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { _type: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Pos {
  _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: Expr[] }
export interface Constant extends Pos { _type: 'Constant'; value: ConstantValue; kind: string | null }
export interface Attribute extends Pos { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- operators and contexts (shared singletons) ----

export type ExprContext = { _type: 'Load' } | { _type: 'Store' } | { _type: 'Del' };
export type BoolOperator = { _type: 'And' } | { _type: 'Or' };
export type Operator = {
  _type: 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor'
    | 'BitAnd' | 'FloorDiv';
};
export type UnaryOperator = { _type: 'Invert' | 'Not' | 'UAdd' | 'USub' };
export type CmpOperator = { _type: 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn' };

export const Load: ExprContext = Object.freeze({ _type: 'Load' as const });
export const Store: ExprContext = Object.freeze({ _type: 'Store' as const });
export const Del: ExprContext = Object.freeze({ _type: 'Del' as const });
export const And: BoolOperator = Object.freeze({ _type: 'And' as const });
export const Or: BoolOperator = Object.freeze({ _type: 'Or' as const });

function singletons<T extends string>(names: readonly T[]): Record<T, { _type: T }> {
  const out = {} as Record<T, { _type: T }>;
  for (const n of names) out[n] = Object.freeze({ _type: n });
  return out;
}
export const OPERATORS = singletons(['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
  'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'] as const);
export const UNARY_OPERATORS = singletons(['Invert', 'Not', 'UAdd', 'USub'] as const);
export const CMP_OPERATORS = singletons(['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'] as const);

// ---- other nodes ----

export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Pos { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export interface Arguments {
  _type: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Pos { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
export interface Keyword extends Pos { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---- patterns ----

export interface MatchValue extends Pos { _type: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: boolean | null }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

/** Every node kind. */
export type AST =
  | Mod | Stmt | Expr | Pattern | ExprContext | BoolOperator | Operator | UnaryOperator | CmpOperator
  | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase | TypeIgnore;

// ---- dump ----

/** Field names in Python's order (`_fields`), for every node kind with fields. */
export const FIELDS: Record<string, readonly string[]> = {
  Module: ['body', 'type_ignores'], Interactive: ['body'], Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'], AsyncWith: ['items', 'body', 'type_comment'],
  Match: ['subject', 'cases'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'], Import: ['names'], ImportFrom: ['module', 'names', 'level'],
  Global: ['names'], Nonlocal: ['names'], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'], Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'], match_case: ['pattern', 'guard', 'body'],
  MatchValue: ['value'], MatchSingleton: ['value'], MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest'], MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name'], MatchAs: ['pattern', 'name'], MatchOr: ['patterns'], TypeIgnore: ['lineno', 'tag'],
};

/** Fields declared optional (`?`) in the ASDL: ast.dump leaves them out when they are None. */
export const OPTIONAL = new Set([
  'FunctionDef.returns', 'FunctionDef.type_comment', 'AsyncFunctionDef.returns', 'AsyncFunctionDef.type_comment',
  'Return.value', 'Assign.type_comment', 'AnnAssign.value', 'For.type_comment', 'AsyncFor.type_comment',
  'With.type_comment', 'AsyncWith.type_comment', 'Raise.exc', 'Raise.cause', 'Assert.msg', 'ImportFrom.module',
  'ImportFrom.level', 'Yield.value', 'FormattedValue.format_spec', 'Constant.kind', 'Slice.lower', 'Slice.upper',
  'Slice.step', 'ExceptHandler.type', 'ExceptHandler.name', 'arguments.vararg', 'arguments.kwarg',
  'arg.annotation', 'arg.type_comment', 'keyword.arg', 'alias.asname', 'withitem.optional_vars',
  'match_case.guard', 'MatchMapping.rest', 'MatchStar.name', 'MatchAs.pattern', 'MatchAs.name',
]);

export const NO_ATTRIBUTES = new Set(['Module', 'Interactive', 'Expression', 'comprehension', 'arguments', 'withitem',
  'match_case', 'TypeIgnore']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Same text as Python's `ast.dump(node, include_attributes=includeAttributes)`. */
export function dump(node: AST, includeAttributes = false): string {
  return format(node, includeAttributes)[0];
}

function isNode(v: unknown): v is { _type: string } {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

/** Returns the text and whether it is "simple" (ast.dump keeps short simple calls on one line). */
function format(value: unknown, attrs: boolean): [string, boolean] {
  if (Array.isArray(value)) {
    if (value.length === 0) return ['[]', true];
    return ['[' + value.map((v) => format(v, attrs)[0]).join(', ') + ']', false];
  }
  if (!isNode(value)) return [pyRepr(value), true];
  const type = value._type;
  const rec = value as unknown as Record<string, unknown>;
  const args: string[] = [];
  let allSimple = true;
  for (const name of FIELDS[type] ?? []) {
    const v = rec[name];
    if (v === null && OPTIONAL.has(`${type}.${name}`)) continue;
    // Plain numbers outside Constant.value are ints (level, conversion, simple, is_async).
    const [text, simple] = typeof v === 'number' && type !== 'Constant' ? [String(v), true] : format(v, attrs);
    allSimple &&= simple;
    args.push(`${name}=${text}`);
  }
  if (attrs && !NO_ATTRIBUTES.has(type) && FIELDS[type] !== undefined) {
    for (const name of ATTRIBUTES) {
      const v = rec[name];
      if (v === undefined || v === null) continue;
      args.push(`${name}=${v}`);
    }
  }
  if (allSimple && args.length <= 3) return [`${type}(${args.join(', ')})`, args.length === 0];
  return [`${type}(${args.join(', ')})`, false];
}

// ---- Python repr of constant values ----

/** repr() of a constant value, as Python prints it. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (typeof v === 'object' && 'imag' in (v as object)) return complexRepr((v as Complex).imag);
  return String(v);
}

// Python's str.isprintable(): not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? '\\x' + hex(cp, 2) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr(float): the shortest digits that round-trip, in Python's layout. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-tripping digits.
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let body: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    body = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    body = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    body = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return (neg ? '-' : '') + body;
}

/** repr(complex(0, imag)) for the pure imaginary literals the parser produces. */
export function complexRepr(imag: number): string {
  let s = floatRepr(imag);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  return s + 'j';
}
