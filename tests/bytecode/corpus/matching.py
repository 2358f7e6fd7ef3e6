# match statements: capture rotation, or-patterns binding in different orders, stack depth.
import collections


def rotations(x):
    match x:
        case [a, b, c] | [c, b, a, _] | (b, [a, c]):
            return a, b, c
        case {'a': a, 'b': b, **more} | {'b': a, 'a': b, **more}:
            return a, b
        case [[a, b] | (b, a), [c, d] | [d, c]]:
            return a, b, c, d


def nested_as(x):
    match x:
        case [[[a] as b] as c] as d:
            return a, b, c, d
        case (1 | 2 as small) | (3 as small):
            return small


def many_keys(m):
    match m:
        case {'a': 1, 'b': 2, 'c': 3, 'd': [x, *_], 'e': {'f': y}, **rest}:
            return x, y, rest
        case {0: a, 1.5: b, -2: c, 1+2j: d, 'k' 'j': e, b'b': f, None: g, True: h}:
            return a, b, c, d, e, f, g, h


class C:
    __match_args__ = ('a', 'b', 'c')


def classes(x):
    match x:
        case C(1, b, c=[*_, last], d=e, f=_) if last:
            return b, last, e
        case collections.abc.Mapping() | collections.abc.Sequence():
            return 'abc'
        case C(a=C(a=C(a=deep))):
            return deep


def generator(items):
    for item in items:
        match item:
            case [x, *_]:
                yield x
            case {'v': v} if (w := v) in [1, 2]:
                yield w
            case _:
                yield [y for y in range(3) if y != item]


def with_try(x):
    try:
        match x:
            case [a, b]:
                raise ValueError(a)
            case _:
                pass
    except ValueError as e:
        match e.args:
            case (1,):
                return 'one'
    finally:
        match x:
            case []:
                print('empty')


def star_subscr(x):
    match x:
        case [_, _, *_, _, a]:
            return a
        case [a, _, *_, b, _]:
            return a, b
        case [*_, a, b, c]:
            return a, b, c


def guards_only(x):
    match x:
        case _ if x > 1:
            return 1
        case a if a < -1:
            return -1
        case _ if x:
            return 0
        case _:
            return None


class Scope:
    match 1:
        case captured:
            pass
    later = captured


lam = lambda v: [w for w in v]
match lam([1, 2]):
    case [first, *_]:
        module_first = first
