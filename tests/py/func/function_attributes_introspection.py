# Introspecting code objects and function attributes.
def sample(a, b=1, *args, c, d=2, **kw):
    "doc"
    local_var = a + b
    return local_var
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6])
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, sample.__defaults__, sample.__kwdefaults__)
print(sample.__doc__, sample.__dict__, sorted(sample.__globals__.keys() & {"sample", "__name__"}))
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0, sample.__code__.co_flags & 0x20 != 0)
import inspect
print(inspect.isfunction(sample), inspect.isgeneratorfunction(gen), inspect.getdoc(sample))
print(list(inspect.signature(sample).parameters))
