# __class_getitem__ and generic aliases of builtins.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), isinstance([1], list))
from typing import Generic, TypeVar
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int].__origin__ is Stack, Stack.__parameters__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
