# Deep recursion raises RecursionError, which can be caught and recovered from.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def deep_list(n):
    return [] if n == 0 else [deep_list(n - 1)]
try:
    deep_list(10 ** 6)
except RecursionError as e:
    print("RecursionError again:", e)
class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().anything
except RecursionError as e:
    print("via __getattr__:", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("via __repr__:", type(e).__name__)
print(sum(range(10)), "works after recovery")
