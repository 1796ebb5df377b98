# Caseless comparisons and sorting helpers.
words = ["Straße", "STRASSE", "strasse", "Σίσυφος", "ΣΊΣΥΦΟΣ"]
print([w.casefold() for w in words])
print(words[0].casefold() == words[1].casefold(), words[0].lower() == words[1].lower())
print(words[3].casefold() == words[4].casefold())
names = ["bob", "Alice", "dave", "Carol"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=len), sorted(names, key=lambda s: s[-1]))
