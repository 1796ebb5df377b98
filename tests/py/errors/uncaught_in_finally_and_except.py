# A NameError raised inside an except block, uncaught.
def risky():
    try:
        return int("not a number")
    except ValueError as err:
        log(err)
risky()
