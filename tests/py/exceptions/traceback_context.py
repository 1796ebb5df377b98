# Uncaught exception raised while handling another shows "During handling".
data = []
try:
    data[5]
except IndexError:
    print("handling the IndexError")
    undefined_name + 1
