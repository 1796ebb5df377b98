// Unit tests of src/text (number and text formatting). Expected values are CPython 3.11's; the
// much larger differential check against python3 is scripts/text-diff.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HostError,
  floatRepr,
  complexRepr,
  formatInt,
  formatFloat,
  formatStr,
  formatComplex,
  parseFormatSpec,
  percentFormat,
  bytesPercentFormat,
  parseFloatString,
  parseIntString,
  reprStr,
  asciiStr,
  reprBytes,
  isPrintable,
  floatToHex,
  floatFromHex,
  roundFloat,
  roundHalfEven,
  floatToInt,
  parseFormatTemplate,
  parseFieldName,
  intToString,
  type PercentArgs,
  type BytesPercentArgs,
} from '../../src/text/index';

/** Asserts that f throws a HostError with this Python type and message. */
function throwsPy(f: () => unknown, pyType: string, message: string): void {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof HostError, `expected a HostError, got ${e}`);
    assert.equal(`${e.pyType}: ${e.message}`, `${pyType}: ${message}`);
    return;
  }
  assert.fail(`expected ${pyType}: ${message}`);
}

test('floatRepr', () => {
  const cases: [number, string][] = [
    [1, '1.0'], [-0, '-0.0'], [0, '0.0'], [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'],
    [1e-5, '1e-05'], [1e-4, '0.0001'], [1.5e-7, '1.5e-07'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'],
    [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'], [9999999999999998, '9999999999999998.0'],
    [123456789012345680000, '1.2345678901234568e+20'], [-2.5e-300, '-2.5e-300'], [0.30000000000000004, '0.30000000000000004'],
  ];
  for (const [x, want] of cases) assert.equal(floatRepr(x), want, String(x));
});

test('complexRepr', () => {
  assert.equal(complexRepr(1, 2), '(1+2j)');
  assert.equal(complexRepr(0, 2), '2j');
  assert.equal(complexRepr(0, -0), '-0j');
  assert.equal(complexRepr(-0, -0), '(-0-0j)');
  assert.equal(complexRepr(NaN, Infinity), '(nan+infj)');
  assert.equal(complexRepr(1e16, -1.5), '(1e+16-1.5j)');
});

test('formatFloat: rounding is exact, ties to even', () => {
  assert.equal(formatFloat(2.5, '.0f'), '2');
  assert.equal(formatFloat(3.5, '.0f'), '4');
  assert.equal(formatFloat(0.125, '.2f'), '0.12');
  assert.equal(formatFloat(0.375, '.2f'), '0.38');
  assert.equal(formatFloat(2.675, '.2f'), '2.67'); // 2.675 is really 2.67499999...
  assert.equal(formatFloat(125, '.1e'), '1.2e+02');
  assert.equal(formatFloat(1e300, '.3f').slice(0, 12), '100000000000');
  assert.equal(formatFloat(5e-324, '.3e'), '4.941e-324');
  assert.equal(formatFloat(0.1, '.30f'), '0.100000000000000005551115123126');
});

test('formatFloat: presentation types and flags', () => {
  const cases: [number, string, string][] = [
    [1.5, '', '1.5'], [1.0, '>6', '   1.0'], [1e16, '#', '1.e+16'], [123.0, '.3', '1.23e+02'], [100.0, '#.3', '1.00e+02'],
    [123.0, '#.3g', '123.'], [0.0, '#g', '0.00000'], [1e-5, 'g', '1e-05'], [123456789.0, 'g', '1.23457e+08'],
    [1.5, '%', '150.000000%'], [1.5, '08.1%', '00150.0%'], [-1.5, '=+08', '-00001.5'], [1234567.5, ',', '1,234,567.5'],
    [1234567.0, '_.2f', '1_234_567.00'], [1234.0, '010,.1f', '0,001,234.0'], [Infinity, '010', '0000000inf'],
    [Infinity, '010,', '0000000inf'], [NaN, '+', '+nan'], [-Infinity, 'F', '-INF'], [1.5, 'E', '1.500000E+00'],
    [-0.0, 'z', '0.0'], [-0.0001, 'z.2f', '0.00'], [-0.0001, '.2f', '-0.00'], [1.5, '*^9.2f', '**1.50***'],
    [1.5, ' ', ' 1.5'], [2.5, 'n', '2.5'], [1e100, '.2n', '1e+100'], [1.5, '😀<6', '1.5😀😀😀'],
  ];
  for (const [x, spec, want] of cases) assert.equal(formatFloat(x, spec), want, `format(${x}, '${spec}')`);
});

test('formatFloat / formatInt / formatStr / formatComplex errors', () => {
  throwsPy(() => formatFloat(1.5, 'd'), 'ValueError', "Unknown format code 'd' for object of type 'float'");
  throwsPy(() => formatFloat(1.5, 'z#=10'), 'ValueError', "Invalid format specifier 'z#=10' for object of type 'float'");
  throwsPy(() => formatFloat(1.0, '.'), 'ValueError', 'Format specifier missing precision');
  throwsPy(() => formatFloat(1.0, '.2147483648f'), 'ValueError', 'precision too big');
  throwsPy(() => formatInt(1n, '.2'), 'ValueError', 'Precision not allowed in integer format specifier');
  throwsPy(() => formatInt(1n, 'z'), 'ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  throwsPy(() => formatInt(65n, '+c'), 'ValueError', "Sign not allowed with integer format specifier 'c'");
  throwsPy(() => formatInt(0x110000n, 'c'), 'OverflowError', '%c arg not in range(0x110000)');
  throwsPy(() => formatInt(1n, ',_'), 'ValueError', "Cannot specify both ',' and '_'.");
  throwsPy(() => formatInt(1n, '_n'), 'ValueError', "Cannot specify '_' with 'n'.");
  throwsPy(() => formatInt(1n, '\u1234'), 'ValueError', "Unknown format code '\\x1234' for object of type 'int'");
  throwsPy(() => formatInt(1n, '99999999999999999999'), 'ValueError', 'Too many decimal digits in format string');
  throwsPy(() => formatInt(10n ** 400n, 'f'), 'OverflowError', 'int too large to convert to float');
  throwsPy(() => formatInt(1n, 's', 'bool'), 'ValueError', "Unknown format code 's' for object of type 'bool'");
  throwsPy(() => formatStr('a', ','), 'ValueError', "Cannot specify ',' with 's'.");
  throwsPy(() => formatStr('a', '+'), 'ValueError', 'Sign not allowed in string format specifier');
  throwsPy(() => formatStr('a', ' '), 'ValueError', 'Space not allowed in string format specifier');
  throwsPy(() => formatStr('a', '=5'), 'ValueError', "'=' alignment not allowed in string format specifier");
  throwsPy(() => formatStr('a', '#'), 'ValueError', 'Alternate form (#) not allowed in string format specifier');
  throwsPy(() => formatStr('a', 'd'), 'ValueError', "Unknown format code 'd' for object of type 'str'");
  throwsPy(() => formatComplex(0, 1, '010'), 'ValueError', 'Zero padding is not allowed in complex format specifier');
  throwsPy(() => formatComplex(0, 1, 'x=10'), 'ValueError', "'=' alignment flag is not allowed in complex format specifier");
  throwsPy(() => formatComplex(0, 1, '%'), 'ValueError', "Unknown format code '%' for object of type 'complex'");
});

test('formatInt', () => {
  const cases: [bigint, string, string][] = [
    [255n, 'x', 'ff'], [255n, '#X', '0XFF'], [255n, '#010x', '0x000000ff'], [-255n, '#b', '-0b11111111'],
    [1234n, '08,', '0,001,234'], [1234n, '07,', '001,234'], [1234n, '0=10,', '00,001,234'], [1234n, 'x=10,', 'xxxxx1,234'],
    [1234567n, '_x', '12_d687'], [65n, '05c', '0000A'], [65n, '^5c', '  A  '], [1n, 'c<', '1'], [-5n, '+06', '-00005'],
    [5n, ' ', ' 5'], [12345n, 'n', '12345'], [10n, '%', '1000.000000%'], [7n, 'e', '7.000000e+00'], [1n, '١٠', '         1'],
  ];
  for (const [x, spec, want] of cases) assert.equal(formatInt(x, spec), want, `format(${x}, '${spec}')`);
});

test('formatStr and formatComplex', () => {
  assert.equal(formatStr('ab', '05'), 'ab000');
  assert.equal(formatStr('a', '^4'), ' a  ');
  assert.equal(formatStr('abcdef', '.3'), 'abc');
  assert.equal(formatStr('😀😀', '*>4.1'), '***😀');
  assert.equal(formatComplex(1, 0, '.2'), '(1+0j)');
  assert.equal(formatComplex(0, 1, ''), '1j');
  assert.equal(formatComplex(0, 1, 'n'), '0+1j');
  assert.equal(formatComplex(0, 1, '+'), '+1j');
  assert.equal(formatComplex(-0, -0, '>10'), '   (-0-0j)');
  assert.equal(formatComplex(1e5, 1, '#'), '(100000.+1.j)');
  assert.equal(formatComplex(1234.5, 2, '_.2f'), '1_234.50+2.00j');
  assert.equal(formatComplex(-0, -0, 'z'), '(0+0j)');
});

test('parseFormatSpec', () => {
  assert.deepEqual(parseFormatSpec('*<+z#012,.3f'), {
    fill: '*', align: '<', sign: '+', noNegZero: true, alternate: true, width: 12, grouping: ',', precision: 3, type: 'f',
  });
  const zero = parseFormatSpec('010');
  assert.equal(zero.fill, '0');
  assert.equal(zero.align, '=');
  assert.equal(parseFormatSpec('😀^5').fill, '😀');
});

// A toy object model for the %-format adapters: ints, floats and strs as JS values.
type Toy = bigint | number | string | Map<string, Toy>;
const toyRepr = (v: Toy): string =>
  typeof v === 'string' ? reprStr(v) : typeof v === 'number' ? floatRepr(v) : v instanceof Map ? '{...}' : String(v);
function toyArgs(operand: Toy | Toy[]): PercentArgs<Toy> {
  const tuple = Array.isArray(operand);
  const typeName = (v: Toy) => (typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : typeof v === 'string' ? 'str' : 'dict');
  return {
    kind: tuple ? 'tuple' : operand instanceof Map ? 'mapping' : 'single',
    count: tuple ? operand.length : 1,
    get: (i) => (tuple ? operand[i] : operand),
    getKey(key) {
      const v = (operand as Map<string, Toy>).get(key);
      if (v === undefined) throw new HostError('KeyError', reprStr(key));
      return v;
    },
    str: (v) => (typeof v === 'string' ? v : toyRepr(v)),
    repr: toyRepr,
    ascii: (v) => (typeof v === 'string' ? asciiStr(v) : toyRepr(v)),
    toInteger(v, conv) {
      if (typeof v === 'bigint') return v;
      if (typeof v === 'number' && 'diu'.includes(conv)) return floatToInt(v);
      throw new HostError('TypeError', `%${conv} format: an integer is required, not ${typeName(v)}`);
    },
    toFloat(v) {
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint') return Number(v);
      throw new HostError('TypeError', `must be real number, not ${typeName(v)}`);
    },
    intValue: (v) => (typeof v === 'bigint' ? v : null),
    strValue: (v) => (typeof v === 'string' ? v : null),
  };
}

test('percentFormat', () => {
  const f = (fmt: string, args: Toy | Toy[]) => percentFormat(fmt, toyArgs(args));
  assert.equal(f('%s and %r', ['a', 'b']), "a and 'b'");
  assert.equal(f('%5.1f|%-6d|%+d|% d', [2.25, 42n, 5n, 5n]), '  2.2|42    |+5| 5');
  assert.equal(f('%.0f %.0f', [2.5, 3.5]), '2 4');
  assert.equal(f('%#x %#o %#X %x', [255n, 8n, 255n, -255n]), '0xff 0o10 0XFF -ff');
  assert.equal(f('%#.5x|%+.3d|% 05d|%-05d', [255n, 5n, -5n, 5n]), '0x000ff|+005|-0005|5    ');
  assert.equal(f('%*d|%-*d|%.*f', [5n, 1n, 3n, 2n, 1n, 1.25]), '    1|2  |1.2');
  assert.equal(f('%c%c', [65n, 'é']), 'Aé');
  assert.equal(f('%(a)s-%(b)05.1f', new Map<string, Toy>([['a', 'x'], ['b', 1.5]])), 'x-001.5');
  assert.equal(f('%s', new Map()), '{...}'); // a mapping is also the single positional argument
  assert.equal(f('100%% %s', 'sure'), '100% sure');
  assert.equal(f('%010f', Infinity), '0000000inf');
  assert.equal(f('%a', 'é'), "'\\xe9'");
  throwsPy(() => f('%s %s', ['a']), 'TypeError', 'not enough arguments for format string');
  throwsPy(() => f('%s', ['a', 'b']), 'TypeError', 'not all arguments converted during string formatting');
  throwsPy(() => f('abc%y', 1n), 'ValueError', "unsupported format character 'y' (0x79) at index 4");
  throwsPy(() => f('%5%', 1n), 'ValueError', "unsupported format character '%' (0x25) at index 2");
  throwsPy(() => f('😀%\u1234', 1n), 'ValueError', "unsupported format character '?' (0x1234) at index 2");
  throwsPy(() => f('%', []), 'ValueError', 'incomplete format');
  throwsPy(() => f('%(a', new Map()), 'ValueError', 'incomplete format key');
  throwsPy(() => f('%(a)s', ['x']), 'TypeError', 'format requires a mapping');
  throwsPy(() => f('%c', 'ab'), 'TypeError', '%c requires int or char');
  throwsPy(() => f('%c', 0x110000n), 'OverflowError', '%c arg not in range(0x110000)');
  throwsPy(() => f('%*d', [1.5, 1n]), 'TypeError', '* wants int');
  throwsPy(() => f('%x', 1.5), 'TypeError', '%x format: an integer is required, not float');
});

test('bytesPercentFormat', () => {
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const text = (b: Uint8Array) => String.fromCharCode(...b);
  type V = Uint8Array | bigint | string;
  const args = (items: V[]): BytesPercentArgs<V> => ({
    kind: 'tuple',
    count: items.length,
    get: (i) => items[i],
    getKey: () => {
      throw new HostError('TypeError', 'not a mapping');
    },
    toBytes(v) {
      if (v instanceof Uint8Array) return v;
      throw new HostError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeof v === 'bigint' ? 'int' : 'str'}'`);
    },
    ascii: (v) => (v instanceof Uint8Array ? reprBytes(v) : typeof v === 'string' ? asciiStr(v) : String(v)),
    toInteger: (v) => v as bigint,
    toFloat: (v) => Number(v),
    intValue: (v) => (typeof v === 'bigint' ? v : null),
    bytesValue: (v) => (v instanceof Uint8Array ? v : null),
    indexValue: (v) => (typeof v === 'bigint' ? v : null),
  });
  assert.equal(text(bytesPercentFormat(latin1('%s-%b-%5c|%r|%x'), args([latin1('a\xff'), latin1('b'), 65n, 'é', 255n]))), "a\xff-b-    A|'\\xe9'|ff");
  assert.equal(text(bytesPercentFormat(latin1('%c'), args([latin1('z')]))), 'z');
  throwsPy(() => bytesPercentFormat(latin1('%c'), args([256n])), 'OverflowError', '%c arg not in range(256)');
  throwsPy(() => bytesPercentFormat(latin1('%s'), args([1n])), 'TypeError', "%b requires a bytes-like object, or an object that implements __bytes__, not 'int'");
  throwsPy(() => bytesPercentFormat(latin1('%c'), args([latin1('ab')])), 'TypeError', '%c requires an integer in range(256) or a single byte');
  throwsPy(() => bytesPercentFormat(latin1(''), args([1n])), 'TypeError', 'not all arguments converted during bytes formatting');
});

test('parseFloatString', () => {
  const cases: [string, number][] = [
    ['1.5', 1.5], [' -1_000.5\n', -1000.5], ['\u3000inF\x85', Infinity], ['-Infinity', -Infinity], ['1e400', Infinity],
    ['\u0663.\u0661', 3.1], ['.5', 0.5], ['5.', 5], ['1E-3', 0.001], ['+0', 0], ['2.4703282292062328e-324', 5e-324],
  ];
  for (const [s, want] of cases) assert.equal(parseFloatString(s), want, s);
  assert.ok(Number.isNaN(parseFloatString(' nan ')));
  assert.ok(Object.is(parseFloatString('-0'), -0));
  for (const bad of ['', 'abc', '1_', '_1', '1__0', '1._5', '1e', '0x10', '\x1c1', 'in f']) {
    throwsPy(() => parseFloatString(bad), 'ValueError', `could not convert string to float: ${reprStr(bad)}`);
  }
});

test('parseIntString', () => {
  const cases: [string, number, bigint][] = [
    ['42', 10, 42n], [' -0x_ff ', 0, -255n], ['0b101', 0, 5n], ['0o17', 8, 15n], ['0_0', 0, 0n], ['zz', 36, 1295n],
    ['1_000', 10, 1000n], ['\u0661\u0662', 10, 12n], ['0b1', 16, 177n], ['7fffffffffffffffffff', 16, 2n ** 79n - 1n],
    ['12', 3, 5n],
  ];
  for (const [s, base, want] of cases) assert.equal(parseIntString(s, base), want, `int(${s}, ${base})`);
  for (const [s, base] of [['010', 0], ['1_', 10], ['_1', 10], ['1__0', 10], ['0x', 16], ['12', 2], ['', 10], ['\x1c1', 10]] as const) {
    throwsPy(() => parseIntString(s, base), 'ValueError', `invalid literal for int() with base ${base}: ${reprStr(s)}`);
  }
  throwsPy(() => parseIntString('1', 1), 'ValueError', 'int() base must be >= 2 and <= 36, or 0');
  throwsPy(() => parseIntString('1', 37), 'ValueError', 'int() base must be >= 2 and <= 36, or 0');
  throwsPy(
    () => parseIntString('1'.repeat(5000), 10),
    'ValueError',
    'Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit',
  );
  assert.equal(parseIntString('1'.repeat(5000), 16) > 0n, true); // powers of two have no limit
});

test('reprStr, asciiStr, reprBytes, isPrintable', () => {
  assert.equal(reprStr("it's"), '"it\'s"');
  assert.equal(reprStr('a"b\'c'), "'a\"b\\'c'");
  assert.equal(reprStr('\n\t\r\\\x00\x7f\u200b\xa0 é😀\ud800\u{e0001}'), "'\\n\\t\\r\\\\\\x00\\x7f\\u200b\\xa0 é😀\\ud800\\U000e0001'");
  assert.equal(asciiStr('é😀\u20ac'), "'\\xe9\\U0001f600\\u20ac'");
  assert.equal(reprBytes(Uint8Array.from([0x27, 0x41, 0x0a, 0xff, 0x5c])), 'b"\'A\\n\\xff\\\\"');
  assert.equal(reprBytes(Uint8Array.from([0x27, 0x22])), "b'\\'\"'");
  assert.equal(isPrintable(0x20), true);
  assert.equal(isPrintable(0xa0), false);
  assert.equal(isPrintable(0x378), false); // unassigned
  assert.equal(isPrintable(0x1f600), true);
  assert.equal(isPrintable(0xe000), false); // private use
  assert.equal(isPrintable(0x3000), false); // ideographic space
});

test('floatToHex and floatFromHex', () => {
  assert.equal(floatToHex(1), '0x1.0000000000000p+0');
  assert.equal(floatToHex(-0.1), '-0x1.999999999999ap-4');
  assert.equal(floatToHex(5e-324), '0x0.0000000000001p-1022');
  assert.equal(floatToHex(-0), '-0x0.0p+0');
  assert.equal(floatToHex(Infinity), 'inf');
  assert.equal(floatFromHex(' 0x1.8p1 '), 3);
  assert.equal(floatFromHex('-1p-1074'), -5e-324);
  assert.equal(floatFromHex('0x1p-1075'), 0); // tie, rounds to even (zero)
  assert.equal(floatFromHex('0x3p-1075'), 1e-323); // tie, rounds to even (2 × 2^-1074)
  assert.equal(floatFromHex('1e5'), 485);
  assert.equal(floatFromHex('0x1.fffffffffffff7p1023'), 1.7976931348623157e308);
  // halfway between the largest double and 2^1024 rounds (to even) up: overflow
  throwsPy(() => floatFromHex('0x1.fffffffffffff8p1023'), 'OverflowError', 'hexadecimal value too large to represent as a float');
  throwsPy(() => floatFromHex('0x1p1024'), 'OverflowError', 'hexadecimal value too large to represent as a float');
  throwsPy(() => floatFromHex('0x1p1024junk'), 'OverflowError', 'hexadecimal value too large to represent as a float');
  throwsPy(() => floatFromHex('0x'), 'ValueError', 'invalid hexadecimal floating-point string');
  throwsPy(() => floatFromHex('1p'), 'ValueError', 'invalid hexadecimal floating-point string');
});

test('roundFloat, roundHalfEven, floatToInt', () => {
  assert.equal(roundFloat(2.675, 2), 2.67);
  assert.equal(roundFloat(0.125, 2), 0.12);
  assert.equal(roundFloat(0.375, 2), 0.38);
  assert.equal(roundFloat(1234.5, -1), 1230);
  assert.equal(roundFloat(1250, -2), 1200);
  assert.equal(roundFloat(1.5, 400), 1.5);
  assert.ok(Object.is(roundFloat(-0.001, 2), -0));
  assert.ok(Object.is(roundFloat(-1.5, -400), -0));
  assert.equal(roundFloat(Infinity, 2), Infinity);
  throwsPy(() => roundFloat(1.7976931348623157e308, -308), 'OverflowError', 'rounded value too large to represent');
  assert.equal(roundHalfEven(2.5), 2);
  assert.equal(roundHalfEven(-2.5), -2);
  assert.equal(roundHalfEven(3.5), 4);
  assert.equal(roundHalfEven(0.49999999999999994), 0);
  assert.equal(floatToInt(-2.9), -2n);
  throwsPy(() => floatToInt(NaN), 'ValueError', 'cannot convert float NaN to integer');
  throwsPy(() => floatToInt(-Infinity), 'OverflowError', 'cannot convert float infinity to integer');
});

test('parseFormatTemplate', () => {
  const parts = (s: string) =>
    [...parseFormatTemplate(s)].map(({ literal, field }) =>
      field ? [literal, field.fieldName, field.conversion, field.formatSpec] : [literal],
    );
  assert.deepEqual(parts('a{{b}}c{}'), [['a{'], ['b}'], ['c', '', null, '']]);
  assert.deepEqual(parts('x{0.a[1]!r:>{w}}y'), [['x', '0.a[1]', 'r', '>{w}'], ['y']]);
  assert.deepEqual(parts('{0[}]}'), [['', '0[}]', null, '']]);
  assert.deepEqual(parts('{0!:}'), [['', '0', ':', '']]);
  assert.deepEqual(parts('{:[}'), [['', '', null, '[']]);
  const err = (s: string, message: string) => throwsPy(() => [...parseFormatTemplate(s)], 'ValueError', message);
  err('a}', "Single '}' encountered in format string");
  err('a{', "Single '{' encountered in format string");
  err('{0', "expected '}' before end of string");
  err('{0[}', "expected '}' before end of string");
  err('{:{}', "unmatched '{' in format spec");
  err('{0!r', "unmatched '{' in format spec");
  err('{a{', "unexpected '{' in field name");
  err('{0!', 'end of string while looking for conversion specifier');
  err('{0!rx}', "expected ':' after conversion specifier");
  // Errors come only when parsing reaches them.
  const it = parseFormatTemplate('{0}{');
  assert.equal(it.next().value?.field?.fieldName, '0');
  throwsPy(() => it.next(), 'ValueError', "Single '{' encountered in format string");
});

test('parseFieldName', () => {
  assert.deepEqual(parseFieldName('a.b[c][1].d'), {
    first: 'a',
    accessors: [{ kind: 'attr', name: 'b' }, { kind: 'index', key: 'c' }, { kind: 'index', key: 1 }, { kind: 'attr', name: 'd' }],
    error: null,
  });
  assert.deepEqual(parseFieldName(''), { first: '', accessors: [], error: null });
  assert.equal(parseFieldName('12').first, 12);
  assert.equal(parseFieldName('\u0663').first, 3);
  assert.equal(parseFieldName('-1').first, '-1');
  const bad = parseFieldName('0.a.');
  assert.deepEqual(bad.accessors, [{ kind: 'attr', name: 'a' }]);
  assert.equal(bad.error?.message, 'Empty attribute in format string');
  assert.equal(parseFieldName('0[x]y').error?.message, "Only '.' or '[' may follow ']' in format field specifier");
  assert.equal(parseFieldName('0[x').error?.message, "Missing ']' in format string");
  throwsPy(() => parseFieldName('99999999999999999999a'), 'ValueError', 'Too many decimal digits in format string');
});

test('intToString', () => {
  assert.equal(intToString(255n, 16), '0xff');
  assert.equal(intToString(-255n, 16), '-0xff');
  assert.equal(intToString(5n, 2), '0b101');
  assert.equal(intToString(-8n, 8), '-0o10');
  assert.equal(intToString(-42n, 10), '-42');
  assert.equal(intToString(0n, 2), '0b0');
  throwsPy(
    () => intToString(10n ** 5000n, 10),
    'ValueError',
    'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
  );
});
