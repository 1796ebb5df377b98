print("_helper_mod: __name__ =", __name__)
def greet():
    return "hello from helper"
if __name__ == "__main__":
    print("never: imported, not run")
