# assert with and without messages.
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("obj:", e.args[0])
calls = []
def side():
    calls.append(1)
    return "m"
assert True, side()
print("message not evaluated:", calls)
x = 5
try:
    assert x < 0, f"x={x}"
except AssertionError as e:
    print(e)
