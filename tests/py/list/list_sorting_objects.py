# Sorting user objects by attributes, with multiple passes and reverse stability.
from operator import attrgetter, itemgetter
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 90), Emp("eve", "eng", 120)]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "salary")))
s = sorted(staff, key=attrgetter("name"), reverse=True)
s.sort(key=attrgetter("salary"), reverse=True)
print(s)
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(1), reverse=True))
