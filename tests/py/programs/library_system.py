# A library lending system using classes, properties, class methods and custom exceptions.
from datetime import date, timedelta
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass
class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None
        self.due = None
    @property
    def available(self):
        return self.borrower is None
    def __repr__(self):
        return f"<{self.title!r} by {self.author}{'' if self.available else ' (out)'}>"
class Member:
    limit = 2
    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0
class Student(Member):
    limit = 1
class Library:
    LOAN = timedelta(days=14)
    FINE_PER_DAY = 25
    def __init__(self, today):
        self.today = today
        self.books = {}
        self.members = {}
    @classmethod
    def with_catalog(cls, today, entries):
        lib = cls(today)
        for isbn, title, author in entries:
            lib.books[isbn] = Book(isbn, title, author)
        return lib
    def join(self, member):
        self.members[member.name] = member
    def lend(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if not b.available:
            raise NotAvailable(f"{b.title} is out until {b.due.isoformat()}")
        if len(m.books) >= m.limit:
            raise LimitReached(f"{m.name} already has {len(m.books)} book(s)")
        b.borrower, b.due = m, self.today + self.LOAN
        m.books.append(b)
        return b.due
    def give_back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        m.books.remove(b)
        late = (self.today - b.due).days
        if late > 0:
            m.fines += late * self.FINE_PER_DAY
        b.borrower = b.due = None
        return max(late, 0)
    def advance(self, days):
        self.today += timedelta(days=days)
    def overdue(self):
        return sorted((b.title, (self.today - b.due).days) for b in self.books.values()
                      if not b.available and b.due < self.today)
lib = Library.with_catalog(date(2024, 1, 10), [("1", "Dune", "Herbert"), ("2", "Emma", "Austen"), ("3", "Ulysses", "Joyce")])
for m in (Member("ann"), Student("sam")):
    lib.join(m)
steps = [("lend", "ann", "1"), ("lend", "sam", "1"), ("lend", "sam", "2"), ("lend", "sam", "3"),
         ("advance", 10), ("lend", "ann", "3"), ("lend", "ann", "2"), ("advance", 7),
         ("overdue",), ("return", "ann", "1"), ("return", "sam", "2"), ("advance", 20), ("overdue",), ("return", "ann", "3")]
for step in steps:
    try:
        if step[0] == "lend":
            print("lend", step[1:], "due", lib.lend(*step[1:]))
        elif step[0] == "return":
            print("return", step[1:], "days late:", lib.give_back(*step[1:]))
        elif step[0] == "advance":
            lib.advance(step[1])
            print("today is", lib.today)
        else:
            print("overdue:", lib.overdue())
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
print({name: (m.fines, m.books) for name, m in lib.members.items()})
print(list(lib.books.values()))
