# Attribute lookup order: data descriptors on the type, instance dict, non-data descriptors, class attrs, __getattr__.
class DataDesc:
    def __get__(self, obj, t=None): return "data descriptor"
    def __set__(self, obj, v): raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, obj, t=None): return "non-data descriptor"
class Meta(type):
    meta_attr = "from metaclass"
class C(metaclass=Meta):
    d = DataDesc()
    nd = NonDataDesc()
    plain = "class attr"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(d="instance d", nd="instance nd", plain="instance plain")
print(c.d, c.nd, c.plain, c.missing)
print(C.meta_attr, hasattr(c, "meta_attr"), c.meta_attr)
try:
    c.d = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(c).__dict__["nd"].__get__(c, C), C.__dict__["plain"], vars(c)["nd"])
