# A missing colon after an if statement.
n = 3
if n > 2
    print("big")
