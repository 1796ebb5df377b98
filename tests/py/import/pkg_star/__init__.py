__all__ = ["public", "also_public"]
public = "public value"
also_public = "also public"
not_listed = "not in __all__"
_underscore = "underscore"
