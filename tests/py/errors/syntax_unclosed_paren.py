# A file with a syntax error is reported as SyntaxError before anything runs.
print("this line is never executed")
values = (1, 2,
print("oops")
