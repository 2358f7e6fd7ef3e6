# f-strings: nested specs, = debugging, conversions, quotes, and expressions inside.
name, width, prec, value = 'pi', 10, 3, 3.14159265
print(f'{name!r:>{width}}|{value:{width}.{prec}f}|{value:^{width}.{prec - 1}e}|')
print(f'{value=}', f'{value = }', f'{value=:.2f}', f'{name=!s}', f'{name = !r:>8}', f'{width*2=}')
print(f'{"quoted"}', f"{'single'}", f'{"a" "b"}', f'''{'triple'}''', f'{{braces}}', f'{{{value:.1f}}}')
print(f'{"é"!a}', f'{"é"!r}', f'{"é"!s}', f'{[1, "x"]!s}', f'{3 + 4j!r}', f'{None!r:>6}')
items = {'k': [10, 20]}
print(f'{items["k"][1]}', f'{len(items)}', f'{(lambda x: x * 2)(21)}', f'{[i * i for i in range(4)]}', f'{value if value > 3 else 0}')
print(f'{3:{"+" if True else "-"}}', f'{"nested " + f"{1 + 1}"}', f'{f"{value:.{prec}}"!r}', f'{1_000_000:,}', f'{255:#x}')
print(f'{value:{"^" }{width}}|', f'{"x":{"*"}^5}', f'{12:{0}{5}}', f'{-3.5:+08.2f}', f'{name:.1}', f'{width!r:>5}')
fmt = '>12'
print(f'{name:{fmt}}|', f'{value:{fmt}}|', f'{[1, 2]!r:{fmt}}|', f'{object.__name__:-^{width}}')
x = 5
print(f'{x!r}', f'{x=!r:^7}', f'{(x := 10)}', x, f'{x:=^9}', f'{x:=9}')
print(f'''{"multi"
      "line"}''', f'''{
    x + 1
}''')
class Loud:
    def __format__(self, spec):
        return f'<spec {spec!r}>'
    def __repr__(self):
        return 'Loud()'
    def __str__(self):
        return 'loud'
lo = Loud()
print(f'{lo}', f'{lo:abc}', f'{lo!r}', f'{lo!s}', f'{lo=}', f'{lo=:xyz}', f'{lo!r:>8}')
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
attempt('bad spec', lambda: f'{value:q}')
attempt('dynamic bad spec', lambda: f'{value:{"zz"}}')
attempt('str with int spec', lambda: f'{name:d}')
attempt('repr spec on int', lambda: f'{x!r:.2f}')
print(f'{value:.{prec}}' f'{name}' '-plain-' f'{x}')
print(f'{1/0}')
