# find/rfind/index/rindex/count/startswith/endswith with start and end arguments.
s = 'abracadabra'
for sub in ['a', 'abra', 'cad', 'z', '', 'ra']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    for start, end in [(0, None), (1, None), (3, 8), (-4, None), (-100, 100), (5, 2), (11, None), (12, None), (None, -1)]:
        print('  ', start, end, s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
              s.startswith(sub, start, end), s.endswith(sub, start, end))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
for args in [('z',), ('a', 20), ('abra', 1, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print('ValueError', e)
print(s.startswith(('x', 'ab')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(('ra',), 0, 3))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 1, 2), 'abc'.count('', 4), 'abc'.count(''))
print('abc'.startswith('', 4), 'abc'.startswith('', 3), 'abc'.endswith('c', -1, 10))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), 'a' in 'abc', '' in 'abc', 'abd' in 'abc')
print(s.find('a', 2**100), s.find('a', -2**100), s.count('a', None, None), s.find('b', True))
e = '😀ab😀cd😀'
print(len(e), e.find('a'), e.find('😀', 1), e.rfind('😀'), e.count('😀'), e.index('c'), e.find('d', 5, 6))
print(e.startswith('ab', 1), e.endswith('😀', 0, 3), e.find('😀', -1), e.rfind('b', 0, 3))
class Idx:
    def __index__(self):
        return 2
print(s.find('a', Idx()), s[Idx()], s.count('a', Idx(), Idx()))
