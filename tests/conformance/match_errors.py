# match statements: the TypeErrors and ValueErrors raised while matching, and the
# SyntaxErrors the parser and compiler report for patterns.


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ['a']


class IntArgs:
    __match_args__ = (1,)


class OneArg:
    __match_args__ = ('a',)
    a = 1


class Keys:
    one = 1
    also_one = 1.0


not_a_class = len


def attempt(label, f):
    try:
        f()
        print(label, 'matched or fell through')
    except Exception as e:
        print(label, type(e).__name__, e)


def no_args():
    match NoArgs():
        case NoArgs(1):
            pass


def list_args():
    match ListArgs():
        case ListArgs(x):
            pass


def int_args():
    match IntArgs():
        case IntArgs(x):
            pass


def too_many():
    match OneArg():
        case OneArg(x, y):
            pass


def repeated():
    match OneArg():
        case OneArg(x, a=y):
            pass


def self_too_many():
    match 5:
        case int(x, y):
            pass


def not_a_type():
    match 5:
        case not_a_class.__call__():
            pass


def duplicate_keys():
    match {1: 'a', 2: 'b'}:
        case {Keys.one: _, Keys.also_one: _}:
            pass


def unhashable_key():
    class K:
        key = []
    match {1: 2}:
        case {K.key: _}:
            pass


def raising_eq():
    class Bad:
        def __eq__(self, other):
            raise ValueError('no comparing')
    match Bad():
        case 1:
            pass


def raising_len():
    class Seq(list):
        def __len__(self):
            raise RuntimeError('no len')
    match Seq([1]):
        case [x]:
            pass


for name, f in list(globals().items()):
    if callable(f) and f.__module__ == '__main__' and name not in ('attempt', 'not_a_class') and not isinstance(f, type):
        attempt(name, f)

bad_sources = [
    "case 1: pass",
    "match x:\n    case _.a: pass",
    "match x:\n    case *a: pass",
    "match x:\n    case 1+x: pass",
    "match x:\n    case 1j+2j: pass",
    "match x:\n    case 1+2: pass",
    "match x:\n    case a as _: pass",
    "match x:\n    case a as 1: pass",
    "match x:\n    case C(x=1, 2, 3): pass",
    "match x\n    case 1: pass",
    "match x:\n    case 1\n",
    "match x:\ncase 1: pass",
    "match x:\n    case 1:\n    pass",
    "match x:\n    case {a: 1}: pass",
    "match x:\n    case {**_}: pass",
    "match x:\n    case {**a, 'b': 1}: pass",
    "match x:\n    case a: pass\n    case 1: pass",
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case [a, b] | [a]: pass",
    "match x:\n    case f'x': pass",
    "match x:\n    case -a: pass",
    "match x:\n    case C(a, a=1, a=2): pass",
    "match x:\n    case {1: _, 1.0: _}: pass",
    "match x:\n    case {'a': _, 'a': _}: pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case __debug__: pass",
    "match x:\n    case C(__debug__=1): pass",
    "match x:\n    case 1 if y: pass\n    case a: pass\n    case 2: pass",
    "match x:\n    case (1 | a) | 2: pass",
    "match x:\n    case [x] | x: pass",
    "match x:\n    case {'k': a, **a}: pass",
    "match x:\n    case x.y = 1: pass",
    "match x:\n    case a.b(c=1, c=2): pass",
    "match x:\n    case (a, b) | (b, c): pass",
]
for src in bad_sources:
    try:
        compile(src, '<pattern>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# Soft keywords: these are not match statements.
for src in ["match = 1", "match(x)", "match[x]", "match.x = 1", "match, case = 1, 2", "match -x", "match x", "print(match)"]:
    try:
        compile(src, '<soft>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, (e.lineno, e.offset))

# An uncaught error inside a match prints CPython's traceback.
class Last:
    __match_args__ = ('a', 'b')


match Last():
    case Last(a, b, c):
        pass
