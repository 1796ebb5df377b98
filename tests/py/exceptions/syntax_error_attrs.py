# SyntaxError(msg, details): location attributes and the str() CPython builds from them.
print(repr(str(SyntaxError())), str(SyntaxError('m', ('/a/b/f.py', 3, 4, 't'))), str(SyntaxError('m', (None, 3, 4, 't'))), str(SyntaxError('m', ('f', None, 4, 't'))), str(SyntaxError(5, ('f', 'x', 4, 't'))))
try: SyntaxError('m', (1,2))
except Exception as e: print(type(e).__name__, e)
try: SyntaxError('m', 5)
except Exception as e: print(type(e).__name__, e)
s=SyntaxError('m', ('f', 1, 2, 't', 3, 4)); print(s.end_lineno, s.end_offset, s.print_file_and_line, s.args)
s=SyntaxError('a','b','c'); print(s.msg, s.filename, s.args, str(s))
print(IndentationError('x', ('f', 1, 2, 't')))
try:
    compile("x = = 1", "<s>", "exec")
except SyntaxError as e:
    print(e, e.args, e.msg, e.lineno, e.offset, e.text, e.filename)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(e, e.args)
