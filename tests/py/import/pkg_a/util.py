print("pkg_a.util running")
def helper(x):
    return f"helper({x})"
_private = "hidden"
