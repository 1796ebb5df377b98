# Dotted names are value patterns; bare names capture.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Const.LIMIT:
            return "at limit"
        case _:
            return "other"
print([check(v) for v in [Color.RED, Color.GREEN, 10, 1, Color(1)]])
RED = "not used as a value"
match "anything":
    case RED:
        print("bare name captured:", RED)
