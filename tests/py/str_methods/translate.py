# str.translate and str.maketrans.
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdabcd'.translate(t))
print(sorted(str.maketrans({'a': 'A', 98: None, 'c': 'CC', 100: 101}).items()))
print('hello'.translate({ord('l'): 'L', ord('o'): None}), 'hello'.translate({}), 'héllo'.translate({233: 'e'}))
print('abc'.translate({97: 0x1F600}), 'abc'.translate(['x', 'y', 'z'] * 50), 'a😀b'.translate({0x1F600: '!'}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return 'A'
        raise LookupError(k)
print('banana'.translate(Table()))
class Noisy:
    calls = 0
    def __getitem__(self, k):
        Noisy.calls += 1
        raise IndexError
print('aaaa'.translate(Noisy()), Noisy.calls > 0)
class Boom:
    def __getitem__(self, k):
        raise ZeroDivisionError('boom')
try:
    'a'.translate(Boom())
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(str.maketrans('', ''), ''.maketrans('a', 'b'))
