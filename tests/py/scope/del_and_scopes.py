# del interacts with scopes: deleting locals, globals, and closure cells.
x = 1
def del_global():
    global x
    del x
del_global()
print("x" in globals())
def del_cell():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return f"NameError: {e}"
print(del_cell())
def rebind_after_del():
    v = 1
    del v
    v = 2
    return v
print(rebind_after_del())
