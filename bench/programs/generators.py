# Generators and iterator pipelines.
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

print(sum(squares(evens(naturals(1500000)))))
