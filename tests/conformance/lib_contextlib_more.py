# contextlib: contextmanager functions used as decorators, generator cleanup on exceptions,
# ExitStack.push with exit callbacks and exception replacement, exception chaining through
# stacks, suppress() results, chdir, and misuse errors.
import contextlib
import os

@contextlib.contextmanager
def traced(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)

@traced('decorated')
def work(x):
    print('working', x)
    return x + 1

print(work(1), work(2))

@contextlib.contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise ValueError(f'converted {e}') from e

try:
    with converting():
        {}['k']
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextlib.contextmanager
def swallow_stop():
    yield

try:
    with swallow_stop():
        raise StopIteration('inside')
except StopIteration as e:
    print('StopIteration kept', e)

cm = traced('once')
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, TypeError) as e:
    print(type(e).__name__, e)

def exit_logger(exc_type, exc, tb):
    print('push callback sees', exc_type.__name__ if exc_type else None)
    return exc_type is KeyError

with contextlib.ExitStack() as stack:
    stack.push(exit_logger)
    raise KeyError('swallowed by push')
print('after push')

class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError('replacement')

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Replacer())
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, '<-', type(e.__context__).__name__, e.__context__)

with contextlib.ExitStack() as stack:
    result = stack.callback(lambda: print('callback ran'))
    print('callback returns the function:', callable(result))

with contextlib.suppress(ValueError) as s:
    int('x')
print('suppress value', s)
start = os.getcwd()
with contextlib.chdir('/'):
    print('in', os.getcwd())
print(os.getcwd() == start)
try:
    contextlib.ExitStack().push(5)
except TypeError as e:
    print(type(e).__name__, e)

class NotCM:
    pass

try:
    with NotCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with contextlib.nullcontext() as a, contextlib.nullcontext(5) as b:
        print(a, b)
        raise IndexError('escapes nullcontext')
except IndexError as e:
    print(type(e).__name__, e)
