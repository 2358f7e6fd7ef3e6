# Comprehension scopes: class bodies, nested functions, generator laziness and late errors.
class Table:
    size = 3
    rows = [r for r in range(size)]
    squares = {r: r * r for r in rows}
    try:
        doubled = [size * 2 for _ in range(1)]
    except NameError as e:
        error = str(e)
print(Table.rows, Table.squares, Table.error)

def outer():
    factor = 10
    return [lambda: i * factor for i in range(3)], [(lambda i=i: i * factor) for i in range(3)]
late, bound = outer()
print([f() for f in late], [f() for f in bound])

def gen_late():
    values = [1, 2]
    g = (v * 2 for v in values)
    values.append(3)
    values = [100]
    return list(g)
print(gen_late())

def first_iter_eager():
    try:
        g = (x for x in 1)
    except TypeError as e:
        return f'eager: {e}'
print(first_iter_eager())

def second_iter_lazy():
    g = (x + y for x in [1] for y in 5)
    try:
        next(g)
    except TypeError as e:
        return f'lazy: {e}'
print(second_iter_lazy())

x = 'global'
print([x for x in 'ab'], x, [[x for x in 'cd'] for _ in range(1)], x)
print({x: [x * 2 for x in range(x)] for x in range(3)})
nested = [[(i, j) for j in range(i)] for i in range(3)]
print(nested)
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print(list(map(lambda f: f(), [lambda: n for n in range(2)])))
total = 0
def acc():
    global total
    return [total := total + i for i in range(4)]
print(acc(), total)
try:
    compile('class K:\n    vals = [(last := v) for v in range(3)]\n', '<k>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e)
gen = (1 / d for d in [1, 0])
print(next(gen))
print(next(gen))
