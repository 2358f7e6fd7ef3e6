# inspect's predicates, getmembers, classify_class_attrs, getmro, getdoc/cleandoc,
# getsource/getsourcelines (decorators, nested blocks, trailing comments, lambdas),
# getmodule/getfile, frames (currentframe, stack, getframeinfo), generator states and
# locals, getclosurevars, unwrap, getattr_static.
import functools
import inspect
import os
import sys
import types


def decorator(f):
    return f


@decorator
def decorated(a,
              b=(1,
                 2)):
    """Docstring."""
    if a:
        text = """
a string that
goes left"""
        return text
    # a trailing comment inside the body
    return b
# a comment after the body


class Outer:
    """Outer class.

        Indented more.
    Back.
    """

    class Inner:
        def deep(self):
            return 1

    value = 10

    def method(self):
        return self.value

    @property
    def prop(self):
        return 1

    @classmethod
    def klass(cls):
        pass

    @staticmethod
    def static():
        pass


square = lambda x: x * x


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


def short(path):
    return os.path.basename(path)


print(inspect.getsource(decorated), end='')
lines, start = inspect.getsourcelines(decorated)
print(start, len(lines))
print(inspect.getsource(Outer.method), end='')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer.Inner.deep), end='')
print(inspect.getsource(square), end='')
print(inspect.getsourcelines(Outer)[1], len(inspect.getsourcelines(Outer)[0]))
print(short(inspect.getsourcefile(decorated)), short(inspect.getfile(Outer)))
print(inspect.getmodule(decorated).__name__, inspect.getmodule(Outer.method).__name__)
print(inspect.getmodule(len).__name__, inspect.getmodule(os) is os)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print('TypeError:', e)

print(repr(inspect.getdoc(Outer)))
print(repr(inspect.cleandoc('  first\n\t  second\n      third\n\n')))
print(inspect.getdoc(Outer.prop), inspect.getdoc(Outer.Inner))
print(repr(inspect.getcomments(decorated)))

for name, value in inspect.getmembers(Outer):
    if not name.startswith('__'):
        print('member', name, type(value).__name__)
print([n for n, v in inspect.getmembers(Outer, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Outer(), inspect.ismethod)])
for a in inspect.classify_class_attrs(Outer):
    if not a.name.startswith('__'):
        print('attr', a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print(inspect.getmro(Outer.Inner), inspect.getmro(bool))

checks = [inspect.ismodule, inspect.isclass, inspect.ismethod, inspect.isfunction,
          inspect.isgeneratorfunction, inspect.isgenerator, inspect.isbuiltin,
          inspect.isroutine, inspect.ismethoddescriptor, inspect.isdatadescriptor,
          inspect.iscode, inspect.isframe, inspect.istraceback, inspect.ismemberdescriptor,
          inspect.isgetsetdescriptor, inspect.ismethodwrapper, inspect.isabstract]
samples = [('os', os), ('Outer', Outer), ('Outer().method', Outer().method),
           ('decorated', decorated), ('gen', gen), ('gen(1)', gen(1)), ('len', len),
           ('[].append', [].append), ('list.append', list.append),
           ('Outer.prop', Outer.prop), ('code', decorated.__code__),
           ('frame', sys._getframe()), ('int.real', int.real),
           ('(1).__add__', (1).__add__), ('int.__add__', int.__add__),
           ('Outer.__dict__["klass"]', Outer.__dict__['klass']), ('3', 3)]
for label, obj in samples:
    print(f'{label:24}', ''.join('x' if check(obj) else '.' for check in checks))


def frames():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno - frame.f_code.co_firstlineno, info.code_context, info.index,
          short(info.filename))
    names = [record.function for record in inspect.stack()]
    print(names[:3], inspect.stack()[0].code_context)
    print(inspect.getframeinfo(frame, context=3).index)
    outer = inspect.getouterframes(frame)[1]
    print(outer.function, type(outer.frame).__name__, outer.positions.lineno == outer.lineno)
    args = inspect.getargvalues(sys._getframe(1))
    print(args.args, args.varargs, args.keywords)

def caller(p, *rest, **opts):
    frames()

caller(1, 2, k=3)

g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
def running():
    yield inspect.getgeneratorstate(r)
r = running()
print(next(r))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

def make_counter():
    count = 0
    limit = 10
    def counter(step):
        nonlocal count
        count += step
        print(len, count, missing_name.attr)
    return counter
cv = inspect.getclosurevars(make_counter())
print(cv.nonlocals, cv.globals, cv.builtins, sorted(cv.unbound), type(cv).__name__)

def wrapped_twice():
    pass
a = functools.wraps(wrapped_twice)(lambda: None)
b = functools.wraps(a)(lambda: None)
print(inspect.unwrap(b) is wrapped_twice, inspect.unwrap(b, stop=lambda f: f is a) is a)


class Tricky:
    @property
    def p(self):
        raise RuntimeError('not static')

    def __getattr__(self, name):
        return 'dynamic'

t = Tricky()
t.inst = 5
print(type(inspect.getattr_static(t, 'p')).__name__, inspect.getattr_static(t, 'inst'),
      inspect.getattr_static(t, 'nope', 'default'))
try:
    inspect.getattr_static(t, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
print(inspect.getattr_static(Tricky, '__getattr__').__name__)
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.TPFLAGS_IS_ABSTRACT)
