# Generators as iterators: laziness and early termination.
def numbers():
    print("start")
    for i in range(5):
        print("yield", i)
        yield i
    print("end")
for n in numbers():
    if n == 2:
        break
print("---")
print(list(numbers()))
gen = numbers()
print(next(gen))
print(sum(x for x in range(5) if x % 2))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
print([x for _, x in zip(range(5), infinite())])
import itertools
print(list(itertools.islice(infinite(), 3, 8, 2)))
