# Non-ASCII identifiers and NFKC normalization.
café = "coffee"
print(café)
π = 3.14159
print(round(π * 2, 2))
def grüße(名前):
    return f"hallo {名前}"
print(grüße("welt"))
class Ωmega:
    λ = 1
print(Ωmega.λ, Ωmega.__name__)
ﬁle = "ligature"
print(file)
ℌ = "fraktur H"
print(H)
_x1 = 1; __y = 2; z_ = 3
print(_x1 + __y + z_)
print("é".isidentifier(), "1x".isidentifier(), "x1".isidentifier())
