// Unit tests of the regex engine (src/modules/re). Expected values were produced by CPython 3.11;
// scripts/regex-diff.mjs checks thousands more cases against python3 directly.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRegex, parseTemplate, RegexError, setCharacterNameLookup } from '../../src/modules/re/index';

function spans(pattern: string, flags: number, subject: string | Uint32Array | Uint8Array, mode: 0 | 1 | 2 | 3, pos = 0, endpos = 1 << 30): number[] | null {
  const m = compileRegex(pattern, flags).exec(subject, pos, endpos, mode);
  return m === null ? null : Array.from(m);
}

function errorOf(f: () => unknown): RegexError {
  try {
    f();
  } catch (e) {
    if (e instanceof RegexError) return e;
    throw e;
  }
  assert.fail('no error');
}

// [pattern, flags, subject, mode, expected spans + lastindex]
const CASES: [string, number, string, 0 | 1 | 2, number[] | null][] = [
  ['a+b', 0, 'xxaaab', 1, [2, 6, -1]],
  ['(a|)*', 0, 'aa', 0, [0, 2, 2, 2, 1]],
  ['(a*)*', 0, 'aa', 0, [0, 2, 2, 2, 1]],
  ['(?:(a)|b)*', 0, 'ab', 0, [0, 2, 0, 1, 1]],
  ['((a)b)', 0, 'ab', 0, [0, 2, 0, 2, 0, 1, 1]],
  ['(a)(?P<n>b)?', 0, 'ac', 0, [0, 1, 0, 1, -1, -1, 1]],
  ['(?i)straße', 0, 'STRASSE', 1, null],
  ['(?i)ß', 0, 'ẞ', 0, [0, 1, -1]],
  ['\\bfoo\\b', 0, 'a foo b', 1, [2, 5, -1]],
  ['(?<=a)b', 0, 'ab', 1, [1, 2, -1]],
  ['(?<!a)b', 0, 'ab cb', 1, [4, 5, -1]],
  ['(a)?(?(1)b|c)', 0, 'c', 0, [0, 1, -1, -1, -1]],
  ['(\\w+)\\s\\1', 0, 'hey hey', 0, [0, 7, 0, 3, 1]],
  ['a{2,3}?', 0, 'aaaa', 0, [0, 2, -1]],
  ['(?>a+)b', 0, 'aaab', 0, [0, 4, -1]],
  ['a++a', 0, 'aaa', 0, null],
  ['(?:a|ab){2}+c', 0, 'ababc', 1, null],
  ['^\\w+$', 8, 'ab\ncd', 1, [0, 2, -1]],
  ['x$', 0, 'x\n', 1, [0, 1, -1]],
  ['x\\Z', 0, 'x\n', 1, null],
  ['.', 0, '\n', 0, null],
  ['(?s).', 0, '\n', 0, [0, 1, -1]],
  ['\\d+', 0, 'x١٢٣', 1, [1, 4, -1]],
  ['\\d+', 256, 'x١٢٣', 1, null],
  ['(?i)k', 0, '\u212a', 0, [0, 1, -1]],
  ['(?x) a b # c', 0, 'ab', 0, [0, 2, -1]],
  ['[^\\W\\d]+', 0, 'é1', 0, [0, 1, -1]],
  ['\\B', 0, '', 0, null],
  ['(a)|b', 0, 'b', 0, [0, 1, -1, -1, -1]],
  ['(?=(a))a', 0, 'a', 0, [0, 1, 0, 1, 1]],
  ['(a)(?!\\1)', 0, 'ab', 0, [0, 1, 0, 1, 1]],
  ['(?P<x>a)(?P=x)+', 0, 'aaa', 0, [0, 3, 0, 1, 1]],
  ['a|ab', 0, 'ab', 2, [0, 2, -1]],
  ['(a|ab)(c|bcd)(d*)', 0, 'abcd', 2, [0, 4, 0, 1, 1, 4, 4, 4, 3]],
  ['a*?', 0, 'aaa', 2, [0, 3, -1]],
  ['', 0, 'abc', 2, null],
];

describe('regex engine: matching like CPython', () => {
  for (const [pattern, flags, subject, mode, expected] of CASES) {
    it(`${['match', 'search', 'fullmatch'][mode]} ${JSON.stringify(pattern)} on ${JSON.stringify(subject)}`, () => {
      assert.deepEqual(spans(pattern, flags, subject, mode), expected);
    });
  }

  it('reports groups, group names and flags', () => {
    const r = compileRegex('(?i)(?P<a>x)(y)', 8);
    assert.equal(r.groups, 2);
    assert.deepEqual([...r.groupIndex], [['a', 1]]);
    assert.equal(r.flags, 2 | 8 | 32); // IGNORECASE | MULTILINE | UNICODE
    assert.equal(compileRegex(new Uint8Array([0x61]), 0).flags, 0);
    assert.equal(compileRegex('(?a)x', 0).flags, 256);
  });

  it('clamps pos and endpos as CPython does', () => {
    assert.deepEqual(spans('a', 0, 'bab', 1, -5, 100), [1, 2, -1]);
    assert.equal(spans('a', 0, 'bab', 1, 2, 1), null);
    assert.deepEqual(spans('', 0, 'aaa', 0, 5, 1), [3, 3, -1]);
    assert.deepEqual(spans('$', 0, 'ab\n', 1, 0, 2), [2, 2, -1]);
  });

  it('looks behind pos but not past endpos', () => {
    assert.deepEqual(spans('(?<=a)b', 0, 'ab', 1, 1), [1, 2, -1]);
    assert.equal(spans('^b', 0, 'ab', 1, 1), null);
    assert.deepEqual(spans('a\\b', 0, 'ab', 1, 0, 1), [0, 1, -1]); // the string ends at endpos
  });

  it('mode 3 refuses an empty match at pos (finditer after an empty match)', () => {
    assert.deepEqual(spans('a*?', 0, 'aaa', 3, 0), [0, 1, -1]);
    assert.deepEqual(spans('x*', 0, 'ab', 3, 0), [1, 1, -1]);
    assert.equal(spans('x*', 0, 'ab', 3, 2), null);
  });

  it('takes code point arrays and bytes', () => {
    const astral = Uint32Array.from(Array.from('x😀😀y', (ch) => ch.codePointAt(0)!));
    assert.deepEqual(spans('😀+', 0, astral, 1), [1, 3, -1]);
    assert.deepEqual(spans('[\\U0001F600-\\U0001F64F]y', 0, astral, 1), [2, 4, -1]);
    const bytes = compileRegex(new Uint8Array([0x5c, 0x77, 0x2b]), 2); // rb'\w+', IGNORECASE
    assert.deepEqual(Array.from(bytes.exec(new Uint8Array([0xe9, 0x41, 0x62, 0x20]), 0, 4, 1)!), [1, 3, -1]);
  });
});

describe('regex engine: errors', () => {
  const ERRORS: [string, string, number | null][] = [
    ['(', 'missing ), unterminated subpattern', 0],
    ['a)', 'unbalanced parenthesis', 1],
    ['*', 'nothing to repeat', 0],
    ['a**', 'multiple repeat', 2],
    ['\\p', 'bad escape \\p', 0],
    ['[z-a]', 'bad character range z-a', 1],
    ['(?<=a*)', 'look-behind requires fixed-width pattern', null],
    ['(?P<1>x)', "bad character in group name '1'", 4],
    ['\\1', 'invalid group reference 1', 1],
    ['(?(2)a)(b)', 'invalid group reference 2', 3],
    ['a(?i)', 'global flags not at the start of the expression', 1],
    ['[a', 'unterminated character set', 0],
    ['(?z)', 'unknown extension ?z', 1],
    ['x{3,2}', 'min repeat greater than max repeat', 2],
    ['(?P=n)', "unknown group name 'n'", 4],
    ['\\777', 'octal escape value \\777 outside of range 0-0o377', 0],
  ];
  for (const [pattern, msg, pos] of ERRORS) {
    it(JSON.stringify(pattern), () => {
      const e = errorOf(() => compileRegex(pattern, 0));
      assert.deepEqual([e.msg, e.pos, e.kind], [msg, pos, 'error']);
    });
  }

  it('raises ValueError and OverflowError where CPython does', () => {
    assert.equal(errorOf(() => compileRegex('a', 4)).kind, 'ValueError'); // LOCALE on str
    assert.equal(errorOf(() => compileRegex('(?a)a', 32)).msg, 'ASCII and UNICODE flags are incompatible');
    assert.equal(errorOf(() => compileRegex('a{4294967295}', 0)).kind, 'OverflowError');
  });

  it('escapes non-ASCII characters in messages about bytes patterns', () => {
    const e = errorOf(() => compileRegex(new Uint8Array([0x5c, 0xe9, 0x5c]), 0));
    assert.deepEqual([e.msg, e.pos], ['bad escape (end of pattern)', 2]);
  });
});

describe('regex engine: replacement templates', () => {
  const r = compileRegex('(?P<x>a)(b)', 0);
  const parse = (t: string) => parseTemplate(t, r.groups, r.groupIndex);

  it('splits literals and group references', () => {
    assert.deepEqual(parse('\\1-\\g<2>\\g<x>\\n\\\\'), [1, '-', 2, 1, '\n\\']);
    assert.deepEqual(parse('\\0\\012\\101'), ['\u0000\nA']);
    assert.deepEqual(parse('a\\.b'), ['a\\.b']);
    assert.deepEqual(parse('plain'), ['plain']);
    assert.deepEqual(parseTemplate(new Uint8Array([0x5c, 0x31, 0xff]), 2, new Map()), [1, new Uint8Array([0xff])]);
  });

  it('reports CPython errors', () => {
    const cases: [string, string, number | null, string][] = [
      ['\\10', 'invalid group reference 10', 1, 'error'],
      ['\\3', 'invalid group reference 3', 1, 'error'],
      ['\\g<y>', "unknown group name 'y'", null, 'IndexError'],
      ['\\q', 'bad escape \\q', 0, 'error'],
      ['\\', 'bad escape (end of pattern)', 0, 'error'],
      ['\\g<1', 'missing >, unterminated name', 3, 'error'],
      ['\\g<-1>', "bad character in group name '-1'", 3, 'error'],
      ['\\g<>', 'missing group name', 3, 'error'],
    ];
    for (const [t, msg, pos, kind] of cases) {
      const e = errorOf(() => parse(t));
      assert.deepEqual([e.msg, e.pos, e.kind], [msg, pos, kind], t);
    }
  });
});

describe('regex engine: robustness', () => {
  it('handles long subjects without deep JS recursion', () => {
    // Every iteration of these loops leaves choices to come back to: 50000 of them.
    const big = 'ab'.repeat(25000);
    assert.deepEqual(spans('(a|b)*', 0, big, 0), [0, 50000, 49999, 50000, 1]);
    assert.equal(spans('(?:(a)|b)*c', 0, big, 0), null);
    assert.deepEqual(spans('(?:ab)*?$', 0, big, 0), [0, 50000, -1]);
    assert.deepEqual(spans('(?:(?=a)a|b)*', 0, big, 0), [0, 50000, -1]);
  });

  it('handles deeply nested groups', () => {
    const pattern = '('.repeat(300) + 'a' + ')'.repeat(300);
    const m = spans(pattern, 0, 'a', 0)!;
    assert.equal(m.length, 2 * 301 + 1);
    assert.deepEqual(m.slice(0, 4), [0, 1, 0, 1]);
  });

  it('does not blow up exponentially on nested quantifiers', () => {
    const started = Date.now();
    assert.equal(spans('(a*)*b', 0, 'a'.repeat(200), 0), null);
    assert.equal(spans('(a|aa)*c', 0, 'a'.repeat(2000), 0), null);
    assert.equal(spans('(x+x+)+y', 0, 'x'.repeat(200), 0), null);
    assert.equal(spans('^(\\w+\\s?)*$', 0, 'word '.repeat(200) + '!', 1), null);
    assert.equal(spans('(.*a){12}', 0, 'a'.repeat(30) + 'b', 2), null);
    assert.ok(Date.now() - started < 20000, 'took too long');
  });
});

describe('regex engine: \\N{...}', () => {
  it('uses the character name lookup it is given', () => {
    setCharacterNameLookup((name) => (name.toUpperCase() === 'EM DASH' ? 0x2014 : undefined));
    try {
      assert.deepEqual(spans('\\N{EM DASH}+', 0, 'a——', 1), [1, 3, -1]);
      assert.deepEqual(spans('[\\N{em dash}x]', 0, '—', 0), [0, 1, -1]);
      const e = errorOf(() => compileRegex('\\N{NOPE}', 0));
      assert.deepEqual([e.msg, e.pos], ["undefined character name 'NOPE'", 0]);
    } finally {
      setCharacterNameLookup(() => undefined);
    }
  });
});
