# Indexing, slicing and iterating str, with astral characters (code point indices).
s = 'hello world'
print(s[0], s[-1], s[4], s[1:4], s[:3], s[6:], s[-5:], s[::2], s[::-1], s[1:8:3], s[8:1:-2], s[100:], s[-100:2])
print(repr(s[5:5]), repr(s[5:2]), s[:], s[::-3], s[None:None:None])
for i in [11, -12, 2**40]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError', e)
e = 'a😀b\U0001F600c'
print(len(e), e[1] == '😀', e[2], e[3] == '\U0001F600', e[-1], e[1:4] == '😀b😀', e[::2], e[::-1] == 'c😀b😀a')
print([c for c in e] == ['a', '😀', 'b', '😀', 'c'], list(reversed(e)) == list(e[::-1]), ord(e[1]))
print(list('abc'), list(''), tuple('xy'), sorted('cab'), ''.join(reversed('abc')), max('hello'), min('hello'))
it = iter('ab')
print(next(it), next(it), next(it, 'end'), list(it))
it = iter('hello')
print(it.__length_hint__(), next(it), it.__length_hint__())
print([(i, c) for i, c in enumerate('xyz')], dict(zip('ab', 'cd')), set('aab') == {'a', 'b'})
print('abc'[True], 'abc'[False:], 'abc'.__getitem__(slice(1, None)))
class I:
    def __index__(self):
        return 1
print('abc'[I()], 'abcdef'[I():4])
print('a' * 0, repr('a' * -1), 'ab' * 3, 3 * 'ab', 'x' * True, '😀' * 2 == '😀😀')
print('a' + 'b', 'a' + '', '' + '', '😀' + 'x', 'é' + 'ā', 'x' * 20 + 'y' * 20)
print('b' < 'a', 'a' < 'b', 'a' < 'ab', 'B' < 'a', 'é' > 'z', '\uffff' < '😀', '\ue000' < '😀', 'abc' <= 'abc', 'abd' >= 'abc')
print(sorted(['\uffff', '😀', 'z', '\ue000', 'a']) == ['a', 'z', '\ue000', '\uffff', '😀'])
print('abc' == 'abc', 'abc' != 'abd', 'a' == 1, 'a' != None, hash('abc') == hash('a' + 'bc'))
