# Or-patterns binding the same names, nested combinations.
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"
for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b c", "drop", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", f(c))
