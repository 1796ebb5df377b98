# Recursion near the default limit works; deeper raises RecursionError.
import sys
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(950))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(down(2500), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print("still fine:", down(10))
