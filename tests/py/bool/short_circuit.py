# and/or return operands and short-circuit evaluation.
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log); log.clear()
print(t("a", 1) and t("b", 2), log); log.clear()
print(t("a", 0) or t("b", 0) or t("c", "last"), log); log.clear()
print(t("a", "first") or t("b", 1), log); log.clear()
print(t("a", 1) and t("b", 0) or t("c", 3), log); log.clear()
print(not t("a", []), log); log.clear()
print(all(t(i, i < 2) for i in range(5)), log); log.clear()
print(any(t(i, i == 1) for i in range(5)), log); log.clear()
x = [] or {} or ()
print(repr(x))
print(1 and [] and 2, None or 0.0)
