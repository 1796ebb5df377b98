# f-strings with varied quoting and complex expressions (3.11 rules).
data = {"a": 1, "b": [1, 2, 3]}
print(f"{data['a']}" + f'{data["b"][-1]}' + f'''{data["a"] + 1}''' + f"""{'x' * 3}""")
print(f"{sum(data['b']) / len(data['b']):.3f}")
print(f"{'yes' if data else 'no'}", f"{not data}", f"{data.get('zz', 'dflt')}")
print(f"{(1, 2)}", f"{ {1: 2} }", f"{ {'s'} }", f"{[x ** 2 for x in data['b']]}")
print(f"{3 > 2 == True}", f"{2 ** 10:,}", f"{-5:+}", f"{abs(-5)!r}")
print(f"{'a' 'b'}", f"{','.join(map(str, range(3)))}", f"{ 1 + 1 }")
def greet(n="x"):
    return f"hi {n}"
print(f"{greet()}, {greet('y')}, {greet(n='z')}")
print(f"{print.__name__}", f"{type(1).__name__:>6}")
