# Traceback through methods, a lambda and a comprehension.
class Calculator:
    def divide_all(self, values, by):
        return [self.divide(v, by) for v in values]
    def divide(self, a, b):
        op = lambda x, y: x / y
        return op(a, b)
c = Calculator()
print(c.divide_all([4, 8], 2))
c.divide_all([1], 0)
