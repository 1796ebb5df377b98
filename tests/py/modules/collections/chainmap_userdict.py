# ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString
defaults = {"color": "red", "size": "M"}
user = {"color": "blue"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps)
cm["new"] = 1
print(user, "new" in defaults)
child = cm.new_child({"size": "L"})
print(child["size"], child.parents["size"], dict(child))
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
print(u, u.data, "A" in u, dict(u))
class Stack(UserList):
    def push(self, v):
        self.append(v)
s = Stack([1])
s.push(2)
print(s, s.data, s + [3], type(s + [3]).__name__, s[::-1])
us = UserString("hello")
print(us.upper(), us + "!", len(us), us[1:3], type(us.upper()).__name__)
