# __set_name__ and __init_subclass__ hooks.
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
class Model:
    registry = []
    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower()
        Model.registry.append(cls.__name__)
        print("init_subclass", cls.__name__, cls.table)
class User(Model, table="users"):
    name = Field()
    email = Field()
class Post(Model):
    title = Field()
class Admin(User):
    pass
print(Model.registry, User.table, Post.table, Admin.table, User.name.name)
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, key, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[key] = cls
class JSON(Plugin, key="json"): pass
class XML(Plugin, key="xml"): pass
print({k: v.__name__ for k, v in Plugin.plugins.items()})
