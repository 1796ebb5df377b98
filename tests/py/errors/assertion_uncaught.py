# A failing assert with a message, uncaught.
def check(total):
    assert total == 10, f"expected 10, got {total}"
check(10)
print("first check ok")
check(7)
