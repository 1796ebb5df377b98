# Raw strings, triple-quoted strings and line continuation inside strings.
print(r"C:\new\table", r"\\", r"\"", len(r"\n"))
text = """Line one
    indented line
Line three\
 continued"""
print(text)
print(text.splitlines())
print('''a "quoted" 'word' ''')
path = r"\d+\.\d+"
print(path, list(path[:3]))
print("tab:\t|", "bell-less", "nul:\0|".replace("\0", "0"))
print(b"\x41\102", "\101\x42\u0043\U00000044")
print(f"{'nested'!r}", rf"\n{1+1}", fr"{2}\t")
