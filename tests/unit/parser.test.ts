// Unit tests of the tokenizer and parser (src/compiler). Expected dumps and errors are CPython
// 3.11's, written inline; the large differential check against python3 is scripts/ast-diff.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/compiler/parser';
import { dump, ELLIPSIS, floatRepr, strRepr } from '../../src/compiler/ast';
import type * as ast from '../../src/compiler/ast';
import { PySyntaxError } from '../../src/compiler/syntax_error';
import { Tok, tokenize } from '../../src/compiler/tokenizer';

function dumps(src: string, attrs = false): string {
  return dump(parse(src, '<test>', 'exec'), attrs);
}

/** The error as (class, msg, lineno, offset, end_lineno, end_offset). */
function error(src: string): [string, string, number, number, number, number] {
  try {
    parse(src, 'f.py', 'exec');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  }
  assert.fail(`no error for ${JSON.stringify(src)}`);
}

function value(src: string): ast.ConstantValue {
  const mod = parse(src, '<test>', 'eval') as ast.Expression;
  assert.equal(mod.body._type, 'Constant');
  return (mod.body as ast.Constant).value;
}

// ---- expressions ----

test('operator precedence', () => {
  assert.equal(dumps('x = 1 + 2 * 3'),
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[])");
});

test('power binds tighter than unary minus on its left, looser on its right', () => {
  assert.equal(dumps('-2 ** -1'),
    'Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))))], type_ignores=[])');
});

test('chained comparisons with two-word operators', () => {
  assert.equal(dumps('a < b <= c is not d not in e'),
    "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])");
});

test('boolean operators', () => {
  assert.equal(dumps('a and b or not c'),
    "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))]))], type_ignores=[])");
});

test('conditional expression', () => {
  assert.equal(dumps('x if y else z'),
    "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[])");
});

test('lambda with every kind of parameter', () => {
  assert.equal(dumps('lambda a, /, b=1, *c, d, e=2, **f: 0'),
    "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])");
});

test('call arguments', () => {
  assert.equal(dumps('f(a, *b, c=1, **d)'),
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])");
});

test('a generator expression as the only argument spans the call parentheses', () => {
  assert.equal(dumps('f(x for x in y)', true),
    "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])");
});

test('extended slices', () => {
  assert.equal(dumps('a[1:2, ::3]', true),
    "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])");
});

test('async comprehension and dict unpacking', () => {
  assert.equal(dumps('[x async for x in y if x]'),
    "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=1)]))], type_ignores=[])");
  assert.equal(dumps('{**a, "b": 1}'),
    "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[])");
});

test('walrus, yield and yield from', () => {
  assert.equal(dumps('(x := 10)'),
    "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=10)))], type_ignores=[])");
  assert.equal(dumps('x = yield from y'),
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], type_ignores=[])");
  assert.equal(dumps('print((yield))'),
    "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Yield()], keywords=[]))], type_ignores=[])");
});

// ---- statements ----

test('annotated assignments: simple and parenthesized targets', () => {
  assert.equal(dumps('x: int = 5'),
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])");
  assert.equal(dumps('(x): int'),
    "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])");
});

test('star targets, augmented assignment, del', () => {
  assert.equal(dumps('a, *b = c'),
    "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])");
  assert.equal(dumps('x += 1'),
    "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])");
  assert.equal(dumps('del a[0], b.c'),
    "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[])");
});

test('imports', () => {
  assert.equal(dumps('from ..a import (b as c, d)', true),
    "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=23), alias(name='d', lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])");
  assert.equal(dumps('import a.b as c'), "Module(body=[Import(names=[alias(name='a.b', asname='c')])], type_ignores=[])");
  assert.equal(dumps('global a, b'), "Module(body=[Global(names=['a', 'b'])], type_ignores=[])");
});

test('a decorated class starts at its class keyword', () => {
  assert.equal(dumps('@d\nclass C(B, metaclass=M):\n    pass', true),
    "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), lineno=2, col_offset=11, end_lineno=2, end_col_offset=22)], body=[Pass(lineno=3, col_offset=4, end_lineno=3, end_col_offset=8)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])");
});

test('async def with a starred annotation', () => {
  assert.equal(dumps('async def f(*args: *Ts) -> int:\n    await g()'),
    "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[])))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])");
});

test('try/except*, parenthesized with items, if/elif/else with tabs', () => {
  assert.equal(dumps('try:\n    pass\nexcept* E as e:\n    pass'),
    "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])");
  assert.equal(dumps('with (a as b, c):\n    pass'),
    "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])");
  assert.equal(dumps('if x:\n\tpass\nelif y:\n\tpass\nelse:\n\tpass'),
    "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])");
});

test('match with sequence, mapping, class, as and wildcard patterns', () => {
  const src = 'match p:\n    case [1, *rest] | {"k": v, **kw} if v:\n        pass\n    case Point(x=0) as pt:\n        pass\n    case _:\n        pass';
  assert.equal(dumps(src),
    "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), guard=Name(id='v', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), name='pt'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])");
});

test('match is a soft keyword', () => {
  assert.equal(dumps('match = 1\nmatch(x)'),
    "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])");
});

test('eval and single modes', () => {
  assert.equal(dump(parse('1, 2', '<test>', 'eval')), 'Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))');
  assert.equal(dump(parse('x = 1', '<test>', 'single')), "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
});

// ---- literals ----

test('f-strings: conversions, nested format specs, the = specifier', () => {
  assert.equal(dumps("f'{x!r:>{w}} and {y=}'", true),
    "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), Constant(value=' and y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])");
});

test('implicit concatenation keeps the kind of the first string', () => {
  assert.equal(dumps("u'a' 'b'", true),
    "Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])");
});

test('escapes in str and bytes literals', () => {
  assert.equal(dumps(String.raw`b'\x00' rb'\\'`), String.raw`Module(body=[Expr(value=Constant(value=b'\x00\\\\'))], type_ignores=[])`);
  assert.equal(dumps(String.raw`'\N{LATIN SMALL LETTER A}\t\u00e9'`), String.raw`Module(body=[Expr(value=Constant(value='a\té'))], type_ignores=[])`);
  assert.equal(value(String.raw`'\101\x42\U0001F600\
x'`), 'AB\u{1F600}x');
});

test('constant values have the documented JS types', () => {
  assert.equal(value('123456789012345678901234567890'), 123456789012345678901234567890n);
  assert.equal(value('0xFF'), 255n);
  assert.equal(value('1_000.5e1'), 10005);
  assert.deepEqual(value('2.5j'), { imag: 2.5 });
  assert.deepEqual(value("b'ab'"), new Uint8Array([97, 98]));
  assert.equal(value('True'), true);
  assert.equal(value('None'), null);
  assert.equal(value('...'), ELLIPSIS);
  assert.equal(dumps('0xFF, 1_000, 1.5e3, 2j, ...'),
    'Module(body=[Expr(value=Tuple(elts=[Constant(value=255), Constant(value=1000), Constant(value=1500.0), Constant(value=2j), Constant(value=Ellipsis)], ctx=Load()))], type_ignores=[])');
});

test('columns are UTF-8 byte offsets', () => {
  assert.equal(dumps('x = "é"; y = 1', true),
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='é', lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], value=Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=10, end_lineno=1, end_col_offset=15)], type_ignores=[])");
});

test('CRLF, a BOM and a missing final newline change nothing; a form feed is a column', () => {
  const plain = dumps('if x:\n    y = 1\n', true);
  assert.equal(dumps('\ufeffif x:\r\n    y = 1', true), plain);
  assert.equal(dumps('if x:\r    y = 1\r', true), plain);
  assert.match(dumps('\fif x:\n    y = 1\n', true), /^Module\(body=\[If\(test=Name\(id='x', ctx=Load\(\), lineno=1, col_offset=4,/);
});

test('repr helpers match Python', () => {
  assert.equal(strRepr("it's"), `"it's"`);
  assert.equal(strRepr('a\u0000\u00e9\u200b'), "'a\\x00é\\u200b'");
  assert.equal(floatRepr(1e16), '1e+16');
  assert.equal(floatRepr(0.0001), '0.0001');
  assert.equal(floatRepr(1e-5), '1e-05');
  assert.equal(floatRepr(2.5), '2.5');
});

// ---- tokenizer ----

test('tokenizer: indentation, operators and a NEWLINE that starts at a comment', () => {
  const { tokens } = tokenize('if a:\n  b **= 1 # c\n', 't');
  assert.deepEqual(tokens.map((t) => t.type), [
    Tok.KEYWORD, Tok.NAME, Tok.OP, Tok.NEWLINE, Tok.INDENT, Tok.NAME, Tok.OP, Tok.NUMBER, Tok.NEWLINE, Tok.DEDENT, Tok.ENDMARKER,
  ]);
  assert.equal(tokens[6].value, '**=');
  const nl = tokens[8];
  assert.deepEqual([nl.lineno, nl.col, nl.endCol], [2, 10, 13]);
});

test('tokenizer: a number followed by a keyword is two tokens', () => {
  const { tokens } = tokenize('1if x else 2\n', 't');
  assert.deepEqual(tokens.slice(0, 2).map((t) => t.value), ['1', 'if']);
});

// ---- syntax errors ----

test('generic and specific syntax errors', () => {
  assert.deepEqual(error('a b'), ['SyntaxError', 'invalid syntax', 1, 3, 1, 4]);
  assert.deepEqual(error('(a b)'), ['SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 2, 1, 5]);
  assert.deepEqual(error('for x in range(10)\n  pass'), ['SyntaxError', "expected ':'", 1, 19, 1, 19]);
  assert.deepEqual(error('1 = x'), ['SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2]);
  assert.deepEqual(error('f() = 1'), ['SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4]);
  assert.deepEqual(error('del 1'), ['SyntaxError', 'cannot delete literal', 1, 5, 1, 6]);
  assert.deepEqual(error('f(a=1, b)'), ['SyntaxError', 'positional argument follows keyword argument', 1, 9, 1, 10]);
  assert.deepEqual(error('def f(a=1, b): pass'), ['SyntaxError', 'non-default argument follows default argument', 1, 12, 1, 13]);
  assert.deepEqual(error('f(x for x in y, 1)'), ['SyntaxError', 'Generator expression must be parenthesized', 1, 3, 1, 15]);
  assert.deepEqual(error('print "x"'), ['SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10]);
  assert.deepEqual(error("x = 'a' b'b'"), ['SyntaxError', 'cannot mix bytes and nonbytes literals', 1, 13, 1, 13]);
});

test('bracket and tokenizer errors', () => {
  assert.deepEqual(error('foo('), ['SyntaxError', "'(' was never closed", 1, 4, 1, 0]);
  assert.deepEqual(error('x = )'), ['SyntaxError', "unmatched ')'", 1, 5, 1, 5]);
  assert.deepEqual(error('x = [1, 2)'), ['SyntaxError', "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 1, 10]);
  assert.deepEqual(error("x = '''abc\ndef"), ['SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', 1, 5, 1, 5]);
  assert.deepEqual(error("x = 'abc"), ['SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5, 1, 5]);
  assert.deepEqual(error('1abc'), ['SyntaxError', 'invalid decimal literal', 1, 1, 1, 1]);
  assert.deepEqual(error('a €'), ['SyntaxError', "invalid character '€' (U+20AC)", 1, 3, 1, 3]);
  assert.deepEqual(error("x = f'{a'"), ['SyntaxError', "f-string: expecting '}'", 1, 10, 1, 10]);
});

test('indentation errors', () => {
  assert.deepEqual(error('x\n  y'), ['IndentationError', 'unexpected indent', 2, 2, 2, -1]);
  assert.deepEqual(error('if x:\npass'), ['IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5]);
  assert.deepEqual(error('if x:\n  a\n b'), ['IndentationError', 'unindent does not match any outer indentation level', 3, 3, 3, -1]);
  assert.deepEqual(error('if x:\n\ta\n        b'), ['TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, 3, 0]);
});

test('a later unterminated string wins over an earlier parse error', () => {
  assert.deepEqual(error("a b\nx = 'oops"), ['SyntaxError', 'unterminated string literal (detected at line 2)', 2, 5, 2, 5]);
});

test('the error carries the source line', () => {
  try {
    parse('x = 1\ny = (1 2)\n', 'f.py', 'exec');
    assert.fail('no error');
  } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    assert.equal(e.text, 'y = (1 2)\n');
    assert.equal(e.filename, 'f.py');
  }
});
