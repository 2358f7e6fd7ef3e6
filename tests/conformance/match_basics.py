# match statements: literals, captures, wildcards, sequences, star patterns, guards, or-patterns.


def describe(x):
    match x:
        case 0:
            return 'zero'
        case -1:
            return 'minus one'
        case 1 | 2 | 3:
            return 'small'
        case 2.5:
            return 'two and a half'
        case 1+2j:
            return 'complex 1+2j'
        case -1-1j:
            return 'complex -1-1j'
        case 'ab' 'c':
            return 'the string abc'
        case b'xyz':
            return 'bytes xyz'
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case []:
            return 'empty sequence'
        case [only]:
            return f'one item: {only!r}'
        case [first, second]:
            return f'pair {first!r} {second!r}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first!r} ... {last!r} ({len(middle)} in between)'
        case [first, *rest]:
            return f'starts with {first!r}, rest {rest!r}'
        case _:
            return f'something else: {x!r}'


for value in [0, -1, 2, 2.5, 1+2j, -1-1j, 'abc', b'xyz', None, True, False, 1.0, 0.0, [], (), [5], (6,),
              [1, 2], (3, 4), range(3), [1, 2, 3, 4, 5, 6], 'ab', b'ab', bytearray(b'ab'), {1: 2}, {3}, object]:
    print(repr(value)[:30], '->', describe(value))

# True is 1 and False is 0 for == but not for `is`: the order of cases decides.
for v in [True, False, 1, 0]:
    match v:
        case True:
            print(v, 'is True')
        case 1:
            print(v, '== 1')
        case False:
            print(v, 'is False')
        case 0:
            print(v, '== 0')


def star_positions(seq):
    match seq:
        case [*_, 'end']:
            return 'ends with end'
        case ['start', *_]:
            return 'starts with start'
        case [a, *_, b, c]:
            return f'a={a} b={b} c={c}'
        case [*all_items]:
            return f'all {all_items}'


for s in [['x', 'end'], ['start', 1], [1, 2, 3, 4, 5], [1, 2], (), ('start',)]:
    print(s, star_positions(s))

# Captures bind only when the whole case matches; a failed case leaves names alone.
x = 'unchanged'
match [1, 2, 3]:
    case [x, y] if True:
        print('not reached')
    case [a, b, c]:
        print('matched', a, b, c, 'x is still', x)

# A guard that fails after the captures: the names ARE bound (CPython stores before the guard).
match (10, 20):
    case (p, q) if p > q:
        print('not reached')
    case _:
        print('guard failed, p and q bound:', p, q)

# Or-patterns: every alternative binds the same names; the first that matches wins.
for item in [(1, 'one'), ['two', 2], {'n': 3}, 4]:
    match item:
        case (int(n), str(name)) | [str(name), int(n)]:
            print('pair', n, name)
        case {'n': n} | n:
            print('n is', n)

# As-patterns, nested groups, parenthesised patterns.
match [1, [2, 3]]:
    case [(1 | 10) as head, [_, (3 | 30) as tail] as inner]:
        print(head, tail, inner)

# Tuple subjects, open sequence patterns.
match 1, 'a':
    case int(), str() as s:
        print('int and str', s)

match 1, 2, 3:
    case first, *others:
        print(first, others)

# Strings, bytes and bytearrays are never sequences for matching; iterators and sets neither.
for v in ['abc', b'abc', bytearray(b'abc'), iter([1, 2, 3]), {1, 2, 3}, frozenset()]:
    match v:
        case [*_]:
            print(type(v).__name__, 'sequence')
        case _:
            print(type(v).__name__, 'not a sequence')

# Value patterns look names up on every match.
class Color:
    RED = 'red'
    GREEN = 'green'


for c in ['green', 'red', 'blue']:
    match c:
        case Color.RED:
            print('red!')
        case Color.GREEN:
            print('green!')
        case other:
            print('other:', other)

Color.RED = 'blue'
match 'blue':
    case Color.RED:
        print('blue is now Color.RED')

# Soft keywords stay usable as names.
match = [1, 2]
case = 3
_ = 4
print(match, case, _)
match match:
    case [case, _]:
        print('case is', case, 'and _ is still', _)


def loop_control(items):
    out = []
    for item in items:
        match item:
            case 'skip':
                continue
            case 'stop':
                break
            case int(n) if n < 0:
                return out + ['negative']
            case _:
                out.append(item)
    return out


print(loop_control([1, 'skip', 2, 'stop', 3]))
print(loop_control([1, -5, 2]))


def closure_capture(v):
    match v:
        case [found, *_]:
            pass
        case found:
            pass
    return lambda: found


print(closure_capture([7, 8])(), closure_capture(9)())

# Walrus in a guard binds in the enclosing scope.
match [3]:
    case [n] if (doubled := n * 2) > 5:
        print('doubled', doubled)

# Large integers and floats compare by value.
match 2 ** 100:
    case 1267650600228229401496703205376:
        print('big int matched')
match 0.1 + 0.2:
    case 0.3:
        print('0.3?')
    case _:
        print('0.1 + 0.2 is not 0.3')
