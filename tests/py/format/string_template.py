# string.Template substitution.
from string import Template
t = Template("$who likes ${what}; $$ literal")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("${a}b $a.b").substitute({"a": "A"}))
class Pct(Template):
    delimiter = "%"
print(Pct("%x + %{y}").substitute(x=1, y=2))
print(t.template, sorted(Template("$a $b $a").get_identifiers()), Template("$a").is_valid())
