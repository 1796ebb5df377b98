# Custom exception classes with hierarchy, attributes and __str__.
class AppError(Exception):
    """Base for the app."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError, KeyError):
    pass
def validate(d):
    if "name" not in d:
        raise NotFound("name")
    if not d["name"]:
        raise ValidationError("name", "must not be empty")
    return "ok"
for d in [{"name": "x"}, {"name": ""}, {}]:
    try:
        print(validate(d))
    except ValidationError as e:
        print("ValidationError", e, e.args, e.field)
    except KeyError as e:
        print("KeyError-compatible", repr(e), isinstance(e, AppError))
print([c.__name__ for c in NotFound.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
