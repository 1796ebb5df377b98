# match subject evaluation, no-match fallthrough, match as an identifier.
calls = []
def subject():
    calls.append(1)
    return (1, 2)
match subject():
    case (1, 3):
        print("no")
    case (1, x):
        print("matched x =", x)
print("subject evaluated", len(calls), "time(s)")
match 5:
    case 1:
        print("not this")
print("no case matched, no error")
match = "match is a soft keyword"
case = "so is case"
print(match, case)
_ = "underscore"
match [1, 2]:
    case [_, _]:
        print("wildcards", _)
def soft(match):
    return match * 2
print(soft(3))
