# The with statement: __enter__/__exit__ order, suppression, exceptions from either side.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError(f'{self.name} failed to enter')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        if self.fail_exit:
            raise ValueError(f'{self.name} failed to exit')
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a, b)

with CM('s', suppress=True):
    raise KeyError('suppressed')
print('after suppression')

try:
    with CM('outer'), CM('inner', fail_enter=True):
        print('never')
except RuntimeError as e:
    print('caught', e)

try:
    with CM('x', fail_exit=True):
        raise TypeError('original')
except ValueError as e:
    print('caught', e, 'context:', repr(e.__context__))

def returns_inside():
    with CM('r'):
        return 'returned value'
print(returns_inside())

for i in range(3):
    with CM(f'loop{i}', suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return 'non-empty string'
with Truthy():
    1 / 0
print('ZeroDivisionError suppressed by a truthy string')

class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
def attempt(label, fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
def use(o):
    with o:
        pass
attempt('no __exit__', lambda: use(NoExit()))
attempt('no __enter__', lambda: use(NoEnter()))
attempt('int', lambda: use(5))
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')
with tag('p') as t, suppress(ZeroDivisionError):
    print('inside', t)
    1 / 0
with CM('last'):
    raise LookupError('escapes')
