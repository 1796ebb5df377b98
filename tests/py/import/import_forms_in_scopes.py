# import inside functions and classes binds local names.
def f():
    import pkg_a.util
    from pkg_a import top as t
    return pkg_a.util.helper("in f"), t()
print(f())
print("pkg_a" in dir(), "t" in dir())
class C:
    import pkg_star as star
    value = star.public
print(C.value, C.star.__name__)
def g():
    from pkg_a.sub import deep
    return deep.run()
print(g())
