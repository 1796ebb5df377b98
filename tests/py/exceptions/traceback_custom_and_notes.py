# An uncaught custom exception with notes.
class ConfigError(Exception):
    pass
def check(cfg):
    if "port" not in cfg:
        err = ConfigError("port missing")
        err.add_note("hint: set PORT in the environment")
        raise err
print("checking")
check({"host": "x"})
