# Classification of characters across scripts.
chars = "aZ5 _\t\n!é中😀Ⅷ½٣ǅ\u00a0\u2003\u200b"
for c in chars:
    print(hex(ord(c)), c.isalpha(), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isspace(), c.isupper(), c.islower(), c.isprintable(), c.isidentifier())
