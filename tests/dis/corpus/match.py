# match statements (PEP 634): every pattern kind, guards, captures, defaults.
import collections


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def literals(x):
    match x:
        case 0:
            return 'zero'
        case -1 | 1:
            return 'one'
        case 1.5 | -2.5e3:
            return 'float'
        case 1+2j | -3-4j | 0x10 - 1j:
            return 'complex'
        case 'a' 'b' | b'bytes':
            return 'string'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'


def captures(x):
    match x:
        case [a]:
            return a
        case [a, b]:
            return a + b
        case [a, *rest]:
            return a, rest
        case (a, b, c) as whole:
            return whole
        case y:
            return y


def wildcard_default(x):
    match x:
        case 1:
            pass
        case _:
            x = 2
    return x


def guarded(x, limit):
    match x:
        case int(n) if n > limit:
            return 'big'
        case int(n) if n < 0 or n == -limit:
            return 'negative'
        case _ if limit:
            return 'other'
    return None


def sequences(x):
    match x:
        case []:
            return 0
        case [_]:
            return 1
        case [_, *_]:
            return 2
        case [first, *_, last]:
            return first, last
        case [*_, last]:
            return last
        case [first, *_]:
            return first
        case [_, second, *_, _]:
            return second
        case (1, [2, (3, x1)]):
            return x1
        case [*head, tail]:
            return head, tail
        case [*_]:
            return 'seq'


def mappings(x):
    match x:
        case {}:
            return 'mapping'
        case {'k': v}:
            return v
        case {'a': 1, 'b': [x1, x2]}:
            return x1, x2
        case {1: _, Point.x: p, **rest}:
            return p, rest
        case {**rest}:
            return rest


def classes(x):
    match x:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return yy
        case Point(xx, y=0):
            return xx
        case Point(_, _):
            return 'point'
        case collections.OrderedDict():
            return 'od'
        case int() | float() as number:
            return number
        case str(s) | bytes(s):
            return s
        case dict(d) if d:
            return d


def alternatives(x):
    match x:
        case [a, b] | (b, a, _):
            return a, b
        case {'x': a, 'y': b} | Point(a, b) | [[a], b]:
            return a, b
        case (1 | 2 | 3) as small:
            return small
        case [(1 | 2) as p, (3 | 4) as q]:
            return p, q


def nested_function(x):
    def inner():
        return found
    match x:
        case [found, *_]:
            pass
        case found:
            pass
    return inner()


def tuple_subject(a, b):
    match a, b:
        case 1, 2:
            return 'one two'
        case (x, *y):
            return x, y
        case *z,:
            return z


def star_subject(a, b):
    match *a, b:
        case [*_, last]:
            return last


def walrus_guard(x):
    match x:
        case [n] if (m := n * 2) > 3:
            return m
        case _:
            return None


def in_loop(items):
    total = 0
    for item in items:
        match item:
            case int(v):
                total += v
            case 'stop':
                break
            case 'skip':
                continue
            case [v, *_]:
                total -= v
    return total


def in_try(x):
    try:
        match x:
            case {'key': value}:
                return value
    except TypeError:
        return None
    finally:
        pass


def single_case(x):
    match x:
        case _:
            return 'anything'


def single_capture(x):
    match x:
        case y:
            return y


match 1, 2:
    case (1, y):
        module_y = y
    case _:
        module_y = None

match {'a': 1}:
    case {'a': av, **kw}:
        pass
