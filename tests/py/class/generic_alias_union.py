# types.GenericAlias (list[int]) and types.UnionType (int | str): reprs, attributes, substitution, isinstance.
class TypeVar:
    # what GenericAlias needs from a type variable (typing is slow to import)
    def __init__(self, name):
        self.__name__ = name
    def __repr__(self):
        return '~' + self.__name__
    def __typing_subst__(self, arg):
        return arg
T=TypeVar('T'); K=TypeVar('K')
import types
G=types.GenericAlias
print(G(list,int), G(list,(int,)), G(dict,(str,T)), G(tuple,()), G(list,[int,str]), G(list, 'x'), G(list, 3))
a=dict[str,T]; print(a.__parameters__, a[int], a.__args__)
b=dict[K,list[T]]; print(b.__parameters__, b[int,str])
try: a[int,str]
except TypeError as e: print(e)
try: list[int][int]
except TypeError as e: print(e)
print(list[int]==list[int], list[int]==list[str], hash(list[int])==hash(list[int]))
print(list[int].append, list[int].__mro_entries__((1,)), list[int].__class__, type(list[int]))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int]|None, int|list[str], (int|str)|float, int|int, int|None|None)
print((int|str).__args__, (int|str)==(str|int), (int|None).__args__, type(int|str), hash(int|str)==hash(str|int))
print(isinstance(3, int|str), issubclass(bool, int|str))
try: isinstance([], int|list[int])
except TypeError as e: print(e)
try: int|3
except TypeError as e: print(e)
print((list[T]|None).__parameters__, (list[T]|None)[int], (list[T]|dict[K, T])[int, str])
print(list[int].__unpacked__, dir(list[int])[:3], list[int].__reduce__())
print(list[int](), list[int]((1,2)))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
print(repr(tuple[int, ...]), type(int|str).__module__, type(list[int]).__module__)
print(list[int].__origin__, list[int].__name__, list[int].__qualname__, list[int].__module__)
try: types.UnionType()
except TypeError as e: print(e)
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
print(list[T][int], tuple[T, ...][str], dict[T, T][int])
try: list[T][int,str]
except TypeError as e: print(e)
print(None | int, type(None) | int, int | None == None | int)
print((list[T]|None)[int], type((list[T]|None)[int]))
print(dict[str, int] | list[int], {list[int]: 1}[list[int]])
class Meta(type): pass
class X(metaclass=Meta): pass
print(X | int, int | X)
print(list[int, str], list[()].__args__, tuple[()] )
import collections.abc as abc
print(abc.Callable[[int, str], bool], abc.Callable[..., int], type(abc.Callable[[int], str]))
print(isinstance(len, abc.Callable), isinstance(print, int | abc.Callable))
class WithOrig:
    pass
class Holder(list):
    pass
print(type(WithOrig), G(WithOrig, int)().__orig_class__, G(Holder, int)().__orig_class__)
