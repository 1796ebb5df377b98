# is / is not / == / != on builtin values.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, a != c)
print(None is None, None == None, None != 0)
one = 1
print(1 == 1.0 == True, one is True)
print(float("nan") == float("nan"))
nan = float("nan")
print([nan] == [nan], nan in [nan])
print((1, [2]) == (1, [2]), {1: "a"} == {1: "a"}, {1, 2} == {2, 1})
print("abc" == "abc", "abc" != "abd", b"a" == "a")
print([] == (), [1] == [1.0], {} == [])
print(0 == False, "" == False, None == False)
x = ()
y = ()
print(x == y)
