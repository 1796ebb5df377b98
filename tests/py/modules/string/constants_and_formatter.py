# string module: constants, capwords, Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.punctuation)
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} and {name}", "pos", name="kw"), list(f.parse("a{0!r:>5}b{}c")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} {x}", "hello", x="world"))
