import collections
import decimal
import io
import json as real
import math

DECODE_CASES = [
    '', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{', '"abc', '[', '[1',
    '{"a":', '{"a"', '{1:2}', '"\\u12"', '"\\x"', '"a\x01b"', '-', '01', '1.',
    '1e', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '-Inf', '[1,2,', '{"a":1',
    '"\\ud800\\udc00"', '"\\ud800x"', '"\\udc00\\ud800"', '"\\"', '"a\\', 'x',
    '[1]x', '\n\n  [1,\n 2,, 3]', '\ufeff[]', '"\\uZZZZ"', '["a" ]',
    '{"a":1 "b":2}', '{"a":1,"a":2}', '1.5e+3', '-0', '-0.0', '1E400', '[-]',
    '"\\ud800\\u12"', '{"\\u":1}', ' "\\/\\b\\f\\n\\r\\t\\"\\\\" ',
    '{"a": [1, 2.5, true, false, null, {"b": {}}], "c": []}', '  \t\r\n 42 \n',
    '12345678901234567890123', '-12.5e-3', '1.0E+2', '0.0', '[[[[]]]]', '[{}]',
    '{"": ""}', '"\u00e9\U0001F600"', '"\\u00E9"', '["\t"]', '[1,,2]', '[,]',
    '{,}', '{"a":1,,}', 'true false', 'null', '"unterminated\\"', '１', '[١]',
    '{"x": NaN, "y": -Infinity}', '[1.5e]', '[.5]', '[+1]', '[0x1]', '"\x7f"',
    '{"a" : 1 , "b" : [ 1 , 2 ] }', '[\n]', '{\n}', '"\\uDFFF"', '"\\uD834\\uDD1E"',
    '"a\x01', '"ab\\', '"\x1f"', '["ok", "bad\x00"]', '"\\\\"',
]

ENCODE_CASES = [
    None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e16, 1e-7, 3.141592653589793,
    float('inf'), float('-inf'), 'plain', 'quote"back\\slash', 'ctl\x00\x1f\x7f',
    '\u2028é\U0001F600', '\n\r\t\b\f', [], {}, (), [1, [2, {}], [], {'a': []}],
    {'b': 1, 'a': {'d': 1, 'c': 2}}, {1.5: 1, True: 2, None: 3, 2: 4, False: 5},
    {'k': (1, 2)}, [[[[1]]]], {'': ''},
]

OPTION_SETS = [
    {}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': -1},
    {'sort_keys': True}, {'separators': (',', ':')}, {'ensure_ascii': False},
    {'indent': 4, 'sort_keys': True, 'separators': (',', ' = ')},
    {'allow_nan': False}, {'skipkeys': True}, {'check_circular': False},
]


def _result(thunk):
    try:
        value = thunk()
    except Exception as e:
        extra = ()
        if hasattr(e, 'lineno') and hasattr(e, 'pos'):
            extra = (e.msg, e.pos, e.lineno, e.colno)
        return ('raise', type(e).__name__, str(e), extra)
    if isinstance(value, float) and math.isnan(value):
        return ('nan',)
    return ('ok', repr(value))


def run(check, mine):
    for s in DECODE_CASES:
        check.eq('loads %r' % s, _result(lambda: mine.loads(s)), _result(lambda: real.loads(s)))
    for s in ['[1, 2]', '{"a": "\u00e9"}', '"x"']:
        for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
            b = s.encode(enc)
            check.eq('loads bytes %s %r' % (enc, s), _result(lambda: mine.loads(b)), _result(lambda: real.loads(b)))
    check.eq('loads bytearray', _result(lambda: mine.loads(bytearray(b'[1]'))), _result(lambda: real.loads(bytearray(b'[1]'))))
    check.eq('loads int', _result(lambda: mine.loads(5)), _result(lambda: real.loads(5)))
    check.eq('strict=False', _result(lambda: mine.loads('"a\nb"', strict=False)), _result(lambda: real.loads('"a\nb"', strict=False)))

    hooks = [
        dict(object_hook=lambda d: sorted(d.items())),
        dict(object_pairs_hook=lambda p: ('pairs', p)),
        dict(object_pairs_hook=collections.OrderedDict, object_hook=lambda d: 'ignored'),
        dict(parse_float=decimal.Decimal),
        dict(parse_int=lambda s: ('int', s)),
        dict(parse_constant=lambda s: ('const', s)),
    ]
    doc = '{"b": [1, 2.50, NaN, {"x": -Infinity}], "a": {}, "n": 10}'
    for kw in hooks:
        check.eq('hooks %s' % sorted(kw), _result(lambda: mine.loads(doc, **kw)), _result(lambda: real.loads(doc, **kw)))

    class MyDecoder(mine.JSONDecoder):
        def __init__(self, **kw):
            super().__init__(object_hook=lambda d: {'wrapped': d}, **kw)
    check.eq('cls decoder', repr(mine.loads('{"a": 1}', cls=MyDecoder)), "{'wrapped': {'a': 1}}")
    dec = mine.JSONDecoder()
    check.eq('raw_decode', dec.raw_decode('[1] trailing'), real.JSONDecoder().raw_decode('[1] trailing'))
    check.eq('raw_decode idx', dec.raw_decode('xx{"a":1}', 2), real.JSONDecoder().raw_decode('xx{"a":1}', 2))
    check.eq('load', mine.load(io.StringIO('{"a": [1]}')), {'a': [1]})
    check.eq('JSONDecodeError is ValueError', issubclass(mine.JSONDecodeError, ValueError), True)
    e = mine.JSONDecodeError('msg', 'ab\ncd', 4)
    check.eq('JSONDecodeError attrs', (str(e), e.lineno, e.colno, e.__reduce__()[1]), ('msg: line 2 column 2 (char 4)', 2, 2, ('msg', 'ab\ncd', 4)))
    check.eq('scanstring', mine.decoder.scanstring('"ab\\n" x', 1), real.decoder.scanstring('"ab\\n" x', 1))
    deep = '[' * 5000 + ']' * 5000
    check.eq('deep nesting', _result(lambda: mine.loads(deep))[:2], _result(lambda: real.loads(deep))[:2])

    for obj in ENCODE_CASES:
        for opts in OPTION_SETS:
            check.eq('dumps %r %r' % (obj, opts), _result(lambda: mine.dumps(obj, **opts)), _result(lambda: real.dumps(obj, **opts)))
    bad = [object(), b'x', {(1, 2): 3}, {b'x': 1}, 3 + 4j, {1: 2, 'a': 3}, {'a': float('nan')}, [float('nan')], set()]
    for obj in bad:
        for opts in [{}, {'skipkeys': True}, {'sort_keys': True}, {'allow_nan': False}, {'default': repr}, {'indent': 1}]:
            check.eq('dumps bad %r %r' % (obj, opts), _result(lambda: mine.dumps(obj, **opts)), _result(lambda: real.dumps(obj, **opts)))
    a = []
    a.append(a)
    d = {}
    d['x'] = d
    for obj in (a, d):
        check.eq('circular', _result(lambda: mine.dumps(obj)), _result(lambda: real.dumps(obj)))

    class Thing:
        pass
    check.eq('default loop', _result(lambda: mine.dumps(Thing(), default=lambda o: o)), _result(lambda: real.dumps(Thing(), default=lambda o: o)))

    import enum

    class Color(enum.IntEnum):
        RED = 1

    class Fl(float):
        def __repr__(self):
            return 'Fl!'
    check.eq('int/float subclasses', mine.dumps([Color.RED, Fl(2.5), {Color.RED: Fl(1.0)}]), real.dumps([Color.RED, Fl(2.5), {Color.RED: Fl(1.0)}]))

    def make_encoder(base):
        class SetEncoder(base):
            def default(self, o):
                if isinstance(o, (set, frozenset)):
                    return sorted(o)
                return super().default(o)
        return SetEncoder
    obj = {'s': {3, 1, 2}, 'f': frozenset()}
    check.eq('cls encoder', mine.dumps(obj, cls=make_encoder(mine.JSONEncoder), indent=1), real.dumps(obj, cls=make_encoder(real.JSONEncoder), indent=1))
    check.eq('cls encoder bad', _result(lambda: mine.dumps(object(), cls=make_encoder(mine.JSONEncoder))), _result(lambda: real.dumps(object(), cls=make_encoder(real.JSONEncoder))))
    enc_m, enc_r = mine.JSONEncoder(indent=2), real.JSONEncoder(indent=2)
    check.eq('iterencode', ''.join(enc_m.iterencode({'a': [1, 2]})), ''.join(enc_r.iterencode({'a': [1, 2]})))
    out_m, out_r = io.StringIO(), io.StringIO()
    mine.dump({'z': [1, {'y': None}]}, out_m, sort_keys=True, indent=3)
    real.dump({'z': [1, {'y': None}]}, out_r, sort_keys=True, indent=3)
    check.eq('dump', out_m.getvalue(), out_r.getvalue())
    check.eq('encode str', mine.JSONEncoder(ensure_ascii=False).encode('é"'), real.JSONEncoder(ensure_ascii=False).encode('é"'))
    check.eq('separators attr', (enc_m.item_separator, enc_m.key_separator), (enc_r.item_separator, enc_r.key_separator))
    # Round trips of random-ish data.
    import random
    rng = random.Random(7)
    def gen(depth):
        k = rng.randrange(8 if depth < 4 else 5)
        if k == 0: return rng.randrange(-10**6, 10**6)
        if k == 1: return rng.random() * 10 ** rng.randrange(-20, 20)
        if k == 2: return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000), rng.randrange(0x10000, 0x10400)])) for _ in range(rng.randrange(6)))
        if k == 3: return rng.choice([None, True, False])
        if k == 4: return -rng.random()
        if k == 5: return [gen(depth + 1) for _ in range(rng.randrange(4))]
        return {str(gen(depth + 1)): gen(depth + 1) for _ in range(rng.randrange(4))}
    for i in range(150):
        obj = gen(0)
        opts = OPTION_SETS[i % len(OPTION_SETS)]
        if 'skipkeys' in opts or 'allow_nan' in opts:
            opts = {}
        text_m, text_r = mine.dumps(obj, **opts), real.dumps(obj, **opts)
        check.eq('random dumps %d' % i, text_m, text_r)
        if 'separators' not in opts:
            check.eq('random loads %d' % i, repr(mine.loads(text_r)), repr(real.loads(text_r)))
