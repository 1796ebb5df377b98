import math
def __getattr__(name):
    if name == "computed":
        return "made on demand"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["computed", "math"]
