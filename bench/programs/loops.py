# Tight loops over range with integer arithmetic and local variables.
def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
        if total > 1000000:
            total -= 1000000
    return total

print(work(3000000))
