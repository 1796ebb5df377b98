# Circular imports see partially initialised modules.
import pkg_circ.a
print("main: a.A_LATE =", pkg_circ.a.A_LATE, "| b.B =", pkg_circ.b.B)
import pkg_circ.b
print(pkg_circ.b.a is pkg_circ.a)
