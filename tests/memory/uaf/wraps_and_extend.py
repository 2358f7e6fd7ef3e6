# Strs handed to natives that store them: functools.wraps copying __name__/__qualname__/__doc__,
# list.extend and LIST_EXTEND, a str made at run time and dropped by the caller.
import functools

def original():
    "the doc"

def make():
    @functools.wraps(original)
    def wrapper():
        pass
    return wrapper

w = make()
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__.__name__)
w.__name__ = 'x' + str(len('abc'))
w.__qualname__ = 'q' + str(4)
print(w.__name__, w.__qualname__)

items = []
items.extend(s + '!' for s in ['a' * 2, 'b' * 3])
items.extend(['c' * 2 + str(i) for i in range(2)])
merged = [*items, *(str(i) * 2 for i in range(3))]
print(items, merged)

d = {}
for i in range(3):
    d['k' + str(i)] = 'v' * (i + 2)
print(d, sorted(d), max(d.values()))
