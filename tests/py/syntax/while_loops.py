# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while-else ran")
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        print("found 1")
        break
else:
    print("no break")
n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    print(n, m)
    n += 1
count = 0
while count < 0:
    print("never")
else:
    print("else on zero iterations")
