# Substring membership and operator module checks.
s = "mississippi"
print("ss" in s, "sss" in s, "" in "", "i" in s, s.count("ss"), s.count("i"))
print(s.replace("ss", "SS", 1), s.split("ss"), s.partition("ss"), s.rpartition("ss"))
print([i for i in range(len(s)) if s.startswith("ss", i)], s.find("ss", 3), s.rfind("ss", 0, 5))
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
import operator
print(operator.contains(s, "pp"), operator.concat("a", "b"), operator.countOf(s, "s"), operator.indexOf(s, "p"))
